// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineclient.h"

#include "server/controlsocket.h"
#include "server/knownengines.h"
#include "server/tlsidentity.h"
#include "service/engine.h"
#include "util/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSslConfiguration>
#include <QThread>

#include <cerrno>
#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH);
}

} // namespace

QString RemoteEngine::endpoint() const
{
    return host.contains(u':') ? u"[%1]:%2"_s.arg(host).arg(port) : u"%1:%2"_s.arg(host).arg(port);
}

Error trustPeer(const RemoteEngine& engine, const QString& presented)
{
    const QString endpoint = engine.endpoint();
    const QString given
        = engine.fingerprint.isEmpty() ? QString() : TlsIdentity::normalizeFingerprint(engine.fingerprint);
    const QString pinned = KnownEngines::lookup(engine.knownEnginesPath, endpoint);
    if (!engine.fingerprint.isEmpty() && given.isEmpty()) {
        return {ErrorCode::InvalidParameter,
            {u"fingerprint"_s, engine.fingerprint,
                u"give the 32 bytes of the SHA-256 fingerprint in hex (AB:CD:...)"_s}};
    }
    if (presented.isEmpty()) {
        return {ErrorCode::ManagementTlsFailed, {endpoint, u"the engine presented no certificate"_s}};
    }
    if (!pinned.isEmpty() && pinned != presented) {
        return {ErrorCode::EngineIdentityChanged, {endpoint, presented, pinned, engine.knownEnginesPath}};
    }
    if (!given.isEmpty() && given != presented) {
        return {ErrorCode::EngineIdentityMismatch, {endpoint, presented, given}};
    }
    if (pinned.isEmpty()) {
        if (given.isEmpty()) {
            return {ErrorCode::EngineIdentityUnknown, {endpoint, presented}};
        }
        return KnownEngines::remember(engine.knownEnginesPath, endpoint, presented);
    }
    return {};
}

bool EngineClient::isConnected() const
{
    if (m_remote) {
        return m_tls.state() == QAbstractSocket::ConnectedState;
    }
    return m_socket.state() == QLocalSocket::ConnectedState;
}

void EngineClient::abortConnection()
{
    m_socket.abort();
    m_tls.abort();
}

Error EngineClient::connectToHost(const RemoteEngine& engine, int timeoutMs)
{
    const QString endpoint = engine.endpoint();
    m_workspace = endpoint;
    m_reader = {};
    abortConnection();
    m_remote = true;
    m_device = &m_tls;
    m_peerPid = 0;
    m_peerFingerprint.clear();
    if (!QSslSocket::supportsSsl()) {
        return {ErrorCode::ManagementTlsFailed,
            {endpoint, u"this Qt has no TLS backend (the openssl plugin of libqt6network6 is missing)"_s}};
    }
    // The engine's certificate is self-signed: it is trusted by its pinned fingerprint, checked below, not by a CA.
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::QueryPeer);
    m_tls.setSslConfiguration(configuration);
    m_tls.connectToHostEncrypted(engine.host, engine.port);
    if (!m_tls.waitForEncrypted(timeoutMs)) {
        const QString why = m_tls.errorString();
        abortConnection();
        return {ErrorCode::EngineUnreachable, {endpoint, why}};
    }
    m_peerFingerprint = TlsIdentity::fingerprintOf(m_tls.peerCertificate());
    if (engine.probeOnly) {
        abortConnection();
        return {};
    }
    if (const Error err = trustPeer(engine, m_peerFingerprint); err.isError()) {
        abortConnection();
        return err;
    }
    const auto hello = waitFor(u"hello"_s, -1, timeoutMs);
    if (!hello || hello->value(u"type"_s).toString() != u"hello"_s) {
        abortConnection();
        return {ErrorCode::EngineUnreachable, {endpoint, u"the engine did not greet"_s}};
    }
    if (hello->value(u"version"_s).toInt() != Protocol::kVersion) {
        abortConnection();
        return {ErrorCode::EngineUnreachable,
            {endpoint,
                u"the engine speaks protocol version %1, this client %2"_s.arg(hello->value(u"version"_s).toInt())
                    .arg(Protocol::kVersion)}};
    }
    m_peerApplication = hello->value(u"application"_s).toString();
    // The sign-in may wait for the delay of earlier failures from this address (at most half a minute).
    const CommandResult signIn = message(
        {{u"type"_s, u"login"_s}, {u"user"_s, engine.user}, {u"password"_s, engine.password}}, timeoutMs + 35000);
    if (!signIn.ok()) {
        abortConnection();
        return signIn.error;
    }
    m_role = signIn.data.value(u"role"_s).toString();
    m_tls.write(
        Protocol::encode({{u"type"_s, u"hello"_s}, {u"version"_s, Protocol::kVersion}, {u"subscribe"_s, false}}));
    return {};
}

