// SPDX-License-Identifier: GPL-3.0-or-later
// Commands of the Mappings view: host groups, hosts, host ports and LUN mappings (spec §1.10).
#include "families/ds4000/commands.h"
#include "families/ds4000/storageops.h"
#include "service/commandcontext.h"
#include "storage/rules.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

constexpr auto kDefaultGroupKeyword = "defaultGroup";

/** Resolves host=/hostGroup= to a mapping target id (0 = Default Host Group). */
ObjectId mappingTarget(CommandContext& ctx)
{
    if (ctx.args.has(u"targetId"_s)) {
        const ObjectId id = ctx.args.integer(u"targetId"_s);
        if (id != 0 && !ctx.config.hosts.contains(id) && !ctx.config.hostGroups.contains(id)) {
            fail(ErrorCode::HostNotFound, {QString::number(id), ctx.subsystem().name});
        }
        return id;
    }
    if (ctx.args.has(u"host"_s)) {
        return ctx.hostNamed(ctx.args.string(u"host"_s)).id;
    }
    if (ctx.args.has(u"hostGroup"_s)) {
        const QString group = ctx.args.string(u"hostGroup"_s);
        if (group.compare(QLatin1String(kDefaultGroupKeyword), Qt::CaseInsensitive) == 0
            || group == u"Default Host Group"_s) {
            return 0;
        }
        return ctx.hostGroupNamed(group).id;
    }
    fail(ErrorCode::MissingParameter, {u"host or hostGroup"_s, ctx.args.command()});
}

QString targetName(const Configuration& config, ObjectId targetId)
{
    return config.describeMappingTarget(targetId);
}

void checkHostName(CommandContext& ctx, const QString& name, ObjectId except)
{
    check(checkName(name, u"host"_s));
    const Host* other = ctx.config.hostByName(ctx.subsystemId(), name);
    if (other != nullptr && other->id != except) {
        fail(ErrorCode::NameInUse, {name, u"another host"_s});
    }
}

void checkHostGroupName(CommandContext& ctx, const QString& name, ObjectId except)
{
    check(checkName(name, u"host group"_s));
    if (name == u"Default Host Group"_s
        || name.compare(QLatin1String(kDefaultGroupKeyword), Qt::CaseInsensitive) == 0) {
        fail(ErrorCode::NameInUse, {name, u"the Default Host Group"_s});
    }
    const HostGroup* other = ctx.config.hostGroupByName(ctx.subsystemId(), name);
    if (other != nullptr && other->id != except) {
        fail(ErrorCode::NameInUse, {name, u"another host group"_s});
    }
}

/** Removes every mapping to @p targetId; returns how many. */
int removeMappingsTo(Configuration& config, ObjectId subsystemId, ObjectId targetId)
{
    int removed = 0;
    for (auto it = config.mappings.begin(); it != config.mappings.end();) {
        if (it->subsystemId == subsystemId && it->targetId == targetId) {
            it = config.mappings.erase(it);
            ++removed;
        } else {
            ++it;
        }
    }
    return removed;
}

void createHostGroup(CommandContext& ctx)
{
    const QString name = ctx.args.string(u"userLabel"_s);
    checkHostGroupName(ctx, name, 0);
    HostGroup g;
    g.id = ctx.config.allocateId();
    g.subsystemId = ctx.subsystemId();
    g.name = name;
    ctx.config.hostGroups.insert(g.id, g);
    ctx.data.insert(u"id"_s, g.id);
    ctx.logEvent(EventCode::HostGroupDefined, EventSeverity::Informational, u"Host Group %1"_s.arg(name),
        u"Host group defined"_s);
}

void createHost(CommandContext& ctx)
{
    const QString name = ctx.args.string(u"userLabel"_s);
    checkHostName(ctx, name, 0);
    Host h;
    h.id = ctx.config.allocateId();
    h.subsystemId = ctx.subsystemId();
    h.name = name;
    h.hostType = ctx.args.string(u"hostType"_s, u"Linux"_s);
    if (ctx.args.has(u"hostGroup"_s)) {
        h.hostGroupId = mappingTarget(ctx);
    }
    ctx.config.hosts.insert(h.id, h);
    ctx.data.insert(u"id"_s, h.id);
    ctx.logEvent(EventCode::HostDefined, EventSeverity::Informational, u"Host %1"_s.arg(name), u"Host defined"_s,
        u"Member of %1, host type %2."_s.arg(targetName(ctx.config, h.hostGroupId), h.hostType));
}

