// SPDX-License-Identifier: GPL-3.0-or-later
// DS4000 Enhanced Remote Mirroring role changes (spec §2.4.13-2.4.14, §3.4-3.5; setRemoteMirror role=): the roles
// swap when the partner can be reached, a forced change without it makes a dual-role conflict, and a later change
// resolves it. FlashCopies and VolumeCopies of a drive follow its role.
//
// When the partner is on another engine (issue 17, a proxy's drive), a role change is two-phase over the peers'
// Control requests, and the side that gives up the primary role always commits first: a cut in between leaves two
// secondaries, never two primaries.
//   - Promotion here ("demote" to the peer): the peer demotes its drive, hands over its record of what may differ
//     and keeps that record until this engine's push says it has it; then this side takes the role and the grains,
//     durable before it commits. Repeating the command after a cut completes it (the peer answers the same record).
//   - Demotion here while both sides are primaries (a dual-role conflict after a failover, resolved in the peer's
//     favour: "adopt"): the peer takes this side's grains durably and commits as the only primary, waiting; this side
//     commits as its secondary; then the peer is told to copy ("resume").
//   - A planned demotion here (the partner a plain secondary) is refused: run the promotion on the partner's engine.
#include "families/ds4000/mirrorinternal.h"
#include "families/ds4000/volumecopyops.h"
#include "mirror/mirrorendpoint.h"
#include "mirror/mirrorrules.h"
#include "mirror/mirrorservice.h"
#include "mirror/outofsyncmap.h"
#include "service/engine.h"
#include "service/sites.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

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

// ---- role changes across engines (issue 17) -----------------------------------------------------------------------

/** The site whose engine serves @p local's partner; it must be registered here, since a role change asks it. */
QString partnerSite(CommandContext& ctx, const Mirror& local)
{
    QString site = Engine::peerOfDrive(ctx.config, local.remoteDriveId);
    if (!ctx.engine.peer(site)) {
        fail(ErrorCode::MirrorAcrossEngines,
            {driveName(ctx.config, local.id),
                u"its partner is on the engine of site %1, which is not registered here, and a role change asks that "
                "engine: register it first (copylinectl --add-peer %1 --peer-address HOST:PORT --peer-key-file "
                "FILE)"_s.arg(site)});
    }
    return site;
}

/** Every grain set in @p map marked on disk and flushed, or the command fails naming the map file. */
void makeDurable(OutOfSyncMap& map)
{
    IoStatus st = map.persist();
    if (st.ok()) {
        st = map.sync();
    }
    if (!st.ok()) {
        failFile(map.path(), st);
    }
}

/**
 * Adds @p ranges (every grain when @p all) to a side's record of what may differ, durable before the command
 * commits; returns how many grains the record holds then. A side without an endpoint gets one: a secondary whose
 * primary was on another engine runs nothing here, so its map is made now (or read again: a role change may have
 * handed grains over through it before a restart).
 */
qint64 takeRecordInto(CommandContext& ctx, Mirror& m, const QJsonArray& ranges, bool all)
{
    Engine& engine = ctx.engine;
    auto endpoint = engine.mirrors().endpoint(m.id);
    if (!endpoint) {
        m.mapFile = mapFileOf(m.id);
        const QString path = engine.volumePath(m.mapFile);
        const qint64 grains = mirroredGrains(ctx.config, m);
        const bool existed = QFile::exists(path);
        IoStatus st;
        auto map = existed ? OutOfSyncMap::open(path, grains, &st) : nullptr;
        if (!map) {
            map = OutOfSyncMap::create(path, grains, &st);
        }
        if (!map || !engine.volumes().find(m.id)) {
            fail(ErrorCode::FileError, {path, map ? u"the logical drive's volume is not open"_s : st.reason});
        }
        if (!existed) {
            ctx.onRollback([path]() { QFile::remove(path); });
        }
        endpoint = makeEndpoint(engine, m, std::move(map));
        ctx.onCommit([&engine, endpoint]() { registerEndpoint(engine, endpoint); });
    }
    OutOfSyncMap& map = endpoint->map();
    if (all) {
        map.setAll();
    } else {
        Sites::setGrainRanges(map.bits(), ranges);
    }
    makeDurable(map);
    return map.bits().count();
}

/**
 * A side's record of what may differ, durable, as grain ranges: its endpoint's, or its map file's when it has none
 * (a secondary that handed its record over before a restart). A record that cannot be read fails the command: handing
 * over less than what may differ would leave old data on the new secondary unnoticed.
 */
