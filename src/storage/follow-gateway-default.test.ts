import { describe, expect, it } from 'vitest';
import { followGatewayDefault } from './follow-gateway-default.ts';

const A = 'https://gateway-a.example';
const B = 'https://gateway-b.example';
const TYPED = 'http://127.0.0.1:8787';
const KEYS = { AdminApiKeyAuth: 'sk-admin-1' };

describe('followGatewayDefault', () => {
  it('moves a gateway URL that was the old default to the new one, keeping the credentials', () => {
    expect(followGatewayDefault({ gatewayUrl: A, credentials: KEYS }, A, B)).toEqual({
      gatewayUrl: B,
      credentials: KEYS,
    });
  });

  it('fills an empty gateway URL with a default given after mount', () => {
    expect(followGatewayDefault({ gatewayUrl: '', credentials: {} }, undefined, B)).toEqual({
      gatewayUrl: B,
      credentials: {},
    });
  });

  it('keeps a gateway URL the user typed', () => {
    expect(followGatewayDefault({ gatewayUrl: TYPED, credentials: {} }, A, B)).toBeUndefined();
  });

  it('empties the old default when the page removes its default', () => {
    expect(followGatewayDefault({ gatewayUrl: A, credentials: {} }, A, undefined)).toEqual({
      gatewayUrl: '',
      credentials: {},
    });
  });

  it('changes nothing when the default did not change, or already is the value', () => {
    expect(followGatewayDefault({ gatewayUrl: A, credentials: {} }, A, A)).toBeUndefined();
    expect(followGatewayDefault({ gatewayUrl: B, credentials: {} }, A, B)).toBeUndefined();
  });
});
