import { describe, expect, it } from 'vitest';
import { createHashRouter, type HashWindow } from './hash-router.ts';

/** A window with a hash, a history and hashchange listeners; setting the hash fires hashchange, as a browser does. */
function fakeWindow(initial = '') {
  const listeners = new Set<() => void>();
  let hash = initial;
  const replaced: string[] = [];
  const win: HashWindow = {
    location: {
      get hash() {
        return hash;
      },
      set hash(next: string) {
        hash = next.startsWith('#') ? next : `#${next}`;
        for (const listener of listeners) listener();
      },
    },
    history: {
      replaceState: (_data, _unused, url) => {
        replaced.push(url);
        hash = url;
      },
    },
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
  return { win, replaced, listeners };
}

describe('createHashRouter', () => {
  it('reads the route from the hash, with a stable identity while it is unchanged', () => {
    const { win } = fakeWindow('#/operations/usage-costs?query__limit=2#md-paging');
    const router = createHashRouter(win);
    const route = router.getRoute();
    expect(route).toEqual({ operationId: 'usage-costs', query: 'query__limit=2', section: 'md-paging' });
    expect(router.getRoute()).toBe(route);
  });

  it('writes the hrefs the SPA always had', () => {
    const router = createHashRouter(fakeWindow().win);
    expect(router.href({})).toBe('#/overview');
    expect(router.href({ operationId: 'a b' })).toBe('#/operations/a%20b');
    expect(router.href({ operationId: 'x', query: 'query__limit=2' })).toBe('#/operations/x?query__limit=2');
    expect(router.href({ webhookId: 'petAdopted' })).toBe('#/webhooks/petAdopted');
    expect(router.href({ operationId: 'x', section: 'md-rate-limits' })).toBe(
      '#/operations/x#md-rate-limits',
    );
    expect(router.href({ section: 'md-intro' })).toBe('#/overview#md-intro');
  });

  it('round-trips every route through href and getRoute', () => {
    const { win } = fakeWindow();
    const router = createHashRouter(win);
    for (const route of [
      {},
      { operationId: 'é/ü?#' },
      { operationId: 'x', query: 'query__a=1&query__b=2', section: 'md-s' },
      { webhookId: 'hook', section: 'md-t' },
      { section: 'md-u' },
    ]) {
      router.navigate(route);
      expect(router.getRoute()).toEqual(route);
    }
  });

  it('navigates by setting the hash (a history entry) and notifies subscribers', () => {
    const { win, replaced } = fakeWindow('#/overview');
    const router = createHashRouter(win);
    let calls = 0;
    const stop = router.subscribe(() => calls++);
    router.navigate({ operationId: 'usage-costs' });
    expect(win.location.hash).toBe('#/operations/usage-costs');
    expect(calls).toBe(1);
    expect(replaced).toEqual([]);
    stop();
    router.navigate({});
    expect(calls).toBe(1);
  });

  it('replaces in place without a history entry, and still notifies', () => {
    const { win, replaced } = fakeWindow('#/operations/x?query__limit=2');
    const router = createHashRouter(win);
    let calls = 0;
    router.subscribe(() => calls++);
    router.navigate({ operationId: 'x' }, { replace: true });
    expect(replaced).toEqual(['#/operations/x']);
    expect(calls).toBe(1);
    expect(router.getRoute()).toEqual({ operationId: 'x' });
  });

  it('listens to hashchange only while someone subscribes', () => {
    const { win, listeners } = fakeWindow();
    const router = createHashRouter(win);
    const a = router.subscribe(() => undefined);
    const b = router.subscribe(() => undefined);
    expect(listeners.size).toBe(1);
    a();
    b();
    expect(listeners.size).toBe(0);
  });
});
