import { loadSchemaChecker } from '../schema-check/load-schema-checker.ts';
import { checkResponse } from './check-response.ts';
import type { ResponseCheckReply, ResponseCheckRequest } from './response-check-message.ts';

/** Runs one check for the worker (or the page, for small bodies): loads the validator, never throws. */
export async function handleResponseCheck(request: ResponseCheckRequest): Promise<ResponseCheckReply> {
  const started = performance.now();
  try {
    const checker = await loadSchemaChecker();
    const { schemas } = request;
    const check = checkResponse(request.operation, request.record, {
      checker,
      dialect: request.dialect,
      resolveRef: (ref) => (Object.hasOwn(schemas, ref) ? schemas[ref] : undefined),
    });
    return { id: request.id, ok: true, check, ms: performance.now() - started };
  } catch (error) {
    return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
