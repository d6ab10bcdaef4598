#!/usr/bin/env bash
# Installs what is missing, builds Detente with its tests and runs the whole suite through ctest.
# Tests need no display: the test runner picks Qt's offscreen platform itself.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

cmake --preset dev
cmake --build --preset dev
# --no-tests=error: a suite that registered no tests must fail, not pass.
ctest --preset dev --no-tests=error --output-on-failure