CommandResult EngineClient::message(QJsonObject message, int timeoutMs)
{
    const qint64 id = m_nextId++;
    message.insert(u"id"_s, id);
    m_device->write(Protocol::encode(message));
    if (m_remote) {
        m_tls.flush();
    } else {
        m_socket.flush();
    }
    const auto reply = waitFor(u"result"_s, id, timeoutMs);
    if (!reply || reply->value(u"type"_s).toString() != u"result"_s) {
        const QString why = reply ? reply->value(u"reason"_s).toString() : u"the connection was lost"_s;
        return CommandResult::failure({ErrorCode::EngineUnreachable, {m_workspace, why}});
    }
    return CommandResult::fromJson(reply->value(u"result"_s).toObject());
}

Error EngineClient::connectTo(const QString& workspace, int timeoutMs)
{
    m_workspace = workspace;
    m_reader = {};
    abortConnection();
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
    // Nothing is sent before we know the engine runs as us: an impostor would capture the commands.
    if (const Error err = ControlSocket::checkServer(where, m_socket.socketDescriptor()); err.isError()) {
        m_socket.abort();
        return err;
    }
    const auto hello = waitFor(u"hello"_s, -1, timeoutMs);
    if (!hello) {
        m_socket.abort();
        return {ErrorCode::EngineUnreachable, {workspace, u"the engine did not greet"_s}};
    }
    if (hello->value(u"version"_s).toInt() != Protocol::kVersion) {
        m_socket.abort();
        return {ErrorCode::EngineUnreachable,
            {workspace,
                u"the engine speaks protocol version %1, this client %2"_s.arg(hello->value(u"version"_s).toInt())
                    .arg(Protocol::kVersion)}};
    }
    m_peerPid = hello->value(u"pid"_s).toInteger();
    m_peerApplication = hello->value(u"application"_s).toString();
    m_socket.write(
        Protocol::encode({{u"type"_s, u"hello"_s}, {u"version"_s, Protocol::kVersion}, {u"subscribe"_s, false}}));
    return {};
}

std::optional<QJsonObject> EngineClient::waitFor(const QString& type, qint64 id, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (true) {
        while (const auto message = m_reader.next()) {
            if (message->value(u"type"_s).toString() == type && (id < 0 || message->value(u"id"_s).toInteger() == id)) {
                return message;
            }
            if (message->value(u"type"_s).toString() == u"bye"_s) {
                return message;
            }
        }
        if (m_reader.hasError() || !isConnected()) {
            return std::nullopt;
        }
        int wait = 1000;
        if (timeoutMs >= 0) {
            const qint64 left = timeoutMs - timer.elapsed();
            if (left <= 0) {
                return std::nullopt;
            }
            wait = static_cast<int>(std::min<qint64>(left, 1000));
        }
        if (m_device->waitForReadyRead(wait)) {
            m_reader.append(m_device->readAll());
        } else if (!isConnected()) {
            m_reader.append(m_device->readAll());
        }
    }
}

CommandResult EngineClient::call(const CommandRequest& request)
{
    return message({{u"type"_s, u"command"_s}, {u"command"_s, request.toJson()}}, -1);
}

CommandResult EngineClient::shutdown(int timeoutMs)
{
    const CommandResult result = message({{u"type"_s, u"shutdown"_s}}, timeoutMs);
    if (!result.ok()) {
        if (result.error.code == ErrorCode::EngineUnreachable) {
            return CommandResult::failure(
                {ErrorCode::EngineUnreachable, {m_workspace, u"no answer to the stop request"_s}});
        }
        return result;
    }
    // The engine closes the connection once everything is flushed and the lock released.
    QElapsedTimer timer;
    timer.start();
    while (isConnected() && timer.elapsed() < timeoutMs) {
        if (m_remote) {
            m_tls.waitForDisconnected(100);
        } else {
            m_socket.waitForDisconnected(100);
        }
    }
    if (isConnected()) {
        return CommandResult::failure(
            {ErrorCode::EngineUnreachable, {m_workspace, u"the engine did not stop in time"_s}});
    }
    // The connection closes just before the process exits; wait for the exit so the lock is surely free.
    timer.restart();
    while (processAlive(m_peerPid) && timer.elapsed() < timeoutMs) {
        QThread::msleep(20);
    }
    return result;
}

