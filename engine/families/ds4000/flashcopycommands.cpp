// SPDX-License-Identifier: GPL-3.0-or-later
// DS4000 FlashCopy (spec §1.6-1.7, §2.2, §3.2, §4.1): create with its repository, disable, re-create, delete,
// repository settings and capacity, and the state changes the copy engine reports from the I/O path.
//
// Why one file of about 640 lines (issue 12): createFlashCopy and FlashCopyOps::restore share the copy engine's
// wiring (pitConfig, attach, onNotice), and createFlashCopy alone is about 190 lines. Split, that wiring would need
// an internal header for three commands.
#include "copy/accessrules.h"
#include "families/ds4000/commands.h"
#include "families/ds4000/flashcopyops.h"
#include "families/ds4000/models.h"
#include "families/ds4000/storageops.h"
#include "families/ds4000/volumecopyops.h"
#include "service/engine.h"
#include "storage/rules.h"
#include "util/bytesize.h"

#include <QFile>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline::StorageOps;

namespace Copyline
{

namespace
{

constexpr qint64 kMinimumRepository = 8 * MiB; // spec §1.7
constexpr int kDefaultRepositoryPercent = 20;
constexpr int kDefaultThreshold = 50;
constexpr qint64 kGrainSize = 64 * KiB;

QString fcComponent(const Configuration& config, const FlashCopy& fc)
{
    return u"FlashCopy Logical Drive %1"_s.arg(config.logicalDrives.value(fc.id).name);
}

/**
 * The preserved grains of every FlashCopy of one base with one grain size, shared (issue 19): a base write that
 * four FlashCopies need preserved costs one copy of the old grain. Each repository still accounts its grains
 * (capacity, warning threshold, full policy) as if it held them itself. One file per base and grain size in the
 * volumes folder; PreservedGrainStore::open gives every FlashCopy of it the same store object.
 */
std::shared_ptr<PreservedGrainStore> sharedStore(Engine& engine, const FlashCopy& fc, IoStatus* status)
{
    return PreservedGrainStore::open(
        engine.volumePath(u"preserved-%1-%2.grains"_s.arg(fc.baseId).arg(fc.grainSize)), fc.grainSize, status);
}

PitConfig pitConfig(const Configuration& config, const FlashCopy& fc)
{
    PitConfig c;
    c.store = PitStore::Repository;
    c.grainSize = fc.grainSize;
    c.imageSize = config.logicalDrives.value(fc.id).capacity;
    c.repositoryReserved = flashCopyRepositoryOverhead(c.imageSize);
    c.fullPolicy
        = fc.fullPolicy == RepositoryFullPolicy::FailBaseWrites ? FullPolicy::FailSourceWrites : FullPolicy::FailCopy;
    c.warningThresholdPercent = fc.warningThresholdPercent;
    return c;
}

PitState pitState(FlashCopyStatus status)
{
    switch (status) {
    case FlashCopyStatus::Optimal:
        return PitState::Active;
    case FlashCopyStatus::Disabled:
        return PitState::Disabled;
    case FlashCopyStatus::Failed:
        return PitState::Failed;
    }
    return PitState::Failed;
}

enum class Notice
{
    ThresholdExceeded,
    Failed,
    BaseWritesRefused,
};

/** Runs on the engine thread: a notice the copy engine raised on an I/O thread becomes configuration and events. */
void onNotice(Engine& engine, ObjectId id, Notice notice, const QString& reason)
{
    const auto it = engine.configuration().flashCopies.constFind(id);
    if (it == engine.configuration().flashCopies.cend()) {
        return; // deleted meanwhile
    }
    engine.runInternal(it->subsystemId, [&](CommandContext& ctx) {
        FlashCopy& fc = ctx.config.flashCopies[id];
        const QString component = fcComponent(ctx.config, fc);
        const QString repository = ctx.config.logicalDrives.value(fc.repositoryId).name;
        switch (notice) {
        case Notice::ThresholdExceeded:
            // The notice was posted from an I/O thread; a Re-create or a larger repository may have come since.
            if (auto pit = ctx.engine.pointInTime(id); fc.thresholdExceeded || (pit && !pit->thresholdExceeded())) {
                return;
            }
            fc.thresholdExceeded = true;
            ctx.logEvent(EventCode::FlashCopyThresholdExceeded, EventSeverity::Warning, component,
                u"FlashCopy repository logical drive threshold exceeded"_s,
                u"Repository %1 is more than %2% full. Increase its capacity, or re-create or delete the "
                "FlashCopy, before it fills."_s.arg(repository)
                    .arg(fc.warningThresholdPercent),
                true);
            break;
        case Notice::Failed:
            if (fc.status == FlashCopyStatus::Failed) {
                return;
            }
            fc.status = FlashCopyStatus::Failed;
            fc.statusReason = reason;
            ctx.logEvent(EventCode::FlashCopyFailed, EventSeverity::Critical, component,
                u"Failed FlashCopy logical drive"_s,
                u"The point-in-time image is lost: %1. The base logical drive is not affected. Re-create or "
                "delete the FlashCopy."_s.arg(reason),
                true);
            break;
        case Notice::BaseWritesRefused:
            if (fc.baseWritesFailing) {
                return;
            }
            fc.baseWritesFailing = true;
            if (!reason.isEmpty()) {
                // Not the repository's capacity but the disk under it: the old data could not be written.
                ctx.logEvent(EventCode::FlashCopyRepositoryFull, EventSeverity::Critical, component,
                    u"FlashCopy repository logical drive capacity - full"_s,
                    u"The old data of %1 could not be preserved in repository %2 (%3). Its policy is \"Fail writes "
                    "to base logical drive\": host writes to %1 that need preserving fail until space is freed "
                    "where the workspace is."_s.arg(ctx.config.logicalDrives.value(fc.baseId).name, repository, reason),
                    true);
                break;
            }
            ctx.logEvent(EventCode::FlashCopyRepositoryFull, EventSeverity::Critical, component,
                u"FlashCopy repository logical drive capacity - full"_s,
                u"Repository %1 is full and its policy is \"Fail writes to base logical drive\": host writes "
                "to %2 fail until the repository capacity is increased."_s.arg(
                    repository, ctx.config.logicalDrives.value(fc.baseId).name),
                true);
            break;
        }
    }); // the engine applies the new host access rules after the commit
}

/** Wires a point-in-time engine to its FlashCopy: base observer, the FlashCopy drive's image, notices. */
void attach(Engine& engine,
    const Configuration& config,
    const FlashCopy& fc,
    const std::shared_ptr<PointInTimeCopy>& pit,
    VolumeIo::Quiesced* baseHeld)
{
    QPointer<Engine> guard(&engine);
    const ObjectId id = fc.id;
    auto post = [guard, id](Notice notice, const QString& reason) {
        // From an I/O thread: hand the notice to the engine thread.
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, id, notice, reason]() {
                if (guard) {
                    onNotice(*guard, id, notice, reason);
                }
            },
            Qt::QueuedConnection);
    };
    pit->setListener({[post]() { post(Notice::ThresholdExceeded, {}); },
        [post](const QString& reason) { post(Notice::Failed, reason); },
        [post](const QString& cause) { post(Notice::BaseWritesRefused, cause); }});
    if (baseHeld) {
        baseHeld->addObserver(pit);
    } else if (auto base = engine.volumes().find(fc.baseId)) {
        base->addObserver(pit);
    }
    auto io = std::make_shared<VolumeIo>(fc.id, pit->targetBackend());
    io->setHostAccess(hostAccessFor(config, fc.id));
    engine.volumes().insert(io);
    engine.setPointInTime(fc.id, pit);
}

