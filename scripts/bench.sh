#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Copyline optimised and runs every benchmark in bench/ (each compares with its peer tool in the same run).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
copyline_install_deps
BUILD_DIR=${COPYLINE_BENCH_BUILD_DIR:-build-bench}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCOPYLINE_BUILD_TESTS=OFF -DCOPYLINE_BUILD_BENCH=ON
cmake --build "$BUILD_DIR" --target $(cd bench && ls bench_*.cpp | sed "s/\.cpp$//" | tr "\n" " ")
for bench in "$BUILD_DIR"/bin/bench_*; do
    echo "=== $(basename "$bench")"
    "$bench" "$@"
done
