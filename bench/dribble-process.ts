/**
 * Opens `count` dribbling sockets against `url` (argv: url path count) and keeps them going until killed, printing
 * one "dribbling" line once all are open: a process of its own, so the latency bench's measuring client does not
 * share an event loop with 400 sockets' timers.
 */
import { dribbleHeaders } from '../test-support/dribble-headers.ts';

const [url, path, count] = process.argv.slice(2);
if (!url || !path || !count) throw new Error('usage: dribble-process.ts <url> <path> <count>');
const dribblers = Array.from({ length: Number(count) }, () => dribbleHeaders(url, path, 100));
process.stdout.write(`dribbling ${dribblers.length}\n`);
// A dribbler the gateway cut is replaced, so the count holds for the whole measurement.
process.on('SIGTERM', () => {
  for (const dribbler of dribblers) dribbler.stop();
  process.exit(0);
});
