// SPDX-License-Identifier: GPL-3.0-or-later
// PointInTimeCopy (pointintime.h), its grains: copy-before-write on the source, the target's reads and writes,
// background copy, the repository's slots and warning threshold, and what a grain that cannot be preserved does to
// the copy or to the source's write. The copy map that makes this durable is in pointintimemap.cpp.
#include "pointintime.h"

#include "copy/pointintimeinternal.h"
#include "util/bytesize.h"

#include <algorithm>
#include <cstring>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

using namespace PitInternal;

/** What hosts see of the target: reads resolved grain by grain, writes that make grains the target's own. */
class PointInTimeCopy::TargetBackend final : public VolumeBackend
{
public:
    explicit TargetBackend(std::shared_ptr<PointInTimeCopy> pit)
        : m_pit(std::move(pit))
    { }
    qint64 size() const override { return m_pit->m_config.imageSize; }
    IoStatus read(qint64 offset, std::span<char> buffer) override { return m_pit->readImage(offset, buffer); }
    IoStatus write(qint64 offset, std::span<const char> data) override { return m_pit->writeImage(offset, data); }
    IoStatus discard(qint64 offset, qint64 length) override
    {
        // A discarded range of the target reads as zeros from then on: written as zeros, grain by grain.
        const std::vector<char> zeros(static_cast<size_t>(std::min(length, kChunk)), 0);
        for (qint64 done = 0; done < length;) {
            const qint64 n = std::min<qint64>(length - done, static_cast<qint64>(zeros.size()));
            if (IoStatus st = m_pit->writeImage(offset + done, bytes(zeros, n)); !st.ok()) {
                return st;
            }
            done += n;
        }
        return IoStatus::success();
    }
    IoStatus flush() override { return m_pit->flush(); }
    QList<Extent> dataExtents(qint64 offset, qint64 length) const override
    {
        // The image holds data where the source does, plus every grain the target holds itself.
        QList<Extent> merged = m_pit->m_source->dataExtents(offset, length);
        const qint64 g = m_pit->m_config.grainSize;
        const qint64 end = offset + length;
        for (qint64 grain = m_pit->m_copied.findNext(offset / g, true); grain * g < end;) {
            const qint64 stop = m_pit->m_copied.findNext(grain, false);
            merged.append({std::max(offset, grain * g), std::min(end, stop * g) - std::max(offset, grain * g)});
            grain = m_pit->m_copied.findNext(stop, true);
        }
        std::sort(merged.begin(), merged.end(), [](const Extent& a, const Extent& b) { return a.offset < b.offset; });
        QList<Extent> out;
        for (const Extent& e : std::as_const(merged)) {
            if (!out.isEmpty() && e.offset <= out.last().end()) {
                out.last().length = std::max(out.last().end(), e.end()) - out.last().offset;
            } else {
                out.append(e);
            }
        }
        return out;
    }

private:
    std::shared_ptr<PointInTimeCopy> m_pit;
};

QString PointInTimeCopy::stateReason() const
{
    std::lock_guard lock(m_mutex);
    return m_reason;
}

void PointInTimeCopy::setState(PitState state, const QString& reason)
{
    {
        std::lock_guard lock(m_mutex);
        m_reason = reason;
    }
    m_state = state;
}

void PointInTimeCopy::setListener(Listener listener)
{
    std::lock_guard lock(m_mutex);
    m_listener = std::move(listener);
}

qint64 PointInTimeCopy::grainBytes(qint64 grain) const
{
    return std::min(m_config.grainSize, m_config.imageSize - grain * m_config.grainSize);
}

qint64 PointInTimeCopy::storeOffset(qint64 grain) const
{
    if (m_config.store == PitStore::FullVolume) {
        return grain * m_config.grainSize;
    }
    const quint32 slot = m_slots[static_cast<size_t>(grain)].load(std::memory_order_acquire);
    return roundUp(m_config.repositoryReserved, m_config.grainSize)
        + (static_cast<qint64>(slot) - 1) * m_config.grainSize;
}

