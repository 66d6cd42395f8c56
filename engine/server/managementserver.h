// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/error.h"
#include "api/snapshot.h"
#include "server/protocol.h"

#include <QHash>
#include <QLocalServer>
#include <QObject>
#include <QPointer>

class QLocalSocket;

namespace Copyline
{

class Engine;

/**
 * Serves an engine's command API on a local socket in a folder only its owner may enter (server/controlsocket.h),
 * and drops every connection from a process of another user (SO_PEERCRED). Lives on the engine's thread. Every
 * command goes to Engine::submit, exactly as the console's own commands do.
 */
class ManagementServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagementServer)

public:
    explicit ManagementServer(Engine& engine, QObject* parent = nullptr);
    ~ManagementServer() override;

    /**
     * The control socket of @p workspace's engine. Its path depends on the environment (XDG_RUNTIME_DIR, TMPDIR,
     * the workspace path's length): see server/controlsocket.h.
     */
    static QString socketName(const QString& workspace);

    /**
     * Listens on socketName(workspace), creating its private folder if needed; refuses a folder or socket
     * of another user. Removes a stale socket left by a killed process.
     */
    Error listen();
    /** Whether a client's "shutdown" stops the engine (copylined) or is refused (the console). */
    void setShutdownAllowed(bool allowed) { m_shutdownAllowed = allowed; }
    /** Tells every client the engine is going away. */
    void sayGoodbye(const QString& reason);

Q_SIGNALS:
    /** A client asked the engine to stop, and stopping is allowed. */
    void shutdownRequested();

private:
    struct Client
    {
        Protocol::FrameReader reader;
        bool subscribed = false;
        bool snapshotPending = false;
        bool configDelta = false; /**< the client keeps an unchanged configuration (protocol.h) */
        bool configSent = false;
        Configuration lastConfig; /**< the configuration last sent to it (implicitly shared with the engine's) */
    };

    void onNewConnection();
    void onReadyRead(QLocalSocket* socket);
    void handle(QLocalSocket* socket, const QJsonObject& message);
    void onSnapshot(const SnapshotPtr& snapshot);
    void sendSnapshot(QLocalSocket* socket);
    void send(QLocalSocket* socket, const QJsonObject& message);

    Engine& m_engine;
    QLocalServer m_server;
    QHash<QLocalSocket*, Client> m_clients;
    bool m_shutdownAllowed = false;
};

} // namespace Copyline
