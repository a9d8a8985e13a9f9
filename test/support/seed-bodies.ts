/** The Polyv seed documents' example request bodies, written out independently of the spec (tests check the spec keeps them). */

/** Seed 001's request body, verbatim. */
export const SEED_001_BODY = {
  channelId: 4854808,
  activityName: "测试活动",
  activityMode: 1,
  taskRule: 1,
  startTime: 1722035312584,
  endTime: 1722036312584,
  tasks: [
    { reachCondition: { type: "sign", amount: 10 }, rewardSetting: { type: "cash", amount: 1, limit: 10 } },
    { reachCondition: { type: "sign", amount: 15 }, rewardSetting: { type: "cash", amount: 10, limit: 10 } },
  ],
};

/** Seed 003's request body, verbatim (sent with channelId=2974342 in the query, as the doc's URL). */
export const SEED_003_BODY = {
  activityName: "无条件抽奖",
  lotteryCondition: "none",
  amount: 1,
  receiveEnabled: "Y",
  prizeName: "键盘",
  receiveInfo: [
    { field: "姓名", tips: "请输入您的名称", type: "userName", required: true },
    { field: "手机", tips: "请输入您的手机号码", type: "userPhone", required: true },
  ],
  lotteryRange: "all",
};
