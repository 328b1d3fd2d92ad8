/** One forwardable operation: an upper-case method and the path template from the API description. */
export interface Operation {
  method: string;
  template: string;
  operationId?: string;
}

/** What the gateway takes from an API description: its operations and the names of its header parameters. */
export interface ForwardingSurface {
  operations: Operation[];
  /** Lower-cased names of every header parameter any operation declares (forwarded on the way in). */
  headerParams: string[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Reads the operations (method + path template) and header parameter names from a parsed OpenAPI document. */
export function extractOperations(doc: unknown): ForwardingSurface {
  const paths = isRecord(doc) && isRecord(doc.paths) ? doc.paths : undefined;
  if (!paths) throw new Error('API description has no "paths" object');
  const operations: Operation[] = [];
  const headers = new Set<string>();
  for (const [template, rawItem] of Object.entries(paths)) {
    const item = resolveRef(doc, rawItem);
    if (!template.startsWith('/') || !isRecord(item)) continue;
    collectHeaders(doc, item.parameters, headers);
    for (const method of METHODS) {
      const op = item[method];
      if (!isRecord(op)) continue;
      collectHeaders(doc, op.parameters, headers);
      operations.push({
        method: method.toUpperCase(),
        template,
        ...(typeof op.operationId === 'string' ? { operationId: op.operationId } : {}),
      });
    }
  }
  return { operations, headerParams: [...headers].sort() };
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
