#!/usr/bin/env bash
# The first visit after a start: starts `java -jar` on a copy of the bundled dataset's store, waits until health
# says ready and then WAIT seconds more (the server warms itself up in that time), then asks what the page's first
# view asks (meta, the four start-view searches, then their four neighbour expansions at once, as web/js/start.js
# does) twice, and prints how long each round took. The second round is what every later visit pays. Then the first
# answers of query texts nobody asked yet (planned on first use): expansions by seven relationship types, path
# searches with five hop limits; their medians.
# Usage: src/test/bench/first-visit.sh [jar]        (build first: mvn -q -DskipTests package; WAIT=15 by default)
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAR=${1:-target/ai-geo-explorer.jar}
WAIT=${WAIT:-15}
PORT=${PORT:-17071}
DATA=$(mktemp -d /tmp/explorer-first-visit.XXXXXX)
trap 'kill $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
. src/test/bench/serve.sh

get() { curl -s -o /dev/null -w '%{http_code}\n' "localhost:$PORT$1" | grep -q 200 || echo "not 200: $1" >&2; }

first_view() {   # prints ms for meta + searches + neighbours, the requests in the order the page makes them
  local t0; t0=$(now)
  get /api/meta
  get "/api/search?q=DeepSeek&limit=1&labels=Lab" & get "/api/search?q=Alibaba%20Cloud&limit=1&labels=CloudProvider" &
  get "/api/search?q=State%20Council&limit=1&labels=Government" & get "/api/search?q=Indonesia&limit=1&labels=Country" &
  wait
  get "/api/entities/lab:deepseek/neighbors?limit=14&types=PROMOTES,DEVELOPS,RESTRICTS" &
  get "/api/entities/cloud:alibaba-cloud/neighbors?limit=10&types=PROMOTES,OPERATES" &
  get "/api/entities/gov:cn-state-council/neighbors?limit=6&types=ISSUED" &
  get "/api/entities/country:id/neighbors?limit=8&types=LOCATED_IN" &
  wait
  echo $(( ($(now) - t0) / 1000000 ))
}

start import     # the first start imports the dataset; the visit is timed on a restart, as most starts are
stop
start restart
sleep "$WAIT"
first=$(first_view)
second=$(first_view)
median() { tr ' ' '\n' | grep . | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
timed() { curl -s -o /dev/null -w '%{time_total}' "localhost:$PORT$1" | awk '{printf "%d ", $1 * 1000}'; }
types=$(for t in PART_OF LICENSED_UNDER HEADQUARTERED_IN PARTNERS_WITH LEADS WORKS_FOR SPONSORS; do
  timed "/api/entities/lab:deepseek/neighbors?types=$t"; done)
hops=$(for h in 3 4 5 7 8; do timed "/api/paths?from=lab:deepseek&to=country:id&maxHops=$h"; done)
printf '%-46s %6d ms\n' "first view's requests, first visit" "$first" "first view's requests, second visit" "$second" \
  "expansion by a type not asked before, median" "$(echo "$types" | median)" \
  "path search, hop limit not asked before, median" "$(echo "$hops" | median)"
echo "(each: $types ms; $hops ms)"
grep -o "Warmed up.*" "$DATA/server-restart.log" || echo "(no warm-up in the log)"
