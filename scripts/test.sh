#!/usr/bin/env bash
# Installs what is missing, builds Detente with its tests and runs the whole suite through ctest,
# then builds and runs it again with sanitizers, then fuzzes every parser for about a minute.
# Tests need no display: the test runner picks Qt's offscreen platform itself.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

cmake --preset dev
cmake --build --preset dev
# --no-tests=error: a suite that registered no tests must fail, not pass.
ctest --preset dev --no-tests=error --output-on-failure

# The same suite again under AddressSanitizer and UndefinedBehaviorSanitizer: any report
# aborts the test that caused it, and the run fails. (DETENTE_SKIP_ASAN=1 skips this locally.)
if [[ ${DETENTE_SKIP_ASAN:-0} != 1 ]]; then
  cmake --preset asan
  cmake --build --preset asan
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp
  ctest --preset asan --no-tests=error --output-on-failure
fi

# Every parser under libFuzzer for about a minute in all (DETENTE_SKIP_FUZZ=1 skips this locally).
if [[ ${DETENTE_SKIP_FUZZ:-0} != 1 ]]; then
  bash scripts/fuzz.sh
fi
