#!/usr/bin/env bash
# Builds the libFuzzer targets (the "fuzz" preset: clang, ASan + UBSan) and fuzzes every parser
# for a bounded time: first each kept crash input (tests/fuzz/regressions/<target>/) must pass,
# then the target runs from its seed corpus (tests/fuzz/corpus/<target>/, never written to).
#
#   bash scripts/fuzz.sh                       # CI: 3,000 runs per target from a fixed seed
#   DETENTE_FUZZ_SECONDS=600 bash scripts/fuzz.sh gdelt csv   # a longer local run of some
#
# The CI run is reproducible: a fixed seed and a fixed number of runs give the same inputs on
# every machine, so a red CI always means the change under test (replay it with the same
# command). A run with DETENTE_FUZZ_SECONDS explores: random seed, as many runs as fit.
#
# A crash stops the run and leaves its input in build/fuzz/artifacts/<target>/: fix the bug,
# then keep the input in tests/fuzz/regressions/<target>/ (the Catch2 suite replays it too).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -n ${DETENTE_FUZZ_SECONDS:-} ]]; then
  seconds=$DETENTE_FUZZ_SECONDS
  runs=${DETENTE_FUZZ_RUNS:--1} # -1: as many as fit in the time
  seed=${DETENTE_FUZZ_SEED:-0}  # 0: libFuzzer picks one (and prints it)
else
  seconds=60 # a cap only: 3,000 runs take 1-3 s per target
  runs=${DETENTE_FUZZ_RUNS:-3000}
  seed=${DETENTE_FUZZ_SEED:-1}
fi
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
  # New inputs go to the scratch folder (the first one); the seed corpus is only read. The real
  # development articles beside the project join the extractor's (read, never copied in here).
  corpora=("tests/fuzz/corpus/$t")
  if [[ $t == extractor && -d ../shared/data/articles ]]; then
    corpora+=(../shared/data/articles ../shared/seed)
  fi
  log=$scratch/$t.log
  if ! "$bin" -seed="$seed" -max_total_time="$seconds" -runs="$runs" -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$artifacts/" \
      "$scratch/$t" "${corpora[@]}" >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    echo "fuzz: $t crashed; the input is in $artifacts/" >&2
    exit 1
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  echo "fuzz: $t: ${execs:-?} executions (seed $seed), no crash (${#kept[@]} regression inputs replayed)"
done
