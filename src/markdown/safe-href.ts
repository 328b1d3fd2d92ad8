const SAFE_URL = /^(https?:|mailto:|#|\/(?!\/)|\.\.?\/)/i;

/** What a browser reads as the scheme: it ignores control characters and whitespace inside it (`java\tscript:`). */
function probe(href: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  return href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
}

/**
 * The href if it is safe to follow (http(s), mailto, a fragment or a relative path), else undefined: `javascript:`,
 * `data:`, `vbscript:`, any other scheme and protocol-relative `//host` links are dropped.
 */
export function safeHref(raw: string): string | undefined {
  const href = raw.trim();
  return SAFE_URL.test(probe(href)) ? href : undefined;
}

/** An image source if it is an absolute `https:` URL (no tracking over plain http, no `data:`), else undefined. */
export function safeImageSrc(raw: string): string | undefined {
  const src = raw.trim();
  return /^https:\/\/[^/]/i.test(probe(src)) ? src : undefined;
}
