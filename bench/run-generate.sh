#!/usr/bin/env bash
# Generates a data set and prints its summary (shares, words, SHA-256, speed).
# Usage: bench/run-generate.sh [docs=100000] [seed=42]
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh
./mvnw -q -B -Pbench -pl bench -am package -Dmaven.test.skip=true
exec java -Xmx4g -Dlogback.configurationFile=logback-bench.xml -cp "bench/target/joinedup-bench.jar:bench/target/lib/*" org.joinedup.bench.generate.GenerateMain "${1:-100000}" "${@:2}"
