import type { SchemaChecker } from './schema-checker.ts';

let loading: Promise<SchemaChecker> | undefined;

/**
 * Loads the validator (its own chunk: no page needs it before a body or a response is checked) and returns
 * the checker. Loaded once per realm (page or worker); a failed load is retried on the next call.
 * In a Web Worker: import this from the worker's own entry, bundled as Vite bundles workers
 * (`new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' })`, served from a URL). Not from a
 * blob or inline worker: @cfworker/json-schema reads `self.location` as its base URL when it loads, which a
 * blob URL is not (e2e/schema-check-worker.spec.ts runs it in a real module worker).
 */
export function loadSchemaChecker(): Promise<SchemaChecker> {
  loading ??= import('./create-schema-checker.ts').then(
    ({ createSchemaChecker }) => createSchemaChecker(),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
