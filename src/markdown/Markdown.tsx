import { useEffect, useState } from 'react';
import './markdown.css';
import { MarkdownTree } from './MarkdownTree.tsx';
import { loadMarkdownParser, markdownTree } from './markdown-trees.ts';

/**
 * Renders untrusted Markdown (CommonMark + GFM) as React elements: no HTML from the source is ever injected.
 * The embedded API's text was parsed at build time; other text waits for the parser chunk, shown as plain
 * paragraphs meanwhile. `headingLevel` is the level a `#` heading becomes (the page has its own h1 and h2).
 */
export function Markdown({
  source,
  headingLevel = 3,
}: {
  source: string | undefined;
  headingLevel?: number;
}) {
  const text = source?.trim() ? source : undefined;
  const tree = text === undefined ? undefined : markdownTree(text);
  const [, setParserLoads] = useState(0);
  const waiting = text !== undefined && tree === undefined;
  useEffect(() => {
    if (!waiting) return;
    let live = true;
    loadMarkdownParser().then(
      () => live && setParserLoads((n) => n + 1),
      () => undefined, // Offline or blocked: the plain text stays.
    );
    return () => {
      live = false;
    };
  }, [waiting]);
  if (text === undefined) return null;
  return (
    <div className="markdown">
      {tree ? <MarkdownTree nodes={tree} headingLevel={headingLevel} /> : <PlainParagraphs text={text} />}
    </div>
  );
}

function PlainParagraphs({ text }: { text: string }) {
  const parts = text.split(/\n\s*\n/).filter((part) => part.trim() !== '');
  return (
    <>
      {parts.map((part, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: static text, order never changes
        <p key={i} className="markdown-plain">
          {part.trim()}
        </p>
      ))}
    </>
  );
}
