import type { ApiModel, Operation } from '../openapi/model.ts';
import type { Route } from './parse-route.ts';

/**
 * What a route shows of `api`: its operation, or its webhook (then `operation` is the webhook too, since both
 * render as an operation page); neither for the overview or an id the API lacks. One lookup for the app, the
 * prerender and the embed.
 */
export function findRoutePage(api: ApiModel, route: Route): { operation?: Operation; webhook?: Operation } {
  if (route.webhookId !== undefined) {
    const webhook = api.webhooks?.find((w) => w.id === route.webhookId);
    return webhook ? { operation: webhook, webhook } : {};
  }
  if (route.operationId === undefined) return {};
  const operation = api.operations.find((op) => op.id === route.operationId);
  return operation ? { operation } : {};
}
