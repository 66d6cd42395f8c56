// SPDX-License-Identifier: GPL-3.0-or-later
// DS4000 Enhanced Remote Mirroring commands of the option and the link (spec §1.9, §2.4.5, §2.4.15, §3.1): activate
// and deactivate the Remote Mirror option with its mirror repositories, the Communication Test, and the simulated
// link between two subsystems.
#include "families/ds4000/commands.h"
#include "families/ds4000/mirrorinternal.h"
#include "families/ds4000/models.h"
#include "families/ds4000/storageops.h"
#include "mirror/mirrorrules.h"
#include "mirror/mirrorservice.h"
#include "mirror/replicationchannel.h"
#include "service/engine.h"
#include "storage/rules.h"
#include "util/bytesize.h"

#include <QJsonArray>
#include <QPointer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

using namespace MirrorInternal;
using namespace MirrorRules;

// ---- Remote Mirror option ---------------------------------------------------------------------------------------

/** The live links follow the configuration's (after activation and deactivation). */
void syncLinksOnCommit(CommandContext& ctx)
{
    Engine& engine = ctx.engine;
    ctx.onCommit([&engine]() {
        const Configuration& config = engine.configuration();
        MirrorService& service = engine.mirrors();
        for (const MirrorLink& l : config.mirrorLinks) {
            if (!service.link(l.id)) {
                service.setLink(std::make_shared<RemoteLink>(
                    l, subsystemName(config, l.subsystemA), subsystemName(config, l.subsystemB)));
                service.scheduler().setBandwidth(l.id, l.bandwidth);
            }
        }
    });
}

/** Links join every pair of subsystems with the option activated (the zoned fabric of spec §2.4.5). */
void connectLinks(CommandContext& ctx, const Subsystem& s)
{
    for (const Subsystem& other : ctx.config.subsystems) {
        if (other.id == s.id || !other.remoteMirrorActivated || ctx.config.linkBetween(s.id, other.id)) {
            continue;
        }
        MirrorLink link;
        link.id = ctx.config.allocateId();
        link.subsystemA = std::min(s.id, other.id);
        link.subsystemB = std::max(s.id, other.id);
        if (s.isProxy() || other.isProxy()) {
            link.transport = LinkTransport::Tcp; // to the engine of another site (issue 17)
        }
        ctx.config.mirrorLinks.insert(link.id, link);
    }
}

/**
 * The RAID level @p text for mirror repositories: a redundant one, 1, 3 or 5, never 0 (spec §1.4, L10426-10436).
 * Any other text gets the same answer, so the message never offers RAID 0 here.
 */
RaidLevel repositoryRaidLevel(const QString& text)
{
    const auto level = parseEnum<RaidLevel>(text);
    if (!level || *level == RaidLevel::Raid0) {
        fail(ErrorCode::RaidLevelNotAllowed, {text, u"mirror repository logical drives"_s, u"1, 3 or 5"_s});
    }
    return *level;
}

