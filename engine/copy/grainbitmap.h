// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>
#include <memory>

namespace Copyline
{

/**
 * One bit per grain, safe to test and set from many threads at once (atomic words, no lock). Keeps a running
 * count of set bits so progress and usage are O(1). Memory is allocated zeroed and lazily by the OS, so a
 * bitmap for a 1 TiB volume costs next to nothing until bits are set.
 */
class GrainBitmap final
{
public:
    explicit GrainBitmap(qint64 grains = 0);

    qint64 size() const { return m_grains; }
    bool test(qint64 grain) const;
    /** Sets the bit; returns whether it was already set. */
    bool set(qint64 grain);
    /** Clears the bit; returns whether it was set. */
    bool clear(qint64 grain);
    void clearAll();
    qint64 count() const { return m_count.load(std::memory_order_relaxed); }
    /** First grain ≥ @p from whose bit equals @p value, or size() if none. Word-at-a-time. */
    qint64 findNext(qint64 from, bool value) const;

private:
    qint64 m_grains = 0;
    qint64 m_words = 0;
    struct Free
    {
        void operator()(std::atomic<quint64>* p) const;
    };
    std::unique_ptr<std::atomic<quint64>[], Free> m_bits; // calloc'ed: freed with free(), not delete[]
    std::atomic<qint64> m_count {0};
};

} // namespace Copyline