const FlashCopy& flashCopyArg(CommandContext& ctx)
{
    const LogicalDrive& ld = ctx.logicalDrive();
    const FlashCopy* fc = ctx.config.flashCopyOf(ld.id);
    if (fc == nullptr || fc->id != ld.id) {
        fail(ErrorCode::LogicalDriveKindNotAllowed,
            {ld.name, u"logical drive that is not a FlashCopy logical drive"_s,
                u"select the FlashCopy logical drive itself"_s});
    }
    return *fc;
}

int percentArg(CommandContext& ctx, const QString& key, int fallback, int low, int high)
{
    const qint64 value = ctx.args.integer(key, fallback);
    if (value < low || value > high) {
        fail(ErrorCode::InvalidParameter,
            {key, QString::number(value), u"use a percentage from %1 to %2"_s.arg(low).arg(high)});
    }
    return static_cast<int>(value);
}

RepositoryFullPolicy policyArg(CommandContext& ctx, RepositoryFullPolicy fallback)
{
    if (!ctx.args.has(u"repositoryFullPolicy"_s)) {
        return fallback;
    }
    const QString text = ctx.args.string(u"repositoryFullPolicy"_s);
    const auto policy = parseEnum<RepositoryFullPolicy>(text);
    if (!policy) {
        fail(ErrorCode::InvalidParameter, {u"repositoryFullPolicy"_s, text, u"use failFlashCopy or failBaseWrites"_s});
    }
    return *policy;
}

