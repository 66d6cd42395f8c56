// SPDX-License-Identifier: GPL-3.0-or-later
// Lookups the console's tree and list adapters make per row, answered from hash tables built once per snapshot
// (issue 19, "GUI at scale"). The Configuration's own lookups (flashCopyOf, mappingOf, volumeCopiesOf, ...) scan a
// whole map each time: fine for one question, O(n^2) for a tree of 2,000 logical drives. Every answer here is the
// one the Configuration gives, in the same order.
#pragma once

#include "api/snapshot.h"

#include <QHash>
#include <QList>

#include <memory>

namespace Copyline
{

class SnapshotIndex
{
public:
    /** The index of @p snapshot's configuration; it keeps @p snapshot (whose records it points to) alive. */
    explicit SnapshotIndex(SnapshotPtr snapshot);

    /**
     * The index of @p snapshot: built on first use and cached while the snapshot lives, so the views a snapshot is
     * applied to share one; a snapshot whose configuration equals the last one's (a runtime-only change: progress,
     * counters; the configuration is then implicitly shared and compares at once) shares that one's. GUI thread only.
     */
    static std::shared_ptr<const SnapshotIndex> of(const SnapshotPtr& snapshot);

    /** Configuration::mappingOf. */
    const LunMapping* mappingOf(ObjectId logicalDriveId) const { return m_mappingByDrive.value(logicalDriveId); }
    /** Configuration::flashCopyOf: the FlashCopy whose logical drive or repository @p logicalDriveId is. */
    const FlashCopy* flashCopyOf(ObjectId logicalDriveId) const { return m_flashCopyByDrive.value(logicalDriveId); }
    /** Configuration::flashCopiesOf: the FlashCopies of a base, by sequence number. */
    QList<FlashCopy> flashCopiesOf(ObjectId baseId) const { return m_flashCopiesByBase.value(baseId); }
    /** Configuration::volumeCopiesOf: the VolumeCopies a logical drive is the source or target of, by id. */
    QList<VolumeCopy> volumeCopiesOf(ObjectId logicalDriveId) const
    {
        return m_volumeCopiesByDrive.value(logicalDriveId);
    }
    /** Configuration::logicalDrivesOfArray (by name, case-insensitive, numeric); sorted on first use. */
    QList<LogicalDrive> logicalDrivesOfArray(ObjectId arrayId) const { return sorted(m_drivesByArray, arrayId); }
    /** Configuration::logicalDrivesOf (by name, case-insensitive, numeric); sorted on first use. */
    QList<LogicalDrive> logicalDrivesOf(ObjectId subsystemId) const { return sorted(m_drivesBySubsystem, subsystemId); }

private:
    SnapshotPtr m_source;
    struct Drives
    {
        QList<LogicalDrive> list; /**< in id order until sorted */
        bool sorted = false;
    };
    static QList<LogicalDrive> sorted(QHash<ObjectId, Drives>& groups, ObjectId key);

    QHash<ObjectId, const LunMapping*> m_mappingByDrive;
    QHash<ObjectId, const FlashCopy*> m_flashCopyByDrive;
    QHash<ObjectId, QList<FlashCopy>> m_flashCopiesByBase;
    QHash<ObjectId, QList<VolumeCopy>> m_volumeCopiesByDrive;
    mutable QHash<ObjectId, Drives> m_drivesByArray;
    mutable QHash<ObjectId, Drives> m_drivesBySubsystem;
};

/**
 * Sorts @p drives by name as the Configuration's name sorts do (QCollator, numeric mode, @p sensitivity), with one
 * sort key per name instead of a collation per comparison. @p stable: std::stable_sort (as the Configuration sorts),
 * else std::sort (as the console's own name sorts do); the same comparisons give the same order.
 */
void sortDrivesByName(QList<LogicalDrive>& drives, Qt::CaseSensitivity sensitivity, bool stable);

} // namespace Copyline
