// SPDX-License-Identifier: GPL-3.0-or-later
// DS4000 Enhanced Remote Mirroring rules that the command handlers, the views and the candidate lists share
// (spec §1.9, §2.4, §3.1, §3.4): option states, candidates, limits, the seed's words for statuses.
#pragma once

#include "api/error.h"
#include "storage/configuration.h"

namespace Copyline::MirrorRules
{

inline constexpr qint64 kRepositoryCapacity = 128LL * 1024 * 1024; /**< each of the two (spec §1.9, C17) */
inline constexpr qint64 kGrainSize = 64 * 1024;

/** "Disabled/Deactivated", "Disabled/Activated", "Enabled/Deactivated" or "Enabled/Activated" (spec §3.1). */
QString optionState(const Subsystem& subsystem);
/** Both halves of the option: mirrors can be created and maintained. */
bool enabledAndActivated(const Subsystem& subsystem);

/** The seed's words: "Synchronization-in-Progress", "Synchronized", "Optimal/Suspended" is shown as Suspended... */
QString statusText(MirrorStatus status);
/** "Metro Mirroring", "Global Copy" or "Global Mirroring". */
QString copyTypeText(const Mirror& mirror);
/** "Synchronous" or "Asynchronous" with " (write consistency group)". */
QString writeModeText(const Mirror& mirror);

/**
 * What a mirrored drive can use: the smaller of its pair's two drives (spec §2.5, seed 000 L8360-8366: "its usable
 * capacity becomes the smaller of the two logical drives"); its own capacity while the partner's drive is unknown.
 */
qint64 usableCapacity(const Configuration& config, const Mirror& mirror);
/** The records (either role) a subsystem counts toward its model's maximum (both roles count, spec §1.9). */
int mirrorCount(const Configuration& config, ObjectId subsystemId);
/** The subsystem @p subsystemId already mirrors with, or 0 (at most two subsystems per configuration). */
ObjectId mirrorPartnerSubsystem(const Configuration& config, ObjectId subsystemId);

/** Why @p ld cannot be a primary, or no error (standard, optimal, not mirrored, may be a FlashCopy base). */
Error primaryProblem(const Configuration& config, const LogicalDrive& ld);
/**
 * Why @p secondary cannot mirror @p primary, or no error: a standard drive on the remote subsystem of at least
 * the primary's capacity, not a FlashCopy base, in no VolumeCopy, and in no mirror relationship — a record left
 * by a relationship removed only on the other side gives Error 158 (spec §7.2).
 */
Error secondaryProblem(const Configuration& config, const LogicalDrive& primary, const LogicalDrive& secondary);

/** The mode a Synchronized primary replicates in. */
enum class Replication
{
    Synchronous,
    GlobalCopy,
    GlobalMirror,
};
Replication replicationOf(const Mirror& mirror);

} // namespace Copyline::MirrorRules
