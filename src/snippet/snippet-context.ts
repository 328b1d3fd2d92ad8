import type { TryItConfig } from '../openapi/model.ts';
import type { NamedScheme } from '../transport/named-scheme.ts';

/** Everything a snippet needs besides the request itself. */
export interface SnippetContext {
  config: TryItConfig;
  /** The schemes of the security alternative the operation uses (all applied together). */
  security: NamedScheme[];
  /** The API's server URL, e.g. `https://api.openai.com/v1`. */
  baseUrl: string;
  /** When set, the raw-HTTP snippets (fetch, cURL, Python) call the gateway instead of the API. */
  gatewayUrl?: string;
  /** The operation's method in the API's official SDK (`Operation.sdkMethod`), for that SDK's tab. */
  sdkMethod?: string;
  /** Credentials per scheme name, present only after the user explicitly asked to reveal them. */
  reveal?: Readonly<Record<string, string>>;
  /**
   * Set when the snippet calls a gateway that checks its callers: the environment variable the snippet reads
   * the gateway access token from, sent as `X-Gateway-Token`. The token itself is never written, revealed or not.
   */
  gatewayTokenEnv?: string;
}

/** The environment variable snippets read the gateway access token from. */
export const GATEWAY_TOKEN_ENV = 'TRYIT_GATEWAY_TOKEN';
