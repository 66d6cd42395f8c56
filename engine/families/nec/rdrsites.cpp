// SPDX-License-Identifier: GPL-3.0-or-later
// NEC RemoteDataReplication across engines (issue 17): a pair whose RV is on a disk array another engine serves (a
// proxy, engine/service/enginesites.cpp), cabled over the replication wire (necConnectDiskArrays to the proxy). The
// MV's engine manages the pair, as the MV's disk array does; its copies reach the RV through the proxy LD. The RV's
// engine keeps a read-only copy of the pair's record, pushed by the MV's engine: that copy gives the RV its access
// restriction (NR, RO, RW, Table 3-3), opens it to the MV's copies while the pair is not separated, records what its
// own hosts write to the RV while it is separated, and shows the pair on the Replication screen there.
//
//   Control request "nec.rdr.apply": {name, subsystems: the MV disk arrays as listed, pairs: [pair rows in the
//   sender's ids, the RV in the receiver's]}. The receiver checks a new RV as pair setting does (same capacity and
//   OS type, no other pair, no control volume), and an RV that is to be copied to (separated -> rpl/exec) for being
//   mounted on one of its servers; keeps the rows; and ends the records the sender no longer lists. It answers
//   rvChanged: [{pair: the sender's id, ranges: the grains its hosts wrote to the RV}] for the pair whose Replicate
//   starts (its row says "replicate"), collected after the RV was closed to its hosts and their writes in flight had
//   finished; and conflicts: the pairs it keeps separated after a failover here.
//
// [SIM decisions]
// - Pushes: inside pair setting and Replicate (the peer's refusal fails the command, and a Replicate needs the RV's
//   changes before it copies), and from the poll for every later change (Separate, a copy fault, Unpair) within a
//   second, again after 1 to 5 s while the peer cannot be reached. So an RV opens to its hosts up to a second after
//   the MV's engine says separated.
// - The RV's record of its hosts' writes is cleared only once the pair is seen replicated (rpl/sync) or separating
//   (sep/exec): by then the MV's engine has copied what it was sent. A push that is missed only makes a later
//   Replicate copy those grains again.
// - Restore across engines is refused: the RV would have to be read, and the MV's changes kept, on two engines.
// - No pair command runs on the RV's engine (its refusal names the MV's site), but one: a Forced Separate while the
//   MV's engine cannot be reached (a failover, as ESS's terminate on the target storage server). The record is then
//   separated here ("rvSeparated") and stays so against the sender's rows: the sender hears why and separates its
//   pair due to a failure; only a Replicate it starts again takes the record back (and copies, with its own
//   difference, what the RV's hosts wrote meanwhile).
#include "families/nec/nec.h"
#include "service/engine.h"
#include "service/pairpushes.h"
#include "service/sites.h"
#include "storage/fields.h"
#include "util/bytesize.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Nec
{

namespace
{

constexpr auto kApplyOp = "nec.rdr.apply";

/** What the poll last told each peer; setting nec.rdr.told keeps the sites told of pairs. */
Sites::PairPushes& pushes(Engine& engine)
{
    return Sites::PairPushes::of(engine, u"nec.rdr.told"_s);
}

/** The site whose engine serves the RV of @p r, a pair managed here; empty for a pair inside this engine. */
QString rvSiteOf(const Configuration& config, const Relationship& r)
{
    return r.kind == QLatin1String(kPair) && managedHere(config, r) ? Engine::peerOfDrive(config, r.targetId)
                                                                    : QString();
}

/** What the command that pushes does to one pair: only that pair's row says so. */
enum class Starting
{
    Nothing,
    PairSetting, /**< the pair is new */
    Replicate,   /**< a Replicate starts: the RV's engine gives up a failover's separation (see the header) */
};

/**
 * The pairs managed here whose RV @p site serves, as rows for it: the RV in its ids. @p pairId (when not 0) is the
 * pair that the command which pushes starts @p starting for.
 */
QJsonArray pairRows(
    const Configuration& config, const QString& site, ObjectId pairId = 0, Starting starting = Starting::Nothing)
{
    QJsonArray rows;
    for (const Relationship& r : config.relationships) {
        if (rvSiteOf(config, r) != site) {
            continue;
        }
        Relationship sent = r;
        sent.targetId = config.logicalDrives.value(r.targetId).remoteId;
        sent.mapFile.clear();
        QJsonObject row = QJsonObject::fromVariantMap(toRow(sent));
        if (r.id == pairId && starting == Starting::PairSetting) {
            row.insert(u"newPair"_s, true);
        }
        if (r.id == pairId && starting == Starting::Replicate) {
            row.insert(u"replicate"_s, true);
        }
        rows.append(row);
    }
    return rows;
}

QSet<ObjectId> mvArrays(const Configuration& config, const QString& site)
{
    QSet<ObjectId> ids;
    for (const Relationship& r : config.relationships) {
        if (rvSiteOf(config, r) == site) {
            ids.insert(r.subsystemId);
        }
    }
    return ids;
}

/** Sends @p site the pairs toward it; @p answer gets its answer. */
Error push(Engine& engine,
    const Configuration& config,
    const QString& site,
    QJsonObject* answer,
    ObjectId pairId = 0,
    Starting starting = Starting::Nothing)
{
    const QJsonObject request {{u"op"_s, QString::fromLatin1(kApplyOp)}, {u"name"_s, engine.siteName()},
        {u"subsystems"_s, Sites::listing(engine, mvArrays(config, site))},
        {u"pairs"_s, pairRows(config, site, pairId, starting)}};
    return Sites::ask(engine, site, request, answer);
}

/**
 * The pairs the RV's engine keeps separated against the rows it was sent (a Forced Separate there while this engine
 * could not be reached): separated here too, due to a failure, with its reason (engine thread, after the push).
 */
void separateConflicts(Engine& engine, const QJsonObject& answer)
{
    for (const auto& v : answer.value(u"conflicts"_s).toArray()) {
        const ObjectId id = v.toObject().value(u"pair"_s).toInteger();
        const auto r = engine.configuration().relationships.constFind(id);
        if (r != engine.configuration().relationships.cend() && r->state != QLatin1String(kSeparated)) {
            separateDueToFailure(engine, id, v.toObject().value(u"reason"_s).toString());
        }
    }
}

/** Fails unless @p rv, an LD here, may become the RV of @p mv, an LD of another engine's disk array. */
void checkNewRv(const Configuration& config, const LogicalDrive& mv, const LogicalDrive& rv)
{
    const QString mvText = ldText(config, mv.id);
    const auto refuse = [&](const QString& why) { fail(ErrorCode::NecPairInvalid, {mvText, rv.name, why}); };
    if (mv.capacity != rv.capacity) {
        refuse(u"volumes with different volume capacities cannot be set as a pair (%1 and %2)"_s.arg(
            formatGb(mv.capacity), formatGb(rv.capacity)));
    }
    if (osTypeOf(config, mv.id) != osTypeOf(config, rv.id)) {
        refuse(u"unless the OS type is the same, the pair setting cannot be executed (%1 and %2)"_s.arg(
            osTypeOf(config, mv.id), osTypeOf(config, rv.id)));
    }
    if (const Relationship* other = pairOfRv(config, rv.id)) {
        refuse(u"%1 is already an RV (of %2)"_s.arg(rv.name, ldText(config, other->sourceId)));
    }
    if (!pairsOfMv(config, rv.id).isEmpty()) {
        refuse(u"%1 is an MV; Copyline does not cascade a RemoteDataReplication pair from another pair"_s.arg(rv.name));
    }
    if (isControlVolume(config, rv.id)) {
        refuse(u"%1 is a control volume"_s.arg(rv.name));
    }
    if (const QString why = licenceProblem(config.subsystems.value(rv.subsystemId), u"rdr"_s); !why.isEmpty()) {
        fail(ErrorCode::NecLicense, {config.subsystems.value(rv.subsystemId).name, why});
    }
}

/** "nec.rdr.apply" on the RV's engine: the pairs of @p peer's MVs whose RVs are served here. */
IoStatus answerApply(Engine& engine, const QString& peer, const QJsonObject& request, QJsonObject* answer)
{
    const QJsonArray listed = request.value(u"subsystems"_s).toArray();
    const QJsonArray rows = request.value(u"pairs"_s).toArray();
    QHash<ObjectId, ObjectId> replicating; // the sender's pair id -> the record here, of a Replicate that starts
    QJsonArray conflicts;                  // the pairs kept separated here against the rows (a failover)
    QList<ObjectId> settled;               // records whose hosts' writes the MV's engine has copied
    const CommandResult result = engine.runInternal(0, [&](CommandContext& ctx) {
        Configuration& config = ctx.config;
        Sites::mergeListed(config, peer, listed);
        const Sites::ProxyIds proxies = Sites::proxyIds(config, peer);
        QHash<std::pair<ObjectId, ObjectId>, ObjectId> kept; // the records of the peer's pairs, by MV and RV
        for (const Relationship& r : std::as_const(config.relationships)) {
            if (r.kind == QLatin1String(kPair) && Engine::peerOfDrive(config, r.sourceId) == peer
                && !Engine::isProxyDrive(config, r.targetId)) {
                kept.insert({r.sourceId, r.targetId}, r.id);
            }
        }
        QSet<ObjectId> wanted;
        for (const auto& value : rows) {
            auto r = fromRow<Relationship>(value.toObject().toVariantMap());
            const bool newPair = value.toObject().value(u"newPair"_s).toBool();
            const bool replicate = value.toObject().value(u"replicate"_s).toBool();
            const ObjectId senderId = r.id;
            r.kind = QString::fromLatin1(kPair);
            r.sourceId = proxies.drives.value(r.sourceId, 0);
            r.subsystemId = proxies.subsystems.value(r.subsystemId, 0);
            const auto rv = config.logicalDrives.constFind(r.targetId);
            if (r.sourceId == 0 || r.subsystemId == 0) {
                fail(ErrorCode::NecPairInvalid,
                    {u"(an MV of site %1)"_s.arg(peer), u"(its RV)"_s,
                        u"site %1 named a disk array or logical disk that it did not list"_s.arg(peer)});
            }
            if (rv == config.logicalDrives.cend() || Engine::isProxyDrive(config, r.targetId)
                || config.subsystems.value(rv->subsystemId).family != QLatin1String(kFamily)) {
                fail(ErrorCode::NecPairInvalid,
                    {ldText(config, r.sourceId), u"(LD id %1)"_s.arg(r.targetId),
                        u"no NEC logical disk of that id is served by the engine of site %1; refresh the remote "
                        "engine (copylinectl --refresh-peer) and choose an LD it lists"_s.arg(engine.siteName())});
            }
            const LogicalDrive mv = config.logicalDrives.value(r.sourceId);
            const ObjectId existing = kept.value({r.sourceId, r.targetId}, 0);
            const QString before = existing != 0 ? config.relationships.value(existing).state : QString();
            if (existing != 0 && hasWord(config.relationships.value(existing).options, u"rvSeparated"_s)
                && !replicate) {
                // A Forced Separate here while the sender could not be reached (a failover): hosts may have written
                // the RV since, and no copy of the sender's may reach it until a Replicate of the sender's starts
                // again (which copies what they wrote back). The record stays; the sender hears why and separates.
                wanted.insert(existing);
                if (r.state != QLatin1String(kSeparated)) {
                    const QString why = u"%1 was separated on disk array %2 of site %3 while site %4 could not be "
                                        "reached (Forced Separate there), and its hosts may have written it since; "
                                        "Replicate again to copy the difference, or unpair"_s.arg(rv->name,
                                            config.subsystems.value(rv->subsystemId).name, engine.siteName(), peer);
                    QJsonObject conflict;
                    conflict.insert(u"pair"_s, senderId);
                    conflict.insert(u"reason"_s, why);
                    conflicts.append(conflict);
                }
                continue;
            }
            if (existing == 0) {
                checkNewRv(config, mv, *rv);
                r.id = config.allocateId();
                r.mapFile = u"nec-rdr-%1.map"_s.arg(r.id);
                // A pair that is not new but has no record here (this engine's catalog lost it): nothing says what
                // the RV's hosts wrote since it last matched, so every grain counts as changed.
                attachRvRecord(ctx, r, !newPair);
                ctx.logEventOn(rv->subsystemId, EventCode::NecPairSet, EventSeverity::Informational,
                    u"Pair %1 - %2"_s.arg(ldText(config, mv.id), rv->name), u"Pair set"_s,
                    u"%1 on %2 is now the RV of RemoteDataReplication pair MV %3 on the engine of site %4, which "
                    "manages the pair."_s.arg(
                        rv->name, config.subsystems.value(rv->subsystemId).name, ldText(config, mv.id), peer));
            } else {
                r.id = existing;
                r.mapFile = config.relationships.value(existing).mapFile;
                // The RV's servers are this engine's: Not Ready after their unmount (UMOUNT_RVACC=NOTREADY) stays.
                setWord(r.options, u"hostNotReady"_s,
                    hasWord(config.relationships.value(existing).options, u"hostNotReady"_s));
            }
            // Spec §2.2 (L1300): the volume a copy overwrites must not be mounted; its servers are this engine's.
            const bool starts
                = (before.isEmpty() || before == QLatin1String(kSeparated)) && r.state != QLatin1String(kSeparated);
            if (const QStringList on = mountedOn(config, rv->id); starts && !on.isEmpty()) {
                fail(ErrorCode::NecStateInvalid,
                    {u"Replicate"_s, ldText(config, mv.id), rv->name, QString::fromLatin1(kSeparated),
                        u"%1 is mounted on %2 (site %3); flush and unmount it there first (iSMrc_flush, "
                        "iSMrc_umount)"_s.arg(rv->name, on.join(u", "_s), engine.siteName())});
            }
            config.relationships.insert(r.id, r);
            wanted.insert(r.id);
            if (replicate) {
                replicating.insert(senderId, r.id);
            }
            if (r.state == QLatin1String(kRplSync) || r.state == QLatin1String(kSepExec)) {
                settled.append(r.id);
            }
        }
        for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
            if (wanted.contains(it.value())) {
                continue;
            }
            const Relationship gone = config.relationships.take(it.value());
            detachRvRecord(ctx, gone);
            ctx.logEventOn(config.logicalDrives.value(gone.targetId).subsystemId, EventCode::NecPairUnset,
                EventSeverity::Informational,
                u"Pair %1 - %2"_s.arg(ldText(config, gone.sourceId), config.logicalDrives.value(gone.targetId).name),
                u"Pair canceled"_s,
                u"The engine of site %1 canceled the pair: %2 is an ordinary volume (IV) again."_s.arg(
                    peer, config.logicalDrives.value(gone.targetId).name));
        }
    });
    if (!result.ok()) {
        return IoStatus::failure(EPERM, result.error.message());
    }
    // The commit closed the RV of a pair whose Replicate starts to its hosts: once their writes in flight have
    // finished, what they changed is all in the record, for the sender to copy.
    QJsonArray changed;
    for (auto it = replicating.cbegin(); it != replicating.cend(); ++it) {
        const ObjectId rv = engine.configuration().relationships.value(it.value()).targetId;
        if (const auto io = engine.volumes().find(rv)) {
            const auto held = io->quiesce();
        }
        changed.append(QJsonObject {{u"pair"_s, it.key()}, {u"ranges"_s, rvRecordChanges(engine, it.value())}});
    }
    for (const ObjectId id : std::as_const(settled)) {
        clearRvRecordChanges(engine, id);
    }
    answer->insert(u"rvChanged"_s, changed);
    answer->insert(u"conflicts"_s, conflicts);
    return IoStatus::success();
}

} // namespace

