/**
 * Generated from specs/xiaoe.yaml by openapi-typescript (`npm run generate`). Do not edit by hand.
 */
export interface paths {
    "/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 获取 access_token (get an access token)
         * @description Exchanges the app credentials for an access token valid 7200 s. Every call issues a new token;
         *     the previously issued token of the same app keeps working for 5 more minutes and then expires
         *     ("重复获取将导致上次获取的 access_token 在5分钟之后失效"). Rate limit: 100 calls per 10 minutes per app
         *     (code 2053 beyond). Only whitelisted server IPs may obtain a token (code 2051).
         *
         *     The four parameters travel either as a **query string** (PHP and Java SDKs) or as a **JSON body
         *     on the GET** with `Content-Type: application/json` (Python and Go SDKs); livemock reads both and
         *     a body field wins over the same query field. Parameters from the body get an `x-livemock-warning`
         *     (leniency `xiaoe.token.params-in-body`: the doc sends them in the query string); under
         *     `livemock serve --strict` only the query string is read. Missing or wrong parameters are reported with the
         *     global codes: `app_id` missing 2001, malformed 2002; `secret_key` missing 2003; unknown `app_id`
         *     or wrong `secret_key` 2004; `grant_type` missing 2005, not `client_credential` 2006;
         *     `client_id` missing or not the app's 2020.
         */
        get: operations["getAccessToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xe.alive.marketing.task.create/1.0.0": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 添加直播任务 (create a live-room task)
         * @description Creates a single task (`task_module: 0`) or a combo task (`task_module: 1`: one main task plus the
         *     children given as a JSON string in `child_tasks`). Returns the **main** task's id.
         *     Permission set 直播管理-增删改. Rate limit 3000 per 10 s (code 2053 beyond).
         *
         *     Any validation failure, and an unknown `alive_id`, is answered
         *     `{"code":1,"msg":"创建直播任务失败","data":null}` (the only failure message the doc gives; the code
         *     value is livemock's guess), with the precise reason in the `x-livemock-reason` header.
         */
        post: operations["createLiveTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xe.alive.marketing.task.update/1.0.0": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 编辑直播任务 (update a live-room task)
         * @description Replaces the task addressed by `live_task_id` with the full parameter set (the same fields and
         *     rules as create). Permission set 直播管理-增删改. Rate limit 3000 per 10 s.
         *     Validation failures and an unknown live are answered `{"code":1,"msg":"编辑直播任务失败","data":null}`
         *     and an unknown task (or one of another live or another app) `{"code":1,"msg":"直播任务不存在","data":null}`
         *     (both livemock's guesses), with the precise reason in `x-livemock-reason`. The success answer is
         *     not documented. livemock replaces the task: `live_task_id` must be a top-level task (a combo
         *     child's id is refused); the children keep their ids by position, extra children get new ids and
         *     children no longer sent are removed (inferred).
         */
        post: operations["updateLiveTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xe.alive.marketing.task.get/1.0.0": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取直播间任务详情 (get one live-room task)
         * @description Returns one task with a top-level `request_id`. Permission set 直播管理-查询. Rate limit 50 per 10 s.
         *     Unknown live: `{"code":1,"msg":"直播不存在","data":null}`; unknown task (or another app's):
         *     `{"code":1,"msg":"直播任务不存在","data":null}` (codes are livemock's guesses). A combo child's id
         *     returns the child (inferred).
         */
        post: operations["getLiveTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xe.alive.marketing.live_task_by_id/2.0.0": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取直播任务列表 2.0 (list a live room's tasks)
         * @description Lists the main tasks of a live room (single tasks and combo main tasks, combo children nested in
         *     `child_tasks`), oldest first. `msg` is `ok`. `is_open_task` is 1 once the live has a task, 0 before
         *     (inferred). Permission set 直播管理-查询. Rate limit 50 per 10 s.
         *     Unknown live: `{"code":1,"msg":"直播不存在","data":null}` (livemock's guess).
         */
        post: operations["listLiveTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xe.user.batch.get/1.0.0": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 获取用户列表1.0.0 (list the shop's users, page by page)
         * @description The users of the app (店铺), oldest first, `page` from 1, at most 50 per page; only the first
         *     10000 users can be reached (the doc sends larger shops to 获取用户列表2.0.0). The filters `phone`,
         *     `nickname` and `name` apply one at a time (phone over nickname over name); `from` and
         *     `user_type` filter by source and type. The official SDK samples (Go, Java, PHP, Python) call this
         *     API with `{"page": 1, "page_size": 2}`. `msg` is `ok`. Permission set 用户管理-查询. Rate limit
         *     3000 per 10 s. A body breaking a documented constraint (`page` below 1, `page_size` over 50, a
         *     non-integer) is answered `{"code":1,"msg":"参数错误","data":null}` (code and msg are livemock's guess).
         *     livemock seeds a few demo users (deterministic for a given `--seed`) into every configured app.
         */
        post: operations["listUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/xe.user.batch_by_user_id.get/1.0.0": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量查询获取用户信息 (look users up by user_id)
         * @description The users among `user_id_list` (at most 50 ids) that belong to the app, in the order asked, a page
         *     at a time (`page` from 1, `page_size` at most 50). An id the app does not have is left out (it is
         *     no error; livemock's reading); `total` counts the users found. This is the lookup an integration
         *     runs on the `user_id`s a live-task completion push (`live_task`) or a live-user push
         *     (`alive_user_data`) names. `msg` is `ok`. Permission set 用户管理-查询. Rate limit 1000 per 10 s.
         *     A body breaking a documented constraint is answered `{"code":1,"msg":"参数错误","data":null}`
         *     (livemock's guess).
         */
        post: operations["getUsersByIds"];
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
        /**
         * @description 店铺 app_id, `app` + 12 lowercase alphanumerics (e.g. `apptrfbbm2m8971`).
         * @example apptrfbbm2m8971
         */
        AppId: string;
        /**
         * @description 直播 ID, `l_` + alphanumerics (real ids are `l_` + 24 hex, e.g. `l_696ef6c1e4b0694c5b78ba7b`; the doc's placeholders such as `l_xxxxx` match too).
         * @example l_696ef6c1e4b0694c5b78ba7b
         */
        AliveId: string;
        /**
         * @description `YYYY-MM-DD HH:mm:ss`, China time (UTC+8; the time zone is livemock's reading).
         * @example 2026-03-01 00:00:00
         */
        DateTime: string;
        /**
         * @description 任务模块 — 0 单项任务 (single), 1 组合任务 (combo).
         * @enum {integer}
         */
        TaskModule: 0 | 1;
        /**
         * @description 是否主任务 — **0 = yes (main task)**, 1 = no (child task).
         * @enum {integer}
         */
        TaskIsMajor: 0 | 1;
        /**
         * @description 是否按顺序完成 — 0 unordered combo, 1 ordered combo.
         * @enum {integer}
         */
        IsOrder: 0 | 1;
        /**
         * @description 任务类型 — 1 观看 (watch), 2 互动 (interaction), 3 消费 (consumption), 4 活跃 (activity).
         * @enum {integer}
         */
        TaskType: 1 | 2 | 3 | 4;
        /**
         * @description 任务条件, a positive integer as a string whose meaning depends on `task_type`: watch → minutes
         *     watched (`"3"`); interaction → `1` comment, `2` share (`21` share-invite, `22` share-new-user),
         *     `3` like; consumption → `4` order count, `5` amount spent; activity → `6` tip, `7` vote,
         *     `8` questionnaire, `9` check-in, `10` quiz.
         */
        TaskCondition: string;
        /**
         * @description 奖励类型 — 1 积分 (points), 2 优惠券 (coupon), 3 红包 (red packet), 4 课程/商品 (course/goods), 5 自定义奖品 (custom prize).
         * @enum {integer}
         */
        RewardType: 1 | 2 | 3 | 4 | 5;
        /**
         * @description 奖励值 — "积分数值、优惠券码、红包、自定义奖品(JSON字符串)" (seed 000), by `reward_type`: 1 积分, the points
         *     value, a positive integer as a string (`"1"` in the doc's examples; positive is inferred); 2 优惠券, the
         *     coupon code; 3 红包, the red packet; 4 课程/商品 (not named in the doc's list); 5 自定义奖品, a JSON
         *     **string** of a `CustomPrize` object. The doc gives no format for 2, 3 and 4: livemock only requires a
         *     non-empty string there. See the rule reward-value-matches-type (dependentSchemas).
         */
        RewardValue: string;
        /**
         * @description 自定义奖品, the object a `reward_type` 5 task carries JSON-encoded in its `reward_value` string.
         *     Field set from the doc's examples (all ten keys appear in every example).
         */
        CustomPrize: {
            /** @description 奖品名称 */
            prizeName: string;
            /** @description 中奖提示 (e.g. `恭喜您,获得奖品`) */
            prizeHint?: string;
            /**
             * @description Image choice flag (every example sends 1; meaning not documented)
             * @enum {integer}
             */
            defaultImg?: 0 | 1;
            /** @description 奖品图片 URL (may be empty) */
            prizeImg?: string;
            /**
             * @description 是否展示微信号 — "0" no, "1" yes
             * @enum {string}
             */
            wechat?: "0" | "1";
            /**
             * @description 是否展示二维码 — "0" no, "1" yes
             * @enum {string}
             */
            qrcode?: "0" | "1";
            /** @description 二维码图片 URL (empty when `qrcode` is "0") */
            qrcodeImg?: string;
            /** @description 微信号 (empty when `wechat` is "0") */
            wechatNum?: string;
            /** @description 奖品数量 (every example sends 1) */
            prizeNum?: number;
            /** @description 自定义标题 (the doc's spelling) */
            prizeCusTomTitle?: string;
        };
        /**
         * @description One element of the array that a combo task's `child_tasks` string encodes. The doc's examples
         *     repeat the main task's `alive_id`, `start_at`, `end_at`, `is_order`, `rule_type` and `rule_config`
         *     in every child, with `task_module: 1` and `task_is_major: 1`.
         */
        ChildTask: {
            alive_id?: components["schemas"]["AliveId"];
            start_at?: components["schemas"]["DateTime"];
            end_at?: components["schemas"]["DateTime"];
            /**
             * @description Always 1 in a child (the examples' value).
             * @constant
             */
            task_module?: 1;
            /**
             * @description Always 1 (= not the main task) in a child.
             * @constant
             */
            task_is_major?: 1;
            is_order?: components["schemas"]["IsOrder"];
            task_type: components["schemas"]["TaskType"];
            task_condition: components["schemas"]["TaskCondition"];
            reward_type?: components["schemas"]["RewardType"];
            reward_value?: components["schemas"]["RewardValue"];
            /** @description 奖励发放频率 / 满足奖励所需频次 (examples send "1") */
            reward_frequency?: string;
            /** @description 规则类型 (examples send 0) */
            rule_type?: number;
            /** @description 规则配置 (examples send []; item shape not documented, livemock accepts flat objects of strings and integers) */
            rule_config?: {
                [key: string]: string | number;
            }[];
        };
        /** @description 添加直播任务 request body. */
        TaskCreateRequest: {
            /**
             * @description 专属token from `GET /token`. Required by the vendor; when it is missing livemock answers
             *     code 2007 (`缺失 凭证access_token`) from its auth layer, before any body rule is checked.
             */
            access_token: string;
            alive_id: components["schemas"]["AliveId"];
            start_at: components["schemas"]["DateTime"];
            end_at: components["schemas"]["DateTime"];
            task_module: components["schemas"]["TaskModule"];
            task_is_major: components["schemas"]["TaskIsMajor"];
            /** @description 等级会员条件 (item shape not documented; livemock accepts member-level ids as strings or integers) */
            level_member_rank?: (string | number)[];
            reward_type: components["schemas"]["RewardType"];
            reward_value: components["schemas"]["RewardValue"];
            /** @description 奖励发放频率 (examples send "1") */
            reward_frequency?: string;
            /** @description 规则类型 (examples send 0) */
            rule_type?: number;
            /** @description 规则配置 (examples send []; item shape not documented, livemock accepts flat objects of strings and integers) */
            rule_config?: {
                [key: string]: string | number;
            }[];
            is_order?: components["schemas"]["IsOrder"];
            /** @description 任务标题, required for a combo task (`task_module` 1). */
            task_title?: string;
            /**
             * @description 子任务, required for a combo task (`task_module` 1): a JSON **string** that parses to a non-empty
             *     array of `ChildTask` objects.
             */
            child_tasks?: string;
            task_type?: components["schemas"]["TaskType"];
            task_condition?: components["schemas"]["TaskCondition"];
        };
        /** @description 编辑直播任务 request body — the create fields plus `live_task_id`; the full parameter set is sent again. */
        TaskUpdateRequest: {
            /**
             * @description 专属token from `GET /token`. Required by the vendor; when it is missing livemock answers
             *     code 2007 (`缺失 凭证access_token`) from its auth layer, before any body rule is checked.
             */
            access_token: string;
            alive_id: components["schemas"]["AliveId"];
            /**
             * Format: int64
             * @description 任务ID of the task to edit (the main task for a combo).
             */
            live_task_id: number;
            start_at: components["schemas"]["DateTime"];
            end_at: components["schemas"]["DateTime"];
            task_module: components["schemas"]["TaskModule"];
            task_is_major: components["schemas"]["TaskIsMajor"];
            /** @description 等级会员条件 (item shape not documented; livemock accepts member-level ids as strings or integers) */
            level_member_rank?: (string | number)[];
            reward_type: components["schemas"]["RewardType"];
            reward_value: components["schemas"]["RewardValue"];
            /** @description 奖励发放频率 (examples send "1") */
            reward_frequency?: string;
            /** @description 规则类型 (examples send 0) */
            rule_type?: number;
            /** @description 规则配置 (examples send []; item shape not documented, livemock accepts flat objects of strings and integers) */
            rule_config?: {
                [key: string]: string | number;
            }[];
            is_order?: components["schemas"]["IsOrder"];
            /** @description 任务标题, required for a combo task (`task_module` 1). */
            task_title?: string;
            /**
             * @description 子任务, required for a combo task (`task_module` 1): a JSON **string** that parses to a non-empty
             *     array of `ChildTask` objects.
             */
            child_tasks?: string;
            task_type?: components["schemas"]["TaskType"];
            task_condition?: components["schemas"]["TaskCondition"];
        };
        /** @description 获取直播间任务详情 request body. */
        TaskGetRequest: {
            /** @description 专属token (missing → code 2007 from the auth layer). */
            access_token: string;
            alive_id: components["schemas"]["AliveId"];
            /**
             * Format: int64
             * @description 任务ID
             */
            live_task_id: number;
        };
        /** @description 获取直播任务列表 2.0 request body. */
        LiveTaskListRequest: {
            /** @description 专属token (missing → code 2007 from the auth layer). */
            access_token: string;
            alive_id: components["schemas"]["AliveId"];
        };
        /** @description The token parameters as a JSON body (Python/Go SDKs); the same names work as a query string. */
        TokenRequest: {
            app_id: components["schemas"]["AppId"];
            /** @description 应用 client_id (real consoles issue `xop` + 12 characters). */
            client_id: string;
            /** @description 应用 secret_key (real consoles issue 32 characters). */
            secret_key: string;
            /**
             * @description Always `client_credential`.
             * @constant
             */
            grant_type: "client_credential";
        };
        TokenResponse: {
            /** @constant */
            code: 0;
            /** @constant */
            msg: "success";
            data: {
                /** @description `xe_` + 13 lowercase hex + `_` + random alphanumerics (about 180 characters in real tokens). */
                access_token: string;
                /** @description Lifetime in seconds (7200). */
                expires_in: number;
            };
        };
        TaskCreateResponse: {
            /** @constant */
            code: 0;
            /** @constant */
            msg: "操作成功";
            data: {
                /**
                 * Format: int64
                 * @description 主任务ID (the main task's id)
                 */
                task_id: number;
                /** @description 直播ID */
                alive_id: string;
            };
        };
        /** @description Not documented by the vendor; livemock answers like create. */
        TaskUpdateResponse: {
            /** @constant */
            code: 0;
            /** @constant */
            msg: "操作成功";
            data: {
                /** Format: int64 */
                task_id: number;
                alive_id: string;
            };
        };
        /** @description One task as task.get returns it (`reward_value` is an object here, a string in create and list). */
        LiveTask: {
            /**
             * Format: int64
             * @description 任务ID
             */
            id: number;
            alive_id: string;
            /**
             * @description 1-4; 0 on a combo's main task, which has no type (inferred)
             * @enum {integer}
             */
            task_type: 0 | 1 | 2 | 3 | 4;
            /** @description The condition as created ("" on a combo's main task, inferred) */
            task_condition: string;
            /** @description 任务内容 (not described by the doc; livemock answers "", inferred) */
            task_content: string;
            /**
             * @description 任务状态 — 0 已删除 (deleted), 1 正常 (normal), 2 已停止 (stopped)
             * @enum {integer}
             */
            task_state: 0 | 1 | 2;
            /**
             * @description 1-5; 0 for a child of an unordered combo, which has no reward (inferred)
             * @enum {integer}
             */
            reward_type: 0 | 1 | 2 | 3 | 4 | 5;
            /** @description 奖励值配置 — the `CustomPrize` object for reward_type 5; livemock renders other rewards as `{"value": "<reward_value>"}` and a task without reward (a child of an unordered combo) as `{}` (inferred). */
            reward_value: {
                [key: string]: string | number;
            };
            reward_frequency: string;
            start_at: string;
            end_at: string;
            /** @description 奖励发放方式 (values not documented) */
            reward_pay_type: number;
            /** @description 团队支付配置 (values not documented) */
            team_pay_config: string;
            /** @enum {integer} */
            task_module: 0 | 1;
            /** @enum {integer} */
            task_is_major: 0 | 1;
            task_title: string;
            /** @enum {integer} */
            is_order?: 0 | 1;
        };
        TaskGetResponse: {
            /** @constant */
            code: 0;
            /** @description Value not documented; livemock answers `ok`. */
            msg: string;
            /** @description 请求ID (livemock uses 32 lowercase hex, inferred) */
            request_id: string;
            data: {
                live_task: components["schemas"]["LiveTask"];
            };
        };
        /** @description A combo's child as the list nests it under its main task (shape inferred from the list fields). */
        LiveTaskListChild: {
            /**
             * Format: int64
             * @description 任务id
             */
            id: number;
            /** @description 店铺ID */
            app_id: string;
            /** @description 直播ID */
            alive_id: string;
            /**
             * @description 1-4; 0 on a combo's main task (inferred)
             * @enum {integer}
             */
            task_type: 0 | 1 | 2 | 3 | 4;
            /** @description The condition as an integer here (a string in create); 0 on a combo's main task (inferred) */
            task_condition: number;
            /** @enum {integer} */
            task_state: 0 | 1 | 2;
            /**
             * @description 1-5; 0 when the task carries no reward (inferred)
             * @enum {integer}
             */
            reward_type: 0 | 1 | 2 | 3 | 4 | 5;
            /** @description 奖励值 (the prize JSON string for reward_type 5) */
            reward_value: string;
            /** @description 满足奖励所需频次 */
            reward_frequency: string;
            /** @enum {integer} */
            is_order: 0 | 1;
            /** @enum {integer} */
            task_is_major: 0 | 1;
            /** @enum {integer} */
            task_module: 0 | 1;
            task_title: string;
            created_at: string;
            start_at: string;
            end_at: string;
        };
        /** @description A main task (single, or combo main with its children nested). */
        LiveTaskListItem: {
            /**
             * Format: int64
             * @description 任务id
             */
            id: number;
            /** @description 店铺ID */
            app_id: string;
            /** @description 直播ID */
            alive_id: string;
            /**
             * @description 1-4; 0 on a combo's main task (inferred)
             * @enum {integer}
             */
            task_type: 0 | 1 | 2 | 3 | 4;
            /** @description The condition as an integer here (a string in create); 0 on a combo's main task (inferred) */
            task_condition: number;
            /** @enum {integer} */
            task_state: 0 | 1 | 2;
            /**
             * @description 1-5; 0 when the task carries no reward (inferred)
             * @enum {integer}
             */
            reward_type: 0 | 1 | 2 | 3 | 4 | 5;
            /** @description 奖励值 (the prize JSON string for reward_type 5) */
            reward_value: string;
            /** @description 满足奖励所需频次 */
            reward_frequency: string;
            /** @enum {integer} */
            is_order: 0 | 1;
            /** @enum {integer} */
            task_is_major: 0 | 1;
            /** @enum {integer} */
            task_module: 0 | 1;
            task_title: string;
            /**
             * @description 子任务 — the doc types it "object"; livemock returns the children as an array (empty for a single
             *     task), which is how a PHP backend serialises a list (inferred).
             */
            child_tasks: components["schemas"]["LiveTaskListChild"][];
            created_at: string;
            start_at: string;
            end_at: string;
        };
        LiveTaskListResponse: {
            /** @constant */
            code: 0;
            /** @constant */
            msg: "ok";
            data: {
                /**
                 * @description 是否开启任务 — 0 off, 1 on
                 * @enum {integer}
                 */
                is_open_task: 0 | 1;
                list: components["schemas"]["LiveTaskListItem"][];
            };
        };
        /** @description 用户id (`u_` + 13 hex + `_` + alphanumerics in real shops, e.g. `u_655717865650f_faZTZyFrtN`) */
        UserId: string;
        /** @description 页码,表示第几页,从1开始 */
        Page: number;
        /** @description 每页条数,最大50条 */
        PageSize: number;
        /** @description 获取用户列表1.0.0 request body. */
        UserListRequest: {
            /** @description 专属token (missing → code 2007 from the auth layer). */
            access_token: string;
            /** @description 手机号,与nickname和name不同时生效,优先级:高 */
            phone?: string;
            /** @description 昵称,与phone和name不同时生效,优先级中 */
            nickname?: string;
            /** @description 姓名,与nickname和phone不同时生效,优先级低 */
            name?: string;
            /** @description 标签ID,数据JSON格式 (accepted; livemock keeps no tags, so it does not filter) */
            tag_id?: string;
            /** @description 用户来源:0-微信、1-sdk、2-字节跳动、3-百度、4-飞书企业内训、5-小班课app、6-通用h5、7-微博、8-B端导入、9-手机号注册、10-QQ */
            from?: string;
            /** @description 用户类型:0-全部,1-黑名单,2-超级会员 (livemock's users are all ordinary, so 1 and 2 find none) */
            user_type?: string;
            /** @description 查询支付起始时间 yyyy-MM-dd (accepted, not applied) */
            last_paytime_start?: string;
            /** @description 查询支付截至时间 yyyy-MM-dd (accepted, not applied) */
            last_paytime_end?: string;
            /** @description 查询支付最小金额 (accepted, not applied) */
            min_pay_sum?: string;
            /** @description 查询支付最大金额 (accepted, not applied) */
            max_pay_sum?: string;
            /** @description 查询支付最小次数 (accepted, not applied) */
            min_punch_count?: number;
            /** @description 查询支付最大次数 (accepted, not applied) */
            max_punch_count?: number;
            /** @description 查询用户创建起始时间 yyyy-MM-dd (accepted, not applied) */
            user_created_start?: string;
            /** @description 查询用户创建截止时间 yyyy-MM-dd (accepted, not applied) */
            user_created_end?: string;
            page: components["schemas"]["Page"];
            page_size: components["schemas"]["PageSize"];
        };
        /** @description 批量查询获取用户信息 request body. */
        UserBatchByIdRequest: {
            /** @description 专属token (missing → code 2007 from the auth layer). */
            access_token: string;
            /** @description 用户user_id数组,最大50 */
            user_id_list: components["schemas"]["UserId"][];
            page: components["schemas"]["Page"];
            page_size: components["schemas"]["PageSize"];
        };
        /** @description One user of 获取用户列表1.0.0. */
        UserListItem: {
            user_id: string;
            user_nickname: string;
            /** @description 绑定手机号 */
            bind_phone: string;
            /** @description 采集手机号 */
            collect_phone: string;
            avatar: string;
            /** @description 用户来源 (the table's code as a string; the by-id doc example shows `QQ`) */
            from: string;
            /** @description 消费总额(元) */
            pay_sum: number;
            /** @description 购买次数 */
            punch_count: number;
            /** @description 用户创建时间 `YYYY-MM-DD HH:MM:SS` */
            user_created_at: string;
        };
        /** @description One user of 批量查询获取用户信息 (the list fields plus the WeChat ids). */
        UserBatchByIdItem: {
            user_id: string;
            wx_union_id: string;
            /** @description 小程序open_id */
            wx_app_open_id: string;
            wx_open_id: string;
            user_nickname: string;
            bind_phone: string;
            collect_phone: string;
            avatar: string;
            from: string;
            pay_sum: number;
            punch_count: number;
            user_created_at: string;
        };
        UserListResponse: {
            /** @constant */
            code: 0;
            /**
             * @description The doc's table names the field `message`; its example (by-id page) and every other Xiaoe answer use `msg`.
             * @constant
             */
            msg: "ok";
            data: {
                list: components["schemas"]["UserListItem"][];
                /** @description 查询结果记录数 (documented as float) */
                total: number;
            };
        };
        UserBatchByIdResponse: {
            /** @constant */
            code: 0;
            /** @constant */
            msg: "ok";
            data: {
                list: components["schemas"]["UserBatchByIdItem"][];
                /** @description 查询结果记录数 (documented as float) */
                total: number;
            };
        };
        /** @description The error envelope (HTTP 200). Key order `code`, `msg`, `data`. */
        XiaoeError: {
            /** @description Non-zero error code (1001, 2001-2055, or the task business code 1). */
            code: number;
            msg: string;
            data: null;
        };
    };
    responses: {
        /**
         * @description Every error, with HTTP status **200** like a success (no source documents another status; SDKs
         *     branch on the body's `code`). `code` is one of the global codes (1001, 2001-2055) or the task
         *     business code 1; `data` is null.
         */
        XiaoeError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["XiaoeError"];
            };
        };
    };
    parameters: {
        /**
         * @description Fallback placement of the access token (third-party code). The documented placement is the JSON
         *     body's `access_token`; when the body lacks it, livemock takes it from here.
         */
        AccessTokenQuery: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAccessToken: {
        parameters: {
            query?: {
                /**
                 * @description 店铺 app_id (`app` + 12 lowercase alphanumerics). Required unless sent in the JSON body.
                 * @example apptrfbbm2m8971
                 */
                app_id?: components["schemas"]["AppId"];
                /**
                 * @description 应用 client_id. Required unless sent in the JSON body.
                 * @example livemock-client
                 */
                client_id?: string;
                /**
                 * @description 应用 secret_key. Required unless sent in the JSON body.
                 * @example livemock-xiaoe-secret
                 */
                secret_key?: string;
                /**
                 * @description Always `client_credential`. Required unless sent in the JSON body.
                 * @example client_credential
                 */
                grant_type?: "client_credential";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description The same four parameters as a JSON body on the GET (Python and Go SDKs). When the query string
         *     carries them, no body is needed.
         */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description A new access token (`msg` is `success`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            default: components["responses"]["XiaoeError"];
        };
    };
    createLiveTask: {
        parameters: {
            query?: {
                /**
                 * @description Fallback placement of the access token (third-party code). The documented placement is the JSON
                 *     body's `access_token`; when the body lacks it, livemock takes it from here.
                 */
                access_token?: components["parameters"]["AccessTokenQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskCreateRequest"];
            };
        };
        responses: {
            /** @description The task was created; `data.task_id` is the main task's id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskCreateResponse"];
                };
            };
            default: components["responses"]["XiaoeError"];
        };
    };
    updateLiveTask: {
        parameters: {
            query?: {
                /**
                 * @description Fallback placement of the access token (third-party code). The documented placement is the JSON
                 *     body's `access_token`; when the body lacks it, livemock takes it from here.
                 */
                access_token?: components["parameters"]["AccessTokenQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskUpdateRequest"];
            };
        };
        responses: {
            /** @description The task was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskUpdateResponse"];
                };
            };
            default: components["responses"]["XiaoeError"];
        };
    };
    getLiveTask: {
        parameters: {
            query?: {
                /**
                 * @description Fallback placement of the access token (third-party code). The documented placement is the JSON
                 *     body's `access_token`; when the body lacks it, livemock takes it from here.
                 */
                access_token?: components["parameters"]["AccessTokenQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskGetRequest"];
            };
        };
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskGetResponse"];
                };
            };
            default: components["responses"]["XiaoeError"];
        };
    };
    listLiveTasks: {
        parameters: {
            query?: {
                /**
                 * @description Fallback placement of the access token (third-party code). The documented placement is the JSON
                 *     body's `access_token`; when the body lacks it, livemock takes it from here.
                 */
                access_token?: components["parameters"]["AccessTokenQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LiveTaskListRequest"];
            };
        };
        responses: {
            /** @description The live room's tasks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveTaskListResponse"];
                };
            };
            default: components["responses"]["XiaoeError"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description Fallback placement of the access token (third-party code). The documented placement is the JSON
                 *     body's `access_token`; when the body lacks it, livemock takes it from here.
                 */
                access_token?: components["parameters"]["AccessTokenQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserListRequest"];
            };
        };
        responses: {
            /** @description One page of users and the number of users matching. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserListResponse"];
                };
            };
            default: components["responses"]["XiaoeError"];
        };
    };
    getUsersByIds: {
        parameters: {
            query?: {
                /**
                 * @description Fallback placement of the access token (third-party code). The documented placement is the JSON
                 *     body's `access_token`; when the body lacks it, livemock takes it from here.
                 */
                access_token?: components["parameters"]["AccessTokenQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserBatchByIdRequest"];
            };
        };
        responses: {
            /** @description The users found. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserBatchByIdResponse"];
                };
            };
            default: components["responses"]["XiaoeError"];
        };
    };
}
