// SPDX-License-Identifier: GPL-3.0-or-later
// The command set 210 of seed 004 (L124, spec §3.1-3.4, §3.10-3.12): create pair 211, delete pair 212, copy 213 (the
// GUI's "Split") and re-synchronize 214, dispatched on the entry of table 300 found by the volume combination (Fig. 7)
// and its status by the matrix of Fig. 2. A "does nothing" cell answers HdsNoOp and changes nothing (I10): the
// command fails before it touches the catalog, a map or a volume. Suspend is Copyline's extension (spec §3.12, D8).
#include "copy/pointintime.h"
#include "families/hds/hds.h"
#include "service/engine.h"
#include "util/optionwords.h"

#include <QPointer>

#include <chrono>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Hds
{

namespace OW = OptionWords;

namespace
{

int paceArg(CommandContext& ctx, int fallback)
{
    const qint64 pace = ctx.args.integer(u"pace"_s, fallback);
    if (pace != 1 && pace != 3 && pace != 15) {
        fail(ErrorCode::InvalidParameter,
            {u"pace"_s, QString::number(pace), u"use 1 (slow), 3 (medium) or 15 (fast) tracks per step (L127)"_s});
    }
    return static_cast<int>(pace);
}

QString setting(const Subsystem& controller, const QString& key, const QString& fallback)
{
    return OW::value(controller.options, key, fallback);
}

[[noreturn]] void noOp(const QString& command, const Configuration& config, const Relationship& r, const QString& why)
{
    fail(ErrorCode::HdsNoOp,
        {command, config.logicalDrives.value(r.sourceId).name, config.logicalDrives.value(r.targetId).name,
            u"%1 (%2)"_s.arg(statusNumber(r.state)).arg(r.state), why});
}

/** The pair of pvol= and svol=, or HdsNoPair (status 801: every command but create does nothing). */
Relationship pairArg(CommandContext& ctx, const Subsystem& controller)
{
    const LogicalDrive& p = volumeAt(ctx, controller, ctx.args.string(u"pvol"_s));
    const LogicalDrive& s = volumeAt(ctx, controller, ctx.args.string(u"svol"_s));
    const Relationship* r = pairBetween(ctx.config, p.id, s.id);
    if (r == nullptr) {
        fail(ErrorCode::HdsNoPair, {p.name, s.name});
    }
    return *r;
}

/** T-VOL Auto (L217): "the SVP selects the secondary volume from the set of reserved volumes by LDEV ID". */
const LogicalDrive* autoSecondary(const Configuration& config, const Subsystem& controller, const LogicalDrive& p)
{
    const LogicalDrive* best = nullptr;
    for (const LogicalDrive& v : config.logicalDrivesOf(controller.id)) {
        if (v.id == p.id || !isReserved(config, v.id) || pairOfSecondary(config, v.id) != nullptr
            || !pairsOfPrimary(config, v.id).isEmpty() || v.capacity < p.capacity) {
            continue;
        }
        if (best == nullptr || ldevNumber(v.name) < ldevNumber(best->name)) {
            best = &*config.logicalDrives.constFind(v.id);
        }
    }
    return best;
}

/** Why @p s cannot be the secondary of @p p, empty when it can (spec §3.3 step 5, I9). */
QString ineligible(const Configuration& config, const LogicalDrive& p, const LogicalDrive& s)
{
    if (s.id == p.id) {
        return u"a volume cannot be its own T-VOL"_s;
    }
    if (const Relationship* other = pairOfSecondary(config, s.id)) {
        return u"%1 is already the T-VOL of the pair %2 (a volume is the T-VOL of one pair at most)"_s.arg(
            s.name, pairText(config, *other));
    }
    if (!pairsOfPrimary(config, s.id).isEmpty()) {
        return u"%1 is the S-VOL of a pair; a T-VOL cannot be copied from"_s.arg(s.name);
    }
    if (pairOfSecondary(config, p.id) != nullptr) {
        // [SIM] The seed describes no cascade; a T-VOL is written by its own pair's copy only.
        return u"%1 is the T-VOL of another pair and cannot be an S-VOL"_s.arg(p.name);
    }
    if (!isReserved(config, s.id)) {
        return u"%1 is not reserved; set its reserve attribute (Attribute) to make it a T-VOL candidate (L217)"_s.arg(
            s.name);
    }
    if (s.capacity < p.capacity) {
        return u"%1 is smaller than %2; the copy pointer sweeps the S-VOL's whole address space"_s.arg(s.name, p.name);
    }
    return {};
}

int freePairNumber(const Configuration& config, ObjectId controllerId)
{
    QSet<int> used;
    for (const Relationship& r : config.relationships) {
        if (r.kind == QLatin1String(kPair) && r.subsystemId == controllerId) {
            used.insert(OW::value(r.options, u"pairNumber"_s).toInt());
        }
    }
    int n = 0;
    while (used.contains(n)) {
        ++n;
    }
    return n;
}

/** 802 -> 803 at T0 = now (the copy command's common part, also the implicit one of create pair, D1). */
void copyCommand(CommandContext& ctx, Relationship& r, const QString& phase, bool differential)
{
    r.state = QString::fromLatin1(kCopying);
    OW::set(r.options, u"phase"_s, phase);
    OW::setFlag(r.options, u"suspended"_s, false);
    r.established = ctx.clock.now();
    ctx.config.relationships.insert(r.id, r);
    startCopy(ctx, r, differential);
    const PairProgress progress = progressOf(ctx.engine, r);
    ctx.logEvent(EventCode::HdsCopyStarted, EventSeverity::Informational, u"Pair %1"_s.arg(pairText(ctx.config, r)),
        phase == u"initial"_s ? u"Initial copy started (803 pending)"_s : u"Split started (803 SP-Pending)"_s,
        u"T0 %1: %2 receives the image %3 has now; %4 of %5 tracks to copy at pace %6. %3 stays available to hosts; "
        "a host write to a track not yet copied copies the old track first."_s
            .arg(r.established.toString(Qt::ISODate), ctx.config.logicalDrives.value(r.targetId).name,
                ctx.config.logicalDrives.value(r.sourceId).name)
            .arg(progress.unequalTracks)
            .arg(progress.maxAddress)
            .arg(OW::value(r.options, u"pace"_s)));
}

/** hdsPairCreate subsystem=64015 pvol=00:10 svol=00:20|auto [pace=1|3|15] [initialCopy=bool]: 211 / action 231. */
void createPair(CommandContext& ctx)
{
    const Subsystem& controller = ctx.subsystem();
    const LogicalDrive& p = volumeAt(ctx, controller, ctx.args.string(u"pvol"_s));
    const QString svolText = ctx.args.string(u"svol"_s);
    const int pace = paceArg(ctx, 15);
    const bool initialCopy
        = ctx.args.boolean(u"initialCopy"_s, setting(controller, u"initialCopy"_s, u"on"_s) == u"on"_s);
    ctx.args.finish();
    const LogicalDrive* s = nullptr;
    if (svolText.compare(u"auto"_s, Qt::CaseInsensitive) == 0) {
        s = autoSecondary(ctx.config, controller, p);
        if (s == nullptr) {
            fail(ErrorCode::HdsNoReserved, {p.name, u"no reserved volume is free and at least as large"_s});
        }
    } else {
        s = &volumeAt(ctx, controller, svolText);
        if (const Relationship* existing = pairBetween(ctx.config, p.id, s->id)) {
            noOp(u"Create pair"_s, ctx.config, *existing, u"the pair exists already"_s);
        }
    }
    if (const QString why = ineligible(ctx.config, p, *s); !why.isEmpty()) {
        fail(ErrorCode::HdsPairInvalid, {p.name, s->name, why});
    }
    int pairs = 0;
    for (const Relationship& r : ctx.config.relationships) {
        pairs += r.kind == QLatin1String(kPair) && r.subsystemId == controller.id ? 1 : 0;
    }
    if (pairs >= setting(controller, u"maxPairs"_s, u"1024"_s).toInt()) {
        fail(ErrorCode::HdsLimit,
            {controller.name, setting(controller, u"maxPairs"_s, u"1024"_s), u"pairs"_s,
                u"hdsSetController maxPairs="_s});
    }
    Relationship r;
    r.id = ctx.config.allocateId();
    r.subsystemId = controller.id;
    r.kind = QString::fromLatin1(kPair);
    r.sourceId = p.id;
    r.targetId = s->id;
    r.state = QString::fromLatin1(kNotCopied);
    OW::set(r.options, u"pairNumber"_s, QString::number(freePairNumber(ctx.config, controller.id)));
    OW::set(r.options, u"pace"_s, QString::number(pace));
    r.grainSize = trackSizeOf(emulationOf(ctx.config, p.id));
    r.mapFile = u"hds-pair-%1.map"_s.arg(r.id);
    ctx.config.relationships.insert(r.id, r);
    ctx.logEvent(EventCode::HdsPairCreated, EventSeverity::Informational, u"Pair %1"_s.arg(pairText(ctx.config, r)),
        u"Pair created (802 paired and not copied)"_s,
        u"Pair number %1: S-VOL %2, T-VOL %3, pace %4. %5"_s.arg(OW::value(r.options, u"pairNumber"_s), p.name, s->name)
            .arg(pace)
            .arg(initialCopy ? u"The initial copy starts now."_s
                             : u"No initial copy: the pair stays paired and not copied until a Split."_s));
    if (initialCopy) {
        copyCommand(ctx, r, u"initial"_s, false); // D1: create pair, then the implicit copy command
    }
    ctx.data.insert(u"pairNumber"_s, OW::value(r.options, u"pairNumber"_s).toInt());
    ctx.data.insert(u"svol"_s, s->name);
    ctx.data.insert(u"status"_s, statusNumber(r.state));
}

/** hdsPairSplit subsystem pvol svol [pace]: the copy command 213 ("Split", L209, L223). Acts in 802 only. */
void splitPair(CommandContext& ctx)
{
    const Subsystem& controller = ctx.subsystem();
    Relationship r = pairArg(ctx, controller);
    const int pace = paceArg(ctx, OW::value(r.options, u"pace"_s, u"15"_s).toInt());
    ctx.args.finish();
    if (r.hasOption(u"failed"_s)) {
        noOp(u"Split"_s, ctx.config, r,
            u"the pair's copy failed (%1); delete the pair and create it again"_s.arg(r.stateReason));
    }
    const int status = statusNumber(r.state);
    if (status == 803) {
        noOp(u"Split"_s, ctx.config, r, u"a copy is in progress; wait until the pair is paired and copied (804)"_s);
    }
    if (status == 804) {
        noOp(u"Split"_s, ctx.config, r,
            u"the pair is copied already; Re-sync it first (804 -> 802), then Split for a new point in time"_s);
    }
    OW::set(r.options, u"pace"_s, QString::number(pace));
    // D4: full (L166, "sets the inequality bit ... for the data of the specified volume") or differential (L134,
    // "updates pending"): only the tracks changed on either side since the last copy.
    const bool differential = setting(controller, u"copyMode"_s, u"full"_s) == u"differential"_s;
    copyCommand(ctx, r, u"split"_s, differential);
    ctx.data.insert(u"status"_s, 803);
}

/** hdsPairResync subsystem pvol svol [pace]: re-synchronize 214, 804 -> 802 and the differential sweep (D5). */
void resyncPair(CommandContext& ctx)
{
    const Subsystem& controller = ctx.subsystem();
    Relationship r = pairArg(ctx, controller);
    const int pace = paceArg(ctx, OW::value(r.options, u"pace"_s, u"15"_s).toInt());
    ctx.args.finish();
    if (r.hasOption(u"failed"_s)) {
        noOp(u"Re-sync"_s, ctx.config, r,
            u"the pair's copy failed (%1); delete the pair and create it again"_s.arg(r.stateReason));
    }
    if (statusNumber(r.state) != 804) {
        noOp(u"Re-sync"_s, ctx.config, r,
            statusNumber(r.state) == 803 ? u"a copy is in progress; wait until the pair is paired and copied (804)"_s
                                         : u"the pair is not copied yet; Split it"_s);
    }
    const bool sweep = setting(controller, u"resyncSweep"_s, u"on"_s) == u"on"_s;
    const PairProgress before = progressOf(ctx.engine, r);
    r.state = QString::fromLatin1(kNotCopied);
    OW::set(r.options, u"pace"_s, QString::number(pace));
    OW::set(r.options, u"phase"_s, sweep ? u"resync"_s : QString());
    ctx.config.relationships.insert(r.id, r);
    startResync(ctx, r.id, sweep);
    ctx.logEvent(EventCode::HdsResyncStarted, EventSeverity::Informational, u"Pair %1"_s.arg(pairText(ctx.config, r)),
        u"Re-sync started (802 paired and not copied)"_s,
        u"%1 tracks changed on the S-VOL or the T-VOL since T0 are unequal. %2 %3 is withdrawn from hosts until the "
        "next Split completes."_s.arg(before.unequalTracks)
            .arg(sweep
                    ? u"They are copied now at pace %1 (no point-in-time guarantee until the next Split)."_s.arg(pace)
                    : u"They are copied by the next Split."_s,
                ctx.config.logicalDrives.value(r.targetId).name));
    ctx.data.insert(u"status"_s, 802);
}

/** hdsPairDelete subsystem pvol svol: delete pair 212, from any status to 801 (Fig. 8). */
void deletePair(CommandContext& ctx)
{
    const Subsystem& controller = ctx.subsystem();
    const Relationship r = pairArg(ctx, controller);
    ctx.args.finish();
    const PairProgress progress = progressOf(ctx.engine, r);
    const QString s = ctx.config.logicalDrives.value(r.targetId).name;
    QString details;
    if (statusNumber(r.state) == 803) {
        details = u"The copy was in progress: %1 holds the point-in-time image only for the tracks before the copy "
                  "pointer (%2 of %3) and those copied before a host write; the rest hold its older data."_s.arg(s)
                      .arg(progress.copyPointer)
                      .arg(progress.maxAddress);
    } else if (statusNumber(r.state) == 802) {
        details = u"%1 was not completely copied and is not a consistent image."_s.arg(s);
    } else {
        details = u"%1 keeps the image of the last copy."_s.arg(s);
    }
    details += u" It stays reserved; reset its reserve attribute to write to it (L131)."_s;
    ctx.logEvent(EventCode::HdsPairDeleted, EventSeverity::Informational, u"Pair %1"_s.arg(pairText(ctx.config, r)),
        u"Pair deleted (801 no pair)"_s, details);
    endPair(ctx, r);
}

/** hdsPairSuspend subsystem pvol svol [resume=true]: Copyline's extension (spec §3.12): stop or go on copying. */
void suspendPair(CommandContext& ctx)
{
    const Subsystem& controller = ctx.subsystem();
    Relationship r = pairArg(ctx, controller);
    const bool resume = ctx.args.boolean(u"resume"_s, false);
    ctx.args.finish();
    // A copy whose last step ran but whose end the engine has not taken yet is no longer running: the scheduler
    // says, not the status.
    const bool copying = (statusNumber(r.state) == 803 || OW::value(r.options, u"phase"_s) == u"resync"_s)
        && (resume || ctx.engine.scheduler().contains(r.id));
    if (r.hasOption(u"failed"_s)) {
        noOp(resume ? u"Resume"_s : u"Suspend"_s, ctx.config, r, u"the pair's copy failed; delete the pair"_s);
    }
    if (!copying) {
        noOp(resume ? u"Resume"_s : u"Suspend"_s, ctx.config, r, u"no copy is running for the pair"_s);
    }
    if (resume != r.hasOption(u"suspended"_s)) {
        noOp(resume ? u"Resume"_s : u"Suspend"_s, ctx.config, r,
            resume ? u"the pair is not suspended"_s : u"the pair is suspended already"_s);
    }
    OW::setFlag(r.options, u"suspended"_s, !resume);
    ctx.config.relationships.insert(r.id, r);
    Engine& engine = ctx.engine;
    const ObjectId id = r.id;
    if (resume) {
        ctx.onCommit([&engine, id]() { resumeCopy(engine, id); });
    } else {
        stopCopy(engine, id);
        ctx.onRollback([&engine, id]() { resumeCopy(engine, id); });
    }
    ctx.logEvent(resume ? EventCode::HdsPairResumed : EventCode::HdsPairSuspended, EventSeverity::Informational,
        u"Pair %1"_s.arg(pairText(ctx.config, r)), resume ? u"Pair resumed"_s : u"Pair suspended"_s,
        resume ? u"The copy goes on from the copy pointer."_s
               : u"The copy loop stopped at the copy pointer; the track maps are kept and copy-before-write goes on, "
                 "so the point in time of the pair stays intact. Resume to go on copying."_s);
}

constexpr qint64 kVerifyTracks = 64; // per step: the pair's range lock is held for one step's reads

void verified(Engine& engine, ObjectId id, const WriteRecord::VerifyTally& tally, bool repair, const IoStatus& st)
{
    const auto it = engine.configuration().relationships.constFind(id);
    if (it == engine.configuration().relationships.cend()) {
        return;
    }
    engine.runInternal(it->subsystemId, [&](CommandContext& ctx) {
        const Relationship& r = ctx.config.relationships[id];
        const QString component = u"Pair %1"_s.arg(pairText(ctx.config, r));
        if (!st.ok()) {
            ctx.logEvent(EventCode::HdsPairVerified, EventSeverity::Warning, component, u"Pair verification stopped"_s,
                u"%1 after %2 tracks compared."_s.arg(st.reason).arg(tally.compared));
            return;
        }
        const bool differ = tally.differing > 0;
        const QString t = ctx.config.logicalDrives.value(r.targetId).name;
        QString details = u"%1 tracks compared, %2 differ; %3 written on the S-VOL or the T-VOL since T0 were not "
                          "compared."_s.arg(tally.compared)
                              .arg(tally.differing)
                              .arg(tally.written);
        if (differ && repair) {
            details += u" %1 differing tracks were copied from the S-VOL again; %2 holds the image of T0 there."_s
                           .arg(tally.repaired)
                           .arg(t);
        } else if (differ) {
            details += u" %1 does not hold the image of T0 there: verify again with repair, or re-synchronize and "
                       "Split the pair."_s.arg(t);
        }
        ctx.logEvent(EventCode::HdsPairVerified, differ ? EventSeverity::Critical : EventSeverity::Informational,
            component, differ ? u"Pair verification found differences"_s : u"Pair verification completed"_s, details,
            differ && !repair);
    });
}

/**
 * hdsPairVerify subsystem pvol svol [repair=true]: Copyline's extension (no seed has it; DRBD's verify does, see
 * docs/hds.md). Compares the T-VOL of a split pair (804) with its S-VOL track by track while hosts go on, leaving
 * out every track written on either side since T0 (the pair's track maps, marked before such a write): a
 * difference is damage. Repair copies the S-VOL's track, which still holds T0 there, into the T-VOL again.
 */
void verifyPair(CommandContext& ctx)
{
    const Subsystem& controller = ctx.subsystem();
    const Relationship r = pairArg(ctx, controller);
    const bool repair = ctx.args.boolean(u"repair"_s, false);
    ctx.args.finish();
    const QString command = repair ? u"Verify and Repair"_s : u"Verify"_s;
    if (r.hasOption(u"failed"_s)) {
        noOp(command, ctx.config, r, u"the pair's copy failed; delete the pair"_s);
    }
    if (statusNumber(r.state) != 804 || ctx.engine.scheduler().contains(r.id)) {
        noOp(command, ctx.config, r,
            u"only a split pair (804) whose copy has ended holds an image to compare; Split the pair and wait for "
            "split"_s);
    }
    const auto pit = ctx.engine.pointInTime(r.id);
    const QString p = ctx.config.logicalDrives.value(r.sourceId).name;
    const QString s = ctx.config.logicalDrives.value(r.targetId).name;
    if (!pit) {
        fail(ErrorCode::IoError, {s, u"the pair's track maps are not open"_s});
    }
    const ObjectId id = r.id;
    QPointer<Engine> guard(&ctx.engine);
    ctx.deferIo([pit, id, p, s, repair, guard]() {
        WriteRecord::VerifyTally tally;
        IoStatus st;
        const auto started = std::chrono::steady_clock::now();
        for (qint64 at = 0;;) {
            const qint64 passed = pit->verify(at, kVerifyTracks, repair, &tally, &st);
            if (passed == 0 || !st.ok()) {
                break;
            }
            at += passed;
        }
        if (st.ok() && tally.repaired > 0) {
            st = pit->store()->flush(); // "repaired" is a promise about the T-VOL's bytes
        }
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        Engine::post(guard, [id, tally, repair, st](Engine& e) { verified(e, id, tally, repair, st); });
        if (!st.ok()) {
            return CommandResult::failure(Error(ErrorCode::IoError, {s, st.reason}));
        }
        QJsonArray tracks;
        for (const qint64 t : tally.examples) {
            tracks.append(t);
        }
        CommandResult result;
        result.data = {{u"pvol"_s, p}, {u"svol"_s, s}, {u"trackSize"_s, pit->grainSize()},
            {u"compared"_s, tally.compared}, {u"differing"_s, tally.differing}, {u"repaired"_s, tally.repaired},
            {u"written"_s, tally.written}, {u"bytesRead"_s, tally.bytesRead}, {u"seconds"_s, seconds},
            {u"repair"_s, repair}, {u"differingTracks"_s, tracks}};
        return result;
    });
}

/** hdsPairDisplay [subsystem] [pvol] [svol]: the pair list (Fig. 11B) and the Status area of Fig. 11D. */
void displayPairs(CommandContext& ctx)
{
    const bool one = ctx.args.has(u"subsystem"_s) || ctx.args.has(u"subsystemId"_s);
    const QList<Subsystem> list = one ? QList<Subsystem> {ctx.subsystem()} : controllers(ctx.config);
    ObjectId pvol = 0;
    ObjectId svol = 0;
    if (ctx.args.has(u"pvol"_s)) {
        if (list.size() != 1) {
            fail(ErrorCode::MissingParameter, {u"subsystem"_s, ctx.args.command()});
        }
        pvol = volumeAt(ctx, list.first(), ctx.args.string(u"pvol"_s)).id;
    }
    if (ctx.args.has(u"svol"_s)) {
        if (list.size() != 1) {
            fail(ErrorCode::MissingParameter, {u"subsystem"_s, ctx.args.command()});
        }
        svol = volumeAt(ctx, list.first(), ctx.args.string(u"svol"_s)).id;
    }
    ctx.args.finish();
    QList<Relationship> pairs;
    for (const Relationship& r : ctx.config.relationships) {
        const bool mine
            = std::any_of(list.cbegin(), list.cend(), [&](const Subsystem& s) { return s.id == r.subsystemId; });
        if (r.kind == QLatin1String(kPair) && mine && (pvol == 0 || r.sourceId == pvol)
            && (svol == 0 || r.targetId == svol)) {
            pairs.append(r);
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const Relationship& a, const Relationship& b) {
        return a.subsystemId != b.subsystemId
            ? a.subsystemId < b.subsystemId
            : OW::value(a.options, u"pairNumber"_s).toInt() < OW::value(b.options, u"pairNumber"_s).toInt();
    });
    QJsonArray rows;
    for (const Relationship& r : pairs) {
        const PairProgress p = progressOf(ctx.engine, r);
        const bool sweeping = statusNumber(r.state) == 803 || OW::value(r.options, u"phase"_s) == u"resync"_s;
        rows.append(QJsonObject {{u"controller"_s, ctx.config.subsystems.value(r.subsystemId).name},
            {u"pairNumber"_s, OW::value(r.options, u"pairNumber"_s).toInt()},
            {u"pvol"_s, ctx.config.logicalDrives.value(r.sourceId).name},
            {u"svol"_s, ctx.config.logicalDrives.value(r.targetId).name}, {u"status"_s, statusNumber(r.state)},
            {u"statusText"_s, r.state}, {u"guiStatus"_s, guiStatus(r)},
            {u"pace"_s, OW::value(r.options, u"pace"_s).toInt()}, {u"copyPointer"_s, p.copyPointer},
            {u"maxAddress"_s, p.maxAddress}, {u"tracksCopied"_s, p.tracksCopied},
            {u"tracksCopiedBeforeWrite"_s, p.tracksCopiedBeforeWrite}, {u"elementalSteps"_s, p.elementalSteps},
            {u"unequalTracks"_s, p.unequalTracks}, {u"trackSize"_s, r.grainSize},
            {u"t0"_s, r.established.isValid() ? r.established.toString(Qt::ISODate) : QString()},
            {u"running"_s, p.running}, {u"reason"_s, r.stateReason},
            {u"percent"_s,
                !sweeping              ? (statusNumber(r.state) == 802 && !r.established.isValid() ? 0 : 100)
                    : p.maxAddress > 0 ? static_cast<int>(p.copyPointer * 100 / p.maxAddress)
                                       : 100}});
    }
    ctx.data.insert(u"pairs"_s, rows);
}

/** hdsCounters subsystem: what makes the patent's point visible (spec §6.4). */
void counters(CommandContext& ctx)
{
    const Subsystem& controller = ctx.subsystem();
    ctx.args.finish();
    const ControllerCounters c = countersOf(ctx.engine, controller);
    const bool remote = setting(controller, u"copyPath"_s, u"incontroller"_s) == u"remotecopy"_s;
    const qint64 cache = setting(controller, u"cache"_s, u"0"_s).toLongLong();
    // [INF] An elemental step holds two cache locations (L193-194) of `pace` tracks each while it runs.
    qint64 slotsInUse = 0;
    for (const Relationship& r : ctx.config.relationships) {
        if (r.kind == QLatin1String(kPair) && r.subsystemId == controller.id && progressOf(ctx.engine, r).running) {
            slotsInUse += 2 * OW::value(r.options, u"pace"_s, u"15"_s).toInt();
        }
    }
    ctx.data = QJsonObject {{u"controller"_s, controller.name}, {u"chaHostBytes"_s, c.chaHostBytes},
        {u"chaCopyBytes"_s, c.chaCopyBytes}, {u"dkaCopyBytes"_s, c.dkaCopyBytes}, {u"tracksCopied"_s, c.tracksCopied},
        {u"tracksCopiedBeforeWrite"_s, c.tracksCopiedBeforeWrite}, {u"cacheBytes"_s, cache},
        {u"cacheSlotsInUse"_s, slotsInUse}, {u"cacheSlots"_s, cache / (48 * 1024)},
        {u"runningCopies"_s, c.runningCopies}, {u"channelsHeldByCopies"_s, remote ? 2 * c.runningCopies : 0},
        {u"chas"_s, setting(controller, u"chas"_s, u"4"_s).toInt()},
        {u"copyPath"_s, setting(controller, u"copyPath"_s, u"incontroller"_s)}};
}

} // namespace

QList<CommandSpec> pairCommands()
{
    return {
        {"hdsPairCreate", &createPair, true},
        {"hdsPairSplit", &splitPair, true},
        {"hdsPairResync", &resyncPair, true},
        {"hdsPairDelete", &deletePair, true},
        {"hdsPairSuspend", &suspendPair, true},
        {"hdsPairDisplay", &displayPairs, false},
        {"hdsPairVerify", &verifyPair, false},
        {"hdsCounters", &counters, false},
    };
}

} // namespace Copyline::Hds