QString EngineClient::defaultDaemonPath()
{
    const QByteArray fromEnv = qgetenv("COPYLINE_DAEMON");
    if (!fromEnv.isEmpty()) {
        return QString::fromLocal8Bit(fromEnv);
    }
    const QString sibling = QDir(QCoreApplication::applicationDirPath()).filePath(u"copylined"_s);
    return QFileInfo::exists(sibling) ? sibling : u"copylined"_s;
}

Error EngineClient::connectOrStart(const QString& workspace, const QString& daemonPath)
{
    if (const Error err = connectTo(workspace, 1000); !err.isError() || err.code == ErrorCode::ControlSocketUnsafe) {
        return err; // never start an engine behind a socket somebody else may control
    }
    // The log goes into the workspace (private to us), created before copylined may write to it.
    const QString logPath = Engine::daemonLogPath(workspace);
    const QString logFolder = QFileInfo(logPath).absolutePath();
    const bool newLogFolder = !QFileInfo::exists(logFolder);
    if (!QDir().mkpath(workspace)) {
        return {ErrorCode::WorkspaceNotUsable, {workspace, u"the folder cannot be created"_s}};
    }
    if (!PrivateFiles::makeFolder(logFolder)) {
        return {ErrorCode::EngineStartFailed, {workspace, u"the log folder %1 cannot be created"_s.arg(logFolder)}};
    }
    {
        QFile log(logPath);
        if (!log.open(QIODevice::WriteOnly | QIODevice::Truncate) || !PrivateFiles::restrictFile(logPath)) {
            return {ErrorCode::EngineStartFailed, {workspace, u"%1: %2"_s.arg(logPath, log.errorString())}};
        }
    }
    // A folder that copylined refuses as a workspace (somebody's other files) keeps nothing of ours.
    auto forgetLog = [&]() {
        if (newLogFolder) {
            QFile::remove(logPath);
            QDir().rmdir(logFolder);
        }
    };
    QProcess process;
    process.setProgram(daemonPath);
    process.setArguments({u"--workspace"_s, QFileInfo(workspace).absoluteFilePath()});
    process.setStandardOutputFile(logPath, QIODevice::Append);
    process.setStandardErrorFile(logPath, QIODevice::Append);
    process.setStandardInputFile(QProcess::nullDevice());
    qint64 pid = 0;
    if (!process.startDetached(&pid)) {
        return {ErrorCode::EngineStartFailed,
            {workspace, u"%1 could not be started: %2"_s.arg(daemonPath, process.errorString())}};
    }
    QElapsedTimer timer;
    timer.start();
    constexpr qint64 kStartTimeoutMs = 60000; // the first start builds the demonstration workspace
    while (timer.elapsed() < kStartTimeoutMs) {
        if (!connectTo(workspace, 200).isError()) {
            return {};
        }
        if (!processAlive(pid)) {
            // copylined reports why it could not open the workspace as a JSON line: pass that error on as is.
            QFile log(logPath);
            QString lastLine;
            Error daemonError;
            if (log.open(QIODevice::ReadOnly)) {
                for (const QString& line : QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
                    lastLine = line;
                    if (line.startsWith(u"copylined-error: "_s)) {
                        const auto doc = QJsonDocument::fromJson(line.mid(17).toUtf8());
                        daemonError = Error::fromJson(doc.object());
                    }
                }
            }
            // Another copylinectl may have started an engine at the same moment; that one won the lock.
            if (daemonError.code == ErrorCode::WorkspaceLocked && !connectTo(workspace, 2000).isError()) {
                return {};
            }
            if (daemonError.isError()) {
                if (daemonError.code == ErrorCode::WorkspaceNotUsable) {
                    forgetLog();
                }
                return daemonError;
            }
            return {ErrorCode::EngineStartFailed,
                {workspace, lastLine.isEmpty() ? u"copylined exited without a message"_s : lastLine}};
        }
        QThread::msleep(50);
    }
    return {ErrorCode::EngineStartFailed,
        {workspace, u"copylined did not answer within a minute (log: %1)"_s.arg(logPath)}};
}

} // namespace Copyline
