import { describe, expect, it } from 'vitest';
import { OVERVIEW_HREF, operationHref, parseRoute, routeBase, webhookHref } from './parse-route.ts';

describe('parseRoute', () => {
  it('reads an operation id', () => {
    expect(parseRoute('#/operations/usage-audio-speeches')).toEqual({ operationId: 'usage-audio-speeches' });
  });
  it('round-trips ids with reserved characters', () => {
    for (const id of ['a/b', 'x y', 'ü?#%', 'createChat.completion']) {
      expect(parseRoute(operationHref(id))).toEqual({ operationId: id });
    }
  });
  it('reads a webhook id, with a section', () => {
    expect(parseRoute(webhookHref('batch_completed'))).toEqual({ webhookId: 'batch_completed' });
    expect(parseRoute(webhookHref('a/b?c'))).toEqual({ webhookId: 'a/b?c' });
    expect(parseRoute(`${webhookHref('x')}#payload`)).toEqual({ webhookId: 'x', section: 'payload' });
    expect(routeBase({ webhookId: 'x', section: 'y' })).toBe('#/webhooks/x');
    expect(parseRoute('#/webhooks/%E0%A4%A')).toEqual({});
  });
  it('reads the overview from no hash, #/, #/overview and anything it does not know', () => {
    for (const hash of ['', '#', '#/', '#/overview', '#/overview/', '#/other/x', '#pagination']) {
      expect(parseRoute(hash)).toEqual({});
    }
    expect(parseRoute(OVERVIEW_HREF)).toEqual({});
  });
  it('falls back to the overview on malformed escapes', () => {
    expect(parseRoute('#/operations/%E0%A4%A')).toEqual({});
  });
  it('reads a section after the overview or an operation (and after form values)', () => {
    expect(parseRoute('#/overview#md-authentication')).toEqual({ section: 'md-authentication' });
    expect(parseRoute('#/#md-a')).toEqual({ section: 'md-a' });
    expect(parseRoute('#/operations/listUsers#md-pagination')).toEqual({
      operationId: 'listUsers',
      section: 'md-pagination',
    });
    expect(parseRoute('#/operations/a?query__b=1#md-r%C3%A9sum%C3%A9')).toEqual({
      operationId: 'a',
      query: 'query__b=1',
      section: 'md-résumé',
    });
  });
  it('gives the base that in-page links start from', () => {
    expect(routeBase({})).toBe('#/overview');
    expect(routeBase({ operationId: 'a b', query: 'x=1', section: 's' })).toBe('#/operations/a%20b');
  });
});

describe('share links', () => {
  it('carry form values after the operation id', () => {
    const href = operationHref('usage-costs', 'query__start_time=1&query__ids=a&query__ids=b');
    expect(href).toBe('#/operations/usage-costs?query__start_time=1&query__ids=a&query__ids=b');
    expect(parseRoute(href)).toEqual({
      operationId: 'usage-costs',
      query: 'query__start_time=1&query__ids=a&query__ids=b',
    });
  });
});
