// SPDX-License-Identifier: GPL-3.0-or-later
#include "mirrorendpoint.h"

#include "mirror/consistencygroup.h"
#include "mirror/replicationchannel.h"
#include "mirror/wireprotocol.h"

#include <QHash>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <deque>
#include <future>
#include <system_error>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

/**
 * What beforeWrite decided for a write, kept until its afterWrite on the same thread. A thread has at most one
 * write per endpoint between the two hooks, but may nest writes to other drives (a shipment writes the partner).
 */
struct MirrorEndpoint::InFlight
{
    const MirrorEndpoint* endpoint = nullptr;
    Mode mode = Mode::Track;
    bool shipped = false; /**< a critical primary's write went to the secondary before the local write */
    std::unique_ptr<RangeLock::Guard> range;
};

namespace
{
thread_local std::vector<std::unique_ptr<MirrorEndpoint::InFlight>> t_inFlight;

constexpr qint64 kMaxShipGrains = 64;
constexpr qint64 kMaxHoleGrains = 16384;
/** A synchronization shipment's data goes in pieces of 1 MiB, up to kShipDepth of them on their way at once. */
constexpr qint64 kShipPiece = 1 << 20;
constexpr std::size_t kShipDepth = 3;
} // namespace

MirrorEndpoint::MirrorEndpoint(ObjectId driveId,
    ObjectId subsystemId,
    std::shared_ptr<VolumeIo> local,
    std::unique_ptr<OutOfSyncMap> map,
    qint64 grainSize)
    : m_driveId(driveId)
    , m_subsystemId(subsystemId)
    , m_traffic(local ? local->traffic() : std::make_shared<TrafficCounters>())
    , m_local(std::move(local))
    , m_map(std::move(map))
    , m_grainSize(grainSize)
{ }

qint64 MirrorEndpoint::outOfSyncBytes() const
{
    const auto io = m_local.lock();
    const qint64 size = io ? io->size() : m_map->grains() * m_grainSize;
    // The last grain may be partial: count it by what the drive really holds.
    const qint64 bits = m_map->bits().count();
    const bool lastSet = m_map->grains() > 0 && m_map->bits().test(m_map->grains() - 1);
    return std::min(bits * m_grainSize - (lastSet ? m_map->grains() * m_grainSize - size : 0), size);
}

qint64 MirrorEndpoint::lastGrain(qint64 offset, qint64 length) const
{
    return std::min((offset + std::max<qint64>(length, 1) - 1) / m_grainSize, grains() - 1);
}

void MirrorEndpoint::setPrimary(bool primary)
{
    std::unique_lock gate(m_gate);
    m_primary.store(primary);
}

void MirrorEndpoint::setMode(Mode mode)
{
    std::unique_lock gate(m_gate);
    noteMode(m_mode.exchange(mode), mode);
}

qint64 MirrorEndpoint::steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void MirrorEndpoint::noteMode(Mode from, Mode to)
{
    const bool wasCurrent = from == Mode::Ship || from == Mode::Journal;
    if (to == Mode::Ship || to == Mode::Journal) {
        m_pointMs.store(-1);
    } else if (to == Mode::Drain) {
        m_pointMs.store(-2);
    } else if (wasCurrent && to == Mode::Track) {
        std::shared_ptr<ConsistencyGroup> group;
        {
            std::lock_guard lock(m_mutex);
            group = m_group;
        }
        const qint64 now = steadyMs();
        m_pointMs.store(from == Mode::Journal && group ? group->recoveryPointMs(now) : now);
    }
}

qint64 MirrorEndpoint::recoveryPointAgeMs(qint64 nowMs) const
{
    switch (m_mode.load()) {
    case Mode::Ship:
        return 0;
    case Mode::Journal: {
        std::shared_ptr<ConsistencyGroup> group;
        {
            std::lock_guard lock(m_mutex);
            group = m_group;
        }
        return group ? std::max<qint64>(0, nowMs - group->recoveryPointMs(nowMs)) : 0;
    }
    case Mode::Drain:
        return -1;
    case Mode::Track:
        break;
    }
    const qint64 point = m_pointMs.load();
    return point >= 0 ? std::max<qint64>(0, nowMs - point) : -1;
}

