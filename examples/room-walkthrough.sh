#!/usr/bin/env bash
# A live room on Polyv channel 4854808: create a lottery with Polyv's own API, stop time, start a room
# of 200 viewers that draws the lottery at minute 10, play 15 minutes, read the winners back.
set -euo pipefail
BASE=${LIVEMOCK_URL:-http://127.0.0.1:4010}
APP=frlr1zazn3
SECRET=livemock-polyv-secret
json='content-type: application/json'

# Polyv signs over the sorted query; the timestamp is the mock's clock (it moves when we advance it).
polyv() { # polyv METHOD PATH "k1=v1&k2=v2" [BODY]
  local ts pairs sign
  ts=$(curl -s "$BASE/__livemock/clock" | sed 's/.*"now":\([0-9]*\).*/\1/')
  pairs=$(printf '%s' "appId=$APP&timestamp=$ts&$3" | tr '&' '\n' | sort | tr -d '=\n')
  sign=$(printf '%s' "$SECRET$pairs$SECRET" | md5sum | cut -d' ' -f1 | tr a-f A-F)
  curl -s -X "$1" "$BASE$2?appId=$APP&timestamp=$ts&sign=$sign&$3" -H "$json" ${4:+-d "$4"}
}

# 1. A lottery on the channel, through Polyv's own API.
LOTTERY=$(polyv POST /live/v4/channel/lottery-activity/create "channelId=4854808" \
  '{"activityName":"开场抽奖","lotteryCondition":"none","amount":3,"prizeName":"键盘"}' | sed 's/.*"data":{"id":\([0-9]*\).*/\1/')

# 2. Stop time, then start a room that draws that lottery at minute 10.
curl -s -X PUT "$BASE/__livemock/clock" -H "$json" -d '{"frozen":true}' >/dev/null
curl -s -X POST "$BASE/__livemock/rooms" -H "$json" \
  -d "{\"vendor\":\"polyv\",\"live\":4854808,\"viewers\":200,\"durationMinutes\":30,\"schedule\":[{\"atMinute\":10,\"action\":\"draw-lottery\",\"lotteryId\":$LOTTERY}]}" >/dev/null

# 3. Play 15 minutes of the live: viewers arrive, comment, like; the lottery is drawn.
curl -s -X POST "$BASE/__livemock/clock/advance" -H "$json" -d '{"minutes":15}' >/dev/null

# 4. The winners, as the room's event log shows them and as Polyv's own API returns the draw.
curl -s "$BASE/__livemock/rooms/room-1/events?type=lottery.won"
echo
polyv GET /live/v4/channel/lottery/list "channelId=4854808"
echo
