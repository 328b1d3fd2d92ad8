import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSettings, encodeSettings, type Settings, settingsSecrets } from './settings-codec.ts';

const schemeName = fc.string({ minLength: 1 }).filter((name) => name !== '__proto__');
const settingsArb: fc.Arbitrary<Settings> = fc.record(
  {
    gatewayUrl: fc.string(),
    credentials: fc.dictionary(schemeName, fc.string()),
    gatewayToken: fc.string({ minLength: 1 }),
  },
  { requiredKeys: ['gatewayUrl', 'credentials'] },
);

describe('settings codec', () => {
  it('encodes with the version inside', () => {
    expect(
      encodeSettings({ gatewayUrl: 'http://127.0.0.1:8787', credentials: { AdminApiKeyAuth: 'sk-1' } }),
    ).toBe('{"version":1,"gatewayUrl":"http://127.0.0.1:8787","credentials":{"AdminApiKeyAuth":"sk-1"}}');
  });

  it('keeps the gateway access token beside the credentials, and reads settings saved before it existed', () => {
    const saved = encodeSettings({ gatewayUrl: 'g', credentials: {}, gatewayToken: 'caller-token-1' });
    expect(saved).toBe('{"version":1,"gatewayUrl":"g","credentials":{},"gatewayToken":"caller-token-1"}');
    expect(decodeSettings(saved).settings.gatewayToken).toBe('caller-token-1');
    expect(decodeSettings('{"version":1,"gatewayUrl":"g","credentials":{}}').settings).toEqual({
      gatewayUrl: 'g',
      credentials: {},
    });
    expect(
      decodeSettings('{"version":1,"gatewayUrl":"g","credentials":{},"gatewayToken":7}').corrupt?.reason,
    ).toBe('gatewayToken: expected string');
  });

  it('lists every secret it holds, the gateway access token included', () => {
    expect(settingsSecrets({ gatewayUrl: 'g', credentials: { A: 'key-a' }, gatewayToken: 'tok' })).toEqual([
      'key-a',
      'tok',
    ]);
    expect(settingsSecrets({ gatewayUrl: 'g', credentials: {} })).toEqual([]);
  });

  it('nothing stored → defaults, not corrupt', () => {
    expect(decodeSettings(null)).toEqual({ settings: { gatewayUrl: '', credentials: {} } });
  });

  it('returns fresh defaults each time (mutating one does not leak)', () => {
    const first = decodeSettings(null).settings;
    first.credentials.x = 'y';
    expect(decodeSettings(null).settings.credentials).toEqual({});
  });

  it.each([
    ['not JSON', 'sk-abc{', 'not valid JSON'],
    ['a foreign value', '"hello"', '(root): expected object'],
    ['another version', '{"version":2,"gatewayUrl":"","credentials":{}}', 'version: expected 1'],
    [
      'a wrong-typed credential',
      '{"version":1,"gatewayUrl":"x","credentials":{"A":42}}',
      'credentials.A: expected string',
    ],
    ['a missing field', '{"version":1,"credentials":{}}', 'gatewayUrl: expected string'],
    ['null JSON', 'null', '(root): expected object'],
  ])('%s → defaults plus the raw value and reason', (_label, raw, reason) => {
    expect(decodeSettings(raw)).toEqual({
      settings: { gatewayUrl: '', credentials: {} },
      corrupt: { raw, reason },
    });
  });

  it('never quotes the stored text in the reason (it may hold a key)', () => {
    expect(decodeSettings('{"version":1,"gatewayUrl":"sk-secret-value",').corrupt?.reason).not.toContain(
      'sk-secret',
    );
  });

  it('ignores unknown extra fields', () => {
    expect(decodeSettings('{"version":1,"gatewayUrl":"g","credentials":{},"extra":true}')).toEqual({
      settings: { gatewayUrl: 'g', credentials: {} },
    });
  });

  it('property: decode(encode(x)) is x', () => {
    fc.assert(
      fc.property(settingsArb, (settings) => {
        expect(decodeSettings(encodeSettings(settings))).toEqual({ settings });
      }),
    );
  });

  it('property: decoding any string never throws and yields valid settings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), settingsArb.map(encodeSettings)), (raw) => {
        const { settings } = decodeSettings(raw);
        expect(typeof settings.gatewayUrl).toBe('string');
        expect(Object.values(settings.credentials).every((value) => typeof value === 'string')).toBe(true);
      }),
    );
  });
});
