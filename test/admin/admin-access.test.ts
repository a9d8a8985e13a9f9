import { networkInterfaces } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isLoopback } from "../../src/mock/admin/auth.ts";
import { createMockApp } from "../../src/mock/app.ts";
import { type RunningServer, startServer } from "../../src/mock/serve.ts";

const TOKEN = "demo-admin-token-1234";
const externalIp = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && i.family === "IPv4" && !i.internal)?.address;

describe("isLoopback", () => {
  it("knows IPv4 loopback (also IPv4-mapped) and ::1, and nothing else", () => {
    expect(["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1"].map(isLoopback)).toEqual([true, true, true, true]);
    expect(["172.17.0.1", "10.0.0.2", "::ffff:10.0.0.2", "fe80::1", "", undefined].map(isLoopback)).toEqual([false, false, false, false, false, false]);
  });
});

describe("the control plane with --admin-token", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, adminToken: TOKEN });
  });
  afterAll(() => server.close());

  it("refuses every caller without the token, loopback included, but keeps health and the page open", async () => {
    const missing = await fetch(`${server.url}/__livemock/requests`);
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toContain("Bearer");
    const wrong = await fetch(`${server.url}/__livemock/reset`, { method: "POST", headers: { authorization: "Bearer nope" } });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as any).message).not.toContain(TOKEN);
    expect((await fetch(`${server.url}/__livemock/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/__livemock/`)).headers.get("content-type")).toContain("text/html");
    expect((await fetch(`${server.url}/__livemock/dashboard.js`)).status).toBe(200);
  });

  it("accepts the token as a Bearer token or in x-livemock-admin-token", async () => {
    expect((await fetch(`${server.url}/__livemock/requests`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    expect((await fetch(`${server.url}/__livemock/clock`, { headers: { "x-livemock-admin-token": TOKEN } })).status).toBe(200);
  });

  it("never guards the vendors' own paths", async () => {
    expect((await fetch(`${server.url}/token?app_id=x`)).status).toBe(200);
  });
});

describe("the control plane without a token", () => {
  it("serves loopback callers", async () => {
    const server = await startServer({ port: 0 });
    try {
      expect((await fetch(`${server.url}/__livemock/requests`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it("refuses a caller from another address whatever the machine's interfaces (remote address as node-server reports it)", async () => {
    const app = createMockApp();
    const from = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });
    const refused = await app.request("/__livemock/requests", {}, from("203.0.113.7"));
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { message: string }).message).toMatch(/--admin-token/);
    expect((await app.request("/__livemock/health", {}, from("203.0.113.7"))).status).toBe(200);
    for (const loopback of ["127.0.0.1", "::1", "::ffff:127.0.0.1"]) {
      expect((await app.request("/__livemock/requests", {}, from(loopback))).status, loopback).toBe(200);
    }
  });

  it.skipIf(!externalIp)("refuses a caller from another address with 403 and says how to open it (needs a non-loopback interface)", async () => {
    const server = await startServer({ port: 0, host: "0.0.0.0" });
    try {
      const res = await fetch(`http://${externalIp}:${server.port}/__livemock/requests`);
      expect(res.status).toBe(403);
      expect(((await res.json()) as any).message).toMatch(/--admin-token/);
      expect((await fetch(`http://${externalIp}:${server.port}/__livemock/health`)).status).toBe(200);
      expect((await fetch(`http://${externalIp}:${server.port}/token?app_id=x`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