void createHostPort(CommandContext& ctx)
{
    const Host host = ctx.hostNamed(ctx.args.string(u"host"_s));
    const QString raw = ctx.args.string(u"identifier"_s);
    const QString wwpn = normalizeWwpn(raw);
    if (wwpn.isEmpty()) {
        fail(ErrorCode::HostPortIdInvalid, {raw});
    }
    for (const HostPort& p : std::as_const(ctx.config.hostPorts)) {
        if (p.subsystemId == ctx.subsystemId() && p.identifier == wwpn) {
            fail(ErrorCode::HostPortIdInUse, {formatWwpn(wwpn), ctx.config.hosts.value(p.hostId).name});
        }
    }
    QString label = ctx.args.string(u"userLabel"_s, QString());
    if (label.isEmpty()) {
        // Default labels follow the HBA order of the host: east-db01_HBA1, east-db01_HBA2, ...
        int n = static_cast<int>(ctx.config.hostPortsOf(host.id).size()) + 1;
        do {
            label = u"%1_HBA%2"_s.arg(host.name).arg(n++);
        } while (ctx.config.hostPortByIdentifierOrLabel(ctx.subsystemId(), label) != nullptr);
    } else if (ctx.config.hostPortByIdentifierOrLabel(ctx.subsystemId(), label) != nullptr) {
        fail(ErrorCode::NameInUse, {label, u"another host port"_s});
    }
    check(checkName(label, u"host port"_s));
    HostPort port;
    port.id = ctx.config.allocateId();
    port.subsystemId = ctx.subsystemId();
    port.hostId = host.id;
    port.identifier = wwpn;
    port.label = label;
    ctx.config.hostPorts.insert(port.id, port);
    ctx.data.insert(u"id"_s, port.id);
    ctx.logEvent(EventCode::HostPortDefined, EventSeverity::Informational, u"Host %1"_s.arg(host.name),
        u"Host port defined"_s, u"Port %1 (%2)."_s.arg(formatWwpn(wwpn), label));
}

const Host& hostArg(CommandContext& ctx)
{
    if (ctx.args.has(u"id"_s)) {
        const ObjectId id = ctx.args.integer(u"id"_s);
        const auto it = ctx.config.hosts.constFind(id);
        if (it == ctx.config.hosts.cend()) {
            fail(ErrorCode::HostNotFound, {QString::number(id), ctx.subsystem().name});
        }
        return *it;
    }
    const QStringList names = ctx.args.targets();
    if (names.isEmpty()) {
        fail(ErrorCode::MissingParameter, {u"[\"host name\"]"_s, ctx.args.command()});
    }
    return ctx.hostNamed(names.first());
}

const HostGroup& hostGroupArg(CommandContext& ctx)
{
    if (ctx.args.has(u"id"_s)) {
        const ObjectId id = ctx.args.integer(u"id"_s);
        const auto it = ctx.config.hostGroups.constFind(id);
        if (it == ctx.config.hostGroups.cend()) {
            fail(ErrorCode::HostGroupNotFound, {QString::number(id), ctx.subsystem().name});
        }
        return *it;
    }
    const QStringList names = ctx.args.targets();
    if (names.isEmpty()) {
        fail(ErrorCode::MissingParameter, {u"[\"host group name\"]"_s, ctx.args.command()});
    }
    return ctx.hostGroupNamed(names.first());
}

