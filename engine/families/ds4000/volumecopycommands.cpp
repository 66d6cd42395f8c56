// SPDX-License-Identifier: GPL-3.0-or-later
// DS4000 VolumeCopy (spec §1.8, §2.3, §3.3, §4.2-4.3): create, Re-Copy, Stop, Remove Copy Pairs, priority and target
// permissions, the 8-running limit with its Pending queue, Event 6600 on a failed copy, and candidate lists.
//
// Why one file of about 660 lines (issue 12): the commands, VolumeCopyOps and the copy engine's callbacks drive one
// state machine (the Pending queue, start, onFinished, dropEngine, promote), which reads best in one place. If the
// file grows, the views (pairJson, the show and candidate commands, about 80 lines) are the seam to cut.
#include "copy/accessrules.h"
#include "copy/copyscheduler.h"
#include "copy/volumecopyrules.h"
#include "copy/writerecord.h"
#include "families/ds4000/commands.h"
#include "families/ds4000/mirrorops.h"
#include "families/ds4000/models.h"
#include "families/ds4000/volumecopyops.h"
#include "service/engine.h"
#include "util/bytesize.h"

#include <QFile>
#include <QJsonArray>
#include <QPointer>

#include <chrono>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

constexpr qint64 kGrainSize = 64 * 1024;

QString pairComponent(const Configuration& config, const VolumeCopy& vc)
{
    return u"VolumeCopy %1 > %2"_s.arg(
        config.logicalDrives.value(vc.sourceId).name, config.logicalDrives.value(vc.targetId).name);
}

/**
 * Where a copy writes its target: the volume itself, or — when the target is a remote mirror primary — through the
 * target's I/O front, so the mirror ships every grain the copy writes (spec §2.3.1: an RM primary is a valid target).
 */
std::shared_ptr<VolumeBackend> targetStore(const Configuration& config, const std::shared_ptr<VolumeIo>& targetIo)
{
    const Mirror* m = config.mirrorOf(targetIo->id());
    if (m != nullptr && m->role == MirrorRole::Primary) {
        return std::make_shared<HookedBackend>(targetIo);
    }
    return targetIo->backend();
}

PitConfig pitConfig(const Configuration& config, const VolumeCopy& vc)
{
    PitConfig c;
    c.store = PitStore::FullVolume;
    c.grainSize = kGrainSize;
    c.imageSize = config.logicalDrives.value(vc.sourceId).capacity;
    return c;
}

/** The pair's record of the grains written since its point in time (copy/writerecord.h), for check volumeCopy. */
QString recordPath(const Engine& engine, ObjectId id)
{
    return engine.volumePath(u"vc-%1.written"_s.arg(id));
}

/**
 * The pair stops recording changes and its record is deleted: it leaves Completed (stopped, failed, removed) or starts
 * again (a Re-Copy makes a new record when the copy starts). The hooks come off when the command commits.
 */
void dropRecord(CommandContext& ctx, const VolumeCopy& vc)
{
    Engine& engine = ctx.engine;
    auto record = engine.takeWriteRecord(vc.id);
    if (!record) {
        return;
    }
    const ObjectId id = vc.id;
    const ObjectId sourceId = vc.sourceId;
    const ObjectId targetId = vc.targetId;
    ctx.onRollback([&engine, id, record]() { engine.setWriteRecord(id, record); });
    ctx.onCommit([&engine, id, record, sourceId, targetId]() {
        if (auto io = engine.volumes().find(sourceId)) {
            io->removeObserver(record->hook(WriteRecord::Side::Source));
        }
        if (auto io = engine.volumes().find(targetId)) {
            io->removeObserver(record->hook(WriteRecord::Side::Target));
        }
        if (!engine.writeRecord(id)) {
            QFile::remove(record->path()); // a Re-Copy that started already has a new file under this name
        }
    });
}

void onFinished(Engine& engine, ObjectId id, const IoStatus& status);

/** Hands a running copy to the scheduler; its end comes back to the engine thread. */
void schedule(Engine& engine, const VolumeCopy& vc, const std::shared_ptr<PointInTimeCopy>& pit)
{
    QPointer<Engine> guard(&engine);
    const ObjectId id = vc.id;
    engine.scheduler().add(id, vc.subsystemId, pit, vc.priority, [guard, id](const IoStatus& status) {
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, id, status]() {
                if (guard) {
                    onFinished(*guard, id, status);
                }
            },
            Qt::QueuedConnection);
    });
}

/**
 * Stops the copy engine of a pair (scheduler, source observer, map) after the command commits; the record of changes
 * goes too unless @p keepRecord (the copy completed: verification needs it from now on).
 */
