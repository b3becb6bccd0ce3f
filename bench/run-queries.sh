#!/usr/bin/env sh
# The query benchmark of issue 4 §3: the emulator seeded with 10,000 employees, the gateway in
# front of it, and the cost of the common queries. Writes target-bench/query-benchmark.md and
# prints it.
#
#   bench/run-queries.sh                          # 10,000 employees, 21 runs per query
#   EMPLOYEES=50000 RUNS=11 bench/run-queries.sh  # another tenant size
#
# Drop -o (offline) from MVN_FLAGS when the local Maven repository lacks a dependency.
set -eu
cd "$(dirname "$0")/.."
mkdir -p target-bench
report="$PWD/target-bench/query-benchmark.md"
# A fixed heap and a small young generation: young collections happen during a scan, so the
# heap used after them shows what the query keeps alive.
jvm="${JVM_ARGS:--Xms1g -Xmx1g -Xmn32m -XX:+UseG1GC}"
mvn ${MVN_FLAGS:--B -q -o} test -Dbuild.dir=target-bench \
  -Dtest=QueryBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dskovik.bench=true -Dskovik.bench.employees="${EMPLOYEES:-10000}" \
  -Dskovik.bench.runs="${RUNS:-21}" -Dskovik.bench.report="$report" \
  -DargLine="$jvm"
cat "$report"
