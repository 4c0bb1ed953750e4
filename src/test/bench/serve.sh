# Sourced by the bench scripts: starts `java $JAVA_OPTS -jar $JAR serve` on $DATA (store and logs) and $PORT, with
# PAGECACHE_SIZE=$PAGECACHE when set; `start NAME` logs to $DATA/server-NAME.log and sets PID and ELAPSED (ms from
# launch to HTTP 200 on /api/health); `stop` ends it. The caller's EXIT trap should kill $PID and remove $DATA.

now() { date +%s%N; }

PID=
start() {
  local t0; t0=$(now)
  DATA_DIR="$DATA" PORT=$PORT BOLT_PORT=0 PAGECACHE_SIZE=${PAGECACHE:-32m} java ${JAVA_OPTS:-} -jar "$JAR" serve \
    > "$DATA/server-$1.log" 2>&1 &
  PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "localhost:$PORT/api/health")" = 200 ]; do
    kill -0 $PID 2>/dev/null || { echo "server died:"; cat "$DATA/server-$1.log"; exit 1; }
    sleep 0.1
  done
  ELAPSED=$(( ($(now) - t0) / 1000000 ))
}

stop() { kill $PID; wait $PID 2>/dev/null || true; }