void activateRemoteMirror(CommandContext& ctx)
{
    const Subsystem s = ctx.subsystem();
    const QString feature = ctx.args.string(u"feature"_s, u"remoteMirror"_s);
    if (feature.compare(u"remoteMirror"_s, Qt::CaseInsensitive) != 0) {
        fail(ErrorCode::InvalidParameter, {u"feature"_s, feature, u"only remoteMirror is activated"_s});
    }
    if (Ds4000::limits(s.model).maxMirrors == 0) {
        fail(ErrorCode::FeatureNotSupported, {u"Remote Logical Drive Mirroring"_s, s.model});
    }
    if (!s.remoteMirrorEnabled || s.remoteMirrorActivated) {
        // [INF] Activation is offered from Enabled/Deactivated only (spec §3.1).
        fail(ErrorCode::MirrorNotActivated, {s.name, optionState(s)});
    }
    // The repositories' place: an array's free capacity (default: the first with room), or a new array.
    Array array;
    if (ctx.args.has(u"repositoryDrives"_s)) {
        const RaidLevel level = repositoryRaidLevel(ctx.args.string(u"repositoryRAIDLevel"_s));
        array = StorageOps::makeArray(ctx, ctx.args.list(u"repositoryDrives"_s), level);
    } else if (ctx.args.has(u"freeCapacityArea"_s)) {
        array = ctx.arrayNumbered(ctx.args.string(u"freeCapacityArea"_s));
    } else {
        for (const Array& a : ctx.config.arraysOf(s.id)) {
            if (arrayFreeCapacity(ctx.config, a.id) >= 2 * kRepositoryCapacity && a.raidLevel != RaidLevel::Raid0) {
                array = a;
                break;
            }
        }
        if (array.id == 0) {
            fail(ErrorCode::MirrorRepositorySpace,
                {u"no array of storage subsystem \"%1\""_s.arg(s.name), formatGb(2 * kRepositoryCapacity),
                    formatGb(0)});
        }
    }
    repositoryRaidLevel(enumName(array.raidLevel));
    const qint64 free = arrayFreeCapacity(ctx.config, array.id);
    if (free < 2 * kRepositoryCapacity) {
        fail(ErrorCode::MirrorRepositorySpace, {arrayLabel(array), formatGb(2 * kRepositoryCapacity), formatGb(free)});
    }
    for (const QString& controller : {u"A"_s, u"B"_s}) {
        StorageOps::addLogicalDrive(ctx, array, u"CTL %1 Mirror Repository"_s.arg(controller), kRepositoryCapacity,
            controller, LogicalDriveKind::MirrorRepository, controller == u"A"_s ? 1 : 0);
    }
    Subsystem& changed = ctx.config.subsystems[s.id];
    changed.remoteMirrorActivated = true;
    connectLinks(ctx, changed);
    syncLinksOnCommit(ctx);
    ctx.data.insert(u"state"_s, optionState(changed));
    ctx.logEvent(EventCode::RemoteMirrorActivated, EventSeverity::Informational, u"Storage Subsystem %1"_s.arg(s.name),
        u"Remote Logical Drive Mirroring activated"_s,
        u"Two mirror repository logical drives of %1 were created on %2; host port 2 of each controller is reserved "
        "for mirroring. The option is %3."_s.arg(
            formatGb(kRepositoryCapacity), arrayLabel(array), optionState(changed)));
}

void deactivateRemoteMirror(CommandContext& ctx)
{
    const Subsystem s = ctx.subsystem();
    const QString feature = ctx.args.string(u"feature"_s, u"remoteMirror"_s);
    if (feature.compare(u"remoteMirror"_s, Qt::CaseInsensitive) != 0) {
        fail(ErrorCode::InvalidParameter, {u"feature"_s, feature, u"only remoteMirror is deactivated"_s});
    }
    if (!s.remoteMirrorActivated) {
        fail(ErrorCode::MirrorNotActivated, {s.name, optionState(s)});
    }
    if (const int n = mirrorCount(ctx.config, s.id); n > 0) {
        fail(ErrorCode::FeatureInUse,
            {u"Remote Logical Drive Mirroring"_s, s.name,
                u"%1 mirror relationship(s) exist; remove them first"_s.arg(n)});
    }
    for (const LogicalDrive& repository : ctx.config.mirrorRepositoriesOf(s.id)) {
        StorageOps::removeLogicalDriveOnly(ctx, repository);
    }
    QList<ObjectId> gone;
    for (auto it = ctx.config.mirrorLinks.begin(); it != ctx.config.mirrorLinks.end();) {
        if (it->subsystemA == s.id || it->subsystemB == s.id) {
            gone.append(it->id);
            it = ctx.config.mirrorLinks.erase(it);
        } else {
            ++it;
        }
    }
    ctx.onCommit([&engine = ctx.engine, gone]() {
        for (const ObjectId id : gone) {
            engine.mirrors().removeLink(id);
        }
    });
    Subsystem& changed = ctx.config.subsystems[s.id];
    changed.remoteMirrorActivated = false;
    ctx.data.insert(u"state"_s, optionState(changed));
    ctx.logEvent(EventCode::RemoteMirrorDeactivated, EventSeverity::Informational,
        u"Storage Subsystem %1"_s.arg(s.name), u"Remote Logical Drive Mirroring deactivated"_s,
        u"The mirror repository logical drives were deleted and the mirror ports returned to host use. The option "
        "is %1."_s.arg(optionState(changed)));
}

// ---- Communication Test -----------------------------------------------------------------------------------------

