// SPDX-License-Identifier: GPL-3.0-or-later
// Field-list plumbing: turns an entity's visitFields() into a QVariantMap row and back. Used by the catalog
// (SQLite columns) and by the management protocol (JSON objects), so both always carry exactly the same fields.
#pragma once

#include "storage/configuration.h"

#include <QVariantMap>

#include <concepts>

namespace Copyline
{

namespace FieldCodec
{

inline QVariant encode(qint64 v)
{
    return v;
}
inline QVariant encode(int v)
{
    return v;
}
inline QVariant encode(bool v)
{
    return v;
}
inline QVariant encode(const QString& v)
{
    return v.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(v);
} // never NULL in SQL
inline QVariant encode(const QDateTime& v)
{
    return v.isValid() ? v.toUTC().toString(Qt::ISODateWithMs) : QString::fromLatin1(""); // never NULL in SQL
}
template <ModelEnum E>
QVariant encode(E v)
{
    return enumName(v);
}

inline void decode(const QVariant& in, qint64& v)
{
    v = in.toLongLong();
}
inline void decode(const QVariant& in, int& v)
{
    v = in.toInt();
}
inline void decode(const QVariant& in, bool& v)
{
    v = in.toBool();
}
inline void decode(const QVariant& in, QString& v)
{
    v = in.toString();
}
inline void decode(const QVariant& in, QDateTime& v)
{
    v = QDateTime::fromString(in.toString(), Qt::ISODateWithMs);
}
template <ModelEnum E>
void decode(const QVariant& in, E& v)
{
    if (const auto parsed = parseEnum<E>(in.toString())) {
        v = *parsed;
    }
}

} // namespace FieldCodec

template <typename T>
QVariantMap toRow(T entity) // by value: visitFields() is not const
{
    QVariantMap row;
    entity.visitFields([&row](const char* name, const auto& value) {
        row.insert(QString::fromLatin1(name), FieldCodec::encode(value));
    });
    return row;
}

template <typename T>
T fromRow(const QVariantMap& row)
{
    T entity;
    entity.visitFields([&row](const char* name, auto& value) {
        const auto it = row.constFind(QString::fromLatin1(name));
        if (it != row.cend()) {
            FieldCodec::decode(*it, value);
        }
    });
    return entity;
}

template <typename T>
QStringList fieldNames()
{
    QStringList names;
    T entity;
    entity.visitFields([&names](const char* name, const auto&) { names.append(QString::fromLatin1(name)); });
    return names;
}

/** Calls f(tableName, map) for every entity table of a configuration, in dependency order. */
template <typename Config, typename F>
void forEachTable(Config& config, F&& f)
{
    f("subsystems", config.subsystems);
    f("controllers", config.controllers);
    f("drives", config.drives);
    f("arrays", config.arrays);
    f("logical_drives", config.logicalDrives);
    f("host_groups", config.hostGroups);
    f("hosts", config.hosts);
    f("host_ports", config.hostPorts);
    f("lun_mappings", config.mappings);
    f("flash_copies", config.flashCopies);
    f("volume_copies", config.volumeCopies);
    f("mirror_links", config.mirrorLinks);
    f("mirrors", config.mirrors);
    f("relationships", config.relationships);
    f("copy_paths", config.copyPaths);
    f("tasks", config.tasks);
    f("users", config.users);
    f("csm_sessions", config.csmSessions);
    f("csm_copy_sets", config.csmCopySets);
}

/** Calls f(tableName, mapOfA, mapOfB) for every entity table of two configurations. */
template <typename F>
void forEachTablePair(const Configuration& a, const Configuration& b, F&& f)
{
    f("subsystems", a.subsystems, b.subsystems);
    f("controllers", a.controllers, b.controllers);
    f("drives", a.drives, b.drives);
    f("arrays", a.arrays, b.arrays);
    f("logical_drives", a.logicalDrives, b.logicalDrives);
    f("host_groups", a.hostGroups, b.hostGroups);
    f("hosts", a.hosts, b.hosts);
    f("host_ports", a.hostPorts, b.hostPorts);
    f("lun_mappings", a.mappings, b.mappings);
    f("flash_copies", a.flashCopies, b.flashCopies);
    f("volume_copies", a.volumeCopies, b.volumeCopies);
    f("mirror_links", a.mirrorLinks, b.mirrorLinks);
    f("mirrors", a.mirrors, b.mirrors);
    f("relationships", a.relationships, b.relationships);
    f("copy_paths", a.copyPaths, b.copyPaths);
    f("tasks", a.tasks, b.tasks);
    f("users", a.users, b.users);
    f("csm_sessions", a.csmSessions, b.csmSessions);
    f("csm_copy_sets", a.csmCopySets, b.csmCopySets);
}

} // namespace Copyline
