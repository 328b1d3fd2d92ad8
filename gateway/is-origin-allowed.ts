/** True when a browser Origin may use the gateway: an exact match in the list, or the list holds `*`. */
export function isOriginAllowed(origin: string, allowed: readonly string[]): boolean {
  return allowed.includes('*') || allowed.includes(origin);
}
