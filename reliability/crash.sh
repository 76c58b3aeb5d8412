#!/usr/bin/env bash
# kill -9 crash harness, long form: reliability/crash.sh [cycles] [seed]   (default 100 cycles, random seed)
# Runs IndexerCrashIT (indexer/src/test/java/org/joinedup/indexer/reliability) with more cycles than the
# 20 of `mvn verify`: an IngestWorker child JVM is SIGKILLed at a random point each cycle; after each kill
# CheckIndex must be clean, every acknowledged vacancy present, and the index reopen under 10 s.
set -uo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh

CYCLES=${1:-100}
SEED=${2:-$(date +%s%N)}
mkdir -p reliability/out
LOG=reliability/out/crash-$CYCLES.log
echo "== crash harness: $CYCLES cycles, seed $SEED (log: $LOG)"
# -Dtest=NONE: skip the unit tests of the reactor; the IT runs under Failsafe in the indexer module.
./mvnw -B -pl indexer -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=IndexerCrashIT -Djoinedup.crash.cycles="$CYCLES" -Djoinedup.crash.seed="$SEED" >"$LOG" 2>&1
rc=$?
grep -h '^CRASH:' indexer/target/failsafe-reports/org.joinedup.indexer.reliability.IndexerCrashIT-output.txt 2>/dev/null
grep -h 'Tests run:' indexer/target/failsafe-reports/org.joinedup.indexer.reliability.IndexerCrashIT.txt 2>/dev/null
if [ $rc -ne 0 ]; then
  echo "FAILED (rc=$rc); see $LOG and indexer/target/failsafe-reports/" >&2
fi
exit $rc
