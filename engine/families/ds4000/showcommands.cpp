// SPDX-License-Identifier: GPL-3.0-or-later
// Queries: the objects of a subsystem as JSON, with the derived values (capacities, labels) a profile shows.
// The CLI renders them as text (script/scriptformatter); other clients read the JSON.
#include "families/ds4000/commands.h"
#include "families/ds4000/models.h"
#include "families/ds4000/storageops.h"
#include "mirror/mirrorrules.h"
#include "service/commandcontext.h"
#include "service/engine.h"
#include "storage/fields.h"
#include "storage/health.h"
#include "storage/rules.h"

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

QJsonObject rowJson(const auto& entity)
{
    return QJsonObject::fromVariantMap(toRow(entity));
}

QJsonObject logicalDriveJson(const Engine& engine, const Configuration& config, const LogicalDrive& ld)
{
    QJsonObject o = rowJson(ld);
    if (const FlashCopy* fc = config.flashCopyOf(ld.id)) {
        QJsonObject f = rowJson(*fc);
        f.insert(u"name"_s, config.logicalDrives.value(fc->id).name);
        f.insert(u"base"_s, config.logicalDrives.value(fc->baseId).name);
        f.insert(u"repository"_s, config.logicalDrives.value(fc->repositoryId).name);
        const auto pit = engine.pointInTime(fc->id);
        f.insert(u"repositoryUsed"_s, pit ? pit->repositoryUsed() : 0);
        f.insert(u"repositoryCapacity"_s, config.logicalDrives.value(fc->repositoryId).capacity);
        o.insert(u"flashCopy"_s, f);
        // The FlashCopy logical drive's own status is its FlashCopy's: a Failed or Disabled image is never
        // listed as Optimal (issue 11).
        if (ld.id == fc->id && ld.status == ComponentStatus::Optimal && fc->status != FlashCopyStatus::Optimal) {
            o.insert(u"status"_s, enumName(fc->status));
        }
    }
    if (ld.modification != ModificationOperation::None) {
        // Spec §1.4: "Operation in Progress" during a modification, with what it is and how far it got.
        if (ld.status == ComponentStatus::Optimal) {
            o.insert(u"status"_s, u"Operation in Progress"_s);
        }
        o.insert(u"action"_s, StorageOps::modificationText(ld.modification));
        o.insert(u"percentComplete"_s, ld.modificationBasisPoints / 100);
        o.insert(u"capacityBeingAdded"_s, ld.modificationAdded);
    }
    if (const Mirror* m = config.mirrorOf(ld.id)) {
        o.insert(u"usableCapacity"_s, MirrorRules::usableCapacity(config, *m));
    }
    const Array array = config.arrays.value(ld.arrayId);
    o.insert(u"arrayNumber"_s, array.number);
    o.insert(u"raidLevel"_s, enumName(array.raidLevel));
    if (const LunMapping* m = config.mappingOf(ld.id)) {
        o.insert(u"lun"_s, m->lun);
        o.insert(u"mappedTo"_s, config.describeMappingTarget(m->targetId));
    }
    return o;
}

QJsonObject arrayJson(const Configuration& config, const Array& a)
{
    QJsonObject o = rowJson(a);
    o.insert(u"label"_s, arrayLabel(a));
    o.insert(u"capacity"_s, arrayCapacity(config, a.id));
    o.insert(u"freeCapacity"_s, arrayFreeCapacity(config, a.id));
    QJsonArray drives;
    for (const Drive& d : config.drivesOfArray(a.id)) {
        drives.append(u"%1,%2"_s.arg(d.enclosure).arg(d.slot));
    }
    o.insert(u"drives"_s, drives);
    QJsonArray lds;
    for (const LogicalDrive& ld : config.logicalDrivesOfArray(a.id)) {
        lds.append(ld.name);
    }
    o.insert(u"logicalDrives"_s, lds);
    return o;
}

QJsonArray allArrays(const Configuration& config, ObjectId subsystemId)
{
    QJsonArray list;
    for (const Array& a : config.arraysOf(subsystemId)) {
        list.append(arrayJson(config, a));
    }
    return list;
}

QJsonArray allLogicalDrives(const Engine& engine, const Configuration& config, ObjectId subsystemId)
{
    QJsonArray list;
    for (const LogicalDrive& ld : config.logicalDrivesOf(subsystemId)) {
        list.append(logicalDriveJson(engine, config, ld));
    }
    return list;
}

