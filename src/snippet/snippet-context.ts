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
}
