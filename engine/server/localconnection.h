// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/connection.h"
#include "util/clock.h"

#include <QThread>

namespace Copyline
{

class Engine;
class ManagementServer;

/**
 * Runs an engine in this process on a dedicated thread and serves it on the workspace's local socket, so
 * copylinectl reaches the console's engine. The GUI thread only posts commands and receives snapshots.
 */
class LocalConnection final : public EngineConnection
{
    Q_OBJECT

public:
    explicit LocalConnection(std::shared_ptr<Clock> clock = std::make_shared<SystemClock>(), QObject* parent = nullptr);
    ~LocalConnection() override;

    /** Opens @p workspace on the engine thread; @p done gets the outcome on this thread. */
    void open(const QString& workspace, std::function<void(const Error&)> done);
    /** Opens synchronously (tests and tools); blocks on the engine thread's work. */
    Error openBlocking(const QString& workspace);
    /** Closes the workspace and stops the engine thread. */
    void close();
    /**
     * Keep Running in Background: closes this engine cleanly, then starts copylined (@p daemonPath) on the same
     * workspace the way copylinectl does and waits until it answers. copylined resumes the copies and mirrors
     * from the catalog; the host workloads that ran here are started there again with the same settings. Hosts
     * connected over NBD lose their connection and reconnect to the same port.
     */
    Error handOverToDaemon(const QString& daemonPath);

    void submit(const CommandRequest& request, QObject* context, Callback callback) override;
    QString description() const override;
    bool runsInProcess() const override { return true; }
    /** Hosts connected to the NBD host I/O server now (safe from any thread). */
    int hostConnectionCount() const override;

    /** The engine, for tests that inspect it; only touch it through its own thread. */
    Engine* engine() const { return m_engine; }

private:
    Error openOnEngineThread(const QString& workspace);

    QThread m_thread;
    Engine* m_engine = nullptr;
    ManagementServer* m_server = nullptr;
};

} // namespace Copyline
