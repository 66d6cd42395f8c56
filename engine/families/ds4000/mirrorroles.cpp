// SPDX-License-Identifier: GPL-3.0-or-later
// DS4000 Enhanced Remote Mirroring role changes (spec §2.4.13-2.4.14, §3.4-3.5; setRemoteMirror role=): the roles
// swap when the partner can be reached, a forced change without it makes a dual-role conflict, and a later change
// resolves it. FlashCopies and VolumeCopies of a drive follow its role.
#include "families/ds4000/mirrorinternal.h"
#include "families/ds4000/volumecopyops.h"
#include "mirror/mirrorrules.h"
#include "mirror/mirrorservice.h"
#include "service/engine.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

using Mode = MirrorEndpoint::Mode;
using namespace MirrorInternal;
using namespace MirrorRules;

/** FlashCopies of a drive that became a secondary fail; copy-on-write goes on so they can come back (§2.4.14). */
void failFlashCopiesOf(CommandContext& ctx, ObjectId driveId)
{
    for (const FlashCopy& fc : ctx.config.flashCopiesOf(driveId)) {
        if (fc.status != FlashCopyStatus::Optimal) {
            continue;
        }
        FlashCopy& f = ctx.config.flashCopies[fc.id];
        f.status = FlashCopyStatus::Failed;
        f.failedByMirrorRole = true;
        f.statusReason = u"its base %1 became a remote mirror secondary"_s.arg(driveName(ctx.config, driveId));
        ctx.logEventOn(f.subsystemId, EventCode::FlashCopyFailed, EventSeverity::Critical,
            driveComponent(ctx.config, f.id), u"Failed FlashCopy logical drive"_s,
            f.statusReason + u". It returns to Optimal when the base is promoted back to primary."_s, true);
    }
}

/** FlashCopies failed by a demotion return to Optimal with their image intact. */
void restoreFlashCopiesOf(CommandContext& ctx, ObjectId driveId)
{
    for (const FlashCopy& fc : ctx.config.flashCopiesOf(driveId)) {
        if (!fc.failedByMirrorRole) {
            continue;
        }
        FlashCopy& f = ctx.config.flashCopies[fc.id];
        f.failedByMirrorRole = false;
        if (f.status == FlashCopyStatus::Failed) {
            f.status = FlashCopyStatus::Optimal;
            f.statusReason.clear();
            ctx.logEventOn(f.subsystemId, EventCode::FlashCopyRecreated, EventSeverity::Informational,
                driveComponent(ctx.config, f.id), u"FlashCopy logical drive optimal again"_s,
                u"Its base %1 is a primary again; the FlashCopy shows its original point-in-time image."_s.arg(
                    driveName(ctx.config, driveId)));
        }
    }
}

/** A drive takes a role: FlashCopies and VolumeCopies follow (§2.4.13-2.4.14, conflict C14). */
void takeRole(CommandContext& ctx, Mirror& m, MirrorRole role)
{
    if (m.role == role) {
        return;
    }
    m.role = role;
    if (role == MirrorRole::Secondary) {
        failFlashCopiesOf(ctx, m.id);
        VolumeCopyOps::failSourcedFrom(ctx, m.id,
            u"its source %1 was demoted to a remote mirror secondary; Re-Copy once it is a primary again"_s.arg(
                driveName(ctx.config, m.id)));
    } else {
        restoreFlashCopiesOf(ctx, m.id);
    }
}

/**
 * A primary that is about to become a secondary stops taking and recording writes at one instant, so its record
 * of what may differ is complete when it is handed over: its synchronization and shipping stop, its journal
 * entries return to its record, and host writes are held off until the new access rules apply. On rollback the
 * engine restores the access rules and the endpoint its mode.
 */
void stopRecording(CommandContext& ctx, ObjectId id)
{
    Engine& engine = ctx.engine;
    MirrorService& service = engine.mirrors();
    const auto endpoint = service.endpoint(id);
    auto io = engine.volumes().find(id);
    if (!endpoint || !io) {
        return;
    }
    service.scheduler().remove(id);
    service.setJobModes(id, std::nullopt);
    endpoint->setMode(Mode::Track);
    if (const auto group = service.existingGroup(endpoint->subsystemId())) {
        group->dropMember(endpoint.get());
    }
    endpoint->waitForShipping();
    {
        HostAccess access = io->hostAccess();
        auto held = io->quiesce();
        access.write = false;
        access.writeError = EBUSY;
        access.writeReason = u"the mirror role of %1 is changing"_s.arg(driveName(ctx.config, id));
        held.setHostAccess(access);
    }
    ctx.onRollback([&engine, id]() { applyRuntime(engine, id, true); });
}

