#!/usr/bin/env bash
# Times label-pattern path searches against a running explorer, three requests in a row each (the first pays for
# planning and a cold cache): what a researcher asking "from this model to this license, through a Lab" waits.
# Usage: src/test/bench/via-searches.sh [base URL] [from] [to] [middle labels...]
# Defaults: http://localhost:7070, model:40 → license:0 of the 1M synthetic store (README, "Scale"), and the
# middle labels below; the first and last labels of each pattern are those of the ends.
set -euo pipefail
BASE=${1:-http://localhost:7070}
FROM=${2:-model:40}
TO=${3:-license:0}
shift $(( $# < 3 ? $# : 3 ))
MIDDLES=("$@")
[ ${#MIDDLES[@]} -gt 0 ] || MIDDLES=(Lab Model Organization Country Person Policy)
label() { local prefix=${1%%:*}; curl -s "$BASE/api/entities/$1" | python3 -c \
  'import json, sys; print(json.load(sys.stdin)["label"])' 2>/dev/null || echo "${prefix^}"; }
FIRST=$(label "$FROM")
LAST=$(label "$TO")
for direction in both out; do
  for middle in "${MIDDLES[@]}"; do
    line="$FROM → $middle → $TO, direction $direction:"
    for _ in 1 2 3; do
      answer=$(curl -s -w '\n%{http_code} %{time_total}' \
        "$BASE/api/paths?from=$FROM&to=$TO&mode=all-shortest&direction=$direction&via=$FIRST,$middle,$LAST")
      status=$(tail -1 <<< "$answer")
      paths=$(head -n -1 <<< "$answer" | python3 -c 'import json, sys
try:
    d = json.load(sys.stdin); p = d.get("paths", [])
    print(len(p), "paths of length", sorted({x["length"] for x in p}) or "-")
except Exception:
    print("no answer")')
      line="$line | HTTP ${status% *} in ${status#* } s, $paths"
    done
    echo "$line"
  done
done
