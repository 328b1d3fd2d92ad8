/// <reference lib="webworker" />
// Module worker: checks big answers against their description off the main thread.
import { handleResponseCheck } from './handle-response-check.ts';
import type { ResponseCheckRequest } from './response-check-message.ts';

globalThis.addEventListener('message', (event: MessageEvent<ResponseCheckRequest>) => {
  void handleResponseCheck(event.data).then((reply) => globalThis.postMessage(reply));
});
