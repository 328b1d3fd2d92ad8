/** One server-sent event: its type (`message` unless the stream named one), data lines joined by "\n", its id. */
export interface StreamEvent {
  event: string;
  data: string;
  id?: string;
}

/** Events parsed so far (an event only counts once its blank line arrived). */
export interface ParsedEventStream {
  events: StreamEvent[];
  /** False when the text ends inside an event still arriving. */
  complete: boolean;
}

/**
 * Parses `text/event-stream` text as the HTML standard's event-stream interpretation does: lines end with CRLF, LF
 * or CR; a blank line dispatches the event; `data:` lines are joined with "\n"; `event:` names it; `id:` sets its
 * id; comment lines (`:`) and unknown fields are ignored; one space after the colon is dropped. An event without
 * data is not dispatched. Pure, for the response view to show a stream live, event by event.
 */
export function parseEventStream(text: string): ParsedEventStream {
  const events: StreamEvent[] = [];
  let data: string[] = [];
  let event = '';
  let id: string | undefined;
  let consumed = 0;
  const lines = /([^\r\n]*)(\r\n|\r|\n)/g;
  for (let match = lines.exec(text); match !== null; match = lines.exec(text)) {
    // A trailing CR may be the first half of a CRLF still on its way.
    if (match[2] === '\r' && lines.lastIndex === text.length) break;
    const line = match[1] ?? '';
    consumed = lines.lastIndex;
    if (line === '') {
      if (data.length > 0) {
        const dispatched: StreamEvent = { event: event || 'message', data: data.join('\n') };
        if (id !== undefined) dispatched.id = id;
        events.push(dispatched);
      }
      data = [];
      event = '';
      continue;
    }
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
    else if (field === 'id' && !value.includes('\u0000')) id = value;
  }
  return { events, complete: consumed === text.length && data.length === 0 };
}
