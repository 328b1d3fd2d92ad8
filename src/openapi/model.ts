/** The normalized API model: what the rest of the app reads instead of raw OpenAPI. Pure data, JSON-safe. */

/** A JSON Schema as found in OpenAPI 3.0/3.1 (loosely typed: documents in the wild are loose). */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  title?: string;
  description?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  example?: unknown;
  examples?: unknown[];
  nullable?: boolean;
  readOnly?: boolean;
  writeOnly?: boolean;
  deprecated?: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  multipleOf?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  items?: Schema;
  prefixItems?: Schema[];
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  properties?: Record<string, Schema>;
  patternProperties?: Record<string, Schema>;
  minProperties?: number;
  maxProperties?: number;
  required?: string[];
  additionalProperties?: boolean | Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
  not?: Schema;
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
  contentMediaType?: string;
  contentEncoding?: string;
  /** Set by the resolver where a `$ref` cycle was cut: the name of the schema the cycle returns to. */
  'x-circular'?: string;
  [extension: `x-${string}`]: unknown;
}

export type ParamLocation = 'path' | 'query' | 'header' | 'cookie';

export type ParamStyle =
  | 'form'
  | 'spaceDelimited'
  | 'pipeDelimited'
  | 'deepObject'
  | 'simple'
  | 'label'
  | 'matrix';

export interface Parameter {
  name: string;
  in: ParamLocation;
  required: boolean;
  description?: string;
  deprecated: boolean;
  /** Fully resolved: no `$ref` left except cut cycles (marked `x-circular`). */
  schema: Schema;
  style: ParamStyle;
  explode: boolean;
  allowReserved: boolean;
  example?: unknown;
}

/** A named example (OpenAPI Example Object), its `$ref` followed. Never fetched: `externalValue` is only a URL. */
export interface Example {
  summary?: string;
  description?: string;
  value?: unknown;
  externalValue?: string;
}

export interface MediaTypeObject {
  /**
   * In request bodies: fully resolved (no `$ref` left except cut cycles), as the form reads it. In responses,
   * headers, webhooks and callbacks: `$ref`s kept into `ApiModel.schemas` (see `resolveModelRef`).
   */
  schema?: Schema;
  /**
   * Request bodies only: the same schema with its `$ref`s kept into `ApiModel.schemas`, so the reference
   * column can name variants and cycles by the schema they point to.
   */
  schemaRef?: Schema;
  /** In request bodies: `example`, else the first named example's value (what "fill example values" uses). */
  example?: unknown;
  /** Named examples in document order. */
  examples?: Record<string, Example>;
}

export interface RequestBody {
  required: boolean;
  description?: string;
  /** Keyed by media type, in document order. */
  content: Record<string, MediaTypeObject>;
}

/** A response header; `Content-Type` is left out (OpenAPI says it is ignored there). */
export interface ResponseHeader {
  name: string;
  required: boolean;
  deprecated: boolean;
  description?: string;
  /** `$ref`s kept into `ApiModel.schemas`. */
  schema?: Schema;
}

/** One documented response of an operation. */
export interface OperationResponse {
  /** As written in the description: '200', '4XX', 'default'. */
  status: string;
  /** Markdown. */
  description: string;
  headers: ResponseHeader[];
  /** Keyed by media type, in document order. */
  content: Record<string, MediaTypeObject>;
}

/** An operation's named callback: requests the API makes to URLs given at run time (read-only docs). */
export interface Callback {
  name: string;
  /** One per runtime expression and method; `path` holds the expression (`{$request.body#/callbackUrl}`). */
  operations: Operation[];
}

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

export type SecurityScheme =
  | { type: 'http'; scheme: string; bearerFormat?: string; description?: string }
  | { type: 'apiKey'; in: 'header' | 'query' | 'cookie'; name: string; description?: string }
  | { type: 'oauth2'; flows?: OAuthFlow[]; description?: string }
  | { type: 'openIdConnect'; openIdConnectUrl?: string; description?: string }
  | { type: 'mutualTLS'; description?: string };