void setHost(CommandContext& ctx)
{
    const Host host = hostArg(ctx);
    bool changed = false;
    if (ctx.args.has(u"userLabel"_s)) {
        const QString name = ctx.args.string(u"userLabel"_s);
        checkHostName(ctx, name, host.id);
        ctx.config.hosts[host.id].name = name;
        changed = true;
    }
    if (ctx.args.has(u"hostType"_s)) {
        ctx.config.hosts[host.id].hostType = ctx.args.string(u"hostType"_s);
        changed = true;
    }
    if (ctx.args.has(u"hostGroup"_s)) {
        const ObjectId group = mappingTarget(ctx);
        // Moving a host changes which LUNs it sees; its own LUNs must not collide with its new group's.
        Configuration probe = ctx.config;
        probe.hosts[host.id].hostGroupId = group;
        const auto luns = lunsInUse(probe, ctx.subsystemId(), host.id);
        for (int i = 1; i < luns.size(); ++i) {
            if (luns[i] == luns[i - 1]) {
                fail(ErrorCode::LunInUse, {QString::number(luns[i]), host.name, targetName(ctx.config, group)});
            }
        }
        ctx.config.hosts[host.id].hostGroupId = group;
        changed = true;
    }
    if (!changed) {
        fail(ErrorCode::MissingParameter, {u"userLabel, hostType or hostGroup"_s, ctx.args.command()});
    }
    ctx.logEvent(EventCode::HostTopologyChanged, EventSeverity::Informational,
        u"Host %1"_s.arg(ctx.config.hosts[host.id].name), u"Host changed"_s,
        u"Member of %1."_s.arg(targetName(ctx.config, ctx.config.hosts[host.id].hostGroupId)));
}

void setHostGroup(CommandContext& ctx)
{
    const HostGroup group = hostGroupArg(ctx);
    const QString name = ctx.args.string(u"userLabel"_s);
    checkHostGroupName(ctx, name, group.id);
    ctx.config.hostGroups[group.id].name = name;
    ctx.logEvent(EventCode::HostTopologyChanged, EventSeverity::Informational, u"Host Group %1"_s.arg(name),
        u"Host group renamed"_s, u"Previous name: %1."_s.arg(group.name));
}

void deleteHost(CommandContext& ctx)
{
    const Host host = hostArg(ctx);
    const int mappings = removeMappingsTo(ctx.config, ctx.subsystemId(), host.id);
    for (const HostPort& p : ctx.config.hostPortsOf(host.id)) {
        ctx.config.hostPorts.remove(p.id);
    }
    ctx.config.hosts.remove(host.id);
    ctx.logEvent(EventCode::HostTopologyRemoved, EventSeverity::Informational, u"Host %1"_s.arg(host.name),
        u"Host removed"_s, u"%1 LUN mapping(s) removed with it."_s.arg(mappings));
}

void deleteHostGroup(CommandContext& ctx)
{
    const HostGroup group = hostGroupArg(ctx);
    const auto members = ctx.config.hostsOfGroup(ctx.subsystemId(), group.id);
    if (!members.isEmpty()) {
        fail(ErrorCode::HostGroupNotEmpty, {group.name, u"%1 host(s)"_s.arg(members.size())});
    }
    const int mappings = removeMappingsTo(ctx.config, ctx.subsystemId(), group.id);
    ctx.config.hostGroups.remove(group.id);
    ctx.logEvent(EventCode::HostTopologyRemoved, EventSeverity::Informational, u"Host Group %1"_s.arg(group.name),
        u"Host group removed"_s, u"%1 LUN mapping(s) removed with it."_s.arg(mappings));
}

void deleteHostPort(CommandContext& ctx)
{
    QString ref;
    if (ctx.args.has(u"id"_s)) {
        const ObjectId id = ctx.args.integer(u"id"_s);
        ref = ctx.config.hostPorts.value(id).identifier;
    } else {
        const QStringList names = ctx.args.targets();
        if (names.isEmpty()) {
            fail(ErrorCode::MissingParameter, {u"[\"host port\"]"_s, ctx.args.command()});
        }
        ref = names.first();
    }
    const HostPort* port = ctx.config.hostPortByIdentifierOrLabel(ctx.subsystemId(), ref);
    if (port == nullptr) {
        fail(ErrorCode::HostPortNotFound, {ref, ctx.subsystem().name});
    }
    const HostPort removed = *port;
    ctx.config.hostPorts.remove(removed.id);
    ctx.logEvent(EventCode::HostTopologyRemoved, EventSeverity::Informational,
        u"Host %1"_s.arg(ctx.config.hosts.value(removed.hostId).name), u"Host port removed"_s,
        u"Port %1 (%2)."_s.arg(formatWwpn(removed.identifier), removed.label));
}

