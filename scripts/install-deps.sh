#!/usr/bin/env bash
# Installs the Debian 12 packages Loopscope needs, only those missing.
# Runs apt-get directly as root, else through sudo. Quiet when nothing is missing.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config
  libimgui-dev libglfw3-dev libgl-dev libstb-dev
  libspdlog-dev libfmt-dev catch2 libcli11-dev nlohmann-json3-dev
  fonts-dejavu-core xvfb xauth python3
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "loopscope: installing missing Debian packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "loopscope: need root or sudo to install: ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
