// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicationserver.h"

#include "storage/volumeio.h"

#include <QRandomGenerator>

#include <arpa/inet.h>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

using Wire::Header;
using Wire::Type;

namespace
{

void setTimeout(int fd, int seconds)
{
    timeval tv {};
    tv.tv_sec = seconds;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
}

QByteArray nonce()
{
    QByteArray bytes(Wire::kNonceSize, Qt::Uninitialized);
    QRandomGenerator::system()->generate(
        reinterpret_cast<quint32*>(bytes.data()), reinterpret_cast<quint32*>(bytes.data() + bytes.size()));
    return bytes;
}

bool isRequest(Type type)
{
    switch (type) {
    case Type::Write:
    case Type::Discard:
    case Type::Flush:
    case Type::Read:
    case Type::Extents:
    case Type::Size:
    case Type::Ping:
    case Type::Digest:
    case Type::Control:
        return true;
    default:
        return false;
    }
}

} // namespace

ReplicationServer::ReplicationServer(QByteArray key, Resolver resolver, NoticeHandler notice)
    : m_key(std::move(key))
    , m_resolver(std::move(resolver))
    , m_notice(std::move(notice))
{ }

ReplicationServer::~ReplicationServer()
{
    stop();
}

Error ReplicationServer::start(const QString& address, quint16 port)
{
    stop();
    m_stopping = false;
    if (Error err = m_listener.open(address, port, 16, u"The replication listener"_s, u"replication port"_s);
        err.isError()) {
        return err;
    }
    m_address = address;
    m_acceptThread = std::thread([this]() { acceptLoop(); });
    return {};
}

void ReplicationServer::stop()
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
        ::shutdown(c->fd, SHUT_RDWR); // the connection's thread sees the end of its stream
    }
    for (const auto& c : connections) {
        if (c->thread.joinable()) {
            c->thread.join();
        }
    }
    m_listener.close();
}

int ReplicationServer::connectionCount() const
{
    std::lock_guard lock(m_mutex);
    int n = 0;
    for (const auto& c : m_connections) {
        n += c->done.load() ? 0 : 1;
    }
    return n;
}

void ReplicationServer::notice(const QString& summary, const QString& details) const
{
    if (m_notice) {
        m_notice(summary, details);
    }
}

void ReplicationServer::reapFinished()
{
    std::list<std::shared_ptr<Connection>> finished;
    {
        std::lock_guard lock(m_mutex);
        for (auto it = m_connections.begin(); it != m_connections.end();) {
            if ((*it)->done.load()) {
                finished.push_back(*it);
                it = m_connections.erase(it);
            } else {
                ++it;
            }
        }
    }
    for (const auto& c : finished) {
        if (c->thread.joinable()) {
            c->thread.join();
        }
    }
}

void ReplicationServer::acceptLoop()
{
    while (!m_stopping) {
        pollfd fds[2] = {{m_listener.wakeFd(), POLLIN, 0}, {m_listener.fd(), POLLIN, 0}};
        if (::poll(fds, 2, 1000) < 0) {
            if (errno == EINTR) {
                continue;
            }
            return;
        }
        reapFinished();
        if ((fds[0].revents & POLLIN) != 0 || m_stopping) {
            return;
        }
        if ((fds[1].revents & POLLIN) == 0) {
            continue;
        }
        const int fd = ::accept4(m_listener.fd(), nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0) {
            continue;
        }
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        auto connection = std::make_shared<Connection>();
        connection->fd = fd;
        std::lock_guard lock(m_mutex);
        m_connections.push_back(connection);
        connection->thread = std::thread([this, connection]() {
            serveSocket(connection->fd);
            connection->done = true;
        });
    }
}

