// SPDX-License-Identifier: GPL-3.0-or-later
// Commands that configure storage: subsystems (simulation), arrays, logical drives, drives.
#include "copy/ratecontroller.h"
#include "families/ds4000/commands.h"
#include "families/ds4000/flashcopyops.h"
#include "families/ds4000/mirrorops.h"
#include "families/ds4000/models.h"
#include "families/ds4000/storageops.h"
#include "service/commandcontext.h"
#include "service/engine.h"
#include "storage/health.h"
#include "storage/rules.h"
#include "util/bytesize.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline::StorageOps;

namespace Copyline
{

namespace
{

/** Drives reserve this much for the controller's configuration database (DACstore) [SIM]. */
constexpr qint64 kDriveReserved = 512 * MiB;

QString driveLabel(const Drive& d)
{
    return u"Drive [%1,%2]"_s.arg(d.enclosure).arg(d.slot);
}

void createStorageSubsystem(CommandContext& ctx)
{
    // [SIM] Bringing simulated hardware into the workspace: a DS4000 subsystem with two controllers and its
    // enclosures full of drives. A real management station would discover it instead.
    const QString name = ctx.args.string(u"userLabel"_s);
    check(checkName(name, u"storage subsystem"_s));
    if (ctx.config.subsystemByName(name) != nullptr) {
        fail(ErrorCode::NameInUse, {name, u"another storage subsystem"_s});
    }
    const QString modelText = ctx.args.string(u"model"_s, u"DS4800"_s);
    if (!Ds4000::models().contains(modelText, Qt::CaseInsensitive)) {
        fail(ErrorCode::InvalidParameter,
            {u"model"_s, modelText, u"choose one of %1"_s.arg(Ds4000::models().join(u", "_s))});
    }
    const Ds4000::ModelLimits limits = Ds4000::limits(modelText);
    const qint64 enclosures = ctx.args.integer(u"enclosures"_s, 2);
    if (enclosures < 1 || enclosures > 8) {
        fail(ErrorCode::InvalidParameter, {u"enclosures"_s, QString::number(enclosures), u"use 1 to 8"_s});
    }
    const qint64 drivesPerEnclosure = ctx.args.integer(u"drivesPerEnclosure"_s, limits.enclosureSlots);
    if (drivesPerEnclosure < 1 || drivesPerEnclosure > limits.enclosureSlots) {
        fail(ErrorCode::InvalidParameter,
            {u"drivesPerEnclosure"_s, QString::number(drivesPerEnclosure),
                u"a %1 enclosure has %2 slots"_s.arg(limits.model).arg(limits.enclosureSlots)});
    }
    const qint64 rawCapacity = ctx.args.has(u"driveCapacity"_s) ? ctx.args.capacity(u"driveCapacity"_s) : 68 * GiB;
    if (rawCapacity < 2 * GiB) {
        fail(ErrorCode::CapacityTooSmall, {formatCapacity(rawCapacity), formatCapacity(2 * GiB)});
    }
    const auto type = parseEnum<DriveType>(ctx.args.string(u"driveType"_s, u"fibre"_s));
    if (!type) {
        fail(ErrorCode::InvalidParameter, {u"driveType"_s, ctx.args.string(u"driveType"_s), u"use fibre or sata"_s});
    }

    Subsystem s;
    s.id = ctx.config.allocateId();
    s.name = name;
    s.family = QString::fromLatin1(Ds4000::kFamily);
    s.model = limits.model;
    s.wwn = u"600A0B80"_s + randomHex(24);
    s.firmware = ctx.args.string(u"firmware"_s, u"06.23.05.00"_s);
    s.featureEnableId = randomAlphanumeric(32);
    s.created = ctx.clock.now();
    ctx.config.subsystems.insert(s.id, s);
    for (const char* slot : {"A", "B"}) {
        Controller c;
        c.id = ctx.config.allocateId();
        c.subsystemId = s.id;
        c.slot = QString::fromLatin1(slot);
        c.serial = u"SF%1"_s.arg(randomHex(8));
        ctx.config.controllers.insert(c.id, c);
    }
    for (int e = 1; e <= enclosures; ++e) {
        for (int slot = 1; slot <= drivesPerEnclosure; ++slot) {
            Drive d;
            d.id = ctx.config.allocateId();
            d.subsystemId = s.id;
            d.enclosure = e;
            d.slot = slot;
            d.rawCapacity = rawCapacity;
            d.usableCapacity = roundDown(rawCapacity - kDriveReserved, MiB);
            d.type = *type;
            d.speedRpm = *type == DriveType::Sata ? 7200 : 15000;
            d.product = *type == DriveType::Sata ? u"ST3750640NS"_s : u"ST373455FC"_s;
            d.serial = randomHex(8);
            ctx.config.drives.insert(d.id, d);
        }
    }
    ctx.data.insert(u"id"_s, s.id);
    // The subsystem now exists, so the event can name it.
    ctx.args.consume(u"subsystem"_s);
    ctx.args.consume(u"subsystemId"_s);
    Event e;
    e.subsystemId = s.id;
    e.time = ctx.clock.now();
    e.code = EventCode::SubsystemCreated;
    e.component = u"Storage Subsystem %1"_s.arg(s.name);
    e.description = u"Storage subsystem added"_s;
    e.details = u"%1, %2 enclosure(s) with %3 drives each."_s.arg(s.model).arg(enclosures).arg(drivesPerEnclosure);
    ctx.events().append(e);
}

void setStorageSubsystem(CommandContext& ctx)
{
    const Subsystem& s = ctx.subsystem();
    if (ctx.args.has(u"copyBandwidth"_s)) {
        // [SIM] The rate a background copy reaches at Highest priority; 0 lets the disks set the pace.
        const qint64 bandwidth = ctx.args.capacity(u"copyBandwidth"_s);
        ctx.config.subsystems[s.id].copyBandwidth = bandwidth;
        Engine& engine = ctx.engine;
        const ObjectId id = s.id;
        ctx.onCommit([&engine, id, bandwidth]() { engine.scheduler().setBandwidth(id, bandwidth); });
        ctx.logEvent(EventCode::SubsystemRenamed, EventSeverity::Informational, u"Storage Subsystem %1"_s.arg(s.name),
            u"Copy bandwidth changed"_s,
            bandwidth == 0 ? u"Background copies run as fast as the disks allow."_s
                           : u"A copy at Highest priority runs at %1/s."_s.arg(formatBytes(bandwidth)));
    }
    if (ctx.args.has(u"latencyBound"_s)) {
        // Issue 19: the adaptive copy rate. Background copies and mirror synchronizations of the subsystem slow
        // down while its host writes take longer than the bound (DRBD's dynamic resync controller, c-plan-ahead),
        // never below a minimum rate (c-min-rate); 0 = the fixed rate of today.
        const qint64 ms = ctx.args.integer(u"latencyBound"_s);
        if (ms < 0 || ms > 60000) {
            fail(ErrorCode::InvalidParameter,
                {u"latencyBound"_s, QString::number(ms), u"use 0 (off) to 60000 milliseconds"_s});
        }
        ctx.config.subsystems[s.id].options = withLatencyBoundMs(s.options, ms);
        Engine& engine = ctx.engine;
        const ObjectId id = s.id;
        ctx.onCommit([&engine, id, ms]() { engine.rateController(id)->setBound(std::chrono::milliseconds(ms)); });
        ctx.logEvent(EventCode::SubsystemRenamed, EventSeverity::Informational, u"Storage Subsystem %1"_s.arg(s.name),
            u"Copy latency bound changed"_s,
            ms == 0 ? u"Background copies run at a fixed rate (the disks' pace or the copy bandwidth)."_s
                    : u"Background copies slow down while host writes take longer than %1 ms."_s.arg(ms));
    }
    if (ctx.args.has(u"userLabel"_s)) {
        const QString name = ctx.args.string(u"userLabel"_s);
        check(checkName(name, u"storage subsystem"_s));
        const Subsystem* other = ctx.config.subsystemByName(name);
        if (other != nullptr && other->id != s.id) {
            fail(ErrorCode::NameInUse, {name, u"another storage subsystem"_s});
        }
        const QString old = s.name;
        ctx.config.subsystems[s.id].name = name;
        ctx.logEvent(EventCode::SubsystemRenamed, EventSeverity::Informational, u"Storage Subsystem %1"_s.arg(name),
            u"Storage subsystem renamed"_s, u"Previous name: %1."_s.arg(old));
    } else if (!ctx.args.has(u"copyBandwidth"_s) && !ctx.args.has(u"latencyBound"_s)) {
        fail(ErrorCode::MissingParameter, {u"userLabel, copyBandwidth or latencyBound"_s, ctx.args.command()});
    }
}

void createArray(CommandContext& ctx)
{
    const RaidLevel level = raidArg(ctx);
    const Array array = makeArray(ctx, ctx.args.list(u"drives"_s), level);
    ctx.data.insert(u"id"_s, array.id);
    ctx.data.insert(u"number"_s, array.number);
}

void deleteArray(CommandContext& ctx)
{
    QStringList refs = ctx.args.targets();
    if (ctx.args.has(u"id"_s)) {
        const ObjectId id = ctx.args.integer(u"id"_s);
        const auto it = ctx.config.arrays.constFind(id);
        if (it == ctx.config.arrays.cend() || it->subsystemId != ctx.subsystemId()) {
            fail(ErrorCode::ArrayNotFound, {QString::number(id), ctx.subsystem().name});
        }
        refs = {QString::number(it->number)};
    }
    if (refs.isEmpty()) {
        fail(ErrorCode::MissingParameter, {u"[array number]"_s, ctx.args.command()});
    }
    for (const QString& ref : std::as_const(refs)) {
        const Array array = ctx.arrayNumbered(ref);
        const auto drives = ctx.config.logicalDrivesOfArray(array.id);
        if (!drives.isEmpty()) {
            fail(ErrorCode::ArrayNotEmpty, {arrayLabel(array), QString::number(drives.size())});
        }
        for (const Drive& d : ctx.config.drivesOfArray(array.id)) {
            Drive& member = ctx.config.drives[d.id];
            member.role = DriveRole::Unassigned;
            member.arrayId = 0;
            member.arrayPosition = 0;
        }
        ctx.config.arrays.remove(array.id);
        ctx.logEvent(EventCode::ArrayDeleted, EventSeverity::Informational, arrayLabel(array), u"Array deleted"_s,
            u"Its drives are unassigned again."_s);
    }
}

void setDrive(CommandContext& ctx)
{
    const QStringList refs = ctx.args.targets();
    if (refs.isEmpty()) {
        fail(ErrorCode::MissingParameter, {u"[enclosure,slot]"_s, ctx.args.command()});
    }
    const bool hotSpare = ctx.args.boolean(u"hotSpare"_s, false);
    if (!ctx.args.has(u"hotSpare"_s)) {
        fail(ErrorCode::MissingParameter, {u"hotSpare"_s, ctx.args.command()});
    }
    for (const QString& ref : refs) {
        const Drive& d = ctx.driveAt(ref);
        Drive& drive = ctx.config.drives[d.id];
        if (hotSpare) {
            if (drive.role == DriveRole::HotSpare) {
                continue;
            }
            if (drive.role != DriveRole::Unassigned || drive.status != ComponentStatus::Optimal) {
                fail(ErrorCode::DriveNotHotSpareCandidate,
                    {QString::number(d.enclosure), QString::number(d.slot),
                        u"only an unassigned, optimal drive can become a hot spare"_s});
            }
            drive.role = DriveRole::HotSpare;
            ctx.logEvent(
                EventCode::HotSpareAssigned, EventSeverity::Informational, driveLabel(drive), u"Hot spare assigned"_s);
        } else {
            if (drive.role == DriveRole::Unassigned) {
                continue;
            }
            if (drive.role != DriveRole::HotSpare) {
                fail(ErrorCode::DriveNotHotSpareCandidate,
                    {QString::number(d.enclosure), QString::number(d.slot), u"it is not a hot spare"_s});
            }
            drive.role = DriveRole::Unassigned;
            ctx.logEvent(EventCode::HotSpareUnassigned, EventSeverity::Informational, driveLabel(drive),
                u"Hot spare unassigned"_s);
        }
    }
}

void createLogicalDrive(CommandContext& ctx)
{
    Array array;
    if (ctx.args.has(u"drives"_s)) {
        array = makeArray(ctx, ctx.args.list(u"drives"_s), raidArg(ctx));
    } else if (ctx.args.has(u"arrayId"_s)) {
        const ObjectId id = ctx.args.integer(u"arrayId"_s);
        const auto it = ctx.config.arrays.constFind(id);
        if (it == ctx.config.arrays.cend() || it->subsystemId != ctx.subsystemId()) {
            fail(ErrorCode::ArrayNotFound, {QString::number(id), ctx.subsystem().name});
        }
        array = *it;
    } else {
        array = ctx.arrayNumbered(ctx.args.string(u"array"_s));
    }
    const QString name = ctx.args.string(u"userLabel"_s);
    checkNewLogicalDriveName(ctx, name);
    const qint64 capacity
        = ctx.args.has(u"capacity"_s) ? ctx.args.capacity(u"capacity"_s) : arrayFreeCapacity(ctx.config, array.id);
    const QString owner = ownerArg(ctx, u"owner"_s, defaultOwner(ctx.config, ctx.subsystemId()));
    const LogicalDrive ld = addLogicalDrive(ctx, array, name, capacity, owner, LogicalDriveKind::Standard);
    ctx.data.insert(u"id"_s, ld.id);
    ctx.data.insert(u"capacity"_s, ld.capacity);
}

void setLogicalDrive(CommandContext& ctx)
{
    const LogicalDrive ld = ctx.logicalDrive();
    bool changed = false;
    if (ctx.args.has(u"userLabel"_s)) {
        const QString name = ctx.args.string(u"userLabel"_s);
        checkNewLogicalDriveName(ctx, name, ld.id);
        ctx.config.logicalDrives[ld.id].name = name;
        ctx.logEvent(EventCode::LogicalDriveRenamed, EventSeverity::Informational, u"Logical Drive %1"_s.arg(name),
            u"Logical drive renamed"_s, u"Previous name: %1."_s.arg(ld.name));
        changed = true;
    }
    if (ctx.args.has(u"addCapacity"_s)) {
        increaseCapacity(ctx, ctx.config.logicalDrives[ld.id], ctx.args.capacity(u"addCapacity"_s));
        changed = true;
    }
    if (ctx.args.has(u"modificationPriority"_s)) {
        LogicalDrive& target = ctx.config.logicalDrives[ld.id];
        const QString text = ctx.args.string(u"modificationPriority"_s);
        const auto priority = parseEnum<CopyPriority>(text);
        if (!priority) {
            fail(ErrorCode::InvalidParameter,
                {u"modificationPriority"_s, text, u"use lowest, low, medium, high or highest"_s});
        }
        target.modificationPriority = *priority; // a modification under way goes on at the new pace
        changed = true;
    }
    if (ctx.args.has(u"owner"_s)) {
        const QString owner = ownerArg(ctx, u"owner"_s, ld.preferredOwner);
        LogicalDrive& target = ctx.config.logicalDrives[ld.id];
        target.preferredOwner = owner;
        target.currentOwner = owner;
        MirrorOps::ownershipChanged(ctx, target);
        ctx.logEvent(EventCode::LogicalDriveOwnershipChanged, EventSeverity::Informational,
            logicalDriveComponent(target), u"Logical drive ownership changed"_s,
            u"Preferred and current owner: controller %1."_s.arg(owner));
        changed = true;
    }
    if (ctx.args.has(u"logicalUnitNumber"_s)) {
        defineMappingFromArgs(ctx, ctx.config.logicalDrives[ld.id]);
        changed = true;
    }
    changed = FlashCopyOps::applySettings(ctx, ctx.config.logicalDrives[ld.id]) || changed;
    if (!changed) {
        fail(ErrorCode::MissingParameter,
            {u"userLabel, addCapacity, modificationPriority, owner, logicalUnitNumber, warningThresholdPercent or "
             "repositoryFullPolicy"_s,
                ctx.args.command()});
    }
}

void deleteLogicalDrive(CommandContext& ctx)
{
    QList<LogicalDrive> victims;
    if (ctx.args.has(u"id"_s)) {
        victims.append(ctx.logicalDrive());
    } else {
        const QStringList names = ctx.args.targets();
        if (names.isEmpty()) {
            fail(ErrorCode::MissingParameter, {u"[\"logical drive name\"]"_s, ctx.args.command()});
        }
        for (const QString& name : names) {
            victims.append(ctx.logicalDriveNamed(name));
        }
    }
    for (const LogicalDrive& ld : std::as_const(victims)) {
        StorageOps::deleteLogicalDrive(ctx, ld);
    }
}

} // namespace

/**
 * download storageSubsystem firmware level="NN.NN.NN.NN" — [SIM] the real statement takes file="..."; the level
 * stands for the file's content. Spec §8.8 (Appendix A, L13511-13652): the subsystem must be Optimal first (follow
 * the Recovery Guru), and with Enhanced Remote Mirroring the primary's subsystem is upgraded first, then the
 * secondary's; until both run the same level only mirror deletion, renaming, synchronization priority changes and
 * promotion are allowed (mirrorruntime.cpp checkSameFirmware).
 */
void downloadFirmware(CommandContext& ctx)
{
    const Subsystem s = ctx.subsystem();
    const QString level = ctx.args.string(u"level"_s);
    static const QRegularExpression kLevel(u"^\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{2}$"_s);
    if (!kLevel.match(level).hasMatch()) {
        fail(ErrorCode::InvalidParameter,
            {u"level"_s, level, u"give the firmware level as four two-digit numbers, e.g. \"06.60.22.00\""_s});
    }
    if (level == s.firmware) {
        fail(ErrorCode::FirmwareDownloadRefused, {s.name, u"it already runs firmware %1"_s.arg(level)});
    }
    if (const QStringList reasons = attentionReasons(ctx.config, s.id); !reasons.isEmpty()) {
        fail(ErrorCode::FirmwareDownloadRefused,
            {s.name,
                u"it needs attention (%1); the storage subsystem must be Optimal before a download: follow the "
                "Recovery Guru first"_s.arg(reasons.join(u"; "_s))});
    }
    for (const Mirror& m : ctx.config.mirrors) {
        if (m.subsystemId != s.id || m.role != MirrorRole::Secondary) {
            continue;
        }
        const Subsystem primary = ctx.config.subsystems.value(m.remoteSubsystemId);
        if (primary.firmware < level) {
            fail(ErrorCode::FirmwareDownloadRefused,
                {s.name,
                    u"it holds secondary logical drives of storage subsystem %1, which runs %2: download to the "
                    "primary storage subsystem first, then to the secondary"_s.arg(primary.name, primary.firmware)});
        }
    }
    ctx.config.subsystems[s.id].firmware = level;
    ctx.data.insert(u"firmware"_s, level);
    ctx.logEvent(EventCode::FirmwareDownloaded, EventSeverity::Informational, u"Storage Subsystem %1"_s.arg(s.name),
        u"Controller firmware downloaded"_s,
        u"Controllers A and B now run firmware %1 (before: %2)."_s.arg(level, s.firmware));
}

QList<CommandSpec> storageCommands()
{
    return {
        {"createStorageSubsystem", &createStorageSubsystem, true},
        {"setStorageSubsystem", &setStorageSubsystem, true},
        {"createArray", &createArray, true},
        {"deleteArray", &deleteArray, true},
        {"setDrive", &setDrive, true},
        {"createLogicalDrive", &createLogicalDrive, true},
        {"setLogicalDrive", &setLogicalDrive, true},
        {"deleteLogicalDrive", &deleteLogicalDrive, true},
        {"downloadFirmware", &downloadFirmware, true},
    };
}

} // namespace Copyline
