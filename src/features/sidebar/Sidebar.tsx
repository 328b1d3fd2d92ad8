import { useMemo } from 'react';
import { operationHref } from '../../app/parse-route.ts';
import type { ApiModel, Operation } from '../../openapi/model.ts';

/** Operations grouped by their first tag, in the document's tag order. */
export function Sidebar({ api, currentId }: { api: ApiModel; currentId: string | undefined }) {
  const groups = useMemo(() => {
    const byTag = new Map<string, Operation[]>(api.tags.map((tag) => [tag.name, []]));
    for (const op of api.operations) {
      const tag = op.tags[0] ?? 'Other';
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag)?.push(op);
    }
    return [...byTag].filter(([, ops]) => ops.length > 0);
  }, [api]);

  return (
    <nav className="sidebar" aria-label="Operations">
      {groups.map(([tag, ops], index) => (
        <details
          key={tag}
          open={groups.length < 12 || ops.some((op) => op.id === currentId)}
          aria-labelledby={`tag-${index}`}
        >
          <summary>
            <h2 className="tag-heading" id={`tag-${index}`}>
              {tag}
            </h2>
          </summary>
          <ul>
            {ops.map((op) => (
              <li key={op.id}>
                <a
                  href={operationHref(op.id)}
                  aria-current={op.id === currentId ? 'page' : undefined}
                  className={op.deprecated ? 'deprecated' : undefined}
                >
                  <span className={`method method-${op.method}`}>{op.method.toUpperCase()}</span>
                  {op.navTitle}
                </a>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </nav>
  );
}
