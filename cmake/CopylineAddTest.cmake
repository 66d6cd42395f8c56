# SPDX-License-Identifier: GPL-3.0-or-later
# copyline_add_test(NAME tst_x SOURCES a.cpp LIBS lib... [GUI] [TIMEOUT s] [LABELS l...])
# Every test runs headless (offscreen platform) with a fixed locale and its own data/config dirs.
function(copyline_add_test)
    cmake_parse_arguments(T "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE copyline_testsupport ${T_LIBS} Qt6::Test copyline_build_cfg)
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if (NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    # QtTest's own watchdog (5 minutes per test function by default) gets the same limit as CTest, so a long
    # randomized test on a loaded machine is judged by the timeout written here and not aborted earlier.
    math(EXPR _function_timeout_ms "${T_TIMEOUT} * 1000")
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;COPYLINE_BIN_DIR=${CMAKE_BINARY_DIR}/bin;QTEST_FUNCTION_TIMEOUT=${_function_timeout_ms}")
endfunction()