void dropEngine(CommandContext& ctx, const VolumeCopy& vc, bool keepRecord = false)
{
    Engine& engine = ctx.engine;
    if (!keepRecord) {
        dropRecord(ctx, vc);
    }
    const ObjectId id = vc.id;
    // The progress reached stays with the pair: a failed or stopped copy shows how far it got (issue 20).
    if (const auto pit = engine.pointInTime(id); pit && pit->grains() > 0 && ctx.config.volumeCopies.contains(id)) {
        ctx.config.volumeCopies[id].copiedBasisPoints = pit->grainsCopied() * 10000 / pit->grains();
    }
    const ObjectId sourceId = vc.sourceId;
    const QString mapPath = vc.mapFile.isEmpty() ? QString() : engine.volumePath(vc.mapFile);
    engine.scheduler().remove(id); // no chunk of it runs once this returns
    ctx.onCommit([&engine, id, sourceId, mapPath]() {
        if (auto pit = engine.takePointInTime(id)) {
            if (auto source = engine.volumes().find(sourceId)) {
                source->removeObserver(pit);
            }
        }
        if (!mapPath.isEmpty()) {
            QFile::remove(mapPath);
        }
    });
    ctx.onRollback([&engine, id]() {
        const auto it = engine.configuration().volumeCopies.constFind(id);
        auto pit = engine.pointInTime(id);
        if (it != engine.configuration().volumeCopies.cend() && pit && it->status == VolumeCopyStatus::InProgress) {
            schedule(engine, *it, pit);
        }
    });
}

/** Pending → In Progress: the target's FlashCopies fail, ownership follows the source, the copy starts. */
void start(CommandContext& ctx, VolumeCopy& vc)
{
    Engine& engine = ctx.engine;
    const LogicalDrive source = ctx.config.logicalDrives.value(vc.sourceId);
    LogicalDrive& target = ctx.config.logicalDrives[vc.targetId];
    auto sourceIo = engine.volumes().find(source.id);
    auto targetIo = engine.volumes().find(target.id);
    if (!sourceIo || !targetIo) {
        fail(ErrorCode::IoError, {sourceIo ? target.name : source.name, u"its volume is not available"_s});
    }
    // "All FlashCopies of the target fail" (§2.3.1): their base is about to be overwritten.
    for (const FlashCopy& fc : ctx.config.flashCopiesOf(target.id)) {
        if (fc.status == FlashCopyStatus::Failed) {
            continue;
        }
        FlashCopy& failing = ctx.config.flashCopies[fc.id];
        failing.status = FlashCopyStatus::Failed;
        failing.statusReason = u"its base %1 became the target of a VolumeCopy"_s.arg(target.name);
        if (auto pit = engine.pointInTime(fc.id)) {
            const PitState before = pit->state();
            pit->setState(PitState::Failed, failing.statusReason);
            ctx.onRollback([pit, before]() { pit->setState(before); });
        }
        ctx.logEvent(EventCode::FlashCopyFailed, EventSeverity::Critical,
            u"FlashCopy Logical Drive %1"_s.arg(ctx.config.logicalDrives.value(fc.id).name),
            u"Failed FlashCopy logical drive"_s, failing.statusReason, true);
    }
    // The source's controller reads the source and writes the target: the target's ownership follows (§2.3.1).
    target.currentOwner = source.currentOwner;
    vc.status = VolumeCopyStatus::InProgress;
    vc.statusReason.clear();
    vc.mapFile = u"vc-%1.map"_s.arg(vc.id);
    const QString mapPath = engine.volumePath(vc.mapFile);
    const auto sourceBackend = sourceIo->backend();
    const auto targetBackend = targetStore(ctx.config, targetIo);
    IoStatus st;
    std::shared_ptr<PointInTimeCopy> pit;
    // What changes on the source from this instant on (and on the target once the copy completes): a verification
    // of the completed copy compares only grains neither drive wrote since. Without it (a disk too full for the
    // record) the copy runs all the same and cannot be verified; check volumeCopy says so.
    IoStatus recordStatus;
    std::shared_ptr<WriteRecord> record
        = WriteRecord::create(recordPath(engine, vc.id), kGrainSize, source.capacity, &recordStatus);
    {
        // The copy's image is the source at this instant; a write that reaches the source later (a replication
        // write — hosts cannot write to it now) is preserved into the target first.
        auto held = sourceIo->quiesce();
        pit = PointInTimeCopy::establish(pitConfig(ctx.config, vc), sourceBackend, targetBackend, mapPath, &st);
        if (!pit) {
            failFile(mapPath, st);
        }
        held.addObserver(pit);
        if (record) {
            held.addObserver(record->hook(WriteRecord::Side::Source));
        }
    }
    engine.setPointInTime(vc.id, pit);
    if (record) {
        engine.setWriteRecord(vc.id, record);
    }
    schedule(engine, vc, pit);
    const ObjectId id = vc.id;
    ctx.onRollback([&engine, id, sourceIo, pit, mapPath, record]() {
        engine.scheduler().remove(id);
        sourceIo->removeObserver(pit);
        engine.takePointInTime(id);
        QFile::remove(mapPath);
        if (record) {
            sourceIo->removeObserver(record->hook(WriteRecord::Side::Source));
            engine.takeWriteRecord(id);
            QFile::remove(record->path());
        }
    });
    ctx.logEvent(EventCode::VolumeCopyStarted, EventSeverity::Informational, pairComponent(ctx.config, vc),
        u"VolumeCopy started"_s,
        u"Copying %1 of %2 to %3 at %4 priority; the source is read-only and the target inaccessible to hosts "
        "until the copy completes."_s.arg(formatGb(source.capacity), source.name, target.name, enumName(vc.priority)));
}

