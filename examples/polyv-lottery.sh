#!/usr/bin/env bash
# Create a Polyv lottery on the doc's channel 2974342, signed the way Polyv documents it:
#   sign = UPPER(MD5(appSecret + sorted key+value pairs of the query + appSecret)); the JSON body is not signed.
set -euo pipefail
BASE=${LIVEMOCK_URL:-http://127.0.0.1:4010}
APP=frlr1zazn3
SECRET=livemock-polyv-secret
TS=$(date +%s%3N)
SIGN=$(printf '%s' "${SECRET}appId${APP}channelId2974342timestamp${TS}${SECRET}" | md5sum | cut -d' ' -f1 | tr a-f A-F)
curl -s -X POST "$BASE/live/v4/channel/lottery-activity/create?appId=$APP&timestamp=$TS&sign=$SIGN&channelId=2974342" \
  -H 'content-type: application/json' \
  -d '{"activityName":"无条件抽奖","lotteryCondition":"none","amount":1,"prizeName":"键盘"}'
echo
