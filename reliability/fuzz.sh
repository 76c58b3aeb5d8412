#!/usr/bin/env bash
# Fuzzes every Jazzer @FuzzTest of the crawler, indexer and search-api for a given time each and reports, per target,
# the inputs run, the coverage reached (libFuzzer's cov/ft) and the findings.
#
#   reliability/fuzz.sh [-j JOBS] [--ci] [SECONDS-PER-TARGET] [Class | Class#method ...]
#
#   SECONDS-PER-TARGET  fuzzing time of each target (default 60)
#   -j JOBS             targets fuzzed at the same time (default 1; each is one JVM busy on one core)
#   --ci                concise output for .ci/run: one line per target and the summary (the table still goes
#                       to reliability/out/fuzz-summary.md)
#   Class#method ...    only these targets (a bare Class means all its methods); default: every target found
#
# How: one Maven run compiles the tests and writes each module's test class path (dependency:build-classpath);
# then each target runs in its own JVM through JUnit's ConsoleLauncher with JAZZER_FUZZ=1 (Jazzer fuzzes exactly one
# @FuzzTest per JVM). No Maven start-up per target. See docs/decisions/0010-fuzzing-runner.md.
#
# Where things go: the growing corpus and the logs stay in reliability/out/ (ignored by git). Jazzer writes a finding
# (crash-*, timeout-*, ...) into the target's committed inputs directory
# (<module>/src/test/resources/<package>/<Class>Inputs/<method>/), so once the bug is fixed the normal test run
# (./test.sh) replays it for ever. Exit status: 0 no findings, 1 findings or a target that failed to run, 2 setup.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
. bin/jdk.sh

