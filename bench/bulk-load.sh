#!/usr/bin/env bash
# The first load of the national graph with `java -jar chain-chief.jar bulk-load` (issue #11): the seeded graph of
# bench/national.sh as NDJSON, bulk-loaded into a new data folder, then the service started on it until ready.
# Writes bench/results/bulk-<size>.md.
#
#   bench/bulk-load.sh [10k|100k|1m]           (default 10k)
#
# Environment: BENCH_LOAD_HEAP (the bulk load's -Xmx, default 4g), BENCH_HEAP (the service's, default 1g),
# BENCH_PAGE_CACHE (default 512m, 1g for 1m), BENCH_CLIENT_HEAP (the JVM generating the graph, default 3g; 6g for
# 1m). Needs a JDK 21+ (JAVA_HOME or PATH) and GNU time (/usr/bin/time, for the peak memory).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${1:-10k}
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
[ -n "${JAVA_HOME:-}" ] && export PATH="$JAVA_HOME/bin:$PATH"
./mvnw -B -q -ntp -pl service -DskipTests package
./mvnw -B -q -ntp -pl service dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath > /dev/null
CP="service/target/test-classes:service/target/classes:$(cat service/target/bench.classpath)"
exec java -Xmx"${BENCH_CLIENT_HEAP:-3g}" -Dbench.repo="$PWD" -Dbench.heap="${BENCH_HEAP:-1g}" \
  -Dbench.loadHeap="${BENCH_LOAD_HEAP:-4g}" ${BENCH_PAGE_CACHE:+-Dbench.pageCache=$BENCH_PAGE_CACHE} \
  ${BENCH_KEEP:+-Dbench.keep=true} -cp "$CP" org.chainchief.bench.BulkLoadBench "$SIZE"
