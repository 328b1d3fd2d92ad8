/** Key of an API's settings (gateway URL, credentials): one namespaced, versioned key per concern. */
export function settingsKey(apiId: string): string {
  return `tryit:v1:${apiId}:settings`;
}

/** Key of an API's snippet panel choices (language tab, "Call through the gateway"). */
export function snippetPrefsKey(apiId: string): string {
  return `tryit:v1:${apiId}:snippet`;
}

/** Key of one operation's form draft. */
export function draftKey(apiId: string, operationId: string): string {
  return `tryit:v1:${apiId}:draft:${operationId}`;
}

/** Key a value that could not be read is kept under, beside the key it came from. */
export function corruptKey(key: string, timestamp: number): string {
  return `${key}:corrupt-${timestamp}`;
}

/** Key of the colour-scheme choice: one for the whole page, whatever API it shows. */
export function themeKey(): string {
  return 'tryit:v1:theme';
}
