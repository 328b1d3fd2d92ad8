import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoUpstream } from './demo-upstream.ts';

const demo = createDemoUpstream({
  host: '127.0.0.1',
  port: 0,
  now: () => 1_730_851_200_000,
  streamIntervalMs: 5,
});
let base = '';

beforeAll(async () => {
  base = `${await demo.listen()}/v1`;
});
afterAll(() => demo.close());

const post = (path: string, body: unknown, key = 'sk-demo') =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });

const dataLines = (text: string) =>
  text
    .split('\n\n')
    .filter(Boolean)
    .map((event) => /^data: (.*)$/m.exec(event)?.[1] ?? '');

describe('demo completions', () => {
  it('streams chat.completion.chunk events, one word each, then [DONE]', async () => {
    const res = await post('/chat/completions', {
      model: 'gpt-4o',
      messages: [{ role: 'user', content: 'hi' }],
      stream: true,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const data = dataLines(await res.text());
    expect(data.at(-1)).toBe('[DONE]');
    const chunks = data.slice(0, -1).map((line) => JSON.parse(line));
    expect(chunks[0]).toMatchObject({
      object: 'chat.completion.chunk',
      model: 'gpt-4o',
      choices: [{ delta: { role: 'assistant' } }],
    });
    expect(chunks.at(-1)?.choices[0].finish_reason).toBe('stop');
    const text = chunks.map((chunk) => chunk.choices[0].delta.content ?? '').join('');
    expect(text).toMatch(/^This is the offline demo .* Press Cancel to stop it\.$/);
    expect(chunks.length).toBeGreaterThan(20);
  });

  it('streams response.* events for POST /responses', async () => {
    const res = await post('/responses', { model: 'gpt-4o', input: 'hi', stream: true });
    const events = (await res.text()).split('\n\n').filter(Boolean);
    expect(events[0]).toMatch(/^event: response\.created\ndata: /);
    expect(events.at(-1)).toMatch(/^event: response\.completed\ndata: /);
    expect(
      events.slice(1, -1).every((event) => event.startsWith('event: response.output_text.delta\n')),
    ).toBe(true);
  });

  it('answers one JSON object without "stream": true', async () => {
    const res = await post('/chat/completions', { model: 'gpt-4o', messages: [] });
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toMatchObject({
      object: 'chat.completion',
      choices: [{ finish_reason: 'stop' }],
    });
  });

  it('answers 400 in the API error shape for a missing parameter or a body that is not JSON', async () => {
    const missing = await post('/responses', { model: 'gpt-4o' });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: { param: 'input', type: 'invalid_request_error' } });
    const broken = await fetch(`${base}/chat/completions`, {
      method: 'POST',
      headers: { authorization: 'Bearer k' },
      body: '{"model":',
    });
    expect(broken.status).toBe(400);
  });

  it('still needs a key', async () => {
    const res = await fetch(`${base}/chat/completions`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(401);
  });
});
