// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteconnection.h"

#include "server/controlsocket.h"
#include "server/tlsidentity.h"
#include "service/engine.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSslConfiguration>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

RemoteConnection::RemoteConnection(QObject* parent)
    : EngineConnection(parent)
{
    connect(&m_socket, &QLocalSocket::readyRead, this, &RemoteConnection::onReadyRead);
    connect(&m_socket, &QLocalSocket::disconnected, this,
        [this]() { onDisconnected(tr("The engine of workspace %1 has stopped.").arg(m_workspace)); });
    connect(&m_socket, &QLocalSocket::connected, this, [this]() {
        if (m_reconnecting) {
            onAttemptConnected();
        }
    });
    connect(&m_socket, &QLocalSocket::errorOccurred, this, [this]() {
        if (m_reconnecting && !m_established && m_socket.state() != QLocalSocket::ConnectedState) {
            attemptFailed(m_socket.errorString());
        }
    });
    connect(&m_tls, &QSslSocket::readyRead, this, [this]() {
        if (m_remote && m_tls.isEncrypted()) {
            onReadyRead();
        }
    });
    connect(&m_tls, &QSslSocket::disconnected, this, [this]() {
        if (m_attaching) {
            finishAttach({ErrorCode::EngineUnreachable, {m_workspace, u"the engine closed the connection"_s}});
            return;
        }
        onDisconnected(tr("The engine at %1 closed the connection.").arg(m_workspace));
    });
    connect(&m_tls, &QSslSocket::encrypted, this, [this]() {
        if (m_attaching) {
            onAttachEncrypted();
        } else if (m_reconnecting) {
            onAttemptConnected();
        }
    });
    connect(&m_tls, &QSslSocket::errorOccurred, this, [this]() {
        if (m_attaching) {
            finishAttach({ErrorCode::EngineUnreachable, {m_workspace, m_tls.errorString()}});
            return;
        }
        if (m_reconnecting && !m_established && m_tls.state() != QAbstractSocket::ConnectedState) {
            attemptFailed(m_tls.errorString());
        }
    });
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &RemoteConnection::attempt);
    m_attemptTimeout.setSingleShot(true);
    connect(&m_attemptTimeout, &QTimer::timeout, this, [this]() {
        attemptFailed(tr("the engine did not answer within %1 s").arg(m_attemptTimeout.interval() / 1000));
    });
    m_attachTimeout.setSingleShot(true);
    connect(&m_attachTimeout, &QTimer::timeout, this, [this]() {
        finishAttach({ErrorCode::EngineUnreachable,
            {m_workspace, u"the engine did not answer within %1 s"_s.arg(m_attachTimeout.interval() / 1000)}});
    });
}

void RemoteConnection::setReconnect(bool on, int firstMs, int maxMs)
{
    m_reconnect = on;
    m_firstRetryMs = std::max(10, firstMs);
    m_maxRetryMs = std::max(m_firstRetryMs, maxMs);
    m_retryMs = m_firstRetryMs;
}

void RemoteConnection::onDisconnected(const QString& reason)
{
    if (!m_established) {
        if (m_reconnecting) {
            attemptFailed(reason); // an attempt that got through the connect but not to the first snapshot
        }
        return;
    }
    m_established = false;
    failAll(tr("the engine closed the connection"));
    m_reconnecting = m_reconnect;
    m_retryMs = m_firstRetryMs;
    m_lastAttemptError.clear();
    if (m_reconnecting) {
        scheduleAttempt();
    }
    Q_EMIT connectionLost(reason);
}

void RemoteConnection::scheduleAttempt()
{
    m_attemptTimeout.stop();
    m_retry.start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, m_maxRetryMs);
}

