// SPDX-License-Identifier: GPL-3.0-or-later
#include "testworkspace.h"

#include "families/ds4000/scriptparser.h"
#include "families/families.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QLockFile>
#include <QProcess>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Test
{

TestWorkspace::TestWorkspace()
    : m_engine(std::make_unique<Engine>(Families::all()))
{
    m_openError = m_engine->openWorkspace(m_dir.path());
}

TestWorkspace::~TestWorkspace()
{
    close();
}

void TestWorkspace::close()
{
    if (m_engine) {
        m_engine->closeWorkspace();
    }
}

Error TestWorkspace::reopen()
{
    close();
    m_engine = std::make_unique<Engine>(Families::all());
    m_openError = m_engine->openWorkspace(m_dir.path());
    return m_openError;
}

CommandResult TestWorkspace::run(const QString& script, const QString& subsystem)
{
    QList<ScriptStatement> statements;
    if (const Error err = parseScript(script, &statements); err.isError()) {
        return CommandResult::failure(err);
    }
    CommandResult last;
    for (ScriptStatement& s : statements) {
        if (!subsystem.isEmpty()) {
            s.request.args.insert(u"subsystem"_s, subsystem);
        }
        last = m_engine->execute(s.request);
        if (!last.ok()) {
            return last;
        }
    }
    return last;
}

CommandResult TestWorkspace::command(const QString& name, const QJsonObject& args)
{
    return m_engine->execute({name, args});
}

const LogicalDrive* TestWorkspace::logicalDrive(const QString& name, const QString& subsystem) const
{
    const Subsystem* s = config().subsystemByName(subsystem);
    return s ? config().logicalDriveByName(s->id, name) : nullptr;
}

ObjectId TestWorkspace::subsystemId(const QString& name) const
{
    const Subsystem* s = config().subsystemByName(name);
    return s ? s->id : 0;
}

bool TestWorkspace::waitForModifications(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        const auto& drives = config().logicalDrives;
        if (std::none_of(drives.cbegin(), drives.cend(),
                [](const LogicalDrive& ld) { return ld.modification != ModificationOperation::None; })) {
            return true;
        }
        if (deadline.hasExpired()) {
            return false;
        }
        QTest::qWait(50);
    }
}

QString TestWorkspace::checksum(const QString& name, qint64 offset, qint64 length, const QString& subsystem)
{
    QJsonObject args {{u"targets"_s, QJsonArray {name}}, {u"offset"_s, offset}};
    if (length >= 0) {
        args.insert(u"length"_s, length);
    }
    if (!subsystem.isEmpty()) {
        args.insert(u"subsystem"_s, subsystem);
    }
    const CommandResult r = command(u"checksumLogicalDrive"_s, args);
    return r.ok() ? r.data.value(u"sha256"_s).toString() : u"error: "_s + r.error.message();
}

QString binary(const QString& name)
{
    const QByteArray dir = qgetenv("COPYLINE_BIN_DIR");
    if (!dir.isEmpty()) {
        return QDir(QString::fromLocal8Bit(dir)).filePath(name);
    }
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

qint64 lockHolder(const QString& workspace)
{
    QLockFile lock(Engine::lockFilePath(workspace));
    if (lock.tryLock(0)) {
        lock.unlock();
        return 0;
    }
    qint64 pid = 0;
    QString host;
    QString app;
    lock.getLockInfo(&pid, &host, &app);
    return pid;
}

CtlRun copylinectl(const QStringList& arguments, int timeoutMs)
{
    QProcess p;
    p.start(binary(QStringLiteral("copylinectl")), arguments);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-2, {}, QStringLiteral("copylinectl timed out")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
}

} // namespace Copyline::Test
