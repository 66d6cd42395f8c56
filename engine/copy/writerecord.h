// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "copy/grainbitmap.h"
#include "storage/volumeio.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <span>
#include <vector>

namespace Copyline
{

class VolumeFile;

/**
 * The grains written on either drive of a copy pair since the copy's point in time: what an online verification of
 * a completed copy must leave alone (issue 19). A completed VolumeCopy's target holds the image its source had when
 * the copy started; a grain written on neither drive since then must hold the same bytes on both, and one that
 * differs is damage, which a repair may undo by copying the source's grain again (the source still holds the point
 * in time there). A grain written on either side is legitimately different and is never compared or repaired.
 *
 * Attach hook(Side::Source) to the source when the copy starts (before its first grain is copied) and
 * hook(Side::Target) to the target once the copy completes (the copy's own writes are not changes).
 *
 * The record is a file: a 4 KiB header, then one byte per grain for the source and one per grain for the target
 * (1 = written). The file is written out in full when it is made, so recording a grain never needs free space.
 * A write's grains are recorded (pwrite) before the write may start, so after a killed process the reopened record
 * still knows every write that reached a drive; the drives' flush syncs the record first (the same barrier as a
 * point-in-time copy's map). A record that could not be written marks the header "incomplete" (allocated space);
 * if even that fails, the write is refused — a verification must never take a changed grain for damage.
 */
class WriteRecord final : public std::enable_shared_from_this<WriteRecord>
{
public:
    enum class Side
    {
        Source = 0,
        Target = 1,
    };

    /** A new, empty record of @p imageSize bytes in grains of @p grainSize (an existing file is replaced). */
    static std::shared_ptr<WriteRecord> create(
        const QString& path, qint64 grainSize, qint64 imageSize, IoStatus* status);
    /** The record of an earlier run; fails when the file is missing, damaged or of another geometry. */
    static std::shared_ptr<WriteRecord> open(const QString& path, qint64 grainSize, qint64 imageSize, IoStatus* status);

    ~WriteRecord();
    WriteRecord(const WriteRecord&) = delete;
    WriteRecord& operator=(const WriteRecord&) = delete;

    /** The write hook of one drive of the pair: the same object as long as a drive holds it. */
    std::shared_ptr<WriteObserver> hook(Side side);

    qint64 grainSize() const { return m_grainSize; }
    qint64 grains() const { return m_grains; }
    qint64 imageSize() const { return m_imageSize; }
    QString path() const;
    /** Whether grain @p grain was written on either side. */
    bool written(qint64 grain) const;
    qint64 writtenCount(Side side) const { return m_written[static_cast<int>(side)]->count(); }
    /**
     * Set when the record no longer knows every change (a grain could not be recorded, or a drive's image was
     * replaced without writes, e.g. a FlashCopy source re-created): nothing may be compared any more.
     */
    bool incomplete() const { return m_incomplete.load(); }
    /** Why the record is incomplete (kept in the file). */
    QString incompleteReason() const;
    /** Marks the record incomplete for good, with @p why, in the file's header block (allocated: no space needed). */
    IoStatus invalidate(const QString& why);

    /** Makes the record durable (fdatasync); the drives' flush calls it first. */
    IoStatus sync();

    /** What verify() found so far. */
    struct VerifyTally
    {
        qint64 compared = 0;    /**< grains read on both drives (or holes on both) and compared */
        qint64 differing = 0;   /**< compared grains whose bytes differ */
        qint64 repaired = 0;    /**< differing grains copied from the source again */
        qint64 written = 0;     /**< grains written on either side since the point in time: not compared */
        qint64 bytesRead = 0;   /**< both drives */
        QList<qint64> examples; /**< the first differing grains */
    };

    /**
     * Compares up to @p maxGrains grains from @p first of @p source and @p target (their own bytes, hooks bypassed)
     * while hosts go on writing. A grain recorded as written, before or while it is read, is counted apart; so a
     * difference found is damage. With @p repairTo, a differing grain gets the source's bytes just read (the point
     * in time: no write to the grain had begun when they were read) written through it; that write is not recorded
     * as a change. The target must not take host writes meanwhile (the caller checks it is read-only). Returns the
     * grains passed; 0 at the end.
     */
    qint64 verify(VolumeBackend& source,
        VolumeBackend& target,
        VolumeBackend* repairTo,
        qint64 first,
        qint64 maxGrains,
        VerifyTally* tally,
        IoStatus* status);

    class Hook;

private:
    WriteRecord(std::unique_ptr<VolumeFile> file, qint64 grainSize, qint64 imageSize);
    IoStatus record(Side side, qint64 offset, qint64 length);

    std::unique_ptr<VolumeFile> m_file;
    qint64 m_grainSize = 0;
    qint64 m_imageSize = 0;
    qint64 m_grains = 0;
    std::unique_ptr<GrainBitmap> m_written[2];
    std::atomic<bool> m_incomplete {false};
    mutable std::mutex m_reasonMutex;
    QString m_reason;
    std::atomic<bool> m_dirty {false};
    std::weak_ptr<Hook> m_hooks[2]; // the drives hold the hooks, a hook holds its record
    std::mutex m_verifyMutex;       // one verification of a pair at a time; its buffers stay for the next step
    std::vector<char> m_verifySource;
    std::vector<char> m_verifyTarget;
};

/**
 * The comparison under WriteRecord::verify and PointInTimeCopy::verify: grains [first, stop) of @p source and
 * @p target (their own bytes, hooks bypassed) compared while hosts go on writing. A grain for which @p written says
 * true, before or after both reads, is counted apart (its writer marks it before its bytes change, so a grain still
 * unmarked after the reads was read unchanged on both sides): a difference found is damage. @p repair, when set,
 * gets each differing grain's source bytes just read (the point in time). Reads go in 1 MiB pieces, source and
 * target in turn; a piece that is a hole on both sides is not read. Returns the grains passed.
 */
struct GrainComparison
{
    qint64 grainSize = 0;
    qint64 imageSize = 0;
    std::function<bool(qint64 grain)> written;
    std::function<IoStatus(qint64 grain, std::span<const char> sourceBytes)> repair;
};
qint64 compareGrains(const GrainComparison& how,
    VolumeBackend& source,
    VolumeBackend& target,
    qint64 first,
    qint64 stop,
    std::vector<char>& sourceBuffer,
    std::vector<char>& targetBuffer,
    WriteRecord::VerifyTally* tally,
    IoStatus* status);

} // namespace Copyline
