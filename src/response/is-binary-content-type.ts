/**
 * Whether a response body of this content type is bytes rather than text: images, audio, video, archives,
 * PDFs, octet streams. Text, JSON, XML, forms and anything unknown without a type are read as text.
 */
export function isBinaryContentType(contentType: string): boolean {
  const essence = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (/^(image|audio|video|font)\//.test(essence)) return essence !== 'image/svg+xml';
  return /^application\/(octet-stream|pdf|zip|gzip|x-tar|x-7z-compressed|vnd\.openxmlformats|msword|wasm)/.test(
    essence,
  );
}

/** Whether the page may show a binary body inline: raster images and audio (never SVG, which can carry script). */
export function inlinePreviewKind(contentType: string): 'image' | 'audio' | undefined {
  const essence = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (/^image\/(png|jpeg|gif|webp|avif)$/.test(essence)) return 'image';
  if (/^audio\//.test(essence)) return 'audio';
  return undefined;
}