void removeLunMapping(CommandContext& ctx)
{
    const LogicalDrive ld = ctx.logicalDrive();
    const LunMapping* mapping = ctx.config.mappingOf(ld.id);
    if (mapping == nullptr) {
        fail(ErrorCode::NotMapped, {ld.name});
    }
    if (ctx.args.has(u"host"_s) || ctx.args.has(u"hostGroup"_s) || ctx.args.has(u"targetId"_s)) {
        const ObjectId target = mappingTarget(ctx);
        if (target != mapping->targetId) {
            fail(ErrorCode::MappingNotFound, {ld.name, targetName(ctx.config, target)});
        }
    }
    const LunMapping removed = *mapping;
    ctx.config.mappings.remove(removed.id);
    ctx.logEvent(EventCode::MappingRemoved, EventSeverity::Informational, u"Logical Drive %1"_s.arg(ld.name),
        u"LUN mapping removed"_s, u"LUN %1 of %2."_s.arg(removed.lun).arg(targetName(ctx.config, removed.targetId)));
}

} // namespace

void defineMappingFromArgs(CommandContext& ctx, const LogicalDrive& ld)
{
    const qint64 lun = ctx.args.integer(u"logicalUnitNumber"_s);
    const ObjectId target = mappingTarget(ctx);
    if (lun < 0 || lun > kMaxLun) {
        fail(ErrorCode::LunOutOfRange, {QString::number(lun), QString::number(kMaxLun)});
    }
    defineMapping(ctx, ld, target, static_cast<int>(lun));
}

void defineMapping(CommandContext& ctx, const LogicalDrive& ld, ObjectId target, int lun)
{
    if (lun < 0 || lun > kMaxLun) {
        fail(ErrorCode::LunOutOfRange, {QString::number(lun), QString::number(kMaxLun)});
    }
    if (ld.kind == LogicalDriveKind::FlashCopyRepository || ld.kind == LogicalDriveKind::MirrorRepository) {
        fail(ErrorCode::LogicalDriveKindNotAllowed,
            {ld.name, u"repository logical drive"_s, u"repositories cannot be mapped to hosts"_s});
    }
    const LunMapping* existing = ctx.config.mappingOf(ld.id);
    if (existing != nullptr && existing->targetId != target) {
        fail(ErrorCode::AlreadyMapped,
            {ld.name, targetName(ctx.config, existing->targetId), QString::number(existing->lun)});
    }
    const ObjectId subsystemId = ctx.subsystemId();
    if (const LunMapping* holder = mappingUsingLun(ctx.config, subsystemId, target, lun, existing ? existing->id : 0)) {
        fail(ErrorCode::LunInUse,
            {QString::number(lun), ctx.config.logicalDrives.value(holder->logicalDriveId).name,
                targetName(ctx.config, target)});
    }
    LunMapping mapping = existing ? *existing : LunMapping {};
    if (!existing) {
        mapping.id = ctx.config.allocateId();
        mapping.subsystemId = subsystemId;
        mapping.logicalDriveId = ld.id;
    }
    mapping.targetId = target;
    mapping.lun = lun;
    ctx.config.mappings.insert(mapping.id, mapping);
    ctx.data.insert(u"mappingId"_s, mapping.id);
    ctx.logEvent(EventCode::MappingDefined, EventSeverity::Informational, u"Logical Drive %1"_s.arg(ld.name),
        u"LUN mapping defined"_s, u"LUN %1 of %2."_s.arg(lun).arg(targetName(ctx.config, target)));
}