/** One OAuth 2 flow of a scheme, as the document states it (URLs as written; the page only shows them). */
export interface OAuthFlow {
  kind: 'implicit' | 'password' | 'clientCredentials' | 'authorizationCode' | 'deviceAuthorization';
  authorizationUrl?: string;
  tokenUrl?: string;
  refreshUrl?: string;
  /** `deviceAuthorization` (OpenAPI 3.2). */
  deviceAuthorizationUrl?: string;
  /** Scope name → description, in document order. */
  scopes: Record<string, string>;
}

/** One alternative of an operation's security: every named scheme must be satisfied together. */
export type SecurityRequirement = string[];

/** Compare two parameters: `left op right` must hold when both are set. */
export interface CompareRule {
  kind: 'compare';
  left: string;
  op: '>' | '>=' | '<' | '<=';
  right: string;
  message?: string;
}

/** The default and bounds of `target` depend on the value of parameter `on`. */
export interface DependsRule {
  kind: 'depends';
  target: string;
  on: string;
  cases: Record<string, { default?: number; minimum?: number; maximum?: number }>;
}

/** Fixed bounds/default for a parameter that the document states only in prose. */
export interface BoundsRule {
  kind: 'bounds';
  target: string;
  default?: number;
  minimum?: number;
  maximum?: number;
}

/** Rules that OpenAPI cannot express; kept as data (`x-tryit` / `x-tryit-rules`), read by the form model. */
export type CrossFieldRule = CompareRule | DependsRule | BoundsRule;

/** Per-API settings read from the document's `x-tryit` extension (or its overlay). */
export interface TryItConfig {
  /** Namespace for browser storage; stable across reloads. */
  apiId: string;
  /** Human name used in "Configure credentials for {apiName}". */
  apiName: string;
  /** The reference SDK snippet's package and client; `client` is a legal module binding (made so when read). */
  sdk: { package: string; client: string };
  /** How arrays in `form` style query parameters are written: `a=1&a=2` or `a[]=1&a[]=2`. */
  arrayFormat: 'repeat' | 'brackets';
  /** Environment variable a snippet reads a scheme's credential from. */
  credentialEnv: Record<string, string>;
  /** Label of a scheme's credential field, e.g. "Admin API key". */
  credentialLabel: Record<string, string>;
  /** The API's official SDK, when it has one: a snippet tab that calls it (`x-tryit.officialSdk`). */
  officialSdk?: OfficialSdkConfig;
}

/**
 * How snippets call an API's published SDK: `import {importName} from '{package}'`,
 * `const {client} = new {importName}({ {baseUrlOption}: gateway })`, then `await {client}.{sdkMethod}(params)`
 * (each operation's `sdkMethod`). Every name here is checked to be a plain identifier (or npm package name).
 */
export interface OfficialSdkConfig {
  /** Tab label, named after the package: "OpenAI SDK". */
  label: string;
  /** npm package name: `openai`. */
  package: string;
  /** The package's default export, the client class: `OpenAI`. */
  importName: string;
  /** The variable the snippet creates: `client`. */
  client: string;
  /** Constructor option that points the client at another base URL (the gateway): `baseURL`. */
  baseUrlOption: string;
  /** Environment variable the SDK reads the key from by itself (named in a comment): `OPENAI_ADMIN_KEY`. */
  keyEnv?: string;
}

/** A hand-written sample from the description (`x-codeSamples` / `x-code-samples`): shown as text, never run. */
export interface CodeSample {
  /** Language as written (`JavaScript`, `curl`, `python`). */
  lang: string;
  /** Tab label: the sample's `label`, else its `lang`. */
  label: string;
  source: string;
}

