// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/command.h"
#include "api/snapshot.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Copyline
{

/**
 * How a view talks to an engine, wherever it runs: in this process on its own thread (LocalConnection) or in
 * another process that holds the workspace (RemoteConnection, e.g. a running copylined). Both deliver the same
 * snapshots and results, so the console is written once.
 *
 * Lives on the GUI thread. submit() never blocks; the callback runs on the connection's thread, and not at all
 * if @p context was destroyed first (a closed dialog is never called back).
 */
class EngineConnection : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineConnection)

public:
    using Callback = std::function<void(const CommandResult&)>;

    explicit EngineConnection(QObject* parent = nullptr)
        : QObject(parent)
        , m_snapshot(std::make_shared<Snapshot>())
    { }
    ~EngineConnection() override = default;

    virtual void submit(const CommandRequest& request, QObject* context, Callback callback) = 0;
    /** "this process" or "copylined, process 1234": shown in the status bar. */
    virtual QString description() const = 0;
    /**
     * Whether the engine runs in this process (LocalConnection): quitting the console then stops its copies, mirror
     * synchronizations and workloads. False when the console is attached to an engine in another process.
     */
    virtual bool runsInProcess() const = 0;
    /** Hosts connected now to the NBD host I/O server of an engine in this process; 0 when it runs elsewhere. */
    virtual int hostConnectionCount() const = 0;
    /**
     * Whether the engine went away and the connection is trying to reach it again (connectionLost was emitted,
     * connectionRestored will be): the snapshot held is the last one the engine sent. Only a connection to another
     * process can lose its engine.
     */
    virtual bool reconnecting() const { return false; }

    SnapshotPtr snapshot() const { return m_snapshot; }

Q_SIGNALS:
    void snapshotChanged(const Copyline::SnapshotPtr& snapshot);
    /** The engine went away; reconnecting() says whether the connection tries to reach it again. */
    void connectionLost(const QString& reason);
    /**
     * The engine answers again after connectionLost (a restarted copylined, a network back): the snapshot is the
     * engine's new one, whose revisions start anew, and the description() may have changed (another process).
     */
    void connectionRestored();

protected:
    void setSnapshot(SnapshotPtr snapshot)
    {
        if (snapshot && snapshot->revision >= m_snapshot->revision) {
            m_snapshot = std::move(snapshot);
            Q_EMIT snapshotChanged(m_snapshot);
        }
    }

    /** Takes @p snapshot whatever its revision: a restarted engine counts from the start again. */
    void replaceSnapshot(SnapshotPtr snapshot)
    {
        m_snapshot = snapshot ? std::move(snapshot) : std::make_shared<Snapshot>();
        Q_EMIT snapshotChanged(m_snapshot);
    }

    /** Runs @p callback with @p result on this object's thread, if @p context still exists. */
    void deliver(QPointer<QObject> context, Callback callback, CommandResult result)
    {
        QMetaObject::invokeMethod(
            this,
            [context, callback = std::move(callback), result = std::move(result)]() {
                if (context) {
                    callback(result);
                }
            },
            Qt::QueuedConnection);
    }

private:
    SnapshotPtr m_snapshot;
};

} // namespace Copyline
