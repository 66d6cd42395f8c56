// SPDX-License-Identifier: GPL-3.0-or-later
#include "managementserver.h"

#include "server/controlsocket.h"
#include "server/managementusers.h"
#include "service/engine.h"
#include "service/sites.h"
#include "util/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocalSocket>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

/** Connections over TLS that have not signed in yet, at most: in all, and from one address. */
constexpr int kMaxUnsignedConnections = 64;
constexpr int kMaxUnsignedPerAddress = 16;
/** Sign-ins waiting their turn from one address; more are refused at once. */
constexpr int kMaxQueuedSignIns = 8;
/** Addresses with failed sign-ins kept before the oldest expired ones are forgotten. */
constexpr qsizetype kMaxRememberedAddresses = 10000;

/** A TCP server that hands the raw descriptor over, so the connection becomes a QSslSocket before any byte. */
class DescriptorServer final : public QTcpServer
{
public:
    std::function<void(qintptr)> onIncoming;

protected:
    void incomingConnection(qintptr descriptor) override { onIncoming(descriptor); }
};

QString addressText(const QHostAddress& address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped ? QHostAddress(v4).toString() : address.toString();
}

} // namespace

ManagementServer::ManagementServer(Engine& engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &ManagementServer::onNewConnection);
    connect(&m_engine, &Engine::snapshotChanged, this, &ManagementServer::onSnapshot);
    m_clock.start();
}

