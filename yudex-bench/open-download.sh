#!/usr/bin/env bash
# Open-data download load: a FULL CSV download of a large release through the public portal's real HTTP path
# (/open/datasets/{code}/download.csv: release look-up, usage event, treated SELECT copied by the store to a temporary
# file, formula-safe cells, BOM + Chinese header, sent) beside the bare store copy of the same rows in the same server
# (/api/bench/bare/copy/{code}: DataStore.copy of the current rows, plain CSV, no release, treatment or security).
# Starts yudex-server.jar on 127.0.0.1 with a fresh data dir and the small demo, loads $ROWS generated 双公示行政处罚
# rows (yudex-synth admin_penalty, seed 42, no defects; cached in $CSV) into 104001/000001 as 市场监管局's data admin
# (FULL_REPLACE), publishes a release with the demo's plan for it (no treatments, no quasi-identifiers), then
# alternates download / baseline $ROUNDS times and prints medians, the server's CPU seconds per request, RSS and heap.
# Needs: ./mvnw -q install -DskipTests (yudex-server.jar and yudex-bench.jar built), python3, curl.
# The load's commit also builds the resource's serving copy (it is shared) in the platform database: with H2 that takes
# most of the load time and a lot of disk (at 5,000,000 rows: the H2 file passed 12 GB, growing 24 MB/s, after 8 minutes).
# Env: ROWS (default 1000000), ROUNDS (3), PORT (18082), XMX (server heap, 1g), CSV (generated file), KEEP=1 (keep the data dir),
#      SERVER_OPTS, SERVER_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
PORT=${PORT:-18082}
ROWS=${ROWS:-1000000}
ROUNDS=${ROUNDS:-3}
XMX=${XMX:-1g}
CODE=104001/000001
CSV=${CSV:-${TMPDIR:-/tmp}/yudex-bench-admin_penalty-$ROWS.csv}
DIR=$(mktemp -d /tmp/yudex-download-XXXX)
export YUDEX_DEMO_PASSWORD=bench-password-1
URL=http://127.0.0.1:$PORT
if [ ! -s "$CSV" ]; then
  "$JAVA" -Xmx512m -cp yudex-bench/target/yudex-bench.jar io.yudex.synth.SynthMain --dataset admin_penalty --rows "$ROWS" --seed 42 \
      --defects 0 --out "$CSV.part"
  mv "$CSV.part" "$CSV"
fi
# shellcheck disable=SC2086
"$JAVA" --enable-native-access=ALL-UNNAMED -Xmx"$XMX" ${SERVER_OPTS:-} -jar yudex-server/target/yudex-server.jar --server.address=127.0.0.1 \
    --server.port="$PORT" --yudex.data-dir="$DIR" --yudex.demo=true --yudex.demo-rows=2000 --yudex.bench.bare-endpoint=true \
    --logging.level.root=WARN ${SERVER_ARGS:-} >"$DIR/server.log" 2>&1 &
SERVER=$!
# the data dir grows large (the serving copy of the resource in H2): removed at the end unless KEEP=1
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true; [ "${KEEP:-0}" = 1 ] || rm -rf "$DIR"' EXIT
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
token() { curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$YUDEX_DEMO_PASSWORD\"}" "$URL/api/v1/auth/token" | json 'd["access_token"]'; }
for _ in $(seq 1 600); do curl -sf "$URL/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
ADMIN=$(token scjgj_admin)
# the demo loads and opens its datasets in the background: wait for its release of the penalties, then load ours over it
for _ in $(seq 1 600); do
  N=$(curl -sf -H "Authorization: Bearer $ADMIN" "$URL/api/v1/opendata/releases?resource=$CODE" | json 'len(d)' || echo 0)
  [ "$N" -ge 1 ] && break; sleep 2
done
STARTED=$(date +%s)
BATCH=$(curl -sf -H "Authorization: Bearer $ADMIN" -F "file=@$CSV;type=text/csv" -F mode=FULL_REPLACE "$URL/api/v1/catalog/resources/$CODE/batches" | json 'd["id"]')
while :; do
  STATUS=$(curl -sf -H "Authorization: Bearer $ADMIN" "$URL/api/v1/batches/$BATCH" | json 'd["status"]+" "+str(d["rowsLoaded"])+" "+str(d["rowsRejected"])')
  [ "${STATUS%% *}" != RUNNING ] && break; sleep 5
