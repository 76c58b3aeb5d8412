#!/usr/bin/env bash
# Alert matching throughput: presearcher-backed AlertMatcher vs. a naive loop over every saved query (run on a
# sample of naiveDocs x naiveQueries and extrapolated; it also checks both find the same matches on that sample).
# Usage: bench/run-alerts.sh [searches=100000] [docs=2000] [naiveDocs=10] [naiveQueries=20000] [realistic|dense]
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
./mvnw -q -B -Pbench -pl bench -am package -Dmaven.test.skip=true
exec java -Xms2g -Xmx4g --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector \
  -Dlogback.configurationFile=logback-bench.xml \
  -cp "bench/target/joinedup-bench.jar:bench/target/lib/*" org.joinedup.bench.AlertMatchingBench "$@"
