// SPDX-License-Identifier: GPL-3.0-or-later
// ESS PPRC copy pairs (spec §1.6, §2.4-2.7, §2.9, §3.2): establish with the three copy options, suspend, resume
// (= establish with "Copy out-of-sync cylinders only"), terminate scheduled on the source or the target storage
// server, and the consistency group freeze and run ([SIM], the seed names no command for them, spec §2.9).
//
// A pair is one record; what each side knows is in its option words: "targetSimplex" (terminated on the target
// ESS while the source could not be reached: the target is simplex and host-accessible, the source suspended with
// its change record, seed L1977-1981) and "sourceSimplex" (terminated on the source ESS while the target could
// not be reached: the target stays locked until it is terminated there too).
#include "families/ess/models.h"
#include "families/ess/pprc.h"
#include "service/engine.h"
#include "util/bytesize.h"

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Ess
{

namespace
{

constexpr qint64 kTrackSize = 64 * 1024;

struct VolumePair
{
    LogicalDrive source;
    LogicalDrive target;
};

/** pairs=("00012019:00112019" ...): each item is source:target by volume ID. */
QList<VolumePair> pairsArg(CommandContext& ctx)
{
    QList<VolumePair> out;
    for (const QString& item : ctx.args.list(u"pairs"_s)) {
        const QStringList parts = item.split(u':');
        if (parts.size() != 2) {
            fail(ErrorCode::InvalidParameter,
                {u"pairs"_s, item, u"give each pair as source:target, such as 00012019:00017018"_s});
        }
        VolumePair p;
        p.source = volumeNamed(ctx, parts[0]);
        p.target = volumeNamed(ctx, parts[1]);
        if (p.source.id == p.target.id) {
            fail(ErrorCode::InvalidParameter, {u"pairs"_s, item, u"choose a target other than the source"_s});
        }
        out.append(p);
    }
    if (out.isEmpty()) {
        fail(ErrorCode::InvalidParameter, {u"pairs"_s, QString(), u"name at least one pair"_s});
    }
    return out;
}

/** scheduleOn=source|target: the storage server the task is scheduled with (spec §2.5, §2.7); the last argument. */
QString scheduleOnArg(CommandContext& ctx)
{
    const QString on = ctx.args.string(u"scheduleOn"_s, u"source"_s);
    ctx.args.finish();
    if (on != u"source"_s && on != u"target"_s) {
        fail(ErrorCode::InvalidParameter, {u"scheduleOn"_s, on, u"use source or target"_s});
    }
    return on;
}

QString pairText(const VolumePair& p)
{
    return u"%1 -> %2"_s.arg(p.source.name, p.target.name);
}

QString partnerName(const Configuration& config, const Relationship& r, ObjectId of)
{
    return config.logicalDrives.value(r.sourceId == of ? r.targetId : r.sourceId).name;
}

/** The pair record of exactly @p p, or a clear error. */
const Relationship& existingPair(CommandContext& ctx, const VolumePair& p)
{
    const Relationship* r = pprcOf(ctx.config, p.source.id);
    if (const QString site = Engine::peerOfDrive(ctx.config, p.source.id); !site.isEmpty()) {
        // A pair across engines is the primary's engine's to change (pprcsites.cpp); this is its secondary's copy.
        fail(ErrorCode::EssPprcInvalid,
            {pairText(p),
                u"its primary volume is on the engine of site %1, which manages the pair: run the command there"_s.arg(
                    site)});
    }
    if (r == nullptr || r->sourceId != p.source.id || r->targetId != p.target.id) {
        fail(ErrorCode::EssPprcInvalid,
            {pairText(p),
                r == nullptr ? u"%1 is simplex: it is in no PPRC pair"_s.arg(p.source.name)
                             : u"%1 is paired with %2"_s.arg(p.source.name, partnerName(ctx.config, *r, p.source.id))});
    }
    return *r;
}

QString removeWord(const QString& options, const QString& word)
{
    QStringList words = options.split(u' ', Qt::SkipEmptyParts);
    words.removeAll(word);
    return words.join(u' ');
}

QString addWord(const QString& options, const QString& word)
{
    QStringList words = options.split(u' ', Qt::SkipEmptyParts);
    if (!words.contains(word)) {
        words.append(word);
    }
    return words.join(u' ');
}

/**
 * essEstablishPprc pairs=("00012019:000FCA31") copy=entire|outOfSync|none [critical=bool]
 * [permitIfTargetOnline=bool]: spec §2.4, with the state rules of §3.2. All pairs start at the same time.
 */
void establish(CommandContext& ctx)
{
    const QList<VolumePair> pairs = pairsArg(ctx);
    const QString copy = ctx.args.string(u"copy"_s, u"entire"_s);
    const bool critical = ctx.args.boolean(u"critical"_s, false);
    const bool permitOnline = ctx.args.boolean(u"permitIfTargetOnline"_s, false);
    ctx.args.finish();
    if (copy != u"entire"_s && copy != u"outOfSync"_s && copy != u"none"_s) {
        fail(ErrorCode::InvalidParameter,
            {u"copy"_s, copy,
                u"use entire (Copy entire volume), outOfSync (Copy out-of-sync cylinders only) or none "
                "(Do not copy volume)"_s});
    }
    QList<ObjectId> started;
    QList<ObjectId> duplexNow;
    QStringList lines;
    for (const VolumePair& p : pairs) {
        if (const QString site = Engine::peerOfDrive(ctx.config, p.source.id); !site.isEmpty()) {
            fail(ErrorCode::EssPprcInvalid,
                {pairText(p),
                    u"%1 is served by the engine of site %2: a pair is established on its primary's storage server, "
                    "so run the command on that engine"_s.arg(p.source.name, site)});
        }
        if (p.target.capacity < p.source.capacity) {
            fail(ErrorCode::EssTargetTooSmall,
                {p.target.name, formatGb(p.target.capacity), p.source.name, formatGb(p.source.capacity)});
        }
        if (!pathUsable(ctx.config, p.source.arrayId, p.target.arrayId)) {
            fail(ErrorCode::EssNoPath,
                {lssAddress(ctx.config, p.source.arrayId), lssAddress(ctx.config, p.target.arrayId)});
        }
        // [SIM] spec §3.1: a FlashCopy target cannot become a PPRC secondary.
        if (const Relationship* fc = flashCopyOf(ctx.config, p.target.id);
            fc != nullptr && fc->targetId == p.target.id) {
            fail(ErrorCode::EssPprcInvalid,
                {pairText(p),
                    u"%1 is the target of a FlashCopy from %2; withdraw it first"_s.arg(
                        p.target.name, ctx.config.logicalDrives.value(fc->sourceId).name)});
        }
        const Relationship* onSource = pprcOf(ctx.config, p.source.id);
        const Relationship* onTarget = pprcOf(ctx.config, p.target.id);
        const bool samePair
            = onSource != nullptr && onSource->sourceId == p.source.id && onSource->targetId == p.target.id;
        if (!samePair) {
            for (const auto& [v, r] : {std::pair {p.source, onSource}, std::pair {p.target, onTarget}}) {
                if (r != nullptr) {
                    fail(ErrorCode::EssPprcInvalid,
                        {pairText(p),
                            u"%1 is already in a PPRC pair with %2"_s.arg(v.name, partnerName(ctx.config, *r, v.id))});
                }
            }
            if (const QString host = mountedOn(ctx.config, p.target.id); !host.isEmpty() && !permitOnline) {
                fail(ErrorCode::EssTargetOnline, {p.target.name, host});
            }
            if (copy == u"outOfSync"_s) {
                fail(ErrorCode::EssPprcInvalid,
                    {pairText(p),
                        u"both volumes are simplex; Copy out-of-sync cylinders only resynchronizes a "
                        "suspended pair. The first establish of a pair uses Copy entire volume"_s});
            }
            Relationship r;
            r.id = ctx.config.allocateId();
            r.subsystemId = p.source.subsystemId;
            r.kind = QString::fromLatin1(kPprc);
            r.sourceId = p.source.id;
            r.targetId = p.target.id;
            r.state = QString::fromLatin1(copy == u"none"_s ? kDuplex : kDuplexPending);
            r.options = critical ? u"critical"_s : QString();
            r.grainSize = kTrackSize;
            r.established = ctx.clock.now();
            r.mapFile = u"ess-pprc-%1.map"_s.arg(r.id);
            ctx.config.relationships.insert(r.id, r);
            attachPair(ctx, r, copy == u"entire"_s);
            (copy == u"none"_s ? duplexNow : started).append(r.id);
            lines.append(u"%1: %2"_s.arg(pairText(p),
                copy == u"none"_s ? u"Duplex (Do not copy volume)"_s : u"Duplex Pending, copying the entire volume"_s));
            continue;
        }
        Relationship& r = ctx.config.relationships[onSource->id];
        if (r.state != QLatin1String(kSuspended)) {
            fail(ErrorCode::EssPprcInvalid,
                {pairText(p),
                    u"the pair is established already (%1); suspend it before resynchronizing"_s.arg(
                        r.state == QLatin1String(kDuplex) ? u"Duplex"_s : u"Duplex Pending"_s)});
        }
        if (const QString host = mountedOn(ctx.config, p.target.id);
            !host.isEmpty() && !permitOnline && r.hasOption(u"targetSimplex"_s)) {
            fail(ErrorCode::EssTargetOnline, {p.target.name, host}); // a simplex target may be in use again
        }
        if (r.hasOption(u"sourceSimplex"_s)) {
            fail(ErrorCode::EssPprcInvalid,
                {pairText(p),
                    u"the pair was terminated on the source ESS, which kept no change record; terminate it "
                    "on the target storage server too, then establish it with Copy entire volume"_s});
        }
        if (groupFrozen(ctx.engine) && consistencyGroupOf(ctx.config, r.id).size() > 1) {
            fail(ErrorCode::EssPprcInvalid,
                {pairText(p), u"its consistency group is frozen; run the group (essThaw) first"_s});
        }
        const qint64 tracks = outOfSyncTracks(ctx.engine, r.id);
        r.options = removeWord(removeWord(r.options, u"targetSimplex"_s), u"inhibited"_s);
        r.options = critical ? addWord(r.options, u"critical"_s) : removeWord(r.options, u"critical"_s);
        r.stateReason.clear();
        r.established = ctx.clock.now();
        if (copy == u"none"_s) {
            // [SIM] spec §3.2: allowed on a suspended pair; the caller vouches that the data is identical.
            r.state = QString::fromLatin1(kDuplex);
            ctx.onCommit([&engine = ctx.engine, id = r.id]() { clearOutOfSync(engine, id); });
            duplexNow.append(r.id);
            lines.append(
                u"%1: Duplex (Do not copy volume: %2 recorded tracks were discarded)"_s.arg(pairText(p)).arg(tracks));
        } else {
            if (copy == u"entire"_s) {
                markAllOutOfSync(ctx.engine, r.id);
            }
            r.state = QString::fromLatin1(kDuplexPending);
            started.append(r.id);
            lines.append(copy == u"entire"_s
                    ? u"%1: Duplex Pending, copying the entire volume"_s.arg(pairText(p))
                    : u"%1: Duplex Pending, copying %2 out-of-sync cylinders (%3 tracks)"_s.arg(pairText(p))
                          .arg(outOfSyncCylinders(ctx.engine, r.id))
                          .arg(tracks));
        }
        const ObjectId id = r.id;
        ctx.onCommit([&engine = ctx.engine, id]() {
            if (const auto endpoint
                = engine.mirrors().endpoint(engine.configuration().relationships.value(id).sourceId)) {
                endpoint->setInhibited(false);
            }
        });
    }
    pushNewPairs(ctx, started + duplexNow, permitOnline);
    applyOnCommit(ctx, started);
    applyOnCommit(ctx, duplexNow, true);
    ctx.logEvent(EventCode::EssPprcEstablished, EventSeverity::Informational, u"PPRC copy pairs"_s,
        u"Establish PPRC copy pair"_s, lines.join(u"; "_s) + u"."_s);
    ctx.data.insert(u"pairs"_s, static_cast<int>(pairs.size()));
}

/** essSuspendPprc pairs=(...) scheduleOn=source|target: spec §2.5. */
void suspend(CommandContext& ctx)
{
    const QList<VolumePair> pairs = pairsArg(ctx);
    const QString on = scheduleOnArg(ctx);
    QList<ObjectId> ids;
    for (const VolumePair& p : pairs) {
        const Relationship& r = existingPair(ctx, p);
        if (r.state != QLatin1String(kSuspended)) {
            ids.append(r.id);
        }
    }
    if (!ids.isEmpty()) {
        suspendPairs(ctx, ids,
            u"suspended by the Suspend PPRC copy pair task, scheduled on the %1 storage server"_s.arg(on), false);
    }
    ctx.data.insert(u"suspended"_s, static_cast<int>(ids.size()));
}

/** essTerminatePprc pairs=(...) scheduleOn=source|target: spec §2.7. */
void terminate(CommandContext& ctx)
{
    const QList<VolumePair> pairs = pairsArg(ctx);
    const QString on = scheduleOnArg(ctx);
    QStringList lines;
    for (const VolumePair& p : pairs) {
        if (!Engine::peerOfDrive(ctx.config, p.source.id).isEmpty()) {
            const Relationship* r = pprcOf(ctx.config, p.source.id);
            if (r != nullptr && r->targetId == p.target.id) {
                lines.append(terminateAcrossEngines(ctx, r->id, on == u"target"_s));
                continue;
            }
        }
        const Relationship found = existingPair(ctx, p);
        const bool reachable = pairReachable(ctx.config, found);
        const bool onTarget = on == u"target"_s;
        const bool otherSideDone = found.hasOption(onTarget ? u"sourceSimplex"_s : u"targetSimplex"_s);
        if (reachable || otherSideDone) {
            ctx.config.relationships.remove(found.id);
            detachPair(ctx, found);
            lines.append(u"%1: both volumes simplex"_s.arg(pairText(p)));
            continue;
        }
        Relationship& r = ctx.config.relationships[found.id];
        if (onTarget) {
            // The failover task (seed L4418): the target is usable; the source keeps its change record.
            r.options = addWord(r.options, u"targetSimplex"_s);
            r.state = QString::fromLatin1(kSuspended);
            r.stateReason = u"terminated on the target storage server while the source could not be reached"_s;
            lines.append(u"%1: %2 simplex; %3 suspended, recording its updates (the source could not be reached)"_s.arg(
                pairText(p), p.target.name, p.source.name));
        } else {
            r.options = addWord(r.options, u"sourceSimplex"_s);
            r.state = QString::fromLatin1(kSuspended);
            r.stateReason = u"terminated on the source storage server while the target could not be reached"_s;
            detachPair(ctx, found); // the source's change recording ends (glossary "simplex state")
            lines.append(
                u"%1: %2 simplex; %3 stays locked until the pair is terminated on the target storage server"_s.arg(
                    pairText(p), p.source.name, p.target.name));
        }
        applyOnCommit(ctx, {found.id});
    }
    ctx.logEvent(EventCode::EssPprcTerminated, EventSeverity::Informational, u"PPRC copy pairs"_s,
        u"Terminate PPRC copy pair"_s, lines.join(u"; "_s) + u"."_s);
}

/** essFreeze: [SIM] freezes the consistency group (spec §2.9): every member suspends at one instant. */
void freeze(CommandContext& ctx)
{
    ctx.args.finish();
    QList<ObjectId> members;
    for (const Relationship& r : ctx.config.relationships) {
        if (r.kind == QLatin1String(kPprc) && managedHere(ctx.config, r)
            && consistencyGroupOf(ctx.config, r.id).size() > 1) {
            members = consistencyGroupOf(ctx.config, r.id);
            break;
        }
    }
    if (members.isEmpty()) {
        // One member alone is a group too, when its LSS has the property.
        for (const Relationship& r : ctx.config.relationships) {
            const LogicalDrive source = ctx.config.logicalDrives.value(r.sourceId);
            if (r.kind == QLatin1String(kPprc) && managedHere(ctx.config, r)
                && ctx.config.arrays.value(source.arrayId).options.split(u' ').contains(u"consistencyGroup"_s)) {
                members.append(r.id);
            }
        }
    }
    if (members.isEmpty()) {
        fail(ErrorCode::EssPprcInvalid,
            {u"the consistency group"_s,
                u"no PPRC pair has its primary in an LSS with the PPRC Consistency Group "
                "property; set it on the LSS (essSetLss consistencyGroup=true)"_s});
    }
    setGroupFrozen(ctx.engine, true);
    ctx.onRollback([&engine = ctx.engine]() { setGroupFrozen(engine, false); });
    suspendPairs(ctx, {members.first()}, u"the consistency group was frozen"_s, false);
    ctx.logEvent(EventCode::EssConsistencyGroupFrozen, EventSeverity::Warning, u"PPRC consistency group"_s,
        u"Consistency group frozen"_s,
        u"%1 pairs suspended at one instant by command. Run the group (essThaw), then resynchronize."_s.arg(
            members.size()));
    ctx.data.insert(u"pairs"_s, static_cast<int>(members.size()));
}

/** essThaw: [SIM] the consistency group "run": the freeze ends; the pairs stay suspended until resynchronized. */
void thaw(CommandContext& ctx)
{
    ctx.args.finish();
    const bool was = groupFrozen(ctx.engine);
    ctx.onCommit([&engine = ctx.engine]() { setGroupFrozen(engine, false); });
    ctx.logEvent(EventCode::EssConsistencyGroupRun, EventSeverity::Informational, u"PPRC consistency group"_s,
        u"Consistency group run"_s,
        was ? u"The freeze has ended. The pairs stay suspended until they are resynchronized (Establish PPRC copy "
              "pair, Copy out-of-sync cylinders only)."_s
            : u"The group was not frozen."_s);
}

} // namespace

QList<CommandSpec> pprcCommands()
{
    return {
        {"essEstablishPprc", &establish, true},
        {"essSuspendPprc", &suspend, true},
        {"essTerminatePprc", &terminate, true},
        {"essFreeze", &freeze, true},
        {"essThaw", &thaw, true},
    };
}

} // namespace Copyline::Ess
