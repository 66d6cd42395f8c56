// SPDX-License-Identifier: GPL-3.0-or-later
// The NBD server (nbdserver.h): its exports, its two listeners (TCP and the owner-only unix socket), and the
// connections it lets in under its limits. A connection's socket and handshake are in nbdconnection.cpp, its
// requests in nbdrequests.cpp, the protocol's codes in nbdprotocol.h.
#include "nbdserver.h"

#include "hostio/nbdconnection.h"
#include "storage/volumeio.h"
#include "util/bytesize.h"
#include "util/privatefiles.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

using namespace Nbd;

namespace
{

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

QList<NbdExport> nbdExports(const Configuration& config)
{
    QList<NbdExport> out;
    for (const LunMapping& m : config.mappings) {
        const LogicalDrive ld = config.logicalDrives.value(m.logicalDriveId);
        QList<Host> hosts;
        if (const auto host = config.hosts.constFind(m.targetId); host != config.hosts.cend()) {
            hosts.append(*host);
        } else {
            hosts = config.hostsOfGroup(m.subsystemId, m.targetId); // a group's (or the default group's) hosts
        }
        for (const Host& h : std::as_const(hosts)) {
            NbdExport e;
            e.name = u"%1/lun%2"_s.arg(h.name).arg(m.lun);
            e.description = u"%1 (%2) on Storage Subsystem %3"_s.arg(
                ld.name, formatGb(ld.capacity), config.subsystems.value(m.subsystemId).name);
            e.subsystemId = m.subsystemId;
            e.logicalDriveId = ld.id;
            e.logicalDrive = ld.name;
            out.append(e);
        }
    }
    std::sort(out.begin(), out.end(), [](const NbdExport& a, const NbdExport& b) { return a.name < b.name; });
    return out;
}

NbdServer::NbdServer(VolumeRegistry& volumes, RefusalHandler refused, NoticeHandler notice)
    : m_volumes(volumes)
    , m_refused(std::move(refused))
    , m_notice(std::move(notice))
    , m_socketOwner(::geteuid())
    , m_budget(std::make_shared<Budget>(m_limits.bytesTotal))
{ }

NbdServer::~NbdServer()
{
    stop();
}

namespace
{

/** A listening unix socket at @p path, its folder mode 0700 and the socket 0600; -1 and @p error on failure. */
int listenUnix(const QString& path, Error* error)
{
    const QByteArray file = QFile::encodeName(path);
    sockaddr_un sa {};
    if (file.isEmpty() || static_cast<size_t>(file.size()) >= sizeof sa.sun_path) {
        *error = {ErrorCode::InvalidParameter,
            {u"socket"_s, path, u"a unix socket path has at most %1 bytes"_s.arg(sizeof sa.sun_path - 1)}};
        return -1;
    }
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    auto fail = [&](const QString& what) {
        *error = {ErrorCode::Busy, {u"NBD socket %1"_s.arg(path), what}};
        return -1;
    };
    // The folder is the access check the kernel makes before any connect(): only its owner may enter it.
    if (::mkdir(folder.constData(), 0700) != 0 && errno != EEXIST) {
        return fail(errnoText());
    }
    struct stat st = {};
    if (::lstat(folder.constData(), &st) != 0) {
        return fail(errnoText());
    }
    if (!S_ISDIR(st.st_mode) || st.st_uid != ::geteuid()) {
        return fail(u"%1 is not a folder of this user"_s.arg(QString::fromLocal8Bit(folder)));
    }
    if ((st.st_mode & 07777) != 0700 && ::chmod(folder.constData(), 0700) != 0) {
        return fail(errnoText());
    }
    if (::lstat(file.constData(), &st) == 0) {
        if (!S_ISSOCK(st.st_mode)) {
            return fail(u"something other than a socket is in the way"_s);
        }
        ::unlink(file.constData()); // left by an engine that did not stop cleanly (the workspace lock is ours)
    }
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return fail(errnoText());
    }
    sa.sun_family = AF_UNIX;
    std::memcpy(sa.sun_path, file.constData(), static_cast<size_t>(file.size()));
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&sa), sizeof sa) != 0 || ::chmod(file.constData(), 0600) != 0
        || ::listen(fd, 64) != 0) {
        const QString why = errnoText();
        ::close(fd);
        ::unlink(file.constData());
        return fail(why);
    }
    return fd;
}

} // namespace

Error NbdServer::start(const QString& address, quint16 port, const QString& socketPath)
{
    stop();
    m_stopping = false;
    if (Error err = m_listener.open(address, port, 64, u"The NBD server"_s, u"NBD port"_s); err.isError()) {
        return err;
    }
    int unixFd = -1;
    if (!socketPath.isEmpty()) {
        Error err;
        unixFd = listenUnix(socketPath, &err);
        if (unixFd < 0) {
            m_listener.close();
            return err;
        }
    }
    m_address = address;
    m_socketPath = socketPath;
    {
        std::lock_guard lock(m_mutex);
        m_budget = std::make_shared<Budget>(std::max<size_t>(m_limits.bytesTotal, kMaxRequest));
    }
    m_unixFd = unixFd;
    m_acceptThread = std::thread([this]() { acceptLoop(); });
    return {};
}

