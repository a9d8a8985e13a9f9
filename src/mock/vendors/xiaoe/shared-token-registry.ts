/**
 * The token registry replicas share (`--store redis://...`): a token issued by one replica works on
 * every other, and issuing a new token supersedes the app's previous ones (5-minute grace) for all
 * of them, atomically in one script. Same rules as the in-memory registry (token-registry.ts).
 *
 * Keys, under the backend's prefix: `eph:xiaoe:tok:<token>` (hash: appId, expiresAt, superseded)
 * and `eph:xiaoe:app:<appId>` (set of the app's tokens). They expire on their own (Redis TTL, wall
 * clock) a while after the token's own expiry (mock clock), and a reset wipes `eph:`. Token strings
 * are drawn from crypto randomness, not from `--seed`: replicas with one seed would draw the same.
 */
import { randomInt } from "node:crypto";
import type { Redis } from "ioredis";
import { ACCESS_TOKEN_TTL_SECONDS, generateAccessToken, SUPERSEDED_TOKEN_GRACE_SECONDS } from "../../../contracts/xiaoe/index.ts";
import type { SharedBackend } from "../../store/redis/backend.ts";
import type { IssuedToken, TokenLookup, TokenRegistry } from "./token-registry.ts";

// KEYS[1]: the app's set. ARGV: token, appId, now, graceMs, ttlMs, token key prefix, keepMs. Returns 1, or 0 on a clash.
const ISSUE_LUA = `
local now = tonumber(ARGV[3]); local graceEnd = now + tonumber(ARGV[4])
if redis.call('EXISTS', ARGV[6] .. ARGV[1]) == 1 then return 0 end
for _, t in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  local k = ARGV[6] .. t
  local exp = tonumber(redis.call('HGET', k, 'expiresAt') or '0')
  if exp <= now then
    redis.call('SREM', KEYS[1], t)
  elseif graceEnd < exp then
    redis.call('HSET', k, 'expiresAt', string.format('%.0f', graceEnd), 'superseded', '1')
  end
end
local key = ARGV[6] .. ARGV[1]
redis.call('HSET', key, 'appId', ARGV[2], 'expiresAt', string.format('%.0f', now + tonumber(ARGV[5])), 'superseded', '0')
redis.call('PEXPIRE', key, ARGV[7])
redis.call('SADD', KEYS[1], ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[7])
return 1`;

interface IssueCommand {
  livemockIssueToken(appKey: string, token: string, appId: string, now: number, graceMs: number, ttlMs: number, tokenPrefix: string, keepMs: number): Promise<number>;
}

const TTL_MS = ACCESS_TOKEN_TTL_SECONDS * 1000;
const GRACE_MS = SUPERSEDED_TOKEN_GRACE_SECONDS * 1000;
/** How long Redis keeps a token (wall clock): past its expiry, so a late call hears "expired", not "unknown". */
const KEEP_MS = 2 * TTL_MS;

/**
 * Creates the shared registry over a connected backend.
 *
 * @example
 * const tokens = createSharedTokenRegistry(backend);
 * const { token } = await tokens.issue("apptrfbbm2m8971", Date.now());
 */
export function createSharedTokenRegistry(backend: SharedBackend): TokenRegistry {
  const redis = backend.redis as Redis & Partial<IssueCommand>;
  if (!redis.livemockIssueToken) redis.defineCommand("livemockIssueToken", { numberOfKeys: 1, lua: ISSUE_LUA });
  const tokenPrefix = `${backend.prefix}eph:xiaoe:tok:`;
  const appPrefix = `${backend.prefix}eph:xiaoe:app:`;
  const random = () => randomInt(2 ** 47) / 2 ** 47;
  return {
    issue: (appId, now): Promise<IssuedToken> =>
      backend.call(async (r) => {
        for (;;) {
          const token = generateAccessToken({ random });
          const issued = await (r as unknown as IssueCommand).livemockIssueToken(appPrefix + appId, token, appId, now, GRACE_MS, TTL_MS, tokenPrefix, KEEP_MS);
          if (issued === 1) return { token, appId, issuedAt: now, expiresAt: now + TTL_MS };
        }
      }),
    resolve: (token, now): Promise<TokenLookup> =>
      backend.call(async (r) => {
        const [appId, expiresAt, superseded] = await r.hmget(tokenPrefix + token, "appId", "expiresAt", "superseded");
        if (appId === null || appId === undefined || expiresAt === null || expiresAt === undefined) return { ok: false, why: "unknown" };
        if (Number(expiresAt) <= now) return { ok: false, why: superseded === "1" ? "superseded" : "expired" };
        return { ok: true, appId };
      }),
    // Tokens are wiped in Redis by the reset (one place for every replica); nothing is kept here.
    clear() {},
  };
}
