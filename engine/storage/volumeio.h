// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/configuration.h"
#include "storage/iostatus.h"
#include "storage/volumefile.h"
#include "util/fairsharedmutex.h"

#include <QList>
#include <QString>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex> // std::shared_lock
#include <span>
#include <vector>

namespace Copyline
{

/** Who issues an I/O: a host (through a LUN mapping, the CLI or the workload generator) or the replication engine. */
enum class IoOrigin
{
    Host,
    Replication,
};

/**
 * Where the bytes of a logical drive live. A standard logical drive is backed by its volume file; later kinds
 * (a FlashCopy logical drive resolving grain by grain) supply their own backend. Implementations are thread-safe.
 */
class VolumeBackend
{
public:
    virtual ~VolumeBackend() = default;
    virtual qint64 size() const = 0;
    virtual IoStatus read(qint64 offset, std::span<char> buffer) = 0;
    virtual IoStatus write(qint64 offset, std::span<const char> data) = 0;
    virtual IoStatus discard(qint64 offset, qint64 length) = 0;
    virtual IoStatus flush() = 0;
    /** Extents that may hold data (a superset is always correct). Copies skip everything else. */
    virtual QList<Extent> dataExtents(qint64 offset, qint64 length) const = 0;
    /**
     * Copies [offset, offset+length) of @p source to the same place here by a shortcut (in the kernel, no copy
     * through user space), or returns nothing when there is none and the caller must read and write.
     */
    virtual std::optional<IoStatus> copyRangeFrom(VolumeBackend& source, qint64 offset, qint64 length)
    {
        Q_UNUSED(source);
        Q_UNUSED(offset);
        Q_UNUSED(length);
        return std::nullopt;
    }
};

/** [SIM] Injected media errors: every read or write of the drive fails with EIO, host and replication alike. */
struct FaultInjection
{
    bool readError = false;
    bool writeError = false;
    bool diskFull = false; /**< writes fail with ENOSPC, as on a full disk under the volume file */
};

/** The plain backend: the volume file itself. */
class FileBackend final : public VolumeBackend
{
public:
    explicit FileBackend(std::unique_ptr<VolumeFile> file);

    VolumeFile& file() { return *m_file; }
    qint64 size() const override { return m_file->size(); }
    IoStatus read(qint64 offset, std::span<char> buffer) override;
    IoStatus write(qint64 offset, std::span<const char> data) override;
    IoStatus discard(qint64 offset, qint64 length) override { return m_file->discard(offset, length); }
    IoStatus flush() override { return m_file->sync(); }
    QList<Extent> dataExtents(qint64 offset, qint64 length) const override;

    std::optional<IoStatus> copyRangeFrom(VolumeBackend& source, qint64 offset, qint64 length) override;

    /** Injected media errors hit everything that uses this volume: hosts, copies, mirrors. */
    void setFault(FaultInjection fault);
    FaultInjection fault() const;

private:
    std::unique_ptr<VolumeFile> m_file;
    std::atomic<bool> m_readFault {false};
    std::atomic<bool> m_writeFault {false};
    std::atomic<bool> m_diskFull {false};
};

/**
 * The bytes the copy services move on behalf of one logical drive, by kind, counted where they move (cheap atomic
 * adds on the data path, no lock). Both are charged to the drive whose data travels: a FlashCopy's or VolumeCopy's
 * source, a mirror's local side. Holes skipped and discards move nothing and count nothing.
 */
struct TrafficCounters
{
    /** Point-in-time copies: copy-before-write preservation, background copy, a partial target grain filled in. */
    std::atomic<quint64> copyBytes {0};
    /** Remote mirroring: bytes sent to the partner (host writes shipped, synchronization, journal applied). */
    std::atomic<quint64> mirrorBytes {0};
};

/** One write (or discard) on its way to a logical drive, as the write hooks see it. */
struct WriteOp
{
    qint64 offset = 0;
    qint64 length = 0;
    std::span<const char> data; /**< the bytes written; empty for a discard */
    IoOrigin origin = IoOrigin::Host;
    bool discard = false; /**< the range reads as zeros afterwards */
    /** Unique per write while it runs (0: none); hooks handling the same write may share work by it. */
    quint64 sequence = 0;
};

/**
 * A hook on the write path of one logical drive. The relationships in which the drive is a source attach one
 * each (copy-before-write of a FlashCopy, out-of-sync marking or shipping of a mirror). Hooks run on the writer's
 * thread with the drive's gate held shared, so several writes may be inside a hook at once; a hook serialises
 * overlapping work on one grain itself.
 */
class WriteObserver
{
public:
    virtual ~WriteObserver() = default;
    /** Before the bytes reach the drive. An error rejects the write and nothing is written. */
    virtual IoStatus beforeWrite(const WriteOp& op) = 0;
    /**
     * After the write, with its result: called exactly once for every beforeWrite that succeeded, also when a
     * later hook or the drive itself failed the write, so a hook may hold a lock from one call to the other.
     */
    virtual void afterWrite(const WriteOp& op, const IoStatus& result)
    {
        Q_UNUSED(op);
        Q_UNUSED(result);
    }
    /**
     * Before the drive itself is flushed: a relationship makes what the drive's writes depend on durable first
     * (a copy-before-write's preserved grains must reach the disk before the writes that overwrote them).
     */
    virtual IoStatus beforeFlush() { return IoStatus::success(); }
    /** Attached to a drive's write path: that drive's byte counters, for a hook that moves its bytes elsewhere. */
    virtual void attached(const std::shared_ptr<TrafficCounters>& traffic) { Q_UNUSED(traffic); }
    /**
     * Whether this hook, as things stand, does nothing at all with a write of @p origin: beforeWrite succeeds without
     * acting and afterWrite does nothing (e.g. the hook of a mirror's secondary). Only then may a write bypass the
     * hooks by a kernel shortcut (VolumeIo::copyFrom). A hook that is not sure keeps the default: false.
     */
    virtual bool inertFor(IoOrigin origin) const
    {
        Q_UNUSED(origin);
        return false;
    }
};

/**
 * Hears how long each host write (and host flush) of a drive took, from the access check to the last write hook:
 * the adaptive resync rate's input (copy/ratecontroller.h). Called on the writer's thread with the drive's gate
 * held shared; must be cheap and lock-free.
 */
class WriteLatencyListener
{
public:
    virtual ~WriteLatencyListener() = default;
    /** A host write begins (each is followed by hostWriteTimed): a write stuck for long is seen before it ends. */
    virtual void hostWriteStarted() noexcept { }
    virtual void hostWriteTimed(std::chrono::nanoseconds latency) noexcept = 0;
    /** [SIM] A delay each host write waits first, as on a disk busy with other work; 0 normally. */
    virtual std::chrono::nanoseconds simulatedDelay() const noexcept { return std::chrono::nanoseconds(0); }
};

/** What hosts may do with a logical drive, and why not, as the copy-services rules decide. */
struct HostAccess
{
    bool read = true;
    bool write = true;
    int readError = EPERM;
    int writeError = EPERM;
    QString readReason;
    QString writeReason;

