import { describe, expect, it } from 'vitest';
import { buildUrl } from './build-url.ts';

describe('buildUrl', () => {
  it('joins base, path and query without a double slash', () => {
    expect(buildUrl('https://api.example.com/v1/', { path: '/things/a%2Fb', query: [['q', 'a b']] })).toBe(
      'https://api.example.com/v1/things/a%2Fb?q=a%20b',
    );
    expect(buildUrl('https://gw.example.com', { path: 'x', query: [] })).toBe('https://gw.example.com/x');
    expect(buildUrl('/proxy//', { path: '/x', query: [['ids[]', '1']] })).toBe('/proxy/x?ids[]=1');
  });

  // Found with Prism: GET /responses/{id}/input_items?beta=true went out as `?beta=true?limit=20`.
  it('appends the query to a fixed query that the path template carries', () => {
    expect(
      buildUrl('http://gw', { path: '/responses/r1/input_items?beta=true', query: [['limit', '20']] }),
    ).toBe('http://gw/responses/r1/input_items?beta=true&limit=20');
    expect(buildUrl('http://gw', { path: '/responses?beta=true', query: [] })).toBe(
      'http://gw/responses?beta=true',
    );
  });
});
