/** What a demo page cursor carries: where the next page starts and the bucket width it was made for. */
export interface PageCursor {
  bucketStart: number;
  bucketWidth: string;
}

/** Encodes an opaque `next_page` value (clients must not parse it; the `page_` prefix only aids debugging). */
export function encodePageCursor(cursor: PageCursor): string {
  const json = JSON.stringify({ v: 1, t: cursor.bucketStart, w: cursor.bucketWidth });
  return `page_${Buffer.from(json).toString('base64url')}`;
}

/** Decodes a cursor made by `encodePageCursor`; undefined for anything else. */
export function decodePageCursor(text: string): PageCursor | undefined {
  if (!text.startsWith('page_')) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(text.slice(5), 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return undefined;
    const { v, t, w } = value as Record<string, unknown>;
    if (v !== 1 || typeof t !== 'number' || !Number.isSafeInteger(t) || t < 0 || typeof w !== 'string') {
      return undefined;
    }
    return { bucketStart: t, bucketWidth: w };
  } catch {
    return undefined;
  }
}
