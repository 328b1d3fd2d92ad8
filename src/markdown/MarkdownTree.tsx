import { type ReactNode, useContext } from 'react';
import { CodeBlock } from './CodeBlock.tsx';
import { headingElementId, MarkdownLinkBase } from './markdown-link-base.ts';
import { type MdAttrs, type MdNode, plainText } from './markdown-tree.ts';
import { safeHref, safeImageSrc } from './safe-href.ts';

interface RenderContext {
  linkBase: string;
  /** What a level-1 Markdown heading becomes (the page has its own h1 and h2). */
  headingLevel: number;
}

/**
 * Renders a pre-parsed Markdown tree as React elements. React sets every text and attribute as data, never as
 * markup; only the tags below are produced, and URLs are checked again here whatever made the tree.
 */
export function MarkdownTree({ nodes, headingLevel }: { nodes: readonly MdNode[]; headingLevel: number }) {
  const linkBase = useContext(MarkdownLinkBase);
  return <>{renderNodes(nodes, { linkBase, headingLevel })}</>;
}

function renderNodes(nodes: readonly MdNode[], ctx: RenderContext): ReactNode[] {
  return nodes.map((node, index) => renderNode(node, index, ctx));
}

function renderNode(node: MdNode, key: number, ctx: RenderContext): ReactNode {
  if (typeof node === 'string') return node;
  const [tag, attrs, ...rest] = node;
  const a: MdAttrs = attrs ?? {};
  const children = () => renderNodes(rest, ctx);
  switch (tag) {
    case 'p':
    case 'ul':
    case 'li':
    case 'blockquote':
    case 'em':
    case 'strong':
    case 'del':
    case 'thead':
    case 'tbody':
    case 'tr':
    case 'code': {
      const Tag = tag;
      return <Tag key={key}>{children()}</Tag>;
    }
    case 'ol':
      return (
        <ol key={key} start={typeof a.start === 'number' ? a.start : undefined}>
          {children()}
        </ol>
      );
    case 'th':
    case 'td': {
      const Tag = tag;
      return (
        <Tag key={key} style={a.align ? { textAlign: a.align } : undefined}>
          {children()}
        </Tag>
      );
    }
    case 'table':
      return (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than the column scrolls; keyboard users can reach it
        <div key={key} className="markdown-table" tabIndex={0}>
          <table>{children()}</table>
        </div>
      );
    case 'pre':
      return <CodeBlock key={key} code={plainText(rest)} lang={a.lang} />;
    case 'hr':
      return <hr key={key} />;
    case 'br':
      return <br key={key} />;
    case 'task':
      return (
        <span key={key} className="task-mark" role="img" aria-label={a.checked ? 'Done' : 'Not done'}>
          {a.checked ? '☑' : '☐'}
        </span>
      );
    case 'a':
      return renderLink(key, a, children(), ctx);
    case 'img': {
      const src = a.src === undefined ? undefined : safeImageSrc(a.src);
      if (src === undefined) return a.alt ?? null;
      return (
        <img
          key={key}
          src={src}
          alt={a.alt ?? ''}
          title={a.title}
          loading="lazy"
          decoding="async"
          referrerPolicy="no-referrer"
        />
      );
    }
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return renderHeading(key, Number(tag[1]), a, rest, ctx);
    default:
      // Not a tag this renderer knows: its text only.
      return plainText(rest);
  }
}

function renderLink(key: number, a: MdAttrs, children: ReactNode[], ctx: RenderContext): ReactNode {
  const href = a.href === undefined ? undefined : safeHref(a.href);
  if (href === undefined) return <span key={key}>{children}</span>;
  if (href.startsWith('#') && !href.startsWith('#/')) {
    // A section of this description (`#pagination`): its heading's id, on this page's route.
    return (
      <a key={key} href={`${ctx.linkBase}#${headingElementId(href.slice(1))}`}>
        {children}
      </a>
    );
  }
  const external = !href.startsWith('#');
  return (
    <a
      key={key}
      href={href}
      title={a.title}
      rel="noopener noreferrer nofollow"
      target={external ? '_blank' : undefined}
    >
      {children}
    </a>
  );
}

function renderHeading(
  key: number,
  level: number,
  a: MdAttrs,
  rest: MdNode[],
  ctx: RenderContext,
): ReactNode {
  const shown = Math.min(6, Math.max(1, level + ctx.headingLevel - 1));
  const Tag = `h${shown}` as 'h3';
  const slug = a.id ?? '';
  const id = slug ? headingElementId(slug) : undefined;
  return (
    <div key={key} className="markdown-heading">
      <Tag id={id}>{renderNodes(rest, ctx)}</Tag>
      {id && (
        <a
          className="heading-anchor"
          href={`${ctx.linkBase}#${id}`}
          aria-label={`Link to “${plainText(rest)}”`}
        >
          #
        </a>
      )}
    </div>
  );
}
