/**
 * Above this many characters a text body is shown by its first part only: laying out the whole of a big
 * body freezes the tab (measured in Chromium on a shared 2-core machine: 256 KB of pretty-printed text
 * 175 ms, 1 MB 571 ms, 2 MB 1.6 s; an 11 MB answer pretty-printed, highlighted and laid out took 10–17 s).
 */
export const BIG_BODY_CHARS = 256 * 1024;

/** How a body is shown: all of it, its first part (big or cut for size), or as a file (binary). */
export type BodyView = 'whole' | 'first-part' | 'binary';

/**
 * Whether a body is shown whole (pretty-printed, highlighted), by its first part (a body cut at the size
 * limit, or one longer than `limit`: re-indented, not highlighted, the rest reached by Download and Copy),
 * or as a file (binary bytes). Pure.
 */
export function chooseBodyView(
  response: { bodyText: string; truncated: boolean; bodyBlob?: Blob | undefined },
  limit = BIG_BODY_CHARS,
): BodyView {
  if (response.bodyBlob) return 'binary';
  if (response.truncated || response.bodyText.length > limit) return 'first-part';
  return 'whole';
}
