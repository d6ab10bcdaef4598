#!/usr/bin/env bash
# Renders the PNG icon sizes from the scalable icon; run after editing the SVG and commit the
# PNGs (the build does not need librsvg). Needs rsvg-convert (librsvg2-bin, in scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
id=org.detente.Detente
icons=resources/desktop/icons
command -v rsvg-convert >/dev/null || { echo "icons: rsvg-convert missing; run scripts/setup.sh" >&2; exit 1; }
for size in 16 22 24 32 48 64 128 256; do
  dir=$icons/hicolor/${size}x${size}/apps
  mkdir -p "$dir"
  rsvg-convert --width "$size" --height "$size" "$icons/$id.svg" --output "$dir/$id.png"
done
echo "icons: wrote $icons/hicolor/*/apps/$id.png"
