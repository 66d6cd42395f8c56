// SPDX-License-Identifier: GPL-3.0-or-later
// PointInTimeCopy (pointintime.h), its grains in a shared preserved-grain store (issue 19): copy-before-write that
// shares one preserved grain among every copy of a base handling the same write, target writes that copy a shared
// grain before changing it, and giving the grains back (Re-create in pointintimemap.cpp, retire here).
#include "pointintime.h"

#include "copy/pointintimeinternal.h"

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

using namespace PitInternal;

IoStatus PointInTimeCopy::preserveShared(qint64 first, qint64 stop, quint64 sequence)
{
    // Order for a killed process: the grains are in the store, then the map names them, then the source write may
    // go on. The store shares grains another copy preserved for this same write (see PreservedGrainStore).
    if (IoStatus st = allocateRun(first, stop); !st.ok()) {
        return st;
    }
    std::vector<quint32> slots;
    qint64 written = 0;
    IoStatus st = m_shared->preserve(sequence, first, stop, *m_source, m_config.imageSize, slots, &written);
    if (st.ok()) {
        for (qint64 grain = first; grain < stop; ++grain) {
            m_slots[static_cast<size_t>(grain)].store(slots[static_cast<size_t>(grain - first)] + 1);
        }
        st = recordRun(first, stop);
        if (!st.ok()) {
            m_shared->release(slots);
            for (qint64 grain = first; grain < stop; ++grain) {
                m_slots[static_cast<size_t>(grain)].store(0);
            }
        }
    }
    if (!st.ok()) {
        m_slotsUsed -= stop - first;
        return st;
    }
    for (qint64 grain = first; grain < stop; ++grain) {
        m_copied.set(grain);
    }
    countMoved(written);
    return IoStatus::success();
}

IoStatus PointInTimeCopy::writeSharedGrain(
    qint64 grain, qint64 from, std::span<const char> part, std::vector<char>& scratch)
{
    // A target write to a grain of the shared store. A slot this copy alone holds is written in place; a slot
    // another copy also holds is copied first (the other copy's image must not change); a grain not yet held
    // takes a new slot, filled from the source around the host's bytes. Range lock of the grain held.
    const qint64 grainStart = grain * m_config.grainSize;
    const qint64 within = from - grainStart;
    const qint64 length = grainBytes(grain);
    const auto wholeGrain = static_cast<qint64>(part.size()) == length;
    const quint32 held = m_slots[static_cast<size_t>(grain)].load() - 1; // wraps to kNoSlot when not held
    const bool copied = m_copied.test(grain);
    if (copied && m_shared->claimExclusive(held)) {
        return m_shared->write(held, within, part);
    }
    if (!copied) {
        if (IoStatus st = allocateForTargetWrite(grain); !st.ok()) {
            return st;
        }
    }
    const quint32 slot = m_shared->allocatePrivate();
    IoStatus st;
    if (wholeGrain) {
        st = m_shared->write(slot, 0, part);
    } else {
        // The rest of the grain comes from the image as it is: the shared slot, or the source.
        scratch.resize(static_cast<size_t>(length));
        const std::span<char> buf(scratch.data(), static_cast<size_t>(length));
        st = copied ? m_shared->read(held, 0, buf) : m_source->read(grainStart, buf);
        if (st.ok()) {
            std::memcpy(scratch.data() + within, part.data(), part.size());
            st = m_shared->write(slot, 0, std::span<const char>(buf.data(), buf.size()));
        }
        if (st.ok()) {
            countMoved(length - static_cast<qint64>(part.size()));
        }
    }
    if (st.ok()) {
        m_slots[static_cast<size_t>(grain)].store(slot + 1);
        st = record(grain);
        if (!st.ok()) {
            m_slots[static_cast<size_t>(grain)].store(copied ? held + 1 : 0);
        }
    }
    if (!st.ok()) {
        m_shared->release(slot);
        if (!copied) {
            m_slotsUsed -= 1;
        }
        return st;
    }
    if (copied) {
        m_shared->release(held); // the map names the new slot: the old one is the other copies' alone
    } else {
        m_copied.set(grain);
    }
    return IoStatus::success();
}

std::vector<quint32> PointInTimeCopy::sharedSlots() const
{
    std::vector<quint32> slots;
    if (!m_shared) {
        return slots;
    }
    for (qint64 grain = m_copied.findNext(0, true); grain < grains(); grain = m_copied.findNext(grain + 1, true)) {
        if (const quint32 slot = m_slots[static_cast<size_t>(grain)].load(); slot != 0) {
            slots.push_back(slot - 1);
        }
    }
    return slots;
}

void PointInTimeCopy::retire()
{
    if (!m_shared) {
        return;
    }
    auto guard = m_locks.lock(0, std::max<qint64>(grains() - 1, 0));
    setState(PitState::Failed, u"the FlashCopy was deleted"_s); // nothing may read or write it any more
    m_shared->release(sharedSlots());
    for (qint64 grain = m_copied.findNext(0, true); grain < grains(); grain = m_copied.findNext(grain + 1, true)) {
        m_slots[static_cast<size_t>(grain)].store(0);
    }
    m_copied.clearAll();
    m_slotsUsed = 0;
}

} // namespace Copyline
