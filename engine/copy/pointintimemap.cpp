// SPDX-License-Identifier: GPL-3.0-or-later
// PointInTimeCopy (pointintime.h), its copy map: the map file's layout, making a copy (establish), reopening it after
// a restart and restarting it at a new point in time, and the records of preserved, changed and failed grains that
// keep the image whole across a killed process; flush() is the barrier against power loss.
#include "pointintime.h"

#include "copy/pointintimeinternal.h"
#include "util/bytesize.h"

#include <QtEndian>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

using namespace PitInternal;

namespace
{

// Map file layout: a 4 KiB header, then
//   full-volume store: one byte per grain (1 = copied), then one byte per grain (1 = changed since the flash);
//   repository store:  one 8-byte little-endian record per slot (grain + 1; 0 = free);
//   shared store (version 2, the header's `shared` is 1): one 8-byte record per grain (its slot in the shared
//   store + 1; 0 = not preserved). Maps of version 1 read 0 there: their grains are in the repository.
constexpr qint64 kHeaderSize = 4096;
constexpr char kMagic[8] = {'C', 'P', 'L', 'N', 'P', 'I', 'T', '1'};
// The failure record inside the header block: a u32 flag (1 = failed), a u32 length and the reason in UTF-8. The
// header block is written when the map is made, so recording a failure overwrites allocated space and needs no
// free space on a full disk. Maps without it read zeros there: not failed.
constexpr qint64 kFailureOffset = 512;
constexpr qint64 kFailureReasonMax = kHeaderSize - kFailureOffset - 8;

struct Header
{
    char magic[8];
    quint32 version;
    quint32 store;
    qint64 grainSize;
    qint64 grains;
    quint32 shared;
    quint32 reserved;
};

std::unique_ptr<std::atomic<quint32>[], void (*)(void*)> allocateSlots(qint64 grains) {
    void* memory = std::calloc(static_cast<size_t>(std::max<qint64>(grains, 1)), sizeof(std::atomic<quint32>));
    if (memory == nullptr) {
        throw std::bad_alloc();
    }
    return {static_cast<std::atomic<quint32>*>(memory), &std::free};
}

} // namespace

PointInTimeCopy::PointInTimeCopy(const PitConfig& config,
    std::shared_ptr<VolumeBackend> source,
    std::shared_ptr<VolumeBackend> store,
    std::unique_ptr<VolumeFile> map)
    : m_config(config)
    , m_source(std::move(source))
    , m_store(std::move(store))
    , m_map(std::move(map))
    , m_copied((config.imageSize + config.grainSize - 1) / config.grainSize)
{
    if (config.changeRecording) {
        m_changed = std::make_unique<GrainBitmap>(m_copied.size());
    }
    if (config.store == PitStore::Repository) {
        m_slots = allocateSlots(m_copied.size());
        m_repositoryCapacity = m_store->size();
        m_shared = config.sharedStore;
    }
    m_threshold = config.warningThresholdPercent;
    m_fullPolicy = static_cast<int>(config.fullPolicy);
}

PointInTimeCopy::~PointInTimeCopy() = default;

std::shared_ptr<PointInTimeCopy> PointInTimeCopy::establish(const PitConfig& config,
    std::shared_ptr<VolumeBackend> source,
    std::shared_ptr<VolumeBackend> store,
    const QString& mapPath,
    IoStatus* status)
{
    auto map = VolumeFile::create(mapPath, kHeaderSize, status);
    if (!map) {
        return nullptr;
    }
    std::shared_ptr<PointInTimeCopy> pit(
        new PointInTimeCopy(config, std::move(source), std::move(store), std::move(map)));
    *status = pit->initialise();
    return status->ok() ? pit : nullptr;
}

std::shared_ptr<PointInTimeCopy> PointInTimeCopy::reopen(const PitConfig& config,
    std::shared_ptr<VolumeBackend> source,
    std::shared_ptr<VolumeBackend> store,
    const QString& mapPath,
    PitState state,
    IoStatus* status)
{
    auto map = VolumeFile::open(mapPath, status);
    if (!map) {
        return nullptr;
    }
    std::shared_ptr<PointInTimeCopy> pit(
        new PointInTimeCopy(config, std::move(source), std::move(store), std::move(map)));
    *status = pit->load();
    if (!status->ok()) {
        return nullptr;
    }
    // A failure recorded in the map outranks the catalog's state: the catalog may not have been written (full
    // disk, killed process) but the image is lost all the same.
    if (pit->m_state.load() != PitState::Failed) {
        pit->m_state = state;
    }
    pit->checkThreshold();
    return pit;
}