qint64 PointInTimeCopy::repositoryUsed() const
{
    if (m_config.store != PitStore::Repository) {
        return 0;
    }
    return m_config.repositoryReserved + m_slotsUsed.load() * m_config.grainSize;
}

void PointInTimeCopy::setRepositoryCapacity(qint64 bytes)
{
    m_repositoryCapacity = bytes;
    m_refusing = false;
    // Usage below the threshold again (more room): the next crossing warns again.
    if (m_threshold.load() > 0 && repositoryUsed() * 100 < static_cast<qint64>(m_threshold.load()) * bytes) {
        m_thresholdExceeded = false;
    }
    checkThreshold();
}

void PointInTimeCopy::setWarningThreshold(int percent)
{
    m_threshold = percent;
    m_thresholdExceeded = false;
    checkThreshold();
}

void PointInTimeCopy::setFullPolicy(FullPolicy policy)
{
    m_fullPolicy = static_cast<int>(policy);
    m_refusing = false;
}

void PointInTimeCopy::checkThreshold()
{
    const int threshold = m_threshold.load();
    if (m_config.store != PitStore::Repository || threshold <= 0) {
        return;
    }
    const qint64 capacity = m_repositoryCapacity.load();
    if (capacity > 0 && repositoryUsed() * 100 >= static_cast<qint64>(threshold) * capacity
        && !m_thresholdExceeded.exchange(true)) {
        std::function<void()> notify;
        {
            std::lock_guard lock(m_mutex);
            notify = m_listener.thresholdExceeded;
        }
        if (notify) {
            notify();
        }
    }
}

IoStatus PointInTimeCopy::allocateRun(qint64 first, qint64 stop)
{
    if (m_config.store == PitStore::FullVolume) {
        return IoStatus::success();
    }
    {
        std::lock_guard lock(m_mutex);
        qint64 needed = 0;
        for (qint64 grain = first; grain < stop; ++grain) {
            needed += m_slots[static_cast<size_t>(grain)].load() == 0 ? 1 : 0;
        }
        const qint64 dataStart = roundUp(m_config.repositoryReserved, m_config.grainSize);
        if (dataStart + (m_slotsUsed.load() + needed) * m_config.grainSize > m_repositoryCapacity.load()) {
            return IoStatus::failure(kRepositoryFull, u"the repository is full"_s);
        }
        if (m_shared) {
            // Accounting only: the shared store gives the slots (preserveShared, writeSharedGrain), which give
            // the reservation back when they fail.
            m_slotsUsed += needed;
        }
        for (qint64 grain = first; grain < stop && !m_shared; ++grain) {
            if (m_slots[static_cast<size_t>(grain)].load() == 0) {
                const qint64 slot = m_slotsUsed.fetch_add(1);
                m_slots[static_cast<size_t>(grain)].store(static_cast<quint32>(slot + 1), std::memory_order_release);
            }
        }
    }
    checkThreshold();
    return IoStatus::success();
}

IoStatus PointInTimeCopy::preserveRun(qint64 first, qint64 stop, std::vector<char>& scratch)
{
    // One read, one write and one map record for a whole run of uncopied grains: a 1 MiB host write costs three
    // system calls per point-in-time copy, not three per grain.
    const qint64 g = m_config.grainSize;
    if (IoStatus st = allocateRun(first, stop); !st.ok()) {
        return st;
    }
    const qint64 from = first * g;
    const qint64 length = std::min(stop * g, m_config.imageSize) - from;
    scratch.resize(static_cast<size_t>(length));
    if (IoStatus st = m_source->read(from, std::span<char>(scratch.data(), scratch.size())); !st.ok()) {
        return st;
    }
    if (m_config.store == PitStore::Repository && !slotsContiguous(first, stop)) {
        for (qint64 grain = first; grain < stop; ++grain) {
            const qint64 at = (grain - first) * g;
            const std::span<const char> part(scratch.data() + at, static_cast<size_t>(grainBytes(grain)));
            if (IoStatus st = m_store->write(storeOffset(grain), part); !st.ok()) {
                return st;
            }
        }
    } else if (IoStatus st = m_store->write(storeOffset(first), bytes(scratch, length)); !st.ok()) {
        return st;
    }
    if (IoStatus st = recordRun(first, stop); !st.ok()) {
        return st;
    }
    for (qint64 grain = first; grain < stop; ++grain) {
        m_copied.set(grain);
    }
    countMoved(length);
    return IoStatus::success();
}

