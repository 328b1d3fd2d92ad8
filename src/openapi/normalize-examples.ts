import { type CopyBudget, copyJsonValue } from './copy-json-value.ts';
import { followRef } from './follow-ref.ts';
import type { Example } from './model.ts';
import { ownEntries } from './own-entries.ts';

/** Value nodes one example may hold; past it (or past the document's budget) the rest becomes `null`. */
const maxExampleNodes = 10_000;

/**
 * A media type's (or header's) named `examples`, refs followed, in document order; undefined when none. Values
 * are JSON-safe copies drawn from `budget`. `externalValue` is kept as a URL and never fetched.
 */
export function normalizeExamples(
  doc: unknown,
  raw: unknown,
  budget: CopyBudget,
): Record<string, Example> | undefined {
  const out: Record<string, Example> = {};
  let any = false;
  for (const [name, value] of ownEntries(raw)) {
    const source = followRef(doc, value);
    if (!source) continue;
    const example: Example = {};
    if (typeof source.summary === 'string' && source.summary !== '') example.summary = source.summary;
    if (typeof source.description === 'string' && source.description !== '')
      example.description = source.description;
    if (source.value !== undefined) example.value = copyExampleValue(source.value, budget);
    if (typeof source.externalValue === 'string' && source.externalValue !== '')
      example.externalValue = source.externalValue;
    out[name] = example;
    any = true;
  }
  return any ? out : undefined;
}

/** A JSON-safe copy of one example value, at most `maxExampleNodes` nodes, drawn from the shared budget. */
export function copyExampleValue(value: unknown, budget: CopyBudget): unknown {
  const limit = Math.max(0, Math.min(maxExampleNodes, budget.remaining));
  const own = { remaining: limit };
  const copied = copyJsonValue(value, own);
  budget.remaining -= limit - own.remaining;
  return copied;
}