    friend bool operator==(const HostAccess&, const HostAccess&) = default;
};

/** Counters for the I/O rate display: host I/O (with its service time), and the copy services' traffic. */
struct IoCounters
{
    quint64 readOps = 0;
    quint64 writeOps = 0;
    quint64 readBytes = 0;
    quint64 writeBytes = 0;
    quint64 readNanos = 0;  /**< sum of the host reads' service times (request in to completion here) */
    quint64 writeNanos = 0; /**< the same for the host writes (copy-before-write and synchronous shipping included) */
    quint64 copyBytes = 0;
    quint64 mirrorBytes = 0;
};

/**
 * The I/O front of one logical drive: the interception point every read and write passes. A write runs
 * access check → write observers (in attachment order) → backend → observers' afterWrite.
 *
 * The gate is a shared mutex: I/O holds it shared (I/Os never wait for each other here), reconfiguration holds it
 * exclusively through quiesce(), which waits for in-flight I/O to drain and holds new I/O back — also under
 * continuous I/O, as the gate lets a waiting exclusive locker in first. Establishing a
 * point-in-time copy uses exactly this, as the controller "suspends writes to the base for a few seconds".
 */
class VolumeIo final
{
public:
    VolumeIo(ObjectId id, std::shared_ptr<VolumeBackend> backend);

    ObjectId id() const { return m_id; }
    qint64 size() const;

    IoStatus read(qint64 offset, std::span<char> buffer, IoOrigin origin = IoOrigin::Host);
    IoStatus write(qint64 offset, std::span<const char> data, IoOrigin origin = IoOrigin::Host);
    IoStatus discard(qint64 offset, qint64 length, IoOrigin origin = IoOrigin::Host);
    /** Makes the written bytes durable; a host's flush counts as part of its writes' latency. */
    IoStatus flush(IoOrigin origin = IoOrigin::Host);
    QList<Extent> dataExtents(qint64 offset, qint64 length) const;
    /**
     * Copies [offset, offset+length) of @p source to the same place of this drive in the kernel (copy_file_range: no
     * copy through user space), as a replication write, when nothing would see the write otherwise: every write hook
     * of this drive is inert for replication writes (WriteObserver::inertFor), both drives are plain volume files and
     * no fault is injected. This drive's gate is held shared throughout, so no hook can be attached under the copy
     * (attaching one quiesces the drive). Returns nothing when there is no such shortcut: the caller reads and writes
     * through write(), where the hooks run. A mirror's synchronization uses it (in-process link).
     */
    std::optional<IoStatus> copyFrom(VolumeIo& source, qint64 offset, qint64 length);

