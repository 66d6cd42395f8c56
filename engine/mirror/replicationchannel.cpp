// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicationchannel.h"

#include "storage/volumeio.h"

#include <QRandomGenerator>

#include <arpa/inet.h>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
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

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

void setTimeouts(int fd, int receiveSeconds, int sendSeconds)
{
    timeval rcv {};
    rcv.tv_sec = receiveSeconds;
    timeval snd {};
    snd.tv_sec = sendSeconds;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &rcv, sizeof rcv);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &snd, sizeof snd);
}

/** Connects with a deadline: a peer machine that is gone must not hold a write for the kernel's minutes. */
int connectTo(const QString& address, quint16 port, int timeoutMs, QString* why)
{
    sockaddr_in sa {};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    if (::inet_pton(AF_INET, address.toLatin1().constData(), &sa.sin_addr) != 1) {
        // A host name (engines per site: "--peer-address hostB:7600"): its first IPv4 address.
        addrinfo hints {};
        hints.ai_family = AF_INET;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo* found = nullptr;
        if (const int rc = ::getaddrinfo(address.toUtf8().constData(), nullptr, &hints, &found); rc != 0 || !found) {
            *why = u"%1 is not an IPv4 address or a known host name (%2)"_s.arg(
                address, QString::fromLocal8Bit(::gai_strerror(rc)));
            return -1;
        }
        sa.sin_addr = reinterpret_cast<const sockaddr_in*>(found->ai_addr)->sin_addr;
        ::freeaddrinfo(found);
    }
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        *why = errnoText(errno);
        return -1;
    }
    int rc = ::connect(fd, reinterpret_cast<const sockaddr*>(&sa), sizeof sa);
    if (rc != 0 && errno == EINPROGRESS) {
        pollfd p {fd, POLLOUT, 0};
        rc = ::poll(&p, 1, timeoutMs);
        if (rc == 0) {
            ::close(fd);
            *why = u"no answer within %1 ms"_s.arg(timeoutMs);
            return -1;
        }
        int error = 0;
        socklen_t len = sizeof error;
        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &len);
        rc = error == 0 ? 0 : -1;
        errno = error;
    }
    if (rc != 0) {
        *why = errnoText(errno);
        ::close(fd);
        return -1;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

/** A drive of the peer engine, reached over a replication channel. */
class RemoteBackend final : public VolumeBackend
{
public:
    RemoteBackend(std::weak_ptr<ReplicationChannel> channel, ObjectId volume, qint64 size)
        : m_channel(std::move(channel))
        , m_volume(volume)
        , m_size(size)
    { }

    qint64 size() const override { return m_size; }
    std::shared_ptr<ReplicationChannel> channel() const { return m_channel.lock(); }
    ObjectId volume() const { return m_volume; }

    IoStatus read(qint64 offset, std::span<char> buffer) override
    {
        const auto channel = m_channel.lock();
        if (!channel) {
            return gone();
        }
        for (std::size_t at = 0; at < buffer.size(); at += Wire::kMaxPayload) {
            const std::size_t n = std::min<std::size_t>(Wire::kMaxPayload, buffer.size() - at);
            if (IoStatus st = channel->read(m_volume, offset + static_cast<qint64>(at), buffer.subspan(at, n));
                !st.ok()) {
                return st;
            }
        }
        return IoStatus::success();
    }

    IoStatus write(qint64 offset, std::span<const char> data) override
    {
        const auto channel = m_channel.lock();
        if (!channel) {
            return gone();
        }
        for (std::size_t at = 0; at < data.size(); at += Wire::kMaxPayload) {
            const std::size_t n = std::min<std::size_t>(Wire::kMaxPayload, data.size() - at);
            if (IoStatus st = channel->write(m_volume, offset + static_cast<qint64>(at), data.subspan(at, n));
                !st.ok()) {
                return st;
            }
        }
        return IoStatus::success();
    }

    IoStatus discard(qint64 offset, qint64 length) override
    {
        const auto channel = m_channel.lock();
        return channel ? channel->discard(m_volume, offset, length) : gone();
    }

    IoStatus flush() override
    {
        const auto channel = m_channel.lock();
        return channel ? channel->flush(m_volume) : gone();
    }

    QList<Extent> dataExtents(qint64 offset, qint64 length) const override
    {
        QList<Extent> out;
        const auto channel = m_channel.lock();
        if (!channel || !channel->extents(m_volume, offset, length, &out).ok()) {
            return {{offset, length}}; // unknown: all of it may hold data, which is always correct
        }
        return out;
    }

private:
    static IoStatus gone() { return IoStatus::failure(ENOTCONN, u"the mirror link's connection is closed"_s); }

    const std::weak_ptr<ReplicationChannel> m_channel;
    const ObjectId m_volume;
    const qint64 m_size;
};

/** A request's header: what, on which drive, where. */
Header requestHeader(Type type, ObjectId volume, qint64 offset = 0, quint64 length = 0)
{
    Header h;
    h.type = type;
    h.volume = static_cast<quint64>(volume);
    h.offset = static_cast<quint64>(offset);
    h.length = length;
    return h;
}

} // namespace

