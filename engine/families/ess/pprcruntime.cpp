// SPDX-License-Identifier: GPL-3.0-or-later
// ESS PPRC, the live side (pprc.h): each pair's primary endpoint and out-of-sync map, the copy that brings a Duplex
// Pending pair to Duplex, what the I/O threads report, the links between ESSs, restore after a restart, and the
// host access rules of spec §4.5.
#include "copy/accessrules.h"
#include "families/ess/models.h"
#include "families/ess/pprc.h"
#include "mirror/mirrorservice.h"
#include "service/engine.h"

#include <QFile>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Ess
{

namespace
{

using Mode = MirrorEndpoint::Mode;

QString pairText(const Configuration& config, const Relationship& r)
{
    return u"%1 -> %2"_s.arg(config.logicalDrives.value(r.sourceId).name, config.logicalDrives.value(r.targetId).name);
}

/** The consistency group's freeze flag per engine (engine thread only; reset when a workspace opens). */
std::shared_ptr<std::atomic<bool>>& freezeFlag(Engine& engine)
{
    static QHash<const Engine*, std::shared_ptr<std::atomic<bool>>> flags;
    auto& flag = flags[&engine];
    if (!flag) {
        flag = std::make_shared<std::atomic<bool>>(false);
    }
    return flag;
}

bool inConsistencyGroup(const Configuration& config, const Relationship& r)
{
    const LogicalDrive source = config.logicalDrives.value(r.sourceId);
    return config.arrays.value(source.arrayId).options.split(u' ').contains(u"consistencyGroup"_s);
}

bool criticalHeavy(const Configuration& config, const Relationship& r)
{
    const LogicalDrive source = config.logicalDrives.value(r.sourceId);
    return config.arrays.value(source.arrayId).options.split(u' ').contains(u"criticalHeavy"_s);
}

/** Spec §3.4 Table 1: the Critical Volume checkbox of the pair against the LSS's Critical Heavy mode. */
MirrorEndpoint::Inhibit inhibitPolicy(const Configuration& config, const Relationship& r)
{
    if (!r.hasOption(u"critical"_s)) {
        return MirrorEndpoint::Inhibit::Never;
    }
    return criticalHeavy(config, r) ? MirrorEndpoint::Inhibit::Always : MirrorEndpoint::Inhibit::WhenUnreachable;
}

void onCopyFinished(Engine& engine, ObjectId id, const IoStatus& status);
void onEndpointFailed(Engine& engine, ObjectId id, const QString& reason);

std::shared_ptr<MirrorEndpoint> makeEndpoint(Engine& engine, const Relationship& r, std::unique_ptr<OutOfSyncMap> map)
{
    auto endpoint = std::make_shared<MirrorEndpoint>(
        r.sourceId, r.subsystemId, engine.volumes().find(r.sourceId), std::move(map), r.grainSize);
    endpoint->setPrimary(true);
    const QPointer<Engine> guard(&engine);
    const ObjectId id = r.id;
    endpoint->setFailureListener([guard, id](ObjectId, const QString& reason) {
        Engine::post(guard, [id, reason](Engine& e) { onEndpointFailed(e, id, reason); });
    });
    return endpoint;
}

void registerEndpoint(Engine& engine, const std::shared_ptr<MirrorEndpoint>& endpoint)
{
    if (auto io = engine.volumes().find(endpoint->driveId())) {
        io->addObserver(endpoint);
    }
    engine.mirrors().addEndpoint(endpoint);
}

/** The endpoint of a pair follows its record: route, critical mode, freeze flag, mode and the copy job. */
void apply(Engine& engine, ObjectId id, bool opening = false)
{
    const Configuration& config = engine.configuration();
    const auto it = config.relationships.constFind(id);
    if (it == config.relationships.cend()) {
        return;
    }
    const Relationship& r = *it;
    MirrorService& service = engine.mirrors();
    const auto endpoint = service.endpoint(r.sourceId);
    if (!endpoint || !engine.volumes().find(r.sourceId)) {
        return; // no volume open yet (the demonstration workspace is made before): restorePprc() wires it
    }
    const LogicalDrive target = config.logicalDrives.value(r.targetId);
    // The wire between the two ESSs (the same ESS for a path inside one machine).
    const MirrorLink* link = config.linkBetween(r.subsystemId, target.subsystemId);
    MirrorEndpoint::Route route;
    if (!r.hasOption(u"targetSimplex"_s) && !r.hasOption(u"sourceSimplex"_s)) {
        route.remote = engine.volumes().find(r.targetId);
        if (link != nullptr) {
            route.link = service.link(link->id);
        }
        route.controller = u"A"_s;
    }
    endpoint->setRoute(route);
    endpoint->setWriteInhibit(inhibitPolicy(config, r));
    endpoint->setInhibited(r.hasOption(u"inhibited"_s));
    endpoint->setFreezeFlag(inConsistencyGroup(config, r) ? freezeFlag(engine) : nullptr);

    if (r.state == QLatin1String(kDuplexPending)) {
        if (!service.scheduler().contains(r.sourceId)) {
            endpoint->setMode(Mode::Ship);
            auto job = std::make_shared<MirrorSyncJob>(endpoint, Mode::Ship, Mode::Ship, nullptr);
            const QPointer<Engine> guard(&engine);
            service.scheduler().add(r.sourceId, link ? link->id : r.subsystemId, job, CopyPriority::High,
                [guard, id](const IoStatus& status) {
                    Engine::post(guard, [id, status](Engine& e) { onCopyFinished(e, id, status); });
                });
        }
        return;
    }
    service.scheduler().remove(r.sourceId);
    if (r.state == QLatin1String(kDuplex)) {
        if (opening) {
            endpoint->setMode(Mode::Ship);
        }
        return;
    }
    endpoint->setMode(Mode::Track);
}

/** The record of a pair: a pending copy reached Duplex, or failed and suspended the pair. */
void onCopyFinished(Engine& engine, ObjectId id, const IoStatus& status)
{
    const auto it = engine.configuration().relationships.constFind(id);
    if (it == engine.configuration().relationships.cend() || it->state != QLatin1String(kDuplexPending)) {
        return;
    }
    const Relationship pair = *it;
    if (engine.mirrors().scheduler().contains(pair.sourceId)) {
        // The scheduler drops a job before it reports, so a job of this pair that is still there was started after
        // this one ended (apply() between the end and this report): the report is stale. Taking it would say Duplex
        // while the newer copy still has grains to ship, and the next apply would remove that copy.
        return;
    }
    if (!status.ok()) {
        onEndpointFailed(engine, id, status.reason);
        return;
    }
    const qint64 seconds = pair.established.secsTo(engine.clock().now());
    engine.runInternal(pair.subsystemId, [&](CommandContext& ctx) {
        Relationship& r = ctx.config.relationships[id];
        r.state = QString::fromLatin1(kDuplex);
        r.stateReason.clear();
        ctx.logEventOn(r.subsystemId, EventCode::EssPprcDuplex, EventSeverity::Informational,
            u"PPRC pair %1"_s.arg(pairText(ctx.config, r)), u"PPRC pair in full copy mode (Duplex)"_s,
            u"The copy took %1 s. Every write to %2 now reaches %3 before the host hears of it."_s.arg(seconds).arg(
                ctx.config.logicalDrives.value(r.sourceId).name, ctx.config.logicalDrives.value(r.targetId).name));
        applyOnCommit(ctx, {id});
    });
}

/** An I/O thread found the secondary unreachable: the pair (and its consistency group) is suspended. */
void onEndpointFailed(Engine& engine, ObjectId id, const QString& reason)
{
    const auto it = engine.configuration().relationships.constFind(id);
    if (it == engine.configuration().relationships.cend()) {
        return;
    }
    const Relationship pair = *it;
    if (pair.state == QLatin1String(kSuspended)) {
        apply(engine, id); // recorded already; an inhibit the write found is picked up below
        if (const auto endpoint = engine.mirrors().endpoint(pair.sourceId);
            endpoint && endpoint->inhibited() && !pair.hasOption(u"inhibited"_s)) {
            engine.runInternal(pair.subsystemId, [&](CommandContext& ctx) { suspendPairs(ctx, {id}, reason, true); });
        }
        return;
    }
    engine.runInternal(pair.subsystemId, [&](CommandContext& ctx) { suspendPairs(ctx, {id}, reason, true); });
}

} // namespace

// ---- records and names -----------------------------------------------------------------------------------------

const Relationship* pprcOf(const Configuration& config, ObjectId volumeId)
{
    for (const Relationship& r : config.relationships) {
        if (r.kind == QLatin1String(kPprc) && r.involves(volumeId)) {
            return &r;
        }
    }
    return nullptr;
}

QString lssAddress(const Configuration& config, ObjectId arrayId)
{
    const Array lss = config.arrays.value(arrayId);
    return u"2105:%1:%2"_s.arg(config.subsystems.value(lss.subsystemId).name).arg(lss.number);
}

bool pathUsable(const Configuration& config, ObjectId from, ObjectId to)
{
    for (const CopyPath& p : config.copyPaths) {
        if (p.kind == QLatin1String(kPprcPath) && p.sourceRef == from && p.targetRef == to
            && p.state == u"established"_s) {
            return true;
        }
    }
    return false;
}

bool pairReachable(const Configuration& config, const Relationship& pair)
{
    const LogicalDrive source = config.logicalDrives.value(pair.sourceId);
    const LogicalDrive target = config.logicalDrives.value(pair.targetId);
    return pathUsable(config, source.arrayId, target.arrayId);
}

QString mountedOn(const Configuration& config, ObjectId volumeId)
{
    for (const CopyPath& p : config.copyPaths) {
        if (p.kind == QLatin1String(kHostDisk) && p.sourceRef == volumeId
            && p.state.split(u' ').contains(u"mounted=yes"_s)) {
            return p.sourcePort;
        }
    }
    return {};
}

QList<ObjectId> consistencyGroupOf(const Configuration& config, ObjectId of)
{
    QList<ObjectId> ids;
    const auto it = config.relationships.constFind(of);
    if (it == config.relationships.cend() || !inConsistencyGroup(config, *it)) {
        return {of};
    }
    for (const Relationship& r : config.relationships) {
        if (r.kind == QLatin1String(kPprc) && managedHere(config, r) && inConsistencyGroup(config, r)) {
            ids.append(r.id);
        }
    }
    return ids;
}

void setGroupFrozen(Engine& engine, bool frozen)
{
    freezeFlag(engine)->store(frozen);
}

bool groupFrozen(Engine& engine)
{
    return freezeFlag(engine)->load();
}

// ---- the live side ---------------------------------------------------------------------------------------------

void attachPair(CommandContext& ctx, const Relationship& pair, bool allOutOfSync)
{
    Engine& engine = ctx.engine;
    const QString path = engine.volumePath(pair.mapFile);
    const qint64 capacity = ctx.config.logicalDrives.value(pair.sourceId).capacity;
    IoStatus st;
    auto map = OutOfSyncMap::create(path, (capacity + pair.grainSize - 1) / pair.grainSize, &st);
    if (!map) {
        QFile::remove(path);
        failFile(path, st);
    }
    ctx.onRollback([path]() { QFile::remove(path); });
    if (allOutOfSync) {
        map->setAll();
        if (IoStatus persisted = map->persist(); !persisted.ok()) {
            failFile(path, persisted); // a restart during the initial copy must not forget a track
        }
    }
    auto endpoint = makeEndpoint(engine, pair, std::move(map));
    ctx.onCommit([&engine, endpoint]() { registerEndpoint(engine, endpoint); });
}

void detachPair(CommandContext& ctx, const Relationship& pair)
{
    Engine& engine = ctx.engine;
    const ObjectId sourceId = pair.sourceId;
    const QString path = engine.volumePath(pair.mapFile);
    ctx.onCommit([&engine, sourceId, path]() {
        MirrorService& service = engine.mirrors();
        service.scheduler().remove(sourceId);
        if (auto endpoint = service.takeEndpoint(sourceId)) {
            endpoint->setMode(Mode::Track);
            if (auto io = engine.volumes().find(sourceId)) {
                io->removeObserver(endpoint);
            }
        }
        QFile::remove(path);
    });
}

void applyOnCommit(CommandContext& ctx, const QList<ObjectId>& ids, bool establish)
{
    Engine& engine = ctx.engine;
    ctx.onCommit([&engine, ids, establish]() {
        for (const ObjectId id : ids) {
            apply(engine, id, establish);
        }
    });
}

void markAllOutOfSync(Engine& engine, ObjectId pairId)
{
    const Relationship r = engine.configuration().relationships.value(pairId);
    if (const auto endpoint = engine.mirrors().endpoint(r.sourceId)) {
        endpoint->map().setAll();
        endpoint->map().persist(); // a restart during the initial copy must not forget a track
    }
}

void clearOutOfSync(Engine& engine, ObjectId pairId)
{
    const Relationship r = engine.configuration().relationships.value(pairId);
    if (const auto endpoint = engine.mirrors().endpoint(r.sourceId)) {
        endpoint->map().bits().clearAll();
        endpoint->map().compact();
    }
}

qint64 outOfSyncTracks(Engine& engine, ObjectId pairId)
{
    const Relationship r = engine.configuration().relationships.value(pairId);
    const auto endpoint = engine.mirrors().endpoint(r.sourceId);
    return endpoint ? endpoint->map().bits().count() : 0;
}

qint64 outOfSyncCylinders(Engine& engine, ObjectId pairId)
{
    const Relationship r = engine.configuration().relationships.value(pairId);
    const auto endpoint = engine.mirrors().endpoint(r.sourceId);
    if (!endpoint) {
        return 0;
    }
    const GrainBitmap& bits = endpoint->map().bits();
    qint64 cylinders = 0;
    for (qint64 g = bits.findNext(0, true); g < bits.size(); g = bits.findNext(g, true)) {
        ++cylinders;
        g = (g / kTracksPerCylinder + 1) * kTracksPerCylinder; // the next cylinder
        if (g >= bits.size()) {
            break;
        }
    }
    return cylinders;
}

void syncLink(CommandContext& ctx, ObjectId a, ObjectId b)
{
    int online = 0;
    int cabled = 0;
    for (const CopyPath& p : ctx.config.copyPaths) {
        if (p.kind == QLatin1String(kEscon)
            && ((p.sourceRef == a && p.targetRef == b) || (p.sourceRef == b && p.targetRef == a))) {
            ++cabled;
            online += p.state == u"online"_s ? 1 : 0;
        }
    }
    Engine& engine = ctx.engine;
    const MirrorLink* existing = ctx.config.linkBetween(a, b);
    if (cabled == 0) {
        if (existing != nullptr) {
            const ObjectId id = existing->id;
            ctx.config.mirrorLinks.remove(id);
            ctx.onCommit([&engine, id]() { engine.mirrors().removeLink(id); });
        }
        return;
    }
    MirrorLink link = existing != nullptr ? *existing : MirrorLink {};
    if (existing == nullptr) {
        link.id = ctx.config.allocateId();
        link.subsystemA = std::min(a, b);
        link.subsystemB = std::max(a, b);
        link.roundTripMicros = 100; // [SIM] a short ESCON span; essSetLink changes it
        // An ESS another engine serves (a proxy, issue 17) is reached over the replication wire.
        if (ctx.config.subsystems.value(a).isProxy() || ctx.config.subsystems.value(b).isProxy()) {
            link.transport = LinkTransport::Tcp;
        }
    }
    const LinkPathState state = online > 0 ? LinkPathState::Up : LinkPathState::Down;
    link.pathA = state;
    link.pathB = state;
    if (existing == nullptr || existing->bandwidth != 0) {
        link.bandwidth = std::max(online, 1) * kEsconBytesPerSecond; // 0 (unlimited) stays as essSetLink set it
    }
    ctx.config.mirrorLinks.insert(link.id, link);
    const QString nameA = ctx.config.subsystems.value(link.subsystemA).name;
    const QString nameB = ctx.config.subsystems.value(link.subsystemB).name;
    ctx.onCommit([&engine, link, nameA, nameB]() {
        MirrorService& service = engine.mirrors();
        if (auto live = service.link(link.id)) {
            live->configure(link); // the same wire: endpoints keep their pointer to it
        } else {
            service.setLink(std::make_shared<RemoteLink>(link, nameA, nameB));
        }
        service.scheduler().setBandwidth(link.id, link.bandwidth);
    });
}

void suspendPairs(CommandContext& ctx, const QList<ObjectId>& ids, const QString& reason, bool inhibitCritical)
{
    QList<ObjectId> all;
    for (const ObjectId id : ids) {
        for (const ObjectId member : consistencyGroupOf(ctx.config, id)) {
            if (!all.contains(member)) {
                all.append(member);
            }
        }
    }
    bool froze = false;
    for (const ObjectId id : all) {
        if (!ctx.config.relationships.contains(id)) {
            continue;
        }
        Relationship& r = ctx.config.relationships[id];
        const bool member = !ids.contains(id);
        const auto endpoint = ctx.engine.mirrors().endpoint(r.sourceId);
        const bool inhibit = !member && inhibitCritical && r.hasOption(u"critical"_s)
            && (criticalHeavy(ctx.config, r) || !pairReachable(ctx.config, r) || (endpoint && endpoint->inhibited()));
        if (inConsistencyGroup(ctx.config, r) && !groupFrozen(ctx.engine)) {
            setGroupFrozen(ctx.engine, true); // from now on no member ships: the secondaries keep one instant
            froze = true;
        }
        const bool wasSuspended = r.state == QLatin1String(kSuspended);
        if (inhibit && !r.hasOption(u"inhibited"_s)) {
            r.options = QString(r.options + u" inhibited"_s).trimmed();
            if (endpoint) {
                endpoint->setInhibited(true);
            }
            ctx.logEventOn(r.subsystemId, EventCode::EssPprcWriteInhibited, EventSeverity::Critical,
                u"PPRC pair %1"_s.arg(pairText(ctx.config, r)), u"Primary volume write-inhibited (critical mode)"_s,
                u"%1 cannot be updated (%2). The pair is in critical mode, so host writes to %3 fail until the pair "
                "is resynchronized (Copy out-of-sync cylinders only) or terminated."_s.arg(
                    ctx.config.logicalDrives.value(r.targetId).name, reason,
                    ctx.config.logicalDrives.value(r.sourceId).name),
                true);
        }
        if (wasSuspended) {
            continue;
        }
        r.state = QString::fromLatin1(kSuspended);
        r.stateReason = member ? u"another volume of its consistency group could not update its secondary"_s : reason;
        if (endpoint) {
            endpoint->fail(r.stateReason); // stops shipping now; later writes are recorded for the resync
        }
        ctx.logEventOn(r.subsystemId, EventCode::EssPprcSuspended, EventSeverity::Warning,
            u"PPRC pair %1"_s.arg(pairText(ctx.config, r)), u"PPRC pair suspended"_s,
            u"%1. The primary ESS records every update of %2 for a later resynchronization (Establish PPRC copy "
            "pair with Copy out-of-sync cylinders only); %3 stays inaccessible to hosts."_s.arg(r.stateReason,
                ctx.config.logicalDrives.value(r.sourceId).name, ctx.config.logicalDrives.value(r.targetId).name),
            true);
    }
    if (froze) {
        ctx.logEvent(EventCode::EssConsistencyGroupFrozen, EventSeverity::Warning, u"PPRC consistency group"_s,
            u"Consistency group frozen"_s,
            u"%1 pairs suspended at one instant: their secondaries hold dependent-write-consistent data. Run the "
            "group (essThaw) before resynchronizing them."_s.arg(all.size()),
            true);
    }
    applyOnCommit(ctx, all);
}

void pprcCopyRuntime(Engine& engine, QHash<ObjectId, CopyRuntime>& copies)
{
    MirrorService& service = engine.mirrors();
    for (const Relationship& r : engine.configuration().relationships) {
        if (r.kind != QLatin1String(kPprc) || copies.contains(r.id)) {
            continue;
        }
        const auto endpoint = service.endpoint(r.sourceId);
        if (!endpoint) {
            continue;
        }
        CopyRuntime rt;
        rt.synchronization = true;
        rt.grains = endpoint->map().bits().size();
        rt.grainsCopied = std::max<qint64>(0, rt.grains - endpoint->map().bits().count());
        if (r.state == QLatin1String(kDuplexPending) && service.scheduler().contains(r.sourceId)) {
            // The copy's own figures: it counts what it has to copy, not the whole volume.
            const CopyScheduler::Progress p = service.scheduler().progress(r.sourceId);
            if (p.grains > 0) {
                rt.grains = p.grains;
                rt.grainsCopied = std::min(p.grainsCopied, p.grains - 1); // complete only once Duplex
            }
            rt.bytesPerSecond = p.bytesPerSecond;
            rt.etaSeconds = p.etaSeconds;
        } else if (r.state == QLatin1String(kDuplex)) {
            rt.grainsCopied = rt.grains;
        }
        copies.insert(r.id, rt);
    }
}

Error restorePprc(Engine& engine)
{
    setGroupFrozen(engine, false);
    registerPeerOps(engine);
    const Configuration config = engine.configuration();
    MirrorService& service = engine.mirrors();
    for (const MirrorLink& l : config.mirrorLinks) {
        if (engine.familyOf(l.subsystemA) == nullptr || engine.familyOf(l.subsystemA)->id != QLatin1String(kFamily)
            || service.link(l.id)) {
            continue;
        }
        service.setLink(std::make_shared<RemoteLink>(
            l, config.subsystems.value(l.subsystemA).name, config.subsystems.value(l.subsystemB).name));
        service.scheduler().setBandwidth(l.id, l.bandwidth);
    }
    QList<ObjectId> unconfirmed;
    for (const Relationship& r : config.relationships) {
        if (r.kind != QLatin1String(kPprc) || !managedHere(config, r) || !engine.volumes().find(r.sourceId)
            || r.hasOption(u"sourceSimplex"_s)) {
            continue; // a source terminated alone keeps no change record; only its target's lock stays
        }
        const qint64 grains = (config.logicalDrives.value(r.sourceId).capacity + r.grainSize - 1) / r.grainSize;
        IoStatus st;
        bool lost = false;
        auto map = OutOfSyncMap::open(engine.volumePath(r.mapFile), grains, &st);
        if (!map) {
            // Without the record of what may differ only a full copy is safe.
            map = OutOfSyncMap::create(engine.volumePath(r.mapFile), grains, &st);
            if (!map) {
                return {ErrorCode::FileError, {engine.volumePath(r.mapFile), st.reason}};
            }
            map->setAll();
            lost = true;
        }
        if (r.state == QLatin1String(kDuplex) && (lost || map->bits().count() > 0)) {
            unconfirmed.append(r.id);
        }
        registerEndpoint(engine, makeEndpoint(engine, r, std::move(map)));
    }
    for (const Relationship& r : config.relationships) {
        if (r.kind == QLatin1String(kPprc) && managedHere(config, r)) {
            apply(engine, r.id, true);
        }
    }
    for (const ObjectId id : unconfirmed) {
        // Writes the secondary never confirmed (the process stopped in between): the pair "reestablishes after a
        // storage subsystem failure" in Duplex Pending and copies them (spec §3.2).
        const CommandResult result
            = engine.runInternal(config.relationships.value(id).subsystemId, [&](CommandContext& ctx) {
                  Relationship& r = ctx.config.relationships[id];
                  r.state = QString::fromLatin1(kDuplexPending);
                  r.stateReason = u"the ESS restarted before the secondary confirmed every write"_s;
                  r.established = ctx.clock.now();
                  ctx.logEventOn(r.subsystemId, EventCode::EssPprcEstablished, EventSeverity::Warning,
                      u"PPRC pair %1"_s.arg(pairText(ctx.config, r)), u"PPRC pair back in Duplex Pending"_s,
                      u"%1: %2 tracks are copied again."_s.arg(r.stateReason).arg(outOfSyncTracks(ctx.engine, id)));
                  applyOnCommit(ctx, {id});
              });
        if (!result.ok()) {
            return result.error;
        }
    }
    return {};
}

bool takesRemoteFrames(const Relationship& relationship)
{
    // A secondary terminated on its own storage server (the failover task) is its hosts' volume again.
    return !relationship.hasOption(u"targetSimplex"_s);
}

void restrictAccess(const Configuration& config, ObjectId logicalDriveId, HostAccess& access)
{
    const Relationship* r = pprcOf(config, logicalDriveId);
    if (r == nullptr) {
        return;
    }
    const QString name = config.logicalDrives.value(logicalDriveId).name;
    if (r->targetId == logicalDriveId && !r->hasOption(u"targetSimplex"_s)) {
        // Spec §4.5: a secondary is locked for hosts until the pair is terminated ("locked by the ESS", L1902).
        const QString why = u"%1 is a PPRC secondary (%2): hosts cannot read or write it until the pair is "
                            "terminated"_s.arg(name, r->state);
        denyRead(access, EPERM, why);
        denyWrite(access, EPERM, why);
    }
    if (r->sourceId == logicalDriveId && r->hasOption(u"inhibited"_s) && !r->hasOption(u"sourceSimplex"_s)) {
        denyWrite(access, EIO,
            u"%1 is write-inhibited: its PPRC pair is suspended in critical mode; resynchronize or terminate the "
            "pair"_s.arg(name));
    }
}

} // namespace Copyline::Ess