QJsonArray recordedGrains(CommandContext& ctx, const Mirror& m)
{
    if (const auto endpoint = ctx.engine.mirrors().endpoint(m.id)) {
        makeDurable(endpoint->map());
        return Sites::grainRanges(endpoint->map().bits());
    }
    const QString path = ctx.engine.volumePath(m.mapFile);
    if (m.mapFile.isEmpty() || !QFile::exists(path)) {
        return {};
    }
    IoStatus st;
    const auto map = OutOfSyncMap::open(path, mirroredGrains(ctx.config, m), &st);
    if (!map) {
        failFile(path, st);
    }
    return Sites::grainRanges(map->bits());
}

qint64 grainCount(const QJsonArray& ranges)
{
    qint64 n = 0;
    for (const auto& r : ranges) {
        n += r.toArray().at(1).toInteger();
    }
    return n;
}

/** The pair record of @p driveId that a peer's request names, checked against what this engine holds. */
Mirror& peerPairRecord(CommandContext& ctx, const QString& peer, const QJsonObject& request, const char* partnerKey)
{
    Configuration& config = ctx.config;
    const ObjectId driveId = request.value(u"drive"_s).toInteger();
    const Mirror* m = config.mirrorOf(driveId);
    if (m == nullptr || Engine::isProxyDrive(config, driveId) || m->pairId != request.value(u"pair"_s).toInteger()) {
        fail(ErrorCode::MirrorAcrossEngines,
            {u"logical drive %1"_s.arg(driveId), u"no mirror relationship of that pair is served here"_s});
    }
    const Mirror* partner = config.partnerOf(*m);
    if (partner == nullptr || Engine::peerOfDrive(config, partner->id) != peer
        || config.logicalDrives.value(partner->id).remoteId
            != request.value(QLatin1StringView(partnerKey)).toInteger()) {
        fail(ErrorCode::MirrorAcrossEngines,
            {driveName(config, m->id), u"its partner here is not the drive of site %1 that asks"_s.arg(peer)});
    }
    return config.mirrors[m->id];
}

bool isDual(const Mirror& m)
{
    return m.status == MirrorStatus::DualPrimary || m.status == MirrorStatus::DualSecondary;
}

/** "demote": the peer takes the primary role of a pair; this side steps down first (the first phase). */
IoStatus answerDemote(Engine& engine, const QString& peer, const QJsonObject& request, QJsonObject* answer)
{
    const CommandResult result = engine.runInternal(0, [&](CommandContext& ctx) {
        Mirror& local = peerPairRecord(ctx, peer, request, "primary");
        Mirror& partner = ctx.config.mirrors[ctx.config.partnerOf(local)->id];
        answer->insert(u"status"_s, enumName(local.status));
        answer->insert(u"fullSyncNeeded"_s, local.fullSyncNeeded);
        answer->insert(u"secondaryInconsistent"_s, local.secondaryInconsistent);
        answer->insert(u"lastSynchronized"_s, local.lastSynchronized.toString(Qt::ISODateWithMs));
        if (local.role == MirrorRole::Primary || isDual(local)) {
            if (local.role == MirrorRole::Primary) {
                stopRecording(ctx, local.id); // hosts held, shipping drained: the record below is complete
            }
            takeRole(ctx, local, MirrorRole::Secondary);
            takeRole(ctx, partner, MirrorRole::Primary);
            if (isDual(local)) {
                local.status = MirrorStatus::Synchronizing;
            }
            local.statusReason = u"the engine of site %1 is taking the primary role"_s.arg(peer);
            local.fullSyncNeeded = false;
            local.synchronizedAtSplit = false;
            partner.synchronizedAtSplit = false;
            partner.status = local.status;
            partner.statusReason = local.statusReason;
            ctx.logEventOn(local.subsystemId, EventCode::MirrorRoleChanged, EventSeverity::Informational,
                driveComponent(ctx.config, local.id), u"Mirror role changed"_s,
                u"%1 is now the secondary of %2 on the engine of site %3, which asked for it: hosts can no longer "
                u"write "
                "it, and the regions it had not copied are copied back from site %3."_s.arg(
                    driveName(ctx.config, local.id), driveName(ctx.config, partner.id), peer));
            applyOnCommit(ctx, {local.id});
        }
        // Already this peer's secondary (its answer was lost on the way, say): the same record again.
        const QJsonArray grains = recordedGrains(ctx, local);
        answer->insert(u"grains"_s, grains);
    });
    if (!result.ok()) {
        return IoStatus::failure(EPERM, result.error.message());
    }
    return IoStatus::success();
}

