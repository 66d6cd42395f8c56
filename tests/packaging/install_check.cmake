# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a scratch DESTDIR and checks that the files a package needs are there.
file(REMOVE_RECURSE "${DEST}")
set(ENV{DESTDIR} "${DEST}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix /usr RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if (NOT rc EQUAL 0)
    message(FATAL_ERROR "install failed: ${err}")
endif()
foreach(f usr/bin/copylinectl usr/bin/copylined usr/bin/copyline-rs usr/bin/rsExecuteTask usr/bin/rsQuery.sh usr/share/applications/org.copyline.Copyline.desktop
          usr/share/metainfo/org.copyline.Copyline.metainfo.xml
          usr/share/icons/hicolor/scalable/apps/org.copyline.Copyline.svg)
    if (NOT EXISTS "${DEST}/${f}")
        message(FATAL_ERROR "missing after install: ${f}")
    endif()
endforeach()
if (EXISTS "${BUILD_DIR}/bin/copyline" AND NOT EXISTS "${DEST}/usr/bin/copyline")
    message(FATAL_ERROR "missing after install: usr/bin/copyline")
endif()
