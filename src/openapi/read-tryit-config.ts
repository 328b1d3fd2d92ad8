import { bindingIdentifier } from './binding-identifier.ts';
import { isRecord } from './is-record.ts';
import type { TryItConfig } from './model.ts';
import { ownEntries } from './own-entries.ts';
import { ownValue } from './own-value.ts';
import { readOfficialSdk } from './read-official-sdk.ts';
import { slugify } from './slugify.ts';

/**
 * Placeholder SDK used in snippets when a document names none: a neutral package and client name that
 * read as an example rather than as a real published library.
 */
export const defaultSdk = { package: 'api-client', client: 'client' } as const;

/** The document root's `x-tryit` settings (from the document or its overlay), with defaults for what is absent. */
export function readTryItConfig(doc: unknown, title: string): TryItConfig {
  const raw = ownValue(doc, 'x-tryit');
  const sdk = ownValue(raw, 'sdk');
  const apiId = ownValue(raw, 'apiId');
  const apiName = ownValue(raw, 'apiName');
  const sdkPackage = ownValue(sdk, 'package');
  const sdkClient = ownValue(sdk, 'client');
  const config: TryItConfig = {
    apiId: isText(apiId) ? apiId : slugify(title) || 'api',
    apiName: isText(apiName) ? apiName : title,
    sdk: {
      package: isText(sdkPackage) ? sdkPackage : defaultSdk.package,
      // Made a legal module binding here, once, so snippets can paste it as is.
      client: isText(sdkClient) ? bindingIdentifier(sdkClient) : defaultSdk.client,
    },
    arrayFormat: ownValue(raw, 'arrayFormat') === 'brackets' ? 'brackets' : 'repeat',
    credentialEnv: readStringMap(ownValue(raw, 'credentialEnv')),
    credentialLabel: readStringMap(ownValue(raw, 'credentialLabel')),
  };
  const officialSdk = readOfficialSdk(ownValue(raw, 'officialSdk'));
  if (officialSdk) config.officialSdk = officialSdk.config;
  return config;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function readStringMap(raw: unknown): Record<string, string> {
  const map: Record<string, string> = {};
  if (!isRecord(raw)) return map;
  for (const [key, value] of ownEntries(raw)) if (typeof value === 'string') map[key] = value;
  return map;
}