void onFinished(Engine& engine, ObjectId id, const IoStatus& status)
{
    const auto it = engine.configuration().volumeCopies.constFind(id);
    if (it == engine.configuration().volumeCopies.cend() || it->status != VolumeCopyStatus::InProgress) {
        return; // stopped or removed meanwhile
    }
    engine.runInternal(it->subsystemId, [&](CommandContext& ctx) {
        VolumeCopy& vc = ctx.config.volumeCopies[id];
        LogicalDrive& target = ctx.config.logicalDrives[vc.targetId];
        if (status.ok()) {
            vc.status = VolumeCopyStatus::Completed;
            vc.completed = ctx.clock.now();
            target.currentOwner = target.preferredOwner;
            // From now on the target's own writes are changes too (hosts may write it once it is read/write).
            if (const auto record = ctx.engine.writeRecord(id)) {
                if (auto targetIo = ctx.engine.volumes().find(vc.targetId)) {
                    targetIo->addObserver(record->hook(WriteRecord::Side::Target));
                    ctx.onRollback(
                        [targetIo, record]() { targetIo->removeObserver(record->hook(WriteRecord::Side::Target)); });
                }
            }
            ctx.logEvent(EventCode::VolumeCopyCompleted, EventSeverity::Informational, pairComponent(ctx.config, vc),
                u"VolumeCopy completed"_s,
                u"%1 now holds the image %2 had when the copy started%3."_s.arg(target.name,
                    ctx.config.logicalDrives.value(vc.sourceId).name,
                    vc.targetReadOnly ? u"; the target is read-only to hosts"_s : QString()));
        } else {
            vc.status = VolumeCopyStatus::Failed;
            vc.statusReason = status.reason;
            ctx.logEvent(EventCode::VolumeCopyFailed, EventSeverity::Critical, pairComponent(ctx.config, vc),
                u"VolumeCopy Operation Failed"_s,
                u"%1. The source stays read-only and the target inaccessible. Stop the copy to clear this "
                "condition, or Re-Copy to start again."_s.arg(status.reason),
                true);
        }
        dropEngine(ctx, vc, vc.status == VolumeCopyStatus::Completed);
        VolumeCopyOps::promote(ctx, vc.subsystemId);
    });
}

const VolumeCopy& pairArg(CommandContext& ctx)
{
    if (ctx.args.has(u"id"_s)) {
        const ObjectId id = ctx.args.integer(u"id"_s);
        const auto it = ctx.config.volumeCopies.constFind(id);
        if (it == ctx.config.volumeCopies.cend() || it->subsystemId != ctx.subsystemId()) {
            fail(ErrorCode::VolumeCopyNotFound, {QString::number(id), ctx.subsystem().name});
        }
        return *it;
    }
    const QStringList targets = ctx.args.has(u"target"_s) ? ctx.args.list(u"target"_s) : ctx.args.targets();
    if (targets.isEmpty()) {
        fail(ErrorCode::MissingParameter, {u"target [\"target\"]"_s, ctx.args.command()});
    }
    const LogicalDrive& target = ctx.logicalDriveNamed(targets.first());
    const VolumeCopy* pair = ctx.config.volumeCopyTargeting(target.id);
    if (ctx.args.has(u"source"_s)) {
        const QStringList sources = ctx.args.list(u"source"_s);
        const LogicalDrive& source = ctx.logicalDriveNamed(sources.value(0));
        if (pair != nullptr && pair->sourceId != source.id) {
            pair = nullptr;
        }
    }
    if (pair == nullptr) {
        fail(ErrorCode::VolumeCopyNotFound, {u"with target %1"_s.arg(target.name), ctx.subsystem().name});
    }
    return *pair;
}

CopyPriority priorityArg(CommandContext& ctx, CopyPriority fallback)
{
    if (!ctx.args.has(u"copyPriority"_s)) {
        return fallback;
    }
    const QString text = ctx.args.string(u"copyPriority"_s);
    const auto priority = parseEnum<CopyPriority>(text);
    if (!priority) {
        fail(ErrorCode::InvalidParameter, {u"copyPriority"_s, text, u"use lowest, low, medium, high or highest"_s});
    }
    return *priority;
}

Error stateError(const Configuration& config, const VolumeCopy& vc, const QString& why)
{
    return {ErrorCode::VolumeCopyStateInvalid,
        {config.logicalDrives.value(vc.sourceId).name, config.logicalDrives.value(vc.targetId).name,
            vc.status == VolumeCopyStatus::InProgress ? u"in progress"_s : enumName(vc.status), why}};
}

const LogicalDrive& driveArg(CommandContext& ctx, const QString& key, const QString& idKey)
{
    if (ctx.args.has(idKey)) {
        const ObjectId id = ctx.args.integer(idKey);
        const auto it = ctx.config.logicalDrives.constFind(id);
        if (it == ctx.config.logicalDrives.cend() || it->subsystemId != ctx.subsystemId()) {
            fail(ErrorCode::LogicalDriveNotFound, {QString::number(id), ctx.subsystem().name});
        }
        return *it;
    }
    return ctx.logicalDriveNamed(ctx.args.string(key));
}

qint64 nextQueueOrder(const Configuration& config)
{
    qint64 order = 0;
    for (const VolumeCopy& vc : config.volumeCopies) {
        order = std::max(order, vc.queueOrder);
    }
    return order + 1;
}

