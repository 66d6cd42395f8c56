// SPDX-License-Identifier: GPL-3.0-or-later
// The copy processing of seed 004 on the core point-in-time engine (hds.h): copy processing 500 is the scheduler's
// loop over one pair, elemental copy processing 600 one copyStep of `pace` tracks from the copy pointer (decision
// D6: the first track still unequal at or after the pointer, a window of pace tracks, the pointer past it), the
// change request of Fig. 9 the engine's copy-before-write on the primary. Each pair's runtime lives here per engine.
//
// Order of durability (spec §3.8 (e)): the old track reaches the secondary and its bit is recorded in the map file
// before the primary write may start (copy-before-write is synchronous in Copyline; the cached variant of §6.4, which
// answers the host before the old track is destaged, needs a non-volatile cache and is not modelled).
#include "copy/accessrules.h"
#include "copy/copyscheduler.h"
#include "copy/pointintime.h"
#include "families/hds/hds.h"
#include "service/engine.h"
#include "util/optionwords.h"

#include <QFile>
#include <QPointer>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Hds
{

namespace OW = OptionWords;

namespace
{

/** One copy episode (a copy command or a resync sweep) of one pair: copy processing 500 at the pair's pace. */
class PacedCopy final : public BackgroundCopy
{
public:
    PacedCopy(std::shared_ptr<PointInTimeCopy> pit, int pace, bool viaChannels, bool resumed = false)
        : m_pit(std::move(pit))
        , m_pace(pace)
        , m_viaChannels(viaChannels)
        , m_resumed(resumed)
        , m_copiedAtStart(m_pit->grainsCopied())
    { }
    qint64 grainSize() const override { return m_pit->grainSize(); }
    qint64 grains() const override { return m_pit->grains(); }
    qint64 grainsCopied() const override { return m_pit->grainsCopied(); }
    /** One elemental copy (600) per call, whatever the scheduler offers: the pace is the patent's unit of work. */
    qint64 copyStep(qint64 /*maxGrains*/, IoStatus* status) override
    {
        const qint64 n = m_pit->copyStep(m_pace, status);
        if (n > 0) {
            m_steps.fetch_add(1);
            m_swept.fetch_add(n);
        }
        return n;
    }
    bool complete(IoStatus* status) override { return m_pit->complete(status); }

    qint64 steps() const { return m_steps.load(); }
    qint64 swept() const { return m_swept.load(); }
    /** Tracks the primary's writes copied first (Fig. 9, 904-907) in this episode. */
    qint64 copiedBeforeWrite() const
    {
        return std::max<qint64>(0, m_pit->grainsCopied() - m_copiedAtStart - m_swept.load());
    }
    bool viaChannels() const { return m_viaChannels; }
    /** The episode began before a restart: its counts start at the restart. */
    bool resumed() const { return m_resumed; }

private:
    std::shared_ptr<PointInTimeCopy> m_pit;
    int m_pace;
    bool m_viaChannels;
    bool m_resumed;
    qint64 m_copiedAtStart;
    std::atomic<qint64> m_steps {0};
    std::atomic<qint64> m_swept {0};
};

struct Live
{
    std::shared_ptr<PointInTimeCopy> pit;
    std::shared_ptr<PacedCopy> episode; // the current or last copy episode
};

struct Totals
{
    qint64 swept = 0;
    qint64 beforeWrite = 0;
    qint64 channelTracks = 0; // tracks copied through host channels (REMOTE COPY)
    qint64 trackBytes = 0;    // bytes of the tracks counted above
};

struct Runtime
{
    QHash<ObjectId, Live> pairs;
    QHash<ObjectId, Totals> controllers; // episodes that ended
};

/** The live pairs per engine (engine thread only; reset when a workspace opens). */
Runtime& runtime(Engine& engine)
{
    static QHash<const Engine*, Runtime> all;
    return all[&engine];
}

PitConfig pitConfig(const Configuration& config, const Relationship& r)
{
    PitConfig c;
    c.store = PitStore::FullVolume;
    c.grainSize = r.grainSize;
    c.imageSize = config.logicalDrives.value(r.sourceId).capacity;
    c.changeRecording = true; // the primary and secondary track maps of L137 (decision D3)
    return c;
}

int paceOf(const Relationship& r)
{
    return OW::value(r.options, u"pace"_s, u"15"_s).toInt();
}

bool viaChannels(const Configuration& config, const Relationship& r)
{
    return OW::value(config.subsystems.value(r.subsystemId).options, u"copyPath"_s) == u"remotecopy"_s;
}

/** An episode's counts go to its controller's totals (before the episode is replaced or the pair ends). */
void fold(Engine& engine, ObjectId controllerId, const Live& live)
{
    if (!live.episode) {
        return;
    }
    Totals& t = runtime(engine).controllers[controllerId];
    const qint64 tracks = live.episode->swept() + live.episode->copiedBeforeWrite();
    t.swept += live.episode->swept();
    t.beforeWrite += live.episode->copiedBeforeWrite();
    t.trackBytes += tracks * live.pit->grainSize();
    if (live.episode->viaChannels()) {
        t.channelTracks += tracks;
    }
}

void onFinished(Engine& engine, ObjectId id, const IoStatus& status);

/**
 * Hands a pair's copy loop to the scheduler. The pace is this controller's rate control (L128), so every loop runs at
 * the scheduler's full weight: in REMOTE COPY mode a copy then gets the whole host channel's bandwidth.
 */
void schedule(Engine& engine, ObjectId id)
{
    const auto it = engine.configuration().relationships.constFind(id);
    const auto live = runtime(engine).pairs.constFind(id);
    if (it == engine.configuration().relationships.cend() || live == runtime(engine).pairs.cend() || !live->episode
        || engine.scheduler().contains(id)) {
        return;
    }
    const QPointer<Engine> guard(&engine);
    engine.scheduler().add(id, it->subsystemId, live->episode, CopyPriority::Highest,
        [guard, id](const IoStatus& st) { Engine::post(guard, [id, st](Engine& e) { onFinished(e, id, st); }); });
}

/**
 * A track could not be copied or preserved (a full disk, a media error): the pair is suspended with the reason and
 * its secondary refuses hosts (the point-in-time engine answers reads with the error), so no application reads a
 * copy that is not the point in time. Delete the pair and create it again.
 */
void markFailed(Engine& engine, ObjectId id, const QString& reason)
{
    const auto it = engine.configuration().relationships.constFind(id);
    if (it == engine.configuration().relationships.cend() || it->hasOption(u"failed"_s)) {
        return;
    }
    engine.scheduler().remove(id);
    if (auto pit = engine.pointInTime(id); pit && pit->state() != PitState::Failed) {
        pit->setState(PitState::Failed, reason); // no more copy-before-write for an image that is lost anyway
    }
    engine.runInternal(it->subsystemId, [&](CommandContext& ctx) {
        Relationship& r = ctx.config.relationships[id];
        OW::setFlag(r.options, u"failed"_s, true);
        r.stateReason = reason;
        ctx.logEvent(EventCode::HdsCopyFailed, EventSeverity::Critical, u"Pair %1"_s.arg(pairText(ctx.config, r)),
            u"Copy failed"_s,
            u"%1. The T-VOL %2 does not hold the point-in-time image and refuses host I/O; the S-VOL goes on. Free "
            "space where the workspace is, delete the pair and create it again."_s.arg(
                reason, ctx.config.logicalDrives.value(r.targetId).name),
            true);
    });
}

void listen(Engine& engine, ObjectId id, const std::shared_ptr<PointInTimeCopy>& pit)
{
    const QPointer<Engine> guard(&engine);
    auto post = [guard, id](const QString& reason) {
        Engine::post(guard, [id, reason](Engine& e) { markFailed(e, id, reason); });
    };
    pit->setListener({{}, post, post});
}

void onFinished(Engine& engine, ObjectId id, const IoStatus& status)
{
    const auto it = engine.configuration().relationships.constFind(id);
    if (it == engine.configuration().relationships.cend()) {
        return; // deleted meanwhile
    }
    if (status.ok() && engine.scheduler().contains(id)) {
        // The scheduler drops a job before it reports, so a copy loop of this pair that is still scheduled was
        // started after the one that ended: its success is stale and the newer loop reports for itself.
        return;
    }
    if (!status.ok()) {
        markFailed(engine, id, status.reason);
        return;
    }
    const Live live = runtime(engine).pairs.value(id);
    const qint64 swept = live.episode ? live.episode->swept() : 0;
    const qint64 before = live.episode ? live.episode->copiedBeforeWrite() : 0;
    const qint64 steps = live.episode ? live.episode->steps() : 0;
    const bool resumed = live.episode && live.episode->resumed();
    engine.runInternal(it->subsystemId, [&](CommandContext& ctx) {
        Relationship& r = ctx.config.relationships[id];
        const QString s = ctx.config.logicalDrives.value(r.targetId).name;
        if (r.state == QLatin1String(kCopying)) {
            // Step 503 saw the pointer at the maximum address; 504: paired and copied.
            r.state = QString::fromLatin1(kCopied);
            OW::set(r.options, u"phase"_s, {});
            OW::setFlag(r.options, u"suspended"_s, false); // a suspend that came after the last step
            const QString counted = resumed ? u"since the engine started again, "_s : QString();
            ctx.logEvent(EventCode::HdsCopyCompleted, EventSeverity::Informational,
                u"Pair %1"_s.arg(pairText(ctx.config, r)), u"Copy complete (804 paired and copied)"_s,
                u"%1 holds the image of %2 at %3: %4%5 tracks copied in %6 elemental steps at pace %7, %8 tracks "
                "copied before a host write. %1 is available for host reads and writes."_s
                    .arg(s, ctx.config.logicalDrives.value(r.sourceId).name, r.established.toString(Qt::ISODate),
                        counted)
                    .arg(swept)
                    .arg(steps)
                    .arg(paceOf(r))
                    .arg(before));
        } else if (OW::value(r.options, u"phase"_s) == u"resync"_s) {
            OW::set(r.options, u"phase"_s, {});
            OW::setFlag(r.options, u"suspended"_s, false);
            ctx.logEvent(EventCode::HdsResyncCompleted, EventSeverity::Informational,
                u"Pair %1"_s.arg(pairText(ctx.config, r)), u"Re-sync copy complete"_s,
                u"%1 unequal tracks copied to %2 in %3 elemental steps at pace %4. The pair stays paired and not "
                "copied (802) until the next Split."_s.arg(swept)
                    .arg(s)
                    .arg(steps)
                    .arg(paceOf(r)));
        }
    });
}

/** Wires a pair's copy engine: the primary copies before it overwrites, the secondary shows the engine's image. */
void attach(Engine& engine, const Relationship& r, const std::shared_ptr<PointInTimeCopy>& pit)
{
    engine.attachFullVolumeCopy(r.id, r.sourceId, r.targetId, pit);
    listen(engine, r.id, pit);
}

void detach(Engine& engine, ObjectId id, ObjectId sourceId, ObjectId targetId)
{
    engine.detachFullVolumeCopy(id, sourceId, targetId);
}

} // namespace

PairProgress progressOf(Engine& engine, const Relationship& pair)
{
    PairProgress p;
    const qint64 track = pair.grainSize > 0 ? pair.grainSize : 256 * 1024;
    const qint64 capacity = engine.configuration().logicalDrives.value(pair.sourceId).capacity;
    p.maxAddress = (capacity + track - 1) / track;
    p.running = engine.scheduler().contains(pair.id);
    const Live live = runtime(engine).pairs.value(pair.id);
    if (!live.pit) {
        p.unequalTracks = p.maxAddress; // never copied: every inequality bit is 1
        return p;
    }
    const int status = statusNumber(pair.state);
    const bool sweeping = status == 803 || OW::value(pair.options, u"phase"_s) == u"resync"_s;
    p.copyPointer = sweeping ? std::min(live.pit->copyPointer(), p.maxAddress) : p.maxAddress;
    p.unequalTracks = (live.pit->grains() - live.pit->grainsCopied()) + live.pit->grainsChanged();
    if (live.episode) {
        p.tracksCopied = live.episode->swept();
        p.tracksCopiedBeforeWrite = live.episode->copiedBeforeWrite();
        p.elementalSteps = live.episode->steps();
    }
    return p;
}

ControllerCounters countersOf(Engine& engine, const Subsystem& controller)
{
    ControllerCounters c;
    const Configuration& config = engine.configuration();
    for (const LogicalDrive& v : config.logicalDrivesOf(controller.id)) {
        if (auto io = engine.volumes().find(v.id)) {
            const IoCounters n = io->counters();
            c.chaHostBytes += static_cast<qint64>(n.readBytes + n.writeBytes);
        }
    }
    Totals t = runtime(engine).controllers.value(controller.id);
    for (auto it = runtime(engine).pairs.cbegin(); it != runtime(engine).pairs.cend(); ++it) {
        if (config.relationships.value(it.key()).subsystemId != controller.id || !it->episode) {
            continue;
        }
        const qint64 tracks = it->episode->swept() + it->episode->copiedBeforeWrite();
        t.swept += it->episode->swept();
        t.beforeWrite += it->episode->copiedBeforeWrite();
        t.trackBytes += tracks * it->pit->grainSize();
        if (it->episode->viaChannels()) {
            t.channelTracks += tracks;
        }
        c.runningCopies += engine.scheduler().contains(it.key()) ? 1 : 0;
    }
    c.tracksCopied = t.swept;
    c.tracksCopiedBeforeWrite = t.beforeWrite;
    // Every copied track is read once by the primary's DKA and written once by the secondary's (Fig. 10A, 3-6).
    c.dkaCopyBytes = 2 * t.trackBytes;
    // REMOTE COPY (L49-58) sends each track out through one host channel and in through another.
    const qint64 tracks = t.swept + t.beforeWrite;
    c.chaCopyBytes = tracks > 0 ? 2 * t.trackBytes * t.channelTracks / tracks : 0;
    return c;
}

void startCopy(CommandContext& ctx, const Relationship& pair, bool differential)
{
    Engine& engine = ctx.engine;
    auto sourceIo = engine.volumes().find(pair.sourceId);
    auto targetIo = engine.volumes().find(pair.targetId);
    if (!sourceIo || !targetIo) {
        fail(ErrorCode::IoError,
            {ctx.config.logicalDrives.value(sourceIo ? pair.targetId : pair.sourceId).name,
                u"its volume is not available"_s});
    }
    const ObjectId id = pair.id;
    Runtime& rt = runtime(engine);
    Live live = rt.pairs.value(id);
    engine.scheduler().remove(id);
    if (live.pit) {
        // A later copy: the maps restart at T0 with the primary held quiet, so no host write falls between.
        fold(engine, pair.subsystemId, live);
        IoStatus st;
        {
            auto held = sourceIo->quiesce();
            st = live.pit->restart(differential);
        }
        if (!st.ok()) {
            failFile(engine.volumePath(pair.mapFile), st);
        }
    } else {
        // The first copy: a new track map (every inequality bit 1), then copy-before-write from this instant.
        const QString mapPath = engine.volumePath(pair.mapFile);
        IoStatus st;
        const auto sourceBackend = sourceIo->backend(); // read before the holds: backend() takes the gate too
        const auto targetBackend = targetIo->backend();
        {
            auto heldTarget = targetIo->quiesce();
            auto heldSource = sourceIo->quiesce();
            live.pit
                = PointInTimeCopy::establish(pitConfig(ctx.config, pair), sourceBackend, targetBackend, mapPath, &st);
            if (!live.pit) {
                failFile(mapPath, st);
            }
            heldSource.addObserver(live.pit);
            heldTarget.setBackend(live.pit->targetBackend());
        }
        engine.setPointInTime(id, live.pit);
        listen(engine, id, live.pit);
        const ObjectId sourceId = pair.sourceId;
        const ObjectId targetId = pair.targetId;
        ctx.onRollback([&engine, id, sourceId, targetId, mapPath]() {
            engine.scheduler().remove(id);
            detach(engine, id, sourceId, targetId);
            runtime(engine).pairs.remove(id);
            QFile::remove(mapPath);
        });
    }
    live.episode = std::make_shared<PacedCopy>(live.pit, paceOf(pair), viaChannels(ctx.config, pair));
    rt.pairs.insert(id, live);
    ctx.onCommit([&engine, id]() { schedule(engine, id); });
}

void startResync(CommandContext& ctx, ObjectId pairId, bool sweep)
{
    Engine& engine = ctx.engine;
    engine.scheduler().remove(pairId);
    // After the catalog says 802 (the T-VOL is withdrawn from hosts) the inequality bits become the tracks changed
    // on either side since T0; a crash before this leaves the pair in 802 with the maps as they were, and the next
    // Split copies the changes.
    ctx.onCommit([&engine, pairId, sweep]() {
        const auto it = engine.configuration().relationships.constFind(pairId);
        Live live = runtime(engine).pairs.value(pairId);
        if (it == engine.configuration().relationships.cend() || !live.pit || !sweep) {
            return;
        }
        fold(engine, it->subsystemId, live);
        IoStatus st;
        if (auto sourceIo = engine.volumes().find(it->sourceId)) {
            auto held = sourceIo->quiesce();
            st = live.pit->restart(true);
        }
        if (!st.ok()) {
            markFailed(engine, pairId, st.reason);
            return;
        }
        live.episode = std::make_shared<PacedCopy>(live.pit, paceOf(*it), viaChannels(engine.configuration(), *it));
        runtime(engine).pairs.insert(pairId, live);
        schedule(engine, pairId);
    });
}

void stopCopy(Engine& engine, ObjectId pairId)
{
    engine.scheduler().remove(pairId);
}

void resumeCopy(Engine& engine, ObjectId pairId)
{
    schedule(engine, pairId);
}

void endPair(CommandContext& ctx, const Relationship& pair)
{
    Engine& engine = ctx.engine;
    const ObjectId id = pair.id;
    const ObjectId sourceId = pair.sourceId;
    const ObjectId targetId = pair.targetId;
    const ObjectId controllerId = pair.subsystemId;
    const QString mapPath = pair.mapFile.isEmpty() ? QString() : engine.volumePath(pair.mapFile);
    const bool wasRunning = engine.scheduler().contains(id);
    engine.scheduler().remove(id); // the copy loop exits at its next 501 check: no chunk runs once this returns
    ctx.onCommit([&engine, id, sourceId, targetId, controllerId, mapPath]() {
        fold(engine, controllerId, runtime(engine).pairs.value(id));
        runtime(engine).pairs.remove(id);
        detach(engine, id, sourceId, targetId);
        if (!mapPath.isEmpty()) {
            QFile::remove(mapPath);
        }
    });
    ctx.onRollback([&engine, id, wasRunning]() {
        if (wasRunning) {
            schedule(engine, id);
        }
    });
    ctx.config.relationships.remove(id);
}

void applyCopyPath(Engine& engine, const Subsystem& controller)
{
    const bool remote = OW::value(controller.options, u"copyPath"_s) == u"remotecopy"_s;
    engine.scheduler().setBandwidth(
        controller.id, remote ? OW::value(controller.options, u"chaBandwidth"_s, u"0"_s).toLongLong() : 0);
}

Error restorePairs(Engine& engine)
{
    runtime(engine) = {};
    const Configuration config = engine.configuration();
    for (const Subsystem& s : controllers(config)) {
        applyCopyPath(engine, s);
    }
    for (const Relationship& r : config.relationships) {
        if (r.kind != QLatin1String(kPair) || r.mapFile.isEmpty() || !QFile::exists(engine.volumePath(r.mapFile))) {
            continue; // never copied: every track is unequal, nothing to reopen
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
            engine.volumePath(r.mapFile), r.hasOption(u"failed"_s) ? PitState::Failed : PitState::Active, &st);
        if (!pit) {
            return Error(ErrorCode::FileError, {engine.volumePath(r.mapFile), st.reason});
        }
        attach(engine, r, pit);
        Live live;
        live.pit = pit;
        live.episode = std::make_shared<PacedCopy>(pit, paceOf(r), viaChannels(config, r), true);
        runtime(engine).pairs.insert(r.id, live);
        if (pit->state() == PitState::Failed && !r.hasOption(u"failed"_s)) {
            // The map recorded a failure the catalog did not (the process ended first).
            const QPointer<Engine> guard(&engine);
            const ObjectId id = r.id;
            const QString reason = pit->stateReason();
            Engine::post(guard, [id, reason](Engine& e) { markFailed(e, id, reason); });
            continue;
        }
        const bool sweeping = r.state == QLatin1String(kCopying) || OW::value(r.options, u"phase"_s) == u"resync"_s;
        if (sweeping && !r.hasOption(u"suspended"_s) && !r.hasOption(u"failed"_s)) {
            schedule(engine, r.id); // the copy pointer starts again at the first track still unequal
        }
    }
    return {};
}

void restrictAccess(const Configuration& config, ObjectId volumeId, HostAccess& access)
{
    const QString name = config.logicalDrives.value(volumeId).name;
    if (const Relationship* r = pairOfSecondary(config, volumeId)) {
        if (r->hasOption(u"failed"_s)) {
            const QString why = u"%1 is the T-VOL of the pair %2, whose copy failed (%3); delete the pair"_s.arg(
                name, pairText(config, *r), r->stateReason);
            denyRead(access, EIO, why);
            denyWrite(access, EIO, why);
            return;
        }
        if (statusNumber(r->state) != 804) {
            // I5: in 802 and 803 only the copy engine changes the T-VOL; it is available once the copy completes.
            const QString why = u"%1 is the T-VOL of the pair %2 in status %3 (%4); it is available for host I/O "
                                "once the pair is paired and copied (804)"_s.arg(name, pairText(config, *r))
                                    .arg(statusNumber(r->state))
                                    .arg(r->state);
            denyRead(access, EBUSY, why);
            denyWrite(access, EBUSY, why);
        }
        return;
    }
    if (isReserved(config, volumeId)) {
        // L131: "the secondary volume becomes available for write operations upon being unreserved".
        denyWrite(access, EPERM,
            u"%1 is reserved as a T-VOL candidate; reset its reserve attribute (Attribute) to write to it"_s.arg(name));
    }
}

} // namespace Copyline::Hds
