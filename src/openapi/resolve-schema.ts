import { type CopyBudget, copyJsonValue } from './copy-json-value.ts';
import { isRecord } from './is-record.ts';
import type { Schema } from './model.ts';
import { ownEntries } from './own-entries.ts';
import { ownValue } from './own-value.ts';
import { type RefLookup, resolveRef } from './resolve-ref.ts';
import {
  booleanKeptKeywords,
  subschemaKeywords,
  subschemaListKeywords,
  subschemaMapKeywords,
} from './subschema-keywords.ts';

/** Limits that keep one schema's expansion bounded whatever the document does. */
export interface ResolveSchemaOptions {
  /** Schema and value nodes one call may produce before the rest is cut with an `x-truncated` marker. */
  maxNodes?: number;
  /** Schema nesting (refs count as a level) before the rest is cut with an `x-truncated` marker. */
  maxDepth?: number;
  /** A budget shared by many calls (one document's worth); this call draws its nodes from it. */
  budget?: CopyBudget;
  /** How refs are looked up instead of as JSON pointers into `doc` (`doc` still keys the memo). */
  lookup?: (ref: string) => RefLookup;
}

const defaultMaxNodes = 50_000;
const defaultMaxDepth = 128;

/** Definitions are only reachable through `$ref`, which is inlined: copying them would only add weight. */
const droppedKeywords = new Set(['$ref', '$defs', 'definitions']);

interface CacheEntry {
  schema: Schema;
  size: number;
  /** Every ref expanded inside: where one of them is being expanded already, the entry does not apply. */
  refs: ReadonlySet<string>;
}

/** Per document: expansions of refs that do not depend on where they were reached from. */
const cachesByDocument = new WeakMap<object, Map<string, CacheEntry>>();

/**
 * A deep copy of `schema` with every local `$ref` inlined (siblings merged over the target). A ref back to
 * a schema being expanded becomes `{ 'x-circular': name }`; external and dangling refs become
 * `{ 'x-unresolved': ref }`; oversized or overly deep parts become `{ 'x-truncated': true }`. The result is
 * always a finite tree: safe for `JSON.stringify` and `postMessage`. Documents are assumed not to change
 * after they are first resolved (expansions are memoized per document).
 */
export function resolveSchema(doc: unknown, schema: unknown, options: ResolveSchemaOptions = {}): Schema {
  const shared = options.budget;
  const limit = Math.min(options.maxNodes ?? defaultMaxNodes, shared?.remaining ?? Number.POSITIVE_INFINITY);
  const budget = { remaining: Math.max(0, limit) };
  const lookup = options.lookup ?? ((ref: string) => resolveRef(doc, ref));
  const resolved = new SchemaResolver(doc, budget, options.maxDepth ?? defaultMaxDepth, lookup).schema(
    schema,
    0,
  );
  if (shared) shared.remaining -= limit - budget.remaining;
  return resolved;
}

class SchemaResolver {
  private readonly cache: Map<string, CacheEntry> | undefined;
  /** Refs being expanded, outermost first: meeting one again is a cycle. */
  private readonly refStack: string[] = [];
  /** Raw objects on the current path: YAML aliases can make a document cyclic without any `$ref`. */
  private readonly rawPath = new Set<object>();
  /** Lowest `refStack` index a cycle cut inside the current expansion points at (Infinity: none). */
  private lowestCut = Number.POSITIVE_INFINITY;
  /** Whether anything inside the current expansion was truncated (its shape then depends on context). */
  private truncated = false;
  /** Refs expanded inside the current expansion. */
  private expandedRefs = new Set<string>();

  constructor(
    doc: unknown,
    private readonly budget: CopyBudget,
    private readonly maxDepth: number,
    private readonly lookup: (ref: string) => RefLookup,
  ) {
    if (isRecord(doc)) {
      let cache = cachesByDocument.get(doc);
      if (!cache) {
        cache = new Map();
        cachesByDocument.set(doc, cache);
      }
      this.cache = cache;
    }
  }

  schema(raw: unknown, depth: number): Schema {
    if (!isRecord(raw)) return raw === false ? { not: {} } : {};
    if (depth > this.maxDepth || this.budget.remaining <= 0) return this.truncate();
    if (this.rawPath.has(raw)) {
      this.truncated = true;
      return { 'x-circular': '(inline)' };
    }
    this.budget.remaining--;
    const ref = ownValue(raw, '$ref');
    if (typeof ref === 'string') return this.reference(raw, ref, depth);
    return this.keywords(raw, depth);
  }

