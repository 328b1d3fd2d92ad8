import { afterEach, describe, expect, it } from 'vitest';
import {
  createRecordingUpstream,
  type RecordingUpstream,
} from '../test-support/create-recording-upstream.ts';
import { sendRequest } from '../test-support/send-request.ts';
import { createGateway, type Gateway } from './create-gateway.ts';
import { loadConfig } from './load-config.ts';

let upstream: RecordingUpstream | undefined;
let gateway: Gateway | undefined;

afterEach(async () => {
  await gateway?.close(100);
  await upstream?.close();
  gateway = undefined;
  upstream = undefined;
});

async function forwardedUrl(upstreamBase: (root: string) => string, path: string): Promise<string> {
  upstream = await createRecordingUpstream();
  const config = loadConfig(
    { GATEWAY_PORT: '0', GATEWAY_UPSTREAM_URL: upstreamBase(upstream.url) },
    '/repo',
    '/repo',
  );
  gateway = createGateway({
    ...config,
    surface: { operations: [{ method: 'GET', template: '/models' }], headerParams: [] },
  });
  const url = await gateway.listen();
  const response = await sendRequest(url, { path });
  expect(response.status).toBe(200);
  return upstream.requests[0]?.url ?? '';
}

describe('createGateway upstream path', () => {
  // An upstream at its root (a mock such as Prism) kept URL's `/` pathname, and every request went to `//models`.
  it('forwards to an upstream at its root without doubling the slash', async () => {
    expect(await forwardedUrl((root) => root, '/models?limit=2')).toBe('/models?limit=2');
    await gateway?.close(100);
    await upstream?.close();
    expect(await forwardedUrl((root) => `${root}/`, '/models')).toBe('/models');
  });

  it('keeps an upstream base path', async () => {
    expect(await forwardedUrl((root) => `${root}/v1/`, '/models')).toBe('/v1/models');
  });
});
