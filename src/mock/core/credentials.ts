/**
 * The credentials the mock accepts, by vendor: each vendor's public demo credentials, those
 * configured through options or the environment variables users already have for the real vendor,
 * and those added at runtime (control plane, seed files). The core handles them generically; each
 * vendor describes its own kind of credential once ({@link CredentialKind}).
 */
import type { z } from "zod";

/**
 * Accepted credentials by vendor name. Each vendor module adds its own typed field by declaration
 * merging, so `context.credentials.polyv` is a `PolyvApp[]` where the Polyv module is loaded:
 *
 * ```ts
 * declare module "../../core/credentials.ts" {
 *   interface MockCredentials { polyv: PolyvApp[] }
 * }
 * ```
 */
export interface MockCredentials {
  [vendor: string]: unknown[];
}

/** What the core needs to know of one vendor's credentials. */
export interface CredentialKind<Credential = unknown> {
  /** The public demo credentials: accepted only by livemock, printed by `livemock serve`. */
  readonly demo: readonly Credential[];
  /** A credential as the control plane (`POST /__livemock/credentials`) and seed files give it. */
  readonly schema: z.ZodType<Credential>;
  /** Its identity (app id, access key id): a credential with the same id replaces the older one. */
  id(credential: Credential): string;
  /** What `GET /__livemock/credentials` shows of it: never a secret. */
  view(credential: Credential): Record<string, string>;
  /** The environment variables that configure one, all required (`POLYV_APP_ID`, `POLYV_APP_SECRET`). */
  readonly env: readonly string[];
  /** The credential the environment configures, when all of {@link env} are set. */
  fromEnv(env: Readonly<Record<string, string | undefined>>): Credential | undefined;
}

/** A vendor's name and its kind of credential. */
export interface NamedCredentialKind {
  readonly name: string;
  readonly credentials: CredentialKind<unknown>;
}

/**
 * Adds credentials to a book in place, each replacing one with the same id.
 *
 * @example
 * addCredentialsTo(book, vendors, { polyv: [{ appId: "otherapp01", appSecret: "s" }] });
 */
export function addCredentialsTo(book: MockCredentials, vendors: readonly NamedCredentialKind[], extra: Partial<MockCredentials>): void {
  for (const { name, credentials: kind } of vendors) {
    book[name] ??= [];
    const list = book[name];
    for (const item of extra[name] ?? []) {
      const at = list.findIndex((existing) => kind.id(existing) === kind.id(item));
      if (at === -1) list.push(item);
      else list[at] = item;
    }
  }
}

/**
 * The demo credentials of the given vendors plus the extra ones (an extra entry with a demo id replaces the demo one).
 *
 * @example
 * const creds = mergeCredentials(vendors, { polyv: [{ appId: "otherapp01", appSecret: "s" }] });
 */
export function mergeCredentials(vendors: readonly NamedCredentialKind[], extra: Partial<MockCredentials> = {}): MockCredentials {
  const book = {} as MockCredentials;
  for (const { name, credentials: kind } of vendors) book[name] = structuredClone([...kind.demo]);
  addCredentialsTo(book, vendors, extra);
  return book;
}

/**
 * Reads the configured credentials of the given vendors from the environment; a vendor is
 * configured only when all of its variables are set.
 *
 * @example
 * const extra = credentialsFromEnv(vendors, process.env);
 */
export function credentialsFromEnv(vendors: readonly NamedCredentialKind[], env: Readonly<Record<string, string | undefined>>): Partial<MockCredentials> {
  const out: Partial<MockCredentials> = {};
  for (const { name, credentials: kind } of vendors) {
    const credential = kind.fromEnv(env);
    if (credential !== undefined) out[name] = [credential];
  }
  return out;
}
