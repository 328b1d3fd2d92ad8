/**
 * Resolves in a task of its own after the next frame is painted, so heavy work that follows (parsing a big
 * answer, posting it to the check worker) never lengthens the task that renders it. A hidden tab paints no
 * frames: the work waits until it is shown.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
