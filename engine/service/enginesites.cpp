// SPDX-License-Identifier: GPL-3.0-or-later
// The Engine, part 6: engines per site (issue 17). The remote engines this one knows (peers: a name, where their
// replication listener is, and their replication key), the read-only proxies of the DS4000, ESS and NEC subsystems
// they serve, and the Control requests (wireprotocol.h) other engines send this one.
//
// A proxy is a subsystem of this configuration whose `peer` names the engine that serves it: its controllers, disk
// drives, arrays and logical drives as that engine listed them, with ids of this configuration (a logical drive keeps
// its id there in `remoteId`, which the wire uses). Proxies are never changed by a command (Engine::runHandler
// refuses with error 620); only a refresh over the wire changes them, so what this engine shows of another site is
// what that site said, never something made up here.
#include "engine.h"
#include "sites.h"

#include "commandcontext.h"
#include "copy/grainbitmap.h"
#include "mirror/mirrorendpoint.h"
#include "mirror/mirrorrules.h"
#include "mirror/remotelink.h"
#include "mirror/replicationchannel.h"
#include "storage/fields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSysInfo>

#include <atomic>
#include <chrono>
#include <future>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

constexpr auto kPeersSetting = "replication.peers";
constexpr auto kEngineIdSetting = "replication.engine_id";
constexpr qsizetype kPeerKeyBytes = 32;
constexpr auto kControlWait = std::chrono::seconds(20);

/**
 * How many engine threads of this process wait for another engine's answer (askPeer). While one does, a Control
 * request from another engine is answered at once with EAGAIN rather than queued behind it: two engines that push
 * to each other at the same moment would otherwise each hold its own engine thread while waiting for the other's,
 * until both gave up after 20 s. The refused push is sent again by the mirror poll. (A process runs one engine, so
 * this counts that engine's thread; in a test with several engines in one process it is stricter than needed.)
 */
std::atomic<int> g_askingPeers {0};
/** The refusal while g_askingPeers > 0 (Sites::isBusy recognises it in the asker's error). */
const QString kBusyReason = QStringLiteral("it is waiting for another engine's answer itself; try again in a moment "
                                           "(changes of mirrors are sent again by themselves)");

/** The families' answers to Control requests, by op (Sites::handle). */
QHash<QString, Sites::Handler>& familyHandlers()
{
    static QHash<QString, Sites::Handler> handlers;
    return handlers;
}

/**
 * The local drives whose role the command running now may change although their partner is on another engine: its
 * peer agreed (Sites::agreeRoleChange). Engine thread only; emptied by the guard, and by the command's rollback.
 */
QSet<ObjectId> g_agreedRoleChanges;

/** One Control request to @p p over @p channel, and its answer as a JSON object. */
Error askOver(const Engine::Peer& p,
    const std::shared_ptr<ReplicationChannel>& channel,
    const QString& self,
    const QJsonObject& request,
    QJsonObject* answer)
{
    const QString where = u"%1:%2"_s.arg(p.address).arg(p.port);
    if (!channel) {
        return {ErrorCode::PeerUnreachable, {p.name, where, u"it is not registered"_s}};
    }
    QByteArray bytes;
    QJsonObject sent = request;
    sent.insert(u"from"_s, self);
    g_askingPeers.fetch_add(1);
    bool refused = false;
    const IoStatus st = channel->control(QJsonDocument(sent).toJson(QJsonDocument::Compact), &bytes, &refused);
    g_askingPeers.fetch_sub(1);
    if (!st.ok() && refused) {
        // It answered: the request reached it and it said no (a drive not in that pair, a standby's refusal...).
        return {ErrorCode::PeerInvalid, {p.name, st.reason}};
    }
    if (!st.ok()) {
        return {ErrorCode::PeerUnreachable, {p.name, where, st.reason}};
    }
    QJsonParseError parse {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        return {ErrorCode::PeerUnreachable, {p.name, where, u"its answer is not a JSON object"_s}};
    }
    *answer = doc.object();
    return {};
}

/**
 * The name here of the engine that sent @p request: the registered peer with its engine id; else the name it gives
 * itself (a primary's engine need not be registered here: it pushes, this engine keeps what it says), made safe and
 * told apart from a registered peer of the same name.
 */
QString senderName(const Engine& engine, const QJsonObject& request)
{
    QString id = request.value(u"from"_s).toString();
    if (id.isEmpty()) {
        id = request.value(u"engine"_s).toString();
    }
    for (const Engine::Peer& p : engine.peers()) {
        if (!id.isEmpty() && p.engine == id) {
            return p.name;
        }
    }
    static const QRegularExpression kUnsafe(u"[^A-Za-z0-9._-]"_s);
    QString name = request.value(u"name"_s).toString().replace(kUnsafe, u"-"_s).left(24);
    if (name.isEmpty()) {
        name = u"site"_s;
    }
    if (engine.peer(name)) {
        name += u"-"_s + id.left(5); // a registered peer of that name is another engine
    }
    return name;
}

template <typename T>
QJsonArray rowsOf(const QList<T>& entities)
{
    QJsonArray rows;
    for (const T& e : entities) {
        rows.append(QJsonObject::fromVariantMap(toRow(e)));
    }
    return rows;
}

