/// <reference lib="webworker" />
// Module worker: parses and normalizes big API descriptions off the main thread.
import { handleLoadApiMessage } from './handle-load-api-message.ts';

globalThis.addEventListener('message', (event: MessageEvent<unknown>) => {
  void handleLoadApiMessage(event.data).then((response) => globalThis.postMessage(response));
});
