// SPDX-License-Identifier: GPL-3.0-or-later
// ESS PPRC across engines (issue 17): a pair whose secondary volume is on an ESS another engine serves (a proxy,
// engine/service/enginesites.cpp). The primary's engine manages the pair, as the primary ESS does (spec §2.4: the
// tasks run on the source storage server); its frames reach the secondary through the proxy volume, over the
// replication wire. The secondary's engine keeps a read-only copy of the pair's record, pushed by the primary's
// engine: that copy locks the volume for its hosts (spec §4.5), opens it to the primary's frames, and shows the pair
// in its panels.
//
//   Control request "ess.pprc.apply": {name, subsystems: the primary ESSs as listed, pairs: [relationship rows in the
//   sender's ids, the target in the receiver's]}. The receiver checks new secondaries as Establish does (size,
//   FlashCopy target, another pair, online to a host), keeps the rows it is sent, and ends the pairs the sender no
//   longer lists. The whole list goes each time: a lost push is made good by the next.
//
// [SIM decision] The pushes: at once inside Establish (the peer's refusal fails the command, nothing is created),
// and from the family's poll for every later change (suspend, Duplex reached, terminate, a link cut), within a
// second, again after 1 to 5 s while the peer cannot be reached or is busy. A secondary's record on its engine is never
// changed by a command there: the pair's commands run on the primary's engine (the primary ESS), which the refusal
// names.
#include "families/ess/commands.h"
#include "families/ess/models.h"
#include "families/ess/pprc.h"
#include "service/engine.h"
#include "service/pairpushes.h"
#include "service/sites.h"
#include "storage/fields.h"
#include "util/bytesize.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Ess
{

namespace
{

constexpr auto kApplyOp = "ess.pprc.apply";

/** What the poll last told each peer (the pairs' rows as sent); setting ess.pprc.told keeps the sites told. */
Sites::PairPushes& pushes(Engine& engine)
{
    return Sites::PairPushes::of(engine, u"ess.pprc.told"_s);
}

/** The site whose engine serves the target of @p r, a PPRC pair managed here; empty for any other relationship. */
QString targetSite(const Configuration& config, const Relationship& r)
{
    return r.kind == QLatin1String(kPprc) && managedHere(config, r) ? Engine::peerOfDrive(config, r.targetId)
                                                                    : QString();
}

/** The pairs managed here whose target @p site serves, as rows for it: the target in its ids. */
QJsonArray pairRows(const Configuration& config, const QString& site, const QSet<ObjectId>& permitOnline)
{
    QJsonArray rows;
    for (const Relationship& r : config.relationships) {
        if (targetSite(config, r) != site || r.hasOption(u"sourceSimplex"_s)) {
            continue; // a pair terminated on its source alone is the target's to end (terminate scheduleOn=target)
        }
        Relationship sent = r;
        sent.targetId = config.logicalDrives.value(r.targetId).remoteId;
        sent.mapFile.clear();
        QJsonObject row = QJsonObject::fromVariantMap(toRow(sent));
        if (permitOnline.contains(r.id)) {
            row.insert(u"permitIfTargetOnline"_s, true);
        }
        rows.append(row);
    }
    return rows;
}

QSet<ObjectId> sourceServers(const Configuration& config, const QString& site)
{
    QSet<ObjectId> ids;
    for (const Relationship& r : config.relationships) {
        if (targetSite(config, r) == site) {
            ids.insert(config.logicalDrives.value(r.sourceId).subsystemId);
        }
    }
    return ids;
}

/**
 * Sends @p site the pairs toward it. @p conflicts (when given): the pairs it keeps against what was sent, by this
 * engine's relationship id, with its reason: their target was terminated there by the failover task.
 */
Error push(Engine& engine,
    const Configuration& config,
    const QString& site,
    const QSet<ObjectId>& permitOnline = {},
    QHash<ObjectId, QString>* conflicts = nullptr)
{
    const QJsonObject request {{u"op"_s, QString::fromLatin1(kApplyOp)}, {u"name"_s, engine.siteName()},
        {u"subsystems"_s, Sites::listing(engine, sourceServers(config, site))},
        {u"pairs"_s, pairRows(config, site, permitOnline)}};
    QJsonObject answer;
    Error err = Sites::ask(engine, site, request, &answer);
    if (conflicts != nullptr) {
        for (const auto& v : answer.value(u"conflicts"_s).toArray()) {
            conflicts->insert(v.toObject().value(u"pair"_s).toInteger(), v.toObject().value(u"reason"_s).toString());
        }
    }
    return err;
}

/** The pairs the peer keeps against this engine's records are suspended here, with its reason (engine thread). */
void suspendConflicts(Engine& engine, const QHash<ObjectId, QString>& conflicts)
{
    engine.runInternal(0, [&conflicts](CommandContext& ctx) {
        for (auto it = conflicts.cbegin(); it != conflicts.cend(); ++it) {
            const auto r = ctx.config.relationships.constFind(it.key());
            if (r != ctx.config.relationships.cend() && r->state != QLatin1String(kSuspended)) {
                suspendPairs(ctx, {it.key()}, it.value(), false);
            }
        }
    });
}

QString volumeText(const Configuration& config, ObjectId id)
{
    const LogicalDrive v = config.logicalDrives.value(id);
    return u"%1 (ESS %2)"_s.arg(v.name, config.subsystems.value(v.subsystemId).name);
}

/** Fails unless @p target may become the secondary of @p source, which another engine serves (as Establish checks). */
void checkSecondary(
    const Configuration& config, const LogicalDrive& source, const LogicalDrive& target, bool permitOnline)
{
    const QString pair = u"%1 -> %2"_s.arg(source.name, target.name);
    if (target.capacity < source.capacity) {
        fail(ErrorCode::EssTargetTooSmall,
            {target.name, formatGb(target.capacity), source.name, formatGb(source.capacity)});
    }
    if (const Relationship* fc = flashCopyOf(config, target.id); fc != nullptr && fc->targetId == target.id) {
        fail(ErrorCode::EssPprcInvalid,
            {pair,
                u"%1 is the target of a FlashCopy from %2; withdraw it first"_s.arg(
                    target.name, config.logicalDrives.value(fc->sourceId).name)});
    }
    if (const Relationship* other = pprcOf(config, target.id)) {
        const ObjectId partner = other->sourceId == target.id ? other->targetId : other->sourceId;
        fail(ErrorCode::EssPprcInvalid,
            {pair,
                u"%1 is already in a PPRC pair with %2"_s.arg(target.name, config.logicalDrives.value(partner).name)});
    }
    if (const QString host = mountedOn(config, target.id); !host.isEmpty() && !permitOnline) {
        fail(ErrorCode::EssTargetOnline, {target.name, host});
    }
}

/** "ess.pprc.apply" on the secondary's engine: the pairs of @p peer's primaries whose targets are served here. */
IoStatus answerApply(Engine& engine, const QString& peer, const QJsonObject& request, QJsonObject* answer)
{
    const QJsonArray listed = request.value(u"subsystems"_s).toArray();
    const QJsonArray rows = request.value(u"pairs"_s).toArray();
    QJsonArray conflicts;
    const CommandResult result = engine.runInternal(0, [&](CommandContext& ctx) {
        Configuration& config = ctx.config;
        Sites::mergeListed(config, peer, listed);
        const Sites::ProxyIds proxies = Sites::proxyIds(config, peer);
        // The records this engine keeps for the peer's pairs, by their two volumes.
        QHash<std::pair<ObjectId, ObjectId>, ObjectId> kept;
        for (const Relationship& r : std::as_const(config.relationships)) {
            if (r.kind == QLatin1String(kPprc) && Engine::peerOfDrive(config, r.sourceId) == peer
                && !Engine::isProxyDrive(config, r.targetId)) {
                kept.insert({r.sourceId, r.targetId}, r.id);
            }
        }
        QSet<ObjectId> wanted;
        for (const auto& value : rows) {
            const QJsonObject row = value.toObject();
            auto r = fromRow<Relationship>(row.toVariantMap());
            const ObjectId senderId = r.id;
            r.kind = QString::fromLatin1(kPprc);
            r.sourceId = proxies.drives.value(r.sourceId, 0);
            const auto target = config.logicalDrives.constFind(r.targetId);
            if (r.sourceId == 0 || !proxies.subsystems.contains(r.subsystemId)) {
                fail(ErrorCode::EssPprcInvalid,
                    {u"a pair from site %1"_s.arg(peer), u"it names a volume that site %1 did not list"_s.arg(peer)});
            }
            if (target == config.logicalDrives.cend() || Engine::isProxyDrive(config, r.targetId)
                || config.subsystems.value(target->subsystemId).family != QLatin1String(kFamily)) {
                fail(ErrorCode::EssPprcInvalid,
                    {u"a pair from site %1"_s.arg(peer),
                        u"no ESS volume of id %1 is served by the engine of site %2; refresh the remote engine "
                        "(copylinectl --refresh-peer) and choose a volume it lists"_s.arg(r.targetId)
                            .arg(engine.siteName())});
            }
            const LogicalDrive source = config.logicalDrives.value(r.sourceId);
            const ObjectId existing = kept.value({r.sourceId, r.targetId}, 0);
            r.mapFile.clear();
            // This engine's record, on its own ESS: a command here may end the pair on the target (terminate()).
            r.subsystemId = target->subsystemId;
            if (existing != 0 && config.relationships.value(existing).hasOption(u"targetSimplex"_s)) {
                // The failover task ended the pair here while the sender could not be reached: hosts may have
                // written the volume since, and no frame of the sender may reach it. The record stays as it is; the
                // sender hears why, and suspends (or may not resynchronize) its side.
                const Relationship& here = config.relationships[existing];
                wanted.insert(existing);
                if (r.state != QLatin1String(kSuspended)) {
                    conflicts.append(QJsonObject {{u"pair"_s, senderId},
                        {u"reason"_s,
                            u"%1 was terminated on the target storage server of site %2 while site %3 could not be "
                            "reached (the failover task), and its hosts may have written it since. Terminate the "
                            "pair on site %3, then establish it again from the site whose data is to be kept"_s.arg(
                                volumeText(config, here.targetId), engine.siteName(), peer)}});
                }
                continue;
            }
            if (existing == 0) {
                checkSecondary(config, source, *target, row.value(u"permitIfTargetOnline"_s).toBool());
                r.id = config.allocateId();
                ctx.logEventOn(target->subsystemId, EventCode::EssPprcEstablished, EventSeverity::Informational,
                    u"PPRC copy pairs"_s, u"Establish PPRC copy pair"_s,
                    u"%1 is now the PPRC secondary of %2 on the engine of site %3, which manages the pair; hosts "
                    "cannot read or write it until the pair is terminated."_s.arg(
                        volumeText(config, target->id), volumeText(config, source.id), peer));
            } else {
                r.id = existing;
            }
            config.relationships.insert(r.id, r);
            wanted.insert(r.id);
        }
        for (auto it = kept.cbegin(); it != kept.cend(); ++it) {
            if (wanted.contains(it.value())) {
                continue;
            }
            const Relationship gone = config.relationships.take(it.value());
            ctx.logEventOn(config.logicalDrives.value(gone.targetId).subsystemId, EventCode::EssPprcTerminated,
                EventSeverity::Informational, u"PPRC copy pairs"_s, u"Terminate PPRC copy pair"_s,
                u"The engine of site %1 terminated the pair %2 -> %3: %3 is simplex, and hosts may use it "
                "again."_s.arg(peer, volumeText(config, gone.sourceId), volumeText(config, gone.targetId)));
        }
    });
    if (!result.ok()) {
        return IoStatus::failure(EPERM, result.error.message());
    }
    answer->insert(u"conflicts"_s, conflicts);
    return IoStatus::success();
}

} // namespace

bool managedHere(const Configuration& config, const Relationship& r)
{
    return !Engine::isProxyDrive(config, r.sourceId);
}

void pushNewPairs(CommandContext& ctx, const QList<ObjectId>& ids, bool permitOnline)
{
    QSet<QString> sites;
    QSet<ObjectId> permit;
    for (const ObjectId id : ids) {
        const Relationship r = ctx.config.relationships.value(id);
        if (const QString site = Engine::peerOfDrive(ctx.config, r.targetId); !site.isEmpty()) {
            sites.insert(site);
            if (permitOnline) {
                permit.insert(id);
            }
        }
    }
    Engine& engine = ctx.engine;
    for (const QString& site : std::as_const(sites)) {
        // The peer checks its volume and takes the record now, or nothing is created. Should this command still fail
        // after that (the catalog cannot be written), the peer is told the pairs as they are again.
        QHash<ObjectId, QString> conflicts;
        check(push(engine, ctx.config, site, permit, &conflicts));
        // The poll tells the peer again whatever happens next (even a terminate before its next tick): a site
        // stays in the poll's list until it has been told of no pairs.
        pushes(engine).toldInCommand(ctx, site, [&engine, site]() { push(engine, engine.configuration(), site); });
        for (const ObjectId id : ids) {
            if (conflicts.contains(id)) {
                const Relationship r = ctx.config.relationships.value(id);
                fail(ErrorCode::EssPprcInvalid,
                    {u"%1 -> %2"_s.arg(partnerId(ctx.config, r.sourceId), partnerId(ctx.config, r.targetId)),
                        conflicts.value(id)});
            }
        }
    }
}

void pushChangedPairs(Engine& engine)
{
    const Configuration& config = engine.configuration();
    pushes(engine).poll(
        engine, [&config](const Relationship& r) { return targetSite(config, r); },
        [&config](
            const QString& site) { return QJsonDocument(pairRows(config, site, {})).toJson(QJsonDocument::Compact); },
        [&engine, &config](const QString& site) {
            QHash<ObjectId, QString> conflicts;
            if (push(engine, config, site, {}, &conflicts).isError()) {
                return Sites::PairPushes::Outcome::Failed;
            }
            if (!conflicts.isEmpty()) {
                suspendConflicts(engine, conflicts); // changes the rows: the next poll tells the peer
                return Sites::PairPushes::Outcome::Changed;
            }
            return Sites::PairPushes::Outcome::Told;
        });
}

QString terminateAcrossEngines(CommandContext& ctx, ObjectId pairId, bool onTarget)
{
    Relationship& r = ctx.config.relationships[pairId];
    const QString site = Engine::peerOfDrive(ctx.config, r.sourceId);
    const QString text = u"%1 -> %2"_s.arg(partnerId(ctx.config, r.sourceId), partnerId(ctx.config, r.targetId));
    if (!onTarget) {
        fail(ErrorCode::EssPprcInvalid,
            {text,
                u"its primary volume is on the engine of site %1, which manages the pair: terminate it there. Only "
                "while site %1 cannot be reached may it be terminated here, scheduled with the target storage "
                "server (scheduleOn=target: the failover task)"_s.arg(site)});
    }
    if (r.hasOption(u"targetSimplex"_s)) {
        return u"%1: %2 simplex already"_s.arg(text, partnerId(ctx.config, r.targetId));
    }
    // [SIM decision] As the target ESS ends a pair alone only when its paths to the source are gone (seed L4418):
    // a site whose engine answers manages the pair. Not registered here, this engine cannot ask it; the
    // administrator's failover then stands, and the record keeps its frames away from now on.
    if (ctx.engine.peer(site)) {
        QJsonObject answer;
        const Error asked = Sites::ask(ctx.engine, site, {{u"op"_s, u"list"_s}}, &answer);
        if (asked.code != ErrorCode::PeerUnreachable) {
            fail(ErrorCode::EssPprcInvalid,
                {text,
                    u"the engine of site %1 answers, and it manages the pair: terminate it there (both volumes "
                    "become simplex)"_s.arg(site)});
        }
    }
    QStringList words = r.options.split(u' ', Qt::SkipEmptyParts);
    words.append(u"targetSimplex"_s);
    r.options = words.join(u' ');
    r.state = QString::fromLatin1(kSuspended);
    r.stateReason = u"terminated on the target storage server while the engine of site %1 could not be reached "
                    "(the failover task)"_s.arg(site);
    return u"%1: %2 simplex, usable by hosts; %3 stays suspended on site %4, recording its updates (site %4 could "
           "not be reached)"_s.arg(text, partnerId(ctx.config, r.targetId), partnerId(ctx.config, r.sourceId), site);
}

void registerPeerOps(Engine& engine)
{
    // A workspace opened: every site told of pairs and not yet of none hears of them again, even of none (a
    // terminate it missed before this engine stopped).
    pushes(engine).reset(engine);
    Sites::handle(QString::fromLatin1(kApplyOp), &answerApply);
}

} // namespace Copyline::Ess
