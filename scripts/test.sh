#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Copyline with its tests and runs every test headless (QT_QPA_PLATFORM=offscreen).
# Installs what is missing with apt-get first. Extra arguments go to ctest, e.g.: scripts/test.sh -R tst_cli
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
copyline_install_deps

BUILD_DIR=${COPYLINE_BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCOPYLINE_BUILD_TESTS=ON -DCOPYLINE_BUILD_BENCH=ON
scripts/check-deps.sh "$BUILD_DIR"
cmake --build "$BUILD_DIR"
export QT_QPA_PLATFORM=offscreen
cd "$BUILD_DIR"
ctest --output-on-failure -j"$(nproc)" "$@"