/**
 * Promotion here with the partner on another engine: the second phase, after the peer demoted its drive. Returns
 * false, having changed nothing, when the peer cannot be reached and @p force allows a promotion of this side alone.
 */
bool promoteAcrossEngines(CommandContext& ctx, Mirror& local, bool force)
{
    Configuration& config = ctx.config;
    const QString site = partnerSite(ctx, local);
    const bool dual = isDual(local);
    if (dual && !local.synchronizedAtSplit) {
        fail(ErrorCode::MirrorStateInvalid,
            {driveName(config, local.id), statusText(local.status),
                u"it was not a complete copy when the roles split, so it cannot become the only primary: remove the "
                "mirror relationship on both sites, then create it again from the logical drive whose data is to be "
                "kept"_s});
    }
    Mirror& partner = config.mirrors[config.partnerOf(local)->id];
    QJsonObject answer;
    const Error asked = Sites::ask(ctx.engine, site,
        {{u"op"_s, u"demote"_s}, {u"pair"_s, local.pairId},
            {u"drive"_s, config.logicalDrives.value(partner.id).remoteId}, {u"primary"_s, local.id}},
        &answer);
    if ((asked.code == ErrorCode::PeerUnreachable || asked.code == ErrorCode::PeerInvalid) && force) {
        // The site is gone (this engine had not noticed yet), or it would not step down: force means a failover
        // whatever the other site says, as before the refusals were told apart from an unreachable site.
        return false;
    }
    check(asked);
    // The peer committed its side: its drive is a secondary, and it keeps the grains below until this side pushes.
    const MirrorStatus old
        = parseEnum<MirrorStatus>(answer.value(u"status"_s).toString()).value_or(MirrorStatus::Unsynchronized);
    const bool full = answer.value(u"fullSyncNeeded"_s).toBool();
    const QJsonArray grains = answer.value(u"grains"_s).toArray();
    takeRole(ctx, partner, MirrorRole::Secondary);
    takeRole(ctx, local, MirrorRole::Primary);
    Sites::agreeRoleChange(ctx, local.id);
    local.fullSyncNeeded = full;
    local.secondaryInconsistent = answer.value(u"secondaryInconsistent"_s).toBool();
    local.lastSynchronized = QDateTime::fromString(answer.value(u"lastSynchronized"_s).toString(), Qt::ISODateWithMs);
    qint64 pending = 0;
    try {
        pending = takeRecordInto(ctx, local, grains, full);
    } catch (const CommandFailure& failure) {
        fail(ErrorCode::MirrorAcrossEngines,
            {driveName(config, local.id),
                u"the engine of site %1 stepped down (its drive is a secondary now, and it keeps its record of what "
                "may differ), but this side could not take the primary role: %2 Both drives are secondaries until "
                "you run the command again, which completes the role change"_s.arg(site, failure.error().message())});
    }
    if (!dual && old == MirrorStatus::Synchronized && pending == 0) {
        local.status = MirrorStatus::Synchronized;
        local.statusReason.clear();
    } else if (!dual && (old == MirrorStatus::Suspended || old == MirrorStatus::Unsynchronized)) {
        local.status = old; // still waiting for Resume, now the other way round
        local.statusReason = u"the roles were reversed while the pair was %1"_s.arg(statusText(old));
    } else {
        startSync(ctx, local, dual ? u"dual-role conflict resolved"_s : u"the roles were reversed"_s);
    }
    local.synchronizedAtSplit = false;
    partner.synchronizedAtSplit = false;
    tellPartner(ctx, local);
    // The secondary's owner is not changed: that drive is the other engine's, which keeps its own owner.
    ctx.logEventOn(local.subsystemId, EventCode::MirrorRoleChanged, EventSeverity::Informational,
        driveComponent(config, local.id), u"Mirror role changed"_s,
        u"%1 is now the primary and %2 on site %3 the secondary; the engine of site %3 stepped down first and handed "
        "over %4 grains that may differ, which are copied from %1 to %2."_s
            .arg(driveName(config, local.id), driveName(config, partner.id), site)
            .arg(full ? u"all"_s : QString::number(grainCount(grains))));
    applyOnCommit(ctx, {local.id}, 0, true);
    return true;
}