void createVolumeCopy(CommandContext& ctx)
{
    const Subsystem subsystem = ctx.subsystem();
    const auto limits = Ds4000::limits(subsystem.model);
    if (!limits.volumeCopySupported) {
        fail(ErrorCode::FeatureNotSupported, {u"VolumeCopy"_s, subsystem.model});
    }
    if (!subsystem.volumeCopyEnabled) {
        fail(ErrorCode::FeatureNotEnabled, {u"VolumeCopy"_s, subsystem.name});
    }
    const LogicalDrive source = driveArg(ctx, u"source"_s, u"sourceId"_s);
    const LogicalDrive target = driveArg(ctx, u"target"_s, u"targetId"_s);
    check(volumeCopySourceProblem(ctx.config, source));
    check(volumeCopyTargetProblem(ctx.config, source, target));
    qint64 targetsOfSource = 0;
    for (const VolumeCopy& vc : ctx.config.volumeCopiesOf(source.id)) {
        targetsOfSource += vc.sourceId == source.id ? 1 : 0;
    }
    if (targetsOfSource >= limits.maxCopyTargetsPerSource) {
        fail(ErrorCode::VolumeCopyCandidateInvalid,
            {source.name, u"source"_s,
                u"it already has %1 targets, the most a %2 supports"_s.arg(targetsOfSource).arg(limits.model)});
    }
    VolumeCopy vc;
    vc.id = ctx.config.allocateId();
    vc.subsystemId = subsystem.id;
    vc.sourceId = source.id;
    vc.targetId = target.id;
    vc.priority = priorityArg(ctx, CopyPriority::Medium);
    vc.targetReadOnly = ctx.args.boolean(u"targetReadOnlyEnabled"_s, true);
    vc.started = ctx.clock.now();
    vc.queueOrder = nextQueueOrder(ctx.config);
    ctx.config.volumeCopies.insert(vc.id, vc);
    ctx.logEvent(EventCode::VolumeCopyCreated, EventSeverity::Informational, pairComponent(ctx.config, vc),
        u"VolumeCopy created"_s,
        u"Copy of %1 (%2) to %3, priority %4. The data on %3 will be overwritten."_s.arg(
            source.name, formatGb(source.capacity), target.name, enumName(vc.priority)));
    VolumeCopyOps::promote(ctx, subsystem.id);
    ctx.data.insert(u"id"_s, vc.id);
    ctx.data.insert(u"status"_s, enumName(ctx.config.volumeCopies.value(vc.id).status));
}

void recopyVolumeCopy(CommandContext& ctx)
{
    const VolumeCopy old = pairArg(ctx);
    if (old.isActive() && old.status != VolumeCopyStatus::Failed) {
        check(stateError(ctx.config, old, u"Re-Copy is possible once it is completed, stopped or failed"_s));
    }
    const LogicalDrive source = ctx.config.logicalDrives.value(old.sourceId);
    check(volumeCopySourceProblem(ctx.config, source));
    VolumeCopy& vc = ctx.config.volumeCopies[old.id];
    if (old.status == VolumeCopyStatus::Failed) {
        dropEngine(ctx, old);
    }
    dropRecord(ctx, old); // the new copy's record starts with it
    vc.priority = priorityArg(ctx, vc.priority);
    vc.targetReadOnly = ctx.args.boolean(u"targetReadOnlyEnabled"_s, true);
    vc.status = VolumeCopyStatus::Pending;
    vc.statusReason.clear();
    vc.copiedBasisPoints = -1;
    vc.started = ctx.clock.now();
    vc.completed = QDateTime();
    vc.queueOrder = nextQueueOrder(ctx.config);
    ctx.logEvent(EventCode::VolumeCopyChanged, EventSeverity::Informational, pairComponent(ctx.config, vc),
        u"VolumeCopy re-copy requested"_s,
        u"The copy starts again from the beginning with the source's current image; the target is "
        "overwritten."_s);
    VolumeCopyOps::promote(ctx, vc.subsystemId);
    ctx.data.insert(u"status"_s, enumName(ctx.config.volumeCopies.value(old.id).status));
}

void stopVolumeCopy(CommandContext& ctx)
{
    const VolumeCopy old = pairArg(ctx);
    if (!old.isActive()) {
        check(stateError(ctx.config, old, u"only a pending, in-progress or failed copy can be stopped"_s));
    }
    if (old.status == VolumeCopyStatus::InProgress || old.status == VolumeCopyStatus::Failed) {
        dropEngine(ctx, old);
    }
    VolumeCopy& vc = ctx.config.volumeCopies[old.id];
    LogicalDrive& target = ctx.config.logicalDrives[vc.targetId];
    target.currentOwner = target.preferredOwner;
    vc.status = VolumeCopyStatus::Stopped;
    vc.statusReason.clear();
    ctx.logEvent(EventCode::VolumeCopyStopped, EventSeverity::Informational, pairComponent(ctx.config, vc),
        u"VolumeCopy stopped"_s,
        u"Hosts can write to the source again; the target holds a partial copy with no guarantee of being "
        "usable."_s);
    VolumeCopyOps::promote(ctx, vc.subsystemId);
}

void removeVolumeCopy(CommandContext& ctx)
{
    const VolumeCopy vc = pairArg(ctx);
    if (vc.status == VolumeCopyStatus::Pending || vc.status == VolumeCopyStatus::InProgress) {
        check(stateError(ctx.config, vc, u"stop the copy before removing the pair"_s));
    }
    if (vc.status == VolumeCopyStatus::Failed) {
        dropEngine(ctx, vc);
    }
    dropRecord(ctx, vc);
    ctx.config.volumeCopies.remove(vc.id);
    ctx.logEvent(EventCode::VolumeCopyRemoved, EventSeverity::Informational, pairComponent(ctx.config, vc),
        u"VolumeCopy pair removed"_s,
        u"The data on both logical drives is untouched; the target's read-only attribute is removed."_s);
}

