#!/usr/bin/env bash
# Key look-up load: the data service's full path beside the bare serving-store endpoint, in one server.
# Starts yudex-server.jar on 127.0.0.1 with a fresh data dir and the demo (population rows: $ROWS), grants 郑州市大数据局
# the population resource (whole province, default masks, no quota in the way), takes 2,000 ID numbers from the
# provider's own view, runs io.yudex.bench.serving.LookupLoad, then stops the server.
# Needs: ./mvnw -q install -DskipTests (yudex-server.jar and yudex-bench.jar built), python3.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
PORT=${PORT:-18080}
ROWS=${ROWS:-100000}
CONNECTIONS=${CONNECTIONS:-64}
WARMUP=${WARMUP:-10}
DURATION=${DURATION:-30}
DIR=$(mktemp -d /tmp/yudex-lookup-XXXX)
export YUDEX_DEMO_PASSWORD=bench-password-1
URL=http://127.0.0.1:$PORT
"$JAVA" --enable-native-access=ALL-UNNAMED -Xmx2g -jar yudex-server/target/yudex-server.jar --server.address=127.0.0.1 --server.port="$PORT" \
    --yudex.data-dir="$DIR" --yudex.demo=true --yudex.demo-rows="$ROWS" --yudex.bench.bare-endpoint=true \
    --yudex.data-service.client-per-second=100000000 --yudex.data-service.grant-per-minute=1000000000 \
    --logging.level.root=WARN --logging.level.io.yudex.exchange.serving=INFO >"$DIR/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
token() { curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$YUDEX_DEMO_PASSWORD\"}" "$URL/api/v1/auth/token" | json 'd["access_token"]'; }
for _ in $(seq 1 600); do curl -sf "$URL/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
GAT=$(token gat_admin)
# the demo loads the population in the background: wait until the provider sees its rows
for _ in $(seq 1 900); do
  N=$(curl -sf -H "Authorization: Bearer $GAT" "$URL/api/v1/catalog/resources/101001/000001/data?limit=1000" | json 'len(d)' || echo 0)
  [ "$N" -ge 1000 ] && break; sleep 2
done
sleep 5
for OFFSET in 0 1000; do
  curl -sf -H "Authorization: Bearer $GAT" "$URL/api/v1/catalog/resources/101001/000001/data?limit=1000&offset=$OFFSET" | json '"\n".join(r["sfzhm"] for r in d)'
done > "$DIR/keys.txt"
CITY=$(token zzdsj_user)
UNTIL=$(date -d '+60 days' +%F)
APP=$(curl -sf -H "Authorization: Bearer $CITY" -H 'Content-Type: application/json' "$URL/api/v1/sharing/applications" \
  -d "{\"resourceCode\":\"101001/000001\",\"items\":[\"sfzhm\",\"xm\",\"xb\",\"csrq\",\"xzqh\"],\"purpose\":\"数据校核\",\"basis\":\"benchmark\",\"modes\":[\"QUERY\"],\"validUntil\":\"$UNTIL\"}" | json 'd["id"]')
curl -sf -H "Authorization: Bearer $GAT" -H 'Content-Type: application/json' "$URL/api/v1/sharing/applications/$APP/decision" -d '{"decision":"approve"}' >/dev/null
curl -sf -H "Authorization: Bearer $CITY" "$URL/api/v1/data/101001/000001?sfzhm=$(head -1 "$DIR/keys.txt")" >/dev/null
"$JAVA" -cp yudex-bench/target/yudex-bench.jar io.yudex.bench.serving.LookupLoad --url "$URL" --token "$CITY" --resource 101001/000001 \
    --item sfzhm --keys "$DIR/keys.txt" --connections "$CONNECTIONS" --warmup "$WARMUP" --duration "$DURATION"
