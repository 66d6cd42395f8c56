// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>

namespace Copyline
{

/**
 * A shared mutex that lets an exclusive locker in: once lock() is waiting, new shared lockers wait behind it.
 * std::shared_mutex on glibc prefers readers, so a drive under continuous host I/O could never be quiesced (a
 * FlashCopy never established, an access change never applied). Shared locking and unlocking is one atomic
 * operation while no exclusive locker is around. Not recursive: a thread must not take it shared twice.
 * Meets the SharedMutex requirements used here (lock/unlock/lock_shared/unlock_shared).
 */
class FairSharedMutex final
{
public:
    FairSharedMutex() = default;
    FairSharedMutex(const FairSharedMutex&) = delete;
    FairSharedMutex& operator=(const FairSharedMutex&) = delete;

    void lock_shared()
    {
        unsigned s = m_state.load(std::memory_order_relaxed);
        while (true) {
            if ((s & kExclusive) == 0) {
                if (m_state.compare_exchange_weak(s, s + 1, std::memory_order_acquire, std::memory_order_relaxed)) {
                    return;
                }
                continue;
            }
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return ((s = m_state.load(std::memory_order_relaxed)) & kExclusive) == 0; });
        }
    }

    void unlock_shared()
    {
        const unsigned s = m_state.fetch_sub(1, std::memory_order_release) - 1;
        if (s == kExclusive) { // the last reader out, and an exclusive locker waits
            std::lock_guard lock(m_mutex);
            m_changed.notify_all();
        }
    }

    void lock()
    {
        m_exclusive.lock(); // one exclusive locker at a time; held until unlock()
        m_state.fetch_or(kExclusive, std::memory_order_acquire);
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_state.load(std::memory_order_acquire) == kExclusive; });
    }

    void unlock()
    {
        m_state.fetch_and(~kExclusive, std::memory_order_release);
        {
            std::lock_guard lock(m_mutex);
            m_changed.notify_all();
        }
        m_exclusive.unlock();
    }

private:
    static constexpr unsigned kExclusive = 1U << 31;
    std::atomic<unsigned> m_state {0}; // the exclusive bit, and the number of shared holders
    std::mutex m_exclusive;
    std::mutex m_mutex;
    std::condition_variable m_changed;
};

} // namespace Copyline
