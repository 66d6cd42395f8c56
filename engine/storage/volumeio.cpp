// SPDX-License-Identifier: GPL-3.0-or-later
#include "volumeio.h"

#include <algorithm>
#include <chrono>
#include <thread>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

using IoClock = std::chrono::steady_clock;

quint64 nanosSince(IoClock::time_point start)
{
    return static_cast<quint64>(std::chrono::duration_cast<std::chrono::nanoseconds>(IoClock::now() - start).count());
}

} // namespace

FileBackend::FileBackend(std::unique_ptr<VolumeFile> file)
    : m_file(std::move(file))
{ }

IoStatus FileBackend::read(qint64 offset, std::span<char> buffer)
{
    if (m_readFault.load(std::memory_order_relaxed)) {
        return IoStatus::failure(EIO, u"unrecovered read error (injected media error)"_s);
    }
    return m_file->read(offset, buffer);
}

IoStatus FileBackend::write(qint64 offset, std::span<const char> data)
{
    if (m_writeFault.load(std::memory_order_relaxed)) {
        return IoStatus::failure(EIO, u"write error (injected media error)"_s);
    }
    if (m_diskFull.load(std::memory_order_relaxed)) {
        return IoStatus::failure(ENOSPC, u"No space left on device (injected: the disk is full)"_s);
    }
    return m_file->write(offset, data);
}

std::optional<IoStatus> FileBackend::copyRangeFrom(VolumeBackend& source, qint64 offset, qint64 length)
{
    auto* file = dynamic_cast<FileBackend*>(&source);
    if (file == nullptr || file->m_readFault.load() || m_writeFault.load() || m_diskFull.load()) {
        return std::nullopt; // injected faults must be seen by the copy: go the ordinary way
    }
    const IoStatus st = m_file->copyRangeFrom(*file->m_file, offset, length);
    if (st.error == EXDEV || st.error == ENOSYS || st.error == EOPNOTSUPP || st.error == EINVAL) {
        return std::nullopt;
    }
    return st;
}

void FileBackend::setFault(FaultInjection fault)
{
    m_readFault = fault.readError;
    m_writeFault = fault.writeError;
    m_diskFull = fault.diskFull;
}

FaultInjection FileBackend::fault() const
{
    return {m_readFault.load(), m_writeFault.load(), m_diskFull.load()};
}

QList<Extent> FileBackend::dataExtents(qint64 offset, qint64 length) const
{
    return m_file->dataExtents(offset, length);
}

VolumeIo::VolumeIo(ObjectId id, std::shared_ptr<VolumeBackend> backend)
    : m_id(id)
    , m_backend(std::move(backend))
{ }

qint64 VolumeIo::size() const
{
    std::shared_lock lock(m_gate);
    return m_backend->size();
}

IoStatus VolumeIo::checkRange(qint64 offset, qint64 length) const
{
    if (m_retired.load(std::memory_order_relaxed)) {
        return IoStatus::failure(ENXIO, u"the logical drive no longer exists"_s);
    }
    const qint64 size = m_backend->size();
    if (offset < 0 || length < 0 || offset > size || length > size - offset) {
        return IoStatus::failure(
            EINVAL, u"range %1+%2 is outside the logical drive (%3 bytes)"_s.arg(offset).arg(length).arg(size));
    }
    return IoStatus::success();
}

IoStatus VolumeIo::read(qint64 offset, std::span<char> buffer, IoOrigin origin)
{
    const auto start = origin == IoOrigin::Host ? IoClock::now() : IoClock::time_point {}; // host I/O only
    std::shared_lock lock(m_gate);
    const auto length = static_cast<qint64>(buffer.size());
    if (auto st = checkRange(offset, length); !st.ok()) {
        return st;
    }
    if (origin == IoOrigin::Host && !m_access.read) {
        return IoStatus::failure(m_access.readError, m_access.readReason);
    }
    IoStatus st = m_backend->read(offset, buffer);
    if (st.ok() && origin == IoOrigin::Host) {
        m_readOps.fetch_add(1, std::memory_order_relaxed);
        m_readBytes.fetch_add(static_cast<quint64>(length), std::memory_order_relaxed);
        m_readNanos.fetch_add(nanosSince(start), std::memory_order_relaxed);
    }
    return st;
}