void PointInTimeCopy::countMoved(qint64 bytes)
{
    if (bytes <= 0) {
        return;
    }
    m_bytesMoved.fetch_add(static_cast<quint64>(bytes), std::memory_order_relaxed);
    if (TrafficCounters* traffic = m_traffic.load(std::memory_order_acquire)) {
        traffic->copyBytes.fetch_add(static_cast<quint64>(bytes), std::memory_order_relaxed);
    }
}

void PointInTimeCopy::countTrafficInto(std::shared_ptr<TrafficCounters> traffic)
{
    std::lock_guard lock(m_mutex);
    if (m_trafficOwner || !traffic) {
        return;
    }
    m_trafficOwner = std::move(traffic);
    m_traffic.store(m_trafficOwner.get(), std::memory_order_release);
}

bool PointInTimeCopy::slotsContiguous(qint64 first, qint64 stop) const
{
    const quint32 base = m_slots[static_cast<size_t>(first)].load();
    for (qint64 grain = first + 1; grain < stop; ++grain) {
        if (m_slots[static_cast<size_t>(grain)].load() != base + static_cast<quint32>(grain - first)) {
            return false;
        }
    }
    return true;
}

IoStatus PointInTimeCopy::storeFull(const QString& what)
{
    if (static_cast<FullPolicy>(m_fullPolicy.load()) == FullPolicy::FailSourceWrites) {
        refuseSourceWrites({});
        return IoStatus::failure(ENOSPC,
            u"the FlashCopy repository is full and its policy is to fail writes to "
            "the base logical drive; increase the repository capacity"_s);
    }
    return failCopy(u"the repository became full (%1)"_s.arg(what));
}

IoStatus PointInTimeCopy::preserveFailed(const IoStatus& cause)
{
    // The old data could not be kept (a full disk under the repository, an I/O error). The write that needed it
    // must not reach the source unless the copy is failed for good first: otherwise the target would show data
    // newer than its point in time, now or after a restart. The full policy says which of the two the user wants.
    if (static_cast<FullPolicy>(m_fullPolicy.load()) == FullPolicy::FailSourceWrites) {
        refuseSourceWrites(cause.reason);
        return IoStatus::failure(cause.error,
            u"the old data could not be preserved for the point-in-time copy (%1) and its policy is to fail writes "
            "to the base logical drive; the write was not done. Free space where the workspace is, then retry"_s.arg(
                cause.reason));
    }
    return failCopy(u"copy-before-write failed: %1"_s.arg(cause.reason));
}

void PointInTimeCopy::refuseSourceWrites(const QString& cause)
{
    if (m_refusing.exchange(true)) {
        return;
    }
    std::function<void(const QString&)> notify;
    {
        std::lock_guard lock(m_mutex);
        notify = m_listener.sourceWritesRefused;
    }
    if (notify) {
        notify(cause);
    }
}

IoStatus PointInTimeCopy::failCopy(const QString& reason)
{
    // Failed in memory at once (the target stops serving reads), then on disk before the caller may let the source
    // write go on. Only the first failure is recorded and told.
    bool first = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_state.load() != PitState::Failed) {
            m_reason = reason;
            m_state = PitState::Failed;
            m_failureDurable = false;
            first = true;
        }
    }
    const IoStatus recorded = recordFailure();
    if (first) {
        std::function<void(const QString&)> notify;
        {
            std::lock_guard lock(m_mutex);
            notify = m_listener.failed;
        }
        if (notify) {
            notify(reason);
        }
    }
    return recorded;
}