void diagnoseRemoteMirror(CommandContext& ctx)
{
    const QString test = ctx.args.string(u"testID"_s, u"connectivity"_s);
    if (test.compare(u"connectivity"_s, Qt::CaseInsensitive) != 0) {
        fail(ErrorCode::InvalidParameter, {u"testID"_s, test, u"use connectivity"_s});
    }
    const QStringList names = driveNames(ctx, {u"primary"_s, u"primaries"_s, u"localLogicalDrive"_s});
    const Mirror m = recordOf(ctx, names.first());
    const auto link = runtimeLink(ctx.engine, ctx.config, m.subsystemId, m.remoteSubsystemId);
    if (!link) {
        fail(ErrorCode::MirrorSubsystemInvalid,
            {subsystemName(ctx.config, m.subsystemId), subsystemName(ctx.config, m.remoteSubsystemId),
                u"no remote mirror link connects them"_s});
    }
    const QString controller = controllerOf(ctx.config, m);
    const qint64 maxRtt = link->config().maxRoundTripMicros;
    const ObjectId from = m.subsystemId;
    const ObjectId id = m.id;
    const QString name = driveName(ctx.config, m.id);
    // The recovery steps a Failed result points to (issue 20; spec §7.3 "Communication error with the secondary
    // logical drive", §8.2-8.3): the path, the partner, what resumes by itself, and the site failover as last resort.
    const QString remote = subsystemName(ctx.config, m.remoteSubsystemId);
    const QString primaryName = m.role == MirrorRole::Primary ? name : driveName(ctx.config, m.remoteDriveId);
    const QStringList recovery {
        u"Check the mirror link between the dedicated mirror ports (host port 2) of controller %1 on both storage "
        "subsystems: cables, switch zoning, and show remoteMirrorLink;"_s.arg(controller),
        u"Make sure storage subsystem %1 is powered on and its controller %2 is online; follow its Recovery Guru "
        "if it needs attention"_s.arg(remote, controller),
        u"Once communication is restored the background test notices it: a pair with Automatic resynchronization "
        "resynchronizes by itself, otherwise run resume remoteMirror primary [\"%1\"];"_s.arg(primaryName),
        u"If the primary site cannot be restored, promote the secondary on the secondary site (set remoteMirror "
        "localLogicalDrive [\"...\"] role=primary force=TRUE;) as in the site failover procedure"_s,
    };
    QPointer<Engine> guard(&ctx.engine);
    ctx.deferIo([link, controller, maxRtt, from, id, name, recovery, guard]() {
        // Test data round trip: 64 KiB of test data and its acknowledgement; average: ten bare round trips.
        constexpr int kProbes = 10;
        const auto start = RemoteLink::Clock::now();
        const bool dataOk = link->send(controller, from, 64 * 1024).ok();
        const qint64 dataRtt
            = std::chrono::duration_cast<std::chrono::microseconds>(RemoteLink::Clock::now() - start).count();
        qint64 sum = 0;
        int passed = 0;
        for (int i = 0; i < kProbes && dataOk; ++i) {
            if (const auto rtt = link->probe(controller, from)) {
                sum += *rtt;
                ++passed;
            }
        }
        const bool failed = !dataOk || passed < kProbes;
        const qint64 average = passed > 0 ? sum / passed : 0;
        // [SIM] Conflict C20 and §2.4.15: "Passed with Caution" when the round trip passes 75% of the maximum.
        // Decision: a round trip beyond the maximum allowed is still "Passed with Caution", not "Failed". The guide
        // (seed 000, L11938-11946) keeps Failed for drives that do not communicate, with the test probing on "until
        // communication between the mirrored pair is restored"; a slow link does communicate and carries the
        // mirror, only the administrator must act on it, which is what Caution says. The dialog names the excess.
        QString status = u"Passed"_s;
        if (failed) {
            status = u"Failed"_s;
        } else if (std::max(average, dataRtt) * 4 > maxRtt * 3) {
            status = u"Passed with Caution"_s;
        }
        CommandResult result;
        result.data.insert(u"logicalDrive"_s, name);
        result.data.insert(u"status"_s, status);
        result.data.insert(u"controller"_s, controller);
        result.data.insert(u"testDataRoundTripMicros"_s, dataOk ? dataRtt : -1);
        result.data.insert(u"maxAllowedRoundTripMicros"_s, maxRtt);
        result.data.insert(u"averageRoundTripMicros"_s, passed > 0 ? average : -1);
        if (failed) {
            result.data.insert(u"reason"_s,
                u"controller %1 cannot reach controller %1 of the remote storage subsystem"_s.arg(controller));
            result.data.insert(u"recovery"_s, QJsonArray::fromStringList(recovery));
        }
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, id, status, controller, recovery]() {
                if (!guard) {
                    return;
                }
                const Mirror* found = guard->configuration().mirrorOf(id);
                if (found == nullptr) {
                    return;
                }
                const Mirror record = *found;
                if (status == u"Failed"_s) {
                    // A failed test keeps probing in the background until communication is restored.
                    guard->mirrors().probing().insert(id);
                }
                guard->runInternal(record.subsystemId, [&](CommandContext& c) {
                    if (status == u"Failed"_s) {
                        c.logEvent(EventCode::MirrorCommunicationError, EventSeverity::Critical,
                            driveComponent(c.config, id),
                            u"Communication error with the secondary logical drive on the secondary remote storage "
                            "subsystem"_s,
                            u"Communication Test failed on the path of controller %1. The test goes on in the "
                            "background until communication is restored. Recovery: %2."_s.arg(
                                controller, recovery.join(u"; "_s)),
                            true);
                    } else {
                        c.logEvent(EventCode::MirrorCommunicationTested, EventSeverity::Informational,
                            driveComponent(c.config, id), u"Communication Test"_s,
                            u"Communication Test %1 on the path of controller %2."_s.arg(status, controller));
                    }
                });
            },
            Qt::QueuedConnection);
        return result;
    });
}

