/** True for `application/json`, `application/merge-patch+json`, `text/json` and the like (parameters ignored). */
export function isJsonMediaType(mediaType: string): boolean {
  const essence = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  return /^[a-z]+\/([a-z0-9.!#$&^_-]+\+)?json$/.test(essence);
}
