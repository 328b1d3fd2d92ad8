import type { HttpRequest } from '../request/http-request.ts';
import type { SnippetContext } from './snippet-context.ts';
import { tsSdkSnippet } from './ts-sdk-snippet.ts';

/** A pure function that writes one snippet from the request. */
export type SnippetBuilder = (request: HttpRequest, ctx: SnippetContext) => string;

/** One snippet tab: its id, visible label, Prism grammar, and how to get the function that writes it. */
export interface SnippetLanguage {
  id: 'typescript' | 'fetch' | 'curl' | 'python';
  label: string;
  prism: 'typescript' | 'bash' | 'python';
  /** Resolves to the builder; only the first tab's is bundled with the page, the others load on demand. */
  load: () => Promise<SnippetBuilder>;
}

/** The builder of the first tab, available synchronously for the first paint. */
export const firstSnippetBuilder: SnippetBuilder = tsSdkSnippet;

/** The snippet tabs, in display order (the SDK call first: it is the reference design). */
export const snippetLanguages: readonly SnippetLanguage[] = [
  { id: 'typescript', label: 'TypeScript', prism: 'typescript', load: async () => tsSdkSnippet },
  {
    id: 'fetch',
    label: 'fetch',
    prism: 'typescript',
    load: async () => (await import('./fetch-snippet.ts')).fetchSnippet,
  },
  {
    id: 'curl',
    label: 'cURL',
    prism: 'bash',
    load: async () => (await import('./curl-snippet.ts')).curlSnippet,
  },
  {
    id: 'python',
    label: 'Python',
    prism: 'python',
    load: async () => (await import('./python-snippet.ts')).pythonSnippet,
  },
];