ManagementServer::~ManagementServer()
{
    // The clients go first, quietly. Their sockets are children of this object: left to ~QObject, a socket's
    // disconnected() would run its slot here after m_clients was destroyed (copylined crashed on its way out when it
    // stopped with a console attached).
    const QList<QIODevice*> sockets = m_clients.keys();
    m_clients.clear();
    for (QIODevice* socket : sockets) {
        socket->disconnect(this);
        delete socket; // closes the connection: the console sees the engine go
    }
    stopTls();
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

int ManagementServer::delayAfter(int failures)
{
    if (failures <= 0) {
        return 0;
    }
    const int shift = std::min(failures - 1, 16);
    return static_cast<int>(std::min<qint64>(qint64(kFirstDelayMs) << shift, kMaxDelayMs));
}

Error ManagementServer::loadIdentity()
{
    if (!m_identity.fingerprint.isEmpty()) {
        return {};
    }
    return TlsIdentity::loadOrCreate(m_engine.workspacePath(), &m_identity);
}

Error ManagementServer::listenTls(const QString& address, quint16 port)
{
    stopTls();
    const QString where = u"%1:%2"_s.arg(address).arg(port);
    if (!QSslSocket::supportsSsl()) {
        return {ErrorCode::ManagementTlsFailed,
            {where, u"this Qt has no TLS backend (the openssl plugin of libqt6network6 is missing)"_s}};
    }
    const QHostAddress host(address);
    if (host.isNull()) {
        return {ErrorCode::InvalidParameter, {u"listen"_s, address, u"give an IP address such as 127.0.0.1"_s}};
    }
    if (const Error err = loadIdentity(); err.isError()) {
        return err;
    }
    m_tlsConfiguration = QSslConfiguration::defaultConfiguration();
    m_tlsConfiguration.setLocalCertificate(m_identity.certificate);
    m_tlsConfiguration.setPrivateKey(m_identity.key);
    m_tlsConfiguration.setProtocol(QSsl::TlsV1_2OrLater);
    m_tlsConfiguration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients prove themselves by signing in
    auto server = std::make_unique<DescriptorServer>();
    server->onIncoming = [this](qintptr descriptor) { onIncomingTls(descriptor); };
    if (!server->listen(host, port)) {
        return {ErrorCode::EngineStartFailed,
            {m_engine.workspacePath(),
                u"management over TLS cannot listen on %1: %2"_s.arg(where, server->errorString())}};
    }
    m_tlsServer = std::move(server);
    logEvent(EventCode::ManagementListening, false, u"Management over TLS started"_s,
        u"Listening on %1:%2; certificate SHA-256 fingerprint %3"_s.arg(tlsAddress())
            .arg(tlsPort())
            .arg(m_identity.fingerprint));
    return {};
}

void ManagementServer::stopTls()
{
    if (!m_tlsServer) {
        return;
    }
    m_tlsServer->close();
    m_tlsServer.reset();
    const QList<QIODevice*> sockets = m_clients.keys();
    for (QIODevice* socket : sockets) {
        if (m_clients.value(socket).remote) {
            drop(socket);
        }
    }
    m_addresses.clear();
}

bool ManagementServer::isListeningTls() const
{
    return m_tlsServer && m_tlsServer->isListening();
}

QString ManagementServer::tlsAddress() const
{
    return isListeningTls() ? addressText(m_tlsServer->serverAddress()) : QString();
}

quint16 ManagementServer::tlsPort() const
{
    return isListeningTls() ? m_tlsServer->serverPort() : 0;
}

void ManagementServer::sayGoodbye(const QString& reason)
{
    for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it) {
        if (it->remote && it->user.isEmpty()) {
            continue;
        }
        send(it.key(), {{u"type"_s, u"bye"_s}, {u"reason"_s, reason}});
        if (auto* local = qobject_cast<QLocalSocket*>(it.key())) {
            local->flush();
        } else if (auto* tls = qobject_cast<QSslSocket*>(it.key())) {
            tls->flush();
        }
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

void ManagementServer::onIncomingTls(qintptr descriptor)
{
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        ::close(static_cast<int>(descriptor));
        socket->deleteLater();
        return;
    }
    const QString address = addressText(socket->peerAddress());
    int unsigned_ = 0;
    int fromAddress = 0;
    for (const Client& c : std::as_const(m_clients)) {
        if (c.remote && c.user.isEmpty()) {
            ++unsigned_;
            fromAddress += c.address == address ? 1 : 0;
        }
    }
    if (unsigned_ >= kMaxUnsignedConnections || fromAddress >= kMaxUnsignedPerAddress) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    Client client;
    client.remote = true;
    client.address = address;
    m_clients.insert(socket, client);
    socket->setSslConfiguration(m_tlsConfiguration);
    connect(socket, &QSslSocket::encrypted, this, [this, socket]() {
        auto it = m_clients.find(socket);
        if (it == m_clients.end()) {
            return;
        }
        it->encrypted = true;
        // Nothing about the engine before a sign-in: the protocol version and that a sign-in is needed.
        send(socket,
            {{u"type"_s, u"hello"_s}, {u"version"_s, Protocol::kVersion}, {u"signIn"_s, true},
                {u"application"_s, QCoreApplication::applicationName()}});
        if (socket->bytesAvailable() > 0) {
            onReadyRead(socket);
        }
    });
    connect(socket, &QSslSocket::readyRead, this, [this, socket]() {
        if (m_clients.value(socket).encrypted) {
            onReadyRead(socket);
        }
    });
    // A failed handshake (a client that speaks no TLS, junk) or any socket error ends the connection, nothing else.
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError) { drop(socket); });
    connect(socket, &QSslSocket::disconnected, this, [this, socket]() { drop(socket); });
    QTimer::singleShot(kSignInDeadlineMs, socket, [this, socket]() {
        const auto it = m_clients.constFind(socket);
        if (it != m_clients.cend() && it->user.isEmpty()) {
            drop(socket);
        }
    });
    socket->startServerEncryption();
}

void ManagementServer::drop(QIODevice* socket)
{
    if (m_clients.remove(socket) == 0) {
        return;
    }
    socket->disconnect(this);
    if (auto* tls = qobject_cast<QSslSocket*>(socket)) {
        tls->abort();
    } else if (auto* local = qobject_cast<QLocalSocket*>(socket)) {
        local->abort();
    }
    socket->deleteLater();
}

void ManagementServer::onReadyRead(QIODevice* socket)
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
        // Before a sign-in a client gets no large frames: a stranger cannot make the engine buffer 256 MiB.
        if (client->remote && client->user.isEmpty() && client->reader.buffered() > Protocol::kMaxSignInFrame) {
            drop(socket);
            return;
        }
        const auto message = client->reader.next();
        if (client->reader.hasError()) {
            // A peer that breaks framing cannot be resynchronised; drop it, the engine is unaffected.
            send(socket, {{u"type"_s, u"bye"_s}, {u"reason"_s, client->reader.error()}});
            if (auto* local = qobject_cast<QLocalSocket*>(socket)) {
                local->disconnectFromServer();
            } else if (auto* tls = qobject_cast<QSslSocket*>(socket)) {
                tls->disconnectFromHost();
            }
            return;
        }
        if (!message) {
            return;
        }
        handle(socket, *message);
    }
}

