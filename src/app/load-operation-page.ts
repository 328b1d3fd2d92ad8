import type { OperationRoute } from './OperationRoute.tsx';

type OperationPageComponent = typeof OperationRoute;

let loaded: OperationPageComponent | undefined;
let loading: Promise<OperationPageComponent> | undefined;

/**
 * Loads the operation page (reference, Try it panel, form, snippets, react-query: its own chunk). The
 * landing page is the overview, which needs none of it: the page starts this after its first paint, or at
 * once for a deep link. A failed load can be retried by calling again.
 */
export function loadOperationPage(): Promise<OperationPageComponent> {
  loading ??= import('./OperationRoute.tsx').then(
    (module) => {
      loaded = module.OperationRoute;
      return loaded;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The operation page if it has loaded (rendered at once then), else undefined. */
export function loadedOperationPage(): OperationPageComponent | undefined {
  return loaded;
}
