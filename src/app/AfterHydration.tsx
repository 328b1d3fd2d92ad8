import type { ReactNode } from 'react';
import { useHydrated } from './use-hydrated.ts';

/** Shows `fallback` on the server and while hydrating, then `children`: for parts that read the browser. */
export function AfterHydration({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  return useHydrated() ? children : fallback;
}
