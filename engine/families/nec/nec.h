// SPDX-License-Identifier: GPL-3.0-or-later
// The NEC iSM data replication family (issue 14; spec NEC-data-replication.md, seed 002): disk arrays, PD groups and
// RANKs, logical disks, DynamicDataReplication MV/RV pairs, and the Windows servers that use them. How the family
// maps them onto the core records, without a record of its own (no catalog change):
//
//   disk array          -> Subsystem (family "nec", name = the model/serial id "S2100/1259", model "S2100", options:
//                          userName=<disk array subsystem name> bgCopyLevel=<1-5> physical=<bytes> ddrLicense=<bytes>)
//   RANK                -> Array (number = the RANK, options pdGroup=<nn>)
//   logical disk        -> LogicalDrive (name = the LD name) plus a CopyPath kind "necLd" holding what the core has
//                          no field for: sourcePort = the LDN (4 hex digits), targetPort = the OS type (WN, A2)
//   MV/RV pair          -> Relationship kind "ddr" (source = MV, target = RV, state = the sync state of Appendix A.2:
//                          separated, rpl/exec, rpl/sync, sep/exec, rst/exec, rst/sync; options cpmode=sync|bg
//                          rvacc=nr|ro|rw rvuse=immediate|complete protect); the MV's out-of-sync map in mapFile, the
//                          RV's in mapFile + ".rv"
//                          A pair whose RV is on another disk array is a RemoteDataReplication (RDR) pair: the
//                          same record (subsystemId = the MV's array), its copies on the link between the arrays
//   link                -> MirrorLink between two disk arrays (the Replication Director and the cable between them,
//                          spec §1.7); each array also has one to itself, the wire of its DynamicDataReplication
//   server              -> CopyPath kind "necServer" (sourcePort = the server name, state = words: os=, vollist=yes,
//                          UMOUNT_RVACC=, the iSMrpl.ini options)
//   a server's disk     -> CopyPath kind "necDisk" (sourceRef = the LD, sourcePort = the server, targetPort = "disk10",
//                          state = words: letter=G: guid=<GUID> mounted=yes signature=<8 hex> control=yes)
#pragma once

#include "api/snapshot.h"
#include "service/commandcontext.h"
#include "storage/volumeio.h"

#include <QJsonArray>

#include <memory>

