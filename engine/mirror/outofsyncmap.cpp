// SPDX-License-Identifier: GPL-3.0-or-later
#include "outofsyncmap.h"

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{
constexpr qint64 kIoChunk = 1 << 20;
} // namespace

OutOfSyncMap::OutOfSyncMap(std::unique_ptr<VolumeFile> file, qint64 grains)
    : m_file(std::move(file))
    , m_bits(grains)
    , m_onDisk(grains)
    , m_extents((grains + kExtentGrains - 1) / kExtentGrains)
{
    m_unsettled = std::make_unique<std::atomic<quint32>[]>(static_cast<std::size_t>(std::max<qint64>(1, m_extents)));
}

std::unique_ptr<OutOfSyncMap> OutOfSyncMap::create(const QString& path, qint64 grains, IoStatus* status)
{
    auto file = VolumeFile::create(path, std::max<qint64>(1, grains), status);
    if (!file) {
        return {};
    }
    return std::unique_ptr<OutOfSyncMap>(new OutOfSyncMap(std::move(file), grains));
}

std::unique_ptr<OutOfSyncMap> OutOfSyncMap::open(const QString& path, qint64 grains, IoStatus* status)
{
    auto file = VolumeFile::open(path, status);
    if (!file) {
        return {};
    }
    if (file->size() < grains) {
        // A short map lost its tail: everything it cannot vouch for is out of sync.
        const qint64 had = file->size();
        if (IoStatus st = file->resize(grains); !st.ok()) {
            *status = st;
            return {};
        }
        std::unique_ptr<OutOfSyncMap> map(new OutOfSyncMap(std::move(file), grains));
        if (IoStatus st = map->writeMarks(had, grains - 1, 1); !st.ok()) {
            *status = st;
            return {};
        }
        return open(path, grains, status);
    }
    std::unique_ptr<OutOfSyncMap> map(new OutOfSyncMap(std::move(file), grains));
    std::vector<char> buffer;
    for (const Extent& e : map->m_file->dataExtents(0, grains)) {
        for (qint64 at = e.offset; at < e.end(); at += kIoChunk) {
            const qint64 n = std::min(kIoChunk, e.end() - at);
            buffer.resize(static_cast<std::size_t>(n));
            if (IoStatus st = map->m_file->read(at, buffer); !st.ok()) {
                *status = st;
                return {};
            }
            for (qint64 i = 0; i < n; ++i) {
                if (buffer[static_cast<std::size_t>(i)] != 0) {
                    map->m_bits.set(at + i);
                    map->m_onDisk.set(at + i);
                }
            }
        }
    }
    *status = IoStatus::success();
    return map;
}

void OutOfSyncMap::setRange(qint64 first, qint64 last)
{
    for (qint64 g = first; g <= last && g < grains(); ++g) {
        m_bits.set(g);
    }
}

void OutOfSyncMap::setAll()
{
    setRange(0, grains() - 1);
}

IoStatus OutOfSyncMap::writeMarks(qint64 first, qint64 last, char value)
{
    std::vector<char> buffer(static_cast<std::size_t>(std::min(kIoChunk, last - first + 1)), value);
    for (qint64 at = first; at <= last; at += kIoChunk) {
        const qint64 n = std::min(kIoChunk, last + 1 - at);
        if (IoStatus st = m_file->write(at, std::span<const char>(buffer.data(), static_cast<std::size_t>(n)));
            !st.ok()) {
            return st;
        }
    }
    m_dirty.store(true);
    return IoStatus::success();
}

