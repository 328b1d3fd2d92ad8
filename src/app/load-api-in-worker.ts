import type {
  LoadApiRequest,
  LoadApiResponse,
  PrepareYamlRequest,
} from '../openapi/handle-load-api-message.ts';
import type { ApiModel } from '../openapi/model.ts';

/** A load failure as the page shows it: which stage failed, and why. */
export interface ApiLoadFailure {
  stage: string;
  message: string;
}

/**
 * Parses and normalizes a description off the main thread, so a 3 MB document never freezes the page. The
 * worker starts at once: given a pending text (a fetch), its code loads meanwhile, and so does the YAML parser
 * once `expectYaml` resolves true.
 */
export function loadApiInWorker(
  text: string | Promise<string>,
  sourceName: string,
  expectYaml?: Promise<boolean>,
): Promise<ApiModel> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../openapi/load-api.worker.ts', import.meta.url), { type: 'module' });
    expectYaml?.then(
      (yaml) => yaml && worker.postMessage({ prepare: 'yaml' } satisfies PrepareYamlRequest),
      () => undefined,
    );
    worker.onmessage = (event: MessageEvent) => {
      worker.terminate();
      const data = event.data as LoadApiResponse;
      if (!data.ok) return reject(data.error);
      try {
        resolve(JSON.parse(data.apiJson) as ApiModel);
      } catch {
        reject({ stage: 'resolve', message: 'The description could not be processed.' });
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject({ stage: 'parse', message: event.message || 'The description could not be processed.' });
    };
    Promise.resolve(text).then(
      (body) => worker.postMessage({ text: body, sourceName } satisfies LoadApiRequest),
      (error: unknown) => {
        worker.terminate();
        reject(error);
      },
    );
  });
}

/**
 * Starts loading the description at `url` (the `?spec=` parameter). Called as soon as the app's modules are
 * evaluated, before the first render: the fetch, the worker's start-up and that render overlap.
 */
export function startSpecLoad(url: string): Promise<ApiModel> {
  const response = fetchApiResponse(url);
  const api = loadApiInWorker(
    response.then((r) => r.text()),
    url,
    response.then((r) => !looksLikeJson(url, r.headers.get('content-type'))),
  );
  // Handled where the page subscribes (after its first render); this only keeps an early failure from
  // being reported as unhandled in between.
  api.catch(() => undefined);
  return api;
}

/**
 * Whether a fetched description is JSON, judged before its body arrives: by its media type, else by the
 * URL's extension. Only a guess for preloading; the parser decides from the text itself.
 */
export function looksLikeJson(url: string, contentType: string | null): boolean {
  if (contentType && /[/+]json\b/i.test(contentType)) return true;
  if (contentType && /yaml/i.test(contentType)) return false;
  try {
    return new URL(url, 'http://x.invalid/').pathname.toLowerCase().endsWith('.json');
  } catch {
    return false;
  }
}

/** Fetches a description by URL (the `spec` query parameter): the response once its headers are in. */
export async function fetchApiResponse(url: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
  } catch {
    throw {
      stage: 'fetch',
      message: `Could not fetch ${url}: the host is unreachable or does not allow this page (CORS).`,
    };
  }
  if (!response.ok) throw { stage: 'fetch', message: `Could not fetch ${url}: HTTP ${response.status}.` };
  return response;
}