ReplicationChannel::ReplicationChannel(QString address, quint16 port, QByteArray key)
    : m_address(std::move(address))
    , m_port(port)
    , m_key(std::move(key))
{ }

ReplicationChannel::~ReplicationChannel()
{
    disconnect(u"the link was removed"_s);
    std::lock_guard connect(m_connectMutex);
    if (m_reader.joinable()) {
        m_reader.join();
    }
}

bool ReplicationChannel::connected() const
{
    std::lock_guard lock(m_mutex);
    return m_fd >= 0;
}

bool ReplicationChannel::reachable() const
{
    std::lock_guard lock(m_mutex);
    return m_fd >= 0 || !m_lastFailure || Clock::now() - *m_lastFailure >= kRetryInterval;
}

QString ReplicationChannel::connectError() const
{
    std::lock_guard lock(m_mutex);
    return m_fd < 0 && m_lastFailure ? m_lastError : QString();
}

void ReplicationChannel::disconnect(const QString& why)
{
    quint64 generation = 0;
    {
        std::lock_guard lock(m_mutex);
        generation = m_generation;
    }
    closeConnection(generation, why);
}

void ReplicationChannel::closeConnection(quint64 generation, const QString& why)
{
    std::lock_guard lock(m_mutex);
    if (m_generation != generation || m_fd < 0) {
        return;
    }
    // Only shut down here: the reader thread closes the descriptor, under the send lock, so no sender can write
    // into a number the system has given to another socket meanwhile.
    ::shutdown(m_fd, SHUT_RDWR);
    m_fd = -1;
    for (Call* c : std::as_const(m_pending)) {
        c->status = IoStatus::failure(ECONNRESET, u"the mirror link's connection broke: %1"_s.arg(why));
        c->done = true;
    }
    m_pending.clear();
    m_replied.notify_all();
}

IoStatus ReplicationChannel::connectLocked()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_fd >= 0) {
            return IoStatus::success();
        }
        if (m_lastFailure && Clock::now() - *m_lastFailure < kRetryInterval) {
            return IoStatus::failure(ECONNREFUSED, m_lastError);
        }
    }
    if (m_reader.joinable()) {
        m_reader.join(); // the previous connection's reader has seen its end
    }
    auto failed = [this](int error, const QString& why) {
        std::lock_guard lock(m_mutex);
        m_lastFailure = Clock::now();
        m_lastError = u"cannot connect to the remote engine at %1:%2: %3"_s.arg(m_address).arg(m_port).arg(why);
        return IoStatus::failure(error, m_lastError);
    };
    QString why;
    const int fd = connectTo(m_address, m_port, 2000, &why);
    if (fd < 0) {
        return failed(ECONNREFUSED, why);
    }
    setTimeouts(fd, 10, 10);
    Header hello;
    std::vector<char> payload;
    if (Wire::readFrame(fd, &hello, &payload, &why) != Wire::ReadResult::Frame || hello.type != Type::Hello
        || payload.size() != static_cast<std::size_t>(Wire::kNonceSize)) {
        ::close(fd);
        return failed(EPROTO, why.isEmpty() ? u"the peer is not a Copyline replication server"_s : why);
    }
    const QByteArray serverNonce(payload.data(), Wire::kNonceSize);
    QByteArray clientNonce(Wire::kNonceSize, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(clientNonce.data()),
        reinterpret_cast<quint32*>(clientNonce.data() + clientNonce.size()));
    const QByteArray answer = clientNonce + Wire::mac(m_key, {"client", serverNonce, clientNonce});
    Header auth;
    auth.type = Type::Auth;
    if (!Wire::writeFrame(fd, auth, std::span<const char>(answer.constData(), answer.size()), &why)) {
        ::close(fd);
        return failed(ECONNRESET, why);
    }
    Header ok;
    if (Wire::readFrame(fd, &ok, &payload, &why) != Wire::ReadResult::Frame || ok.type != Type::AuthOk) {
        ::close(fd);
        return failed(EACCES, u"the remote engine refused this engine's replication key"_s);
    }
    if (!Wire::sameMac(QByteArray(payload.data(), static_cast<qsizetype>(payload.size())),
            Wire::mac(m_key, {"server", clientNonce, serverNonce}))) {
        ::close(fd);
        return failed(EACCES, u"the remote engine does not hold the link's replication key"_s);
    }
    // Replies may take as long as a write takes; a peer that stops reading fails the sender after 30 s.
    setTimeouts(fd, 0, static_cast<int>(kReplyTimeout.count()));
    std::lock_guard lock(m_mutex);
    m_fd = fd;
    ++m_generation;
    m_lastFailure.reset();
    m_connects.fetch_add(1);
    const quint64 generation = m_generation;
    m_reader = std::thread([this, fd, generation]() { readerLoop(fd, generation); });
    return IoStatus::success();
}

