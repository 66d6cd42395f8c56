// SPDX-License-Identifier: GPL-3.0-or-later
// Test helpers for tests that drive a real copylined process through copylinectl (the crash tests): one engine
// command as JSON, a SIGKILL of the engine that holds a workspace, and a clean stop.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Copyline::Test
{

/** One engine command through `copylinectl --call`: its exit code, the JSON it printed and its error text. */
struct CallRun
{
    int code = -1;
    QJsonObject data;
    QString err;
};
/** The arguments of `copylinectl --call` for one command, for a test that runs it as a process of its own. */
QStringList callArguments(const QString& workspace, const QString& command, const QJsonObject& args);
CallRun callEngine(const QString& workspace, const QString& command, const QJsonObject& args = {});

/** SIGKILLs the process holding @p workspace's lock (copylined) and waits until it is gone; a test failure if none. */
void killEngine(const QString& workspace);

/** Stops the copylined serving @p workspace (`copylinectl --stop -S`). */
void stopEngine(const QString& workspace);

} // namespace Copyline::Test
