#!/usr/bin/env bash
# Indexing throughput: our pipeline vs a bare Lucene IndexWriter on the same generated postings.
# Usage: bench/run-indexing.sh [docs=100000] [repeats=1] [batchSize=1000] [seed=42]
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
DOCS="${1:-100000}"
./mvnw -q -B -Pbench -pl bench -am package -Dmaven.test.skip=true
HEAP="${BENCH_HEAP:-$([ "${DOCS//_/}" -gt 250000 ] && echo 8g || echo 4g)}"
exec java -Xms"$HEAP" -Xmx"$HEAP" --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector \
  -Dlogback.configurationFile=logback-bench.xml \
  -cp "bench/target/joinedup-bench.jar:bench/target/lib/*" org.joinedup.bench.indexing.IndexingBench "$DOCS" "${@:2}"
