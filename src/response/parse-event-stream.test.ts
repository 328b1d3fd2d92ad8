import { describe, expect, it } from 'vitest';
import { parseEventStream } from './parse-event-stream.ts';

describe('parseEventStream', () => {
  it('parses OpenAI chat chunks and the [DONE] marker', () => {
    const text = 'data: {"n":1}\n\ndata: {"n":2}\n\ndata: [DONE]\n\n';
    expect(parseEventStream(text)).toEqual({
      events: [
        { event: 'message', data: '{"n":1}' },
        { event: 'message', data: '{"n":2}' },
        { event: 'message', data: '[DONE]' },
      ],
      complete: true,
    });
  });

  it('reads named events, ids, multi-line data, comments and CRLF', () => {
    const text = ': keep-alive\r\nevent: response.created\r\nid: 7\r\ndata: a\r\ndata:b\r\n\r\n';
    expect(parseEventStream(text).events).toEqual([{ event: 'response.created', data: 'a\nb', id: '7' }]);
  });

  it('holds back an event until its blank line arrives', () => {
    const first = parseEventStream('data: one\n\ndata: tw');
    expect(first.events).toEqual([{ event: 'message', data: 'one' }]);
    expect(first.complete).toBe(false);
    const second = parseEventStream('data: one\n\ndata: two\n');
    expect(second.events).toHaveLength(1);
    expect(second.complete).toBe(false);
    expect(parseEventStream('data: one\n\ndata: two\n\n').events).toHaveLength(2);
  });

  it('does not dispatch an event without data, and resets the name after each event', () => {
    const text = 'event: ping\n\ndata: x\n\n';
    expect(parseEventStream(text).events).toEqual([{ event: 'message', data: 'x' }]);
  });

  it('treats a trailing CR as possibly the start of a CRLF', () => {
    expect(parseEventStream('data: x\r\n\r').events).toEqual([]);
    expect(parseEventStream('data: x\r\n\r\n').events).toEqual([{ event: 'message', data: 'x' }]);
  });
});
