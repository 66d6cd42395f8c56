# SPDX-License-Identifier: GPL-3.0-or-later
# The console sees only engine/api (docs/architecture.md, issue 12). Fails when a file under widgets/ includes an
# engine header outside api/ (an engine folder other than api, or a path through engine/), unless the include is
# on the allow-list below; when an allow-list entry no longer occurs (so the list shrinks as includes go away); and
# when a widgets/ folder has the name of an engine folder (two include roots for one name, e.g. util/).
# It also keeps the family panels apart (widgets/panels/<family>/, see widgets/CMakeLists.txt): it fails when a common
# file (one not under panels/<family>/) includes a family's panel, but for mainwindow/ (the wiring: its menus open
# the panels) and the shrink-only PANELS_ALLOWED list below; and when panels/<a>/ includes panels/<b>/.
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

# Common files that still include a family's panel, as "<file under widgets/>: <header>": the tree's model and the
# Copy Manager call the DS4000 rules (state words, overlays, progress, action blockers) and open two VolumeCopy
# dialogs, instead of taking the family's data through the model. This list may only shrink, like ALLOWED.
set(PANELS_ALLOWED
    "models/storagemodels.cpp: panels/ds4000/rules/flashcopyrules.h"
    "models/storagemodels.cpp: panels/ds4000/rules/remotemirrorrules.h"
    "models/storagemodels.cpp: panels/ds4000/rules/volumecopyrules.h"
    "models/volumecopymodel.cpp: panels/ds4000/rules/volumecopyrules.h"
    "views/copymanager.cpp: panels/ds4000/dialogs/volumecopydialogs.h"
    "views/copymanager.cpp: panels/ds4000/rules/volumecopyrules.h")
if (DEFINED TEST_PANELS_ALLOWED)
    set(PANELS_ALLOWED "${TEST_PANELS_ALLOWED}") # the self-test's own list
endif()

if (SELFTEST_DIR)
    # A sample allow-list: with the real one empty, the planted trees still prove both of its rules.
    set(ALLOWED "dialogs/listed.cpp: families/ds4000/models.h")
    # The same for the common files that may still include a panel (a sample, so the real list can shrink freely).
    set(PANELS_ALLOWED "models/listed.cpp: panels/ds4000/rules/copyrules.h")
    # Each planted tree holds the allow-listed includes (so only the planted fault can fail) plus one fault.
    function(plant tree)
        file(REMOVE_RECURSE "${tree}")
        foreach(entry ${ALLOWED} ${PANELS_ALLOWED})
            string(REGEX MATCH "^([^:]+): (.+)$" _ "${entry}")
            file(WRITE "${tree}/${CMAKE_MATCH_1}" "#include \"${CMAKE_MATCH_2}\"\n#include \"api/snapshot.h\"\n")
        endforeach()
    endfunction()
    function(expect tree outcome pattern)
        execute_process(COMMAND ${CMAKE_COMMAND} -DWIDGETS_DIR=${tree} "-DTEST_ALLOWED=${ALLOWED}"
                                "-DTEST_PANELS_ALLOWED=${PANELS_ALLOWED}" -P ${CMAKE_CURRENT_LIST_FILE}
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
    # What the panels rules allow: the wiring includes a panel; a panel includes its own family and the common files.
    file(WRITE "${SELFTEST_DIR}/clean/mainwindow/planted.cpp" "#include \"panels/ds4000/dialogs/copydialog.h\"\n")
    file(WRITE "${SELFTEST_DIR}/clean/panels/ds4000/dialogs/copydialog.cpp"
         "#include \"copydialog.h\"\n#include \"dialogs/commanddialog.h\"\n"
         "#include \"panels/ds4000/rules/copyrules.h\"\n#include \"../wizards/copywizard.h\"\n")
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

    # A common file other than the listed one includes the listed panel header.
    plant("${SELFTEST_DIR}/common")
    file(WRITE "${SELFTEST_DIR}/common/views/planted.cpp" "#include \"panels/ds4000/rules/copyrules.h\"\n")
    expect("${SELFTEST_DIR}/common" fail "views/planted.cpp: panels/ds4000/rules/copyrules.h")

    # The same through a relative path.
    plant("${SELFTEST_DIR}/commonpath")
    file(WRITE "${SELFTEST_DIR}/commonpath/delegates/planted.h" "#pragma once\n#include <../panels/ds4000/x.h>\n")
    expect("${SELFTEST_DIR}/commonpath" fail "delegates/planted.h: ../panels/ds4000/x.h")

    # One family's panel includes another's.
    plant("${SELFTEST_DIR}/family")
    file(WRITE "${SELFTEST_DIR}/family/panels/ess/dialogs/planted.cpp" "#include \"panels/ds4000/dialogs/x.h\"\n")
    expect("${SELFTEST_DIR}/family" fail "panels/ess/dialogs/planted.cpp: panels/ds4000/dialogs/x.h")

    # The same through a relative path.
    plant("${SELFTEST_DIR}/familypath")
    file(WRITE "${SELFTEST_DIR}/familypath/panels/ess/planted.cpp" "#include \"../ds4000/rules/copyrules.h\"\n")
    expect("${SELFTEST_DIR}/familypath" fail "panels/ess/planted.cpp: ../ds4000/rules/copyrules.h")

    plant("${SELFTEST_DIR}/panelsstale")
    list(GET PANELS_ALLOWED 0 first)
    string(REGEX MATCH "^[^:]+" first "${first}")
    file(WRITE "${SELFTEST_DIR}/panelsstale/${first}" "#include \"models/roles.h\"\n")
    expect("${SELFTEST_DIR}/panelsstale" fail "no longer occur.*${first}: panels/ds4000/rules/copyrules.h")

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

# The family whose panels hold @p path (relative to widgets/, normalised), or "" when it is not under panels/<family>/.
function(panel_family path out)
    cmake_path(NORMAL_PATH path)
    if (path MATCHES "^panels/([^/]+)/")
        set(${out} "${CMAKE_MATCH_1}" PARENT_SCOPE)
    else()
        set(${out} "" PARENT_SCOPE)
    endif()
endfunction()

set(found "")
set(found_panels "")
set(cross_family "")
file(GLOB_RECURSE sources RELATIVE "${WIDGETS_DIR}" "${WIDGETS_DIR}/*.h" "${WIDGETS_DIR}/*.cpp")
list(SORT sources)
foreach(rel ${sources})
    panel_family("${rel}" family)
    get_filename_component(folder "${rel}" DIRECTORY)
    file(STRINGS "${WIDGETS_DIR}/${rel}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
    foreach(line ${lines})
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]*)[>\"].*$" "\\1" header "${line}")
        string(REGEX MATCH "^[^/]+" root "${header}")
        if ((root IN_LIST ENGINE_FOLDERS AND NOT root STREQUAL "api")
            OR (header MATCHES "(^|/)engine/" AND NOT header MATCHES "(^|/)engine/api/"))
            list(APPEND found "${rel}: ${header}")
        endif()
        # The panel the include reaches, from the widgets/ root or from the including file's folder.
        panel_family("${header}" target)
        if (target STREQUAL "" AND NOT folder STREQUAL "")
            panel_family("${folder}/${header}" target)
        endif()
        if (target STREQUAL "" OR target STREQUAL family OR rel MATCHES "^mainwindow/")
            continue() # not a panel, the file's own family, or the wiring
        elseif (family STREQUAL "")
            list(APPEND found_panels "${rel}: ${header}")
        else()
            list(APPEND cross_family "${rel}: ${header}")
        endif()
    endforeach()
