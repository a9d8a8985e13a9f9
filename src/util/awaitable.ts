/**
 * Values that may or may not be waited for. The in-memory store answers at once; a shared store
 * (Redis) answers later. Code that serves both chains with these helpers, so the in-memory path
 * stays synchronous: no promise, no extra turn of the event loop.
 */

/** A value now, or a promise of it. */
export type Awaitable<T> = T | Promise<T>;

/**
 * Applies `next` to a value, at once when it is there, after it resolves when it is a promise.
 *
 * @example
 * const response = andThen(store.transact(scope, (state) => create(state)), (created) => respond(created));
 */
export function andThen<T, U>(value: Awaitable<T>, next: (value: T) => Awaitable<U>): Awaitable<U> {
  return value instanceof Promise ? value.then(next) : next(value);
}

/**
 * Runs `run` and then `cleanup`, whether `run` returns, throws, resolves or rejects: a `finally`
 * that stays synchronous when `run` is.
 *
 * @example
 * return andFinally(() => loadEverything(), () => restoreSwitches());
 */
export function andFinally<T>(run: () => Awaitable<T>, cleanup: () => void): Awaitable<T> {
  let result: Awaitable<T>;
  try {
    result = run();
  } catch (error) {
    cleanup();
    throw error;
  }
  if (result instanceof Promise) return result.finally(cleanup);
  cleanup();
  return result;
}

/**
 * Runs `step` on each item in order, waiting only when a step returns a promise; synchronous steps
 * finish synchronously.
 *
 * @example
 * await inOrder(section.channels, (channel) => putChannel(channel));
 */
export function inOrder<T>(items: readonly T[], step: (item: T, index: number) => Awaitable<void>): Awaitable<void> {
  for (let i = 0; i < items.length; i++) {
    const pending = step(items[i] as T, i);
    if (pending instanceof Promise) {
      return pending.then(() => inOrder(items.slice(i + 1), (item, j) => step(item, i + 1 + j)));
    }
  }
}