void ReplicationChannel::readerLoop(int fd, quint64 generation)
{
    std::vector<char> payload;
    QString why;
    for (;;) {
        Header reply;
        const Wire::ReadResult r = Wire::readFrame(fd, &reply, &payload, &why);
        if (r == Wire::ReadResult::Closed) {
            why = u"the remote engine closed the connection"_s;
            break;
        }
        if (r == Wire::ReadResult::Bad) {
            break;
        }
        if (reply.type == Type::Goodbye) {
            why = u"the remote engine said goodbye: %1"_s.arg(
                QString::fromUtf8(payload.data(), static_cast<qsizetype>(payload.size())));
            break;
        }
        if (reply.type != Type::Reply) {
            why = u"the remote engine sent frame type %1 where a reply belongs"_s.arg(static_cast<int>(reply.type));
            break;
        }
        m_bytesReceived.fetch_add(payload.size(), std::memory_order_relaxed);
        std::lock_guard lock(m_mutex);
        Call* c = m_pending.take(reply.sequence);
        if (c == nullptr) {
            continue; // its sender gave up waiting
        }
        if (reply.status != 0) {
            c->status = IoStatus::failure(static_cast<int>(reply.status),
                QString::fromUtf8(payload.data(), static_cast<qsizetype>(payload.size())));
            c->refused = true;
        } else if (!c->readInto.empty()) {
            if (payload.size() != c->readInto.size()) {
                c->status = IoStatus::failure(EIO,
                    u"the remote engine returned %1 bytes for a read of %2"_s.arg(payload.size())
                        .arg(c->readInto.size()));
            } else {
                std::memcpy(c->readInto.data(), payload.data(), payload.size());
            }
        } else {
            c->payload.assign(payload.begin(), payload.end());
        }
        c->length = reply.length;
        c->done = true;
        m_replied.notify_all();
    }
    closeConnection(generation, why);
    std::lock_guard send(m_sendMutex);
    ::close(fd);
}

IoStatus ReplicationChannel::call(Header request, std::span<const char> payload, Call* c)
{
    quint64 generation = 0;
    int fd = -1;
    {
        std::lock_guard connect(m_connectMutex);
        if (IoStatus st = connectLocked(); !st.ok()) {
            return st;
        }
        std::lock_guard lock(m_mutex);
        generation = m_generation;
        fd = m_fd;
    }
    quint64 sequence = 0;
    {
        std::lock_guard send(m_sendMutex);
        {
            std::lock_guard lock(m_mutex);
            if (m_generation != generation || m_fd != fd || fd < 0) {
                return IoStatus::failure(ECONNRESET, u"the mirror link's connection broke"_s);
            }
            sequence = m_nextSequence++;
            request.sequence = sequence;
            m_pending.insert(sequence, c);
        }
        QString why;
        if (!Wire::writeFrame(fd, request, payload, &why)) {
            closeConnection(generation, why); // fails this call and every other one waiting
        } else {
            m_bytesSent.fetch_add(payload.size(), std::memory_order_relaxed);
        }
    }
    std::unique_lock lock(m_mutex);
    if (!m_replied.wait_for(lock, kReplyTimeout, [c] { return c->done; })) {
        m_pending.remove(sequence);
        lock.unlock();
        closeConnection(generation, u"no reply within %1 s"_s.arg(kReplyTimeout.count()));
        return IoStatus::failure(
            ETIMEDOUT, u"the remote engine did not answer within %1 s"_s.arg(kReplyTimeout.count()));
    }
    return c->status;
}

IoStatus ReplicationChannel::write(ObjectId volume, qint64 offset, std::span<const char> data)
{
    const Header h = requestHeader(Type::Write, volume, offset, data.size());
    Call c;
    return call(h, data, &c);
}

IoStatus ReplicationChannel::discard(ObjectId volume, qint64 offset, qint64 length)
{
    const Header h = requestHeader(Type::Discard, volume, offset, static_cast<quint64>(length));
    Call c;
    return call(h, {}, &c);
}