template <typename T>
T entityOf(const QJsonValue& value)
{
    return fromRow<T>(value.toObject().toVariantMap());
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/**
 * Whether a mirror record of this configuration names @p driveId, on either side, or a relationship does (a PPRC
 * pair across engines, engine/families/ess/pprcsites.cpp).
 */
bool inMirror(const Configuration& config, ObjectId driveId)
{
    return std::any_of(config.mirrors.cbegin(), config.mirrors.cend(),
               [driveId](const Mirror& m) { return m.id == driveId || m.remoteDriveId == driveId; })
        || std::any_of(config.relationships.cbegin(), config.relationships.cend(),
            [driveId](const Relationship& r) { return r.involves(driveId); });
}

/** Whether a mirror record or a relationship names a drive of subsystem @p id. */
bool namesSubsystem(const Configuration& config, ObjectId id)
{
    return std::any_of(config.mirrors.cbegin(), config.mirrors.cend(), [id](const Mirror& m) {
        return m.subsystemId == id || m.remoteSubsystemId == id;
    }) || std::any_of(config.relationships.cbegin(), config.relationships.cend(), [&config, id](const Relationship& r) {
        return r.subsystemId == id || config.logicalDrives.value(r.sourceId).subsystemId == id
            || config.logicalDrives.value(r.targetId).subsystemId == id;
    });
}

/** The families whose pairs cross engines: their subsystems are listed to peers. */
bool crossesEngines(const Subsystem& s)
{
    return s.family == u"ds4000"_s || s.family == u"ess"_s || s.family == u"nec"_s;
}

/**
 * The family's paths that describe the logical drives of the proxy @p local (Family::listedPathKinds), as @p listed
 * gives them: matched by kind and drive, so their ids stay stable across refreshes; those no longer listed go.
 */
void mergeDrivePaths(
    Configuration& config, ObjectId local, const QJsonArray& listed, const QHash<ObjectId, ObjectId>& driveOf)
{
    QHash<std::pair<QString, ObjectId>, ObjectId> existing;
    for (const CopyPath& p : std::as_const(config.copyPaths)) {
        if (p.subsystemId == local && p.targetRef == 0) { // a drive's description names no second object
            existing.insert({p.kind, p.sourceRef}, p.id);
        }
    }
    QSet<ObjectId> kept;
    for (const auto& v : listed) {
        auto p = entityOf<CopyPath>(v);
        p.sourceRef = driveOf.value(p.sourceRef, 0);
        if (p.sourceRef == 0) {
            continue;
        }
        p.subsystemId = local;
        p.targetRef = 0;
        const ObjectId id = existing.value({p.kind, p.sourceRef}, 0);
        p.id = id != 0 ? id : config.allocateId();
        config.copyPaths.insert(p.id, p);
        kept.insert(p.id);
    }
    for (const ObjectId id : std::as_const(existing)) {
        if (!kept.contains(id)) {
            config.copyPaths.remove(id);
        }
    }
}

/**
 * Brings the proxies of @p peer in @p config in line with @p listed (a List answer's subsystems). Ids stay stable
 * across refreshes: a subsystem and a logical drive are matched by their id on the peer, an array by its number, a
 * controller by its slot, a disk drive by its enclosure and slot. A proxy drive (or subsystem) the peer no longer
 * lists is removed, unless a mirror record names it: that one stays, Missing, so the record keeps its partner.
 * Without @p prune, subsystems the list leaves out stay as they are (a push names only the subsystems of its pairs).
 */
void mergeProxies(Configuration& config, const QString& peer, const QJsonArray& listed, bool prune = true)
{
    QHash<ObjectId, ObjectId> subsystemOf; // remote id → local id
    for (const Subsystem& s : std::as_const(config.subsystems)) {
        if (s.peer == peer) {
            subsystemOf.insert(s.remoteId, s.id);
        }
    }
    QSet<ObjectId> keptSubsystems;
    for (const auto& value : listed) {
        const QJsonObject o = value.toObject();
        auto s = entityOf<Subsystem>(o);
        if (s.id <= 0 || s.isProxy()) {
            continue; // the peer's own proxies are not passed on: a site shows only sites it knows itself
        }
        const ObjectId local = subsystemOf.value(s.id, 0) != 0 ? subsystemOf.value(s.id) : config.allocateId();
        s.remoteId = s.id;
        s.id = local;
        s.peer = peer;
        s.name = u"%1@%2"_s.arg(s.name, peer);
        if (const Subsystem* same = config.subsystemByName(s.name); same != nullptr && same->id != local) {
            continue; // a local subsystem already has the name (names are unique in a workspace)
        }
        config.subsystems.insert(local, s);
        keptSubsystems.insert(local);

        QHash<QString, ObjectId> controllerOf;
        for (const Controller& c : config.controllersOf(local)) {
            controllerOf.insert(c.slot, c.id);
        }
        QSet<ObjectId> kept;
        for (const auto& v : o.value(u"controllers"_s).toArray()) {
            auto c = entityOf<Controller>(v);
            c.id = controllerOf.value(c.slot, 0) != 0 ? controllerOf.value(c.slot) : config.allocateId();
            c.subsystemId = local;
            config.controllers.insert(c.id, c);
            kept.insert(c.id);
        }
        QHash<ObjectId, ObjectId> arrayOf; // remote array id → local
        QHash<int, ObjectId> arrayByNumber;
        for (const Array& a : config.arraysOf(local)) {
            arrayByNumber.insert(a.number, a.id);
        }
        for (const auto& v : o.value(u"arrays"_s).toArray()) {
            auto a = entityOf<Array>(v);
            const ObjectId remote = a.id;
            a.id = arrayByNumber.value(a.number, 0) != 0 ? arrayByNumber.value(a.number) : config.allocateId();
            a.subsystemId = local;
            config.arrays.insert(a.id, a);
            arrayOf.insert(remote, a.id);
            kept.insert(a.id);
        }
        QHash<std::pair<int, int>, ObjectId> diskAt;
        for (const Drive& d : config.drivesOf(local)) {
            diskAt.insert({d.enclosure, d.slot}, d.id);
        }
        for (const auto& v : o.value(u"drives"_s).toArray()) {
            auto d = entityOf<Drive>(v);
            const ObjectId at = diskAt.value({d.enclosure, d.slot}, 0);
            d.id = at != 0 ? at : config.allocateId();
            d.subsystemId = local;
            d.arrayId = arrayOf.value(d.arrayId, 0);
            config.drives.insert(d.id, d);
            kept.insert(d.id);
        }
        QHash<ObjectId, ObjectId> driveOf; // remote logical drive id → local
        for (const LogicalDrive& ld : config.logicalDrivesOf(local)) {
            driveOf.insert(ld.remoteId, ld.id);
        }
        for (const auto& v : o.value(u"logicalDrives"_s).toArray()) {
            auto ld = entityOf<LogicalDrive>(v);
            ld.remoteId = ld.id;
            ld.id = driveOf.value(ld.remoteId, 0) != 0 ? driveOf.value(ld.remoteId) : config.allocateId();
            ld.subsystemId = local;
            ld.arrayId = arrayOf.value(ld.arrayId, 0);
            ld.fileName.clear(); // its bytes are on the peer: nothing of it is in this workspace
            config.logicalDrives.insert(ld.id, ld);
            driveOf.insert(ld.remoteId, ld.id);
            kept.insert(ld.id);
        }
        if (o.contains(u"paths"_s)) {
            mergeDrivePaths(config, local, o.value(u"paths"_s).toArray(), driveOf);
        }
        // What the peer no longer lists goes, except a drive a mirror record still names.
        for (const Controller& c : config.controllersOf(local)) {
            if (!kept.contains(c.id)) {
                config.controllers.remove(c.id);
            }
        }
        for (const Drive& d : config.drivesOf(local)) {
            if (!kept.contains(d.id)) {
                config.drives.remove(d.id);
            }
        }
        for (const LogicalDrive& ld : config.logicalDrivesOf(local)) {
            if (kept.contains(ld.id)) {
                continue;
            }
            if (inMirror(config, ld.id)) {
                config.logicalDrives[ld.id].status = ComponentStatus::Missing;
                config.logicalDrives[ld.id].arrayId = 0;
            } else {
                config.logicalDrives.remove(ld.id);
            }
        }
        for (const Array& a : config.arraysOf(local)) {
            if (!kept.contains(a.id)) {
                config.arrays.remove(a.id);
            }
        }
    }
    // A proxy with the Remote Mirror option activated is cabled to every local subsystem that has it too, over TCP:
    // the zoned fabric of spec §2.4.5, here a network between engines.
    for (const ObjectId proxy : std::as_const(keptSubsystems)) {
        if (!config.subsystems.value(proxy).remoteMirrorActivated
            || config.subsystems.value(proxy).family != u"ds4000"_s) {
            continue;
        }
        for (const Subsystem& s : std::as_const(config.subsystems)) {
            if (s.isProxy() || s.family != u"ds4000"_s || !s.remoteMirrorActivated
                || config.linkBetween(s.id, proxy) != nullptr) {
                continue;
            }
            MirrorLink link;
            link.id = config.allocateId();
            link.subsystemA = std::min(s.id, proxy);
            link.subsystemB = std::max(s.id, proxy);
            link.transport = LinkTransport::Tcp;
            config.mirrorLinks.insert(link.id, link);
        }
    }
    for (auto it = subsystemOf.cbegin(); it != subsystemOf.cend(); ++it) {
        const ObjectId local = it.value();
        if (!prune || keptSubsystems.contains(local)) {
            continue;
        }
        if (!namesSubsystem(config, local)) {
            config.removeSubsystem(local);
        }
    }
}

/** Calls @p f(old, now) for each entry of two maps that was added (old null), changed, or removed (now null). */
template <typename Map, typename F>
void forEachChanged(const Map& before, const Map& after, F&& f)
{
    using Value = typename Map::mapped_type;
    constexpr const Value* none = nullptr;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.cend()) {
            f(none, &*it);
        } else if (!(*old == *it)) {
            f(&*old, &*it);
        }
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key())) {
            f(&*it, none);
        }
    }
}

