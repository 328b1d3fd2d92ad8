import { useMemo } from 'react';
import { RouteLink } from '../../app/router/RouteLink.tsx';
import { groupOperationsByTag } from '../../openapi/group-operations-by-tag.ts';
import type { ApiModel, Operation } from '../../openapi/model.ts';
import { SearchBox } from '../search/SearchBox.tsx';

/** A sidebar group: a tag's operations, or the webhooks. */
interface NavGroup {
  title: string;
  operations: Operation[];
  webhooks: boolean;
}

/**
 * The search box, the overview link, then the operations grouped by their first tag, in tag order; then the
 * webhooks (3.1), in a group of their own.
 */
export function Sidebar({
  api,
  currentId,
  currentIsWebhook = false,
}: {
  api: ApiModel;
  currentId: string | undefined;
  currentIsWebhook?: boolean;
}) {
  const groups = useMemo(() => {
    const all: NavGroup[] = groupOperationsByTag(api).map((g) => ({
      title: g.name,
      operations: g.operations,
      webhooks: false,
    }));
    if (api.webhooks?.length) all.push({ title: 'Webhooks', operations: api.webhooks, webhooks: true });
    return all;
  }, [api]);
  const isCurrent = (group: NavGroup, op: Operation) =>
    op.id === currentId && group.webhooks === currentIsWebhook;

  return (
    <div className="sidebar">
      <SearchBox operations={api.operations} />
      <nav aria-label="Operations">
        <RouteLink
          className="overview-link"
          route={{}}
          aria-current={currentId === undefined ? 'page' : undefined}
        >
          Overview
        </RouteLink>
        {groups.map((group, index) => (
          <details
            key={`${group.webhooks ? 'webhooks' : 'tag'}:${group.title}`}
            open={groups.length < 12 || group.operations.some((op) => isCurrent(group, op))}
            aria-labelledby={`tag-${index}`}
          >
            <summary>
              <h2 className="tag-heading" id={`tag-${index}`}>
                {group.title}
              </h2>
            </summary>
            <ul>
              {group.operations.map((op) => (
                <li key={op.id}>
                  <RouteLink
                    route={group.webhooks ? { webhookId: op.id } : { operationId: op.id }}
                    aria-current={isCurrent(group, op) ? 'page' : undefined}
                    className={op.deprecated ? 'deprecated' : undefined}
                  >
                    <span className={`method method-${op.method}`}>{op.method.toUpperCase()}</span>
                    {op.navTitle}
                  </RouteLink>
                </li>
              ))}
            </ul>
          </details>
        ))}
      </nav>
    </div>
  );
}
