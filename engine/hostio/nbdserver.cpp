// SPDX-License-Identifier: GPL-3.0-or-later
#include "nbdserver.h"

#include "storage/volumeio.h"
#include "util/bytesize.h"
#include "util/privatefiles.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QtEndian>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <functional>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>
#include <utility>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace Copyline
{

namespace
{

// The NBD protocol, fixed newstyle negotiation (https://github.com/NetworkBlockDevice/nbd/blob/master/doc/proto.md).
constexpr quint64 kNbdMagic = 0x4e42444d41474943ULL;    // "NBDMAGIC"
constexpr quint64 kOptionMagic = 0x49484156454F5054ULL; // "IHAVEOPT"
constexpr quint64 kReplyMagic = 0x0003e889045565a9ULL;
constexpr quint32 kRequestMagic = 0x25609513;
constexpr quint32 kSimpleReplyMagic = 0x67446698;

constexpr quint16 kFlagFixedNewstyle = 1U << 0;
constexpr quint16 kFlagNoZeroes = 1U << 1;
constexpr quint32 kClientFlagsKnown = 3;

constexpr quint32 kOptExportName = 1;
constexpr quint32 kOptAbort = 2;
constexpr quint32 kOptList = 3;
constexpr quint32 kOptStartTls = 5;
constexpr quint32 kOptInfo = 6;
constexpr quint32 kOptGo = 7;

constexpr quint32 kRepAck = 1;
constexpr quint32 kRepServer = 2;
constexpr quint32 kRepInfo = 3;
constexpr quint32 kRepErrUnsup = (1U << 31) + 1;
constexpr quint32 kRepErrPolicy = (1U << 31) + 2;
constexpr quint32 kRepErrInvalid = (1U << 31) + 3;
constexpr quint32 kRepErrUnknown = (1U << 31) + 6;

constexpr quint16 kInfoExport = 0;
constexpr quint16 kInfoName = 1;
constexpr quint16 kInfoDescription = 2;
constexpr quint16 kInfoBlockSize = 3;

constexpr quint16 kTxHasFlags = 1U << 0;
constexpr quint16 kTxReadOnly = 1U << 1;
constexpr quint16 kTxSendFlush = 1U << 2;
constexpr quint16 kTxSendFua = 1U << 3;
constexpr quint16 kTxSendTrim = 1U << 5;
constexpr quint16 kTxSendWriteZeroes = 1U << 6;
constexpr quint16 kTxCanMultiConn = 1U << 8;

constexpr quint16 kCmdFlagFua = 1U << 0;
constexpr quint16 kCmdFlagNoHole = 1U << 1;

constexpr quint16 kCmdRead = 0;
constexpr quint16 kCmdWrite = 1;
constexpr quint16 kCmdDisc = 2;
constexpr quint16 kCmdFlush = 3;
constexpr quint16 kCmdTrim = 4;
constexpr quint16 kCmdWriteZeroes = 6;

constexpr quint32 kEperm = 1;
constexpr quint32 kEio = 5;
constexpr quint32 kEinval = 22;
constexpr quint32 kEnospc = 28;

constexpr quint32 kMaxOptionLength = 64 * 1024;
constexpr size_t kSimpleReplySize = 16;

using Clock = std::chrono::steady_clock;

timeval toTimeval(std::chrono::milliseconds ms)
{
    const auto count = std::max<std::chrono::milliseconds::rep>(ms.count(), 1); // 0 would mean "never"
    return {static_cast<time_t>(count / 1000), static_cast<suseconds_t>((count % 1000) * 1000)};
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

quint32 nbdError(int err)
{
    switch (err) {
    case EPERM:
    case EACCES:
        return kEperm;
    case EINVAL:
        return kEinval;
    case ENOSPC:
        return kEnospc;
    default:
        return kEio;
    }
}

template <typename T>
void put(std::vector<char>& out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.insert(out.end(), bytes, bytes + sizeof(T));
}

void putBytes(std::vector<char>& out, const QByteArray& bytes)
{
    out.insert(out.end(), bytes.cbegin(), bytes.cend());
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

/** Bytes that all connections' requests may hold together; a request waits for its share. */
class NbdServer::Budget
{
public:
    explicit Budget(size_t limit)
        : m_limit(limit)
    { }

    /** Takes @p n bytes if they fit now (anything fits while nothing is held, so no request waits forever). */
    bool tryAcquire(size_t n)
    {
        std::lock_guard lock(m_mutex);
        return takeLocked(n);
    }

    /** Waits for @p n bytes; false if @p abandoned turns true first (polled: a cut connection cannot signal). */
    bool acquire(size_t n, const std::function<bool()>& abandoned)
    {
        std::unique_lock lock(m_mutex);
        while (!takeLocked(n)) {
            if (abandoned()) {
                return false;
            }
            m_released.wait_for(lock, 50ms);
        }
        return true;
    }

    void release(size_t n)
    {
        if (n == 0) {
            return;
        }
        {
            std::lock_guard lock(m_mutex);
            m_used -= n;
        }
        m_released.notify_all();
    }

    size_t used() const
    {
        std::lock_guard lock(m_mutex);
        return m_used;
    }

private:
    bool takeLocked(size_t n)
    {
        if (n != 0 && m_used != 0 && m_used + n > m_limit) {
            return false;
        }
        m_used += n;
        return true;
    }

    mutable std::mutex m_mutex;
    std::condition_variable m_released;
    size_t m_used = 0;
    const size_t m_limit;
};

/** One client: its socket, its buffers and its thread. */
struct NbdServer::Connection
{
    int fd = -1;
    bool unixSocket = false;
    NbdLimits limits;
    Clock::time_point acceptedAt = Clock::now();
    std::thread thread;
    std::atomic<bool> finished {false};
    std::atomic<bool> cut {false};      // the server shut the socket down (export gone, eviction, stop)
    std::atomic<bool> timedOut {false}; // the handshake did not finish in time
    std::atomic<bool> stalled {false};  // the client took none of its replies for replyStallTimeout
    std::mutex mutex; // guards exportName / logicalDriveId / negotiating against setExports and eviction
    QString exportName;
    ObjectId logicalDriveId = 0;
    bool negotiating = true;
    bool hasDeadline = false; // reads give up at the deadline (the handshake)
    Clock::time_point deadline;

    /** Shuts the socket down from another thread; the connection's own thread then ends. */
    void cutOff()
    {
        cut = true;
        ::shutdown(fd, SHUT_RDWR);
    }

    /** Before a blocking receive: false if the deadline passes first. */
    bool waitReadable()
    {
        if (!hasDeadline) {
            return true;
        }
        while (true) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
            if (left <= 0) {
                timedOut = true;
                return false;
            }
            pollfd p {fd, POLLIN, 0};
            const int n = ::poll(&p, 1, static_cast<int>(std::min<long long>(left, 1000)));
            if (n > 0) {
                return true;
            }
            if (n < 0 && errno != EINTR) {
                return false;
            }
        }
    }

    std::vector<char> in = std::vector<char>(256 * 1024);
    size_t inStart = 0;
    size_t inEnd = 0;
    std::vector<char> out;

    size_t buffered() const { return inEnd - inStart; }

    /** Makes at least @p n bytes available in the input buffer (n ≤ its size). */
    bool fill(size_t n)
    {
        if (buffered() >= n) {
            return true;
        }
        if (inStart > 0) {
            std::memmove(in.data(), in.data() + inStart, buffered());
            inEnd -= inStart;
            inStart = 0;
        }
        while (inEnd < n) {
            if (!waitReadable()) {
                return false;
            }
            const ssize_t got = ::recv(fd, in.data() + inEnd, in.size() - inEnd, 0);
            if (got < 0 && errno == EINTR) {
                continue;
            }
            if (got <= 0) {
                return false;
            }
            inEnd += static_cast<size_t>(got);
        }
        return true;
    }

    /** Reads exactly @p n bytes into @p dst, through the buffer or straight from the socket for large payloads. */
    bool read(char* dst, size_t n)
    {
        const size_t fromBuffer = std::min(n, buffered());
        std::memcpy(dst, in.data() + inStart, fromBuffer);
        inStart += fromBuffer;
        dst += fromBuffer;
        n -= fromBuffer;
        while (n > 0) {
            if (!waitReadable()) {
                return false;
            }
            // Under a deadline a trickling client must not keep one receive waiting past it.
            const ssize_t got = ::recv(fd, dst, n, hasDeadline ? 0 : MSG_WAITALL);
            if (got < 0 && errno == EINTR) {
                continue;
            }
            if (got <= 0) {
                return false;
            }
            dst += got;
            n -= static_cast<size_t>(got);
        }
        return true;
    }

    template <typename T>
    bool get(T* value)
    {
        char bytes[sizeof(T)];
        if (!read(bytes, sizeof(T))) {
            return false;
        }
        *value = qFromBigEndian<T>(bytes);
        return true;
    }

    bool flush()
    {
        size_t sent = 0;
        while (sent < out.size()) {
            const ssize_t n = ::send(fd, out.data() + sent, out.size() - sent, MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                return false;
            }
            sent += static_cast<size_t>(n);
        }
        out.clear();
        return true;
    }

    void optionReply(quint32 option, quint32 type, const QByteArray& data = {})
    {
        put<quint64>(out, kReplyMagic);
        put<quint32>(out, option);
        put<quint32>(out, type);
        put<quint32>(out, static_cast<quint32>(data.size()));
        putBytes(out, data);
    }

    void simpleReply(quint64 handle, quint32 error)
    {
        put<quint32>(out, kSimpleReplyMagic);
        put<quint32>(out, error);
        put<quint64>(out, handle);
    }
};

namespace
{

/** One transmission request as it arrived; a write carries its payload. */
struct Request
{
    quint16 flags = 0;
    quint16 type = 0;
    quint64 handle = 0;
    quint64 offset = 0;
    quint32 length = 0;
    // The data bytes it holds in the engine until its reply has left: a read's data, a write's payload.
    size_t cost = 0;
    std::vector<char> payload;
};

/**
 * The requests of one connection in service. The connection's thread parses requests and serves plain writes itself
 * (they land in the page cache; a hand-over would cost more than the write). Reads, trims, zeroings and writes with
 * forced unit access go to a few workers, so that a host queueing several requests (fio at queue depth 16, qemu, the
 * kernel's nbd driver) has them served at once: reads that miss the page cache wait on the disk side by side, as
 * they would on a controller. Replies go out in the order requests finish, each whole, as the protocol allows (the
 * handle pairs them); a worker that finishes while others still have work leaves its reply for the last one, so replies
 * of pipelined requests leave together in one gathered send (a read's data is never copied on its way out).
 *
 * Every request is admitted before it is read any further: at most kMaxQueued requests, and at most
 * NbdLimits::bytesPerClient bytes of read data or write payload for this connection (NbdLimits::bytesTotal for all of
 * them, the Budget), wait, run or wait to be answered. A host that sends faster than the volume takes them, or does
 * not read its answers, is held back by TCP instead of filling the engine's memory; one that takes none of its answers
 * for NbdLimits::replyStallTimeout is cut off, so that its bytes go back to the others.
 */
class Requests
{
public:
    using Refused = std::function<void(const QString&, const IoStatus&)>;

    Requests(NbdServer::Connection& connection, VolumeIo& io, NbdServer::Budget& budget, Refused refused)
        : m_connection(connection)
        , m_fd(connection.fd)
        , m_bytesPerClient(connection.limits.bytesPerClient)
        , m_io(io)
        , m_budget(budget)
        , m_refused(std::move(refused))
    { }

    ~Requests()
    {
        drain();
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_work.notify_all();
        for (std::thread& t : m_workers) {
            t.join();
        }
    }

    Requests(const Requests&) = delete;
    Requests& operator=(const Requests&) = delete;

    /** False once a reply could not be sent: the host is gone. */
    bool connected() const { return m_connected.load(); }

    /**
     * Waits until one more request holding @p cost bytes fits this connection's limits and then the server's; false
     * if the host went away meanwhile. An admitted request is counted until its reply has left (or withdraw()).
     */
    bool admit(size_t cost)
    {
        std::unique_lock lock(m_mutex);
        if (!roomFor(cost)) {
            sendPending(lock); // replies of requests served here wait for no one else
            m_roomLeft.wait(lock, [this, cost]() { return roomFor(cost) || !m_connected.load(); });
        }
        if (!m_connected.load()) {
            return false;
        }
        ++m_outstanding;
        m_bytes += cost;
        if (m_budget.tryAcquire(cost)) {
            return true;
        }
        sendPending(lock);
        lock.unlock();
        if (m_budget.acquire(cost, [this]() { return !m_connected.load() || m_connection.cut.load(); })) {
            return true;
        }
        lock.lock();
        --m_outstanding;
        m_bytes -= cost;
        m_roomLeft.notify_all();
        return false;
    }

    /** An admitted request that will not be served after all (its payload could not be read). */
    void withdraw(size_t cost)
    {
        std::lock_guard lock(m_mutex);
        --m_outstanding;
        m_bytes -= cost;
        m_budget.release(cost);
        m_roomLeft.notify_all();
    }

    /** Hands an admitted request to the workers. */
    void submit(Request&& r)
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(r));
        if (m_idleWorkers == 0 && m_workers.size() < kWorkers) {
            m_workers.emplace_back([this]() { work(); });
        } else {
            m_work.notify_one();
        }
    }

    /**
     * Serves the admitted @p r on the calling thread: a write that lands in the page cache costs less than handing it
     * over. Its reply waits for the next send (sendNow, or a worker's).
     */
    void serveHere(const Request& r)
    {
        std::vector<char> out = serve(r);
        std::unique_lock lock(m_mutex);
        queueReply(std::move(out), r.cost);
        if (m_pendingBytes >= kSendBatch) {
            sendPending(lock);
        }
    }

    /** Sends the replies waiting (before the connection's thread waits for more requests). */
    void sendNow()
    {
        std::unique_lock lock(m_mutex);
        sendPending(lock);
    }

    /** A reply that needs no volume I/O (an invalid request, a flush), for a request admitted with @p cost. */
    void answer(quint64 handle, quint32 error, size_t cost)
    {
        std::vector<char> out;
        out.reserve(kSimpleReplySize);
        put<quint32>(out, kSimpleReplyMagic);
        put<quint32>(out, error);
        put<quint64>(out, handle);
        std::unique_lock lock(m_mutex);
        queueReply(std::move(out), cost);
        sendPending(lock);
    }

    /** Admits a request that holds no data and answers it at once; false if the host went away. */
    bool reply(quint64 handle, quint32 error)
    {
        if (!admit(0)) {
            return false;
        }
        answer(handle, error, 0);
        return true;
    }

    /** Waits until every submitted request has been served and answered. */
    void drain()
    {
        std::unique_lock lock(m_mutex);
        m_drained.wait(lock, [this]() { return m_queue.empty() && m_running == 0; });
        sendPending(lock); // replies of writes served on this thread too
        m_drained.wait(lock, [this]() { return !m_sending && m_pending.empty(); });
    }

private:
    static constexpr size_t kWorkers = 8;
    static constexpr size_t kMaxQueued = 64;
    static constexpr size_t kSendBatch = 256 * 1024;
    static constexpr size_t kSmallReply = 64 * 1024; // replies up to this size share one buffer with their neighbours
    static constexpr int kMaxIovecs = 64;

    bool roomFor(size_t cost) const
    {
        return m_outstanding < kMaxQueued && (m_bytes == 0 || m_bytes + cost <= m_bytesPerClient);
    }

    void work()
    {
        std::unique_lock lock(m_mutex);
        while (true) {
            ++m_idleWorkers;
            m_work.wait(lock, [this]() { return m_stopping || !m_queue.empty(); });
            --m_idleWorkers;
            if (m_queue.empty()) {
                return; // stopping
            }
            Request r = std::move(m_queue.front());
            m_queue.pop_front();
            ++m_running;
            lock.unlock();
            std::vector<char> out = serve(r);
            std::vector<char>().swap(r.payload); // served: the payload's memory goes back now
            lock.lock();
            --m_running;
            queueReply(std::move(out), r.cost);
            if (m_running == 0 || m_pendingBytes >= kSendBatch) {
                sendPending(lock);
            }
            if (m_queue.empty() && m_running == 0 && !m_sending) {
                m_drained.notify_all();
            }
        }
    }

    /** Serves one request; returns its reply, with the data of a read. */
    std::vector<char> serve(const Request& r)
    {
        std::vector<char> out;
        out.reserve(r.type == kCmdRead ? kSimpleReplySize + r.length : kSimpleReplySize);
        put<quint32>(out, kSimpleReplyMagic);
        put<quint32>(out, 0);
        put<quint64>(out, r.handle);
        IoStatus st;
        QString operation;
        switch (r.type) {
        case kCmdRead:
            operation = u"read"_s;
            out.resize(kSimpleReplySize + size_t(r.length));
            st = m_io.read(static_cast<qint64>(r.offset), std::span<char>(out.data() + kSimpleReplySize, r.length));
            if (!st.ok()) {
                out.resize(kSimpleReplySize);
            }
            break;
        case kCmdWrite:
            operation = u"write"_s;
            st = m_io.write(static_cast<qint64>(r.offset), std::span<const char>(r.payload.data(), r.length));
            break;
        case kCmdWriteZeroes:
            operation = u"write zeroes"_s;
            if ((r.flags & kCmdFlagNoHole) != 0) {
                // Zeros that must stay allocated: written, not punched.
                const std::vector<char> zeros(std::min<size_t>(r.length, 1024 * 1024), 0);
                for (quint64 done = 0; done < r.length && st.ok();) {
                    const quint64 n = std::min<quint64>(zeros.size(), r.length - done);
                    st = m_io.write(static_cast<qint64>(r.offset + done), std::span<const char>(zeros.data(), n));
                    done += n;
                }
            } else {
                st = m_io.discard(static_cast<qint64>(r.offset), r.length);
            }
            break;
        case kCmdTrim:
        default:
            operation = u"trim"_s;
            st = m_io.discard(static_cast<qint64>(r.offset), r.length);
            break;
        }
        if (st.ok() && r.type != kCmdRead && (r.flags & kCmdFlagFua) != 0) {
            st = m_io.flush(); // forced unit access: on the disk before the answer
        }
        if (!st.ok()) {
            qToBigEndian(nbdError(st.error), out.data() + 4);
            m_refused(operation, st);
        }
        return out;
    }

    /** Queues a finished request's reply (with m_mutex held); small replies share a buffer, a read's data moves in. */
    void queueReply(std::vector<char>&& out, size_t cost)
    {
        m_pendingBytes += out.size();
        m_pendingCost += cost;
        ++m_pendingReplies;
        if (out.size() <= kSmallReply && !m_pending.empty() && m_pending.back().size() + out.size() <= kSendBatch) {
            m_pending.back().insert(m_pending.back().end(), out.cbegin(), out.cend());
        } else {
            m_pending.push_back(std::move(out));
        }
    }

    /** Sends what is pending, one sender at a time; called and returns with @p lock held. */
    void sendPending(std::unique_lock<std::mutex>& lock)
    {
        while (!m_sending && !m_pending.empty()) {
            std::vector<std::vector<char>> out;
            out.swap(m_pending);
            const size_t replies = std::exchange(m_pendingReplies, 0);
            const size_t cost = std::exchange(m_pendingCost, 0);
            m_pendingBytes = 0;
            m_sending = true;
            lock.unlock();
            const bool ok = m_connected.load() && sendAll(out);
            out.clear();
            lock.lock();
            m_sending = false;
            m_outstanding -= replies;
            m_bytes -= cost;
            m_budget.release(cost);
            m_roomLeft.notify_all();
            if (!ok && m_connected.exchange(false)) {
                ::shutdown(m_fd, SHUT_RDWR); // the host is gone: the reading thread stops too
            }
        }
        if (m_queue.empty() && m_running == 0 && !m_sending) {
            m_drained.notify_all();
        }
    }

    /** Sends @p buffers in order with gathered writes, freeing each once it has left; false if the host is gone. */
    bool sendAll(std::vector<std::vector<char>>& buffers) const
    {
        size_t index = 0;
        size_t offset = 0; // into buffers[index]
        while (index < buffers.size()) {
            iovec iov[kMaxIovecs];
            int count = 0;
            for (size_t i = index; i < buffers.size() && count < kMaxIovecs; ++i, ++count) {
                const size_t skip = i == index ? offset : 0;
                iov[count].iov_base = buffers[i].data() + skip;
                iov[count].iov_len = buffers[i].size() - skip;
            }
            msghdr message {};
            message.msg_iov = iov;
            message.msg_iovlen = static_cast<size_t>(count);
            const ssize_t n = ::sendmsg(m_fd, &message, MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                    m_connection.stalled = true; // SO_SNDTIMEO: the client took nothing for replyStallTimeout
                }
                return false;
            }
            auto left = static_cast<size_t>(n);
            while (left > 0) {
                const size_t rest = buffers[index].size() - offset;
                if (left < rest) {
                    offset += left;
                    break;
                }
                left -= rest;
                std::vector<char>().swap(buffers[index]);
                ++index;
                offset = 0;
            }
        }
        return true;
    }

    NbdServer::Connection& m_connection;
    const int m_fd;
    const size_t m_bytesPerClient;
    VolumeIo& m_io;
    NbdServer::Budget& m_budget;
    Refused m_refused;
    std::mutex m_mutex;
    std::condition_variable m_work;
    std::condition_variable m_roomLeft;
    std::condition_variable m_drained;
    std::deque<Request> m_queue;
    std::vector<std::thread> m_workers;
    std::vector<std::vector<char>> m_pending; // replies ready to go, in the order they finished
    size_t m_running = 0;
    size_t m_outstanding = 0;    // requests admitted whose reply has not been sent
    size_t m_bytes = 0;          // their cost
    size_t m_pendingReplies = 0; // replies in m_pending
    size_t m_pendingBytes = 0;   // bytes in m_pending
    size_t m_pendingCost = 0;    // cost of the requests they answer
    size_t m_idleWorkers = 0;
    bool m_sending = false;
    bool m_stopping = false;
    std::atomic<bool> m_connected {true};
};

} // namespace

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
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return {ErrorCode::NotSupported, {u"The NBD server"_s, errnoText()}};
    }
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in sa {};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    if (::inet_pton(AF_INET, address.toLatin1().constData(), &sa.sin_addr) != 1) {
        ::close(fd);
        return {ErrorCode::InvalidParameter, {u"address"_s, address, u"use an IPv4 address such as 127.0.0.1"_s}};
    }
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&sa), sizeof sa) != 0 || ::listen(fd, 64) != 0) {
        const QString why = errnoText();
        ::close(fd);
        return {ErrorCode::Busy, {u"NBD port %1:%2"_s.arg(address).arg(port), why}};
    }
    socklen_t len = sizeof sa;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&sa), &len);
    int unixFd = -1;
    if (!socketPath.isEmpty()) {
        Error err;
        unixFd = listenUnix(socketPath, &err);
        if (unixFd < 0) {
            ::close(fd);
            return err;
        }
    }
    if (::pipe2(m_wakeFd, O_CLOEXEC) != 0) {
        const QString why = errnoText();
        ::close(fd);
        if (unixFd >= 0) {
            ::close(unixFd);
            ::unlink(QFile::encodeName(socketPath).constData());
        }
        return {ErrorCode::NotSupported, {u"The NBD server"_s, why}};
    }
    m_port = ntohs(sa.sin_port);
    m_address = address;
    m_socketPath = socketPath;
    {
        std::lock_guard lock(m_mutex);
        m_budget = std::make_shared<Budget>(std::max<size_t>(m_limits.bytesTotal, kMaxRequest));
    }
    m_listenFd = fd;
    m_unixFd = unixFd;
    m_acceptThread = std::thread([this]() { acceptLoop(); });
    return {};
}

