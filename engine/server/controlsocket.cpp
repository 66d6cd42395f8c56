// SPDX-License-Identifier: GPL-3.0-or-later
#include "controlsocket.h"

#include "util/privatefiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::ControlSocket
{

namespace
{

constexpr auto kWorkspaceSocket = "engine.sock";

bool fits(const QString& path)
{
    // sun_path holds the path and its terminating zero.
    return QFile::encodeName(path).size() < qsizetype(sizeof(sockaddr_un::sun_path));
}

std::optional<struct stat> lstatOf(const QString& path)
{
    struct stat st
    { };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
        return std::nullopt;
    }
    return st;
}

bool isPrivateFolderOfOurs(const QString& path)
{
    const auto st = lstatOf(path);
    return st && S_ISDIR(st->st_mode) && st->st_uid == ::geteuid() && (st->st_mode & 077) == 0;
}

/** "root, user 0": how the messages name the user running this process, after "not by you". */
QString me()
{
    passwd entry {};
    passwd* found = nullptr;
    char buffer[1024];
    const uid_t uid = ::geteuid();
    if (::getpwuid_r(uid, &entry, buffer, sizeof buffer, &found) == 0 && found != nullptr) {
        return u"%1, user %2"_s.arg(QString::fromLocal8Bit(found->pw_name)).arg(uid);
    }
    return u"user %1"_s.arg(uid);
}

QString otherFolder()
{
    return u"set XDG_RUNTIME_DIR to a folder of yours with mode 0700"_s;
}

Error unsafe(const Location& where, const QString& what, const QString& todo)
{
    return {ErrorCode::ControlSocketUnsafe, {where.socket, what, todo}};
}

} // namespace

QString describeUser(uint uid)
{
    passwd entry {};
    passwd* found = nullptr;
    char buffer[1024];
    if (::getpwuid_r(uid, &entry, buffer, sizeof buffer, &found) == 0 && found != nullptr) {
        return u"user %1 (%2)"_s.arg(uid).arg(QString::fromLocal8Bit(found->pw_name));
    }
    return u"user %1"_s.arg(uid);
}

Location locate(const QString& workspace)
{
    const QString canonical = QFileInfo(workspace).absoluteFilePath();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
    const QString socketFile = hash + u".sock"_s;

    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QDir::isAbsolutePath(runtime) && isPrivateFolderOfOurs(runtime)) {
        const QString folder = QDir(runtime).filePath(u"copyline"_s);
        if (fits(QDir(folder).filePath(socketFile))) {
            return {folder, QDir(folder).filePath(socketFile)};
        }
    }
    const QString inWorkspace = QDir(canonical).filePath(QString::fromLatin1(kWorkspaceFolder));
    if (fits(QDir(inWorkspace).filePath(QString::fromLatin1(kWorkspaceSocket)))) {
        return {inWorkspace, QDir(inWorkspace).filePath(QString::fromLatin1(kWorkspaceSocket))};
    }
    const QString folder = QDir(QDir::tempPath()).filePath(u"copyline-%1"_s.arg(::geteuid()));
    return {folder, QDir(folder).filePath(socketFile)};
}

Error prepare(const Location& where)
{
    const QByteArray native = QFile::encodeName(where.folder);
    if (::mkdir(native.constData(), 0700) == 0) {
        // Whatever the umask left, the owner needs all three bits and nobody else any.
        ::chmod(native.constData(), 0700);
    } else if (errno != EEXIST) {
        return {ErrorCode::EngineStartFailed,
            {where.folder, u"the folder of the control socket cannot be created: %1"_s.arg(qt_error_string(errno))}};
    }
    if (!lstatOf(where.folder)) {
        return {ErrorCode::EngineStartFailed, {where.folder, u"the folder of the control socket is missing"_s}};
    }
    return checkBeforeConnect(where);
}

Error checkBeforeConnect(const Location& where)
{
    const auto folder = lstatOf(where.folder);
    if (!folder) {
        return {};
    }
    if (!S_ISDIR(folder->st_mode)) {
        return unsafe(where,
            u"is meant to be in the folder %1, but that is not a folder (a link or a file)"_s.arg(where.folder),
            u"Remove %1, or %2."_s.arg(where.folder, otherFolder()));
    }
    if (folder->st_uid != ::geteuid()) {
        return unsafe(where,
            u"is in the folder %1, which is owned by %2, not by you (%3)"_s.arg(
                where.folder, describeUser(folder->st_uid), me()),
            u"Remove that folder, or %1."_s.arg(otherFolder()));
    }
    if ((folder->st_mode & 077) != 0) {
        return unsafe(where,
            u"is in the folder %1, which has mode %2, so other users may replace the socket"_s.arg(where.folder)
                .arg(folder->st_mode & 0777, 4, 8, QChar(u'0')),
            u"Run chmod 700 %1, or %2."_s.arg(where.folder, otherFolder()));
    }
    const auto socket = lstatOf(where.socket);
    if (socket && socket->st_uid != ::geteuid()) {
        return unsafe(where, u"is owned by %1, not by you (%2)"_s.arg(describeUser(socket->st_uid), me()),
            u"Remove it, or %1."_s.arg(otherFolder()));
    }
    return {};
}

Error checkServer(const Location& where, qintptr descriptor)
{
    const auto peer = PrivateFiles::peerCredentials(descriptor);
    if (!peer) {
        return unsafe(where, u"answers, but the system cannot tell which user serves it"_s,
            u"Remove it, or %1."_s.arg(otherFolder()));
    }
    if (peer->uid != ::geteuid()) {
        return unsafe(where,
            u"is served by process %1 of %2, not by you (%3)"_s.arg(peer->pid).arg(describeUser(peer->uid), me()),
            u"Stop that process and remove the socket, or %1."_s.arg(otherFolder()));
    }
    return {};
}

} // namespace Copyline::ControlSocket
