#!/usr/bin/env bash
# PROFILE the analyses' statements beside the oracle's on the benchmark's generated graph (db hits, warm median):
#   bench/profile.sh [10k|100k] [gap/report recruit/link …]        (-Dprofile.plan=true via PROFILE_PLAN=1)
# Reads cypher/queries and bench/oracle from the working tree; keeps the database in bench/.profile-<size>.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
[ -n "${JAVA_HOME:-}" ] && export PATH="$JAVA_HOME/bin:$PATH"
[ -f service/target/chain-chief.jar ] || ./mvnw -B -q -ntp -pl service -DskipTests package
./mvnw -B -q -ntp -o -pl service -DskipTests test-compile
[ -f service/target/bench.classpath ] || ./mvnw -B -q -ntp -pl service dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath > /dev/null
CP="service/target/test-classes:service/target/classes:$(cat service/target/bench.classpath)"
exec java -Xmx2g -Dbench.repo="$PWD" -Dprofile.plan="${PROFILE_PLAN:-false}" -cp "$CP" org.chainchief.bench.NationalProfile "$@"