void setVolumeCopy(CommandContext& ctx)
{
    const VolumeCopy old = pairArg(ctx);
    VolumeCopy& vc = ctx.config.volumeCopies[old.id];
    bool changed = false;
    if (ctx.args.has(u"copyPriority"_s)) {
        vc.priority = priorityArg(ctx, vc.priority);
        // Takes effect at once, even mid-copy (§2.3.3).
        ctx.engine.scheduler().setPriority(vc.id, vc.priority);
        Engine& engine = ctx.engine;
        const ObjectId id = vc.id;
        const CopyPriority before = old.priority;
        ctx.onRollback([&engine, id, before]() { engine.scheduler().setPriority(id, before); });
        changed = true;
    }
    if (ctx.args.has(u"targetReadOnlyEnabled"_s)) {
        // Conflict C5: changeable once the copy is completed, stopped or failed; not while pending or in progress.
        if (vc.status == VolumeCopyStatus::Pending || vc.status == VolumeCopyStatus::InProgress) {
            check(stateError(ctx.config, old, u"the target's permissions can change once the copy is completed"_s));
        }
        vc.targetReadOnly = ctx.args.boolean(u"targetReadOnlyEnabled"_s, vc.targetReadOnly);
        changed = true;
    }
    if (!changed) {
        fail(ErrorCode::MissingParameter, {u"copyPriority or targetReadOnlyEnabled"_s, ctx.args.command()});
    }
    ctx.logEvent(EventCode::VolumeCopyChanged, EventSeverity::Informational, pairComponent(ctx.config, vc),
        u"VolumeCopy changed"_s,
        u"Priority %1; target %2."_s.arg(enumName(vc.priority), vc.targetReadOnly ? u"read-only"_s : u"read/write"_s));
}

constexpr qint64 kVerifyGrains = 256; // per step: 16 MiB of each drive

/** The engine learns a verification's outcome: its event (on the engine thread, after the I/O). */
void verified(Engine& engine, ObjectId id, const WriteRecord::VerifyTally& tally, bool repair, const IoStatus& st)
{
    const auto it = engine.configuration().volumeCopies.constFind(id);
    if (it == engine.configuration().volumeCopies.cend()) {
        return;
    }
    engine.runInternal(it->subsystemId, [&](CommandContext& ctx) {
        const VolumeCopy& vc = ctx.config.volumeCopies[id];
        if (!st.ok()) {
            ctx.logEvent(EventCode::VolumeCopyVerified, EventSeverity::Warning, pairComponent(ctx.config, vc),
                u"VolumeCopy verification stopped"_s,
                u"%1 after %2 grains compared."_s.arg(st.reason).arg(tally.compared));
            return;
        }
        const bool differ = tally.differing > 0;
        QString details = u"%1 grains compared, %2 differ; %3 written on the source or the target since the copy "
                          "were not compared."_s.arg(tally.compared)
                              .arg(tally.differing)
                              .arg(tally.written);
        if (differ && repair) {
            details += u" %1 differing grains were copied from the source again; the target holds the copy's "
                       "point in time there."_s.arg(tally.repaired);
        } else if (differ) {
            details += u" The target does not hold the source's image there: run the check again with repair=TRUE, "
                       "or Re-Copy the pair."_s;
        }
        ctx.logEvent(EventCode::VolumeCopyVerified, differ ? EventSeverity::Critical : EventSeverity::Informational,
            pairComponent(ctx.config, vc),
            differ ? u"VolumeCopy verification found differences"_s : u"VolumeCopy verification completed"_s, details,
            differ && !repair);
    });
}

/**
 * check volumeCopy target ["T"] [source ["S"]] [repair=TRUE]; — online verification of a completed copy (issue 19;
 * no seed system has it, DRBD's verify does for its mirrors). The statement is built like the pair's other SMcli
 * statements and like check remoteMirror. The target is compared with the source grain by grain while hosts go on;
 * grains written on either drive since the copy's point in time are left out (the pair's write record). A
 * difference is damage to the target; repair copies the source's grain again, which still holds the point in time.
 */
