/// <reference lib="webworker" />
// Module worker: parses and normalizes big API descriptions off the main thread.
import { handleLoadApiMessage, isPrepareYamlRequest } from './handle-load-api-message.ts';
import { preloadYamlParser } from './parse-api-text.ts';

// The page starts this worker while the text is still being fetched, and says when it expects YAML: the
// parser then loads meanwhile. A JSON document never loads a YAML parser.
globalThis.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (isPrepareYamlRequest(event.data)) {
    preloadYamlParser();
    return;
  }
  void handleLoadApiMessage(event.data).then((response) => globalThis.postMessage(response));
});
