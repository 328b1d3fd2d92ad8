import { format } from 'jsonc-parser';

/**
 * Re-indents JSON text with 2 spaces, also when it is cut short or otherwise not parseable: jsonc-parser's
 * formatter works on tokens, so the first part of a minified body cut at 5 MB comes out readable rather
 * than as one very long line. Never evaluates, never adds or drops a character of content (only the
 * whitespace between tokens changes), and never completes what was cut.
 */
export function reformatJsonPrefix(text: string): string {
  const edits = format(text, undefined, { tabSize: 2, insertSpaces: true, eol: '\n' });
  // jsonc-parser's applyEdits rebuilds the string once per edit (quadratic: 27 s for 512 KB); the edits are
  // ordered and never overlap, so one pass with a join is enough.
  edits.sort((a, b) => a.offset - b.offset);
  const parts: string[] = [];
  let position = 0;
  for (const edit of edits) {
    parts.push(text.slice(position, edit.offset), edit.content);
    position = edit.offset + edit.length;
  }
  parts.push(text.slice(position));
  return parts.join('');
}
