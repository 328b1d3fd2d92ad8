import { useMemo } from 'react';
import { type Inline, parseMarkdown } from './parse-markdown.ts';

/** Renders untrusted Markdown as React elements: no HTML is ever injected. */
export function Markdown({ source }: { source: string | undefined }) {
  const blocks = useMemo(() => (source ? parseMarkdown(source) : []), [source]);
  if (blocks.length === 0) return null;
  return (
    <div className="markdown">
      {blocks.map((block, i) => {
        const key = `${block.type}-${i}`;
        switch (block.type) {
          case 'paragraph':
            return (
              <p key={key}>
                <Inlines nodes={block.children} />
              </p>
            );
          case 'heading':
            // Document headings sit below the page's own h1/h2.
            return (
              <p key={key} className="markdown-heading">
                <strong>
                  <Inlines nodes={block.children} />
                </strong>
              </p>
            );
          case 'list': {
            const items = block.items.map((item, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: static content, order never changes
              <li key={j}>
                <Inlines nodes={item} />
              </li>
            ));
            return block.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
          }
          case 'code':
            return (
              <pre key={key}>
                <code>{block.text}</code>
              </pre>
            );
          default:
            return null;
        }
      })}
    </div>
  );
}

function Inlines({ nodes }: { nodes: Inline[] }) {
  return (
    <>
      {nodes.map((node, i) => {
        const key = `${node.type}-${i}`;
        switch (node.type) {
          case 'text':
            return <span key={key}>{node.text}</span>;
          case 'code':
            return <code key={key}>{node.text}</code>;
          case 'strong':
            return (
              <strong key={key}>
                <Inlines nodes={node.children} />
              </strong>
            );
          case 'em':
            return (
              <em key={key}>
                <Inlines nodes={node.children} />
              </em>
            );
          case 'link':
            return (
              <a
                key={key}
                href={node.href}
                rel="noopener noreferrer nofollow"
                target={node.href.startsWith('#') ? undefined : '_blank'}
              >
                <Inlines nodes={node.children} />
              </a>
            );
          default:
            return null;
        }
      })}
    </>
  );
}
