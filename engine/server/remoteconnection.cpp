// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteconnection.h"

#include "server/controlsocket.h"
#include "service/engine.h"

#include <QElapsedTimer>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

RemoteConnection::RemoteConnection(QObject* parent)
    : EngineConnection(parent)
{
    connect(&m_socket, &QLocalSocket::readyRead, this, &RemoteConnection::onReadyRead);
    connect(&m_socket, &QLocalSocket::disconnected, this, [this]() {
        failAll(tr("the engine closed the connection"));
        Q_EMIT connectionLost(tr("The engine of workspace %1 has stopped.").arg(m_workspace));
    });
}

RemoteConnection::~RemoteConnection()
{
    m_socket.blockSignals(true);
    m_socket.abort();
}

Error RemoteConnection::connectTo(const QString& workspace, int timeoutMs)
{
    m_workspace = workspace;
    const ControlSocket::Location where = ControlSocket::locate(workspace);
    if (const Error err = ControlSocket::checkBeforeConnect(where); err.isError()) {
        return err;
    }
    m_socket.connectToServer(where.socket);
    if (!m_socket.waitForConnected(timeoutMs)) {
        return {ErrorCode::EngineUnreachable, {workspace, m_socket.errorString()}};
    }
    if (const Error err = ControlSocket::checkServer(where, m_socket.socketDescriptor()); err.isError()) {
        m_socket.blockSignals(true);
        m_socket.abort();
        m_socket.blockSignals(false);
        return err;
    }
    m_socket.write(Protocol::encode({{u"type"_s, u"hello"_s}, {u"version"_s, Protocol::kVersion},
        {u"subscribe"_s, true}, {u"configDelta"_s, m_configDelta}}));
    QElapsedTimer timer;
    timer.start();
    while (snapshot()->revision == 0 && timer.elapsed() < timeoutMs) {
        if (!m_socket.waitForReadyRead(static_cast<int>(std::max<qint64>(1, timeoutMs - timer.elapsed())))) {
            break;
        }
        onReadyRead();
    }
    if (snapshot()->revision == 0) {
        return {ErrorCode::EngineUnreachable, {workspace, u"the engine sent no configuration"_s}};
    }
    return {};
}

void RemoteConnection::submit(const CommandRequest& request, QObject* context, Callback callback)
{
    if (m_socket.state() != QLocalSocket::ConnectedState) {
        deliver(context, std::move(callback),
            CommandResult::failure({ErrorCode::EngineUnreachable, {m_workspace, u"not connected"_s}}));
        return;
    }
    const qint64 id = m_nextId++;
    m_pending.insert(id, {context, std::move(callback)});
    m_socket.write(Protocol::encode({{u"type"_s, u"command"_s}, {u"id"_s, id}, {u"command"_s, request.toJson()}}));
}

QString RemoteConnection::description() const
{
    return tr("%1, process %2").arg(m_peerApplication).arg(m_peerPid);
}

void RemoteConnection::onReadyRead()
{
    m_reader.append(m_socket.readAll());
    while (const auto message = m_reader.next()) {
        handle(*message);
    }
    if (m_reader.hasError()) {
        failAll(m_reader.error());
        m_socket.abort();
    }
}

void RemoteConnection::handle(const QJsonObject& message)
{
    const QString type = message.value(u"type"_s).toString();
    if (type == u"hello"_s) {
        m_peerPid = message.value(u"pid"_s).toInteger();
        m_peerApplication = message.value(u"application"_s).toString();
    } else if (type == u"snapshot"_s) {
        // With configDelta an unchanged configuration is not sent again: the one held goes on (implicitly shared).
        const SnapshotPtr previous = snapshot();
        setSnapshot(std::make_shared<Snapshot>(
            Snapshot::fromJson(message.value(u"snapshot"_s).toObject(), previous ? &previous->config : nullptr)));
    } else if (type == u"result"_s) {
        const auto pending = m_pending.take(message.value(u"id"_s).toInteger());
        if (pending.callback) {
            deliver(pending.context, pending.callback, CommandResult::fromJson(message.value(u"result"_s).toObject()));
        }
    }
}

void RemoteConnection::failAll(const QString& reason)
{
    const auto pending = std::exchange(m_pending, {});
    for (const Pending& p : pending) {
        deliver(p.context, p.callback, CommandResult::failure({ErrorCode::EngineUnreachable, {m_workspace, reason}}));
    }
}

} // namespace Copyline
