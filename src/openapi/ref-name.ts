/** A ref's last pointer segment, decoded (`#/components/schemas/Chat%20Message` → `Chat Message`), for display. */
export function refName(ref: string): string {
  const last = ref.slice(ref.lastIndexOf('/') + 1);
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // A malformed escape is shown as written.
  }
  return decoded.replace(/~1/g, '/').replace(/~0/g, '~');
}
