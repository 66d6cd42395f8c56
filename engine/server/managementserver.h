// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/command.h"
#include "api/error.h"
#include "api/snapshot.h"
#include "server/accesscontrol.h"
#include "server/protocol.h"
#include "server/tlsidentity.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonValue>
#include <QLocalServer>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <memory>

class QIODevice;
class QLocalSocket;
class QSslSocket;
class QTcpServer;

namespace Copyline
{

class Engine;

/**
 * Serves an engine's command API on a local socket in a folder only its owner may enter (server/controlsocket.h),
 * and drops every connection from a process of another user (SO_PEERCRED). Lives on the engine's thread. Every
 * command goes to Engine::submit, exactly as the console's own commands do.
 *
 * Optionally (issue 17, docs/management.md) it also serves the same protocol over TLS on a TCP port: the engine's
 * self-signed certificate (server/tlsidentity.h), a sign-in with a user of server/managementusers.h first, then
 * every message checked against the user's role (server/accesscontrol.h). Failed sign-ins slow the next attempt
 * from the same address (exponentially, capped); every sign-in and refusal is in the event log.
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
    /**
     * Serves management over TLS on @p address : @p port (0: any free port), making the workspace's certificate
     * first if it has none. Stops a listener already running. Logged as event 0x1014.
     */
    Error listenTls(const QString& address, quint16 port);
    /** Stops the TLS listener and drops its clients. */
    void stopTls();
    bool isListeningTls() const;
    QString tlsAddress() const;
    quint16 tlsPort() const;
    /** The certificate's SHA-256 fingerprint (after listenTls, or identity()). */
    QString fingerprint() const { return m_identity.fingerprint; }
    /** Loads (or makes) the workspace's TLS identity without listening. */
    Error loadIdentity();

    /** Whether a client's "shutdown" stops the engine (copylined) or is refused (the console). */
    void setShutdownAllowed(bool allowed) { m_shutdownAllowed = allowed; }
    /** Tells every client the engine is going away. */
    void sayGoodbye(const QString& reason);

    /** The first delay after a failed sign-in; it doubles with each further failure from the address. */
    static constexpr int kFirstDelayMs = 500;
    /** The longest delay between sign-in attempts from one address. */
    static constexpr int kMaxDelayMs = 30000;
    /** A TLS client must finish the handshake and sign in within this time, or is dropped. */
    static constexpr int kSignInDeadlineMs = 60000;
    /** The delay after @p failures failed sign-ins in a row. */
    static int delayAfter(int failures);

Q_SIGNALS:
    /** A client asked the engine to stop, and stopping is allowed. */
    void shutdownRequested();

private:
    struct Client
    {
        Protocol::FrameReader reader;
        bool subscribed = false;
        bool snapshotPending = false;
        SnapshotDeltas deltas; /**< what the client keeps from the snapshot before (protocol.h) */
        SnapshotPtr lastSent;  /**< the snapshot last sent to it: the base of the next one's deltas */
        bool remote = false;   /**< over TLS: signs in, and its role is checked */
        bool encrypted = false;
        QString address; /**< the peer's address (no port): the unit of the sign-in delay */
        QString user;    /**< empty until signed in */
        Access::Role role = Access::Role::Monitor;
        bool signInPending = false;
    };
    struct PendingSignIn
    {
        QPointer<QSslSocket> socket;
        QJsonValue id;
        QString user;
        QString password;
    };
    /** The sign-in state of one peer address. */
    struct Address
    {
        int failures = 0;
        qint64 nextAllowedMs = 0; /**< on m_clock */
        bool waiting = false;     /**< a timer runs until nextAllowedMs */
        QList<PendingSignIn> queue;
    };

    void onNewConnection();
    void onIncomingTls(qintptr descriptor);
    void onReadyRead(QIODevice* socket);
    void handle(QIODevice* socket, const QJsonObject& message);
    void handleSignIn(QIODevice* socket, const QJsonObject& message);
    void processSignIns(const QString& address);
    void handleUsers(QIODevice* socket, const QJsonObject& message);
    void handleTls(QIODevice* socket, const QJsonObject& message);
    void handleSites(QIODevice* socket, const QJsonObject& message);
    /** Whether a remote client may send @p name (a message type or a command); answers the refusal if not. */
    bool permitted(QIODevice* socket, const QString& name, const QJsonValue& id);
    void onSnapshot(const SnapshotPtr& snapshot);
    void sendSnapshot(QIODevice* socket);
    void send(QIODevice* socket, const QJsonObject& message);
    void reply(QIODevice* socket, const QJsonValue& id, const CommandResult& result);
    void drop(QIODevice* socket);
    void logEvent(int code, bool warning, const QString& description, const QString& details);

    Engine& m_engine;
    QLocalServer m_server;
    std::unique_ptr<QTcpServer> m_tlsServer;
    TlsIdentity::Identity m_identity;
    QSslConfiguration m_tlsConfiguration;
    QHash<QIODevice*, Client> m_clients;
    QHash<QString, Address> m_addresses;
    QElapsedTimer m_clock;
    bool m_shutdownAllowed = false;
};

} // namespace Copyline
