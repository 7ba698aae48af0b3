#!/bin/sh
# Run the whole test suite inside a private X display (Xvfb), a private
# D-Bus session bus and the accessibility bus, as the GUI tests need, then
# print "N passed, N failed, N skipped" and exit non-zero on any failure.
set -u

builddir="${1:-_build}"
here=$(cd "$(dirname "$0")/.." && pwd)
builddir=$(cd "$builddir" && pwd)

inner="
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
sleep 1
meson test -C '$builddir' --print-errorlogs --num-processes 2 \${PLX_MESON_TEST_ARGS:-}
echo \$? > '$builddir/meson-test-rc'
"

rm -f "$builddir/meson-test-rc" "$builddir/meson-logs/testlog.json"
if command -v xvfb-run >/dev/null 2>&1 && command -v dbus-run-session >/dev/null 2>&1; then
  xvfb-run -a -s '-screen 0 1600x1000x24 -nolisten tcp' \
    env GDK_BACKEND=x11 NO_AT_BRIDGE=0 \
    dbus-run-session -- sh -c "$inner"
else
  echo "run-tests: xvfb-run or dbus-run-session missing; GUI tests will skip" >&2
  sh -c "$inner"
fi

rc=$(cat "$builddir/meson-test-rc" 2>/dev/null || echo 1)
python3 "$here/build-aux/test-summary.py" "$builddir/meson-logs/testlog.json"
summary_rc=$?
if [ "$rc" -ne 0 ] || [ "$summary_rc" -ne 0 ]; then
  exit 1
fi
exit 0
