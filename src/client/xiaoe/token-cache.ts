/**
 * Keeps one Xiaoe access token: fetched on first use, reused until shortly before it expires,
 * refreshed once for concurrent callers, dropped when the vendor says it is no longer valid.
 */

/** A token and when it stops being usable, in epoch milliseconds. */
export interface CachedToken {
  token: string;
  expiresAt: number;
}

/** The cache's handle. */
export interface TokenCache {
  /** A token valid for at least the refresh margin, fetching a new one when needed. */
  get(): Promise<string>;
  /** Fetches a new token now, whatever is cached. */
  refresh(): Promise<CachedToken>;
  /** Forgets `token` if it is the cached one (after a 2008), so the next `get` fetches a new one. */
  invalidate(token: string): void;
  /** Caches a token obtained elsewhere (a direct `/token` call supersedes the cached one at the vendor). */
  store(token: CachedToken): void;
  /** The cached token, if any (for inspection). */
  peek(): CachedToken | undefined;
}

/**
 * Creates a token cache around a fetcher.
 *
 * @example
 * const cache = createTokenCache({ fetchToken: async () => ({ access_token: "xe_...", expires_in: 7200 }), now: Date.now, refreshMarginMs: 300_000 });
 * const token = await cache.get();
 */
export function createTokenCache(init: { fetchToken: () => Promise<{ access_token: string; expires_in: number }>; now: () => number; refreshMarginMs: number }): TokenCache {
  let current: CachedToken | undefined;
  let pending: Promise<CachedToken> | undefined;

  const refresh = (): Promise<CachedToken> => {
    if (pending) return pending;
    const requestedAt = init.now();
    pending = init
      .fetchToken()
      .then((data) => {
        current = { token: data.access_token, expiresAt: requestedAt + data.expires_in * 1000 };
        return current;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };

  return {
    async get() {
      if (current && init.now() < current.expiresAt - init.refreshMarginMs) return current.token;
      return (await refresh()).token;
    },
    refresh,
    invalidate(token) {
      if (current?.token === token) current = undefined;
    },
    store(token) {
      current = token;
    },
    peek: () => current,
  };
}
