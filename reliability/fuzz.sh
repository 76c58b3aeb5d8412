#!/usr/bin/env bash
# Fuzzes each crawler parser target with Jazzer for a short time (default 60 s each) and reports findings.
#   reliability/fuzz.sh [seconds-per-target] [Class#method ...]
# Findings are written by Jazzer as crash-* files next to the committed seeds
# (crawler/src/test/resources/org/joinedup/crawler/fuzz/<Class>Inputs/<method>/) so that, once the bug is
# fixed, plain `mvn test` replays them for ever. The growing corpus is kept in reliability/out/cifuzz-corpus.
set -uo pipefail
cd "$(dirname "$0")/.."
. bin/jdk.sh

SECONDS_EACH=${1:-60}
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
  TARGETS=(FeedParserFuzzTest#feed JobXmlFuzzTest#jobXml HtmlJobPostingFuzzTest#page
           HtmlJobPostingFuzzTest#jsonLd CrawlerParseFuzzTest#push)
fi
OUT=reliability/out
SEEDS=crawler/src/test/resources/org/joinedup/crawler/fuzz
mkdir -p "$OUT/cifuzz-corpus"
# Jazzer keeps its corpus in <module>/.cifuzz-corpus; park it outside the source tree between runs.
rm -rf crawler/.cifuzz-corpus && cp -r "$OUT/cifuzz-corpus" crawler/.cifuzz-corpus

./mvnw -q -B -pl crawler test-compile >/dev/null || { echo "build failed" >&2; exit 2; }
total_crashes=0
summary=()
for t in "${TARGETS[@]}"; do
  cls=${t%#*}; method=${t#*#}
  before=$(find "$SEEDS/${cls}Inputs/$method" -name 'crash-*' -o -name 'timeout-*' -o -name 'slow-unit-*' | wc -l)
  log="$OUT/fuzz-$cls-$method.log"
  echo "== fuzzing $cls#$method for ${SECONDS_EACH}s (log: $log)"
  # JAZZER_FUZZ=1: fuzzing mode for the one selected @FuzzTest. JAZZER_MAX_DURATION overrides maxDuration.
  # JUnit's own @Timeout would otherwise apply to the whole fuzzing run (Jazzer issues #930/#1060); Jazzer
  # still turns @Timeout into libFuzzer's per-input -timeout, so hangs are still findings.
  JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${SECONDS_EACH}s" JAVA_TOOL_OPTIONS="-Xmx1g" \
    ./mvnw -B -pl crawler surefire:test -Dtest="$t" -Dsurefire.failIfNoSpecifiedTests=false \
      -Djunit.jupiter.execution.timeout.mode=disabled -DtrimStackTrace=false >"$log" 2>&1
  rc=$?
  after=$(find "$SEEDS/${cls}Inputs/$method" -name 'crash-*' -o -name 'timeout-*' -o -name 'slow-unit-*' | wc -l)
  new=$((after - before))
  runs=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1)
  cov=$(grep -E '^#[0-9]+' "$log" | tail -1 | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' )
  status=ok
  if [ "$rc" -ne 0 ] || [ "$new" -gt 0 ]; then status="FINDING (rc=$rc, new inputs=$new)"; total_crashes=$((total_crashes + (new > 0 ? new : 1))); fi
  summary+=("$cls#$method: ${runs:-no run count} ${cov:+($cov)} -> $status")
done
rm -rf "$OUT/cifuzz-corpus" && mv crawler/.cifuzz-corpus "$OUT/cifuzz-corpus" 2>/dev/null || mkdir -p "$OUT/cifuzz-corpus"
echo
echo "== fuzz summary (${SECONDS_EACH}s per target)"
printf '%s\n' "${summary[@]}"
echo "findings: $total_crashes"
[ "$total_crashes" -eq 0 ]