/** Moves every grain @p from records (or may differ) into @p into's record, durably. */
void handOverRecord(CommandContext& ctx, ObjectId from, ObjectId into)
{
    const auto a = ctx.engine.mirrors().endpoint(from);
    const auto b = ctx.engine.mirrors().endpoint(into);
    if (!a || !b) {
        return;
    }
    // The two drives may differ in size (a secondary may be larger): grains past the smaller one are not mirrored.
    const GrainBitmap& bits = a->map().bits();
    for (qint64 g = bits.findNext(0, true); g < std::min(bits.size(), b->grains()); g = bits.findNext(g + 1, true)) {
        b->map().bits().set(g);
    }
    if (const IoStatus st = b->map().persist(); !st.ok()) {
        failFile(b->map().path(), st);
    }
    ctx.onCommit([a]() {
        a->setPrimary(false);
        a->map().bits().clearAll();
        a->map().compact();
    });
}

/** Role change with the partner reachable: both sides swap, and the new primary copies what may differ. */
void swapRoles(CommandContext& ctx, Mirror& local, MirrorRole to)
{
    Mirror& partner = ctx.config.mirrors[ctx.config.partnerOf(local)->id];
    Mirror& newPrimary = to == MirrorRole::Primary ? local : partner;
    Mirror& newSecondary = to == MirrorRole::Primary ? partner : local;
    const MirrorStatus old = newSecondary.status;
    // The grains the old primary had not shipped now go the other way.
    stopRecording(ctx, newSecondary.id);
    handOverRecord(ctx, newSecondary.id, newPrimary.id);
    takeRole(ctx, newSecondary, MirrorRole::Secondary);
    takeRole(ctx, newPrimary, MirrorRole::Primary);
    newPrimary.fullSyncNeeded = newPrimary.fullSyncNeeded || newSecondary.fullSyncNeeded;
    newPrimary.secondaryInconsistent = newSecondary.secondaryInconsistent;
    newPrimary.lastSynchronized = newSecondary.lastSynchronized;
    newSecondary.fullSyncNeeded = false;
    const auto into = ctx.engine.mirrors().endpoint(newPrimary.id);
    const bool nothingToCopy = into && into->map().bits().count() == 0 && !newPrimary.fullSyncNeeded;
    if (old == MirrorStatus::Synchronized && nothingToCopy) {
        newPrimary.status = MirrorStatus::Synchronized;
        newPrimary.statusReason.clear();
    } else if (old == MirrorStatus::Suspended || old == MirrorStatus::Unsynchronized) {
        newPrimary.status = old; // still waiting for Resume, now the other way round
        newPrimary.statusReason = u"the roles were reversed while the pair was %1"_s.arg(statusText(old));
    } else {
        startSync(ctx, newPrimary, u"the roles were reversed"_s);
    }
    newPrimary.synchronizedAtSplit = false;
    newSecondary.synchronizedAtSplit = false;
    tellPartner(ctx, newPrimary);
    // The secondary's owner follows the primary's (spec §3.5).
    ctx.config.logicalDrives[newSecondary.id].currentOwner = ctx.config.logicalDrives.value(newPrimary.id).currentOwner;
    const QString details = u"%1 is now the primary and %2 the secondary; data is copied from %3 to %4."_s.arg(
        sideText(ctx.config, newPrimary.id), sideText(ctx.config, newSecondary.id),
        subsystemName(ctx.config, newPrimary.subsystemId), subsystemName(ctx.config, newSecondary.subsystemId));
    logBoth(ctx, local, EventCode::MirrorRoleChanged, EventSeverity::Informational, u"Mirror role changed"_s, details);
    applyOnCommit(ctx, {newPrimary.id, newSecondary.id}, 0, true);
}

/** Dual-role recovery (spec §3.4 last rows, conflicts C8, C22): the other side keeps its role, data resyncs. */
void resolveDualRole(CommandContext& ctx, Mirror& local, MirrorRole to)
{
    Mirror& partner = ctx.config.mirrors[ctx.config.partnerOf(local)->id];
    if (!local.synchronizedAtSplit || !partner.synchronizedAtSplit) {
        fail(ErrorCode::MirrorStateInvalid,
            {driveName(ctx.config, local.id), statusText(local.status),
                u"the pair was not Synchronized when the roles split, so neither side can be trusted as a copy of the "
                "other: remove the mirror relationship on both storage subsystems, then create it again from the "
                "logical drive that should be the primary"_s});
    }
    Mirror& newPrimary = to == MirrorRole::Primary ? local : partner;
    Mirror& newSecondary = to == MirrorRole::Primary ? partner : local;
    // Every grain either side wrote since the split may differ: the demoted side's record joins the other's.
    if (newSecondary.role == MirrorRole::Primary) {
        stopRecording(ctx, newSecondary.id);
    }
    handOverRecord(ctx, newSecondary.id, newPrimary.id);
    takeRole(ctx, newSecondary, MirrorRole::Secondary);
    takeRole(ctx, newPrimary, MirrorRole::Primary);
    newPrimary.synchronizedAtSplit = false;
    newSecondary.synchronizedAtSplit = false;
    startSync(ctx, newPrimary, u"dual-role conflict resolved"_s);
    tellPartner(ctx, newPrimary);
    ctx.config.logicalDrives[newSecondary.id].currentOwner = ctx.config.logicalDrives.value(newPrimary.id).currentOwner;
    logBoth(ctx, newPrimary, EventCode::MirrorRoleChanged, EventSeverity::Informational, u"Mirror role changed"_s,
        u"Dual-role conflict resolved: %1 is the primary, %2 the secondary; the regions written on either side since "
        "the roles split are copied from %3."_s.arg(sideText(ctx.config, newPrimary.id),
            sideText(ctx.config, newSecondary.id), subsystemName(ctx.config, newPrimary.subsystemId)));
    applyOnCommit(ctx, {newPrimary.id, newSecondary.id}, 0, true);
}

} // namespace

