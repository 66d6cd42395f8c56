// SPDX-License-Identifier: GPL-3.0-or-later
// Validation rules and derived quantities of the storage model that the GUI (to filter and explain choices),
// the CLI and the engine's commands all use: RAID drive-count rules, array/free/unconfigured capacity, name rules.
#pragma once

#include "api/error.h"
#include "storage/configuration.h"

#include <QList>

namespace Copyline
{

/** Checks a drive count against RAID level rules (spec §1.4): RAID 0 ≥ 1, RAID 1 even ≥ 2, RAID 3/5 ≥ 3; ≤ 30. */
Error checkRaidDriveCount(RaidLevel level, int driveCount);

/** "an even number of drives, at least 2" — the requirement of @p level in words. */
QString raidRequirement(RaidLevel level);

/** Usable capacity of an array of @p driveCount drives whose smallest usable capacity is @p smallestDrive. */
qint64 raidCapacity(RaidLevel level, int driveCount, qint64 smallestDrive);

/** Maximum number of drives in one array. */
inline constexpr int kMaxDrivesPerArray = 30;

qint64 arrayCapacity(const Configuration& config, ObjectId arrayId);
qint64 arrayUsedCapacity(const Configuration& config, ObjectId arrayId);
qint64 arrayFreeCapacity(const Configuration& config, ObjectId arrayId);
/** Sum of the usable capacity of unassigned, optimal drives: the "Unconfigured Capacity" node. */
qint64 unconfiguredCapacity(const Configuration& config, ObjectId subsystemId);

/** "Logical Drive Group 2 (RAID 5)" */
QString arrayLabel(const Array& array);

/** The name rules of user labels: not empty, ≤ 30 characters, allowed characters, no outer spaces. */
Error checkName(const QString& name, const QString& what);

/** "<base>-<n>" / "<base>-R<n>" with the base name cut to fit 30 characters (DS4000 default FlashCopy names). */
QString defaultFlashCopyName(const QString& base, const QString& suffix);
/** Metadata a FlashCopy repository uses before any copy-on-write data, in bytes. */
qint64 flashCopyRepositoryOverhead(qint64 baseCapacity);

/** Whether another logical drive of the subsystem already uses @p name (ignoring @p except). */
bool logicalDriveNameInUse(const Configuration& config, ObjectId subsystemId, const QString& name, ObjectId except = 0);

/** Normalises a WWPN ("21:00:00:e0:8b:05:05:04" → "210000E08B050504"); empty if it is not 16 hex digits. */
QString normalizeWwpn(const QString& text);
/** "21:00:00:E0:8B:05:05:04" */
QString formatWwpn(const QString& normalized);

/**
 * The mapping targets whose LUNs collide with those of @p targetId: a host with its group (or the Default Host
 * Group), a group with its hosts.
 */
QList<ObjectId> partitionTargets(const Configuration& config, ObjectId subsystemId, ObjectId targetId);
/** The LUNs visible to @p targetId's partition: its own mappings plus those it inherits or passes on. */
QList<int> lunsInUse(const Configuration& config, ObjectId subsystemId, ObjectId targetId);
/** The mapping that already uses @p lun where @p targetId would see it (ignoring @p ignoreMappingId), if any. */
const LunMapping* mappingUsingLun(
    const Configuration& config, ObjectId subsystemId, ObjectId targetId, int lun, ObjectId ignoreMappingId = 0);
/** The logical drives @p hostId sees: mapped to it, to its host group, or (without one) to the Default Host Group. */
QList<ObjectId> drivesSeenBy(const Configuration& config, ObjectId hostId);

/** Lowest LUN free for a new mapping to @p targetId, or -1 if the partition is full. */
int lowestFreeLun(const Configuration& config, ObjectId subsystemId, ObjectId targetId);

} // namespace Copyline
