#!/usr/bin/env bash
# Benchmark: convert a public data set and import it into a fresh embedded database, twice (the second
# import must change nothing). Prints wall-clock times and the import reports' counts.
#
#   bench/import-datasets.sh [ckg|tpex|eto ...]      (default: ckg)
#
# Needs ../shared/data beside the repository, a JDK 17+, curl and python3. Builds the jar when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${DATA:-../shared/data}
PORT=${PORT:-18080}
JAR=service/target/chain-chief.jar
WORK=$(mktemp -d)
trap 'kill "${PID:-}" 2>/dev/null || true; wait "${PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

[ -f "$JAR" ] || ./mvnw -B -q -ntp package -DskipTests
declare -A DIRS=([ckg]=ChainKnowledgeGraph [tpex]=tw-sector-map [eto]=eto-chip-explorer)
FORMATS=("${@:-ckg}")

now() { date +%s.%N; }
since() { python3 -c "print(f'{$(now) - $1:.1f}')"; }

summary() {
  python3 -c "$(cat <<'PY'
import json, sys
r = json.load(sys.stdin)
tot = lambda k: sum(v[k] for v in r["counts"].values())
print("    records {:,}  created {:,}  updated {:,}  unchanged {:,}  rejected {:,}  server {:.1f} s".format(
    r["records"], tot("created"), tot("updated"), tot("unchanged"), r["rejectedCount"], r["durationMs"] / 1000))
PY
)"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; load $(cut -d' ' -f1-3 /proc/loadavg)"
for format in "${FORMATS[@]}"; do
  dir="$DATA/${DIRS[$format]}"
  [ -d "$dir" ] || { echo "no $dir: skipped"; continue; }
  t=$(now)
  java -jar "$JAR" convert --format "$format" --no-progress "$dir" > "$WORK/$format.ndjson" 2> "$WORK/$format.err"
  echo "$format: converted $(wc -l < "$WORK/$format.ndjson") lines in $(since "$t") s"

  t=$(now)
  CHAIN_CHIEF_DEMO=false java -jar "$JAR" --server.port="$PORT" --chain-chief.neo4j.ephemeral=true \
    > "$WORK/service.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 240); do
    curl -fs "http://localhost:$PORT/api/v1/clusters" > /dev/null 2>&1 && break
    kill -0 "$PID" 2>/dev/null || { cat "$WORK/service.log"; exit 1; }
    sleep 0.5
  done
  echo "$format: service ready in $(since "$t") s"

  for pass in first again; do
    t=$(now)
    curl -fsS -X POST -H 'Content-Type: application/x-ndjson' --data-binary "@$WORK/$format.ndjson" \
      "http://localhost:$PORT/api/v1/import" > "$WORK/report.json"
    echo "$format: import ($pass) took $(since "$t") s"
    summary < "$WORK/report.json"
  done
  t=$(now)
  curl -fsS "http://localhost:$PORT/api/v1/export" | wc -l | xargs echo "$format: export lines:" 
  echo "$format: export took $(since "$t") s"
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
done
