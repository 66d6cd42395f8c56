// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatefiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::PrivateFiles
{

std::optional<PeerCredentials> peerCredentials(qintptr descriptor)
{
    if (descriptor < 0) {
        return std::nullopt;
    }
#if defined(SO_PEERCRED)
    ucred credentials {};
    socklen_t length = sizeof credentials;
    if (::getsockopt(static_cast<int>(descriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0
        || length != sizeof credentials) {
        return std::nullopt;
    }
    return PeerCredentials {credentials.uid, credentials.pid};
#else
    uid_t uid = 0;
    gid_t gid = 0;
    if (::getpeereid(static_cast<int>(descriptor), &uid, &gid) != 0) {
        return std::nullopt;
    }
    return PeerCredentials {uid, 0};
#endif
}

namespace
{

/** Removes group and other bits from @p path; true when its mode changed. Links are left alone. */
bool restrict(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    { };
    if (::lstat(native.constData(), &st) != 0 || S_ISLNK(st.st_mode)) {
        return false;
    }
    const mode_t current = st.st_mode & 07777;
    const mode_t wanted = S_ISDIR(st.st_mode) ? mode_t(0700) : (current & 0700);
    return current != wanted && ::chmod(native.constData(), wanted) == 0;
}

} // namespace

bool makeFolder(const QString& path)
{
    if (!QDir().mkpath(path)) {
        return false;
    }
    return ::chmod(QFile::encodeName(path).constData(), 0700) == 0;
}

bool restrictFile(const QString& path)
{
    return ::chmod(QFile::encodeName(path).constData(), 0600) == 0;
}

QStringList tighten(const QString& root)
{
    QStringList changed;
    if (restrict(root)) {
        changed.append(u"."_s);
    }
    const QDir base(root);
    QDirIterator it(
        root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (restrict(path)) {
            changed.append(base.relativeFilePath(path));
        }
    }
    return changed;
}

} // namespace Copyline::PrivateFiles