/** The proxy subsystem a changed entity belongs to, when it belongs to one. */
template <typename T>
const Subsystem* proxyOwning(const Configuration& before, const Configuration& after, const T& entity)
{
    const QVariant owner = toRow(entity).value(u"subsystem_id"_s);
    if (!owner.isValid()) {
        return nullptr;
    }
    const ObjectId id = owner.toLongLong();
    for (const Configuration* c : {&after, &before}) {
        if (const auto it = c->subsystems.constFind(id); it != c->subsystems.cend() && it->isProxy()) {
            return &*it;
        }
    }
    return nullptr;
}

/**
 * The pairs with @p peer whose primary is @p here's side (@p here true: this engine's drives; false: the peer's):
 * both records of each, the primary's first. Only the engine of a pair's primary tells the other what the pair is;
 * the other keeps what it is told (role changes across engines are not supported yet, so this never flips).
 */
QList<Mirror> pairsWith(const Configuration& config, const QString& peer, bool primaryHere)
{
    QList<Mirror> list;
    for (const Mirror& m : config.mirrors) {
        if (m.role != MirrorRole::Primary) {
            continue;
        }
        const QString primarySite = Engine::peerOfDrive(config, m.id);
        const QString secondarySite = Engine::peerOfDrive(config, m.remoteDriveId);
        const bool match = primaryHere ? (primarySite.isEmpty() && secondarySite == peer)
                                       : (primarySite == peer && secondarySite.isEmpty());
        if (!match) {
            continue;
        }
        list.append(m);
        if (const Mirror* partner = config.partnerOf(m)) {
            list.append(*partner);
        }
    }
    return list;
}

/** The records this engine tells @p peer: its pairs with the peer whose primary is here. */
QList<Mirror> recordsWith(const Configuration& config, const QString& peer)
{
    return pairsWith(config, peer, true);
}

/** The peers that hold a drive of a pair across engines in @p config. */
QSet<QString> peersOfRecords(const Configuration& config)
{
    QSet<QString> peers;
    for (const Mirror& m : config.mirrors) {
        for (const ObjectId id : {m.id, m.remoteDriveId}) {
            if (const QString p = Engine::peerOfDrive(config, id); !p.isEmpty()) {
                peers.insert(p);
            }
        }
    }
    return peers;
}

/** Live links for the configuration's links that have none yet (links to proxies come with the proxies). */
void syncLiveLinks(Engine& engine)
{
    const Configuration& config = engine.configuration();
    MirrorService& service = engine.mirrors();
    for (const MirrorLink& l : config.mirrorLinks) {
        if (const auto live = service.link(l.id)) {
            if (l.transport == LinkTransport::Tcp && !live->channel()) {
                live->configure(live->config()); // a peer registered since: the link can reach it now
            }
            continue;
        }
        service.setLink(std::make_shared<RemoteLink>(
            l, config.subsystems.value(l.subsystemA).name, config.subsystems.value(l.subsystemB).name));
        service.scheduler().setBandwidth(l.id, l.bandwidth);
    }
}

/**
 * The peer @p peerName kept @p remoteDrives (its ids) against this engine's records: it promoted them while it could
 * not reach this site. This site's primaries of those pairs become Dual Primary, and their endpoints record writes
 * without shipping them (the peer refuses them anyway).
 */
void noteTakeOver(Engine& engine, const QString& peerName, const QList<ObjectId>& remoteDrives)
{
    QList<ObjectId> changed;
    engine.runInternal(0, [&](CommandContext& ctx) {
        for (Mirror& m : ctx.config.mirrors) {
            const LogicalDrive partner = ctx.config.logicalDrives.value(m.remoteDriveId);
            if (m.role != MirrorRole::Primary || Engine::isProxyDrive(ctx.config, m.id) || partner.remoteId == 0
                || !remoteDrives.contains(partner.remoteId)
                || Engine::peerOfDrive(ctx.config, m.remoteDriveId) != peerName
                || m.status == MirrorStatus::DualPrimary) {
                continue;
            }
            const QString name = ctx.config.logicalDrives.value(m.id).name;
            m.status = MirrorStatus::DualPrimary;
            m.statusReason = u"the engine of site %1 made %2 a primary while it could not reach this site"_s.arg(
                peerName, partner.name);
            ctx.logEventOn(m.subsystemId, EventCode::MirrorDualRoleConflict, EventSeverity::Critical,
                u"Logical Drive %1"_s.arg(name), u"Dual-role conflict detected"_s,
                u"%1 on this site and %2 on site %3 are both primaries: site %3 took its drive over (a failover) "
                "while it could not reach this site. Writes here are recorded and no longer shipped. Remove the "
                "relationship on both sites, then create it again from the site whose data is to be kept."_s.arg(
                    name, partner.name, peerName),
                true);
            changed.append(m.id);
        }
    });
    MirrorService& service = engine.mirrors();
    for (const ObjectId id : std::as_const(changed)) {
        service.scheduler().remove(id); // a synchronization toward the taken-over drive stops
        if (const auto endpoint = service.endpoint(id)) {
            endpoint->setMode(MirrorEndpoint::Mode::Track);
        }
    }
}

/**
 * A drive of this engine that became the secondary of @p peerName's drive at that engine's request (a role change
 * across engines, mirrorroles.cpp) kept its record of what may differ until the new primary had it: the new
 * primary's engine took it into its own record before it committed, and it pushes only after it committed. Its
 * push is that acknowledgement: the handed-over record is cleared now.
 */
