/// <reference lib="webworker" />
// Module worker: parses and normalizes big API descriptions off the main thread.
import {
  handleLoadApiMessage,
  isPrepareYamlRequest,
  type LoadApiResponse,
} from './handle-load-api-message.ts';
import { preloadYamlParser } from './parse-api-text.ts';

// The page starts this worker while the text is still being fetched, and says when it expects YAML: the
// parser then loads meanwhile. A JSON document never loads a YAML parser.
globalThis.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (isPrepareYamlRequest(event.data)) {
    preloadYamlParser();
    return;
  }
  void handleLoadApiMessage(event.data).then((response) => {
    try {
      globalThis.postMessage(response);
    } catch (error) {
      // A model too big to copy to the page (the browser runs out of memory cloning it) must still be
      // reported, or the page would wait for ever.
      const why = error instanceof Error ? error.message : String(error);
      globalThis.postMessage({
        ok: false,
        error: { stage: 'resolve', message: `The description is too large for this page to show (${why}).` },
      } satisfies LoadApiResponse);
    }
  });
});
