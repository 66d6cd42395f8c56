// SPDX-License-Identifier: GPL-3.0-or-later
// ESS ESCON links, PPRC paths and LSS copy properties (spec §1.7, §2.3, §2.8-2.9, §3.3), and the host attachment
// that decides whether a target volume is online (§2.4 "Permit if target is online").
//
// [SIM] The adapters of an ESS are ESCON adapters whose SAIDs are 4 hex digits; the seed's figure that maps SAIDs
// to bays is not in its text (spec §1.7), so any 4-hex-digit SAID is accepted. A link is cabled from an adapter
// of one ESS to an adapter of another (or of the same ESS, as in the seed's LSS 17 -> LSS 18 test, L2370).
#include "families/ess/copyservices.h"
#include "families/ess/models.h"
#include "families/ess/pprc.h"
#include "service/engine.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Ess
{

namespace
{

QString saidArg(const QString& key, const QString& text)
{
    QString said = text.toLower();
    if (said.startsWith(u"said"_s)) {
        said = said.mid(4);
    }
    static const QRegularExpression hex(u"^[0-9a-f]{4}$"_s);
    if (!hex.match(said).hasMatch()) {
        fail(ErrorCode::InvalidParameter,
            {key, text, u"a System Adapter ID is 4 hex digits, such as 0005 or SAID00a1"_s});
    }
    return said;
}

const Array& lssOfServer(CommandContext& ctx, const Subsystem& server, const QString& text)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    const Array* lss = ok ? ctx.config.arrayByNumber(server.id, number) : nullptr;
    if (lss == nullptr) {
        fail(ErrorCode::EssLssInvalid, {text, u"is not defined on ESS %1"_s.arg(server.name)});
    }
    return *lss;
}

const CopyPath* esconFrom(const Configuration& config, ObjectId server, const QString& said)
{
    for (const CopyPath& p : config.copyPaths) {
        if (p.kind == QLatin1String(kEscon) && p.sourceRef == server && p.sourcePort == said) {
            return &p;
        }
    }
    return nullptr;
}

QList<CopyPath> pathsBetween(const Configuration& config, ObjectId fromLss, ObjectId toLss)
{
    QList<CopyPath> out;
    for (const CopyPath& p : config.copyPaths) {
        if (p.kind == QLatin1String(kPprcPath) && p.sourceRef == fromLss && p.targetRef == toLss) {
            out.append(p);
        }
    }
    return out;
}

/** The paths over an ESCON link are established while it is online, failed while it is not (spec §3.3). */
void refreshPathStates(CommandContext& ctx)
{
    for (CopyPath& p : ctx.config.copyPaths) {
        if (p.kind != QLatin1String(kPprcPath)) {
            continue;
        }
        const ObjectId server = ctx.config.arrays.value(p.sourceRef).subsystemId;
        const CopyPath* link = esconFrom(ctx.config, server, p.sourcePort);
        p.state = link != nullptr && link->state == u"online"_s ? u"established"_s : u"failed"_s;
    }
}

/** Pairs whose primary LSS lost its last path to the secondary LSS are suspended (spec §3.3, L1753). */
void suspendPairsWithoutPath(CommandContext& ctx)
{
    QList<ObjectId> lost;
    for (const Relationship& r : ctx.config.relationships) {
        if (r.kind == QLatin1String(kPprc) && managedHere(ctx.config, r) && r.state != QLatin1String(kSuspended)
            && !pairReachable(ctx.config, r)) {
            lost.append(r.id);
        }
    }
    if (!lost.isEmpty()) {
        suspendPairs(ctx, lost, u"all paths from the primary LSS to the secondary LSS are lost"_s, true);
    }
}

/** essConnectEscon subsystem=12019 said=0005 remote=FCA31 remoteSaid=00a1: a cable, channel to control unit. */
void connectEscon(CommandContext& ctx)
{
    const Subsystem& from = ctx.subsystem();
    const QString said = saidArg(u"said"_s, ctx.args.string(u"said"_s));
    const Subsystem& to = ctx.subsystemNamed(ctx.args.string(u"remote"_s));
    const QString remoteSaid = saidArg(u"remoteSaid"_s, ctx.args.string(u"remoteSaid"_s));
    ctx.args.finish();
    if (esconFrom(ctx.config, from.id, said) != nullptr) {
        fail(ErrorCode::EssPathLimit, {u"adapter SAID%1 of ESS %2 is already cabled"_s.arg(said, from.name)});
    }
    if (from.id == to.id && said == remoteSaid) {
        fail(ErrorCode::EssPathLimit, {u"an adapter cannot be cabled to itself"_s});
    }
    int between = 0;
    for (const CopyPath& p : ctx.config.copyPaths) {
        if (p.kind == QLatin1String(kEscon) && p.sourceRef == from.id && p.targetRef == to.id) {
            ++between;
        }
        if (p.kind == QLatin1String(kEscon) && p.sourceRef == to.id && p.sourcePort == remoteSaid) {
            // [SIM] The primary-side port runs in channel mode and is dedicated to PPRC (seed L1839).
            fail(ErrorCode::EssPathLimit,
                {u"adapter SAID%1 of ESS %2 runs in channel mode for its own link and cannot also be a control-unit "
                 "port"_s.arg(remoteSaid, to.name)});
        }
    }
    if (between >= kMaxLinksBetween) {
        fail(ErrorCode::EssPathLimit,
            {u"ESS %1 has %2 ESCON links to ESS %3 already, the most there can be"_s.arg(from.name).arg(between).arg(
                to.name)});
    }
    CopyPath link;
    link.id = ctx.config.allocateId();
    link.subsystemId = from.id;
    link.kind = QString::fromLatin1(kEscon);
    link.sourceRef = from.id;
    link.targetRef = to.id;
    link.sourcePort = said;
    link.targetPort = remoteSaid;
    link.state = u"online"_s;
    ctx.config.copyPaths.insert(link.id, link);
    syncLink(ctx, from.id, to.id);
    refreshPathStates(ctx);
    ctx.logEventOn(from.id, EventCode::EssLinkChanged, EventSeverity::Informational,
        u"ESCON adapter SAID%1"_s.arg(said), u"ESCON link connected"_s,
        u"SAID%1 of ESS %2 (channel) to SAID%3 of ESS %4 (control unit), 160 Mbit/s."_s.arg(
            said, from.name, remoteSaid, to.name));
    ctx.data.insert(u"id"_s, link.id);
}

/** essSetEscon subsystem=12019 said=0005 state=offline|online: cut or restore a link (fault injection). */
void setEscon(CommandContext& ctx)
{
    const Subsystem& from = ctx.subsystem();
    const QString said = saidArg(u"said"_s, ctx.args.string(u"said"_s));
    const QString state = ctx.args.string(u"state"_s);
    ctx.args.finish();
    if (state != u"online"_s && state != u"offline"_s) {
        fail(ErrorCode::InvalidParameter, {u"state"_s, state, u"use online or offline"_s});
    }
    const CopyPath* found = esconFrom(ctx.config, from.id, said);
    if (found == nullptr) {
        fail(ErrorCode::EssNoLink,
            {u"from adapter SAID%1 of ESS %2"_s.arg(said, from.name), u"Connect one first (essConnectEscon)"_s});
    }
    CopyPath& link = ctx.config.copyPaths[found->id];
    if (link.state == state) {
        return;
    }
    link.state = state;
    syncLink(ctx, link.sourceRef, link.targetRef);
    refreshPathStates(ctx);
    const QString to = ctx.config.subsystems.value(link.targetRef).name;
    ctx.logEvent(EventCode::EssLinkChanged,
        state == u"online"_s ? EventSeverity::Informational : EventSeverity::Critical,
        u"ESCON adapter SAID%1"_s.arg(said), state == u"online"_s ? u"ESCON link online"_s : u"ESCON link offline"_s,
        state == u"online"_s
            ? u"SAID%1 of ESS %2 to ESS %3 carries frames again. Suspended pairs stay suspended until they are "
              "resynchronized (spec §3.2)."_s.arg(said, from.name, to)
            : u"SAID%1 of ESS %2 to ESS %3 carries no frames. Paths that have no other link fail and their pairs "
              "suspend."_s.arg(said, from.name, to),
        state != u"online"_s);
    if (state == u"offline"_s) {
        // The pairs stop shipping now (suspendPairs fails their endpoints at once); the wire goes down at commit.
        suspendPairsWithoutPath(ctx);
    }
}

/**
 * essSetLink subsystem=12019 remote=FCA31 [roundTrip=us] [bandwidth=bytes/s, 0 unlimited] [transport=inProcess|tcp]:
 * the wire's shape, and (issue 17) whether its frames cross a real TCP connection.
 */
void setLink(CommandContext& ctx)
{
    const Subsystem& from = ctx.subsystem();
    const Subsystem& to = ctx.subsystemNamed(ctx.args.string(u"remote"_s));
    const MirrorLink* found = ctx.config.linkBetween(from.id, to.id);
    if (found == nullptr) {
        fail(ErrorCode::EssNoLink,
            {u"between ESS %1 and ESS %2"_s.arg(from.name, to.name), u"Connect one first (essConnectEscon)"_s});
    }
    MirrorLink& link = ctx.config.mirrorLinks[found->id];
    link.roundTripMicros = ctx.args.integer(u"roundTrip"_s, link.roundTripMicros);
    link.bandwidth = ctx.args.integer(u"bandwidth"_s, link.bandwidth);
    if (ctx.args.has(u"transport"_s)) {
        const QString text = ctx.args.string(u"transport"_s);
        const auto transport = parseEnum<LinkTransport>(text);
        if (!transport) {
            fail(ErrorCode::InvalidParameter,
                {u"transport"_s, text, u"use inProcess (both ESSs in this engine) or tcp (the replication wire)"_s});
        }
        if (*transport == LinkTransport::InProcess && (from.isProxy() || to.isProxy())) {
            fail(ErrorCode::InvalidParameter,
                {u"transport"_s, text,
                    u"ESS %1 is served by the engine of site %2: its link is the replication wire (tcp)"_s.arg(
                        from.isProxy() ? from.name : to.name, from.isProxy() ? from.peer : to.peer)});
        }
        link.transport = *transport;
    }
    ctx.args.finish();
    if (link.roundTripMicros < 0 || link.bandwidth < 0) {
        fail(ErrorCode::InvalidParameter,
            {u"roundTrip/bandwidth"_s, QString::number(std::min(link.roundTripMicros, link.bandwidth)),
                u"use 0 or more"_s});
    }
    const MirrorLink copy = link;
    Engine& engine = ctx.engine;
    ctx.onCommit([&engine, copy]() { engine.mirrors().reconfigureLink(copy); });
    ctx.logEvent(EventCode::EssLinkChanged, EventSeverity::Informational, u"ESCON links to %1"_s.arg(to.name),
        u"Link settings changed"_s,
        u"Round trip %1 us, bandwidth %2, transport %3."_s.arg(copy.roundTripMicros)
            .arg(copy.bandwidth == 0 ? u"unlimited"_s : u"%1 bytes/s"_s.arg(copy.bandwidth), enumName(copy.transport)));
}

/**
 * essEstablishPaths subsystem=12019 lss=17 remote=FCA31 remoteLss=(18) said=(0005) existing=establish|skip|replace:
 * spec §2.3. "Do not establish paths if they already exist" = skip, "Force removal of existing paths" = replace.
 */
void establishPaths(CommandContext& ctx)
{
    const Subsystem& from = ctx.subsystem();
    const Array source = lssOfServer(ctx, from, ctx.args.string(u"lss"_s));
    const Subsystem& to = ctx.subsystemNamed(ctx.args.string(u"remote"_s));
    const QStringList targetTexts = ctx.args.list(u"remoteLss"_s);
    QStringList saids;
    for (const QString& text : ctx.args.list(u"said"_s)) {
        saids.append(saidArg(u"said"_s, text));
    }
    const QString existing = ctx.args.string(u"existing"_s, u"establish"_s);
    ctx.args.finish();
    if (existing != u"establish"_s && existing != u"skip"_s && existing != u"replace"_s) {
        fail(ErrorCode::InvalidParameter, {u"existing"_s, existing, u"use establish, skip or replace"_s});
    }
    for (const QString& said : saids) {
        const CopyPath* link = esconFrom(ctx.config, from.id, said);
        if (link == nullptr || link->targetRef != to.id) {
            fail(ErrorCode::EssNoLink,
                {u"from adapter SAID%1 of ESS %2 to ESS %3"_s.arg(said, from.name, to.name),
                    u"Only adapters cabled to the target ESS can carry its paths"_s});
        }
    }
    // At most four secondary ESSs per primary ESS (seed L1778).
    QSet<ObjectId> secondaries {to.id};
    for (const CopyPath& p : ctx.config.copyPaths) {
        if (p.kind == QLatin1String(kPprcPath) && ctx.config.arrays.value(p.sourceRef).subsystemId == from.id) {
            secondaries.insert(ctx.config.arrays.value(p.targetRef).subsystemId);
        }
    }
    if (secondaries.size() > kMaxSecondaryServers) {
        fail(ErrorCode::EssPathLimit,
            {u"ESS %1 would have %2 secondary ESSs; a primary ESS can have at most 4"_s.arg(from.name).arg(
                secondaries.size())});
    }
    int made = 0;
    QStringList notExecuted;
    for (const QString& text : targetTexts) {
        const Array target = lssOfServer(ctx, to, text);
        const QList<CopyPath> current = pathsBetween(ctx.config, source.id, target.id);
        if (!current.isEmpty() && existing == u"skip"_s) {
            notExecuted.append(lssAddress(ctx.config, target.id));
            continue;
        }
        if (existing == u"replace"_s) {
            for (const CopyPath& p : current) {
                ctx.config.copyPaths.remove(p.id);
            }
        }
        for (const QString& said : saids) {
            bool have = false;
            for (const CopyPath& p : pathsBetween(ctx.config, source.id, target.id)) {
                have = have || p.sourcePort == said;
            }
            if (have) {
                continue;
            }
            const CopyPath* link = esconFrom(ctx.config, from.id, said);
            int onLink = 0;
            for (const CopyPath& p : ctx.config.copyPaths) {
                if (p.kind == QLatin1String(kPprcPath) && p.sourcePort == said
                    && ctx.config.arrays.value(p.sourceRef).subsystemId == from.id) {
                    ++onLink;
                }
            }
            if (onLink >= kLogicalPathsPerLink) {
                fail(ErrorCode::EssPathLimit,
                    {u"the ESCON link of SAID%1 carries 64 logical paths already, the most one link can"_s.arg(said)});
            }
            CopyPath p;
            p.id = ctx.config.allocateId();
            p.subsystemId = from.id;
            p.kind = QString::fromLatin1(kPprcPath);
            p.sourceRef = source.id;
            p.targetRef = target.id;
            p.sourcePort = said;
            p.targetPort = link->targetPort;
            p.state = link->state == u"online"_s ? u"established"_s : u"failed"_s;
            ctx.config.copyPaths.insert(p.id, p);
            ++made;
        }
    }
    ctx.data.insert(u"established"_s, made);
    ctx.data.insert(u"notExecuted"_s, QJsonArray::fromStringList(notExecuted));
    if (made == 0 && !notExecuted.isEmpty()) {
        ctx.logEvent(EventCode::EssPathsEstablished, EventSeverity::Informational,
            u"LSS %1"_s.arg(lssAddress(ctx.config, source.id)), u"Establish Path not executed"_s,
            u"Paths to %1 exist already and \"Do not establish paths if they already exist\" was chosen."_s.arg(
                notExecuted.join(u", "_s)));
        return;
    }
    ctx.logEvent(EventCode::EssPathsEstablished, EventSeverity::Informational,
        u"LSS %1"_s.arg(lssAddress(ctx.config, source.id)), u"PPRC paths established"_s,
        u"%1 logical paths from %2 to LSS %3 of ESS %4 over SAID%5."_s.arg(made).arg(
            lssAddress(ctx.config, source.id), targetTexts.join(u", "_s), to.name, saids.join(u", SAID"_s)));
}

/**
 * essRemovePaths subsystem=12019 lss=17 remote=FCA31 remoteLss=(18): spec §2.3 "Remove PPRC paths". [SIM] Refused
 * while a PPRC pair from the source LSS to a target LSS is not terminated: removing its paths would suspend it
 * silently (the seed is silent, spec §2.3; this is the safer choice).
 */
void removePaths(CommandContext& ctx)
{
    const Subsystem& from = ctx.subsystem();
    const Array source = lssOfServer(ctx, from, ctx.args.string(u"lss"_s));
    const Subsystem& to = ctx.subsystemNamed(ctx.args.string(u"remote"_s));
    const QStringList targetTexts = ctx.args.list(u"remoteLss"_s);
    ctx.args.finish();
    int removed = 0;
    for (const QString& text : targetTexts) {
        const Array target = lssOfServer(ctx, to, text);
        for (const Relationship& r : ctx.config.relationships) {
            if (r.kind == QLatin1String(kPprc) && ctx.config.logicalDrives.value(r.sourceId).arrayId == source.id
                && ctx.config.logicalDrives.value(r.targetId).arrayId == target.id) {
                fail(ErrorCode::EssPprcInvalid,
                    {ctx.config.logicalDrives.value(r.sourceId).name,
                        u"its pair with %1 uses the paths to LSS %2; terminate the pair before removing the "
                        "paths"_s.arg(
                            ctx.config.logicalDrives.value(r.targetId).name, lssAddress(ctx.config, target.id))});
            }
        }
        for (const CopyPath& p : pathsBetween(ctx.config, source.id, target.id)) {
            ctx.config.copyPaths.remove(p.id);
            ++removed;
        }
    }
    ctx.data.insert(u"removed"_s, removed);
    ctx.logEvent(EventCode::EssPathsRemoved, EventSeverity::Informational,
        u"LSS %1"_s.arg(lssAddress(ctx.config, source.id)), u"PPRC paths removed"_s,
        u"%1 logical paths to LSS %2 of ESS %3 removed."_s.arg(removed).arg(targetTexts.join(u", "_s), to.name));
}

/**
 * essSetLss subsystem=12019 lss=16 [consistencyGroup=bool] [criticalHeavy=bool] [consistencyTimeout=seconds]: the
 * LSS copy properties of the Storage Servers panel (spec §1.10, §2.8-2.9, §5.3).
 */
void setLss(CommandContext& ctx)
{
    const Subsystem& server = ctx.subsystem();
    const Array found = lssOfServer(ctx, server, ctx.args.string(u"lss"_s));
    Array& lss = ctx.config.arrays[found.id];
    QStringList words = lss.options.split(u' ', Qt::SkipEmptyParts);
    auto setWord = [&words](const QString& word, bool on) {
        words.removeAll(word);
        if (on) {
            words.append(word);
        }
    };
    if (ctx.args.has(u"consistencyGroup"_s)) {
        setWord(u"consistencyGroup"_s, ctx.args.boolean(u"consistencyGroup"_s, false));
    }
    if (ctx.args.has(u"criticalHeavy"_s)) {
        setWord(u"criticalHeavy"_s, ctx.args.boolean(u"criticalHeavy"_s, false));
    }
    if (ctx.args.has(u"consistencyTimeout"_s)) {
        const qint64 seconds = ctx.args.integer(u"consistencyTimeout"_s);
        if (seconds < 1 || seconds > 3600) {
            fail(ErrorCode::InvalidParameter,
                {u"consistencyTimeout"_s, QString::number(seconds), u"use 1 to 3600 seconds"_s});
        }
        words.erase(std::remove_if(words.begin(), words.end(),
                        [](const QString& w) { return w.startsWith(u"consistencyTimeout="_s); }),
            words.end());
        words.append(u"consistencyTimeout=%1"_s.arg(seconds));
    }
    ctx.args.finish();
    lss.options = words.join(u' ');
    QList<ObjectId> pairs;
    for (const Relationship& r : ctx.config.relationships) {
        if (r.kind == QLatin1String(kPprc) && ctx.config.logicalDrives.value(r.sourceId).arrayId == lss.id) {
            pairs.append(r.id);
        }
    }
    applyOnCommit(ctx, pairs); // critical mode and group membership take effect for the running pairs
    ctx.logEvent(EventCode::EssLssChanged, EventSeverity::Informational,
        u"LSS %1"_s.arg(lssAddress(ctx.config, lss.id)), u"LSS copy properties changed"_s,
        lss.options.isEmpty() ? u"(no properties set)"_s : lss.options);
}

/**
 * essAttachVolume host=aixhost volume=00012019 disk=hdisk3 [mounted=bool]: a host sees a volume under a device
 * name (what rsPrimeServer reports, §2.11); essMountVolume host= volume= mounted=: the host mounts or demounts it.
 */
void attachVolume(CommandContext& ctx)
{
    const QString host = ctx.args.string(u"host"_s);
    const LogicalDrive v = volumeArg(ctx, u"volume"_s);
    const QString disk = ctx.args.string(u"disk"_s);
    const bool mounted = ctx.args.boolean(u"mounted"_s, false);
    ctx.args.finish();
    attachHostDisk(ctx, host, v, disk);
    for (CopyPath& p : ctx.config.copyPaths) {
        if (p.kind == QLatin1String(kHostDisk) && p.sourcePort == host && p.sourceRef == v.id) {
            p.state = withOption(p.state, u"mounted"_s, mounted ? u"yes"_s : QString());
        }
    }
    ctx.logEventOn(v.subsystemId, EventCode::EssConfigurationChanged, EventSeverity::Informational,
        u"Host %1"_s.arg(host), u"Host disk attached"_s,
        u"%1 sees %2 as %3%4."_s.arg(host, v.name, disk, mounted ? u" (mounted)"_s : QString()));
}

void mountVolume(CommandContext& ctx)
{
    const QString host = ctx.args.string(u"host"_s);
    const LogicalDrive v = volumeArg(ctx, u"volume"_s);
    const bool mounted = ctx.args.boolean(u"mounted"_s, true);
    ctx.args.finish();
    for (CopyPath& p : ctx.config.copyPaths) {
        if (p.kind == QLatin1String(kHostDisk) && p.sourcePort == host && p.sourceRef == v.id) {
            p.state = withOption(p.state, u"mounted"_s, mounted ? u"yes"_s : QString());
            ctx.logEventOn(v.subsystemId, EventCode::EssConfigurationChanged, EventSeverity::Informational,
                u"Host %1"_s.arg(host), mounted ? u"Volume mounted"_s : u"Volume demounted"_s,
                u"%1 (%2) on %3."_s.arg(p.targetPort, v.name, host));
            return;
        }
    }
    fail(ErrorCode::InvalidParameter,
        {u"host"_s, host, u"%1 is not attached to this host; attach it first (essAttachVolume)"_s.arg(v.name)});
}

} // namespace

QList<CommandSpec> pathCommands()
{
    return {
        {"essConnectEscon", &connectEscon, true},
        {"essSetEscon", &setEscon, true},
        {"essSetLink", &setLink, true},
        {"essEstablishPaths", &establishPaths, true},
        {"essRemovePaths", &removePaths, true},
        {"essSetLss", &setLss, true},
        {"essAttachVolume", &attachVolume, true},
        {"essMountVolume", &mountVolume, true},
    };
}

} // namespace Copyline::Ess
