// SPDX-License-Identifier: GPL-3.0-or-later
// The links of RemoteDataReplication (spec §1.7, seed L2362-2381): the Replication Director of each disk array and
// the cable between them. A link fault shows as the path state on the Replication screen, and during a Replicate it
// may cause a copy fault; "after you remove the cause of the link fault, check that the state of the path is
// normal". The seed names no command for links (they are hardware); these are the simulator's, to build the cable
// and to cut, slow and repair it.
#include "families/nec/nec.h"
#include "mirror/mirrorservice.h"
#include "service/engine.h"
#include "util/bytesize.h"
#include "util/optionwords.h"

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Nec
{

namespace
{

const Subsystem& diskArrayNamed(CommandContext& ctx, const QString& name)
{
    const Subsystem& s = ctx.subsystemNamed(name);
    if (s.family != QLatin1String(kFamily)) {
        fail(ErrorCode::NecArrayInvalid, {s.name, u"it is no NEC disk array"_s});
    }
    return s;
}

struct Ends
{
    Subsystem a;
    Subsystem b;
};

Ends ends(CommandContext& ctx)
{
    Ends e {diskArrayNamed(ctx, ctx.args.string(u"subsystem"_s)), diskArrayNamed(ctx, ctx.args.string(u"remote"_s))};
    if (e.a.id == e.b.id) {
        fail(ErrorCode::NecArrayInvalid,
            {e.a.name, u"a link connects two different disk arrays; DynamicDataReplication needs none"_s});
    }
    return e;
}

MirrorLink& existingLink(CommandContext& ctx, const Ends& e)
{
    const MirrorLink* found = linkBetweenArrays(ctx.config, e.a.id, e.b.id);
    if (found == nullptr) {
        fail(ErrorCode::NecArrayInvalid,
            {e.a.name, u"it has no link to %1; connect them first (necConnectDiskArrays)"_s.arg(e.b.name)});
    }
    return ctx.config.mirrorLinks[found->id];
}

/** bandwidth (bytes/s, 0 unlimited) and roundTrip (milliseconds) of a link, from the arguments. */
void shape(CommandContext& ctx, MirrorLink& link)
{
    if (ctx.args.has(u"bandwidth"_s)) {
        const qint64 bandwidth = ctx.args.capacity(u"bandwidth"_s);
        if (bandwidth < 0) {
            fail(ErrorCode::InvalidParameter,
                {u"bandwidth"_s, QString::number(bandwidth), u"use 0 (unlimited) or more bytes per second"_s});
        }
        link.bandwidth = bandwidth;
    }
    if (ctx.args.has(u"roundTrip"_s)) {
        const qint64 ms = ctx.args.integer(u"roundTrip"_s);
        if (ms < 0 || ms > 10'000) {
            fail(ErrorCode::InvalidParameter, {u"roundTrip"_s, QString::number(ms), u"use 0 to 10000 milliseconds"_s});
        }
        link.roundTripMicros = ms * 1000;
    }
}

QString pathStateText(const MirrorLink& link)
{
    return linkNormal(link) ? u"normal"_s : u"abnormal"_s;
}

QString describe(const MirrorLink& link)
{
    return u"path state %1 (%2), %3, round trip %4 ms"_s.arg(pathStateText(link), enumName(link.pathA),
        link.bandwidth > 0 ? u"%1/s"_s.arg(formatBytes(link.bandwidth)) : u"unlimited bandwidth"_s,
        QString::number(static_cast<double>(link.roundTripMicros) / 1000.0));
}

void logLink(CommandContext& ctx, const MirrorLink& link, const QString& what, const QString& details)
{
    const QString a = ctx.config.subsystems.value(link.subsystemA).name;
    const QString b = ctx.config.subsystems.value(link.subsystemB).name;
    for (const ObjectId s : {link.subsystemA, link.subsystemB}) {
        ctx.logEventOn(s, EventCode::NecLinkChanged,
            linkNormal(link) ? EventSeverity::Informational : EventSeverity::Warning, u"Link %1 - %2"_s.arg(a, b), what,
            details);
    }
}

QList<Relationship> remotePairsOn(const Configuration& config, const MirrorLink& link)
{
    QList<Relationship> list;
    for (const Relationship& r : config.relationships) {
        if (r.kind == QLatin1String(kPair) && isRemote(config, r)
            && link.connects(r.subsystemId, rvArrayOf(config, r))) {
            list.append(r);
        }
    }
    return list;
}

/** necConnectDiskArrays subsystem=S2100/1259 remote=S2100/1258 [bandwidth=...] [roundTrip=ms]. */
void connectDiskArrays(CommandContext& ctx)
{
    const Ends e = ends(ctx);
    if (linkBetweenArrays(ctx.config, e.a.id, e.b.id) != nullptr) {
        fail(ErrorCode::NecArrayInvalid, {e.a.name, u"it is linked to %1 already"_s.arg(e.b.name)});
    }
    MirrorLink link;
    link.id = ctx.config.allocateId();
    link.subsystemA = std::min(e.a.id, e.b.id);
    link.subsystemB = std::max(e.a.id, e.b.id);
    if (e.a.isProxy() || e.b.isProxy()) {
        // A disk array another engine serves (a proxy, issue 17) is reached over the replication wire; its
        // RemoteDataReplication pairs are pushed to that engine (rdrsites.cpp).
        link.transport = LinkTransport::Tcp;
    }
    shape(ctx, link);
    ctx.args.finish();
    ctx.config.mirrorLinks.insert(link.id, link);
    Engine& engine = ctx.engine;
    const QString nameA = ctx.config.subsystems.value(link.subsystemA).name;
    const QString nameB = ctx.config.subsystems.value(link.subsystemB).name;
    ctx.onCommit([&engine, link, nameA, nameB]() {
        engine.mirrors().setLink(std::make_shared<RemoteLink>(link, nameA, nameB));
        engine.mirrors().scheduler().setBandwidth(link.id, link.bandwidth);
    });
    logLink(ctx, link, u"Link connected"_s,
        u"Replication Directors of %1 and %2 cabled: %3."_s.arg(e.a.name, e.b.name, describe(link)));
    ctx.data.insert(u"id"_s, link.id);
}

/** necSetLink subsystem=S2100/1259 remote=S2100/1258 [state=up|down|flapping] [bandwidth=...] [roundTrip=ms]. */
void setLink(CommandContext& ctx)
{
    const Ends e = ends(ctx);
    MirrorLink& link = existingLink(ctx, e);
    const MirrorLink before = link;
    if (ctx.args.has(u"state"_s)) {
        const QString text = ctx.args.string(u"state"_s);
        const auto state = parseEnum<LinkPathState>(text);
        if (!state) {
            fail(ErrorCode::InvalidParameter,
                {u"state"_s, text, u"use up (repaired), down (a cable or Replication Director fault) or flapping"_s});
        }
        link.pathA = *state;
        link.pathB = *state;
    }
    shape(ctx, link);
    ctx.args.finish();
    if (link == before) {
        return;
    }
    const MirrorLink updated = link;
    Engine& engine = ctx.engine;
    ctx.onCommit([&engine, updated]() { engine.mirrors().reconfigureLink(updated); });
    QString what = u"Link changed"_s;
    QString details = describe(updated) + u'.';
    if (linkNormal(before) && !linkNormal(updated)) {
        what = u"Link fault"_s;
        details += u" Pairs replicating over it are separated due to a failure (copy fault) when their copies cannot "
                   "reach the RV; remove the cause, then check that the state of the path is normal."_s;
    } else if (!linkNormal(before) && linkNormal(updated)) {
        what = u"Link fault removed"_s;
        details += u" Pairs separated by the fault stay separated: Replicate them again to copy the difference."_s;
    }
    logLink(ctx, updated, what, details);
}

/** necDisconnectDiskArrays subsystem=S2100/1259 remote=S2100/1258: refused while RemoteDataReplication pairs use it. */
void disconnectDiskArrays(CommandContext& ctx)
{
    const Ends e = ends(ctx);
    const MirrorLink link = existingLink(ctx, e);
    ctx.args.finish();
    const QList<Relationship> pairs = remotePairsOn(ctx.config, link);
    if (!pairs.isEmpty()) {
        const Relationship& r = pairs.first();
        fail(ErrorCode::NecArrayInvalid,
            {e.a.name,
                u"the link to %1 carries %2 RemoteDataReplication pair(s), such as %3 - %4; unpair them first"_s.arg(
                    e.b.name, QString::number(pairs.size()), ctx.config.logicalDrives.value(r.sourceId).name,
                    ctx.config.logicalDrives.value(r.targetId).name)});
    }
    ctx.config.mirrorLinks.remove(link.id);
    Engine& engine = ctx.engine;
    const ObjectId id = link.id;
    ctx.onCommit([&engine, id]() { engine.mirrors().removeLink(id); });
    logLink(ctx, link, u"Link removed"_s, u"%1 and %2 are no longer cabled."_s.arg(e.a.name, e.b.name));
}

/** necListLinks [subsystem=...]: the links between disk arrays with their path state. */
void listLinks(CommandContext& ctx)
{
    const QString only = ctx.args.string(u"subsystem"_s, {});
    ctx.args.finish();
    const ObjectId onlyId = only.isEmpty() ? 0 : diskArrayNamed(ctx, only).id;
    QJsonArray rows;
    for (const MirrorLink& l : ctx.config.mirrorLinks) {
        const Subsystem a = ctx.config.subsystems.value(l.subsystemA);
        const Subsystem b = ctx.config.subsystems.value(l.subsystemB);
        if (a.id == b.id || a.family != QLatin1String(kFamily) || b.family != QLatin1String(kFamily)
            || (onlyId != 0 && !l.connects(onlyId, onlyId == a.id ? b.id : a.id))) {
            continue;
        }
        rows.append(QJsonObject {{u"arrayA"_s, a.name}, {u"arrayB"_s, b.name}, {u"pathState"_s, pathStateText(l)},
            {u"path"_s, enumName(l.pathA)}, {u"bandwidth"_s, l.bandwidth},
            {u"roundTripMs"_s, static_cast<double>(l.roundTripMicros) / 1000.0},
            {u"pairs"_s, static_cast<int>(remotePairsOn(ctx.config, l).size())}});
    }
    ctx.data.insert(u"links"_s, rows);
}

} // namespace

QList<CommandSpec> linkCommands()
{
    return {
        {"necConnectDiskArrays", &connectDiskArrays, true},
        {"necSetLink", &setLink, true},
        {"necDisconnectDiskArrays", &disconnectDiskArrays, true},
        {"necListLinks", &listLinks, false},
    };
}

} // namespace Copyline::Nec
