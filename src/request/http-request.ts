/** The one request shape every later stage reads: the sender, the preview and every snippet. */
export interface HttpRequest {
  /** Upper-case HTTP method. */
  method: string;
  /** Operation path template as documented, e.g. `/organization/usage/{kind}`. */
  pathTemplate: string;
  /** Path with parameters substituted and percent-encoded; never adds a segment. */
  path: string;
  /** Query pairs in order, serialized per style/explode, not yet percent-encoded. */
  query: [string, string][];
  /** Header parameters and Content-Type, in order. No credentials: those are applied when sending. */
  headers: [string, string][];
  /** Cookie parameters. */
  cookies: [string, string][];
  body?: RequestBodyValue;
  /** The values the user set (or defaults), typed, keyed by parameter name, in document order: for SDK snippets. */
  args: SdkArg[];
  /** operationId (or slug) the request was built from. */
  operationId: string;
  /** The API's base URL from the operation's servers, variables substituted (for direct snippets). */
  serverUrl?: string;
}

export interface SdkArg {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie' | 'body';
  value: unknown;
}

export type RequestBodyValue =
  | { kind: 'json'; mediaType: string; value: unknown; text: string }
  | { kind: 'text'; mediaType: string; text: string }
  | { kind: 'urlencoded'; mediaType: string; fields: [string, string][] }
  | { kind: 'multipart'; mediaType: string; parts: MultipartPart[] }
  /** A file's bytes as they are (octet-stream, images, `format: binary`), sent with `mediaType` as Content-Type. */
  | { kind: 'binary'; mediaType: string; fileName: string; size: number; file?: Blob };

export type MultipartPart =
  | { name: string; kind: 'text'; value: string }
  | { name: string; kind: 'file'; fileName: string; contentType: string; size: number; file?: Blob };