/**
 * The refusal of a request from @p peer, not registered here, to have this engine @p act (it would ask @p peer then).
 * The asker reads it as "Remote engine <this site>: …".
 */
IoStatus unregistered(const Engine& engine, const QString& peer, const QString& act)
{
    return IoStatus::failure(EPERM,
        u"it would %3, but it does not know the engine of site %1: register that engine there first (copylinectl "
        "--add-peer %1 ... on site %2)"_s.arg(peer, engine.siteName(), act));
}

/** How long the promotion a peer asked for waits before it asks that peer to step down, and how often it retries. */
constexpr int kPromotionDelayMs = 200;
constexpr int kPromotionAttempts = 25;

/**
 * The promotion the peer asked for ("promote"), run on this engine's thread after the request was answered: the
 * usual two phases, the peer stepping down first. While the peer is still waiting for the answer to its own
 * request it refuses requests (EAGAIN, enginesites.cpp): tried again a little later then. A failure is in this
 * engine's event log, with what to do.
 */
void promoteForPeer(const QPointer<Engine>& guard, const QString& peer, const QJsonObject& request, int attempt)
{
    if (!guard) {
        return;
    }
    Engine& engine = *guard;
    const CommandResult result = engine.runInternal(0, [&](CommandContext& ctx) {
        Mirror& local = peerPairRecord(ctx, peer, request, "primary");
        if (local.role != MirrorRole::Primary) {
            promoteAcrossEngines(ctx, local, false);
        }
    });
    if (result.ok()) {
        return;
    }
    if (Sites::isBusy(result.error) && attempt < kPromotionAttempts) {
        QTimer::singleShot(kPromotionDelayMs, &engine,
            [guard, peer, request, attempt]() { promoteForPeer(guard, peer, request, attempt + 1); });
        return;
    }
    engine.runInternal(0, [&](CommandContext& ctx) {
        const Mirror* m = ctx.config.mirrorOf(request.value(u"drive"_s).toInteger());
        const QString drive = m != nullptr ? driveName(ctx.config, m->id) : u"the drive"_s;
        ctx.logEvent(EventCode::MirrorRoleChanged, EventSeverity::Warning,
            m != nullptr ? driveComponent(ctx.config, m->id) : QString(), u"Mirror role change failed"_s,
            u"The engine of site %1 asked this engine to take the primary role of %2, which failed: %3 To try again, "
            "run set remoteMirror localLogicalDrive [\"%2\"] role=primary; here."_s.arg(
                peer, drive, result.error.message()));
    });
}

/**
 * "promote": the peer's primary is to become the secondary of this side's drive (a planned demotion asked on the
 * peer's site). Checked and answered at once; the promotion itself follows on this engine's thread (promoteForPeer),
 * since it asks the peer to step down, which the peer cannot answer while it waits for this answer.
 */
IoStatus answerPromote(Engine& engine, const QString& peer, const QJsonObject& request, QJsonObject* answer)
{
    Q_UNUSED(answer)
    if (!engine.peer(peer)) {
        return unregistered(engine, peer, u"take the primary role"_s);
    }
    const CommandResult checked = engine.runInternal(0, [&](CommandContext& ctx) {
        const Mirror& local = peerPairRecord(ctx, peer, request, "primary");
        if (local.role != MirrorRole::Secondary || isDual(local)) {
            fail(ErrorCode::MirrorStateInvalid,
                {driveName(ctx.config, local.id), statusText(local.status),
                    u"it is not the secondary of site %1's primary here: run the Communication Test on both "
                    "sites"_s.arg(peer)});
        }
    });
    if (!checked.ok()) {
        return IoStatus::failure(EPERM, checked.error.message());
    }
    const QPointer<Engine> guard(&engine);
    QTimer::singleShot(
        kPromotionDelayMs, &engine, [guard, peer, request]() { promoteForPeer(guard, peer, request, 1); });
    return IoStatus::success();
}

/**
 * A planned demotion here with the partner on another engine: that engine takes the primary role with its two
 * phases (it asks this one to step down first, and this side commits first), so this command asks it to and changes
 * nothing here itself. Refused with the other engine's reason when it will not.
 */
