import type { ResponseCheckReply, ResponseCheckRequest } from './response-check-message.ts';

/** Bodies from this many characters on are checked in the worker; smaller ones are quicker on the page. */
export const WORKER_THRESHOLD = 64 * 1024;

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, (reply: ResponseCheckReply) => void>();

/**
 * Checks one answer: in a module worker for big bodies (parsing and validating 11 MB would freeze the page),
 * on the page otherwise. User Timing marks `tryit:response-check` measure it. Never rejects.
 */
export async function runResponseCheck(
  request: Omit<ResponseCheckRequest, 'id'>,
): Promise<ResponseCheckReply> {
  const id = nextId++;
  performance.mark(`tryit:response-check:start:${id}`);
  const where = request.record.bodyText.length >= WORKER_THRESHOLD ? 'worker' : 'page';
  const reply =
    where === 'worker'
      ? await inWorker({ ...request, id })
      : await import('./handle-response-check.ts').then(({ handleResponseCheck }) =>
          handleResponseCheck({ ...request, id }),
        );
  // The benchmark reads these: where it ran, the body's size, and the time the check itself took there.
  performance.measure('tryit:response-check', {
    start: `tryit:response-check:start:${id}`,
    detail: { where, characters: request.record.bodyText.length, checkMs: reply.ok ? reply.ms : undefined },
  });
  return reply;
}

function inWorker(request: ResponseCheckRequest): Promise<ResponseCheckReply> {
  return new Promise((resolve) => {
    try {
      worker ??= startWorker();
      waiting.set(request.id, resolve);
      worker.postMessage(request);
    } catch (error) {
      resolve({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  });
}

function startWorker(): Worker {
  const started = new Worker(new URL('./check-response.worker.ts', import.meta.url), { type: 'module' });
  started.onmessage = (event: MessageEvent<ResponseCheckReply>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  };
  started.onerror = (event) => {
    // A worker that cannot start (blocked by a CSP, say) fails every waiting check with the reason.
    for (const [id, resolve] of waiting)
      resolve({ id, ok: false, message: event.message || 'The check worker failed.' });
    waiting.clear();
    worker = undefined;
  };
  return started;
}
