/** Appends whole lines to a stream, batched per event-loop turn. */
export interface LogWriter {
  line(text: string): void;
  flush(): void;
}

/**
 * Batches log lines and writes them once per turn: under load one write per request would cost a syscall each
 * (stdout to a pipe is synchronous on Linux), while a batch keeps order and is flushed before exit.
 */
export function createLogWriter(write: (chunk: string) => void): LogWriter {
  let pending: string[] = [];
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    if (pending.length === 0) return;
    const chunk = `${pending.join('\n')}\n`;
    pending = [];
    write(chunk);
  };
  return {
    line(text) {
      pending.push(text);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
  };
}
