/** The API description's forwarding surface, built into the Worker bundle by `scripts/build-gateway-worker.ts`. */
declare module 'virtual:tryit-gateway-surface' {
  import type { ForwardingSurface } from '../extract-operations.ts';
  export const surface: ForwardingSurface;
}
