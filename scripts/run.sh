#!/usr/bin/env bash
# Installs what is missing, builds Detente in Release and opens the window on the bundled
# article's events. Arguments go to the program (e.g. --db PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec build/release/app/detente "$@"