void createFlashCopy(CommandContext& ctx)
{
    const Subsystem subsystem = ctx.subsystem();
    if (!subsystem.flashCopyEnabled) {
        fail(ErrorCode::FeatureNotEnabled, {u"FlashCopy"_s, subsystem.name});
    }
    const LogicalDrive base = ctx.args.has(u"baseId"_s)
                                  ? [&]() {
                                        const ObjectId id = ctx.args.integer(u"baseId"_s);
                                        const auto it = ctx.config.logicalDrives.constFind(id);
                                        if (it == ctx.config.logicalDrives.cend() || it->subsystemId != subsystem.id) {
                                            fail(ErrorCode::LogicalDriveNotFound, {QString::number(id), subsystem.name});
                                        }
                                        return *it;
                                    }()
                                  : ctx.logicalDriveNamed(ctx.args.string(u"baseLogicalDrive"_s));
    if (base.kind != LogicalDriveKind::Standard) {
        fail(ErrorCode::LogicalDriveKindNotAllowed,
            {base.name, enumName(base.kind) + u" logical drive"_s,
                u"only a standard logical drive can be the base of a FlashCopy"_s});
    }
    if (base.status != ComponentStatus::Optimal) {
        fail(ErrorCode::FlashCopyLimit, {base.name, u"its status is %1, not optimal"_s.arg(enumName(base.status))});
    }
    if (const Mirror* m = ctx.config.mirrorOf(base.id); m != nullptr && m->role == MirrorRole::Secondary) {
        // [SIM] spec §10.1: the guide only forbids a FlashCopy base becoming a secondary; the reverse is refused too.
        fail(ErrorCode::FlashCopyLimit,
            {base.name, u"it is a remote mirror secondary; take the FlashCopy of its primary, or promote it first"_s});
    }
    const auto limits = Ds4000::limits(subsystem.model);
    const QList<FlashCopy> existing = ctx.config.flashCopiesOf(base.id);
    if (existing.size() >= limits.maxFlashCopiesPerBase) {
        fail(ErrorCode::FlashCopyLimit,
            {base.name,
                u"it already has %1 FlashCopies, the most a base logical drive can have"_s.arg(existing.size())});
    }
    qint64 total = 0;
    for (const FlashCopy& f : std::as_const(ctx.config.flashCopies)) {
        total += f.subsystemId == subsystem.id ? 1 : 0;
    }
    if (total >= limits.maxFlashCopies) {
        fail(ErrorCode::FlashCopyLimit,
            {base.name,
                u"the storage subsystem already has %1 FlashCopies, the most a %2 supports"_s.arg(total).arg(
                    limits.model)});
    }

    // The sequence number n: the lowest not used by the base's FlashCopies, custom names or not (spec §5.3).
    int sequence = 1;
    while (
        std::any_of(existing.cbegin(), existing.cend(), [&](const FlashCopy& f) { return f.sequence == sequence; })) {
        ++sequence;
    }
    const QString name = ctx.args.string(u"userLabel"_s, defaultFlashCopyName(base.name, u"-%1"_s.arg(sequence)));
    const QString repositoryName
        = ctx.args.string(u"repositoryUserLabel"_s, defaultFlashCopyName(base.name, u"-R%1"_s.arg(sequence)));
    checkNewLogicalDriveName(ctx, name);
    checkNewLogicalDriveName(ctx, repositoryName);
    if (name == repositoryName) {
        fail(ErrorCode::NameInUse, {name, u"the FlashCopy's own repository"_s});
    }
    const int percent = percentArg(ctx, u"repositoryPercentOfBase"_s, kDefaultRepositoryPercent, 1, 200);
    const int threshold = percentArg(ctx, u"warningThresholdPercent"_s, kDefaultThreshold, 1, 100);
    const RepositoryFullPolicy policy = policyArg(ctx, RepositoryFullPolicy::FailFlashCopy);
    // [SIM] The copy granularity: 64 KiB unless an advanced caller asks for another power of two (tests use small
    // grains to exercise many grains on small drives).
    const qint64 grainSize = ctx.args.integer(u"grainSize"_s, kGrainSize);
    if (grainSize < 4096 || grainSize > 4 * MiB || (grainSize & (grainSize - 1)) != 0) {
        fail(ErrorCode::InvalidParameter,
            {u"grainSize"_s, QString::number(grainSize), u"use a power of two from 4096 to 4194304 bytes"_s});
    }
    const QString mapping = ctx.args.string(u"mapping"_s, u"later"_s);
    if (mapping != u"automatic"_s && mapping != u"later"_s) {
        fail(ErrorCode::InvalidParameter, {u"mapping"_s, mapping, u"use automatic or later"_s});
    }

    // Repository location: the base's array (default), another array, or a new array from unconfigured drives.
    Array array = ctx.config.arrays.value(base.arrayId);
    if (ctx.args.has(u"repositoryDrives"_s)) {
        array = makeArray(ctx, ctx.args.list(u"repositoryDrives"_s), [&]() {
            const QString text = ctx.args.string(u"repositoryRAIDLevel"_s);
            const auto level = parseEnum<RaidLevel>(text);
            if (!level) {
                fail(ErrorCode::RaidLevelInvalid, {text});
            }
            return *level;
        }());
    } else if (ctx.args.has(u"freeCapacityArea"_s)) {
        array = ctx.arrayNumbered(ctx.args.string(u"freeCapacityArea"_s));
    } else if (ctx.args.has(u"repositoryArrayId"_s)) {
        const ObjectId id = ctx.args.integer(u"repositoryArrayId"_s);
        const auto it = ctx.config.arrays.constFind(id);
        if (it == ctx.config.arrays.cend() || it->subsystemId != subsystem.id) {
            fail(ErrorCode::ArrayNotFound, {QString::number(id), subsystem.name});
        }
        array = *it;
    }
    const qint64 repositoryCapacity = std::max(kMinimumRepository, base.capacity * percent / 100);
    const LogicalDrive repository = addLogicalDrive(
        ctx, array, repositoryName, repositoryCapacity, base.preferredOwner, LogicalDriveKind::FlashCopyRepository, 1);

    LogicalDrive drive;
    drive.id = ctx.config.allocateId();
    drive.subsystemId = subsystem.id;
    drive.arrayId = base.arrayId;
    drive.name = name;
    drive.capacity = base.capacity;
    drive.kind = LogicalDriveKind::FlashCopy;
    drive.wwn = u"600A0B80"_s + randomHex(24);
    drive.preferredOwner = drive.currentOwner = base.preferredOwner;
    drive.segmentSize = base.segmentSize;
    drive.created = ctx.clock.now();
    ctx.config.logicalDrives.insert(drive.id, drive);

    FlashCopy fc;
    fc.id = drive.id;
    fc.subsystemId = subsystem.id;
    fc.baseId = base.id;
    fc.repositoryId = repository.id;
    fc.sequence = sequence;
    fc.pointInTime = ctx.clock.now();
    fc.warningThresholdPercent = threshold;
    fc.fullPolicy = policy;
    fc.grainSize = grainSize;
    fc.mapFile = u"fc-%1.map"_s.arg(fc.id);
    ctx.config.flashCopies.insert(fc.id, fc);

    // The point in time: the base is held quiet while its copy engine is established and attached, so no write
    // slips between "the image" and "copy-before-write starts" (the controller "suspends writes to the base for a
    // few seconds", spec §2.2.1).
    Engine& engine = ctx.engine;
    auto baseIo = engine.volumes().find(base.id);
    if (!baseIo) {
        fail(ErrorCode::IoError, {base.name, u"its volume is not available"_s});
    }
    auto repositoryIo = engine.volumes().find(repository.id);
    if (!repositoryIo) {
        fail(ErrorCode::IoError, {repository.name, u"its volume is not available"_s});
    }
    IoStatus st;
    const QString mapPath = engine.volumePath(fc.mapFile);
    std::shared_ptr<PointInTimeCopy> pit;
    const auto baseBackend = baseIo->backend();
    const auto repositoryBackend = repositoryIo->backend();
    {
        auto held = baseIo->quiesce();
        PitConfig config = pitConfig(ctx.config, fc);
        config.sharedStore = sharedStore(engine, fc, &st);
        if (config.sharedStore) {
            pit = PointInTimeCopy::establish(config, baseBackend, repositoryBackend, mapPath, &st);
        }
        if (!pit) {
            QFile::remove(mapPath);
            failFile(mapPath, st);
        }
        attach(engine, ctx.config, fc, pit, &held);
    }
    const ObjectId id = fc.id;
    ctx.onRollback([&engine, baseIo, pit, id, mapPath]() {
        baseIo->removeObserver(pit);
        engine.volumes().take(id);
        engine.takePointInTime(id);
        QFile::remove(mapPath);
        pit->retire();
    });

    if (mapping == u"automatic"_s) {
        // [SIM] "the system maps the FlashCopy logical drive automatically" (spec §5.3): to the Default Host
        // Group at its lowest free LUN.
        const int lun = lowestFreeLun(ctx.config, subsystem.id, 0);
        if (lun < 0) {
            fail(ErrorCode::LunOutOfRange, {QString::number(kMaxLun + 1), QString::number(kMaxLun)});
        }
        defineMapping(ctx, ctx.config.logicalDrives[drive.id], 0, lun);
    }

    ctx.data.insert(u"id"_s, fc.id);
    ctx.data.insert(u"repositoryId"_s, repository.id);
    ctx.data.insert(u"name"_s, name);
    ctx.data.insert(u"repositoryName"_s, repositoryName);
    ctx.logEvent(EventCode::FlashCopyCreated, EventSeverity::Informational, u"FlashCopy Logical Drive %1"_s.arg(name),
        u"FlashCopy logical drive created"_s,
        u"Point-in-time image of %1; repository %2 (%3, %4% of the base) in %5; warning at %6% full; full "
        "policy %7."_s.arg(base.name, repositoryName, formatGb(repository.capacity))
            .arg(percent)
            .arg(arrayLabel(array))
            .arg(threshold)
            .arg(policy == RepositoryFullPolicy::FailFlashCopy ? u"Fail FlashCopy logical drive"_s
                                                               : u"Fail writes to base logical drive"_s));
}