void ManagementServer::reply(QIODevice* socket, const QJsonValue& id, const CommandResult& result)
{
    send(socket, {{u"type"_s, u"result"_s}, {u"id"_s, id}, {u"result"_s, result.toJson()}});
}

bool ManagementServer::permitted(QIODevice* socket, const QString& name, const QJsonValue& id)
{
    const Client& client = m_clients[socket];
    if (!client.remote) {
        return true; // the owner, on the local socket: unrestricted
    }
    if (client.user.isEmpty()) {
        reply(socket, id, CommandResult::failure({ErrorCode::ManagementNotSignedIn, {name}}));
        return false;
    }
    const auto requirement = Access::requirementOf(name);
    if (requirement && Access::allows(client.role, *requirement)) {
        return true;
    }
    const QString why = requirement ? Access::shortfall(*requirement) : u"it is not open to network clients"_s;
    const QString role = Access::roleName(client.role);
    logEvent(EventCode::ManagementCommandRefused, true, u"Management command refused"_s,
        u"User %1 (%2) from %3 may not run %4: %5"_s.arg(client.user, role, client.address, name, why));
    reply(socket, id, CommandResult::failure({ErrorCode::ManagementNotAuthorized, {client.user, role, name, why}}));
    return false;
}

void ManagementServer::handle(QIODevice* socket, const QJsonObject& message)
{
    const QString type = message.value(u"type"_s).toString();
    const QJsonValue id = message.value(u"id"_s);
    if (type == u"login"_s) {
        handleSignIn(socket, message);
        return;
    }
    if (type == u"hello"_s) {
        if (m_clients[socket].remote && m_clients[socket].user.isEmpty()) {
            reply(socket, id, CommandResult::failure({ErrorCode::ManagementNotSignedIn, {type}}));
            return;
        }
        Client& client = m_clients[socket];
        client.subscribed = message.value(u"subscribe"_s).toBool();
        client.deltas.config = message.value(u"configDelta"_s).toBool();
        client.deltas.runtime = message.value(u"runtimeDelta"_s).toBool();
        client.lastSent.reset(); // a hello starts over: the next snapshot is whole
        if (client.subscribed) {
            sendSnapshot(socket);
        }
        return;
    }
    if (type == u"command"_s) {
        const CommandRequest request = CommandRequest::fromJson(message.value(u"command"_s).toObject());
        if (!permitted(socket, request.name, id)) {
            return;
        }
        QPointer<QIODevice> target(socket);
        m_engine.submit(request, [this, target, id](const CommandResult& result) {
            // May run on an I/O thread: hop back to the server's thread before touching the socket.
            QMetaObject::invokeMethod(this, [this, target, id, result]() {
                if (target && m_clients.contains(target.data())) {
                    // Subscribers get the snapshot that includes the command's effect before its result.
                    if (m_clients[target.data()].snapshotPending) {
                        sendSnapshot(target.data());
                    }
                    reply(target.data(), id, result);
                }
            });
        });
        return;
    }
    if (type == u"shutdown"_s) {
        if (!permitted(socket, type, id)) {
            return;
        }
        CommandResult result;
        if (!m_shutdownAllowed) {
            result.error = {ErrorCode::Busy,
                {u"The workspace"_s, u"it is held by the Copyline console; close the console to stop it"_s}};
        }
        reply(socket, id, result);
        if (auto* local = qobject_cast<QLocalSocket*>(socket)) {
            local->flush();
        } else if (auto* tls = qobject_cast<QSslSocket*>(socket)) {
            tls->flush();
        }
        if (m_shutdownAllowed) {
            Q_EMIT shutdownRequested();
        }
        return;
    }
    if (type == u"users"_s) {
        if (permitted(socket, type, id)) {
            handleUsers(socket, message);
        }
        return;
    }
    if (type == u"tls"_s) {
        if (permitted(socket, type, id)) {
            handleTls(socket, message);
        }
        return;
    }
    if (type == u"sites"_s) {
        if (permitted(socket, type, id)) {
            handleSites(socket, message);
        }
        return;
    }
    reply(socket, id, CommandResult::failure({ErrorCode::UnknownCommand, {u"protocol message %1"_s.arg(type)}}));
}

