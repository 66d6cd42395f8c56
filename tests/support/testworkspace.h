// SPDX-License-Identifier: GPL-3.0-or-later
// Test fixture: an engine on a fresh temporary workspace (the demonstration configuration), driven through
// the script language so tests read like the administrator's commands.
#pragma once

#include "api/command.h"
#include "service/engine.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Copyline::Test
{

class TestWorkspace
{
public:
    /** Opens a new demonstration workspace in a temporary folder (QVERIFY-style failures are reported by ok()). */
    TestWorkspace();
    ~TestWorkspace();

    Engine& engine() { return *m_engine; }
    QString path() const { return m_dir.path(); }
    bool ok() const { return !m_openError.isError(); }
    const Error& openError() const { return m_openError; }

    /** Runs every statement of @p script on @p subsystem (default: the first); stops at the first error. */
    CommandResult run(const QString& script, const QString& subsystem = {});
    /** Runs one raw command. */
    CommandResult command(const QString& name, const QJsonObject& args);

    /** Closes the engine (releasing the lock) and opens the same folder again. */
    Error reopen();
    void close();

    const Configuration& config() const { return m_engine->configuration(); }
    const LogicalDrive* logicalDrive(
        const QString& name, const QString& subsystem = QStringLiteral("Primary Site")) const;
    ObjectId subsystemId(const QString& name) const;
    /**
     * Waits (processing events, so the engine's once-a-second poll runs) until no logical drive has a modification
     * operation in progress, e.g. a Dynamic Volume Expansion; false after @p timeoutMs.
     */
    bool waitForModifications(int timeoutMs = 60000);
    /** SHA-256 (hex) of a logical drive range, through the checksum command. */
    QString checksum(const QString& name, qint64 offset = 0, qint64 length = -1, const QString& subsystem = {});

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Engine> m_engine;
    Error m_openError;
};

/** The path of a built executable (copylinectl, copylined, copyline). */
QString binary(const QString& name);

/** The process id of whoever holds @p workspace's lock (the console or copylined), 0 when nobody does. */
qint64 lockHolder(const QString& workspace);

/** One run of copylinectl: its exit code (-2 timed out, -3 crashed) and what it printed. */
struct CtlRun
{
    int code = -1;
    QString out;
    QString err;
};
CtlRun copylinectl(const QStringList& arguments, int timeoutMs = 300000);

} // namespace Copyline::Test
