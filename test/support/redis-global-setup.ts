/**
 * vitest global setup: the Redis the shared-store tests use, as `inject("redisUrl")`. `.ci/run`
 * starts one and exports LIVEMOCK_TEST_REDIS_URL; otherwise one is started here on a free port
 * (when redis-server is installed) and stopped after the run. Without either, the tests that need
 * Redis fail with a message saying so.
 */
import type { TestProject } from "vitest/node";
import { redisServerBinary, startTestRedis, type TestRedis } from "./redis-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

let started: TestRedis | undefined;

export async function setup(project: TestProject): Promise<void> {
  const given = process.env.LIVEMOCK_TEST_REDIS_URL;
  if (given) {
    project.provide("redisUrl", given);
    return;
  }
  if (!redisServerBinary()) {
    project.provide("redisUrl", "");
    return;
  }
  started = await startTestRedis();
  project.provide("redisUrl", started.url);
}

export async function teardown(): Promise<void> {
  await started?.dispose();
}