void NbdServer::stop()
{
    if (m_listenFd < 0) {
        return;
    }
    m_stopping = true;
    const char byte = 0;
    [[maybe_unused]] const auto n = ::write(m_wakeFd[1], &byte, 1);
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
    ::close(m_listenFd);
    if (m_unixFd >= 0) {
        ::close(m_unixFd);
        ::unlink(QFile::encodeName(m_socketPath).constData());
        ::rmdir(QFile::encodeName(QFileInfo(m_socketPath).absolutePath()).constData()); // only if nothing else is there
    }
    ::close(m_wakeFd[0]);
    ::close(m_wakeFd[1]);
    m_listenFd = -1;
    m_unixFd = -1;
    m_socketPath.clear();
    m_wakeFd[0] = m_wakeFd[1] = -1;
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
        pollfd fds[3] = {{m_wakeFd[0], POLLIN, 0}, {m_listenFd, POLLIN, 0}, {m_unixFd, POLLIN, 0}};
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
    return m_volumes.find(it->logicalDriveId);
}

void NbdServer::serve(const std::shared_ptr<Connection>& connection, Budget& budget)
{
    Connection& c = *connection;
    c.hasDeadline = true;
    c.deadline = c.acceptedAt + c.limits.handshakeTimeout;
    // Handshake: the server greets, the client answers with its flags, then options until one opens an export.
    put<quint64>(c.out, kNbdMagic);
    put<quint64>(c.out, kOptionMagic);
    put<quint16>(c.out, kFlagFixedNewstyle | kFlagNoZeroes);
    quint32 clientFlags = 0;
    if (!c.flush() || !c.get(&clientFlags) || (clientFlags & ~kClientFlagsKnown) != 0) {
        return;
    }
    const bool noZeroes = (clientFlags & kFlagNoZeroes) != 0;
    std::shared_ptr<VolumeIo> io;
    NbdExport info;
    auto transmissionFlags = [&]() {
        quint16 flags = kTxHasFlags | kTxSendFlush | kTxSendFua | kTxSendTrim | kTxSendWriteZeroes | kTxCanMultiConn;
        if (!io->hostAccess().write) {
            flags |= kTxReadOnly;
        }
        return flags;
    };
    while (!io) {
        quint64 magic = 0;
        quint32 option = 0;
        quint32 length = 0;
        if (!c.get(&magic) || magic != kOptionMagic || !c.get(&option) || !c.get(&length)
            || length > kMaxOptionLength) {
            return; // not speaking NBD, or absurd: hang up
        }
        QByteArray data(static_cast<qsizetype>(length), '\0');
        if (!c.read(data.data(), length)) {
            return;
        }
        switch (option) {
        case kOptExportName: {
            io = open(QString::fromUtf8(data), &info);
            if (!io) {
                return; // the old-style option has no error reply: the protocol says to disconnect
            }
            put<quint64>(c.out, static_cast<quint64>(io->size()));
            put<quint16>(c.out, transmissionFlags());
            if (!noZeroes) {
                c.out.insert(c.out.end(), 124, '\0');
            }
            break;
        }
        case kOptAbort:
            c.optionReply(option, kRepAck);
            c.flush();
            return;
        case kOptList: {
            if (length != 0) {
                c.optionReply(option, kRepErrInvalid, "NBD_OPT_LIST takes no data");
                break;
            }
            for (const NbdExport& e : exports()) {
                QByteArray entry;
                const QByteArray name = e.name.toUtf8();
                char size[4];
                qToBigEndian(static_cast<quint32>(name.size()), size);
                entry.append(size, 4).append(name).append(e.description.toUtf8());
                c.optionReply(option, kRepServer, entry);
            }
            c.optionReply(option, kRepAck);
            break;
        }
        case kOptInfo:
        case kOptGo: {
            // u32 name length, name, u16 number of information requests, u16 each.
            if (length < 6) {
                c.optionReply(option, kRepErrInvalid, "option too short");
                break;
            }
            const quint32 nameLength = qFromBigEndian<quint32>(data.constData());
            if (nameLength > length - 6) {
                c.optionReply(option, kRepErrInvalid, "name length beyond the option");
                break;
            }
            const QString name = QString::fromUtf8(data.constData() + 4, static_cast<qsizetype>(nameLength));
            const quint16 requests = qFromBigEndian<quint16>(data.constData() + 4 + nameLength);
            if (4 + nameLength + 2 + 2U * requests != length) {
                c.optionReply(option, kRepErrInvalid, "information request count does not match the length");
                break;
            }
            NbdExport candidate;
            auto candidateIo = open(name, &candidate);
            if (!candidateIo) {
                c.optionReply(option, kRepErrUnknown,
                    u"no export named \"%1\"; NBD_OPT_LIST shows the exports (<host>/lun<N>)"_s.arg(name).toUtf8());
                break;
            }
            std::swap(io, candidateIo);
            const quint16 flags = transmissionFlags();
            QByteArray exportInfo(12, '\0');
            qToBigEndian(kInfoExport, exportInfo.data());
            qToBigEndian(static_cast<quint64>(io->size()), exportInfo.data() + 2);
            qToBigEndian(flags, exportInfo.data() + 10);
            c.optionReply(option, kRepInfo, exportInfo);
            for (quint16 i = 0; i < requests; ++i) {
                const quint16 type = qFromBigEndian<quint16>(data.constData() + 4 + nameLength + 2 + 2 * i);
                QByteArray reply(2, '\0');
                qToBigEndian(type, reply.data());
                if (type == kInfoName) {
                    c.optionReply(option, kRepInfo, reply + candidate.name.toUtf8());
                } else if (type == kInfoDescription) {
                    c.optionReply(option, kRepInfo, reply + candidate.description.toUtf8());
                } else if (type == kInfoBlockSize) {
                    QByteArray sizes(12, '\0');
                    qToBigEndian<quint32>(1, sizes.data());
                    qToBigEndian<quint32>(4096, sizes.data() + 4);
                    qToBigEndian<quint32>(kMaxRequest, sizes.data() + 8);
                    c.optionReply(option, kRepInfo, reply + sizes);
                }
            }
            c.optionReply(option, kRepAck);
            if (option == kOptInfo) {
                io.reset(); // only information: go on negotiating
            } else {
                info = candidate;
            }
            break;
        }
        case kOptStartTls:
            c.optionReply(option, kRepErrPolicy, "TLS is not offered on this loopback server");
            break;
        default:
            c.optionReply(option, kRepErrUnsup, "option not supported");
            break;
        }
        if (!c.flush()) {
            return;
        }
    }
    {
        std::lock_guard lock(c.mutex);
        if (c.cut) {
            return; // made way for a newer connection just now
        }
        c.negotiating = false;
        c.exportName = info.name;
        c.logicalDriveId = info.logicalDriveId;
    }
    // Transmission: hosts may stay idle as long as they like, but must take their replies.
    c.hasDeadline = false;
    const timeval stall = toTimeval(c.limits.replyStallTimeout);
    ::setsockopt(c.fd, SOL_SOCKET, SO_SNDTIMEO, &stall, sizeof stall);
    Requests requests(c, *io, budget, [this, &info](const QString& operation, const IoStatus& st) {
        if (m_refused && (st.error == EPERM || st.error == EACCES || st.error == EIO || st.error == ENOSPC)) {
            m_refused(info, operation, st.error, st.reason);
        }
    });
    while (true) {
        if (c.buffered() < 28) {
            requests.sendNow(); // answer what is done before waiting for more
        }
        if (!c.fill(28)) {
            return;
        }
        Request r;
        quint32 magic = 0;
        c.get(&magic);
        c.get(&r.flags);
        c.get(&r.type);
        c.get(&r.handle);
        c.get(&r.offset);
        c.get(&r.length);
        if (magic != kRequestMagic) {
            return;
        }
        const auto size = static_cast<quint64>(io->size());
        const bool inRange = r.offset <= size && r.length <= size - r.offset;
        // Each request is admitted before anything is allocated for it: while this client holds too many bytes,
        // its next requests stay in the socket.
        bool ok = true;
        switch (r.type) {
        case kCmdRead:
            if (!inRange || r.length > kMaxRequest) {
                ok = requests.reply(r.handle, kEinval);
            } else if ((ok = requests.admit(r.cost = r.length))) {
                requests.submit(std::move(r));
            }
            break;
        case kCmdWrite:
            if (r.length > kMaxRequest) {
                return; // more than the advertised maximum: the payload cannot be trusted, hang up
            }
            if (!requests.admit(r.cost = r.length)) {
                return;
            }
            r.payload.resize(r.length);
            if (!c.read(r.payload.data(), r.length)) {
                requests.withdraw(r.cost);
                return;
            }
            if (!inRange) {
                requests.answer(r.handle, kEinval, r.cost);
            } else if ((r.flags & kCmdFlagFua) == 0) {
                requests.serveHere(r);
            } else {
                requests.submit(std::move(r)); // waits for the disk: beside the others
            }
            break;
        case kCmdFlush: {
            // Every write answered before the flush arrived is covered: wait for those still running, then sync.
            requests.drain();
            const IoStatus st = io->flush();
            ok = requests.reply(r.handle, st.ok() ? 0 : nbdError(st.error));
            break;
        }
        case kCmdTrim:
        case kCmdWriteZeroes:
            if (!inRange) {
                ok = requests.reply(r.handle, kEinval);
            } else if ((ok = requests.admit(0))) {
                requests.submit(std::move(r));
            }
            break;
        case kCmdDisc:
            requests.drain(); // answer what is running, then hang up
            return;
        default:
            ok = requests.reply(r.handle, kEinval);
            break;
        }
        if (!ok || !requests.connected()) {
            return;
        }
    }
}

} // namespace Copyline