void ManagementServer::handleSignIn(QIODevice* socket, const QJsonObject& message)
{
    const QJsonValue id = message.value(u"id"_s);
    Client& client = m_clients[socket];
    if (!client.remote) {
        // The owner needs no sign-in on the local socket.
        CommandResult owner;
        owner.data.insert(u"user"_s, u"(owner)"_s);
        owner.data.insert(u"role"_s, Access::roleName(Access::Role::Administrator));
        reply(socket, id, owner);
        return;
    }
    if (!client.user.isEmpty() || client.signInPending) {
        reply(socket, id,
            CommandResult::failure({ErrorCode::Busy, {u"The sign-in"_s, u"this connection has signed in already"_s}}));
        return;
    }
    if (m_addresses.size() > kMaxRememberedAddresses) {
        // Many addresses failed once: forget those whose delay ran out long ago, so memory stays bounded.
        const qint64 now = m_clock.elapsed();
        m_addresses.removeIf([now](const auto& it) {
            return it->queue.isEmpty() && !it->waiting && it->nextAllowedMs + 10LL * kMaxDelayMs < now;
        });
    }
    Address& address = m_addresses[client.address];
    if (address.queue.size() >= kMaxQueuedSignIns) {
        reply(socket, id,
            CommandResult::failure({ErrorCode::Busy,
                {u"The sign-in"_s, u"too many sign-ins from %1 are waiting; try again later"_s.arg(client.address)}}));
        return;
    }
    client.signInPending = true;
    address.queue.append({qobject_cast<QSslSocket*>(socket), id, message.value(u"user"_s).toString(),
        message.value(u"password"_s).toString()});
    processSignIns(client.address);
}

void ManagementServer::processSignIns(const QString& addressKey)
{
    while (true) {
        auto at = m_addresses.find(addressKey);
        if (at == m_addresses.end() || at->waiting) {
            return;
        }
        at->queue.removeIf(
            [this](const PendingSignIn& p) { return !p.socket || !m_clients.contains(p.socket.data()); });
        if (at->queue.isEmpty()) {
            if (at->failures == 0) {
                m_addresses.erase(at);
            }
            return;
        }
        const qint64 wait = at->nextAllowedMs - m_clock.elapsed();
        if (wait > 0) {
            // Slowed, not refused: the attempt is answered when the address's delay has passed.
            at->waiting = true;
            QTimer::singleShot(static_cast<int>(wait), this, [this, addressKey]() {
                if (auto it = m_addresses.find(addressKey); it != m_addresses.end()) {
                    it->waiting = false;
                }
                processSignIns(addressKey);
            });
            return;
        }
        const PendingSignIn pending = at->queue.takeFirst();
        QSslSocket* socket = pending.socket.data();
        Client& client = m_clients[socket];
        client.signInPending = false;
        const auto role = ManagementUsers::verify(m_engine, pending.user, pending.password);
        if (!role) {
            const int failures = ++at->failures;
            const int delay = delayAfter(failures);
            at->nextAllowedMs = m_clock.elapsed() + delay;
            logEvent(EventCode::ManagementSignInFailed, true, u"Management sign-in failed"_s,
                u"User %1 from %2: wrong user name or password (%3 failure(s) in a row from this address; the next "
                "attempt waits %4 ms)"_s.arg(pending.user, addressKey)
                    .arg(failures)
                    .arg(delay));
            reply(socket, pending.id,
                CommandResult::failure(
                    {ErrorCode::ManagementLoginFailed, {u"%1:%2"_s.arg(tlsAddress()).arg(tlsPort())}}));
            continue;
        }
        at->failures = 0;
        at->nextAllowedMs = 0;
        client.user = pending.user;
        client.role = *role;
        logEvent(EventCode::ManagementSignIn, false, u"Management sign-in"_s,
            u"User %1 (%2) signed in from %3 over TLS"_s.arg(pending.user, Access::roleName(*role), addressKey));
        CommandResult ok;
        ok.data = {{u"user"_s, pending.user}, {u"role"_s, Access::roleName(*role)},
            {u"application"_s, QCoreApplication::applicationName()},
            {u"workspace"_s, QFileInfo(m_engine.workspacePath()).fileName()}};
        reply(socket, pending.id, ok);
    }
}

