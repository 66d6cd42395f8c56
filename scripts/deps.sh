#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Copyline needs to build, run and test, skipping those already present.
# Sourced by run-console.sh and test.sh; usable alone: scripts/deps.sh
set -euo pipefail

COPYLINE_PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6sql6-sqlite libqt6svg6
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6opengl6-dev libssl-dev libgl-dev libegl-dev libglx-dev libopengl-dev libglu1-mesa-dev libvulkan-dev
    xvfb xauth imagemagick fonts-noto-cjk
    appstream desktop-file-utils
    qemu-utils libnbd-bin fio e2fsprogs rsync
)

copyline_install_deps() {
    local missing=()
    local pkg
    for pkg in "${COPYLINE_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        sudo=(sudo)
    fi
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    copyline_install_deps
fi
