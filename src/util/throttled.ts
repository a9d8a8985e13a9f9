/**
 * Calls `run` at most once per `ms` of real time, and once more after the last call of a burst (an
 * unref'd timer, so it never keeps the process alive).
 *
 * @example
 * const checkpointSoon = throttled(() => control.changed(), 2_000);
 */
export function throttled(run: () => void, ms: number): () => void {
  let last = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  return () => {
    const wait = last + ms - Date.now();
    if (wait <= 0) {
      last = Date.now();
      run();
    } else if (pending === undefined) {
      pending = setTimeout(() => {
        pending = undefined;
        last = Date.now();
        run();
      }, wait);
      pending.unref?.();
    }
  };
}
