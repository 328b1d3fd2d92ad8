import type { ApiInfo } from './model.ts';
import { ownValue } from './own-value.ts';

/** `info.summary`, terms, contact and license, plus the root `externalDocs`; undefined when none is usable. */
export function normalizeInfo(doc: unknown): ApiInfo | undefined {
  const info = ownValue(doc, 'info');
  const out: ApiInfo = {};
  const summary = text(ownValue(info, 'summary'));
  if (summary) out.summary = summary;
  const terms = text(ownValue(info, 'termsOfService'));
  if (terms) out.termsOfService = terms;
  const contact = pick(ownValue(info, 'contact'), ['name', 'url', 'email']);
  if (contact) out.contact = contact;
  const rawLicense = ownValue(info, 'license');
  const licenseName = text(ownValue(rawLicense, 'name'));
  if (licenseName) out.license = { name: licenseName, ...pick(rawLicense, ['url', 'identifier']) };
  const docs = ownValue(doc, 'externalDocs');
  const docsUrl = text(ownValue(docs, 'url'));
  if (docsUrl) out.externalDocs = { url: docsUrl, ...pick(docs, ['description']) };
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The named string fields of `value` that are non-empty; undefined when there are none. */
function pick<K extends string>(value: unknown, keys: K[]): Partial<Record<K, string>> | undefined {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const found = text(ownValue(value, key));
    if (found) out[key] = found;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
