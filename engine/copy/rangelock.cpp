// SPDX-License-Identifier: GPL-3.0-or-later
#include "rangelock.h"

#include <algorithm>

namespace Copyline
{

RangeLock::Guard::Guard(RangeLock& lock, qint64 first, qint64 last)
    : m_lock(lock)
    , m_first(first)
    , m_last(last)
{
    std::unique_lock guard(m_lock.m_mutex);
    m_lock.m_released.wait(guard, [&]() { return !m_lock.overlaps(first, last); });
    m_lock.m_held.emplace_back(first, last);
}

RangeLock::Guard::~Guard()
{
    {
        std::lock_guard guard(m_lock.m_mutex);
        const auto it = std::find(m_lock.m_held.begin(), m_lock.m_held.end(), std::make_pair(m_first, m_last));
        if (it != m_lock.m_held.end()) {
            m_lock.m_held.erase(it);
        }
    }
    m_lock.m_released.notify_all();
}

bool RangeLock::overlaps(qint64 first, qint64 last) const
{
    return std::any_of(
        m_held.cbegin(), m_held.cend(), [&](const auto& r) { return r.first <= last && first <= r.second; });
}

} // namespace Copyline
