// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "copy/copyscheduler.h"
#include "copy/grainbitmap.h"
#include "copy/preservedgrainstore.h"
#include "copy/rangelock.h"
#include "copy/writerecord.h"
#include "storage/volumeio.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace Copyline
{

/** Where the grains a point-in-time copy preserves live. */
enum class PitStore
{
    FullVolume, /**< a target volume as large as the source; grain g at offset g × grain (ESS, VolumeCopy) */
    Repository, /**< a space-efficient repository; grains take slots in order (DS4000 FlashCopy repository) */
};

enum class PitState
{
    Active,   /**< copy-before-write runs; the target reads the point-in-time image */
    Disabled, /**< no copy-before-write; the target cannot be read (DS4000 "Disabled") */
    Failed,   /**< the image is lost (repository full, error); the target cannot be read */
};

/** What a repository does when it has no room for one more grain (DS4000 repository full policy). */
enum class FullPolicy
{
    FailCopy,         /**< "Fail FlashCopy logical drive": the copy fails, source writes go on */
    FailSourceWrites, /**< "Fail writes to base logical drive": source writes needing room are refused */
};

struct PitConfig
{
    PitStore store = PitStore::FullVolume;
    qint64 grainSize = 64 * 1024;
    qint64 imageSize = 0;          /**< bytes of the point-in-time image (the source's size at establish) */
    qint64 repositoryReserved = 0; /**< bytes of a repository used by metadata before any grain (accounting) */
    FullPolicy fullPolicy = FullPolicy::FailCopy;
    int warningThresholdPercent = 0; /**< 0: no warning */
    bool changeRecording = false;    /**< record grains changed after the flash, for incremental refresh */
    /**
     * Repository store only: keep the preserved grains in this store, shared with the base's other copies of the
     * same grain size, instead of in the repository's own bytes. The repository is still what the copy accounts
     * against (capacity, warning threshold, full policy), grain for grain as if it held them itself. A copy made
     * without one (an older workspace) keeps its grains in its repository when reopened.
     */
    std::shared_ptr<PreservedGrainStore> sharedStore;
};

/**
 * The point-in-time copy primitive (DESIGN.md, primitive 1): FlashCopy, the separated image of NEC, the base of
 * VolumeCopy. Attach it to the source as a WriteObserver; give hosts the target through targetBackend().
 *
 *  - A `copied` bitmap says which grains the target holds itself. A target read of an uncopied grain reads the
 *    source; a source write to an uncopied grain first preserves the grain into the store (copy-before-write);
 *    a target write marks the grain copied (materialising the rest of the grain first if the write is partial).
 *  - Background copy (copyStep) moves uncopied grains in order behind a copy pointer (full-volume stores).
 *  - Overlapping work on one grain is serialised by a range lock; the fast path of a source write to an
 *    already-copied grain takes no lock at all.
 *  - Crash consistency: the order is store data → map record → source write. The map file records every
 *    preserved grain before the source write that needed it may start, so after a killed process a reopened
 *    copy still reads its point-in-time image. Against power loss, flush() is the barrier: it syncs the store and
 *    the map, and the source's own flush calls it first.
 *  - A grain that cannot be preserved (a full disk under the store, an I/O error) never lets the source write go
 *    on silently: under FailCopy the copy fails and the failure is recorded in the map's header block (written when
 *    the map was made, so recording needs no free space) and synced before the write proceeds; under
 *    FailSourceWrites, or when even that record cannot be written, the write is refused. A reopened copy whose map
 *    records a failure is Failed whatever the catalog says.
 */
class PointInTimeCopy final : public WriteObserver,
                              public BackgroundCopy,
                              public std::enable_shared_from_this<PointInTimeCopy>
{
public:
    struct Listener
    {
        std::function<void()> thresholdExceeded; /**< usage crossed the warning threshold (once per crossing) */
        std::function<void(const QString& reason)> failed;
        /** First refusal under FailSourceWrites; @p cause is empty when the repository is full, else the I/O fault. */
        std::function<void(const QString& cause)> sourceWritesRefused;
    };

    /** A new point in time: the map file is (re)initialised, nothing is copied yet. */
    static std::shared_ptr<PointInTimeCopy> establish(const PitConfig& config,
        std::shared_ptr<VolumeBackend> source,
        std::shared_ptr<VolumeBackend> store,
        const QString& mapPath,
        IoStatus* status);
    /** An existing copy after a restart: the copied grains are read back from the map file. */
    static std::shared_ptr<PointInTimeCopy> reopen(const PitConfig& config,
        std::shared_ptr<VolumeBackend> source,
        std::shared_ptr<VolumeBackend> store,
        const QString& mapPath,
        PitState state,
        IoStatus* status);

    ~PointInTimeCopy() override;

    const PitConfig& config() const { return m_config; }
    qint64 grainSize() const override { return m_config.grainSize; }
    qint64 grains() const override { return m_copied.size(); }
    qint64 grainsCopied() const override { return m_copied.count(); }
    bool isCopied(qint64 grain) const { return m_copied.test(grain); }
    PitState state() const { return m_state.load(); }
    QString stateReason() const;
    void setState(PitState state, const QString& reason = {});
    void setListener(Listener listener);

    // WriteObserver: attached to the source.
    IoStatus beforeWrite(const WriteOp& op) override;
    void afterWrite(const WriteOp& op, const IoStatus& result) override;
    IoStatus beforeFlush() override { return flush(); }
    void attached(const std::shared_ptr<TrafficCounters>& traffic) override { countTrafficInto(traffic); }

    /** Where the preserved grains go: for a full-volume store, the target volume's own bytes. */
    std::shared_ptr<VolumeBackend> store() const { return m_store; }

    /** The backend that presents the point-in-time image to hosts (reads and writes of the target). */
    std::shared_ptr<VolumeBackend> targetBackend();

    /**
     * Background copy: copies up to @p maxGrains uncopied grains from the copy pointer on (full-volume store only;
     * holes of the source become holes of the target). Returns the grains copied; 0 when everything is copied.
     */
    qint64 copyStep(qint64 maxGrains, IoStatus* status = nullptr) override;
    /** Complete when every grain is copied; "Completed" is a promise about the target's bytes, so it flushes. */
    bool complete(IoStatus* status) override;
    qint64 copyPointer() const { return m_pointer.load(); }

    /**
     * A new point in time for the same pair. Incremental (change recording on, full-volume store): only grains
     * changed on either side since the last flash are copied again. Otherwise everything is forgotten (DS4000
     * Re-create: "all copy-on-write data on the repository is deleted"). Call with the source quiesced.
     */
    IoStatus restart(bool incremental);

    /** Grains written on the source or the target since the last flash (change recording). */
    qint64 grainsChanged() const { return m_changed ? m_changed->count() : 0; }

    /**
     * Online verification of a completed full-volume copy with change recording (an in-controller pair in 804):
     * compares up to @p maxGrains grains from @p first of the source and the target, counting apart every grain
     * changed on either side since the point in time (compareGrains). With @p repair a differing grain gets the
     * source's bytes, which are the point in time's, written into the target. The range lock is held for the step,
     * so no host write to the target starts meanwhile and a repair never overwrites one. Returns the grains passed;
     * 0 at the end, or on an error in @p status (EBUSY: not completely copied; ENOTSUP: no change record).
     */
    qint64 verify(qint64 first, qint64 maxGrains, bool repair, WriteRecord::VerifyTally* tally, IoStatus* status);

    // Repository accounting.
    qint64 repositoryCapacity() const { return m_repositoryCapacity.load(); }
    qint64 repositoryUsed() const;
    void setRepositoryCapacity(qint64 bytes);
    bool thresholdExceeded() const { return m_thresholdExceeded.load(); }
    void setWarningThreshold(int percent);
    void setFullPolicy(FullPolicy policy);

    /** Syncs store and map: the durability barrier a source flush passes first. */
    IoStatus flush();

    /** Whether the preserved grains live in a shared store (config().sharedStore, and the map says so). */
    bool sharesGrains() const { return m_shared != nullptr; }
    /**
     * The copy is being deleted and its map is gone: its grains in the shared store are given back for reuse.
     * Without this call (a crash, a closed workspace) they stay referenced, which is always safe.
     */
    void retire();

    /**
     * Counts the bytes this copy moves (preserved, background-copied, filled in) into @p traffic's copyBytes from
     * now on: the source drive's counters (VolumeIo::traffic()). Set once; later calls change nothing.
     */
    void countTrafficInto(std::shared_ptr<TrafficCounters> traffic);
    /** Bytes this copy moved since it was made (every kind above), for tests and rates. */
    quint64 bytesMoved() const { return m_bytesMoved.load(std::memory_order_relaxed); }

    class TargetBackend;

private:
    PointInTimeCopy(const PitConfig& config,
        std::shared_ptr<VolumeBackend> source,
        std::shared_ptr<VolumeBackend> store,
        std::unique_ptr<VolumeFile> map);

    IoStatus initialise();
    IoStatus load();
    qint64 grainBytes(qint64 grain) const;
    qint64 storeOffset(qint64 grain) const;
    /** Copies uncopied grains [first, stop) of the source into the store and records them. Range lock held. */
    IoStatus preserveRun(qint64 first, qint64 stop, std::vector<char>& scratch);
    /** Reserves slots for grains [first, stop) (repository); ENOSPC when they do not all fit. */
    IoStatus allocateRun(qint64 first, qint64 stop);
    /** allocateRun for a target write's grain; a full repository applies the full policy. */
    IoStatus allocateForTargetWrite(qint64 grain);
    bool slotsContiguous(qint64 first, qint64 stop) const;
    IoStatus record(qint64 grain);
    IoStatus recordRun(qint64 first, qint64 stop);
    IoStatus recordChanged(qint64 first, qint64 last);
    void checkThreshold();
    IoStatus storeFull(const QString& what);
    IoStatus preserveFailed(const IoStatus& cause);
    void refuseSourceWrites(const QString& cause);
    /** Failed for good: in memory, then recorded in the map; an error when the record did not reach the disk. */
    IoStatus failCopy(const QString& reason);
    IoStatus recordFailure();
    IoStatus clearFailureRecord();
    IoStatus preserveShared(qint64 first, qint64 stop, quint64 sequence);
    IoStatus writeSharedGrain(qint64 grain, qint64 from, std::span<const char> part, std::vector<char>& scratch);
    /** Slots the shared store holds for this copy, each once: what restart() and retire() give back. */
    std::vector<quint32> sharedSlots() const;
    IoStatus readImage(qint64 offset, std::span<char> buffer);
    IoStatus writeImage(qint64 offset, std::span<const char> data);
    IoStatus inactive() const;
    void countMoved(qint64 bytes);

    const PitConfig m_config;
    std::shared_ptr<VolumeBackend> m_source;
    std::shared_ptr<VolumeBackend> m_store;
    std::shared_ptr<PreservedGrainStore> m_shared; /**< set: slots (m_slots) are the shared store's */
    std::unique_ptr<VolumeFile> m_map;
    GrainBitmap m_copied;
    std::unique_ptr<GrainBitmap> m_changed;
    RangeLock m_locks;
    std::atomic<PitState> m_state {PitState::Active};
    mutable std::mutex m_mutex; // reason, listener, slot allocation
    QString m_reason;
    Listener m_listener;
    std::atomic<qint64> m_pointer {0};
    std::atomic<quint64> m_bytesMoved {0};
    std::shared_ptr<TrafficCounters> m_trafficOwner; // set once, under m_mutex, before m_traffic
    std::atomic<TrafficCounters*> m_traffic {nullptr};
    // Repository store: grain → slot + 1 (0: none), allocated lazily (calloc), and slots in use.
    std::unique_ptr<std::atomic<quint32>[], void (*)(void*)> m_slots { nullptr, nullptr };
    std::atomic<qint64> m_slotsUsed {0};
    std::atomic<qint64> m_repositoryCapacity {0};
    std::atomic<int> m_threshold {0};
    std::atomic<int> m_fullPolicy {0};
    std::atomic<bool> m_thresholdExceeded {false};
    std::atomic<bool> m_refusing {false};
    std::atomic<bool> m_failureDurable {true}; /**< false while a failure is known in memory but not on disk */
    std::mutex m_verifyMutex;                  // one verification step at a time; its buffers stay for the next step
    std::vector<char> m_verifySource;
    std::vector<char> m_verifyTarget;
    std::mutex m_failureMutex;
};

} // namespace Copyline