IoStatus ReplicationChannel::flush(ObjectId volume)
{
    const Header h = requestHeader(Type::Flush, volume);
    Call c;
    return call(h, {}, &c);
}

IoStatus ReplicationChannel::read(ObjectId volume, qint64 offset, std::span<char> buffer)
{
    const Header h = requestHeader(Type::Read, volume, offset, buffer.size());
    Call c;
    c.readInto = buffer;
    return call(h, {}, &c);
}

IoStatus ReplicationChannel::extents(ObjectId volume, qint64 offset, qint64 length, QList<Extent>* out)
{
    const Header h = requestHeader(Type::Extents, volume, offset, static_cast<quint64>(length));
    Call c;
    if (IoStatus st = call(h, {}, &c); !st.ok()) {
        return st;
    }
    const auto list = Wire::decodeExtents(c.payload);
    if (!list) {
        return IoStatus::failure(EPROTO, u"the remote engine sent a malformed extent list"_s);
    }
    out->clear();
    for (const auto& [o, l] : *list) {
        out->append({o, l});
    }
    return IoStatus::success();
}

IoStatus ReplicationChannel::size(ObjectId volume, qint64* size)
{
    const Header h = requestHeader(Type::Size, volume);
    Call c;
    IoStatus st = call(h, {}, &c);
    *size = st.ok() ? static_cast<qint64>(c.length) : 0;
    return st;
}

IoStatus ReplicationChannel::digests(
    ObjectId volume, qint64 offset, qint64 length, qint64 grainSize, std::vector<Wire::GrainDigest>* out)
{
    const Header h = requestHeader(Type::Digest, volume, offset, static_cast<quint64>(length));
    Call c;
    std::array<char, sizeof grainSize> grain {};
    std::memcpy(grain.data(), &grainSize, sizeof grainSize);
    if (IoStatus st = call(h, grain, &c); !st.ok()) {
        return st;
    }
    const qint64 expected = grainSize > 0 ? (length + grainSize - 1) / grainSize : 0;
    if (c.payload.size() % sizeof(Wire::GrainDigest) != 0
        || static_cast<qint64>(c.payload.size() / sizeof(Wire::GrainDigest)) > expected) {
        return IoStatus::failure(EPROTO, u"the remote engine sent a malformed digest list"_s);
    }
    out->resize(c.payload.size() / sizeof(Wire::GrainDigest));
    std::memcpy(out->data(), c.payload.data(), c.payload.size());
    return IoStatus::success();
}

IoStatus ReplicationChannel::control(const QByteArray& request, QByteArray* answer, bool* refused)
{
    if (request.size() > Wire::kMaxControlBytes) {
        return IoStatus::failure(EMSGSIZE, u"a request of more than %1 bytes"_s.arg(Wire::kMaxControlBytes));
    }
    Header h;
    h.type = Type::Control;
    Call c;
    if (IoStatus st = call(h, std::span<const char>(request.constData(), request.size()), &c); !st.ok()) {
        if (refused != nullptr) {
            *refused = c.refused;
        }
        return st;
    }
    *answer = QByteArray(c.payload.data(), static_cast<qsizetype>(c.payload.size()));
    return IoStatus::success();
}

std::optional<qint64> ReplicationChannel::ping(IoStatus* status)
{
    const auto start = Clock::now();
    Header h;
    h.type = Type::Ping;
    Call c;
    const IoStatus st = call(h, {}, &c);
    if (status != nullptr) {
        *status = st;
    }
    if (!st.ok()) {
        return std::nullopt;
    }
    return std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start).count();
}

std::shared_ptr<VolumeBackend> ReplicationChannel::backend(ObjectId id, qint64 size)
{
    return std::make_shared<RemoteBackend>(weak_from_this(), id, size);
}

bool ReplicationChannel::isRemote(const std::shared_ptr<VolumeBackend>& backend)
{
    return std::dynamic_pointer_cast<RemoteBackend>(backend) != nullptr;
}

std::pair<std::shared_ptr<ReplicationChannel>, ObjectId> ReplicationChannel::reach(
    const std::shared_ptr<VolumeBackend>& backend)
{
    const auto remote = std::dynamic_pointer_cast<RemoteBackend>(backend);
    if (!remote) {
        return {nullptr, 0};
    }
    return {remote->channel(), remote->volume()};
}

std::shared_ptr<VolumeIo> ReplicationChannel::volume(ObjectId id, qint64 size)
{
    std::lock_guard lock(m_mutex);
    auto& io = m_volumes[id];
    if (!io || io->size() != size) {
        io = std::make_shared<VolumeIo>(id, std::make_shared<RemoteBackend>(weak_from_this(), id, size));
    }
    return io;
}

} // namespace Copyline