void MirrorEndpoint::countShipped(qint64 bytes)
{
    if (bytes > 0) {
        m_bytesShipped.fetch_add(static_cast<quint64>(bytes), std::memory_order_relaxed);
        m_traffic->mirrorBytes.fetch_add(static_cast<quint64>(bytes), std::memory_order_relaxed);
    }
}

void MirrorEndpoint::setRoute(Route route)
{
    std::unique_lock gate(m_gate);
    std::lock_guard lock(m_mutex);
    m_route = std::move(route);
}

ObjectId MirrorEndpoint::routedTo() const
{
    std::lock_guard lock(m_mutex);
    return m_route.remote ? m_route.remote->id() : 0;
}

MirrorEndpoint::Route MirrorEndpoint::route() const
{
    Route r;
    {
        std::lock_guard lock(m_mutex);
        r = m_route;
    }
    if (r.link) {
        r.remote = r.link->target(r.remote); // over TCP: the partner as reached on the link's channel
    }
    return r;
}

void MirrorEndpoint::setGroup(std::shared_ptr<ConsistencyGroup> group)
{
    std::unique_lock gate(m_gate);
    std::lock_guard lock(m_mutex);
    m_group = std::move(group);
}

void MirrorEndpoint::setFailureListener(FailureListener listener)
{
    std::lock_guard lock(m_mutex);
    m_listener = std::move(listener);
}

void MirrorEndpoint::setWake(std::function<void()> wake)
{
    std::lock_guard lock(m_mutex);
    m_wake = std::move(wake);
}

bool MirrorEndpoint::fallToTrack(Mode from, const QString& reason)
{
    Mode expected = from;
    if (from == Mode::Track || !m_mode.compare_exchange_strong(expected, Mode::Track)) {
        return false;
    }
    noteMode(from, Mode::Track);
    FailureListener listener;
    {
        std::lock_guard lock(m_mutex);
        listener = m_listener;
    }
    if (listener) {
        listener(m_driveId, reason);
    }
    return true;
}

bool MirrorEndpoint::fail(const QString& reason)
{
    const Mode now = m_mode.load();
    return fallToTrack(now, reason);
}

void MirrorEndpoint::setWriteInhibit(Inhibit policy)
{
    std::unique_lock gate(m_gate);
    m_inhibit.store(policy);
}

void MirrorEndpoint::setInhibited(bool on)
{
    std::unique_lock gate(m_gate);
    m_inhibited.store(on);
}

void MirrorEndpoint::setFreezeFlag(std::shared_ptr<std::atomic<bool>> flag)
{
    std::unique_lock gate(m_gate);
    std::lock_guard lock(m_mutex);
    m_freeze = std::move(flag);
}

bool MirrorEndpoint::frozen() const
{
    std::lock_guard lock(m_mutex);
    return m_freeze && m_freeze->load();
}

void MirrorEndpoint::raiseFreeze()
{
    std::lock_guard lock(m_mutex);
    if (m_freeze) {
        m_freeze->store(true);
    }
}

IoStatus MirrorEndpoint::shipFirst(const WriteOp& op, InFlight& inFlight, qint64 first, qint64 last)
{
    const Route r = route();
    IoStatus st = frozen() ? IoStatus::failure(ECANCELED, u"the consistency group is frozen"_s) : ship(r, op);
    if (st.ok()) {
        inFlight.shipped = true;
        return st;
    }
    // The secondary may hold part of the write: the grains are out of sync whatever happens next.
    m_map->setRange(first, last);
    const bool wasFrozen = st.error == ECANCELED;
    raiseFreeze();
    const bool unreachable = !r.link || !r.link->pathUp(r.controller);
    const Inhibit policy = m_inhibit.load();
    if (!wasFrozen && (policy == Inhibit::Always || (policy == Inhibit::WhenUnreachable && unreachable))) {
        m_inhibited.store(true);
        fallToTrack(Mode::Ship, st.reason);
        return IoStatus::failure(EIO,
            u"write inhibited: the secondary cannot be updated (%1) and the pair is in critical mode"_s.arg(st.reason));
    }
    fallToTrack(Mode::Ship, st.reason);
    inFlight.mode = Mode::Track;
    return IoStatus::success();
}