  private keywords(raw: Record<string, unknown>, depth: number): Schema {
    this.rawPath.add(raw);
    const out: Record<string, unknown> = {};
    for (const [key, value] of ownEntries(raw)) {
      if (droppedKeywords.has(key)) continue;
      let copied: unknown;
      if (subschemaListKeywords.has(key) || (key === 'items' && Array.isArray(value))) {
        copied = Array.isArray(value) ? value.map((item) => this.schema(item, depth + 1)) : undefined;
      } else if (subschemaMapKeywords.has(key)) {
        copied = this.schemaMap(value, depth + 1);
      } else if (booleanKeptKeywords.has(key) && typeof value === 'boolean') {
        copied = value;
      } else if (subschemaKeywords.has(key)) {
        copied = this.schema(value, depth + 1);
      } else {
        copied = copyJsonValue(value, this.budget);
        // An exhausted budget turns values into nulls: such an expansion must not be reused later.
        if (this.budget.remaining <= 0) this.truncated = true;
      }
      if (copied !== undefined) out[key] = copied;
    }
    this.rawPath.delete(raw);
    return out as Schema;
  }

  private schemaMap(raw: unknown, depth: number): Record<string, Schema> | undefined {
    if (!isRecord(raw)) return undefined;
    const out: Record<string, Schema> = {};
    for (const [key, value] of ownEntries(raw)) out[key] = this.schema(value, depth);
    return out;
  }

  private reference(raw: Record<string, unknown>, ref: string, depth: number): Schema {
    const lookup = this.lookup(ref);
    let target: Schema;
    if (lookup.kind === 'found') {
      target = this.expand(ref, lookup, depth + 1);
    } else {
      const what = lookup.kind === 'external' ? 'Unresolved external reference' : 'Unresolved reference';
      target = { description: `${what}: ${ref}`, 'x-unresolved': ref };
    }
    // OpenAPI 3.1 lets keywords sit beside `$ref` (a description, a default); they refine the target.
    const hasSiblings = Object.keys(raw).some((key) => key !== '$ref');
    return hasSiblings ? { ...target, ...this.keywords(raw, depth) } : target;
  }

  private expand(ref: string, lookup: RefLookup & { kind: 'found' }, depth: number): Schema {
    const stackIndex = this.refStack.indexOf(ref);
    if (stackIndex >= 0) {
      this.lowestCut = Math.min(this.lowestCut, stackIndex);
      return circularMarker(lookup.name, lookup.value);
    }
    const cached = this.cache?.get(ref);
    if (
      cached &&
      cached.size <= this.budget.remaining &&
      !this.refStack.some((open) => cached.refs.has(open))
    ) {
      this.budget.remaining -= cached.size;
      for (const inner of cached.refs) this.expandedRefs.add(inner);
      return cloneSchema(cached.schema);
    }
    const ownIndex = this.refStack.length;
    const outerCut = this.lowestCut;
    const outerTruncated = this.truncated;
    const outerRefs = this.expandedRefs;
    const before = this.budget.remaining;
    this.lowestCut = Number.POSITIVE_INFINITY;
    this.truncated = false;
    this.expandedRefs = new Set([ref]);
    this.refStack.push(ref);
    const schema = this.schema(lookup.value, depth);
    this.refStack.pop();
    const innerCut = this.lowestCut;
    const innerTruncated = this.truncated;
    const innerRefs = this.expandedRefs;
    // Reusable elsewhere only if it looks the same from anywhere: no cut back to a ref above this one, no
    // truncation (depth and budget depend on the caller); refs being expanded at reuse time are checked then.
    if (this.cache && innerCut >= ownIndex && !innerTruncated) {
      this.cache.set(ref, {
        schema: cloneSchema(schema),
        size: before - this.budget.remaining,
        refs: innerRefs,
      });
    }
    this.lowestCut = Math.min(outerCut, innerCut);
    this.truncated = outerTruncated || innerTruncated;
    for (const inner of innerRefs) outerRefs.add(inner);
    this.expandedRefs = outerRefs;
    return schema;
  }

  private truncate(): Schema {
    this.truncated = true;
    return {
      description: 'Not expanded here: the schema is too large or too deeply nested.',
      'x-truncated': true,
    };
  }
}

function circularMarker(name: string, target: unknown): Schema {
  const marker: Schema = { 'x-circular': name };
  const type = ownValue(target, 'type');
  const description = ownValue(target, 'description');
  if (typeof type === 'string') marker.type = type;
  if (typeof description === 'string') marker.description = description;
  return marker;
}

/** Our own output is plain, acyclic JSON: a straight recursive copy is enough (and much faster). */
function cloneSchema<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(cloneSchema) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = cloneSchema((value as Record<string, unknown>)[key]);
  return out as T;
}
