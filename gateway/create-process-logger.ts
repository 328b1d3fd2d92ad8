import pino, { type Logger } from 'pino';

/**
 * The gateway process's logger: pino, one JSON object per line on stdout (ISO time, level as a word, pid and
 * hostname, so the lines of several instances stay apart). Asynchronous: under load, lines written while a write
 * is in flight go out together in the next one, instead of one blocking write per request (stdout to a pipe is
 * synchronous on Linux). `flush()` before exit. Nothing logged here ever holds a header or a credential: callers
 * pass access records and start-up facts only.
 */
export function createProcessLogger(fd = 1): { logger: Logger; flush(): void } {
  const destination = pino.destination({ dest: fd, sync: false });
  const logger = pino(
    {
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  return {
    logger,
    flush() {
      destination.flushSync();
    },
  };
}
