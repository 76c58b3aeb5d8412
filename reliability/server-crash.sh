#!/usr/bin/env bash
# kill -9 of the real server process, long form: reliability/server-crash.sh [cycles] [seed]  (default 100)
# Runs ServerCrashIT (search-api/src/test/java/org/joinedup/api) with more cycles than the 20 of `mvn verify`:
# the server JVM (H2 file database, index on disk, instant alerts to GreenMail) is SIGKILLed while it harvests a
# growing feed; after each kill CheckIndex must be clean, every acknowledged vacancy present and the restart
# under 10 s (p95); at the end at most one duplicate alert per crash. About 15-20 s per cycle on 2 cores.
set -uo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh

CYCLES=${1:-100}
SEED=${2:-$(date +%s%N)}
mkdir -p reliability/out
LOG=reliability/out/server-crash-$CYCLES.log
echo "== server crash harness: $CYCLES cycles, seed $SEED (log: $LOG)"
./mvnw -B -pl search-api -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=ServerCrashIT -Dfailsafe.failIfNoSpecifiedTests=false -Djoinedup.crash.cycles="$CYCLES" \
  -Djoinedup.crash.seed="$SEED" >"$LOG" 2>&1
rc=$?
grep -h '^ServerCrashIT' search-api/target/failsafe-reports/org.joinedup.api.ServerCrashIT-output.txt 2>/dev/null
grep -h 'Tests run:' search-api/target/failsafe-reports/org.joinedup.api.ServerCrashIT.txt 2>/dev/null
[ $rc -ne 0 ] && echo "FAILED (rc=$rc); see $LOG and search-api/target/failsafe-reports/" >&2
exit $rc
