// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginecall.h"

#include "testworkspace.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <csignal>

namespace Copyline::Test
{

QStringList callArguments(const QString& workspace, const QString& command, const QJsonObject& args)
{
    return {QStringLiteral("--workspace"), workspace, QStringLiteral("--call"), command, QStringLiteral("--args"),
        QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact))};
}

CallRun callEngine(const QString& workspace, const QString& command, const QJsonObject& args)
{
    QProcess p;
    p.start(binary(QStringLiteral("copylinectl")), callArguments(workspace, command, args));
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
        return {-2, {}, QStringLiteral("copylinectl --call %1 timed out").arg(command)};
    }
    return {p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object(),
        QString::fromUtf8(p.readAllStandardError())};
}

void killEngine(const QString& workspace)
{
    const qint64 pid = lockHolder(workspace);
    QVERIFY2(pid > 0, "no engine holds the workspace");
    QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(::kill(static_cast<pid_t>(pid), 0) != 0, 10000);
}

void stopEngine(const QString& workspace)
{
    QProcess::execute(binary(QStringLiteral("copylinectl")),
        {QStringLiteral("--workspace"), workspace, QStringLiteral("--stop"), QStringLiteral("-S")});
}

} // namespace Copyline::Test
