/** Finds a Chromium binary for the e2e tests without downloading anything. */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags for a headless Chromium in containers and CI: no sandbox, no GPU, no background chatter. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where a Chromium may be found, in the order they are tried. */
export interface ChromiumCandidate {
  source: string;
  path: string | undefined;
}

/** The candidates, in order: explicit env, Playwright's own download, the distribution's packages. */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env): ChromiumCandidate[] {
  let managed: string | undefined;
  try {
    managed = chromium.executablePath();
  } catch {
    managed = undefined;
  }
  return [
    { source: 'TRYIT_CHROMIUM', path: env.TRYIT_CHROMIUM || undefined },
    { source: 'CHROMIUM_PATH', path: env.CHROMIUM_PATH || undefined },
    { source: 'Playwright-managed browser', path: managed },
    { source: 'Debian package', path: '/usr/bin/chromium' },
    { source: 'Ubuntu package', path: '/usr/bin/chromium-browser' },
  ];
}

/**
 * The path of the first Chromium found. An explicitly configured path that does not exist is an error
 * (a typo should not silently fall back to another browser). Throws, saying what to install, when none is found.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = chromiumCandidates(env);
  for (const candidate of candidates) {
    if (!candidate.path) continue;
    if (existsSync(candidate.path)) return candidate.path;
    if (candidate.source === 'TRYIT_CHROMIUM' || candidate.source === 'CHROMIUM_PATH') {
      throw new Error(`${candidate.source} is set to ${candidate.path}, but no file exists there.`);
    }
  }
  const tried = candidates
    .filter((candidate) => candidate.path)
    .map((candidate) => `  - ${candidate.path} (${candidate.source})`)
    .join('\n');
  throw new Error(
    'No Chromium found. Install one: `apt-get install -y chromium` (Debian/Ubuntu), ' +
      'or `npx playwright install chromium`, or set TRYIT_CHROMIUM=/path/to/chrome.\n' +
      `Tried:\n${tried}`,
  );
}