done
echo "batch $BATCH: $STATUS (status, loaded, rejected) in $(( $(date +%s) - STARTED )) s"
[ "${STATUS%% *}" = SUCCEEDED ] || { tail -20 "$DIR/server.log"; exit 1; }
RELEASE=$(curl -sf -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' "$URL/api/v1/opendata/releases" \
    -d "{\"resourceCode\":\"$CODE\",\"quasiIdentifiers\":[],\"treatments\":{},\"note\":\"benchmark\"}")
RELEASED=$(echo "$RELEASE" | json 'd["rowCount"]')
echo "release $(echo "$RELEASE" | json 'd["id"]'): $RELEASED rows"
# wait for background work (serving copies, profiles) to settle: under 0.3 s of server CPU in each of two 5-second windows
cpu() { awk '{ print $14 + $15 }' "/proc/$SERVER/stat"; }
TICK=$(getconf CLK_TCK)
WAITED=0; QUIET=0; LAST=$(cpu)
while [ "$QUIET" -lt 2 ] && [ "$WAITED" -lt 900 ]; do
  sleep 5; WAITED=$((WAITED + 5)); NOW=$(cpu)
  if [ $((NOW - LAST)) -lt $((TICK * 3 / 10)) ]; then QUIET=$((QUIET + 1)); else QUIET=0; fi
  LAST=$NOW
done
rss() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$SERVER/status"; }
heap() { "${JAVA%/java}/jcmd" "$SERVER" GC.heap_info 2>/dev/null | awk '/ heap / { for (i = 1; i <= NF; i++) if ($i == "used") { sub(/K.*/, "", $(i+1)); printf "%d", $(i+1) / 1024 } exit }'; }
echo "server pid $SERVER, data dir $DIR, $(nproc) cores, idle after ${WAITED} s, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "before: RSS $(rss) MB, heap used $(heap) MB"
# one request: prints "bytes seconds cpu-seconds lines"
fetch() {
  local before after out
  before=$(cpu)
  out=$(curl -sf -o "$DIR/out.csv" -w '%{size_download} %{time_total}' "$URL$1")
  after=$(cpu)
  echo "$out $(python3 -c "print(($after - $before) / $TICK)") $(wc -l <"$DIR/out.csv")"
  rm -f "$DIR/out.csv"
}
: >"$DIR/rounds.txt"
for R in $(seq 1 "$ROUNDS"); do
  for SIDE in download bare; do
    if [ "$SIDE" = download ]; then P="/open/datasets/$CODE/download.csv"; else P="/api/bench/bare/copy/$CODE"; fi
    LINE=$(fetch "$P")
    echo "round $R $SIDE: $LINE (bytes, s, server CPU s, lines), RSS $(rss) MB, load average $(cut -d' ' -f1 /proc/loadavg)"
    echo "$SIDE $LINE" >>"$DIR/rounds.txt"
  done
done
RSS_AFTER=$(rss); HWM=$(awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$SERVER/status")
echo "after: RSS $RSS_AFTER MB (peak $HWM MB), heap used $(heap) MB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$DIR/rounds.txt" "$RELEASED" <<'PY'
import statistics, sys
rounds = [l.split() for l in open(sys.argv[1])]
released = int(sys.argv[2])
def med(side, i): return statistics.median(float(r[i]) for r in rounds if r[0] == side)
d_s, b_s = med("download", 2), med("bare", 2)
d_cpu, b_cpu = med("download", 3), med("bare", 3)
d_rows = int(med("download", 4)) - 1
b_rows = int(med("bare", 4)) - 1
assert d_rows == released == b_rows, f"rows differ: download {d_rows}, release {released}, bare {b_rows}"
print("| side | rows | bytes | s (median) | rows/s | server CPU s | rows per CPU s |")
print("|---|---:|---:|---:|---:|---:|---:|")
for name, rows, b, s, c in (("portal download.csv", d_rows, med("download", 1), d_s, d_cpu), ("bare store copy", b_rows, med("bare", 1), b_s, b_cpu)):
    print(f"| {name} | {rows:,} | {int(b):,} | {s:.2f} | {rows / s:,.0f} | {c:.2f} | {rows / max(c, 0.01):,.0f} |")
print(f"ratio download / bare: rows/s {(d_rows / d_s) / (b_rows / b_s):.2f}, CPU {b_cpu / max(d_cpu, 0.01):.2f} (bare CPU / download CPU)")
PY
grep -E "WARN|ERROR" "$DIR/server.log" | tail -5 || true