QJsonArray allDrives(const Configuration& config, ObjectId subsystemId)
{
    QJsonArray list;
    for (const Drive& d : config.drivesOf(subsystemId)) {
        QJsonObject o = rowJson(d);
        if (d.arrayId != 0) {
            o.insert(u"arrayNumber"_s, config.arrays.value(d.arrayId).number);
        }
        list.append(o);
    }
    return list;
}

QJsonObject topology(const Configuration& config, ObjectId subsystemId)
{
    auto hostJson = [&](const Host& h) {
        QJsonObject o = rowJson(h);
        QJsonArray ports;
        for (const HostPort& p : config.hostPortsOf(h.id)) {
            QJsonObject po = rowJson(p);
            po.insert(u"wwpn"_s, formatWwpn(p.identifier));
            ports.append(po);
        }
        o.insert(u"ports"_s, ports);
        return o;
    };
    QJsonArray defaultHosts;
    for (const Host& h : config.hostsOfGroup(subsystemId, 0)) {
        defaultHosts.append(hostJson(h));
    }
    QJsonArray groups;
    for (const HostGroup& g : config.hostGroupsOf(subsystemId)) {
        QJsonObject go = rowJson(g);
        QJsonArray hosts;
        for (const Host& h : config.hostsOfGroup(subsystemId, g.id)) {
            hosts.append(hostJson(h));
        }
        go.insert(u"hosts"_s, hosts);
        groups.append(go);
    }
    return {{u"defaultGroupHosts"_s, defaultHosts}, {u"hostGroups"_s, groups}};
}

QJsonArray lunMappings(const Configuration& config, ObjectId subsystemId)
{
    QJsonArray list;
    for (const LunMapping& m : config.mappingsOf(subsystemId)) {
        QJsonObject o = rowJson(m);
        o.insert(u"logicalDrive"_s, config.logicalDrives.value(m.logicalDriveId).name);
        o.insert(u"target"_s, config.describeMappingTarget(m.targetId));
        list.append(o);
    }
    return list;
}

QJsonObject subsystemSummary(const Configuration& config, const Subsystem& s)
{
    QJsonObject o = rowJson(s);
    const auto limits = Ds4000::limits(s.model);
    o.insert(u"unconfiguredCapacity"_s, unconfiguredCapacity(config, s.id));
    o.insert(u"maxLogicalDrives"_s, limits.maxLogicalDrives);
    o.insert(u"logicalDriveCount"_s, config.logicalDrivesOf(s.id).size());
    o.insert(u"driveCount"_s, config.drivesOf(s.id).size());
    QJsonArray controllers;
    for (const Controller& c : config.controllersOf(s.id)) {
        controllers.append(rowJson(c));
    }
    o.insert(u"controllers"_s, controllers);
    // Health (issue 20): the console's Needs Attention, with why.
    const QStringList reasons = attentionReasons(config, s.id);
    o.insert(u"health"_s, reasons.isEmpty() ? u"Optimal"_s : u"Needs Attention"_s);
    o.insert(u"attentionReasons"_s, QJsonArray::fromStringList(reasons));
    return o;
}

void showStorageSubsystem(CommandContext& ctx)
{
    const Subsystem& s = ctx.subsystem();
    ctx.data.insert(u"subsystem"_s, subsystemSummary(ctx.config, s));
    // Issue 19: the background copy rate, fixed or held to a host write latency bound (and where it is now).
    const RateController::Status rate = ctx.engine.rateController(s.id)->status();
    ctx.data.insert(u"copyRate"_s,
        QJsonObject {{u"copyBandwidth"_s, s.copyBandwidth}, {u"latencyBoundMs"_s, latencyBoundMs(s.options)},
            {u"rate"_s, static_cast<qint64>(rate.rate)}, {u"hostWriteP95Us"_s, static_cast<qint64>(rate.last.p95Us)},
            {u"backoffs"_s, static_cast<qint64>(rate.backoffs)}});
    ctx.data.insert(u"arrays"_s, allArrays(ctx.config, s.id));
    ctx.data.insert(u"logicalDrives"_s, allLogicalDrives(ctx.engine, ctx.config, s.id));
    ctx.data.insert(u"drives"_s, allDrives(ctx.config, s.id));
    ctx.data.insert(u"topology"_s, topology(ctx.config, s.id));
    ctx.data.insert(u"mappings"_s, lunMappings(ctx.config, s.id));
}

void listSubsystems(CommandContext& ctx)
{
    QJsonArray list;
    for (const Subsystem& s : std::as_const(ctx.config.subsystems)) {
        if (s.family == QLatin1String(Ds4000::kFamily)) { // SMcli knows DS4000 subsystems only
            list.append(subsystemSummary(ctx.config, s));
        }
    }
    ctx.data.insert(u"subsystems"_s, list);
    ctx.data.insert(u"workspace"_s, ctx.engine.workspacePath());
}

