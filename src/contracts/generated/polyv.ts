/**
 * Generated from specs/polyv.yaml by openapi-typescript (`npm run generate`). Do not edit by hand.
 */
export interface paths {
    "/live/v4/channel/task-reward-activity/save": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 创建任务奖励活动 (create a task-reward activity)
         * @description Signed query: appId, timestamp, sign. The JSON body is not signed. Returns the new activity id as a bare number. (The doc's Java sample writes `Long startTime = 1722035312584;` without the L suffix, which would not compile.)
         */
        post: operations["saveTaskRewardActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live/v4/channel/task-reward-activity/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改任务奖励活动 (update; only before the activity starts) */
        post: operations["updateTaskRewardActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live/v4/channel/task-reward-activity/page": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查询任务奖励活动分页列表 */
        get: operations["pageTaskRewardActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live/v4/channel/task-reward-activity/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 删除任务奖励活动 (GET, per Polyv's API inventory) */
        get: operations["deleteTaskRewardActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live/v4/channel/task-reward-activity/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 提前结束进行中的任务奖励活动 (GET; only while in progress) */
        get: operations["stopTaskRewardActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live/v4/channel/task-reward-activity/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查询任务奖励活动统计数据分页列表 */
        get: operations["pageTaskRewardActivityStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live/v4/channel/task-reward-activity/viewer-detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查询任务奖励活动观众奖励明细分页列表 */
        get: operations["pageTaskRewardViewerDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live/v4/channel/lottery-activity/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 创建抽奖活动 (create a lottery activity)
         * @description channelId travels in the signed query, every other field in the unsigned JSON body. Returns the full activity object.
         */
        post: operations["createLotteryActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live/v4/channel/lottery-activity/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改抽奖活动 */
        post: operations["updateLotteryActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live/v4/channel/lottery-activity/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 删除抽奖活动 (soft delete: hidden from list, still readable by get [secondary]) */
        post: operations["deleteLotteryActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live/v4/channel/lottery-activity/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查询抽奖活动详情 */
        get: operations["getLotteryActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live/v4/channel/lottery-activity/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查询抽奖活动列表 */
        get: operations["listLotteryActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live/v4/channel/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 创建频道: returns the new channel's id (7 digits), the account's userId and the passwords
         * @description Business fields travel in the unsigned JSON body. Create is what Polyv's own CLI integration tests (packages/cli/tests/integration/lottery*.ts) call first.
         */
        post: operations["createChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live/v4/channel/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 修改频道设置 (name, publisher, password, start time, cover, description)
         * @description channelId travels in the signed query, the fields to change in the unsigned JSON body (the SDK renames channelPasswd to password).
         */
        post: operations["updateChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live/v4/channel/basic/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查询频道信息 */
        get: operations["getChannelBasic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live/v4/channel/basic/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 分页查询所有频道基础信息 */
        get: operations["listChannelBasic"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live/v3/channel/basic/batch-delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量删除频道: permanent, all or nothing (an unknown id fails the whole call); the ids become unknown to every endpoint
         * @description A v3 path: it answers in the older envelope {code, status, message, data} (no requestId, no success flag), data true on success. appId and timestamp are signed in the query; channelIds (numbers; the SDK converts its strings) travel in the unsigned JSON body.
         */
        post: operations["batchDeleteChannels"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live/v3/channel/basic/get": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询频道基本信息 (v3)
         * @description A v3 path: it answers in the older envelope {code, status, message, data} (no requestId, no success flag). appId, timestamp and channelId travel in the signed query [doc]. data is the channel's basic settings with channelId a number [doc example]; livemock answers authSettings [] (no watch conditions are configured through livemock) and userCategory from the channel's categoryId (null without one) [inferred]. The v4 /live/v4/channel/basic/get is what the official TS SDK calls.
         */
        get: operations["getChannelBasicV3"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live/v2/channels/{channelId}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 删除单个频道: permanent; the id becomes unknown to every endpoint
         * @description A v2 path with the channel id in the path: it answers in the older envelope {code, status, message, data}, data true on success [doc]. appId, timestamp, userId and sign are signed; the doc's Java example sends them as urlencoded form fields, the official TS SDK as query parameters with no body: livemock reads both (form fields count as parameters, as on every Polyv path). The channel id in the path is not signed [doc example]. A userId other than the app's account, or a channel the app does not hold, is 400 channel not found. [inferred: the doc gives no error for either].
         */
        post: operations["deleteChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live/v4/channel/lottery/query-winner-viewer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询抽奖中奖观众 (winner list of one draw)
         * @description livemock draws no winners itself: the page lists what the store holds (a live room, a seed or a test puts records there), empty until then.
         */
        get: operations["queryLotteryWinners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live/v4/channel/lottery/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询频道抽奖记录 (draws of a channel or a session)
         * @description livemock draws no winners itself: the page lists what the store holds (a live room, a seed or a test puts records there), empty until then.
         */
        get: operations["listChannelLotteryRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live/v4/channel/lottery/activity-record/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 分页查询频道抽奖统计记录
         * @description livemock draws no winners itself: the page lists what the store holds (a live room, a seed or a test puts records there), empty until then.
         */
        get: operations["listLotteryActivityRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live/v4/channel/lottery/add-receive-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 提交中奖信息 (a winner's delivery details)
         * @description channelId in the signed query (and repeated in the body by the SDK), the rest in the unsigned JSON body; receiveInfo is a JSON string of the form's entries. An unknown winner (winnerCode, lotteryId and viewerId of the channel) is 30004 record not found.
         */
        post: operations["addLotteryReceiveInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live/v4/user/viewer-task-reward/page": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 观众查询奖励明细分页列表 (one viewer's task rewards across activities)
         * @description livemock grants no rewards itself: the page lists what the store holds (a live room, a seed or a test puts records there), empty until then.
         */
        get: operations["pageViewerTaskRewards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/live/v4/user/viewer-task-reward/submit-accept-info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 观众提交任务奖励表单 (the viewer's form to receive a reward)
         * @description id is the reward record's id (from viewer-task-reward/page); an id unknown for that viewer is 30004 record not found.
         */
        post: operations["submitViewerTaskRewardAcceptInfo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Polyv v4 error envelope. Key order on the wire: code, status, requestId, error, success (no `data`). `code` equals the HTTP status. */
        ErrorEnvelope: {
            /** @description 状态码，与 http 状态码相同 */
            code: number;
            /** @constant */
            status: "error";
            requestId: string;
            error: {
                /** @description 错误代码，用于确定具体的错误原因 */
                code: number;
                /** @description 错误描述，与 error.code 对应 */
                desc: string;
            };
            /** @constant */
            success: false;
        };
        /** @description Success envelope of a write call that returns no payload (`data: null`).. Polyv v4 success envelope; key order on the wire: code, status, requestId, data, success. */
        EmptySuccessEnvelope: {
            /**
             * @description 响应状态码，200 为成功 (equals the HTTP status)
             * @constant
             */
            code: 200;
            /** @constant */
            status: "success";
            /** @description 请求ID: opaque, unique per request (UUID or `<32 hex>.<n>.<17 digits>`) */
            requestId: string;
            /** @description No payload. */
            data: null;
            /** @constant */
            success: true;
        };
        /** @description 达成条件设置 */
        ReachCondition: {
            /**
             * @description 达成条件: sign 签到, online 在线时长 (documented); questionnaire and custom come from the official TS SDK types (accepted with an x-livemock-warning, refused under --strict).
             * @enum {string}
             */
            type: "sign" | "online" | "questionnaire" | "custom";
            /** @description 达成数值 */
            amount: number;
        };
        /** @description 奖励设置 */
        RewardSetting: {
            /**
             * @description cash, custom, nothing (documented); externalPoint comes from the official TS SDK types (accepted with an x-livemock-warning, refused under --strict).
             * @enum {string}
             */
            type: "cash" | "custom" | "nothing" | "externalPoint";
            /** @description 奖励数值 (type 为 cash 时，现金单位是分 / fen) */
            amount: number;
            /** @description 奖励设置 (limit) */
            limit?: number | null;
            /** @description 自定义奖励，非必填 */
            customReward?: string | null;
        };
        /** @description One task of a task-reward activity (request). */
        TaskRewardTask: {
            /**
             * Format: int64
             * @description Task id when updating an existing task (not in the doc's parameter table).
             */
            taskId?: number;
            /** @description 排序. The doc's table marks it required, but the doc's own example body omits it; livemock accepts it missing (with an x-livemock-warning; refused under --strict) and numbers tasks by position. */
            sort?: number;
            reachCondition: components["schemas"]["ReachCondition"];
            rewardSetting: components["schemas"]["RewardSetting"];
        };
        /** @description 创建任务奖励活动 request body. `tasks` must not be empty [inferred: the doc marks it required]. */
        TaskRewardSaveBody: {
            /** @description 频道id. Polyv's own CLI sends it as a JSON string of digits ("4854808"), read as the number (see info.x-livemock-digit-strings) [sdk]. */
            channelId: number;
            /** @description 活动名称，最大长度64个字符 */
            activityName: string;
            /** @description Activity mode. Present in the doc's example body and page response, absent from the parameter table. */
            activityMode?: number | null;
            /**
             * @description 任务规则: 1 解锁任务 (unlock, sequential), 2 并行任务 (parallel)
             * @enum {integer}
             */
            taskRule: 1 | 2;
            /**
             * Format: int64
             * @description 活动开始时间 (epoch ms)
             */
            startTime: number;
            /**
             * Format: int64
             * @description 活动结束时间 (epoch ms)
             */
            endTime: number;
            /** @description 任务规则列表 */
            tasks: components["schemas"]["TaskRewardTask"][];
        };
        /** @description 修改任务奖励活动 request body. The doc marks activityName/taskRule/startTime/endTime optional; the real server rejects an update without taskRule, startTime or endTime [secondary], so livemock requires them. */
        TaskRewardUpdateBody: {
            /** @description 频道id. Polyv's own CLI sends it as a JSON string of digits ("4854808"), read as the number (see info.x-livemock-digit-strings) [sdk]. */
            channelId: number;
            /**
             * Format: int64
             * @description 任务奖励活动id. Polyv's own CLI sends it as a JSON string of digits ("10465"), read as the number (see info.x-livemock-digit-strings) [sdk].
             */
            activityId: number;
            /** @description 活动名称，最大长度64个字符 */
            activityName?: string | null;
            /** @description Activity mode. Present in the doc's example body and page response, absent from the parameter table. */
            activityMode?: number | null;
            /**
             * @description 任务规则: 1 解锁任务 (unlock, sequential), 2 并行任务 (parallel)
             * @enum {integer}
             */
            taskRule: 1 | 2;
            /**
             * Format: int64
             * @description 活动开始时间 (epoch ms)
             */
            startTime: number;
            /**
             * Format: int64
             * @description 活动结束时间 (epoch ms)
             */
            endTime: number;
            /** @description 任务规则列表 */
            tasks: components["schemas"]["TaskRewardTask"][];
        };
        TaskRewardActivityTask: {
            /**
             * Format: int64
             * @description 任务id
             */
            taskId: number;
            /** @description 排序 */
            sort: number;
            /**
             * Format: int64
             * @description inherits the activity's startTime
             */
            startTime?: number | null;
            /**
             * Format: int64
             * @description inherits the activity's endTime
             */
            endTime?: number | null;
            reachCondition: components["schemas"]["ReachCondition"];
            rewardSetting: components["schemas"]["RewardSetting"];
        };
        /** @description A task-reward activity as listed by `page`. */
        TaskRewardActivity: {
            /**
             * Format: int64
             * @description 活动id
             */
            activityId: number;
            /** @description 账号id (10 hex chars) */
            userId?: string;
            /** @description 频道id */
            channelId: number;
            /** @description 活动名称 */
            activityName: string;
            /** @description activity mode */
            activityMode?: number | null;
            /** @description 任务规则: 1 解锁任务, 2 并行任务 */
            taskRule?: number;
            /** @description 0 未开始 (documented example); 1 进行中 and 2 已结束 are livemock's mapping */
            status: number;
            /**
             * Format: int64
             * @description 活动开始时间
             */
            startTime: number;
            /**
             * Format: int64
             * @description 活动结束时间
             */
            endTime: number;
            tasks: components["schemas"]["TaskRewardActivityTask"][];
        };
        /** @description 分页数据 */
        TaskRewardPage: {
            /** @description 页码 */
            pageNumber: number;
            /** @description 分页大小 */
            pageSize: number;
            /** @description 总分页数量 */
            totalPages: number;
            /** @description 总记录数 */
            totalItems: number;
            contents: components["schemas"]["TaskRewardActivity"][];
        };
        TaskRewardStatsItem: {
            /** @description 频道id */
            channelId: number;
            /**
             * Format: int64
             * @description 活动id
             */
            activityId: number;
            /** @description 活动名称 */
            activityName?: string;
            /** @description 任务规则 */
            taskRule?: number;
            /**
             * Format: int64
             * @description 活动开始时间
             */
            startTime?: number;
            /**
             * Format: int64
             * @description 活动结束时间
             */
            endTime?: number;
            /** @description 参与任务人数 */
            participantTask?: number;
            /** @description 达成所有任务人数 */
            reachAllTask?: number;
            /** @description 领取所有奖励人数 */
            reachAllReward?: number;
        };
        /** @description 任务奖励活动统计数据分页 */
        TaskRewardStatsPage: {
            /** @description 页码 */
            pageNumber: number;
            /** @description 分页大小 */
            pageSize: number;
            /** @description 总分页数量 */
            totalPages: number;
            /** @description 总记录数 */
            totalItems: number;
            contents: components["schemas"]["TaskRewardStatsItem"][];
        };
        /** @description 观众奖励明细. Only the fields below are confirmed by the doc's (truncated) example; the vendor may send more. */
        TaskRewardViewerDetailItem: {
            /**
             * Format: int64
             * @description 观众id. The query parameter viewerId is a String, but the doc's example shows a number here.
             */
            viewerId: number;
            /**
             * Format: int64
             * @description 任务id
             */
            taskId: number;
            /** @description 排序 */
            sort?: number;
            taskReach?: components["schemas"]["ReachCondition"];
            taskReward?: {
                /** @description cash, custom, nothing, externalPoint */
                type: string;
                /** @description 奖励数值 as a string (e.g. "300"), unlike rewardSetting.amount */
                amount: string;
                /** @description limit */
                limit?: number | null;
                /** @description 自定义奖励 */
                customReward?: string | null;
            };
        };
        /** @description 观众奖励明细分页 */
        TaskRewardViewerDetailPage: {
            /** @description 页码 */
            pageNumber: number;
            /** @description 分页大小 */
            pageSize: number;
            /** @description 总分页数量 */
            totalPages: number;
            /** @description 总记录数 */
            totalItems: number;
            contents: components["schemas"]["TaskRewardViewerDetailItem"][];
        };
        /** @description 收货/表单字段信息 */
        ReceiveInfo: {
            /**
             * @description 类型: userName 姓名, userPhone 手机号, custom 自定义
             * @enum {string|null}
             */
            type?: "userName" | "userPhone" | "custom" | null;
            /** @description 字段名 */
            field: string;
            /** @description 提示语 */
            tips: string;
            /** @description 是否必填 true/false */
            required?: boolean | null;
        };
        /** @description 奖品信息 (答题抽奖) */
        PrizeInfo: {
            /** @description 奖项名称 */
            prizeItem: string;
            /** @description 答对题目数 */
            correctAnswerCount: number;
            /** @description 奖品名称 */
            prizeName: string;
            /** @description 奖品图片 */
            thumbnail?: string | null;
            /** @description 优惠价格 (BigDecimal) */
            realPrice?: number | null;
            /** @description 奖品原价 (BigDecimal) */
            price?: number | null;
            /**
             * @description 领奖方式: form 表单, link 外链, qrCode 识别二维码
             * @enum {string}
             */
            acceptType: "form" | "link" | "qrCode";
            /** @description 领奖方式表单字段信息 */
            formInfo?: components["schemas"]["ReceiveInfo"][] | null;
            /** @description 领奖方式奖品链接, 领奖方式为外链必填 */
            prizeUrl?: string | null;
            /** @description 领奖方式二维码链接, 领奖方式为二维码必填 */
            qrCode?: string | null;
            /** @description 领奖方式二维码提示语 */
            qrCodeTips?: string | null;
            /** @description 中奖人数 */
            amount: number;
            /**
             * @description 是否隐藏中奖人数, 默认N
             * @enum {string|null}
             */
            hiddenWinnerAmount?: "Y" | "N" | null;
        };
        /** @description 创建抽奖活动 request body (channelId travels in the query). Conditional requirements: see x-livemock-rules; they are written as if/then/else and dependentSchemas. */
        LotteryActivityCreateBody: {
            /** @description 抽奖活动名称 */
            activityName: string;
            /**
             * @description 抽奖活动类型: none 无条件, invite 邀请好友, duration 观看时长, comment 评论抽奖, question 答题抽奖
             * @enum {string}
             */
            lotteryCondition: "none" | "invite" | "duration" | "comment" | "question";
            /** @description 中奖人数 */
            amount: number;
            /**
             * @description 是否隐藏中奖人数, 值 Y/N, 默认N
             * @enum {string|null}
             */
            hiddenWinnerAmount?: "Y" | "N" | null;
            /**
             * @description 参与抽奖用户类型: all 全部, customGroup 自定义分组
             * @enum {string|null}
             */
            lotteryRange?: "all" | "customGroup" | null;
            /** @description 自定义分组ID, 抽奖用户类型为自定义时有效 (the SDK also allows string ids) */
            customGroupIds?: number[] | null;
            /**
             * @description 分组抽取方式: average 等额抽奖, random 随机抽奖
             * @enum {string|null}
             */
            customGroupLotteryType?: "average" | "random" | null;
            /** @description 每组抽取数量 */
            customGroupLotteryAmount?: number | null;
            /**
             * @description 是否隐藏参与人数, 值 Y/N, 默认N
             * @enum {string|null}
             */
            hiddenAttendeeNumber?: "Y" | "N" | null;
            /**
             * @description 允许重复中奖, 值 Y/N, 默认N
             * @enum {string|null}
             */
            repeatWinEnabled?: "Y" | "N" | null;
            /**
             * @description 是否填写收货信息, 值 Y/N, 默认N
             * @enum {string|null}
             */
            receiveEnabled?: "Y" | "N" | null;
            /** @description 收货字段信息列表, 无条件抽奖时填写 */
            receiveInfo?: components["schemas"]["ReceiveInfo"][] | null;
            /** @description 奖品名称 */
            prizeName: string;
            /** @description 奖品图片 */
            thumbnail?: string | null;
            /** @description 活动时长 (分钟, a String), 非无条件抽奖时必填 */
            activityDuration?: string | null;
            /**
             * @description unit of activityDuration (official TS SDK types)
             * @enum {string|null}
             */
            activityDurationType?: "second" | "minute" | "hour" | null;
            /**
             * @description 邀请方式: poster 邀请海报, external 外部邀请; 邀请抽奖时必填
             * @enum {string|null}
             */
            inviteType?: "poster" | "external" | null;
            /** @description 外部名单链接, 邀请抽奖且邀请方式为外部邀请时必填 */
            externalListLink?: string | null;
            /** @description 获取邀请人数链接, 邀请抽奖且邀请方式为外部邀请时必填 */
            externalInviteNumLink?: string | null;
            /** @description 邀请人数, 邀请抽奖时必填 */
            inviteNum?: number | null;
            /** @description 观看时长, 观看时长抽奖时必填 */
            duration?: number | null;
            /** @description 评论内容, 评论抽奖时必填 */
            comment?: string | null;
            /**
             * @description 领奖方式: form 表单, link 外链, qrCode 识别二维码; 非无条件和答题抽奖必填
             * @enum {string|null}
             */
            acceptType?: "form" | "link" | "qrCode" | null;
            /** @description 领奖方式表单字段信息, 领奖方式为表单填写 */
            formInfo?: components["schemas"]["ReceiveInfo"][] | null;
            /** @description 领奖方式奖品链接, 领奖方式为外链必填 */
            prizeUrl?: string | null;
            /** @description 领奖方式二维码链接, 领奖方式为二维码必填 */
            qrCode?: string | null;
            /** @description 领奖方式二维码提示语, 领奖方式为二维码填写 */
            qrCodeTips?: string | null;
            /** @description 优惠价格 (BigDecimal) */
            realPrice?: number | null;
            /** @description 奖品原价 (BigDecimal) */
            price?: number | null;
            /** @description 奖品信息, 答题抽奖时必填 */
            prizeInfo?: components["schemas"]["PrizeInfo"][] | null;
            /**
             * Format: int64
             * @description 问答组模板ID, 答题抽奖必填
             */
            questionGroupId?: number | null;
            /** @description 每道题的答题时长, 答题抽奖必填 */
            perAnswerDuration?: number | null;
            /**
             * @description official TS SDK types
             * @enum {string|null}
             */
            lotteryOnlineEnabled?: "Y" | "N" | null;
            /**
             * @description official TS SDK types
             * @enum {string|null}
             */
            answerType?: "pushQuestion" | "autonomyAnswer" | null;
            /**
             * @description official TS SDK types
             * @enum {string|null}
             */
            showWinnerCode?: "Y" | "N" | null;
            /**
             * @description official TS SDK types
             * @enum {string|null}
             */
            showWinners?: "Y" | "N" | null;
        };
        /** @description 修改抽奖活动 request body: the create body plus `id`. */
        LotteryActivityUpdateBody: {
            /**
             * Format: int64
             * @description 抽奖活动ID. Polyv's own CLI sends it as a JSON string of digits ("20527"), read as the number (see info.x-livemock-digit-strings) [sdk].
             */
            id: number;
            /** @description 抽奖活动名称 */
            activityName: string;
            /**
             * @description 抽奖活动类型: none 无条件, invite 邀请好友, duration 观看时长, comment 评论抽奖, question 答题抽奖
             * @enum {string}
             */
            lotteryCondition: "none" | "invite" | "duration" | "comment" | "question";
            /** @description 中奖人数 */
            amount: number;
            /**
             * @description 是否隐藏中奖人数, 值 Y/N, 默认N
             * @enum {string|null}
             */
            hiddenWinnerAmount?: "Y" | "N" | null;
            /**
             * @description 参与抽奖用户类型: all 全部, customGroup 自定义分组
             * @enum {string|null}
             */
            lotteryRange?: "all" | "customGroup" | null;
            /** @description 自定义分组ID, 抽奖用户类型为自定义时有效 (the SDK also allows string ids) */
            customGroupIds?: number[] | null;
            /**
             * @description 分组抽取方式: average 等额抽奖, random 随机抽奖
             * @enum {string|null}
             */
            customGroupLotteryType?: "average" | "random" | null;
            /** @description 每组抽取数量 */
            customGroupLotteryAmount?: number | null;
            /**
             * @description 是否隐藏参与人数, 值 Y/N, 默认N
             * @enum {string|null}
             */
            hiddenAttendeeNumber?: "Y" | "N" | null;
            /**
             * @description 允许重复中奖, 值 Y/N, 默认N
             * @enum {string|null}
             */
            repeatWinEnabled?: "Y" | "N" | null;
            /**
             * @description 是否填写收货信息, 值 Y/N, 默认N
             * @enum {string|null}
             */
            receiveEnabled?: "Y" | "N" | null;
            /** @description 收货字段信息列表, 无条件抽奖时填写 */
            receiveInfo?: components["schemas"]["ReceiveInfo"][] | null;
            /** @description 奖品名称 */
            prizeName: string;
            /** @description 奖品图片 */
            thumbnail?: string | null;
            /** @description 活动时长 (分钟, a String), 非无条件抽奖时必填 */
            activityDuration?: string | null;
            /**
             * @description unit of activityDuration (official TS SDK types)
             * @enum {string|null}
             */
            activityDurationType?: "second" | "minute" | "hour" | null;
            /**
             * @description 邀请方式: poster 邀请海报, external 外部邀请; 邀请抽奖时必填
             * @enum {string|null}
             */
            inviteType?: "poster" | "external" | null;
            /** @description 外部名单链接, 邀请抽奖且邀请方式为外部邀请时必填 */
            externalListLink?: string | null;
            /** @description 获取邀请人数链接, 邀请抽奖且邀请方式为外部邀请时必填 */
            externalInviteNumLink?: string | null;
            /** @description 邀请人数, 邀请抽奖时必填 */
            inviteNum?: number | null;
            /** @description 观看时长, 观看时长抽奖时必填 */
            duration?: number | null;
            /** @description 评论内容, 评论抽奖时必填 */
            comment?: string | null;
            /**
             * @description 领奖方式: form 表单, link 外链, qrCode 识别二维码; 非无条件和答题抽奖必填
             * @enum {string|null}
             */
            acceptType?: "form" | "link" | "qrCode" | null;
            /** @description 领奖方式表单字段信息, 领奖方式为表单填写 */
            formInfo?: components["schemas"]["ReceiveInfo"][] | null;
            /** @description 领奖方式奖品链接, 领奖方式为外链必填 */
            prizeUrl?: string | null;
            /** @description 领奖方式二维码链接, 领奖方式为二维码必填 */
            qrCode?: string | null;
            /** @description 领奖方式二维码提示语, 领奖方式为二维码填写 */
            qrCodeTips?: string | null;
            /** @description 优惠价格 (BigDecimal) */
            realPrice?: number | null;
            /** @description 奖品原价 (BigDecimal) */
            price?: number | null;
            /** @description 奖品信息, 答题抽奖时必填 */
            prizeInfo?: components["schemas"]["PrizeInfo"][] | null;
            /**
             * Format: int64
             * @description 问答组模板ID, 答题抽奖必填
             */
            questionGroupId?: number | null;
            /** @description 每道题的答题时长, 答题抽奖必填 */
            perAnswerDuration?: number | null;
            /**
             * @description official TS SDK types
             * @enum {string|null}
             */
            lotteryOnlineEnabled?: "Y" | "N" | null;
            /**
             * @description official TS SDK types
             * @enum {string|null}
             */
            answerType?: "pushQuestion" | "autonomyAnswer" | null;
            /**
             * @description official TS SDK types
             * @enum {string|null}
             */
            showWinnerCode?: "Y" | "N" | null;
            /**
             * @description official TS SDK types
             * @enum {string|null}
             */
            showWinners?: "Y" | "N" | null;
        };
        LotteryActivityDeleteBody: {
            /**
             * Format: int64
             * @description 抽奖活动ID. Polyv's own CLI sends it as a JSON string of digits ("20527"), read as the number (see info.x-livemock-digit-strings) [sdk].
             */
            id: number;
        };
        CustomGroup: {
            /**
             * Format: int64
             * @description 分组ID
             */
            id?: number;
            /** @description 分组标题 */
            title?: string;
            /** @description 分组类型 */
            type?: string;
            /** @description 分组人数 (a String in the doc) */
            count?: string;
        };
        /** @description A lottery activity as returned by create and get: every create field echoed (unset ones null), plus id, status and customGroup instead of customGroupIds. */
        LotteryActivity: {
            /**
             * Format: int64
             * @description 抽奖活动ID
             */
            id: number;
            /** @description 抽奖活动名称 */
            activityName: string;
            /**
             * @description 抽奖活动类型: none 无条件, invite 邀请好友, duration 观看时长, comment 评论抽奖, question 答题抽奖
             * @enum {string}
             */
            lotteryCondition: "none" | "invite" | "duration" | "comment" | "question";
            /** @description 抽奖活动状态. The create example shows null; the real server reads back "Y" [secondary]. */
            status?: string | null;
            /** @description 中奖人数 */
            amount: number;
            /**
             * @description 是否隐藏中奖人数, 值 Y/N, 默认N
             * @enum {string|null}
             */
            hiddenWinnerAmount?: "Y" | "N" | null;
            /**
             * @description 参与抽奖用户类型: all 全部, customGroup 自定义分组
             * @enum {string|null}
             */
            lotteryRange?: "all" | "customGroup" | null;
            /** @description 自定义分组信息 */
            customGroup?: components["schemas"]["CustomGroup"][] | null;
            /**
             * @description 分组抽取方式: average 等额抽奖, random 随机抽奖
             * @enum {string|null}
             */
            customGroupLotteryType?: "average" | "random" | null;
            /** @description 每组抽取数量 */
            customGroupLotteryAmount?: number | null;
            /**
             * @description 是否隐藏参与人数, 值 Y/N, 默认N
             * @enum {string|null}
             */
            hiddenAttendeeNumber?: "Y" | "N" | null;
            /**
             * @description 允许重复中奖, 值 Y/N, 默认N
             * @enum {string|null}
             */
            repeatWinEnabled?: "Y" | "N" | null;
            /**
             * @description 是否填写收货信息, 值 Y/N, 默认N
             * @enum {string|null}
             */
            receiveEnabled?: "Y" | "N" | null;
            /** @description 收货字段信息列表, 无条件抽奖时填写 */
            receiveInfo?: components["schemas"]["ReceiveInfo"][] | null;
            /** @description 奖品名称 */
            prizeName: string;
            /** @description 奖品图片 */
            thumbnail?: string | null;
            /** @description 活动时长 (分钟, a String), 非无条件抽奖时必填 */
            activityDuration?: string | null;
            /**
             * @description unit of activityDuration (official TS SDK types)
             * @enum {string|null}
             */
            activityDurationType?: "second" | "minute" | "hour" | null;
            /**
             * @description 邀请方式: poster 邀请海报, external 外部邀请; 邀请抽奖时必填
             * @enum {string|null}
             */
            inviteType?: "poster" | "external" | null;
            /** @description 外部名单链接, 邀请抽奖且邀请方式为外部邀请时必填 */
            externalListLink?: string | null;
            /** @description 获取邀请人数链接, 邀请抽奖且邀请方式为外部邀请时必填 */
            externalInviteNumLink?: string | null;
            /** @description 邀请人数, 邀请抽奖时必填 */
            inviteNum?: number | null;
            /** @description 观看时长, 观看时长抽奖时必填 */
            duration?: number | null;
            /** @description 评论内容, 评论抽奖时必填 */
            comment?: string | null;
            /**
             * @description 领奖方式: form 表单, link 外链, qrCode 识别二维码; 非无条件和答题抽奖必填
             * @enum {string|null}
             */
            acceptType?: "form" | "link" | "qrCode" | null;
            /** @description 领奖方式表单字段信息, 领奖方式为表单填写 */
            formInfo?: components["schemas"]["ReceiveInfo"][] | null;
            /** @description 领奖方式奖品链接, 领奖方式为外链必填 */
            prizeUrl?: string | null;
            /** @description 领奖方式二维码链接, 领奖方式为二维码必填 */
            qrCode?: string | null;
            /** @description 领奖方式二维码提示语, 领奖方式为二维码填写 */
            qrCodeTips?: string | null;
            /** @description 优惠价格 (BigDecimal) */
            realPrice?: number | null;
            /** @description 奖品原价 (BigDecimal) */
            price?: number | null;
            /** @description 奖品信息, 答题抽奖时必填 */
            prizeInfo?: components["schemas"]["PrizeInfo"][] | null;
            /**
             * Format: int64
             * @description 问答组模板ID, 答题抽奖必填
             */
            questionGroupId?: number | null;
            /** @description 每道题的答题时长, 答题抽奖必填 */
            perAnswerDuration?: number | null;
            /**
             * @description official TS SDK types
             * @enum {string|null}
             */
            lotteryOnlineEnabled?: "Y" | "N" | null;
            /**
             * @description official TS SDK types
             * @enum {string|null}
             */
            answerType?: "pushQuestion" | "autonomyAnswer" | null;
            /**
             * @description official TS SDK types
             * @enum {string|null}
             */
            showWinnerCode?: "Y" | "N" | null;
            /**
             * @description official TS SDK types
             * @enum {string|null}
             */
            showWinners?: "Y" | "N" | null;
            /** @description 频道号 (official TS SDK types) */
            channelId?: number | null;
        };
        /** @description 抽奖活动分页. The TS SDK type has no totalPages; livemock sends it like the task-reward page. */
        LotteryActivityPage: {
            /** @description 页码 */
            pageNumber: number;
            /** @description 分页大小 */
            pageSize: number;
            /** @description 总分页数量 */
            totalPages?: number;
            /** @description 总记录数 */
            totalItems: number;
            contents: components["schemas"]["LotteryActivity"][];
        };
        /** @description 创建任务奖励活动 success. Polyv v4 success envelope; key order on the wire: code, status, requestId, data, success. */
        TaskRewardSaveResponse: {
            /**
             * @description 响应状态码，200 为成功 (equals the HTTP status)
             * @constant
             */
            code: 200;
            /** @constant */
            status: "success";
            /** @description 请求ID: opaque, unique per request (UUID or `<32 hex>.<n>.<17 digits>`) */
            requestId: string;
            /**
             * Format: int64
             * @description 任务奖励活动id
             */
            data: number;
            /** @constant */
            success: true;
        };
        /** @description 任务奖励活动分页 success. Polyv v4 success envelope; key order on the wire: code, status, requestId, data, success. */
        TaskRewardPageResponse: {
            /**
             * @description 响应状态码，200 为成功 (equals the HTTP status)
             * @constant
             */
            code: 200;
            /** @constant */
            status: "success";
            /** @description 请求ID: opaque, unique per request (UUID or `<32 hex>.<n>.<17 digits>`) */
            requestId: string;
            data: components["schemas"]["TaskRewardPage"];
            /** @constant */
            success: true;
        };
        /** @description 任务奖励活动统计 success. Polyv v4 success envelope; key order on the wire: code, status, requestId, data, success. */
        TaskRewardStatsResponse: {
            /**
             * @description 响应状态码，200 为成功 (equals the HTTP status)
             * @constant
             */
            code: 200;
            /** @constant */
            status: "success";
            /** @description 请求ID: opaque, unique per request (UUID or `<32 hex>.<n>.<17 digits>`) */
            requestId: string;
            data: components["schemas"]["TaskRewardStatsPage"];
            /** @constant */
            success: true;
        };
        /** @description 观众奖励明细 success. Polyv v4 success envelope; key order on the wire: code, status, requestId, data, success. */
        TaskRewardViewerDetailResponse: {
            /**
             * @description 响应状态码，200 为成功 (equals the HTTP status)
             * @constant
             */
            code: 200;
            /** @constant */
            status: "success";
            /** @description 请求ID: opaque, unique per request (UUID or `<32 hex>.<n>.<17 digits>`) */
            requestId: string;
            data: components["schemas"]["TaskRewardViewerDetailPage"];
            /** @constant */
            success: true;
        };
        /** @description 抽奖活动 success. Polyv v4 success envelope; key order on the wire: code, status, requestId, data, success. */
        LotteryActivityResponse: {
            /**
             * @description 响应状态码，200 为成功 (equals the HTTP status)
             * @constant
             */
            code: 200;
            /** @constant */
            status: "success";
            /** @description 请求ID: opaque, unique per request (UUID or `<32 hex>.<n>.<17 digits>`) */
            requestId: string;
            data: components["schemas"]["LotteryActivity"];
            /** @constant */
            success: true;
        };
        /** @description 抽奖活动列表 success. Polyv v4 success envelope; key order on the wire: code, status, requestId, data, success. */
        LotteryActivityListResponse: {
            /**
             * @description 响应状态码，200 为成功 (equals the HTTP status)
             * @constant
             */
            code: 200;
            /** @constant */
            status: "success";
            /** @description 请求ID: opaque, unique per request (UUID or `<32 hex>.<n>.<17 digits>`) */
            requestId: string;
            data: components["schemas"]["LotteryActivityPage"];
            /** @constant */
            success: true;
        };
        /** @description 创建频道 request body (SDK type CreateChannelParams). */
        ChannelCreateBody: {
            /** @description 频道名称 (max 100 characters) */
            name: string;
            /**
             * @description 直播场景
             * @enum {string}
             */
            newScene: "topclass" | "double" | "train" | "alone" | "seminar" | "guide";
            /**
             * @description 直播模板
             * @enum {string}
             */
            template: "ppt" | "portrait_ppt" | "alone" | "portrait_alone" | "topclass" | "portrait_topclass" | "seminar";
            /** @description 讲师登录密码 (6-16 characters); livemock generates one when absent [inferred] */
            channelPasswd?: string;
            seminarHostPassword?: string;
            seminarAttendeePassword?: string;
            /** @enum {string} */
            pureRtcEnabled?: "Y" | "N";
            /** @enum {string} */
            type?: "normal" | "transmit" | "receive";
            /** @enum {string} */
            doubleTeacherType?: "normal" | "transmit" | "receive";
            /** @enum {string} */
            cnAndEnLiveEnabled?: "Y" | "N";
            splashImg?: string;
            linkMicLimit?: number;
            /** Format: int64 */
            categoryId?: number;
            /**
             * Format: int64
             * @description 开播时间 (epoch ms)
             */
            startTime?: number;
            /** Format: int64 */
            endTime?: number;
            subAccount?: string;
            customTeacherId?: string;
            labelData?: number[];
            clientAloneTemplateBackgroundUrl?: string;
            liveCdnBackgroundUrl?: string;
            /** @enum {string} */
            h5LowLatencyFlvEnabled?: "Y" | "N";
        };
        /** @description The created channel (SDK type CreateChannelResponse). */
        ChannelCreated: {
            /** @description 频道号 (7 digits) */
            channelId: number;
            /** @description 账号 userId */
            userId: string;
            channelPasswd: string | null;
            seminarHostPassword: string | null;
            seminarAttendeePassword: string | null;
        };
        /** @description 修改频道设置 request body (SDK type UpdateChannelParams without channelId; channelPasswd is sent as password). */
        ChannelUpdateBody: {
            name?: string;
            publisher?: string;
            password?: string;
            /** Format: int64 */
            startTime?: number;
            /** Format: int64 */
            endTime?: number;
            coverImg?: string;
            splashImg?: string;
            desc?: string;
            publishingRegion?: string;
        };
        /** @description A channel's basic information (SDK type ChannelBasicInfo; channelId is a String there). */
        ChannelBasic: {
            /** @description 频道号 (a String in the SDK type) */
            channelId: string;
            name: string;
            publisher?: string | null;
            /** Format: int64 */
            startTime?: number | null;
            pageView?: number;
            likes?: number;
            coverImg?: string | null;
            splashImg?: string | null;
            /** @enum {string} */
            splashEnabled?: "Y" | "N";
            desc?: string | null;
            maxViewer?: number;
            /** @enum {string} */
            watchStatus?: "live" | "end" | "playback" | "waiting" | "unStart";
            watchStatusText?: string;
            onlineNum?: number;
            bgImg?: string | null;
            /** @description 视频列表 (livemock has no videos) */
            videoList?: null;
            categoryId?: number | null;
            scene?: string | null;
            template?: string | null;
        };
        /** @description 频道分页 (V4ChannelPageResponse) */
        ChannelBasicPage: {
            pageNumber: number;
            pageSize: number;
            totalPages: number;
            totalItems: number;
            contents: components["schemas"]["ChannelBasic"][];
        };
        /** @description 创建频道 success. Polyv v4 success envelope; key order on the wire: code, status, requestId, data, success. */
        ChannelCreateResponse: {
            /**
             * @description 响应状态码，200 为成功 (equals the HTTP status)
             * @constant
             */
            code: 200;
            /** @constant */
            status: "success";
            /** @description 请求ID: opaque, unique per request (UUID or `<32 hex>.<n>.<17 digits>`) */
            requestId: string;
            data: components["schemas"]["ChannelCreated"];
            /** @constant */
            success: true;
        };
        /** @description 查询频道信息 success. Polyv v4 success envelope; key order on the wire: code, status, requestId, data, success. */
        ChannelBasicResponse: {
            /**
             * @description 响应状态码，200 为成功 (equals the HTTP status)
             * @constant
             */
            code: 200;
            /** @constant */
            status: "success";
            /** @description 请求ID: opaque, unique per request (UUID or `<32 hex>.<n>.<17 digits>`) */
            requestId: string;
            data: components["schemas"]["ChannelBasic"];
            /** @constant */
            success: true;
        };
        /** @description 频道列表 success. Polyv v4 success envelope; key order on the wire: code, status, requestId, data, success. */
        ChannelBasicListResponse: {
            /**
             * @description 响应状态码，200 为成功 (equals the HTTP status)
             * @constant
             */
            code: 200;
            /** @constant */
            status: "success";
            /** @description 请求ID: opaque, unique per request (UUID or `<32 hex>.<n>.<17 digits>`) */
            requestId: string;
            data: components["schemas"]["ChannelBasicPage"];
            /** @constant */
            success: true;
        };
        ChannelBatchDeleteBody: {
            /** @description 频道号 (at most 100 per call, as the SDK documents) */
            channelIds: number[];
        };
        /** @description 查询频道基本信息 (v3) data: channelId is a number here [doc example]. */
        LegacyChannelBasic: {
            channelId: number;
            name: string;
            channelPasswd?: string | null;
            publisher?: string | null;
            /**
             * Format: int64
             * @description 13-digit ms; 0 when no start time is set [doc example shows 0]
             */
            startTime?: number;
            pageView?: number;
            likes?: number;
            coverImg?: string | null;
            splashImg?: string | null;
            /** @enum {string} */
            splashEnabled?: "Y" | "N";
            desc?: string | null;
            /** @enum {string} */
            consultingMenuEnabled?: "Y" | "N";
            /** @enum {string} */
            maxViewerRestrict?: "Y" | "N";
            maxViewer?: number;
            watchStatus?: string;
            watchStatusText?: string;
            /** @description the channel's category; null when the channel has none [inferred] */
            userCategory?: {
                categoryId?: number;
                categoryName?: string | null;
                userId?: string;
                rank?: number;
            } | null;
            /** @description watch conditions (观看条件), one per rank [doc example; more fields there]; livemock configures none and answers [] [inferred] */
            authSettings?: {
                channelId?: number;
                rank?: number;
                userId?: string;
                enabled?: string;
                authType?: string;
            }[];
        };
        /** @description Polyv's v2/v3 success envelope with a channel's basic settings, keys in the order code, status, message, data. */
        LegacyChannelBasicResponse: {
            /** @constant */
            code: 200;
            /** @constant */
            status: "success";
            message: string;
            data: components["schemas"]["LegacyChannelBasic"];
        };
        /** @description Polyv's v2/v3 error envelope, keys in the order code, status, message, data. */
        LegacyErrorEnvelope: {
            /** @description equals the HTTP status */
            code: number;
            /** @enum {string} */
            status: "error" | "fail";
            message: string;
            data: string;
        };
        /** @description Polyv's v2/v3 success envelope with data true, keys in the order code, status, message, data. */
        LegacyTrueResponse: {
            /** @constant */
            code: 200;
            /** @constant */
            status: "success";
            message: string;
            data: boolean;
        };
        /** @description A winner of one draw (SDK type WinnerViewerInfo, plus winnerCode from WinnerDetailItem). */
        LotteryWinner: {
            viewerId: string;
            viewerName: string;
            prize: string;
            /** Format: int64 */
            winTime: number;
            winnerCode?: string;
            /** @description what add-receive-info stored (the JSON string as sent) */
            receiveInfo?: string | null;
        };
        /** @description One draw of a channel (SDK type ChannelLotteryRecord). */
        LotteryRecord: {
            lotteryId: string;
            channelId: number;
            userId?: string;
            sessionId?: string | null;
            lotteryRange?: string | null;
            actor?: string | null;
            prize?: string | null;
            amount?: number | null;
            winnerCount: number;
            totalUsers: number;
            /** Format: int64 */
            createdTime: number;
        };
        /** @description One draw of a lottery activity (SDK type LotteryActivityRecord). */
        LotteryActivityRecord: {
            /**
             * Format: int64
             * @description the lottery activity's id, when the draw came from one
             */
            id?: number | null;
            channelId: number;
            lotteryId: string;
            sessionId?: string | null;
            activityName?: string | null;
            /** Format: int64 */
            startTime?: number;
            winnerCount?: number;
            totalUsers?: number;
        };
        LotteryReceiveInfoBody: {
            /** @description repeated by the SDK (the signed query's channelId decides) */
            channelId?: number;
            lotteryId: string;
            winnerCode: string;
            viewerId: string;
            /** @description JSON string of the form entries (the SDK stringifies its array) */
            receiveInfo?: string;
        };
        TaskRewardFormInfo: {
            field: string;
            value?: string;
            type?: string;
        };
        /** @description One reward of a viewer (SDK type TaskRewardViewerDetailRecord; the task fields as in viewer-detail). */
        ViewerTaskReward: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            activityId: number;
            channelId?: number;
            viewerId: string;
            /** Format: int64 */
            taskId?: number;
            sort?: number;
            taskReach?: components["schemas"]["ReachCondition"];
            taskReward?: {
                type?: string;
                amount?: string;
                limit?: number | null;
                customReward?: string | null;
            };
            formInfo?: components["schemas"]["TaskRewardFormInfo"][] | null;
        };
        ViewerTaskRewardAcceptInfoBody: {
            /** Format: int64 */
            id: number;
            viewerId: string;
            formInfo: components["schemas"]["TaskRewardFormInfo"][];
        };
        /** @description 中奖观众分页 */
        LotteryWinnerPage: {
            pageNumber: number;
            pageSize: number;
            totalPages: number;
            totalItems: number;
            contents: components["schemas"]["LotteryWinner"][];
        };
        /** @description 频道抽奖记录分页 */
        LotteryRecordPage: {
            pageNumber: number;
            pageSize: number;
            totalPages: number;
            totalItems: number;
            contents: components["schemas"]["LotteryRecord"][];
        };
        /** @description 抽奖统计记录分页 */
        LotteryActivityRecordPage: {
            pageNumber: number;
            pageSize: number;
            totalPages: number;
            totalItems: number;
            contents: components["schemas"]["LotteryActivityRecord"][];
        };
        /** @description 观众奖励明细分页 */
        ViewerTaskRewardPage: {
            pageNumber: number;
            pageSize: number;
            totalPages: number;
            totalItems: number;
            contents: components["schemas"]["ViewerTaskReward"][];
        };
        /** @description 中奖观众 success. Polyv v4 success envelope; key order on the wire: code, status, requestId, data, success. */
        LotteryWinnerPageResponse: {
            /** @constant */
            code: 200;
            /** @constant */
            status: "success";
            requestId: string;
            data: components["schemas"]["LotteryWinnerPage"];
            /** @constant */
            success: true;
        };
        /** @description 频道抽奖记录 success. Polyv v4 success envelope; key order on the wire: code, status, requestId, data, success. */
        LotteryRecordPageResponse: {
            /** @constant */
            code: 200;
            /** @constant */
            status: "success";
            requestId: string;
            data: components["schemas"]["LotteryRecordPage"];
            /** @constant */
            success: true;
        };
        /** @description 抽奖统计记录 success. Polyv v4 success envelope; key order on the wire: code, status, requestId, data, success. */
        LotteryActivityRecordPageResponse: {
            /** @constant */
            code: 200;
            /** @constant */
            status: "success";
            requestId: string;
            data: components["schemas"]["LotteryActivityRecordPage"];
            /** @constant */
            success: true;
        };
        /** @description 观众奖励明细 success. Polyv v4 success envelope; key order on the wire: code, status, requestId, data, success. */
        ViewerTaskRewardPageResponse: {
            /** @constant */
            code: 200;
            /** @constant */
            status: "success";
            requestId: string;
            data: components["schemas"]["ViewerTaskRewardPage"];
            /** @constant */
            success: true;
        };
    };
    responses: {
        /** @description Polyv error envelope. HTTP status equals `code` (400 for validation, auth and business errors; 429 rate limit, 404/405 unknown path/method, 413 body over the limit, 415 non-JSON content type on a JSON endpoint, 500 unexpected failure: all [inferred]). Codes: see src/contracts/polyv/errors.ts. */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The v2/v3 error envelope {code, status, message, data}: code equals the HTTP status, status error (4xx) or fail (5xx) [doc: global error page]; data an empty string [doc: delete_channel and batch_delete_channels, 请求失败为空字符串, with the example {code: 400, status: error, message: invalid signature., data: ""}]; message is the v4 catalogue's desc [inferred]. */
        LegacyError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["LegacyErrorEnvelope"];
            };
        };
        /** @description Success without payload (`data: null`) [inferred]. */
        EmptySuccess: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["EmptySuccessEnvelope"];
            };
        };
    };
    parameters: {
        /**
         * @description 账号appId (10 lowercase alphanumerics). Signed.
         * @example frlr1zazn3
         */
        AppId: string;
        /**
         * @description 当前13位毫秒级时间戳，3分钟内有效 (livemock: |now - timestamp| <= 180000 ms, both directions [inferred]). Signed.
         * @example 1670550787318
         */
        Timestamp: number;
        /**
         * @description 签名: 32 uppercase hex (MD5) or 64 uppercase hex (SHA-256 when signatureMethod=SHA256). See the security scheme for the rule.
         * @example 012332FBD8DBCFC068AFCB484A2ADECB
         */
        Sign: string;
        /** @description SHA256 selects SHA-256 signing; anything else or absent means MD5. livemock also reads it in any case (sha256), as fed-common-utils does, with an x-livemock-warning (refused under --strict). */
        SignatureMethod: string;
        /**
         * @description 频道id
         * @example 4854808
         */
        ChannelId: number;
        /**
         * @description 任务奖励活动id
         * @example 10465
         */
        ActivityId: number;
        /**
         * @description 抽奖活动ID
         * @example 20521
         */
        LotteryId: number;
        /** @description 页码 (默认1, 目前限制最大值1000页) */
        PageNumber: number;
        /** @description 页面大小 (默认10, 最大1000) */
        PageSize: number;
        /** @description 观众id */
        ViewerId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    saveTaskRewardActivity: {
        parameters: {
            query: {
                /**
                 * @description 账号appId (10 lowercase alphanumerics). Signed.
                 * @example frlr1zazn3
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description 当前13位毫秒级时间戳，3分钟内有效 (livemock: |now - timestamp| <= 180000 ms, both directions [inferred]). Signed.
                 * @example 1670550787318
                 */
                timestamp: components["parameters"]["Timestamp"];
                /**
                 * @description 签名: 32 uppercase hex (MD5) or 64 uppercase hex (SHA-256 when signatureMethod=SHA256). See the security scheme for the rule.
                 * @example 012332FBD8DBCFC068AFCB484A2ADECB
                 */
                sign: components["parameters"]["Sign"];
                /** @description SHA256 selects SHA-256 signing; anything else or absent means MD5. livemock also reads it in any case (sha256), as fed-common-utils does, with an x-livemock-warning (refused under --strict). */
                signatureMethod?: components["parameters"]["SignatureMethod"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskRewardSaveBody"];
            };
        };
        responses: {
            /** @description 任务奖励活动id in data */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRewardSaveResponse"];
                };
            };
            400: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    updateTaskRewardActivity: {
        parameters: {
            query: {
                /**
                 * @description 账号appId (10 lowercase alphanumerics). Signed.
                 * @example frlr1zazn3
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description 当前13位毫秒级时间戳，3分钟内有效 (livemock: |now - timestamp| <= 180000 ms, both directions [inferred]). Signed.
                 * @example 1670550787318
                 */
                timestamp: components["parameters"]["Timestamp"];
                /**
                 * @description 签名: 32 uppercase hex (MD5) or 64 uppercase hex (SHA-256 when signatureMethod=SHA256). See the security scheme for the rule.
                 * @example 012332FBD8DBCFC068AFCB484A2ADECB
                 */
                sign: components["parameters"]["Sign"];
                /** @description SHA256 selects SHA-256 signing; anything else or absent means MD5. livemock also reads it in any case (sha256), as fed-common-utils does, with an x-livemock-warning (refused under --strict). */
                signatureMethod?: components["parameters"]["SignatureMethod"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskRewardUpdateBody"];
            };
        };
        responses: {
            200: components["responses"]["EmptySuccess"];
            400: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    pageTaskRewardActivities: {
        parameters: {
            query: {
                /**
                 * @description 账号appId (10 lowercase alphanumerics). Signed.
                 * @example frlr1zazn3
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description 当前13位毫秒级时间戳，3分钟内有效 (livemock: |now - timestamp| <= 180000 ms, both directions [inferred]). Signed.
                 * @example 1670550787318
                 */
                timestamp: components["parameters"]["Timestamp"];
                /**
                 * @description 签名: 32 uppercase hex (MD5) or 64 uppercase hex (SHA-256 when signatureMethod=SHA256). See the security scheme for the rule.
                 * @example 012332FBD8DBCFC068AFCB484A2ADECB
                 */
                sign: components["parameters"]["Sign"];
                /** @description SHA256 selects SHA-256 signing; anything else or absent means MD5. livemock also reads it in any case (sha256), as fed-common-utils does, with an x-livemock-warning (refused under --strict). */
                signatureMethod?: components["parameters"]["SignatureMethod"];
                /**
                 * @description 频道id
                 * @example 4854808
                 */
                channelId: components["parameters"]["ChannelId"];
                /** @description 页码 (默认1, 目前限制最大值1000页) */
                pageNumber?: components["parameters"]["PageNumber"];
                /** @description 页面大小 (默认10, 最大1000) */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 分页数据 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRewardPageResponse"];
                };
            };
            400: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    deleteTaskRewardActivity: {
        parameters: {
            query: {
                /**
                 * @description 账号appId (10 lowercase alphanumerics). Signed.
                 * @example frlr1zazn3
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description 当前13位毫秒级时间戳，3分钟内有效 (livemock: |now - timestamp| <= 180000 ms, both directions [inferred]). Signed.
                 * @example 1670550787318
                 */
                timestamp: components["parameters"]["Timestamp"];
                /**
                 * @description 签名: 32 uppercase hex (MD5) or 64 uppercase hex (SHA-256 when signatureMethod=SHA256). See the security scheme for the rule.
                 * @example 012332FBD8DBCFC068AFCB484A2ADECB
                 */
                sign: components["parameters"]["Sign"];
                /** @description SHA256 selects SHA-256 signing; anything else or absent means MD5. livemock also reads it in any case (sha256), as fed-common-utils does, with an x-livemock-warning (refused under --strict). */
                signatureMethod?: components["parameters"]["SignatureMethod"];
                /**
                 * @description 任务奖励活动id
                 * @example 10465
                 */
                activityId: components["parameters"]["ActivityId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySuccess"];
            400: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    stopTaskRewardActivity: {
        parameters: {
            query: {
                /**
                 * @description 账号appId (10 lowercase alphanumerics). Signed.
                 * @example frlr1zazn3
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description 当前13位毫秒级时间戳，3分钟内有效 (livemock: |now - timestamp| <= 180000 ms, both directions [inferred]). Signed.
                 * @example 1670550787318
                 */
                timestamp: components["parameters"]["Timestamp"];
                /**
                 * @description 签名: 32 uppercase hex (MD5) or 64 uppercase hex (SHA-256 when signatureMethod=SHA256). See the security scheme for the rule.
                 * @example 012332FBD8DBCFC068AFCB484A2ADECB
                 */
                sign: components["parameters"]["Sign"];
                /** @description SHA256 selects SHA-256 signing; anything else or absent means MD5. livemock also reads it in any case (sha256), as fed-common-utils does, with an x-livemock-warning (refused under --strict). */
                signatureMethod?: components["parameters"]["SignatureMethod"];
                /**
                 * @description 任务奖励活动id
                 * @example 10465
                 */
                activityId: components["parameters"]["ActivityId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["EmptySuccess"];
            400: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    pageTaskRewardActivityStats: {
        parameters: {
            query: {
                /**
                 * @description 账号appId (10 lowercase alphanumerics). Signed.
                 * @example frlr1zazn3
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description 当前13位毫秒级时间戳，3分钟内有效 (livemock: |now - timestamp| <= 180000 ms, both directions [inferred]). Signed.
                 * @example 1670550787318
                 */
                timestamp: components["parameters"]["Timestamp"];
                /**
                 * @description 签名: 32 uppercase hex (MD5) or 64 uppercase hex (SHA-256 when signatureMethod=SHA256). See the security scheme for the rule.
                 * @example 012332FBD8DBCFC068AFCB484A2ADECB
                 */
                sign: components["parameters"]["Sign"];
                /** @description SHA256 selects SHA-256 signing; anything else or absent means MD5. livemock also reads it in any case (sha256), as fed-common-utils does, with an x-livemock-warning (refused under --strict). */
                signatureMethod?: components["parameters"]["SignatureMethod"];
                /**
                 * @description 频道id
                 * @example 4854808
                 */
                channelId: components["parameters"]["ChannelId"];
                /** @description 页码 (默认1, 目前限制最大值1000页) */
                pageNumber?: components["parameters"]["PageNumber"];
                /** @description 页面大小 (默认10, 最大1000) */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 统计分页 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRewardStatsResponse"];
                };
            };
            400: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    pageTaskRewardViewerDetails: {
        parameters: {
            query: {
                /**
                 * @description 账号appId (10 lowercase alphanumerics). Signed.
                 * @example frlr1zazn3
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description 当前13位毫秒级时间戳，3分钟内有效 (livemock: |now - timestamp| <= 180000 ms, both directions [inferred]). Signed.
                 * @example 1670550787318
                 */
                timestamp: components["parameters"]["Timestamp"];
                /**
                 * @description 签名: 32 uppercase hex (MD5) or 64 uppercase hex (SHA-256 when signatureMethod=SHA256). See the security scheme for the rule.
                 * @example 012332FBD8DBCFC068AFCB484A2ADECB
                 */
                sign: components["parameters"]["Sign"];
                /** @description SHA256 selects SHA-256 signing; anything else or absent means MD5. livemock also reads it in any case (sha256), as fed-common-utils does, with an x-livemock-warning (refused under --strict). */
                signatureMethod?: components["parameters"]["SignatureMethod"];
                /**
                 * @description 频道id
                 * @example 4854808
                 */
                channelId: components["parameters"]["ChannelId"];
                /**
                 * @description 任务奖励活动id
                 * @example 10465
                 */
                activityId: components["parameters"]["ActivityId"];
                /** @description 观众id */
                viewerId?: components["parameters"]["ViewerId"];
                /** @description 页码 (默认1, 目前限制最大值1000页) */
                pageNumber?: components["parameters"]["PageNumber"];
                /** @description 页面大小 (默认10, 最大1000) */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 观众奖励明细分页 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskRewardViewerDetailResponse"];
                };
            };
            400: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    createLotteryActivity: {
        parameters: {
            query: {
                /**
                 * @description 账号appId (10 lowercase alphanumerics). Signed.
                 * @example frlr1zazn3
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description 当前13位毫秒级时间戳，3分钟内有效 (livemock: |now - timestamp| <= 180000 ms, both directions [inferred]). Signed.
                 * @example 1670550787318
                 */
                timestamp: components["parameters"]["Timestamp"];
                /**
                 * @description 签名: 32 uppercase hex (MD5) or 64 uppercase hex (SHA-256 when signatureMethod=SHA256). See the security scheme for the rule.
                 * @example 012332FBD8DBCFC068AFCB484A2ADECB
                 */
                sign: components["parameters"]["Sign"];
                /** @description SHA256 selects SHA-256 signing; anything else or absent means MD5. livemock also reads it in any case (sha256), as fed-common-utils does, with an x-livemock-warning (refused under --strict). */
                signatureMethod?: components["parameters"]["SignatureMethod"];
                /**
                 * @description 频道id
                 * @example 4854808
                 */
                channelId: components["parameters"]["ChannelId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LotteryActivityCreateBody"];
            };
        };
        responses: {
            /** @description the created activity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LotteryActivityResponse"];
                };
            };
            400: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    updateLotteryActivity: {
        parameters: {
            query: {
                /**
                 * @description 账号appId (10 lowercase alphanumerics). Signed.
                 * @example frlr1zazn3
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description 当前13位毫秒级时间戳，3分钟内有效 (livemock: |now - timestamp| <= 180000 ms, both directions [inferred]). Signed.
                 * @example 1670550787318
                 */
                timestamp: components["parameters"]["Timestamp"];
                /**
                 * @description 签名: 32 uppercase hex (MD5) or 64 uppercase hex (SHA-256 when signatureMethod=SHA256). See the security scheme for the rule.
                 * @example 012332FBD8DBCFC068AFCB484A2ADECB
                 */
                sign: components["parameters"]["Sign"];
                /** @description SHA256 selects SHA-256 signing; anything else or absent means MD5. livemock also reads it in any case (sha256), as fed-common-utils does, with an x-livemock-warning (refused under --strict). */
                signatureMethod?: components["parameters"]["SignatureMethod"];
                /**
                 * @description 频道id
                 * @example 4854808
                 */
                channelId: components["parameters"]["ChannelId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LotteryActivityUpdateBody"];
            };
        };
        responses: {
            200: components["responses"]["EmptySuccess"];
            400: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    deleteLotteryActivity: {
        parameters: {
            query: {
                /**
                 * @description 账号appId (10 lowercase alphanumerics). Signed.
                 * @example frlr1zazn3
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description 当前13位毫秒级时间戳，3分钟内有效 (livemock: |now - timestamp| <= 180000 ms, both directions [inferred]). Signed.
                 * @example 1670550787318
                 */
                timestamp: components["parameters"]["Timestamp"];
                /**
                 * @description 签名: 32 uppercase hex (MD5) or 64 uppercase hex (SHA-256 when signatureMethod=SHA256). See the security scheme for the rule.
                 * @example 012332FBD8DBCFC068AFCB484A2ADECB
                 */
                sign: components["parameters"]["Sign"];
                /** @description SHA256 selects SHA-256 signing; anything else or absent means MD5. livemock also reads it in any case (sha256), as fed-common-utils does, with an x-livemock-warning (refused under --strict). */
                signatureMethod?: components["parameters"]["SignatureMethod"];
                /**
                 * @description 频道id
                 * @example 4854808
                 */
                channelId: components["parameters"]["ChannelId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LotteryActivityDeleteBody"];
            };
        };
        responses: {
            200: components["responses"]["EmptySuccess"];
            400: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    getLotteryActivity: {
        parameters: {
            query: {
                /**
                 * @description 账号appId (10 lowercase alphanumerics). Signed.
                 * @example frlr1zazn3
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description 当前13位毫秒级时间戳，3分钟内有效 (livemock: |now - timestamp| <= 180000 ms, both directions [inferred]). Signed.
                 * @example 1670550787318
                 */
                timestamp: components["parameters"]["Timestamp"];
                /**
                 * @description 签名: 32 uppercase hex (MD5) or 64 uppercase hex (SHA-256 when signatureMethod=SHA256). See the security scheme for the rule.
                 * @example 012332FBD8DBCFC068AFCB484A2ADECB
                 */
                sign: components["parameters"]["Sign"];
                /** @description SHA256 selects SHA-256 signing; anything else or absent means MD5. livemock also reads it in any case (sha256), as fed-common-utils does, with an x-livemock-warning (refused under --strict). */
                signatureMethod?: components["parameters"]["SignatureMethod"];
                /**
                 * @description 频道id
                 * @example 4854808
                 */
                channelId: components["parameters"]["ChannelId"];
                /**
                 * @description 抽奖活动ID
                 * @example 20521
                 */
                id: components["parameters"]["LotteryId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the activity */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LotteryActivityResponse"];
                };
            };
            400: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    listLotteryActivities: {
        parameters: {
            query: {
                /**
                 * @description 账号appId (10 lowercase alphanumerics). Signed.
                 * @example frlr1zazn3
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description 当前13位毫秒级时间戳，3分钟内有效 (livemock: |now - timestamp| <= 180000 ms, both directions [inferred]). Signed.
                 * @example 1670550787318
                 */
                timestamp: components["parameters"]["Timestamp"];
                /**
                 * @description 签名: 32 uppercase hex (MD5) or 64 uppercase hex (SHA-256 when signatureMethod=SHA256). See the security scheme for the rule.
                 * @example 012332FBD8DBCFC068AFCB484A2ADECB
                 */
                sign: components["parameters"]["Sign"];
                /** @description SHA256 selects SHA-256 signing; anything else or absent means MD5. livemock also reads it in any case (sha256), as fed-common-utils does, with an x-livemock-warning (refused under --strict). */
                signatureMethod?: components["parameters"]["SignatureMethod"];
                /**
                 * @description 频道id
                 * @example 4854808
                 */
                channelId: components["parameters"]["ChannelId"];
                /** @description 页码 (默认1, 目前限制最大值1000页) */
                pageNumber?: components["parameters"]["PageNumber"];
                /** @description 页面大小 (默认10, 最大1000) */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 抽奖活动分页 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LotteryActivityListResponse"];
                };
            };
            400: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    createChannel: {
        parameters: {
            query: {
                /**
                 * @description 账号appId (10 lowercase alphanumerics). Signed.
                 * @example frlr1zazn3
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description 当前13位毫秒级时间戳，3分钟内有效 (livemock: |now - timestamp| <= 180000 ms, both directions [inferred]). Signed.
                 * @example 1670550787318
                 */
                timestamp: components["parameters"]["Timestamp"];
                /**
                 * @description 签名: 32 uppercase hex (MD5) or 64 uppercase hex (SHA-256 when signatureMethod=SHA256). See the security scheme for the rule.
                 * @example 012332FBD8DBCFC068AFCB484A2ADECB
                 */
                sign: components["parameters"]["Sign"];
                /** @description SHA256 selects SHA-256 signing; anything else or absent means MD5. livemock also reads it in any case (sha256), as fed-common-utils does, with an x-livemock-warning (refused under --strict). */
                signatureMethod?: components["parameters"]["SignatureMethod"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChannelCreateBody"];
            };
        };
        responses: {
            /** @description the created channel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelCreateResponse"];
                };
            };
            400: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    updateChannel: {
        parameters: {
            query: {
                /**
                 * @description 账号appId (10 lowercase alphanumerics). Signed.
                 * @example frlr1zazn3
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description 当前13位毫秒级时间戳，3分钟内有效 (livemock: |now - timestamp| <= 180000 ms, both directions [inferred]). Signed.
                 * @example 1670550787318
                 */
                timestamp: components["parameters"]["Timestamp"];
                /**
                 * @description 签名: 32 uppercase hex (MD5) or 64 uppercase hex (SHA-256 when signatureMethod=SHA256). See the security scheme for the rule.
                 * @example 012332FBD8DBCFC068AFCB484A2ADECB
                 */
                sign: components["parameters"]["Sign"];
                /** @description SHA256 selects SHA-256 signing; anything else or absent means MD5. livemock also reads it in any case (sha256), as fed-common-utils does, with an x-livemock-warning (refused under --strict). */
                signatureMethod?: components["parameters"]["SignatureMethod"];
                /**
                 * @description 频道id
                 * @example 4854808
                 */
                channelId: components["parameters"]["ChannelId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChannelUpdateBody"];
            };
        };
        responses: {
            200: components["responses"]["EmptySuccess"];
            400: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    getChannelBasic: {
        parameters: {
            query: {
                /**
                 * @description 账号appId (10 lowercase alphanumerics). Signed.
                 * @example frlr1zazn3
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description 当前13位毫秒级时间戳，3分钟内有效 (livemock: |now - timestamp| <= 180000 ms, both directions [inferred]). Signed.
                 * @example 1670550787318
                 */
                timestamp: components["parameters"]["Timestamp"];
                /**
                 * @description 签名: 32 uppercase hex (MD5) or 64 uppercase hex (SHA-256 when signatureMethod=SHA256). See the security scheme for the rule.
                 * @example 012332FBD8DBCFC068AFCB484A2ADECB
                 */
                sign: components["parameters"]["Sign"];
                /** @description SHA256 selects SHA-256 signing; anything else or absent means MD5. livemock also reads it in any case (sha256), as fed-common-utils does, with an x-livemock-warning (refused under --strict). */
                signatureMethod?: components["parameters"]["SignatureMethod"];
                /**
                 * @description 频道id
                 * @example 4854808
                 */
                channelId: components["parameters"]["ChannelId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the channel's basic information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelBasicResponse"];
                };
            };
            400: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    listChannelBasic: {
        parameters: {
            query: {
                /**
                 * @description 账号appId (10 lowercase alphanumerics). Signed.
                 * @example frlr1zazn3
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description 当前13位毫秒级时间戳，3分钟内有效 (livemock: |now - timestamp| <= 180000 ms, both directions [inferred]). Signed.
                 * @example 1670550787318
                 */
                timestamp: components["parameters"]["Timestamp"];
                /**
                 * @description 签名: 32 uppercase hex (MD5) or 64 uppercase hex (SHA-256 when signatureMethod=SHA256). See the security scheme for the rule.
                 * @example 012332FBD8DBCFC068AFCB484A2ADECB
                 */
                sign: components["parameters"]["Sign"];
                /** @description SHA256 selects SHA-256 signing; anything else or absent means MD5. livemock also reads it in any case (sha256), as fed-common-utils does, with an x-livemock-warning (refused under --strict). */
                signatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description 页码 (默认1, 目前限制最大值1000页) */
                pageNumber?: components["parameters"]["PageNumber"];
                /** @description 页面大小 (默认10, 最大1000) */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 频道分页, newest channel first [inferred] */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelBasicListResponse"];
                };
            };
            400: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    batchDeleteChannels: {
        parameters: {
            query: {
                /**
                 * @description 账号appId (10 lowercase alphanumerics). Signed.
                 * @example frlr1zazn3
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description 当前13位毫秒级时间戳，3分钟内有效 (livemock: |now - timestamp| <= 180000 ms, both directions [inferred]). Signed.
                 * @example 1670550787318
                 */
                timestamp: components["parameters"]["Timestamp"];
                /**
                 * @description 签名: 32 uppercase hex (MD5) or 64 uppercase hex (SHA-256 when signatureMethod=SHA256). See the security scheme for the rule.
                 * @example 012332FBD8DBCFC068AFCB484A2ADECB
                 */
                sign: components["parameters"]["Sign"];
                /** @description SHA256 selects SHA-256 signing; anything else or absent means MD5. livemock also reads it in any case (sha256), as fed-common-utils does, with an x-livemock-warning (refused under --strict). */
                signatureMethod?: components["parameters"]["SignatureMethod"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChannelBatchDeleteBody"];
            };
        };
        responses: {
            /** @description deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegacyTrueResponse"];
                };
            };
            400: components["responses"]["LegacyError"];
            default: components["responses"]["LegacyError"];
        };
    };
    getChannelBasicV3: {
        parameters: {
            query: {
                /**
                 * @description 账号appId (10 lowercase alphanumerics). Signed.
                 * @example frlr1zazn3
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description 当前13位毫秒级时间戳，3分钟内有效 (livemock: |now - timestamp| <= 180000 ms, both directions [inferred]). Signed.
                 * @example 1670550787318
                 */
                timestamp: components["parameters"]["Timestamp"];
                /**
                 * @description 签名: 32 uppercase hex (MD5) or 64 uppercase hex (SHA-256 when signatureMethod=SHA256). See the security scheme for the rule.
                 * @example 012332FBD8DBCFC068AFCB484A2ADECB
                 */
                sign: components["parameters"]["Sign"];
                /** @description SHA256 selects SHA-256 signing; anything else or absent means MD5. livemock also reads it in any case (sha256), as fed-common-utils does, with an x-livemock-warning (refused under --strict). */
                signatureMethod?: components["parameters"]["SignatureMethod"];
                /**
                 * @description 频道id
                 * @example 4854808
                 */
                channelId: components["parameters"]["ChannelId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the channel's basic settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegacyChannelBasicResponse"];
                };
            };
            400: components["responses"]["LegacyError"];
            default: components["responses"]["LegacyError"];
        };
    };
    deleteChannel: {
        parameters: {
            query: {
                /**
                 * @description 账号appId (10 lowercase alphanumerics). Signed.
                 * @example frlr1zazn3
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description 当前13位毫秒级时间戳，3分钟内有效 (livemock: |now - timestamp| <= 180000 ms, both directions [inferred]). Signed.
                 * @example 1670550787318
                 */
                timestamp: components["parameters"]["Timestamp"];
                /**
                 * @description 签名: 32 uppercase hex (MD5) or 64 uppercase hex (SHA-256 when signatureMethod=SHA256). See the security scheme for the rule.
                 * @example 012332FBD8DBCFC068AFCB484A2ADECB
                 */
                sign: components["parameters"]["Sign"];
                /** @description SHA256 selects SHA-256 signing; anything else or absent means MD5. livemock also reads it in any case (sha256), as fed-common-utils does, with an x-livemock-warning (refused under --strict). */
                signatureMethod?: components["parameters"]["SignatureMethod"];
                /**
                 * @description POLYV用户ID (the account's userId, 10 hex chars). Signed. The doc sends it as a form field, the TS SDK in the query.
                 * @example 1b448be323
                 */
                userId: string;
            };
            header?: never;
            path: {
                /**
                 * @description 频道号 (the {channelId} segment of the URL)
                 * @example 2204918
                 */
                channelId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegacyTrueResponse"];
                };
            };
            400: components["responses"]["LegacyError"];
            default: components["responses"]["LegacyError"];
        };
    };
    queryLotteryWinners: {
        parameters: {
            query: {
                /**
                 * @description 账号appId (10 lowercase alphanumerics). Signed.
                 * @example frlr1zazn3
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description 当前13位毫秒级时间戳，3分钟内有效 (livemock: |now - timestamp| <= 180000 ms, both directions [inferred]). Signed.
                 * @example 1670550787318
                 */
                timestamp: components["parameters"]["Timestamp"];
                /**
                 * @description 签名: 32 uppercase hex (MD5) or 64 uppercase hex (SHA-256 when signatureMethod=SHA256). See the security scheme for the rule.
                 * @example 012332FBD8DBCFC068AFCB484A2ADECB
                 */
                sign: components["parameters"]["Sign"];
                /** @description SHA256 selects SHA-256 signing; anything else or absent means MD5. livemock also reads it in any case (sha256), as fed-common-utils does, with an x-livemock-warning (refused under --strict). */
                signatureMethod?: components["parameters"]["SignatureMethod"];
                /**
                 * @description 频道id
                 * @example 4854808
                 */
                channelId: components["parameters"]["ChannelId"];
                /** @description 抽奖场次id (a String) */
                lotteryId: string;
                /** @description 页码 (默认1, 目前限制最大值1000页) */
                pageNumber?: components["parameters"]["PageNumber"];
                /** @description 页面大小 (默认10, 最大1000) */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LotteryWinnerPageResponse"];
                };
            };
            400: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    listChannelLotteryRecords: {
        parameters: {
            query: {
                /**
                 * @description 账号appId (10 lowercase alphanumerics). Signed.
                 * @example frlr1zazn3
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description 当前13位毫秒级时间戳，3分钟内有效 (livemock: |now - timestamp| <= 180000 ms, both directions [inferred]). Signed.
                 * @example 1670550787318
                 */
                timestamp: components["parameters"]["Timestamp"];
                /**
                 * @description 签名: 32 uppercase hex (MD5) or 64 uppercase hex (SHA-256 when signatureMethod=SHA256). See the security scheme for the rule.
                 * @example 012332FBD8DBCFC068AFCB484A2ADECB
                 */
                sign: components["parameters"]["Sign"];
                /** @description SHA256 selects SHA-256 signing; anything else or absent means MD5. livemock also reads it in any case (sha256), as fed-common-utils does, with an x-livemock-warning (refused under --strict). */
                signatureMethod?: components["parameters"]["SignatureMethod"];
                /**
                 * @description 频道id
                 * @example 4854808
                 */
                channelId: components["parameters"]["ChannelId"];
                /** @description lotteryId */
                lotteryId?: string;
                /** @description 场次id */
                sessionId?: string;
                /** @description draws at or after (epoch ms) */
                startTime?: number;
                /** @description draws at or before (epoch ms) */
                endTime?: number;
                /** @description 页码 (默认1, 目前限制最大值1000页) */
                pageNumber?: components["parameters"]["PageNumber"];
                /** @description 页面大小 (默认10, 最大1000) */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LotteryRecordPageResponse"];
                };
            };
            400: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    listLotteryActivityRecords: {
        parameters: {
            query: {
                /**
                 * @description 账号appId (10 lowercase alphanumerics). Signed.
                 * @example frlr1zazn3
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description 当前13位毫秒级时间戳，3分钟内有效 (livemock: |now - timestamp| <= 180000 ms, both directions [inferred]). Signed.
                 * @example 1670550787318
                 */
                timestamp: components["parameters"]["Timestamp"];
                /**
                 * @description 签名: 32 uppercase hex (MD5) or 64 uppercase hex (SHA-256 when signatureMethod=SHA256). See the security scheme for the rule.
                 * @example 012332FBD8DBCFC068AFCB484A2ADECB
                 */
                sign: components["parameters"]["Sign"];
                /** @description SHA256 selects SHA-256 signing; anything else or absent means MD5. livemock also reads it in any case (sha256), as fed-common-utils does, with an x-livemock-warning (refused under --strict). */
                signatureMethod?: components["parameters"]["SignatureMethod"];
                /**
                 * @description 频道id
                 * @example 4854808
                 */
                channelId: components["parameters"]["ChannelId"];
                /** @description 场次id */
                sessionId?: string;
                /** @description lotteryId */
                lotteryId?: string;
                /** @description draws at or after (epoch ms) */
                startTimeBegin?: number;
                /** @description draws at or before (epoch ms) */
                startTimeEnd?: number;
                /** @description 页码 (默认1, 目前限制最大值1000页) */
                pageNumber?: components["parameters"]["PageNumber"];
                /** @description 页面大小 (默认10, 最大1000) */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LotteryActivityRecordPageResponse"];
                };
            };
            400: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    addLotteryReceiveInfo: {
        parameters: {
            query: {
                /**
                 * @description 账号appId (10 lowercase alphanumerics). Signed.
                 * @example frlr1zazn3
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description 当前13位毫秒级时间戳，3分钟内有效 (livemock: |now - timestamp| <= 180000 ms, both directions [inferred]). Signed.
                 * @example 1670550787318
                 */
                timestamp: components["parameters"]["Timestamp"];
                /**
                 * @description 签名: 32 uppercase hex (MD5) or 64 uppercase hex (SHA-256 when signatureMethod=SHA256). See the security scheme for the rule.
                 * @example 012332FBD8DBCFC068AFCB484A2ADECB
                 */
                sign: components["parameters"]["Sign"];
                /** @description SHA256 selects SHA-256 signing; anything else or absent means MD5. livemock also reads it in any case (sha256), as fed-common-utils does, with an x-livemock-warning (refused under --strict). */
                signatureMethod?: components["parameters"]["SignatureMethod"];
                /**
                 * @description 频道id
                 * @example 4854808
                 */
                channelId: components["parameters"]["ChannelId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LotteryReceiveInfoBody"];
            };
        };
        responses: {
            200: components["responses"]["EmptySuccess"];
            400: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    pageViewerTaskRewards: {
        parameters: {
            query: {
                /**
                 * @description 账号appId (10 lowercase alphanumerics). Signed.
                 * @example frlr1zazn3
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description 当前13位毫秒级时间戳，3分钟内有效 (livemock: |now - timestamp| <= 180000 ms, both directions [inferred]). Signed.
                 * @example 1670550787318
                 */
                timestamp: components["parameters"]["Timestamp"];
                /**
                 * @description 签名: 32 uppercase hex (MD5) or 64 uppercase hex (SHA-256 when signatureMethod=SHA256). See the security scheme for the rule.
                 * @example 012332FBD8DBCFC068AFCB484A2ADECB
                 */
                sign: components["parameters"]["Sign"];
                /** @description SHA256 selects SHA-256 signing; anything else or absent means MD5. livemock also reads it in any case (sha256), as fed-common-utils does, with an x-livemock-warning (refused under --strict). */
                signatureMethod?: components["parameters"]["SignatureMethod"];
                /** @description 观众id */
                viewerId: string;
                /** @description 页码 (默认1, 目前限制最大值1000页) */
                pageNumber?: components["parameters"]["PageNumber"];
                /** @description 页面大小 (默认10, 最大1000) */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ViewerTaskRewardPageResponse"];
                };
            };
            400: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    submitViewerTaskRewardAcceptInfo: {
        parameters: {
            query: {
                /**
                 * @description 账号appId (10 lowercase alphanumerics). Signed.
                 * @example frlr1zazn3
                 */
                appId: components["parameters"]["AppId"];
                /**
                 * @description 当前13位毫秒级时间戳，3分钟内有效 (livemock: |now - timestamp| <= 180000 ms, both directions [inferred]). Signed.
                 * @example 1670550787318
                 */
                timestamp: components["parameters"]["Timestamp"];
                /**
                 * @description 签名: 32 uppercase hex (MD5) or 64 uppercase hex (SHA-256 when signatureMethod=SHA256). See the security scheme for the rule.
                 * @example 012332FBD8DBCFC068AFCB484A2ADECB
                 */
                sign: components["parameters"]["Sign"];
                /** @description SHA256 selects SHA-256 signing; anything else or absent means MD5. livemock also reads it in any case (sha256), as fed-common-utils does, with an x-livemock-warning (refused under --strict). */
                signatureMethod?: components["parameters"]["SignatureMethod"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ViewerTaskRewardAcceptInfoBody"];
            };
        };
        responses: {
            200: components["responses"]["EmptySuccess"];
            400: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
}
