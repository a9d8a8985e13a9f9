// Generated from specs/callbacks.yaml by `npm run generate`: do not edit (a test fails when it is stale).

/** The callback catalogue: events, wire forms, sign rules, ack rules and schedules per vendor (payload schemas stay in the YAML). */
export const CALLBACK_CATALOGUE = {
  "volcengine": {
    "label": "Volcengine livesaas",
    "x-livemock-source": "https://www.volcengine.com/docs/3019/154548",
    "ack": {
      "rule": "http-2xx",
      "x-livemock-inferred": true,
      "x-livemock-inferred-what": "the pages do not say which answer acks; any 2xx is taken as received"
    },
    "timeoutMs": 5000,
    "retryDelaysMs": [
      5000,
      5000
    ],
    "x-livemock-schedule-source": "every callback page: 5 秒内没有收到响应即认为通知失败, 后续以 5 秒为间隔继续重试 2 次",
    "idempotencyKey": "RequestUuid",
    "sign": {
      "algorithm": "md5-hex-lower",
      "secret": "AccountSecret",
      "rule": "md5(AccountSecret + the listed fields' values, in order, no separators), lowercase hex, in Sign"
    },
    "events": {
      "ActivityStatusModifyCallBack": {
        "callbackType": 1,
        "roomEvents": [
          "room.started",
          "room.ended"
        ],
        "method": "GET",
        "sign": [
          "ActivityID",
          "EventType",
          "Status",
          "Timestamp"
        ],
        "x-livemock-source": "https://www.volcengine.com/docs/3019/154548"
      },
      "ActivityRedPacketInfoCallBack": {
        "callbackType": 10,
        "roomEvents": [
          "redpacket.ended"
        ],
        "method": "POST",
        "contentType": "application/json",
        "x-livemock-content-type-inferred": true,
        "sign": [
          "AccountId",
          "ActivityId",
          "EventType",
          "Timestamp"
        ],
        "x-livemock-source": "https://volcengine.com/docs/3019/839673",
        "x-livemock-inferred": true,
        "x-livemock-inferred-what": "the sign row is cut from the page; the fields follow the pattern of every visible row",
        "chunk": {
          "field": "UserInfos",
          "size": 2000
        }
      },
      "ActivityUserReceiveActivityBonusBatchCallBack": {
        "callbackType": 30,
        "roomEvents": [
          "task.completed"
        ],
        "method": "POST",
        "contentType": "application/json",
        "sign": [
          "AccountId",
          "ActivityId",
          "EventType",
          "Id"
        ],
        "x-livemock-source": "https://www.volcengine.com/docs/3019/2173310",
        "x-livemock-inferred": true,
        "x-livemock-inferred-what": "the sign row is not visible; the pattern's fields (this payload has no Timestamp). One callback per task and sub-task (BonusIndex) gathers the completions recorded together",
        "chunk": {
          "field": "UserInfos",
          "size": 1000
        }
      },
      "ActivityUserEnterCallBack": {
        "callbackType": 23,
        "roomEvents": [
          "viewer.joined",
          "viewer.left"
        ],
        "method": "POST",
        "contentType": "application/json",
        "sign": [
          "ActivityID",
          "EventType",
          "Status",
          "Timestamp"
        ],
        "x-livemock-source": "https://volcengine.com/docs/3019/1339024",
        "x-livemock-inferred": true,
        "x-livemock-inferred-what": "the sign row is not visible: the fields of its sibling ActivityStatusModifyCallBack. The page lists no RequestUuid: none is sent (livemock's log keys the delivery itself)"
      },
      "CommentCallback": {
        "callbackType": 22,
        "roomEvents": [
          "comment"
        ],
        "method": "POST",
        "contentType": "application/json",
        "sign": [
          "AccountId",
          "ActivityId",
          "EventType",
          "Timestamp"
        ],
        "x-livemock-source": "https://www.volcengine.com/docs/3019/159812",
        "chunk": {
          "field": "Data",
          "size": 100
        },
        "x-livemock-chunk-inferred": true
      }
    }
  },
  "xiaoe": {
    "label": "Xiaoe-tech 消息推送",
    "x-livemock-source": "https://api-doc.xiaoe-tech.com/api_list/news_push/live_task.html",
    "ack": {
      "rule": "body-success",
      "x-livemock-source": "api-evangelist/sem asyncapi sem-message-push-webhooks.yml, citing https://api-doc.xiaoe-tech.com/news_push.html [secondary]"
    },
    "timeoutMs": 5000,
    "retryDelaysMs": [
      300000,
      1800000,
      3600000,
      21600000,
      86400000
    ],
    "x-livemock-schedule-source": "5 min, 30 min, 1 h, 6 h, 1 d, then dropped [secondary, same source]",
    "idempotencyKey": "message_id",
    "retryCounter": "retry_times",
    "encryption": {
      "x-livemock-inferred": true,
      "x-livemock-inferred-what": "the WeChat WXBizMsgCrypt scheme (a 16-char token and a 43-char EncodingAESKey are documented; the envelope is not): AES-256-CBC, key = base64(EncodingAESKey + '='), IV = the key's first 16 bytes, PKCS#7 to 32 bytes, plaintext = 16 random bytes + 4-byte big-endian length + message + app_id; POST <url>?msg_signature=&timestamp=&nonce= with body <xml><Encrypt><![CDATA[...]]></Encrypt></xml>; msg_signature = sha1 of sorted [token, timestamp, nonce, Encrypt] joined",
      "x-livemock-source": "https://developers.weixin.qq.com/doc/oplatform/en/Third-party_Platforms/Message_Encryption/Technical_Plan.html",
      "contentType": "text/xml",
      "modes": [
        "aes",
        "plain"
      ]
    },
    "events": {
      "live_task": {
        "roomEvents": [
          "task.completed"
        ],
        "method": "POST",
        "x-livemock-source": "https://api-doc.xiaoe-tech.com/api_list/news_push/live_task.html",
        "x-livemock-inferred": true,
        "x-livemock-inferred-what": "the <doc> root (the page shows none) and xe_data.action (the page shows xxx): livemock sends task_finish"
      },
      "alive_user_data": {
        "roomEvents": [
          "viewer.left"
        ],
        "method": "POST",
        "x-livemock-source": "https://api-doc.xiaoe-tech.com/api_list/news_push/alive_user_data.html",
        "x-livemock-inferred": true,
        "x-livemock-inferred-what": "sent when a viewer leaves, with the fields the room knows (暂无变更的字段不会推送: fields without a change are left out)"
      },
      "alive_state_change": {
        "roomEvents": [
          "room.started",
          "room.ended"
        ],
        "method": "POST",
        "x-livemock-source": "https://api-doc.xiaoe-tech.com/api_list/provider/message_push/alive_state_change.html",
        "x-livemock-inferred": true,
        "x-livemock-inferred-what": "xe_data field names (app_id, alive_id, alive_state: 0 未开始 1 直播中 2 已结束)"
      }
    }
  },
  "polyv": {
    "label": "Polyv",
    "x-livemock-source": "https://github.com/polyv/polyv-java-sdk (DOC/live/callback.md)",
    "ack": {
      "rule": "none",
      "x-livemock-inferred-what": "该回调不支持重试机制: one attempt, whatever the answer (a 2xx is shown as acked)"
    },
    "timeoutMs": 5000,
    "x-livemock-timeout-inferred": true,
    "retryDelaysMs": [],
    "idempotencyKey": "none",
    "sign": {
      "algorithm": "md5-hex-lower",
      "secret": "appSecret",
      "rule": "md5(appSecret + timestamp), lowercase hex [case inferred], in the sign query parameter"
    },
    "events": {
      "live_status": {
        "roomEvents": [
          "room.started",
          "room.ended"
        ],
        "method": "GET",
        "setting": "streamCallbackUrl",
        "sign": [
          "timestamp"
        ],
        "x-livemock-source": "https://github.com/polyv/polyv-java-sdk (DOC/live/callback.md)"
      }
    }
  }
} as const;
