/**
 * Generated from specs/volcengine.yaml by openapi-typescript (`npm run generate`). Do not edit by hand.
 */
export interface paths {
    "/#Action=CreateActivityRedPacket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 直播间内新增红包 (create a red packet in a live room) */
        post: operations["createActivityRedPacket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#Action=UpdateActivityRedPacket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 直播间内更新红包配置信息 (update a red packet; full replace)
         * @description Full replace: the docs ask callers to call GetActivityRedPacket first and send every value back, because an omitted optional field is reset to its default.
         */
        post: operations["updateActivityRedPacket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#Action=DeleteActivityRedPacket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 删除直播间内红包 (delete a red packet) */
        post: operations["deleteActivityRedPacket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#Action=GetActivityRedPacket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 获取直播间内指定红包配置信息 (get one red packet's configuration) */
        get: operations["getActivityRedPacket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#Action=ListActivityRedPacket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 获取直播间内红包列表 (list a live room's red packets) */
        get: operations["listActivityRedPacket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#Action=SendActivityRedPacket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 发送直播间内红包 (send a red packet to the viewers)
         * @description Allowed only while RedPacketStatus is 0 (initialised); the packet moves to 1 (sent).
         */
        post: operations["sendActivityRedPacket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#Action=DrawActivityRedPacket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 手动开奖直播间内红包 (draw a manual-draw red packet)
         * @description Allowed only while RedPacketStatus is 1 (sent) and the packet was created with OpenRedPacketType 1 (manual draw); the packet moves to 3 (drawn).
         */
        post: operations["drawActivityRedPacket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#Action=ListRedPacketDataAPI": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 获取直播间红包列表 (red-packet results of a live room, Version 2020-06-01)
         * @description Every red packet of the live room with its result figures, computed from the grabs livemock stores (kind `redPacketGrab`; none until something records grabs, so the figures are 0). Note the parameter spelling of this older version: `ActivityId` (lower-case d) in the query, `RedPacketId` in the answer.
         */
        get: operations["listRedPacketDataApi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#Action=ListRedPacketRecordAPI": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 获取直播间内红包的参与名单或中奖名单 (who joined or won a red packet, Version 2020-06-01)
         * @description The grabs livemock stores for the red packet (kind `redPacketGrab`): everyone who joined (SearchType 2) or only the winners (SearchType 1), in the order they grabbed. An empty list until something records grabs.
         */
        get: operations["listRedPacketRecordApi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#Action=AddCallbackConfig": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 新增回调配置信息 (add the callback URLs of one callback type)
         * @description Stores, for the calling access key (the account), the URLs that receive one CallbackType, with the account's AccountSecret (used to sign deliveries). The 回调生效账号 is `SubAccountName`, or the main account (`admin@bytedance.com`) when it is absent or empty.
         */
        post: operations["addCallbackConfig"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#Action=ListCallbackConfigs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 获取回调配置信息 (list the account's callback configurations) */
        get: operations["listCallbackConfigs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#Action=ListCallbackEvents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 获取回调消息类型 (the callback types, their event names and configuration counts)
         * @description The callback types whose EventName livemock knows from the callback pages, each with the number of 回调生效账号 the calling account has configured for it (`Count`).
         */
        get: operations["listCallbackEvents"];
        put?: never;
        post?: never;
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
        /** @description `ResponseMetadata` of a success. `SystemTime` (unix seconds) appears in the livesaas docs' examples but in no SDK's model; livemock always sends it. */
        SuccessMetadata: {
            /** @description `yyyyMMddHHmmss` (China time) followed by 20 upper-case hex digits (34 characters), e.g. `20250612211650F6034647881AD3D59CF6` (shape from real traffic of another service). */
            RequestId: string;
            Action: string;
            Version: string;
            /** @constant */
            Service: "livesaas";
            /** @constant */
            Region: "cn-north-1";
            /**
             * Format: int64
             * @description Unix seconds.
             */
            SystemTime: number;
        };
        /** @description The error envelope: the same ResponseMetadata as a success minus `SystemTime`, plus `Error`, and no `Result`. When the request has no Action, the metadata carries only RequestId and Error. */
        ErrorEnvelope: {
            ResponseMetadata: {
                RequestId: string;
                Action?: string;
                Version?: string;
                Service?: string;
                Region?: string;
                Error: components["schemas"]["ErrorDetail"];
            };
        };
        ErrorDetail: {
            /** @description Numeric code, e.g. 100010 for SignatureDoesNotMatch; 400001 for InvalidParameter is livemock's pick. */
            CodeN: number;
            /** @description MissingAuthenticationToken, InvalidAuthorization, MissingRequestInfo, InvalidTimestamp, InvalidAccessKey, SignatureDoesNotMatch, MissingParameter, InvalidActionOrVersion, FlowLimitExceeded, InvalidParameter, InternalError (the ones livemock emits). */
            Code: string;
            Message: string;
        };
        IdResult: {
            /**
             * Format: int64
             * @description 红包 ID (the red packet's id).
             */
            ID: number;
        };
        StatusResult: {
            Status: boolean;
        };
        StatusWithIdsResult: {
            Status: boolean;
            /** Format: int64 */
            ActivityID: number;
            /** Format: int64 */
            RedPacketID: number;
        };
        /** @description Names one red packet of one live room. */
        RedPacketRefBody: {
            /**
             * Format: int64
             * @description 直播间 ID (live room id).
             */
            ActivityID: number;
            /**
             * Format: int64
             * @description 红包 ID (red packet id).
             */
            RedPacketID: number;
        };
        /** @description One (points amount, packet count) pair of a fixed-amount points packet. */
        FixedRewardPointConfig: {
            /** @description 积分金额 (points per packet), [1, 100000]. */
            RewardPointAmount: number;
            /** @description 红包个数 (number of packets), [1, 2000]. */
            RewardPointNumber: number;
        };
        /** @description 积分红包配置 (points packet configuration); required and effective only when RedPacketType is 1. */
        RewardsPointsConfig: {
            /**
             * @description 金额计算方式 (how amounts are computed). 0: random split of TotalAmount over RedPacketNumber packets; 1: fixed amounts given by FixedRewardPointConfigs. The values and the default were lost from seed 002 (truncated); the newer doc says TotalAmount and RedPacketNumber are required "when RedPacketType or AmountCalculationType is 0".
             * @default 0
             * @enum {integer}
             */
            AmountCalculationType?: 0 | 1;
            /**
             * @description 积分单位 (points unit), default `积分`.
             * @default 积分
             */
            RewardsPointsUnit?: string;
            /** @description 指定金额的积分红包配置: at most 6 (amount, count) pairs; required when AmountCalculationType is 1 (the condition is truncated in seed 002; minItems 1 is livemock's pick). */
            FixedRewardPointConfigs?: components["schemas"]["FixedRewardPointConfig"][];
            /** @description 批次号 (points batch number) to tell batches apart. */
            RewardsPointsBatch?: string;
        };
        /** @description 参与条件配置 (participation conditions). Each is a string, empty by default; the docs' value tables were lost in extraction and the example uses `all`, so livemock accepts any string. */
        AwardCondition: {
            /** @description 签到参与条件 (check-in). */
            CheckIn?: string;
            /** @description 投票参与条件 (vote). */
            Vote?: string;
            /** @description 答题或简答参与条件 (correct quiz answer). */
            RightQuiz?: string;
            /** @description 答题或简答参与条件 (quiz). */
            Quiz?: string;
            /** @description 问卷参与条件 (questionnaire). */
            Questionnaire?: string;
            /** @description Watch-time condition; in the Node SDK model only. */
            WatchLiveTime?: string;
        };
        /** @description The body of CreateActivityRedPacket. */
        CreateActivityRedPacketBody: {
            /**
             * Format: int64
             * @description 直播间 ID (live room id), from ListActivityAPI.
             */
            ActivityID: number;
            /**
             * @description 红包类型 (type). 0 cash (default), 1 points.
             * @default 0
             * @enum {integer}
             */
            RedPacketType?: 0 | 1;
            /** @description 红包总金额或总积分. Cash packet: [1, 2000000] fen. Points packet: [1, 100000] points (the per-type maximum is in the if/then below). Required when RedPacketType is 0 or AmountCalculationType is 0. One revision of the create page says the cash minimum is 10; livemock keeps the lenient 1 of the newer page and the update page. */
            TotalAmount?: number;
            RewardsPointsConfig?: components["schemas"]["RewardsPointsConfig"];
            /** @description 红包个数 (number of packets), [1, 2000]. Required when RedPacketType or AmountCalculationType is 0. */
            RedPacketNumber?: number;
            /**
             * @description 开奖方式 (draw mode). 0 automatic (default), 1 manual (DrawActivityRedPacket).
             * @default 0
             * @enum {integer}
             */
            OpenRedPacketType?: 0 | 1;
            /**
             * @description 开奖倒计时 (draw countdown) in minutes, [1, 999], default 5. Effective only when OpenRedPacketType is 0 (the doc says "required and effective" then, but also gives the default 5, so livemock does not require it).
             * @default 5
             */
            DeadLine?: number;
            /**
             * @description 是否开启短信提醒 (SMS reminder). 0 off (default), 1 on.
             * @default 0
             * @enum {integer}
             */
            IsOpenSmsNotification?: 0 | 1;
            /** @description 红包图标 URL including the scheme (包含协议头); the default icon when absent. */
            RedPacketCoverImage?: string;
            /** @description 抢到红包提示文案, 1-100 characters; default 恭喜你,抢到现金红包 (cash) or 恭喜你,抢到积分红包 (points). */
            ClaimSuccessText?: string;
            /**
             * @description 未抢到红包提示文案, 1-100 characters.
             * @default 很遗憾,您没有抢到红包
             */
            ClaimFailureText?: string;
            AwardCondition?: components["schemas"]["AwardCondition"];
            /** @description 弹幕口令 (comment password viewers must send to take part). */
            BarragePwd?: string;
            /**
             * @description 中奖条件 (who can win). 0 all viewers (default), 1 viewers who have not won yet first. The value table was lost from seed 002; the values are livemock's reading of the console guide.
             * @default 0
             * @enum {integer}
             */
            RangeStatus?: 0 | 1;
            /**
             * @description 同一观众 30 天内允许中奖次数 (wins per viewer per room in 30 days), [1, 99], default 1 (range from the console guide; truncated in seed 002).
             * @default 1
             */
            RepeatedAwardLimit?: number;
            /**
             * Format: int64
             * @description 优先中奖名单 ID (priority list id), from CreateVipOrBlackListUserInfo.
             */
            VipUserInfoId?: number;
            /**
             * Format: int64
             * @description 中奖黑名单 ID (blacklist id), from CreateVipOrBlackListUserInfo.
             */
            BlackUserInfoId?: number;
            /**
             * @description 是否开启自定义地址提现跳转 (custom withdrawal redirect), default false.
             * @default false
             */
            EnableCustomRedirect?: boolean;
            /** @description 自定义地址, 1-500 characters; required when EnableCustomRedirect is true. */
            CustomRedirectUrl?: string;
            /**
             * @description 是否开启微信小程序提现跳转 (WeChat mini-program redirect), default false.
             * @default false
             */
            EnableMiniApp?: boolean;
            /** @description 微信小程序 App ID, 1-100 characters; required when EnableMiniApp is true. */
            MiniAppId?: string;
            /** @description 小程序内相对路径, 1-500 characters; required when EnableMiniApp is true. */
            MiniAppRedirectUrl?: string;
            /** @description Red packet name; in the Java SDK model, not in the docs. */
            Name?: string;
            /** @description In the Java SDK model, not in the docs (meaning unknown). */
            SendRedPacketType?: number;
            /**
             * Format: int64
             * @description In the Java SDK model, not in the docs (meaning unknown).
             */
            AutoSendTime?: number;
            /** @description In the Java SDK model, not in the docs (meaning unknown). */
            Animation?: number;
        };
        /** @description The body of UpdateActivityRedPacket: CreateActivityRedPacket's fields plus RedPacketID and IsOpenWeChatWithdraw. Full replace: omitted optional fields are reset to their defaults. */
        UpdateActivityRedPacketBody: {
            /**
             * Format: int64
             * @description 直播间 ID (live room id), from ListActivityAPI.
             */
            ActivityID: number;
            /**
             * Format: int64
             * @description 红包 ID (red packet id), from ListActivityRedPacket.
             */
            RedPacketID: number;
            /**
             * @description Whether WeChat withdrawal is on; in the SDK models only (Integer), values inferred.
             * @enum {integer}
             */
            IsOpenWeChatWithdraw?: 0 | 1;
            /**
             * @description 红包类型 (type). 0 cash (default), 1 points.
             * @default 0
             * @enum {integer}
             */
            RedPacketType?: 0 | 1;
            /** @description 红包总金额或总积分. Cash packet: [1, 2000000] fen. Points packet: [1, 100000] points (the per-type maximum is in the if/then below). Required when RedPacketType is 0 or AmountCalculationType is 0. One revision of the create page says the cash minimum is 10; livemock keeps the lenient 1 of the newer page and the update page. */
            TotalAmount?: number;
            RewardsPointsConfig?: components["schemas"]["RewardsPointsConfig"];
            /** @description 红包个数 (number of packets), [1, 2000]. Required when RedPacketType or AmountCalculationType is 0. */
            RedPacketNumber?: number;
            /**
             * @description 开奖方式 (draw mode). 0 automatic (default), 1 manual (DrawActivityRedPacket).
             * @default 0
             * @enum {integer}
             */
            OpenRedPacketType?: 0 | 1;
            /**
             * @description 开奖倒计时 (draw countdown) in minutes, [1, 999], default 5. Effective only when OpenRedPacketType is 0 (the doc says "required and effective" then, but also gives the default 5, so livemock does not require it).
             * @default 5
             */
            DeadLine?: number;
            /**
             * @description 是否开启短信提醒 (SMS reminder). 0 off (default), 1 on.
             * @default 0
             * @enum {integer}
             */
            IsOpenSmsNotification?: 0 | 1;
            /** @description 红包图标 URL including the scheme (包含协议头); the default icon when absent. */
            RedPacketCoverImage?: string;
            /** @description 抢到红包提示文案, 1-100 characters; default 恭喜你,抢到现金红包 (cash) or 恭喜你,抢到积分红包 (points). */
            ClaimSuccessText?: string;
            /**
             * @description 未抢到红包提示文案, 1-100 characters.
             * @default 很遗憾,您没有抢到红包
             */
            ClaimFailureText?: string;
            AwardCondition?: components["schemas"]["AwardCondition"];
            /** @description 弹幕口令 (comment password viewers must send to take part). */
            BarragePwd?: string;
            /**
             * @description 中奖条件 (who can win). 0 all viewers (default), 1 viewers who have not won yet first. The value table was lost from seed 002; the values are livemock's reading of the console guide.
             * @default 0
             * @enum {integer}
             */
            RangeStatus?: 0 | 1;
            /**
             * @description 同一观众 30 天内允许中奖次数 (wins per viewer per room in 30 days), [1, 99], default 1 (range from the console guide; truncated in seed 002).
             * @default 1
             */
            RepeatedAwardLimit?: number;
            /**
             * Format: int64
             * @description 优先中奖名单 ID (priority list id), from CreateVipOrBlackListUserInfo.
             */
            VipUserInfoId?: number;
            /**
             * Format: int64
             * @description 中奖黑名单 ID (blacklist id), from CreateVipOrBlackListUserInfo.
             */
            BlackUserInfoId?: number;
            /**
             * @description 是否开启自定义地址提现跳转 (custom withdrawal redirect), default false.
             * @default false
             */
            EnableCustomRedirect?: boolean;
            /** @description 自定义地址, 1-500 characters; required when EnableCustomRedirect is true. */
            CustomRedirectUrl?: string;
            /**
             * @description 是否开启微信小程序提现跳转 (WeChat mini-program redirect), default false.
             * @default false
             */
            EnableMiniApp?: boolean;
            /** @description 微信小程序 App ID, 1-100 characters; required when EnableMiniApp is true. */
            MiniAppId?: string;
            /** @description 小程序内相对路径, 1-500 characters; required when EnableMiniApp is true. */
            MiniAppRedirectUrl?: string;
            /** @description Red packet name; in the Java SDK model, not in the docs. */
            Name?: string;
            /** @description In the Java SDK model, not in the docs (meaning unknown). */
            SendRedPacketType?: number;
            /**
             * Format: int64
             * @description In the Java SDK model, not in the docs (meaning unknown).
             */
            AutoSendTime?: number;
            /** @description In the Java SDK model, not in the docs (meaning unknown). */
            Animation?: number;
        };
        /** @description One red packet as GetActivityRedPacket and ListActivityRedPacket return it. */
        RedPacketInfo: {
            /** Format: int64 */
            ActivityID: number;
            /** Format: int64 */
            RedPacketID: number;
            /**
             * @description 0 initialised, 1 sent, 2 drawing, 3 drawn, 4 draw failed.
             * @enum {integer}
             */
            RedPacketStatus: 0 | 1 | 2 | 3 | 4;
            /** @enum {integer} */
            RedPacketType: 0 | 1;
            TotalAmount?: number;
            RewardsPointsConfig?: components["schemas"]["RewardsPointsConfig"];
            RedPacketNumber?: number;
            /** @enum {integer} */
            OpenRedPacketType?: 0 | 1;
            DeadLine?: number;
            /** @enum {integer} */
            IsOpenSmsNotification?: 0 | 1;
            RedPacketCoverImage?: string;
            ClaimSuccessText?: string;
            ClaimFailureText?: string;
            AwardCondition?: components["schemas"]["AwardCondition"];
            BarragePwd?: string;
            RangeStatus?: number;
            RepeatedAwardLimit?: number;
            /** Format: int64 */
            VipUserInfoId?: number;
            /** Format: int64 */
            BlackUserInfoId?: number;
            EnableCustomRedirect?: boolean;
            CustomRedirectUrl?: string;
            EnableMiniApp?: boolean;
            MiniAppId?: string;
            MiniAppRedirectUrl?: string;
            Name?: string;
        };
        RedPacketListResult: {
            RedPacketList: components["schemas"]["RedPacketInfo"][];
            PageNo: number;
            PageItemCount: number;
            /** Format: int64 */
            TotalCount: number;
        };
        /** @description One red packet with its results (ListRedPacketDataAPI). The doc types RedPacketNumber String and the Java SDK Long: livemock follows the doc. `Name` is in the Java SDK model only. */
        RedPacketData: {
            /** Format: int64 */
            RedPacketId: number;
            /** @enum {integer} */
            RedPacketType: 0 | 1;
            RewardsPointsUnit?: string;
            TotalAmount: number;
            /** @description Sum of the winners' amounts. */
            ReceivedAmount: number;
            /**
             * Format: int64
             * @description Unix seconds; 0 before the packet is sent [inferred].
             */
            SendTime: number;
            JoinUserNumber: number;
            WinUserNumber: number;
            /** @description Cash withdrawn by winners, in fen (grabs with WithdrawalStatus 1) [inferred]. */
            WithdrawalAmount: number;
            RedPacketNumber: string;
            IsDelete: boolean;
            Name?: string;
        };
        RedPacketDataListResult: {
            RedPacketList: components["schemas"]["RedPacketData"][];
            PageNo: number;
            PageItemCount: number;
            TotalCount: number;
        };
        /** @description One viewer in a red packet's list (ListRedPacketRecordAPI). The doc's table shows UserID, UserName, Email, ExternalId before the extraction is cut; the other fields come from the Java SDK model `JoinRedPacketDataAPI`. */
        RedPacketRecord: {
            /** Format: int64 */
            UserID: number;
            UserName: string;
            Email?: string;
            ExternalId?: string;
            /** @description Amount won (fen or points), 0 when not won. */
            Amount: number;
            /** @description 1 won, 0 joined without winning [inferred]. */
            Status: number;
            WithdrawalStatus?: number;
            PhoneNumber?: string;
            UserTel?: string;
            WechatName?: string;
            WechatOpenID?: string;
            Ip?: string;
            UserAgent?: string;
            Extra?: string;
            IsPriorityUser?: number;
        };
        RedPacketRecordListResult: {
            JoinRedPacketList: components["schemas"]["RedPacketRecord"][];
            PageNo: number;
            PageItemCount: number;
            TotalCount: number;
        };
        /**
         * @description 回调消息类型: 1 直播状态变化, 2 直播间创建或删除, 4 直播间基础配置变化, 6 直播回放生成, 7 直播预约结果, 8 实时抽奖结果, 10 红包结果, 11 合并回放视频结果, 13 剪辑视频结果, 14 直播预约点击, 16 飞书子账号申请, 17 数据导出, 18 聊天 AI 分析, 19 卡券领取批量聚合, 20 切片录制, 21 商品卡片配置变化, 22 评论发送, 23 观众状态变化, 24 累计观看抽奖批量聚合, 25 参与实时抽奖, 26 批量上传视频, 27 媒资转码完成, 28 签到状态变化, 29 签到参与, 30 福利任务奖励接收批量聚合, 31 违规和举报消息.
         * @enum {integer}
         */
        CallbackType: 1 | 2 | 4 | 6 | 7 | 8 | 10 | 11 | 13 | 14 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24 | 25 | 26 | 27 | 28 | 29 | 30 | 31;
        AddCallbackConfigBody: {
            CallbackType: components["schemas"]["CallbackType"];
            /** @description URLs separated by ';' (at most 10), each starting with http:// or https:// [doc]. The pattern reads the scheme in lower case [inferred]. */
            CallbackUrls: string;
            /** @description 回调生效账号; absent or empty means the calling (main) account. */
            SubAccountName?: string;
        };
        /** @description One stored configuration as ListCallbackConfigs returns it. The doc's response table is not in the extracted page; the fields follow the Java SDK model `CallbackConfig` [sdk]. */
        CallbackConfig: {
            /** Format: int64 */
            Id: number;
            CallbackType: number;
            EventName: string;
            CallbackUrls: string;
            /** @description 回调生效账号 (admin@bytedance.com for the main account). */
            FollowerUserName: string;
            FollowerNickName: string;
            /** @description The account's 鉴权密钥 that signs deliveries. */
            AccountSecret: string;
        };
        CallbackConfigListResult: {
            CallbackConfigs: components["schemas"]["CallbackConfig"][];
            /** Format: int64 */
            TotalCount: number;
        };
        CallbackEvent: {
            CallbackType: number;
            EventName: string;
            Count: number;
        };
        CallbackEventListResult: {
            CallbackEvents: components["schemas"]["CallbackEvent"][];
            /** Format: int64 */
            TotalCount: number;
        };
    };
    responses: {
        /** @description HTTP 400: `InvalidAuthorization` (100024), `MissingRequestInfo` (100004), `MissingParameter` (100002) and `InvalidParameter` (400001, business validation, unknown activity or red packet, wrong state). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description HTTP 401: `MissingAuthenticationToken` (100003), `InvalidAccessKey` (100009), `SignatureDoesNotMatch` (100010). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description HTTP 403: `InvalidTimestamp` (100006), the request is more than 900 s before or after the server clock (one Volcengine table says 400; livemock follows the four that say 403). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description HTTP 404: `InvalidActionOrVersion` (100008), unknown Action/Version pair. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description HTTP 429: `FlowLimitExceeded` (CodeN 100018 from third-party code only), more than 10 requests/s per access key. */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description HTTP 500: `InternalError` (100014); livemock emits it only under fault injection. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: {
        /** @description 接口版本 (API version) of the older data APIs. */
        Version20200601: "2020-06-01";
        /** @description 直播间 ID (live room id), spelled `ActivityId` in the 2020-06-01 APIs. */
        ActivityIdQuery: number;
        /** @description 分页查询页码 (page number), default 1. */
        PageNo: number;
        /** @description 分页查询数量 (page size), default 10; livemock caps it at 500 as the 2023-08-01 lists do. */
        PageItemCount: number;
        /** @description 接口版本 (API version). */
        Version: "2023-08-01";
        /** @description 接口名称 (API name). */
        ActionCreate: "CreateActivityRedPacket";
        /** @description 接口名称 (API name). */
        ActionUpdate: "UpdateActivityRedPacket";
        /** @description 接口名称 (API name). */
        ActionDelete: "DeleteActivityRedPacket";
        /** @description 接口名称 (API name). */
        ActionGet: "GetActivityRedPacket";
        /** @description 接口名称 (API name). */
        ActionList: "ListActivityRedPacket";
        /** @description 接口名称 (API name). */
        ActionSend: "SendActivityRedPacket";
        /** @description 接口名称 (API name). */
        ActionDraw: "DrawActivityRedPacket";
        /** @description 直播间 ID (live room id), from ListActivityAPI. */
        ActivityIDQuery: number;
        /** @description 红包 ID (red packet id), from ListActivityRedPacket or CreateActivityRedPacket. */
        RedPacketIDQuery: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createActivityRedPacket: {
        parameters: {
            query: {
                /** @description 接口名称 (API name). */
                Action: components["parameters"]["ActionCreate"];
                /** @description 接口版本 (API version). */
                Version: components["parameters"]["Version"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateActivityRedPacketBody"];
            };
        };
        responses: {
            /** @description The red packet was created; `Result.ID` is its id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ResponseMetadata: components["schemas"]["SuccessMetadata"];
                        Result: components["schemas"]["IdResult"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    updateActivityRedPacket: {
        parameters: {
            query: {
                /** @description 接口名称 (API name). */
                Action: components["parameters"]["ActionUpdate"];
                /** @description 接口版本 (API version). */
                Version: components["parameters"]["Version"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateActivityRedPacketBody"];
            };
        };
        responses: {
            /** @description The red packet was updated; `Result.ID` is its id. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ResponseMetadata: components["schemas"]["SuccessMetadata"];
                        Result: components["schemas"]["IdResult"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteActivityRedPacket: {
        parameters: {
            query: {
                /** @description 接口名称 (API name). */
                Action: components["parameters"]["ActionDelete"];
                /** @description 接口版本 (API version). */
                Version: components["parameters"]["Version"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedPacketRefBody"];
            };
        };
        responses: {
            /** @description Deleted; the packet no longer appears in Get or List. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ResponseMetadata: components["schemas"]["SuccessMetadata"];
                        Result: components["schemas"]["StatusResult"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getActivityRedPacket: {
        parameters: {
            query: {
                /** @description 接口名称 (API name). */
                Action: components["parameters"]["ActionGet"];
                /** @description 接口版本 (API version). */
                Version: components["parameters"]["Version"];
                /** @description 直播间 ID (live room id), from ListActivityAPI. */
                ActivityID: components["parameters"]["ActivityIDQuery"];
                /** @description 红包 ID (red packet id), from ListActivityRedPacket or CreateActivityRedPacket. */
                RedPacketID: components["parameters"]["RedPacketIDQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The red packet's configuration, status and ids. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ResponseMetadata: components["schemas"]["SuccessMetadata"];
                        Result: components["schemas"]["RedPacketInfo"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listActivityRedPacket: {
        parameters: {
            query: {
                /** @description 接口名称 (API name). */
                Action: components["parameters"]["ActionList"];
                /** @description 接口版本 (API version). */
                Version: components["parameters"]["Version"];
                /** @description 直播间 ID (live room id), from ListActivityAPI. */
                ActivityID: components["parameters"]["ActivityIDQuery"];
                /** @description 分页查询页码 (page number), default 1, >= 1. */
                PageNo?: number;
                /** @description 分页查询数量 (page size), default 10, [1, 500]. */
                PageItemCount?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of red packets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ResponseMetadata: components["schemas"]["SuccessMetadata"];
                        Result: components["schemas"]["RedPacketListResult"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    sendActivityRedPacket: {
        parameters: {
            query: {
                /** @description 接口名称 (API name). */
                Action: components["parameters"]["ActionSend"];
                /** @description 接口版本 (API version). */
                Version: components["parameters"]["Version"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedPacketRefBody"];
            };
        };
        responses: {
            /** @description Sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ResponseMetadata: components["schemas"]["SuccessMetadata"];
                        Result: components["schemas"]["StatusWithIdsResult"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    drawActivityRedPacket: {
        parameters: {
            query: {
                /** @description 接口名称 (API name). */
                Action: components["parameters"]["ActionDraw"];
                /** @description 接口版本 (API version). */
                Version: components["parameters"]["Version"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedPacketRefBody"];
            };
        };
        responses: {
            /** @description Drawn. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ResponseMetadata: components["schemas"]["SuccessMetadata"];
                        Result: components["schemas"]["StatusWithIdsResult"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listRedPacketDataApi: {
        parameters: {
            query: {
                Action: "ListRedPacketDataAPI";
                /** @description 接口版本 (API version) of the older data APIs. */
                Version: components["parameters"]["Version20200601"];
                /** @description 直播间 ID (live room id), spelled `ActivityId` in the 2020-06-01 APIs. */
                ActivityId: components["parameters"]["ActivityIdQuery"];
                /** @description 分页查询页码 (page number), default 1. */
                PageNo?: components["parameters"]["PageNo"];
                /** @description 分页查询数量 (page size), default 10; livemock caps it at 500 as the 2023-08-01 lists do. */
                PageItemCount?: components["parameters"]["PageItemCount"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of red packets with their results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ResponseMetadata: components["schemas"]["SuccessMetadata"];
                        Result: components["schemas"]["RedPacketDataListResult"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listRedPacketRecordApi: {
        parameters: {
            query: {
                Action: "ListRedPacketRecordAPI";
                /** @description 接口版本 (API version) of the older data APIs. */
                Version: components["parameters"]["Version20200601"];
                /** @description 直播间 ID (live room id), spelled `ActivityId` in the 2020-06-01 APIs. */
                ActivityId: components["parameters"]["ActivityIdQuery"];
                /** @description 红包 ID (red packet id), from ListRedPacketDataAPI. Spelled `RedPacketID` on this page although the live-room id is `ActivityId`; the doc types it Integer, livemock reads a Long. */
                RedPacketID: number;
                /** @description 名单类型 (list type), 1 winners, 2 everyone who joined. Required [inferred]. Written as a range rather than an enum so that the query text is read as a number. */
                SearchType: number;
                /** @description 分页查询页码 (page number), default 1. */
                PageNo?: components["parameters"]["PageNo"];
                /** @description 分页查询数量 (page size), default 10; livemock caps it at 500 as the 2023-08-01 lists do. */
                PageItemCount?: components["parameters"]["PageItemCount"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ResponseMetadata: components["schemas"]["SuccessMetadata"];
                        Result: components["schemas"]["RedPacketRecordListResult"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    addCallbackConfig: {
        parameters: {
            query: {
                Action: "AddCallbackConfig";
                /** @description 接口版本 (API version). */
                Version: components["parameters"]["Version"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddCallbackConfigBody"];
            };
        };
        responses: {
            /** @description Stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ResponseMetadata: components["schemas"]["SuccessMetadata"];
                        Result: components["schemas"]["StatusResult"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listCallbackConfigs: {
        parameters: {
            query: {
                Action: "ListCallbackConfigs";
                /** @description 接口版本 (API version). */
                Version: components["parameters"]["Version"];
                /** @description 回调消息类型 (callback type) to filter by (values as in CallbackType). Written as the range of the documented values so that the query text is read as a number; a value between them that is not a type matches nothing [inferred]. */
                CallbackType?: number;
                /** @description 按回调地址筛选 (fuzzy URL filter). */
                CallbackUrl?: string;
                /** @description 分页查询页码 (page number), default 1, >= 1. */
                PageNumber?: number;
                /** @description 分页查询数量 (page size), default 10, [1, 500]. */
                PageSize?: number;
                /** @description 按回调生效账号筛选 (filter by the account the configuration applies to). */
                SubAccountName?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of configurations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ResponseMetadata: components["schemas"]["SuccessMetadata"];
                        Result: components["schemas"]["CallbackConfigListResult"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    listCallbackEvents: {
        parameters: {
            query: {
                Action: "ListCallbackEvents";
                /** @description 接口版本 (API version). */
                Version: components["parameters"]["Version"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The callback types. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ResponseMetadata: components["schemas"]["SuccessMetadata"];
                        Result: components["schemas"]["CallbackEventListResult"];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
}
