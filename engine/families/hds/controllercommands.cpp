// SPDX-License-Identifier: GPL-3.0-or-later
// The disk controller of seed 004 (spec §2, §6.1): its channel adapters (CHA), disk adapters (DKA), cache and SVP
// settings, the logical volumes addressed by port, target ID and LUN and by CU:LDEV with emulation, capacity and the
// reserve attribute, and the "Define status" counts of the main screen 1500 (L207). The record helpers the family's
// files share (hds.h).
#include "families/hds/hds.h"
#include "service/engine.h"
#include "service/volumes.h"
#include "util/bytesize.h"
#include "util/optionwords.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Hds
{

namespace OW = OptionWords;

// ---- statuses -----------------------------------------------------------------------------------------------------

int statusNumber(const QString& state)
{
    if (state == QLatin1String(kNotCopied)) {
        return 802;
    }
    if (state == QLatin1String(kCopying)) {
        return 803;
    }
    if (state == QLatin1String(kCopied)) {
        return 804;
    }
    return 801;
}

QString guiStatus(const Relationship& pair)
{
    // Spec §4.4 [INF]: the seed names the GUI statuses (L207) but does not map them; suspend is Copyline's extension
    // flag (also shown for a copy that failed).
    if (pair.hasOption(u"suspended"_s) || pair.hasOption(u"failed"_s)) {
        return u"suspend"_s;
    }
    const QString phase = OW::value(pair.options, u"phase"_s);
    switch (statusNumber(pair.state)) {
    case 802:
        return phase == u"resync"_s ? u"re-sync"_s : u"duplex"_s;
    case 803:
        return phase == u"initial"_s ? u"pending"_s : u"SP-Pending"_s;
    case 804:
        return u"split"_s;
    default:
        return u"simplex"_s;
    }
}

QStringList guiStatuses()
{
    return {u"simplex"_s, u"pending"_s, u"duplex"_s, u"SP-Pending"_s, u"split"_s, u"re-sync"_s, u"suspend"_s};
}

// ---- records ------------------------------------------------------------------------------------------------------

QList<Subsystem> controllers(const Configuration& config)
{
    QList<Subsystem> list;
    for (const Subsystem& s : config.subsystems) {
        if (s.family == QLatin1String(kFamily)) {
            list.append(s);
        }
    }
    std::sort(list.begin(), list.end(), [](const Subsystem& a, const Subsystem& b) { return a.name < b.name; });
    return list;
}

QString normalizeLdev(const QString& text)
{
    static const QRegularExpression form(u"^([0-9A-Fa-f]{1,2}):([0-9A-Fa-f]{1,2})$"_s);
    static const QRegularExpression packed(u"^([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})$"_s);
    QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch()) {
        m = packed.match(text.trimmed());
    }
    if (!m.hasMatch()) {
        return {};
    }
    return u"%1:%2"_s.arg(m.captured(1).toInt(nullptr, 16), 2, 16, QLatin1Char('0'))
        .arg(m.captured(2).toInt(nullptr, 16), 2, 16, QLatin1Char('0'))
        .toUpper();
}

int ldevNumber(const QString& ldev)
{
    return ldev.section(u':', 0, 0).toInt(nullptr, 16) * 256 + ldev.section(u':', 1, 1).toInt(nullptr, 16);
}

const LogicalDrive& volumeAt(const CommandContext& ctx, const Subsystem& controller, const QString& ldev)
{
    const QString id = normalizeLdev(ldev);
    if (!id.isEmpty()) {
        if (const LogicalDrive* v = ctx.config.logicalDriveByName(controller.id, id)) {
            return *v;
        }
    }
    fail(ErrorCode::HdsVolumeNotFound, {ldev, controller.name});
}

const CopyPath* ldevInfo(const Configuration& config, ObjectId volumeId)
{
    for (const CopyPath& p : config.copyPaths) {
        if (p.kind == QLatin1String(kLdev) && p.sourceRef == volumeId) {
            return &p;
        }
    }
    return nullptr;
}

bool isReserved(const Configuration& config, ObjectId volumeId)
{
    const CopyPath* info = ldevInfo(config, volumeId);
    return info != nullptr && OW::value(info->state, u"reserve"_s) == u"yes"_s;
}

