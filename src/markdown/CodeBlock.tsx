import { useEffect, useMemo, useState } from 'react';
import { highlightCode, type LazyPrismLanguage, loadPrismLanguage } from '../response/load-prism-language.ts';
import { loadPrism } from '../response/prism-instance.ts';

/** Prism grammar for a fenced block's info string; core grammars ship with Prism, three load on demand. */
const LANGUAGES: Record<string, string> = {
  json: 'json',
  js: 'javascript',
  javascript: 'javascript',
  mjs: 'javascript',
  html: 'markup',
  xml: 'markup',
  svg: 'markup',
  markup: 'markup',
  css: 'css',
  ts: 'typescript',
  typescript: 'typescript',
  sh: 'bash',
  shell: 'bash',
  bash: 'bash',
  curl: 'bash',
  console: 'bash',
  py: 'python',
  python: 'python',
};
const LAZY = new Set<string>(['typescript', 'bash', 'python']);

/**
 * A fenced code block from a description, highlighted by Prism once it has loaded (plain text until then, and
 * for languages without a grammar here). Prism escapes the text it tokenizes: the code stays text.
 */
export function CodeBlock({ code, lang }: { code: string; lang: string | undefined }) {
  const language = lang ? LANGUAGES[lang.toLowerCase()] : undefined;
  const [loads, setLoads] = useState(0);
  useEffect(() => {
    if (!language) return;
    let live = true;
    const ready = LAZY.has(language) ? loadPrismLanguage(language as LazyPrismLanguage) : loadPrism();
    ready.then(
      () => live && setLoads((n) => n + 1),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [language]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `loads` re-runs highlighting once Prism is in
  const html = useMemo(() => (language ? highlightCode(code, language) : undefined), [code, language, loads]);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a block that scrolls sideways must be reachable by keyboard
    <pre tabIndex={0} className={language ? `language-${language}` : undefined}>
      {html === undefined ? (
        <code>{code}</code>
      ) : (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: Prism's output, which escapes every token of the text
        <code dangerouslySetInnerHTML={{ __html: html }} />
      )}
    </pre>
  );
}
