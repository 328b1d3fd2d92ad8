import type { ApiModel } from '../openapi/model.ts';

/**
 * What the Response and History regions need besides the answer: the API, how to reach it again, and the
 * form of this page to fill. The Try it panel provides it; here, so neither region imports that panel.
 */
export interface ExploreContext {
  api: ApiModel;
  /** The operation of this page (an answer from history may belong to another). */
  operationId: string;
  gatewayUrl: string;
  /** The credentials to send (none when the gateway holds the key). */
  credentials: Record<string, string>;
  /** The gateway access token, for a gateway that checks its callers (undefined for any other). */
  gatewayToken?: string | undefined;
  /** Every credential the user typed, kept out of history. */
  secrets: readonly string[];
  /**
   * Fills this page's form: with `thenSend`, over the current values and sends them (the next page); else
   * over the defaults (a request restored from history).
   */
  fillForm: (values: Record<string, string | string[]>, thenSend: boolean) => void;
}
