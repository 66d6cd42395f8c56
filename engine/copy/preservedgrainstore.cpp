// SPDX-License-Identifier: GPL-3.0-or-later
// PreservedGrainStore (preservedgrainstore.h): one store of preserved grains shared by the space-efficient
// point-in-time copies of one base, its slot table (references, free slots, slots offered during one write) and its
// file, which grows sparsely as slots are taken.
#include "preservedgrainstore.h"

#include <QFile>
#include <QHash>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

constexpr quint32 kNoSlot = std::numeric_limits<quint32>::max();
// Writes offered for sharing at once: the writes in flight on one base (one per writer thread) fit easily.
constexpr std::size_t kPublishedMax = 64;

// One store object per file in the process: two allocators on one file would hand out the same slot twice.
std::mutex g_registryMutex;
QHash<QString, std::weak_ptr<PreservedGrainStore>>& registry()
{
    static QHash<QString, std::weak_ptr<PreservedGrainStore>> stores;
    return stores;
}

} // namespace

std::shared_ptr<PreservedGrainStore> PreservedGrainStore::open(const QString& path, qint64 grainSize, IoStatus* status)
{
    std::lock_guard lock(g_registryMutex);
    if (auto existing = registry().value(path).lock()) {
        if (existing->grainSize() != grainSize) {
            *status = IoStatus::failure(EINVAL,
                u"the preserved-grain store %1 holds grains of %2 bytes, not %3"_s.arg(path)
                    .arg(existing->grainSize())
                    .arg(grainSize));
            return nullptr;
        }
        *status = IoStatus::success();
        return existing;
    }
    auto file = VolumeFile::open(path, status);
    if (!file) {
        file = VolumeFile::create(path, 0, status);
    }
    if (!file) {
        return nullptr;
    }
    *status = IoStatus::success();
    auto store = std::make_shared<PreservedGrainStore>(std::make_shared<FileBackend>(std::move(file)), grainSize);
    store->m_registered = true;
    registry().insert(path, store);
    return store;
}

PreservedGrainStore::PreservedGrainStore(std::shared_ptr<FileBackend> backend, qint64 grainSize)
    : m_backend(std::move(backend))
    , m_grainSize(grainSize)
    , m_capacity(m_backend->size())
    , m_openedEmpty(m_capacity.load() == 0)
{ }

PreservedGrainStore::~PreservedGrainStore()
{
    // Nothing referenced any more (every copy released its grains): give the space back. With references left
    // (a closed workspace) the bytes stay for the maps that name them. Freed slots are reused, not punched out.
    std::lock_guard lock(g_registryMutex);
    if (m_registered) {
        const QString file = path();
        if (registry().value(file).lock()) {
            return; // a newer store object already serves this file: its bytes are not ours to drop
        }
        registry().remove(file);
    }
    // Bytes are dropped only when this object accounted for them: a store opened on a non-empty file that no copy
    // adopted (the only copy that opened it failed to reopen, and the others have not been opened yet) would
    // otherwise empty the grains the other copies' maps name, and they would show the wrong point in time.
    if (m_references == 0 && (m_accounted || m_openedEmpty)) {
        if (m_capacity.load() > 0) {
            m_backend->file().resize(0);
        }
        if (m_registered) {
            // No copy uses the file any more: it goes (the next FlashCopy of the base makes it again). Under the
            // registry's mutex, so no open() of the same path runs meanwhile.
            QFile::remove(path());
        }
    }
}

QString PreservedGrainStore::path() const
{
    return m_backend->file().path();
}

