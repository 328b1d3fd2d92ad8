/** Lower-case words joined by `-` (`GET /a/{b_c}` → `get-a-b-c`), for ids that appear in URLs. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
