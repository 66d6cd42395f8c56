# SPDX-License-Identifier: GPL-3.0-or-later
# Fails if any engine source includes a GUI module or a widgets/ header: the engine stays QtCore/QtSql/QtNetwork.
file(GLOB_RECURSE sources "${ENGINE_DIR}/*.h" "${ENGINE_DIR}/*.cpp")
set(offenders "")
foreach(f ${sources})
    file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"](QtGui|QtWidgets|QtCharts|QtSvg|QWidget|QApplication|QGuiApplication|QPainter|QIcon|QColor|QPixmap|QImage|widgets/)")
    if (lines)
        list(APPEND offenders "${f}: ${lines}")
    endif()
endforeach()
if (offenders)
    message(FATAL_ERROR "GUI includes in the engine:\n${offenders}")
endif()
message(STATUS "engine is free of GUI includes (${CMAKE_ARGV0})")