void releaseHandedOverRecords(Engine& engine, const QString& peerName)
{
    const Configuration& config = engine.configuration();
    for (const Mirror& m : config.mirrors) {
        if (m.role != MirrorRole::Secondary || m.status == MirrorStatus::DualSecondary
            || m.status == MirrorStatus::DualPrimary || Engine::isProxyDrive(config, m.id)
            || Engine::peerOfDrive(config, m.remoteDriveId) != peerName) {
            continue;
        }
        const auto endpoint = engine.mirrors().endpoint(m.id);
        if (endpoint && endpoint->map().bits().count() > 0) {
            endpoint->map().bits().clearAll();
            endpoint->map().compact(); // a mark left on disk only costs a copy after a later takeover
        }
    }
}

} // namespace

bool Engine::isProxyDrive(const Configuration& config, ObjectId driveId)
{
    const auto it = config.logicalDrives.constFind(driveId);
    return it != config.logicalDrives.cend() && it->remoteId != 0;
}

QString Engine::peerOfDrive(const Configuration& config, ObjectId driveId)
{
    const auto it = config.logicalDrives.constFind(driveId);
    if (it == config.logicalDrives.cend() || it->remoteId == 0) {
        return {};
    }
    return config.subsystems.value(it->subsystemId).peer;
}

QString Engine::siteName() const
{
    QString name = setting(u"replication.name"_s);
    if (name.isEmpty()) {
        name = QSysInfo::machineHostName();
    }
    return name.isEmpty() ? u"site"_s : name;
}

Error Engine::pushMirrorRecords(const QString& peerName, const Configuration& config)
{
    const auto p = peer(peerName);
    if (!p) {
        return {ErrorCode::PeerInvalid, {peerName, u"no remote engine of that name is registered"_s}};
    }
    // Each record in the peer's ids where the peer's objects are named, and in ours elsewhere; "yours" marks the
    // records of the peer's drives (ours are copies of theirs, as this engine last knew or changed them).
    auto remoteOr = [&config](ObjectId id, bool subsystem) {
        return subsystem ? config.subsystems.value(id).remoteId : config.logicalDrives.value(id).remoteId;
    };
    QJsonArray records;
    // The subsystems of this engine's drives in those pairs, so the peer can show them (a subsystem whole: the peer
    // drops the drives of a listed subsystem that it no longer finds).
    QSet<ObjectId> involved;
    for (const Mirror& m : recordsWith(config, peerName)) {
        const bool yours = isProxyDrive(config, m.id);
        if (!yours) {
            involved.insert(m.subsystemId);
        }
        Mirror r = m;
        if (yours) {
            r.id = remoteOr(m.id, false);
            r.subsystemId = remoteOr(m.subsystemId, true);
        } else {
            r.remoteDriveId = remoteOr(m.remoteDriveId, false);
            r.remoteSubsystemId = remoteOr(m.remoteSubsystemId, true);
        }
        QJsonObject row = QJsonObject::fromVariantMap(toRow(r));
        row.insert(u"yours"_s, yours);
        records.append(row);
    }
    QJsonObject request;
    request.insert(u"engine"_s, engineId());
    request.insert(u"subsystems"_s, Sites::listing(*this, involved));
    request.insert(u"op"_s, u"apply"_s);
    request.insert(u"name"_s, siteName());
    request.insert(u"records"_s, records);
    // The peer's drives this engine still has a pair with, whichever side is primary now (in the peer's ids): a pair
    // whose primary role this engine handed over is no longer among the records above, and must not end there.
    QJsonArray known;
    for (const Mirror& m : std::as_const(config.mirrors)) {
        for (const ObjectId id : {m.id, m.remoteDriveId}) {
            if (peerOfDrive(config, id) == peerName) {
                known.append(config.logicalDrives.value(id).remoteId);
            }
        }
    }
    request.insert(u"known"_s, known);
    QJsonObject answer;
    if (Error err = askPeer(*p, peerChannel(peerName), request, &answer); err.isError()) {
        return err;
    }
    // The peer kept some records against what was sent: it took the secondary over (a failover while this site was
    // gone). This side's record says so too, a Dual Primary conflict as when both sides share an engine, so its
    // writes are recorded and never shipped until an administrator resolves it. Done soon on the engine thread: this
    // may run inside a command.
    QList<ObjectId> drives;
    for (const auto& c : answer.value(u"conflicts"_s).toArray()) {
        drives.append(c.toObject().value(u"drive"_s).toInteger());
    }
    if (!drives.isEmpty()) {
        Engine::post(QPointer<Engine>(this), [peerName, drives](Engine& e) { noteTakeOver(e, peerName, drives); });
    }
    return {};
}

void Engine::afterCommitSites(const Configuration& before)
{
    QSet<QString> peers = peersOfRecords(before) + peersOfRecords(m_config);
    for (const QString& p : std::as_const(peers)) {
        if (recordsWith(before, p) == recordsWith(m_config, p) && !m_unpushedPeers.contains(p)) {
            continue;
        }
        if (!peer(p)) {
            continue; // a peer that registered itself by pushing to us: it owns the pair, we do not push back
        }
        if (pushMirrorRecords(p, m_config).isError()) {
            m_unpushedPeers.insert(p); // the mirror poll tries again
        } else {
            m_unpushedPeers.remove(p);
        }
    }
}

void Engine::retryMirrorPushes()
{
    const QSet<QString> pending = m_unpushedPeers;
    for (const QString& p : pending) {
        if (!peer(p) || !pushMirrorRecords(p, m_config).isError()) {
            m_unpushedPeers.remove(p);
        }
    }
}

void Engine::noteRemoteSecondaries()
{
    QSet<ObjectId> drives;
    for (const Mirror& m : std::as_const(m_config.mirrors)) {
        if (m.role == MirrorRole::Secondary && !isProxyDrive(m_config, m.id)
            && isProxyDrive(m_config, m.remoteDriveId)) {
            drives.insert(m.id);
        }
    }
    // A relationship whose source is another engine's drive writes its target here (a PPRC secondary, whose record
    // the primary's engine pushed: engine/families/ess/pprcsites.cpp), unless its family gave the target back to its
    // hosts (Family::takesRemoteFrames).
    for (const Relationship& r : std::as_const(m_config.relationships)) {
        if (!isProxyDrive(m_config, r.sourceId) || isProxyDrive(m_config, r.targetId)) {
            continue;
        }
        const Family* family = familyOf(m_config.logicalDrives.value(r.targetId).subsystemId);
        if (family == nullptr || family->takesRemoteFrames == nullptr || family->takesRemoteFrames(r)) {
            drives.insert(r.targetId);
        }
    }
    QSet<ObjectId> closed;
    {
        std::lock_guard lock(m_remoteWritesMutex);
        closed = m_remoteSecondaries - drives;
        m_remoteSecondaries = std::move(drives);
    }
    // A drive closed to peers' frames: the frames already writing it finish before this returns (a quiesce waits for
    // the I/O in flight), so none lands after its own hosts were let in.
    for (const ObjectId id : std::as_const(closed)) {
        if (const auto io = m_volumes.find(id)) {
            const auto held = io->quiesce();
        }
    }
}

