// SPDX-License-Identifier: GPL-3.0-or-later
// What a session does to the storage systems (spec §2, §4): each family's own commands, run inside the session
// command so that the whole is one transaction (Engine::runWithin) and the family's views show the relationships.
//
//   method       ESS 2105                            DS4000                                 in-controller (hds)
//   FlashCopy    essEstablishFlashCopy / Withdraw    -                                      hdsPairCreate+Split,
//                                                                                           Resync+Split, Delete
//   Synchronous  essEstablishPprc (entire,           createRemoteMirror synchronous,        -
//                outOfSync), essSuspendPprc,         resume, suspend, setRemoteMirror
//                essTerminatePprc                    role=primary (failover), remove
//   Asynchronous -                                   the same, asynchronous, write order    -
//                                                    preserved (Global Mirror)
//
// [SIM] ESS PPRC has no failover/failback (it came with the DS8000): Recover terminates the pairs on the target
// storage server, which leaves both volumes simplex, so the next Start in the other direction copies every track.
// The DS4000 reverses the roles and keeps both sides' change records, so its failback copies only what changed.
#include "families/csm/csm.h"

#include "copy/pointintime.h"
#include "mirror/mirrorrules.h"
#include "service/engine.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Csm
{

namespace
{

QString familyOf(const Configuration& config, ObjectId volumeId)
{
    return config.subsystems.value(config.logicalDrives.value(volumeId).subsystemId).family;
}

QString nameOf(const Configuration& config, ObjectId volumeId)
{
    return config.logicalDrives.value(volumeId).name;
}

QString subsystemOf(const Configuration& config, ObjectId volumeId)
{
    return config.subsystems.value(config.logicalDrives.value(volumeId).subsystemId).name;
}

const Relationship* relationshipBetween(const Configuration& config, const QString& kind, ObjectId a, ObjectId b)
{
    for (const Relationship& r : config.relationships) {
        if (r.kind == kind && ((r.sourceId == a && r.targetId == b) || (r.sourceId == b && r.targetId == a))) {
            return &r;
        }
    }
    return nullptr;
}

int mirrorProgress(Engine& engine, const Configuration& config, ObjectId primaryId)
{
    const qint64 capacity = config.logicalDrives.value(primaryId).capacity;
    const auto endpoint = engine.mirrors().endpoint(primaryId);
    if (!endpoint || capacity <= 0) {
        return 0;
    }
    const qint64 out = std::min(capacity, endpoint->outOfSyncBytes());
    return static_cast<int>((capacity - out) * 100 / capacity);
}

/** Runs a family command for the copy set of @p p; a failure names the copy set and what was being done. */
QJsonObject run(
    CommandContext& ctx, const QString& what, const QString& copySet, const QString& command, const QJsonObject& args)
{
    try {
        return ctx.engine.runWithin(ctx, {command, args});
    } catch (const CommandFailure& failure) {
        fail(ErrorCode::CsmHardware, {what, copySet, failure.error().message()});
    }
}

QString copySetText(const Configuration& config, const Pair& p)
{
    return u"%1 -> %2"_s.arg(volumeId(config, config.logicalDrives.value(p.sourceId)),
        volumeId(config, config.logicalDrives.value(p.targetId)));
}

QJsonArray essPairs(const Configuration& config, const QList<Pair>& pairs)
{
    QJsonArray list;
    for (const Pair& p : pairs) {
        list.append(QString(nameOf(config, p.sourceId) + u':' + nameOf(config, p.targetId)));
    }
    return list;
}

QString allText(const Configuration& config, const QList<Pair>& pairs)
{
    return pairs.size() == 1 ? copySetText(config, pairs.first()) : u"%1 copy sets"_s.arg(pairs.size());
}

} // namespace

PairState pairState(Engine& engine, const Configuration& config, const Pair& p)
{
    PairState st;
    st.state = u"-"_s;
    const QString family = familyOf(config, p.sourceId);
    if (family == u"ds4000"_s) {
        const Mirror* m = config.mirrorOf(p.sourceId);
        if (m == nullptr || m->remoteDriveId != p.targetId) {
            return st;
        }
        const Mirror* primary = m->role == MirrorRole::Primary ? m : config.partnerOf(*m);
        st.exists = true;
        st.reversed = m->role != MirrorRole::Primary;
        const Mirror& shown = primary != nullptr ? *primary : *m;
        st.state = MirrorRules::statusText(shown.status);
        st.synchronized = shown.status == MirrorStatus::Synchronized;
        st.suspended = shown.status == MirrorStatus::Suspended || shown.status == MirrorStatus::Unsynchronized;
        st.error = shown.status == MirrorStatus::Unsynchronized || shown.status == MirrorStatus::Unresponsive
            || shown.status == MirrorStatus::DualPrimary || shown.status == MirrorStatus::DualSecondary;
        st.reason = shown.statusReason;
        st.progress = mirrorProgress(engine, config, shown.id);
        return st;
    }
    const QString kind
        = p.method == Method::FlashCopy ? (family == u"hds"_s ? u"hdsPair"_s : u"flashcopy"_s) : u"pprc"_s;
    const Relationship* r = relationshipBetween(config, kind, p.sourceId, p.targetId);
    if (r == nullptr) {
        return st;
    }
    st.exists = true;
    st.reversed = r->sourceId != p.sourceId;
    st.state = r->state;
    st.reason = r->stateReason;
    if (p.method == Method::FlashCopy) {
        st.error = r->state == u"failed"_s || r->hasOption(u"failed"_s);
        st.synchronized = !st.error;
        const auto pit = engine.pointInTime(r->id);
        st.progress = pit && pit->grains() > 0 ? static_cast<int>(pit->grainsCopied() * 100 / pit->grains()) : 100;
        if (family == u"hds"_s && r->state == u"paired and copied"_s) {
            st.progress = 100;
        }
        return st;
    }
    st.synchronized = r->state == u"duplex"_s;
    st.suspended = r->state == u"suspended"_s;
    st.error = st.suspended && !r->stateReason.contains(u"by the Suspend"_s);
    st.progress = mirrorProgress(engine, config, r->sourceId);
    return st;
}

void hwFlash(CommandContext& ctx, const QList<Pair>& pairs, bool background)
{
    for (const Pair& p : pairs) {
        const QString text = copySetText(ctx.config, p);
        const QString family = familyOf(ctx.config, p.sourceId);
        const QString src = nameOf(ctx.config, p.sourceId);
        const QString tgt = nameOf(ctx.config, p.targetId);
        if (family == u"hds"_s) {
            const QJsonObject args {
                {u"subsystem"_s, subsystemOf(ctx.config, p.sourceId)}, {u"pvol"_s, src}, {u"svol"_s, tgt}};
            const Relationship* r = relationshipBetween(ctx.config, u"hdsPair"_s, p.sourceId, p.targetId);
            if (r == nullptr) {
                QJsonObject create = args;
                create.insert(u"initialCopy"_s, false);
                run(ctx, u"Flash"_s, text, u"hdsPairCreate"_s, create);
            } else if (r->state == u"paired and copied"_s) {
                run(ctx, u"Flash"_s, text, u"hdsPairResync"_s, args);
            }
            run(ctx, u"Flash"_s, text, u"hdsPairSplit"_s, args);
            continue;
        }
        if (relationshipBetween(ctx.config, u"flashcopy"_s, p.sourceId, p.targetId) != nullptr) {
            // A new point in time overwrites the previous one (T1' overwrites T1, seed L1925).
            run(ctx, u"Flash"_s, text, u"essWithdrawFlashCopy"_s, {{u"volume"_s, tgt}});
        }
        run(ctx, u"Flash"_s, text, u"essEstablishFlashCopy"_s,
            {{u"source"_s, src}, {u"target"_s, tgt}, {u"noCopy"_s, !background}});
    }
}

void hwWithdraw(CommandContext& ctx, const QList<Pair>& pairs)
{
    for (const Pair& p : pairs) {
        const QString text = copySetText(ctx.config, p);
        if (familyOf(ctx.config, p.sourceId) == u"hds"_s) {
            if (relationshipBetween(ctx.config, u"hdsPair"_s, p.sourceId, p.targetId) != nullptr) {
                run(ctx, u"Terminate"_s, text, u"hdsPairDelete"_s,
                    {{u"subsystem"_s, subsystemOf(ctx.config, p.sourceId)}, {u"pvol"_s, nameOf(ctx.config, p.sourceId)},
                        {u"svol"_s, nameOf(ctx.config, p.targetId)}});
            }
        } else if (relationshipBetween(ctx.config, u"flashcopy"_s, p.sourceId, p.targetId) != nullptr) {
            run(ctx, u"Terminate"_s, text, u"essWithdrawFlashCopy"_s, {{u"volume"_s, nameOf(ctx.config, p.targetId)}});
        }
    }
}

void hwStart(CommandContext& ctx, const QList<Pair>& pairs)
{
    QList<Pair> essNew;
    QList<Pair> essResync;
    for (const Pair& p : pairs) {
        const QString text = copySetText(ctx.config, p);
        const QString src = nameOf(ctx.config, p.sourceId);
        const QString srcSub = subsystemOf(ctx.config, p.sourceId);
        const PairState st = pairState(ctx.engine, ctx.config, p);
        if (familyOf(ctx.config, p.sourceId) == u"ds4000"_s) {
            if (!st.exists) {
                QJsonObject args {{u"subsystem"_s, srcSub}, {u"primary"_s, QJsonArray {src}},
                    {u"secondary"_s, QJsonArray {nameOf(ctx.config, p.targetId)}},
                    {u"remoteStorageSubsystemName"_s, subsystemOf(ctx.config, p.targetId)}};
                if (p.method == Method::Asynchronous) {
                    args.insert(u"writeMode"_s, u"asynchronous"_s);
                    args.insert(u"writeOrder"_s, u"preserved"_s);
                }
                run(ctx, u"Start"_s, text, u"createRemoteMirror"_s, args);
                continue;
            }
            if (st.reversed) {
                run(ctx, u"Start"_s, text, u"setRemoteMirror"_s,
                    {{u"subsystem"_s, srcSub}, {u"localLogicalDrive"_s, QJsonArray {src}}, {u"role"_s, u"primary"_s},
                        {u"force"_s, true}});
            }
            const Mirror* m = ctx.config.mirrorOf(p.sourceId);
            if (m != nullptr && (m->status == MirrorStatus::Suspended || m->status == MirrorStatus::Unsynchronized)) {
                run(ctx, u"Start"_s, text, u"resumeRemoteMirror"_s,
                    {{u"subsystem"_s, srcSub}, {u"primary"_s, QJsonArray {src}}, {u"writeConsistency"_s, false}});
            }
            continue;
        }
        if (!st.exists) {
            essNew.append(p);
        } else if (st.reversed) {
            fail(ErrorCode::CsmHardware,
                {u"Start"_s, text,
                    u"a PPRC pair copies the other way; terminate it (Terminate) before starting in this direction."_s});
        } else if (st.suspended) {
            essResync.append(p);
        }
    }
    if (!essNew.isEmpty()) {
        run(ctx, u"Start"_s, allText(ctx.config, essNew), u"essEstablishPprc"_s,
            {{u"pairs"_s, essPairs(ctx.config, essNew)}, {u"copy"_s, u"entire"_s}});
    }
    if (!essResync.isEmpty()) {
        run(ctx, u"Start"_s, allText(ctx.config, essResync), u"essEstablishPprc"_s,
            {{u"pairs"_s, essPairs(ctx.config, essResync)}, {u"copy"_s, u"outOfSync"_s}});
    }
}

void hwSuspend(CommandContext& ctx, const QList<Pair>& pairs)
{
    QList<Pair> ess;
    QHash<QString, QJsonArray> ds4000; // subsystem -> primaries, suspended together
    for (const Pair& p : pairs) {
        const PairState st = pairState(ctx.engine, ctx.config, p);
        if (!st.exists || st.suspended) {
            continue;
        }
        if (familyOf(ctx.config, p.sourceId) == u"ds4000"_s) {
            ds4000[subsystemOf(ctx.config, p.sourceId)].append(nameOf(ctx.config, p.sourceId));
        } else {
            ess.append(p);
        }
    }
    for (auto it = ds4000.cbegin(); it != ds4000.cend(); ++it) {
        run(ctx, u"Suspend"_s, u"%1 copy sets"_s.arg(it.value().size()), u"suspendRemoteMirror"_s,
            {{u"subsystem"_s, it.key()}, {u"primary"_s, it.value()}});
    }
    if (!ess.isEmpty()) {
        run(ctx, u"Suspend"_s, allText(ctx.config, ess), u"essSuspendPprc"_s,
            {{u"pairs"_s, essPairs(ctx.config, ess)}, {u"scheduleOn"_s, u"source"_s}});
    }
}

void hwRecover(CommandContext& ctx, const QList<Pair>& pairs)
{
    QList<Pair> ess;
    for (const Pair& p : pairs) {
        const PairState st = pairState(ctx.engine, ctx.config, p);
        if (!st.exists) {
            continue;
        }
        if (familyOf(ctx.config, p.sourceId) == u"ds4000"_s) {
            if (!st.reversed) {
                run(ctx, u"Recover"_s, copySetText(ctx.config, p), u"setRemoteMirror"_s,
                    {{u"subsystem"_s, subsystemOf(ctx.config, p.targetId)},
                        {u"localLogicalDrive"_s, QJsonArray {nameOf(ctx.config, p.targetId)}},
                        {u"role"_s, u"primary"_s}, {u"force"_s, true}});
            }
        } else {
            ess.append(p);
        }
    }
    if (!ess.isEmpty()) {
        run(ctx, u"Recover"_s, allText(ctx.config, ess), u"essTerminatePprc"_s,
            {{u"pairs"_s, essPairs(ctx.config, ess)}, {u"scheduleOn"_s, u"target"_s}});
    }
}

void hwTerminate(CommandContext& ctx, const QList<Pair>& pairs)
{
    QList<Pair> ess;
    for (const Pair& p : pairs) {
        const PairState st = pairState(ctx.engine, ctx.config, p);
        if (!st.exists) {
            continue;
        }
        if (familyOf(ctx.config, p.sourceId) == u"ds4000"_s) {
            const ObjectId primary = st.reversed ? p.targetId : p.sourceId;
            run(ctx, u"Terminate"_s, copySetText(ctx.config, p), u"removeRemoteMirror"_s,
                {{u"subsystem"_s, subsystemOf(ctx.config, primary)},
                    {u"localLogicalDrive"_s, QJsonArray {nameOf(ctx.config, primary)}}});
        } else if (st.reversed) {
            ess.append({p.copySetId, p.targetId, p.sourceId, p.method});
        } else {
            ess.append(p);
        }
    }
    if (!ess.isEmpty()) {
        run(ctx, u"Terminate"_s, allText(ctx.config, ess), u"essTerminatePprc"_s,
            {{u"pairs"_s, essPairs(ctx.config, ess)}, {u"scheduleOn"_s, u"source"_s}});
    }
}

} // namespace Copyline::Csm
