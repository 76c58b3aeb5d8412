#!/usr/bin/env bash
# Quality: language-ID accuracy on the labelled titles; dedup precision/recall/F1 on generated re-listings.
# Usage: bench/run-quality.sh [generatedDocs=20000]
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
./mvnw -o -q -B -Pbench -pl bench -am package -DskipTests
exec java -Xms2g -Xmx2g --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector \
  -Dlogback.configurationFile=logback-bench.xml \
  -cp "bench/target/joinedup-bench.jar:bench/target/lib/*" org.joinedup.bench.quality.QualityBench "$@"
