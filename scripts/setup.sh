#!/usr/bin/env bash
# Installs the Debian 12 packages Detente needs to build, test and take screenshots.
# Installs only what is missing; needs root (or sudo) when something is missing.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config
  # fuzzing (scripts/fuzz.sh): clang 14 with libFuzzer and the sanitizer runtimes
  clang libclang-rt-14-dev
  # libraries
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools libsqlite3-dev sqlite3 catch2 libgl-dev zlib1g-dev
  # runtime: fonts for rendering, the offscreen/xcb platform plugins come with qt6-base
  fonts-dejavu-core libqt6svg6 qt6-qpa-plugins
  # screenshots and looking at exports
  xvfb xauth imagemagick poppler-utils librsvg2-bin
  # desktop integration: validators the install tests run, dpkg-shlibdeps for `cpack -G DEB`
  desktop-file-utils appstream shared-mime-info dpkg-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

sudo=()
if ((EUID != 0)); then
  command -v sudo >/dev/null || { echo "setup: missing packages (${missing[*]}) and not root; run as root" >&2; exit 1; }
  sudo=(sudo)
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