void MirrorEndpoint::record(qint64 offset, qint64 length)
{
    m_map->setRange(firstGrain(offset), lastGrain(offset, length));
}

IoStatus MirrorEndpoint::beforeWrite(const WriteOp& op)
{
    if (!m_primary.load() || op.length <= 0) {
        return IoStatus::success();
    }
    m_gate.lock_shared();
    if (m_inhibited.load()) {
        m_gate.unlock_shared();
        return IoStatus::failure(
            EIO, u"write inhibited: the pair is suspended in critical mode; resynchronize or terminate it to write"_s);
    }
    if (op.offset + op.length > grains() * m_grainSize) {
        // Past the mirrored extent (the smaller drive of the pair, DS4000 DVE): the secondary has no room for it.
        m_gate.unlock_shared();
        return IoStatus::failure(ENOSPC,
            u"write beyond the mirrored pair's usable capacity; expand the secondary logical drive to use the "
            "added capacity"_s);
    }
    const qint64 first = firstGrain(op.offset);
    const qint64 last = lastGrain(op.offset, op.length);
    auto inFlight = std::make_unique<InFlight>();
    inFlight->endpoint = this;
    inFlight->mode = m_mode.load();
    if (inFlight->mode == Mode::Ship || inFlight->mode == Mode::Journal) {
        inFlight->range = std::make_unique<RangeLock::Guard>(m_ranges, first, last);
    }
    // Logged before the drive is written: after a crash the grain is known to be possibly out of sync.
    if (IoStatus st = m_map->admit(first, last); !st.ok()) {
        inFlight.reset();
        m_gate.unlock_shared();
        return st;
    }
    if (inFlight->mode == Mode::Ship && m_inhibit.load() != Inhibit::Never) {
        if (IoStatus st = shipFirst(op, *inFlight, first, last); !st.ok()) {
            m_map->settle(first, last);
            inFlight.reset();
            m_gate.unlock_shared();
            return st;
        }
    }
    t_inFlight.push_back(std::move(inFlight));
    return IoStatus::success();
}