void askPeerToPromote(CommandContext& ctx, const Mirror& local)
{
    Configuration& config = ctx.config;
    const QString site = partnerSite(ctx, local);
    const Mirror* partner = config.partnerOf(local);
    QJsonObject answer;
    check(Sites::ask(ctx.engine, site,
        {{u"op"_s, u"promote"_s}, {u"pair"_s, local.pairId},
            {u"drive"_s, config.logicalDrives.value(partner->id).remoteId}, {u"primary"_s, local.id}},
        &answer));
    ctx.data.insert(u"message"_s,
        u"The engine of site %1 takes the primary role: %2 becomes the secondary of %3 in a moment (that engine asks "
        "this one to step down first)."_s.arg(site, driveName(config, local.id), driveName(config, partner->id)));
}

/** "adopt": both sides are primaries, and the peer's drive becomes this side's secondary with its grains. */
IoStatus answerAdopt(Engine& engine, const QString& peer, const QJsonObject& request, QJsonObject* answer)
{
    Q_UNUSED(answer)
    if (!engine.peer(peer)) {
        return unregistered(engine, peer, u"manage the pair"_s);
    }
    const CommandResult result = engine.runInternal(0, [&](CommandContext& ctx) {
        Mirror& local = peerPairRecord(ctx, peer, request, "secondary");
        Mirror& partner = ctx.config.mirrors[ctx.config.partnerOf(local)->id];
        if (local.role != MirrorRole::Primary) {
            fail(ErrorCode::MirrorStateInvalid,
                {driveName(ctx.config, local.id), statusText(local.status),
                    u"it is not a primary here, so the conflict is not the one site %1 sees: run the Communication "
                    "Test on both sites"_s.arg(peer)});
        }
        if (isDual(local) && !local.synchronizedAtSplit) {
            fail(ErrorCode::MirrorStateInvalid,
                {driveName(ctx.config, local.id), statusText(local.status),
                    u"it was not a complete copy when the roles split, so it cannot become the only primary: remove "
                    "the mirror relationship on both sites, then create it again from the logical drive whose data "
                    "is to be kept"_s});
        }
        // Without an endpoint, what hosts wrote here since the split is unknown: everything is copied.
        const bool known = ctx.engine.mirrors().endpoint(local.id) != nullptr;
        takeRecordInto(ctx, local, request.value(u"grains"_s).toArray(), !known);
        takeRole(ctx, partner, MirrorRole::Secondary);
        local.synchronizedAtSplit = false;
        partner.synchronizedAtSplit = false;
        // It copies once the other side committed as its secondary and says so ("resume"): before that, that side
        // still refuses this engine's frames.
        local.status = MirrorStatus::Unsynchronized;
        local.statusReason
            = u"dual-role conflict resolved; the copy starts once site %1 has taken the secondary role (Resume starts "
              "it if it does not)"_s.arg(peer);
        tellPartner(ctx, local);
        ctx.logEventOn(local.subsystemId, EventCode::MirrorRoleChanged, EventSeverity::Informational,
            driveComponent(ctx.config, local.id), u"Mirror role changed"_s,
            u"Dual-role conflict resolved: %1 is the primary and %2 on site %3 the secondary; the regions written on "
            "either side since the roles split are copied from %1."_s.arg(
                driveName(ctx.config, local.id), driveName(ctx.config, partner.id), peer));
        applyOnCommit(ctx, {local.id}, 0, true);
    });
    if (!result.ok()) {
        return IoStatus::failure(EPERM, result.error.message());
    }
    return IoStatus::success();
}

/** "resume": the peer committed as the secondary of this side's primary; the copy starts. */
IoStatus answerResume(Engine& engine, const QString& peer, const QJsonObject& request, QJsonObject* answer)
{
    Q_UNUSED(answer)
    const CommandResult result = engine.runInternal(0, [&](CommandContext& ctx) {
        Mirror& local = peerPairRecord(ctx, peer, request, "secondary");
        if (local.role == MirrorRole::Primary && local.status == MirrorStatus::Unsynchronized) {
            startSync(ctx, local, u"dual-role conflict resolved"_s);
            tellPartner(ctx, local);
            applyOnCommit(ctx, {local.id});
        }
    });
    return result.ok() ? IoStatus::success() : IoStatus::failure(EPERM, result.error.message());
}