bool ReplicationServer::handshake(int fd, QString* why)
{
    const QByteArray serverNonce = nonce();
    Header hello;
    hello.type = Type::Hello;
    if (!Wire::writeFrame(fd, hello, std::span<const char>(serverNonce.constData(), serverNonce.size()), why)) {
        return false;
    }
    Header auth;
    std::vector<char> payload;
    if (Wire::readFrame(fd, &auth, &payload, why) != Wire::ReadResult::Frame) {
        if (why->isEmpty()) {
            *why = u"the peer closed the connection during the challenge"_s;
        }
        return false;
    }
    if (auth.type != Type::Auth || payload.size() != static_cast<std::size_t>(Wire::kNonceSize + Wire::kMacSize)) {
        *why = u"the peer did not answer the challenge"_s;
        return false;
    }
    const QByteArray clientNonce(payload.data(), Wire::kNonceSize);
    const QByteArray clientMac(payload.data() + Wire::kNonceSize, Wire::kMacSize);
    if (!Wire::sameMac(clientMac, Wire::mac(m_key, {"client", serverNonce, clientNonce}))) {
        *why = u"the peer does not hold this engine's replication key"_s;
        Header bye;
        bye.type = Type::Goodbye;
        const QByteArray text = u"authentication failed"_s.toUtf8();
        QString ignored;
        Wire::writeFrame(fd, bye, std::span<const char>(text.constData(), text.size()), &ignored);
        return false;
    }
    Header ok;
    ok.type = Type::AuthOk;
    const QByteArray serverMac = Wire::mac(m_key, {"server", clientNonce, serverNonce});
    return Wire::writeFrame(fd, ok, std::span<const char>(serverMac.constData(), serverMac.size()), why);
}

void ReplicationServer::serveSocket(int fd)
{
    setTimeout(fd, 10); // a peer gets 10 s to prove itself
    QString why;
    if (!handshake(fd, &why)) {
        notice(u"A replication connection was refused"_s, why);
        ::close(fd);
        return;
    }
    setTimeout(fd, 0);
    serve(fd);
    ::close(fd);
}

void ReplicationServer::setControlHandler(ControlHandler handler)
{
    std::lock_guard lock(m_mutex);
    m_control = std::move(handler);
}

IoStatus ReplicationServer::control(int fd, std::span<const char> request, std::vector<char>* answer)
{
    ControlHandler handler;
    {
        std::lock_guard lock(m_mutex);
        handler = m_control;
    }
    if (!handler) {
        return IoStatus::failure(EOPNOTSUPP, u"this engine takes no requests from other engines"_s);
    }
    sockaddr_storage peer {};
    socklen_t size = sizeof peer;
    QString from;
    if (::getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &size) == 0) {
        std::array<char, INET6_ADDRSTRLEN> text {};
        const void* address = peer.ss_family == AF_INET6
            ? static_cast<const void*>(&reinterpret_cast<const sockaddr_in6*>(&peer)->sin6_addr)
            : static_cast<const void*>(&reinterpret_cast<const sockaddr_in*>(&peer)->sin_addr);
        if (::inet_ntop(peer.ss_family, address, text.data(), text.size()) != nullptr) {
            from = QString::fromLatin1(text.data());
        }
    }
    QByteArray reply;
    IoStatus st = handler(QByteArray(request.data(), static_cast<qsizetype>(request.size())), from, &reply);
    if (st.ok()) {
        if (reply.size() > Wire::kMaxControlBytes) {
            return IoStatus::failure(EMSGSIZE, u"the answer is larger than %1 bytes"_s.arg(Wire::kMaxControlBytes));
        }
        answer->assign(reply.begin(), reply.end());
    }
    return st;
}