void MirrorEndpoint::afterWrite(const WriteOp& op, const IoStatus& result)
{
    const auto it = std::find_if(t_inFlight.rbegin(), t_inFlight.rend(),
        [this](const std::unique_ptr<InFlight>& f) { return f->endpoint == this; });
    if (it == t_inFlight.rend()) {
        return; // beforeWrite did not admit it (a secondary, or an empty write)
    }
    std::unique_ptr<InFlight> inFlight = std::move(*it);
    t_inFlight.erase(std::next(it).base());

    const qint64 first = firstGrain(op.offset);
    const qint64 last = lastGrain(op.offset, op.length);
    bool settled = false;
    if (!result.ok()) {
        // The drive may hold part of the write: the grains may differ now.
        record(op.offset, op.length);
    } else if (inFlight->shipped) {
        // A critical primary's write: the secondary has it already.
    } else if (inFlight->mode == Mode::Ship && m_mode.load() == Mode::Ship) {
        const Route r = route();
        if (frozen()) {
            record(op.offset, op.length);
            fallToTrack(Mode::Ship, u"the consistency group is frozen"_s);
        } else if (IoStatus st = ship(r, op); !st.ok()) {
            record(op.offset, op.length);
            raiseFreeze(); // before this write completes: no dependent write reaches another secondary
            fallToTrack(Mode::Ship, st.reason);
        }
    } else if (inFlight->mode == Mode::Journal && m_mode.load() == Mode::Journal) {
        std::shared_ptr<ConsistencyGroup> group;
        {
            std::lock_guard lock(m_mutex);
            group = m_group;
        }
        // The entry keeps the grains admitted until it is applied (or dropped): they settle there.
        if (group && group->append(shared_from_this(), op)) {
            settled = true;
        } else {
            // A frozen group applies nothing more, so this write will not reach the secondary. Recording it is not
            // enough: the pair must not stay Synchronized with a write nobody ships (a group can freeze while no
            // member is journaling, e.g. when the failing member had just left it, and a member that finishes its
            // synchronization then journals into the frozen group). Failing the member makes the engine take the
            // group to Unsynchronized, which thaws it; the resynchronization then ships the recorded grains.
            record(op.offset, op.length);
            fallToTrack(Mode::Journal, u"the write consistency group stopped applying writes to the secondaries"_s);
        }
    } else {
        record(op.offset, op.length);
        if (m_mode.load() == Mode::Drain) {
            std::function<void()> wake;
            {
                std::lock_guard lock(m_mutex);
                wake = m_wake;
            }
            if (wake) {
                wake(); // the Global Copy shipper sends the grain behind the host
            }
        }
    }
    if (!settled) {
        m_map->settle(first, last);
    }
    inFlight.reset(); // releases the range: the next overlapping write ships after this one
    m_gate.unlock_shared();
}

bool MirrorEndpoint::inertFor(IoOrigin origin) const
{
    Q_UNUSED(origin);
    return !m_primary.load();
}

IoStatus MirrorEndpoint::beforeFlush()
{
    if (!m_primary.load()) {
        return IoStatus::success();
    }
    // The out-of-sync marks must be on stable storage before the writes they cover are.
    if (IoStatus st = m_map->sync(); !st.ok()) {
        return st;
    }
    if (m_mode.load() == Mode::Ship) {
        // A synchronous mirror's acknowledged writes are as durable on the secondary as on the primary.
        const Route r = route();
        if (r.remote) {
            if (IoStatus st = r.remote->flush(IoOrigin::Replication); !st.ok()) {
                fallToTrack(Mode::Ship, u"the secondary logical drive cannot flush: %1"_s.arg(st.reason));
            }
        }
    }
    return IoStatus::success();
}

IoStatus MirrorEndpoint::ship(const Route& route, const WriteOp& op)
{
    if (!route.remote || !route.link) {
        return IoStatus::failure(ENOTCONN, u"the secondary logical drive is not reachable"_s);
    }
    // A larger drive mirrors into a smaller partner only up to the partner's size (the pair's usable capacity).
    const qint64 length = std::min(op.length, route.remote->size() - op.offset);
    if (length <= 0) {
        return IoStatus::success();
    }
    if (IoStatus st = route.link->send(route.controller, m_subsystemId, op.discard ? 0 : length); !st.ok()) {
        return st;
    }
    IoStatus st = op.discard
        ? route.remote->discard(op.offset, length, IoOrigin::Replication)
        : route.remote->write(op.offset, op.data.first(static_cast<std::size_t>(length)), IoOrigin::Replication);
    if (!st.ok()) {
        return IoStatus::failure(st.error, u"the secondary logical drive failed the remote write: %1"_s.arg(st.reason));
    }
    countShipped(op.discard ? 0 : length);
    return IoStatus::success();
}