    /**
     * The drive held quiet: no I/O is in flight and none starts until this object goes (or unlock()). The
     * reconfiguration methods on it act without releasing the hold, so e.g. a copy attaches to a source at
     * exactly the instant it was quiesced.
     */
    class Quiesced
    {
    public:
        explicit Quiesced(VolumeIo& io);
        void addObserver(std::shared_ptr<WriteObserver> observer);
        void removeObserver(const std::shared_ptr<WriteObserver>& observer);
        void setHostAccess(const HostAccess& access);
        void setBackend(std::shared_ptr<VolumeBackend> backend);
        void setLatencyListener(std::shared_ptr<WriteLatencyListener> listener);
        void unlock() { m_lock.unlock(); }

    private:
        VolumeIo& m_io;
        std::unique_lock<FairSharedMutex> m_lock;
    };

    /** Blocks new I/O and waits for in-flight I/O to finish. */
    Quiesced quiesce() { return Quiesced(*this); }

    // Each of these quiesces the drive for the change; never call them while holding a Quiesced of this drive.
    void setHostAccess(const HostAccess& access) { quiesce().setHostAccess(access); }
    void addObserver(std::shared_ptr<WriteObserver> observer) { quiesce().addObserver(std::move(observer)); }
    void removeObserver(const std::shared_ptr<WriteObserver>& observer) { quiesce().removeObserver(observer); }
    void setBackend(std::shared_ptr<VolumeBackend> backend) { quiesce().setBackend(std::move(backend)); }
    void setLatencyListener(std::shared_ptr<WriteLatencyListener> listener)
    {
        quiesce().setLatencyListener(std::move(listener));
    }
    HostAccess hostAccess() const;
    std::shared_ptr<VolumeBackend> backend() const;
    IoCounters counters() const;
    /** The copy services' byte counters of this drive; shared, so a copy or a mirror can keep them. */
    const std::shared_ptr<TrafficCounters>& traffic() const { return m_traffic; }

    /** The logical drive was deleted: every later I/O through this front fails (ENXIO), whoever still holds it. */
    void retire() { m_retired.store(true); }
    bool isRetired() const { return m_retired.load(); }

private:
    IoStatus checkRange(qint64 offset, qint64 length) const;
    /** Runs @p op through the write hooks around @p apply (the backend call); the gate is held shared. */
    template <typename Apply>
    IoStatus hookedWrite(const WriteOp& op, Apply&& apply, std::chrono::steady_clock::time_point start);

    const ObjectId m_id;
    mutable FairSharedMutex m_gate; // exclusive lockers are not starved by continuous I/O
    std::shared_ptr<VolumeBackend> m_backend;
    std::vector<std::shared_ptr<WriteObserver>> m_observers;
    std::shared_ptr<WriteLatencyListener> m_latency; // host writes are timed for it (set while quiesced)
    HostAccess m_access;
    std::atomic<bool> m_retired {false};
    std::atomic<quint64> m_readOps {0};
    std::atomic<quint64> m_writeOps {0};
    std::atomic<quint64> m_readBytes {0};
    std::atomic<quint64> m_writeBytes {0};
    std::atomic<quint64> m_readNanos {0};
    std::atomic<quint64> m_writeNanos {0};
    const std::shared_ptr<TrafficCounters> m_traffic = std::make_shared<TrafficCounters>();
};

/**
 * A drive's I/O front as a backend: a copy that writes into a drive whose own relationships must see the writes
 * (a VolumeCopy onto a remote mirror primary: the mirror ships what the copy writes) uses it instead of the bare
 * file. Writes run as replication I/O, so the drive's host access rules do not apply; there is no kernel shortcut.
 */
class HookedBackend final : public VolumeBackend
{
public:
    explicit HookedBackend(std::shared_ptr<VolumeIo> io)
        : m_io(std::move(io))
    { }
    qint64 size() const override { return m_io->size(); }
    IoStatus read(qint64 offset, std::span<char> buffer) override
    {
        return m_io->read(offset, buffer, IoOrigin::Replication);
    }
    IoStatus write(qint64 offset, std::span<const char> data) override
    {
        return m_io->write(offset, data, IoOrigin::Replication);
    }
    IoStatus discard(qint64 offset, qint64 length) override
    {
        return m_io->discard(offset, length, IoOrigin::Replication);
    }
    IoStatus flush() override { return m_io->flush(); }
    QList<Extent> dataExtents(qint64 offset, qint64 length) const override { return m_io->dataExtents(offset, length); }

private:
    std::shared_ptr<VolumeIo> m_io;
};

/** All open VolumeIo objects of a workspace, reachable from any thread (NBD server, copy workers, engine). */
class VolumeRegistry final
{
public:
    std::shared_ptr<VolumeIo> find(ObjectId logicalDriveId) const;
    void insert(std::shared_ptr<VolumeIo> io);
    std::shared_ptr<VolumeIo> take(ObjectId logicalDriveId);
    QList<std::shared_ptr<VolumeIo>> all() const;
    void clear();

private:
    mutable std::mutex m_mutex;
    QHash<ObjectId, std::shared_ptr<VolumeIo>> m_volumes;
};

} // namespace Copyline
