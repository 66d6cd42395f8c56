# SPDX-License-Identifier: GPL-3.0-or-later
# The console sees only engine/api (docs/architecture.md, issue 12). Fails when a file under widgets/ includes an
# engine header outside api/ (an engine folder other than api, or a path through engine/), unless the include is
# on the allow-list below; when an allow-list entry no longer occurs (so the list shrinks as includes go away); and
# when a widgets/ folder has the name of an engine folder (two include roots for one name, e.g. util/).
#
#   cmake -DWIDGETS_DIR=<widgets> -P widgets_boundary.cmake                      check a widgets tree
#   cmake -DSELFTEST_DIR=<scratch> -P widgets_boundary.cmake                     prove the check fails on planted trees
cmake_minimum_required(VERSION 3.25) # script mode: IN_LIST and the other policies of the project

# The folders of engine/, each an include root ("storage/rules.h" is engine/storage/rules.h).
set(ENGINE_FOLDERS api storage copy mirror catalog families script util hostio service server)

# Engine includes outside api/ that the widgets still have, as "<file under widgets/>: <header>". This list may only
# shrink; it is empty now (the last four, Ds4000::limits(), gave way to Snapshot::limits, api/limits.h).
set(ALLOWED)
if (DEFINED TEST_ALLOWED)
    set(ALLOWED "${TEST_ALLOWED}") # the self-test's own list, to prove allow-listing and stale entries
endif()

