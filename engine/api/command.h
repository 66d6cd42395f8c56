// SPDX-License-Identifier: GPL-3.0-or-later
// The command API: every operation of the GUI, the CLI, scripts and the management protocol is a named command
// with JSON arguments, validated and executed by the engine, answered with an Error (or success) and JSON data.
#pragma once

#include "api/error.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Copyline
{

struct CommandRequest
{
    QString name;     /**< e.g. "createLogicalDrive" */
    QJsonObject args; /**< e.g. {"subsystem": "...", "array": 1, "userLabel": "Data", "capacity": "2 GB"} */

    QJsonObject toJson() const { return {{QStringLiteral("name"), name}, {QStringLiteral("args"), args}}; }
    static CommandRequest fromJson(const QJsonObject& o)
    {
        return {o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("args")).toObject()};
    }
};

struct CommandResult
{
    Error error;
    QJsonObject data;     /**< command-specific payload (created ids, shown objects, checksums...) */
    quint64 revision = 0; /**< the snapshot revision that includes this command's effect */

    bool ok() const { return !error.isError(); }
    static CommandResult failure(Error e) { return {std::move(e), {}, 0}; }

    QJsonObject toJson() const
    {
        QJsonObject o {{QStringLiteral("data"), data}, {QStringLiteral("revision"), static_cast<qint64>(revision)}};
        if (error.isError()) {
            o.insert(QStringLiteral("error"), error.toJson());
        }
        return o;
    }
    static CommandResult fromJson(const QJsonObject& o)
    {
        CommandResult r;
        if (o.contains(QStringLiteral("error"))) {
            r.error = Error::fromJson(o.value(QStringLiteral("error")).toObject());
        }
        r.data = o.value(QStringLiteral("data")).toObject();
        r.revision = static_cast<quint64>(o.value(QStringLiteral("revision")).toInteger());
        return r;
    }
};

} // namespace Copyline

Q_DECLARE_METATYPE(Copyline::CommandResult)