/** A FlashCopy that a VolumeCopy is reading keeps its image until that copy is stopped. */
void checkNotCopied(CommandContext& ctx, const FlashCopy& fc, const QString& operation)
{
    VolumeCopyOps::checkNotBusy(ctx, ctx.config.logicalDrives.value(fc.id), operation);
}

void disableFlashCopy(CommandContext& ctx)
{
    const FlashCopy fc = flashCopyArg(ctx);
    checkNotCopied(ctx, fc, u"disabling it"_s);
    if (fc.status != FlashCopyStatus::Optimal) {
        fail(ErrorCode::FlashCopyStateInvalid,
            {ctx.config.logicalDrives.value(fc.id).name, enumName(fc.status),
                u"only an optimal FlashCopy can be disabled"_s});
    }
    FlashCopy& updated = ctx.config.flashCopies[fc.id];
    updated.status = FlashCopyStatus::Disabled;
    updated.statusReason.clear();
    auto pit = ctx.engine.pointInTime(fc.id);
    if (pit) {
        pit->setState(PitState::Disabled, u"the FlashCopy logical drive is disabled"_s);
    }
    ctx.onRollback([pit]() {
        if (pit) {
            pit->setState(PitState::Active);
        }
    });
    ctx.logEvent(EventCode::FlashCopyDisabled, EventSeverity::Informational, fcComponent(ctx.config, fc),
        u"FlashCopy logical drive disabled"_s,
        u"Copy-on-write has stopped; the FlashCopy and its repository are kept with their mappings until "
        "it is re-created or deleted."_s);
}

