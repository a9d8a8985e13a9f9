/**
 * Where the contract runs and as whom: a URL (livemock or any stand-in) or `real` (each vendor's own
 * base URL, with the credentials from the environment variables users already have).
 */
import { POLYV_BASE_URL, VOLCENGINE_BASE_URL, XIAOE_BASE_URL } from "../client/index.ts";
import type { VendorName } from "../contracts/vendor-name.ts";

/** Credentials per vendor, as the clients take them. */
export interface ContractCredentials {
  polyv: { appId: string; appSecret: string };
  xiaoe: { appId: string; clientId: string; secretKey: string };
  volcengine: { accessKeyId: string; secretKey: string };
}

/** A resolved target. */
export interface ContractTarget {
  /** What the report shows: the URL, or `real`. */
  label: string;
  baseUrls: Record<VendorName, string>;
  credentials: Partial<ContractCredentials>;
  /** Per vendor: `env` when read from the environment, `demo` for livemock's public demo credentials. */
  credentialSource: Partial<Record<VendorName, "env" | "demo">>;
}

/** livemock's public demo credentials (accepted only by livemock). */
export const DEMO_CONTRACT_CREDENTIALS: ContractCredentials = {
  polyv: { appId: "frlr1zazn3", appSecret: "livemock-polyv-secret" },
  xiaoe: { appId: "apptrfbbm2m8971", clientId: "livemock-client", secretKey: "livemock-xiaoe-secret" },
  volcengine: { accessKeyId: "AKLTlivemockdemo", secretKey: "livemock-volc-secret" },
};

/** The environment variable of each credential field. */
export const CREDENTIAL_VARIABLES = {
  polyv: { appId: "POLYV_APP_ID", appSecret: "POLYV_APP_SECRET" },
  xiaoe: { appId: "XIAOE_APP_ID", clientId: "XIAOE_CLIENT_ID", secretKey: "XIAOE_SECRET_KEY" },
  volcengine: { accessKeyId: "VOLC_ACCESSKEY", secretKey: "VOLC_SECRETKEY" },
} as const satisfies { [V in VendorName]: Record<keyof ContractCredentials[V], string> };

const REAL_BASE_URLS: Record<VendorName, string> = { polyv: POLYV_BASE_URL, xiaoe: XIAOE_BASE_URL, volcengine: VOLCENGINE_BASE_URL };

type Env = Readonly<Record<string, string | undefined>>;

function fromEnv<V extends VendorName>(vendor: V, env: Env): { credentials?: ContractCredentials[V]; missing: string[] } {
  const fields = CREDENTIAL_VARIABLES[vendor] as Record<string, string>;
  const out: Record<string, string> = {};
  const missing: string[] = [];
  for (const [field, variable] of Object.entries(fields)) {
    const value = env[variable];
    if (value === undefined || value === "") missing.push(variable);
    else out[field] = value;
  }
  return missing.length === 0 ? { credentials: out as ContractCredentials[V], missing } : { missing };
}

/**
 * Resolves `--target`: `real` needs every credential variable of each chosen vendor (the missing ones
 * are listed); a URL uses the environment's credentials of a vendor when all its variables are set,
 * else livemock's demo credentials.
 *
 * @example
 * const resolved = resolveTarget("http://127.0.0.1:4010", ["polyv"], process.env);
 * if (!resolved.ok) console.error(resolved.problem);
 */
export function resolveTarget(target: string, vendors: readonly VendorName[], env: Env): { ok: true; target: ContractTarget } | { ok: false; problem: string; missing: string[] } {
  const credentials: Partial<ContractCredentials> = {};
  const credentialSource: ContractTarget["credentialSource"] = {};
  if (target === "real") {
    const missing: string[] = [];
    for (const vendor of vendors) {
      const found = fromEnv(vendor, env);
      missing.push(...found.missing);
      if (found.credentials) (credentials as Record<string, unknown>)[vendor] = found.credentials;
      credentialSource[vendor] = "env";
    }
    if (missing.length > 0) {
      return {
        ok: false,
        missing,
        problem: `--target real calls the vendors themselves and needs their credentials; missing environment variable${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}`,
      };
    }
    return { ok: true, target: { label: "real", baseUrls: { ...REAL_BASE_URLS }, credentials, credentialSource } };
  }
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return { ok: false, missing: [], problem: `--target must be a URL (e.g. http://127.0.0.1:4010) or "real", got "${target}"` };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { ok: false, missing: [], problem: `--target must be an http(s) URL or "real", got "${target}"` };
  const base = `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
  for (const vendor of vendors) {
    const found = fromEnv(vendor, env);
    (credentials as Record<string, unknown>)[vendor] = found.credentials ?? DEMO_CONTRACT_CREDENTIALS[vendor];
    credentialSource[vendor] = found.credentials ? "env" : "demo";
  }
  return { ok: true, target: { label: base, baseUrls: { polyv: base, xiaoe: base, volcengine: base }, credentials, credentialSource } };
}
