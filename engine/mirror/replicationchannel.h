// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mirror/wireprotocol.h"
#include "storage/configuration.h"
#include "storage/iostatus.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <thread>
#include <utility>

namespace Copyline
{

class VolumeBackend;
class VolumeIo;

/**
 * The sending end of a mirror link over TCP (issue 17): one connection to a replication server
 * (replicationserver.h), shared by every pair on the link. Any number of threads send requests at once; each
 * waits for its own reply (pipelined: a reader thread matches replies to requests by sequence). Requests leave in
 * the order their senders took the send lock, and the server applies them in that order, so overlapping writes —
 * which the mirror endpoint serialises — reach the secondary in the primary's order.
 *
 * A broken connection fails every request waiting on it (the pairs fall to tracking and record the grains, so
 * nothing acknowledged is lost) and is made again by the next request, at most once per retry interval, so a dead
 * peer costs a failed write its connect attempt, not each write a timeout.
 */
class ReplicationChannel final : public std::enable_shared_from_this<ReplicationChannel>
{
public:
    using Clock = std::chrono::steady_clock;

    ReplicationChannel(QString address, quint16 port, QByteArray key);
    ~ReplicationChannel();
    ReplicationChannel(const ReplicationChannel&) = delete;
    ReplicationChannel& operator=(const ReplicationChannel&) = delete;

    QString address() const { return m_address; }
    quint16 port() const { return m_port; }

    IoStatus write(ObjectId volume, qint64 offset, std::span<const char> data);
    IoStatus discard(ObjectId volume, qint64 offset, qint64 length);
    IoStatus flush(ObjectId volume);
    IoStatus read(ObjectId volume, qint64 offset, std::span<char> buffer);
    IoStatus extents(ObjectId volume, qint64 offset, qint64 length, QList<Extent>* out);
    IoStatus size(ObjectId volume, qint64* size);
    /**
     * The digest (Wire::grainDigest) of each @p grainSize grain of the peer's drive from @p offset for @p length
     * bytes (at most Wire::kMaxDigestBytes), read and summed by the peer: the bytes stay on its side.
     */
    IoStatus digests(
        ObjectId volume, qint64 offset, qint64 length, qint64 grainSize, std::vector<Wire::GrainDigest>* out);
    /**
     * A Control request to the peer engine (@p request and @p answer are JSON objects, wireprotocol.h); the peer's
     * refusal comes back as the failure, with its reason, and sets @p refused (the peer answered: it was reached).
     */
    IoStatus control(const QByteArray& request, QByteArray* answer, bool* refused = nullptr);
    /** One round trip on the wire (the Communication Test), in microseconds; nothing when it failed. */
    std::optional<qint64> ping(IoStatus* status = nullptr);

    /** Whether the connection is up, or may be tried again (no failed attempt within the retry interval). */
    bool reachable() const;
    bool connected() const;
    /** Why the last attempt to connect failed, while the channel is not connected; empty otherwise. */
    QString connectError() const;
    /** Cuts the connection (a link taken down); the next request connects again. */
    void disconnect(const QString& why);
    /** Bytes of payload sent so far. */
    quint64 bytesSent() const { return m_bytesSent.load(); }
    /** Bytes of reply payload received so far (reads, digests, extent lists, refusals' reasons). */
    quint64 bytesReceived() const { return m_bytesReceived.load(); }
    /** Connections made so far (the first and every reconnection). */
    int connects() const { return m_connects.load(); }

    /** The bytes of the peer's drive @p id as a backend, for a VolumeIo of this engine (a proxy's drive). */
    std::shared_ptr<VolumeBackend> backend(ObjectId id, qint64 size);
    /** Whether @p backend is one of a channel's (its bytes are on another engine). */
    static bool isRemote(const std::shared_ptr<VolumeBackend>& backend);
    /** The channel of such a backend and the drive's id on the peer; nothing and 0 for any other backend. */
    static std::pair<std::shared_ptr<ReplicationChannel>, ObjectId> reach(
        const std::shared_ptr<VolumeBackend>& backend);
    /** A drive of the peer as a local VolumeIo whose bytes travel on this channel (cached per drive and size). */
    std::shared_ptr<VolumeIo> volume(ObjectId id, qint64 size);

    static constexpr auto kRetryInterval = std::chrono::milliseconds(500);
    static constexpr auto kReplyTimeout = std::chrono::seconds(30);

private:
    struct Call
    {
        bool done = false;
        IoStatus status;
        bool refused = false; /**< the status is the peer's answer (reply status), not a failure to reach it */
        quint64 length = 0;
        std::vector<char> payload;
        std::span<char> readInto; /**< a Read's destination: the reader thread copies the bytes there */
    };

    IoStatus call(Wire::Header request, std::span<const char> payload, Call* call);
    IoStatus connectLocked(); // m_connectMutex held
    void readerLoop(int fd, quint64 generation);
    void failAll(quint64 generation, const IoStatus& why);
    void closeConnection(quint64 generation, const QString& why);

    const QString m_address;
    const quint16 m_port;
    const QByteArray m_key;

    std::mutex m_connectMutex;  // connecting and closing
    std::mutex m_sendMutex;     // one frame at a time on the socket
    mutable std::mutex m_mutex; // the fields below
    std::condition_variable m_replied;
    int m_fd = -1;
    quint64 m_generation = 0;
    std::thread m_reader;
    QHash<quint64, Call*> m_pending;
    quint64 m_nextSequence = 1;
    std::optional<Clock::time_point> m_lastFailure;
    QString m_lastError;
    QHash<ObjectId, std::shared_ptr<VolumeIo>> m_volumes;
    std::atomic<quint64> m_bytesSent {0};
    std::atomic<quint64> m_bytesReceived {0};
    std::atomic<int> m_connects {0};
};

} // namespace Copyline
