import net from 'node:net';

/** A client that sends its request head a few bytes at a time and never finishes it. */
export interface Dribbler {
  /** Resolves, once the server closed the connection, with everything the server wrote (latin1). */
  readonly closed: Promise<string>;
  /** Closes it from our side (for a bounded run). */
  stop(): void;
}

/**
 * Opens a connection to `baseUrl` and writes a request line, then one short header line every `intervalMs`,
 * forever: the slow-loris shape. The head never ends, so a server without a head timeout keeps the socket (and
 * whatever it reserved for it) as long as the client likes.
 */
export function dribbleHeaders(baseUrl: string, path: string, intervalMs: number): Dribbler {
  const { hostname, port } = new URL(baseUrl);
  const socket = net.connect(Number(port), hostname);
  // Written now, so it is queued first: a header line the timer wrote before `connect` would otherwise lead.
  socket.write(`GET ${path} HTTP/1.1\r\nHost: gateway\r\n`);
  const chunks: Buffer[] = [];
  let line = 0;
  const timer = setInterval(() => {
    if (socket.writable) socket.write(`X-Dribble-${line++}: ${'d'.repeat(8)}\r\n`);
  }, intervalMs);
  socket.on('data', (chunk) => chunks.push(chunk));
  socket.on('error', () => {});
  const closed = new Promise<string>((resolve) => {
    socket.on('close', () => {
      clearInterval(timer);
      resolve(Buffer.concat(chunks).toString('latin1'));
    });
  });
  return {
    closed,
    stop() {
      clearInterval(timer);
      socket.destroy();
    },
  };
}
