// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/command.h"
#include "server/protocol.h"

#include <QLocalSocket>
#include <QString>

namespace Copyline
{

/**
 * A blocking client of the management protocol, for copylinectl: connect, run commands one after another, stop
 * the engine. It does not subscribe to snapshots.
 */
class EngineClient final
{
public:
    EngineClient() = default;
    EngineClient(const EngineClient&) = delete;
    EngineClient& operator=(const EngineClient&) = delete;

    /** Connects to the engine serving @p workspace. */
    Error connectTo(const QString& workspace, int timeoutMs = 2000);
    bool isConnected() const { return m_socket.state() == QLocalSocket::ConnectedState; }
    qint64 peerPid() const { return m_peerPid; }
    QString peerApplication() const { return m_peerApplication; }

    /** Runs one command and waits for its result (no timeout: a long write or checksum takes what it takes). */
    CommandResult call(const CommandRequest& request);
    /** Asks the engine to stop and waits until it has closed the connection. */
    CommandResult shutdown(int timeoutMs = 30000);

    /**
     * Connects to the engine of @p workspace, starting copylined (@p daemonPath) in the background if no process
     * serves it yet. The daemon's error, if it cannot open the workspace, becomes this call's error.
     */
    Error connectOrStart(const QString& workspace, const QString& daemonPath);

    /** The copylined to start: $COPYLINE_DAEMON, else the one beside this program, else copylined from PATH. */
    static QString defaultDaemonPath();

private:
    std::optional<QJsonObject> waitFor(const QString& type, qint64 id, int timeoutMs);

    QLocalSocket m_socket;
    Protocol::FrameReader m_reader;
    QString m_workspace;
    qint64 m_nextId = 1;
    qint64 m_peerPid = 0;
    QString m_peerApplication;
};

} // namespace Copyline
