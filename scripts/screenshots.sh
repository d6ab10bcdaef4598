#!/usr/bin/env bash
# Regenerates the README's pictures from the bundled events: an export made by the program and
# a screenshot of the real window under Xvfb. Run after scripts/run.sh or a release build.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/release/app/detente
[[ -x $bin ]] || { cmake --preset release >/dev/null && cmake --build --preset release; }
out=resources/doc
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A fresh user data folder: the program creates and seeds its database there.
XDG_DATA_HOME=$work/data "$bin" export --out "$out/export.png" --width 1600 --height 420 --force

db=$work/window.sqlite
cat >"$work/shot.sh" <<SHOT
#!/usr/bin/env bash
"$PWD/$bin" --db "$db" &
pid=\$!
sleep 4
import -window root "$out/window.png"
kill \$pid
SHOT
chmod +x "$work/shot.sh"
xvfb-run -a -s "-screen 0 1400x780x24" "$work/shot.sh"
echo "wrote $out/export.png and $out/window.png"
