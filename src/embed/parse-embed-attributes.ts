import type { EmbedKind, EmbedOptions, EmbedRouter, EmbedTheme, EmbedView } from './embed-options.ts';

/** The attributes each element observes: a change to any of them re-renders the element. */
export const OBSERVED_ATTRIBUTES: Record<EmbedKind, readonly string[]> = {
  operation: ['spec-url', 'operation-id', 'gateway-url', 'theme', 'view'],
  reference: ['spec-url', 'gateway-url', 'theme', 'router'],
};

/** The options an element's attributes give, and a note per attribute value that was not understood. */
export interface ParsedAttributes {
  options: EmbedOptions;
  problems: string[];
}

/**
 * Reads an element's attributes into options. Pure (it only calls `read`). Values are trimmed; an empty value
 * counts as absent; an unknown `theme`, `view` or `router` falls back to its default with a note, so a typo
 * shows the element (and says why) rather than nothing.
 */
export function parseEmbedAttributes(
  kind: EmbedKind,
  read: (name: string) => string | null | undefined,
): ParsedAttributes {
  const problems: string[] = [];
  const text = (name: string): string | undefined => {
    const value = read(name)?.trim();
    return value ? value : undefined;
  };
  const choice = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = text(name);
    if (value === undefined) return fallback;
    const lower = value.toLowerCase();
    const found = allowed.find((option) => option === lower);
    if (found) return found;
    problems.push(`${name}="${value}" is not one of ${allowed.join(', ')}: using ${fallback}.`);
    return fallback;
  };
  const options: EmbedOptions = {
    kind,
    theme: choice<EmbedTheme>('theme', ['auto', 'light', 'dark'], 'auto'),
    view:
      kind === 'operation' ? choice<EmbedView>('view', ['reference', 'try-it'], 'reference') : 'reference',
    router: kind === 'reference' ? choice<EmbedRouter>('router', ['memory', 'hash'], 'memory') : 'memory',
  };
  const specUrl = text('spec-url');
  if (specUrl !== undefined) options.specUrl = specUrl;
  const gatewayUrl = text('gateway-url');
  if (gatewayUrl !== undefined) options.gatewayUrl = gatewayUrl;
  if (kind === 'operation') {
    const operationId = text('operation-id');
    if (operationId === undefined) problems.push('operation-id is missing: say which operation to show.');
    else options.operationId = operationId;
  }
  return { options, problems };
}

/** Options from `TryIt.mount` (partial, typed by the host) completed with the defaults the attributes have. */
export function completeEmbedOptions(kind: EmbedKind, given: Partial<EmbedOptions>): ParsedAttributes {
  const attribute: Record<string, string | undefined> = {
    'spec-url': given.specUrl,
    'operation-id': given.operationId,
    'gateway-url': given.gatewayUrl,
    theme: given.theme,
    view: given.view,
    router: given.router,
  };
  return parseEmbedAttributes(given.kind ?? kind, (name) => attribute[name]);
}