// ---- the simulated link -----------------------------------------------------------------------------------------

qint64 millisArg(CommandContext& ctx, const QString& key, qint64 fallback)
{
    if (!ctx.args.has(key)) {
        return fallback;
    }
    const qint64 ms = ctx.args.integer(key);
    if (ms < 0 || ms > 600'000) {
        fail(ErrorCode::InvalidParameter, {key, QString::number(ms), u"use 0 to 600000 milliseconds"_s});
    }
    return ms;
}

QJsonObject linkFields(const Configuration& config, const MirrorLink& l, const std::shared_ptr<RemoteLink>& live)
{
    return {{u"storageSubsystemA"_s, subsystemName(config, l.subsystemA)},
        {u"storageSubsystemB"_s, subsystemName(config, l.subsystemB)}, {u"pathA"_s, enumName(l.pathA)},
        {u"pathB"_s, enumName(l.pathB)}, {u"pathAUp"_s, live && live->pathUp(u"A"_s)},
        {u"pathBUp"_s, live && live->pathUp(u"B"_s)}, {u"bandwidth"_s, l.bandwidth},
        {u"roundTripMicros"_s, l.roundTripMicros}, {u"maxRoundTripMicros"_s, l.maxRoundTripMicros},
        {u"flapPeriodMillis"_s, l.flapPeriodMillis}, {u"transport"_s, enumName(l.transport)},
        {u"bytesSent"_s, live ? static_cast<qint64>(live->bytesSent()) : 0}};
}

QJsonObject linkJson(Engine& engine, const Configuration& config, const MirrorLink& l)
{
    const auto live = engine.mirrors().link(l.id);
    QJsonObject o = linkFields(config, l, live);
    if (const auto wire = live ? live->channel() : nullptr) {
        // Over TCP: where the frames go, and whether the connection is up now.
        o.insert(u"wire"_s,
            QJsonObject {{u"address"_s, wire->address()}, {u"port"_s, wire->port()},
                {u"connected"_s, wire->connected()}, {u"connects"_s, wire->connects()}});
    }
    return o;
}

