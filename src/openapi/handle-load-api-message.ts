import { ApiLoadError, type ApiLoadStage } from './api-load-error.ts';
import { loadApi } from './load-api.ts';

/** What the page posts to the loading worker. */
export interface LoadApiRequest {
  text: string;
  sourceName?: string;
}

/** Sent before the text when the page expects YAML (by the URL or the response's type): load the parser now. */
export interface PrepareYamlRequest {
  prepare: 'yaml';
}

/** Whether a worker message is a PrepareYamlRequest rather than a LoadApiRequest. */
export function isPrepareYamlRequest(message: unknown): message is PrepareYamlRequest {
  return (message as Partial<PrepareYamlRequest> | null)?.prepare === 'yaml';
}

/**
 * What the loading worker posts back: plain data only, as `postMessage` requires. The model travels as JSON
 * text: V8 parses JSON about three times faster than it deserializes the same structured clone, and a
 * string crosses to the page as one copy, so the page's main thread spends a third as long taking a big
 * description in (the full OpenAI model: 3.6 MB).
 */
export type LoadApiResponse =
  | { ok: true; apiJson: string }
  | { ok: false; error: { stage: ApiLoadStage; message: string; line?: number; column?: number } };

/** The worker's whole job, as a function that can be tested without a worker. */
export async function handleLoadApiMessage(request: unknown): Promise<LoadApiResponse> {
  const text = (request as Partial<LoadApiRequest> | null)?.text;
  const sourceName = (request as Partial<LoadApiRequest> | null)?.sourceName;
  if (typeof text !== 'string') {
    return { ok: false, error: { stage: 'fetch', message: 'No API description text was received.' } };
  }
  try {
    const api = await loadApi(text, typeof sourceName === 'string' ? sourceName : undefined);
    return { ok: true, apiJson: JSON.stringify(api) };
  } catch (error) {
    if (error instanceof ApiLoadError) {
      const { stage, message, line, column } = error;
      return {
        ok: false,
        error: {
          stage,
          message,
          ...(line === undefined ? {} : { line }),
          ...(column === undefined ? {} : { column }),
        },
      };
    }
    return {
      ok: false,
      error: { stage: 'resolve', message: error instanceof Error ? error.message : String(error) },
    };
  }
}
