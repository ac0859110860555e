#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine: Chromium (E2E), LibreOffice and
# poppler (rendering the exported .docx), fonts (Liberation Sans: Arial's metrics, for the page layout
# and its width table), Xvfb, python3-docx (Word files Ripoti did not write, for the import tests);
# then the project's npm packages.
# Never downloads a browser or the Electron binary (see ../shared/handbook/environment.md).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(chromium libreoffice-writer-nogui poppler-utils fonts-dejavu fonts-liberation2 xvfb curl python3 python3-docx)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if ((${#missing[@]})); then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

export ELECTRON_SKIP_BINARY_DOWNLOAD=1
npm ci --no-audit --no-fund
