/** `text` as one POSIX shell word in single quotes: nothing inside is expanded; `'` becomes `'\''`. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
