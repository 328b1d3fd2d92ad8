import { useMemo } from 'react';
import { parseEventStream } from '../../response/parse-event-stream.ts';
import type { StreamProgress } from '../../transport/send-request.ts';
import './stream-view.css';

// Only the newest events are drawn while a long stream is still arriving; the whole body is shown at the end.
const SHOWN = 200;

/**
 * A streaming response (server-sent events) while it arrives: its status and its events so far, one per item,
 * as text (never interpreted). Cancel in the send bar stops it; when it ends, the full response view takes over.
 */
export default function StreamView({ live }: { live: StreamProgress }) {
  const { events } = useMemo(() => parseEventStream(live.text), [live.text]);
  const shown = events.length > SHOWN ? events.slice(-SHOWN) : events;
  return (
    <div className="stream-view">
      <p className="muted" role="status">
        {live.status} {live.statusText} · streaming: {events.length}{' '}
        {events.length === 1 ? 'event' : 'events'} so far
      </p>
      <ol className="stream-events" aria-label="Streamed events" start={events.length - shown.length + 1}>
        {shown.map((event, index) => (
          // Events only ever append: the position is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above.
          <li key={events.length - shown.length + index}>
            {event.event !== 'message' && <span className="stream-event-name">{event.event}</span>}
            <code>{event.data}</code>
          </li>
        ))}
      </ol>
    </div>
  );
}