/** Demotion here while both sides are primaries: the peer keeps the primary role and takes this side's grains. */
void yieldAcrossEngines(CommandContext& ctx, Mirror& local)
{
    Configuration& config = ctx.config;
    const QString site = partnerSite(ctx, local);
    Mirror& partner = config.mirrors[config.partnerOf(local)->id];
    if (local.role == MirrorRole::Primary) {
        stopRecording(ctx, local.id); // hosts held, nothing shipped: the record sent is complete
    }
    const QJsonArray grains = recordedGrains(ctx, local);
    const QJsonObject request {{u"pair"_s, local.pairId}, {u"drive"_s, config.logicalDrives.value(partner.id).remoteId},
        {u"secondary"_s, local.id}};
    QJsonObject adopt = request;
    adopt.insert(u"op"_s, u"adopt"_s);
    adopt.insert(u"grains"_s, grains);
    QJsonObject answer;
    check(Sites::ask(ctx.engine, site, adopt, &answer));
    // The peer holds the grains durably and is the only primary: this side's record of them is spent.
    takeRole(ctx, local, MirrorRole::Secondary);
    takeRole(ctx, partner, MirrorRole::Primary);
    Sites::agreeRoleChange(ctx, local.id);
    local.status = MirrorStatus::Synchronizing;
    local.statusReason = u"dual-role conflict resolved: site %1 copies the regions written since the split"_s.arg(site);
    local.synchronizedAtSplit = false;
    partner.synchronizedAtSplit = false;
    partner.status = local.status;
    partner.statusReason = local.statusReason;
    Engine& engine = ctx.engine;
    const ObjectId id = local.id;
    ctx.onCommit([&engine, id, site, request]() {
        if (const auto endpoint = engine.mirrors().endpoint(id)) {
            endpoint->map().bits().clearAll();
            endpoint->map().compact();
        }
        QJsonObject resume = request;
        resume.insert(u"op"_s, u"resume"_s);
        QJsonObject ignored;
        // Not answered: the peer's pair waits Unsynchronized, and a Resume there starts it.
        const Error err = Sites::ask(engine, site, resume, &ignored);
        Q_UNUSED(err)
    });
    ctx.logEventOn(local.subsystemId, EventCode::MirrorRoleChanged, EventSeverity::Informational,
        driveComponent(config, local.id), u"Mirror role changed"_s,
        u"Dual-role conflict resolved: %1 is now the secondary of %2 on site %3; the regions written on either side "
        "since the roles split (%4 grains here) are copied from site %3."_s
            .arg(driveName(config, local.id), driveName(config, partner.id), site)
            .arg(grainCount(grains)));
    applyOnCommit(ctx, {local.id});
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
    const bool acrossEngines = partner != nullptr && Engine::isProxyDrive(ctx.config, partner->id);
    if (acrossEngines && !force && !ctx.engine.peer(Engine::peerOfDrive(ctx.config, partner->id))) {
        const QString site = Engine::peerOfDrive(ctx.config, partner->id);
        fail(ErrorCode::MirrorAcrossEngines,
            {ldName,
                u"its partner is on the engine of site %1, which is not registered here. With both sites up, a role "
                "change asks that engine: register it first (copylinectl --add-peer %1 --peer-address HOST:PORT "
                "--peer-key-file FILE). With site %1 gone, force=TRUE changes this side alone: a dual-role "
                "conflict"_s.arg(site)});
    }
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
        if (acrossEngines && to == MirrorRole::Primary) {
            promoteAcrossEngines(ctx, local, false);
        } else if (acrossEngines) {
            yieldAcrossEngines(ctx, local);
        } else {
            resolveDualRole(ctx, local, to);
        }
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
    if (talk && partner != nullptr && partner->role == to && acrossEngines) {
        if (to == MirrorRole::Secondary) {
            // The side that gives up the primary role commits first, so the other engine runs the role change: it
            // is asked to, and the pair shows the new roles once it has.
            askPeerToPromote(ctx, local);
            return;
        }
        if (promoteAcrossEngines(ctx, local, force)) {
            return;
        }
    } else if (talk && partner != nullptr && partner->role == to) {
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
    if (to == MirrorRole::Primary && acrossEngines) {
        // A secondary of another engine's primary ran no endpoint: from now on it records what its hosts write, so
        // a later recovery copies only what differs.
        takeRecordInto(ctx, local, {}, false);
    }
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

void registerPeerOps()
{
    Sites::handle(u"demote"_s, &answerDemote);
    Sites::handle(u"adopt"_s, &answerAdopt);
    Sites::handle(u"resume"_s, &answerResume);
    Sites::handle(u"promote"_s, &answerPromote);
}

} // namespace MirrorInternal

} // namespace Copyline
