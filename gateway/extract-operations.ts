/** One forwardable operation: an upper-case method and the path template from the API description. */
export interface Operation {
  method: string;
  /** As written in the description, a `#fragment` included (matching uses the part before `#`). */
  template: string;
  operationId?: string;
  /**
   * Effective security (the operation's, else the document's): alternatives of scheme names that apply
   * together. Absent when the description says nothing; `[]` when it says none.
   */
  security?: string[][];
}

/** A security scheme as the gateway needs it to apply a server-held credential. */
export interface SchemeInfo {
  /** `http` (with `scheme` bearer or basic), `apiKey` (with `in` and `name`), `oauth2`, `openIdConnect`, … */
  type: string;
  scheme?: string;
  in?: string;
  name?: string;
}

/** What the gateway takes from an API description. */
export interface ForwardingSurface {
  operations: Operation[];
  /**
   * Lower-cased header names forwarded on the way in: every header parameter any operation declares, and
   * every header an `apiKey` security scheme names.
   */
  headerParams: string[];
  /** Query parameter names that carry a credential (`apiKey` schemes in the query): redacted in logs. */
  secretQueryParams?: string[];
  /** Security schemes by name (OpenAPI 3 `components.securitySchemes`, Swagger 2 `securityDefinitions`). */
  securitySchemes?: Record<string, SchemeInfo>;
  /** The description's `info.title` and `info.version`. */
  api?: { title: string; version: string };
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * Reads the operations (method + path template + effective security), the forwarded header names, the
 * credential-carrying query names, the security schemes and the title/version from a parsed OpenAPI
 * (or Swagger 2) document.
 */
export function extractOperations(doc: unknown): ForwardingSurface {
  const paths = isRecord(doc) && isRecord(doc.paths) ? doc.paths : undefined;
  if (!paths || !isRecord(doc)) throw new Error('API description has no "paths" object');
  const operations: Operation[] = [];
  const headers = new Set<string>();
  const documentSecurity = securityOf(doc.security);
  for (const [template, rawItem] of Object.entries(paths)) {
    const item = resolveRef(doc, rawItem);
    if (!template.startsWith('/') || !isRecord(item)) continue;
    collectHeaders(doc, item.parameters, headers);
    for (const method of METHODS) {
      const op = item[method];
      if (!isRecord(op)) continue;
      collectHeaders(doc, op.parameters, headers);
      const security = securityOf(op.security) ?? documentSecurity;
      operations.push({
        method: method.toUpperCase(),
        template,
        ...(typeof op.operationId === 'string' ? { operationId: op.operationId } : {}),
        ...(security ? { security } : {}),
      });
    }
  }
  const schemes = securitySchemesOf(doc);
  const secretQuery = new Set<string>();
  for (const scheme of Object.values(schemes)) {
    if (scheme.type !== 'apiKey' || !scheme.name) continue;
    if (scheme.in === 'header') headers.add(scheme.name.toLowerCase());
    if (scheme.in === 'query') secretQuery.add(scheme.name);
  }
  const info = isRecord(doc.info) ? doc.info : {};
  const surface: ForwardingSurface = { operations, headerParams: [...headers].sort() };
  if (secretQuery.size > 0) surface.secretQueryParams = [...secretQuery].sort();
  if (Object.keys(schemes).length > 0) surface.securitySchemes = schemes;
  surface.api = {
    title: typeof info.title === 'string' ? info.title : '',
    version: typeof info.version === 'string' ? info.version : '',
  };
  return surface;
}

function securityOf(value: unknown): string[][] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter(isRecord).map((requirement) => Object.keys(requirement));
}

function securitySchemesOf(doc: Record<string, unknown>): Record<string, SchemeInfo> {
  const components = isRecord(doc.components) ? doc.components : {};
  const declared = isRecord(components.securitySchemes)
    ? components.securitySchemes
    : isRecord(doc.securityDefinitions)
      ? doc.securityDefinitions
      : {};
  const schemes: Record<string, SchemeInfo> = {};
  for (const [name, raw] of Object.entries(declared)) {
    const scheme = resolveRef(doc, raw);
    if (!isRecord(scheme) || typeof scheme.type !== 'string') continue;
    // Swagger 2's `basic` is OpenAPI 3's http basic.
    const info: SchemeInfo =
      scheme.type === 'basic' ? { type: 'http', scheme: 'basic' } : { type: scheme.type };
    if (typeof scheme.scheme === 'string') info.scheme = scheme.scheme.toLowerCase();
    if (typeof scheme.in === 'string') info.in = scheme.in;
    if (typeof scheme.name === 'string') info.name = scheme.name;
    schemes[name] = info;
  }
  return schemes;
}

function collectHeaders(doc: unknown, parameters: unknown, into: Set<string>): void {
  if (!Array.isArray(parameters)) return;
  for (const raw of parameters) {
    const param = resolveRef(doc, raw);
    if (isRecord(param) && param.in === 'header' && typeof param.name === 'string') {
      into.add(param.name.toLowerCase());
    }
  }
}

// Only local refs (`#/components/...`): the gateway never fetches anything while loading its configuration.
function resolveRef(doc: unknown, value: unknown, depth = 0): unknown {
  if (!isRecord(value) || typeof value.$ref !== 'string' || depth > 16) return value;
  const ref = value.$ref;
  if (!ref.startsWith('#/')) return value;
  let node: unknown = doc;
  for (const part of ref.slice(2).split('/')) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    node = isRecord(node) ? node[key] : undefined;
  }
  return resolveRef(doc, node, depth + 1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
