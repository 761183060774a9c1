#!/usr/bin/env bash
# The recruits' read models on a benchmark database (issue #11): starts the service jar on a data folder left by
# bench/profile.sh (bench/.profile-100k/data) or `BENCH_KEEP=1 bench/bulk-load.sh 1m` (the kept folder's data/), then
# over HTTP (curl, sequential, warm): the first answers after the start, 50 of each answer (p50/p95/p99), 160 with 16
# clients at once, and three times a write (a cluster created and deleted) followed by two answers of each.
#
#   bench/read-model.sh <data folder> [page cache, default 512m] [true|false: read models, default true]
#
# Subjects as the national benchmark's (seed 42): cluster C1, its busiest gap link L0378. Needs the jar
# (./mvnw -pl service -DskipTests package), curl and python3.
set -u
cd "$(dirname "$0")/.."
DATA=${1:?data folder}; PC=${2:-512m}; EN=${3:-true}; P=${BENCH_PORT:-18950}
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
[ -n "${JAVA_HOME:-}" ] && export PATH="$JAVA_HOME/bin:$PATH"
LOG=$(mktemp)
CHAIN_CHIEF_DEMO_PASSWORD=bench java -Xmx1g -jar service/target/chain-chief.jar --server.port=$P \
  --chain-chief.neo4j.data-dir="$DATA" --chain-chief.neo4j.page-cache=$PC --chain-chief.demo.enabled=false \
  --chain-chief.security.demo-accounts=ON --chain-chief.limits.analysis-requests=0 \
  --chain-chief.read-model.enabled=$EN > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -f "$LOG"' EXIT
for i in $(seq 1 600); do
  curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:$P/actuator/health/readiness | grep -q 200 && break; sleep 1
done
A="-u admin:bench"
LINK="http://127.0.0.1:$P/api/v1/clusters/C1/gaps/L0378/recruits?limit=20"
LIST="http://127.0.0.1:$P/api/v1/clusters/C1/recruits"
t() { curl -s $A -o /dev/null -w '%{http_code} %{time_total}\n' "$1"; }
echo "read models: $EN; $(nproc) cores; $(java -version 2>&1 | head -1)"
echo "first link recruits after the start: $(t $LINK)"; echo "first recruitment list: $(t $LIST)"
for i in 1 2 3 4 5; do t $LINK > /dev/null; t $LIST > /dev/null; done
for name in LINK LIST; do
  url=${!name}
  for i in $(seq 1 50); do t $url; done | python3 -c "
import sys
rows=[l.split() for l in sys.stdin]
codes=sorted(set(r[0] for r in rows)); ms=sorted(float(r[1])*1000 for r in rows)
print('$name', 'status', ','.join(codes), 'p50 %.0f p95 %.0f p99 %.0f ms (n=%d)' % (ms[len(ms)//2], ms[int(len(ms)*0.95)], ms[-1], len(ms)))"
done
for name in LINK LIST; do
  url=${!name}
  s=$(date +%s.%N)
  codes=$(seq 1 160 | xargs -P 16 -I{} curl -s $A -o /dev/null -w '%{http_code}\n' "$url" | sort | uniq -c | tr -s ' \n' ' ')
  e=$(date +%s.%N)
  python3 -c "print('$name 16 clients, 160 requests (status:$codes): %.1f requests/s' % (160/($e-$s)))"
done
for k in 1 2 3; do
  curl -s $A -o /dev/null -X POST -H 'Content-Type: application/json' -d "{\"id\":\"bench-$k\",\"name\":\"临时$k\"}" http://127.0.0.1:$P/api/v1/clusters
  echo "after a write: link $(t $LINK), then $(t $LINK); list $(t $LIST), then $(t $LIST) (status seconds)"
  curl -s $A -o /dev/null -X DELETE http://127.0.0.1:$P/api/v1/clusters/bench-$k
done
