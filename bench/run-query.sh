#!/usr/bin/env bash
# Query latency p50/p95/p99 and QPS, in process: our searcher vs a bare IndexSearcher on the same index.
# Usage: bench/run-query.sh [docs=1000000] [secondsPerPhase=30] [threads=1,2] [seed=42]
# The index is built once with our pipeline under bench/target/bench-index-<docs>-<seed>-<day> and reused.
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
DOCS="${1:-1000000}"
./mvnw -q -B -Pbench -pl bench -am package -Dmaven.test.skip=true
HEAP="${BENCH_HEAP:-$([ "${DOCS//_/}" -gt 250000 ] && echo 8g || echo 4g)}"
# The HTTP phases run the server in its own JVM; opening a large index needs the same heap (it reads every open
# vacancy to rebuild the dedup signatures).
export BENCH_SERVER_HEAP="${BENCH_SERVER_HEAP:-$HEAP}"
exec java -Xms"$HEAP" -Xmx"$HEAP" --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector \
  -Dlogback.configurationFile=logback-bench.xml \
  -cp "bench/target/joinedup-bench.jar:bench/target/lib/*" org.joinedup.bench.query.QueryBench "$DOCS" "${@:2}"
