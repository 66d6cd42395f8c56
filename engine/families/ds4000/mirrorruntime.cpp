// SPDX-License-Identifier: GPL-3.0-or-later
// DS4000 Enhanced Remote Mirroring, the live side (mirrorinternal.h): each record's endpoint and out-of-sync map,
// the synchronizations the scheduler runs, the record transitions that commands and engine notifications share, and
// what the I/O threads report, handled on the engine thread.
#include "families/ds4000/mirrorinternal.h"
#include "families/ds4000/mirrorops.h"
#include "mirror/mirrorrules.h"
#include "mirror/mirrorservice.h"
#include "service/engine.h"

#include <QFile>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

using Mode = MirrorEndpoint::Mode;
using namespace MirrorInternal;
using namespace MirrorRules;

Mode finalMode(const Mirror& m)
{
    switch (replicationOf(m)) {
    case Replication::Synchronous:
        return Mode::Ship;
    case Replication::GlobalCopy:
        return Mode::Drain;
    case Replication::GlobalMirror:
        return Mode::Journal;
    }
    return Mode::Track;
}

/** While synchronizing, a synchronous mirror also ships host writes; an asynchronous one records them. */
Mode syncMode(const Mirror& m)
{
    return m.writeMode == MirrorWriteMode::Synchronous ? Mode::Ship : Mode::Track;
}

void onSyncFinished(Engine& engine, ObjectId id, const IoStatus& status);
void onEndpointFailed(Engine& engine, ObjectId id, const QString& reason);

void schedule(Engine& engine,
    const Mirror& m,
    const std::shared_ptr<MirrorEndpoint>& endpoint,
    Mode during,
    Mode after,
    const std::shared_ptr<ConsistencyGroup>& group)
{
    MirrorService& service = engine.mirrors();
    const MirrorLink* link = engine.configuration().linkBetween(m.subsystemId, m.remoteSubsystemId);
    auto job = std::make_shared<MirrorSyncJob>(endpoint, during, after, group);
    QPointer<Engine> guard(&engine);
    const ObjectId id = m.id;
    service.scheduler().add(id, link ? link->id : m.subsystemId, job, m.syncPriority, [guard, id](const IoStatus& st) {
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, id, st]() {
                if (guard) {
                    onSyncFinished(*guard, id, st);
                }
            },
            Qt::QueuedConnection);
    });
    service.setJobModes(id, MirrorService::JobModes {during, after});
}

} // namespace