void NbdServer::stop()
{
    if (!m_listener.isOpen()) {
        return;
    }
    m_stopping = true;
    m_listener.wake();
    if (m_acceptThread.joinable()) {
        m_acceptThread.join();
    }
    std::list<std::shared_ptr<Connection>> connections;
    {
        std::lock_guard lock(m_mutex);
        connections.swap(m_connections);
    }
    for (const auto& c : connections) {
        c->cutOff();
    }
    for (const auto& c : connections) {
        if (c->thread.joinable()) {
            c->thread.join();
        }
        ::close(c->fd);
    }
    m_listener.close();
    if (m_unixFd >= 0) {
        ::close(m_unixFd);
        ::unlink(QFile::encodeName(m_socketPath).constData());
        ::rmdir(QFile::encodeName(QFileInfo(m_socketPath).absolutePath()).constData()); // only if nothing else is there
    }
    m_unixFd = -1;
    m_socketPath.clear();
}

void NbdServer::setLimits(const NbdLimits& limits)
{
    std::lock_guard lock(m_mutex);
    m_limits = limits;
}

NbdLimits NbdServer::limits() const
{
    std::lock_guard lock(m_mutex);
    return m_limits;
}

size_t NbdServer::bytesInFlight() const
{
    std::lock_guard lock(m_mutex);
    return m_budget->used();
}

QString NbdServer::unixUri(const QString& socketPath, const QString& exportName)
{
    if (socketPath.isEmpty()) {
        return {};
    }
    return u"nbd+unix:///%1?socket=%2"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(exportName, "/")),
        QString::fromLatin1(QUrl::toPercentEncoding(socketPath, "/")));
}

QString NbdServer::tcpUri(const QString& address, quint16 port, const QString& exportName)
{
    if (port == 0) {
        return {};
    }
    // A client cannot connect to "any address": the wildcard is reached on the loopback interface.
    const QString host = address.isEmpty() || address == u"0.0.0.0"_s ? u"127.0.0.1"_s : address;
    return u"nbd://%1:%2/%3"_s.arg(host).arg(port).arg(QString::fromLatin1(QUrl::toPercentEncoding(exportName, "/")));
}

QString NbdServer::exposureWarning(const QString& address)
{
    return u"The host I/O (NBD) server listens on %1, which is not a loopback address: every mapped LUN can now be "
           "read and written by anyone who can reach this machine on that network, without authentication. Use "
           "127.0.0.1, or the owner-only unix socket, unless that network is trusted."_s.arg(address);
}

bool NbdServer::isLoopback(const QString& address)
{
    in_addr a {};
    if (::inet_pton(AF_INET, address.toLatin1().constData(), &a) != 1) {
        return false;
    }
    return (ntohl(a.s_addr) >> 24) == 127; // 127.0.0.0/8
}

void NbdServer::notice(NbdNotice kind, const QString& details, const QString& peer) const
{
    if (m_notice) {
        m_notice(kind, details, peer);
    }
}

void NbdServer::setExports(const QList<NbdExport>& exports)
{
    std::lock_guard lock(m_mutex);
    m_exports.clear();
    for (const NbdExport& e : exports) {
        m_exports.insert(e.name, e);
    }
    // Nothing outside the mapping is reachable: a connection whose export went away is cut off.
    for (const auto& c : m_connections) {
        std::lock_guard connectionLock(c->mutex);
        if (c->logicalDriveId == 0) {
            continue;
        }
        const auto it = m_exports.constFind(c->exportName);
        if (it == m_exports.cend() || it->logicalDriveId != c->logicalDriveId) {
            c->cutOff();
        }
    }
}

QList<NbdExport> NbdServer::exports() const
{
    std::lock_guard lock(m_mutex);
    QList<NbdExport> list = m_exports.values();
    std::sort(list.begin(), list.end(), [](const NbdExport& a, const NbdExport& b) { return a.name < b.name; });
    return list;
}

int NbdServer::connectionCount() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<int>(
        std::count_if(m_connections.cbegin(), m_connections.cend(), [](const auto& c) { return !c->finished.load(); }));
}

