import { ApiLoadError } from './api-load-error.ts';
import type { ApiModel } from './model.ts';
import { normalizeApi } from './normalize-api.ts';
import { parseApiText } from './parse-api-text.ts';

/** Parse and normalize an API description's text; every failure is an `ApiLoadError` naming its stage. */
export async function loadApi(text: string, sourceName?: string): Promise<ApiModel> {
  const doc = await parseApiText(text, sourceName);
  try {
    return normalizeApi(doc);
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