bool managedHere(const Configuration& config, const Relationship& pair)
{
    return !Engine::isProxyDrive(config, pair.sourceId);
}

QString forceSeparateOnRvSide(CommandContext& ctx, Relationship& record, const QString& rvAccess)
{
    const QString site = Engine::peerOfDrive(ctx.config, record.sourceId);
    const QString mv = ldText(ctx.config, record.sourceId);
    const QString rv = ldText(ctx.config, record.targetId);
    // [SIM] As ESS's failover task: a site whose engine answers manages the pair. Not registered here, this engine
    // cannot ask it; the administrator's failover then stands.
    if (ctx.engine.peer(site)) {
        QJsonObject answer;
        const Error asked = Sites::ask(ctx.engine, site, {{u"op"_s, u"list"_s}}, &answer);
        if (asked.code != ErrorCode::PeerUnreachable) {
            fail(ErrorCode::NecStateInvalid,
                {u"Separate"_s, mv, rv, record.state,
                    u"the engine of site %1 answers, and it manages the pair: separate it there (Forced Separate "
                    "there if an ordinary one fails)"_s.arg(site)});
        }
    }
    if (record.state == QLatin1String(kSeparated)) {
        fail(ErrorCode::NecStateInvalid,
            {u"Separate"_s, mv, rv, record.state, u"the pair is already separated; the RV is usable"_s});
    }
    const QString from = record.state;
    record.state = QString::fromLatin1(kSeparated);
    record.stateReason
        = u"forced separate on the RV's disk array while the engine of site %1 could not be reached"_s.arg(site);
    setOption(record.options, u"rvacc"_s, rvAccess);
    setOption(record.options, u"rvuse"_s, {});
    setWord(record.options, u"rvSeparated"_s, true);
    ctx.logEventOn(ctx.config.logicalDrives.value(record.targetId).subsystemId, EventCode::NecSeparated,
        EventSeverity::Warning, u"Pair %1 - %2"_s.arg(mv, rv), u"Forced separate"_s,
        u"Forced separate in %1 on the RV's disk array, while the engine of site %2 could not be reached (a "
        "failover): %3 is usable (%4), and may lack what site %2 had not yet copied. What its hosts write is "
        "recorded; when site %2 is back, its pair is separated too, and its next Replicate copies the difference "
        "to %3."_s.arg(from, site, rv, rvAccess));
    return u"%1: separated on site %2 (Forced Separate while site %3 could not be reached)"_s.arg(
        rv, ctx.engine.siteName(), site);
}

