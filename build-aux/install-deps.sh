#!/bin/sh
# Install the Debian 12 packages Parallax needs, only those that are missing.
#   build-aux/install-deps.sh          what building and running needs
#   build-aux/install-deps.sh --test   plus what the test suite needs
set -eu

BUILD_PKGS="meson ninja-build pkg-config gcc libc6-dev python3
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libgtksourceview-5-dev
  libjansson-dev libxml2-dev libstemmer-dev libuchardet-dev gettext
  libcairo2-dev libpango1.0-dev
  desktop-file-utils appstream fonts-dejavu-core"
TEST_PKGS="python3-jsonschema xvfb xauth dbus dbus-x11 at-spi2-core
  python3-dogtail imagemagick xdotool poppler-utils chromium shared-mime-info"

pkgs="$BUILD_PKGS"
if [ "${1:-}" = "--test" ]; then
  pkgs="$pkgs $TEST_PKGS"
fi

missing=""
for p in $pkgs; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  if [ "$status" != "installed" ]; then
    missing="$missing $p"
  fi
done

if [ -z "$missing" ]; then
  echo "install-deps: all packages present"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "install-deps: need root (or sudo) to install:$missing" >&2
  exit 1
fi

echo "install-deps: installing$missing"
$SUDO apt-get update -q
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $missing
