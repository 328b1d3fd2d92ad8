import { describe, expect, it } from 'vitest';
import { followInPageLink } from './follow-in-page-link.ts';

describe('followInPageLink', () => {
  it('turns an app route into a route for the element’s router', () => {
    expect(followInPageLink('#/operations/usage-costs#responses')).toEqual({
      route: { operationId: 'usage-costs', section: 'responses' },
    });
    expect(followInPageLink('#/overview')).toEqual({ route: {} });
  });

  it('turns a plain anchor into a section to scroll to, decoded', () => {
    expect(followInPageLink('#rate%20limits')).toEqual({ section: 'rate limits' });
  });

  it('leaves other links to the browser', () => {
    expect(followInPageLink('https://example.com/#/operations/x')).toBeUndefined();
    expect(followInPageLink('#')).toBeUndefined();
    expect(followInPageLink('#%E0%A4%A')).toBeUndefined();
    expect(followInPageLink(null)).toBeUndefined();
  });
});
