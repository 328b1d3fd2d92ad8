import type { TryItConfig } from '../openapi/model.ts';

// Portable environment variable names: what every shell, Node and Python accept without quoting.
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Environment variable a snippet reads a scheme's credential from: `config.credentialEnv[scheme]` when it is
 * a plain name, else derived from the scheme name (`ApiKeyAuth` → `API_KEY`, `bearer-auth` → `BEARER`).
 * Never anything a shell would expand or run: the name is pasted into `$NAME` unquoted.
 */
export function credentialEnvName(config: Pick<TryItConfig, 'credentialEnv'>, scheme: string): string {
  const configured = Object.hasOwn(config.credentialEnv, scheme) ? config.credentialEnv[scheme] : undefined;
  if (configured !== undefined && ENV_NAME.test(configured)) return configured;
  const words = scheme
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => word.toUpperCase());
  // `…Auth` says what the scheme is, not what the variable holds.
  if (words.length > 1 && words.at(-1) === 'AUTH') words.pop();
  const name = words.join('_');
  if (name === '' || name === 'AUTH') return 'API_KEY';
  return /^[0-9]/.test(name) ? `_${name}` : name;
}
