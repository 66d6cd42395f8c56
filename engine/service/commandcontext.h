// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/command.h"
#include "api/event.h"
#include "storage/configuration.h"
#include "storage/iostatus.h"
#include "util/clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <exception>
#include <functional>

namespace Copyline
{

class Engine;

/** Thrown by validators inside a command handler; the engine turns it into the command's Error. */
class CommandFailure final : public std::exception
{
public:
    explicit CommandFailure(Error error)
        : m_error(std::move(error))
    { }
    const Error& error() const { return m_error; }
    const char* what() const noexcept override { return "command failed"; }

private:
    Error m_error;
};

[[noreturn]] inline void fail(ErrorCode code, QStringList args = {})
{
    throw CommandFailure(Error(code, std::move(args)));
}

/** A file of the workspace could not be made or written: DiskFull when the disk has no room, else FileError. */
[[noreturn]] inline void failFile(const QString& path, const IoStatus& status)
{
    if (status.error == ENOSPC) {
        fail(ErrorCode::DiskFull, {QStringLiteral("%1: %2").arg(path, status.reason)});
    }
    fail(ErrorCode::FileError, {path, status.reason});
}

inline void check(const Error& error)
{
    if (error.isError()) {
        throw CommandFailure(error);
    }
}

/**
 * Typed access to a command's arguments. Every getter validates and throws CommandFailure with the parameter
 * name; finish() rejects parameters no getter asked for, so a misspelt parameter is an error, never ignored.
 */
class Args final
{
public:
    Args(const QString& command, QJsonObject object);

    const QString& command() const { return m_command; }
    bool has(const QString& key) const;

    QString string(const QString& key);
    QString string(const QString& key, const QString& fallback);
    qint64 integer(const QString& key);
    qint64 integer(const QString& key, qint64 fallback);
    /** A capacity: a number of bytes, or text such as "2 GB". */
    qint64 capacity(const QString& key);
    bool boolean(const QString& key, bool fallback);
    /** The values of a list parameter such as drives=(1,1 1,2); a single value is a list of one. */
    QStringList list(const QString& key);
    /** A JSON array parameter as given, objects kept (a single object is an array of one). */
    QJsonArray array(const QString& key);
    /** A JSON object parameter (e.g. the arguments of a saved task's command). */
    QJsonObject object(const QString& key);
    /** The names in brackets after the object keyword: logicalDrive ["a" "b"]. */
    QStringList targets();

    /** Marks a key as consumed without reading it (e.g. keys used by the dispatcher). */
    void consume(const QString& key) { m_used.insert(key); }
    void finish() const;

private:
    [[noreturn]] void invalid(const QString& key, const QString& value, const QString& why) const;
    QJsonValue value(const QString& key);

    QString m_command;
    QJsonObject m_object;
    QSet<QString> m_used;
};

/**
 * What a command handler works with: the arguments, the configuration to change (the engine snapshots it
 * before the handler runs and restores it on failure), the event log, and actions to run around the commit.
 */
class CommandContext final
{
public:
    /**
     * @p family is the family whose command runs (its id and name), empty for the family-neutral simulator
     * commands and the engine's own updates: a family's command addresses only that family's subsystems.
     */
    CommandContext(Engine& engine,
        const CommandRequest& request,
        Configuration& config,
        const Clock& clock,
        const QString& familyId = {},
        const QString& familyName = {});

    Engine& engine;
    Args args;
    Configuration& config;
    const Clock& clock;
    QJsonObject data;

    /**
     * The subsystem the command addresses ("subsystem" name, "subsystemId", or the first subsystem of the command's
     * family). Fails with WrongFamily when a family's command addresses another family's subsystem.
     */
    const Subsystem& subsystem();
    ObjectId subsystemId() { return subsystem().id; }
    /**
     * A subsystem by one of the names an administrator uses: "Primary Site", or as the console shows it, "Storage
     * Subsystem Primary Site". The same forms for -n, subsystem=, remoteStorageSubsystemName= and every other
     * parameter naming a subsystem. Fails with SubsystemNotFound, or WrongFamily as subsystem() does.
     */
    const Subsystem& subsystemNamed(const QString& name) const;

    // Resolvers: by "id" if given, otherwise by the first bracketed target name. Throw NotFound errors.
    const LogicalDrive& logicalDrive();
    const LogicalDrive& logicalDriveNamed(const QString& name);
    const Array& arrayNumbered(const QString& numberText);
    const Drive& driveAt(const QString& enclosureCommaSlot);
    const Host& hostNamed(const QString& name);
    const HostGroup& hostGroupNamed(const QString& name);

    void logEvent(int code,
        EventSeverity severity,
        const QString& component,
        const QString& description,
        const QString& details = {},
        bool needsAttention = false);

    /** An event in another subsystem's log (a mirror operation is logged on both sides). */
    void logEventOn(ObjectId onSubsystem,
        int code,
        EventSeverity severity,
        const QString& component,
        const QString& description,
        const QString& details = {},
        bool needsAttention = false);

    /** Runs after the catalog committed (e.g. register a new volume, delete a file). */
    void onCommit(std::function<void()> action) { m_commitActions.append(std::move(action)); }
    /** Runs if the command fails after side effects outside the catalog (e.g. remove a created file). */
    void onRollback(std::function<void()> action) { m_rollbackActions.prepend(std::move(action)); }
    /**
     * Hands slow work (volume I/O) to the engine's I/O pool. The command is answered with what the job returns,
     * after the configuration part committed; the engine thread does not wait for it.
     */
    void deferIo(std::function<CommandResult()> job) { m_ioJob = std::move(job); }

    QList<Event>& events() { return m_events; }
    const QList<std::function<void()>>& commitActions() const { return m_commitActions; }
    const QList<std::function<void()>>& rollbackActions() const { return m_rollbackActions; }
    std::function<CommandResult()> takeIoJob() { return std::exchange(m_ioJob, {}); }

private:
    /** Fails with WrongFamily unless @p s belongs to the command's family (or the command is family-neutral). */
    const Subsystem& ofFamily(const Subsystem& s) const;

    QString m_familyId;
    QString m_familyName;
    ObjectId m_subsystemId = 0;
    QList<Event> m_events;
    QList<std::function<void()>> m_commitActions;
    QList<std::function<void()>> m_rollbackActions;
    std::function<CommandResult()> m_ioJob;
};

using CommandHandler = void (*)(CommandContext&);

/** A command's entry in the engine's table. */
struct CommandSpec
{
    const char* name;
    CommandHandler handler;
    bool mutates; /**< false for queries: no snapshot, no catalog transaction */
};

/** The family-neutral simulator commands (volume patterns and checksums, host I/O); families add their own. */
QList<CommandSpec> ioCommands();
QList<CommandSpec> hostIoCommands();

} // namespace Copyline
