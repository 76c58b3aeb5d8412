#!/usr/bin/env bash
# Quality: dedup precision/recall/F1 on the labelled pair set and on generated re-listings; language-ID accuracy on
# the labelled titles.
# Usage: bench/run-quality.sh [generatedDocs=20000]
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
./mvnw -q -B -Pbench -pl bench -am package -Dmaven.test.skip=true
# DedupEvaluation lives in the indexer's test tree (it is not product code): compile it there.
./mvnw -q -B -pl indexer -am test-compile
JAVA_OPTS="-Xms2g -Xmx2g --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector"
CP="bench/target/joinedup-bench.jar:bench/target/lib/*"
echo "== dedup on the labelled pair set (held-out half; indexer/src/test/resources/dedup/pairs.jsonl)"
java $JAVA_OPTS -Dlogback.configurationFile=logback-bench.xml -cp "indexer/target/test-classes:$CP" org.joinedup.indexer.dedup.DedupEvaluation \
  indexer/src/test/resources/dedup/pairs.jsonl
echo "== language ID on labelled titles; dedup on generated re-listings"
exec java -Xms2g -Xmx2g --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector \
  -Dlogback.configurationFile=logback-bench.xml \
  -cp "bench/target/joinedup-bench.jar:bench/target/lib/*" org.joinedup.bench.quality.QualityBench "$@"
