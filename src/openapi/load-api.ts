import { ApiLoadError } from './api-load-error.ts';
import { convertSwagger2 } from './convert-swagger2.ts';
import { isSwagger2 } from './is-swagger2.ts';
import type { ApiModel } from './model.ts';
import { normalizeApi } from './normalize-api.ts';
import { parseApiText } from './parse-api-text.ts';

/**
 * Parse and normalize an API description's text (Swagger 2.0 is converted to OpenAPI 3 first); every
 * failure is an `ApiLoadError` naming its stage.
 */
export async function loadApi(text: string, sourceName?: string): Promise<ApiModel> {
  const parsed = await parseApiText(text, sourceName);
  try {
    return normalizeApi(isSwagger2(parsed) ? await convertSwagger2(parsed) : parsed);
  } catch (error) {
    if (error instanceof ApiLoadError) {
      if (error.sourceName !== undefined || sourceName === undefined) throw error;
      throw new ApiLoadError(error.stage, `${sourceName}: ${error.message}`, { sourceName, cause: error });
    }
    // A bug or a document shape nobody anticipated: still a load failure the page can show.
    const message = error instanceof Error ? error.message : String(error);
    const prefix = sourceName ? `${sourceName}: ` : '';
    throw new ApiLoadError('resolve', `${prefix}Could not read the API description: ${message}`, {
      sourceName,
      cause: error,
    });
  }
}
