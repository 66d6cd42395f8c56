# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the whole build policy; every Copyline target links it.
add_library(copyline_build_cfg INTERFACE)
target_compile_features(copyline_build_cfg INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(copyline_build_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    _FILE_OFFSET_BITS=64
    COPYLINE_VERSION="${PROJECT_VERSION}")

if (CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(copyline_build_cfg INTERFACE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-qual
        -Wshadow=local -Wundef)
    if (COPYLINE_WERROR)
        target_compile_options(copyline_build_cfg INTERFACE -Werror)
    endif()
endif()

find_program(CCACHE_PROGRAM ccache)
if (CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${CCACHE_PROGRAM})
endif()
