#!/usr/bin/env bash
# National-scale benchmark (issue #11): a seeded generated graph, imported raw and through the service, then every
# answer warm, side by side: service over HTTP, the same Cypher through the driver (raw), the statements of before
# (oracle, bench/oracle). Writes bench/results/<size>.md and bench/RESULTS.md (see bench/METHOD.md).
#
#   bench/national.sh [10k|100k|1m]            (default 10k; 1m takes a long while)
#
# Environment: BENCH_HEAP (service -Xmx, default 1g), BENCH_PAGE_CACHE (default 512m, 1g for 1m),
# BENCH_CLIENT_HEAP (the benchmark JVM holding the generated graph, default 3g; 6g for 1m), BENCH_BUDGET (seconds of sequential requests per answer and variant, default 60), BENCH_TPUT (seconds of
# 16-client throughput, default 10), BENCH_KEEP_STORE=true (keep the service's database for profiling; its folder is
# printed at the end). Needs a JDK 21+ (JAVA_HOME or PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${1:-10k}
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
[ -n "${JAVA_HOME:-}" ] && export PATH="$JAVA_HOME/bin:$PATH"
./mvnw -B -q -ntp -pl service -DskipTests package
./mvnw -B -q -ntp -pl service dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath > /dev/null
CP="service/target/test-classes:service/target/classes:$(cat service/target/bench.classpath)"
exec java -Xmx"${BENCH_CLIENT_HEAP:-3g}" -Dbench.repo="$PWD" -Dbench.heap="${BENCH_HEAP:-1g}" \
  ${BENCH_PAGE_CACHE:+-Dbench.pageCache=$BENCH_PAGE_CACHE} -Dbench.budgetSeconds="${BENCH_BUDGET:-60}" \
  -Dbench.throughputSeconds="${BENCH_TPUT:-10}" -Dbench.keepStore="${BENCH_KEEP_STORE:-false}" -cp "$CP" org.chainchief.bench.NationalBench "$SIZE"
