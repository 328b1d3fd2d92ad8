import { describe, expect, it } from 'vitest';
import type { HttpRequest } from '../request/http-request.ts';
import { beforeSendDetail, mergeHostHeaders, responseDetail } from './host-events.ts';

const request: HttpRequest = {
  method: 'GET',
  pathTemplate: '/organization/usage/{kind}',
  path: '/organization/usage/audio_speeches',
  query: [['start_time', '1730419200']],
  headers: [['Accept', 'application/json']],
  cookies: [],
  args: [],
  operationId: 'usage-audio-speeches',
};

describe('beforeSendDetail', () => {
  it('copies the request so a host editing the detail cannot change the form’s request', () => {
    const detail = beforeSendDetail(request, 'http://127.0.0.1:8787');
    detail.headers['X-Extra'] = '1';
    detail.query.push(['x', 'y']);
    expect(request.headers).toEqual([['Accept', 'application/json']]);
    expect(request.query).toHaveLength(1);
    expect(detail).toMatchObject({ method: 'GET', path: '/organization/usage/audio_speeches' });
  });
});

describe('mergeHostHeaders', () => {
  it('keeps string headers, the last spelling of a name winning, and names what it ignored', () => {
    const merged = mergeHostHeaders({
      Accept: 'application/json',
      'OpenAI-Organization': 'org-docs',
      'openai-organization': 'org-host',
      'Bad Name': 'x',
      Count: 3,
    });
    expect(merged.headers).toEqual([
      ['Accept', 'application/json'],
      ['openai-organization', 'org-host'],
    ]);
    expect(merged.ignored).toEqual(['Bad Name', 'Count']);
  });

  it('sends no headers when the host replaced the object with something else', () => {
    expect(mergeHostHeaders(null)).toEqual({ headers: [], ignored: [] });
  });
});

describe('responseDetail', () => {
  it('says which hop failed when nothing came back', () => {
    const detail = responseDetail(
      {
        failure: { hop: 'config', message: 'cancelled' },
        notSent: { cookies: [], headers: [], files: [], missingCredentials: [], unsupportedSchemes: [] },
      },
      'op',
    );
    expect(detail).toEqual({
      operationId: 'op',
      ok: false,
      headers: [],
      bodyText: '',
      failure: { hop: 'config', message: 'cancelled' },
    });
  });
});
