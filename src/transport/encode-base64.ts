/** Base64 of the UTF-8 bytes of `text` (what HTTP Basic expects; `btoa` alone rejects non-Latin-1 text). */
export function encodeBase64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
