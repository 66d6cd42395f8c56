// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteconnection.h"

#include "server/controlsocket.h"
#include "server/tlsidentity.h"
#include "service/engine.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSslConfiguration>

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
    connect(&m_tls, &QSslSocket::readyRead, this, [this]() {
        if (m_remote && m_tls.isEncrypted() && !m_signingIn) {
            onReadyRead();
        }
    });
    connect(&m_tls, &QSslSocket::disconnected, this, [this]() {
        failAll(tr("the engine closed the connection"));
        Q_EMIT connectionLost(tr("The engine at %1 closed the connection.").arg(m_workspace));
    });
}

RemoteConnection::~RemoteConnection()
{
    abortQuietly();
}

bool RemoteConnection::isConnected() const
{
    return m_remote ? m_tls.state() == QAbstractSocket::ConnectedState
                    : m_socket.state() == QLocalSocket::ConnectedState;
}

void RemoteConnection::abortQuietly()
{
    m_socket.blockSignals(true);
    m_tls.blockSignals(true);
    m_socket.abort();
    m_tls.abort();
    m_socket.blockSignals(false);
    m_tls.blockSignals(false);
}

Error RemoteConnection::awaitSnapshot(const QString& where, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (snapshot()->revision == 0 && timer.elapsed() < timeoutMs) {
        if (!m_device->waitForReadyRead(static_cast<int>(std::max<qint64>(1, timeoutMs - timer.elapsed())))) {
            break;
        }
        onReadyRead();
    }
    if (snapshot()->revision == 0) {
        return {ErrorCode::EngineUnreachable, {where, u"the engine sent no configuration"_s}};
    }
    return {};
}

Error RemoteConnection::connectToHost(const RemoteEngine& engine, int timeoutMs)
{
    const QString endpoint = engine.endpoint();
    m_workspace = endpoint;
    abortQuietly();
    m_remote = true;
    m_device = &m_tls;
    m_reader = {};
    if (!QSslSocket::supportsSsl()) {
        return {ErrorCode::ManagementTlsFailed,
            {endpoint, u"this Qt has no TLS backend (the openssl plugin of libqt6network6 is missing)"_s}};
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::QueryPeer); // trusted by the pinned fingerprint, below
    m_tls.setSslConfiguration(configuration);
    m_tls.connectToHostEncrypted(engine.host, engine.port);
    if (!m_tls.waitForEncrypted(timeoutMs)) {
        const QString why = m_tls.errorString();
        abortQuietly();
        return {ErrorCode::EngineUnreachable, {endpoint, why}};
    }
    m_peerFingerprint = TlsIdentity::fingerprintOf(m_tls.peerCertificate());
    if (const Error err = trustPeer(engine, m_peerFingerprint); err.isError()) {
        abortQuietly();
        return err;
    }
    // The sign-in comes first; its answer may wait for the delay of earlier failures from this address.
    const qint64 id = m_nextId++;
    std::optional<CommandResult> signIn;
    m_tls.write(Protocol::encode(
        {{u"type"_s, u"login"_s}, {u"id"_s, id}, {u"user"_s, engine.user}, {u"password"_s, engine.password}}));
    QElapsedTimer timer;
    timer.start();
    const qint64 limit = timeoutMs + 35000LL; // the longest delay is 30 s
    // Read here, not in the readyRead slot (waitForReadyRead emits it): the answer must not go to handle().
    m_signingIn = true;
    const auto done = qScopeGuard([this]() { m_signingIn = false; });
    while (!signIn && timer.elapsed() < limit && isConnected() && !m_reader.hasError()) {
        if (!m_tls.waitForReadyRead(200)) {
            continue;
        }
        m_reader.append(m_tls.readAll());
        while (const auto message = m_reader.next()) {
            if (message->value(u"type"_s).toString() == u"result"_s && message->value(u"id"_s).toInteger() == id) {
                signIn = CommandResult::fromJson(message->value(u"result"_s).toObject());
            } else {
                handle(*message); // the greeting
            }
        }
    }
    if (!signIn) {
        abortQuietly();
        return {ErrorCode::EngineUnreachable, {endpoint, u"no answer to the sign-in"_s}};
    }
    if (!signIn->ok()) {
        abortQuietly();
        return signIn->error;
    }
    m_role = signIn->data.value(u"role"_s).toString();
    m_tls.write(Protocol::encode({{u"type"_s, u"hello"_s}, {u"version"_s, Protocol::kVersion}, {u"subscribe"_s, true},
        {u"configDelta"_s, m_configDelta}}));
    if (const Error err = awaitSnapshot(endpoint, timeoutMs); err.isError()) {
        abortQuietly();
        return err;
    }
    return {};
}

Error RemoteConnection::connectTo(const QString& workspace, int timeoutMs)
{
    m_workspace = workspace;
    m_remote = false;
    m_device = &m_socket;
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
    return awaitSnapshot(workspace, timeoutMs);
}

void RemoteConnection::submit(const CommandRequest& request, QObject* context, Callback callback)
{
    if (!isConnected()) {
        deliver(context, std::move(callback),
            CommandResult::failure({ErrorCode::EngineUnreachable, {m_workspace, u"not connected"_s}}));
        return;
    }
    const qint64 id = m_nextId++;
    m_pending.insert(id, {context, std::move(callback)});
    m_device->write(Protocol::encode({{u"type"_s, u"command"_s}, {u"id"_s, id}, {u"command"_s, request.toJson()}}));
}

QString RemoteConnection::description() const
{
    if (m_remote) {
        return tr("%1 at %2, signed in as %3").arg(m_peerApplication, m_workspace, m_role);
    }
    return tr("%1, process %2").arg(m_peerApplication).arg(m_peerPid);
}

void RemoteConnection::onReadyRead()
{
    m_reader.append(m_device->readAll());
    while (const auto message = m_reader.next()) {
        handle(*message);
    }
    if (m_reader.hasError()) {
        failAll(m_reader.error());
        if (m_remote) {
            m_tls.abort();
        } else {
            m_socket.abort();
        }
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