QString emulationOf(const Configuration& config, ObjectId volumeId)
{
    const CopyPath* info = ldevInfo(config, volumeId);
    return info != nullptr ? OW::value(info->state, u"emulation"_s, u"OPEN-V"_s) : u"OPEN-V"_s;
}

qint64 trackSizeOf(const QString& emulation)
{
    // [EXT] The fixed-size open emulations of that generation (OPEN-3, -8, -9, -E) have 48 KB tracks, OPEN-V
    // 256 KB; the seed says only that the copy unit is a track (L147).
    return emulation == u"OPEN-V"_s ? 256 * 1024 : 48 * 1024;
}

QList<Relationship> pairsOfPrimary(const Configuration& config, ObjectId volumeId)
{
    QList<Relationship> list;
    for (const Relationship& r : config.relationships) {
        if (r.kind == QLatin1String(kPair) && r.sourceId == volumeId) {
            list.append(r);
        }
    }
    return list;
}

const Relationship* pairOfSecondary(const Configuration& config, ObjectId volumeId)
{
    for (const Relationship& r : config.relationships) {
        if (r.kind == QLatin1String(kPair) && r.targetId == volumeId) {
            return &r;
        }
    }
    return nullptr;
}

const Relationship* pairBetween(const Configuration& config, ObjectId primary, ObjectId secondary)
{
    const Relationship* r = pairOfSecondary(config, secondary);
    return r != nullptr && r->sourceId == primary ? r : nullptr;
}

QString pairText(const Configuration& config, const Relationship& pair)
{
    return u"%1 - %2"_s.arg(
        config.logicalDrives.value(pair.sourceId).name, config.logicalDrives.value(pair.targetId).name);
}

