// SPDX-License-Identifier: GPL-3.0-or-later
// The in-controller copy family (issue 15; spec in-controller-copy-patent.md, seed 004): a disk controller that
// copies one logical volume to another inside itself, through its cache, without the host channels. How it maps
// onto the core records (no catalog change):
//
//   controller          -> Subsystem (family "hds", name = the serial "64015", options: cache=<bytes> chas=<n>
//                          dkas=<n> maxPairs= maxReserved= copyMode=full|differential initialCopy=on|off
//                          resyncSweep=on|off copyPath=incontroller|remotecopy chaBandwidth=<bytes/s>)
//   parity group        -> Array (number = dka × 100 + RAID level, options dka=<n>)
//   logical volume      -> LogicalDrive (name = "CU:LDEV" in hex, "00:1A") plus a CopyPath kind "hdsLdev" with what
//                          the core has no field for: sourcePort = the port "CL1-A", targetPort = "TID:LUN",
//                          state = words: emulation=OPEN-3 reserve=yes
//   pair (table 300)    -> Relationship kind "hdsPair" (source = the primary, target = the secondary; state = the
//                          patent's status name; options: pairNumber=<n> pace=1|3|15 phase=initial|split|resync
//                          suspended failed; established = T0, the point in time of the last copy command; the
//                          track maps in mapFile)
//
// The pair's bitmaps of decision D3 are the core point-in-time engine's (copy/pointintime.h) with change recording:
// during 803 its "not copied" bits are the copy-pending inequality bits, copy-before-write runs on every primary
// write to a track not yet copied (Fig. 9), and its change record is the primary and secondary track maps; outside
// 803 the inequality bits are "changed since T0" (over-approximated, never under: I7).
#pragma once

#include "service/commandcontext.h"
#include "storage/volumeio.h"

namespace Copyline::Hds
{

inline constexpr auto kFamily = "hds";
inline constexpr auto kPair = "hdsPair";
inline constexpr auto kLdev = "hdsLdev";

// Pair statuses (Fig. 8, L170-173). 801 "no pair" has no record. Spec §4.3: 221 = 801, 222 = 802, 223 = 804.
inline constexpr auto kNotCopied = "paired and not copied"; // 802
inline constexpr auto kCopying = "paired/copy in progress"; // 803
inline constexpr auto kCopied = "paired and copied";        // 804

/** A status name's number: 802, 803 or 804 (801 for anything else). */
int statusNumber(const QString& state);
/** The GUI status of §4.4: simplex, pending, duplex, SP-Pending, split, re-sync, suspend. */
QString guiStatus(const Relationship& pair);
/** The GUI statuses in the order of the pair-status filter 1507. */
QStringList guiStatuses();

// ---- records ------------------------------------------------------------------------------------------------------

QList<Subsystem> controllers(const Configuration& config);
/** "00:1A" from "0:1a", "00:1A", "001A"; empty when @p text is not a CU:LDEV. */
QString normalizeLdev(const QString& text);
/** CU × 256 + LDEV: the order of "lowest to highest LDEV ID" (L217). */
int ldevNumber(const QString& ldev);
/** A volume of @p controller by CU:LDEV; HdsVolumeNotFound otherwise. */
const LogicalDrive& volumeAt(const CommandContext& ctx, const Subsystem& controller, const QString& ldev);
const CopyPath* ldevInfo(const Configuration& config, ObjectId volumeId);
bool isReserved(const Configuration& config, ObjectId volumeId);
QString emulationOf(const Configuration& config, ObjectId volumeId);
/** Bytes of one track of an emulation: 48 KiB for OPEN-3/8/9/E, 256 KiB for OPEN-V (see controllercommands.cpp). */
qint64 trackSizeOf(const QString& emulation);

QList<Relationship> pairsOfPrimary(const Configuration& config, ObjectId volumeId);
const Relationship* pairOfSecondary(const Configuration& config, ObjectId volumeId);
/** The entry of table 300 for (primary, secondary): the lookup of Fig. 7 is by volume combination. */
const Relationship* pairBetween(const Configuration& config, ObjectId primary, ObjectId secondary);
/** "00:10 - 00:20". */
QString pairText(const Configuration& config, const Relationship& pair);

QList<CommandSpec> controllerCommands();
QList<CommandSpec> pairCommands();

// ---- the live side (pairruntime.cpp) ------------------------------------------------------------------------------

struct PairProgress
{
    qint64 copyPointer = 0; /**< tracks */
    qint64 maxAddress = 0;  /**< tracks: the end of the volume */
    qint64 tracksCopied = 0;
    qint64 tracksCopiedBeforeWrite = 0;
    qint64 elementalSteps = 0;
    qint64 unequalTracks = 0;
    bool running = false;
};

/** Where the copy of a pair stands (engine thread). A pair never copied has all its tracks unequal. */
PairProgress progressOf(Engine& engine, const Relationship& pair);

/** Counters of one controller since the engine started (hdsCounters). */
struct ControllerCounters
{
    qint64 chaHostBytes = 0;
    qint64 chaCopyBytes = 0;
    qint64 dkaCopyBytes = 0;
    qint64 tracksCopied = 0;
    qint64 tracksCopiedBeforeWrite = 0;
    int runningCopies = 0;
};
ControllerCounters countersOf(Engine& engine, const Subsystem& controller);

/**
 * The copy command (213) on a pair in 802, inside its command: T0 is now. The primary is held quiet while the
 * point in time is taken (first copy: a new track map; later: the maps restarted, in full or differentially).
 */
void startCopy(CommandContext& ctx, const Relationship& pair, bool differential);
/** Re-synchronize (214) after the command commits: the inequality bits become the changed tracks, the sweep runs. */
void startResync(CommandContext& ctx, ObjectId pairId, bool sweep);
/** Stops the pair's copy loop (delete, suspend). */
void stopCopy(Engine& engine, ObjectId pairId);
/** Schedules the copy loop again (resume). */
void resumeCopy(Engine& engine, ObjectId pairId);
/** Delete (212): the copy loop stops at once, the secondary keeps what it holds, the maps go. */
void endPair(CommandContext& ctx, const Relationship& pair);
/** The scheduler's bandwidth for the controller's copies: the host channel's in REMOTE COPY mode, else none. */
void applyCopyPath(Engine& engine, const Subsystem& controller);

Error restorePairs(Engine& engine);
void restrictAccess(const Configuration& config, ObjectId volumeId, HostAccess& access);

} // namespace Copyline::Hds