void checkVolumeCopy(CommandContext& ctx)
{
    const VolumeCopy vc = pairArg(ctx);
    const bool repair = ctx.args.boolean(u"repair"_s, false);
    ctx.args.finish();
    if (vc.status != VolumeCopyStatus::Completed) {
        check(stateError(ctx.config, vc, u"a copy is verified once it is completed"_s));
    }
    const QString sourceName = ctx.config.logicalDrives.value(vc.sourceId).name;
    const QString targetName = ctx.config.logicalDrives.value(vc.targetId).name;
    const auto record = ctx.engine.writeRecord(vc.id);
    if (!record) {
        check(stateError(ctx.config, vc,
            u"Copyline has no record of the writes to these drives since the copy (it was made by an earlier "
            "version, or its record could not be made or read), so it cannot tell damage from a change; Re-Copy "
            "the pair to verify it afterwards"_s));
    }
    if (record->incomplete()) {
        check(stateError(ctx.config, vc,
            u"the record of the writes since the copy is incomplete (%1), so a difference could be a change; Re-Copy "
            "the pair to verify it afterwards"_s.arg(record->incompleteReason())));
    }
    if (repair && !vc.targetReadOnly) {
        check(stateError(ctx.config, vc,
            u"a repair needs a read-only target, so that no host writes it meanwhile: run set volumeCopy target "
            "[\"%1\"] targetReadOnlyEnabled=TRUE; first"_s.arg(targetName)));
    }
    auto sourceIo = ctx.engine.volumes().find(vc.sourceId);
    auto targetIo = ctx.engine.volumes().find(vc.targetId);
    if (!sourceIo || !targetIo) {
        fail(ErrorCode::IoError, {sourceIo ? targetName : sourceName, u"its volume is not available"_s});
    }
    const ObjectId id = vc.id;
    QPointer<Engine> guard(&ctx.engine);
    ctx.deferIo([record, sourceIo, targetIo, id, sourceName, targetName, repair, guard]() {
        WriteRecord::VerifyTally tally;
        IoStatus st;
        const auto started = std::chrono::steady_clock::now();
        // A repair goes through the target's write path: a FlashCopy of the target preserves its grain first, a
        // mirror whose primary it is ships it. The pair's own hook does not count it as a change.
        HookedBackend repairTo(targetIo);
        const auto source = sourceIo->backend();
        const auto target = targetIo->backend();
        for (qint64 at = 0;;) {
            const qint64 passed
                = record->verify(*source, *target, repair ? &repairTo : nullptr, at, kVerifyGrains, &tally, &st);
            if (passed == 0 || !st.ok()) {
                break;
            }
            at += passed;
        }
        if (st.ok() && tally.repaired > 0) {
            st = targetIo->flush(IoOrigin::Replication); // "repaired" is a promise about the target's bytes
        }
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        Engine::post(guard, [id, tally, repair, st](Engine& e) { verified(e, id, tally, repair, st); });
        if (!st.ok()) {
            return CommandResult::failure(Error(ErrorCode::IoError, {targetName, st.reason}));
        }
        CommandResult result;
        QJsonArray examples;
        for (const qint64 g : tally.examples) {
            examples.append(g * record->grainSize());
        }
        result.data = {{u"source"_s, sourceName}, {u"target"_s, targetName}, {u"grainSize"_s, record->grainSize()},
            {u"compared"_s, tally.compared}, {u"differing"_s, tally.differing}, {u"repaired"_s, tally.repaired},
            {u"written"_s, tally.written}, {u"bytesRead"_s, tally.bytesRead}, {u"seconds"_s, seconds},
            {u"repair"_s, repair}, {u"differingOffsets"_s, examples}};
        return result;
    });
}

QJsonObject pairJson(CommandContext& ctx, const VolumeCopy& vc)
{
    QJsonObject o {{u"id"_s, vc.id}, {u"source"_s, ctx.config.logicalDrives.value(vc.sourceId).name},
        {u"target"_s, ctx.config.logicalDrives.value(vc.targetId).name}, {u"status"_s, enumName(vc.status)},
        {u"statusReason"_s, vc.statusReason}, {u"priority"_s, enumName(vc.priority)},
        {u"targetReadOnly"_s, vc.targetReadOnly}, {u"started"_s, vc.started.toString(Qt::ISODateWithMs)},
        {u"completed"_s, vc.completed.toString(Qt::ISODateWithMs)}};
    double percent = vc.status == VolumeCopyStatus::Completed ? 100.0 : 0.0;
    if ((vc.status == VolumeCopyStatus::Failed || vc.status == VolumeCopyStatus::Stopped)
        && vc.copiedBasisPoints >= 0) {
        percent = static_cast<double>(vc.copiedBasisPoints) / 100.0;
    }
    if (vc.status == VolumeCopyStatus::InProgress) {
        const CopyScheduler::Progress p = ctx.engine.scheduler().progress(vc.id);
        if (p.grains > 0) {
            percent = 100.0 * static_cast<double>(p.grainsCopied) / static_cast<double>(p.grains);
        }
        o.insert(u"bytesPerSecond"_s, p.bytesPerSecond);
        o.insert(u"etaSeconds"_s, p.etaSeconds);
    }
    o.insert(u"percent"_s, percent);
    return o;
}

void showVolumeCopy(CommandContext& ctx)
{
    QList<VolumeCopy> pairs;
    const ObjectId sub = ctx.subsystemId();
    if (ctx.args.has(u"source"_s)) {
        const LogicalDrive& source = ctx.logicalDriveNamed(ctx.args.list(u"source"_s).value(0));
        for (const VolumeCopy& vc : ctx.config.volumeCopiesOf(source.id)) {
            if (vc.sourceId == source.id) {
                pairs.append(vc);
            }
        }
    } else if (ctx.args.has(u"target"_s)) {
        const LogicalDrive& target = ctx.logicalDriveNamed(ctx.args.list(u"target"_s).value(0));
        if (const VolumeCopy* vc = ctx.config.volumeCopyTargeting(target.id)) {
            pairs.append(*vc);
        }
    } else {
        for (const VolumeCopy& vc : std::as_const(ctx.config.volumeCopies)) {
            if (vc.subsystemId == sub) {
                pairs.append(vc);
            }
        }
    }
    QJsonArray list;
    for (const VolumeCopy& vc : std::as_const(pairs)) {
        list.append(pairJson(ctx, vc));
    }
    ctx.data.insert(u"volumeCopies"_s, list);
}

