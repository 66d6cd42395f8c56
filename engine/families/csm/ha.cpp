// SPDX-License-Identifier: GPL-3.0-or-later
// Copy Services Manager high availability (spec CSM §7.2, §5.7; seed 003 L1365-1386, L3521-3547, L3671-3790): an
// active management server and a standby on another engine (issue 17, engines per site).
//
//   HA definition      -> setting csm.ha of each engine: {"role": "ACTIVE"|"STANDBY", "partner": peer, "status"}
//   Define Standby     -> csmSetStandby (csmcli setstdby): the active sends its whole CSM data (Control request
//                         "csm.standby", define=true); the standby's CSM configuration is overwritten with it
//   replication        -> the active's poll sends the data again whenever it changed (define=false); a standby takes
//                         it only from its own active
//   Set this Server as Standby -> csmSetServerAsStandby (csmcli setasstdby) on the server that is to be the standby:
//                         it asks the active for its data (Control request "csm.standby.request"), keeps it, and
//                         then the active records it as its standby ("confirm")
//   Reconnect          -> csmReconnect (csmcli reconnect) on the active: its Disconnected standby is sent everything
//                         now
//   Takeover           -> csmTakeover (csmcli hatakeover) on the standby: it becomes the active, stand-alone; its
//                         copy of the sessions is its own from then on. No automatic failover or failback (§7.2).
//   Remove Active      -> csmRemoveActive (csmcli rmactive) [EXT: not in the seed; the real CSM's command and GUI
//                         action]: on a standby whose active is not synchronized with it (it cannot be reached, or
//                         it removed its standby or has another one): the standby forgets it and is stand-alone with
//                         the sessions it last received. Synchronized, takeover is the way (the real CSM's rule); the
//                         standby asks the active ("csm.ha.state") to know.
//   the old active     -> its next push is refused (the other took over): it shows "Disconnected Consistent" and its
//                         sessions are not actual (L3764-3766); the revert is the seed's five steps
//
// The sessions name their volumes by logical drive id. Those ids are each engine's own, so the data crosses as the
// engine that serves each volume and the volume's id there; the standby finds its own drives and the proxies
// (engines per site) of the active's. A copy set whose volumes the standby cannot see is not replicated, and the
// answer (and a console message on both servers) says which.
#include "families/csm/csm.h"
#include "service/engine.h"
#include "service/sites.h"
#include "storage/fields.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Csm
{

namespace
{

constexpr auto kHaSetting = "csm.ha";
constexpr auto kReplicaOp = "csm.standby";
constexpr auto kRequestOp = "csm.standby.request";
constexpr auto kStateOp = "csm.ha.state";
const QString kActive = u"ACTIVE"_s;
const QString kStandby = u"STANDBY"_s;
const QString kSynchronized = u"Synchronized"_s;
const QString kDisconnected = u"Disconnected"_s;
const QString kDisconnectedConsistent = u"Disconnected Consistent"_s;
/** The standby's refusal of a push that is not its active's: the old active reads it to know it was taken over. */
const QString kNotTheStandby = u"it is not the standby of that server"_s;

struct Ha
{
    QString role = kActive;
    QString partner; /**< the standby (on the active) or the active (on the standby); empty: stand-alone */
    QString status;
};

Ha haOf(const Engine& engine)
{
    const QJsonObject o = QJsonDocument::fromJson(engine.setting(QString::fromLatin1(kHaSetting)).toUtf8()).object();
    Ha ha;
    if (o.value(u"role"_s).toString() == kStandby) {
        ha.role = kStandby;
    }
    ha.partner = o.value(u"partner"_s).toString();
    ha.status = o.value(u"status"_s).toString();
    return ha;
}

Error setHa(Engine& engine, const Ha& ha)
{
    const QJsonObject o {{u"role"_s, ha.role}, {u"partner"_s, ha.partner}, {u"status"_s, ha.status}};
    return engine.setSetting(
        QString::fromLatin1(kHaSetting), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

/** A volume as every engine can name it: the engine that serves it, and its id there. */
QJsonObject volumeRef(Engine& engine, const Configuration& config, ObjectId id)
{
    const LogicalDrive ld = config.logicalDrives.value(id);
    if (ld.remoteId == 0) {
        return {{u"engine"_s, engine.engineId()}, {u"drive"_s, id}};
    }
    const auto p = engine.peer(config.subsystems.value(ld.subsystemId).peer);
    return {{u"engine"_s, p ? p->engine : QString()}, {u"drive"_s, ld.remoteId}};
}

/** This engine's drive for @p ref (its own, or its proxy of a peer's), or 0. @p sender names the asking engine. */
ObjectId volumeOf(Engine& engine,
    const Configuration& config,
    const QJsonObject& ref,
    const QString& senderEngine,
    const QString& senderName)
{
    const QString owner = ref.value(u"engine"_s).toString();
    const ObjectId id = ref.value(u"drive"_s).toInteger();
    if (owner == engine.engineId()) {
        return config.logicalDrives.contains(id) && config.logicalDrives.value(id).remoteId == 0 ? id : 0;
    }
    QSet<QString> names;
    for (const Engine::Peer& p : engine.peers()) {
        if (p.engine == owner) {
            names.insert(p.name);
        }
    }
    if (owner == senderEngine) {
        names.insert(senderName); // a sender that is not registered here names its proxies itself
    }
    for (const LogicalDrive& ld : config.logicalDrives) {
        if (ld.remoteId == id && names.contains(config.subsystems.value(ld.subsystemId).peer)) {
            return ld.id;
        }
    }
    return 0;
}

/** The manager's data as it crosses to the standby: sessions with their copy sets, and the manager's users. */
QJsonObject replicaOf(Engine& engine, const Configuration& config)
{
    QJsonArray sessions;
    for (const CsmSession& s : config.csmSessions) {
        QJsonObject o = QJsonObject::fromVariantMap(toRow(s));
        QJsonArray sets;
        for (const CsmCopySet& c : copySetsOf(config, s.id)) {
            QJsonObject roles;
            const Volumes v = parseVolumes(c.volumes);
            for (auto it = v.byRole.cbegin(); it != v.byRole.cend(); ++it) {
                roles.insert(it.key(), volumeRef(engine, config, it.value()));
            }
            sets.append(QJsonObject {{u"active"_s, c.active}, {u"roles"_s, roles}});
        }
        o.insert(u"copySets"_s, sets);
        sessions.append(o);
    }
    QJsonArray users;
    for (const User& u : config.users) {
        if (u.scope == QLatin1String(kScope)) {
            users.append(QJsonObject::fromVariantMap(toRow(u)));
        }
    }
    return {{u"sessions"_s, sessions}, {u"users"_s, users}};
}

/** The seed's way back for a server that @p partner took over from (L3769-3790), as the messages say it. */
QString wayBack(const QString& partner)
{
    return u"remove the standby definition (rmstdby), set this server as the standby of %1 (setasstdby), take over "
           "here (hatakeover) and define %1 as the standby again (setstdby)"_s.arg(partner);
}

/** What each engine last sent its standby, so the poll sends only changes (by engine: tests run several). */
QHash<const Engine*, QByteArray>& lastSent()
{
    static QHash<const Engine*, QByteArray> sent;
    return sent;
}

/** Sends the manager's data to @p partner; its answer, or the error. */
Error push(Engine& engine, const QString& partner, bool define, QJsonObject* answer)
{
    const QJsonObject replica = replicaOf(engine, engine.configuration());
    QJsonObject request = replica;
    request.insert(u"op"_s, QString::fromLatin1(kReplicaOp));
    request.insert(u"define"_s, define);
    request.insert(u"name"_s, engine.siteName());
    Error err = Sites::ask(engine, partner, request, answer);
    if (!err.isError()) {
        lastSent().insert(&engine, QJsonDocument(replica).toJson(QJsonDocument::Compact));
    }
    return err;
}

/** What a standby kept of the active's data. */
struct Applied
{
    int sessions = 0;
    int copySets = 0;
    QJsonArray skipped; /**< the copy sets it cannot see, one line each */
};

/**
 * Replaces the manager's sessions, copy sets and users of @p ctx with @p data, the manager's data of @p peer (whose
 * engine id is @p senderEngine). Defining a standby overwrites its whole configuration (L1377, L3538), and every
 * later copy replaces it.
 */
Applied applyReplica(CommandContext& ctx, const QJsonObject& data, const QString& senderEngine, const QString& peer)
{
    Engine& engine = ctx.engine;
    Configuration& config = ctx.config;
    Applied applied;
    config.csmSessions.clear();
    config.csmCopySets.clear();
    for (auto it = config.users.begin(); it != config.users.end();) {
        it = it->scope == QLatin1String(kScope) ? config.users.erase(it) : std::next(it);
    }
    for (const auto& v : data.value(u"users"_s).toArray()) {
        auto u = fromRow<User>(v.toObject().toVariantMap());
        u.id = config.allocateId();
        config.users.insert(u.id, u);
    }
    for (const auto& v : data.value(u"sessions"_s).toArray()) {
        const QJsonObject o = v.toObject();
        auto s = fromRow<CsmSession>(o.toVariantMap());
        s.id = config.allocateId();
        config.csmSessions.insert(s.id, s);
        ++applied.sessions;
        for (const auto& setValue : o.value(u"copySets"_s).toArray()) {
            const QJsonObject set = setValue.toObject();
            const QJsonObject roles = set.value(u"roles"_s).toObject();
            Volumes volumes;
            QStringList missing;
            for (auto r = roles.constBegin(); r != roles.constEnd(); ++r) {
                const ObjectId id = volumeOf(engine, config, r->toObject(), senderEngine, peer);
                if (id == 0) {
                    missing.append(r.key());
                }
                volumes.byRole.insert(r.key(), id);
            }
            if (!missing.isEmpty()) {
                applied.skipped.append(
                    u"a copy set of session %1 (%2: not seen by this server)"_s.arg(s.name, missing.join(u", "_s)));
                continue;
            }
            CsmCopySet c;
            c.id = config.allocateId();
            c.sessionId = s.id;
            c.h1Id = volumes.byRole.value(u"H1"_s);
            c.volumes = formatVolumes(volumes);
            c.active = set.value(u"active"_s).toBool();
            config.csmCopySets.insert(c.id, c);
            ++applied.copySets;
        }
    }
    return applied;
}

/** The messages of a server that became the standby of @p peer, and of what it could not keep. */
void reportStandby(CommandContext& ctx, const QString& peer, const Applied& applied, bool defined)
{
    if (defined) {
        message(ctx, {}, u"IWNR3030I"_s,
            u"This server is now the standby management server of %1: it keeps a copy of its %2 session(s) and "
            "runs no commands until it takes over."_s.arg(peer)
                .arg(applied.sessions));
    }
    for (const auto& s : applied.skipped) {
        message(ctx, {}, u"IWNR3031W"_s, u"Not replicated from %1: %2."_s.arg(peer, s.toString()));
    }
}

/** "csm.standby": the active's data; on define, this server becomes its standby (its own data overwritten). */
IoStatus answerReplica(Engine& engine, const QString& peer, const QJsonObject& request, QJsonObject* answer)
{
    const Ha ha = haOf(engine);
    const bool define = request.value(u"define"_s).toBool();
    if (define) {
        // The server this one was the active of may define it as its standby: that is the seed's way back after a
        // takeover (L3790), this server being the old active.
        if (ha.role == kActive && !ha.partner.isEmpty() && ha.partner != peer) {
            return IoStatus::failure(EPERM,
                u"it is the active management server of the standby %1: remove that standby there first "
                "(rmstdby)"_s.arg(ha.partner));
        }
    } else if (ha.role != kStandby || ha.partner != peer) {
        return IoStatus::failure(EPERM, kNotTheStandby);
    }
    Applied applied;
    const CommandResult result = engine.runInternal(0, [&](CommandContext& ctx) {
        applied = applyReplica(ctx, request, request.value(u"from"_s).toString(), peer);
        reportStandby(ctx, peer, applied, define);
    });
    if (!result.ok()) {
        return IoStatus::failure(EIO, result.error.message());
    }
    if (const Error err = setHa(engine, {kStandby, peer, kSynchronized}); err.isError()) {
        return IoStatus::failure(EIO, err.message());
    }
    answer->insert(u"sessions"_s, applied.sessions);
    answer->insert(u"copySets"_s, applied.copySets);
    answer->insert(u"skipped"_s, applied.skipped);
    return IoStatus::success();
}

/**
 * "csm.standby.request" (Set this Server as Standby, on the other server): this active server's data for the asking
 * server; with "confirm", the asking server kept it and is this server's standby from now on.
 */
IoStatus answerStandbyRequest(Engine& engine, const QString& peer, const QJsonObject& request, QJsonObject* answer)
{
    const Ha ha = haOf(engine);
    if (ha.role == kStandby) {
        return IoStatus::failure(EPERM,
            u"it is the standby management server of %1: set this server as the standby of the active one"_s.arg(
                ha.partner));
    }
    if (!ha.partner.isEmpty() && ha.partner != peer) {
        return IoStatus::failure(
            EPERM, u"it has the standby %1 already: remove that standby there first (rmstdby)"_s.arg(ha.partner));
    }
    if (!request.value(u"confirm"_s).toBool()) {
        *answer = replicaOf(engine, engine.configuration());
        answer->insert(u"from"_s, engine.engineId());
        return IoStatus::success();
    }
    if (const Error err = setHa(engine, {kActive, peer, kSynchronized}); err.isError()) {
        return IoStatus::failure(EIO, err.message());
    }
    lastSent().remove(&engine); // the poll sends everything once more: a change since the request reaches it too
    engine.runInternal(0, [&](CommandContext& ctx) {
        message(ctx, {}, u"IWNR3032I"_s,
            u"Server %1 set itself as the standby management server of this server, and holds a copy of its "
            "sessions."_s.arg(peer));
    });
    return IoStatus::success();
}

/** "csm.ha.state": whether this server is the active one of the asking standby, and synchronized with it. */
IoStatus answerState(Engine& engine, const QString& peer, const QJsonObject& request, QJsonObject* answer)
{
    Q_UNUSED(request)
    const Ha ha = haOf(engine);
    answer->insert(u"synchronized"_s, ha.role == kActive && ha.partner == peer && ha.status == kSynchronized);
    answer->insert(u"role"_s, ha.role);
    answer->insert(u"standby"_s, ha.role == kActive ? ha.partner : QString());
    return IoStatus::success();
}

/** The -server argument: a registered remote engine, whose manager is the other management server. */
QString registeredServer(CommandContext& ctx)
{
    const QString server = ctx.args.string(u"server"_s);
    if (!ctx.engine.peer(server)) {
        fail(ErrorCode::CsmHaInvalid,
            {server,
                u"no remote engine of that name is registered here; register its engine first (copylinectl "
                "--add-peer %1 --peer-address HOST:PORT --peer-key-file FILE)"_s.arg(server)});
    }
    return server;
}

void setStandby(CommandContext& ctx)
{
    authorize(ctx, Right::ManageServers, {}, u"define a standby management server"_s);
    Engine& engine = ctx.engine;
    const QString server = registeredServer(ctx);
    const Ha ha = haOf(engine);
    if (ha.role == kStandby) {
        fail(ErrorCode::CsmStandbyServer, {ha.partner});
    }
    if (!ha.partner.isEmpty() && ha.partner != server) {
        fail(ErrorCode::CsmHaInvalid,
            {server, u"this server already has the standby %1; remove it first (rmstdby)"_s.arg(ha.partner)});
    }
    QJsonObject answer;
    if (const Error err = push(engine, server, true, &answer); err.isError()) {
        fail(ErrorCode::CsmHaInvalid, {server, err.message()});
    }
    check(setHa(engine, {kActive, server, kSynchronized}));
    const QJsonArray skipped = answer.value(u"skipped"_s).toArray();
    message(ctx, {}, u"IWNR3032I"_s,
        u"Server %1 is the standby management server now: it holds a copy of %2 session(s) and %3 copy set(s)."_s
            .arg(server)
            .arg(answer.value(u"sessions"_s).toInt())
            .arg(answer.value(u"copySets"_s).toInt()));
    for (const auto& s : skipped) {
        message(ctx, {}, u"IWNR3031W"_s, u"Not replicated to %1: %2."_s.arg(server, s.toString()));
    }
    ctx.data.insert(u"message"_s,
        u"IWNR3032I Server %1 is the standby management server now (%2 session(s), %3 copy set(s) copied%4)."_s
            .arg(server)
            .arg(answer.value(u"sessions"_s).toInt())
            .arg(answer.value(u"copySets"_s).toInt())
            .arg(skipped.isEmpty() ? QString() : u"; %1 not replicated"_s.arg(skipped.size())));
    ctx.data.insert(u"skipped"_s, skipped);
}

/**
 * Set this Server as Standby (seed L3529, L3772; csmcli setasstdby [EXT]): this server becomes the standby of the
 * active server @p server, its own configuration overwritten with that server's. Its data is asked for first and
 * kept in this command's transaction; the active server records its standby only after that (a refusal there
 * leaves this server as it was).
 */
void setServerAsStandby(CommandContext& ctx)
{
    authorize(ctx, Right::ManageServers, {}, u"set this server as a standby management server"_s);
    Engine& engine = ctx.engine;
    const QString server = registeredServer(ctx);
    const Ha ha = haOf(engine);
    if (ha.role == kStandby && ha.partner != server) {
        fail(ErrorCode::CsmStandbyServer, {ha.partner});
    }
    if (ha.role == kActive && !ha.partner.isEmpty()) {
        fail(ErrorCode::CsmHaInvalid,
            {engine.siteName(),
                u"it is the active management server of the standby %1; remove that standby first (rmstdby)"_s.arg(
                    ha.partner)});
    }
    const QJsonObject request {{u"op"_s, QString::fromLatin1(kRequestOp)}, {u"name"_s, engine.siteName()}};
    QJsonObject data;
    if (const Error err = Sites::ask(engine, server, request, &data); err.isError()) {
        fail(ErrorCode::CsmHaInvalid, {server, err.message()});
    }
    const Applied applied = applyReplica(ctx, data, data.value(u"from"_s).toString(), server);
    QJsonObject confirmRequest = request;
    confirmRequest.insert(u"confirm"_s, true);
    QJsonObject confirmed;
    if (const Error err = Sites::ask(engine, server, confirmRequest, &confirmed); err.isError()) {
        fail(ErrorCode::CsmHaInvalid, {server, err.message()});
    }
    check(setHa(engine, {kStandby, server, kSynchronized}));
    reportStandby(ctx, server, applied, true);
    ctx.data.insert(u"message"_s,
        u"IWNR3038I This server is the standby management server of %1 now (%2 session(s), %3 copy set(s) copied%4)."_s
            .arg(server)
            .arg(applied.sessions)
            .arg(applied.copySets)
            .arg(applied.skipped.isEmpty() ? QString() : u"; %1 not replicated"_s.arg(applied.skipped.size())));
    ctx.data.insert(u"skipped"_s, applied.skipped);
}

void takeover(CommandContext& ctx)
{
    authorize(ctx, Right::ManageServers, {}, u"take over as the active management server"_s);
    const Ha ha = haOf(ctx.engine);
    if (ha.role != kStandby) {
        fail(ErrorCode::CsmHaInvalid,
            {ctx.engine.siteName(), u"it is the active management server already: there is nothing to take over"_s});
    }
    check(setHa(ctx.engine, {kActive, {}, {}}));
    message(ctx, {}, u"IWNR3033I"_s,
        u"This server took over from %1: it is the active management server now, stand-alone, and its sessions are "
        "the ones it last received. Define a standby again with setstdby."_s.arg(ha.partner));
    ctx.data.insert(u"message"_s,
        u"IWNR3033I This server took over from %1 and is the active management server now."_s.arg(ha.partner));
}

/**
 * Remove Active (csmcli rmactive [-server active]) [EXT]: on the standby, only while it and its active are not
 * synchronized; it is then stand-alone, with the sessions it last received.
 */
void removeActive(CommandContext& ctx)
{
    authorize(ctx, Right::ManageServers, {}, u"remove the active management server"_s);
    const QString named = ctx.args.string(u"server"_s, {});
    ctx.args.finish();
    Engine& engine = ctx.engine;
    const Ha ha = haOf(engine);
    if (ha.role != kStandby) {
        fail(ErrorCode::CsmHaInvalid,
            {engine.siteName(),
                u"it is no standby management server, so it has no active server to remove (rmactive runs on the "
                "standby; on the active server, rmstdby removes its standby)"_s});
    }
    if (!named.isEmpty() && named != ha.partner) {
        fail(ErrorCode::CsmHaInvalid,
            {named, u"it is not the active management server of this server; %1 is"_s.arg(ha.partner)});
    }
    QJsonObject answer;
    const Error asked = Sites::ask(engine, ha.partner, {{u"op"_s, QString::fromLatin1(kStateOp)}}, &answer);
    if (!asked.isError() && answer.value(u"synchronized"_s).toBool()) {
        fail(ErrorCode::CsmHaInvalid,
            {engine.siteName(),
                u"it and its active management server %1 are synchronized: take over with hatakeover instead "
                "(rmactive is for servers that are not synchronized)"_s.arg(ha.partner)});
    }
    const QString why = asked.isError()
        ? u"it could not be reached (%1)"_s.arg(asked.message())
        : (answer.value(u"standby"_s).toString().isEmpty() ? u"it has no standby any more"_s
                                                           : u"it is not synchronized with this server"_s);
    check(setHa(engine, {kActive, {}, {}}));
    message(ctx, {}, u"IWNR3039I"_s,
        u"The active management server %1 was removed (%2): this server is stand-alone, with the sessions it last "
        "received from %1, and runs commands. Define a standby with setstdby."_s.arg(ha.partner, why));
    ctx.data.insert(u"message"_s,
        u"IWNR3039I The active management server %1 was removed; this server is stand-alone."_s.arg(ha.partner));
}

void removeStandby(CommandContext& ctx)
{
    authorize(ctx, Right::ManageServers, {}, u"remove the standby management server"_s);
    const Ha ha = haOf(ctx.engine);
    if (ha.role != kActive || ha.partner.isEmpty()) {
        fail(ErrorCode::CsmHaInvalid, {ctx.engine.siteName(), u"it has no standby management server"_s});
    }
    check(setHa(ctx.engine, {kActive, {}, {}}));
    lastSent().remove(&ctx.engine);
    message(ctx, {}, u"IWNR3034I"_s, u"The standby management server %1 was removed."_s.arg(ha.partner));
    ctx.data.insert(u"message"_s, u"IWNR3034I The standby management server %1 was removed."_s.arg(ha.partner));
}

/**
 * Reconnect (csmcli reconnect [EXT: the real CSM's Management Servers action and REST /system/ha/reconnect]): on the
 * active server whose standby is Disconnected, send it everything now instead of at the next 10 s retry.
 */
void reconnect(CommandContext& ctx)
{
    authorize(ctx, Right::ManageServers, {}, u"reconnect the management servers"_s);
    Engine& engine = ctx.engine;
    Ha ha = haOf(engine);
    if (ha.role == kStandby) {
        fail(ErrorCode::CsmHaInvalid,
            {engine.siteName(),
                u"it is the standby of %1: run reconnect on the active server, which sends the copy"_s.arg(
                    ha.partner)});
    }
    if (ha.partner.isEmpty()) {
        fail(ErrorCode::CsmHaInvalid, {engine.siteName(), u"it has no standby management server"_s});
    }
    if (ha.status == kDisconnectedConsistent) {
        fail(ErrorCode::CsmHaInvalid,
            {engine.siteName(),
                u"%1 took over from it, so its sessions are not actual: %2"_s.arg(ha.partner, wayBack(ha.partner))});
    }
    QJsonObject answer;
    if (const Error err = push(engine, ha.partner, false, &answer); err.isError()) {
        fail(ErrorCode::CsmHaInvalid, {ha.partner, err.message()});
    }
    const bool was = ha.status == kSynchronized;
    ha.status = kSynchronized;
    check(setHa(engine, ha));
    if (!was) {
        message(ctx, {}, u"IWNR3037I"_s, u"The standby management server %1 is synchronized again."_s.arg(ha.partner));
    }
    ctx.data.insert(u"message"_s,
        u"IWNR3037I The standby management server %1 is synchronized (%2 session(s) sent)."_s.arg(ha.partner)
            .arg(answer.value(u"sessions"_s).toInt()));
}

void listServers(CommandContext& ctx)
{
    authorize(ctx, Right::View);
    const Ha ha = haOf(ctx.engine);
    QString port = ctx.engine.setting(u"replication.port"_s);
    if (port.isEmpty()) {
        port = u"-"_s;
    }
    QJsonArray rows;
    const QString ownStatus = ha.partner.isEmpty() ? u"stand-alone"_s : ha.status;
    rows.append(QJsonObject {{u"server"_s, ctx.engine.siteName()}, {u"role"_s, ha.role}, {u"status"_s, ownStatus},
        {u"port"_s, port}, {u"local"_s, true}});
    if (!ha.partner.isEmpty()) {
        const auto p = ctx.engine.peer(ha.partner);
        rows.append(QJsonObject {{u"server"_s, ha.partner}, {u"role"_s, ha.role == kActive ? kStandby : kActive},
            {u"status"_s, ha.status}, {u"port"_s, p ? QString::number(p->port) : u"-"_s}, {u"local"_s, false}});
    }
    ctx.data.insert(u"servers"_s, rows);
}

} // namespace

bool isStandby(const Engine& engine)
{
    return haOf(engine).role == kStandby;
}

QString activeOf(const Engine& engine)
{
    return haOf(engine).partner;
}

Error restoreHa(Engine& engine)
{
    Q_UNUSED(engine)
    Sites::handle(QString::fromLatin1(kReplicaOp), &answerReplica);
    Sites::handle(QString::fromLatin1(kRequestOp), &answerStandbyRequest);
    Sites::handle(QString::fromLatin1(kStateOp), &answerState);
    return {};
}

void pollHa(Engine& engine)
{
    static QHash<const Engine*, int> ticks;
    Ha ha = haOf(engine);
    if (ha.role != kActive || ha.partner.isEmpty() || ha.status == kDisconnectedConsistent) {
        return;
    }
    const int tick = ++ticks[&engine];
    const QByteArray now = QJsonDocument(replicaOf(engine, engine.configuration())).toJson(QJsonDocument::Compact);
    const bool changed = now != lastSent().value(&engine);
    // A partner that does not answer costs a connect attempt (up to 2 s on the engine thread): every 10 s then.
    if (!(changed && ha.status == kSynchronized) && !(ha.status != kSynchronized && tick % 10 == 0)) {
        return;
    }
    QJsonObject answer;
    const Error err = push(engine, ha.partner, false, &answer);
    QString status = kSynchronized;
    if (err.isError()) {
        // The other server took over (the seed's old active, L3764-3766): this one keeps its sessions, not actual.
        status = err.message().contains(kNotTheStandby) ? kDisconnectedConsistent : kDisconnected;
    }
    if (status != ha.status) {
        ha.status = status;
        setHa(engine, ha);
        engine.runInternal(0, [&](CommandContext& ctx) {
            if (status == kDisconnectedConsistent) {
                message(ctx, {}, u"IWNR3035W"_s,
                    u"The standby management server %1 took over or removed this server as its active one: this "
                    "server is Disconnected Consistent, and its sessions are not actual there. To return, %2."_s.arg(
                        ha.partner, wayBack(ha.partner)));
            } else if (status == kDisconnected) {
                message(ctx, {}, u"IWNR3036W"_s,
                    u"The standby management server %1 cannot be reached: %2 Its copy is sent again when it "
                    "answers."_s.arg(ha.partner, err.message()));
            } else {
                message(ctx, {}, u"IWNR3037I"_s,
                    u"The standby management server %1 is synchronized again."_s.arg(ha.partner));
            }
        });
    }
}

QList<CommandSpec> haCommands()
{
    return {
        {"csmSetStandby", &setStandby, true},
        {"csmSetServerAsStandby", &setServerAsStandby, true},
        {"csmTakeover", &takeover, true},
        {"csmRemoveStandby", &removeStandby, true},
        {"csmRemoveActive", &removeActive, true},
        {"csmReconnect", &reconnect, true},
        {"csmListHaServers", &listServers, false},
    };
}

} // namespace Copyline::Csm
