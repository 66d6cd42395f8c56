// SPDX-License-Identifier: GPL-3.0-or-later
// The host I/O server (NBD) as the command API sees it: where it listens, what it exports.
#include "service/commandcontext.h"
#include "service/engine.h"

#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

namespace Copyline {

namespace {

QJsonObject serverJson(Engine& engine)
{
    QJsonArray exports;
    for (const NbdExport& e : engine.nbd().exports()) {
        exports.append(QJsonObject{{u"name"_s, e.name}, {u"logicalDrive"_s, e.logicalDrive},
            {u"description"_s, e.description}, {u"subsystemId"_s, e.subsystemId}});
    }
    return {{u"enabled"_s, engine.setting(u"nbd.enabled"_s, u"true"_s) == u"true"_s},
        {u"running"_s, engine.nbd().isRunning()}, {u"address"_s, engine.setting(u"nbd.address"_s, u"127.0.0.1"_s)},
        {u"configuredPort"_s, engine.setting(u"nbd.port"_s, u"10809"_s).toInt()},
        {u"port"_s, engine.nbd().isRunning() ? engine.nbd().port() : 0},
        {u"connections"_s, engine.nbd().connectionCount()}, {u"exports"_s, exports}};
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
            fail(ErrorCode::InvalidParameter, {u"port"_s, QString::number(p), u"use 1 to 65535, or 0 for any free port"_s});
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
        enabled == u"true"_s ? u"Listening on %1:%2."_s.arg(address).arg(engine.nbd().port())
                             : u"The NBD server is off."_s);
    ctx.data = serverJson(engine);
}

} // namespace

QList<CommandSpec> hostIoCommands()
{
    return {
        {"showHostIoServer", &showHostIoServer, false},
        {"setHostIoServer", &setHostIoServer, true},
    };
}

} // namespace Copyline
