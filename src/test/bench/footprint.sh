#!/usr/bin/env bash
# Footprint of `java -jar` with the README's recommended settings on the bundled dataset:
#   cold start (fresh store) and warm restart to a healthy /api/health, and resident memory after a few requests
#   and the server's own warm-up.
# Usage: src/test/bench/footprint.sh [jar]        (build first: mvn -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../../.."
JAR=${1:-target/ai-geo-explorer.jar}
JAVA_OPTS=${JAVA_OPTS:-"-Xms64m -Xmx256m -XX:+UseSerialGC -XX:SharedArchiveFile=target/app-cds.jsa"}
PAGECACHE=${PAGECACHE_SIZE:-32m}
PORT=${PORT:-17070}
DATA=$(mktemp -d /tmp/explorer-footprint.XXXXXX)
trap 'kill $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT   # with set -e a failing kill here skipped the rm

. src/test/bench/serve.sh

exercise() {
  for q in deeps qwen jakarta "state council" ap-southeast-5; do
    curl -s -o /dev/null "localhost:$PORT/api/search?q=${q// /%20}"
  done
  for id in lab:deepseek cloud:alibaba-cloud country:id policy:cn-ai-plus-2025; do
    curl -s -o /dev/null "localhost:$PORT/api/entities/$id"
    curl -s -o /dev/null "localhost:$PORT/api/entities/$id/neighbors"
  done
  curl -s -o /dev/null "localhost:$PORT/api/meta"
  curl -s -o /dev/null "localhost:$PORT/"
}

# the server warms itself up once the dataset is ready (app.Warmup); measure memory once that is done
warmed() {
  for _ in $(seq 600); do grep -q "Warmed up" "$DATA/server-$1.log" && return; sleep 0.1; done
  echo "no warm-up line in the log after 60 s"; exit 1
}

start cold; cold=$ELAPSED
exercise
warmed cold
rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)
hwm_kb=$(awk '/VmHWM/ {print $2}' /proc/$PID/status)
stop
start warm; warm=$ELAPSED
stop

printf '%-34s %8s %10s %8s\n' "measure" "value" "target" "ratio"
printf '%-34s %6d ms %7d ms %8.2f\n' "cold start to healthy (new store)" "$cold" 15000 "$(echo "$cold/15000" | bc -l)"
printf '%-34s %6d ms %7d ms %8.2f\n' "warm restart to healthy" "$warm" 15000 "$(echo "$warm/15000" | bc -l)"
printf '%-34s %6d MB %7d MB %8.2f\n' "RSS after requests" $((rss_kb / 1024)) 512 "$(echo "$rss_kb/1024/512" | bc -l)"
printf '%-34s %6d MB %7d MB %8.2f\n' "peak RSS (VmHWM)" $((hwm_kb / 1024)) 512 "$(echo "$hwm_kb/1024/512" | bc -l)"
echo "settings: JAVA_OPTS='$JAVA_OPTS' PAGECACHE_SIZE=$PAGECACHE; $(nproc) cores; $(java -version 2>&1 | head -1)"
