// SPDX-License-Identifier: GPL-3.0-or-later
#include "grainbitmap.h"

#include <bit>
#include <cstdlib>
#include <new>

namespace Copyline
{

void GrainBitmap::Free::operator()(std::atomic<quint64>* p) const
{
    std::free(p);
}

GrainBitmap::GrainBitmap(qint64 grains)
    : m_grains(grains)
    , m_words((grains + 63) / 64)
{
    // calloc: zero pages come from the OS on first touch, so a huge, mostly clear bitmap stays cheap.
    // std::atomic<quint64> is layout-compatible with quint64 and lock-free on every platform we build for.
    static_assert(std::atomic<quint64>::is_always_lock_free);
    void* memory = std::calloc(static_cast<size_t>(std::max<qint64>(m_words, 1)), sizeof(std::atomic<quint64>));
    if (memory == nullptr) {
        throw std::bad_alloc();
    }
    m_bits.reset(static_cast<std::atomic<quint64>*>(memory));
}

bool GrainBitmap::test(qint64 grain) const
{
    const quint64 word = m_bits[static_cast<size_t>(grain / 64)].load(std::memory_order_acquire);
    return (word >> (grain % 64)) & 1U;
}

bool GrainBitmap::set(qint64 grain)
{
    const quint64 mask = quint64(1) << (grain % 64);
    const quint64 old = m_bits[static_cast<size_t>(grain / 64)].fetch_or(mask, std::memory_order_acq_rel);
    const bool was = (old & mask) != 0;
    if (!was) {
        m_count.fetch_add(1, std::memory_order_relaxed);
    }
    return was;
}

bool GrainBitmap::clear(qint64 grain)
{
    const quint64 mask = quint64(1) << (grain % 64);
    const quint64 old = m_bits[static_cast<size_t>(grain / 64)].fetch_and(~mask, std::memory_order_acq_rel);
    const bool was = (old & mask) != 0;
    if (was) {
        m_count.fetch_sub(1, std::memory_order_relaxed);
    }
    return was;
}

void GrainBitmap::clearAll()
{
    for (qint64 w = 0; w < m_words; ++w) {
        if (m_bits[static_cast<size_t>(w)].load(std::memory_order_relaxed) != 0) {
            m_bits[static_cast<size_t>(w)].store(0, std::memory_order_release);
        }
    }
    m_count.store(0);
}

qint64 GrainBitmap::findNext(qint64 from, bool value) const
{
    if (from >= m_grains) {
        return m_grains;
    }
    qint64 w = from / 64;
    quint64 word = m_bits[static_cast<size_t>(w)].load(std::memory_order_acquire);
    if (!value) {
        word = ~word;
    }
    word &= ~quint64(0) << (from % 64);
    while (true) {
        if (word != 0) {
            const qint64 grain = w * 64 + std::countr_zero(word);
            return std::min(grain, m_grains);
        }
        if (++w >= m_words) {
            return m_grains;
        }
        word = m_bits[static_cast<size_t>(w)].load(std::memory_order_acquire);
        if (!value) {
            word = ~word;
        }
    }
}

} // namespace Copyline
