#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when the build found a CMake package or a library that belongs to a Debian package missing from
# scripts/deps.sh. A developer machine that happens to have a package would otherwise hide a broken fresh
# install (Qt6Charts' config needs Qt6OpenGL, whose libqt6opengl6-dev was once missing).
# Usage: scripts/check-deps.sh BUILD_DIR   (after cmake has configured BUILD_DIR)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh

build_dir=${1:-build}
cache="$build_dir/CMakeCache.txt"
if [[ ! -f $cache ]]; then
    echo "check-deps: $cache not found; configure the build first (cmake -S . -B $build_dir)" >&2
    exit 2
fi

declare -A listed=()
for pkg in "${COPYLINE_PACKAGES[@]}"; do
    # COPYLINE_CHECK_DEPS_WITHOUT: pretend deps.sh lacks this package (the self-test proves the check fails)
    [[ $pkg == "${COPYLINE_CHECK_DEPS_WITHOUT:-}" ]] && continue
    listed[$pkg]=1
done

# The file that stands for each cache entry: <Name>Config.cmake (or <name>-config.cmake) in a <Name>_DIR,
# the library itself for a *_LIBRARY. Include directories are shared by many packages and say nothing.
files=()
while IFS='=' read -r key value; do
    name=${key%%:*}
    case $key in
    *_DIR:PATH)
        name=${name%_DIR}
        lower=$(tr '[:upper:]' '[:lower:]' <<<"$name")
        for candidate in "$value/${name}Config.cmake" "$value/${lower}-config.cmake"; do
            if [[ -f $candidate ]]; then
                files+=("$candidate")
                break
            fi
        done
        ;;
    *_LIBRARY:FILEPATH)
        [[ -e $value ]] && files+=("$value")
        ;;
    esac
done < <(grep -E '^[A-Za-z0-9_]+_(DIR:PATH|LIBRARY:FILEPATH)=/usr/' "$cache")

# One dpkg -S for all files (one call each took half a minute): "package[, package]: /path" per owned file.
declare -A owner_of=()
while IFS= read -r line; do
    owner_of[${line#*: }]=${line%%: *}
done < <(dpkg -S "${files[@]}" 2>/dev/null || true)

missing=0
checked=0
for file in "${files[@]}"; do
    owner=${owner_of[$file]:-}
    if [[ -z $owner ]]; then
        owner=$(dpkg -S "$(readlink -f "$file")" 2>/dev/null | head -n1 | cut -d: -f1 || true)
    fi
    if [[ -z $owner ]]; then
        continue # not from a Debian package (built by hand); nothing a fresh install could miss
    fi
    owner=${owner%%,*}
    owner=${owner%%:*} # "libfoo-dev:amd64" names the package libfoo-dev
    checked=$((checked + 1))
    if [[ -z ${listed[$owner]:-} ]]; then
        echo "check-deps: $file belongs to the Debian package $owner, which scripts/deps.sh does not install;" \
            "add it to COPYLINE_PACKAGES" >&2
        missing=$((missing + 1))
    fi
done

if ((missing > 0)); then
    echo "check-deps: $missing package(s) missing from scripts/deps.sh" >&2
    exit 1
fi
echo "check-deps: all $checked CMake packages and libraries the build found come from packages in scripts/deps.sh"