bool Engine::acceptsRemoteWrites(ObjectId driveId) const
{
    std::lock_guard lock(m_remoteWritesMutex);
    return m_remoteSecondaries.contains(driveId);
}

IoStatus Engine::applyMirrorRecords(const QJsonObject& request, QByteArray* answer)
{
    const QString name = senderName(*this, request);
    const QJsonArray listed = request.value(u"subsystems"_s).toArray();
    const QJsonArray records = request.value(u"records"_s).toArray();
    QJsonArray conflicts;
    const CommandResult result = runInternal(0, [&](CommandContext& ctx) {
        Configuration& config = ctx.config;
        mergeProxies(config, name, listed, false);
        const Sites::ProxyIds proxies = Sites::proxyIds(config, name);
        const QHash<ObjectId, ObjectId>& proxyDrive = proxies.drives;
        const QHash<ObjectId, ObjectId>& proxySubsystem = proxies.subsystems;
        QMap<ObjectId, Mirror> wanted;
        for (const auto& v : records) {
            const QJsonObject row = v.toObject();
            auto m = entityOf<Mirror>(row);
            if (row.value(u"yours"_s).toBool()) {
                m.remoteDriveId = proxyDrive.value(m.remoteDriveId, 0);
                m.remoteSubsystemId = proxySubsystem.value(m.remoteSubsystemId, 0);
            } else {
                m.id = proxyDrive.value(m.id, 0);
                m.subsystemId = proxySubsystem.value(m.subsystemId, 0);
            }
            if (m.id == 0 || m.subsystemId == 0 || m.remoteDriveId == 0 || m.remoteSubsystemId == 0) {
                fail(ErrorCode::MirrorAcrossEngines,
                    {u"a pair from %1"_s.arg(name),
                        u"it names a logical drive or storage subsystem that %1 did not "
                        "list"_s.arg(name)});
            }
            wanted.insert(m.id, m);
        }
        // A record this engine took over (promoted with force=TRUE while the sender could not be reached: a failover)
        // stays as it is, whatever the sender says: its hosts write that drive now, and no frame of the sender may
        // reach it. The sender hears of the conflict in the answer.
        auto tookOver = [&config](ObjectId driveId) {
            const Mirror* r = config.mirrorOf(driveId);
            return r != nullptr && !isProxyDrive(config, driveId)
                && (r->role == MirrorRole::Primary || r->status == MirrorStatus::DualPrimary
                    || r->status == MirrorStatus::DualSecondary);
        };
        for (auto it = wanted.begin(); it != wanted.end();) {
            if (tookOver(it->id)) {
                const Mirror& kept = config.mirrors[it->id];
                conflicts.append(QJsonObject {
                    {u"drive"_s, it->id}, {u"status"_s, enumName(kept.status)}, {u"reason"_s, kept.statusReason}});
                it = wanted.erase(it);
            } else {
                ++it;
            }
        }
        // The pairs with this peer that it no longer has at all end: the records go, the data stays (spec §2.4.10).
        // A pair it still knows with the primary role handed over (a promotion here that failed after it stepped
        // down: both sides secondaries until the promotion is run again) stays.
        QSet<ObjectId> known;
        for (const auto& v : request.value(u"known"_s).toArray()) {
            known.insert(v.toInteger());
        }
        for (const Mirror& m : pairsWith(config, name, false)) {
            const ObjectId localDrive = isProxyDrive(config, m.id) ? m.remoteDriveId : m.id;
            if (wanted.contains(m.id) || tookOver(m.id) || known.contains(localDrive)) {
                continue;
            }
            config.mirrors.remove(m.id);
            if (!isProxyDrive(config, m.id)) {
                ctx.logEventOn(m.subsystemId, EventCode::MirrorRemoved, EventSeverity::Informational,
                    u"Logical Drive %1"_s.arg(config.logicalDrives.value(m.id).name), u"Mirror relationship removed"_s,
                    u"The engine of site %1 removed the mirror relationship; the logical drive keeps its data and "
                    "hosts may write it again."_s.arg(name));
            }
        }
        for (const Mirror& m : std::as_const(wanted)) {
            const bool ours = !isProxyDrive(config, m.id);
            if (ours == (m.role == MirrorRole::Primary)) {
                fail(ErrorCode::MirrorAcrossEngines,
                    {config.logicalDrives.value(m.id).name,
                        u"a pair across engines has its primary on the engine that sends it"_s});
            }
            const Mirror* old = config.mirrorOf(m.id);
            if (ours && old == nullptr) {
                // A new secondary here: the drive must be free for it, as when both sides share an engine.
                const LogicalDrive* drive = config.logicalDrives.contains(m.id) ? &config.logicalDrives[m.id] : nullptr;
                const Subsystem local = config.subsystems.value(m.subsystemId);
                if (drive == nullptr || local.isProxy() || local.family != u"ds4000"_s) {
                    fail(ErrorCode::MirrorAcrossEngines,
                        {u"logical drive %1"_s.arg(m.id), u"no DS4000 logical drive of that id is served here"_s});
                }
                if (!MirrorRules::enabledAndActivated(local)) {
                    fail(ErrorCode::MirrorNotActivated, {local.name, MirrorRules::optionState(local)});
                }
                check(MirrorRules::secondaryProblem(config, config.logicalDrives.value(m.remoteDriveId), *drive));
                ctx.logEventOn(m.subsystemId, EventCode::MirrorCreated, EventSeverity::Informational,
                    u"Logical Drive %1"_s.arg(drive->name), u"Mirror relationship created"_s,
                    u"Logical drive %1 is now the secondary of %2 on the engine of site %3; hosts cannot write it."_s
                        .arg(drive->name, config.logicalDrives.value(m.remoteDriveId).name, name));
            } else if (ours && old != nullptr && (old->pairId != m.pairId || old->remoteDriveId != m.remoteDriveId)) {
                fail(ErrorCode::MirrorAcrossEngines,
                    {config.logicalDrives.value(m.id).name, u"the logical drive is in another mirror relationship"_s});
            }
            config.mirrors.insert(m.id, m);
        }
    });
    if (!result.ok()) {
        return IoStatus::failure(EPERM, result.error.message());
    }
    releaseHandedOverRecords(*this, name);
    syncProxyVolumes();
    syncLiveLinks(*this);
    *answer = compact({{u"engine"_s, engineId()}, {u"conflicts"_s, conflicts}});
    return IoStatus::success();
}

