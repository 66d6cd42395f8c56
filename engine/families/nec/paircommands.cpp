// SPDX-License-Identifier: GPL-3.0-or-later
// NEC DynamicDataReplication pairs (spec §1.6, §2.1-2.5, §3.1-3.3): pair setting with the seed's limits, Replicate,
// Separate (also forced, and -rvuse immediate), Restore (with or without RV protection), the RV access restriction
// of Table 3-3, and the pair query iSMrc_wait and the CLI read.
#include "families/nec/nec.h"
#include "service/engine.h"
#include "util/bytesize.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Nec
{

namespace
{

/**
 * Spec §1.1: setting or canceling a pair needs the licence of its product on each disk array it uses: DynamicData-
 * Replication on the one array, RemoteDataReplication on both arrays of a remote pair ([INF] the seed says only that
 * the licence is unlocked per disk array, L526-532).
 */
void requireLicences(const Configuration& config, ObjectId mvArray, ObjectId rvArray)
{
    const bool remote = mvArray != rvArray;
    for (const ObjectId id : remote ? QList<ObjectId> {mvArray, rvArray} : QList<ObjectId> {mvArray}) {
        const Subsystem array = config.subsystems.value(id);
        if (const QString why = licenceProblem(array, remote ? u"rdr"_s : u"ddr"_s); !why.isEmpty()) {
            fail(ErrorCode::NecLicense, {array.name, why});
        }
    }
}

struct PairArgs
{
    LogicalDrive mv;
    LogicalDrive rv;
    QString mvText; /**< "dev001", or "dev001@siteA" for another engine's LD (ldText) */
    QString rvText;
};

PairArgs pairArgs(CommandContext& ctx)
{
    PairArgs p;
    p.mv = ldNamed(ctx, ctx.args.string(u"mv"_s));
    p.rv = ldNamed(ctx, ctx.args.string(u"rv"_s));
    p.mvText = ldText(ctx.config, p.mv.id);
    p.rvText = ldText(ctx.config, p.rv.id);
    return p;
}

Relationship& existingPair(CommandContext& ctx, const PairArgs& p, const QString& operation)
{
    const Relationship* r = pairBetween(ctx.config, p.mv.id, p.rv.id);
    if (r == nullptr) {
        fail(ErrorCode::NecNotPaired, {p.mvText, p.rvText});
    }
    requireManagedHere(ctx.config, *r, operation);
    return ctx.config.relationships[r->id];
}

[[noreturn]] void badState(const QString& operation, const Relationship& r, const PairArgs& p, const QString& why)
{
    fail(ErrorCode::NecStateInvalid, {operation, p.mvText, p.rvText, r.state, why});
}

/** Table 3-3: the RV access restrictions each operation allows. */
QString rvAccessArg(CommandContext& ctx, const QString& operation, const QString& fallback)
{
    const QString acc = ctx.args.string(u"rvacc"_s, fallback).toLower();
    const QStringList allowed
        = operation == u"Separate"_s ? QStringList {u"rw"_s, u"ro"_s} : QStringList {u"nr"_s, u"ro"_s};
    if (acc == u"na"_s) {
        fail(ErrorCode::NecRvAccessInvalid,
            {u"NA"_s, operation, u"Not Available is a state of the RV, not a restriction to set"_s});
    }
    if (!allowed.contains(acc)) {
        if (acc == u"rw"_s || acc == u"nr"_s) {
            fail(ErrorCode::NecRvAccessInvalid, {acc, operation, u"unavailable; use "_s + allowed.join(u" or "_s)});
        }
        fail(ErrorCode::InvalidParameter, {u"rvacc"_s, acc, u"use rw, ro or nr"_s});
    }
    return acc;
}

/** Spec §2.2/§2.4 (L1300, L2885): the volume a copy overwrites must not be mounted on any server. */
void requireUnmounted(const QString& operation,
    const Relationship& r,
    const PairArgs& p,
    const LogicalDrive& ld,
    const Configuration& config)
{
    const QStringList on = mountedOn(config, ld.id);
    if (!on.isEmpty()) {
        badState(operation, r, p,
            u"%1 is mounted on %2; flush and unmount it first (iSMrc_flush, iSMrc_umount)"_s.arg(
                ld.name, on.join(u", "_s)));
    }
}

/** A remote pair copies only while its link is up (spec §1.7, seed L2367: a link fault during Replication). */
void requireLinkNormal(const QString& operation, const Relationship& r, const PairArgs& p, const Configuration& config)
{
    if (!isRemote(config, r)) {
        return;
    }
    const MirrorLink* link = linkOf(config, r);
    if (link == nullptr || !linkNormal(*link)) {
        badState(operation, r, p,
            u"the path state of the link between disk arrays %1 and %2 is abnormal (a link fault); remove the cause "
            "and check that the state of the path is normal (necListLinks)"_s.arg(
                config.subsystems.value(r.subsystemId).name, config.subsystems.value(rvArrayOf(config, r)).name));
    }
}

/**
 * Parallel pairs (one MV, several RVs, spec §1.6): a Restore writes the MV with the copies of one RV, and those writes
 * are not host writes, so no other pair of the MV records or reflects them. [INF] The seed is silent; so that no other
 * RV can claim to mirror an MV that a Restore changed under it, a Restore needs every other pair of the MV
 * separated, and no other pair may Replicate or Restore while one restores (rst/exec or rst/sync).
 */
void requireOtherPairsAllow(
    const QString& operation, const Relationship& r, const PairArgs& p, const Configuration& config, bool restoring)
{
    for (const Relationship& other : pairsOfMv(config, r.sourceId)) {
        if (other.id == r.id) {
            continue;
        }
        const QString rv = config.logicalDrives.value(other.targetId).name;
        if (other.state.startsWith(u"rst"_s)) {
            badState(operation, r, p,
                u"%1 is being restored from %2 (%3); separate that pair first"_s.arg(p.mvText, rv, other.state));
        }
        if (restoring && other.state != QLatin1String(kSeparated)) {
            badState(operation, r, p,
                u"%1 is also the MV of %2 (%3): a Restore changes the MV, which that pair would not reflect; separate "
                "it first"_s.arg(p.mvText, rv, other.state));
        }
    }
}

/** necSetPair mv=dev001 rv=dev002: pair setting (spec §2.1), the pair starts Separated. */
void setPair(CommandContext& ctx)
{
    const PairArgs p = pairArgs(ctx);
    ctx.args.finish();
    const auto refuse = [&](const QString& why) { fail(ErrorCode::NecPairInvalid, {p.mvText, p.rvText, why}); };
    const bool remote = p.mv.subsystemId != p.rv.subsystemId;
    if (const QString site = Engine::peerOfDrive(ctx.config, p.mv.id); !site.isEmpty()) {
        // The MV's disk array manages the pair (issue 17: the MV's engine, which pushes its record to the RV's).
        refuse(u"the MV is on a disk array that the engine of site %1 serves: set the pair there, with the RV as "
               "%2@%3"_s.arg(site, p.rv.name, ctx.engine.siteName()));
    }
    requireLicences(ctx.config, p.mv.subsystemId, p.rv.subsystemId);
    if (p.mv.id == p.rv.id) {
        refuse(u"a logical disk cannot be its own RV"_s);
    }
    const QString mvArray = ctx.config.subsystems.value(p.mv.subsystemId).name;
    const QString rvArray = ctx.config.subsystems.value(p.rv.subsystemId).name;
    if (remote) {
        const MirrorLink* link = linkBetweenArrays(ctx.config, p.mv.subsystemId, p.rv.subsystemId);
        if (link == nullptr) {
            refuse(u"the MV is on disk array %1 and the RV on %2, which are not linked: RemoteDataReplication copies "
                   "over the link between their Replication Directors (necConnectDiskArrays)"_s.arg(mvArray, rvArray));
        }
        if (!linkNormal(*link)) {
            refuse(u"the path state of the link between %1 and %2 is abnormal (a link fault); remove the cause and "
                   "check that the state of the path is normal"_s.arg(mvArray, rvArray));
        }
    }
    if (p.mv.capacity != p.rv.capacity) {
        refuse(u"volumes with different volume capacities cannot be set as a pair (%1 and %2)"_s.arg(
            formatGb(p.mv.capacity), formatGb(p.rv.capacity)));
    }
    if (osTypeOf(ctx.config, p.mv.id) != osTypeOf(ctx.config, p.rv.id)) {
        refuse(u"unless the OS type is the same, the pair setting cannot be executed (%1 and %2)"_s.arg(
            osTypeOf(ctx.config, p.mv.id), osTypeOf(ctx.config, p.rv.id)));
    }
    if (pairOfRv(ctx.config, p.rv.id) != nullptr) {
        refuse(u"%1 is already an RV"_s.arg(p.rvText));
    }
    // [SIM] The seed allows DynamicDataReplication in one layer only (L551-552) and says nothing of remote
    // cascades: Copyline sets no pair whose MV is an RV or whose RV is an MV, remote or not.
    if (!pairsOfMv(ctx.config, p.rv.id).isEmpty()) {
        refuse(remote ? u"%1 is an MV; Copyline does not cascade a RemoteDataReplication pair from another pair"_s.arg(
                   p.rvText)
                      : u"%1 is an MV; DynamicDataReplication can be set in only one layer in the disk array"_s.arg(
                          p.rvText));
    }
    if (pairOfRv(ctx.config, p.mv.id) != nullptr) {
        refuse(remote ? u"%1 is an RV; Copyline does not cascade a RemoteDataReplication pair from another pair"_s.arg(
                   p.mvText)
                      : u"%1 is an RV: you cannot set dRV directly for dRV"_s.arg(p.mvText));
    }
    const QList<Relationship> existing = pairsOfMv(ctx.config, p.mv.id);
    if (existing.size() >= kMaxRvPerMv) {
        refuse(u"an RV of a maximum of four volumes can be set for one MV"_s);
    }
    const auto local = std::count_if(
        existing.cbegin(), existing.cend(), [&](const Relationship& r) { return !isRemote(ctx.config, r); });
    if (!remote && local >= kMaxDdrRvPerMv) {
        refuse(u"for DynamicDataReplication, an RV of a maximum of three volumes can be set for one MV"_s);
    }
    // Seed L550: "An RV can be allocated to a maximum of two disk arrays for one PV" — [INF] read as two disk arrays
    // besides the MV's own, as the DynamicDataReplication RVs in the MV's array are counted by the rule above.
    QSet<ObjectId> remoteArrays;
    for (const Relationship& r : existing) {
        if (isRemote(ctx.config, r)) {
            remoteArrays.insert(rvArrayOf(ctx.config, r));
        }
    }
    if (remote && !remoteArrays.contains(p.rv.subsystemId) && remoteArrays.size() >= kMaxRemoteArraysPerMv) {
        refuse(u"an RV can be allocated to a maximum of two disk arrays for one MV"_s);
    }
    for (const LogicalDrive& ld : {p.mv, p.rv}) {
        if (isControlVolume(ctx.config, ld.id)) {
            refuse(u"%1 is a control volume"_s.arg(ld.name));
        }
    }
    Relationship r;
    r.id = ctx.config.allocateId();
    r.subsystemId = p.mv.subsystemId;
    r.kind = QString::fromLatin1(kPair);
    r.sourceId = p.mv.id;
    r.targetId = p.rv.id;
    r.state = QString::fromLatin1(kSeparated);
    r.options = u"cpmode=sync rvacc=rw"_s;
    r.grainSize = kGrain;
    r.established = ctx.clock.now();
    r.mapFile = u"nec-pair-%1.map"_s.arg(r.id);
    ctx.config.relationships.insert(r.id, r);
    attachPair(ctx, r);
    pushPairs(ctx, r.id, true); // an RV another engine serves: that engine checks it and keeps the pair's record
    const QString what = remote
        ? u"RemoteDataReplication pair MV %1 on %2, RV %3 on %4"_s.arg(p.mvText, mvArray, p.rvText, rvArray)
        : u"DynamicDataReplication pair MV %1, RV %2"_s.arg(p.mvText, p.rvText);
    for (const ObjectId array : remote && !Engine::isProxyDrive(ctx.config, p.rv.id)
            ? QList<ObjectId> {p.mv.subsystemId, p.rv.subsystemId}
            : QList<ObjectId> {p.mv.subsystemId}) {
        ctx.logEventOn(array, EventCode::NecPairSet, EventSeverity::Informational,
            u"Pair %1 - %2"_s.arg(p.mvText, p.rvText), u"Pair set"_s,
            u"%1, in the Separated state; the first Replicate copies the whole MV."_s.arg(what));
    }
    ctx.data.insert(u"id"_s, r.id);
}

/** necUnpair mv=dev001 rv=dev002 [force=true]: cancels a separated pair (forced: in any state). */
void unpair(CommandContext& ctx)
{
    const PairArgs p = pairArgs(ctx);
    const bool force = ctx.args.boolean(u"force"_s, false);
    ctx.args.finish();
    const Relationship r = existingPair(ctx, p, u"Unpair"_s);
    requireLicences(ctx.config, r.subsystemId, rvArrayOf(ctx.config, r));
    if (!force && r.state != QLatin1String(kSeparated)) {
        badState(u"Unpair"_s, r, p, u"separate the pair first, or unpair with -force"_s);
    }
    ctx.config.relationships.remove(r.id);
    detachPair(ctx, r);
    ctx.logEventOn(r.subsystemId, EventCode::NecPairUnset, EventSeverity::Informational,
        u"Pair %1 - %2"_s.arg(p.mvText, p.rvText), u"Pair canceled"_s,
        force && r.state != QLatin1String(kSeparated)
            ? u"Forced in state %1: %2 may hold partly copied data."_s.arg(r.state, p.rvText)
            : u"%1 and %2 are ordinary volumes (IV) again."_s.arg(p.mvText, p.rvText));
}

/** necReplicate mv rv [cprange=diff|full] [cpmode=sync|semi|bg] [rvacc=nr|ro] (spec §2.2). */
void replicate(CommandContext& ctx)
{
    const PairArgs p = pairArgs(ctx);
    const QString range = ctx.args.string(u"cprange"_s, u"diff"_s).toLower();
    const QString mode = ctx.args.string(u"cpmode"_s, u"sync"_s).toLower();
    const QString acc = rvAccessArg(ctx, u"Replicate"_s, u"nr"_s);
    ctx.args.finish();
    if (range != u"diff"_s && range != u"full"_s) {
        fail(ErrorCode::InvalidParameter, {u"cprange"_s, range, u"use diff (Difference) or full"_s});
    }
    Relationship& r = existingPair(ctx, p, u"Replicate"_s);
    if (mode == u"semi"_s && !isRemote(ctx.config, r)) {
        // Table 3-2: Semi Sync Mode is for RemoteDataReplication only (inside one array Sync Mode costs little).
        fail(ErrorCode::InvalidParameter,
            {u"cpmode"_s, mode, u"Semi Sync Mode is for RemoteDataReplication only; use sync or bg"_s});
    }
    if (mode != u"sync"_s && mode != u"semi"_s && mode != u"bg"_s) {
        fail(ErrorCode::InvalidParameter,
            {u"cpmode"_s, mode,
                u"use sync (Sync Mode), semi (Semi Sync Mode, RemoteDataReplication) or bg (Background Copy)"_s});
    }
    if (r.state != QLatin1String(kSeparated)) {
        badState(u"Replicate"_s, r, p, u"Replicate starts from the Separated state"_s);
    }
    requireUnmounted(u"Replicate"_s, r, p, p.rv, ctx.config);
    requireLinkNormal(u"Replicate"_s, r, p, ctx.config);
    requireOtherPairsAllow(u"Replicate"_s, r, p, ctx.config, false);
    r.state = QString::fromLatin1(kRplExec);
    r.stateReason.clear();
    r.established = ctx.clock.now();
    setOption(r.options, u"cpmode"_s, mode);
    setOption(r.options, u"rvacc"_s, acc);
    setOption(r.options, u"cprange"_s, range);
    setWord(r.options, u"protect"_s, false);
    // An RV another engine serves: that engine closes it to its hosts now and says what they wrote to it.
    const QJsonArray rvChanged = pushPairs(ctx, r.id);
    Engine& engine = ctx.engine;
    const ObjectId id = r.id;
    const bool full = range == u"full"_s;
    ctx.onCommit([&engine, id, full, rvChanged]() {
        markRvChanges(engine, id, rvChanged);
        prepareCopy(engine, id, true, full);
    });
    applyOnCommit(ctx, id);
    ctx.logEventOn(r.subsystemId, EventCode::NecReplicateStarted, EventSeverity::Informational,
        u"Pair %1 - %2"_s.arg(p.mvText, p.rvText), u"Replicate started"_s,
        u"Copy range %1, %2, RV access %3."_s.arg(full ? u"full"_s : u"Difference"_s,
            mode == u"bg"_s ? u"Background Copy"_s : u"Foreground Copy (Sync Mode)"_s, acc));
}

/** necSeparate mv rv [rvacc=rw|ro] [rvuse=complete|immediate] [force=true] (spec §2.3). */
void separate(CommandContext& ctx)
{
    const PairArgs p = pairArgs(ctx);
    const QString acc = rvAccessArg(ctx, u"Separate"_s, u"rw"_s);
    const QString use = ctx.args.string(u"rvuse"_s, u"complete"_s).toLower();
    const bool force = ctx.args.boolean(u"force"_s, false);
    ctx.args.finish();
    if (use != u"complete"_s && use != u"immediate"_s) {
        fail(ErrorCode::InvalidParameter, {u"rvuse"_s, use, u"use complete or immediate"_s});
    }
    if (const Relationship* other = pairBetween(ctx.config, p.mv.id, p.rv.id);
        force && other != nullptr && !managedHere(ctx.config, *other)) {
        // The RV's engine of another engine's pair: a failover, only while that engine cannot be reached.
        ctx.data.insert(u"message"_s, forceSeparateOnRvSide(ctx, ctx.config.relationships[other->id], acc));
        return;
    }
    Relationship& r = existingPair(ctx, p, u"Separate"_s);
    if (r.state == QLatin1String(kSeparated) || (r.state == QLatin1String(kSepExec) && !force)) {
        badState(u"Separate"_s, r, p, u"the pair is already separated or separating"_s);
    }
    const QString from = r.state;
    setOption(r.options, u"rvacc"_s, acc);
    QString details;
    if (force) {
        // Spec §2.3, L2570: Forced Separate when an ordinary one fails. What was not copied stays recorded.
        r.state = QString::fromLatin1(kSeparated);
        r.stateReason = u"forced separate in %1"_s.arg(from);
        setOption(r.options, u"rvuse"_s, {});
        details = u"Forced separate in %1: %2 may lack data that was still to be copied; the difference stays "
                  "recorded for the next Replicate or Restore."_s.arg(from, p.rvText);
    } else if (from == QLatin1String(kRstExec)) {
        badState(u"Separate"_s, r, p, u"the Restore is still copying; wait for it or use Forced Separate"_s);
    } else if (from == QLatin1String(kRstSync)) {
        r.state = QString::fromLatin1(kSeparated); // MV updates reached the RV synchronously: nothing to reflect
        r.stateReason.clear();
        details = u"The RV is usable (%1)."_s.arg(acc);
    } else {
        r.state = QString::fromLatin1(kSepExec);
        r.stateReason.clear();
        setOption(r.options, u"rvuse"_s, use);
        // -rvuse immediate is accepted and recorded, but the RV opens when the separate completes either way
        // (pairruntime.cpp restrictAccess: no RV I/O redirection yet).
        details = u"The remaining difference is reflected to %1; the RV is usable when the separate completes (%2)%3."_s
                      .arg(p.rvText, acc,
                          use == u"immediate"_s ? u"; -rvuse immediate: Copyline does not give an RV to hosts while "
                                                  "the difference is still being reflected"_s
                                                : QString());
    }
    applyOnCommit(ctx, r.id);
    ctx.logEventOn(r.subsystemId, force ? EventCode::NecSeparated : EventCode::NecSeparateStarted,
        force ? EventSeverity::Warning : EventSeverity::Informational, u"Pair %1 - %2"_s.arg(p.mvText, p.rvText),
        force ? u"Forced separate"_s : u"Separate started"_s, details);
}

/** necRestore mv rv [mode=protect|normal] [rvacc=nr|ro] (spec §2.4). */
void restore(CommandContext& ctx)
{
    const PairArgs p = pairArgs(ctx);
    const QString mode = ctx.args.string(u"mode"_s, u"normal"_s).toLower();
    const QString acc = rvAccessArg(ctx, u"Restore"_s, u"nr"_s);
    ctx.args.finish();
    if (mode != u"protect"_s && mode != u"normal"_s) {
        fail(ErrorCode::InvalidParameter, {u"mode"_s, mode, u"use protect (RV protection) or normal"_s});
    }
    Relationship& r = existingPair(ctx, p, u"Restore"_s);
    if (r.state != QLatin1String(kSeparated)) {
        badState(u"Restore"_s, r, p, u"Restore starts from the Separated state"_s);
    }
    if (const QString site = Engine::peerOfDrive(ctx.config, r.targetId); !site.isEmpty()) {
        // [SIM] A Restore reads the RV and keeps the MV's changes for the RV: across engines that needs the RV's
        // record of changes on its engine to be handed back as well, which Copyline does not do yet.
        badState(u"Restore"_s, r, p,
            u"the RV is on the engine of site %1, and Copyline does not restore across engines yet; to bring the RV's "
            "data back, unpair, then set and replicate a pair from site %1 (its LD as MV)"_s.arg(site));
    }
    requireUnmounted(u"Restore"_s, r, p, p.mv, ctx.config);
    requireUnmounted(u"Restore"_s, r, p, p.rv, ctx.config);
    requireLinkNormal(u"Restore"_s, r, p, ctx.config);
    requireOtherPairsAllow(u"Restore"_s, r, p, ctx.config, true);
    r.state = QString::fromLatin1(kRstExec);
    r.stateReason.clear();
    r.established = ctx.clock.now();
    setOption(r.options, u"rvacc"_s, acc);
    setWord(r.options, u"protect"_s, mode == u"protect"_s);
    Engine& engine = ctx.engine;
    const ObjectId id = r.id;
    ctx.onCommit([&engine, id]() { prepareCopy(engine, id, false, false); });
    applyOnCommit(ctx, id);
    ctx.logEventOn(r.subsystemId, EventCode::NecRestoreStarted, EventSeverity::Informational,
        u"Pair %1 - %2"_s.arg(p.mvText, p.rvText), u"Restore started"_s,
        mode == u"protect"_s ? u"RV protection: MV updates are not reflected into %1; Separate follows "
                               "automatically."_s.arg(p.rvText)
                             : u"MV updates are reflected into %1."_s.arg(p.rvText));
}

/** necSetRvAccess mv rv rvacc: the Replication Management's RV access restriction change (spec §2.13). */
void setRvAccess(CommandContext& ctx)
{
    const PairArgs p = pairArgs(ctx);
    Relationship& r = existingPair(ctx, p, u"Change RV access"_s);
    const bool separated = r.state == QLatin1String(kSeparated);
    const QString acc = rvAccessArg(ctx, separated ? u"Separate"_s : u"Replicate"_s, rvAccessOf(r));
    ctx.args.finish();
    setOption(r.options, u"rvacc"_s, acc);
    ctx.logEventOn(r.subsystemId, EventCode::NecRvAccessChanged, EventSeverity::Informational,
        u"Pair %1 - %2"_s.arg(p.mvText, p.rvText), u"RV access restriction changed"_s,
        u"%1 is now %2."_s.arg(p.rvText, acc));
}

/** The copy control state in Table 3-2's words. */
QString copyControlText(const Relationship& r)
{
    const QString mode = option(r.options, u"cpmode"_s);
    return mode == u"bg"_s  ? u"Background Copy"_s
        : mode == u"semi"_s ? u"Foreground Copy (Semi Sync Mode)"_s
                            : u"Foreground Copy (Sync Mode)"_s;
}

QJsonObject pairJson(CommandContext& ctx, const Relationship& r)
{
    const LogicalDrive mv = ctx.config.logicalDrives.value(r.sourceId);
    const LogicalDrive rv = ctx.config.logicalDrives.value(r.targetId);
    const qint64 grains = (mv.capacity + kGrain - 1) / kGrain;
    const qint64 pending = pendingGrains(ctx.engine, r.id);
    QJsonObject o {{u"mv"_s, ldText(ctx.config, mv.id)}, {u"rv"_s, ldText(ctx.config, rv.id)},
        {u"mvLdn"_s, ldnText(ctx.config, mv.id)}, {u"rvLdn"_s, ldnText(ctx.config, rv.id)},
        {u"osType"_s, osTypeOf(ctx.config, mv.id)}, {u"array"_s, ctx.config.subsystems.value(r.subsystemId).name},
        {u"rvArray"_s, ctx.config.subsystems.value(rvArrayOf(ctx.config, r)).name},
        {u"type"_s, replicationType(ctx.config, r)}, {u"activity"_s, activityOf(r)}, {u"syncState"_s, r.state},
        {u"copyControl"_s, copyControlText(r)}, {u"rvAccess"_s, rvAccessOf(r)},
        {u"rvUse"_s, option(r.options, u"rvuse"_s)}, {u"protect"_s, r.hasOption(u"protect"_s)},
        {u"separateDiffKB"_s, (mvDiffGrains(ctx.engine, r.id) + rvDiffGrains(ctx.engine, r.id)) * (kGrain / 1024)},
        {u"copyDiffKB"_s, pending * (kGrain / 1024)}, {u"startTime"_s, r.established.toString(Qt::ISODate)},
        {u"progress"_s, grains > 0 ? 100.0 * static_cast<double>(grains - std::min(grains, pending)) / grains : 100.0},
        {u"bytesCopied"_s, static_cast<qint64>(bytesCopied(ctx.engine, r.id))}};
    if (r.state == QLatin1String(kSeparated)) {
        o.insert(
            u"separateDiffKB"_s, (mvDiffGrains(ctx.engine, r.id) + rvDiffGrains(ctx.engine, r.id)) * (kGrain / 1024));
    }
    if (option(r.options, u"cpmode"_s) == u"semi"_s) {
        o.insert(u"semiSyncLimitKB"_s, semiSyncLimit(ctx.config.subsystems.value(r.subsystemId)) / 1024);
        o.insert(u"semiSyncPendingKB"_s, semiSyncPendingBytes(ctx.engine, r.id) / 1024);
    }
    if (!r.stateReason.isEmpty()) {
        o.insert(u"reason"_s, r.stateReason);
    }
    if (const QString site = Engine::peerOfDrive(ctx.config, r.sourceId); !site.isEmpty()) {
        // This engine serves the RV of a pair the MV's engine manages: what its hosts wrote to the RV.
        o.insert(u"managedBy"_s, site);
        o.insert(u"separateDiffKB"_s, rvRecordChangedGrains(ctx.engine, r.id) * (kGrain / 1024));
    }
    return o;
}

/** necQueryPair mv=dev001 rv=dev002 (or only one of them): the pair's states, difference and progress. */
void queryPair(CommandContext& ctx)
{
    const QString mvName = ctx.args.string(u"mv"_s, {});
    const QString rvName = ctx.args.string(u"rv"_s, {});
    ctx.args.finish();
    const Relationship* r = nullptr;
    if (!rvName.isEmpty()) {
        const LogicalDrive rv = ldNamed(ctx, rvName);
        r = pairOfRv(ctx.config, rv.id);
        if (r == nullptr || (!mvName.isEmpty() && ldText(ctx.config, r->sourceId) != mvName)) {
            fail(ErrorCode::NecNotPaired, {mvName.isEmpty() ? u"-"_s : mvName, rvName});
        }
    } else {
        const LogicalDrive mv = ldNamed(ctx, mvName);
        const QList<Relationship> pairs = pairsOfMv(ctx.config, mv.id);
        if (pairs.isEmpty()) {
            fail(ErrorCode::NecNotPaired, {mvName, u"any RV"_s});
        }
        r = &ctx.config.relationships[pairs.first().id];
    }
    ctx.data = pairJson(ctx, *r);
}

/** necListPairs: every pair. */
void listPairs(CommandContext& ctx)
{
    ctx.args.finish();
    QJsonArray rows;
    for (const Relationship& r : ctx.config.relationships) {
        if (r.kind == QLatin1String(kPair)) {
            rows.append(pairJson(ctx, r));
        }
    }
    ctx.data.insert(u"pairs"_s, rows);
}

} // namespace

QList<CommandSpec> pairCommands()
{
    return {
        {"necSetPair", &setPair, true},
        {"necUnpair", &unpair, true},
        {"necReplicate", &replicate, true},
        {"necSeparate", &separate, true},
        {"necRestore", &restore, true},
        {"necSetRvAccess", &setRvAccess, true},
        {"necQueryPair", &queryPair, false},
        {"necListPairs", &listPairs, false},
    };
}

} // namespace Copyline::Nec