void showAllLogicalDrives(CommandContext& ctx)
{
    ctx.data.insert(u"logicalDrives"_s, allLogicalDrives(ctx.engine, ctx.config, ctx.subsystemId()));
}

void showLogicalDrive(CommandContext& ctx)
{
    QJsonArray list;
    if (ctx.args.has(u"id"_s)) {
        list.append(logicalDriveJson(ctx.engine, ctx.config, ctx.logicalDrive()));
    } else {
        const QStringList names = ctx.args.targets();
        if (names.isEmpty()) {
            fail(ErrorCode::MissingParameter, {u"[\"logical drive name\"]"_s, ctx.args.command()});
        }
        for (const QString& name : names) {
            list.append(logicalDriveJson(ctx.engine, ctx.config, ctx.logicalDriveNamed(name)));
        }
    }
    ctx.data.insert(u"logicalDrives"_s, list);
}

/** SMcli "show logicalDrive [name] actionProgress": the modification under way and its percent complete. */
void showLogicalDriveActionProgress(CommandContext& ctx)
{
    const LogicalDrive ld = ctx.args.has(u"id"_s) ? ctx.logicalDrive() : ctx.logicalDriveNamed([&] {
        const QStringList names = ctx.args.targets();
        if (names.size() != 1) {
            fail(ErrorCode::MissingParameter, {u"[\"logical drive name\"]"_s, ctx.args.command()});
        }
        return names.first();
    }());
    ctx.data.insert(u"logicalDrive"_s, ld.name);
    ctx.data.insert(u"action"_s,
        ld.modification == ModificationOperation::None ? QString() : StorageOps::modificationText(ld.modification));
    ctx.data.insert(u"percentComplete"_s, ld.modificationBasisPoints / 100);
    ctx.data.insert(u"priority"_s, enumName(ld.modificationPriority));
}

void showAllArrays(CommandContext& ctx)
{
    ctx.data.insert(u"arrays"_s, allArrays(ctx.config, ctx.subsystemId()));
}

void showArray(CommandContext& ctx)
{
    QJsonArray list;
    const QStringList refs = ctx.args.targets();
    if (refs.isEmpty()) {
        fail(ErrorCode::MissingParameter, {u"[array number]"_s, ctx.args.command()});
    }
    for (const QString& ref : refs) {
        list.append(arrayJson(ctx.config, ctx.arrayNumbered(ref)));
    }
    ctx.data.insert(u"arrays"_s, list);
}

void showAllDrives(CommandContext& ctx)
{
    ctx.data.insert(u"drives"_s, allDrives(ctx.config, ctx.subsystemId()));
}

void showDrive(CommandContext& ctx)
{
    QJsonArray list;
    const QStringList refs = ctx.args.targets();
    if (refs.isEmpty()) {
        fail(ErrorCode::MissingParameter, {u"[enclosure,slot]"_s, ctx.args.command()});
    }
    for (const QString& ref : refs) {
        const Drive& d = ctx.driveAt(ref);
        QJsonObject o = rowJson(d);
        if (d.arrayId != 0) {
            o.insert(u"arrayNumber"_s, ctx.config.arrays.value(d.arrayId).number);
        }
        list.append(o);
    }
    ctx.data.insert(u"drives"_s, list);
}

void showHostTopology(CommandContext& ctx)
{
    ctx.data.insert(u"topology"_s, topology(ctx.config, ctx.subsystemId()));
}

void showLunMappings(CommandContext& ctx)
{
    ctx.data.insert(u"mappings"_s, lunMappings(ctx.config, ctx.subsystemId()));
}

} // namespace

QList<CommandSpec> showCommands()
{
    return {
        {"showStorageSubsystem", &showStorageSubsystem, false},
        {"listSubsystems", &listSubsystems, false},
        {"showAllLogicalDrives", &showAllLogicalDrives, false},
        {"showLogicalDrive", &showLogicalDrive, false},
        {"showLogicalDriveActionProgress", &showLogicalDriveActionProgress, false},
        {"showAllArrays", &showAllArrays, false},
        {"showArray", &showArray, false},
        {"showAllDrives", &showAllDrives, false},
        {"showDrive", &showDrive, false},
        {"showHostTopology", &showHostTopology, false},
        {"showLunMappings", &showLunMappings, false},
    };
}

} // namespace Copyline
