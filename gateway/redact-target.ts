import { escapeRegExp } from './match-operation.ts';

const SENSITIVE_WORDS = 'key|token|secret|password|auth';
// biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Builds the access log's target redactor: query values whose name looks like a secret, or is one of
 * `secretNames` (the description's apiKey-in-query names, which may look like anything: `code`, `sig`), become
 * `REDACTED`, and control characters are escaped so one request always stays one log line.
 */
export function createTargetRedactor(secretNames: readonly string[] = []): (target: string) => string {
  const names = new Set(secretNames);
  const extra = secretNames.map(escapeRegExp).join('|');
  const sensitiveName = new RegExp(SENSITIVE_WORDS, 'i');
  // A query none of whose bytes could spell a sensitive name (even percent-encoded) is kept as it is.
  const maybeSensitive = new RegExp(`%|${SENSITIVE_WORDS}${extra ? `|${extra}` : ''}`, 'i');
  return (target) => {
    const q = target.indexOf('?');
    if (q === -1 || !maybeSensitive.test(target.slice(q + 1))) return escapeControls(target);
    const path = target.slice(0, q);
    const query = target
      .slice(q + 1)
      .split('&')
      .map((pair) => {
        const eq = pair.indexOf('=');
        const rawName = eq === -1 ? pair : pair.slice(0, eq);
        const name = decodeName(rawName);
        return eq !== -1 && (sensitiveName.test(name) || names.has(name)) ? `${rawName}=REDACTED` : pair;
      })
      .join('&');
    return escapeControls(`${path}?${query}`);
  };
}

/** The default redactor: secret-looking query names only (see `createTargetRedactor`). */
export const redactTarget: (target: string) => string = createTargetRedactor();

/** A query parameter name as the server reads it (`+` is a space); a malformed escape stays as written. */
export function decodeName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

function escapeControls(text: string): string {
  if (!CONTROL.test(text)) return text;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escaping control characters is the point.
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
