import { isRecord } from './is-record.ts';
import type { OfficialSdkConfig } from './model.ts';
import { ownEntries } from './own-entries.ts';
import { ownValue } from './own-value.ts';

// Names pasted into code unquoted: plain ASCII identifiers only, so a description can never inject syntax.
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const METHOD_PATH = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;
// npm's rules for new package names (lower case, URL-safe, optional scope).
const PACKAGE = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
// A module binding may not be a reserved word; these are the ones an SDK class or client could plausibly be.
const RESERVED = new Set(['await', 'class', 'const', 'default', 'delete', 'enum', 'export', 'import', 'new']);
const NAME_SLOT = '{name}';

/** `x-tryit.officialSdk` read and checked: the SDK's names, and the method path of each operation. */
export interface OfficialSdkSetting {
  config: OfficialSdkConfig;
  /** The SDK method path of an operationId, or undefined when the SDK has none for it. */
  methodOf: (operationId: string) => string | undefined;
}

/**
 * Reads `x-tryit.officialSdk`: undefined when absent or when a name that goes into code unquoted is not a
 * plain identifier (or npm package name). `methods` maps operationIds to method paths (bad paths dropped);
 * for other operations the first of `methodRules` whose `operationIdPrefix` starts the operationId gives
 * `path` with `{name}` replaced by the rest of the operationId, camelCased (`audio-speeches` → `audioSpeeches`).
 */
export function readOfficialSdk(raw: unknown): OfficialSdkSetting | undefined {
  if (!isRecord(raw)) return undefined;
  const pkg = ownValue(raw, 'package');
  const importName = ownValue(raw, 'import');
  const client = ownValue(raw, 'client') ?? 'client';
  const baseUrlOption = ownValue(raw, 'baseUrlOption') ?? 'baseURL';
  if (typeof pkg !== 'string' || !PACKAGE.test(pkg)) return undefined;
  if (!isBinding(importName) || !isBinding(client) || client === importName) return undefined;
  if (typeof baseUrlOption !== 'string' || !IDENTIFIER.test(baseUrlOption)) return undefined;
  const label = ownValue(raw, 'label');
  const keyEnv = ownValue(raw, 'keyEnv');
  const config: OfficialSdkConfig = {
    label: typeof label === 'string' && label.trim() !== '' ? label.trim() : `${pkg} SDK`,
    package: pkg,
    importName,
    client,
    baseUrlOption,
  };
  if (typeof keyEnv === 'string' && ENV_NAME.test(keyEnv)) config.keyEnv = keyEnv;

  const methods = new Map<string, string>();
  for (const [operationId, path] of ownEntries(ownValue(raw, 'methods')))
    if (typeof path === 'string' && METHOD_PATH.test(path)) methods.set(operationId, path);
  const rules = ownValue(raw, 'methodRules');
  const prefixRules = (Array.isArray(rules) ? rules : []).flatMap((rule) => {
    const prefix = ownValue(rule, 'operationIdPrefix');
    const path = ownValue(rule, 'path');
    return typeof prefix === 'string' && typeof path === 'string' && path.includes(NAME_SLOT)
      ? [{ prefix, path }]
      : [];
  });
  const methodOf = (operationId: string): string | undefined => {
    const listed = methods.get(operationId);
    if (listed !== undefined) return listed;
    for (const { prefix, path } of prefixRules) {
      const name = camelCase(operationId.startsWith(prefix) ? operationId.slice(prefix.length) : '');
      const method = path.replace(NAME_SLOT, name);
      if (name !== '' && METHOD_PATH.test(method)) return method;
    }
    return undefined;
  };
  return { config, methodOf };
}

function isBinding(value: unknown): value is string {
  return typeof value === 'string' && IDENTIFIER.test(value) && !RESERVED.has(value);
}

/** `audio-speeches` → `audioSpeeches`, `file_search_calls` → `fileSearchCalls`; '' when no identifier results. */
function camelCase(text: string): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
  const joined = words
    .map((word, index) => (index === 0 ? word : `${word[0]?.toUpperCase()}${word.slice(1)}`))
    .join('');
  return /^[A-Za-z_$]/.test(joined) ? joined : '';
}
