#!/usr/bin/env bash
# Rate limiting under a wrk flood while a normal API-key client searches (goal: its p99 < 200 ms).
# Usage: reliability/flood.sh [seconds=30] [connections=64]     (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
command -v wrk >/dev/null || { echo "wrk not installed (apt-get install -y wrk)" >&2; exit 2; }
./mvnw -q -B -Pbench -pl bench -am package -Dmaven.test.skip=true
exec java -Xmx1g --enable-native-access=ALL-UNNAMED -Dlogback.configurationFile=logback-bench.xml \
  -cp "bench/target/joinedup-bench.jar:bench/target/lib/*" org.joinedup.bench.flood.FloodBench "$@"