IoStatus PreservedGrainStore::preserve(quint64 sequence,
    qint64 first,
    qint64 stop,
    VolumeBackend& source,
    qint64 imageSize,
    std::vector<quint32>& slots,
    qint64* bytesWritten)
{
    *bytesWritten = 0;
    const auto count = static_cast<size_t>(stop - first);
    slots.assign(count, kNoSlot);
    std::vector<bool> mine(count, false);
    {
        std::lock_guard lock(m_mutex);
        if (sequence != 0) {
            for (const Published& p : m_published) {
                if (p.sequence != sequence) {
                    continue;
                }
                const qint64 from = std::max(first, p.first);
                const qint64 to = std::min(stop, p.first + static_cast<qint64>(p.slots.size()));
                for (qint64 grain = from; grain < to; ++grain) {
                    const quint32 slot = p.slots[static_cast<size_t>(grain - p.first)];
                    if (slot != kNoSlot && slots[static_cast<size_t>(grain - first)] == kNoSlot) {
                        slots[static_cast<size_t>(grain - first)] = slot;
                        ++m_refs[slot];
                        ++m_references;
                    }
                }
            }
        }
        qint64 missing = 0;
        for (size_t i = 0; i < count; ++i) {
            missing += slots[i] == kNoSlot ? 1 : 0;
        }
        if (missing > 0) {
            const std::vector<quint32> fresh = allocateLocked(missing);
            size_t next = 0;
            for (size_t i = 0; i < count; ++i) {
                if (slots[i] == kNoSlot) {
                    slots[i] = fresh[next++];
                    mine[i] = true;
                }
            }
        }
    }
    auto undo = [&] {
        std::lock_guard lock(m_mutex);
        for (const quint32 slot : slots) {
            releaseLocked(slot);
        }
    };
    if (IoStatus st = ensureCapacity(*std::max_element(slots.begin(), slots.end())); !st.ok()) {
        undo();
        return st;
    }
    // The grains this copy preserves itself: one read of the source and as few store writes as the slots allow,
    // for each run of consecutive grains.
    std::vector<char> buffer;
    for (size_t i = 0; i < count;) {
        if (!mine[i]) {
            ++i;
            continue;
        }
        size_t end = i;
        while (end < count && mine[end]) {
            ++end;
        }
        const qint64 from = (first + static_cast<qint64>(i)) * m_grainSize;
        const qint64 to = std::min((first + static_cast<qint64>(end)) * m_grainSize, imageSize);
        const std::span<const quint32> run(slots.data() + i, end - i);
        IoStatus st;
        if (!copyInKernel(source, from, to - from, run, &st)) {
            buffer.resize(static_cast<size_t>(to - from));
            st = source.read(from, std::span<char>(buffer.data(), buffer.size()));
            if (st.ok()) {
                st = writeRun(run, std::span<const char>(buffer.data(), buffer.size()));
            }
        }
        if (!st.ok()) {
            undo();
            return st;
        }
        *bytesWritten += to - from;
        i = end;
    }
    if (sequence != 0 && *bytesWritten > 0) {
        std::lock_guard lock(m_mutex);
        Published p;
        p.sequence = sequence;
        p.first = first;
        p.slots.assign(count, kNoSlot);
        for (size_t i = 0; i < count; ++i) {
            if (mine[i]) {
                p.slots[i] = slots[i];
            }
        }
        if (m_published.size() >= kPublishedMax) {
            m_published.erase(m_published.begin());
        }
        m_published.push_back(std::move(p));
        m_publishing.store(m_published.size(), std::memory_order_release);
    }
    return IoStatus::success();
}

bool PreservedGrainStore::copyInKernel(
    VolumeBackend& source, qint64 from, qint64 length, std::span<const quint32> slots, IoStatus* status)
{
    // Consecutive slots from a plain volume file: the kernel copies the old bytes from file to file (one copy of
    // the data instead of a read into user space and a write out of it). Injected faults take the ordinary way,
    // so that they are seen.
    auto* file = dynamic_cast<FileBackend*>(&source);
    if (file == nullptr || slots.back() - slots.front() + 1 != slots.size()) {
        return false;
    }
    const FaultInjection in = file->fault();
    const FaultInjection out = m_backend->fault();
    if (in.readError || out.writeError || out.diskFull) {
        return false;
    }
    const IoStatus st = m_backend->file().copyRangeFrom(file->file(), from, length, offset(slots.front()));
    if (st.error == EXDEV || st.error == ENOSYS || st.error == EOPNOTSUPP || st.error == EINVAL) {
        return false; // nothing was copied: read and write instead
    }
    *status = st;
    return true;
}

IoStatus PreservedGrainStore::writeRun(std::span<const quint32> slots, std::span<const char> data)
{
    // Consecutive slots take one write; the last grain of an image may be short.
    for (size_t i = 0; i < slots.size();) {
        size_t end = i + 1;
        while (end < slots.size() && slots[end] == slots[end - 1] + 1) {
            ++end;
        }
        const auto from = static_cast<size_t>(static_cast<qint64>(i) * m_grainSize);
        const size_t to = std::min(static_cast<size_t>(static_cast<qint64>(end) * m_grainSize), data.size());
        if (IoStatus st = m_backend->write(offset(slots[i]), data.subspan(from, to - from)); !st.ok()) {
            return st;
        }
        i = end;
    }
    return IoStatus::success();
}

quint32 PreservedGrainStore::allocatePrivate()
{
    std::lock_guard lock(m_mutex);
    return allocateLocked(1).front();
}