void setRemoteMirrorLink(CommandContext& ctx)
{
    const Subsystem local = ctx.subsystem();
    const Subsystem& remote = remoteSubsystemArg(ctx);
    if (remote.id == local.id) {
        fail(ErrorCode::MirrorSubsystemInvalid, {local.name, remote.name, u"a link joins two storage subsystems"_s});
    }
    const MirrorLink* existing = ctx.config.linkBetween(local.id, remote.id);
    if (existing == nullptr) {
        // [SIM] Cabling: the first setting of a link between two subsystems connects them.
        MirrorLink cabled;
        cabled.id = ctx.config.allocateId();
        cabled.subsystemA = std::min(local.id, remote.id);
        cabled.subsystemB = std::max(local.id, remote.id);
        ctx.config.mirrorLinks.insert(cabled.id, cabled);
        existing = &ctx.config.mirrorLinks[cabled.id];
        syncLinksOnCommit(ctx);
    }
    MirrorLink& link = ctx.config.mirrorLinks[existing->id];
    const MirrorLink before = link;
    const QString controller = ctx.args.string(u"controller"_s, u"both"_s).toUpper();
    if (controller != u"A"_s && controller != u"B"_s && controller != u"BOTH"_s) {
        fail(ErrorCode::InvalidParameter, {u"controller"_s, controller, u"use A, B or both"_s});
    }
    if (ctx.args.has(u"state"_s)) {
        const QString text = ctx.args.string(u"state"_s);
        const auto state = parseEnum<LinkPathState>(text);
        if (!state) {
            fail(ErrorCode::InvalidParameter, {u"state"_s, text, u"use up, down or flapping"_s});
        }
        if (controller != u"B"_s) {
            link.pathA = *state;
        }
        if (controller != u"A"_s) {
            link.pathB = *state;
        }
    }
    if (ctx.args.has(u"bandwidth"_s)) {
        const qint64 bandwidth = ctx.args.capacity(u"bandwidth"_s);
        if (bandwidth < 0) {
            fail(ErrorCode::InvalidParameter,
                {u"bandwidth"_s, QString::number(bandwidth), u"use 0 (unlimited) or more"_s});
        }
        link.bandwidth = bandwidth;
    }
    link.roundTripMicros = millisArg(ctx, u"roundTrip"_s, link.roundTripMicros / 1000) * 1000;
    link.maxRoundTripMicros = millisArg(ctx, u"maxRoundTrip"_s, link.maxRoundTripMicros / 1000) * 1000;
    if (ctx.args.has(u"roundTripMicros"_s)) {
        link.roundTripMicros = std::clamp<qint64>(ctx.args.integer(u"roundTripMicros"_s), 0, 600'000'000);
    }
    link.flapPeriodMillis = std::max<qint64>(1, millisArg(ctx, u"flapPeriod"_s, link.flapPeriodMillis));
    if (ctx.args.has(u"transport"_s)) {
        const QString text = ctx.args.string(u"transport"_s);
        const auto transport = parseEnum<LinkTransport>(text);
        if (!transport) {
            fail(ErrorCode::InvalidParameter,
                {u"transport"_s, text, u"use inProcess (both sites in this engine) or tcp (the replication wire)"_s});
        }
        link.transport = *transport;
    }
    if (link.maxRoundTripMicros <= 0) {
        fail(ErrorCode::InvalidParameter, {u"maxRoundTrip"_s, u"0"_s, u"use at least 1 millisecond"_s});
    }
    ctx.data.insert(u"link"_s, linkJson(ctx.engine, ctx.config, link));
    if (link == before) {
        return;
    }
    const MirrorLink updated = link;
    Engine& engine = ctx.engine;
    ctx.onCommit([&engine, updated]() { engine.mirrors().reconfigureLink(updated); });
    const QString text = u"Path A %1, path B %2, %3, round trip %4 ms (maximum allowed %5 ms)%6, transport %7."_s.arg(
        enumName(updated.pathA), enumName(updated.pathB),
        updated.bandwidth > 0 ? u"%1/s"_s.arg(formatBytes(updated.bandwidth)) : u"unlimited bandwidth"_s,
        QString::number(static_cast<double>(updated.roundTripMicros) / 1000.0),
        QString::number(static_cast<double>(updated.maxRoundTripMicros) / 1000.0),
        updated.pathA == LinkPathState::Flapping || updated.pathB == LinkPathState::Flapping
            ? u", flapping every %1 ms"_s.arg(updated.flapPeriodMillis)
            : QString(),
        enumName(updated.transport));
    for (const ObjectId s : {updated.subsystemA, updated.subsystemB}) {
        ctx.logEventOn(s, EventCode::MirrorLinkChanged, EventSeverity::Informational,
            u"Remote mirror link %1 - %2"_s.arg(
                subsystemName(ctx.config, updated.subsystemA), subsystemName(ctx.config, updated.subsystemB)),
            u"Remote mirror link changed (simulation)"_s, text);
    }
}

void showRemoteMirrorLinks(CommandContext& ctx)
{
    const Subsystem& s = ctx.subsystem();
    QJsonArray list;
    for (const MirrorLink& l : ctx.config.mirrorLinks) {
        if (l.subsystemA == s.id || l.subsystemB == s.id) {
            list.append(linkJson(ctx.engine, ctx.config, l));
        }
    }
    ctx.data.insert(u"links"_s, list);
}

} // namespace

QList<CommandSpec> mirrorLinkCommands()
{
    return {
        {"activateRemoteMirror", &activateRemoteMirror, true},
        {"deactivateRemoteMirror", &deactivateRemoteMirror, true},
        {"diagnoseRemoteMirror", &diagnoseRemoteMirror, false},
        {"setRemoteMirrorLink", &setRemoteMirrorLink, true},
        {"showRemoteMirrorLinks", &showRemoteMirrorLinks, false},
    };
}

} // namespace Copyline
