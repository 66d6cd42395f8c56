// SPDX-License-Identifier: GPL-3.0-or-later
#include "consistencygroup.h"

#include "mirror/mirrorendpoint.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

ConsistencyGroup::ConsistencyGroup(ObjectId subsystemId, qint64 capacityBytes)
    : m_subsystemId(subsystemId)
    , m_capacity(std::max<qint64>(capacityBytes, 1 << 20))
{ }

void ConsistencyGroup::setWake(std::function<void()> wake)
{
    std::lock_guard lock(m_mutex);
    m_wake = std::move(wake);
}

bool ConsistencyGroup::append(std::shared_ptr<MirrorEndpoint> endpoint, const WriteOp& op)
{
    const qint64 size = op.discard ? 0 : op.length;
    std::function<void()> wake;
    {
        std::unique_lock lock(m_mutex);
        // Flow control: wait for room; a single entry larger than the journal waits for an empty journal.
        m_space.wait(lock, [&] { return m_frozen || m_bytes == 0 || m_bytes + size <= m_capacity; });
        if (m_frozen) {
            return false;
        }
        Entry e;
        e.endpoint = std::move(endpoint);
        e.offset = op.offset;
        e.length = op.length;
        e.discard = op.discard;
        e.appendedMs = MirrorEndpoint::steadyMs();
        if (!op.discard) {
            e.data.assign(op.data.begin(), op.data.end());
        }
        m_entries.push_back(std::move(e));
        m_bytes += size;
        wake = m_wake;
    }
    if (wake) {
        wake();
    }
    return true;
}

ConsistencyGroup::Applied ConsistencyGroup::applyNext(qint64 maxBytes)
{
    std::lock_guard hold(m_applyMutex);
    std::vector<Entry> batch;
    {
        std::lock_guard lock(m_mutex);
        if (m_frozen) {
            return {};
        }
        qint64 bytes = 0;
        while (!m_entries.empty()) {
            Entry& next = m_entries.front();
            // One batch travels on one path: stop where the next entry's member uses another route.
            if (!batch.empty()
                && (next.endpoint->route().controller != batch.front().endpoint->route().controller
                    || bytes + next.length > maxBytes)) {
                break;
            }
            bytes += next.discard ? 0 : next.length;
            batch.push_back(std::move(next));
            m_entries.pop_front();
        }
        m_applying = static_cast<qint64>(batch.size());
        if (!batch.empty()) {
            m_applyingSinceMs = batch.front().appendedMs;
        }
    }
    Applied result;
    if (batch.empty()) {
        return result;
    }
    qint64 bytes = 0;
    for (const Entry& e : batch) {
        bytes += e.discard ? 0 : e.length;
    }
    const MirrorEndpoint::Route route = batch.front().endpoint->route();
    if (!route.link) {
        result.status = IoStatus::failure(ENOTCONN, u"the secondary logical drive is not reachable"_s);
    } else {
        result.status = route.link->send(route.controller, m_subsystemId, bytes);
    }
    std::size_t done = 0;
    for (; result.status.ok() && done < batch.size(); ++done) {
        const Entry& e = batch[done];
        result.status = e.endpoint->applyJournal(
            e.offset, std::span<const char>(e.data.data(), e.data.size()), e.length, e.discard);
        if (!result.status.ok()) {
            result.failed = e.endpoint; // applyJournal recorded the entry's grains already
            ++done;
            break;
        }
        ++result.entries;
    }
    if (result.status.ok()) {
        std::lock_guard lock(m_mutex);
        m_applying = 0;
        m_applied += static_cast<quint64>(result.entries);
        m_bytes -= bytes;
        m_space.notify_all();
        return result;
    }
    if (!result.failed) {
        result.failed = batch.front().endpoint;
    }
    // Nothing after the failed entry may reach a secondary: the rest of the batch and the queue go back to the
    // members' records, and the group refuses entries until the engine has moved every member to Track.
    for (std::size_t i = done; i < batch.size(); ++i) {
        batch[i].endpoint->dropJournal(batch[i].offset, batch[i].length);
    }
    std::unique_lock lock(m_mutex);
    m_applying = 0;
    m_applied += static_cast<quint64>(result.entries);
    // The secondaries hold everything before the first entry that was not applied.
    m_frozenPointMs = batch[static_cast<std::size_t>(result.entries)].appendedMs;
    m_frozen = true;
    dropAllLocked(lock);
    return result;
}

void ConsistencyGroup::dropAllLocked(std::unique_lock<std::mutex>& lock)
{
    std::deque<Entry> dropped;
    dropped.swap(m_entries);
    m_bytes = 0;
    m_space.notify_all();
    lock.unlock();
    for (const Entry& e : dropped) {
        e.endpoint->dropJournal(e.offset, e.length);
    }
    lock.lock();
}

void ConsistencyGroup::freeze()
{
    std::lock_guard hold(m_applyMutex); // not in the middle of a batch
    std::unique_lock lock(m_mutex);
    if (!m_frozen) {
        m_frozenPointMs = m_entries.empty() ? MirrorEndpoint::steadyMs() : m_entries.front().appendedMs;
    }
    m_frozen = true;
    dropAllLocked(lock);
}

void ConsistencyGroup::thaw()
{
    std::lock_guard lock(m_mutex);
    m_frozen = false;
}

bool ConsistencyGroup::isFrozen() const
{
    std::lock_guard lock(m_mutex);
    return m_frozen;
}

void ConsistencyGroup::dropMember(const MirrorEndpoint* endpoint)
{
    std::lock_guard hold(m_applyMutex);
    std::deque<Entry> dropped;
    {
        std::lock_guard lock(m_mutex);
        std::deque<Entry> kept;
        for (Entry& e : m_entries) {
            if (e.endpoint.get() == endpoint) {
                m_bytes -= e.discard ? 0 : e.length;
                dropped.push_back(std::move(e));
            } else {
                kept.push_back(std::move(e));
            }
        }
        m_entries.swap(kept);
        m_space.notify_all();
    }
    for (const Entry& e : dropped) {
        e.endpoint->dropJournal(e.offset, e.length);
    }
}

bool ConsistencyGroup::drained() const
{
    std::lock_guard lock(m_mutex);
    return m_entries.empty() && m_applying == 0;
}

qint64 ConsistencyGroup::pendingBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_bytes;
}

qint64 ConsistencyGroup::pendingEntries() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<qint64>(m_entries.size()) + m_applying;
}

qint64 ConsistencyGroup::recoveryPointMs(qint64 nowMs) const
{
    std::lock_guard lock(m_mutex);
    if (m_frozen) {
        return m_frozenPointMs;
    }
    if (m_applying > 0) {
        return m_applyingSinceMs;
    }
    return m_entries.empty() ? nowMs : m_entries.front().appendedMs;
}

quint64 ConsistencyGroup::appliedSequence() const
{
    std::lock_guard lock(m_mutex);
    return m_applied;
}

} // namespace Copyline
