import type { HttpRequest } from '../request/http-request.ts';
import { curlSnippet } from './curl-snippet.ts';
import { fetchSnippet } from './fetch-snippet.ts';
import { pythonSnippet } from './python-snippet.ts';
import type { SnippetContext } from './snippet-context.ts';
import { tsSdkSnippet } from './ts-sdk-snippet.ts';

/** One snippet tab: its id, visible label, Prism grammar, and the pure function that writes it. */
export interface SnippetLanguage {
  id: 'typescript' | 'fetch' | 'curl' | 'python';
  label: string;
  prism: 'typescript' | 'bash' | 'python';
  build: (request: HttpRequest, ctx: SnippetContext) => string;
}

/** The snippet tabs, in display order (the SDK call first: it is the reference design). */
export const snippetLanguages: readonly SnippetLanguage[] = [
  { id: 'typescript', label: 'TypeScript', prism: 'typescript', build: tsSdkSnippet },
  { id: 'fetch', label: 'fetch', prism: 'typescript', build: fetchSnippet },
  { id: 'curl', label: 'cURL', prism: 'bash', build: curlSnippet },
  { id: 'python', label: 'Python', prism: 'python', build: pythonSnippet },
];