namespace MirrorInternal
{

QString driveComponent(const Configuration& config, ObjectId id)
{
    return u"Logical Drive %1"_s.arg(config.logicalDrives.value(id).name);
}

QString driveName(const Configuration& config, ObjectId id)
{
    return config.logicalDrives.value(id).name;
}

QString subsystemName(const Configuration& config, ObjectId id)
{
    return config.subsystems.value(id).name;
}

QString sideText(const Configuration& config, ObjectId driveId)
{
    const LogicalDrive ld = config.logicalDrives.value(driveId);
    return u"%1 on %2"_s.arg(ld.name, subsystemName(config, ld.subsystemId));
}

// ---- live state -------------------------------------------------------------------------------------------------

std::shared_ptr<RemoteLink> runtimeLink(Engine& engine, const Configuration& config, ObjectId a, ObjectId b)
{
    const MirrorLink* link = config.linkBetween(a, b);
    return link ? engine.mirrors().link(link->id) : nullptr;
}

QString controllerOf(const Configuration& config, const Mirror& m)
{
    return config.logicalDrives.value(m.id).currentOwner;
}

bool reachable(Engine& engine, const Configuration& config, const Mirror& m)
{
    const auto link = runtimeLink(engine, config, m.subsystemId, m.remoteSubsystemId);
    return link && link->pathUp(controllerOf(config, m));
}

void applyRuntime(Engine& engine, ObjectId id, bool opening)
{
    const Configuration& config = engine.configuration();
    MirrorService& service = engine.mirrors();
    const auto endpoint = service.endpoint(id);
    const Mirror* m = config.mirrorOf(id);
    if (!endpoint || m == nullptr) {
        return;
    }
    const bool primary = m->role == MirrorRole::Primary;
    const Mirror* partner = config.partnerOf(*m);
    MirrorEndpoint::Route route;
    if (primary && partner != nullptr && partner->role == MirrorRole::Secondary) {
        route.remote = engine.volumes().find(partner->id);
        route.link = runtimeLink(engine, config, m->subsystemId, m->remoteSubsystemId);
        route.controller = controllerOf(config, *m);
    }
    // Leaving the journal (a suspend, a new write mode, a role change, a resynchronization): the endpoint records
    // first (setMode waits for writes between their hooks), so no write joins the group after its entries are
    // dropped below. Otherwise such an entry would be applied later, possibly after a newer write of the same grain
    // was shipped (Ship) or copied (the synchronization), leaving the older data on the secondary with the grain
    // settled. Recorded writes are copied by the synchronization, or wait for the next one.
    const bool keepsJournal = primary && m->inConsistencyGroup() && m->status == MirrorStatus::Synchronized;
    if (endpoint->mode() == Mode::Journal && !keepsJournal) {
        endpoint->setMode(Mode::Track);
    }
    std::shared_ptr<ConsistencyGroup> group;
    if (primary && m->inConsistencyGroup()) {
        group = service.group(m->subsystemId, MirrorOps::journalCapacity(config, m->subsystemId));
    }
    if (!primary || !m->inConsistencyGroup()) {
        if (const auto old = service.existingGroup(m->subsystemId)) {
            old->dropMember(endpoint.get());
        }
    }
    endpoint->setPrimary(primary);
    endpoint->setRoute(route);
    endpoint->setGroup(group);

    if (primary && m->status == MirrorStatus::Synchronizing) {
        const MirrorService::JobModes want {syncMode(*m), finalMode(*m)};
        if (!service.scheduler().contains(id) || service.jobModes(id) != want) {
            service.scheduler().remove(id);
            if (group) {
                group->dropMember(endpoint.get());
            }
            endpoint->setMode(want.during);
            schedule(engine, *m, endpoint, want.during, want.after, group);
        }
        service.scheduler().setPriority(id, m->syncPriority);
        return;
    }
    service.scheduler().remove(id);
    service.setJobModes(id, std::nullopt);
    service.forgetProgress(id);
    if (primary && m->status == MirrorStatus::Synchronized) {
        if (opening) {
            endpoint->setMode(finalMode(*m));
        }
        return;
    }
    endpoint->setMode(Mode::Track);
    if (group) {
        group->dropMember(endpoint.get());
    }
}

void applyOnCommit(CommandContext& ctx, QList<ObjectId> ids, ObjectId freezeGroupOf, bool establish)
{
    Engine& engine = ctx.engine;
    ctx.onCommit([&engine, ids, freezeGroupOf, establish]() {
        const auto group = freezeGroupOf != 0 ? engine.mirrors().existingGroup(freezeGroupOf) : nullptr;
        if (group) {
            group->freeze(); // nothing more is applied: the secondaries keep one common instant
        }
        for (const ObjectId id : ids) {
            applyRuntime(engine, id, establish);
        }
        if (group) {
            group->thaw();
        }
    });
}

void checkSameFirmware(CommandContext& ctx, ObjectId localSubsystem, ObjectId remoteSubsystem, const QString& what)
{
    const Subsystem local = ctx.config.subsystems.value(localSubsystem);
    const Subsystem remote = ctx.config.subsystems.value(remoteSubsystem);
    if (local.firmware != remote.firmware) {
        fail(ErrorCode::MixedFirmware, {local.name, local.firmware, remote.name, remote.firmware, what});
    }
}

qint64 mirroredGrains(const Configuration& config, const Mirror& m)
{
    return (MirrorRules::usableCapacity(config, m) + m.grainSize - 1) / m.grainSize;
}

std::shared_ptr<MirrorEndpoint> makeEndpoint(Engine& engine, const Mirror& m, std::unique_ptr<OutOfSyncMap> map)
{
    auto endpoint = std::make_shared<MirrorEndpoint>(
        m.id, m.subsystemId, engine.volumes().find(m.id), std::move(map), m.grainSize);
    // Its role from the start: a secondary's hook must never record the replication writes that may arrive
    // before applyRuntime() has run for it.
    endpoint->setPrimary(m.role == MirrorRole::Primary);
    QPointer<Engine> guard(&engine);
    endpoint->setFailureListener([guard](ObjectId id, const QString& reason) {
        // From an I/O thread: the engine thread records the transition.
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, id, reason]() {
                if (guard) {
                    onEndpointFailed(*guard, id, reason);
                }
            },
            Qt::QueuedConnection);
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

void attachEndpoint(CommandContext& ctx, const Mirror& m)
{
    Engine& engine = ctx.engine;
    if (Engine::isProxyDrive(ctx.config, m.id)) {
        return; // the record of a drive another engine serves: that engine runs its side (issue 17)
    }
    const QString path = engine.volumePath(m.mapFile);
    IoStatus st;
    auto map = OutOfSyncMap::create(path, mirroredGrains(ctx.config, m), &st);
    if (!map || !engine.volumes().find(m.id)) {
        QFile::remove(path);
        fail(ErrorCode::FileError, {path, map ? u"the logical drive's volume is not open"_s : st.reason});
    }
    ctx.onRollback([path]() { QFile::remove(path); });
    if (m.fullSyncNeeded) {
        map->setAll(); // the record's flag keeps this across a restart until the synchronization completes
    }
    auto endpoint = makeEndpoint(engine, m, std::move(map));
    ctx.onCommit([&engine, endpoint]() { registerEndpoint(engine, endpoint); });
}

void growEndpoint(CommandContext& ctx, ObjectId id, qint64 grains)
{
    Engine& engine = ctx.engine;
    ctx.onCommit([&engine, id, grains]() {
        MirrorService& service = engine.mirrors();
        const auto old = service.endpoint(id);
        const auto io = engine.volumes().find(id);
        const Mirror* m = engine.configuration().mirrorOf(id);
        if (!old || !io || m == nullptr || old->grains() >= grains) {
            return;
        }
        // Stop its synchronization and shipping first (they read the drive, so not under the quiesce); writes
        // meanwhile are recorded, and a write's mark reaches the map file before the write reaches the drive.
        service.scheduler().remove(id);
        service.setJobModes(id, std::nullopt);
        service.forgetProgress(id);
        old->setMode(Mode::Track);
        old->waitForShipping();
        if (const auto group = service.existingGroup(old->subsystemId())) {
            group->dropMember(old.get());
        }
        const QString path = engine.volumePath(m->mapFile);
        IoStatus st = old->map().persist();
        if (st.ok()) {
            st = old->map().sync();
        }
        {
            auto quiet = io->quiesce();
            std::unique_ptr<OutOfSyncMap> map;
            if (st.ok()) {
                // The file is shorter than the new grain count: open() marks every grain past it out of sync.
                map = OutOfSyncMap::open(path, grains, &st);
            }
            if (!map) {
                // The old record stays in force (the pair keeps its old usable capacity) and the failure is told.
                qWarning("mirror %lld: the out-of-sync log could not grow: %s", static_cast<long long>(id),
                    qPrintable(st.reason));
                return;
            }
            auto endpoint = makeEndpoint(engine, *m, std::move(map));
            quiet.removeObserver(old);
            quiet.addObserver(endpoint);
            service.takeEndpoint(id);
            service.addEndpoint(endpoint);
        }
        applyRuntime(engine, id, true);
    });
}

void detachEndpoint(CommandContext& ctx, const Mirror& m)
{
    Engine& engine = ctx.engine;
    const ObjectId id = m.id;
    const QString path = engine.volumePath(m.mapFile);
    ctx.onCommit([&engine, id, path]() {
        MirrorService& service = engine.mirrors();
        service.scheduler().remove(id);
        service.setJobModes(id, std::nullopt);
        service.forgetProgress(id);
        service.probing().remove(id);
        if (auto endpoint = service.takeEndpoint(id)) {
            endpoint->setMode(Mode::Track);
            if (const auto group = service.existingGroup(endpoint->subsystemId())) {
                group->dropMember(endpoint.get());
            }
            if (auto io = engine.volumes().find(id)) {
                io->removeObserver(endpoint);
            }
        }
        QFile::remove(path);
    });
}

qint64 outOfSyncBytes(Engine& engine, ObjectId id)
{
    const auto endpoint = engine.mirrors().endpoint(id);
    return endpoint ? endpoint->outOfSyncBytes() : 0;
}

// ---- transitions shared by commands and engine notifications ----------------------------------------------------

void logBoth(CommandContext& ctx,
    const Mirror& m,
    int code,
    EventSeverity severity,
    const QString& description,
    const QString& details,
    bool attention)
{
    ctx.logEventOn(m.subsystemId, code, severity, driveComponent(ctx.config, m.id), description, details, attention);
    ctx.logEventOn(m.remoteSubsystemId, code, severity, driveComponent(ctx.config, m.remoteDriveId), description,
        details, attention);
}

void tellPartner(CommandContext& ctx, const Mirror& primary)
{
    const Mirror* p = ctx.config.partnerOf(primary);
    if (p == nullptr || p->role != MirrorRole::Secondary) {
        return;
    }
    Mirror& partner = ctx.config.mirrors[p->id];
    partner.status = primary.status;
    partner.statusReason = primary.statusReason;
    partner.writeMode = primary.writeMode;
    partner.writeConsistency = primary.writeConsistency;
    partner.syncPriority = primary.syncPriority;
    partner.autoResync = primary.autoResync;
    partner.secondaryInconsistent = primary.secondaryInconsistent;
    partner.lastSynchronized = primary.lastSynchronized;
}

void startSync(CommandContext& ctx, Mirror& m, const QString& why)
{
    const qint64 pending = outOfSyncBytes(ctx.engine, m.id);
    m.status = MirrorStatus::Synchronizing;
    m.statusReason = why;
    // While a delta resynchronization runs the secondary mixes old and new data (spec §4.6).
    m.secondaryInconsistent = m.secondaryInconsistent || pending > 0 || m.fullSyncNeeded;
}

void markUnsynchronized(CommandContext& ctx, const QList<ObjectId>& ids, const QString& reason, bool partnerReachable)
{
    for (const ObjectId id : ids) {
        Mirror& m = ctx.config.mirrors[id];
        if (m.status != MirrorStatus::Synchronized && m.status != MirrorStatus::Synchronizing) {
            continue;
        }
        m.status = MirrorStatus::Unsynchronized;
        m.statusReason
            = id == ids.first() ? reason : u"another member of the write consistency group became unsynchronized"_s;
        if (partnerReachable) {
            tellPartner(ctx, m);
        }
        const QString method = m.autoResync
            ? u"Resynchronization is Automatic: it starts when the subsystems communicate again."_s
            : u"Resynchronization is Manual: select Resume when the subsystems communicate again."_s;
        ctx.logEventOn(m.subsystemId, EventCode::MirrorUnsynchronized, EventSeverity::Critical,
            driveComponent(ctx.config, m.id), u"Mirrored pair becomes unsynchronized"_s,
            u"%1 and %2: %3. Host writes to the primary complete and are recorded for a delta resynchronization. "
            "%4"_s.arg(sideText(ctx.config, m.id), sideText(ctx.config, m.remoteDriveId), m.statusReason, method),
            true);
    }
}

void removeRecord(CommandContext& ctx, const Mirror& m, bool withPartner)
{
    const Mirror* partner = ctx.config.partnerOf(m);
    const bool both = withPartner && partner != nullptr;
    const Mirror partnerCopy = both ? *partner : Mirror {};
    ctx.config.mirrors.remove(m.id);
    detachEndpoint(ctx, m);
    if (both) {
        ctx.config.mirrors.remove(partnerCopy.id);
        detachEndpoint(ctx, partnerCopy);
    }
    const QString details = both
        ? u"%1 and %2 are standard logical drives again; their data is untouched."_s.arg(
            sideText(ctx.config, m.id), sideText(ctx.config, m.remoteDriveId))
        : u"Removed on %1 only: the remote storage subsystem could not be reached and still lists the relationship "
          "of %2. Remove it there too once the link is back."_s.arg(
              subsystemName(ctx.config, m.subsystemId), sideText(ctx.config, m.remoteDriveId));
    ctx.logEventOn(m.subsystemId, EventCode::MirrorRemoved, EventSeverity::Informational,
        driveComponent(ctx.config, m.id), u"Mirror relationship removed"_s, details);
    if (both) {
        ctx.logEventOn(m.remoteSubsystemId, EventCode::MirrorRemoved, EventSeverity::Informational,
            driveComponent(ctx.config, m.remoteDriveId), u"Mirror relationship removed"_s, details);
    }
}

} // namespace MirrorInternal

namespace
{

// ---- what the I/O threads report, on the engine thread ----------------------------------------------------------

void onEndpointFailed(Engine& engine, ObjectId id, const QString& reason)
{
    const Configuration& config = engine.configuration();
    const Mirror* m = config.mirrorOf(id);
    if (m == nullptr || m->role != MirrorRole::Primary
        || (m->status != MirrorStatus::Synchronized && m->status != MirrorStatus::Synchronizing)) {
        // Already recorded (another member of its group, or the command that moved it raced the I/O).
        if (m != nullptr) {
            applyRuntime(engine, id);
        }
        return;
    }
    const Mirror record = *m;
    const QList<ObjectId> members = groupOf(config, record, true);
    const bool linkUp = reachable(engine, config, record);
    engine.runInternal(record.subsystemId, [&](CommandContext& ctx) {
        markUnsynchronized(ctx, members, reason, linkUp);
        if (!linkUp) {
            ctx.logEvent(EventCode::MirrorCommunicationError, EventSeverity::Critical,
                driveComponent(ctx.config, record.id),
                u"Communication error with the secondary logical drive on the secondary remote storage subsystem"_s,
                u"%1. Check the remote mirror link (Simulation > Remote Mirror Link), then test communication."_s.arg(
                    reason),
                true);
        }
        applyOnCommit(ctx, members, record.inConsistencyGroup() ? record.subsystemId : 0);
    });
}

void onSyncFinished(Engine& engine, ObjectId id, const IoStatus& status)
{
    const Configuration& config = engine.configuration();
    const Mirror* m = config.mirrorOf(id);
    if (m == nullptr || m->role != MirrorRole::Primary || m->status != MirrorStatus::Synchronizing) {
        return; // suspended, removed or reversed meanwhile
    }
    if (engine.mirrors().scheduler().contains(id)) {
        // A later synchronization of this pair replaced the one that finished (a write mode change, or the
        // settings of a group member, between the job's end and this report): the report is stale. Taking it
        // would make the pair Synchronized, drop the running job and leave the endpoint recording writes that
        // nobody ships (seen in tst_mirror_random: Synchronized, Track, 33 grains out of sync).
        return;
    }
    engine.mirrors().setJobModes(id, std::nullopt);
    if (!status.ok()) {
        onEndpointFailed(engine, id, status.reason);
        return;
    }
    const bool linkUp = reachable(engine, config, *m);
    engine.runInternal(m->subsystemId, [&](CommandContext& ctx) {
        Mirror& r = ctx.config.mirrors[id];
        const bool wasFull = r.fullSyncNeeded;
        r.status = MirrorStatus::Synchronized;
        r.statusReason.clear();
        r.fullSyncNeeded = false;
        r.secondaryInconsistent = false;
        r.lastSynchronized = ctx.clock.now();
        if (linkUp) {
            tellPartner(ctx, r);
        }
        ctx.logEvent(EventCode::MirrorSynchronized, EventSeverity::Informational, driveComponent(ctx.config, id),
            u"Mirror synchronization complete"_s,
            u"%1 %2 %3 (%4); the pair is Synchronized."_s.arg(sideText(ctx.config, r.remoteDriveId),
                wasFull ? u"now holds a full copy of"_s : u"has caught up with"_s, sideText(ctx.config, id),
                copyTypeText(r)));
        applyOnCommit(ctx, {id});
    });
}

} // namespace

} // namespace Copyline
