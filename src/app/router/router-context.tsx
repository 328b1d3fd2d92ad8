import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import type { Route } from '../parse-route.ts';
import type { Router } from './router.ts';

const RouterContext = createContext<Router | null>(null);

/** Gives the app its router (hash, path or memory): features reach the location only through it. */
export function RouterProvider({ router, children }: { router: Router; children: ReactNode }) {
  return <RouterContext.Provider value={router}>{children}</RouterContext.Provider>;
}

/** The router given by the nearest RouterProvider. */
export function useRouter(): Router {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useRouter() needs a <RouterProvider> above it.');
  return router;
}

/** The route on show; re-renders on navigation. */
export function useRoute(): Route {
  const router = useRouter();
  return useSyncExternalStore(router.subscribe, router.getRoute, router.getRoute);
}
