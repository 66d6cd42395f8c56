// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/iostatus.h"
#include "storage/volumeio.h"

#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <span>
#include <vector>

namespace Copyline
{

/**
 * The preserved grains of every space-efficient point-in-time copy of one base with one grain size, kept once and
 * shared (issue 19). When a base write reaches a grain that four FlashCopies still need, the old grain is read and
 * written once, and all four copy maps point at the same slot: one preservation per write, not one per FlashCopy.
 *
 * Sharing is only ever between copies handling the same base write (the same WriteOp::sequence). Within one write,
 * before it reaches the base, every copy that still needs a grain needs exactly the bytes the base holds now: a copy
 * that has not preserved a grain has seen no write to it since its point in time, so the first copy's preserved
 * bytes are right for all of them. A slot is offered for sharing only until that write ends.
 *
 * Slots are reference-counted in memory only. The store keeps no metadata on disk: every copy's map names the slots
 * it uses, and a reopened copy adopts them. Every copy that uses a store must therefore be reopened (adopt) before
 * the store allocates again; the engine reopens all copies before host I/O starts. A copy that goes away without
 * release() (a crash, a closed workspace) keeps its references: space is never reused while a map may name it.
 *
 * Thread-safe. The mutex guards only the slot table; no I/O runs under it.
 */
class PreservedGrainStore final
{
public:
    /** Opens (or makes) the store file at @p path for grains of @p grainSize bytes. */
    static std::shared_ptr<PreservedGrainStore> open(const QString& path, qint64 grainSize, IoStatus* status);
    /** A store on @p backend (tests inject a full disk through its FaultInjection). */
    PreservedGrainStore(std::shared_ptr<FileBackend> backend, qint64 grainSize);
    ~PreservedGrainStore();
    PreservedGrainStore(const PreservedGrainStore&) = delete;
    PreservedGrainStore& operator=(const PreservedGrainStore&) = delete;

    qint64 grainSize() const { return m_grainSize; }
    QString path() const;
    FileBackend& backend() { return *m_backend; }

    /**
     * The slots holding grains [first, stop) of @p source as they are before the write @p sequence reaches it:
     * slots another copy preserved during the same write are shared (one more reference each), the rest are
     * allocated, read from the source in one read per run and written to the store. On success @p slots holds one
     * slot per grain, each referenced once more by the caller. On failure nothing is referenced.
     * @p imageSize bounds the last grain; @p bytesWritten receives the bytes this call preserved itself.
     */
    IoStatus preserve(quint64 sequence,
        qint64 first,
        qint64 stop,
        VolumeBackend& source,
        qint64 imageSize,
        std::vector<quint32>& slots,
        qint64* bytesWritten);
    /** One new slot, referenced once, never offered for sharing (a grain the copy's own target writes). */
    quint32 allocatePrivate();
    /**
     * Whether @p slot is referenced by the caller alone; if so it stops being offered for sharing, so the caller
     * may write it in place.
     */
    bool claimExclusive(quint32 slot);
    /** One reference fewer; a slot nobody references is free for reuse. */
    void release(quint32 slot);
    void release(std::span<const quint32> slots);
    /** A reopened copy's map names @p slot: one more reference (see the class comment for when this may run). */
    void adopt(quint32 slot);
    /** The write @p sequence has ended: its slots are no longer offered for sharing. */
    void writeEnded(quint64 sequence);

    qint64 offset(quint32 slot) const { return static_cast<qint64>(slot) * m_grainSize; }
    IoStatus read(quint32 slot, qint64 within, std::span<char> buffer);
    IoStatus write(quint32 slot, qint64 within, std::span<const char> data);
    IoStatus flush();

    /** Slots referenced at least once (physical use), and references in all (what the copies account). */
    qint64 slotsInUse() const;
    qint64 references() const;

private:
    struct Published
    {
        quint64 sequence = 0;
        qint64 first = 0;           /**< first grain */
        std::vector<quint32> slots; /**< slot of grain first + i; kNoSlot when no longer offered */
    };

    std::vector<quint32> allocateLocked(qint64 count);
    void releaseLocked(quint32 slot);
    void forgetPublishedLocked(quint32 slot);
    IoStatus ensureCapacity(quint32 highestSlot);
    IoStatus writeRun(std::span<const quint32> slots, std::span<const char> data);
    /** Preserves [from, from+length) of @p source into consecutive @p slots inside the kernel, if it can. */
    bool copyInKernel(
        VolumeBackend& source, qint64 from, qint64 length, std::span<const quint32> slots, IoStatus* status);

    std::shared_ptr<FileBackend> m_backend;
    const qint64 m_grainSize;
    mutable std::mutex m_mutex;
    std::vector<quint32> m_refs; /**< per slot below the high-water mark */
    std::vector<quint32> m_free; /**< free slots, highest first (the lowest is reused first) */
    bool m_freeKnown = true;     /**< false after adopt(): m_free is rebuilt from m_refs at the next allocation */
    qint64 m_inUse = 0;
    qint64 m_references = 0;
    std::vector<Published> m_published;        /**< a few recent writes' preserved grains */
    std::atomic<std::size_t> m_publishing {0}; /**< m_published.size(), read without the mutex */
    std::mutex m_growMutex;
    std::atomic<qint64> m_capacity; /**< the file's size, read without m_growMutex */
    const bool m_openedEmpty;       /**< the file held no bytes when this object opened it */
    bool m_registered = false;      /**< made by open(): the one store object of its file */
    /**
     * Some copy took a reference through this object (adopt or allocate). A store whose file held bytes when it
     * was opened and that nobody adopted (a copy failed to reopen) knows nothing of those bytes: it must keep them.
     */
    bool m_accounted = false;
};

} // namespace Copyline