namespace Copyline::Nec
{

inline constexpr auto kFamily = "nec";
inline constexpr auto kPair = "ddr";
inline constexpr auto kLdInfo = "necLd";
inline constexpr auto kServer = "necServer";
inline constexpr auto kDisk = "necDisk";

// Sync states (spec Appendix A.2; the seed names only the activity states).
inline constexpr auto kSeparated = "separated";
inline constexpr auto kRplExec = "rpl/exec";
inline constexpr auto kRplSync = "rpl/sync";
inline constexpr auto kSepExec = "sep/exec";
inline constexpr auto kRstExec = "rst/exec";
inline constexpr auto kRstSync = "rst/sync";

inline constexpr int kMaxRvPerMv = 4;           /**< seed L548 */
inline constexpr int kMaxDdrRvPerMv = 3;        /**< seed L549: DynamicDataReplication */
inline constexpr int kMaxRemoteArraysPerMv = 2; /**< seed L550: RemoteDataReplication */
inline constexpr qint64 kGrain = 64 * 1024;
/**
 * [SIM] Semi Sync Mode's "predetermined data size" of not-yet-reflected data (Table 3-2): the seed gives no figure.
 * Per disk array (necSetDiskArray semiSyncLimit), for each of its Semi Sync pairs; 4 MB unless set.
 */
inline constexpr qint64 kDefaultSemiSyncLimit = 4LL << 20;

QList<CommandSpec> arrayCommands();
QList<CommandSpec> pairCommands();
QList<CommandSpec> hostCommands();
QList<CommandSpec> linkCommands();

// ---- option words -------------------------------------------------------------------------------------------------

/** The value of "key=value" among space-separated @p words, or @p fallback. */
QString option(const QString& words, const QString& key, const QString& fallback = {});
/** Sets (or, with an empty @p value, removes) "key=value" in @p words. */
void setOption(QString& words, const QString& key, const QString& value);
bool hasWord(const QString& words, const QString& word);
void setWord(QString& words, const QString& word, bool on);

// ---- records ------------------------------------------------------------------------------------------------------

/** The disk arrays of the family. */
QList<Subsystem> diskArrays(const Configuration& config);
/**
 * A logical disk by LD name on one of this engine's NEC disk arrays, or as "dev002@siteB" on a disk array the engine
 * of site siteB serves (a proxy); NecLdNotFound otherwise.
 */
const LogicalDrive& ldNamed(const CommandContext& ctx, const QString& name);
/** The LD name as ldNamed() takes it: "dev002", or "dev002@siteB" for an LD of another engine's disk array. */
QString ldText(const Configuration& config, ObjectId ldId);
/** Whether a server uses @p ldId as its control volume (no pair may use it). */
bool isControlVolume(const Configuration& config, ObjectId ldId);
const CopyPath* ldInfo(const Configuration& config, ObjectId ldId);
QString osTypeOf(const Configuration& config, ObjectId ldId);
/** "0006h": the LDN as the Volume List shows it. */
QString ldnText(const Configuration& config, ObjectId ldId);
/** IV, MV or RV (spec §1.4). */
QString classification(const Configuration& config, ObjectId ldId);

QList<Relationship> pairsOfMv(const Configuration& config, ObjectId mvId);
/** The disk array of a pair's RV (the pair's own subsystemId is the MV's). */
ObjectId rvArrayOf(const Configuration& config, const Relationship& pair);
/** RemoteDataReplication: the RV is on another disk array than the MV. */
bool isRemote(const Configuration& config, const Relationship& pair);
/** "DDR" or "RDR". */
QString replicationType(const Configuration& config, const Relationship& pair);
/** The link a pair's copies travel on: the MV array's own for DDR, the link between the two arrays for RDR. */
const MirrorLink* linkOf(const Configuration& config, const Relationship& pair);
/** A link between two different disk arrays (not an array's own), nullptr if they are not connected. */
const MirrorLink* linkBetweenArrays(const Configuration& config, ObjectId a, ObjectId b);
/** Whether a link's paths are up (the Replication screen's path state "normal"). */
bool linkNormal(const MirrorLink& link);
/**
 * Why the array's licence for @p product ("ddr" DynamicDataReplication, "rdr" RemoteDataReplication) does not cover
 * it now, empty when it does (spec §1.1).
 */
QString licenceProblem(const Subsystem& array, const QString& product);
/** The Semi Sync Mode buffer of a pair whose MV is on @p array (kDefaultSemiSyncLimit unless set). */
qint64 semiSyncLimit(const Subsystem& array);
const Relationship* pairOfRv(const Configuration& config, ObjectId rvId);
const Relationship* pairBetween(const Configuration& config, ObjectId mvId, ObjectId rvId);
/** replicate, separate or restore: the activity state of a sync state. */
QString activityOf(const Relationship& pair);
/** The RV access restriction a pair gives its RV now: rw, ro or nr. */
QString rvAccessOf(const Relationship& pair);

const CopyPath* serverNamed(const Configuration& config, const QString& name);
QList<CopyPath> servers(const Configuration& config);
QList<CopyPath> disksOf(const Configuration& config, const QString& server);
const CopyPath* diskOfLd(const Configuration& config, const QString& server, ObjectId ldId);
/** The servers where @p ldId is mounted. */
QStringList mountedOn(const Configuration& config, ObjectId ldId);

// ---- the live side (pairruntime.cpp) ------------------------------------------------------------------------------

/** A new pair's two out-of-sync maps (MV and RV side) and endpoints, live once the command commits. */
void attachPair(CommandContext& ctx, const Relationship& pair);
void detachPair(CommandContext& ctx, const Relationship& pair);
/** After the commit: the endpoints of the pair follow its record (mode, the copy job). */
void applyOnCommit(CommandContext& ctx, ObjectId pairId);
/**
 * Replicate or Restore start: the grains either side changed since they last matched move to the copying side's
 * map (all grains with @p full); the other side's map is cleared.
 */
void prepareCopy(Engine& engine, ObjectId pairId, bool toRv, bool full);
/** Grains of the pair still to reflect (the copying side's map) and grains changed on MV / RV while separated. */
qint64 pendingGrains(Engine& engine, ObjectId pairId);
qint64 mvDiffGrains(Engine& engine, ObjectId pairId);
qint64 rvDiffGrains(Engine& engine, ObjectId pairId);
/** Bytes the pair's copy jobs and synchronous reflection have written (both directions). */
/** The bytes a Semi Sync pair's buffer holds, not yet on the RV (0 for other pairs). */
qint64 semiSyncPendingBytes(Engine& engine, ObjectId pairId);
quint64 bytesCopied(Engine& engine, ObjectId pairId);

Error restorePairs(Engine& engine);
/** Family::copyRuntime: each pair's copy; one that Replicates, Separates or Restores with its rate and estimate. */
void pairCopyRuntime(Engine& engine, QHash<ObjectId, CopyRuntime>& copies);
void poll(Engine& engine);
void restrictAccess(const Configuration& config, ObjectId logicalDriveId, HostAccess& access);

// ---- RemoteDataReplication across engines (rdrsites.cpp) ----------------------------------------------------------

/** Whether this engine manages @p pair: its MV is on one of its disk arrays (the RV may be another engine's). */
bool managedHere(const Configuration& config, const Relationship& pair);
/** Fails unless this engine manages @p pair: a pair whose MV another engine serves is that engine's to change. */
void requireManagedHere(const Configuration& config, const Relationship& pair, const QString& operation);
/**
 * Forced Separate on the RV's engine of another engine's pair (@p record), only while that engine cannot be reached
 * (a failover): the RV is usable with @p rvAccess. Returns what the command reports.
 */
QString forceSeparateOnRvSide(CommandContext& ctx, Relationship& record, const QString& rvAccess);
/**
 * Tells the engine of @p pairId's RV (when another engine serves it) of the pairs toward it now, inside the command
 * that changed them (pair setting, Replicate): its refusal fails the command. Returns the grains its hosts changed on
 * the RV since the pair last matched, as Sites::grainRanges, for a Replicate to copy. @p newPair: the pair setting.
 */
QJsonArray pushPairs(CommandContext& ctx, ObjectId pairId, bool newPair = false);
/** The poll: every later change of a pair across engines reaches the RV's engine (again after 1 to 5 s on failure). */
void pushChangedPairs(Engine& engine);
/** Family::takesRemoteFrames: the RV of another engine's MV takes its frames unless the pair is separated. */
bool takesRemoteFrames(const Relationship& record);
/** Answers the MV's engine's pushes ("nec.rdr.apply"); a workspace opened. */
void registerPeerOps(Engine& engine);

/** The RV's engine: its record of another engine's pair records what its hosts write to the RV (pairruntime.cpp). */
void attachRvRecord(CommandContext& ctx, const Relationship& record, bool allChanged);
void detachRvRecord(CommandContext& ctx, const Relationship& record);
/** The grains hosts wrote to the RV of @p recordId since they were last cleared, as Sites::grainRanges. */
QJsonArray rvRecordChanges(Engine& engine, ObjectId recordId);
qint64 rvRecordChangedGrains(Engine& engine, ObjectId recordId);
void clearRvRecordChanges(Engine& engine, ObjectId recordId);
/** A copy fault's separation (spec §3.1) of @p pairId, for @p reason (engine thread, outside a command). */
void separateDueToFailure(Engine& engine, ObjectId pairId, const QString& reason);
/** The MV's engine: grains the RV's engine says its hosts changed, into the pair's record of RV changes. */
void markRvChanges(Engine& engine, ObjectId pairId, const QJsonArray& ranges);

// ---- the servers' file-system buffers (hostcommands.cpp) ----------------------------------------------------------

/** Writes a server's buffered data of @p ldId to the LD (I/O thread); the buffer is empty afterwards. */
IoStatus flushBuffer(Engine& engine, const QString& server, ObjectId ldId, const std::shared_ptr<VolumeIo>& io);
/** Drops a server's buffered data of @p ldId (umount -force, restore). */
void discardBuffer(Engine& engine, const QString& server, ObjectId ldId);
qint64 bufferedBytes(Engine& engine, const QString& server, ObjectId ldId);
/** Forgets every buffer (a workspace opened: a server's buffer does not outlive its process). */
void resetBuffers(Engine& engine);
/** "\\?\Volume{GUID}\": the mount point volume name of a server's disk. */
QString volumeNameOf(const CopyPath& disk);

} // namespace Copyline::Nec
