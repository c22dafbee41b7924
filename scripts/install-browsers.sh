#!/bin/sh
# Installs the browsers the e2e tests drive: Debian's chromium and firefox-esr. Idempotent: a browser that is
# already on PATH is left alone. Run as root (CI containers); it does not use sudo.
set -eu

if [ "$(id -u)" -ne 0 ]; then
  echo "install-browsers.sh: run as root (apt-get needs it)" >&2
  exit 1
fi

updated=no
install() {
  if command -v "$1" >/dev/null 2>&1; then
    echo "install-browsers.sh: $1 already installed ($(command -v "$1"))"
    return
  fi
  if [ "$updated" = no ]; then
    apt-get update
    updated=yes
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$1"
}

install chromium
install firefox-esr