void recreateFlashCopy(CommandContext& ctx)
{
    const FlashCopy fc = flashCopyArg(ctx);
    checkNotCopied(ctx, fc, u"re-creating it"_s);
    // Conflict C2: Re-create is allowed from Optimal, Disabled and Failed (it is the remedy for a full repository).
    const LogicalDrive base = ctx.config.logicalDrives.value(fc.baseId);
    if (fc.failedByMirrorRole) {
        fail(ErrorCode::FlashCopyStateInvalid,
            {ctx.config.logicalDrives.value(fc.id).name, enumName(fc.status),
                u"its base %1 is a remote mirror secondary; it returns to Optimal when %1 is promoted back to "
                "primary"_s.arg(base.name)});
    }
    if (base.status != ComponentStatus::Optimal) {
        fail(ErrorCode::FlashCopyStateInvalid,
            {ctx.config.logicalDrives.value(fc.id).name, enumName(fc.status),
                u"its base %1 is %2"_s.arg(base.name, enumName(base.status))});
    }
    FlashCopy& updated = ctx.config.flashCopies[fc.id];
    updated.warningThresholdPercent = percentArg(ctx, u"warningThresholdPercent"_s, fc.warningThresholdPercent, 1, 100);
    updated.fullPolicy = policyArg(ctx, fc.fullPolicy);
    updated.status = FlashCopyStatus::Optimal;
    updated.statusReason.clear();
    updated.pointInTime = ctx.clock.now();
    updated.thresholdExceeded = false;
    updated.baseWritesFailing = false;

    Engine& engine = ctx.engine;
    auto pit = engine.pointInTime(fc.id);
    auto baseIo = engine.volumes().find(fc.baseId);
    auto fcIo = engine.volumes().find(fc.id);
    if (!pit || !baseIo || !fcIo) {
        fail(ErrorCode::IoError, {base.name, u"the FlashCopy's volumes are not available"_s});
    }
    {
        // A new point in time: base and FlashCopy held quiet while the repository is emptied (spec §2.2.6).
        auto heldBase = baseIo->quiesce();
        auto heldCopy = fcIo->quiesce();
        if (const IoStatus st = pit->restart(false); !st.ok()) {
            fail(ErrorCode::IoError, {ctx.config.logicalDrives.value(fc.id).name, st.reason});
        }
        // Settings after the restart: measured against the emptied repository, not the old usage.
        pit->setWarningThreshold(updated.warningThresholdPercent);
        pit->setFullPolicy(updated.fullPolicy == RepositoryFullPolicy::FailBaseWrites ? FullPolicy::FailSourceWrites
                                                                                      : FullPolicy::FailCopy);
        heldCopy.setHostAccess(hostAccessFor(ctx.config, fc.id));
    }
    const PitState oldState = pitState(fc.status);
    ctx.onRollback([pit, oldState]() { pit->setState(oldState); }); // the engine restores the access rules
    VolumeCopyOps::sourceImageReplaced(ctx, fc.id,
        u"the source FlashCopy %1 was re-created: it shows a new point in time"_s.arg(
            ctx.config.logicalDrives.value(fc.id).name));
    ctx.data.insert(u"pointInTime"_s, updated.pointInTime.toString(Qt::ISODateWithMs));
    ctx.logEvent(EventCode::FlashCopyRecreated, EventSeverity::Informational, fcComponent(ctx.config, fc),
        u"FlashCopy logical drive re-created"_s,
        u"New point-in-time image of %1; the repository was emptied; name and mappings are kept."_s.arg(base.name));
}

} // namespace

