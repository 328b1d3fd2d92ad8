import { useMemo } from 'react';
import { OVERVIEW_HREF, operationHref } from '../../app/parse-route.ts';
import { groupOperationsByTag } from '../../openapi/group-operations-by-tag.ts';
import type { ApiModel } from '../../openapi/model.ts';
import { SearchBox } from '../search/SearchBox.tsx';

/** The search box, the overview link, then the operations grouped by their first tag, in tag order. */
export function Sidebar({ api, currentId }: { api: ApiModel; currentId: string | undefined }) {
  const groups = useMemo(() => groupOperationsByTag(api).map((g) => [g.name, g.operations] as const), [api]);

  return (
    <div className="sidebar">
      <SearchBox operations={api.operations} />
      <nav aria-label="Operations">
        <a
          className="overview-link"
          href={OVERVIEW_HREF}
          aria-current={currentId === undefined ? 'page' : undefined}
        >
          Overview
        </a>
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
    </div>
  );
}
