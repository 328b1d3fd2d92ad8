import type { SchemaChecker } from './schema-checker.ts';

let loading: Promise<SchemaChecker> | undefined;

/**
 * Loads the validator (its own chunk: no page needs it before a body or a response is checked) and returns
 * the checker. Loaded once per realm (page or worker); a failed load is retried on the next call.
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