QJsonArray candidates(CommandContext& ctx, const std::function<Error(const LogicalDrive&)>& problem)
{
    QJsonArray list;
    for (const LogicalDrive& ld : ctx.config.logicalDrivesOf(ctx.subsystemId())) {
        const Error why = problem(ld);
        QJsonObject o {
            {u"name"_s, ld.name}, {u"id"_s, ld.id}, {u"capacity"_s, ld.capacity}, {u"eligible"_s, !why.isError()}};
        if (why.isError()) {
            o.insert(u"reason"_s, why.args.value(2));
        }
        list.append(o);
    }
    return list;
}

void showSourceCandidates(CommandContext& ctx)
{
    ctx.data.insert(u"candidates"_s,
        candidates(ctx, [&](const LogicalDrive& ld) { return volumeCopySourceProblem(ctx.config, ld); }));
}

void showTargetCandidates(CommandContext& ctx)
{
    const LogicalDrive source = ctx.args.has(u"sourceId"_s)
        ? driveArg(ctx, u"source"_s, u"sourceId"_s)
        : ctx.logicalDriveNamed(ctx.args.list(u"source"_s).value(0));
    ctx.data.insert(u"source"_s, source.name);
    ctx.data.insert(u"candidates"_s,
        candidates(ctx, [&](const LogicalDrive& ld) { return volumeCopyTargetProblem(ctx.config, source, ld); }));
}

void injectFault(CommandContext& ctx)
{
    // [SIM] A media error on a logical drive: every read and/or write of it fails with EIO until cleared.
    const LogicalDrive ld = ctx.logicalDrive();
    const QString fault = ctx.args.string(u"fault"_s);
    FaultInjection injection;
    if (fault.compare(u"readError"_s, Qt::CaseInsensitive) == 0) {
        injection.readError = true;
    } else if (fault.compare(u"writeError"_s, Qt::CaseInsensitive) == 0) {
        injection.writeError = true;
    } else if (fault.compare(u"none"_s, Qt::CaseInsensitive) != 0) {
        fail(ErrorCode::InvalidParameter, {u"fault"_s, fault, u"use readError, writeError or none"_s});
    }
    auto io = ctx.engine.volumes().find(ld.id);
    auto file = io ? std::dynamic_pointer_cast<FileBackend>(io->backend()) : nullptr;
    if (!file) {
        fail(ErrorCode::LogicalDriveKindNotAllowed,
            {ld.name, enumName(ld.kind) + u" logical drive"_s,
                u"media errors are injected on drives with their own volume; use its base or repository"_s});
    }
    const FaultInjection before = file->fault();
    file->setFault(injection);
    ctx.onRollback([file, before]() { file->setFault(before); });
    MirrorOps::repositoryFault(ctx, ld, injection.readError || injection.writeError);
    ctx.logEvent(EventCode::FaultInjected, EventSeverity::Warning, u"Logical Drive %1"_s.arg(ld.name),
        u"Simulated fault"_s,
        fault.compare(u"none"_s, Qt::CaseInsensitive) == 0
            ? u"Injected media errors cleared."_s
            : u"Injected %1: every %2 of the logical drive fails until the fault is cleared."_s.arg(
                fault, injection.readError ? u"read"_s : u"write"_s));
}

} // namespace

