// SPDX-License-Identifier: GPL-3.0-or-later
// ESS PPRC (spec §1.6-1.7, §1.10, §2.3-2.9, §3.2-3.4, §4.2-4.5): ESCON links, logical paths between LSSs, and
// synchronous copy pairs on the core mirror engine. What the PPRC files share; only they and the family include it.
//
//   ESCON link       -> CopyPath kind "escon" (refs: the two ESSs, ports: the SAIDs, state online/offline), and
//                       one core MirrorLink per pair of ESSs: the wire the pairs' writes travel on
//   logical path     -> CopyPath kind "pprcPath" (refs: source and target LSS, ports: the SAIDs it uses,
//                       state established/failed): one record per (source adapter, target LSS)
//   PPRC pair        -> Relationship kind "pprc" (state duplex_pending / duplex / suspended; option words
//                       "critical", "sourceSimplex", "targetSimplex", "inhibited"), its primary's MirrorEndpoint
//                       with the out-of-sync map in volumes/<mapFile>
//   host attachment  -> CopyPath kind "hostDisk" (sourceRef: the volume, sourcePort: the host, targetPort: the
//                       host's disk name, state words "mounted=yes" "primed=yes")
#pragma once

#include "api/snapshot.h"
#include "families/ess/commands.h"
#include "storage/volumeio.h"

#include <memory>

namespace Copyline
{
class RemoteLink;
}

namespace Copyline::Ess
{

inline constexpr auto kPprc = "pprc";
inline constexpr auto kEscon = "escon";
inline constexpr auto kPprcPath = "pprcPath";
inline constexpr auto kHostDisk = "hostDisk";

inline constexpr auto kDuplexPending = "duplex_pending";
inline constexpr auto kDuplex = "duplex";
inline constexpr auto kSuspended = "suspended";

/** [SIM] 3390 geometry: 15 tracks make a cylinder (spec §3.7); a track is one 64 KiB grain. */
inline constexpr qint64 kTracksPerCylinder = 15;
/** [SIM] One ESCON link carries 160 Mbit/s (seed L1839): 20 MB/s. */
inline constexpr qint64 kEsconBytesPerSecond = 20'000'000;
inline constexpr int kMaxLinksBetween = 8;      /**< ESCON links between two ESSs (seed L1778) */
inline constexpr int kLogicalPathsPerLink = 64; /**< seed L1853 */
inline constexpr int kMaxSecondaryServers = 4;  /**< secondary ESSs of one primary ESS (seed L1778) */

QList<CommandSpec> pathCommands();
QList<CommandSpec> pprcCommands();

/** The PPRC pair @p volumeId takes part in, as primary or secondary, or nullptr. */
const Relationship* pprcOf(const Configuration& config, ObjectId volumeId);
/** "2105:12019:16", how the Copy Services panels name an LSS (spec §5.2). */
QString lssAddress(const Configuration& config, ObjectId arrayId);
/** Whether a logical path from LSS @p from to LSS @p to exists and one of its links is online. */
bool pathUsable(const Configuration& config, ObjectId from, ObjectId to);
/** Whether the primary of @p pair can talk to its secondary's ESS now. */
bool pairReachable(const Configuration& config, const Relationship& pair);
/** The host a volume is mounted on, empty when none (a target must be demounted before a copy onto it). */
QString mountedOn(const Configuration& config, ObjectId volumeId);

// ---- the live side (pprcruntime.cpp) ---------------------------------------------------------------------------

/**
 * A new pair's out-of-sync map file now (removed on rollback) and its endpoint once the command commits; with
 * @p allOutOfSync every track is marked (on disk too) before the endpoint sees a write: Copy entire volume.
 */
void attachPair(CommandContext& ctx, const Relationship& pair, bool allOutOfSync);
/** Removes a pair's endpoint and map once the command commits. */
void detachPair(CommandContext& ctx, const Relationship& pair);
/**
 * After the command commits: the endpoints of @p ids follow their records (mode, route, sync, critical);
 * @p establish: a Duplex pair ships from now on (Do not copy volume).
 */
void applyOnCommit(CommandContext& ctx, const QList<ObjectId>& ids, bool establish = false);
/** Sets every track of a pair out of sync (Copy entire volume on an existing pair), on disk too. */
void markAllOutOfSync(Engine& engine, ObjectId pairId);
/** Forgets a pair's out-of-sync record (Do not copy volume on a suspended pair: the caller vouches for the data). */
void clearOutOfSync(Engine& engine, ObjectId pairId);
/** Tracks of a pair still to copy (its out-of-sync record) and the cylinders they fall in. */
qint64 outOfSyncTracks(Engine& engine, ObjectId pairId);
qint64 outOfSyncCylinders(Engine& engine, ObjectId pairId);
/** Brings the core link of two ESSs in line with their ESCON links (created with the first, down without any). */
void syncLink(CommandContext& ctx, ObjectId a, ObjectId b);
/**
 * Suspends @p ids now (engine thread): their endpoints stop shipping and record; critical pairs are also
 * write-inhibited when @p inhibitCritical. Members of a frozen consistency group follow.
 */
void suspendPairs(CommandContext& ctx, const QList<ObjectId>& ids, const QString& reason, bool inhibitCritical);
/** The pairs whose primary LSS is in the consistency group (LSS property), @p of included. */
QList<ObjectId> consistencyGroupOf(const Configuration& config, ObjectId of);
/** Raises or lowers the consistency group's freeze flag (runtime only). */
void setGroupFrozen(Engine& engine, bool frozen);
bool groupFrozen(Engine& engine);

// ---- pairs across engines (pprcsites.cpp) -----------------------------------------------------------------------

/**
 * Whether the pair is managed by this engine: its primary volume is served here. False for the copy of a pair whose
 * primary another engine serves, kept here for its secondary (read-only: no endpoint, no command changes it).
 */
bool managedHere(const Configuration& config, const Relationship& r);
/**
 * Establish of pairs @p ids, some of whose targets another engine serves: that engine checks each target and keeps
 * its record before this command commits (its refusal fails the command). @p permitOnline: Permit if target is online.
 */
void pushNewPairs(CommandContext& ctx, const QList<ObjectId>& ids, bool permitOnline);
/** The family's poll: tells the engines of pairs' targets what changed since they last heard (every pair, each time).
 */
void pushChangedPairs(Engine& engine);
/**
 * Terminate of @p pairId, a pair whose primary another engine serves, on this (its secondary's) engine: only
 * scheduled with the target storage server (@p onTarget) and only while that engine cannot be reached (the failover
 * task, seed L4418): the target becomes simplex here and the record keeps that engine's frames away. Its line for the
 * event.
 */
QString terminateAcrossEngines(CommandContext& ctx, ObjectId pairId, bool onTarget);
/** After a workspace opened: answer the other engines' pushes, and push to each once. */
void registerPeerOps(Engine& engine);

Error restorePprc(Engine& engine);
/** Family::copyRuntime: each PPRC pair's copy, a Duplex Pending one with its rate and estimate. */
void pprcCopyRuntime(Engine& engine, QHash<ObjectId, CopyRuntime>& copies);
void restrictAccess(const Configuration& config, ObjectId logicalDriveId, HostAccess& access);
/** Family::takesRemoteFrames: a PPRC secondary of another engine's primary, until its failover made it simplex. */
bool takesRemoteFrames(const Relationship& relationship);

} // namespace Copyline::Ess