void NbdServer::acceptLoop()
{
    while (!m_stopping) {
        pollfd fds[3] = {{m_listener.wakeFd(), POLLIN, 0}, {m_listener.fd(), POLLIN, 0}, {m_unixFd, POLLIN, 0}};
        if (::poll(fds, 3, -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            return;
        }
        if ((fds[0].revents & POLLIN) != 0 || m_stopping) {
            return;
        }
        for (int i = 1; i < 3; ++i) {
            if ((fds[i].revents & POLLIN) == 0) {
                continue;
            }
            const int fd = ::accept4(fds[i].fd, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd >= 0) {
                welcome(fd, i == 2);
            }
        }
    }
}

void NbdServer::welcome(int fd, bool unixSocket)
{
    if (unixSocket) {
        // The folder's mode keeps other users out already; the peer's credentials say so for certain.
        const PrivateFiles::PeerCredentials peer
            = PrivateFiles::peerCredentials(fd).value_or(PrivateFiles::PeerCredentials {static_cast<uint>(-1), 0});
        if (peer.uid != m_socketOwner.load()) {
            ::close(fd);
            notice(NbdNotice::WrongUser,
                u"A process of user %1 (pid %2) connected to the owner-only NBD socket %3 and was refused: only "
                "user %4 may use it."_s.arg(peer.uid)
                    .arg(peer.pid)
                    .arg(m_socketPath)
                    .arg(m_socketOwner.load()),
                QString::number(peer.uid));
            return;
        }
    }
    QString refused;
    QString evicted;
    {
        std::lock_guard lock(m_mutex);
        // Reap finished connections.
        for (auto it = m_connections.begin(); it != m_connections.end();) {
            if ((*it)->finished) {
                (*it)->thread.join();
                ::close((*it)->fd);
                it = m_connections.erase(it);
            } else {
                ++it;
            }
        }
        const auto now = Clock::now();
        const auto live = std::count_if(m_connections.cbegin(), m_connections.cend(),
            [](const auto& c) { return !c->finished.load() && !c->cut.load(); });
        if (live >= m_limits.maxConnections) {
            // At the cap, a connection that has been negotiating for a while makes way (a real client negotiates in
            // milliseconds; a half-open one would otherwise lock the others out until its timeout). Without one, the
            // new connection is refused at once, and the clients being served go on.
            std::shared_ptr<Connection> oldest;
            for (const auto& c : m_connections) {
                std::lock_guard connectionLock(c->mutex);
                if (c->negotiating && !c->cut && !c->finished && now - c->acceptedAt >= m_limits.handshakeGrace
                    && (!oldest || c->acceptedAt < oldest->acceptedAt)) {
                    oldest = c;
                }
            }
            if (oldest) {
                std::lock_guard connectionLock(oldest->mutex);
                if (!oldest->negotiating) {
                    oldest.reset(); // it opened its export meanwhile: it stays, the newcomer is refused
                }
            }
            if (oldest) {
                std::lock_guard connectionLock(oldest->mutex);
                oldest->cutOff(); // still negotiating under its lock: it never opened an export
                evicted
                    = u"The NBD server has %1 connections (its limit): a client that had not finished the "
                      "handshake after %2 ms was dropped to let a new one in."_s.arg(live)
                          .arg(std::chrono::duration_cast<std::chrono::milliseconds>(now - oldest->acceptedAt).count());
            } else {
                ::close(fd);
                refused = u"The NBD server has %1 connections (its limit): a new connection was refused."_s.arg(live);
            }
        }
        if (refused.isEmpty()) {
            auto connection = std::make_shared<Connection>();
            connection->fd = fd;
            connection->unixSocket = unixSocket;
            connection->limits = m_limits;
            connection->acceptedAt = now;
            if (!unixSocket) {
                const int one = 1;
                ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            }
            // A client that does not take the server's handshake replies is given up at the same deadline.
            const timeval timeout = toTimeval(m_limits.handshakeTimeout);
            ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
            m_connections.push_back(connection);
            connection->thread = std::thread([this, connection, budget = m_budget]() {
                serve(connection, *budget);
                // The client waits for the server to hang up after NBD_CMD_DISC: end the stream now. The descriptor
                // itself closes when the connection is reaped, so its number cannot be reused under setExports().
                ::shutdown(connection->fd, SHUT_RDWR);
                if (connection->timedOut && !connection->cut) {
                    notice(NbdNotice::HandshakeTimeout,
                        u"An NBD client did not finish the handshake within %1 ms and was disconnected."_s.arg(
                            connection->limits.handshakeTimeout.count()));
                } else if (connection->stalled && !connection->cut) {
                    notice(NbdNotice::ReplyStalled,
                        u"An NBD client (export %1) took none of its replies for %2 ms and was disconnected."_s
                            .arg(connection->exportName)
                            .arg(connection->limits.replyStallTimeout.count()));
                }
                connection->finished = true;
            });
        }
    }
    if (!evicted.isEmpty()) {
        notice(NbdNotice::HandshakeEvicted, evicted);
    }
    if (!refused.isEmpty()) {
        notice(NbdNotice::ConnectionLimit, refused);
    }
}

std::shared_ptr<VolumeIo> NbdServer::open(const QString& name, NbdExport* info) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_exports.constFind(name);
    if (it == m_exports.cend()) {
        return nullptr;
    }
    *info = *it;
    return it->front ? it->front : m_volumes.find(it->logicalDriveId);
}

} // namespace Copyline