void ManagementServer::handleUsers(QIODevice* socket, const QJsonObject& message)
{
    const QJsonValue id = message.value(u"id"_s);
    const QString action = message.value(u"action"_s).toString();
    const QString name = message.value(u"name"_s).toString();
    CommandResult result;
    if (action == u"list"_s) {
        QJsonArray rows;
        for (const ManagementUsers::User& u : ManagementUsers::all(m_engine)) {
            rows.append(QJsonObject {{u"name"_s, u.name}, {u"role"_s, Access::roleName(u.role)}});
        }
        result.data.insert(u"users"_s, rows);
    } else if (action == u"add"_s) {
        const auto role = Access::roleNamed(message.value(u"role"_s).toString());
        if (!role) {
            result.error = {ErrorCode::InvalidParameter,
                {u"role"_s, message.value(u"role"_s).toString(), u"use Administrator, Operator or Monitor"_s}};
        } else {
            const QList<ManagementUsers::User> before = ManagementUsers::all(m_engine);
            const bool existed
                = std::any_of(before.cbegin(), before.cend(), [&name](const auto& u) { return u.name == name; });
            result.error = ManagementUsers::add(m_engine, name, *role, message.value(u"password"_s).toString());
            if (result.ok()) {
                logEvent(EventCode::ManagementUsersChanged, false, u"Management user changed"_s,
                    existed ? u"User %1 now has the role %2 and a new password"_s.arg(name, Access::roleName(*role))
                            : u"User %1 was added with the role %2"_s.arg(name, Access::roleName(*role)));
                // A changed role applies to the user's connections at once.
                for (Client& c : m_clients) {
                    if (c.remote && c.user == name) {
                        c.role = *role;
                    }
                }
            }
        }
    } else if (action == u"remove"_s) {
        result.error = ManagementUsers::remove(m_engine, name);
        if (result.ok()) {
            logEvent(EventCode::ManagementUsersChanged, false, u"Management user changed"_s,
                u"User %1 was removed"_s.arg(name));
            const QList<QIODevice*> sockets = m_clients.keys();
            for (QIODevice* s : sockets) {
                if (m_clients.value(s).remote && m_clients.value(s).user == name) {
                    drop(s);
                }
            }
        }
    } else {
        result.error = {ErrorCode::InvalidParameter, {u"action"_s, action, u"use add, remove or list"_s}};
    }
    reply(socket, id, result);
}

void ManagementServer::handleTls(QIODevice* socket, const QJsonObject& message)
{
    const QJsonValue id = message.value(u"id"_s);
    CommandResult result;
    const QString action = message.value(u"action"_s).toString(u"info"_s);
    if (action == u"listen"_s) {
        // The owner turns the listener on or off; the setting makes copylined listen there at every start.
        if (m_clients[socket].remote) {
            reply(socket, id,
                CommandResult::failure({ErrorCode::ManagementNotAuthorized,
                    {m_clients[socket].user, Access::roleName(m_clients[socket].role), u"tls listen"_s,
                        Access::shortfall(Access::Requirement::OwnerOnly)}}));
            return;
        }
        const QString where = message.value(u"listen"_s).toString();
        if (where == u"off"_s) {
            stopTls();
            result.error = m_engine.setSetting(u"management.listen"_s, {});
        } else {
            QString host;
            quint16 port = 0;
            if (!Protocol::parseHostPort(where, &host, &port)) {
                result.error = {ErrorCode::InvalidParameter,
                    {u"listen"_s, where, u"give ADDRESS:PORT such as 127.0.0.1:7443, or off"_s}};
            } else if (result.error = listenTls(host, port); result.ok()) {
                result.error = m_engine.setSetting(u"management.listen"_s, where);
            }
        }
    } else if (action != u"info"_s) {
        result.error = {ErrorCode::InvalidParameter, {u"action"_s, action, u"use info or listen"_s}};
    }
    if (result.ok()) {
        result.error = loadIdentity();
    }
    result.data = {{u"fingerprint"_s, m_identity.fingerprint}, {u"listening"_s, isListeningTls()},
        {u"address"_s, tlsAddress()}, {u"port"_s, tlsPort()}};
    reply(socket, id, result);
}

