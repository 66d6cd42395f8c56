// SPDX-License-Identifier: GPL-3.0-or-later
// The remote engines as commands (engines per site, issue 17), for the console: its connection carries commands
// only, while copylinectl uses the management protocol's owner-only "sites" message. Registering, refreshing and
// removing change the engine's peers and then its configuration in transactions of their own (Engine::addPeer), so
// the commands hand that work to the engine thread from the I/O pool and wait for it; the command itself changes
// nothing. server/accesscontrol.cpp refuses the three over TLS to everyone: only the owner registers peers.
#include "sites.h"

#include "engine.h"
#include "mirror/replicationserver.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

#include <chrono>
#include <future>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

/** Runs @p work on the engine's thread and waits for its error (from an I/O pool thread, never the engine's). */
CommandResult onEngineThread(
    const QPointer<Engine>& engine, const QString& workspace, std::function<Error(Engine&)> work)
{
    auto promise = std::make_shared<std::promise<Error>>();
    auto future = promise->get_future();
    Engine::post(engine, [promise, work = std::move(work)](Engine& e) { promise->set_value(work(e)); });
    promise.reset(); // the engine's copy is the only one left: a gone engine breaks the promise
    // Registering asks the peer (up to 20 s when it does not answer) and then merges what it serves.
    if (future.wait_for(std::chrono::seconds(60)) != std::future_status::ready) {
        return CommandResult::failure({ErrorCode::EngineUnreachable,
            {workspace, u"the remote engine's registration did not finish within 60 s"_s}});
    }
    try {
        const Error err = future.get();
        return err.isError() ? CommandResult::failure(err) : CommandResult {};
    } catch (const std::future_error&) {
        return CommandResult::failure({ErrorCode::EngineUnreachable, {workspace, u"the engine is stopping"_s}});
    }
}

/** "host:port" or "[v6]:port" into its parts; false when it is neither or the port is 0. */
bool splitHostPort(const QString& text, QString* host, quint16* port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0) {
        return false;
    }
    QString h = text.left(colon).trimmed();
    if (h.startsWith(u'[') && h.endsWith(u']')) {
        h = h.mid(1, h.size() - 2);
    }
    bool ok = false;
    const uint p = text.mid(colon + 1).trimmed().toUInt(&ok);
    if (!ok || p == 0 || p > 65535 || h.isEmpty()) {
        return false;
    }
    *host = h;
    *port = static_cast<quint16>(p);
    return true;
}

void showRemoteEngines(CommandContext& ctx)
{
    Engine& engine = ctx.engine;
    QJsonArray peers;
    for (const Engine::Peer& p : engine.peers()) {
        int subsystems = 0;
        for (const Subsystem& s : std::as_const(ctx.config.subsystems)) {
            subsystems += s.peer == p.name ? 1 : 0;
        }
        peers.append(QJsonObject {
            {u"name"_s, p.name}, {u"address"_s, p.address}, {u"port"_s, p.port}, {u"subsystems"_s, subsystems}});
    }
    ctx.data.insert(u"peers"_s, peers);
    ctx.data.insert(u"site"_s, engine.siteName());
    const ReplicationServer* server = engine.replicationServer();
    const bool listening = server != nullptr && server->isRunning();
    ctx.data.insert(u"listening"_s, listening);
    if (listening) {
        ctx.data.insert(u"address"_s, server->address());
        ctx.data.insert(u"port"_s, server->port());
    }
    ctx.data.insert(u"keyFile"_s, QDir(engine.workspacePath()).filePath(u"replication.key"_s));
}

void addRemoteEngine(CommandContext& ctx)
{
    Engine::Peer peer;
    peer.name = ctx.args.string(u"name"_s);
    const QString where = ctx.args.string(u"address"_s);
    if (!splitHostPort(where, &peer.address, &peer.port)) {
        fail(ErrorCode::InvalidParameter,
            {u"address"_s, where, u"give the HOST:PORT its engine listens on (copylinectl --replication-listen)"_s});
    }
    peer.key = QByteArray::fromBase64(ctx.args.string(u"key"_s).toLatin1());
    ctx.deferIo([engine = QPointer<Engine>(&ctx.engine), workspace = ctx.engine.workspacePath(), peer]() {
        return onEngineThread(engine, workspace, [peer](Engine& e) { return e.addPeer(peer); });
    });
}

void removeRemoteEngine(CommandContext& ctx)
{
    const QString name = ctx.args.string(u"name"_s);
    ctx.deferIo([engine = QPointer<Engine>(&ctx.engine), workspace = ctx.engine.workspacePath(), name]() {
        return onEngineThread(engine, workspace, [name](Engine& e) { return e.removePeer(name); });
    });
}

void refreshRemoteEngine(CommandContext& ctx)
{
    const QString name = ctx.args.string(u"name"_s);
    ctx.deferIo([engine = QPointer<Engine>(&ctx.engine), workspace = ctx.engine.workspacePath(), name]() {
        return onEngineThread(engine, workspace, [name](Engine& e) { return e.refreshPeer(name); });
    });
}

} // namespace

QList<CommandSpec> Sites::commands()
{
    return {
        {"showRemoteEngines", &showRemoteEngines, false},
        {"addRemoteEngine", &addRemoteEngine, false},
        {"removeRemoteEngine", &removeRemoteEngine, false},
        {"refreshRemoteEngine", &refreshRemoteEngine, false},
    };
}

} // namespace Copyline
