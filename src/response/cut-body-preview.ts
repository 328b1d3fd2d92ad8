import type { PrettyBody } from './format-response.ts';

/** How much of a body cut for size is shown (the download has all that was read). */
export const CUT_PREVIEW_CHARS = 256 * 1024;

/** The first part of a body cut for size, as shown: `shownChars` of the text read, re-indented if JSON. */
export interface CutBodyPreview {
  text: string;
  language: PrettyBody['language'];
  shownChars: number;
}

/**
 * The first part of a body that was cut for size: at most `CUT_PREVIEW_CHARS` of it, re-indented by
 * `reformatJson` when it is JSON (by content type or by its first character), so a minified body cut at
 * 5 MB shows as readable lines instead of one line too long to lay out (which browsers paint as nothing).
 */
export function cutBodyPreview(
  bodyText: string,
  contentType: string,
  reformatJson: (text: string) => string,
  limit = CUT_PREVIEW_CHARS,
): CutBodyPreview {
  const head = bodyText.slice(0, limit);
  const type = contentType.toLowerCase();
  if (/[/+]json\b/.test(type) || /^\s*[[{]/.test(head)) {
    return { text: reformatJson(head), language: 'json', shownChars: head.length };
  }
  const language = /\b(html|xml|svg)\b/.test(type) ? 'markup' : 'plain';
  return { text: head, language, shownChars: head.length };
}
