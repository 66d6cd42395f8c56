// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/configuration.h"
#include "storage/iostatus.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace Copyline
{

class ReplicationChannel;
class VolumeIo;

/**
 * [SIM] The live side of a MirrorLink: what a remote write experiences on the wire. A remote write on the path
 * of controller X waits the link's round trip plus its bytes' time at the link's bandwidth (writes share the
 * wire, so concurrent ones queue behind each other), and fails when the path is down as it starts or as it
 * ends. Thread-safe; the parameters change at run time (fault injection).
 *
 * The link's transport (issue 17): InProcess, the partner's drive is written directly (both subsystems live in this
 * engine); Tcp, every transfer goes as frames over a replication channel (replicationchannel.h) to a replication
 * server, and the simulated latency and bandwidth above are added on top of the real wire's. The pairs on the link
 * keep pointing at the partner's drive; target() turns it into the drive reached over the channel, so switching the
 * transport applies to the next transfer without touching the pairs.
 */
class RemoteLink final
{
public:
    using Clock = std::chrono::steady_clock;

    RemoteLink(const MirrorLink& config, QString nameA, QString nameB);
    ~RemoteLink();

    /** Makes the channel of a Tcp link (set by the mirror service; nothing: a Tcp link carries nothing). */
    using ChannelFactory = std::function<std::shared_ptr<ReplicationChannel>(const MirrorLink&)>;
    void setChannelFactory(ChannelFactory factory);

    void configure(const MirrorLink& config);
    MirrorLink config() const;
    ObjectId id() const { return m_id; }

    /** Whether the path of @p controller ("A" or "B") carries frames right now (a flapping path alternates). */
    bool pathUp(const QString& controller) const;

    /**
     * A remote write or a synchronization transfer of @p bytes from @p fromSubsystem: waits until the wire had
     * time to carry them and the acknowledgement came back. @p paced: the caller already keeps to the bandwidth
     * (the copy scheduler does for synchronization), so only the round trip is waited.
     */
    IoStatus send(const QString& controller, ObjectId fromSubsystem, qint64 bytes, bool paced = false);

    /** One probe of the Communication Test: the measured round trip in microseconds, or nothing (path down). */
    std::optional<qint64> probe(const QString& controller, ObjectId fromSubsystem);

    /** Bytes carried so far (for rates and tests). */
    quint64 bytesSent() const { return m_bytesSent.load(); }

    /** The error of a remote write on a path that is down; over TCP, with why the remote engine cannot be reached. */
    IoStatus unreachable(const QString& controller, ObjectId fromSubsystem) const;

    /** Where transfers to @p partner go: the partner itself in process, its stand-in on the channel over TCP. */
    std::shared_ptr<VolumeIo> target(const std::shared_ptr<VolumeIo>& partner) const;
    /** The TCP channel, or nothing for an in-process link. */
    std::shared_ptr<ReplicationChannel> channel() const;

private:
    IoStatus unreachableLocked(const QString& controller, ObjectId fromSubsystem) const;
    bool pathUpLocked(const QString& controller, Clock::time_point at) const;
    void applyTransportLocked();
    QString otherName(ObjectId fromSubsystem) const;

    const ObjectId m_id;
    const ObjectId m_subsystemA;
    const QString m_nameA;
    const QString m_nameB;
    mutable std::mutex m_mutex;
    MirrorLink m_config;
    Clock::time_point m_epoch;
    Clock::time_point m_wireFree; /**< when the wire finishes carrying what was queued on it */
    std::atomic<quint64> m_bytesSent {0};
    ChannelFactory m_channelFactory;               // guarded by m_mutex
    std::shared_ptr<ReplicationChannel> m_channel; // guarded by m_mutex
    LinkTransport m_channelTransport = LinkTransport::InProcess;
};

} // namespace Copyline
