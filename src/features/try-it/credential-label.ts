import type { TryItConfig } from '../../openapi/model.ts';
import type { NamedScheme } from '../../transport/named-scheme.ts';

/** The visible label of a scheme's credential field: configured, else derived from the scheme. */
export function credentialLabel({ name, scheme }: NamedScheme, config: TryItConfig): string {
  const configured = config.credentialLabel[name];
  if (configured) return configured;
  switch (scheme.type) {
    case 'apiKey':
      return `${scheme.name} (API key in ${scheme.in})`;
    case 'http':
      return scheme.scheme.toLowerCase() === 'basic'
        ? `${name} (username:password)`
        : `${name} (Bearer token)`;
    default:
      return `${name} (access token)`;
  }
}