IoStatus PointInTimeCopy::initialise()
{
    Header h {};
    std::memcpy(h.magic, kMagic, sizeof kMagic);
    h.version = qToLittleEndian<quint32>(m_shared ? 2 : 1);
    h.shared = qToLittleEndian<quint32>(m_shared ? 1 : 0);
    h.store = qToLittleEndian<quint32>(static_cast<quint32>(m_config.store));
    h.grainSize = qToLittleEndian<qint64>(m_config.grainSize);
    h.grains = qToLittleEndian<qint64>(grains());
    std::vector<char> block(kHeaderSize, 0);
    std::memcpy(block.data(), &h, sizeof h);
    if (IoStatus st = m_map->write(0, bytes(block, kHeaderSize)); !st.ok()) {
        return st;
    }
    // The map is sparse: sized for every record it may hold, allocated only where records are written.
    qint64 size = kHeaderSize;
    if (m_config.store == PitStore::FullVolume) {
        size += roundUp(grains(), 4096) * 2;
    } else {
        size += roundUp(grains() * 8, 4096);
    }
    if (IoStatus st = m_map->resize(size); !st.ok()) {
        return st;
    }
    return m_map->sync();
}

IoStatus PointInTimeCopy::load()
{
    std::vector<char> block(kHeaderSize, 0);
    if (IoStatus st = m_map->read(0, std::span<char>(block.data(), block.size())); !st.ok()) {
        return st;
    }
    Header h {};
    std::memcpy(&h, block.data(), sizeof h);
    if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0
        || qFromLittleEndian<quint32>(h.store) != static_cast<quint32>(m_config.store)
        || qFromLittleEndian<qint64>(h.grainSize) != m_config.grainSize
        || qFromLittleEndian<qint64>(h.grains) != grains()) {
        return IoStatus::failure(EINVAL, u"the copy map %1 does not match its relationship"_s.arg(m_map->path()));
    }
    if (qFromLittleEndian<quint32>(h.shared) == 0) {
        m_shared.reset(); // made before grains were shared: they are in the repository
    } else if (!m_shared || m_config.store != PitStore::Repository || m_shared->grainSize() != m_config.grainSize) {
        return IoStatus::failure(EINVAL,
            u"the copy map %1 keeps its grains in a shared preserved-grain store that is not available"_s.arg(
                m_map->path()));
    }
    const quint32 failedFlag = qFromLittleEndian<quint32>(block.data() + kFailureOffset);
    if (failedFlag != 0) {
        const qint64 n
            = std::min<qint64>(qFromLittleEndian<quint32>(block.data() + kFailureOffset + 4), kFailureReasonMax);
        m_reason = QString::fromUtf8(block.data() + kFailureOffset + 8, n);
        m_state = PitState::Failed;
    }
    std::vector<char> chunk(static_cast<size_t>(kChunk));
    auto scan = [&](qint64 regionStart, qint64 regionLength, auto&& visit) -> IoStatus {
        for (const Extent& e : m_map->dataExtents(regionStart, regionLength)) {
            for (qint64 at = e.offset; at < e.end();) {
                const qint64 n = std::min(kChunk, e.end() - at);
                if (IoStatus st = m_map->read(at, std::span<char>(chunk.data(), static_cast<size_t>(n))); !st.ok()) {
                    return st;
                }
                visit(at - regionStart, chunk.data(), n);
                at += n;
            }
        }
        return IoStatus::success();
    };
    if (m_config.store == PitStore::FullVolume) {
        const qint64 n = grains();
        IoStatus st = scan(kHeaderSize, n, [&](qint64 index, const char* data, qint64 count) {
            for (qint64 i = 0; i < count; ++i) {
                if (data[i] != 0) {
                    m_copied.set(index + i);
                }
            }
        });
        if (st.ok() && m_changed) {
            st = scan(kHeaderSize + roundUp(n, 4096), n, [&](qint64 index, const char* data, qint64 count) {
                for (qint64 i = 0; i < count; ++i) {
                    if (data[i] != 0) {
                        m_changed->set(index + i);
                    }
                }
            });
        }
        return st;
    }
    if (m_shared) {
        // Shared store: every record names the slot that holds a grain; the store learns who uses which slot.
        return scan(kHeaderSize, grains() * 8, [&](qint64 byteIndex, const char* data, qint64 count) {
            for (qint64 i = 0; i + 8 <= count; i += 8) {
                const quint64 record = qFromLittleEndian<quint64>(data + i);
                if (record == 0 || record >= std::numeric_limits<quint32>::max()) {
                    continue;
                }
                const qint64 grain = (byteIndex + i) / 8;
                const auto slot = static_cast<quint32>(record - 1);
                m_slots[static_cast<size_t>(grain)].store(slot + 1);
                m_copied.set(grain);
                ++m_slotsUsed;
                m_shared->adopt(slot);
            }
        });
    }
    // Repository: every record names the grain a slot holds; the highest slot seen is where allocation resumes.
    // Records are 8-byte aligned and chunks are multiples of 8, so a record never straddles two chunks.
    return scan(kHeaderSize, grains() * 8, [&](qint64 byteIndex, const char* data, qint64 count) {
        for (qint64 i = 0; i + 8 <= count; i += 8) {
            const quint64 record = qFromLittleEndian<quint64>(data + i);
            if (record == 0 || record > static_cast<quint64>(grains())) {
                continue;
            }
            const qint64 slot = (byteIndex + i) / 8;
            const auto grain = static_cast<qint64>(record - 1);
            m_slots[static_cast<size_t>(grain)].store(static_cast<quint32>(slot + 1));
            m_copied.set(grain);
            m_slotsUsed = std::max(m_slotsUsed.load(), slot + 1);
        }
    });
}

