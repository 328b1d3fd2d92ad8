/** The gateway's process entry, relative to the repository root (what `npm run gateway` runs). */
export const GATEWAY_ENTRY = 'gateway/main.ts';
/** The demo upstream's process entry, relative to the repository root (what `npm run demo-upstream` runs). */
export const DEMO_UPSTREAM_ENTRY = 'demo-upstream/main.ts';