std::vector<quint32> PreservedGrainStore::allocateLocked(qint64 count)
{
    m_accounted = true;
    if (!m_freeKnown) {
        m_free.clear();
        for (auto slot = static_cast<quint32>(m_refs.size()); slot-- > 0;) {
            if (m_refs[slot] == 0) {
                m_free.push_back(slot);
            }
        }
        m_freeKnown = true;
    }
    std::vector<quint32> out;
    out.reserve(static_cast<size_t>(count));
    // Freed slots first, then new ones at the end: consecutive, so a long run is one write.
    while (static_cast<qint64>(out.size()) < count && !m_free.empty()) {
        out.push_back(m_free.back());
        m_free.pop_back();
    }
    while (static_cast<qint64>(out.size()) < count) {
        out.push_back(static_cast<quint32>(m_refs.size()));
        m_refs.push_back(0);
    }
    for (const quint32 slot : out) {
        m_refs[slot] = 1;
    }
    m_inUse += count;
    m_references += count;
    return out;
}

bool PreservedGrainStore::claimExclusive(quint32 slot)
{
    std::lock_guard lock(m_mutex);
    if (slot >= m_refs.size() || m_refs[slot] != 1) {
        return false;
    }
    forgetPublishedLocked(slot);
    return true;
}

void PreservedGrainStore::release(quint32 slot)
{
    std::lock_guard lock(m_mutex);
    releaseLocked(slot);
}

void PreservedGrainStore::release(std::span<const quint32> slots)
{
    std::lock_guard lock(m_mutex);
    for (const quint32 slot : slots) {
        releaseLocked(slot);
    }
}

void PreservedGrainStore::releaseLocked(quint32 slot)
{
    if (slot >= m_refs.size() || m_refs[slot] == 0) {
        return;
    }
    --m_references;
    if (--m_refs[slot] == 0) {
        --m_inUse;
        forgetPublishedLocked(slot);
        if (m_freeKnown) {
            // Keep the free list highest first: the lowest slot is reused first, so the file stays compact.
            m_free.insert(std::upper_bound(m_free.begin(), m_free.end(), slot, std::greater<>()), slot);
        }
    }
}

void PreservedGrainStore::forgetPublishedLocked(quint32 slot)
{
    for (Published& p : m_published) {
        std::replace(p.slots.begin(), p.slots.end(), slot, kNoSlot);
    }
}

void PreservedGrainStore::adopt(quint32 slot)
{
    std::lock_guard lock(m_mutex);
    if (slot == kNoSlot) {
        return;
    }
    m_accounted = true;
    if (slot >= m_refs.size()) {
        m_refs.resize(static_cast<size_t>(slot) + 1, 0);
    }
    if (m_refs[slot]++ == 0) {
        ++m_inUse;
    }
    ++m_references;
    m_freeKnown = false;
}

void PreservedGrainStore::writeEnded(quint64 sequence)
{
    // Every copy calls this after every base write: without anything offered (the common case) it takes no lock.
    if (sequence == 0 || m_publishing.load(std::memory_order_acquire) == 0) {
        return;
    }
    std::lock_guard lock(m_mutex);
    std::erase_if(m_published, [sequence](const Published& p) { return p.sequence == sequence; });
    m_publishing.store(m_published.size(), std::memory_order_release);
}

IoStatus PreservedGrainStore::ensureCapacity(quint32 highestSlot)
{
    const qint64 needed = offset(highestSlot) + m_grainSize;
    if (m_capacity.load(std::memory_order_acquire) >= needed) {
        return IoStatus::success();
    }
    std::lock_guard lock(m_growMutex);
    const qint64 size = m_capacity.load();
    if (size >= needed) {
        return IoStatus::success();
    }
    // Grow sparsely in large steps (no blocks are allocated until grains are written): few resizes.
    const qint64 grown = std::max(needed, size + std::max<qint64>(64 * m_grainSize, size / 4));
    if (IoStatus st = m_backend->file().resize(grown); !st.ok()) {
        return st;
    }
    m_capacity.store(grown, std::memory_order_release);
    return IoStatus::success();
}

IoStatus PreservedGrainStore::read(quint32 slot, qint64 within, std::span<char> buffer)
{
    return m_backend->read(offset(slot) + within, buffer);
}

IoStatus PreservedGrainStore::write(quint32 slot, qint64 within, std::span<const char> data)
{
    if (IoStatus st = ensureCapacity(slot); !st.ok()) {
        return st;
    }
    return m_backend->write(offset(slot) + within, data);
}

IoStatus PreservedGrainStore::flush()
{
    return m_backend->flush();
}

qint64 PreservedGrainStore::slotsInUse() const
{
    std::lock_guard lock(m_mutex);
    return m_inUse;
}

qint64 PreservedGrainStore::references() const
{
    std::lock_guard lock(m_mutex);
    return m_references;
}

} // namespace Copyline
