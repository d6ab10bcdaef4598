#!/usr/bin/env bash
# Builds the libFuzzer targets (the "fuzz" preset: clang, ASan + UBSan) and fuzzes every parser
# for a bounded time: first each kept crash input (tests/fuzz/regressions/<target>/) must pass,
# then the target runs from its seed corpus (tests/fuzz/corpus/<target>/, never written to).
#
#   bash scripts/fuzz.sh                       # CI: ~7 s per target, about a minute in all
#   DETENTE_FUZZ_SECONDS=600 bash scripts/fuzz.sh gdelt csv   # a longer local run of some
#
# A crash stops the run and leaves its input in build/fuzz/artifacts/<target>/: fix the bug,
# then keep the input in tests/fuzz/regressions/<target>/ (the Catch2 suite replays it too).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${DETENTE_FUZZ_SECONDS:-7}
runs=${DETENTE_FUZZ_RUNS:--1} # -1: as many as fit in the time
build=${DETENTE_FUZZ_BUILD:-build/fuzz}
all=(gdelt icews csv json timelinejs dateresolver extractor database)
if (($#)); then targets=("$@"); else targets=("${all[@]}"); fi

if [[ ${DETENTE_FUZZ_SKIP_BUILD:-0} != 1 ]]; then
  cmake --preset fuzz -B "$build"
  cmake --build "$build" --target fuzz_all
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export TMPDIR=$scratch # the targets' scratch files

for t in "${targets[@]}"; do
  bin=$build/tests/fuzz/fuzz_$t
  [[ -x $bin ]] || { echo "fuzz: no target $t" >&2; exit 2; }
  artifacts=$build/artifacts/$t
  mkdir -p "$artifacts" "$scratch/$t"
  shopt -s nullglob
  kept=(tests/fuzz/regressions/"$t"/*)
  shopt -u nullglob
  if ((${#kept[@]})); then
    "$bin" -artifact_prefix="$artifacts/" "${kept[@]}" >"$scratch/$t.replay.log" 2>&1 ||
      { cat "$scratch/$t.replay.log" >&2; echo "fuzz: $t: a kept regression input fails again" >&2; exit 1; }
  fi
  # New inputs go to the scratch folder (the first one); the seed corpus is only read.
  log=$scratch/$t.log
  if ! "$bin" -max_total_time="$seconds" -runs="$runs" -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$artifacts/" \
      "$scratch/$t" "tests/fuzz/corpus/$t" >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    echo "fuzz: $t crashed; the input is in $artifacts/" >&2
    exit 1
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  echo "fuzz: $t: ${execs:-?} executions in ${seconds}s, no crash (${#kept[@]} regression inputs replayed)"
done
