// SPDX-License-Identifier: GPL-3.0-or-later
#include "engineclient.h"

#include "server/controlsocket.h"
#include "service/engine.h"
#include "util/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
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

Error EngineClient::connectTo(const QString& workspace, int timeoutMs)
{
    m_workspace = workspace;
    m_reader = {};
    m_socket.abort();
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
        if (m_reader.hasError() || m_socket.state() != QLocalSocket::ConnectedState) {
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
        if (m_socket.waitForReadyRead(wait)) {
            m_reader.append(m_socket.readAll());
        } else if (m_socket.state() != QLocalSocket::ConnectedState) {
            m_reader.append(m_socket.readAll());
        }
    }
}

CommandResult EngineClient::call(const CommandRequest& request)
{
    const qint64 id = m_nextId++;
    m_socket.write(Protocol::encode({{u"type"_s, u"command"_s}, {u"id"_s, id}, {u"command"_s, request.toJson()}}));
    m_socket.flush();
    const auto reply = waitFor(u"result"_s, id, -1);
    if (!reply || reply->value(u"type"_s).toString() != u"result"_s) {
        const QString why = reply ? reply->value(u"reason"_s).toString() : u"the connection was lost"_s;
        return CommandResult::failure({ErrorCode::EngineUnreachable, {m_workspace, why}});
    }
    return CommandResult::fromJson(reply->value(u"result"_s).toObject());
}

CommandResult EngineClient::shutdown(int timeoutMs)
{
    const qint64 id = m_nextId++;
    m_socket.write(Protocol::encode({{u"type"_s, u"shutdown"_s}, {u"id"_s, id}}));
    m_socket.flush();
    const auto reply = waitFor(u"result"_s, id, timeoutMs);
    if (!reply) {
        return CommandResult::failure(
            {ErrorCode::EngineUnreachable, {m_workspace, u"no answer to the stop request"_s}});
    }
    const CommandResult result = CommandResult::fromJson(reply->value(u"result"_s).toObject());
    if (!result.ok()) {
        return result;
    }
    // The engine closes the connection once everything is flushed and the lock released.
    QElapsedTimer timer;
    timer.start();
    while (m_socket.state() == QLocalSocket::ConnectedState && timer.elapsed() < timeoutMs) {
        m_socket.waitForDisconnected(100);
    }
    if (m_socket.state() == QLocalSocket::ConnectedState) {
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