Error Engine::proxyChange(const Configuration& before, const Configuration& after)
{
    const bool anyProxy = std::any_of(after.subsystems.cbegin(), after.subsystems.cend(),
                              [](const Subsystem& s) { return s.isProxy(); })
        || std::any_of(
            before.subsystems.cbegin(), before.subsystems.cend(), [](const Subsystem& s) { return s.isProxy(); });
    if (!anyProxy) {
        return {};
    }
    Error found;
    // Pairs across engines: the engine of the primary manages them (enginesites.cpp, pushMirrorRecords), and their
    // roles stay put until a two-phase role change exists (docs/replication.md).
    auto checkRecord = [&](const Mirror* old, const Mirror* now) {
        const Mirror& m = now != nullptr ? *now : *old;
        const Configuration& config = now != nullptr ? after : before;
        const QString site = peerOfDrive(config, m.id);
        const QString partnerSite = peerOfDrive(config, m.remoteDriveId);
        if (found.isError() || (site.isEmpty() && partnerSite.isEmpty())) {
            return;
        }
        const QString drive = config.logicalDrives.value(m.id).name;
        const QString peer = site.isEmpty() ? partnerSite : site;
        // This engine's own record of the pair, before and after: once it is in a dual-role conflict (a forced
        // promotion here while the primary's site was gone: a failover), this site decides about its side.
        auto dual = [](const Mirror* r) {
            return r != nullptr && (r->status == MirrorStatus::DualPrimary || r->status == MirrorStatus::DualSecondary);
        };
        const ObjectId localDrive = site.isEmpty() ? m.id : m.remoteDriveId;
        const Mirror* ownBefore = before.mirrorOf(localDrive);
        const Mirror* ownAfter = after.mirrorOf(localDrive);
        const bool forcedPromotion = ownBefore != nullptr && ownAfter != nullptr
            && ownBefore->role == MirrorRole::Secondary && ownAfter->role == MirrorRole::Primary
            && ownAfter->status == MirrorStatus::DualPrimary;
        // A role change the peer agreed to in this command (Sites::agreeRoleChange: it demoted its side first, or
        // took this side's record): the two-phase role change of mirrorroles.cpp.
        if (dual(ownBefore) || forcedPromotion || g_agreedRoleChanges.contains(localDrive)) {
            return;
        }
        if (old != nullptr && now != nullptr && old->role != now->role) {
            found = {ErrorCode::MirrorAcrossEngines,
                {drive,
                    u"its partner is on the engine of site %1, and a role change across engines is not supported yet: "
                    "remove the relationship and create it again from the other site"_s.arg(peer)}};
        } else if ((site.isEmpty() && m.role == MirrorRole::Secondary)
            || (!site.isEmpty() && m.role == MirrorRole::Primary)) {
            found = {ErrorCode::MirrorAcrossEngines,
                {drive,
                    u"its primary is on the engine of site %1, which manages the pair: run the command there"_s.arg(
                        peer)}};
        }
    };
    forEachChanged(before.mirrors, after.mirrors, checkRecord);
    g_agreedRoleChanges.clear();
    forEachTablePair(before, after, [&](const char* table, const auto& a, const auto& b) {
        const QLatin1StringView name(table);
        if (found.isError() || a == b || name == "mirrors"_L1 || name == "mirror_links"_L1) {
            return;
        }
        forEachChanged(a, b, [&](const auto* old, const auto* now) {
            const Subsystem* proxy = nullptr;
            using Entity = std::decay_t<decltype(*now)>;
            if constexpr (std::is_same_v<Entity, Subsystem>) {
                proxy = now != nullptr && now->isProxy() ? now : (old != nullptr && old->isProxy() ? old : nullptr);
            } else if constexpr (std::is_same_v<Entity, Relationship>) {
                // The record of another engine's pair whose target is a drive here is this engine's own, as a
                // mirror record is: the RV side of an NEC pair across engines names the MV's proxy array, and a
                // failover changes it here (rdrsites.cpp).
                const Relationship& r = now != nullptr ? *now : *old;
                const Configuration& c = now != nullptr ? after : before;
                const bool targetHere = isProxyDrive(c, r.sourceId) && c.logicalDrives.contains(r.targetId)
                    && !isProxyDrive(c, r.targetId);
                if (!targetHere) {
                    proxy = proxyOwning(before, after, r);
                }
            } else {
                proxy = proxyOwning(before, after, now != nullptr ? *now : *old);
            }
            if (proxy != nullptr && !found.isError()) {
                found = {ErrorCode::RemoteSubsystemReadOnly, {proxy->name, proxy->peer}};
            }
        });
    });
    return found;
}

QString Engine::engineId()
{
    QString id = setting(QString::fromLatin1(kEngineIdSetting));
    if (id.isEmpty()) {
        id = QString::number(QRandomGenerator::system()->generate64(), 16);
        setSetting(QString::fromLatin1(kEngineIdSetting), id);
    }
    return id;
}

QList<Engine::Peer> Engine::peers() const
{
    QList<Peer> list;
    const QJsonArray rows = QJsonDocument::fromJson(setting(QString::fromLatin1(kPeersSetting)).toUtf8()).array();
    for (const auto& v : rows) {
        const QJsonObject o = v.toObject();
        Peer p;
        p.name = o.value(u"name"_s).toString();
        p.address = o.value(u"address"_s).toString();
        p.port = static_cast<quint16>(o.value(u"port"_s).toInt());
        p.key = QByteArray::fromBase64(o.value(u"key"_s).toString().toLatin1());
        p.engine = o.value(u"engine"_s).toString();
        if (!p.name.isEmpty()) {
            list.append(p);
        }
    }
    return list;
}