IoStatus PointInTimeCopy::beforeWrite(const WriteOp& op)
{
    const qint64 offset = op.offset;
    const qint64 length = op.length;
    const PitState state = m_state.load();
    if (length <= 0 || state == PitState::Disabled) {
        return IoStatus::success();
    }
    const qint64 g = m_config.grainSize;
    const qint64 first = offset / g;
    const qint64 last = std::min((offset + length - 1) / g, grains() - 1);
    if (first > last) {
        return IoStatus::success();
    }
    if (m_changed && state == PitState::Active) {
        // The change record (an in-controller pair's "changed since T0" tracks) names a grain before the write may
        // change it. Recorded after the write, a process killed between the two left a changed grain unrecorded,
        // and a differential copy skipped it: the target then showed no point in time at all.
        if (IoStatus st = recordChanged(first, last); !st.ok()) {
            return preserveFailed(st);
        }
    }
    if (m_copied.findNext(first, false) > last) {
        return IoStatus::success(); // every grain already preserved: no lock, no copy
    }
    if (state == PitState::Failed) {
        // A failure not yet on disk: the image on disk is still whole, and stays so until the failure is recorded.
        return recordFailure();
    }
    auto guard = m_locks.lock(first, last);
    std::vector<char> scratch;
    for (qint64 run = m_copied.findNext(first, false); run <= last;) {
        if (m_state.load() != PitState::Active) {
            break;
        }
        const qint64 runStop = std::min(last + 1, m_copied.findNext(run, true));
        const IoStatus st = m_shared ? preserveShared(run, runStop, op.sequence) : preserveRun(run, runStop, scratch);
        run = m_copied.findNext(runStop, false);
        if (st.error == kRepositoryFull) {
            return storeFull(u"copy-before-write"_s);
        }
        if (!st.ok()) {
            return preserveFailed(st);
        }
    }
    return IoStatus::success();
}

void PointInTimeCopy::afterWrite(const WriteOp& op, const IoStatus& result)
{
    // The change record was written in beforeWrite, so a failed write that changed some of its bytes is in it too.
    Q_UNUSED(result);
    if (m_shared) {
        m_shared->writeEnded(op.sequence);
    }
}

bool PointInTimeCopy::complete(IoStatus* status)
{
    if (grainsCopied() < grains()) {
        return false;
    }
    *status = flush();
    return true;
}

std::shared_ptr<VolumeBackend> PointInTimeCopy::targetBackend()
{
    return std::make_shared<TargetBackend>(shared_from_this());
}

IoStatus PointInTimeCopy::inactive() const
{
    const QString reason = stateReason();
    return IoStatus::failure(EIO, reason.isEmpty() ? u"the point-in-time copy is not active"_s : reason);
}

IoStatus PointInTimeCopy::readImage(qint64 offset, std::span<char> buffer)
{
    if (m_state.load() != PitState::Active) {
        return inactive();
    }
    const auto length = static_cast<qint64>(buffer.size());
    if (length == 0) {
        return IoStatus::success();
    }
    const qint64 g = m_config.grainSize;
    const qint64 end = offset + length;
    auto guard = m_locks.lock(offset / g, (end - 1) / g);
    for (qint64 pos = offset; pos < end;) {
        const qint64 grain = pos / g;
        const bool copied = m_copied.test(grain);
        // Extend the run while the next grains are in the same state (one large read instead of many).
        qint64 runEnd = std::min(end, (grain + 1) * g);
        if (!copied || m_config.store == PitStore::FullVolume) {
            const qint64 next = copied ? m_copied.findNext(grain, false) : m_copied.findNext(grain, true);
            runEnd = std::min(end, next * g);
        }
        char* out = buffer.data() + (pos - offset);
        const std::span<char> part(out, static_cast<size_t>(runEnd - pos));
        IoStatus st;
        if (!copied) {
            st = m_source->read(pos, part);
        } else if (m_shared) {
            st = m_shared->read(m_slots[static_cast<size_t>(grain)].load() - 1, pos - grain * g, part);
        } else {
            st = m_store->read(storeOffset(grain) + (pos - grain * g), part);
        }
        if (!st.ok()) {
            return st;
        }
        pos = runEnd;
    }
    return IoStatus::success();
}

