#!/bin/sh
# bench-gui-startup.sh — time from launch to a drawn window with 10 articles
#
# usage: bench-gui-startup.sh /path/to/parallax [runs]
# Needs a display (e.g. xvfb-run -a -s '-screen 0 1600x1000x24'). Prints,
# per run, the time to the first drawn frame, the time until all articles
# are imported, analysed and drawn (wall clock and the process's CPU time,
# which does not grow when other programs load the machine), and the
# longest main-loop stall after the first frame (what a user would feel as
# a freeze); then a 5 MB article.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

bin=${1:?usage: bench-gui-startup.sh /path/to/parallax [runs]}
runs=${2:-3}
here=$(cd "$(dirname "$0")/../.." && pwd)
samples="$here/data/samples"

if [ -z "${DISPLAY:-}" ]; then
  echo "bench-gui-startup: no display; run it under xvfb-run" >&2
  exit 77
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# ten articles: the samples, copied under distinct names
n=0
while [ $n -lt 10 ]; do
  for f in "$samples"/*.txt "$samples"/*.html; do
    [ $n -lt 10 ] || break
    cp "$f" "$tmp/$n-$(basename "$f")"
    n=$((n + 1))
  done
done

# a 5 MB article: one sample repeated
python3 - "$samples/northern-ledger.txt" "$tmp/big.txt" <<'PY'
import sys
src = open(sys.argv[1], encoding='utf-8').read()
out, n = [], 0
while n < 5 * 1024 * 1024:
    out.append(src)
    n += len(src.encode()) + 2
open(sys.argv[2], 'w', encoding='utf-8').write('\n\n'.join(out))
PY

export GSETTINGS_BACKEND=memory GTK_A11Y=none XDG_CACHE_HOME="$tmp/cache"
run () {
  if command -v dbus-run-session >/dev/null 2>&1; then
    dbus-run-session -- "$bin" --measure-startup "$@" 2>/dev/null
  else
    "$bin" --measure-startup "$@"
  fi
}

echo "# 10 articles (run 0 warms the caches: fontconfig, GL shaders)"
echo "run 0: $(run $(ls "$tmp"/[0-9]-* | sort) | tr '\n' ' ')"
i=1
while [ $i -le "$runs" ]; do
  echo "run $i: $(run $(ls "$tmp"/[0-9]-* | sort) | tr '\n' ' ')"
  i=$((i + 1))
done
echo "# one 5 MB article"
echo "run 1: $(run "$tmp/big.txt" | tr '\n' ' ')"
