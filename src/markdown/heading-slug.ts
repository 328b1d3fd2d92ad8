/**
 * A heading's anchor as GitHub writes it: lower case, punctuation dropped, spaces as `-` (`Rate limits!` →
 * `rate-limits`); letters and digits of any script are kept. Empty when nothing is left.
 */
export function headingSlug(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}
