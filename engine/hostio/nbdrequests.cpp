// SPDX-License-Identifier: GPL-3.0-or-later
// The transmission phase of an NBD connection (nbdconnection.h): each request is read, admitted against the client's
// and the server's byte limits, served by the connection's thread or one of its few workers, and answered in the
// order the requests finish.
#include "hostio/nbdconnection.h"
#include "hostio/nbdprotocol.h"
#include "storage/volumeio.h"

#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <deque>
#include <functional>
#include <sys/socket.h>
#include <sys/uio.h>
#include <utility>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

using namespace Nbd;

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

void Nbd::transmit(NbdServer::Connection& c,
    const std::shared_ptr<VolumeIo>& io,
    NbdServer::Budget& budget,
    std::function<void(const QString&, const IoStatus&)> refused)
{
    Requests requests(c, *io, budget, std::move(refused));
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
            if (!inRange || r.length > NbdServer::kMaxRequest) {
                ok = requests.reply(r.handle, kEinval);
            } else if ((ok = requests.admit(r.cost = r.length))) {
                requests.submit(std::move(r));
            }
            break;
        case kCmdWrite:
            if (r.length > NbdServer::kMaxRequest) {
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
