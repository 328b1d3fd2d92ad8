import { type CopyBudget, copyJsonValue } from './copy-json-value.ts';
import { isRecord } from './is-record.ts';
import type { Schema } from './model.ts';
import { ownEntries } from './own-entries.ts';
import { resolveRef } from './resolve-ref.ts';
import {
  booleanKeptKeywords,
  subschemaKeywords,
  subschemaListKeywords,
  subschemaMapKeywords,
} from './subschema-keywords.ts';

/** Schemas reached from a document's responses (and the like), each copied once with its `$ref`s kept. */
export interface SchemaTable {
  /** Keyed by `$ref` as written (`#/components/schemas/Pet`): becomes `ApiModel.schemas`. */
  schemas: Record<string, Schema>;
  /**
   * A JSON-safe copy of the schema `raw` with its `$ref`s kept; every schema those refs reach (transitively) is
   * copied into `schemas` once. Dangling and external refs get a table entry marked `x-unresolved`.
   */
  copy(raw: unknown): Schema;
}

const defaultMaxDepth = 128;

/** A schema that declares `$recursiveAnchor: true` (fragment `#`) or `$dynamicAnchor: name` (`#name`). */
interface Anchor {
  fragment: string;
  ref: string;
}

function anchorOf(value: unknown, ref: string): Anchor | undefined {
  if (!isRecord(value)) return undefined;
  if (value.$recursiveAnchor === true) return { fragment: '#', ref };
  if (typeof value.$dynamicAnchor === 'string') return { fragment: `#${value.$dynamicAnchor}`, ref };
  return undefined;
}

/**
 * Left out of copies: definitions are reached through `$ref` (their targets get their own entries), and
 * `xml`, `$comment`, `$schema`, `$id` and vendor extensions (`x-oaiMeta` holds whole examples) are weight the
 * reference column never shows.
 */
const droppedKeywords = new Set([
  '$defs',
  'definitions',
  'xml',
  '$comment',
  '$schema',
  '$id',
  '$recursiveAnchor',
  '$dynamicAnchor',
]);

/**
 * A table that copies schemas for the reference column. Copies draw nodes from `budget` (one document's
 * worth, shared with the rest of normalizing); past it, and past `maxDepth` levels inside one schema, the
 * rest is cut with an `x-truncated` marker. Raw object cycles (YAML aliases) are cut with `x-circular`.
 */
export function createSchemaTable(doc: unknown, budget: CopyBudget, maxDepth = defaultMaxDepth): SchemaTable {
  const schemas: Record<string, Schema> = {};
  const queued = new Set<string>();
  const pending: string[] = [];

  /** `anchor`: the ref of the table entry being copied when it declares a recursive/dynamic anchor. */
  const node = (raw: unknown, depth: number, path: Set<object>, anchor?: Anchor): Schema => {
    if (!isRecord(raw)) return raw === false ? { not: {} } : {};
    if (depth > maxDepth || budget.remaining <= 0) {
      return {
        description: 'Not expanded here: the schema is too large or too deeply nested.',
        'x-truncated': true,
      };
    }
    if (path.has(raw)) return { 'x-circular': '(inline)' };
    budget.remaining--;
    path.add(raw);
    const out: Record<string, unknown> = {};
    for (const [key, value] of ownEntries(raw)) {
      if (droppedKeywords.has(key) || key.startsWith('x-')) continue;
      let copied: unknown;
      if (key === '$ref') {
        if (typeof value !== 'string') continue;
        copied = value;
        queue(value);
      } else if (key === '$recursiveRef' || key === '$dynamicRef') {
        // `{$recursiveRef: '#'}` inside a schema with `$recursiveAnchor: true` (a filter made of filters) is
        // that schema: an ordinary ref to its table entry. Other uses need the dynamic scope: not followed.
        const target = anchor && value === anchor.fragment ? anchor.ref : undefined;
        if (target !== undefined) out.$ref = target;
        else out['x-unresolved'] = String(value);
        continue;
      } else if (subschemaListKeywords.has(key) || (key === 'items' && Array.isArray(value))) {
        copied = Array.isArray(value) ? value.map((item) => node(item, depth + 1, path, anchor)) : undefined;
      } else if (subschemaMapKeywords.has(key)) {
        copied = isRecord(value) ? map(value, depth + 1, path, anchor) : undefined;
      } else if (booleanKeptKeywords.has(key) && typeof value === 'boolean') {
        copied = value;
      } else if (subschemaKeywords.has(key)) {
        copied = node(value, depth + 1, path, anchor);
      } else {
        copied = copyJsonValue(value, budget);
      }
      if (copied !== undefined) out[key] = copied;
    }
    path.delete(raw);
    return out as Schema;
  };

  const map = (raw: Record<string, unknown>, depth: number, path: Set<object>, anchor?: Anchor) => {
    const out: Record<string, Schema> = {};
    for (const [key, value] of ownEntries(raw)) out[key] = node(value, depth, path, anchor);
    return out;
  };

  const queue = (ref: string) => {
    if (queued.has(ref)) return;
    queued.add(ref);
    pending.push(ref);
  };

  // Refs are copied from a work list, not by recursion: a chain of a thousand refs cannot overflow the stack.
  const drain = () => {
    for (let ref = pending.pop(); ref !== undefined; ref = pending.pop()) {
      const lookup = resolveRef(doc, ref);
      const entry: Schema =
        lookup.kind === 'found'
          ? node(lookup.value, 0, new Set(), anchorOf(lookup.value, ref))
          : {
              description: `${lookup.kind === 'external' ? 'Unresolved external reference' : 'Unresolved reference'}: ${ref}`,
              'x-unresolved': ref,
            };
      // `defineProperty`: a ref spelled `__proto__` must become a key, never the table's prototype.
      Object.defineProperty(schemas, ref, {
        value: entry,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  };

  return {
    schemas,
    copy(raw) {
      const copied = node(raw, 0, new Set());
      drain();
      return copied;
    },
  };
}
