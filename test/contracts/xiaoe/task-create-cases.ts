/**
 * Every rule of seed 000 (and the spec's x-livemock-rules) as a broken request body plus the exact
 * reason livemock gives, shared by the contract tests (validateRequest) and the mock's HTTP tests.
 */
import { type Body, childrenOf, orderedComboDefect, singleTask, unorderedCombo, withChildren } from "./seed-examples.ts";

/** The ordered-combo doc example made a create body (access_token instead of app_id/live_task_id). */
export const orderedCombo = (): Body => {
  const { app_id: _app, live_task_id: _id, ...rest } = orderedComboDefect();
  return { access_token: "xe_xxxxx", ...rest };
};

/** A custom-prize `reward_value` string with some fields changed. */
export const prize = (overrides: Record<string, unknown>) =>
  JSON.stringify({
    prizeName: "奖品",
    prizeHint: "恭喜您,获得奖品",
    defaultImg: 1,
    prizeImg: "",
    wechat: "0",
    qrcode: "0",
    qrcodeImg: "",
    wechatNum: "",
    prizeNum: 1,
    prizeCusTomTitle: "",
    ...overrides,
  });

/** A copy of `body` without `key`. */
export function without(body: Body, key: string): Body {
  const copy = { ...body };
  delete copy[key];
  return copy;
}

/** A copy of a combo body whose child at `index` is changed. */
export function changeChild(body: Body, index: number, change: (child: Body) => Body): Body {
  const children = childrenOf(body);
  children[index] = change(children[index]!);
  return withChildren(body, children);
}

/** One rule: what the test is called, the broken body, and the reason expected in `x-livemock-reason`. */
export type RuleCase = [label: string, body: () => Body, reason: string | RegExp];