template <typename Apply>
IoStatus VolumeIo::hookedWrite(const WriteOp& op, Apply&& apply, std::chrono::steady_clock::time_point start)
{
    if (auto st = checkRange(op.offset, op.length); !st.ok()) {
        return st;
    }
    if (op.origin == IoOrigin::Host && !m_access.write) {
        return IoStatus::failure(m_access.writeError, m_access.writeReason);
    }
    std::size_t admitted = 0;
    IoStatus st;
    for (; admitted < m_observers.size(); ++admitted) {
        st = m_observers[admitted]->beforeWrite(op);
        if (!st.ok()) {
            break;
        }
    }
    if (st.ok()) {
        st = apply();
    }
    for (std::size_t i = 0; i < admitted; ++i) {
        m_observers[i]->afterWrite(op, st);
    }
    if (st.ok() && op.origin == IoOrigin::Host && !op.discard) {
        m_writeOps.fetch_add(1, std::memory_order_relaxed);
        m_writeBytes.fetch_add(static_cast<quint64>(op.length), std::memory_order_relaxed);
        m_writeNanos.fetch_add(nanosSince(start), std::memory_order_relaxed);
    }
    return st;
}

namespace
{

quint64 nextWriteSequence()
{
    static std::atomic<quint64> sequence {0};
    return sequence.fetch_add(1, std::memory_order_relaxed) + 1;
}

/** Times a host write for the drive's latency listener (nothing for replication I/O or without a listener). */
class WriteTimer
{
public:
    /** @p start: when the request arrived, the same instant the drive's own counters time from. */
    WriteTimer(WriteLatencyListener* listener, IoOrigin origin, std::chrono::steady_clock::time_point start)
        : m_listener(origin == IoOrigin::Host ? listener : nullptr)
        , m_start(start)
    {
        if (m_listener != nullptr) {
            m_listener->hostWriteStarted();
            if (const auto delay = m_listener->simulatedDelay(); delay.count() > 0) {
                std::this_thread::sleep_for(delay); // [SIM] a disk busy with background copies
            }
        }
    }
    ~WriteTimer()
    {
        if (m_listener != nullptr) {
            m_listener->hostWriteTimed(std::chrono::steady_clock::now() - m_start);
        }
    }
    WriteTimer(const WriteTimer&) = delete;
    WriteTimer& operator=(const WriteTimer&) = delete;

private:
    WriteLatencyListener* m_listener;
    std::chrono::steady_clock::time_point m_start;
};

} // namespace

IoStatus VolumeIo::write(qint64 offset, std::span<const char> data, IoOrigin origin)
{
    const auto start = origin == IoOrigin::Host ? IoClock::now() : IoClock::time_point {}; // host I/O only
    std::shared_lock lock(m_gate);
    const WriteTimer timer(m_latency.get(), origin, start);
    const WriteOp op {offset, static_cast<qint64>(data.size()), data, origin, false, nextWriteSequence()};
    return hookedWrite(
        op, [&] { return m_backend->write(offset, data); }, start);
}

IoStatus VolumeIo::discard(qint64 offset, qint64 length, IoOrigin origin)
{
    const auto start = origin == IoOrigin::Host ? IoClock::now() : IoClock::time_point {}; // host I/O only
    std::shared_lock lock(m_gate);
    const WriteTimer timer(m_latency.get(), origin, start);
    // A discard changes the bytes (they read as zeros afterwards), so the write hooks see it like a write.
    const WriteOp op {offset, length, {}, origin, true, nextWriteSequence()};
    return hookedWrite(
        op, [&] { return m_backend->discard(offset, length); }, start);
}

IoStatus VolumeIo::flush(IoOrigin origin)
{
    const auto start = origin == IoOrigin::Host ? IoClock::now() : IoClock::time_point {}; // host I/O only
    std::shared_lock lock(m_gate);
    const WriteTimer timer(m_latency.get(), origin, start);
    for (const auto& observer : m_observers) {
        if (IoStatus st = observer->beforeFlush(); !st.ok()) {
            return st;
        }
    }
    return m_backend->flush();
}

