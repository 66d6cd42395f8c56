// SPDX-License-Identifier: GPL-3.0-or-later
// ESS FlashCopy (spec §1.5, §2.1-2.2, §3.1, §4.1) on the core point-in-time engine with a full-volume store: the
// target volume's own bytes hold the preserved and background-copied tracks; hosts read and write both volumes at
// once. COPY ends by itself when every track is copied; NOCOPY stays until it is withdrawn.
//
// [SIM] A "track" is one grain of 64 KiB: the seed gives no fixed-block track size (spec §3.7).
#include "copy/copyscheduler.h"
#include "copy/pointintime.h"
#include "families/ess/commands.h"
#include "families/ess/models.h"
#include "families/ess/pprc.h"
#include "service/engine.h"
#include "util/bytesize.h"

#include <QFile>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Ess
{

namespace
{

constexpr qint64 kTrackSize = 64 * 1024;

PitConfig pitConfig(const Configuration& config, const Relationship& r)
{
    PitConfig c;
    c.store = PitStore::FullVolume;
    c.grainSize = r.grainSize;
    c.imageSize = config.logicalDrives.value(r.sourceId).capacity;
    return c;
}

QString pairText(const Configuration& config, const Relationship& r)
{
    return u"%1 -> %2"_s.arg(config.logicalDrives.value(r.sourceId).name, config.logicalDrives.value(r.targetId).name);
}

void onFinished(Engine& engine, ObjectId id, const IoStatus& status);
void listen(Engine& engine, ObjectId id, const std::shared_ptr<PointInTimeCopy>& pit);

/** Hands a COPY relationship's background copy to the scheduler; its end comes back to the engine thread. */
void schedule(Engine& engine, const Relationship& r, const std::shared_ptr<PointInTimeCopy>& pit)
{
    const QPointer<Engine> guard(&engine);
    const ObjectId id = r.id;
    const CopyPriority priority = r.hasOption(u"accelerateDestage"_s) ? CopyPriority::High : CopyPriority::Medium;
    engine.scheduler().add(id, r.subsystemId, pit, priority, [guard, id](const IoStatus& status) {
        Engine::post(guard, [id, status](Engine& e) { onFinished(e, id, status); });
    });
}

/** Wires a relationship's engine (Engine::attachFullVolumeCopy) and listens to its failures. */
void attach(Engine& engine, const Relationship& r, const std::shared_ptr<PointInTimeCopy>& pit)
{
    engine.attachFullVolumeCopy(r.id, r.sourceId, r.targetId, pit);
    listen(engine, r.id, pit);
}

void detach(Engine& engine, ObjectId id, ObjectId sourceId, ObjectId targetId)
{
    engine.detachFullVolumeCopy(id, sourceId, targetId);
}

/** Ends a relationship after the command commits: scheduler, wiring, map file. */
void end(CommandContext& ctx, const Relationship& r)
{
    Engine& engine = ctx.engine;
    const ObjectId id = r.id;
    const ObjectId sourceId = r.sourceId;
    const ObjectId targetId = r.targetId;
    const QString mapPath = engine.volumePath(r.mapFile);
    engine.scheduler().remove(id); // no chunk of it runs once this returns
    ctx.onCommit([&engine, id, sourceId, targetId, mapPath]() {
        detach(engine, id, sourceId, targetId);
        QFile::remove(mapPath);
    });
    ctx.onRollback([&engine, id]() {
        const auto it = engine.configuration().relationships.constFind(id);
        auto pit = engine.pointInTime(id);
        if (it != engine.configuration().relationships.cend() && pit && !it->hasOption(u"nocopy"_s)
            && it->state != u"failed"_s) {
            schedule(engine, *it, pit); // a failed copy does not run again
        }
    });
    ctx.config.relationships.remove(id);
}

/**
 * The copy failed (a track could not be preserved or copied: a full disk, a media error). The relationship stays,
 * "failed": the point-in-time engine refuses target reads, so no host ever reads a target that is not the image.
 * Withdraw ends it. (Spec §2.2 [SIM]: a target that is not fully copied is not a valid image.)
 */
void markFailed(Engine& engine, ObjectId id, const QString& reason)
{
    const auto it = engine.configuration().relationships.constFind(id);
    if (it == engine.configuration().relationships.cend() || it->state == u"failed"_s) {
        return;
    }
    engine.scheduler().remove(id);
    engine.runInternal(it->subsystemId, [&](CommandContext& ctx) {
        Relationship& r = ctx.config.relationships[id];
        r.state = u"failed"_s;
        r.stateReason = reason;
        ctx.logEvent(EventCode::EssFlashCopyFailed, EventSeverity::Critical,
            u"FlashCopy pair %1"_s.arg(pairText(ctx.config, r)), u"FlashCopy failed"_s,
            u"%1. Target %2 no longer presents the point-in-time image and refuses reads; the source goes on. "
            "Free space where the workspace is, withdraw the pair and establish it again."_s.arg(
                reason, ctx.config.logicalDrives.value(r.targetId).name),
            true);
    });
}

void onFinished(Engine& engine, ObjectId id, const IoStatus& status)
{
    const auto it = engine.configuration().relationships.constFind(id);
    if (it == engine.configuration().relationships.cend()) {
        return; // withdrawn meanwhile
    }
    if (!status.ok()) {
        markFailed(engine, id, status.reason);
        return;
    }
    engine.runInternal(it->subsystemId, [&](CommandContext& ctx) {
        const Relationship r = ctx.config.relationships.value(id);
        ctx.logEvent(EventCode::EssFlashCopyCompleted, EventSeverity::Informational,
            u"FlashCopy pair %1"_s.arg(pairText(ctx.config, r)), u"FlashCopy background copy complete"_s,
            u"Every track of %1 is on %2; the relationship ended and both volumes are FlashCopy state none "
            "(background copy took %3 s)."_s
                .arg(ctx.config.logicalDrives.value(r.sourceId).name, ctx.config.logicalDrives.value(r.targetId).name)
                .arg(r.established.secsTo(ctx.clock.now())));
        end(ctx, r);
    });
}

/** Failures noticed on an I/O thread come to the engine thread. */
void listen(Engine& engine, ObjectId id, const std::shared_ptr<PointInTimeCopy>& pit)
{
    const QPointer<Engine> guard(&engine);
    auto post = [guard, id](const QString& reason) {
        Engine::post(guard, [id, reason](Engine& e) { markFailed(e, id, reason); });
    };
    pit->setListener({{}, post, post});
}

/**
 * essEstablishFlashCopy source=00012019 target=00112019 [noCopy=true] [accelerateDestage=true]
 * [permitIfTargetOnline=true]: spec §2.1.
 * Source and target on one LSS, the target at least as large, neither in a FlashCopy already.
 */
void establish(CommandContext& ctx)
{
    const LogicalDrive source = volumeArg(ctx, u"source"_s);
    const LogicalDrive target = volumeArg(ctx, u"target"_s);
    const bool noCopy = ctx.args.boolean(u"noCopy"_s, false);
    const bool accelerate = ctx.args.boolean(u"accelerateDestage"_s, false);
    const bool permitOnline = ctx.args.boolean(u"permitIfTargetOnline"_s, false);
    ctx.args.finish();
    // Spec §2.1, §8.4: the target must be demounted from its hosts ("FlashCopy is a destructive operation to the
    // target"), unless Permit if target is online is checked.
    if (const QString host = mountedOn(ctx.config, target.id); !host.isEmpty() && !permitOnline) {
        fail(ErrorCode::EssTargetOnline, {target.name, host});
    }
    if (source.id == target.id) {
        fail(ErrorCode::InvalidParameter, {u"target"_s, target.name, u"choose a target other than the source"_s});
    }
    const int sourceLss = lssOf(ctx.config, source);
    const int targetLss = lssOf(ctx.config, target);
    if (source.subsystemId != target.subsystemId || sourceLss != targetLss) {
        const auto sourceAt = parseVolumeId(source.name);
        const auto targetAt = parseVolumeId(target.name);
        fail(ErrorCode::EssDifferentLss,
            {source.name, u"%1:%2"_s.arg(sourceAt->serial).arg(sourceLss), target.name,
                u"%1:%2"_s.arg(targetAt->serial).arg(targetLss)});
    }
    if (target.capacity < source.capacity) {
        fail(ErrorCode::EssTargetTooSmall,
            {target.name, formatGb(target.capacity), source.name, formatGb(source.capacity)});
    }
    for (const LogicalDrive* v : {&source, &target}) {
        if (const Relationship* fc = flashCopyOf(ctx.config, v->id)) {
            const ObjectId partner = fc->sourceId == v->id ? fc->targetId : fc->sourceId;
            fail(ErrorCode::EssInFlashCopy, {v->name, ctx.config.logicalDrives.value(partner).name});
        }
    }
    // [SIM] spec §3.1: a PPRC secondary or primary cannot become a FlashCopy target (the T0 image would have to
    // overwrite a locked secondary, or be mirrored as one huge write); a FlashCopy target may later become a PPRC
    // primary and a PPRC secondary a FlashCopy source (seed L2950, L2975).
    if (const Relationship* pair = pprcOf(ctx.config, target.id)) {
        fail(ErrorCode::EssPprcInvalid,
            {target.name,
                u"it is the PPRC %1 of a pair with %2; terminate the pair before using it as a FlashCopy "
                "target"_s.arg(pair->sourceId == target.id ? u"primary"_s : u"secondary"_s,
                    ctx.config.logicalDrives.value(pair->sourceId == target.id ? pair->targetId : pair->sourceId)
                        .name)});
    }
    Engine& engine = ctx.engine;
    auto sourceIo = engine.volumes().find(source.id);
    auto targetIo = engine.volumes().find(target.id);
    if (!sourceIo || !targetIo) {
        fail(ErrorCode::IoError, {sourceIo ? target.name : source.name, u"its volume is not available"_s});
    }

    Relationship r;
    r.id = ctx.config.allocateId();
    r.subsystemId = source.subsystemId;
    r.kind = QString::fromLatin1(kFlashCopy);
    r.sourceId = source.id;
    r.targetId = target.id;
    r.state = u"active"_s;
    QStringList options;
    if (noCopy) {
        options << u"nocopy"_s;
    }
    if (accelerate) {
        options << u"accelerateDestage"_s;
    }
    r.options = options.join(u' ');
    r.grainSize = kTrackSize;
    r.established = ctx.clock.now();
    r.mapFile = u"ess-fc-%1.map"_s.arg(r.id);
    const QString mapPath = engine.volumePath(r.mapFile);

    // The point in time: the source held quiet while the map is made and the observer attached, so no host write
    // falls between the image and its protection.
    IoStatus st;
    std::shared_ptr<PointInTimeCopy> pit;
    const auto sourceBackend = sourceIo->backend(); // read before the holds: backend() takes the gate too
    const auto targetBackend = targetIo->backend();
    {
        auto heldTarget = targetIo->quiesce();
        auto heldSource = sourceIo->quiesce();
        pit = PointInTimeCopy::establish(pitConfig(ctx.config, r), sourceBackend, targetBackend, mapPath, &st);
        if (!pit) {
            failFile(mapPath, st);
        }
        heldSource.addObserver(pit);
        heldTarget.setBackend(pit->targetBackend());
    }
    engine.setPointInTime(r.id, pit);
    listen(engine, r.id, pit);
    const ObjectId id = r.id;
    ctx.onRollback([&engine, id, source, target, mapPath]() {
        engine.scheduler().remove(id);
        detach(engine, id, source.id, target.id);
        QFile::remove(mapPath);
    });
    ctx.config.relationships.insert(r.id, r);
    if (!noCopy) {
        schedule(engine, r, pit);
    }
    ctx.logEvent(EventCode::EssFlashCopyEstablished, EventSeverity::Informational,
        u"FlashCopy pair %1"_s.arg(pairText(ctx.config, r)), u"FlashCopy pair established"_s,
        noCopy ? u"NOCOPY: %1 presents the image %2 had at establish; only tracks about to change on %2 are copied. "
                 "Withdraw the pair when it is no longer needed."_s.arg(target.name, source.name)
               : u"COPY: %1 presents the image %2 had at establish; the background copy of %3 tracks runs and the "
                 "relationship ends when it completes."_s.arg(target.name, source.name)
                     .arg(pit->grains()));
    ctx.data.insert(u"id"_s, r.id);
}

/** essWithdrawFlashCopy volume=00012019 (either volume of the pair): spec §2.2. */
void withdraw(CommandContext& ctx)
{
    const LogicalDrive v = volumeArg(ctx, u"volume"_s);
    ctx.args.finish();
    const Relationship* found = flashCopyOf(ctx.config, v.id);
    if (found == nullptr) {
        fail(ErrorCode::EssNotInFlashCopy, {v.name});
    }
    const Relationship r = *found;
    qint64 remaining = 0;
    if (auto pit = ctx.engine.pointInTime(r.id)) {
        remaining = pit->grains() - pit->grainsCopied();
    }
    const QString target = ctx.config.logicalDrives.value(r.targetId).name;
    ctx.logEvent(EventCode::EssFlashCopyWithdrawn, EventSeverity::Informational,
        u"FlashCopy pair %1"_s.arg(pairText(ctx.config, r)), u"FlashCopy pair withdrawn"_s,
        remaining == 0 ? u"Both volumes are FlashCopy state none; %1 holds the whole point-in-time image."_s.arg(target)
                       : u"Both volumes are FlashCopy state none. %1 tracks had not been copied: %2 is not a valid "
                         "point-in-time image."_s.arg(remaining)
                             .arg(target));
    ctx.data.insert(u"tracksRemaining"_s, remaining);
    end(ctx, r);
}

} // namespace

Error restoreFlashCopies(Engine& engine)
{
    const Configuration& config = engine.configuration();
    for (const Relationship& r : config.relationships) {
        if (r.kind != QLatin1String(kFlashCopy)) {
            continue;
        }
        auto sourceIo = engine.volumes().find(r.sourceId);
        auto targetIo = engine.volumes().find(r.targetId);
        if (!sourceIo || !targetIo) {
            return Error(ErrorCode::IoError,
                {config.logicalDrives.value(sourceIo ? r.targetId : r.sourceId).name,
                    u"its volume is not available"_s});
        }
        IoStatus st;
        auto pit = PointInTimeCopy::reopen(pitConfig(config, r), sourceIo->backend(), targetIo->backend(),
            engine.volumePath(r.mapFile), PitState::Active, &st);
        if (!pit) {
            return Error(ErrorCode::FileError, {engine.volumePath(r.mapFile), st.reason});
        }
        attach(engine, r, pit);
        // A failure the map recorded and the catalog did not (the process ended first) shows through the engine's
        // state in essQueryVolume; a failed copy does not resume.
        if (!r.hasOption(u"nocopy"_s) && r.state != u"failed"_s && pit->state() == PitState::Active) {
            schedule(engine, r, pit);
        }
    }
    return {};
}

QList<CommandSpec> flashCopyCommands()
{
    return {
        {"essEstablishFlashCopy", &establish, true},
        {"essWithdrawFlashCopy", &withdraw, true},
    };
}

} // namespace Copyline::Ess