/** Each rule of a task.create body, broken once. */
export const taskCreateRuleCases: RuleCase[] = [
  // single task: task_type and task_condition required and matching
  ["single task without task_type", () => without(singleTask(), "task_type"), "task_type: required when task_module is 0 (single task)"],
  ["single task without task_condition", () => without(singleTask(), "task_condition"), "task_condition: required when task_module is 0 (single task)"],
  ["interaction task with condition 99", () => ({ ...singleTask(), task_type: 2, task_condition: "99" }), 'task_condition: "99" is not valid for task_type 2 (interaction: 1, 2, 21, 22, 3)'],
  ["consumption task with an activity condition", () => ({ ...singleTask(), task_type: 3, task_condition: "6" }), 'task_condition: "6" is not valid for task_type 3 (consumption: 4, 5)'],
  ["activity task with a consumption condition", () => ({ ...singleTask(), task_type: 4, task_condition: "4" }), 'task_condition: "4" is not valid for task_type 4 (activity: 6, 7, 8, 9, 10)'],
  ["watch task with zero minutes", () => ({ ...singleTask(), task_condition: "0" }), 'task_condition: "0" must be a positive integer written as a string'],
  ["task_type 5", () => ({ ...singleTask(), task_type: 5 }), "task_type: 5 is not one of 1, 2, 3, 4"],
  ["task_condition as a number", () => ({ ...singleTask(), task_condition: 3 }), "task_condition: expected a string, got 3"],
  // plain fields
  ["missing alive_id", () => without(singleTask(), "alive_id"), "alive_id: required"],
  ["alive_id that is not an l_ id", () => ({ ...singleTask(), alive_id: "696ef6c1" }), 'alive_id: "696ef6c1" must be a live id such as "l_696ef6c1e4b0694c5b78ba7b"'],
  ["task_module 2", () => ({ ...singleTask(), task_module: 2 }), "task_module: 2 is not one of 0, 1"],
  ["task_is_major as a string", () => ({ ...singleTask(), task_is_major: "0" }), 'task_is_major: "0" is not one of 0, 1'],
  ["reward_type 6", () => ({ ...singleTask(), reward_type: 6 }), "reward_type: 6 is not one of 1, 2, 3, 4, 5"],
  ["missing reward_value", () => without(singleTask(), "reward_value"), "reward_value: required"],
  ["is_order 2", () => ({ ...unorderedCombo(), is_order: 2 }), "is_order: 2 is not one of 0, 1"],
  // times
  ["start_at with slashes", () => ({ ...singleTask(), start_at: "2026/03/01 00:00:00" }), 'start_at: "2026/03/01 00:00:00" must be "YYYY-MM-DD HH:mm:ss"'],
  ["end_at before start_at", () => ({ ...singleTask(), start_at: "2026-03-03 00:00:00", end_at: "2026-03-01 00:00:00" }), 'end_at: "2026-03-01 00:00:00" is not after start_at "2026-03-03 00:00:00"'],
  ["end_at equal to start_at", () => ({ ...singleTask(), end_at: "2026-03-01 00:00:00" }), 'end_at: "2026-03-01 00:00:00" is not after start_at "2026-03-01 00:00:00"'],
  ["a date that does not exist", () => ({ ...singleTask(), start_at: "2026-02-30 00:00:00" }), 'start_at: "2026-02-30 00:00:00" is not a real date and time'],
  // reward_type 1: reward_value is the points value, a positive integer as a string
  ...["abc", "-5", "0", "1.5", " 10", "１０"].map(
    (value): RuleCase => [
      `points value ${JSON.stringify(value)}`,
      () => ({ ...singleTask(), reward_type: 1, reward_value: value }),
      `reward_value: ${JSON.stringify(value)} is not valid for reward_type 1 (积分, points: a positive integer as a string, e.g. "100")`,
    ],
  ),
  ["points value that is a custom prize", () => ({ ...singleTask(), reward_type: 1, reward_value: prize({}) }), /^reward_value: "\{.*" is not valid for reward_type 1 \(积分, points/],
  // reward_type 5: reward_value is a JSON string of the custom prize
  ["custom prize that is not JSON", () => ({ ...singleTask(), reward_value: "自定义奖品" }), "reward_value: not valid JSON (reward_type 5 needs a JSON string of the custom prize object)"],
  ["custom prize with broken JSON", () => ({ ...singleTask(), reward_value: '{"prizeName":"x",}' }), "reward_value: not valid JSON (reward_type 5 needs a JSON string of the custom prize object)"],
  ["custom prize without prizeName", () => ({ ...singleTask(), reward_value: JSON.stringify({ prizeHint: "x", wechat: "0", qrcode: "0" }) }), "reward_value.prizeName: required"],
  ["custom prize with wechat 2", () => ({ ...singleTask(), reward_value: prize({ wechat: "2" }) }), 'reward_value.wechat: "2" is not one of "0", "1"'],
  ["custom prize with prizeNum 0", () => ({ ...singleTask(), reward_value: prize({ prizeNum: 0 }) }), "reward_value.prizeNum: 0 is below the minimum 1"],
  ["custom prize showing WeChat without a WeChat id", () => ({ ...singleTask(), reward_value: prize({ wechat: "1", wechatNum: "" }) }), 'reward_value.wechatNum: required when wechat is "1"'],
  ["custom prize showing a QR code without its image", () => ({ ...singleTask(), reward_value: prize({ qrcode: "1", qrcodeImg: "" }) }), 'reward_value.qrcodeImg: required when qrcode is "1"'],
  // combo: task_title and child_tasks required; main task is task_is_major 0
  ["combo without task_title", () => without(unorderedCombo(), "task_title"), "task_title: required when task_module is 1 (combo task)"],
  ["combo without child_tasks", () => without(unorderedCombo(), "child_tasks"), "child_tasks: required when task_module is 1 (combo task)"],
  ["combo whose main task says task_is_major 1", () => ({ ...unorderedCombo(), task_is_major: 1 }), "task_is_major: must be 0 (main task) when task_module is 1, got 1"],
  // child_tasks: a JSON string of a non-empty array of child objects
  ["child_tasks as an array instead of a string", () => ({ ...unorderedCombo(), child_tasks: childrenOf(unorderedCombo()) }), "child_tasks: expected a string, got an array"],
  ["child_tasks that is not an array", () => ({ ...unorderedCombo(), child_tasks: '{"task_type":1}' }), /^child_tasks: "\{\\"task_type\\":1\}" must be a JSON string of an array of child tasks$/],
  ["child_tasks with broken JSON", () => ({ ...unorderedCombo(), child_tasks: '[{"task_type":1,]' }), "child_tasks: not valid JSON (a JSON string of an array of child tasks is required)"],
  ["child_tasks with no child", () => ({ ...unorderedCombo(), child_tasks: "[]" }), "child_tasks: must encode at least one child task"],
  ["a child that is not an object", () => ({ ...unorderedCombo(), child_tasks: '[{"task_type":1,"task_condition":"3"}, 7]' }), "child_tasks[1]: must be an object"],
  // each child validated with the generated ChildTask schema and the child rules
  ["a child without task_type", () => changeChild(unorderedCombo(), 0, (c) => without(c, "task_type")), "child_tasks[0].task_type: required"],
  ["a child without task_condition", () => changeChild(unorderedCombo(), 1, (c) => without(c, "task_condition")), "child_tasks[1].task_condition: required"],
  [
    "a child whose condition does not fit its type",
    () => changeChild(unorderedCombo(), 1, (c) => ({ ...c, task_type: 2, task_condition: "99" })),
    'child_tasks[1].task_condition: "99" is not valid for task_type 2 (interaction: 1, 2, 21, 22, 3)',
  ],
  ["a child with task_type 9", () => changeChild(unorderedCombo(), 0, (c) => ({ ...c, task_type: 9 })), "child_tasks[0].task_type: 9 is not one of 1, 2, 3, 4"],
  ["a child that claims to be a main task", () => changeChild(unorderedCombo(), 0, (c) => ({ ...c, task_is_major: 0 })), "child_tasks[0].task_is_major: 0 is not 1"],
  ["a child with task_module 0", () => changeChild(unorderedCombo(), 0, (c) => ({ ...c, task_module: 0 })), "child_tasks[0].task_module: 0 is not 1"],
  ["a child with a malformed start_at", () => changeChild(unorderedCombo(), 0, (c) => ({ ...c, start_at: "2026-03-01" })), 'child_tasks[0].start_at: "2026-03-01" must be "YYYY-MM-DD HH:mm:ss"'],
  [
    "a child ending before it starts",
    () => changeChild(unorderedCombo(), 1, (c) => ({ ...c, end_at: "2026-02-01 00:00:00" })),
    'child_tasks[1].end_at: "2026-02-01 00:00:00" is not after start_at "2026-03-01 00:00:00"',
  ],
  ["a child of another live", () => changeChild(unorderedCombo(), 0, (c) => ({ ...c, alive_id: "l_other" })), 'child_tasks[0].alive_id: "l_other" differs from the main task\'s alive_id "l_xxxxx"'],
  // unordered combo: the main task carries the only reward
  [
    "an unordered child with a reward_type",
    () => changeChild(unorderedCombo(), 0, (c) => ({ ...c, reward_type: 1, reward_value: "1" })),
    "child_tasks[0].reward_type: not allowed in an unordered combo (is_order 0): the main task carries the single reward",
  ],
  [
    "an unordered child with only a reward_value",
    () => changeChild(unorderedCombo(), 1, (c) => ({ ...c, reward_value: "1" })),
    "child_tasks[1].reward_value: not allowed in an unordered combo (is_order 0): the main task carries the single reward",
  ],
  [
    "a child reward in a combo without is_order (unordered by default)",
    () => changeChild(without(unorderedCombo(), "is_order"), 0, (c) => ({ ...c, reward_type: 1, reward_value: "1" })),
    /^child_tasks\[0\]\.reward_type: not allowed in an unordered combo/,
  ],
  // ordered combo: each child may carry its own reward, as a pair, prize JSON for type 5
  ["an ordered child with reward_type but no reward_value", () => changeChild(orderedCombo(), 1, (c) => without(c, "reward_value")), "child_tasks[1].reward_value: required when reward_type is given"],
  ["an ordered child with reward_value but no reward_type", () => changeChild(orderedCombo(), 1, (c) => without(c, "reward_type")), "child_tasks[1].reward_type: required when reward_value is given"],
  [
    "an ordered child whose points value is not a number",
    () => changeChild(orderedCombo(), 1, (c) => ({ ...c, reward_type: 1, reward_value: "abc" })),
    'child_tasks[1].reward_value: "abc" is not valid for reward_type 1 (积分, points: a positive integer as a string, e.g. "100")',
  ],
  [
    "an ordered child whose custom prize is not JSON",
    () => changeChild(orderedCombo(), 0, (c) => ({ ...c, reward_value: "奖品1" })),
    "child_tasks[0].reward_value: not valid JSON (reward_type 5 needs a JSON string of the custom prize object)",
  ],
  [
    "an ordered child whose custom prize is an array",
    () => changeChild(orderedCombo(), 0, (c) => ({ ...c, reward_value: "[]" })),
    "child_tasks[0].reward_value: must encode a JSON object (the custom prize), got an array",
  ],
  [
    "an ordered child whose custom prize lacks prizeName",
    () => changeChild(orderedCombo(), 0, (c) => ({ ...c, reward_value: JSON.stringify({ wechat: "0", qrcode: "0" }) })),
    "child_tasks[0].reward_value.prizeName: required",
  ],
  [
    "an ordered child whose custom prize shows a QR code without image",
    () => changeChild(orderedCombo(), 0, (c) => ({ ...c, reward_value: prize({ qrcode: "1" }) })),
    'child_tasks[0].reward_value.qrcodeImg: required when qrcode is "1"',
  ],
];
