#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up a fresh Debian 12 machine (apt-get), builds Copyline and starts the console.
# Extra arguments go to the console, e.g.: scripts/run-console.sh --workspace ~/copyline-lab
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
copyline_install_deps

BUILD_DIR=${COPYLINE_BUILD_DIR:-build-release}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOPYLINE_BUILD_TESTS=OFF -DCOPYLINE_BUILD_BENCH=OFF
cmake --build "$BUILD_DIR" --target copyline copylinectl copylined

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "No display found: starting the console on a virtual display (xvfb-run)."
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$BUILD_DIR/bin/copyline" "$@"
fi
exec "$BUILD_DIR/bin/copyline" "$@"
