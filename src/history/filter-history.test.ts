import { describe, expect, it } from 'vitest';
import { filterHistory } from './filter-history.ts';
import { usageRequest } from './fixtures/usage-request.ts';
import { usageResponse } from './fixtures/usage-response.ts';
import type { HistorySummary } from './history-entry.ts';

const speeches: HistorySummary = {
  id: 1,
  apiId: 'openai-usage',
  operationId: 'usage-audio-speeches',
  at: 1,
  request: usageRequest,
  values: {},
  response: usageResponse(),
  size: 1,
};
const costs: HistorySummary = {
  ...speeches,
  id: 2,
  operationId: 'usage-costs',
  request: { ...usageRequest, path: '/organization/costs' },
  response: { ...usageResponse(), status: 429, statusText: 'Too Many Requests' },
};
const failed: HistorySummary = {
  ...speeches,
  id: 3,
  failure: { hop: 'aborted', message: 'Request cancelled.' },
};
delete failed.response;

describe('filterHistory', () => {
  it('keeps everything for empty text', () => {
    expect(filterHistory([speeches, costs, failed], '  ')).toEqual([speeches, costs, failed]);
  });

  it('matches path, status, method and outcome words, all of them, ignoring case', () => {
    expect(filterHistory([speeches, costs, failed], 'COSTS')).toEqual([costs]);
    expect(filterHistory([speeches, costs, failed], '429')).toEqual([costs]);
    expect(filterHistory([speeches, costs, failed], 'get audio')).toEqual([speeches, failed]);
    expect(filterHistory([speeches, costs, failed], 'cancelled')).toEqual([failed]);
    expect(filterHistory([speeches, costs, failed], 'audio 429')).toEqual([]);
  });
});
