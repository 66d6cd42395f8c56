// SPDX-License-Identifier: GPL-3.0-or-later
// What the screenshot programs (flashcopy_, volumecopy_, hostio_, mirror_screenshots OUTDIR) share: the output
// folder from the command line, saving a widget as OUTDIR/<name>.png, running a command and saying when it failed,
// and waiting for a dialog to show.
#pragma once

#include "guitestsupport.h"

#include <QDir>
#include <QTest>
#include <QWidget>

namespace Copyline::Shots
{

/** The output folder: the first argument, else the current folder; created if missing. */
inline QString& outputDir()
{
    static QString dir;
    return dir;
}

inline void setOutputDir(int argc, char* argv[])
{
    outputDir() = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    QDir().mkpath(outputDir());
}

/** Lets @p widget settle (layouts, timers, a snapshot or two), then saves it as <name>.png. */
inline void save(QWidget* widget, const QString& name)
{
    QTest::qWait(400);
    const QString path = QDir(outputDir()).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        qWarning("cannot save %s", qPrintable(path));
    }
    qInfo("%s", qPrintable(path));
}

/** Runs a command; a refusal is printed, not fatal (a picture of the rest is still worth having). */
inline CommandResult run(GuiTest::Workspace& ws,
    const QString& name,
    const QJsonObject& args,
    const QString& subsystem = QStringLiteral("Primary Site"))
{
    CommandResult r = ws.run(name, args, subsystem);
    if (!r.ok()) {
        qInfo("%s: %s", qPrintable(name), qPrintable(r.error.message()));
    }
    return r;
}

/** The visible child of @p parent of type T (named @p name if given), waiting up to 5 s; nullptr if none came. */
template <typename T>
T* waitFor(QWidget* parent, const QString& name = {})
{
    T* found = nullptr;
    if (!QTest::qWaitFor(
            [&]() { return (found = parent->findChild<T*>(name)) != nullptr && found->isVisible(); }, 5000)) {
        qWarning("no %s", T::staticMetaObject.className());
    }
    return found;
}

} // namespace Copyline::Shots