qint64 MirrorEndpoint::shipRecorded(qint64* cursor, qint64 maxGrains, bool paced, IoStatus* status)
{
    std::lock_guard shipLock(m_shipMutex);
    *status = IoStatus::success();
    if (frozen()) {
        *status = IoStatus::failure(ECANCELED, u"the consistency group is frozen"_s);
        fail(status->reason);
        return 0;
    }
    GrainBitmap& bits = m_map->bits();
    const qint64 first = bits.findNext(*cursor, true);
    if (first >= grains()) {
        *cursor = grains();
        return 0;
    }
    const qint64 runEnd = std::min(bits.findNext(first, false), grains());
    qint64 stop = std::min(first + std::clamp<qint64>(maxGrains, 1, kMaxShipGrains), runEnd);
    const Route r = route();
    const auto local = m_local.lock();
    if (!r.remote || !r.link || !local) {
        *status = IoStatus::failure(ENOTCONN, u"the secondary logical drive is not reachable"_s);
        return 0;
    }
    // Sparse-aware: a run of recorded grains that holds no data on the primary goes in one step, however long
    // (up to 1 GiB of grains), as one discard — a full synchronization of a mostly empty drive costs nothing.
    {
        const qint64 span = std::min(runEnd, first + kMaxHoleGrains);
        const QList<Extent> data = local->dataExtents(first * m_grainSize, span * m_grainSize - first * m_grainSize);
        if (data.isEmpty()) {
            stop = span;
        } else if (data.first().offset >= (first + 1) * m_grainSize) {
            stop = std::min(span, data.first().offset / m_grainSize);
        }
    }
    RangeLock::Guard range(m_ranges, first, stop - 1);
    if (IoStatus st = m_map->admit(first, stop - 1); !st.ok()) {
        *status = st;
        return 0;
    }
    for (qint64 g = first; g < stop; ++g) {
        bits.clear(g); // before the read: a write landing after it records the grain again
    }
    const qint64 begin = first * m_grainSize;
    const qint64 end = std::min({stop * m_grainSize, local->size(), r.remote->size()});
    IoStatus st;
    qint64 sent = 0;
    // Holes of the primary travel as discards: a full synchronization of a sparse drive moves only its data.
    qint64 at = begin;
    const QList<Extent> extents = end > begin ? local->dataExtents(begin, end - begin) : QList<Extent> {};
    auto shipHole = [&](qint64 from, qint64 to) {
        if (!st.ok() || to <= from) {
            return;
        }
        if (r.remote->dataExtents(from, to - from).isEmpty()) {
            // Nothing to clear on the secondary either: only the path must be there.
            if (!r.link->pathUp(r.controller)) {
                st = r.link->unreachable(r.controller, m_subsystemId);
            }
            return;
        }
        st = r.link->send(r.controller, m_subsystemId, 0, paced);
        if (st.ok()) {
            st = r.remote->discard(from, to - from, IoOrigin::Replication);
        }
    };
    // The data: in the kernel when the partner allows it (an in-process link to a drive none of whose write hooks
    // would act on the write: VolumeIo::copyFrom), else read here and written there in pieces, up to kShipDepth of
    // them on their way at once, each waiting for the partner's acknowledgement on a thread of its own, so reading
    // the primary, the wire and the secondary's writes overlap. Every piece is acknowledged before the grains
    // settle, whatever happens to the others.
    bool kernelCopy = true;
    std::deque<std::future<IoStatus>> writing;
    std::size_t piece = 0;
    auto collect = [&](std::size_t keep) {
        while (writing.size() > keep) {
            const IoStatus w = writing.front().get();
            writing.pop_front();
            if (st.ok() && !w.ok()) {
                st = w;
            }
        }
    };
    m_shipBuffer.resize(static_cast<std::size_t>(kShipPiece) * kShipDepth);
    for (const Extent& e : extents) {
        const qint64 from = std::max(e.offset, begin);
        const qint64 to = std::min(e.end(), end);
        shipHole(at, from);
        if (st.ok() && to > from) {
            st = r.link->send(r.controller, m_subsystemId, to - from, paced);
        }
        if (!st.ok() || to <= from) {
            at = std::max(at, to);
            continue;
        }
        if (kernelCopy) {
            if (const auto shortcut = r.remote->copyFrom(*local, from, to - from)) {
                st = *shortcut;
                sent += to - from;
                at = to;
                continue;
            }
            kernelCopy = false; // no shortcut to this partner now: through the hooks for the rest of the step
        }
        for (qint64 p = from; p < to && st.ok(); p += kShipPiece) {
            collect(kShipDepth - 1); // the oldest piece's buffer is free again
            if (!st.ok()) {
                break;
            }
            const qint64 n = std::min(kShipPiece, to - p);
            const std::span<char> buffer(
                m_shipBuffer.data() + (piece++ % kShipDepth) * kShipPiece, static_cast<std::size_t>(n));
            st = local->read(p, buffer, IoOrigin::Replication);
            if (st.ok()) {
                auto write = [remote = r.remote, p, buffer] { return remote->write(p, buffer, IoOrigin::Replication); };
                sent += n;
                if (p + n >= to) {
                    st = write(); // the extent's last piece (often its only one): on this thread, nothing to overlap
                    continue;
                }
                try {
                    writing.push_back(std::async(std::launch::async, write));
                } catch (const std::system_error&) {
                    st = write(); // no thread to be had: this piece on this thread
                }
            }
        }
        at = to;
    }
    collect(0);
    shipHole(at, end);
    if (!st.ok()) {
        m_map->setRange(first, stop - 1);
        m_map->settle(first, stop - 1);
        fail(st.reason);
        *status = st;
        return 0;
    }
    m_map->settle(first, stop - 1);
    countShipped(sent);
    *cursor = stop;
    return stop - first;
}