export interface Operation {
  /** operationId when present, else a stable slug of method + path. Used in deep links. */
  id: string;
  operationId?: string;
  method: HttpMethod;
  path: string;
  summary?: string;
  /** Short name for navigation: `x-tryit-title`, else `x-oaiMeta.name`, else summary, else `METHOD path`. */
  navTitle: string;
  description?: string;
  tags: string[];
  deprecated: boolean;
  /** Path-level and operation-level parameters merged (operation wins), refs resolved, document order. */
  parameters: Parameter[];
  requestBody?: RequestBody;
  /** Documented responses: by status class, exact codes before ranges, `default` last (see normalizeResponses). */
  responses: OperationResponse[];
  /** Callbacks the operation may trigger, in document order (absent when none). */
  callbacks?: Callback[];
  /** Effective security (operation's, else the document's). Empty array: no auth. */
  security: SecurityRequirement[];
  /** Operation-level servers, if any, else the document's. */
  servers: Server[];
  rules: CrossFieldRule[];
  /** Method path of the API's official SDK for this operation (`admin.organization.usage.costs`), if it has one. */
  sdkMethod?: string;
  /** The description's own samples (`x-codeSamples`, `x-code-samples`), in document order; absent when none. */
  codeSamples?: CodeSample[];
  /** Paging and answer views set in `x-tryit`; absent when nothing is set (they are then guessed). */
  explore?: ExploreSettings;
}

export interface Server {
  url: string;
  description?: string;
  variables: Record<string, { default: string; enum?: string[]; description?: string }>;
}

export interface ApiModel {
  title: string;
  version: string;
  description?: string;
  openapiVersion: string;
  servers: Server[];
  securitySchemes: Record<string, SecurityScheme>;
  /** Tag names in display order (document `tags` first, then first use). */
  tags: { name: string; description?: string }[];
  operations: Operation[];
  /**
   * OpenAPI 3.1 `webhooks`: requests the API sends to a receiver, documented read-only (never tried). `path`
   * holds the webhook's name. Absent when none.
   */
  webhooks?: Operation[];
  /**
   * Schemas reached from responses, headers, webhooks, callbacks and request bodies' `schemaRef`, keyed by
   * their `$ref` (`#/components/schemas/Pet`); their own `$ref`s are kept, pointing into this table. Read
   * through `resolveModelRef`.
   */
  schemas: Record<string, Schema>;
  /**
   * Set on the embedded API while its `schemas` (shipped as their own chunk, to keep the first page light)
   * have not loaded yet: `schemas` is empty meanwhile.
   */
  schemasPending?: true;
  config: TryItConfig;
  /** What the overview shows beyond title, version and description; absent when the document says none of it. */
  info?: ApiInfo;
  /**
   * The absolute URL the description was loaded from (`?spec=`): relative server URLs resolve against it.
   * Absent for the built-in description and opened files, whose servers resolve against the page's URL.
   */
  documentUrl?: string;
}

/** The rest of `info`, and the document's `externalDocs`. URLs as written: the page checks them before linking. */
export interface ApiInfo {
  /** `info.summary` (OpenAPI 3.1). */
  summary?: string;
  termsOfService?: string;
  contact?: { name?: string; url?: string; email?: string };
  /** `identifier` is an SPDX expression (OpenAPI 3.1). */
  license?: { name: string; url?: string; identifier?: string };
  externalDocs?: { url: string; description?: string };
}

/**
 * How "Load all pages" finds the next page when guessing is not enough (`x-tryit` `paging`): a cursor read
 * from the body at a JSON pointer and written into a query parameter, or RFC 8288 `Link: <…>; rel="next"`.
 * `items` points at the array of each page that the pages' items are merged from.
 */
export type PagingSetting =
  | { from: 'body'; param: string; cursor: string; hasMore?: string; items?: string }
  | { from: 'link'; items?: string };

/** How an answer is shown as a table and a chart (`x-tryit` `views`); pointers are JSON pointers. */
export interface ViewSetting {
  /** The array of rows (default: the page's items). */
  rows?: string;
  /** A property of each row holding an array that is flattened into rows of its own (e.g. `results`). */
  nested?: string;
  /** `false`: no chart. `x`: the bucket column; `series`: the columns (or `seriesParam`: the query parameter naming them). */
  chart?: false | { x?: string; measures?: string[]; series?: string[]; seriesParam?: string };
}

/** Exploring settings of one operation. */
export interface ExploreSettings {
  paging?: PagingSetting;
  view?: ViewSetting;
}