void requireManagedHere(const Configuration& config, const Relationship& pair, const QString& operation)
{
    if (managedHere(config, pair)) {
        return;
    }
    fail(ErrorCode::NecStateInvalid,
        {operation, ldText(config, pair.sourceId), ldText(config, pair.targetId), pair.state,
            u"the MV is on the engine of site %1, which manages the pair: run the command there"_s.arg(
                Engine::peerOfDrive(config, pair.sourceId))});
}

QJsonArray pushPairs(CommandContext& ctx, ObjectId pairId, bool newPair)
{
    const bool replicate = !newPair && ctx.config.relationships.value(pairId).state == QLatin1String(kRplExec);
    const Relationship r = ctx.config.relationships.value(pairId);
    const QString site = rvSiteOf(ctx.config, r);
    if (site.isEmpty()) {
        return {};
    }
    Engine& engine = ctx.engine;
    QJsonObject answer;
    check(push(engine, ctx.config, site, &answer, pairId,
        newPair         ? Starting::PairSetting
            : replicate ? Starting::Replicate
                        : Starting::Nothing));
    // The poll tells the peer again whatever happens next; should this command still fail after the push, the peer
    // is told the pairs as they are again at once.
    pushes(engine).toldInCommand(ctx, site, [&engine, site]() {
        QJsonObject ignored;
        push(engine, engine.configuration(), site, &ignored);
    });
    for (const auto& v : answer.value(u"rvChanged"_s).toArray()) {
        if (v.toObject().value(u"pair"_s).toInteger() == pairId) {
            return v.toObject().value(u"ranges"_s).toArray();
        }
    }
    return {};
}

void pushChangedPairs(Engine& engine)
{
    const Configuration& config = engine.configuration();
    pushes(engine).poll(
        engine, [&config](const Relationship& r) { return rvSiteOf(config, r); },
        [&config](const QString& site) { return QJsonDocument(pairRows(config, site)).toJson(QJsonDocument::Compact); },
        [&engine, &config](const QString& site) {
            QJsonObject answer;
            if (push(engine, config, site, &answer).isError()) {
                return Sites::PairPushes::Outcome::Failed;
            }
            if (!answer.value(u"conflicts"_s).toArray().isEmpty()) {
                separateConflicts(engine, answer); // changes the rows: the next poll tells the peer
                return Sites::PairPushes::Outcome::Changed;
            }
            return Sites::PairPushes::Outcome::Told;
        });
}

bool takesRemoteFrames(const Relationship& record)
{
    // Separated, the RV is its hosts' (RW or RO): no copy of the MV's reaches it, not even a late one.
    return record.kind != QLatin1String(kPair) || record.state != QLatin1String(kSeparated);
}

void registerPeerOps(Engine& engine)
{
    pushes(engine).reset(engine);
    Sites::handle(QString::fromLatin1(kApplyOp), &answerApply);
}

} // namespace Copyline::Nec
