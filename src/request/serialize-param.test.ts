import { describe, expect, it } from 'vitest';
import type { ParamLocation, ParamStyle } from '../openapi/model.ts';
import { encodeQuery } from './encode-query.ts';
import { serializeParam } from './serialize-param.ts';

const array = ['blue', 'black', 'brown'];
const object = { R: 100, G: 200, B: 150 };
const p = (location: ParamLocation, style: ParamStyle, explode: boolean, name = 'color') => ({
  name,
  in: location,
  style,
  explode,
});
// Query pairs are compared as the encoded query string a server receives.
const q = (
  style: ParamStyle,
  explode: boolean,
  value: unknown,
  arrayFormat: 'repeat' | 'brackets' = 'repeat',
) => encodeQuery(serializeParam(p('query', style, explode), value, arrayFormat));
const path = (style: ParamStyle, explode: boolean, value: unknown) =>
  serializeParam(p('path', style, explode), value)[0]?.[1];

describe('serializeParam in the query', () => {
  it.each([
    ['form', true, 'blue', 'color=blue'],
    ['form', false, 'blue', 'color=blue'],
    ['form', true, array, 'color=blue&color=black&color=brown'],
    ['form', false, array, 'color=blue%2Cblack%2Cbrown'],
    ['form', true, object, 'R=100&G=200&B=150'],
    ['form', false, object, 'color=R%2C100%2CG%2C200%2CB%2C150'],
    ['spaceDelimited', false, array, 'color=blue%20black%20brown'],
    ['spaceDelimited', true, array, 'color=blue&color=black&color=brown'],
    ['spaceDelimited', false, object, 'color=R%20100%20G%20200%20B%20150'],
    ['pipeDelimited', false, array, 'color=blue%7Cblack%7Cbrown'],
    ['pipeDelimited', true, array, 'color=blue&color=black&color=brown'],
    ['pipeDelimited', false, object, 'color=R%7C100%7CG%7C200%7CB%7C150'],
    ['deepObject', true, object, 'color[R]=100&color[G]=200&color[B]=150'],
    ['deepObject', true, { a: { b: 'x y' }, ids: [1, 2] }, 'color[a][b]=x%20y&color[ids]=1&color[ids]=2'],
  ] as const)('%s explode=%s %j → %s', (style, explode, value, expected) => {
    expect(q(style, explode, value)).toBe(expected);
  });

  it('writes exploded form arrays with brackets when the API asks for them', () => {
    expect(q('form', true, array, 'brackets')).toBe('color[]=blue&color[]=black&color[]=brown');
    expect(q('form', false, array, 'brackets')).toBe('color=blue%2Cblack%2Cbrown');
    expect(q('deepObject', true, { ids: [1, 2] }, 'brackets')).toBe('color[ids][]=1&color[ids][]=2');
  });

  it('keeps raw pairs unencoded', () => {
    expect(serializeParam(p('query', 'form', true), 'a&b=c')).toEqual([['color', 'a&b=c']]);
  });
});

describe('serializeParam in the path', () => {
  it.each([
    ['simple', false, 'blue', 'blue'],
    ['simple', true, 'blue', 'blue'],
    ['simple', false, array, 'blue,black,brown'],
    ['simple', true, array, 'blue,black,brown'],
    ['simple', false, object, 'R,100,G,200,B,150'],
    ['simple', true, object, 'R=100,G=200,B=150'],
    ['label', false, 'blue', '.blue'],
    ['label', true, 'blue', '.blue'],
    ['label', false, array, '.blue,black,brown'],
    ['label', true, array, '.blue.black.brown'],
    ['label', false, object, '.R,100,G,200,B,150'],
    ['label', true, object, '.R=100.G=200.B=150'],
    ['matrix', false, 'blue', ';color=blue'],
    ['matrix', true, 'blue', ';color=blue'],
    ['matrix', false, array, ';color=blue,black,brown'],
    ['matrix', true, array, ';color=blue;color=black;color=brown'],
    ['matrix', false, object, ';color=R,100,G,200,B,150'],
    ['matrix', true, object, ';R=100;G=200;B=150'],
    ['matrix', false, '', ';color'],
  ] as const)('%s explode=%s %j → %s', (style, explode, value, expected) => {
    expect(path(style, explode, value)).toBe(expected);
  });

  it('percent-encodes values so they stay in their segment', () => {
    expect(path('simple', false, 'a/b?c#d%e f')).toBe('a%2Fb%3Fc%23d%25e%20f');
    expect(path('simple', false, "it's (x)*!")).toBe('it%27s%20%28x%29%2A%21');
    expect(path('simple', false, '..')).toBe('%2E%2E');
    expect(path('simple', false, '.')).toBe('%2E');
    expect(path('simple', false, '..a')).toBe('..a');
    expect(path('label', false, ['a/b', 'c'])).toBe('.a%2Fb,c');
  });
});

describe('serializeParam in headers and cookies', () => {
  it('writes headers in simple style, without line breaks', () => {
    expect(serializeParam(p('header', 'simple', false, 'X-Ids'), array)).toEqual([
      ['X-Ids', 'blue,black,brown'],
    ]);
    expect(serializeParam(p('header', 'simple', true, 'X-Obj'), object)).toEqual([
      ['X-Obj', 'R=100,G=200,B=150'],
    ]);
    expect(serializeParam(p('header', 'simple', false, 'X-Obj'), object)).toEqual([
      ['X-Obj', 'R,100,G,200,B,150'],
    ]);
    expect(serializeParam(p('header', 'simple', false, 'X-A'), 'a\r\nInjected: 1')).toEqual([
      ['X-A', 'a Injected: 1'],
    ]);
  });

  it('writes cookies in form style', () => {
    expect(serializeParam(p('cookie', 'form', false, 'ids'), ['1', '2'])).toEqual([['ids', '1,2']]);
    expect(serializeParam(p('cookie', 'form', true, 'id'), 5)).toEqual([['id', '5']]);
  });
});