void ReplicationServer::serve(int fd)
{
    std::vector<char> payload;
    std::vector<char> out;
    std::vector<char> grains; // a Digest's bytes
    std::vector<Wire::GrainDigest> digests;
    while (!m_stopping) {
        Header request;
        QString why;
        const Wire::ReadResult read = Wire::readFrame(fd, &request, &payload, &why);
        if (read == Wire::ReadResult::Closed) {
            return;
        }
        if (read == Wire::ReadResult::Bad) {
            notice(u"A replication connection was cut off"_s, why);
            return;
        }
        if (request.type == Type::Goodbye) {
            return;
        }
        if (!isRequest(request.type)) {
            notice(u"A replication connection was cut off"_s,
                u"frame type %1 is not a request"_s.arg(static_cast<int>(request.type)));
            return;
        }
        Header reply;
        reply.type = Type::Reply;
        reply.sequence = request.sequence;
        out.clear();
        IoStatus st;
        std::shared_ptr<VolumeIo> io;
        if (request.type == Type::Control) {
            st = control(fd, payload, &out);
        } else if (request.type != Type::Ping) {
            st = m_resolver ? m_resolver(request.volume, request.type, &io)
                            : IoStatus::failure(ENOENT, u"no logical drive is served here"_s);
        }
        const auto offset = static_cast<qint64>(request.offset);
        const auto length = static_cast<qint64>(request.length);
        const bool rangeOk = offset >= 0 && length >= 0 && (!io || offset <= io->size());
        if (st.ok() && io && !rangeOk) {
            st = IoStatus::failure(EINVAL, u"the range is outside the logical drive"_s);
        }
        if (st.ok() && io) {
            switch (request.type) {
            case Type::Write:
                st = io->write(offset, payload, IoOrigin::Replication);
                break;
            case Type::Discard:
                st = io->discard(offset, length, IoOrigin::Replication);
                break;
            case Type::Flush:
                st = io->flush(IoOrigin::Replication);
                break;
            case Type::Read:
                if (length > Wire::kMaxPayload) {
                    st = IoStatus::failure(EINVAL, u"a read of more than %1 bytes"_s.arg(Wire::kMaxPayload));
                    break;
                }
                out.resize(static_cast<std::size_t>(std::min(length, io->size() - offset)));
                st = io->read(offset, out, IoOrigin::Replication);
                break;
            case Type::Extents: {
                QList<std::pair<qint64, qint64>> list;
                for (const Extent& e : io->dataExtents(offset, std::min(length, io->size() - offset))) {
                    list.append({e.offset, e.length});
                }
                const QByteArray bytes = Wire::encodeExtents(list);
                if (bytes.size() > Wire::kMaxPayload) {
                    // Too fragmented to list: the whole range may hold data, which is always correct.
                    out.clear();
                    const QByteArray whole = Wire::encodeExtents({{offset, length}});
                    out.assign(whole.begin(), whole.end());
                } else {
                    out.assign(bytes.begin(), bytes.end());
                }
                break;
            }
            case Type::Size:
                reply.length = static_cast<quint64>(io->size());
                break;
            case Type::Digest: {
                qint64 grainSize = 0;
                if (payload.size() == sizeof grainSize) {
                    std::memcpy(&grainSize, payload.data(), sizeof grainSize);
                }
                if (length > Wire::kMaxDigestBytes || grainSize < 512 || grainSize > Wire::kMaxDigestBytes) {
                    st = IoStatus::failure(EINVAL,
                        u"a digest of %1 bytes in grains of %2 bytes (at most %3 bytes, grains of 512 bytes or more)"_s
                            .arg(length)
                            .arg(grainSize)
                            .arg(Wire::kMaxDigestBytes));
                    break;
                }
                grains.resize(static_cast<std::size_t>(std::min(length, io->size() - offset)));
                st = io->read(offset, grains, IoOrigin::Replication);
                if (st.ok()) {
                    digests.clear();
                    Wire::appendGrainDigests(grains, grainSize, &digests);
                    const auto* bytes = reinterpret_cast<const char*>(digests.data());
                    out.assign(bytes, bytes + digests.size() * sizeof(Wire::GrainDigest));
                }
                break;
            }
            default:
                break;
            }
            if (request.type == Type::Write || request.type == Type::Discard || request.type == Type::Flush) {
                m_applied.fetch_add(1, std::memory_order_relaxed);
            }
        }
        if (!st.ok()) {
            out.clear();
            const QByteArray text = st.reason.toUtf8();
            out.assign(text.begin(), text.end());
            reply.status = static_cast<quint32>(st.error > 0 ? st.error : EIO);
        }
        if (!Wire::writeFrame(fd, reply, out, &why)) {
            return;
        }
    }
}

} // namespace Copyline
