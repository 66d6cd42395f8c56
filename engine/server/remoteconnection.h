// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/connection.h"
#include "server/engineclient.h"
#include "server/protocol.h"

#include <QHash>
#include <QLocalSocket>
#include <QSslSocket>
#include <QTimer>

namespace Copyline
{

/**
 * A console attached to an engine in another process (copylined) through the management protocol: on the owner's
 * local socket of a workspace, or over TLS with a user's sign-in (issue 17, docs/management.md).
 *
 * When the engine goes away (stopped, killed, the network cut) the connection says so (connectionLost) and keeps
 * trying to reach it again, at growing intervals up to a few seconds, without blocking: the console stays usable
 * on the last snapshot and its commands fail with error "not connected" meanwhile. Over TLS it signs in again with
 * the password given at the start (kept in memory for this); it gives up, and says why, when the engine presents
 * another certificate or refuses the sign-in.
 */
class RemoteConnection final : public EngineConnection
{
    Q_OBJECT

public:
    explicit RemoteConnection(QObject* parent = nullptr);
    ~RemoteConnection() override;

    /**
     * Connects to the engine serving @p workspace and waits (up to @p timeoutMs) for its first snapshot.
     * Blocking, but only on a local socket handshake; used at start-up before the window shows.
     */
    Error connectTo(const QString& workspace, int timeoutMs = 3000);
    /**
     * Connects to @p engine over TLS (the certificate trusted as EngineClient does: server/engineclient.h trustPeer),
     * signs in and waits for the first snapshot: startConnectToHost() and a local event loop until attachFinished.
     * For start-up before the window shows and for tools; the console's Attach Engine window uses the start alone.
     * The user's role limits the commands (refused with error 600).
     */
    Error connectToHost(const RemoteEngine& engine, int timeoutMs = 10000);
    /**
     * Starts connectToHost without blocking: attachFinished says how it ended (no error: the first snapshot is here).
     * @p timeoutMs bounds each step (the handshake, the first snapshot); the sign-in may take the delay of earlier
     * failures from this address (up to 30 s) on top. Deleting the connection meanwhile abandons the attempt.
     */
    void startConnectToHost(const RemoteEngine& engine, int timeoutMs = 10000);
    /** Whether a startConnectToHost has not finished yet. */
    bool attaching() const { return m_attaching; }
    /** The fingerprint the engine presented (after connectToHost reached the handshake). */
    QString peerFingerprint() const { return m_peerFingerprint; }
    /** The signed-in user's role over TLS; empty on the local socket. */
    QString role() const { return m_role; }
    /**
     * Whether to ask the engine to send the configuration only when it changed (protocol.h "configDelta"; the
     * default). Off, every snapshot carries the whole configuration, as before (bench_guiidle's baseline).
     * Takes effect at the next connectTo().
     */
    void setConfigDelta(bool on) { m_configDelta = on; }
    /**
     * Whether to ask the engine to send only the runtime figures that changed (protocol.h "runtimeDelta"; the
     * default). Off, every snapshot carries every drive's counters (bench_guiscale's baseline). Takes effect at the
     * next connectTo().
     */
    void setRuntimeDelta(bool on) { m_runtimeDelta = on; }

    void submit(const CommandRequest& request, QObject* context, Callback callback) override;
    QString description() const override;
    bool runsInProcess() const override { return false; }
    /** The engine's host connections are not known here: 0. */
    int hostConnectionCount() const override { return 0; }
    bool reconnecting() const override { return m_reconnecting; }
    /** Whether to try again after the engine went away (the default), and how often: @p firstMs, doubling. */
    void setReconnect(bool on, int firstMs = 500, int maxMs = 5000);
    /** Why the last attempt to reach the engine again failed; empty before one failed. */
    QString lastAttemptError() const { return m_lastAttemptError; }

Q_SIGNALS:
    /** startConnectToHost ended: attached when @p error is none (peerFingerprint() is set once the handshake was). */
    void attachFinished(const Copyline::Error& error);

private:
    struct Pending
    {
        QPointer<QObject> context;
        Callback callback;
    };

    void onReadyRead();
    void handle(const QJsonObject& message);
    void failAll(const QString& reason);
    bool isConnected() const;
    void abortQuietly();
    /** Waits for the first snapshot after the hello (both connection kinds). */
    Error awaitSnapshot(const QString& where, int timeoutMs);
    /** The connection broke: an established one is lost (and tried again), a failed attempt is tried again. */
    void onDisconnected(const QString& reason);
    void scheduleAttempt();
    void attempt();
    /** The socket of an attempt is connected (local) or encrypted (TLS): check the engine, sign in, say hello. */
    void onAttemptConnected();
    void attemptFailed(const QString& why);
    /**
     * Sends the TLS sign-in of m_engine's user; @p answered gets the engine's answer (m_role already set when it
     * accepted). Both the first attach and a reconnect sign in this way.
     */
    void signIn(Callback answered);
    /** The handshake of startConnectToHost is done: trust the certificate, then sign in. */
    void onAttachEncrypted();
    /** Ends startConnectToHost (once): closes the socket on an error. */
    void finishAttach(const Error& error);
    /** Stops trying: the engine cannot be trusted or refused the user. */
    void giveUp(const QString& reason);
    /** Asks for the snapshots (both connection kinds, on m_device). */
    void writeHello();
    /** writeHello() for a reconnect: the first snapshot then replaces the one held (connectionRestored). */
    void sendHello();

    QLocalSocket m_socket;
    QSslSocket m_tls;
    QIODevice* m_device = &m_socket;
    bool m_remote = false;
    QString m_peerFingerprint;
    QString m_role;
    Protocol::FrameReader m_reader;
    QHash<qint64, Pending> m_pending;
    qint64 m_nextId = 1;
    qint64 m_peerPid = 0;
    QString m_peerApplication;
    QString m_workspace;
    bool m_configDelta = true;
    bool m_runtimeDelta = true;
    /** The snapshot last received: the base of the next one's deltas (Connection::snapshot() may skip one). */
    SnapshotPtr m_received;

    // Reconnecting (see the class comment).
    RemoteEngine m_engine;      // the TLS target, password included
    bool m_established = false; // the first snapshot arrived on the current socket
    bool m_reconnecting = false;
    bool m_awaitingFirst = false; // an attempt said hello and waits for the snapshot
    bool m_reconnect = true;
    int m_firstRetryMs = 500;
    int m_maxRetryMs = 5000;
    int m_retryMs = 500;
    QTimer m_retry;
    QTimer m_attemptTimeout;
    QString m_lastAttemptError;

    // startConnectToHost (see there).
    bool m_attaching = false;
    int m_attachStepMs = 10000;
    QTimer m_attachTimeout;
};

} // namespace Copyline