void RemoteConnection::attempt()
{
    if (!m_reconnecting) {
        return;
    }
    abortQuietly();
    m_reader = {};
    m_pending.clear(); // only an earlier attempt's sign-in can be waiting: commands are refused meanwhile
    m_awaitingFirst = false;
    m_attemptTimeout.start(10000);
    if (m_remote) {
        m_tls.connectToHostEncrypted(m_engine.host, m_engine.port);
        return;
    }
    const ControlSocket::Location where = ControlSocket::locate(m_workspace);
    if (const Error err = ControlSocket::checkBeforeConnect(where); err.isError()) {
        attemptFailed(err.message()); // no engine serves the workspace now, or its socket is not safe
        return;
    }
    m_socket.connectToServer(where.socket);
}

void RemoteConnection::attemptFailed(const QString& why)
{
    if (!m_reconnecting || m_retry.isActive()) {
        return; // not trying, or this attempt's failure was taken already (an error and then a disconnect)
    }
    m_lastAttemptError = why;
    abortQuietly();
    scheduleAttempt();
}

void RemoteConnection::giveUp(const QString& reason)
{
    m_reconnecting = false;
    m_retry.stop();
    m_attemptTimeout.stop();
    m_lastAttemptError = reason;
    abortQuietly();
    Q_EMIT connectionLost(reason);
}

void RemoteConnection::onAttemptConnected()
{
    if (!m_remote) {
        const ControlSocket::Location where = ControlSocket::locate(m_workspace);
        if (const Error err = ControlSocket::checkServer(where, m_socket.socketDescriptor()); err.isError()) {
            attemptFailed(err.message()); // not the owner's engine: nothing is sent to it
            return;
        }
        sendHello();
        return;
    }
    // The same engine, or none: the certificate must be the one trusted when the console attached.
    const QString presented = TlsIdentity::fingerprintOf(m_tls.peerCertificate());
    if (presented != m_peerFingerprint) {
        giveUp(tr("The engine at %1 now presents another certificate (SHA-256 %2). Nothing was sent. Attach again "
                  "after checking it with the engine's administrator.")
                   .arg(m_workspace, presented));
        return;
    }
    signIn([this](const CommandResult& result) {
        if (!m_reconnecting || m_established) {
            return;
        }
        if (result.ok()) {
            sendHello();
        } else if (result.error.code == ErrorCode::EngineUnreachable) {
            attemptFailed(result.error.message());
        } else {
            giveUp(tr("The engine at %1 refused the sign-in of %2: %3")
                       .arg(m_workspace, m_engine.user, result.error.localizedMessage()));
        }
    });
}

void RemoteConnection::signIn(Callback answered)
{
    const qint64 id = m_nextId++;
    m_pending.insert(id, {this, [this, answered = std::move(answered)](const CommandResult& result) {
                              if (result.ok()) {
                                  m_role = result.data.value(u"role"_s).toString();
                              }
                              answered(result);
                          }});
    m_tls.write(Protocol::encode(
        {{u"type"_s, u"login"_s}, {u"id"_s, id}, {u"user"_s, m_engine.user}, {u"password"_s, m_engine.password}}));
}

void RemoteConnection::writeHello()
{
    m_received.reset(); // the engine starts its deltas over after a hello
    m_device->write(Protocol::encode({{u"type"_s, u"hello"_s}, {u"version"_s, Protocol::kVersion},
        {u"subscribe"_s, true}, {u"configDelta"_s, m_configDelta}, {u"runtimeDelta"_s, m_runtimeDelta}}));
}

void RemoteConnection::sendHello()
{
    m_awaitingFirst = true;
    writeHello();
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
    Error result;
    QEventLoop loop;
    const QMetaObject::Connection done
        = connect(this, &RemoteConnection::attachFinished, &loop, [&result, &loop](const Error& error) {
              result = error;
              loop.quit();
          });
    startConnectToHost(engine, timeoutMs);
    if (m_attaching) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    disconnect(done);
    return result;
}

