// SPDX-License-Identifier: GPL-3.0-or-later
// Storage system connections (spec §1.2) and volume ids (§1.3). "Connecting" a storage system makes a subsystem of
// the workspace known to the manager with a site location; CSM does not provision volumes (§1.2), the families do.
#include "families/csm/csm.h"

#include "util/optionwords.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Csm
{

QString devtypeOf(const Subsystem& s)
{
    if (s.family == u"ess"_s || s.family == u"ds4000"_s || s.family == u"hds"_s) {
        return s.family;
    }
    return {};
}

namespace
{

QString boxOf(const Subsystem& s)
{
    // ESS names its machine type first, as the DS8000 does (2107.FAW31, spec §1.2): 2105.12019.
    return s.family == u"ess"_s ? u"2105."_s + s.name : s.name;
}

QString prefixOf(const Subsystem& s)
{
    if (s.family == u"ess"_s) {
        return u"ESS"_s;
    }
    if (s.family == u"hds"_s) {
        return u"HDS"_s;
    }
    return u"DS4000"_s;
}

QString deviceTypeText(const Subsystem& s)
{
    if (s.family == u"ess"_s) {
        return u"ESS"_s;
    }
    if (s.family == u"hds"_s) {
        return u"HDS"_s;
    }
    return u"DS4000"_s;
}

const Subsystem& deviceNamed(CommandContext& ctx, const QString& text, bool mustBeConnected)
{
    for (const Subsystem& s : ctx.config.subsystems) {
        if (devtypeOf(s).isEmpty()) {
            continue;
        }
        if (deviceId(s) == text || s.name == text || boxOf(s) == text) {
            if (mustBeConnected && !connected(s)) {
                break;
            }
            return s;
        }
    }
    fail(ErrorCode::CsmDeviceNotFound, {text});
}

void checkLocation(const QString& location)
{
    static const QRegularExpression valid(u"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"_s);
    if (!valid.match(location).hasMatch()) {
        fail(ErrorCode::CsmNameInvalid,
            {location, u"site location"_s,
                u"use 1 to 64 letters, digits, '_', '-' or '.', starting with a letter or digit (PRIMARY, DR_site)"_s});
    }
}

QJsonObject deviceRow(const Subsystem& s)
{
    return {{u"id"_s, deviceId(s)}, {u"subsystem"_s, s.name}, {u"connectionType"_s, u"Direct"_s},
        {u"deviceType"_s, deviceTypeText(s)}, {u"devtype"_s, devtypeOf(s)}, {u"localStatus"_s, u"Connected"_s},
        {u"remoteStatus"_s, u"Not Defined"_s}, {u"location"_s, locationOf(s)}};
}

void addDevice(CommandContext& ctx)
{
    authorize(ctx, Right::Administer, {}, u"add storage system connections"_s);
    const QString name = ctx.args.string(u"subsystem"_s);
    const QString location = ctx.args.string(u"location"_s);
    checkLocation(location);
    const Subsystem* found = ctx.config.subsystemByName(name);
    if (found == nullptr) {
        fail(ErrorCode::CsmDeviceNotFound, {name});
    }
    if (devtypeOf(*found).isEmpty()) {
        fail(ErrorCode::CsmNameInvalid,
            {name, u"storage system for Copy Services Manager"_s,
                u"it belongs to the %1 family; Copyline's manager drives ESS, DS4000 and in-controller copy "
                "subsystems"_s.arg(found->family)});
    }
    Subsystem& s = ctx.config.subsystems[found->id];
    const bool was = connected(s);
    OptionWords::set(s.options, QString::fromLatin1(kLocationKey), location);
    message(ctx, {}, was ? u"IWNR3012I"_s : u"IWNR3011I"_s,
        was ? u"The location of storage system %1 was set to %2."_s.arg(deviceId(s), location)
            : u"The connection to storage system %1 was added at location %2."_s.arg(deviceId(s), location));
    ctx.data = deviceRow(s);
}

void removeDevice(CommandContext& ctx)
{
    authorize(ctx, Right::Administer, {}, u"remove storage system connections"_s);
    const Subsystem& found = deviceNamed(ctx, ctx.args.string(u"device"_s), true);
    for (const CsmCopySet& c : ctx.config.csmCopySets) {
        for (const ObjectId id : parseVolumes(c.volumes).byRole) {
            if (ctx.config.logicalDrives.value(id).subsystemId == found.id) {
                fail(ErrorCode::CsmNameInvalid,
                    {deviceId(found), u"storage system to remove"_s,
                        u"session %1 has copy sets on it; remove them first"_s.arg(
                            ctx.config.csmSessions.value(c.sessionId).name)});
            }
        }
    }
    Subsystem& s = ctx.config.subsystems[found.id];
    OptionWords::set(s.options, QString::fromLatin1(kLocationKey), {});
    message(ctx, {}, u"IWNR3013I"_s, u"The connection to storage system %1 was removed."_s.arg(deviceId(s)));
}

void setLocation(CommandContext& ctx)
{
    authorize(ctx, Right::Administer, {}, u"change site locations"_s);
    const Subsystem& found = deviceNamed(ctx, ctx.args.string(u"device"_s), true);
    const QString location = ctx.args.string(u"location"_s);
    checkLocation(location);
    Subsystem& s = ctx.config.subsystems[found.id];
    OptionWords::set(s.options, QString::fromLatin1(kLocationKey), location);
    message(ctx, {}, u"IWNR3012I"_s, u"The location of storage system %1 was set to %2."_s.arg(deviceId(s), location));
    ctx.data = deviceRow(s);
}

void listDevices(CommandContext& ctx)
{
    authorize(ctx, Right::View);
    const QString devtype = ctx.args.string(u"devtype"_s, {});
    QJsonArray rows;
    for (const Subsystem& s : ctx.config.subsystems) {
        if (connected(s) && (devtype.isEmpty() || devtypeOf(s) == devtype.toLower())) {
            rows.append(deviceRow(s));
        }
    }
    QJsonArray candidates; // what an Administrator may connect
    for (const Subsystem& s : ctx.config.subsystems) {
        if (!connected(s) && !devtypeOf(s).isEmpty()) {
            candidates.append(QJsonObject {
                {u"subsystem"_s, s.name}, {u"devtype"_s, devtypeOf(s)}, {u"deviceType"_s, deviceTypeText(s)}});
        }
    }
    ctx.data.insert(u"devices"_s, rows);
    ctx.data.insert(u"candidates"_s, candidates);
}

void listVolumes(CommandContext& ctx)
{
    authorize(ctx, Right::View);
    const Subsystem& s = deviceNamed(ctx, ctx.args.string(u"device"_s), true);
    QHash<ObjectId, QStringList> sessionsOf;
    for (const CsmCopySet& c : ctx.config.csmCopySets) {
        for (const ObjectId id : parseVolumes(c.volumes).byRole) {
            sessionsOf[id].append(ctx.config.csmSessions.value(c.sessionId).name);
        }
    }
    QJsonArray rows;
    for (const LogicalDrive& v : ctx.config.logicalDrivesOf(s.id)) {
        if (v.kind != LogicalDriveKind::Standard) {
            continue;
        }
        rows.append(QJsonObject {{u"id"_s, volumeId(ctx.config, v)}, {u"name"_s, v.name}, {u"device"_s, deviceId(s)},
            {u"capacity"_s, v.capacity}, {u"sessions"_s, QJsonArray::fromStringList(sessionsOf.value(v.id))}});
    }
    ctx.data.insert(u"volumes"_s, rows);
}

} // namespace

QString deviceId(const Subsystem& s)
{
    return u"%1:BOX:%2"_s.arg(prefixOf(s), boxOf(s));
}

QString volumeId(const Configuration& config, const LogicalDrive& v)
{
    const Subsystem s = config.subsystems.value(v.subsystemId);
    return u"%1:%2:VOL:%3"_s.arg(prefixOf(s), boxOf(s), v.name);
}

const LogicalDrive& volumeById(const Configuration& config, const QString& id)
{
    const QStringList parts = id.trimmed().split(u':');
    if (parts.size() >= 4 && parts.at(2) == u"VOL"_s) {
        const QString name = parts.mid(3).join(u':');
        for (const Subsystem& s : config.subsystems) {
            if (connected(s) && prefixOf(s) == parts.at(0) && boxOf(s) == parts.at(1)) {
                if (const LogicalDrive* v = config.logicalDriveByName(s.id, name)) {
                    return *v;
                }
            }
        }
    }
    fail(ErrorCode::CsmVolumeNotFound, {id});
}

bool connected(const Subsystem& s)
{
    return !devtypeOf(s).isEmpty() && !locationOf(s).isEmpty();
}

QString locationOf(const Subsystem& s)
{
    return OptionWords::value(s.options, QString::fromLatin1(kLocationKey));
}

void setLocationOf(Subsystem& s, const QString& location)
{
    OptionWords::set(s.options, QString::fromLatin1(kLocationKey), location);
}

QList<CommandSpec> deviceCommands()
{
    return {
        {"csmAddDevice", &addDevice, true},
        {"csmRemoveDevice", &removeDevice, true},
        {"csmSetLocation", &setLocation, true},
        {"csmListDevices", &listDevices, false},
        {"csmListVolumes", &listVolumes, false},
    };
}

} // namespace Copyline::Csm
