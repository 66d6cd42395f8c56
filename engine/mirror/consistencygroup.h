// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/volumeio.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace Copyline
{

class MirrorEndpoint;

/**
 * The write consistency group of one primary subsystem (spec §1.9, §4.5: all asynchronous mirrors with write
 * consistency form one interdependent group). Writes of every member enter one FIFO in the order they completed
 * on the primaries and are applied to the secondaries strictly in that order, so the secondaries always equal
 * the primaries as of one earlier moment.
 *
 * When an entry cannot be applied (the link is down, a secondary fails) the group freezes: nothing more is
 * applied, every pending entry goes back to its member's out-of-sync record, new entries are refused (the
 * members record them) until the engine has moved every member to Track and thaws the group. The secondaries
 * keep the consistent image they had.
 *
 * The journal lives in memory, bounded by the mirror repositories' capacity; a writer waits while it is full
 * (flow control). After a crash the members' out-of-sync maps cover every entry that was not applied.
 */
class ConsistencyGroup final
{
public:
    ConsistencyGroup(ObjectId subsystemId, qint64 capacityBytes);

    ObjectId subsystemId() const { return m_subsystemId; }

    /** Appends a completed primary write. Blocks while the journal is full; false when the group is frozen. */
    bool append(std::shared_ptr<MirrorEndpoint> endpoint, const WriteOp& op);

    struct Applied
    {
        qint64 entries = 0;
        IoStatus status;
        std::shared_ptr<MirrorEndpoint> failed; /**< the member whose entry failed */
    };
    /** Applies the next entries in order (up to @p maxBytes, one link round trip); freezes on a failure. */
    Applied applyNext(qint64 maxBytes);

    /** Stops applying and returns every pending entry to its member's record (suspend, failure). */
    void freeze();
    void thaw();
    bool isFrozen() const;
    /** Drops the pending entries of one member (a single member suspended through the CLI). */
    void dropMember(const MirrorEndpoint* endpoint);

    /** Nothing appended is waiting to be applied (a member may join the group at this instant). */
    bool drained() const;
    qint64 pendingBytes() const;
    qint64 pendingEntries() const;
    quint64 appliedSequence() const;
    /**
     * The moment (steady ms, MirrorEndpoint::steadyMs()) whose image the secondaries hold: when the oldest write
     * not yet applied was appended, @p nowMs when nothing waits; while frozen, the moment of the first write that
     * was not applied (or of the freeze). Now minus this is the group's recovery point objective.
     */
    qint64 recoveryPointMs(qint64 nowMs) const;

    /** Wakes the applier when entries arrive. */
    void setWake(std::function<void()> wake);

    /** Holds the applier between two entries, so a test can look at every secondary at one instant. */
    std::unique_lock<std::mutex> holdApplier() { return std::unique_lock(m_applyMutex); }

private:
    struct Entry
    {
        std::shared_ptr<MirrorEndpoint> endpoint;
        qint64 offset = 0;
        qint64 length = 0;
        bool discard = false;
        qint64 appendedMs = 0; /**< steady ms: what the recovery point is made of */
        std::vector<char> data;
    };

    void dropAllLocked(std::unique_lock<std::mutex>& lock);

    const ObjectId m_subsystemId;
    const qint64 m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_space;
    std::deque<Entry> m_entries;
    qint64 m_bytes = 0;
    qint64 m_applying = 0;        /**< entries taken out by the applier and not yet applied */
    qint64 m_applyingSinceMs = 0; /**< appendedMs of the first of them */
    qint64 m_frozenPointMs = 0;   /**< recoveryPointMs() while frozen */
    bool m_frozen = false;
    quint64 m_applied = 0;
    std::function<void()> m_wake;
    std::mutex m_applyMutex;
};

} // namespace Copyline
