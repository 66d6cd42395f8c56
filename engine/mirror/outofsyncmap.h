// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "copy/grainbitmap.h"
#include "storage/iostatus.h"
#include "storage/volumefile.h"

#include <QString>

#include <atomic>
#include <memory>
#include <mutex>

namespace Copyline
{

/**
 * The out-of-sync record of one side of a mirror (spec §4.6: "writes are persistently logged in the primary-side
 * mirror repository"; DRBD's bitmap and activity log play the same part).
 *
 * In memory: one bit per grain that differs, or may differ, from the partner — what a resynchronization copies,
 * and nothing else. On disk: a byte per grain, set before any write that can make the grain differ reaches the
 * drive (admit), cleared lazily once the grain is in sync and no write on it is unsettled (compact). After a
 * crash the on-disk bytes are a superset of every grain that may differ, so a restart never forgets one.
 *
 * A write admits its grains before it writes and settles them once its data is with the partner or recorded in
 * the in-memory bits; admitted grains keep their on-disk mark. The mark reaches the page cache before the drive's
 * write (enough against a killed process); sync() is the barrier against power loss, run before the drive itself
 * is flushed.
 */
class OutOfSyncMap final
{
public:
    /** A new, empty map file for @p grains grains. */
    static std::unique_ptr<OutOfSyncMap> create(const QString& path, qint64 grains, IoStatus* status);
    /** An existing map after a restart: every grain marked on disk is out of sync. */
    static std::unique_ptr<OutOfSyncMap> open(const QString& path, qint64 grains, IoStatus* status);

    qint64 grains() const { return m_bits.size(); }
    /** Grains known or suspected to differ from the partner. */
    GrainBitmap& bits() { return m_bits; }
    const GrainBitmap& bits() const { return m_bits; }
    void setRange(qint64 first, qint64 last);
    void setAll();

    /** Before a write to grains [first, last]: marks them on disk (once) and holds the mark until settle(). */
    IoStatus admit(qint64 first, qint64 last);
    void settle(qint64 first, qint64 last);
    /** Whether no write on [first, last] is between its admit and its settle (checked per 64 grains). */
    bool settled(qint64 first, qint64 last) const;

    /** Writes an on-disk mark for every grain set in bits() (after bits were added other than by a write). */
    IoStatus persist();
    /** Clears the on-disk marks of grains that are in sync and unsettled by no write. */
    IoStatus compact();
    /** Grains marked on disk now. */
    qint64 marked() const { return m_onDisk.count(); }
    /** Makes the on-disk marks durable (before the drive's own flush). */
    IoStatus sync();

    const QString& path() const { return m_file->path(); }

private:
    static constexpr qint64 kExtentGrains = 64; /**< unsettled writes are counted per 64 grains (4 MiB) */

    OutOfSyncMap(std::unique_ptr<VolumeFile> file, qint64 grains);
    IoStatus writeMarks(qint64 first, qint64 last, char value);

    std::unique_ptr<VolumeFile> m_file;
    GrainBitmap m_bits;
    GrainBitmap m_onDisk; /**< set only once the byte is written; cleared before the byte is cleared */
    std::unique_ptr<std::atomic<quint32>[]> m_unsettled;
    qint64 m_extents = 0;
    std::mutex m_writeMutex; // orders writes of on-disk marks
    std::atomic<bool> m_dirty {false};
};

} // namespace Copyline