void RemoteConnection::startConnectToHost(const RemoteEngine& engine, int timeoutMs)
{
    const QString endpoint = engine.endpoint();
    m_workspace = endpoint;
    m_engine = engine;
    m_established = false;
    m_reconnecting = false;
    m_retry.stop();
    m_attemptTimeout.stop();
    abortQuietly();
    m_remote = true;
    m_device = &m_tls;
    m_reader = {};
    m_pending.clear();
    m_peerFingerprint.clear();
    m_attaching = true;
    m_attachStepMs = std::max(1, timeoutMs);
    if (!QSslSocket::supportsSsl()) {
        finishAttach({ErrorCode::ManagementTlsFailed,
            {endpoint, u"this Qt has no TLS backend (the openssl plugin of libqt6network6 is missing)"_s}});
        return;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::QueryPeer); // trusted by the pinned fingerprint, onAttachEncrypted
    m_tls.setSslConfiguration(configuration);
    m_attachTimeout.start(m_attachStepMs);
    m_tls.connectToHostEncrypted(engine.host, engine.port);
}

void RemoteConnection::onAttachEncrypted()
{
    m_peerFingerprint = TlsIdentity::fingerprintOf(m_tls.peerCertificate());
    if (const Error err = trustPeer(m_engine, m_peerFingerprint); err.isError()) {
        finishAttach(err); // nothing was sent to it
        return;
    }
    // The sign-in comes first; its answer may wait for the delay of earlier failures from this address (30 s at
    // most, server/loginthrottle).
    m_attachTimeout.start(m_attachStepMs + 35000);
    signIn([this](const CommandResult& result) {
        if (!m_attaching) {
            return;
        }
        if (!result.ok()) {
            finishAttach(result.error);
            return;
        }
        m_attachTimeout.start(m_attachStepMs);
        writeHello(); // the first snapshot ends the attach (handle)
    });
}

void RemoteConnection::finishAttach(const Error& error)
{
    if (!m_attaching) {
        return;
    }
    m_attaching = false;
    m_attachTimeout.stop();
    m_established = !error.isError();
    if (error.isError()) {
        m_pending.clear();
        abortQuietly();
    }
    Q_EMIT attachFinished(error);
}

Error RemoteConnection::connectTo(const QString& workspace, int timeoutMs)
{
    m_workspace = workspace;
    m_remote = false;
    m_device = &m_socket;
    m_established = false;
    m_reconnecting = false;
    m_retry.stop();
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
    writeHello();
    const Error err = awaitSnapshot(workspace, timeoutMs);
    m_established = !err.isError();
    return err;
}

void RemoteConnection::submit(const CommandRequest& request, QObject* context, Callback callback)
{
    if (!isConnected() || !m_established) {
        const QString why = m_reconnecting ? u"not connected: the engine is unresponsive and the console is trying "
                                             "to reach it again"_s
                                           : u"not connected"_s;
        deliver(
            context, std::move(callback), CommandResult::failure({ErrorCode::EngineUnreachable, {m_workspace, why}}));
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
        if (m_awaitingFirst) {
            // Back after connectionLost: the engine's own first snapshot (with its configuration) replaces the last
            // one held, whatever the revisions (a restarted engine counts from the start again).
            m_awaitingFirst = false;
            m_attemptTimeout.stop();
            m_established = true;
            m_reconnecting = false;
            m_retryMs = m_firstRetryMs;
            m_lastAttemptError.clear();
            m_received = std::make_shared<Snapshot>(Snapshot::fromJson(message.value(u"snapshot"_s).toObject()));
            replaceSnapshot(m_received);
            Q_EMIT connectionRestored();
            return;
        }
        // With the deltas an unchanged configuration and unchanged runtime figures are not sent again: the ones held
        // go on (implicitly shared). A hello's first snapshot is whole, so nothing of another connection stays.
        m_received
            = std::make_shared<Snapshot>(Snapshot::fromJson(message.value(u"snapshot"_s).toObject(), m_received.get()));
        setSnapshot(m_received);
        if (m_attaching) {
            finishAttach({}); // startConnectToHost's first snapshot
        }
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
