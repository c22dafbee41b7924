#!/bin/sh
# Installs the browsers the e2e tests drive: Debian's chromium and firefox-esr, and Firefox's German language
# pack for the German UI test (Chromium ships its locales). Idempotent and quick: what is already installed is
# left alone and apt's lists are only fetched when something is missing. Run as root (CI containers); it does
# not use sudo.
set -eu

if [ "$(id -u)" -ne 0 ]; then
  echo "install-browsers.sh: run as root (apt-get needs it)" >&2
  exit 1
fi

updated=no
apt_install() {
  if [ "$updated" = no ]; then
    apt-get update
    updated=yes
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$1"
}

# A browser is judged by its binary on PATH (it may come from elsewhere than apt).
install_browser() {
  if command -v "$1" >/dev/null 2>&1; then
    echo "install-browsers.sh: $1 already installed ($(command -v "$1"))"
    return
  fi
  apt_install "$1"
}

# A package without a binary is judged by dpkg.
install_package() {
  if dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; then
    echo "install-browsers.sh: $1 already installed"
    return
  fi
  apt_install "$1"
}

install_browser chromium
install_browser firefox-esr
install_package firefox-esr-l10n-de
