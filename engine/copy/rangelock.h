// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <mutex>
#include <vector>

namespace Copyline
{

/**
 * Serialises work on overlapping grain ranges: a copy-before-write, a target read and a background copy of the
 * same grain never interleave, while I/O to other grains runs in parallel. Held only around the few reads and
 * writes of one request; a request never holds it while waiting for another range.
 */
class RangeLock final
{
public:
    class Guard
    {
    public:
        Guard(RangeLock& lock, qint64 first, qint64 last);
        ~Guard();
        Guard(const Guard&) = delete;
        Guard& operator=(const Guard&) = delete;

    private:
        RangeLock& m_lock;
        qint64 m_first;
        qint64 m_last;
    };

    /** Locks grains [first, last] (inclusive) until the guard goes. */
    Guard lock(qint64 first, qint64 last) { return Guard(*this, first, last); }

private:
    bool overlaps(qint64 first, qint64 last) const;

    std::mutex m_mutex;
    std::condition_variable m_released;
    std::vector<std::pair<qint64, qint64>> m_held;
};

} // namespace Copyline
