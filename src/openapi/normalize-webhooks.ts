import type { CopyBudget } from './copy-json-value.ts';
import { createIdClaimer } from './create-id-claimer.ts';
import type { SchemaTable } from './create-schema-table.ts';
import type { Operation } from './model.ts';
import { normalizeReadOnlyOperations } from './normalize-read-only-operations.ts';
import { ownEntries } from './own-entries.ts';
import { ownValue } from './own-value.ts';

/** The document's 3.1 `webhooks`: one read-only operation per webhook and method, in document order. */
export function normalizeWebhooks(doc: unknown, table: SchemaTable, budget: CopyBudget): Operation[] {
  const claim = createIdClaimer();
  return ownEntries(ownValue(doc, 'webhooks')).flatMap(([name, item]) =>
    normalizeReadOnlyOperations(doc, name, item, { idPrefix: name, claim, table, budget }),
  );
}
