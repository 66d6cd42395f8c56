// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotelink.h"

#include "mirror/replicationchannel.h"
#include "storage/volumeio.h"

#include <sys/prctl.h>

#include <thread>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

/**
 * Makes the calling thread's timers wake at their deadline. Linux lets a thread's sleep end up to its timer slack
 * late (50 us by default) to batch wake-ups; a Metro Mirroring write sleeps out the link's round trip on the host's
 * own thread, so that slack was added to every write (issue 19's goal is RTT + 10 %; at 1 ms RTT the slack alone is
 * 5 %). Set once per thread that ever waits for the link; it only makes that thread's later sleeps more precise.
 */
void wakeOnTime()
{
    static thread_local const bool done = [] {
        ::prctl(PR_SET_TIMERSLACK, 1UL, 0UL, 0UL, 0UL);
        return true;
    }();
    (void)done;
}

} // namespace

RemoteLink::RemoteLink(const MirrorLink& config, QString nameA, QString nameB)
    : m_id(config.id)
    , m_subsystemA(config.subsystemA)
    , m_nameA(std::move(nameA))
    , m_nameB(std::move(nameB))
    , m_config(config)
    , m_epoch(Clock::now())
    , m_wireFree(Clock::now())
{ }

RemoteLink::~RemoteLink() = default;

void RemoteLink::setChannelFactory(ChannelFactory factory)
{
    std::lock_guard lock(m_mutex);
    m_channelFactory = std::move(factory);
    applyTransportLocked();
}

void RemoteLink::configure(const MirrorLink& config)
{
    std::lock_guard lock(m_mutex);
    m_config = config;
    applyTransportLocked();
}

void RemoteLink::applyTransportLocked()
{
    if (m_config.transport == LinkTransport::Tcp) {
        if (!m_channel && m_channelFactory) {
            m_channel = m_channelFactory(m_config);
        }
        // Both paths down is a cut wire: the connection goes with it, as a pulled cable takes the TCP session.
        if (m_channel && m_config.pathA == LinkPathState::Down && m_config.pathB == LinkPathState::Down) {
            m_channel->disconnect(u"the link's paths were taken down"_s);
        }
    } else {
        m_channel.reset();
    }
}

std::shared_ptr<VolumeIo> RemoteLink::target(const std::shared_ptr<VolumeIo>& partner) const
{
    if (!partner || ReplicationChannel::isRemote(partner->backend())) {
        // Nothing, or a drive whose bytes are on another engine already (a proxy's, issue 17): reached as it is.
        return partner;
    }
    std::shared_ptr<ReplicationChannel> channel;
    {
        std::lock_guard lock(m_mutex);
        if (m_config.transport != LinkTransport::Tcp) {
            return partner;
        }
        channel = m_channel;
    }
    if (!channel) {
        return nullptr; // a Tcp link with no channel reaches nothing: writes fail and are recorded
    }
    return channel->volume(partner->id(), partner->size());
}

std::shared_ptr<ReplicationChannel> RemoteLink::channel() const
{
    std::lock_guard lock(m_mutex);
    return m_channel;
}

MirrorLink RemoteLink::config() const
{
    std::lock_guard lock(m_mutex);
    return m_config;
}

bool RemoteLink::pathUpLocked(const QString& controller, Clock::time_point at) const
{
    const LinkPathState state = controller == u"B"_s ? m_config.pathB : m_config.pathA;
    if (m_channel && !m_channel->reachable()) {
        return false; // the remote engine did not answer the last attempt to connect
    }
    if (!m_channel && m_config.transport == LinkTransport::Tcp) {
        // A TCP link without a channel reaches nothing: the link to a proxy of an engine this one cannot call (a
        // primary's engine that registered itself by pushing its pairs here, issue 17).
        return false;
    }
    switch (state) {
    case LinkPathState::Up:
        return true;
    case LinkPathState::Down:
        return false;
    case LinkPathState::Flapping: {
        const auto period = std::max<qint64>(1, m_config.flapPeriodMillis);
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(at - m_epoch).count();
        return (ms / period) % 2 == 0;
    }
    }
    return false;
}

bool RemoteLink::pathUp(const QString& controller) const
{
    std::lock_guard lock(m_mutex);
    return pathUpLocked(controller, Clock::now());
}

QString RemoteLink::otherName(ObjectId fromSubsystem) const
{
    // The names never change after construction: no lock needed.
    return fromSubsystem == m_subsystemA ? m_nameB : m_nameA;
}

IoStatus RemoteLink::unreachable(const QString& controller, ObjectId fromSubsystem) const
{
    std::lock_guard lock(m_mutex);
    return unreachableLocked(controller, fromSubsystem);
}

IoStatus RemoteLink::unreachableLocked(const QString& controller, ObjectId fromSubsystem) const
{
    QString why = u"controller %1 cannot reach controller %1 of Storage Subsystem %2 over the remote mirror link"_s.arg(
        controller, otherName(fromSubsystem));
    // Over TCP the path may be up while the remote engine is not there: say so rather than "path down".
    if (const QString connect = m_channel ? m_channel->connectError() : QString(); !connect.isEmpty()) {
        why += u": "_s + connect;
    }
    return IoStatus::failure(EHOSTUNREACH, why);
}

IoStatus RemoteLink::send(const QString& controller, ObjectId fromSubsystem, qint64 bytes, bool paced)
{
    Clock::time_point done;
    {
        std::lock_guard lock(m_mutex);
        const auto now = Clock::now();
        if (!pathUpLocked(controller, now)) {
            return unreachableLocked(controller, fromSubsystem);
        }
        auto wire = std::chrono::nanoseconds(0);
        if (!paced && m_config.bandwidth > 0) {
            wire = std::chrono::nanoseconds(
                static_cast<qint64>(static_cast<double>(bytes) * 1e9 / static_cast<double>(m_config.bandwidth)));
        }
        const auto start = std::max(now, m_wireFree);
        m_wireFree = start + wire;
        done = m_wireFree + std::chrono::microseconds(m_config.roundTripMicros);
    }
    if (done > Clock::now()) {
        wakeOnTime();
        std::this_thread::sleep_until(done);
    }
    {
        std::lock_guard lock(m_mutex);
        // The acknowledgement travels back on the same path: a path that went down meanwhile loses it.
        if (!pathUpLocked(controller, Clock::now())) {
            return unreachableLocked(controller, fromSubsystem);
        }
    }
    m_bytesSent.fetch_add(static_cast<quint64>(bytes), std::memory_order_relaxed);
    return IoStatus::success();
}

std::optional<qint64> RemoteLink::probe(const QString& controller, ObjectId fromSubsystem)
{
    const auto start = Clock::now();
    if (!send(controller, fromSubsystem, 0).ok()) {
        return std::nullopt;
    }
    if (const auto wire = channel()) {
        // Over TCP the probe crosses the real wire too: the measured round trip is the real one plus the added one.
        if (!wire->ping()) {
            return std::nullopt;
        }
    }
    return std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start).count();
}

} // namespace Copyline
