import type { Operation, TryItConfig } from '../openapi/model.ts';
import type { HttpRequest } from '../request/http-request.ts';
import { codeSamplePrism } from './code-sample-prism.ts';
import type { SnippetContext } from './snippet-context.ts';
import { tsSdkSnippet } from './ts-sdk-snippet.ts';

/** A pure function that writes one snippet from the request. */
export type SnippetBuilder = (request: HttpRequest, ctx: SnippetContext) => string;

/** Grammar a snippet is highlighted with; `plain` is shown as escaped text. */
export type SnippetPrism = 'typescript' | 'bash' | 'python' | 'plain';

/** One snippet tab: its id, visible label, Prism grammar, and how to get the function that writes it. */
export interface SnippetLanguage {
  /** `typescript`, `official-sdk`, `fetch`, `curl`, `python`, or `sample-<n>` for the description's own. */
  id: string;
  label: string;
  prism: SnippetPrism;
  /**
   * What the snippet calls: `server` (the API's server or the gateway: raw HTTP), `gateway` (an SDK whose
   * base URL can point at the gateway), `none` (not a call we direct: the reference SDK shape, a sample).
   */
  calls: 'server' | 'gateway' | 'none';
  /** Resolves to the builder; only the first tab's is bundled with the panel, the others load on demand. */
  load: () => Promise<SnippetBuilder>;
  /** Set for the description's own samples: the fixed text, shown as is whatever the request. */
  source?: string;
}

/** The builder of the first tab, in the panel's own chunk: the panel shows its snippet as soon as it renders. */
export const firstSnippetBuilder: SnippetBuilder = tsSdkSnippet;

/** The generated snippet tabs every operation has, in display order (the SDK call first: the reference design). */
export const snippetLanguages: readonly SnippetLanguage[] = [
  {
    id: 'typescript',
    label: 'TypeScript',
    prism: 'typescript',
    calls: 'none',
    load: async () => tsSdkSnippet,
  },
  {
    id: 'fetch',
    label: 'fetch',
    prism: 'typescript',
    calls: 'server',
    load: async () => (await import('./fetch-snippet.ts')).fetchSnippet,
  },
  {
    id: 'curl',
    label: 'cURL',
    prism: 'bash',
    calls: 'server',
    load: async () => (await import('./curl-snippet.ts')).curlSnippet,
  },
  {
    id: 'python',
    label: 'Python',
    prism: 'python',
    calls: 'server',
    load: async () => (await import('./python-snippet.ts')).pythonSnippet,
  },
];

/**
 * The tabs of one operation: the generated ones, the official SDK's beside the reference SDK tab when the
 * API maps this operation to an SDK method, then the description's own `x-codeSamples` (text, never run).
 */
export function snippetTabsFor(config: TryItConfig, operation: Operation): SnippetLanguage[] {
  const [first, ...rest] = snippetLanguages;
  const tabs: SnippetLanguage[] = first ? [first] : [];
  if (config.officialSdk && operation.sdkMethod !== undefined)
    tabs.push({
      id: 'official-sdk',
      label: config.officialSdk.label,
      prism: 'typescript',
      calls: 'gateway',
      load: async () => (await import('./official-sdk-snippet.ts')).officialSdkSnippet,
    });
  tabs.push(...rest);
  for (const [index, sample] of (operation.codeSamples ?? []).entries()) {
    const source = sample.source;
    tabs.push({
      id: `sample-${index + 1}`,
      label: sample.label,
      prism: codeSamplePrism(sample.lang),
      calls: 'none',
      source,
      load: async () => () => source,
    });
  }
  return tabs;
}