IoStatus PointInTimeCopy::writeImage(qint64 offset, std::span<const char> data)
{
    if (m_state.load() != PitState::Active) {
        return inactive();
    }
    const auto length = static_cast<qint64>(data.size());
    if (length == 0) {
        return IoStatus::success();
    }
    const qint64 g = m_config.grainSize;
    const qint64 first = offset / g;
    const qint64 last = (offset + length - 1) / g;
    auto guard = m_locks.lock(first, last);
    // Changed on the target side before a byte of it changes (see beforeWrite).
    if (IoStatus st = recordChanged(first, std::min(last, grains() - 1)); !st.ok()) {
        return st;
    }
    std::vector<char> scratch;
    for (qint64 grain = first; grain <= last; ++grain) {
        const qint64 grainStart = grain * g;
        const qint64 from = std::max(offset, grainStart);
        const qint64 to = std::min(offset + length, grainStart + grainBytes(grain));
        const std::span<const char> part(data.data() + (from - offset), static_cast<size_t>(to - from));
        if (m_shared) {
            if (IoStatus st = writeSharedGrain(grain, from, part, scratch); !st.ok()) {
                return st;
            }
            continue;
        }
        if (m_copied.test(grain)) {
            if (IoStatus st = m_store->write(storeOffset(grain) + (from - grainStart), part); !st.ok()) {
                return st;
            }
            continue;
        }
        IoStatus st = allocateForTargetWrite(grain);
        if (!st.ok()) {
            return st;
        }
        const bool whole = from == grainStart && to == grainStart + grainBytes(grain);
        if (!whole) {
            // Materialise the rest of the grain from the point-in-time image first.
            scratch.resize(static_cast<size_t>(g));
            const std::span<char> buf(scratch.data(), static_cast<size_t>(grainBytes(grain)));
            if (st = m_source->read(grainStart, buf); !st.ok()) {
                return st;
            }
            std::memcpy(scratch.data() + (from - grainStart), part.data(), part.size());
            st = m_store->write(storeOffset(grain), std::span<const char>(buf.data(), buf.size()));
            if (st.ok()) {
                countMoved(grainBytes(grain) - (to - from)); // the image's bytes around the host's
            }
        } else {
            st = m_store->write(storeOffset(grain), part);
        }
        if (!st.ok()) {
            return st;
        }
        if (st = record(grain); !st.ok()) {
            return st;
        }
        m_copied.set(grain);
    }
    return IoStatus::success();
}

qint64 PointInTimeCopy::verify(
    qint64 first, qint64 maxGrains, bool repair, WriteRecord::VerifyTally* tally, IoStatus* status)
{
    *status = IoStatus::success();
    if (!m_changed || m_config.store != PitStore::FullVolume) {
        *status = IoStatus::failure(ENOTSUP, u"the copy keeps no record of the changes since its point in time"_s);
        return 0;
    }
    if (m_state.load() != PitState::Active || grainsCopied() < grains()) {
        *status = IoStatus::failure(EBUSY, u"the target does not hold the whole point-in-time image yet"_s);
        return 0;
    }
    const qint64 stop = std::min(grains(), first + std::max<qint64>(maxGrains, 1));
    if (first >= stop) {
        return 0;
    }
    // Target writes take this lock and mark their grains before they write; source writes mark theirs before they
    // write and need no lock once every grain is copied. The bytes a repair writes are the source's as read with the
    // grain unmarked, so the point in time's, whatever the source does afterwards.
    auto guard = m_locks.lock(first, stop - 1);
    std::lock_guard lock(m_verifyMutex);
    GrainComparison how;
    how.grainSize = m_config.grainSize;
    how.imageSize = m_config.imageSize;
    how.written = [this](qint64 grain) { return m_changed->test(grain); };
    if (repair) {
        how.repair
            = [this](qint64 grain, std::span<const char> bytes) { return m_store->write(storeOffset(grain), bytes); };
    }
    return compareGrains(how, *m_source, *m_store, first, stop, m_verifySource, m_verifyTarget, tally, status);
}

