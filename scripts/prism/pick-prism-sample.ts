import type { ApiModel, Operation } from '../../src/openapi/model.ts';
import { PRISM_LIMITS } from './prism-limits.ts';
import { buildExampleRequest } from './try-operation.ts';

/** One sampled operation and the category it was picked for. */
export interface PrismPick {
  operation: Operation;
  category: string;
}

/**
 * At least 40 operations for the Prism checks: the first of each category, in document order (a fixed,
 * spread-out sample over GET/POST/DELETE, JSON and multipart bodies, with and without path parameters).
 */
export function pickPrismSample(model: ApiModel): PrismPick[] {
  const quotas: [string, number, (operation: Operation, body: string) => boolean][] = [
    ['GET, no path parameter', 8, (op) => op.method === 'get' && !hasPathParam(op)],
    ['GET with path parameters', 8, (op) => op.method === 'get' && hasPathParam(op)],
    [
      'POST JSON, no path parameter',
      8,
      (op, body) => op.method === 'post' && body === 'json' && !hasPathParam(op),
    ],
    [
      'POST JSON with path parameters',
      6,
      (op, body) => op.method === 'post' && body === 'json' && hasPathParam(op),
    ],
    ['multipart', 6, (_op, body) => body === 'multipart'],
    ['DELETE', 6, (op) => op.method === 'delete'],
  ];
  // Building an example request is the costly part: once per operation, not once per category.
  const bodyKinds = new Map(
    model.operations.map((op) => [op, buildExampleRequest(model, op).body?.kind ?? 'none'] as const),
  );
  const chosen: PrismPick[] = [];
  for (const [category, quota, fits] of quotas) {
    const matching = model.operations.filter(
      (op) =>
        // Operations Prism cannot take (the reasons are in prism-limits.ts) stay out of the sample.
        !Object.hasOwn(PRISM_LIMITS, op.id) &&
        !chosen.some((pick) => pick.operation === op) &&
        fits(op, bodyKinds.get(op) ?? 'none'),
    );
    chosen.push(...matching.slice(0, quota).map((operation) => ({ operation, category })));
  }
  return chosen;
}

/** Whether the operation takes a path parameter. */
export function hasPathParam(operation: Operation): boolean {
  return operation.parameters.some((parameter) => parameter.in === 'path');
}