JOBS=1
CI_MODE=0
SECONDS_EACH=60
SELECT=()
while [ $# -gt 0 ]; do
  case "$1" in
    -j) JOBS=$2; shift 2 ;;
    -j*) JOBS=${1#-j}; shift ;;
    --ci) CI_MODE=1; shift ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) if [[ "$1" =~ ^[0-9]+$ ]] && [ ${#SELECT[@]} -eq 0 ]; then SECONDS_EACH=$1; else SELECT+=("$1"); fi; shift ;;
  esac
done

MODULES=(crawler indexer search-api)
OUT=$ROOT/reliability/out
mkdir -p "$OUT/logs" "$OUT/results"
rm -f "$OUT"/results/*
# A real hang is ended by Jazzer's per-input timeout (the target's @Timeout); this only guards against a JVM that
# never finishes. Start-up (agent, hooks, instrumentation) took over 5 minutes at load average 35 on 2 cores.
GRACE=${FUZZ_GRACE:-1200}
JVM_ARGS=(-Xmx1g -Xss4m --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector
          -XX:+EnableDynamicAgentLoading)
FINDING_NAMES=(-name 'crash-*' -o -name 'timeout-*' -o -name 'slow-unit-*' -o -name 'oom-*' -o -name 'leak-*')

say() { [ "$CI_MODE" = 1 ] || echo "$@"; }

# "module fully.qualified.Class method" for every @FuzzTest method in the modules' test sources.
discover() {
  local f module cls
  for module in "${MODULES[@]}"; do
    while IFS= read -r f; do
      cls=$(sed -e "s|^$module/src/test/java/||" -e 's|\.java$||' -e 's|/|.|g' <<<"$f")
      awk '/@FuzzTest/ { want = 1; next }
           want && match($0, /void [A-Za-z0-9_]+\(/) { print substr($0, RSTART + 5, RLENGTH - 6); want = 0 }' "$f" |
        while read -r method; do echo "$module $cls $method"; done
    done < <(find "$module/src/test/java" -name '*FuzzTest.java' | sort)
  done
}

selected() {  # fqcn method
  [ ${#SELECT[@]} -eq 0 ] && return 0
  local s simple=${1##*.}
  for s in "${SELECT[@]}"; do
    [ "$s" = "$simple#$2" ] || [ "$s" = "$simple" ] || [ "$s" = "$1#$2" ] && return 0
  done
  return 1
}

TARGETS=()
while read -r module cls method; do
  selected "$cls" "$method" && TARGETS+=("$module $cls $method")
done < <(discover)
if [ ${#TARGETS[@]} -eq 0 ]; then echo "fuzz: no target matches ${SELECT[*]}" >&2; exit 2; fi

say "== building tests and class paths (${#TARGETS[@]} targets, ${SECONDS_EACH}s each, $JOBS at a time)"
t_build=$(date +%s)
TIMEFORMAT='fuzz.sh: cpu %U %S'
if ! { time ./mvnw -q -B -pl "$(IFS=,; echo "${MODULES[*]}")" -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/fuzz-classpath.txt -Dmdep.includeScope=test ; } >"$OUT/logs/build.log" 2>&1; then
  tail -30 "$OUT/logs/build.log" >&2
  echo "fuzz: build failed (log: reliability/out/logs/build.log)" >&2
  exit 2
fi
for module in "${MODULES[@]}"; do
  # Jazzer keeps the generated corpus under its base directory and writes findings into the base directory's
  # src/test/resources: a base in out/ whose src is the module's own keeps the corpus out of the source tree.
  mkdir -p "$OUT/base/$module"
  ln -sfn "$ROOT/$module/src" "$OUT/base/$module/src"
done
build_seconds=$(( $(date +%s) - t_build ))
build_cpu=$(awk '/^fuzz.sh: cpu / { printf "%.0f", $3 + $4 }' "$OUT/logs/build.log")

findings_in() { find "$1" -maxdepth 1 -type f \( "${FINDING_NAMES[@]}" \) 2>/dev/null | sort; }

# Runs one target and leaves one tab-separated line in out/results: name, seconds, runs, cov, ft, findings, status,
# new finding files.
run_target() {
  local module=$1 fqcn=$2 method=$3
  local simple=${fqcn##*.}
  local name="$simple#$method"
  local inputs="$module/src/test/resources/$(tr . / <<<"${fqcn%.*}")/${simple}Inputs/$method"
  local log="$OUT/logs/$simple-$method.log"
  local before after new rc t0 secs runs cov ft status count cpu
  mkdir -p "$inputs"
  before=$(findings_in "$inputs")
  t0=$(date +%s)
  (
    cd "$OUT/base/$module" || exit 2
    # CPU seconds (user + system) of the target's JVM, to tell its own cost from the machine's load
    TIMEFORMAT='fuzz.sh: cpu %U %S'
    time JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${SECONDS_EACH}s" timeout $((SECONDS_EACH + GRACE)) \
      java "${JVM_ARGS[@]}" \
      -cp "$ROOT/$module/target/test-classes:$ROOT/$module/target/classes:$(cat "$ROOT/$module/target/fuzz-classpath.txt")" \
      org.junit.platform.console.ConsoleLauncher execute --disable-banner --disable-ansi-colors --details=summary \
      "--select-method=$fqcn#$method(byte[])" \
      --config=junit.jupiter.execution.timeout.mode=disabled \
      "--config=jazzer.internal.basedir=$OUT/base/$module"
  ) >"$log" 2>&1
  rc=$?
  secs=$(( $(date +%s) - t0 ))
  after=$(findings_in "$inputs")
  new=$(comm -13 <(echo "$before") <(echo "$after") | grep -v '^$' | tr '\n' ' ')
  runs=$(grep -aoE 'Done [0-9]+ runs' "$log" | tail -1 | grep -oE '[0-9]+')
  # Jazzer's own JUnit section may print nothing when a finding stops it early: the last status line counts then.
  [ -z "$runs" ] && runs=$(grep -aoE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
  cov=$(grep -aE '^#[0-9]+' "$log" | tail -1 | grep -oE 'cov: [0-9]+' | grep -oE '[0-9]+')
  ft=$(grep -aE '^#[0-9]+' "$log" | tail -1 | grep -oE 'ft: [0-9]+' | grep -oE '[0-9]+')
  cpu=$(awk '/^fuzz.sh: cpu / { printf "%.0f", $3 + $4 }' "$log")
  count=$(wc -w <<<"$new")
  if { [ "$rc" -eq 124 ] || [ "$rc" -gt 128 ]; } && grep -aq 'libFuzzer: fuzz target exited' "$log"; then
    # killed from outside (the guard above, or a signal): libFuzzer saves the input it was running, which is
    # not a finding; park it out of the inputs directory
    mkdir -p "$OUT/killed"
    # shellcheck disable=SC2086
    [ -n "$new" ] && mv $new "$OUT/killed/"
    status="KILLED(rc=$rc)"
    count=0
  elif [ "$count" -gt 0 ]; then
    status=FINDING
  elif [ "$rc" -ne 0 ] && grep -aqE 'FuzzTestFindingException|== Java Exception|ERROR: libFuzzer' "$log"; then
    status=FINDING  # the input already is in the inputs directory (a fixed bug came back)
    count=1
  elif [ "$rc" -ne 0 ] || [ -z "$runs" ]; then
    status="ERROR(rc=$rc)"
  else
    status=ok
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$secs" "${cpu:-?}" "${runs:-?}" "${cov:-?}" "${ft:-?}" \
    "$count" "$status" "$new" >"$OUT/results/$simple-$method"
  printf '%-36s %4ss (cpu %4ss)  runs %9s  cov %5s  ft %5s  findings %s  %s\n' "$name" "$secs" "${cpu:-?}" \
    "${runs:-?}" "${cov:-?}" "${ft:-?}" "$count" "$status"
  if [ "$status" != ok ]; then
    show_problem "$log" "$new"
  fi
}

# The exception and every new finding's input, escaped and in hex, with its path.
show_problem() {
  local log=$1 files=$2 f
  grep -a -m1 -E '== Java Exception|FuzzTestFindingException|Exception in|ERROR' "$log" | sed 's/^/    /' | cut -c1-300
  for f in $files; do
    echo "    input: $f ($(wc -c <"$f") bytes)"
    if command -v python3 >/dev/null; then
      python3 -c 'import sys; d=open(sys.argv[1],"rb").read(); print("    escaped:", repr(d[:400]) + ("..." if len(d) > 400 else ""))' "$f"
    fi
    od -An -tx1 -v -N 48 "$f" | sed 's/^/    hex:/'
  done
  echo "    log: ${log#"$ROOT"/}"
}

t_fuzz=$(date +%s)
running=0
for t in "${TARGETS[@]}"; do
  # shellcheck disable=SC2086
  run_target $t &
  running=$((running + 1))
  if [ "$running" -ge "$JOBS" ]; then wait -n; running=$((running - 1)); fi
done
wait
fuzz_seconds=$(( $(date +%s) - t_fuzz ))

passed=0 failed=0 total_runs=0 total_cpu=0
summary=$OUT/fuzz-summary.md
{
  echo "Fuzz run $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null)$(git diff --quiet 2>/dev/null || echo ' (with local changes)'), ${SECONDS_EACH} s per target, $JOBS at a time"
  echo
  echo "| Target | Duration (s) | CPU (s) | Runs | cov | ft | Findings | Result |"
  echo "|---|---|---|---|---|---|---|---|"
} >"$summary"
for t in "${TARGETS[@]}"; do
  read -r module fqcn method <<<"$t"
  simple=${fqcn##*.}
  IFS=$'\t' read -r name secs cpu runs cov ft count status new <"$OUT/results/$simple-$method"
  echo "| \`$name\` | $secs | $cpu | $runs | $cov | $ft | $count | $status |" >>"$summary"
  [[ "$runs" =~ ^[0-9]+$ ]] && total_runs=$((total_runs + runs))
  [[ "$cpu" =~ ^[0-9]+$ ]] && total_cpu=$((total_cpu + cpu))
  if [ "$status" = ok ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo >>"$summary"
echo "Build ${build_seconds} s (cpu ${build_cpu:-?} s), fuzzing ${fuzz_seconds} s (cpu $total_cpu s), $total_runs inputs in all; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)." >>"$summary"

if [ "$CI_MODE" = 0 ]; then
  echo
  cat "$summary"
fi
echo "fuzz: ${#TARGETS[@]} targets x ${SECONDS_EACH} s, $total_runs inputs, build ${build_seconds} s + fuzzing ${fuzz_seconds} s, cpu $(( ${build_cpu:-0} + total_cpu )) s (table: reliability/out/fuzz-summary.md)"
echo "fuzz: $passed targets passed, $failed failed"
[ "$failed" -eq 0 ]
