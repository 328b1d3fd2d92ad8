import type { OAuthFlow, SecurityScheme } from './model.ts';

/** How a reader authenticates with one scheme: what it is, where the credential goes, and an example. */
export interface SchemeHowTo {
  /** `HTTP Bearer token (JWT)`, `API key`, `OAuth 2.0`… */
  label: string;
  /** One sentence: where the credential goes. */
  how: string;
  /** What the request carries, with a placeholder: `Authorization: Bearer <token>`. */
  example?: string;
}

const bearerExample = (what: string) => `Authorization: Bearer <${what}>`;

/** The reader-facing summary of a security scheme, for the overview. */
export function describeSecurityScheme(scheme: SecurityScheme): SchemeHowTo {
  switch (scheme.type) {
    case 'http': {
      if (scheme.scheme === 'bearer') {
        const format = scheme.bearerFormat ? ` (${scheme.bearerFormat})` : '';
        return {
          label: `HTTP Bearer token${format}`,
          how: 'Send the token in the Authorization header.',
          example: bearerExample('token'),
        };
      }
      if (scheme.scheme === 'basic') {
        return {
          label: 'HTTP Basic',
          how: 'Send a user name and password, Base64-encoded, in the Authorization header.',
          example: 'Authorization: Basic <base64 of user:password>',
        };
      }
      const name = scheme.scheme.charAt(0).toUpperCase() + scheme.scheme.slice(1);
      return {
        label: `HTTP ${name}`,
        how: `Send ${name} credentials in the Authorization header.`,
        example: `Authorization: ${name} <credentials>`,
      };
    }
    case 'apiKey':
      if (scheme.in === 'header') {
        return {
          label: 'API key',
          how: `Send the key in the ${scheme.name} header.`,
          example: `${scheme.name}: <key>`,
        };
      }
      if (scheme.in === 'query') {
        return {
          label: 'API key',
          how: `Send the key in the query parameter ${scheme.name}.`,
          example: `?${scheme.name}=<key>`,
        };
      }
      return {
        label: 'API key',
        how: `Send the key in the cookie ${scheme.name}.`,
        example: `Cookie: ${scheme.name}=<key>`,
      };
    case 'oauth2':
      return {
        label: 'OAuth 2.0',
        how:
          scheme.flows && scheme.flows.length > 0
            ? 'Get an access token through one of the flows below, then send it in the Authorization header.'
            : 'Get an access token from the provider, then send it in the Authorization header.',
        example: bearerExample('access token'),
      };
    case 'openIdConnect':
      return {
        label: 'OpenID Connect',
        how: "Find the provider's endpoints at its discovery URL, sign in, then send the token in the Authorization header.",
        example: bearerExample('token'),
      };
    case 'mutualTLS':
      return {
        label: 'Mutual TLS',
        how: 'Present a client certificate in the TLS handshake (a browser page cannot send one for you).',
      };
  }
}

/** A flow's name as a reader says it. */
export function oauthFlowName(kind: OAuthFlow['kind']): string {
  return {
    implicit: 'Implicit',
    password: 'Password',
    clientCredentials: 'Client credentials',
    authorizationCode: 'Authorization code',
    deviceAuthorization: 'Device authorization',
  }[kind];
}