if (SELFTEST_DIR)
    # A sample allow-list: with the real one empty, the planted trees still prove both of its rules.
    set(ALLOWED "dialogs/listed.cpp: families/ds4000/models.h")
    # Each planted tree holds the allow-listed includes (so only the planted fault can fail) plus one fault.
    function(plant tree)
        file(REMOVE_RECURSE "${tree}")
        foreach(entry ${ALLOWED})
            string(REGEX MATCH "^([^:]+): (.+)$" _ "${entry}")
            file(WRITE "${tree}/${CMAKE_MATCH_1}" "#include \"${CMAKE_MATCH_2}\"\n#include \"api/snapshot.h\"\n")
        endforeach()
    endfunction()
    function(expect tree outcome pattern)
        execute_process(COMMAND ${CMAKE_COMMAND} -DWIDGETS_DIR=${tree} "-DTEST_ALLOWED=${ALLOWED}"
                                -P ${CMAKE_CURRENT_LIST_FILE}
                        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
        if (outcome STREQUAL "pass" AND NOT rc EQUAL 0)
            message(FATAL_ERROR "the check failed on ${tree}, which has no fault:\n${out}${err}")
        elseif (outcome STREQUAL "fail" AND rc EQUAL 0)
            message(FATAL_ERROR "the check passed on ${tree}, which has a planted fault (${pattern})")
        elseif (NOT "${out}${err}" MATCHES "${pattern}")
            message(FATAL_ERROR "the check on ${tree} did not report \"${pattern}\":\n${out}${err}")
        endif()
    endfunction()

    plant("${SELFTEST_DIR}/clean")
    expect("${SELFTEST_DIR}/clean" pass "free of engine includes")

    plant("${SELFTEST_DIR}/storage")
    file(WRITE "${SELFTEST_DIR}/storage/models/planted.cpp" "#include \"models/roles.h\"\n#include \"storage/rules.h\"\n")
    expect("${SELFTEST_DIR}/storage" fail "models/planted.cpp: storage/rules.h")

    plant("${SELFTEST_DIR}/angle")
    file(WRITE "${SELFTEST_DIR}/angle/views/planted.h" "#pragma once\n#  include <server/localconnection.h>\n")
    expect("${SELFTEST_DIR}/angle" fail "views/planted.h: server/localconnection.h")

    plant("${SELFTEST_DIR}/path")
    file(WRITE "${SELFTEST_DIR}/path/views/planted.cpp" "#include \"../../engine/mirror/mirrorrules.h\"\n")
    expect("${SELFTEST_DIR}/path" fail "views/planted.cpp: ../../engine/mirror/mirrorrules.h")

    plant("${SELFTEST_DIR}/allowed")
    file(WRITE "${SELFTEST_DIR}/allowed/views/planted.cpp" "#include \"families/ds4000/models.h\"\n")
    expect("${SELFTEST_DIR}/allowed" fail "views/planted.cpp: families/ds4000/models.h")

    plant("${SELFTEST_DIR}/stale")
    list(GET ALLOWED 0 first)
    string(REGEX MATCH "^[^:]+" first "${first}")
    file(WRITE "${SELFTEST_DIR}/stale/${first}" "#include \"api/rules.h\"\n")
    expect("${SELFTEST_DIR}/stale" fail "no longer occur.*${first}: families/ds4000/models.h")

    plant("${SELFTEST_DIR}/folder")
    file(WRITE "${SELFTEST_DIR}/folder/util/texts.h" "#pragma once\n")
    expect("${SELFTEST_DIR}/folder" fail "widgets folder util/ has the name of an engine folder")

    file(REMOVE_RECURSE "${SELFTEST_DIR}")
    message(STATUS "widgets_boundary.cmake fails on every planted fault and passes on a clean tree")
    return()
endif()

if (NOT IS_DIRECTORY "${WIDGETS_DIR}")
    message(FATAL_ERROR "WIDGETS_DIR is not a folder: '${WIDGETS_DIR}'")
endif()

set(problems "")
file(GLOB children RELATIVE "${WIDGETS_DIR}" "${WIDGETS_DIR}/*")
foreach(child ${children})
    if (IS_DIRECTORY "${WIDGETS_DIR}/${child}" AND child IN_LIST ENGINE_FOLDERS)
        list(APPEND problems "widgets folder ${child}/ has the name of an engine folder: \"${child}/...\" is ambiguous")
    endif()
endforeach()

set(found "")
file(GLOB_RECURSE sources RELATIVE "${WIDGETS_DIR}" "${WIDGETS_DIR}/*.h" "${WIDGETS_DIR}/*.cpp")
list(SORT sources)
foreach(rel ${sources})
    file(STRINGS "${WIDGETS_DIR}/${rel}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    foreach(line ${lines})
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]*)[>\"].*$" "\\1" header "${line}")
        string(REGEX MATCH "^[^/]+" root "${header}")
        if ((root IN_LIST ENGINE_FOLDERS AND NOT root STREQUAL "api")
            OR (header MATCHES "(^|/)engine/" AND NOT header MATCHES "(^|/)engine/api/"))
            list(APPEND found "${rel}: ${header}")
        endif()
    endforeach()
endforeach()

foreach(entry ${found})
    if (NOT entry IN_LIST ALLOWED)
        list(APPEND problems "${entry}")
    endif()
endforeach()
set(stale "")
foreach(entry ${ALLOWED})
    if (NOT entry IN_LIST found)
        list(APPEND stale "${entry}")
    endif()
endforeach()

if (problems)
    list(JOIN problems "\n  " text)
    message(SEND_ERROR "widgets/ includes engine headers outside api/ (use api/model.h, api/rules.h, api/units.h, "
                       "api/connection.h, or extend api/; see docs/architecture.md):\n  ${text}")
endif()
if (stale)
    list(JOIN stale "\n  " text)
    message(SEND_ERROR "allow-list entries that no longer occur; remove them from ALLOWED in ${CMAKE_CURRENT_LIST_FILE} "
                       "(the list only shrinks):\n  ${text}")
endif()
if (problems OR stale)
    message(FATAL_ERROR "widgets boundary violated")
endif()
list(LENGTH ALLOWED allowed_count)
message(STATUS "widgets/ is free of engine includes outside api/, but for ${allowed_count} allow-listed ones")
