import type { CopyBudget } from './copy-json-value.ts';
import { createIdClaimer } from './create-id-claimer.ts';
import type { SchemaTable } from './create-schema-table.ts';
import { followRef } from './follow-ref.ts';
import type { Callback } from './model.ts';
import { normalizeReadOnlyOperations } from './normalize-read-only-operations.ts';
import { ownEntries } from './own-entries.ts';

/**
 * An operation's `callbacks` (name → runtime expression → path item; refs followed), in document order;
 * undefined when none. Callbacks declared inside callbacks are not read: documents rarely nest them, and a
 * ref loop through them could otherwise recurse without end.
 */
export function normalizeCallbacks(
  doc: unknown,
  raw: unknown,
  operationId: string,
  table: SchemaTable,
  budget: CopyBudget,
): Callback[] | undefined {
  const claim = createIdClaimer();
  const callbacks: Callback[] = [];
  for (const [name, value] of ownEntries(raw)) {
    const expressions = ownEntries(followRef(doc, value)).filter(([key]) => !key.startsWith('x-'));
    const operations = expressions.flatMap(([expression, item]) =>
      normalizeReadOnlyOperations(doc, expression, item, {
        idPrefix: `${operationId}-${name}`,
        claim,
        table,
        budget,
      }),
    );
    if (operations.length > 0) callbacks.push({ name, operations });
  }
  return callbacks.length > 0 ? callbacks : undefined;
}
