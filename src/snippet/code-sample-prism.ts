import type { SnippetPrism } from './snippet-languages.ts';

/**
 * The grammar a description's code sample is highlighted with, from the `lang` names descriptions use
 * (Redocly, Scalar, ReadMe); unknown ones stay plain text. JavaScript reads fine with the TypeScript grammar.
 */
export function codeSamplePrism(lang: string): SnippetPrism {
  const key = lang.trim().toLowerCase();
  if (/^(?:javascript|js|node(?:\.?js)?|typescript|ts)$/.test(key)) return 'typescript';
  if (/^(?:shell|sh|bash|curl)$/.test(key)) return 'bash';
  return /^(?:python3?|py)$/.test(key) ? 'python' : 'plain';
}
