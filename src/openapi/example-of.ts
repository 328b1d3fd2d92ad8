import { followRef } from './follow-ref.ts';
import { ownEntries } from './own-entries.ts';

/** A parameter's or media type's example: its `example`, else the first entry of its `examples` map (refs followed). */
export function exampleOf(doc: unknown, holder: Record<string, unknown>): unknown {
  if (holder.example !== undefined) return holder.example;
  return followRef(doc, ownEntries(holder.examples)[0]?.[1])?.value;
}