IoStatus PointInTimeCopy::allocateForTargetWrite(qint64 grain)
{
    const IoStatus st = allocateRun(grain, grain + 1);
    if (st.error == kRepositoryFull) {
        const IoStatus full = storeFull(u"a write to the FlashCopy logical drive"_s);
        return full.ok() ? inactive() : full;
    }
    return st;
}

qint64 PointInTimeCopy::copyStep(qint64 maxGrains, IoStatus* status)
{
    if (status) {
        *status = IoStatus::success();
    }
    if (m_state.load() == PitState::Failed && status) {
        *status = inactive(); // a copy whose image is lost cannot complete: it fails with the reason
        return 0;
    }
    if (m_config.store != PitStore::FullVolume || m_state.load() != PitState::Active || maxGrains <= 0) {
        return 0;
    }
    const qint64 g = m_config.grainSize;
    const qint64 start = m_copied.findNext(m_pointer.load(), false);
    if (start >= grains()) {
        m_pointer = grains();
        return 0;
    }
    const qint64 stop = std::min(start + maxGrains, m_copied.findNext(start, true));
    auto guard = m_locks.lock(start, stop - 1);
    qint64 copied = 0;
    std::vector<char> buffer;
    // Grains may have been copied by a write since the search; copy only the runs still uncopied.
    for (qint64 runStart = m_copied.findNext(start, false); runStart < stop;) {
        const qint64 runStop = std::min(stop, m_copied.findNext(runStart, true));
        const qint64 from = runStart * g;
        const qint64 to = std::min(runStop * g, m_config.imageSize);
        qint64 pos = from;
        IoStatus st;
        // Sparse-aware: holes of the source become holes of the target, never read byte by byte.
        for (const Extent& e : m_source->dataExtents(from, to - from)) {
            if (e.offset > pos) {
                st = m_store->discard(pos, e.offset - pos);
                if (!st.ok()) {
                    break;
                }
            }
            for (qint64 at = e.offset; at < e.end() && st.ok();) {
                const qint64 n = std::min(kChunk, e.end() - at);
                // In the kernel when both sides are plain files; through a buffer otherwise.
                if (const auto shortcut = m_store->copyRangeFrom(*m_source, at, n)) {
                    st = *shortcut;
                } else {
                    buffer.resize(static_cast<size_t>(n));
                    st = m_source->read(at, std::span<char>(buffer.data(), buffer.size()));
                    if (st.ok()) {
                        st = m_store->write(at, bytes(buffer, n));
                    }
                }
                if (st.ok()) {
                    countMoved(n);
                }
                at += n;
            }
            pos = e.end();
            if (!st.ok()) {
                break;
            }
        }
        if (st.ok() && pos < to) {
            st = m_store->discard(pos, to - pos);
        }
        if (st.ok()) {
            st = recordRun(runStart, runStop);
        }
        if (!st.ok()) {
            if (status) {
                *status = st;
            }
            return copied;
        }
        for (qint64 grain = runStart; grain < runStop; ++grain) {
            m_copied.set(grain);
        }
        copied += runStop - runStart;
        runStart = m_copied.findNext(runStop, false);
    }
    m_pointer = stop;
    return copied;
}

} // namespace Copyline
