#!/usr/bin/env bash
# Key look-up load: the data service's full path beside the bare serving-store endpoint, in one server.
# Starts yudex-server.jar on 127.0.0.1 with a fresh data dir and the demo (population rows: $ROWS), grants 郑州市大数据局
# the population resource (whole province, default masks, no quota in the way), takes 2,000 ID numbers from the
# provider's own view, runs io.yudex.bench.serving.LookupLoad, then stops the server.
# Needs: ./mvnw -q install -DskipTests (yudex-server.jar and yudex-bench.jar built), python3.
# Env: ROWS, CONNECTIONS, WARMUP, DURATION (s per phase), ROUNDS (full/bare alternations; medians reported), CLIENT (lean|jdk),
#      PORT, PG_URL (e.g. jdbc:postgresql://localhost:5432/yudex_bench; an EMPTY database, PG_USER/PG_PASSWORD, default yudex/yudex)
#      instead of the embedded H2, JFR=1 (writes a flight recording of the measured phases to $DIR/server.jfr), SERVER_OPTS (extra JVM
#      options), SERVER_ARGS (extra application arguments).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
PORT=${PORT:-18080}
ROWS=${ROWS:-100000}
CONNECTIONS=${CONNECTIONS:-64}
WARMUP=${WARMUP:-10}
DURATION=${DURATION:-20}
ROUNDS=${ROUNDS:-3}
CLIENT=${CLIENT:-lean}
# DATA_DIR=<dir> keeps the server's data dir (demo, grant, keys) for the next run: a rerun skips the demo load
DIR=${DATA_DIR:-$(mktemp -d /tmp/yudex-lookup-XXXX)}
mkdir -p "$DIR"
DB_ARGS=()
if [ -n "${PG_URL:-}" ]; then
  DB_ARGS=(--spring.datasource.url="$PG_URL" --spring.datasource.username="${PG_USER:-yudex}" --spring.datasource.password="${PG_PASSWORD:-yudex}")
fi
export YUDEX_DEMO_PASSWORD=bench-password-1
URL=http://127.0.0.1:$PORT
JFR_OPTS=""
if [ "${JFR:-0}" = 1 ]; then
  JFR_OPTS="-XX:FlightRecorderOptions:stackdepth=256" # a request's stack is deeper than the default 64 frames
fi
# shellcheck disable=SC2086
"$JAVA" --enable-native-access=ALL-UNNAMED -Xmx2g $JFR_OPTS ${SERVER_OPTS:-} -jar yudex-server/target/yudex-server.jar "${DB_ARGS[@]}" --server.address=127.0.0.1 --server.port="$PORT" \
    --yudex.data-dir="$DIR" --yudex.demo=true --yudex.demo-rows="$ROWS" --yudex.bench.bare-endpoint=true \
    --yudex.data-service.client-per-second=100000000 --yudex.data-service.grant-per-minute=1000000000 \
    --logging.level.root=WARN --logging.level.io.yudex.exchange.serving=INFO ${SERVER_ARGS:-} >>"$DIR/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
token() { curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$YUDEX_DEMO_PASSWORD\"}" "$URL/api/v1/auth/token" | json 'd["access_token"]'; }
for _ in $(seq 1 600); do curl -sf "$URL/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
CITY=$(token zzdsj_user)
if [ ! -s "$DIR/keys.txt" ]; then
  GAT=$(token gat_admin)
  # the demo loads the population in the background: wait until the provider sees its rows
  for _ in $(seq 1 900); do
    N=$(curl -sf -H "Authorization: Bearer $GAT" "$URL/api/v1/catalog/resources/101001/000001/data?limit=1000" | json 'len(d)' || echo 0)
    [ "$N" -ge 1000 ] && break; sleep 2
  done
  for OFFSET in 0 1000; do
    curl -sf -H "Authorization: Bearer $GAT" "$URL/api/v1/catalog/resources/101001/000001/data?limit=1000&offset=$OFFSET" | json '"\n".join(r["sfzhm"] for r in d)'
  done > "$DIR/keys.tmp"
  UNTIL=$(date -d '+60 days' +%F)
  APP=$(curl -sf -H "Authorization: Bearer $CITY" -H 'Content-Type: application/json' "$URL/api/v1/sharing/applications" \
    -d "{\"resourceCode\":\"101001/000001\",\"items\":[\"sfzhm\",\"xm\",\"xb\",\"csrq\",\"xzqh\"],\"purpose\":\"数据校核\",\"basis\":\"benchmark\",\"modes\":[\"QUERY\"],\"validUntil\":\"$UNTIL\"}" | json 'd["id"]')
  curl -sf -H "Authorization: Bearer $GAT" -H 'Content-Type: application/json' "$URL/api/v1/sharing/applications/$APP/decision" -d '{"decision":"approve"}' >/dev/null
  mv "$DIR/keys.tmp" "$DIR/keys.txt"
fi
curl -sf -H "Authorization: Bearer $CITY" "$URL/api/v1/data/101001/000001?sfzhm=$(head -1 "$DIR/keys.txt")" >/dev/null
# the demo goes on loading five more resources, running rule sets and building serving copies in the background: measuring
# during that measures the demo. Wait until the server has used less than 0.3 s of CPU in each of two 5-second windows.
cpu() { awk '{ print $14 + $15 }' "/proc/$SERVER/stat"; }
WAITED=0; QUIET=0; LAST=$(cpu)
while [ "$QUIET" -lt 2 ] && [ "$WAITED" -lt 1800 ]; do
  sleep 5; WAITED=$((WAITED + 5)); NOW=$(cpu)
  if [ $((NOW - LAST)) -lt 30 ]; then QUIET=$((QUIET + 1)); else QUIET=0; fi
  LAST=$NOW
done
echo "server idle after ${WAITED} s of waiting for background work"
if [ "${JFR:-0}" = 1 ]; then
  "${JAVA%/java}/jcmd" "$SERVER" JFR.start name=lookup settings=profile filename="$DIR/server.jfr" >/dev/null
fi
echo "server pid $SERVER, data dir $DIR, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
# the generator gets a small heap and few GC/JIT threads: it shares the cores with the server
"$JAVA" -Xmx256m -XX:+UseSerialGC -XX:CICompilerCount=2 -cp yudex-bench/target/yudex-bench.jar io.yudex.bench.serving.LookupLoad --url "$URL" \
    --token "$CITY" --resource 101001/000001 --item sfzhm --keys "$DIR/keys.txt" --connections "$CONNECTIONS" --warmup "$WARMUP" \
    --duration "$DURATION" --rounds "$ROUNDS" --client "$CLIENT" --server-pid "$SERVER"
if [ "${JFR:-0}" = 1 ]; then
  "${JAVA%/java}/jcmd" "$SERVER" JFR.stop name=lookup >/dev/null && echo "flight recording: $DIR/server.jfr"
fi
grep -E "WARN|ERROR" "$DIR/server.log" | grep -v "Serving copy" | tail -5 || true