qint64 MirrorEndpoint::verify(qint64 first, qint64 maxGrains, bool repair, VerifyTally* tally, IoStatus* status)
{
    std::lock_guard verifyLock(m_verifyMutex);
    *status = IoStatus::success();
    if (first >= grains()) {
        return 0;
    }
    const qint64 stop = std::min(first + std::clamp<qint64>(maxGrains, 1, kMaxShipGrains), grains());
    const Route r = route();
    const auto local = m_local.lock();
    if (!r.remote || !r.link || !local) {
        *status = IoStatus::failure(ENOTCONN, u"the secondary logical drive is not reachable"_s);
        return 0;
    }
    if (!r.link->pathUp(r.controller)) {
        *status = r.link->unreachable(r.controller, m_subsystemId);
        return 0;
    }
    const qint64 begin = first * m_grainSize;
    const qint64 end = std::min({stop * m_grainSize, local->size(), r.remote->size()});
    const auto length = static_cast<std::size_t>(std::max<qint64>(end - begin, 0));
    // Over TCP the secondary reads and sums its own grains (CRC32C) while this side reads and sums the primary's, so
    // the bytes do not cross the wire: when they did, verification ran at 0.37x the disk's speed, bound by the wire.
    // In process the bytes of both sides are here anyway and are compared exactly.
    // Over a channel (a TCP link, or a proxy's drive on another engine), the partner sums its own grains: the
    // drive as the channel names it, which is not this engine's id for a proxy's drive.
    const auto [channel, wireId] = ReplicationChannel::reach(r.remote->backend());
    m_verifyLocal.resize(length);
    m_verifyRemote.resize(channel ? 0 : length);
    {
        // No Ship or Journal write on these grains is between its local write and its shipment while the range is
        // held, and no synchronization shipment either; writes of other modes are caught below.
        RangeLock::Guard range(m_ranges, first, stop - 1);
        IoStatus st;
        if (channel) {
            auto remote = std::async(std::launch::async, [&] {
                return channel->digests(wireId, begin, static_cast<qint64>(length), m_grainSize, &m_remoteDigests);
            });
            st = local->read(begin, m_verifyLocal, IoOrigin::Replication);
            m_localDigests.clear();
            Wire::appendGrainDigests(m_verifyLocal, m_grainSize, &m_localDigests);
            const IoStatus remoteStatus = remote.get();
            if (st.ok()) {
                st = remoteStatus;
            }
            if (st.ok() && m_remoteDigests.size() != m_localDigests.size()) {
                st = IoStatus::failure(EPROTO,
                    u"the remote engine summed %1 grains where %2 were asked"_s.arg(m_remoteDigests.size())
                        .arg(m_localDigests.size()));
            }
        } else {
            // In pieces of 1 MiB, the local and the remote drive in turn: reads of that size keep the kernel's
            // readahead streaming on both files, where 4 MiB of one and then 4 MiB of the other waited for each
            // readahead window in turn (measured cold: 0.29x the speed of cat of both files; the VolumeCopy
            // verification found the same).
            constexpr qint64 kPiece = 1 << 20;
            for (qint64 at = 0; at < static_cast<qint64>(length) && st.ok(); at += kPiece) {
                const auto n = static_cast<std::size_t>(std::min<qint64>(kPiece, static_cast<qint64>(length) - at));
                st = local->read(begin + at, std::span<char>(m_verifyLocal.data() + at, n), IoOrigin::Replication);
                if (st.ok()) {
                    st = r.remote->read(
                        begin + at, std::span<char>(m_verifyRemote.data() + at, n), IoOrigin::Replication);
                }
            }
        }
        if (!st.ok()) {
            *status = st;
            return 0;
        }
        tally->bytesRead += 2 * static_cast<qint64>(length);
        const GrainBitmap& bits = m_map->bits();
        for (qint64 g = first; g < stop; ++g) {
            // Looked at after the reads: a grain recorded or written meanwhile may have been read half-changed.
            if (bits.test(g)) {
                ++tally->outOfSync;
                continue;
            }
            if (!m_map->settled(g, g)) {
                ++tally->busy;
                continue;
            }
            const qint64 from = g * m_grainSize - begin;
            const qint64 size = std::min(m_grainSize, static_cast<qint64>(length) - from);
            if (size <= 0) {
                break;
            }
            ++tally->compared;
            const bool same = channel
                ? m_localDigests[static_cast<std::size_t>(g - first)]
                    == m_remoteDigests[static_cast<std::size_t>(g - first)]
                : std::memcmp(m_verifyLocal.data() + from, m_verifyRemote.data() + from, static_cast<size_t>(size))
                    == 0;
            if (same) {
                continue;
            }
            ++tally->differing;
            if (tally->examples.size() < 16) {
                tally->examples.append(g);
            }
            if (repair) {
                m_map->setRange(g, g);
            }
        }
    }
    if (repair && tally->differing > 0) {
        if (IoStatus st = m_map->persist(); !st.ok()) {
            *status = st;
            return 0;
        }
    }
    return stop - first;
}

