import { useEffect, useState } from 'react';
import { loadedOperationPage, loadOperationPage } from './load-operation-page.ts';

/**
 * The operation page component once its chunk is in (`needed`: an operation is on show), and whether loading
 * it failed. Also prefetches it when the browser is idle after the first paint, so the first click on an
 * operation does not wait for the network.
 */
export function useOperationPage(needed: boolean): {
  Page: ReturnType<typeof loadedOperationPage>;
  failed: boolean;
} {
  const [, setLoads] = useState(0);
  const [failed, setFailed] = useState(false);
  const Page = loadedOperationPage();

  useEffect(() => {
    if (!needed || Page) return;
    let live = true;
    setFailed(false);
    loadOperationPage().then(
      () => live && setLoads((n) => n + 1),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [needed, Page]);

  useEffect(() => {
    const prefetch = () => {
      loadOperationPage().catch(() => undefined);
    };
    if ('requestIdleCallback' in window) {
      const handle = window.requestIdleCallback(prefetch, { timeout: 2_000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(prefetch, 200);
    return () => clearTimeout(timer);
  }, []);

  return { Page, failed };
}