namespace MirrorInternal
{

void changeRole(CommandContext& ctx, const QString& name, MirrorRole to, bool force)
{
    Mirror& local = ctx.config.mirrors[recordOf(ctx, name).id];
    const QString ldName = driveName(ctx.config, local.id);
    const Mirror* partner = ctx.config.partnerOf(local);
    const bool talk = reachable(ctx.engine, ctx.config, local);
    const bool dual = local.status == MirrorStatus::DualPrimary || local.status == MirrorStatus::DualSecondary;
    if (dual) {
        if (local.role == to) {
            fail(ErrorCode::MirrorRoleInvalid,
                {ldName,
                    u"is already a %1 (%2); change the role of one side to resolve the conflict"_s.arg(
                        enumName(to), statusText(local.status))});
        }
        // Conflict C8: refused while the link is down, allowed once communication is back.
        if (!talk || partner == nullptr) {
            communicationFailure(
                ctx, local, u"A dual-role conflict is resolved once the storage subsystems communicate again."_s);
        }
        resolveDualRole(ctx, local, to);
        return;
    }
    if (local.role == to) {
        fail(ErrorCode::MirrorRoleInvalid, {ldName, u"is already the %1 of its mirrored pair."_s.arg(enumName(to))});
    }
    if (local.status == MirrorStatus::Unresponsive) {
        fail(ErrorCode::MirrorStateInvalid,
            {ldName, statusText(local.status),
                u"the remote storage subsystem no longer lists the relationship; remove it here"_s});
    }
    if (talk && partner != nullptr && partner->role == to) {
        swapRoles(ctx, local, to); // the partner hands over the role local takes
        return;
    }
    if (!force) {
        communicationFailure(ctx, local,
            to == MirrorRole::Primary
                ? u"The primary cannot be demoted. Proceeding anyway (force=TRUE) makes both drives primaries: a Dual "
                  "Primary condition."_s
                : u"The secondary cannot be promoted. Proceeding anyway (force=TRUE) makes both drives secondaries: "
                  "a Dual Secondary condition."_s);
    }
    // Forced: only this side changes; the partner learns of the conflict when they communicate again.
    // "Previously Synchronized" (spec §3.4): the secondary held a complete, consistent image when the roles split —
    // no initial or delta synchronization was under way. Writes after the last confirmed one are in the sides'
    // out-of-sync records, so a later resynchronization from either side copies every grain that may differ.
    local.synchronizedAtSplit
        = !local.secondaryInconsistent && !local.fullSyncNeeded && local.status != MirrorStatus::Synchronizing;
    if (to == MirrorRole::Secondary) {
        stopRecording(ctx, local.id); // its record stays complete for the recovery
    }
    takeRole(ctx, local, to);
    local.status = to == MirrorRole::Primary ? MirrorStatus::DualPrimary : MirrorStatus::DualSecondary;
    local.statusReason = u"the role was changed while the remote storage subsystem could not be reached"_s;
    ctx.logEvent(EventCode::MirrorDualRoleConflict, EventSeverity::Critical, driveComponent(ctx.config, local.id),
        u"Dual-role conflict detected"_s,
        u"%1 was made %2 without contacting %3, which is still the %4. %5"_s.arg(sideText(ctx.config, local.id),
            enumName(to), sideText(ctx.config, local.remoteDriveId), enumName(to),
            local.synchronizedAtSplit
                ? u"The pair was Synchronized: once the subsystems communicate, change the role of one side and the "
                  "pair resynchronizes."_s
                : u"The pair was not Synchronized: remove the relationship on both subsystems and create it again."_s),
        true);
    applyOnCommit(ctx, {local.id});
}

} // namespace MirrorInternal

} // namespace Copyline
