// SPDX-License-Identifier: GPL-3.0-or-later
// NEC DynamicDataReplication, the live side (nec.h): each pair has two out-of-sync maps on the core mirror engine,
// one on the MV and one on the RV, each with its endpoint. While separated, both only record what hosts change.
// Replicate moves the RV's record into the MV's and reflects MV -> RV (Sync Mode: every later MV write too, before
// the host hears of it; Semi Sync Mode (RemoteDataReplication): later writes complete at once and go to the RV in
// their order through a bounded buffer, a write that does not fit waiting as in Sync Mode; Background Copy: later
// writes are recorded and reflected every few seconds by the background copy level); Restore does the same RV -> MV.
// Only host writes are recorded: the copies themselves are not changes.
#include "copy/accessrules.h"
#include "families/nec/nec.h"
#include "mirror/mirrorservice.h"
#include "service/engine.h"
#include "service/sites.h"

#include <QFile>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Nec
{

namespace
{

using Mode = MirrorEndpoint::Mode;

/** Passes host writes to an endpoint and keeps replication writes (the pair's own copies) out of its record. */
class HostWrites final : public WriteObserver
{
public:
    explicit HostWrites(std::shared_ptr<MirrorEndpoint> endpoint)
        : m_endpoint(std::move(endpoint))
    { }
    IoStatus beforeWrite(const WriteOp& op) override
    {
        return op.origin == IoOrigin::Host ? m_endpoint->beforeWrite(op) : IoStatus::success();
    }
    void afterWrite(const WriteOp& op, const IoStatus& result) override
    {
        if (op.origin == IoOrigin::Host) {
            m_endpoint->afterWrite(op, result);
        }
    }
    IoStatus beforeFlush() override { return m_endpoint->beforeFlush(); }
    /** The pair's own copies pass untouched, so they may take the kernel's copy (VolumeIo::copyFrom). */
    bool inertFor(IoOrigin origin) const override { return origin != IoOrigin::Host; }

private:
    std::shared_ptr<MirrorEndpoint> m_endpoint;
};

struct Live
{
    std::shared_ptr<MirrorEndpoint> mv;
    std::shared_ptr<MirrorEndpoint> rv;
    std::shared_ptr<HostWrites> mvHook;
    std::shared_ptr<HostWrites> rvHook;
    int ticks = 0; // seconds since the last background reflection
};

/**
 * The RV's engine of a pair across engines (rdrsites.cpp): what its hosts write to the RV, recorded by an endpoint
 * that only records (engine thread only; reset when a workspace opens).
 */
struct RvRecorder
{
    std::shared_ptr<MirrorEndpoint> rv;
    std::shared_ptr<HostWrites> hook;
};

QHash<ObjectId, RvRecorder>& recorders(Engine& engine)
{
    static QHash<const Engine*, QHash<ObjectId, RvRecorder>> tables;
    return tables[&engine];
}

/** Records the host writes to @p rvId, the RV of the record @p id, into @p map from now on. */
void wireRecorder(Engine& engine, ObjectId id, ObjectId rvId, std::unique_ptr<OutOfSyncMap> map)
{
    const auto io = engine.volumes().find(rvId);
    if (!io || !map) {
        return;
    }
    RvRecorder rec;
    rec.rv = std::make_shared<MirrorEndpoint>(
        rvId, engine.configuration().logicalDrives.value(rvId).subsystemId, io, std::move(map), kGrain);
    rec.rv->setPrimary(true); // an endpoint records writes only as a primary
    rec.rv->setMode(MirrorEndpoint::Mode::Track);
    rec.hook = std::make_shared<HostWrites>(rec.rv);
    io->addObserver(rec.hook);
    recorders(engine).insert(id, rec);
}

/** The live pairs per engine (engine thread only; reset when a workspace opens). */
QHash<ObjectId, Live>& table(Engine& engine)
{
    static QHash<const Engine*, QHash<ObjectId, Live>> tables;
    return tables[&engine];
}

QString rvMapFile(const Relationship& pair)
{
    return pair.mapFile + u".rv"_s;
}

qint64 grainsOf(const Configuration& config, const Relationship& pair)
{
    return (config.logicalDrives.value(pair.sourceId).capacity + kGrain - 1) / kGrain;
}

QString pairText(const Configuration& config, const Relationship& r)
{
    return u"%1 - %2"_s.arg(config.logicalDrives.value(r.sourceId).name, config.logicalDrives.value(r.targetId).name);
}

void onCopyFinished(Engine& engine, ObjectId id, const QString& expected, const IoStatus& status);

/** Sets in @p into every grain set in @p bits, a run of set bits at a time. */
void markRuns(const GrainBitmap& bits, OutOfSyncMap& into)
{
    for (qint64 g = bits.findNext(0, true); g < bits.size(); g = bits.findNext(g, true)) {
        const qint64 end = std::min(bits.findNext(g, false), bits.size());
        into.setRange(g, end - 1);
        g = end;
        if (g >= bits.size()) {
            break;
        }
    }
}

std::shared_ptr<MirrorEndpoint> makeEndpoint(
    Engine& engine, ObjectId pairId, ObjectId driveId, ObjectId arrayId, std::unique_ptr<OutOfSyncMap> map)
{
    auto endpoint
        = std::make_shared<MirrorEndpoint>(driveId, arrayId, engine.volumes().find(driveId), std::move(map), kGrain);
    endpoint->setPrimary(true);
    const QPointer<Engine> guard(&engine);
    endpoint->setFailureListener([guard, pairId](ObjectId, const QString& reason) {
        Engine::post(guard, [pairId, reason](Engine& e) {
            const QString state = e.configuration().relationships.value(pairId).state;
            onCopyFinished(e, pairId, state, IoStatus::failure(EIO, reason));
        });
    });
    return endpoint;
}

void wire(Engine& engine, ObjectId pairId, Live live)
{
    const Relationship r = engine.configuration().relationships.value(pairId);
    if (auto io = engine.volumes().find(r.sourceId)) {
        io->addObserver(live.mvHook);
    }
    if (auto io = engine.volumes().find(r.targetId)) {
        io->addObserver(live.rvHook);
    }
    table(engine).insert(pairId, std::move(live));
}

Live makeLive(
    Engine& engine, const Relationship& r, std::unique_ptr<OutOfSyncMap> mvMap, std::unique_ptr<OutOfSyncMap> rvMap)
{
    Live live;
    live.mv = makeEndpoint(engine, r.id, r.sourceId, r.subsystemId, std::move(mvMap));
    live.rv = makeEndpoint(engine, r.id, r.targetId, rvArrayOf(engine.configuration(), r), std::move(rvMap));
    live.mvHook = std::make_shared<HostWrites>(live.mv);
    live.rvHook = std::make_shared<HostWrites>(live.rv);
    return live;
}

/**
 * The route to @p to's drive: over the array's internal wire (DynamicDataReplication), or the link between the two
 * disk arrays (RemoteDataReplication), on its path A.
 */
MirrorEndpoint::Route routeTo(Engine& engine, const Relationship& r, ObjectId to)
{
    MirrorEndpoint::Route route;
    route.remote = engine.volumes().find(to);
    if (const MirrorLink* link = linkOf(engine.configuration(), r)) {
        route.link = engine.mirrors().link(link->id);
    }
    route.controller = u"A"_s;
    return route;
}

void schedule(Engine& engine,
    const Relationship& r,
    const std::shared_ptr<MirrorEndpoint>& endpoint,
    Mode during,
    Mode after,
    bool changesState,
    std::shared_ptr<ConsistencyGroup> group = nullptr)
{
    MirrorService& service = engine.mirrors();
    if (service.scheduler().contains(r.id)) {
        return;
    }
    endpoint->setMode(during);
    auto job = std::make_shared<MirrorSyncJob>(endpoint, during, after, std::move(group));
    const QPointer<Engine> guard(&engine);
    const ObjectId id = r.id;
    const QString expected = changesState ? r.state : QString();
    const MirrorLink* link = linkOf(engine.configuration(), r);
    service.scheduler().add(id, link != nullptr ? link->id : r.subsystemId, job, CopyPriority::High,
        [guard, id, expected](const IoStatus& status) {
            Engine::post(guard, [id, expected, status](Engine& e) { onCopyFinished(e, id, expected, status); });
        });
}

/**
 * Semi Sync Mode's buffer of not-yet-reflected MV writes (spec Table 3-2: "asynchronous up to a predetermined data
 * size"): [SIM] one per pair, of the MV array's semiSyncLimit, applied to the RV in write order by the mirror
 * service's shipper. A write that does not fit waits for room (one larger than the buffer for an empty one), so over
 * the limit the host waits for the RV as in Sync Mode. Every buffered write keeps its grains marked in the MV's
 * record until the RV has it, so a link fault or a crash loses nothing: the next Replicate copies them.
 */
std::shared_ptr<ConsistencyGroup> semiSyncBuffer(Engine& engine, const Relationship& r)
{
    return engine.mirrors().group(r.id, semiSyncLimit(engine.configuration().subsystems.value(r.subsystemId)));
}

/**
 * The pair no longer journals: what its buffer holds stays recorded in the MV's map, and the buffer goes. The MV
 * records first (setMode waits for writes between their hooks); ending the buffer then waits for a batch being
 * applied. Only after that may the caller let writes be shipped: shipped while a batch was still being applied, a new
 * write could reach the RV before an older one of the same grain, and the RV would keep the older data with the grain
 * settled. Without a buffer nothing changes (no moment of recording only, which a Restore's shipping would miss).
 */
void releaseBuffer(Engine& engine, ObjectId id, const std::shared_ptr<MirrorEndpoint>& mv)
{
    if (!engine.mirrors().existingGroup(id)) {
        return;
    }
    mv->setMode(Mode::Track);
    mv->setGroup(nullptr);
    engine.mirrors().removeGroup(id);
}

/** The endpoints of a pair follow its record. */
void apply(Engine& engine, ObjectId id)
{
    const auto it = engine.configuration().relationships.constFind(id);
    auto live = table(engine).constFind(id);
    if (it == engine.configuration().relationships.cend() || live == table(engine).cend()) {
        return;
    }
    const Relationship r = *it;
    const Live l = *live;
    // Grains back in sync lose their on-disk mark, so a restart copies only what may differ.
    l.mv->map().compact();
    l.rv->map().compact();
    MirrorService& service = engine.mirrors();
    const bool background = option(r.options, u"cpmode"_s) == u"bg"_s;
    const bool semi = option(r.options, u"cpmode"_s) == u"semi"_s;
    if (r.state == QLatin1String(kSeparated)) {
        service.scheduler().remove(id);
        l.mv->setMode(Mode::Track);
        l.rv->setMode(Mode::Track);
        releaseBuffer(engine, id, l.mv);
        l.mv->setRoute({});
        l.rv->setRoute({});
        return;
    }
    if (r.state == QLatin1String(kRplExec) || r.state == QLatin1String(kRplSync)
        || r.state == QLatin1String(kSepExec)) {
        l.rv->setMode(Mode::Track);
        l.rv->setRoute({});
        l.mv->setRoute(routeTo(engine, r, r.targetId));
        if (r.state == QLatin1String(kRplExec) && semi) {
            // The copy records later writes and joins the buffer at an instant when nothing is left to copy and the
            // buffer is empty, so the RV then follows the MV in write order.
            if (!service.scheduler().contains(id)) {
                releaseBuffer(engine, id, l.mv);
                l.mv->setMode(Mode::Track);
                const auto buffer = semiSyncBuffer(engine, r);
                l.mv->setGroup(buffer);
                schedule(engine, r, l.mv, Mode::Track, Mode::Journal, true, buffer);
            }
        } else if (r.state == QLatin1String(kRplExec)) {
            schedule(engine, r, l.mv, Mode::Ship, background ? Mode::Track : Mode::Ship, true);
        } else if (r.state == QLatin1String(kSepExec)) {
            service.scheduler().remove(id); // a background reflection gives way to the separate's own
            // Semi Sync: the buffer ends before anything is shipped; what it held is recorded, and this copy takes it.
            releaseBuffer(engine, id, l.mv);
            schedule(engine, r, l.mv, Mode::Ship, Mode::Track, true);
        } else if (semi) {
            l.mv->setGroup(semiSyncBuffer(engine, r));
            l.mv->setMode(Mode::Journal);
        } else {
            l.mv->setMode(background ? Mode::Track : Mode::Ship);
        }
        return;
    }
    // Restore: RV -> MV. With RV protection MV updates stay out of the RV (recorded for the next Replicate);
    // without it they are reflected to the RV as in Replicate.
    const bool protect = r.hasOption(u"protect"_s);
    // [SIM] a Restore's MV writes go to the RV in Sync Mode. A Restore starts from separated, where the buffer is
    // gone already; ended here first all the same.
    releaseBuffer(engine, id, l.mv);
    l.rv->setRoute(routeTo(engine, r, r.sourceId));
    if (protect) {
        l.mv->setMode(Mode::Track);
        l.mv->setRoute({});
    } else {
        l.mv->setRoute(routeTo(engine, r, r.targetId));
        l.mv->setMode(Mode::Ship);
    }
    if (r.state == QLatin1String(kRstExec)) {
        schedule(engine, r, l.rv, Mode::Ship, Mode::Track, true);
    } else {
        l.rv->setMode(Mode::Track);
    }
}

/** A copy job ended: the pair moves on (rpl/exec -> rpl/sync, sep/exec -> separated, rst/exec -> ...). */
void onCopyFinished(Engine& engine, ObjectId id, const QString& expected, const IoStatus& status)
{
    const auto it = engine.configuration().relationships.constFind(id);
    if (it == engine.configuration().relationships.cend()) {
        return;
    }
    if (status.ok() ? (expected.isEmpty() || it->state != expected) : (!expected.isEmpty() && it->state != expected)) {
        return; // a background reflection (no state change), or the pair moved on meanwhile
    }
    if (status.ok() && engine.mirrors().scheduler().contains(id)) {
        // The scheduler drops a job before it reports, so a copy of this pair that is still scheduled was started
        // after the one that ended: its success is stale (taking it would say rpl/sync while the RV still lags).
        // Failures are taken: the endpoint's failure listener reports through here while a copy runs.
        return;
    }
    const Relationship pair = *it;
    engine.runInternal(pair.subsystemId, [&](CommandContext& ctx) {
        Relationship& r = ctx.config.relationships[id];
        const QString text = pairText(ctx.config, r);
        if (!status.ok()) {
            // Spec §3.1: a copy fault leaves the pair separated due to a failure; the difference stays recorded.
            // A remote pair's fault on a link that is down is named in the seed's words (L2367).
            QString reason = status.reason;
            const MirrorLink* link = linkOf(ctx.config, r);
            if (isRemote(ctx.config, r) && (link == nullptr || !linkNormal(*link))) {
                reason = u"link fault between disk arrays %1 and %2 (the path state is abnormal)"_s.arg(
                    ctx.config.subsystems.value(r.subsystemId).name,
                    ctx.config.subsystems.value(rvArrayOf(ctx.config, r)).name);
            }
            r.state = QString::fromLatin1(kSeparated);
            r.stateReason = u"failure separation: "_s + reason;
            setOption(r.options, u"rvacc"_s, u"rw"_s);
            ctx.logEventOn(r.subsystemId, EventCode::NecCopyFault, EventSeverity::Critical, u"Pair %1"_s.arg(text),
                u"Copy fault: pair separated due to a failure"_s,
                u"%1. Remove the cause, then Replicate again: the difference is kept."_s.arg(reason), true);
        } else if (r.state == QLatin1String(kRplExec)) {
            r.state = QString::fromLatin1(kRplSync);
            ctx.logEventOn(r.subsystemId, EventCode::NecReplicateSynchronized, EventSeverity::Informational,
                u"Pair %1"_s.arg(text), u"Replicate: RV synchronized"_s,
                u"The RV matches the MV; MV updates are reflected by the copy control state."_s);
        } else if (r.state == QLatin1String(kSepExec)) {
            r.state = QString::fromLatin1(kSeparated);
            r.stateReason.clear();
            setOption(r.options, u"rvuse"_s, {});
            ctx.logEventOn(r.subsystemId, EventCode::NecSeparated, EventSeverity::Informational, u"Pair %1"_s.arg(text),
                u"Separate completed"_s,
                u"The RV is usable (%1); MV and RV updates are recorded as difference."_s.arg(rvAccessOf(r)));
        } else if (r.state == QLatin1String(kRstExec)) {
            const QString mv = ctx.config.logicalDrives.value(r.sourceId).name;
            if (r.hasOption(u"protect"_s)) {
                // Spec §2.4, L1664: Separate is executed automatically after a protected Restore.
                r.state = QString::fromLatin1(kSeparated);
                setOption(r.options, u"rvacc"_s, u"rw"_s);
            } else {
                r.state = QString::fromLatin1(kRstSync);
            }
            ctx.logEventOn(r.subsystemId, EventCode::NecRestored, EventSeverity::Informational, u"Pair %1"_s.arg(text),
                u"iSM13224: MV is restored."_s,
                r.state == QLatin1String(kSeparated)
                    ? u"%1 holds the RV's data; the pair is separated (RV protection)."_s.arg(mv)
                    : u"%1 holds the RV's data; MV updates are reflected to the RV."_s.arg(mv));
        } else {
            return;
        }
        applyOnCommit(ctx, id);
    });
}

std::unique_ptr<OutOfSyncMap> openOrFull(const QString& path, qint64 grains, bool* full)
{
    IoStatus st;
    auto map = OutOfSyncMap::open(path, grains, &st);
    if (!map) {
        map = OutOfSyncMap::create(path, grains, &st);
        if (map) {
            map->setAll(); // without the record of what may differ only a full copy is safe
            map->persist();
            *full = true;
        }
    }
    return map;
}

/**
 * A new record of what may differ at @p path, in the command of @p ctx (removed again if it fails): with @p allChanged
 * every grain is marked, on disk before the command commits.
 */
std::unique_ptr<OutOfSyncMap> newMapFile(CommandContext& ctx, const QString& path, qint64 grains, bool allChanged)
{
    IoStatus st;
    auto map = OutOfSyncMap::create(path, grains, &st);
    if (!map) {
        QFile::remove(path);
        failFile(path, st);
    }
    ctx.onRollback([path]() { QFile::remove(path); });
    if (allChanged) {
        map->setAll();
        if (IoStatus persisted = map->persist(); !persisted.ok()) {
            failFile(path, persisted);
        }
    }
    return map;
}

} // namespace

void attachPair(CommandContext& ctx, const Relationship& pair)
{
    Engine& engine = ctx.engine;
    const qint64 grains = grainsOf(ctx.config, pair);
    const QString mvPath = engine.volumePath(pair.mapFile);
    const QString rvPath = engine.volumePath(rvMapFile(pair));
    // MV and RV never matched: the first Replicate copies everything (spec §3.1 [INFERRED]).
    auto mvMap = newMapFile(ctx, mvPath, grains, true);
    auto rvMap = newMapFile(ctx, rvPath, grains, false);
    if (!engine.volumes().find(pair.sourceId) || !engine.volumes().find(pair.targetId)) {
        return; // volumes not open yet (the demonstration workspace): restorePairs() wires the pair
    }
    auto live = std::make_shared<Live>(makeLive(engine, pair, std::move(mvMap), std::move(rvMap)));
    const ObjectId id = pair.id;
    ctx.onCommit([&engine, id, live]() { wire(engine, id, *live); });
}

void detachPair(CommandContext& ctx, const Relationship& pair)
{
    Engine& engine = ctx.engine;
    const ObjectId id = pair.id;
    const ObjectId mvId = pair.sourceId;
    const ObjectId rvId = pair.targetId;
    const QStringList paths {engine.volumePath(pair.mapFile), engine.volumePath(rvMapFile(pair))};
    ctx.onCommit([&engine, id, mvId, rvId, paths]() {
        engine.mirrors().scheduler().remove(id);
        const Live live = table(engine).take(id);
        if (live.mv) {
            live.mv->setMode(Mode::Track);
            live.rv->setMode(Mode::Track);
            releaseBuffer(engine, id, live.mv);
            live.mv->setRoute({});
            live.rv->setRoute({});
            if (auto io = engine.volumes().find(mvId)) {
                io->removeObserver(live.mvHook);
            }
            if (auto io = engine.volumes().find(rvId)) {
                io->removeObserver(live.rvHook);
            }
        }
        for (const QString& path : paths) {
            QFile::remove(path);
        }
    });
}

void attachRvRecord(CommandContext& ctx, const Relationship& record, bool allChanged)
{
    Engine& engine = ctx.engine;
    const QString path = engine.volumePath(record.mapFile);
    auto map = std::make_shared<std::unique_ptr<OutOfSyncMap>>(
        newMapFile(ctx, path, grainsOf(ctx.config, record), allChanged));
    const ObjectId id = record.id;
    const ObjectId rvId = record.targetId;
    ctx.onCommit([&engine, id, rvId, map]() { wireRecorder(engine, id, rvId, std::move(*map)); });
}

void detachRvRecord(CommandContext& ctx, const Relationship& record)
{
    Engine& engine = ctx.engine;
    const ObjectId id = record.id;
    const ObjectId rvId = record.targetId;
    const QString path = engine.volumePath(record.mapFile);
    ctx.onCommit([&engine, id, rvId, path]() {
        const RvRecorder rec = recorders(engine).take(id);
        if (rec.hook) {
            if (auto io = engine.volumes().find(rvId)) {
                io->removeObserver(rec.hook);
            }
        }
        QFile::remove(path);
    });
}

QJsonArray rvRecordChanges(Engine& engine, ObjectId recordId)
{
    const auto it = recorders(engine).constFind(recordId);
    return it == recorders(engine).cend() ? QJsonArray() : Sites::grainRanges(it->rv->map().bits());
}

qint64 rvRecordChangedGrains(Engine& engine, ObjectId recordId)
{
    const auto it = recorders(engine).constFind(recordId);
    return it == recorders(engine).cend() ? 0 : it->rv->map().bits().count();
}

void clearRvRecordChanges(Engine& engine, ObjectId recordId)
{
    const auto it = recorders(engine).constFind(recordId);
    if (it != recorders(engine).cend() && it->rv->map().bits().count() > 0) {
        it->rv->map().bits().clearAll();
        it->rv->map().compact();
    }
}

void markRvChanges(Engine& engine, ObjectId pairId, const QJsonArray& ranges)
{
    const auto it = table(engine).constFind(pairId);
    if (it == table(engine).cend() || ranges.isEmpty()) {
        return;
    }
    GrainBitmap changed(it->rv->map().bits().size());
    Sites::setGrainRanges(changed, ranges);
    markRuns(changed, it->rv->map());
    it->rv->map().persist();
}

void separateDueToFailure(Engine& engine, ObjectId pairId, const QString& reason)
{
    const auto r = engine.configuration().relationships.constFind(pairId);
    if (r != engine.configuration().relationships.cend()) {
        engine.mirrors().scheduler().remove(pairId); // a copy still running would report its own end first
        onCopyFinished(engine, pairId, r->state, IoStatus::failure(EIO, reason));
    }
}

void applyOnCommit(CommandContext& ctx, ObjectId pairId)
{
    Engine& engine = ctx.engine;
    ctx.onCommit([&engine, pairId]() { apply(engine, pairId); });
}

void prepareCopy(Engine& engine, ObjectId pairId, bool toRv, bool full)
{
    const auto it = table(engine).constFind(pairId);
    if (it == table(engine).cend()) {
        return;
    }
    OutOfSyncMap& from = toRv ? it->mv->map() : it->rv->map();
    OutOfSyncMap& other = toRv ? it->rv->map() : it->mv->map();
    if (full) {
        from.setAll();
    } else {
        // The grains the other side changed must be copied back too (spec §4.1 [INFERRED]).
        markRuns(other.bits(), from);
    }
    from.persist();
    other.bits().clearAll();
    other.compact();
    if (toRv) {
        return;
    }
    // A Restore rewrites the MV's grains in `from` with copies, which no other pair of the MV sees (they are not host
    // writes; paircommands.cpp keeps those pairs separated meanwhile): each records them as changed on the MV, so its
    // next Replicate copies them to its RV.
    const ObjectId mvId = engine.configuration().relationships.value(pairId).sourceId;
    for (const Relationship& r : engine.configuration().relationships) {
        const auto sibling = table(engine).constFind(r.id);
        if (r.id == pairId || r.kind != QLatin1String(kPair) || r.sourceId != mvId || sibling == table(engine).cend()) {
            continue;
        }
        markRuns(from.bits(), sibling->mv->map());
        sibling->mv->map().persist();
    }
}

qint64 mvDiffGrains(Engine& engine, ObjectId pairId)
{
    const auto it = table(engine).constFind(pairId);
    return it == table(engine).cend() ? 0 : it->mv->map().bits().count();
}

qint64 rvDiffGrains(Engine& engine, ObjectId pairId)
{
    const auto it = table(engine).constFind(pairId);
    return it == table(engine).cend() ? 0 : it->rv->map().bits().count();
}

qint64 pendingGrains(Engine& engine, ObjectId pairId)
{
    const Relationship r = engine.configuration().relationships.value(pairId);
    if (r.state == QLatin1String(kSeparated)) {
        return 0;
    }
    return r.state.startsWith(u"rst"_s) ? rvDiffGrains(engine, pairId) : mvDiffGrains(engine, pairId);
}

qint64 semiSyncPendingBytes(Engine& engine, ObjectId pairId)
{
    const auto buffer = engine.mirrors().existingGroup(pairId);
    return buffer ? buffer->pendingBytes() : 0;
}

quint64 bytesCopied(Engine& engine, ObjectId pairId)
{
    const auto it = table(engine).constFind(pairId);
    return it == table(engine).cend() ? 0 : it->mv->bytesShipped() + it->rv->bytesShipped();
}

void pairCopyRuntime(Engine& engine, QHash<ObjectId, CopyRuntime>& copies)
{
    MirrorService& service = engine.mirrors();
    for (const Relationship& r : engine.configuration().relationships) {
        if (r.kind != QLatin1String(kPair) || copies.contains(r.id)) {
            continue;
        }
        const auto live = table(engine).constFind(r.id);
        if (live == table(engine).cend()) {
            continue;
        }
        CopyRuntime rt;
        rt.synchronization = true;
        rt.grains = live->mv->map().bits().size();
        rt.grainsCopied = std::max<qint64>(0, rt.grains - pendingGrains(engine, r.id));
        // Replicate, Separate and Restore copy while their state is ".../exec" (a background reflection of a
        // replicated pair is no operation of its own); once the copy job is done, what is pending says.
        const bool copying = r.state.endsWith(u"/exec"_s);
        if (copying && service.scheduler().contains(r.id)) {
            const CopyScheduler::Progress p = service.scheduler().progress(r.id);
            rt.grainsCopied = std::min(rt.grainsCopied, rt.grains - 1); // complete only once the copy has ended
            rt.bytesPerSecond = p.bytesPerSecond;
            rt.etaSeconds = p.etaSeconds;
        } else if (!copying) {
            rt.grainsCopied = rt.grains;
        }
        copies.insert(r.id, rt);
    }
}

Error restorePairs(Engine& engine)
{
    QHash<ObjectId, Live>& live = table(engine);
    for (auto it = live.begin(); it != live.end(); ++it) {
        // Pairs wired before (the demonstration workspace, an earlier workspace of this engine): unhook them and
        // break the endpoints' references; the maps are read again below.
        engine.mirrors().scheduler().remove(it.key());
        it->mv->setRoute({});
        it->rv->setRoute({});
        if (auto io = engine.volumes().find(it->mv->driveId())) {
            io->removeObserver(it->mvHook);
        }
        if (auto io = engine.volumes().find(it->rv->driveId())) {
            io->removeObserver(it->rvHook);
        }
    }
    live.clear();
    for (auto it = recorders(engine).cbegin(); it != recorders(engine).cend(); ++it) {
        if (auto io = engine.volumes().find(it->rv->driveId())) {
            io->removeObserver(it->hook);
        }
    }
    recorders(engine).clear();
    const Configuration config = engine.configuration();
    MirrorService& service = engine.mirrors();
    for (const MirrorLink& l : config.mirrorLinks) {
        const Family* family = engine.familyOf(l.subsystemA);
        if (family == nullptr || family->id != QLatin1String(kFamily) || service.link(l.id)) {
            continue;
        }
        // An array's own wire (DynamicDataReplication) or the link between two arrays (RemoteDataReplication).
        service.setLink(std::make_shared<RemoteLink>(
            l, config.subsystems.value(l.subsystemA).name, config.subsystems.value(l.subsystemB).name));
        service.scheduler().setBandwidth(l.id, l.bandwidth);
    }
    QList<ObjectId> unconfirmed;
    for (const Relationship& r : config.relationships) {
        if (r.kind != QLatin1String(kPair) || !engine.volumes().find(r.sourceId)
            || !engine.volumes().find(r.targetId)) {
            continue;
        }
        const qint64 grains = grainsOf(config, r);
        bool lost = false;
        if (!managedHere(config, r)) {
            // This engine serves the RV of another engine's pair: it records what its hosts write to the RV. A record
            // that cannot be read again says every grain changed, so the next Replicate copies everything.
            auto map = openOrFull(engine.volumePath(r.mapFile), grains, &lost);
            if (!map) {
                return {ErrorCode::FileError,
                    {engine.volumePath(r.mapFile), u"the RV's record of changes cannot be made"_s}};
            }
            wireRecorder(engine, r.id, r.targetId, std::move(map));
            continue;
        }
        auto mvMap = openOrFull(engine.volumePath(r.mapFile), grains, &lost);
        auto rvMap = openOrFull(engine.volumePath(rvMapFile(r)), grains, &lost);
        if (!mvMap || !rvMap) {
            return {
                ErrorCode::FileError, {engine.volumePath(r.mapFile), u"the pair's difference map cannot be made"_s}};
        }
        if (r.state == QLatin1String(kRplSync) && option(r.options, u"cpmode"_s) != u"bg"_s
            && mvMap->bits().count() > 0) {
            unconfirmed.append(r.id);
        }
        wire(engine, r.id, makeLive(engine, r, std::move(mvMap), std::move(rvMap)));
    }
    for (const ObjectId id : unconfirmed) {
        // Writes the RV never confirmed (the process stopped in between): the pair copies them again.
        const CommandResult result = engine.runInternal(config.relationships.value(id).subsystemId,
            [&](CommandContext& ctx) { ctx.config.relationships[id].state = QString::fromLatin1(kRplExec); });
        if (!result.ok()) {
            return result.error;
        }
    }
    for (const Relationship& r : engine.configuration().relationships) {
        if (r.kind == QLatin1String(kPair)) {
            apply(engine, r.id);
        }
    }
    return {};
}

void poll(Engine& engine)
{
    pushChangedPairs(engine); // pairs across engines: their changes reach the RV's engine
    // Background Copy (spec Table 3-2): MV updates are accumulated as differential information and reflected
    // asynchronously, at the interval of the array's background copy level ([SIM] level 5: every second, 1: every
    // 5 seconds).
    for (const RvRecorder& rec : std::as_const(recorders(engine))) {
        rec.rv->map().compact();
    }
    QHash<ObjectId, Live>& live = table(engine);
    for (auto it = live.begin(); it != live.end(); ++it) {
        it->mv->map().compact();
        it->rv->map().compact();
        const Relationship r = engine.configuration().relationships.value(it.key());
        if (r.state != QLatin1String(kRplSync) || option(r.options, u"cpmode"_s) != u"bg"_s) {
            continue;
        }
        const int level
            = option(engine.configuration().subsystems.value(r.subsystemId).options, u"bgCopyLevel"_s, u"3"_s).toInt();
        if (++it->ticks < 6 - level || it->mv->map().bits().count() == 0) {
            continue;
        }
        it->ticks = 0;
        schedule(engine, r, it->mv, Mode::Track, Mode::Track, false);
    }
}

void restrictAccess(const Configuration& config, ObjectId logicalDriveId, HostAccess& access)
{
    const Relationship* r = pairOfRv(config, logicalDriveId);
    if (r == nullptr) {
        // An MV has no access restriction in the seed (spec §1.5): during rst/exec the array redirects MV I/O to
        // the RV's data until each grain is restored. Copyline does not redirect yet, so while a Restore still
        // copies, the MV is refused to hosts rather than showing, or taking, data the Restore then overwrites.
        for (const Relationship& mvPair : pairsOfMv(config, logicalDriveId)) {
            if (mvPair.state == QLatin1String(kRstExec)) {
                const QString why
                    = u"%1 is being restored from its RV (rst/exec); wait until the Restore has copied "
                      "everything (iSMrc_wait -cond rst/sync or the automatic separate) before using it"_s.arg(
                          config.logicalDrives.value(logicalDriveId).name);
                denyRead(access, EBUSY, why);
                denyWrite(access, EBUSY, why);
                return;
            }
        }
        return;
    }
    const QString name = config.logicalDrives.value(logicalDriveId).name;
    QString acc = rvAccessOf(*r);
    if (r->state == QLatin1String(kSepExec)) {
        // The RV is the hosts' once the separate completes, with -rvuse complete and, a decision, with -rvuse
        // immediate too. The seed's array gives the RV at once and serves each read the final image (spec §5.2,
        // [INFERRED]) by redirecting what is still to be reflected; Copyline does not redirect yet. Opened early, a
        // host would read grains the reflection has not reached and would see them change under it, and its own
        // RV writes would be overwritten by the MV's data still on its way: an RV of no point in time.
        const QString why = u"%1 is an RV being separated (sep/exec): the remaining difference is still being "
                            "reflected from the MV. Copyline gives the RV to hosts when the separate completes, also "
                            "with -rvuse immediate; wait with iSMrc_wait -cond sep"_s.arg(name);
        denyRead(access, EBUSY, why);
        denyWrite(access, EBUSY, why);
        return;
    }
    if (hasWord(r->options, u"hostNotReady"_s)) {
        acc = u"nr"_s; // UMOUNT_RVACC=NOTREADY: the RV's unmount set it Not Ready
    }
    if (acc == u"nr"_s) {
        const QString why = u"%1 is an RV in %2 with access restriction Not Ready (NR)"_s.arg(name, r->state);
        denyRead(access, EIO, why);
        denyWrite(access, EIO, why);
    } else if (acc == u"ro"_s) {
        denyWrite(access, EROFS, u"%1 is an RV with access restriction Read Only (RO)"_s.arg(name));
    }
}

} // namespace Copyline::Nec