IoStatus OutOfSyncMap::admit(qint64 first, qint64 last)
{
    last = std::min(last, grains() - 1);
    if (first > last) {
        return IoStatus::success();
    }
    // Count the write first, then look at the marks: compact() clears a mark first, then looks at the count, so
    // one of the two always sees the other (sequentially consistent atomics).
    for (qint64 x = first / kExtentGrains; x <= last / kExtentGrains; ++x) {
        m_unsettled[static_cast<std::size_t>(x)].fetch_add(1);
    }
    if (m_onDisk.findNext(first, false) > last) {
        return IoStatus::success(); // already marked: the common case of a hot region, no metadata write
    }
    std::lock_guard lock(m_writeMutex);
    for (qint64 run = m_onDisk.findNext(first, false); run <= last;) {
        const qint64 stop = std::min(last + 1, m_onDisk.findNext(run, true));
        if (IoStatus st = writeMarks(run, stop - 1, 1); !st.ok()) {
            settle(first, last);
            return IoStatus::failure(
                st.error, u"cannot record the write in the mirror's out-of-sync log: %1"_s.arg(st.reason));
        }
        for (qint64 g = run; g < stop; ++g) {
            m_onDisk.set(g);
        }
        run = m_onDisk.findNext(stop, false);
    }
    return IoStatus::success();
}

void OutOfSyncMap::settle(qint64 first, qint64 last)
{
    last = std::min(last, grains() - 1);
    for (qint64 x = first / kExtentGrains; x <= last / kExtentGrains && first <= last; ++x) {
        m_unsettled[static_cast<std::size_t>(x)].fetch_sub(1);
    }
}

bool OutOfSyncMap::settled(qint64 first, qint64 last) const
{
    last = std::min(last, grains() - 1);
    for (qint64 x = first / kExtentGrains; x <= last / kExtentGrains && first <= last; ++x) {
        if (m_unsettled[static_cast<std::size_t>(x)].load() != 0) {
            return false;
        }
    }
    return true;
}

IoStatus OutOfSyncMap::persist()
{
    std::lock_guard lock(m_writeMutex);
    for (qint64 g = m_bits.findNext(0, true); g < grains();) {
        const qint64 stop = m_bits.findNext(g, false);
        for (qint64 run = g; run < stop;) {
            if (m_onDisk.test(run)) {
                ++run;
                continue;
            }
            qint64 end = run;
            while (end < stop && !m_onDisk.test(end)) {
                ++end;
            }
            if (IoStatus st = writeMarks(run, end - 1, 1); !st.ok()) {
                return st;
            }
            for (qint64 i = run; i < end; ++i) {
                m_onDisk.set(i);
            }
            run = end;
        }
        g = m_bits.findNext(stop, true);
    }
    return IoStatus::success();
}

IoStatus OutOfSyncMap::compact()
{
    std::lock_guard lock(m_writeMutex);
    for (qint64 g = m_onDisk.findNext(0, true); g < grains();) {
        const qint64 extentEnd = std::min(grains(), (g / kExtentGrains + 1) * kExtentGrains);
        const qint64 stop = std::min(extentEnd, m_onDisk.findNext(g, false));
        // Withdraw the marks from the fast path, then check that nothing holds them.
        qint64 clearedFrom = -1;
        for (qint64 i = g; i < stop; ++i) {
            if (!m_bits.test(i)) {
                m_onDisk.clear(i);
            }
        }
        const bool unsettled = m_unsettled[static_cast<std::size_t>(g / kExtentGrains)].load() != 0;
        for (qint64 i = g; i <= stop; ++i) {
            const bool clearHere = i < stop && !unsettled && !m_bits.test(i) && !m_onDisk.test(i);
            if (clearHere && clearedFrom < 0) {
                clearedFrom = i;
            } else if (!clearHere && clearedFrom >= 0) {
                if (IoStatus st = writeMarks(clearedFrom, i - 1, 0); !st.ok()) {
                    for (qint64 j = clearedFrom; j < stop; ++j) {
                        m_onDisk.set(j);
                    }
                    return st;
                }
                clearedFrom = -1;
            }
        }
        if (unsettled) {
            for (qint64 i = g; i < stop; ++i) {
                m_onDisk.set(i); // still held: the byte on disk was never cleared
            }
        }
        g = m_onDisk.findNext(stop, true);
    }
    return IoStatus::success();
}

IoStatus OutOfSyncMap::sync()
{
    if (!m_dirty.exchange(false)) {
        return IoStatus::success();
    }
    IoStatus st = m_file->sync();
    if (!st.ok()) {
        m_dirty.store(true);
    }
    return st;
}

} // namespace Copyline
