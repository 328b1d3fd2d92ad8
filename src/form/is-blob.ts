/** Whether a form value is a file (a Blob: File in browsers, Blob in tests). */
export function isBlob(value: unknown): value is Blob {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as Blob).size === 'number'
  );
}
