/**
 * The access tokens livemock has issued, in memory (not in the store: tokens are credentials, so they
 * are never persisted or exported with a store snapshot; `reset()` forgets them all).
 *
 * Lifetime rules (Xiaoe's token doc): a token lives 7200 s; issuing a new token for the same app makes
 * the previous one expire 5 minutes later ("重复获取将导致上次获取的 access_token 在5分钟之后失效"),
 * unless it would expire sooner anyway.
 */

import { ACCESS_TOKEN_TTL_SECONDS, generateAccessToken, SUPERSEDED_TOKEN_GRACE_SECONDS } from "../../../contracts/xiaoe/index.ts";
import type { Awaitable } from "../../../util/awaitable.ts";

/** One issued token. */
export interface IssuedToken {
  token: string;
  appId: string;
  issuedAt: number;
  /** Epoch ms after which the token answers 2008. */
  expiresAt: number;
}

/** Outcome of looking a token up. */
export type TokenLookup = { ok: true; appId: string } | { ok: false; why: "unknown" | "expired" | "superseded" };

/** Issues and resolves tokens against the mock clock. */
export interface TokenRegistry {
  issue(appId: string, now: number): Awaitable<IssuedToken>;
  resolve(token: string, now: number): Awaitable<TokenLookup>;
  clear(): void;
}

/** The in-memory registry: it answers at once. */
export interface MemoryTokenRegistry extends TokenRegistry {
  issue(appId: string, now: number): IssuedToken;
  resolve(token: string, now: number): TokenLookup;
}

/** An issued token as the registry keeps it. */
type Entry = IssuedToken & { superseded: boolean };

/** Length of {@link lookupKey}: 12 random alphanumerics, about 71 bits. */
const LOOKUP_KEY_LENGTH = 12;

/**
 * The registry's key of a token: its last 12 characters, from the random tail. A Map lookup hashes its
 * key, and hashing a whole token (about 181 characters, some 280 ns) cost a third as much as parsing
 * the request body; cutting and hashing 12 characters costs about 60 ns. The key is secret, so a caller
 * reaches the comparison of the whole token only with 71 bits of a live token already guessed. Keys are
 * kept distinct: issue() draws again on a clash.
 *
 * @example
 * lookupKey("xe_5bbd78e51299f_TqVn8FabcdefGHIJKL") // "abcdefGHIJKL"
 */
function lookupKey(token: string): string {
  return token.slice(-LOOKUP_KEY_LENGTH);
}

/**
 * Creates an empty registry drawing token strings from `random` (read at call time).
 *
 * @example
 * const tokens = createTokenRegistry(() => context.random.next());
 * const { token } = tokens.issue("apptrfbbm2m8971", clock.now());
 * tokens.resolve(token, clock.now()); // { ok: true, appId: "apptrfbbm2m8971" }
 */
export function createTokenRegistry(random: () => number): MemoryTokenRegistry {
  const byKey = new Map<string, Entry>();
  const byApp = new Map<string, Entry[]>();
  return {
    issue(appId, now) {
      const previous = (byApp.get(appId) ?? []).filter((t) => {
        const alive = t.expiresAt > now;
        if (!alive) byKey.delete(lookupKey(t.token));
        return alive;
      });
      const graceEnd = now + SUPERSEDED_TOKEN_GRACE_SECONDS * 1000;
      for (const t of previous) {
        if (graceEnd < t.expiresAt) {
          t.expiresAt = graceEnd;
          t.superseded = true;
        }
      }
      let token = generateAccessToken({ random });
      while (byKey.has(lookupKey(token))) token = generateAccessToken({ random });
      const issued = { token, appId, issuedAt: now, expiresAt: now + ACCESS_TOKEN_TTL_SECONDS * 1000, superseded: false };
      byKey.set(lookupKey(token), issued);
      byApp.set(appId, [...previous, issued]);
      return { token, appId, issuedAt: issued.issuedAt, expiresAt: issued.expiresAt };
    },
    resolve(token, now) {
      const found = byKey.get(lookupKey(token));
      if (!found || found.token !== token) return { ok: false, why: "unknown" };
      if (found.expiresAt <= now) return { ok: false, why: found.superseded ? "superseded" : "expired" };
      return { ok: true, appId: found.appId };
    },
    clear() {
      byKey.clear();
      byApp.clear();
    },
  };
}