namespace
{

/** [EXT] The capacities of the open emulations (rounded down to the 64 KB granule of the simulator). */
qint64 emulationCapacity(const QString& emulation)
{
    if (emulation == u"OPEN-3"_s) {
        return qint64(2403328) * 1024;
    }
    if (emulation == u"OPEN-8"_s) {
        return qint64(7175488) * 1024;
    }
    if (emulation == u"OPEN-9"_s) {
        return qint64(7211520) * 1024;
    }
    if (emulation == u"OPEN-E"_s) {
        return qint64(14423040) * 1024;
    }
    return 0; // OPEN-V: the capacity is chosen
}

qint64 positive(CommandContext& ctx, const QString& key, qint64 fallback, qint64 most)
{
    const qint64 value = ctx.args.integer(key, fallback);
    if (value < 1 || value > most) {
        fail(ErrorCode::InvalidParameter, {key, QString::number(value), u"use 1 to %1"_s.arg(most)});
    }
    return value;
}

QString onOff(CommandContext& ctx, const QString& key)
{
    return ctx.args.boolean(key, true) ? u"on"_s : u"off"_s;
}

int countReserved(const Configuration& config, ObjectId controllerId)
{
    int n = 0;
    for (const LogicalDrive& v : config.logicalDrivesOf(controllerId)) {
        n += isReserved(config, v.id) ? 1 : 0;
    }
    return n;
}

int countPairs(const Configuration& config, ObjectId controllerId)
{
    int n = 0;
    for (const Relationship& r : config.relationships) {
        n += r.kind == QLatin1String(kPair) && r.subsystemId == controllerId ? 1 : 0;
    }
    return n;
}

/** hdsCreateController serial=64015 [cache="10 GB"] [chas=4] [dkas=2] [maxPairs=1024] [maxReserved=1024]. */
void createController(CommandContext& ctx)
{
    const QString serial = ctx.args.string(u"serial"_s);
    const qint64 cache = ctx.args.has(u"cache"_s) ? ctx.args.capacity(u"cache"_s) : qint64(10) << 30;
    const qint64 chas = positive(ctx, u"chas"_s, 4, 32);
    const qint64 dkas = positive(ctx, u"dkas"_s, 2, 8);
    const qint64 maxPairs = positive(ctx, u"maxPairs"_s, 1024, 16384);
    const qint64 maxReserved = positive(ctx, u"maxReserved"_s, 1024, 16384);
    ctx.args.finish();
    static const QRegularExpression serialForm(u"^\\d{5}$"_s);
    if (!serialForm.match(serial).hasMatch()) {
        fail(ErrorCode::HdsControllerInvalid,
            {serial, u"a controller is named by its five-digit serial, such as 64015"_s});
    }
    if (ctx.config.subsystemByName(serial) != nullptr) {
        fail(ErrorCode::HdsControllerInvalid, {serial, u"a subsystem with this name exists already"_s});
    }
    if (cache < (qint64(64) << 20)) {
        fail(ErrorCode::InvalidParameter, {u"cache"_s, formatBytes(cache), u"give the cache at least 64 MB"_s});
    }
    Subsystem s;
    s.id = ctx.config.allocateId();
    s.name = serial;
    s.family = QString::fromLatin1(kFamily);
    s.model = u"DKC"_s;
    s.firmware = u"SVP microcode 01-10"_s;
    s.created = ctx.clock.now();
    OW::set(s.options, u"cache"_s, QString::number(cache));
    OW::set(s.options, u"chas"_s, QString::number(chas));
    OW::set(s.options, u"dkas"_s, QString::number(dkas));
    OW::set(s.options, u"maxPairs"_s, QString::number(maxPairs));
    OW::set(s.options, u"maxReserved"_s, QString::number(maxReserved));
    OW::set(s.options, u"copyMode"_s, u"full"_s);
    OW::set(s.options, u"initialCopy"_s, u"on"_s);
    OW::set(s.options, u"resyncSweep"_s, u"on"_s);
    OW::set(s.options, u"copyPath"_s, u"incontroller"_s);
    ctx.config.subsystems.insert(s.id, s);
    ctx.logEventOn(s.id, EventCode::HdsControllerChanged, EventSeverity::Informational, u"Controller %1"_s.arg(serial),
        u"Controller added"_s,
        u"%1 channel adapters, %2 disk adapters, cache %3; at most %4 pairs and %5 reserved volumes."_s.arg(chas)
            .arg(dkas)
            .arg(formatGb(cache))
            .arg(maxPairs)
            .arg(maxReserved));
    ctx.data.insert(u"id"_s, s.id);
}

/**
 * hdsSetController subsystem=64015 [copyMode=full|differential] [initialCopy=bool] [resyncSweep=bool]
 * [copyPath=incontroller|remotecopy] [chaBandwidth=bytes/s] [maxPairs=n] [maxReserved=n]: the choices the seed leaves
 * open (decisions D1, D4, D5) and the limits of the Define status area, whose values the seed does not give.
 */
void setController(CommandContext& ctx)
{
    Subsystem s = ctx.subsystem();
    QStringList changes;
    if (ctx.args.has(u"copyMode"_s)) {
        const QString mode = ctx.args.string(u"copyMode"_s);
        if (mode != u"full"_s && mode != u"differential"_s) {
            fail(ErrorCode::InvalidParameter,
                {u"copyMode"_s, mode, u"use full (every track, L166) or differential (the changed tracks, L134)"_s});
        }
        OW::set(s.options, u"copyMode"_s, mode);
        changes.append(u"copy mode %1"_s.arg(mode));
    }
    for (const QString& key : {u"initialCopy"_s, u"resyncSweep"_s}) {
        if (ctx.args.has(key)) {
            OW::set(s.options, key, onOff(ctx, key));
            changes.append(u"%1 %2"_s.arg(key, OW::value(s.options, key)));
        }
    }
    if (ctx.args.has(u"copyPath"_s)) {
        const QString path = ctx.args.string(u"copyPath"_s);
        if (path != u"incontroller"_s && path != u"remotecopy"_s) {
            fail(ErrorCode::InvalidParameter,
                {u"copyPath"_s, path,
                    u"use incontroller (the invention) or remotecopy (the prior art: through two host channels)"_s});
        }
        OW::set(s.options, u"copyPath"_s, path);
        changes.append(u"copy path %1"_s.arg(path));
    }
    if (ctx.args.has(u"chaBandwidth"_s)) {
        const qint64 rate = ctx.args.capacity(u"chaBandwidth"_s);
        if (rate < 0) {
            fail(ErrorCode::InvalidParameter,
                {u"chaBandwidth"_s, QString::number(rate), u"use 0 (unlimited) or more"_s});
        }
        OW::set(s.options, u"chaBandwidth"_s, QString::number(rate));
        changes.append(u"host channel bandwidth %1/s"_s.arg(rate == 0 ? u"unlimited"_s : formatBytes(rate)));
    }
    if (ctx.args.has(u"maxPairs"_s)) {
        const qint64 most = positive(ctx, u"maxPairs"_s, 1, 16384);
        if (most < countPairs(ctx.config, s.id)) {
            fail(ErrorCode::InvalidParameter,
                {u"maxPairs"_s, QString::number(most),
                    u"%1 pairs are defined; delete pairs first"_s.arg(countPairs(ctx.config, s.id))});
        }
        OW::set(s.options, u"maxPairs"_s, QString::number(most));
        changes.append(u"at most %1 pairs"_s.arg(most));
    }
    if (ctx.args.has(u"maxReserved"_s)) {
        const qint64 most = positive(ctx, u"maxReserved"_s, 1, 16384);
        if (most < countReserved(ctx.config, s.id)) {
            fail(ErrorCode::InvalidParameter,
                {u"maxReserved"_s, QString::number(most),
                    u"%1 volumes are reserved; reset the attribute of some first"_s.arg(
                        countReserved(ctx.config, s.id))});
        }
        OW::set(s.options, u"maxReserved"_s, QString::number(most));
        changes.append(u"at most %1 reserved volumes"_s.arg(most));
    }
    ctx.args.finish();
    if (changes.isEmpty()) {
        fail(ErrorCode::MissingParameter,
            {u"copyMode, initialCopy, resyncSweep, copyPath, chaBandwidth, maxPairs or maxReserved"_s,
                ctx.args.command()});
    }
    ctx.config.subsystems.insert(s.id, s);
    Engine& engine = ctx.engine;
    ctx.onCommit([&engine, s]() { applyCopyPath(engine, s); });
    ctx.logEventOn(s.id, EventCode::HdsControllerChanged, EventSeverity::Informational, u"Controller %1"_s.arg(s.name),
        u"Controller settings changed"_s, changes.join(u"; "_s));
}

/** An array for the volume's parity group: one per disk adapter and RAID level. */
ObjectId parityGroup(CommandContext& ctx, const Subsystem& controller, int dka, int raid)
{
    const int number = dka * 100 + raid;
    if (const Array* a = ctx.config.arrayByNumber(controller.id, number)) {
        return a->id;
    }
    Array a;
    a.id = ctx.config.allocateId();
    a.subsystemId = controller.id;
    a.number = number;
    a.raidLevel = static_cast<RaidLevel>(raid);
    OW::set(a.options, u"dka"_s, QString::number(dka));
    ctx.config.arrays.insert(a.id, a);
    return a.id;
}

/**
 * hdsCreateVolume subsystem=64015 ldev=00:1A [port=CL1-A] [tid=0] [lun=n]
 * [emulation=OPEN-3|OPEN-8|OPEN-9|OPEN-E|OPEN-V] [capacity=... (OPEN-V)] [raid=1|5] [dka=n] [reserve=bool].
 */
void createVolume(CommandContext& ctx)
{
    const Subsystem& controller = ctx.subsystem();
    const QString given = ctx.args.string(u"ldev"_s);
    const QString port = ctx.args.string(u"port"_s, u"CL1-A"_s).toUpper();
    const qint64 tid = ctx.args.integer(u"tid"_s, 0);
    const QString emulation = ctx.args.string(u"emulation"_s, u"OPEN-V"_s).toUpper();
    const qint64 raid = ctx.args.integer(u"raid"_s, 5);
    const qint64 dka = ctx.args.integer(u"dka"_s, 0);
    const bool reserve = ctx.args.boolean(u"reserve"_s, false);
    const QString ldev = normalizeLdev(given);
    if (ldev.isEmpty()) {
        fail(ErrorCode::InvalidParameter, {u"ldev"_s, given, u"give CU:LDEV in hex, such as 00:1A"_s});
    }
    qint64 capacity = emulationCapacity(emulation);
    if (emulation == u"OPEN-V"_s) {
        capacity = ctx.args.capacity(u"capacity"_s);
        if (capacity <= 0 || capacity % kCapacityGranule != 0) {
            fail(ErrorCode::InvalidParameter,
                {u"capacity"_s, QString::number(capacity), u"use a positive multiple of 64 KB, such as 1 GB"_s});
        }
    } else if (capacity == 0) {
        fail(ErrorCode::InvalidParameter,
            {u"emulation"_s, emulation, u"use OPEN-3, OPEN-8, OPEN-9, OPEN-E or OPEN-V"_s});
    } else if (ctx.args.has(u"capacity"_s) && ctx.args.capacity(u"capacity"_s) != capacity) {
        fail(ErrorCode::InvalidParameter,
            {u"capacity"_s, formatBytes(ctx.args.capacity(u"capacity"_s)),
                u"%1 has a fixed capacity of %2; give a capacity only with OPEN-V"_s.arg(
                    emulation, formatBytes(capacity))});
    }
    const int dkas = OW::value(controller.options, u"dkas"_s, u"2"_s).toInt();
    const int chas = OW::value(controller.options, u"chas"_s, u"4"_s).toInt();
    ctx.args.finish();
    static const QRegularExpression portForm(u"^CL([1-9])-([A-R])$"_s);
    const QRegularExpressionMatch pm = portForm.match(port);
    // [SIM] Each channel adapter serves the ports of one cluster letter pair: CL1-A/CL2-A on CHA 0, -B on CHA 1, ...
    if (!pm.hasMatch() || pm.captured(2).at(0).unicode() - u'A' >= chas) {
        fail(ErrorCode::InvalidParameter,
            {u"port"_s, port,
                u"name a port as cluster and channel, CL1-A to CL2-%1 on this controller's %2 channel adapters"_s
                    .arg(QChar(u'A' + chas - 1))
                    .arg(chas)});
    }
    if (tid < 0 || tid > 15) {
        fail(ErrorCode::InvalidParameter, {u"tid"_s, QString::number(tid), u"use a SCSI target ID of 0 to 15"_s});
    }
    if (raid != 1 && raid != 5) {
        fail(ErrorCode::InvalidParameter, {u"raid"_s, QString::number(raid), u"use 1 or 5"_s});
    }
    if (dka < 0 || dka >= dkas) {
        fail(ErrorCode::InvalidParameter,
            {u"dka"_s, QString::number(dka), u"this controller has disk adapters 0 to %1"_s.arg(dkas - 1)});
    }
    if (ctx.config.logicalDriveByName(controller.id, ldev) != nullptr) {
        fail(ErrorCode::HdsVolumeInvalid,
            {ldev, u"this CU:LDEV is defined already on controller %1"_s.arg(controller.name)});
    }
    // The next free LUN of the port and target when none is given; a LUN is unique per port and target.
    QSet<int> used;
    for (const CopyPath& p : ctx.config.copyPaths) {
        if (p.kind == QLatin1String(kLdev) && p.subsystemId == controller.id && p.sourcePort == port
            && p.targetPort.section(u':', 0, 0).toInt() == tid) {
            used.insert(p.targetPort.section(u':', 1, 1).toInt());
        }
    }
    qint64 lun = 0;
    while (used.contains(static_cast<int>(lun))) {
        ++lun;
    }
    if (ctx.args.has(u"lun"_s)) {
        lun = ctx.args.integer(u"lun"_s);
        if (lun < 0 || lun > 255) {
            fail(ErrorCode::InvalidParameter, {u"lun"_s, QString::number(lun), u"use 0 to 255"_s});
        }
        if (used.contains(static_cast<int>(lun))) {
            fail(ErrorCode::HdsVolumeInvalid,
                {ldev, u"LUN %1 of %2 target %3 is taken; choose another LUN"_s.arg(lun).arg(port).arg(tid)});
        }
    }
    if (reserve
        && countReserved(ctx.config, controller.id) >= OW::value(controller.options, u"maxReserved"_s).toInt()) {
        fail(ErrorCode::HdsLimit,
            {controller.name, OW::value(controller.options, u"maxReserved"_s), u"reserved volumes"_s,
                u"hdsSetController maxReserved="_s});
    }
    LogicalDrive v;
    v.id = ctx.config.allocateId();
    v.subsystemId = controller.id;
    v.arrayId = parityGroup(ctx, controller, static_cast<int>(dka), static_cast<int>(raid));
    v.name = ldev;
    v.capacity = capacity;
    v.created = ctx.clock.now();
    v.fileName = u"hds-%1-%2.img"_s.arg(controller.name, QString(ldev).remove(u':'));
    ctx.config.logicalDrives.insert(v.id, v);
    CopyPath info;
    info.id = ctx.config.allocateId();
    info.subsystemId = controller.id;
    info.kind = QString::fromLatin1(kLdev);
    info.sourceRef = v.id;
    info.sourcePort = port;
    info.targetPort = u"%1:%2"_s.arg(tid).arg(lun);
    OW::set(info.state, u"emulation"_s, emulation);
    OW::set(info.state, u"reserve"_s, reserve ? u"yes"_s : u"no"_s);
    ctx.config.copyPaths.insert(info.id, info);
    Volumes::createFile(ctx, v);
    ctx.logEventOn(controller.id, EventCode::HdsControllerChanged, EventSeverity::Informational,
        u"Controller %1"_s.arg(controller.name), u"Logical volume defined"_s,
        u"%1 (%2, %3) at %4 TID %5 LUN %6, RAID%7 on DKA %8%9."_s.arg(ldev, emulation, formatGb(capacity), port)
            .arg(tid)
            .arg(lun)
            .arg(raid)
            .arg(dka)
            .arg(reserve ? u", reserved"_s : QString()));
    ctx.data.insert(u"id"_s, v.id);
    ctx.data.insert(u"lun"_s, lun);
}

/** hdsSetAttribute subsystem=64015 ldev=00:20 reserve=true|false: the Attribute button 1516 (L209). */
void setAttribute(CommandContext& ctx)
{
    const Subsystem& controller = ctx.subsystem();
    const LogicalDrive& v = volumeAt(ctx, controller, ctx.args.string(u"ldev"_s));
    if (!ctx.args.has(u"reserve"_s)) {
        fail(ErrorCode::MissingParameter, {u"reserve"_s, ctx.args.command()});
    }
    const bool reserve = ctx.args.boolean(u"reserve"_s, false);
    ctx.args.finish();
    const CopyPath* found = ldevInfo(ctx.config, v.id);
    if (found == nullptr) {
        fail(ErrorCode::HdsVolumeInvalid, {v.name, u"its port and LUN record is missing"_s});
    }
    if (!reserve) {
        // A T-VOL stays reserved while its pair exists: the pair's copies may write it (I5).
        if (const Relationship* pair = pairOfSecondary(ctx.config, v.id)) {
            fail(ErrorCode::HdsVolumeInvalid,
                {v.name,
                    u"it is the T-VOL of the pair %1; delete the pair before resetting the reserve attribute"_s.arg(
                        pairText(ctx.config, *pair))});
        }
    } else {
        if (!pairsOfPrimary(ctx.config, v.id).isEmpty()) {
            fail(ErrorCode::HdsVolumeInvalid, {v.name, u"it is the S-VOL of a pair and cannot become a T-VOL"_s});
        }
        if (!isReserved(ctx.config, v.id)
            && countReserved(ctx.config, controller.id) >= OW::value(controller.options, u"maxReserved"_s).toInt()) {
            fail(ErrorCode::HdsLimit,
                {controller.name, OW::value(controller.options, u"maxReserved"_s), u"reserved volumes"_s,
                    u"hdsSetController maxReserved="_s});
        }
    }
    CopyPath info = *found;
    OW::set(info.state, u"reserve"_s, reserve ? u"yes"_s : u"no"_s);
    ctx.config.copyPaths.insert(info.id, info);
    ctx.logEventOn(controller.id, EventCode::HdsControllerChanged, EventSeverity::Informational,
        u"Volume %1"_s.arg(v.name), reserve ? u"Reserve attribute set"_s : u"Reserve attribute reset"_s,
        reserve ? u"%1 can be chosen as a T-VOL (Auto or Select) and refuses host writes."_s.arg(v.name)
                : u"%1 is an ordinary volume again and accepts host writes (L131)."_s.arg(v.name));
}

QString volumeStatus(Engine& engine, const Configuration& config, ObjectId volumeId)
{
    QList<Relationship> pairs = pairsOfPrimary(config, volumeId);
    if (const Relationship* s = pairOfSecondary(config, volumeId)) {
        pairs.append(*s);
    }
    for (const Relationship& r : pairs) {
        if (r.hasOption(u"failed"_s)) {
            return u"blocked"_s;
        }
    }
    for (const Relationship& r : pairs) {
        if (progressOf(engine, r).running) {
            return u"copying"_s; // L205 [INF]: P and S of a pair in 803 or in a resync sweep
        }
    }
    return u"normal"_s;
}

/** hdsListVolumes [subsystem=64015]: the volume list 1504 and the Define status area 1508. */
void listVolumes(CommandContext& ctx)
{
    const bool one = ctx.args.has(u"subsystem"_s) || ctx.args.has(u"subsystemId"_s);
    const QList<Subsystem> list = one ? QList<Subsystem> {ctx.subsystem()} : controllers(ctx.config);
    ctx.args.finish();
    QJsonArray rows;
    int reserved = 0;
    int volumes = 0;
    int pairs = 0;
    for (const Subsystem& s : list) {
        QList<LogicalDrive> vols = ctx.config.logicalDrivesOf(s.id);
        std::sort(vols.begin(), vols.end(),
            [](const LogicalDrive& a, const LogicalDrive& b) { return ldevNumber(a.name) < ldevNumber(b.name); });
        for (const LogicalDrive& v : vols) {
            const CopyPath* info = ldevInfo(ctx.config, v.id);
            const int asPrimary = static_cast<int>(pairsOfPrimary(ctx.config, v.id).size());
            const bool asSecondary = pairOfSecondary(ctx.config, v.id) != nullptr;
            const Array a = ctx.config.arrays.value(v.arrayId);
            rows.append(QJsonObject {{u"controller"_s, s.name}, {u"ldev"_s, v.name},
                {u"cu"_s, v.name.section(u':', 0, 0)}, {u"port"_s, info ? info->sourcePort : QString()},
                {u"tid"_s, info ? info->targetPort.section(u':', 0, 0).toInt() : 0},
                {u"lun"_s, info ? info->targetPort.section(u':', 1, 1).toInt() : 0},
                {u"emulation"_s, emulationOf(ctx.config, v.id)}, {u"capacity"_s, v.capacity},
                {u"raid"_s, static_cast<int>(a.raidLevel)}, {u"dka"_s, OW::value(a.options, u"dka"_s).toInt()},
                {u"reserved"_s, isReserved(ctx.config, v.id)}, {u"pairs"_s, asPrimary + (asSecondary ? 1 : 0)},
                {u"status"_s, volumeStatus(ctx.engine, ctx.config, v.id)},
                {u"role"_s,
                    asSecondary         ? u"T-VOL"_s
                        : asPrimary > 0 ? u"S-VOL"_s
                                        : QString()}});
            ++volumes;
            reserved += isReserved(ctx.config, v.id) ? 1 : 0;
        }
        pairs += countPairs(ctx.config, s.id);
    }
    ctx.data.insert(u"volumes"_s, rows);
    ctx.data.insert(u"define"_s,
        QJsonObject {{u"volumes"_s, volumes}, {u"reserved"_s, reserved},
            {u"maxReserved"_s, list.size() == 1 ? OW::value(list.first().options, u"maxReserved"_s).toInt() : reserved},
            {u"pairs"_s, pairs},
            {u"maxPairs"_s, list.size() == 1 ? OW::value(list.first().options, u"maxPairs"_s).toInt() : pairs}});
}

} // namespace

QList<CommandSpec> controllerCommands()
{
    return {
        {"hdsCreateController", &createController, true},
        {"hdsSetController", &setController, true},
        {"hdsCreateVolume", &createVolume, true},
        {"hdsSetAttribute", &setAttribute, true},
        {"hdsListVolumes", &listVolumes, false},
    };
}

} // namespace Copyline::Hds