void ManagementServer::handleSites(QIODevice* socket, const QJsonObject& message)
{
    // Engines per site (issue 17): the owner's; the table refuses it over TLS to everyone (accesscontrol.cpp).
    const QJsonValue id = message.value(u"id"_s);
    CommandResult result;
    const QString action = message.value(u"action"_s).toString(u"info"_s);
    const QString name = message.value(u"name"_s).toString();
    if (action == u"listen"_s) {
        const QString where = message.value(u"listen"_s).toString();
        QString host;
        quint16 port = 0;
        if (!Protocol::parseHostPort(where, &host, &port) || port == 0) {
            result.error = {ErrorCode::InvalidParameter,
                {u"replication-listen"_s, where, u"give ADDRESS:PORT such as 0.0.0.0:7600 (the port not 0)"_s}};
        } else {
            result.error = m_engine.setReplicationListen(host, port);
        }
    } else if (action == u"add"_s) {
        Engine::Peer peer;
        peer.name = name;
        QString host;
        quint16 port = 0;
        const QString where = message.value(u"address"_s).toString();
        if (!Protocol::parseHostPort(where, &host, &port) || port == 0) {
            result.error = {ErrorCode::InvalidParameter,
                {u"peer-address"_s, where, u"give the HOST:PORT its copylined listens on (--replication-listen)"_s}};
        } else {
            peer.address = host;
            peer.port = port;
            peer.key = QByteArray::fromBase64(message.value(u"key"_s).toString().toLatin1());
            result.error = m_engine.addPeer(peer);
        }
    } else if (action == u"name"_s) {
        result.error = Sites::isValidName(name)
            ? m_engine.setSetting(u"replication.name"_s, name)
            : Error {
                ErrorCode::InvalidParameter, {u"site-name"_s, name, u"use 1 to 30 letters, digits, '.', '_' or '-'"_s}};
    } else if (action == u"remove"_s) {
        result.error = m_engine.removePeer(name);
    } else if (action == u"refresh"_s) {
        result.error = m_engine.refreshPeer(name);
    } else if (action != u"info"_s && action != u"list"_s) {
        result.error
            = {ErrorCode::InvalidParameter, {u"action"_s, action, u"use info, list, listen, add, remove or refresh"_s}};
    }
    result.data = Sites::describe(m_engine);
    reply(socket, id, result);
}

void ManagementServer::logEvent(int code, bool warning, const QString& description, const QString& details)
{
    if (!m_engine.isOpen()) {
        return;
    }
    m_engine.runInternal(0, [&](CommandContext& ctx) {
        ctx.logEventOn(0, code, warning ? EventSeverity::Warning : EventSeverity::Informational, u"Management"_s,
            description, details);
    });
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
            const QList<QIODevice*> sockets = m_clients.keys();
            for (QIODevice* socket : sockets) {
                if (m_clients.contains(socket) && m_clients.value(socket).snapshotPending) {
                    sendSnapshot(socket);
                }
            }
        });
    }
}

void ManagementServer::sendSnapshot(QIODevice* socket)
{
    Client& client = m_clients[socket];
    client.snapshotPending = false;
    const SnapshotPtr snapshot = m_engine.snapshot();
    // The stream is ordered and the client takes every snapshot in turn, so the one sent last is what it holds.
    const QJsonObject json = snapshot->toJson(client.lastSent.get(), client.deltas);
    if (client.deltas.any()) {
        client.lastSent = snapshot;
    }
    send(socket, {{u"type"_s, u"snapshot"_s}, {u"snapshot"_s, json}});
}

void ManagementServer::send(QIODevice* socket, const QJsonObject& message)
{
    socket->write(Protocol::encode(message));
}

} // namespace Copyline
