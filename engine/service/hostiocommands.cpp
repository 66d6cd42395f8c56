// SPDX-License-Identifier: GPL-3.0-or-later
// The host I/O server (NBD) as the command API sees it: where it listens, what it exports.
#include "service/commandcontext.h"
#include "service/engine.h"

#include "util/bytesize.h"

#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

QJsonObject serverJson(Engine& engine)
{
    const NbdServer& nbd = engine.nbd();
    const bool running = nbd.isRunning();
    const QString address = engine.setting(u"nbd.address"_s, u"127.0.0.1"_s);
    const quint16 port = running ? nbd.port() : 0;
    const QString socket = running ? nbd.socketPath() : QString();
    QJsonArray exports;
    for (const NbdExport& e : nbd.exports()) {
        // "uri" is reachable by every local user (or the network); "unixUri" by this user's processes only.
        exports.append(QJsonObject {{u"name"_s, e.name}, {u"logicalDrive"_s, e.logicalDrive},
            {u"description"_s, e.description}, {u"subsystemId"_s, e.subsystemId},
            {u"uri"_s, NbdServer::tcpUri(address, port, e.name)}, {u"unixUri"_s, NbdServer::unixUri(socket, e.name)}});
    }
    QJsonObject json {{u"enabled"_s, engine.setting(u"nbd.enabled"_s, u"true"_s) == u"true"_s}, {u"running"_s, running},
        {u"address"_s, address}, {u"configuredPort"_s, engine.setting(u"nbd.port"_s, u"10809"_s).toInt()},
        {u"port"_s, port}, {u"socket"_s, socket}, {u"connections"_s, nbd.connectionCount()}, {u"exports"_s, exports}};
    if (running && !NbdServer::isLoopback(address)) {
        json.insert(u"warning"_s, NbdServer::exposureWarning(address));
    }
    return json;
}

void showHostIoServer(CommandContext& ctx)
{
    ctx.data = serverJson(ctx.engine);
}

void setHostIoServer(CommandContext& ctx)
{
    Engine& engine = ctx.engine;
    const QString oldPort = engine.setting(u"nbd.port"_s, u"10809"_s);
    const QString oldAddress = engine.setting(u"nbd.address"_s, u"127.0.0.1"_s);
    const QString oldEnabled = engine.setting(u"nbd.enabled"_s, u"true"_s);
    QString port = oldPort;
    QString address = oldAddress;
    QString enabled = oldEnabled;
    if (ctx.args.has(u"port"_s)) {
        const qint64 p = ctx.args.integer(u"port"_s);
        if (p < 0 || p > 65535) {
            fail(ErrorCode::InvalidParameter,
                {u"port"_s, QString::number(p), u"use 1 to 65535, or 0 for any free port"_s});
        }
        port = QString::number(p);
    }
    if (ctx.args.has(u"address"_s)) {
        address = ctx.args.string(u"address"_s);
        if (QHostAddress(address).protocol() != QAbstractSocket::IPv4Protocol) {
            fail(ErrorCode::InvalidParameter, {u"address"_s, address, u"use an IPv4 address such as 127.0.0.1"_s});
        }
    }
    if (ctx.args.has(u"enabled"_s)) {
        enabled = ctx.args.boolean(u"enabled"_s, true) ? u"true"_s : u"false"_s;
    }
    engine.setSetting(u"nbd.port"_s, port);
    engine.setSetting(u"nbd.address"_s, address);
    engine.setSetting(u"nbd.enabled"_s, enabled);
    if (const Error err = engine.restartNbd(); err.isError()) {
        // Back to what worked before; the caller learns why the new setting did not.
        engine.setSetting(u"nbd.port"_s, oldPort);
        engine.setSetting(u"nbd.address"_s, oldAddress);
        engine.setSetting(u"nbd.enabled"_s, oldEnabled);
        engine.restartNbd();
        fail(err.code, err.args);
    }
    ctx.logEvent(EventCode::HostIoServerChanged, EventSeverity::Informational, u"Host I/O server"_s,
        u"Host I/O (NBD) server settings changed"_s,
        enabled == u"true"_s ? u"Listening on %1:%2 and on the owner-only socket %3."_s.arg(address)
                                   .arg(engine.nbd().port())
                                   .arg(engine.nbd().socketPath())
                             : u"The NBD server is off."_s);
    if (engine.nbd().isRunning() && !NbdServer::isLoopback(address)) {
        ctx.logEvent(EventCode::HostIoServerExposed, EventSeverity::Warning, u"Host I/O server"_s,
            u"Host I/O server reachable from the network"_s, NbdServer::exposureWarning(address));
    }
    ctx.data = serverJson(engine);
}

