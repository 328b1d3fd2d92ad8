/**
 * Percent-encodes query pairs (already serialized per style/explode) into `a=1&b=2`, RFC 3986 style
 * (`%20` for space). Private stand-in until `src/request/encode-query.ts` lands; sender and snippets share it
 * so a snippet's URL is byte-for-byte the URL that is sent.
 */
export function encodeQuery(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([name, value]) => `${encodeComponent(name)}=${encodeComponent(value)}`).join('&');
}

function encodeComponent(text: string): string {
  // encodeURIComponent leaves !'()* bare; they are legal in a query, but `'` would need care in every
  // shell/language snippet that embeds the URL, and some servers treat `*`/`(` specially: encode them too.
  // Lone surrogates would make encodeURIComponent throw: replace them with U+FFFD as fetch would.
  return encodeURIComponent(text.replace(/[\uD800-\uDFFF]/gu, '\uFFFD')).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
