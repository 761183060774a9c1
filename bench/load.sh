#!/usr/bin/env bash
# Load test: the service on a fresh embedded demo zone, wrk with 64 connections for 60 s on a mix of the analyses
# (gaps, recruits, what-if, impact, matches, chain, mind map, search; MINDMAP_PATH adds a path), then 30 s of the
# same mix while a background import of 20,000 enterprises runs. Appends the figures to bench/LOAD.md.
#
#   bench/load.sh                      (DURATION=60s CONNECTIONS=64 THREADS=2 JAVA_OPTS=... to change)
#   SOAK_MINUTES=10 bench/load.sh      then a soak: the same mix for that many minutes, one row a minute with the
#                                      minute's figures, the live heap after a full GC and the RSS
#
# Needs a JDK 21+, wrk (apt-get install wrk), curl and python3. Builds the jar when missing. Per-caller rate limits
# are switched off for the run (every request comes from 127.0.0.1).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
JAR=service/target/chain-chief.jar
WORK=$(mktemp -d)
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
BASE=http://127.0.0.1:$PORT
# KEEP_LOG=file keeps the service's log (slow queries, warnings) after the run
trap 'kill "${PID:-}" 2>/dev/null || true; wait "${PID:-}" 2>/dev/null || true; [ -z "${KEEP_LOG:-}" ] || cp "$WORK/service.log" "$KEEP_LOG"; rm -rf "$WORK"' EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk"; exit 2; }
[ -f "$JAR" ] || ./mvnw -B -q -ntp package -DskipTests

# Every request is signed in as the demo analyst (HTTP Basic), as a dashboard or a second system would be.
export WRK_AUTH="Basic $(printf 'analyst:bench-password' | base64)"
CURL_AUTH=(-u admin:bench-password)
CHAIN_CHIEF_DATA=$WORK/data PORT=$PORT CHAIN_CHIEF_LIMITS_ANALYSIS_REQUESTS=0 CHAIN_CHIEF_DEMO_PASSWORD=bench-password \
  java ${JAVA_OPTS:--Xmx512m} -jar "$JAR" > "$WORK/service.log" 2>&1 &
PID=$!
for _ in $(seq 1 180); do
  curl -sf "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$PID" 2>/dev/null || { tail -50 "$WORK/service.log"; exit 1; }
  sleep 1
done
curl -sf "$BASE/actuator/health/readiness" >/dev/null || { echo "not ready after 180 s"; exit 1; }

# warm up: plans and caches
wrk -t1 -c4 -d10s -s bench/mix.lua "$BASE" > /dev/null

run() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --timeout 10s -s bench/mix.lua "$BASE" | grep '^RESULT' | sed 's/^RESULT //'; }
heap() { jcmd "$PID" GC.heap_info 2>/dev/null | awk '/garbage-first heap|total/ {print; exit}'; }
rss() { awk '/VmRSS/ {print $2/1024 " MiB"}' /proc/"$PID"/status; }

echo "reads only, $CONNECTIONS connections, $DURATION"
READS=$(run "$DURATION"); echo "  $READS"

python3 - "$WORK/import.ndjson" <<'PY'
import json, sys
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write(json.dumps({"kind": "cluster", "id": "bench", "name": "基准"}, ensure_ascii=False) + "\n")
    f.write(json.dumps({"kind": "link", "id": "bench.l", "name": "环节", "stage": "UPSTREAM", "clusters": ["bench"]}, ensure_ascii=False) + "\n")
    for i in range(20000):
        f.write(json.dumps({"kind": "enterprise", "id": f"B{i}", "name": f"基准企业{i}", "local": i % 3 == 0}, ensure_ascii=False) + "\n")
        f.write(json.dumps({"kind": "operates", "enterprise": f"B{i}", "link": "bench.l"}) + "\n")
PY
JOB=$(curl -s "${CURL_AUTH[@]}" -D - -o /dev/null -H 'Content-Type: application/x-ndjson' --data-binary @"$WORK/import.ndjson" "$BASE/api/v1/imports" \
  | awk -F': ' 'tolower($1)=="location" {print $2}' | tr -d '\r')
echo "reads during an import ($JOB), $CONNECTIONS connections, 30s"
DURING=$(run 30s); echo "  $DURING"
STATUS=$(curl -s "${CURL_AUTH[@]}" "$BASE$JOB" | python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["status"], j["recordsWritten"], "written", j["elapsedMs"], "ms")')
echo "  import: $STATUS"

SOAK_MINUTES=${SOAK_MINUTES:-0}
live() { jcmd "$PID" GC.run >/dev/null 2>&1; jcmd "$PID" GC.heap_info 2>/dev/null | awk '/garbage-first heap/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}'; }
SOAK_ROWS=""
for minute in $(seq 1 "$SOAK_MINUTES"); do
  FIGURES=$(run 60s)
  ROW="| $minute | $FIGURES | $(live) | $(rss) |"
  echo "  soak $ROW"
  SOAK_ROWS="$SOAK_ROWS$ROW"$'\n'
done

{
  echo
  echo "## $(date -u +%Y-%m-%dT%H:%MZ) load.sh"
  echo
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, load at the end $(cut -d' ' -f1-3 /proc/loadavg); java $(java -version 2>&1 | head -1); ${JAVA_OPTS:--Xmx512m}"
  echo
  echo "| phase | figures |"
  echo "| --- | --- |"
  echo "| reads, $CONNECTIONS connections, $DURATION | $READS |"
  echo "| reads during an import, 30s | $DURING; import $STATUS |"
  echo "| after | heap: $(heap); RSS $(rss) |"
  if [ -n "$SOAK_ROWS" ]; then
    echo
    echo "Soak, $CONNECTIONS connections, $SOAK_MINUTES minutes (live heap: used after a full GC):"
    echo
    echo "| minute | figures | live heap | RSS |"
    echo "| --- | --- | --- | --- |"
    printf '%s' "$SOAK_ROWS"
  fi
} >> bench/LOAD.md
echo "appended to bench/LOAD.md"