namespace FlashCopyOps
{

Error restore(Engine& engine)
{
    const Configuration& config = engine.configuration();
    QList<ObjectId> broken;
    QList<std::pair<ObjectId, QString>> recorded;
    for (const FlashCopy& fc : config.flashCopies) {
        auto baseIo = engine.volumes().find(fc.baseId);
        auto repositoryIo = engine.volumes().find(fc.repositoryId);
        std::shared_ptr<PointInTimeCopy> pit;
        IoStatus st;
        if (baseIo && repositoryIo) {
            PitConfig pc = pitConfig(config, fc);
            pc.sharedStore = sharedStore(engine, fc, &st);
            pit = PointInTimeCopy::reopen(pc, baseIo->backend(), repositoryIo->backend(), engine.volumePath(fc.mapFile),
                fc.failedByMirrorRole ? PitState::Active : pitState(fc.status), &st);
        }
        if (!pit) {
            broken.append(fc.id);
            continue;
        }
        if (pit->state() == PitState::Failed && fc.status != FlashCopyStatus::Failed) {
            recorded.append({fc.id, pit->stateReason()});
        }
        attach(engine, config, fc, pit, nullptr);
    }
    // A failure the copy map recorded but the catalog never did (a full disk refused the catalog's write, or the
    // process was killed first): the FlashCopy is Failed, and its event is logged now.
    for (const auto& [id, reason] : std::as_const(recorded)) {
        const CommandResult r = engine.runInternal(config.flashCopies.value(id).subsystemId, [&](CommandContext& ctx) {
            FlashCopy& fc = ctx.config.flashCopies[id];
            fc.status = FlashCopyStatus::Failed;
            fc.statusReason = reason;
            ctx.logEvent(EventCode::FlashCopyFailed, EventSeverity::Critical, fcComponent(ctx.config, fc),
                u"Failed FlashCopy logical drive"_s,
                u"The point-in-time image is lost: %1 (recorded in the copy map before the last stop). The base "
                "logical drive is not affected. Re-create or delete the FlashCopy."_s.arg(reason),
                true);
        });
        if (!r.ok()) {
            return r.error;
        }
    }
    // A FlashCopy whose base, repository or map is gone cannot present its image: it fails, honestly.
    for (const ObjectId id : std::as_const(broken)) {
        const QString reason = u"its base, repository or copy map is missing"_s;
        const CommandResult r = engine.runInternal(config.flashCopies.value(id).subsystemId, [&](CommandContext& ctx) {
            FlashCopy& fc = ctx.config.flashCopies[id];
            if (fc.status == FlashCopyStatus::Failed) {
                return;
            }
            fc.status = FlashCopyStatus::Failed;
            fc.statusReason = reason;
            ctx.logEvent(EventCode::FlashCopyFailed, EventSeverity::Critical, fcComponent(ctx.config, fc),
                u"Failed FlashCopy logical drive"_s, reason, true);
        });
        if (!r.ok()) {
            return r.error;
        }
    }
    return {};
}

void remove(CommandContext& ctx, const FlashCopy& fc)
{
    const LogicalDrive drive = ctx.config.logicalDrives.value(fc.id);
    const LogicalDrive repository = ctx.config.logicalDrives.value(fc.repositoryId);
    ctx.config.flashCopies.remove(fc.id);
    removeLogicalDriveOnly(ctx, drive);
    removeLogicalDriveOnly(ctx, repository);
    Engine& engine = ctx.engine;
    const ObjectId id = fc.id;
    const ObjectId baseId = fc.baseId;
    const QString mapPath = engine.volumePath(fc.mapFile);
    ctx.onCommit([&engine, id, baseId, mapPath]() {
        auto pit = engine.takePointInTime(id);
        if (pit) {
            if (auto base = engine.volumes().find(baseId)) {
                base->removeObserver(pit);
            }
        }
        // The map goes first: a store slot is reused only once no map on disk can name it.
        QFile::remove(mapPath);
        if (pit) {
            pit->retire();
        }
    });
    ctx.logEvent(EventCode::FlashCopyDeleted, EventSeverity::Informational,
        u"FlashCopy Logical Drive %1"_s.arg(drive.name), u"FlashCopy logical drive deleted"_s,
        u"With its repository %1; %2 returned to free capacity. Sequence number %3 is free again."_s
            .arg(repository.name, formatGb(repository.capacity))
            .arg(fc.sequence));
}

void checkResizable(CommandContext& ctx, const LogicalDrive& ld)
{
    if (ld.kind == LogicalDriveKind::FlashCopy) {
        fail(ErrorCode::CapacityNotIncreased,
            {ld.name, u"a FlashCopy logical drive has its base's capacity; increase its repository instead"_s});
    }
    if (!ctx.config.flashCopiesOf(ld.id).isEmpty()) {
        fail(ErrorCode::CapacityNotIncreased,
            {ld.name, u"it is the base of FlashCopy logical drives; delete them first"_s});
    }
}

void repositoryGrown(CommandContext& ctx, const LogicalDrive& repository, qint64 newCapacity)
{
    const FlashCopy* fc = ctx.config.flashCopyOf(repository.id);
    if (fc == nullptr || fc->repositoryId != repository.id) {
        return;
    }
    FlashCopy& updated = ctx.config.flashCopies[fc->id];
    const bool wasFull = updated.baseWritesFailing;
    updated.baseWritesFailing = false;
    auto pit = ctx.engine.pointInTime(fc->id);
    if (pit) {
        pit->setRepositoryCapacity(newCapacity);
        updated.thresholdExceeded = pit->thresholdExceeded();
    }
    ctx.logEvent(EventCode::FlashCopyRepositoryIncreased, EventSeverity::Informational, fcComponent(ctx.config, *fc),
        u"FlashCopy repository capacity increased"_s,
        u"Repository %1 now holds %2%3."_s.arg(repository.name, formatGb(newCapacity),
            wasFull ? u"; writes to the base logical drive resume"_s : QString()));
}

bool applySettings(CommandContext& ctx, const LogicalDrive& ld)
{
    const bool threshold = ctx.args.has(u"warningThresholdPercent"_s);
    const bool policy = ctx.args.has(u"repositoryFullPolicy"_s);
    if (!threshold && !policy) {
        return false;
    }
    const FlashCopy* fc = ctx.config.flashCopyOf(ld.id);
    if (fc == nullptr) {
        fail(ErrorCode::LogicalDriveKindNotAllowed,
            {ld.name, enumName(ld.kind) + u" logical drive"_s,
                u"a warning threshold and a full policy belong to FlashCopy repositories"_s});
    }
    FlashCopy& updated = ctx.config.flashCopies[fc->id];
    updated.warningThresholdPercent
        = percentArg(ctx, u"warningThresholdPercent"_s, fc->warningThresholdPercent, 1, 100);
    updated.fullPolicy = policyArg(ctx, fc->fullPolicy);
    if (auto pit = ctx.engine.pointInTime(fc->id)) {
        // The new settings apply to future fills (spec §2.2.4).
        pit->setFullPolicy(updated.fullPolicy == RepositoryFullPolicy::FailBaseWrites ? FullPolicy::FailSourceWrites
                                                                                      : FullPolicy::FailCopy);
        pit->setWarningThreshold(updated.warningThresholdPercent);
        updated.thresholdExceeded = pit->thresholdExceeded();
        if (updated.fullPolicy == RepositoryFullPolicy::FailFlashCopy) {
            updated.baseWritesFailing = false;
        }
    }
    ctx.logEvent(EventCode::FlashCopySettingsChanged, EventSeverity::Informational, fcComponent(ctx.config, *fc),
        u"FlashCopy repository settings changed"_s,
        u"Warning at %1% full; full policy %2."_s.arg(updated.warningThresholdPercent)
            .arg(updated.fullPolicy == RepositoryFullPolicy::FailFlashCopy ? u"Fail FlashCopy logical drive"_s
                                                                           : u"Fail writes to base logical drive"_s));
    return true;
}

} // namespace FlashCopyOps

QList<CommandSpec> flashCopyCommands()
{
    return {
        {"createFlashCopy", &createFlashCopy, true},
        {"disableFlashCopy", &disableFlashCopy, true},
        {"recreateFlashCopy", &recreateFlashCopy, true},
    };
}

} // namespace Copyline
