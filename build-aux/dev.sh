#!/bin/sh
# The two Quick start commands.
#   build-aux/dev.sh run    install what is missing, build, open the sample comparison
#   build-aux/dev.sh test   install what is missing, build, run the whole test suite
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

mode="${1:-run}"
builddir="${PLX_BUILDDIR:-_build}"

case "$mode" in
  run)
    sh build-aux/install-deps.sh
    if [ ! -f "$builddir/build.ninja" ]; then
      meson setup "$builddir"
    fi
    meson compile -C "$builddir"
    exec "$builddir/app/gui/parallax" --sample
    ;;
  test)
    sh build-aux/install-deps.sh --test
    if [ ! -f "$builddir/build.ninja" ]; then
      meson setup "$builddir" -Dwerror=true
    else
      meson configure "$builddir" -Dwerror=true
    fi
    meson compile -C "$builddir"
    exec sh build-aux/run-tests.sh "$builddir"
    ;;
  *)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