namespace VolumeCopyOps
{

void promote(CommandContext& ctx, ObjectId subsystemId)
{
    const auto limits = Ds4000::limits(ctx.config.subsystems.value(subsystemId).model);
    int running = 0;
    QList<VolumeCopy> pending;
    for (const VolumeCopy& vc : std::as_const(ctx.config.volumeCopies)) {
        if (vc.subsystemId != subsystemId) {
            continue;
        }
        running += vc.status == VolumeCopyStatus::InProgress ? 1 : 0;
        if (vc.status == VolumeCopyStatus::Pending) {
            pending.append(vc);
        }
    }
    std::sort(pending.begin(), pending.end(),
        [](const VolumeCopy& a, const VolumeCopy& b) { return a.queueOrder < b.queueOrder; });
    for (const VolumeCopy& vc : std::as_const(pending)) {
        if (running >= limits.maxRunningCopies) {
            break; // conflict C4: at most 8 In Progress per subsystem; the rest wait, in order
        }
        start(ctx, ctx.config.volumeCopies[vc.id]);
        ++running;
    }
}

void checkNotBusy(CommandContext& ctx, const LogicalDrive& ld, const QString& operation)
{
    for (const VolumeCopy& vc : ctx.config.volumeCopiesOf(ld.id)) {
        if (vc.isActive()) {
            fail(ErrorCode::LogicalDriveKindNotAllowed,
                {ld.name, vc.sourceId == ld.id ? u"VolumeCopy source"_s : u"VolumeCopy target"_s,
                    u"%1 is not possible while its copy is %2; stop the copy first"_s.arg(operation,
                        vc.status == VolumeCopyStatus::InProgress ? u"in progress"_s : enumName(vc.status))});
        }
    }
}

void failSourcedFrom(CommandContext& ctx, ObjectId sourceId, const QString& reason)
{
    bool freed = false;
    ObjectId subsystemId = 0;
    for (const VolumeCopy& old : ctx.config.volumeCopiesOf(sourceId)) {
        if (old.sourceId != sourceId
            || (old.status != VolumeCopyStatus::Pending && old.status != VolumeCopyStatus::InProgress)) {
            continue;
        }
        if (old.status == VolumeCopyStatus::InProgress) {
            dropEngine(ctx, old);
            freed = true;
        }
        VolumeCopy& vc = ctx.config.volumeCopies[old.id];
        vc.status = VolumeCopyStatus::Failed;
        vc.statusReason = reason;
        subsystemId = vc.subsystemId;
        ctx.logEventOn(vc.subsystemId, EventCode::VolumeCopyFailed, EventSeverity::Critical,
            pairComponent(ctx.config, vc), u"VolumeCopy Operation Failed"_s,
            u"%1. The source stays read-only and the target inaccessible. Stop the copy to clear this condition, or "
            "Re-Copy to start again."_s.arg(reason),
            true);
    }
    if (freed) {
        promote(ctx, subsystemId);
    }
}

void sourceImageReplaced(CommandContext& ctx, ObjectId sourceId, const QString& why)
{
    for (const VolumeCopy& vc : ctx.config.volumeCopiesOf(sourceId)) {
        if (vc.sourceId != sourceId) {
            continue;
        }
        if (const auto record = ctx.engine.writeRecord(vc.id)) {
            // Not undone by a rollback: a record that says too little is safe, one that says too much is not.
            (void)record->invalidate(why);
        }
    }
}

void removePairsOf(CommandContext& ctx, const LogicalDrive& ld)
{
    for (const VolumeCopy& vc : ctx.config.volumeCopiesOf(ld.id)) {
        dropRecord(ctx, vc);
        ctx.config.volumeCopies.remove(vc.id);
        ctx.logEvent(EventCode::VolumeCopyRemoved, EventSeverity::Informational, pairComponent(ctx.config, vc),
            u"VolumeCopy pair removed"_s, u"Logical drive %1 was deleted."_s.arg(ld.name));
    }
}

/**
 * The record of changes since a pair's point in time goes on where it stopped: on the source, and on the target once
 * the copy completed. Without it (a copy made by an earlier version, a damaged file) the pair cannot be verified
 * until it is copied again; check volumeCopy says so.
 */
void reopenRecord(Engine& engine, const VolumeCopy& vc)
{
    const QString path = recordPath(engine, vc.id);
    auto sourceIo = engine.volumes().find(vc.sourceId);
    auto targetIo = engine.volumes().find(vc.targetId);
    if (!QFile::exists(path) || !sourceIo || !targetIo) {
        return;
    }
    IoStatus st;
    auto record
        = WriteRecord::open(path, kGrainSize, engine.configuration().logicalDrives.value(vc.sourceId).capacity, &st);
    if (!record) {
        return;
    }
    sourceIo->addObserver(record->hook(WriteRecord::Side::Source));
    if (vc.status == VolumeCopyStatus::Completed) {
        targetIo->addObserver(record->hook(WriteRecord::Side::Target));
    }
    engine.setWriteRecord(vc.id, record);
}

Error restore(Engine& engine)
{
    const Configuration config = engine.configuration();
    for (const Subsystem& s : config.subsystems) {
        engine.scheduler().setBandwidth(s.id, s.copyBandwidth);
    }
    QList<ObjectId> restart;
    for (const VolumeCopy& vc : config.volumeCopies) {
        if (vc.status == VolumeCopyStatus::Completed) {
            reopenRecord(engine, vc);
        }
        if (vc.status != VolumeCopyStatus::InProgress) {
            continue;
        }
        auto sourceIo = engine.volumes().find(vc.sourceId);
        auto targetIo = engine.volumes().find(vc.targetId);
        IoStatus st;
        std::shared_ptr<PointInTimeCopy> pit;
        if (sourceIo && targetIo) {
            // Resume where the copy map says the copy was (decision for issue 4: resume, not restart).
            pit = PointInTimeCopy::reopen(pitConfig(config, vc), sourceIo->backend(), targetStore(config, targetIo),
                engine.volumePath(vc.mapFile), PitState::Active, &st);
        }
        if (!pit) {
            restart.append(vc.id);
            continue;
        }
        sourceIo->addObserver(pit);
        engine.setPointInTime(vc.id, pit);
        reopenRecord(engine, vc);
        schedule(engine, vc, pit);
    }
    // A copy whose map is gone starts again from the beginning; pending copies start as slots allow.
    for (const Subsystem& s : config.subsystems) {
        const CommandResult r = engine.runInternal(s.id, [&](CommandContext& ctx) {
            for (const ObjectId id : std::as_const(restart)) {
                if (ctx.config.volumeCopies.value(id).subsystemId == s.id) {
                    start(ctx, ctx.config.volumeCopies[id]);
                }
            }
            promote(ctx, s.id);
        });
        if (!r.ok()) {
            return r.error;
        }
    }
    return {};
}

} // namespace VolumeCopyOps

QList<CommandSpec> volumeCopyCommands()
{
    return {
        {"createVolumeCopy", &createVolumeCopy, true},
        {"recopyVolumeCopy", &recopyVolumeCopy, true},
        {"stopVolumeCopy", &stopVolumeCopy, true},
        {"removeVolumeCopy", &removeVolumeCopy, true},
        {"setVolumeCopy", &setVolumeCopy, true},
        {"checkVolumeCopy", &checkVolumeCopy, false},
        {"showVolumeCopy", &showVolumeCopy, false},
        {"showVolumeCopySourceCandidates", &showSourceCandidates, false},
        {"showVolumeCopyTargetCandidates", &showTargetCandidates, false},
        {"injectFault", &injectFault, true},
    };
}

} // namespace Copyline