IoStatus PointInTimeCopy::recordRun(qint64 first, qint64 stop)
{
    if (m_config.store == PitStore::FullVolume) {
        const std::vector<char> ones(static_cast<size_t>(stop - first), 1);
        return m_map->write(kHeaderSize + first, bytes(ones, stop - first));
    }
    if (m_shared) {
        std::vector<char> records(static_cast<size_t>((stop - first) * 8));
        for (qint64 grain = first; grain < stop; ++grain) {
            qToLittleEndian<quint64>(m_slots[static_cast<size_t>(grain)].load(), records.data() + (grain - first) * 8);
        }
        return m_map->write(kHeaderSize + first * 8, bytes(records, static_cast<qint64>(records.size())));
    }
    if (slotsContiguous(first, stop)) {
        std::vector<char> records(static_cast<size_t>((stop - first) * 8));
        for (qint64 grain = first; grain < stop; ++grain) {
            qToLittleEndian<quint64>(static_cast<quint64>(grain) + 1, records.data() + (grain - first) * 8);
        }
        const qint64 slot = static_cast<qint64>(m_slots[static_cast<size_t>(first)].load()) - 1;
        return m_map->write(kHeaderSize + slot * 8, bytes(records, static_cast<qint64>(records.size())));
    }
    for (qint64 grain = first; grain < stop; ++grain) {
        if (IoStatus st = record(grain); !st.ok()) {
            return st;
        }
    }
    return IoStatus::success();
}

IoStatus PointInTimeCopy::record(qint64 grain)
{
    if (m_config.store == PitStore::FullVolume) {
        const char one = 1;
        return m_map->write(kHeaderSize + grain, std::span<const char>(&one, 1));
    }
    if (m_shared) {
        return recordRun(grain, grain + 1);
    }
    const qint64 slot = static_cast<qint64>(m_slots[static_cast<size_t>(grain)].load()) - 1;
    char entry[8];
    qToLittleEndian<quint64>(static_cast<quint64>(grain) + 1, entry);
    return m_map->write(kHeaderSize + slot * 8, std::span<const char>(entry, 8));
}

IoStatus PointInTimeCopy::recordChanged(qint64 first, qint64 last)
{
    if (!m_changed) {
        return IoStatus::success();
    }
    // A run's bytes reach the map before its bits are set, so a writer that finds a bit set knows the byte is in the
    // file and may let its write go on. Two writers of one grain may both write the byte: the same 1, no lock needed.
    const qint64 base = kHeaderSize + roundUp(grains(), 4096);
    for (qint64 g = first; g <= last;) {
        if (m_changed->test(g)) {
            ++g;
            continue;
        }
        qint64 end = g + 1;
        while (end <= last && !m_changed->test(end)) {
            ++end;
        }
        const std::vector<char> ones(static_cast<size_t>(end - g), 1);
        if (IoStatus st = m_map->write(base + g, bytes(ones, end - g)); !st.ok()) {
            return st;
        }
        for (qint64 i = g; i < end; ++i) {
            m_changed->set(i);
        }
        g = end;
    }
    return IoStatus::success();
}

