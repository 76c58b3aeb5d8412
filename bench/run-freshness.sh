#!/usr/bin/env bash
# Time from a new item in a loopback RSS feed to searchable (crawler + indexer loop), p50/p95.
# Usage: bench/run-freshness.sh [rounds=50] [pollMillis=1000] [feedSize=200]
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
./mvnw -q -B -Pbench -pl bench -am package -Dmaven.test.skip=true
exec java -Xms1g -Xmx1g --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector \
  -Dlogback.configurationFile=logback-bench.xml \
  -cp "bench/target/joinedup-bench.jar:bench/target/lib/*" org.joinedup.bench.freshness.FreshnessBench "$@"