MirrorEndpoint::Finish MirrorEndpoint::finishSync(Mode expected, Mode to, const std::function<bool()>& ready)
{
    std::unique_lock gate(m_gate);
    if (m_mode.load() != expected) {
        return Finish::Failed;
    }
    if (m_map->bits().count() != 0 || (ready && !ready())) {
        return Finish::NotYet;
    }
    noteMode(m_mode.exchange(to), to);
    return Finish::Done;
}

IoStatus MirrorEndpoint::applyJournal(qint64 offset, std::span<const char> data, qint64 length, bool discard)
{
    const Route r = route();
    IoStatus st = r.remote ? IoStatus::success()
                           : IoStatus::failure(ENOTCONN, u"the secondary logical drive is not reachable"_s);
    if (st.ok()) {
        st = discard ? r.remote->discard(offset, length, IoOrigin::Replication)
                     : r.remote->write(offset, data, IoOrigin::Replication);
    }
    if (st.ok()) {
        countShipped(discard ? 0 : length);
        m_map->settle(firstGrain(offset), lastGrain(offset, length));
    } else {
        dropJournal(offset, length);
    }
    return st;
}

void MirrorEndpoint::dropJournal(qint64 offset, qint64 length)
{
    record(offset, length);
    m_map->settle(firstGrain(offset), lastGrain(offset, length));
}

} // namespace Copyline
