#!/usr/bin/env bash
# Get a Xiaoe access_token, then create a live task (watch 3 minutes, 10 points) on the seeded live.
set -euo pipefail
BASE=${LIVEMOCK_URL:-http://127.0.0.1:4010}
TOKEN=$(curl -s "$BASE/token?app_id=apptrfbbm2m8971&client_id=livemock-client&secret_key=livemock-xiaoe-secret&grant_type=client_credential" \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
curl -s "$BASE/xe.alive.marketing.task.create/1.0.0" -H 'content-type: application/json' -d '{
  "access_token": "'"$TOKEN"'", "alive_id": "l_696ef6c1e4b0694c5b78ba7b",
  "start_at": "2026-03-01 00:00:00", "end_at": "2026-03-03 00:00:00",
  "task_module": 0, "task_is_major": 0, "task_type": 1, "task_condition": "3",
  "reward_type": 1, "reward_value": "10"
}'
echo
