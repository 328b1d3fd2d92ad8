import { describe, expect, it } from 'vitest';
import { shellBootScript, shellMode } from './shell-mode.ts';

/** Runs the boot script against a URL; true when it hid the prerendered content. */
function bootHides(search: string, hash: string): boolean {
  const attributes = new Set<string>();
  const documentElement = { setAttribute: (name: string) => attributes.add(name) };
  new Function('location', 'document', shellBootScript())({ search, hash }, { documentElement });
  return attributes.has('data-tryit-shell');
}

describe('shellMode', () => {
  const cases: [string, string, boolean, string][] = [
    ['', '', true, 'hydrate'],
    ['', '', false, 'hydrate'],
    ['', '#md-rate-limits', false, 'hydrate'],
    ['?query__limit=2', '', false, 'hydrate'],
    ['?spec=https://example.com/a.yaml', '', true, 'spa'],
    ['?spec=a.yaml', '#/operations/x', false, 'spa'],
    ['', '#/operations/usage-costs', true, 'spa'],
    ['', '#/overview', true, 'spa'],
    ['', '#/operations/usage-costs', false, 'redirect'],
    ['', '#/webhooks/w', false, 'redirect'],
  ];
  it.each(cases)('search %j hash %j (overview file: %s) → %s', (search, hash, overview, mode) => {
    expect(shellMode({ search, hash }, overview)).toBe(mode);
  });

  it.each(cases)(
    'the boot script hides the page exactly when it will not hydrate (%j %j)',
    (search, hash, overview) => {
      expect(bootHides(search, hash)).toBe(shellMode({ search, hash }, overview) !== 'hydrate');
    },
  );
});
