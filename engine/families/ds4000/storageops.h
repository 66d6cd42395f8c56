// SPDX-License-Identifier: GPL-3.0-or-later
// Building blocks of the storage commands, shared by the command handlers of every area (storage, FlashCopy,
// later VolumeCopy and mirroring) so that each rule is written once.
#pragma once

#include "service/commandcontext.h"

namespace Copyline::StorageOps
{

QString randomHex(int digits);
QString randomAlphanumeric(int length);
QString logicalDriveComponent(const LogicalDrive& ld);
/** The owner letter of parameter @p key ("a"/"b"), or @p fallback. */
QString ownerArg(CommandContext& ctx, const QString& key, const QString& fallback);
/** The raidLevel parameter. */
RaidLevel raidArg(CommandContext& ctx);
/** Validates a drive list for a new array and creates the array ("Logical Drive Group <next free number>"). */
Array makeArray(CommandContext& ctx, const QStringList& driveRefs, RaidLevel level);
/** Name rules plus uniqueness among the subsystem's logical drives. */
void checkNewLogicalDriveName(CommandContext& ctx, const QString& name, ObjectId except = 0);
/**
 * Creates a logical drive of @p capacity bytes (rounded up to whole grains) in @p array with its sparse volume
 * file; checks free capacity and the model's logical drive limit (@p extraDrives more are about to be added).
 */
LogicalDrive addLogicalDrive(CommandContext& ctx,
    const Array& array,
    const QString& name,
    qint64 capacity,
    const QString& owner,
    LogicalDriveKind kind,
    int extraDrives = 0);
/** The controller with fewer preferred logical drives, so new drives balance across A and B. */
QString defaultOwner(const Configuration& config, ObjectId subsystemId);
/**
 * Starts a Dynamic logical drive expansion (a FlashCopy repository's Capacity increase) by @p add bytes of its
 * array's free space: the drive shows "Operation in Progress" and the capacity grows when pollModifications()
 * completes it (spec §2.2.7, §2.5).
 */
void increaseCapacity(CommandContext& ctx, const LogicalDrive& ld, qint64 add);
/** "Dynamic logical drive expansion", as the properties and actionProgress name an operation. */
QString modificationText(ModificationOperation op);
/** Once a second: advances each modification at its priority and completes those that reached 100 %. */
void pollModifications(Engine& engine);
/** Deletes a logical drive with what depends on it (its mappings; a FlashCopy's pair; a base's FlashCopies). */
void deleteLogicalDrive(CommandContext& ctx, const LogicalDrive& ld);
/** Removes one logical drive, its mappings and (after the commit) its volume, without any cascade. */
void removeLogicalDriveOnly(CommandContext& ctx, const LogicalDrive& ld);

} // namespace Copyline::StorageOps

namespace Copyline
{
/** Defined in hostcommands.cpp: "set logicalDrive [..] logicalUnitNumber=N host=.." (a LUN mapping). */
void defineMappingFromArgs(CommandContext& ctx, const LogicalDrive& ld);
/** Maps @p ld to @p targetId at LUN @p lun with every partition rule checked. */
void defineMapping(CommandContext& ctx, const LogicalDrive& ld, ObjectId targetId, int lun);
} // namespace Copyline
