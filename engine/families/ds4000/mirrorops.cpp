// SPDX-License-Identifier: GPL-3.0-or-later
// DS4000 Enhanced Remote Mirroring: MirrorOps (mirrorops.h), what the engine and the other command areas call —
// restoring the mirrors after the workspace opened, the poll once a second, and the hooks for deleting, expanding,
// moving and losing logical drives.
#include "families/ds4000/mirrorops.h"
#include "families/ds4000/mirrorinternal.h"
#include "mirror/mirrorrules.h"
#include "mirror/mirrorservice.h"
#include "service/engine.h"
#include "util/bytesize.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

using namespace MirrorInternal;
using namespace MirrorRules;

namespace MirrorOps
{

qint64 journalCapacity(const Configuration& config, ObjectId subsystemId)
{
    qint64 total = 0;
    for (const LogicalDrive& r : config.mirrorRepositoriesOf(subsystemId)) {
        total += r.capacity;
    }
    return std::max<qint64>(total, 2 * kRepositoryCapacity);
}

void beforeDelete(CommandContext& ctx, const LogicalDrive& ld)
{
    const Mirror* m = ctx.config.mirrorOf(ld.id);
    if (m == nullptr) {
        return;
    }
    const Mirror record = *m;
    if (record.role == MirrorRole::Secondary && ctx.config.partnerOf(record) != nullptr) {
        fail(ErrorCode::MirrorRoleInvalid,
            {ld.name,
                u"is the secondary of an active mirror relationship with %1 and cannot be deleted; remove the mirror "
                "relationship first"_s.arg(sideText(ctx.config, record.remoteDriveId))});
    }
    // Deleting a primary removes the relationship; the secondary becomes a standard drive (spec §2.4.12).
    removeRecord(ctx, record, reachable(ctx.engine, ctx.config, record));
}

void ownershipChanged(CommandContext& ctx, const LogicalDrive& ld)
{
    const Mirror* m = ctx.config.mirrorOf(ld.id);
    if (m == nullptr) {
        return;
    }
    if (m->role == MirrorRole::Secondary) {
        fail(ErrorCode::MirrorRoleInvalid,
            {ld.name,
                u"is a remote mirror secondary: its owner follows the primary's and cannot be changed by hand"_s});
    }
    // The secondary's owner follows with the next remote write; the simulation moves it at once when reachable.
    if (const Mirror* partner = ctx.config.partnerOf(*m); partner != nullptr && reachable(ctx.engine, ctx.config, *m)) {
        ctx.config.logicalDrives[partner->id].currentOwner = ld.currentOwner;
    }
    applyOnCommit(ctx, {m->id});
}

void repositoryFault(CommandContext& ctx, const LogicalDrive& ld, bool faulted)
{
    if (ld.kind != LogicalDriveKind::MirrorRepository || !faulted) {
        return; // restored: the pairs resume (Manual) or resynchronize (Automatic) with the full synchronization
    }
    QList<ObjectId> affected;
    for (const Mirror& m : ctx.config.mirrorsOf(ld.subsystemId)) {
        if (m.role != MirrorRole::Primary) {
            continue;
        }
        Mirror& r = ctx.config.mirrors[m.id];
        r.fullSyncNeeded = true;
        affected.append(m.id);
        if (const auto endpoint = ctx.engine.mirrors().endpoint(m.id)) {
            endpoint->map().setAll(); // without its log nothing can be trusted: every grain is copied again
        }
    }
    markUnsynchronized(ctx, affected,
        u"the mirror repository logical drives were lost; a full synchronization follows when they are restored"_s,
        false);
    applyOnCommit(ctx, affected);
}

void checkResizable(CommandContext& ctx, const LogicalDrive& ld)
{
    if (const Mirror* m = ctx.config.mirrorOf(ld.id)) {
        checkSameFirmware(ctx, m->subsystemId, m->remoteSubsystemId, u"expanding a mirrored logical drive"_s);
    }
}

QString capacityChanged(CommandContext& ctx, const LogicalDrive& ld)
{
    const Mirror* m = ctx.config.mirrorOf(ld.id);
    if (m == nullptr) {
        return {};
    }
    const Mirror* partner = ctx.config.partnerOf(*m);
    const auto endpoint = ctx.engine.mirrors().endpoint(m->id);
    const qint64 grains = mirroredGrains(ctx.config, *m);
    if (!endpoint || endpoint->grains() >= grains) {
        // Spec §2.5 (L8360-8366): the drive shows its new capacity, the pair uses the smaller of the two.
        const qint64 usable = usableCapacity(ctx.config, *m);
        const QString other = driveName(ctx.config, m->remoteDriveId);
        return m->role == MirrorRole::Primary
            ? u"The mirrored pair's usable capacity stays %1 until the secondary logical drive %2 is expanded "
              "too."_s.arg(formatGb(usable), other)
            : u"The mirrored pair's usable capacity stays %1 until the primary logical drive %2 is expanded."_s.arg(
                formatGb(usable), other);
    }
    growEndpoint(ctx, m->id, grains);
    if (partner != nullptr) {
        growEndpoint(ctx, partner->id, grains);
    }
    // The added grains are out of sync: a Synchronized pair copies them (holes travel as discards).
    const Mirror* primary = m->role == MirrorRole::Primary ? m : partner;
    if (primary != nullptr && primary->role == MirrorRole::Primary && primary->status == MirrorStatus::Synchronized) {
        Mirror& p = ctx.config.mirrors[primary->id];
        startSync(ctx, p, u"the mirrored pair's usable capacity grew"_s);
        tellPartner(ctx, p);
        applyOnCommit(ctx, {p.id});
    }
    return u"The mirrored pair's usable capacity is now %1; the added capacity is being synchronized."_s.arg(
        formatGb(grains * m->grainSize));
}

Error restore(Engine& engine)
{
    registerPeerOps();
    const Configuration config = engine.configuration();
    MirrorService& service = engine.mirrors();
    for (const MirrorLink& l : config.mirrorLinks) {
        service.setLink(
            std::make_shared<RemoteLink>(l, subsystemName(config, l.subsystemA), subsystemName(config, l.subsystemB)));
        service.scheduler().setBandwidth(l.id, l.bandwidth);
    }
    QList<ObjectId> lostMaps;
    QList<ObjectId> unconfirmed;
    for (const Mirror& m : config.mirrors) {
        if (!engine.volumes().find(m.id) || Engine::isProxyDrive(config, m.id)
            || (m.role == MirrorRole::Secondary && Engine::isProxyDrive(config, m.remoteDriveId))) {
            // A missing drive: no I/O reaches it, the record stays for the administrator. A proxy's drive: the
            // engine that serves it runs its side of the pair. A secondary whose primary is on another engine: that
            // engine ships to it and keeps the pair's out-of-sync record; nothing runs here (issue 17).
            continue;
        }
        const qint64 grains = mirroredGrains(config, m);
        IoStatus st;
        auto map = OutOfSyncMap::open(engine.volumePath(m.mapFile), grains, &st);
        if (!map) {
            // Without its record of what may differ, only a full synchronization is safe (conflict C7 cases).
            map = OutOfSyncMap::create(engine.volumePath(m.mapFile), grains, &st);
            if (!map) {
                return {ErrorCode::FileError, {engine.volumePath(m.mapFile), st.reason}};
            }
            lostMaps.append(m.id);
        }
        if (m.fullSyncNeeded || lostMaps.contains(m.id)) {
            map->setAll();
        }
        if (m.role == MirrorRole::Primary && m.status == MirrorStatus::Synchronized && map->bits().count() > 0) {
            unconfirmed.append(m.id);
        }
        registerEndpoint(engine, makeEndpoint(engine, m, std::move(map)));
    }
    for (const Mirror& m : config.mirrors) {
        applyRuntime(engine, m.id, true);
    }
    if (lostMaps.isEmpty() && unconfirmed.isEmpty()) {
        return {};
    }
    // Writes the secondary never confirmed (the engine stopped in between): the pair is honestly Unsynchronized.
    for (const Subsystem& s : config.subsystems) {
        const CommandResult r = engine.runInternal(s.id, [&](CommandContext& ctx) {
            for (const ObjectId id : lostMaps + unconfirmed) {
                Mirror& m = ctx.config.mirrors[id];
                if (m.subsystemId != s.id) {
                    continue;
                }
                if (lostMaps.contains(id) && m.role == MirrorRole::Primary) {
                    m.fullSyncNeeded = true;
                }
                if (m.role == MirrorRole::Primary && m.status == MirrorStatus::Synchronized) {
                    markUnsynchronized(ctx, {id},
                        lostMaps.contains(id)
                            ? u"its out-of-sync log was lost; a full synchronization is needed"_s
                            : u"the storage subsystem stopped before the secondary confirmed every write"_s,
                        false);
                    applyOnCommit(ctx, {id});
                }
            }
        });
        if (!r.ok()) {
            return r.error;
        }
    }
    return {};
}

void poll(Engine& engine)
{
    const Configuration& config = engine.configuration();
    MirrorService& service = engine.mirrors();
    struct Change
    {
        ObjectId id;
        enum Kind
        {
            Restored,
            DualRole,
            Unresponsive,
            AutoResync,
            Learn,
        } kind;
    };
    QList<Change> changes;
    for (const Mirror& m : config.mirrors) {
        if (Engine::isProxyDrive(config, m.id) || !reachable(engine, config, m)) {
            // A proxy drive's record is the other engine's side, as last known: that engine acts on it (issue 17).
            continue;
        }
        if (service.probing().contains(m.id)) {
            changes.append({m.id, Change::Restored});
        }
        const Mirror* partner = config.partnerOf(m);
        if (partner == nullptr) {
            // An orphan on either side is reported (spec §2.4.10, issue 20): the partner removed its record while
            // the link was down.
            if (m.status != MirrorStatus::Unresponsive) {
                changes.append({m.id, Change::Unresponsive});
            }
            continue;
        }
        if (partner->role == m.role) {
            const MirrorStatus dual
                = m.role == MirrorRole::Primary ? MirrorStatus::DualPrimary : MirrorStatus::DualSecondary;
            if (m.status != dual) {
                changes.append({m.id, Change::DualRole});
            }
            continue;
        }
        if (m.role != MirrorRole::Primary) {
            continue;
        }
        if (m.status == MirrorStatus::Unsynchronized && m.autoResync) {
            changes.append({m.id, Change::AutoResync});
        } else if (partner->status != m.status || partner->secondaryInconsistent != m.secondaryInconsistent) {
            changes.append({m.id, Change::Learn});
        }
    }
    if (changes.isEmpty()) {
        return;
    }
    for (const Change& change : std::as_const(changes)) {
        const Mirror* m = engine.configuration().mirrorOf(change.id);
        if (m == nullptr) {
            continue;
        }
        const ObjectId subsystem = m->subsystemId;
        engine.runInternal(subsystem, [&](CommandContext& ctx) {
            Mirror& r = ctx.config.mirrors[change.id];
            switch (change.kind) {
            case Change::Restored:
                engine.mirrors().probing().remove(change.id);
                ctx.logEvent(EventCode::MirrorCommunicationRestored, EventSeverity::Informational,
                    driveComponent(ctx.config, r.id), u"Remote mirror communication restored"_s,
                    u"The background Communication Test reached Storage Subsystem %1 again.%2"_s.arg(
                        subsystemName(ctx.config, r.remoteSubsystemId),
                        r.status == MirrorStatus::Unsynchronized && !r.autoResync
                            ? u" Resynchronization is Manual: select Resume."_s
                            : QString()));
                break;
            case Change::Unresponsive:
                r.status = MirrorStatus::Unresponsive;
                r.statusReason = u"the remote storage subsystem no longer lists the relationship"_s;
                ctx.logEvent(EventCode::MirrorUnsynchronized, EventSeverity::Critical, driveComponent(ctx.config, r.id),
                    u"Mirrored pair becomes unsynchronized"_s,
                    u"%1 is Unresponsive: %2 removed its side of the relationship while the link was down. Remove the "
                    "mirror relationship on this storage subsystem too.%3"_s.arg(sideText(ctx.config, r.id),
                        subsystemName(ctx.config, r.remoteSubsystemId),
                        r.role == MirrorRole::Secondary
                            ? u" Until then the drive stays a secondary that hosts cannot write."_s
                            : QString()),
                    true);
                applyOnCommit(ctx, {r.id});
                break;
            case Change::DualRole:
                if (const Mirror* forced = ctx.config.partnerOf(r); forced != nullptr
                    && r.status != MirrorStatus::DualPrimary && r.status != MirrorStatus::DualSecondary) {
                    r.synchronizedAtSplit = forced->synchronizedAtSplit; // the forced side knew the state at the split
                }
                r.status = r.role == MirrorRole::Primary ? MirrorStatus::DualPrimary : MirrorStatus::DualSecondary;
                r.statusReason = u"both logical drives of the pair have the %1 role"_s.arg(enumName(r.role));
                ctx.logEvent(EventCode::MirrorDualRoleConflict, EventSeverity::Critical,
                    driveComponent(ctx.config, r.id), u"Dual-role conflict detected"_s,
                    u"%1 and %2 are both %3 logical drives. %4"_s.arg(sideText(ctx.config, r.id),
                        sideText(ctx.config, r.remoteDriveId), enumName(r.role),
                        r.synchronizedAtSplit
                            ? u"The pair was Synchronized: change the role of one side and the pair resynchronizes."_s
                            : u"The pair was not Synchronized: remove the relationship on both storage subsystems "
                              "and create it again."_s),
                    true);
                applyOnCommit(ctx, {r.id});
                break;
            case Change::AutoResync:
                startSync(ctx, r, u"communication restored (Automatic resynchronization)"_s);
                tellPartner(ctx, r);
                ctx.logEvent(EventCode::MirrorResumed, EventSeverity::Informational, driveComponent(ctx.config, r.id),
                    u"Mirrored pair resumed"_s,
                    u"Communication with Storage Subsystem %1 was restored; resynchronization is Automatic, so only "
                    "the %2 written meanwhile are copied."_s.arg(
                        subsystemName(ctx.config, r.remoteSubsystemId), formatBytes(outOfSyncBytes(ctx.engine, r.id))));
                applyOnCommit(ctx, {r.id});
                break;
            case Change::Learn:
                tellPartner(ctx, r);
                break;
            }
        });
    }
}

} // namespace MirrorOps

} // namespace Copyline
