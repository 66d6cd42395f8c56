// SPDX-License-Identifier: GPL-3.0-or-later
// DS4000 Enhanced Remote Mirroring (spec §1.9, §2.4, §3.1, §3.4-3.5, §4.4-4.6, §7.2-7.3, §8): the Remote Mirror
// option, mirror relationships with their write modes, suspend/resume with delta resynchronization, role reversal
// with dual-role conflicts, one-sided removal, the Communication Test, and the simulated link between subsystems.
//
// Each side of a pair keeps its own record (storage/configuration.h, Mirror). A command changes the records of
// both sides only when the subsystems can talk over the link; otherwise only the local side changes, as on the
// real subsystems, and poll() reconciles what the partner learns once the link is back.
//
// This header is what the mirror files share, and only they include it:
//   mirrorruntime.cpp       the live side: endpoints, synchronizations, shared record transitions, I/O reports
//   mirrorops.cpp           MirrorOps (mirrorops.h): restore, poll, and the hooks of the other command areas
//   mirrorlinkcommands.cpp  the Remote Mirror option, the Communication Test, the simulated link
//   mirrorpaircommands.cpp  create, remove, suspend, resume and settings of a pair; the shared arguments
//   mirrorroles.cpp         role changes and dual-role conflicts
//   mirrorshowcommands.cpp  showRemoteMirrors, showRemoteMirrorCandidates
#pragma once

#include "service/commandcontext.h"

#include <memory>

namespace Copyline
{

class Engine;
class MirrorEndpoint;
class OutOfSyncMap;
class RemoteLink;

namespace MirrorInternal
{

// ---- names in texts (mirrorruntime.cpp) -------------------------------------------------------------------------

QString driveComponent(const Configuration& config, ObjectId id);
QString driveName(const Configuration& config, ObjectId id);
QString subsystemName(const Configuration& config, ObjectId id);
/** "Accounting on Primary Site". */
QString sideText(const Configuration& config, ObjectId driveId);

// ---- live state (mirrorruntime.cpp) -----------------------------------------------------------------------------

std::shared_ptr<RemoteLink> runtimeLink(Engine& engine, const Configuration& config, ObjectId a, ObjectId b);
/** The controller whose path a side uses: the owner of its drive (controller A talks to A, B to B). */
QString controllerOf(const Configuration& config, const Mirror& m);
/**
 * Spec §8.8 (L13549-13555): while two mirrored subsystems run different controller firmware, only mirror deletion,
 * logical drive renaming, synchronization priority changes and promotion are allowed; refuses @p what otherwise.
 */
void checkSameFirmware(CommandContext& ctx, ObjectId localSubsystem, ObjectId remoteSubsystem, const QString& what);
/** Whether a side can talk to its partner's subsystem right now. */
bool reachable(Engine& engine, const Configuration& config, const Mirror& m);
/**
 * Brings the live endpoint of one record in line with the committed configuration: role, route to the partner,
 * consistency group, and the synchronization that runs exactly while the primary is Synchronization-in-Progress.
 * A Synchronized primary keeps the mode its synchronization ended in (a fall to Track found by an I/O thread is
 * not undone here); @p opening sets it from the record after a restart.
 */
void applyRuntime(Engine& engine, ObjectId id, bool opening = false);
/**
 * Runs applyRuntime for @p ids after the command commits, for a consistency group at one frozen instant.
 * @p establish: a Synchronized primary takes its replication mode now (a role it just took).
 */
void applyOnCommit(CommandContext& ctx, QList<ObjectId> ids, ObjectId freezeGroupOf = 0, bool establish = false);
/**
 * The grains a side mirrors: the smaller drive of the pair (spec §2.5 DVE, L8360-8366: "its usable capacity
 * becomes the smaller of the two logical drives"). A primary refuses host writes past it.
 */
qint64 mirroredGrains(const Configuration& config, const Mirror& m);
std::shared_ptr<MirrorEndpoint> makeEndpoint(Engine& engine, const Mirror& m, std::unique_ptr<OutOfSyncMap> map);
void registerEndpoint(Engine& engine, const std::shared_ptr<MirrorEndpoint>& endpoint);
/** A new side: its out-of-sync map file now (removed on rollback), its live endpoint once the command commits. */
void attachEndpoint(CommandContext& ctx, const Mirror& m);
/**
 * Once the command commits, replaces a side's endpoint by one whose map covers @p grains (the pair's usable
 * capacity grew): the grains it adds are out of sync, since the secondary's new space may hold old data. The
 * drive is quiesced while the hooks change, so no write goes unrecorded.
 */
void growEndpoint(CommandContext& ctx, ObjectId id, qint64 grains);
/** Removes a side's live endpoint and map once the command commits. */
void detachEndpoint(CommandContext& ctx, const Mirror& m);
/** The endpoint's out-of-sync record, in memory and on disk: what a resynchronization will copy. */
qint64 outOfSyncBytes(Engine& engine, ObjectId id);

// ---- transitions shared by commands and engine notifications (mirrorruntime.cpp) --------------------------------

void logBoth(CommandContext& ctx,
    const Mirror& m,
    int code,
    EventSeverity severity,
    const QString& description,
    const QString& details,
    bool attention = false);
/** The secondary's record learns the primary's status (when the two can talk). */
void tellPartner(CommandContext& ctx, const Mirror& primary);
/** Starts a (delta, or full when the record says so) resynchronization of a primary. */
void startSync(CommandContext& ctx, Mirror& m, const QString& why);
void markUnsynchronized(CommandContext& ctx, const QList<ObjectId>& ids, const QString& reason, bool partnerReachable);
/** Removes a record (and the partner's when they can talk): data on both drives stays (spec §2.4.10). */
void removeRecord(CommandContext& ctx, const Mirror& m, bool withPartner);

// ---- arguments (mirrorpaircommands.cpp) -------------------------------------------------------------------------

/** The local drives a command names: localLogicalDrive(s) / primary / primaries lists, or the bracketed target. */
QStringList driveNames(CommandContext& ctx, const QStringList& keys);
const Mirror& recordOf(CommandContext& ctx, const QString& name);
/** The out-of-sync map file of a side, relative to volumes/: named after its drive, unique in the workspace. */
QString mapFileOf(ObjectId driveId);
const Subsystem& remoteSubsystemArg(CommandContext& ctx);
/** The members of a primary's write consistency group (itself included), when @p wholeGroup. */
QList<ObjectId> groupOf(const Configuration& config, const Mirror& m, bool wholeGroup);
void communicationFailure(CommandContext& ctx, const Mirror& m, const QString& advice);

// ---- role changes (mirrorroles.cpp) -----------------------------------------------------------------------------

/**
 * setRemoteMirror role=: the roles swap when the partner can be reached; forced without it, only this side changes
 * (a dual-role conflict); during a conflict, the change resolves it.
 */
void changeRole(CommandContext& ctx, const QString& name, MirrorRole to, bool force);
/** Answers the role-change requests of other engines (Sites::handle: "demote", "adopt"). */
void registerPeerOps();

} // namespace MirrorInternal
} // namespace Copyline
