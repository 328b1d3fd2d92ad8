import { describe, expect, it } from 'vitest';
import { pageFiles } from './page-files.ts';
import { createPathRouter, type PathWindow } from './path-router.ts';

const files = pageFiles({
  operations: [{ id: 'usage-costs' }, { id: 'Usage Costs' }, { id: 'ü/../x' }] as never,
  webhooks: [{ id: 'petAdopted' }] as never,
});

function fakeWindow(search = '', hash = '') {
  const calls: string[] = [];
  const listeners = new Set<() => void>();
  const set = (url: string) => {
    const [beforeHash = '', afterHash] = url.split('#');
    const query = beforeHash.split('?')[1];
    search = query ? `?${query}` : '';
    hash = afterHash ? `#${afterHash}` : '';
  };
  const win: PathWindow = {
    location: {
      get search() {
        return search;
      },
      get hash() {
        return hash;
      },
      assign: (url) => calls.push(`assign ${url}`),
      replace: (url) => calls.push(`replace ${url}`),
    },
    history: {
      pushState: (_d, _u, url) => {
        calls.push(`push ${url}`);
        set(url);
      },
      replaceState: (_d, _u, url) => {
        calls.push(`replaceState ${url}`);
        set(url);
      },
    },
    addEventListener: (_t, l) => listeners.add(l),
    removeEventListener: (_t, l) => listeners.delete(l),
  };
  return { win, calls, listeners };
}

describe('pageFiles', () => {
  it('gives each page a unique, portable file', () => {
    expect(files.fileOf({})).toBe('index.html');
    expect(files.fileOf({ operationId: 'usage-costs' })).toBe('operations/usage-costs.html');
    expect(files.fileOf({ operationId: 'Usage Costs' })).toBe('operations/usage-costs-2.html');
    expect(files.fileOf({ operationId: 'ü/../x' })).toBe('operations/x.html');
    expect(files.fileOf({ webhookId: 'petAdopted' })).toBe('webhooks/petadopted.html');
    expect(files.fileOf({ operationId: 'unknown' })).toBe('index.html');
    expect(files.routeOf('operations/usage-costs-2.html')).toEqual({ operationId: 'Usage Costs' });
    expect(files.routeOf('index.html')).toEqual({});
    expect(files.routeOf('operations/nope.html')).toBeUndefined();
  });
});

describe('createPathRouter', () => {
  it('writes links relative to the page: no leading slash, so any sub-path works', () => {
    const fromOperation = createPathRouter({ page: { operationId: 'usage-costs' }, root: '../', ...files });
    expect(fromOperation.href({})).toBe('../index.html');
    expect(fromOperation.href({ operationId: 'Usage Costs' })).toBe('../operations/usage-costs-2.html');
    expect(fromOperation.href({ webhookId: 'petAdopted' })).toBe('../webhooks/petadopted.html');
    expect(fromOperation.href({ operationId: 'usage-costs', section: 'md-a' })).toBe('usage-costs.html#md-a');
    expect(fromOperation.href({ operationId: 'usage-costs', query: 'query__limit=2' })).toBe(
      'usage-costs.html?query__limit=2',
    );
    const fromOverview = createPathRouter({ page: {}, root: '', fileOf: files.fileOf });
    expect(fromOverview.href({ operationId: 'usage-costs' })).toBe('operations/usage-costs.html');
    expect(fromOverview.href({ section: 'md-x' })).toBe('index.html#md-x');
  });

  it('on the server, is the bare page', () => {
    const router = createPathRouter({ page: { operationId: 'usage-costs' }, root: '../', ...files });
    expect(router.getRoute()).toEqual({ operationId: 'usage-costs' });
    expect(router.getRoute()).toBe(router.getRoute());
  });

  it('reads form values from the query and the section from the fragment', () => {
    const { win } = fakeWindow('?query__limit=2', '#md-paging');
    const router = createPathRouter({
      page: { operationId: 'usage-costs' },
      root: '../',
      ...files,
      window: win,
    });
    const route = router.getRoute();
    expect(route).toEqual({ operationId: 'usage-costs', query: 'query__limit=2', section: 'md-paging' });
    expect(router.getRoute()).toBe(route);
  });

  it('loads another page, and stays on this one for other values or a section', () => {
    const { win, calls } = fakeWindow('?query__limit=2');
    const router = createPathRouter({
      page: { operationId: 'usage-costs' },
      root: '../',
      ...files,
      window: win,
    });
    let notified = 0;
    router.subscribe(() => notified++);
    router.navigate({ operationId: 'usage-costs' }, { replace: true });
    expect(router.getRoute()).toEqual({ operationId: 'usage-costs' });
    router.navigate({ operationId: 'usage-costs', section: 'md-b' });
    expect(router.getRoute().section).toBe('md-b');
    router.navigate({ webhookId: 'petAdopted' });
    router.navigate({}, { replace: true });
    expect(calls).toEqual([
      'replaceState usage-costs.html',
      'push usage-costs.html#md-b',
      'assign ../webhooks/petadopted.html',
      'replace ../index.html',
    ]);
    expect(notified).toBe(2);
  });

  it('takes no hash route for a section (those are old links, redirected by the page)', () => {
    const { win } = fakeWindow('', '#/operations/usage-costs');
    const router = createPathRouter({ page: {}, root: '', ...files, window: win });
    expect(router.getRoute()).toEqual({});
  });
});
