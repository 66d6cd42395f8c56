// SPDX-License-Identifier: GPL-3.0-or-later
#include "managementserver.h"

#include "server/controlsocket.h"
#include "service/engine.h"
#include "util/privatefiles.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocalSocket>
#include <QTimer>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

ManagementServer::ManagementServer(Engine& engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &ManagementServer::onNewConnection);
    connect(&m_engine, &Engine::snapshotChanged, this, &ManagementServer::onSnapshot);
}

ManagementServer::~ManagementServer()
{
    m_server.close();
}

QString ManagementServer::socketName(const QString& workspace)
{
    // A path in a folder only we may enter (server/controlsocket.h), never a guessable name in the shared /tmp.
    return ControlSocket::locate(workspace).socket;
}

Error ManagementServer::listen()
{
    const ControlSocket::Location where = ControlSocket::locate(m_engine.workspacePath());
    if (const Error err = ControlSocket::prepare(where); err.isError()) {
        return err;
    }
    // We hold the workspace lock and the folder is ours alone, so a socket there is left over from a killed engine.
    QLocalServer::removeServer(where.socket);
    if (!m_server.listen(where.socket)) {
        return {ErrorCode::EngineStartFailed,
            {m_engine.workspacePath(), u"cannot listen on %1: %2"_s.arg(where.socket, m_server.errorString())}};
    }
    return {};
}

void ManagementServer::sayGoodbye(const QString& reason)
{
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        send(it.key(), {{u"type"_s, u"bye"_s}, {u"reason"_s, reason}});
        it.key()->flush();
    }
}

void ManagementServer::onNewConnection()
{
    while (QLocalSocket* socket = m_server.nextPendingConnection()) {
        // The folder keeps other users out; should its mode ever be loosened, the engine still serves only us.
        const auto peer = PrivateFiles::peerCredentials(socket->socketDescriptor());
        if (!peer || peer->uid != ::geteuid()) {
            qWarning("Copyline: refused a connection to the control socket from process %lld of %s: only %s may "
                     "command this engine",
                static_cast<long long>(peer ? peer->pid : 0),
                qUtf8Printable(peer ? ControlSocket::describeUser(peer->uid) : u"an unknown user"_s),
                qUtf8Printable(ControlSocket::describeUser(::geteuid())));
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_clients.insert(socket, Client {});
        connect(socket, &QLocalSocket::readyRead, this, [this, socket]() { onReadyRead(socket); });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket]() {
            m_clients.remove(socket);
            socket->deleteLater();
        });
        send(socket,
            {{u"type"_s, u"hello"_s}, {u"version"_s, Protocol::kVersion},
                {u"pid"_s, QCoreApplication::applicationPid()}, {u"application"_s, QCoreApplication::applicationName()},
                {u"workspace"_s, m_engine.workspacePath()}});
    }
}

void ManagementServer::onReadyRead(QLocalSocket* socket)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end()) {
        return;
    }
    it->reader.append(socket->readAll());
    while (true) {
        auto client = m_clients.find(socket);
        if (client == m_clients.end()) {
            return;
        }
        const auto message = client->reader.next();
        if (client->reader.hasError()) {
            // A peer that breaks framing cannot be resynchronised; drop it, the engine is unaffected.
            send(socket, {{u"type"_s, u"bye"_s}, {u"reason"_s, client->reader.error()}});
            socket->disconnectFromServer();
            return;
        }
        if (!message) {
            return;
        }
        handle(socket, *message);
    }
}

void ManagementServer::handle(QLocalSocket* socket, const QJsonObject& message)
{
    const QString type = message.value(u"type"_s).toString();
    const QJsonValue id = message.value(u"id"_s);
    if (type == u"hello"_s) {
        m_clients[socket].subscribed = message.value(u"subscribe"_s).toBool();
        m_clients[socket].configDelta = message.value(u"configDelta"_s).toBool();
        if (m_clients[socket].subscribed) {
            sendSnapshot(socket);
        }
        return;
    }
    if (type == u"command"_s) {
        const CommandRequest request = CommandRequest::fromJson(message.value(u"command"_s).toObject());
        QPointer<QLocalSocket> target(socket);
        m_engine.submit(request, [this, target, id](const CommandResult& result) {
            // May run on an I/O thread: hop back to the server's thread before touching the socket.
            QMetaObject::invokeMethod(this, [this, target, id, result]() {
                if (target && m_clients.contains(target.data())) {
                    // Subscribers get the snapshot that includes the command's effect before its result.
                    if (m_clients[target.data()].snapshotPending) {
                        sendSnapshot(target.data());
                    }
                    send(target.data(), {{u"type"_s, u"result"_s}, {u"id"_s, id}, {u"result"_s, result.toJson()}});
                }
            });
        });
        return;
    }
    if (type == u"shutdown"_s) {
        CommandResult result;
        if (!m_shutdownAllowed) {
            result.error = {ErrorCode::Busy,
                {u"The workspace"_s, u"it is held by the Copyline console; close the console to stop it"_s}};
        }
        send(socket, {{u"type"_s, u"result"_s}, {u"id"_s, id}, {u"result"_s, result.toJson()}});
        socket->flush();
        if (m_shutdownAllowed) {
            Q_EMIT shutdownRequested();
        }
        return;
    }
    const CommandResult unknown
        = CommandResult::failure({ErrorCode::UnknownCommand, {u"protocol message %1"_s.arg(type)}});
    send(socket, {{u"type"_s, u"result"_s}, {u"id"_s, id}, {u"result"_s, unknown.toJson()}});
}

void ManagementServer::onSnapshot(const SnapshotPtr& snapshot)
{
    Q_UNUSED(snapshot);
    // Coalesce: a burst of changes sends one snapshot per subscriber, the newest.
    bool schedule = false;
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        if (it->subscribed && !it->snapshotPending) {
            it->snapshotPending = true;
            schedule = true;
        }
    }
    if (schedule) {
        QTimer::singleShot(0, this, [this]() {
            for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
                if (it->snapshotPending) {
                    sendSnapshot(it.key());
                }
            }
        });
    }
}

void ManagementServer::sendSnapshot(QLocalSocket* socket)
{
    Client& client = m_clients[socket];
    client.snapshotPending = false;
    const SnapshotPtr snapshot = m_engine.snapshot();
    // The maps of an unchanged configuration share their data with the last one sent: comparing them is cheap.
    const bool includeConfig = !client.configDelta || !client.configSent || !(client.lastConfig == snapshot->config);
    if (includeConfig && client.configDelta) {
        client.lastConfig = snapshot->config;
        client.configSent = true;
    }
    send(socket, {{u"type"_s, u"snapshot"_s}, {u"snapshot"_s, snapshot->toJson(includeConfig)}});
}

void ManagementServer::send(QLocalSocket* socket, const QJsonObject& message)
{
    socket->write(Protocol::encode(message));
}

} // namespace Copyline