endforeach()

foreach(entry ${found})
    if (NOT entry IN_LIST ALLOWED)
        list(APPEND problems "${entry}")
    endif()
endforeach()
set(panel_problems "")
foreach(entry ${found_panels})
    if (NOT entry IN_LIST PANELS_ALLOWED)
        list(APPEND panel_problems "${entry}")
    endif()
endforeach()
set(stale "")
foreach(entry ${ALLOWED})
    if (NOT entry IN_LIST found)
        list(APPEND stale "${entry}")
    endif()
endforeach()
set(panels_stale "")
foreach(entry ${PANELS_ALLOWED})
    if (NOT entry IN_LIST found_panels)
        list(APPEND panels_stale "${entry}")
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
if (panel_problems)
    list(JOIN panel_problems "\n  " text)
    message(SEND_ERROR "common widgets files include a family's panels (only mainwindow/, the wiring, may; take the "
                       "family's data through the model, or move the file into panels/<family>/):\n  ${text}")
endif()
if (cross_family)
    list(JOIN cross_family "\n  " text)
    message(SEND_ERROR "a family's panels include another family's (panels/<a>/ includes only panels/<a>/ and the "
                       "common folders):\n  ${text}")
endif()
if (panels_stale)
    list(JOIN panels_stale "\n  " text)
    message(SEND_ERROR "allow-list entries that no longer occur; remove them from PANELS_ALLOWED in "
                       "${CMAKE_CURRENT_LIST_FILE} (the list only shrinks):\n  ${text}")
endif()
if (problems OR stale OR panel_problems OR cross_family OR panels_stale)
    message(FATAL_ERROR "widgets boundary violated")
endif()
list(LENGTH ALLOWED allowed_count)
list(LENGTH PANELS_ALLOWED panels_allowed_count)
message(STATUS "widgets/ is free of engine includes outside api/, but for ${allowed_count} allow-listed ones; "
               "common files include no family panel, but for mainwindow/ and ${panels_allowed_count} allow-listed "
               "includes")
