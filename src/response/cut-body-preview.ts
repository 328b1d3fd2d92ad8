import type { PrettyBody } from './format-response.ts';

/**
 * How much of a big or cut body is shown (Download and Copy have all of it): 64 KB re-indents to about
 * 128 KB of lines (some 3,000 of a usage answer), which Chromium lays out in about 45 ms on a busy 2-core
 * machine (256 KB took 175 ms there; see `BIG_BODY_CHARS`).
 */
export const CUT_PREVIEW_CHARS = 64 * 1024;

/** The first part of a big body or one cut for size, as shown: `shownChars` of the text read, re-indented if JSON. */
export interface CutBodyPreview {
  text: string;
  language: PrettyBody['language'];
  shownChars: number;
}

/**
 * The first part of a body that is big or was cut for size: at most `CUT_PREVIEW_CHARS` of it, re-indented by
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
