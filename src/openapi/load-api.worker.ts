/// <reference lib="webworker" />
// Module worker: parses and normalizes big API descriptions off the main thread.
import { handleLoadApiMessage } from './handle-load-api-message.ts';

// The page starts this worker while the text is still being fetched: load the YAML parser meanwhile (the one
// parse-api-text.ts imports on demand; a JSON document simply never uses it).
void import('yaml');

globalThis.addEventListener('message', (event: MessageEvent<unknown>) => {
  void handleLoadApiMessage(event.data).then((response) => globalThis.postMessage(response));
});
