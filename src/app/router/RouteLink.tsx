import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import type { Route } from '../parse-route.ts';
import { useRouter } from './router-context.tsx';

/**
 * A link to a route: `href` from the router, and a plain click (no modifier, main button) navigates through
 * it, so a memory router works like the others; other clicks (new tab…) keep the browser's behaviour.
 */
export function RouteLink({
  route,
  onClick,
  ...props
}: { route: Route } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'>) {
  const router = useRouter();
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    router.navigate(route);
  };
  return <a {...props} href={router.href(route)} onClick={click} />;
}
