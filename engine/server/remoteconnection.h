// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/connection.h"
#include "server/protocol.h"

#include <QHash>
#include <QLocalSocket>

namespace Copyline
{

/** A console attached to an engine in another process (copylined) through the management protocol. */
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
     * Whether to ask the engine to send the configuration only when it changed (protocol.h "configDelta"; the
     * default). Off, every snapshot carries the whole configuration, as before (bench_guiidle's baseline).
     * Takes effect at the next connectTo().
     */
    void setConfigDelta(bool on) { m_configDelta = on; }

    void submit(const CommandRequest& request, QObject* context, Callback callback) override;
    QString description() const override;
    bool runsInProcess() const override { return false; }
    /** The engine's host connections are not known here: 0. */
    int hostConnectionCount() const override { return 0; }

private:
    struct Pending
    {
        QPointer<QObject> context;
        Callback callback;
    };

    void onReadyRead();
    void handle(const QJsonObject& message);
    void failAll(const QString& reason);

    QLocalSocket m_socket;
    Protocol::FrameReader m_reader;
    QHash<qint64, Pending> m_pending;
    qint64 m_nextId = 1;
    qint64 m_peerPid = 0;
    QString m_peerApplication;
    QString m_workspace;
    bool m_configDelta = true;
};

} // namespace Copyline
