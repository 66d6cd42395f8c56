// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/command.h"
#include "server/protocol.h"

#include <QLocalSocket>
#include <QSslSocket>
#include <QString>

namespace Copyline
{

/** An engine reached over TLS (issue 17, docs/management.md). */
struct RemoteEngine
{
    QString host;
    quint16 port = 0;
    QString user;
    QString password;
    /** The certificate fingerprint the user gave (--fingerprint); empty: the pinned one must match. */
    QString fingerprint;
    /** Where pinned fingerprints are kept (KnownEngines::defaultPath()). */
    QString knownEnginesPath;
    /** Only the TLS handshake: peerFingerprint() is known afterwards, nothing is checked or sent. */
    bool probeOnly = false;

    QString endpoint() const;
};

/**
 * Whether the certificate with fingerprint @p presented may be trusted for @p engine: the pinned one (known_engines)
 * must match, and so must the one the user gave; an engine met for the first time is pinned when the user gave its
 * fingerprint, else refused with the fingerprint to check (error 603). Nothing may be sent before this passes.
 */
Error trustPeer(const RemoteEngine& engine, const QString& presented);

/**
 * A blocking client of the management protocol, for copylinectl: connect, run commands one after another, stop
 * the engine. It does not subscribe to snapshots. It reaches the engine of a workspace on the owner's local socket,
 * or an engine over TLS with a user's sign-in.
 */
class EngineClient final
{
public:
    EngineClient() = default;
    EngineClient(const EngineClient&) = delete;
    EngineClient& operator=(const EngineClient&) = delete;

    /** Connects to the engine serving @p workspace. */
    Error connectTo(const QString& workspace, int timeoutMs = 2000);
    /**
     * Connects to @p engine over TLS: checks the certificate against the fingerprint given or pinned (pinning it
     * on first use when the user gave it), then signs in. Nothing is sent before the certificate is trusted.
     */
    Error connectToHost(const RemoteEngine& engine, int timeoutMs = 10000);
    bool isConnected() const;
    bool isRemote() const { return m_remote; }
    /** The SHA-256 fingerprint of the engine's certificate (after connectToHost reached the handshake). */
    QString peerFingerprint() const { return m_peerFingerprint; }
    /** The signed-in user's role ("Administrator", ...). */
    QString role() const { return m_role; }
    /** Sends a protocol message other than a command ("users", "tls") and waits for its result. */
    CommandResult message(QJsonObject message, int timeoutMs = 30000);
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

    void abortConnection();

    QLocalSocket m_socket;
    QSslSocket m_tls;
    QIODevice* m_device = &m_socket;
    bool m_remote = false;
    QString m_peerFingerprint;
    QString m_role;
    Protocol::FrameReader m_reader;
    QString m_workspace;
    qint64 m_nextId = 1;
    qint64 m_peerPid = 0;
    QString m_peerApplication;
};

} // namespace Copyline