Error Engine::savePeers(const QList<Peer>& list)
{
    QJsonArray rows;
    for (const Peer& p : list) {
        rows.append(QJsonObject {{u"name"_s, p.name}, {u"address"_s, p.address}, {u"port"_s, p.port},
            {u"key"_s, QString::fromLatin1(p.key.toBase64())}, {u"engine"_s, p.engine}});
    }
    return setSetting(
        QString::fromLatin1(kPeersSetting), QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
}

std::optional<Engine::Peer> Engine::peer(const QString& name) const
{
    for (const Peer& p : peers()) {
        if (p.name == name) {
            return p;
        }
    }
    return std::nullopt;
}

std::shared_ptr<ReplicationChannel> Engine::peerChannel(const QString& name)
{
    const auto p = peer(name);
    std::lock_guard lock(m_replicationMutex);
    if (!p) {
        m_peerChannels.remove(name);
        return nullptr;
    }
    auto& channel = m_peerChannels[name];
    if (!channel || channel->address() != p->address || channel->port() != p->port) {
        channel = std::make_shared<ReplicationChannel>(p->address, p->port, p->key);
    }
    return channel;
}

Error Engine::addPeer(const Peer& wanted)
{
    if (!Sites::isValidName(wanted.name)) {
        return {ErrorCode::PeerInvalid,
            {wanted.name, u"a name has 1 to 30 letters, digits, '.', '_' or '-', and starts with a letter or digit"_s}};
    }
    if (wanted.address.isEmpty() || wanted.port == 0) {
        return {ErrorCode::PeerInvalid, {wanted.name, u"give the address of its replication listener as HOST:PORT"_s}};
    }
    if (wanted.key.size() != kPeerKeyBytes) {
        return {ErrorCode::PeerInvalid,
            {wanted.name,
                u"its replication key has %1 bytes, not %2: give the file replication.key of its workspace"_s
                    .arg(wanted.key.size())
                    .arg(kPeerKeyBytes)}};
    }
    QList<Peer> list = peers();
    const bool known = std::any_of(list.cbegin(), list.cend(), [&](const Peer& p) { return p.name == wanted.name; });
    if (known) {
        return {ErrorCode::PeerInvalid,
            {wanted.name, u"a remote engine of that name is registered already; remove it first to change it"_s}};
    }
    // The peer must answer before it is kept: a name that leads nowhere would only fail later, in a mirror.
    auto channel = std::make_shared<ReplicationChannel>(wanted.address, wanted.port, wanted.key);
    QJsonObject answer;
    if (Error err = askPeer(wanted, channel, {{u"op"_s, u"list"_s}}, &answer); err.isError()) {
        return err;
    }
    if (answer.value(u"engine"_s).toString() == engineId()) {
        return {ErrorCode::PeerInvalid,
            {wanted.name, u"that is this engine's own replication listener; register the engine of the other site"_s}};
    }
    Peer kept = wanted;
    kept.engine = answer.value(u"engine"_s).toString();
    list.append(kept);
    if (Error err = savePeers(list); err.isError()) {
        return err;
    }
    {
        std::lock_guard lock(m_replicationMutex);
        m_peerChannels.insert(wanted.name, channel);
    }
    if (Error err = applyPeerList(wanted.name, answer); err.isError()) {
        return err;
    }
    const qsizetype listed = answer.value(u"subsystems"_s).toArray().size();
    return runInternal(0, [&](CommandContext& ctx) {
        ctx.logEventOn(0, EventCode::PeerChanged, EventSeverity::Informational, u"Engines per site"_s,
            u"Remote engine registered"_s,
            u"The engine of site %1 at %2:%3 is registered: its %4 DS4000, ESS and NEC storage subsystem(s) are shown "
            "here read-only as NAME@%1, and mirrors, PPRC and RemoteDataReplication pairs may cross to them."_s
                .arg(wanted.name, wanted.address)
                .arg(wanted.port)
                .arg(listed));
    }).error;
}

Error Engine::removePeer(const QString& name)
{
    QList<Peer> list = peers();
    const auto at = std::find_if(list.begin(), list.end(), [&](const Peer& p) { return p.name == name; });
    if (at == list.end()) {
        return {ErrorCode::PeerInvalid, {name, u"no remote engine of that name is registered"_s}};
    }
    for (const Mirror& m : std::as_const(m_config.mirrors)) {
        const Subsystem* local
            = m_config.subsystems.contains(m.subsystemId) ? &m_config.subsystems[m.subsystemId] : nullptr;
        const Subsystem* remote
            = m_config.subsystems.contains(m.remoteSubsystemId) ? &m_config.subsystems[m.remoteSubsystemId] : nullptr;
        if ((local != nullptr && local->peer == name) || (remote != nullptr && remote->peer == name)) {
            return {ErrorCode::PeerInvalid,
                {name,
                    u"mirror relationships with logical drives it serves exist; remove them first (logical drive %1)"_s
                        .arg(m_config.logicalDrives.value(m.id).name)}};
        }
    }
    for (const Relationship& r : std::as_const(m_config.relationships)) {
        for (const ObjectId id : {r.sourceId, r.targetId}) {
            if (peerOfDrive(m_config, id) == name) {
                return {ErrorCode::PeerInvalid,
                    {name,
                        u"%1 pairs with volumes it serves exist; terminate them first (volume %2)"_s.arg(
                            r.kind.toUpper(), m_config.logicalDrives.value(id).name)}};
            }
        }
    }
    const QString where = u"%1:%2"_s.arg(at->address).arg(at->port);
    list.erase(at);
    if (Error err = savePeers(list); err.isError()) {
        return err;
    }
    {
        std::lock_guard lock(m_replicationMutex);
        if (auto channel = m_peerChannels.take(name)) {
            channel->disconnect(u"the remote engine was removed"_s);
        }
    }
    const CommandResult result = runInternal(0, [&name, &where](CommandContext& ctx) {
        ctx.logEventOn(0, EventCode::PeerChanged, EventSeverity::Informational, u"Engines per site"_s,
            u"Remote engine removed"_s,
            u"The engine of site %1 at %2 is no longer registered; its storage subsystems are no longer shown."_s.arg(
                name, where));
        QList<ObjectId> proxies;
        for (const Subsystem& s : std::as_const(ctx.config.subsystems)) {
            if (s.peer == name) {
                proxies.append(s.id);
            }
        }
        for (const ObjectId id : std::as_const(proxies)) {
            ctx.config.removeSubsystem(id);
        }
    });
    syncProxyVolumes();
    return result.error;
}

Error Engine::refreshPeer(const QString& name)
{
    const auto p = peer(name);
    if (!p) {
        return {ErrorCode::PeerInvalid, {name, u"no remote engine of that name is registered"_s}};
    }
    QJsonObject answer;
    if (Error err = askPeer(*p, peerChannel(name), {{u"op"_s, u"list"_s}}, &answer); err.isError()) {
        return err;
    }
    return applyPeerList(name, answer);
}

Error Engine::askPeer(
    const Peer& p, const std::shared_ptr<ReplicationChannel>& channel, const QJsonObject& request, QJsonObject* answer)
{
    return askOver(p, channel, engineId(), request, answer);
}

Error Engine::applyPeerList(const QString& name, const QJsonObject& answer)
{
    const QJsonArray listed = answer.value(u"subsystems"_s).toArray();
    const CommandResult result = runInternal(0, [&](CommandContext& ctx) { mergeProxies(ctx.config, name, listed); });
    if (result.ok()) {
        syncProxyVolumes();
        syncLiveLinks(*this);
    }
    return result.error;
}

void Engine::syncProxyVolumes()
{
    for (const auto& io : m_volumes.all()) {
        const auto it = m_config.logicalDrives.constFind(io->id());
        if (ReplicationChannel::isRemote(io->backend())
            && (it == m_config.logicalDrives.cend() || it->remoteId == 0 || it->capacity != io->size())) {
            m_volumes.take(io->id());
        }
    }
    for (const LogicalDrive& ld : std::as_const(m_config.logicalDrives)) {
        if (ld.remoteId == 0 || m_volumes.find(ld.id)) {
            continue;
        }
        const auto channel = peerChannel(m_config.subsystems.value(ld.subsystemId).peer);
        if (channel) {
            m_volumes.insert(std::make_shared<VolumeIo>(ld.id, channel->backend(ld.remoteId, ld.capacity)));
        }
    }
}

QJsonObject Engine::listAnswer()
{
    QJsonArray subsystems;
    for (const Subsystem& s : std::as_const(m_config.subsystems)) {
        // The families whose pairs cross engines so far: DS4000 mirrors, ESS PPRC and NEC RemoteDataReplication.
        if (s.isProxy() || !crossesEngines(s)) {
            continue;
        }
        QJsonObject o = QJsonObject::fromVariantMap(toRow(s));
        o.insert(u"controllers"_s, rowsOf(m_config.controllersOf(s.id)));
        o.insert(u"drives"_s, rowsOf(m_config.drivesOf(s.id)));
        o.insert(u"arrays"_s, rowsOf(m_config.arraysOf(s.id)));
        o.insert(u"logicalDrives"_s, rowsOf(m_config.logicalDrivesOf(s.id)));
        if (const Family* family = familyOf(s.id); family != nullptr && !family->listedPathKinds.isEmpty()) {
            QList<CopyPath> paths;
            for (const CopyPath& p : std::as_const(m_config.copyPaths)) {
                if (p.subsystemId == s.id && family->listedPathKinds.contains(p.kind)) {
                    paths.append(p);
                }
            }
            o.insert(u"paths"_s, rowsOf(paths));
        }
        subsystems.append(o);
    }
    return {{u"engine"_s, engineId()}, {u"subsystems"_s, subsystems}};
}

IoStatus Engine::answerControl(const QByteArray& request, const QString& from, QByteArray* answer)
{
    Q_UNUSED(from) // the key proves who sent it; the address may be a relay's
    QJsonParseError parse {};
    const QJsonDocument doc = QJsonDocument::fromJson(request, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        return IoStatus::failure(EINVAL, u"the request is not a JSON object"_s);
    }
    const QString op = doc.object().value(u"op"_s).toString();
    if (op == u"list"_s) {
        *answer = compact(listAnswer());
        return IoStatus::success();
    }
    if (op == u"apply"_s) {
        return applyMirrorRecords(doc.object(), answer);
    }
    if (const auto handler = familyHandlers().value(op)) {
        QJsonObject out;
        IoStatus st = handler(*this, senderName(*this, doc.object()), doc.object(), &out);
        if (st.ok()) {
            out.insert(u"engine"_s, engineId());
            *answer = compact(out);
        }
        return st;
    }
    return IoStatus::failure(EINVAL, u"\"%1\" is not a request this engine knows"_s.arg(op));
}

ReplicationServer::ControlHandler Engine::controlHandler()
{
    const QPointer<Engine> guard(this);
    const QString self = engineId();
    return [guard, self](const QByteArray& request, const QString& from, QByteArray* answer) {
        // This engine asking itself (its own listener registered as a peer) waits for its own engine thread: it is
        // answered here, with who it is, and the asker sees that it is itself.
        if (QJsonDocument::fromJson(request).object().value(u"from"_s).toString() == self) {
            *answer = compact({{u"engine"_s, self}});
            return IoStatus::success();
        }
        if (g_askingPeers.load() > 0) {
            return IoStatus::failure(EAGAIN, kBusyReason);
        }
        auto out = std::make_shared<std::pair<IoStatus, QByteArray>>();
        const auto waited = Sites::runOnEngineThread(
            guard, [out, request, from](Engine& e) { out->first = e.answerControl(request, from, &out->second); },
            kControlWait);
        if (waited == Sites::Waited::TimedOut) {
            return IoStatus::failure(ETIMEDOUT, u"the engine did not answer within 20 s"_s);
        }
        if (waited == Sites::Waited::Gone) {
            return IoStatus::failure(ESHUTDOWN, u"the engine is stopping"_s);
        }
        *answer = std::move(out->second);
        return out->first;
    };
}

// ---- what families use (sites.h) ------------------------------------------------------------------------------

Sites::Waited Sites::runOnEngineThread(
    const QPointer<Engine>& engine, std::function<void(Engine&)> work, std::chrono::milliseconds limit)
{
    auto done = std::make_shared<std::promise<void>>();
    auto future = done->get_future();
    Engine::post(engine, [done, work = std::move(work)](Engine& e) {
        work(e);
        done->set_value();
    });
    done.reset(); // the engine's copy is the only one left: a gone engine breaks the promise
    if (future.wait_for(limit) != std::future_status::ready) {
        return Waited::TimedOut;
    }
    try {
        future.get();
        return Waited::Done;
    } catch (const std::future_error&) {
        return Waited::Gone;
    }
}

bool Sites::isBusy(const Error& error)
{
    return error.code == ErrorCode::PeerInvalid && error.args.value(1) == kBusyReason;
}

bool Sites::isValidName(const QString& name)
{
    static const QRegularExpression kName(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,29}$"_s);
    return kName.match(name).hasMatch();
}

void Sites::handle(const QString& op, Handler handler)
{
    familyHandlers().insert(op, handler);
}

Error Sites::ask(Engine& engine, const QString& peer, const QJsonObject& request, QJsonObject* answer)
{
    const auto p = engine.peer(peer);
    if (!p) {
        return {ErrorCode::PeerInvalid, {peer, u"no remote engine of that name is registered"_s}};
    }
    return askOver(*p, engine.peerChannel(peer), engine.engineId(), request, answer);
}

QJsonArray Sites::listing(Engine& engine, const QSet<ObjectId>& subsystems)
{
    QJsonArray out;
    for (const auto& v : engine.listAnswer().value(u"subsystems"_s).toArray()) {
        if (subsystems.contains(v.toObject().value(u"id"_s).toInteger())) {
            out.append(v);
        }
    }
    return out;
}

Sites::ProxyIds Sites::proxyIds(const Configuration& config, const QString& peer)
{
    ProxyIds ids;
    for (const Subsystem& s : config.subsystems) {
        if (s.peer == peer) {
            ids.subsystems.insert(s.remoteId, s.id);
            for (const LogicalDrive& ld : config.logicalDrivesOf(s.id)) {
                ids.drives.insert(ld.remoteId, ld.id);
            }
        }
    }
    return ids;
}

void Sites::mergeListed(Configuration& config, const QString& peer, const QJsonArray& listed)
{
    mergeProxies(config, peer, listed, false);
}

void Sites::agreeRoleChange(CommandContext& ctx, ObjectId localDrive)
{
    g_agreedRoleChanges.insert(localDrive);
    ctx.onRollback([localDrive]() { g_agreedRoleChanges.remove(localDrive); });
    ctx.onCommit([localDrive]() { g_agreedRoleChanges.remove(localDrive); });
}

QJsonArray Sites::grainRanges(const GrainBitmap& bits)
{
    QJsonArray ranges;
    for (qint64 first = bits.findNext(0, true); first < bits.size();) {
        const qint64 end = bits.findNext(first, false);
        ranges.append(QJsonArray {first, end - first});
        first = end < bits.size() ? bits.findNext(end, true) : end;
    }
    return ranges;
}

void Sites::setGrainRanges(GrainBitmap& bits, const QJsonArray& ranges)
{
    for (const auto& v : ranges) {
        const QJsonArray r = v.toArray();
        const qint64 first = std::max<qint64>(r.at(0).toInteger(), 0);
        const qint64 end = std::min(first + std::max<qint64>(r.at(1).toInteger(), 0), bits.size());
        for (qint64 g = first; g < end; ++g) {
            bits.set(g);
        }
    }
}

} // namespace Copyline
