#!/usr/bin/env bash
# Builds the service and starts it on the embedded default: bundled demo sources,
# embedded H2 file database and a local index under ./data. Prints the URL to open.
# Extra arguments go to the server, e.g. ./run.sh --config my.yaml
set -euo pipefail
cd "$(dirname "$0")"
. bin/jdk.sh
./mvnw -q -B -DskipTests -Dmaven.test.skip=true install
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector \
  -jar search-api/target/joinedup-search-api.jar "$@"