IoStatus PointInTimeCopy::recordFailure()
{
    if (m_failureDurable.load()) {
        return IoStatus::success();
    }
    std::lock_guard lock(m_failureMutex);
    if (m_failureDurable.load()) {
        return IoStatus::success();
    }
    const QByteArray reason = stateReason().toUtf8().left(static_cast<int>(kFailureReasonMax));
    std::vector<char> record(static_cast<size_t>(8 + reason.size()), 0);
    qToLittleEndian<quint32>(1, record.data());
    qToLittleEndian<quint32>(static_cast<quint32>(reason.size()), record.data() + 4);
    std::memcpy(record.data() + 8, reason.constData(), static_cast<size_t>(reason.size()));
    IoStatus st = m_map->write(kFailureOffset, bytes(record, static_cast<qint64>(record.size())));
    if (st.ok()) {
        st = m_map->sync();
    }
    if (!st.ok()) {
        return IoStatus::failure(st.error,
            u"the point-in-time copy failed (%1) and its failure could not be recorded in %2 (%3); the write was "
            "refused so that the copy never shows data newer than its point in time. Free space where the "
            "workspace is, then retry"_s.arg(stateReason(), m_map->path(), st.reason));
    }
    m_failureDurable = true;
    return IoStatus::success();
}

IoStatus PointInTimeCopy::clearFailureRecord()
{
    const std::vector<char> zeros(8, 0);
    if (IoStatus st = m_map->write(kFailureOffset, bytes(zeros, 8)); !st.ok()) {
        return st;
    }
    m_failureDurable = true;
    return IoStatus::success();
}

IoStatus PointInTimeCopy::restart(bool incremental)
{
    auto guard = m_locks.lock(0, std::max<qint64>(grains() - 1, 0));
    if (incremental && m_changed && m_config.store == PitStore::FullVolume) {
        // Grains changed on either side since the last flash are copied again; the rest already match.
        const char zero = 0;
        for (qint64 grain = m_changed->findNext(0, true); grain < grains();
             grain = m_changed->findNext(grain + 1, true)) {
            if (m_copied.clear(grain)) {
                if (IoStatus st = m_map->write(kHeaderSize + grain, std::span<const char>(&zero, 1)); !st.ok()) {
                    return st;
                }
            }
        }
        // The grains to copy again reach the disk before their change marks are punched out: the hole punch is a
        // metadata change the file system may commit before the byte writes above, and a power loss between the two
        // would leave a changed grain marked neither "not copied" nor "changed".
        if (IoStatus st = m_map->sync(); !st.ok()) {
            return st;
        }
        m_changed->clearAll();
        if (IoStatus st = m_map->discard(kHeaderSize + roundUp(grains(), 4096), roundUp(grains(), 4096)); !st.ok()) {
            return st;
        }
    } else if (m_shared) {
        // The map forgets the grains (durably) before the store may reuse them for other data.
        const std::vector<quint32> slots = sharedSlots();
        if (IoStatus st = m_map->discard(kHeaderSize, m_map->size() - kHeaderSize); !st.ok()) {
            return st;
        }
        if (IoStatus st = m_map->sync(); !st.ok()) {
            return st;
        }
        m_shared->release(slots);
        m_copied.clearAll();
        m_slots = allocateSlots(grains());
        m_slotsUsed = 0;
    } else {
        m_copied.clearAll();
        if (m_changed) {
            m_changed->clearAll();
        }
        if (IoStatus st = m_map->discard(kHeaderSize, m_map->size() - kHeaderSize); !st.ok()) {
            return st;
        }
        if (m_config.store == PitStore::Repository) {
            m_slots = allocateSlots(grains());
            m_slotsUsed = 0;
            // "All copy-on-write data on the repository is deleted": give the space back as well.
            const qint64 dataStart = roundUp(m_config.repositoryReserved, m_config.grainSize);
            if (IoStatus st = m_store->discard(dataStart, std::max<qint64>(0, m_store->size() - dataStart)); !st.ok()) {
                return st;
            }
        }
    }
    m_pointer = 0;
    m_thresholdExceeded = false;
    m_refusing = false;
    if (IoStatus st = clearFailureRecord(); !st.ok()) {
        return st;
    }
    setState(PitState::Active);
    return m_map->sync();
}

IoStatus PointInTimeCopy::flush()
{
    if (IoStatus st = m_shared ? m_shared->flush() : m_store->flush(); !st.ok()) {
        return st;
    }
    return m_map->sync();
}

} // namespace Copyline
