import type { ServerResponse } from 'node:http';

/** The demo's two generating operations of the full OpenAI description. */
export type CompletionRoute = 'chat' | 'responses';

/** Paths (under `/v1`) answered by `answerCompletion`, with POST. */
export const COMPLETION_ROUTES: Readonly<Record<string, CompletionRoute>> = {
  '/chat/completions': 'chat',
  '/responses': 'responses',
};

/** The demo's canned reply, streamed one word per event. */
const REPLY =
  'This is the offline demo answering one word at a time, the way the API streams a reply. ' +
  'Each word is its own server-sent event, passed through the gateway as it is written. Press Cancel to stop it.';

/** What the streaming demo needs: how long between two events. */
export interface CompletionOptions {
  intervalMs: number;
  now: () => number;
}

/**
 * Answers `POST /chat/completions` and `POST /responses` like the API, offline: with `"stream": true`, a
 * `text/event-stream` of one event per word (chat: `chat.completion.chunk` objects, then `data: [DONE]`; responses:
 * `response.created`, `response.output_text.delta` events, `response.completed`), `intervalMs` apart; otherwise
 * one JSON object. A request without `model` (or `messages` / `input`) gets the API's 400. Stops writing when the
 * client goes away.
 */
export function answerCompletion(
  route: CompletionRoute,
  body: unknown,
  res: ServerResponse,
  options: CompletionOptions,
): void {
  const request =
    typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : {};
  const model = request.model;
  const missing =
    typeof model !== 'string' || model === ''
      ? 'model'
      : route === 'chat' && !Array.isArray(request.messages)
        ? 'messages'
        : route === 'responses' && request.input === undefined
          ? 'input'
          : undefined;
  if (missing !== undefined) {
    json(res, 400, {
      error: {
        message: `Missing required parameter: '${missing}'.`,
        type: 'invalid_request_error',
        param: missing,
        code: 'missing_required_parameter',
      },
    });
    return;
  }
  const created = Math.floor(options.now() / 1000);
  const words = REPLY.split(' ').map((word, i, all) => (i < all.length - 1 ? `${word} ` : word));
  const events =
    route === 'chat'
      ? chatEvents(model as string, created, words)
      : responseEvents(model as string, created, words);
  if (request.stream !== true) {
    json(
      res,
      200,
      route === 'chat'
        ? chatCompletion(model as string, created)
        : responseObject(model as string, created, 'completed'),
    );
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
  res.flushHeaders();
  let next = 0;
  const timer = setInterval(() => {
    const event = events[next++];
    if (event === undefined) {
      clearInterval(timer);
      res.end();
      return;
    }
    res.write(event);
  }, options.intervalMs);
  res.once('close', () => clearInterval(timer));
}

function chatEvents(model: string, created: number, words: string[]): string[] {
  const chunk = (delta: Record<string, string>, finish: string | null) =>
    `data: ${JSON.stringify({
      id: 'chatcmpl-demo',
      object: 'chat.completion.chunk',
      created,
      model,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    })}\n\n`;
  return [
    chunk({ role: 'assistant', content: '' }, null),
    ...words.map((word) => chunk({ content: word }, null)),
    chunk({}, 'stop'),
    'data: [DONE]\n\n',
  ];
}

function responseEvents(model: string, created: number, words: string[]): string[] {
  let sequence = 0;
  const event = (type: string, fields: Record<string, unknown>) =>
    `event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: sequence++, ...fields })}\n\n`;
  return [
    event('response.created', { response: responseObject(model, created, 'in_progress') }),
    ...words.map((delta) =>
      event('response.output_text.delta', { item_id: 'msg_demo', output_index: 0, content_index: 0, delta }),
    ),
    event('response.completed', { response: responseObject(model, created, 'completed') }),
  ];
}

function chatCompletion(model: string, created: number) {
  return {
    id: 'chatcmpl-demo',
    object: 'chat.completion',
    created,
    model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: REPLY, refusal: null },
        logprobs: null,
        finish_reason: 'stop',
      },
    ],
    usage: { prompt_tokens: 9, completion_tokens: 40, total_tokens: 49 },
  };
}

function responseObject(model: string, created: number, status: 'in_progress' | 'completed') {
  return {
    id: 'resp_demo',
    object: 'response',
    created_at: created,
    status,
    model,
    output:
      status === 'completed'
        ? [
            {
              type: 'message',
              id: 'msg_demo',
              status: 'completed',
              role: 'assistant',
              content: [{ type: 'output_text', text: REPLY, annotations: [] }],
            },
          ]
        : [],
  };
}

function json(res: ServerResponse, status: number, payload: unknown): void {
  const text = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
