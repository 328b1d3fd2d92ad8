import { ApiLoadError } from './api-load-error.ts';
import { isRecord } from './is-record.ts';
import { ownValue } from './own-value.ts';

/**
 * The OpenAPI 3.0 form of a parsed Swagger 2.0 document (which it may change in place), converted by
 * `@scalar/openapi-upgrader`, loaded on demand so only Swagger documents pay for it. Throws `ApiLoadError`
 * (stage `validate`) when the document cannot be converted.
 */
export async function convertSwagger2(doc: Record<string, unknown>): Promise<unknown> {
  const { upgradeFromTwoToThree } = await import('@scalar/openapi-upgrader/2.0-to-3.0');
  let converted: unknown;
  try {
    // The converter only recognizes the string form of the version.
    converted = upgradeFromTwoToThree({ ...doc, swagger: '2.0' });
  } catch (error) {
    throw conversionError(
      error instanceof RangeError ? 'the document is too deeply nested' : errorText(error),
      error,
    );
  }
  if (!isRecord(converted) || typeof ownValue(converted, 'openapi') !== 'string') {
    throw conversionError('the converter returned no OpenAPI 3 document');
  }
  return converted;
}

function conversionError(reason: string, cause?: unknown): ApiLoadError {
  const message = `This Swagger 2.0 document could not be converted to OpenAPI 3: ${reason.replace(/\.$/, '')}.`;
  return new ApiLoadError('validate', message, cause === undefined ? {} : { cause });
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
