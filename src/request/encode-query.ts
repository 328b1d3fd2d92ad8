const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** RFC 3986 percent-encoding of one component: everything but the unreserved `A-Z a-z 0-9 - . _ ~`. */
export function encodeComponent(text: string): string {
  // encodeURIComponent leaves !'()* alone; RFC 3986 reserves them. Lone surrogates cannot be UTF-8: replace.
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD')).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * A query string (without `?`) from raw pairs. Values are fully percent-encoded (so `+`, `&`, `=` and `#`
 * survive); in keys, `[` and `]` stay readable (`ids[]`, `filter[name]`), as servers and URL parsers
 * accept them and the request preview is meant to be read.
 */
export function encodeQuery(pairs: [string, string][]): string {
  return pairs
    .map(
      ([key, value]) =>
        `${encodeComponent(key).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeComponent(value)}`,
    )
    .join('&');
}
