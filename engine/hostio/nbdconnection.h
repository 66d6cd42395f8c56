// SPDX-License-Identifier: GPL-3.0-or-later
// What the NBD server's files share about a client connection: its socket with buffered reads under a deadline
// (NbdServer::Connection), the bytes that all connections' requests may hold (NbdServer::Budget), and the
// transmission phase that serves its requests (nbdrequests.cpp). Only the NBD server's files include it.
#pragma once

#include "hostio/nbdserver.h"
#include "storage/iostatus.h"

#include <QByteArray>
#include <QString>
#include <QtEndian>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <sys/time.h>

namespace Copyline
{

namespace Nbd
{

using Clock = std::chrono::steady_clock;

/** A socket timeout of @p ms; at least a millisecond, since 0 would mean "never". */
timeval toTimeval(std::chrono::milliseconds ms);

/**
 * The transmission phase of @p c once it opened @p io (nbdrequests.cpp): reads, admits and serves its requests until
 * the client disconnects, is cut off or stops taking its replies. @p refused hears of each request the volume did
 * not serve: its operation ("read", "write", ...) and status.
 */
void transmit(NbdServer::Connection& c,
    const std::shared_ptr<VolumeIo>& io,
    NbdServer::Budget& budget,
    std::function<void(const QString&, const IoStatus&)> refused);

} // namespace Nbd

/** Bytes that all connections' requests may hold together; a request waits for its share. */
class NbdServer::Budget
{
public:
    explicit Budget(size_t limit)
        : m_limit(limit)
    { }

    /** Takes @p n bytes if they fit now (anything fits while nothing is held, so no request waits forever). */
    bool tryAcquire(size_t n);
    /** Waits for @p n bytes; false if @p abandoned turns true first (polled: a cut connection cannot signal). */
    bool acquire(size_t n, const std::function<bool()>& abandoned);
    void release(size_t n);
    size_t used() const;

private:
    bool takeLocked(size_t n);

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
    Nbd::Clock::time_point acceptedAt = Nbd::Clock::now();
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
    Nbd::Clock::time_point deadline;

    /** Shuts the socket down from another thread; the connection's own thread then ends. */
    void cutOff();
    /** Before a blocking receive: false if the deadline passes first. */
    bool waitReadable();

    std::vector<char> in = std::vector<char>(256 * 1024);
    size_t inStart = 0;
    size_t inEnd = 0;
    std::vector<char> out;

    size_t buffered() const { return inEnd - inStart; }

    /** Makes at least @p n bytes available in the input buffer (n ≤ its size). */
    bool fill(size_t n);
    /** Reads exactly @p n bytes into @p dst, through the buffer or straight from the socket for large payloads. */
    bool read(char* dst, size_t n);

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

    bool flush();
    void optionReply(quint32 option, quint32 type, const QByteArray& data = {});
    void simpleReply(quint64 handle, quint32 error);
};

} // namespace Copyline
