import type { Server } from 'node:http';

/** Stops an HTTP server now: no new connections, open ones (keep-alive or stalled) closed at once. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
