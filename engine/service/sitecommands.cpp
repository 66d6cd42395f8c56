// SPDX-License-Identifier: GPL-3.0-or-later
// The remote engines as commands (engines per site, issue 17), for the console: its connection carries commands
// only, while copylinectl uses the management protocol's owner-only "sites" message. Registering, refreshing and
// removing change the engine's peers and then its configuration in transactions of their own (Engine::addPeer), so
// the commands hand that work to the engine thread from the I/O pool and wait for it; the command itself changes
// nothing. server/accesscontrol.cpp refuses the three over TLS to everyone: only the owner registers peers.
#include "sites.h"

#include "engine.h"
#include "mirror/replicationserver.h"
#include "util/hostport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

#include <chrono>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

/** Runs @p work on the engine's thread and waits for its error (from an I/O pool thread, never the engine's). */
CommandResult onEngineThread(
    const QPointer<Engine>& engine, const QString& workspace, std::function<Error(Engine&)> work)
{
    auto error = std::make_shared<Error>();
    // Registering asks the peer (up to 20 s when it does not answer) and then merges what it serves.
    const auto waited = Sites::runOnEngineThread(
        engine, [error, work = std::move(work)](Engine& e) { *error = work(e); }, std::chrono::seconds(60));
    if (waited == Sites::Waited::TimedOut) {
        return CommandResult::failure({ErrorCode::EngineUnreachable,
            {workspace, u"the remote engine's registration did not finish within 60 s"_s}});
    }
    if (waited == Sites::Waited::Gone) {
        return CommandResult::failure({ErrorCode::EngineUnreachable, {workspace, u"the engine is stopping"_s}});
    }
    return error->isError() ? CommandResult::failure(*error) : CommandResult {};
}

void showRemoteEngines(CommandContext& ctx)
{
    ctx.data = Sites::describe(ctx.engine);
}

void addRemoteEngine(CommandContext& ctx)
{
    Engine::Peer peer;
    peer.name = ctx.args.string(u"name"_s);
    const QString where = ctx.args.string(u"address"_s);
    if (!splitHostPort(where, &peer.address, &peer.port) || peer.port == 0) {
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

QJsonObject Sites::describe(Engine& engine)
{
    QJsonArray peers;
    for (const Engine::Peer& p : engine.peers()) {
        int subsystems = 0;
        for (const Subsystem& s : std::as_const(engine.configuration().subsystems)) {
            subsystems += s.peer == p.name ? 1 : 0;
        }
        peers.append(QJsonObject {
            {u"name"_s, p.name}, {u"address"_s, p.address}, {u"port"_s, p.port}, {u"subsystems"_s, subsystems}});
    }
    QJsonObject o {{u"peers"_s, peers}, {u"site"_s, engine.siteName()},
        {u"keyFile"_s, QDir(engine.workspacePath()).filePath(u"replication.key"_s)}};
    const ReplicationServer* server = engine.replicationServer();
    const bool listening = server != nullptr && server->isRunning();
    o.insert(u"listening"_s, listening);
    if (listening) {
        o.insert(u"address"_s, server->address());
        o.insert(u"port"_s, server->port());
    }
    return o;
}

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
