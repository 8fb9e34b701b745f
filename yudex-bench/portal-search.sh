#!/usr/bin/env bash
# Open-portal search load: the dataset search page (/open/datasets?q=) and CKAN package_search beside the trivial CKAN
# status_show (same server, filter chain and envelope, no search), 64 concurrent connections each, one target at a time.
# Starts yudex-server.jar on 127.0.0.1 with a fresh data dir and the demo catalog, runs io.yudex.bench.portal.PortalLoad
# per target, and prints per target requests/s, p50/p99, the server's CPU time per request (from /proc, so a busy
# machine inflates wall-clock figures more than this one) and the load average before and after. Stops the server.
# Needs: ./mvnw -q install -DskipTests (yudex-server.jar and yudex-bench.jar built), python3, curl.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
PORT=${PORT:-18081}
ROWS=${ROWS:-2000}
CONNECTIONS=${CONNECTIONS:-64}
WARMUP=${WARMUP:-10}
DURATION=${DURATION:-20}
DIR=$(mktemp -d /tmp/yudex-portal-XXXX)
export YUDEX_DEMO_PASSWORD=bench-password-1
URL=http://127.0.0.1:$PORT
"$JAVA" --enable-native-access=ALL-UNNAMED -Xmx2g -jar yudex-server/target/yudex-server.jar --server.address=127.0.0.1 --server.port="$PORT" \
    --yudex.data-dir="$DIR" --yudex.demo=true --yudex.demo-rows="$ROWS" --logging.level.root=WARN >"$DIR/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -sf "$URL/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
# the demo publishes its catalog and releases in the background: wait until the open catalog stops growing
LAST=-1
for _ in $(seq 1 120); do
  N=$(curl -sf "$URL/api/3/action/package_search?rows=0" | json 'd["result"]["count"]' || echo 0)
  [ "$N" -gt 0 ] && [ "$N" = "$LAST" ] && break; LAST=$N; sleep 5
done
echo "open datasets in the catalog: $N; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
cpu() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }
TICK=$(getconf CLK_TCK)
echo "| target | requests | errors | requests/s | p50 ms | p99 ms | mean bytes | server CPU ms/request |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for T in 0 1 2; do
  BEFORE=$(cpu)
  ROW=$("$JAVA" -cp yudex-bench/target/yudex-bench.jar io.yudex.bench.portal.PortalLoad --url "$URL" --targets "$T" --rows-only true \
      --connections "$CONNECTIONS" --warmup "$WARMUP" --duration "$DURATION")
  AFTER=$(cpu)
  REQUESTS=$(echo "$ROW" | awk -F'|' '{gsub(/ /,"",$3); print $3}')
  # CPU over warm-up and measurement, divided by the measured requests scaled to the whole run
  echo "$ROW $(python3 -c "print(f'{($AFTER - $BEFORE) * 1000 / $TICK / max(1, $REQUESTS * ($WARMUP + $DURATION) / $DURATION):.2f} |')")"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
