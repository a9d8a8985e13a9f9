import type { components } from "../generated/xiaoe.ts";

/** A task.create body without its access_token (the caller or client adds it). */
export type TaskCreateSample = Omit<components["schemas"]["TaskCreateRequest"], "access_token">;

/**
 * A minimal valid live task in the shape of seed 000's single-task example (a watch task with a
 * points reward instead of the example's custom prize), for benchmarks, contract scenarios, demos and
 * tests that need "a task" rather than a particular rule.
 *
 * @example
 * await xiaoe.createLiveTask(watchTaskSample("l_696ef6c1e4b0694c5b78ba7b"));
 */
export function watchTaskSample(aliveId: string, window: { start_at: string; end_at: string } = { start_at: "2026-03-01 00:00:00", end_at: "2026-03-03 00:00:00" }): TaskCreateSample {
  return {
    alive_id: aliveId,
    start_at: window.start_at,
    end_at: window.end_at,
    task_module: 0,
    task_is_major: 0,
    task_type: 1,
    task_condition: "3",
    reward_type: 1,
    reward_value: "10",
    rule_type: 0,
    rule_config: [],
  };
}
