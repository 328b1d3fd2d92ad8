import { describe, expect, it } from 'vitest';
import { createMemoryRouter } from './memory-router.ts';

describe('createMemoryRouter', () => {
  it('starts at the route given, the overview by default', () => {
    expect(createMemoryRouter().getRoute()).toEqual({});
    expect(createMemoryRouter({ operationId: 'x' }).getRoute()).toEqual({ operationId: 'x' });
  });

  it('holds the route in memory, notifies on navigate, and keeps identity until then', () => {
    const router = createMemoryRouter();
    const seen: unknown[] = [];
    const stop = router.subscribe(() => seen.push(router.getRoute()));
    const before = router.getRoute();
    expect(router.getRoute()).toBe(before);
    router.navigate({ operationId: 'usage-costs', section: 'md-a' });
    router.navigate({ webhookId: 'w' }, { replace: true });
    expect(seen).toEqual([{ operationId: 'usage-costs', section: 'md-a' }, { webhookId: 'w' }]);
    stop();
    router.navigate({});
    expect(seen).toHaveLength(2);
  });

  it('gives hash-shaped hrefs, never touching a location', () => {
    const router = createMemoryRouter();
    expect(router.href({ operationId: 'usage-costs' })).toBe('#/operations/usage-costs');
    expect(router.href({})).toBe('#/overview');
  });
});