namespace
{

/** The logical drives a reservations statement names: its bracketed list, or every one of the subsystem. */
QList<LogicalDrive> reservationTargets(CommandContext& ctx)
{
    QList<LogicalDrive> drives;
    const QStringList names = ctx.args.targets();
    if (names.isEmpty()) {
        drives = ctx.config.logicalDrivesOf(ctx.subsystemId());
    }
    for (const QString& name : names) {
        drives.append(ctx.logicalDriveNamed(name));
    }
    return drives;
}

/**
 * [SIM] reserve logicalDrive ["name"] host="h" [type=(persistent|legacy)]: what a host's SCSI RESERVE or
 * PERSISTENT RESERVE OUT does on the real subsystem, so that the procedures around reservations (spec §2.5, a
 * VolumeCopy refused because of one) can be rehearsed. A second host is refused with a reservation conflict.
 */
void reserveLogicalDrive(CommandContext& ctx)
{
    const QStringList names = ctx.args.targets();
    if (names.size() != 1) {
        fail(ErrorCode::MissingParameter, {u"[\"logical drive name\"]"_s, ctx.args.command()});
    }
    const LogicalDrive ld = ctx.logicalDriveNamed(names.first());
    const Host host = ctx.hostNamed(ctx.args.string(u"host"_s));
    const QString text = ctx.args.string(u"type"_s, u"persistent"_s);
    const auto type = parseEnum<Reservation>(text);
    if (!type || *type == Reservation::None) {
        fail(ErrorCode::InvalidParameter, {u"type"_s, text, u"use persistent or legacy"_s});
    }
    if (ld.reservation != Reservation::None && ld.reservationHost != host.name) {
        fail(ErrorCode::ReservationConflict, {ld.name, ld.reservationHost, enumName(ld.reservation)});
    }
    LogicalDrive& updated = ctx.config.logicalDrives[ld.id];
    updated.reservation = *type;
    updated.reservationHost = host.name;
    ctx.logEvent(EventCode::ReservationChanged, EventSeverity::Informational, StorageOps::logicalDriveComponent(ld),
        u"Logical drive reserved"_s, u"Host %1 holds a %2 reservation."_s.arg(host.name, enumName(*type)));
}

/** show (allLogicalDrives | logicalDrive ["name" ...]) reservations: who holds which drive. */
void showReservations(CommandContext& ctx)
{
    QJsonArray list;
    const bool all = ctx.args.targets().isEmpty();
    for (const LogicalDrive& ld : reservationTargets(ctx)) {
        if (ld.reservation == Reservation::None && all) {
            continue; // the whole subsystem: only the drives that hold one
        }
        list.append(QJsonObject {{u"logicalDrive"_s, ld.name}, {u"reservation"_s, enumName(ld.reservation)},
            {u"host"_s, ld.reservationHost}});
    }
    ctx.data.insert(u"reservations"_s, list);
}

/**
 * clear (allLogicalDrives | logicalDrive ["name" ...]) reservations: the SMcli side of Advanced > Persistent
 * Reservations > Clear (spec §2.5, L6921-6972), for a drive refused as a VolumeCopy source or target.
 */
void clearReservations(CommandContext& ctx)
{
    QStringList cleared;
    for (const LogicalDrive& ld : reservationTargets(ctx)) {
        if (ld.reservation == Reservation::None) {
            continue;
        }
        LogicalDrive& updated = ctx.config.logicalDrives[ld.id];
        updated.reservation = Reservation::None;
        updated.reservationHost.clear();
        cleared.append(ld.name);
        ctx.logEvent(EventCode::ReservationsCleared, EventSeverity::Informational,
            StorageOps::logicalDriveComponent(ld), u"Registrations/Reservations cleared"_s,
            u"The %1 reservation of host %2 was cleared."_s.arg(enumName(ld.reservation), ld.reservationHost));
    }
    ctx.data.insert(u"cleared"_s, QJsonArray::fromStringList(cleared));
}

} // namespace

QList<CommandSpec> hostCommands()
{
    return {
        {"createHostGroup", &createHostGroup, true},
        {"createHost", &createHost, true},
        {"createHostPort", &createHostPort, true},
        {"setHost", &setHost, true},
        {"setHostGroup", &setHostGroup, true},
        {"deleteHost", &deleteHost, true},
        {"deleteHostGroup", &deleteHostGroup, true},
        {"deleteHostPort", &deleteHostPort, true},
        {"removeLunMapping", &removeLunMapping, true},
        {"reserveLogicalDrive", &reserveLogicalDrive, true},
        {"showReservations", &showReservations, false},
        {"clearReservations", &clearReservations, true},
    };
}

} // namespace Copyline
