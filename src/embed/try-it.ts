/**
 * The embed (`dist/embed/try-it.js`, built by vite.embed.config.ts): one ES module a host loads with one script
 * tag. It defines `<try-it-operation>` and `<try-it-reference>` and exports `TryIt.mount` (also on
 * `window.TryIt`, for hosts that do not import it).
 */
import { mount } from './mount.tsx';
import { defineTryItElements } from './try-it-elements.ts';

/** The JavaScript API: `TryIt.mount(element, options)` → `{ update, destroy }`. */
export const TryIt = { mount };

defineTryItElements();
(window as unknown as { TryIt?: typeof TryIt }).TryIt ??= TryIt;
