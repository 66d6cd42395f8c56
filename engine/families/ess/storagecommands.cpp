// SPDX-License-Identifier: GPL-3.0-or-later
// ESS machines, their Open Systems LSSs and volumes (spec §1.2-1.4), and the volume query behind rsQuery (§6.5).
#include "copy/pointintime.h"
#include "families/ess/commands.h"
#include "families/ess/copyservices.h"
#include "families/ess/models.h"
#include "families/ess/pprc.h"
#include "service/engine.h"
#include "service/volumes.h"
#include "util/bytesize.h"

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Ess
{

namespace
{

int lssArg(CommandContext& ctx, const QString& text)
{
    bool ok = false;
    const int lss = text.toInt(&ok);
    if (!ok || lss < kFirstOpenSystemsLss || lss > kLastOpenSystemsLss) {
        fail(ErrorCode::EssLssInvalid, {text, u"is not an Open Systems LSS"_s});
    }
    Q_UNUSED(ctx);
    return lss;
}

/** Adds @p count volumes of @p capacity to LSS @p lss of @p server, numbered from the first free number. */
void addVolumes(CommandContext& ctx, const Subsystem& server, const Array& lss, int count, qint64 capacity)
{
    QList<bool> used(kVolumesPerLss, false);
    for (const LogicalDrive& v : ctx.config.logicalDrivesOfArray(lss.id)) {
        if (const auto address = parseVolumeId(v.name)) {
            used[address->number] = true;
        }
    }
    const auto freeNumbers = static_cast<int>(used.count(false));
    if (count > freeNumbers) {
        fail(ErrorCode::EssLssInvalid,
            {QString::number(lss.number), u"has room for %1 more volumes, not %2"_s.arg(freeNumbers).arg(count)});
    }
    int number = 0;
    for (int i = 0; i < count; ++i) {
        while (used[number]) {
            ++number;
        }
        used[number] = true;
        LogicalDrive v;
        v.id = ctx.config.allocateId();
        v.subsystemId = server.id;
        v.arrayId = lss.id;
        v.name = volumeId(server.name, lss.number, number);
        v.capacity = capacity;
        v.created = ctx.clock.now();
        v.fileName = u"ess-%1.img"_s.arg(v.name);
        ctx.config.logicalDrives.insert(v.id, v);
        Volumes::createFile(ctx, v);
    }
    ctx.logEventOn(server.id, EventCode::EssVolumesCreated, EventSeverity::Informational,
        u"Logical Storage Server %1"_s.arg(lss.number), u"Volumes added"_s,
        u"%1 volumes of %2 on LSS %3 of ESS %4."_s.arg(count).arg(formatGb(capacity)).arg(lss.number).arg(server.name));
}

qint64 capacityArg(CommandContext& ctx)
{
    const qint64 capacity = ctx.args.capacity(u"capacity"_s);
    if (capacity <= 0 || capacity % kCapacityGranule != 0) {
        fail(ErrorCode::InvalidParameter,
            {u"capacity"_s, QString::number(capacity), u"use a positive multiple of 64 KB, such as 1 GB"_s});
    }
    return capacity;
}

/** essCreateStorageServer serial=12019 model=F20 lss=(16 17): an ESS 2105 with empty Open Systems LSSs. */
void createStorageServer(CommandContext& ctx)
{
    const QString serial = ctx.args.string(u"serial"_s);
    const QString model = ctx.args.string(u"model"_s, u"F20"_s);
    const QStringList lssList = ctx.args.has(u"lss"_s) ? ctx.args.list(u"lss"_s) : QStringList();
    ctx.args.finish();
    if (const QString why = serialProblem(serial); !why.isEmpty()) {
        fail(ErrorCode::EssSerialInvalid, {serial, why});
    }
    if (!models().contains(model)) {
        fail(ErrorCode::InvalidParameter, {u"model"_s, model, u"use one of "_s + models().join(u", "_s)});
    }
    if (ctx.config.subsystemByName(serial) != nullptr) {
        fail(
            ErrorCode::EssSerialInvalid, {serial, u"an ESS with this serial is already in the Copy Services domain"_s});
    }
    Subsystem s;
    s.id = ctx.config.allocateId();
    s.name = serial;
    s.family = QString::fromLatin1(kFamily);
    s.model = model;
    s.firmware = u"IBM2105 Copy Services/1.1.0"_s;
    s.created = ctx.clock.now();
    s.flashCopyEnabled = true;
    // The first ESS of the domain runs the primary Copy Services server (essSetCopyServicesServers moves it); a new
    // ESS talks to the server that is active.
    if (domainHolder(ctx.config) == nullptr) {
        s.options = u"csServer=primary csActive=primary"_s;
    } else {
        const QString active = activeServer(ctx.config);
        s.options = u"csActive=%1"_s.arg(active.isEmpty() ? u"disabled"_s : active);
    }
    ctx.config.subsystems.insert(s.id, s);
    QList<int> numbers;
    for (const QString& text : lssList) {
        const int lss = lssArg(ctx, text);
        if (numbers.contains(lss)) {
            fail(ErrorCode::EssLssInvalid, {text, u"is listed twice"_s});
        }
        numbers.append(lss);
        Array a;
        a.id = ctx.config.allocateId();
        a.subsystemId = s.id;
        a.number = lss;
        ctx.config.arrays.insert(a.id, a);
    }
    ctx.logEventOn(s.id, EventCode::SubsystemCreated, EventSeverity::Informational,
        u"Physical Storage Server %1"_s.arg(serial), u"Storage server added to the Copy Services domain"_s,
        u"ESS 2105-%1 %2 with Open Systems LSSs %3."_s.arg(
            model, serial, lssList.isEmpty() ? u"(none)"_s : lssList.join(u", "_s)));
    ctx.data.insert(u"id"_s, s.id);
}

/** essCreateVolumes subsystem=12019 lss=16 count=4 capacity="20 GB": volumes numbered from the first free one. */
void createVolumes(CommandContext& ctx)
{
    const Subsystem& server = ctx.subsystem();
    const QString lssText = ctx.args.string(u"lss"_s);
    const qint64 count = ctx.args.integer(u"count"_s, 1);
    const qint64 capacity = capacityArg(ctx);
    ctx.args.finish();
    const int lssNumber = lssArg(ctx, lssText);
    const Array* lss = ctx.config.arrayByNumber(server.id, lssNumber);
    if (lss == nullptr) {
        fail(ErrorCode::EssLssInvalid, {lssText, u"is not defined on ESS %1"_s.arg(server.name)});
    }
    if (count < 1 || count > kVolumesPerLss) {
        fail(ErrorCode::InvalidParameter, {u"count"_s, QString::number(count), u"use 1 to 256"_s});
    }
    addVolumes(ctx, server, *lss, static_cast<int>(count), capacity);
}

/**
 * essQueryVolume volume=00012019: what rsQuery prints (spec §6.5) plus the progress the Information panel shows
 * (tracks remaining, §1.5). State is the PPRC role, status the suspension; FlashCopy_state source/target/none.
 */
void queryVolume(CommandContext& ctx)
{
    const LogicalDrive& v = volumeArg(ctx, u"volume"_s);
    ctx.args.finish();
    const auto address = parseVolumeId(v.name);
    ctx.data.insert(u"volume"_s, partnerId(ctx.config, v.id));
    // The ESS as this engine names it: its serial, with the site for one another engine serves ("FCA31@siteB").
    ctx.data.insert(u"server"_s, ctx.config.subsystems.value(v.subsystemId).name);
    ctx.data.insert(u"lss"_s, address->lss);
    ctx.data.insert(u"number"_s, volumeNumberText(address->number));
    ctx.data.insert(u"size"_s, v.capacity);
    // PPRC: State is the role, status the suspension (spec §3.2); copyState and the out-of-sync counts are what
    // the GUI's Information panel adds ([SIM]: rsQuery keeps the seed's line).
    QString state = u"simplex"_s;
    QString status = u"not_suspended"_s;
    if (const Relationship* pair = pprcOf(ctx.config, v.id)) {
        const bool isSource = pair->sourceId == v.id;
        const bool simplexHere = pair->hasOption(isSource ? u"sourceSimplex"_s : u"targetSimplex"_s);
        if (!simplexHere) {
            state = isSource ? u"source"_s : u"target"_s;
            status = pair->state == QLatin1String(kSuspended) ? u"suspended"_s : u"not_suspended"_s;
            ctx.data.insert(u"copyState"_s, pair->state);
            ctx.data.insert(u"pprcPartner"_s, partnerId(ctx.config, isSource ? pair->targetId : pair->sourceId));
            ctx.data.insert(u"critical"_s, pair->hasOption(u"critical"_s));
            if (pair->hasOption(u"inhibited"_s)) {
                ctx.data.insert(u"writeInhibited"_s, true);
            }
            if (!pair->stateReason.isEmpty()) {
                ctx.data.insert(u"stateReason"_s, pair->stateReason);
            }
            if (isSource) {
                ctx.data.insert(u"outOfSyncTracks"_s, outOfSyncTracks(ctx.engine, pair->id));
                ctx.data.insert(u"outOfSyncCylinders"_s, outOfSyncCylinders(ctx.engine, pair->id));
            }
        }
    }
    ctx.data.insert(u"state"_s, state);
    ctx.data.insert(u"status"_s, status);
    QString fcState = u"none"_s;
    if (const Relationship* fc = flashCopyOf(ctx.config, v.id)) {
        const bool isSource = fc->sourceId == v.id;
        fcState = isSource ? u"source"_s : u"target"_s;
        ctx.data.insert(
            u"flashCopyPartner"_s, ctx.config.logicalDrives.value(isSource ? fc->targetId : fc->sourceId).name);
        ctx.data.insert(u"backgroundCopy"_s, !fc->hasOption(u"nocopy"_s));
        QString failure = fc->state == u"failed"_s ? fc->stateReason : QString();
        if (auto pit = ctx.engine.pointInTime(fc->id)) {
            ctx.data.insert(u"tracks"_s, pit->grains());
            ctx.data.insert(u"tracksRemaining"_s, pit->grains() - pit->grainsCopied());
            if (failure.isEmpty() && pit->state() == PitState::Failed) {
                failure = pit->stateReason();
            }
        }
        if (!failure.isEmpty()) {
            ctx.data.insert(u"flashCopyFailed"_s, failure); // the target refuses reads until the pair is withdrawn
        }
    }
    ctx.data.insert(u"flashCopyState"_s, fcState);
}

} // namespace

const LogicalDrive& volumeArg(CommandContext& ctx, const QString& key)
{
    return volumeNamed(ctx, ctx.args.string(key));
}

QString partnerId(const Configuration& config, ObjectId volumeId)
{
    return config.siteQualifiedName(volumeId);
}

const LogicalDrive& volumeNamed(const CommandContext& ctx, const QString& text)
{
    // "00012019", or "00012019@siteB": a volume of ESS 12019 as the engine of site siteB serves it (a proxy, issue 17;
    // the site's name keeps its case).
    const QString trimmed = text.trimmed();
    const qsizetype at = trimmed.indexOf(u'@');
    const QString id = (at < 0 ? trimmed : trimmed.left(at)).toUpper();
    const QString site = at < 0 ? QString() : trimmed.mid(at);
    const auto address = parseVolumeId(id);
    const Subsystem* server = address ? ctx.config.subsystemByName(address->serial + site) : nullptr;
    if (server == nullptr || server->family != QLatin1String(kFamily)) {
        fail(ErrorCode::EssVolumeNotFound, {id + site});
    }
    const LogicalDrive* v = ctx.config.logicalDriveByName(server->id, id);
    if (v == nullptr) {
        fail(ErrorCode::EssVolumeNotFound, {id + site});
    }
    return *v;
}

int lssOf(const Configuration& config, const LogicalDrive& volume)
{
    return config.arrays.value(volume.arrayId).number;
}

const Relationship* flashCopyOf(const Configuration& config, ObjectId volumeId)
{
    for (const Relationship& r : config.relationships) {
        if (r.kind == QLatin1String(kFlashCopy) && r.involves(volumeId)) {
            return &r;
        }
    }
    return nullptr;
}

QList<CommandSpec> storageCommands()
{
    return {
        {"essCreateStorageServer", &createStorageServer, true},
        {"essCreateVolumes", &createVolumes, true},
        {"essQueryVolume", &queryVolume, false},
    };
}

} // namespace Copyline::Ess