QList<Extent> VolumeIo::dataExtents(qint64 offset, qint64 length) const
{
    std::shared_lock lock(m_gate);
    return m_backend->dataExtents(offset, length);
}

std::optional<IoStatus> VolumeIo::copyFrom(VolumeIo& source, qint64 offset, qint64 length)
{
    if (&source == this || length <= 0 || source.isRetired()) {
        return std::nullopt; // the ordinary way reports a deleted source
    }
    // The source's backend is taken under its gate and used without it (as the bytes of a read are): no two gates
    // are held at once, so this adds no lock order between drives.
    const std::shared_ptr<VolumeBackend> from = source.backend();
    if (offset < 0 || length > from->size() - offset) {
        return std::nullopt;
    }
    std::shared_lock lock(m_gate);
    for (const auto& observer : m_observers) {
        if (!observer->inertFor(IoOrigin::Replication)) {
            return std::nullopt; // a hook must see this write (a FlashCopy preserves the old grain first)
        }
    }
    if (auto st = checkRange(offset, length); !st.ok()) {
        return st;
    }
    return m_backend->copyRangeFrom(*from, offset, length);
}

VolumeIo::Quiesced::Quiesced(VolumeIo& io)
    : m_io(io)
    , m_lock(io.m_gate)
{ }

void VolumeIo::Quiesced::addObserver(std::shared_ptr<WriteObserver> observer)
{
    observer->attached(m_io.m_traffic);
    m_io.m_observers.push_back(std::move(observer));
}

void VolumeIo::Quiesced::removeObserver(const std::shared_ptr<WriteObserver>& observer)
{
    std::erase(m_io.m_observers, observer);
}

void VolumeIo::Quiesced::setHostAccess(const HostAccess& access)
{
    m_io.m_access = access;
}

void VolumeIo::Quiesced::setBackend(std::shared_ptr<VolumeBackend> backend)
{
    m_io.m_backend = std::move(backend);
}

void VolumeIo::Quiesced::setLatencyListener(std::shared_ptr<WriteLatencyListener> listener)
{
    m_io.m_latency = std::move(listener);
}

HostAccess VolumeIo::hostAccess() const
{
    std::shared_lock lock(m_gate);
    return m_access;
}

std::shared_ptr<VolumeBackend> VolumeIo::backend() const
{
    std::shared_lock lock(m_gate);
    return m_backend;
}

IoCounters VolumeIo::counters() const
{
    return {m_readOps.load(std::memory_order_relaxed), m_writeOps.load(std::memory_order_relaxed),
        m_readBytes.load(std::memory_order_relaxed), m_writeBytes.load(std::memory_order_relaxed),
        m_readNanos.load(std::memory_order_relaxed), m_writeNanos.load(std::memory_order_relaxed),
        m_traffic->copyBytes.load(std::memory_order_relaxed), m_traffic->mirrorBytes.load(std::memory_order_relaxed)};
}

std::shared_ptr<VolumeIo> VolumeRegistry::find(ObjectId logicalDriveId) const
{
    std::lock_guard lock(m_mutex);
    return m_volumes.value(logicalDriveId);
}

void VolumeRegistry::insert(std::shared_ptr<VolumeIo> io)
{
    std::lock_guard lock(m_mutex);
    const ObjectId id = io->id();
    m_volumes.insert(id, std::move(io));
}

std::shared_ptr<VolumeIo> VolumeRegistry::take(ObjectId logicalDriveId)
{
    std::lock_guard lock(m_mutex);
    return m_volumes.take(logicalDriveId);
}

QList<std::shared_ptr<VolumeIo>> VolumeRegistry::all() const
{
    std::lock_guard lock(m_mutex);
    return m_volumes.values();
}

void VolumeRegistry::clear()
{
    std::lock_guard lock(m_mutex);
    m_volumes.clear();
}

} // namespace Copyline