const Host& workloadHost(CommandContext& ctx)
{
    if (ctx.args.has(u"hostId"_s)) {
        const ObjectId id = ctx.args.integer(u"hostId"_s);
        const auto it = ctx.config.hosts.constFind(id);
        if (it == ctx.config.hosts.cend()) {
            fail(ErrorCode::HostNotFound, {QString::number(id), ctx.subsystem().name});
        }
        return *it;
    }
    return ctx.hostNamed(ctx.args.string(u"host"_s));
}

QString describe(const WorkloadSpec& spec)
{
    return u"%1% reads, %2 %3 requests, %4"_s.arg(spec.readPercent)
        .arg(spec.sequential ? u"sequential"_s : u"random"_s, formatBytes(spec.blockSize),
            spec.bytesPerSecond > 0 ? formatBytes(spec.bytesPerSecond) + u"/s"_s : u"unpaced"_s);
}

void startHostWorkload(CommandContext& ctx)
{
    const Host host = workloadHost(ctx);
    WorkloadSpec spec;
    spec.hostId = host.id;
    spec.readPercent = static_cast<int>(ctx.args.integer(u"readPercent"_s, 30));
    if (spec.readPercent < 0 || spec.readPercent > 100) {
        fail(ErrorCode::InvalidParameter, {u"readPercent"_s, QString::number(spec.readPercent), u"use 0 to 100"_s});
    }
    spec.blockSize = ctx.args.has(u"blockSize"_s) ? ctx.args.capacity(u"blockSize"_s) : 64 * KiB;
    if (spec.blockSize < 512 || spec.blockSize > 32 * MiB) {
        fail(ErrorCode::InvalidParameter, {u"blockSize"_s, formatBytes(spec.blockSize), u"use 512 bytes to 32 MB"_s});
    }
    spec.bytesPerSecond = ctx.args.has(u"rate"_s) ? ctx.args.capacity(u"rate"_s) : 8 * MiB;
    const QString pattern = ctx.args.string(u"pattern"_s, u"random"_s);
    if (pattern != u"random"_s && pattern != u"sequential"_s) {
        fail(ErrorCode::InvalidParameter, {u"pattern"_s, pattern, u"use random or sequential"_s});
    }
    spec.sequential = pattern == u"sequential"_s;
    const auto targets = ctx.engine.workloadTargets(host.id);
    ctx.engine.workloads().start(spec, targets);
    ctx.data.insert(u"targets"_s, static_cast<int>(targets.size()));
    ctx.logEvent(EventCode::WorkloadChanged, EventSeverity::Informational, u"Host %1"_s.arg(host.name),
        u"Host workload started"_s, u"%1 on %2 mapped logical drive(s)."_s.arg(describe(spec)).arg(targets.size()));
}

void changeHostWorkload(CommandContext& ctx, const QString& verb)
{
    const Host host = workloadHost(ctx);
    const bool done = verb == u"stopped"_s ? ctx.engine.workloads().stop(host.id)
                                           : ctx.engine.workloads().pause(host.id, verb == u"paused"_s);
    if (!done) {
        fail(ErrorCode::WorkloadNotRunning, {host.name});
    }
    ctx.logEvent(EventCode::WorkloadChanged, EventSeverity::Informational, u"Host %1"_s.arg(host.name),
        u"Host workload %1"_s.arg(verb));
}

void pauseHostWorkload(CommandContext& ctx)
{
    changeHostWorkload(ctx, u"paused"_s);
}

void resumeHostWorkload(CommandContext& ctx)
{
    changeHostWorkload(ctx, u"resumed"_s);
}

void stopHostWorkload(CommandContext& ctx)
{
    changeHostWorkload(ctx, u"stopped"_s);
}

void showHostWorkloads(CommandContext& ctx)
{
    QJsonArray list;
    for (const WorkloadStatus& w : ctx.engine.workloads().status()) {
        list.append(QJsonObject {{u"host"_s, ctx.config.hosts.value(w.spec.hostId).name}, {u"hostId"_s, w.spec.hostId},
            {u"state"_s, w.paused ? u"paused"_s : u"running"_s}, {u"description"_s, describe(w.spec)},
            {u"reads"_s, qint64(w.reads)}, {u"writes"_s, qint64(w.writes)}, {u"refused"_s, qint64(w.refused)},
            {u"lastRefusal"_s, w.lastRefusal}, {u"targets"_s, w.targets}});
    }
    ctx.data.insert(u"workloads"_s, list);
}

} // namespace

QList<CommandSpec> hostIoCommands()
{
    return {
        {"showHostIoServer", &showHostIoServer, false},
        {"setHostIoServer", &setHostIoServer, true},
        {"startHostWorkload", &startHostWorkload, true},
        {"pauseHostWorkload", &pauseHostWorkload, true},
        {"resumeHostWorkload", &resumeHostWorkload, true},
        {"stopHostWorkload", &stopHostWorkload, true},
        {"showHostWorkloads", &showHostWorkloads, false},
    };
}

} // namespace Copyline
