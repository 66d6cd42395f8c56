// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot.h"

#include "storage/fields.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

QJsonObject configurationToJson(const Configuration& config)
{
    QJsonObject out;
    forEachTable(config, [&out](const char* table, const auto& map) {
        QJsonArray rows;
        for (const auto& entity : map) {
            rows.append(QJsonObject::fromVariantMap(toRow(entity)));
        }
        out.insert(QString::fromLatin1(table), rows);
    });
    out.insert(u"next_id"_s, config.nextId);
    return out;
}

Configuration configurationFromJson(const QJsonObject& object)
{
    Configuration config;
    forEachTable(config, [&object](const char* table, auto& map) {
        using Entity = typename std::remove_reference_t<decltype(map)>::mapped_type;
        for (const auto& row : object.value(QString::fromLatin1(table)).toArray()) {
            auto entity = fromRow<Entity>(row.toObject().toVariantMap());
            map.insert(entity.id, entity);
        }
    });
    config.nextId = object.value(u"next_id"_s).toInteger(1);
    return config;
}

QJsonObject WorkloadRuntime::toJson() const
{
    return {{u"hostId"_s, hostId}, {u"paused"_s, paused}, {u"readPercent"_s, readPercent}, {u"blockSize"_s, blockSize},
        {u"bytesPerSecond"_s, bytesPerSecond}, {u"sequential"_s, sequential}, {u"reads"_s, qint64(reads)},
        {u"writes"_s, qint64(writes)}, {u"refused"_s, qint64(refused)}, {u"lastRefusal"_s, lastRefusal},
        {u"targets"_s, targets}};
}

WorkloadRuntime WorkloadRuntime::fromJson(const QJsonObject& o)
{
    WorkloadRuntime w;
    w.hostId = o.value(u"hostId"_s).toInteger();
    w.paused = o.value(u"paused"_s).toBool();
    w.readPercent = o.value(u"readPercent"_s).toInt();
    w.blockSize = o.value(u"blockSize"_s).toInteger();
    w.bytesPerSecond = o.value(u"bytesPerSecond"_s).toInteger();
    w.sequential = o.value(u"sequential"_s).toBool();
    w.reads = quint64(o.value(u"reads"_s).toInteger());
    w.writes = quint64(o.value(u"writes"_s).toInteger());
    w.refused = quint64(o.value(u"refused"_s).toInteger());
    w.lastRefusal = o.value(u"lastRefusal"_s).toString();
    w.targets = o.value(u"targets"_s).toInt();
    return w;
}

QJsonObject MirrorRuntime::toJson() const
{
    return {{u"outOfSyncBytes"_s, outOfSyncBytes}, {u"progressPercent"_s, progressPercent},
        {u"bytesPerSecond"_s, bytesPerSecond}, {u"etaSeconds"_s, etaSeconds}, {u"bytesShipped"_s, bytesShipped},
        {u"journalBytes"_s, journalBytes}, {u"linkUp"_s, linkUp}, {u"rpoMs"_s, recoveryPointAgeMs}};
}

MirrorRuntime MirrorRuntime::fromJson(const QJsonObject& o)
{
    MirrorRuntime m;
    m.outOfSyncBytes = o.value(u"outOfSyncBytes"_s).toInteger();
    m.progressPercent = o.value(u"progressPercent"_s).toDouble(-1);
    m.bytesPerSecond = o.value(u"bytesPerSecond"_s).toDouble();
    m.etaSeconds = o.value(u"etaSeconds"_s).toInteger(-1);
    m.bytesShipped = o.value(u"bytesShipped"_s).toInteger();
    m.journalBytes = o.value(u"journalBytes"_s).toInteger();
    m.linkUp = o.value(u"linkUp"_s).toBool(true);
    m.recoveryPointAgeMs = o.value(u"rpoMs"_s).toInteger(-1);
    return m;
}

namespace
{

QJsonObject driveRuntimeToJson(const LogicalDriveRuntime& rt)
{
    QJsonObject r {{u"readOps"_s, static_cast<qint64>(rt.readOps)}, {u"writeOps"_s, static_cast<qint64>(rt.writeOps)},
        {u"readBytes"_s, static_cast<qint64>(rt.readBytes)}, {u"writeBytes"_s, static_cast<qint64>(rt.writeBytes)},
        {u"allocatedBytes"_s, rt.allocatedBytes}};
    // Most drives never see these move: left out while 0, so a large workspace's snapshots stay small.
    const std::pair<QString, quint64> optional[] {{u"readNanos"_s, rt.readNanos}, {u"writeNanos"_s, rt.writeNanos},
        {u"copyBytes"_s, rt.copyBytes}, {u"mirrorBytes"_s, rt.mirrorBytes}};
    for (const auto& [key, value] : optional) {
        if (value != 0) {
            r.insert(key, static_cast<qint64>(value));
        }
    }
    return r;
}

LogicalDriveRuntime driveRuntimeFromJson(const QJsonObject& r)
{
    LogicalDriveRuntime rt;
    rt.readOps = static_cast<quint64>(r.value(u"readOps"_s).toInteger());
    rt.writeOps = static_cast<quint64>(r.value(u"writeOps"_s).toInteger());
    rt.readBytes = static_cast<quint64>(r.value(u"readBytes"_s).toInteger());
    rt.writeBytes = static_cast<quint64>(r.value(u"writeBytes"_s).toInteger());
    rt.allocatedBytes = r.value(u"allocatedBytes"_s).toInteger();
    rt.readNanos = static_cast<quint64>(r.value(u"readNanos"_s).toInteger());
    rt.writeNanos = static_cast<quint64>(r.value(u"writeNanos"_s).toInteger());
    rt.copyBytes = static_cast<quint64>(r.value(u"copyBytes"_s).toInteger());
    rt.mirrorBytes = static_cast<quint64>(r.value(u"mirrorBytes"_s).toInteger());
    return rt;
}

QJsonObject copyRuntimeToJson(const CopyRuntime& rt)
{
    return {{u"grains"_s, rt.grains}, {u"grainsCopied"_s, rt.grainsCopied}, {u"repositoryUsed"_s, rt.repositoryUsed},
        {u"repositoryCapacity"_s, rt.repositoryCapacity}, {u"bytesPerSecond"_s, rt.bytesPerSecond},
        {u"etaSeconds"_s, rt.etaSeconds}, {u"synchronization"_s, rt.synchronization}};
}

CopyRuntime copyRuntimeFromJson(const QJsonObject& c)
{
    CopyRuntime rt;
    rt.grains = c.value(u"grains"_s).toInteger();
    rt.grainsCopied = c.value(u"grainsCopied"_s).toInteger();
    rt.repositoryUsed = c.value(u"repositoryUsed"_s).toInteger();
    rt.repositoryCapacity = c.value(u"repositoryCapacity"_s).toInteger();
    rt.bytesPerSecond = c.value(u"bytesPerSecond"_s).toDouble();
    rt.etaSeconds = c.value(u"etaSeconds"_s).toInteger(-1);
    rt.synchronization = c.value(u"synchronization"_s).toBool();
    return rt;
}

/**
 * Writes @p now under @p key. With @p sent (what the receiver holds), only the entries that differ from it are
 * written, the ids it holds that are gone go to "<key>Removed", and "<key>Delta" says so.
 */
template <typename T, typename ToJson>
void writeTable(
    QJsonObject& out, const QString& key, const QHash<ObjectId, T>& now, const QHash<ObjectId, T>* sent, ToJson toJson)
{
    QJsonObject entries;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (sent != nullptr) {
            const auto before = sent->constFind(it.key());
            if (before != sent->cend() && *before == *it) {
                continue;
            }
        }
        entries.insert(QString::number(it.key()), toJson(*it));
    }
    out.insert(key, entries);
    if (sent == nullptr) {
        return;
    }
    QJsonArray removed;
    for (auto it = sent->cbegin(); it != sent->cend(); ++it) {
        if (!now.contains(it.key())) {
            removed.append(it.key());
        }
    }
    out.insert(key + u"Removed"_s, removed);
    out.insert(key + u"Delta"_s, true);
}

/**
 * The table under @p key as writeTable wrote it. A delta applies to @p held (what this side received before);
 * when nothing changed the result shares its data with @p held.
 */
template <typename T, typename FromJson>
QHash<ObjectId, T> readTable(
    const QJsonObject& object, const QString& key, const QHash<ObjectId, T>* held, FromJson fromJson)
{
    QHash<ObjectId, T> table;
    if (held != nullptr && object.value(key + u"Delta"_s).toBool()) {
        table = *held;
        for (const auto& id : object.value(key + u"Removed"_s).toArray()) {
            table.remove(id.toInteger());
        }
    }
    const QJsonObject entries = object.value(key).toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        table.insert(it.key().toLongLong(), fromJson(it.value().toObject()));
    }
    return table;
}

} // namespace

QJsonObject Snapshot::toJson(const Snapshot* sent, SnapshotDeltas deltas) const
{
    const bool configDelta = sent != nullptr && deltas.config;
    const bool runtimeDelta = sent != nullptr && deltas.runtime;
    QJsonObject out {{u"revision"_s, static_cast<qint64>(revision)}, {u"publishedMs"_s, publishedMs},
        {u"workspacePath"_s, workspacePath}};
    writeTable(out, u"runtime"_s, runtime, runtimeDelta ? &sent->runtime : nullptr, driveRuntimeToJson);
    writeTable(out, u"copies"_s, copies, runtimeDelta ? &sent->copies : nullptr, copyRuntimeToJson);
    writeTable(out, u"mirrors"_s, mirrors, runtimeDelta ? &sent->mirrors : nullptr,
        [](const MirrorRuntime& m) { return m.toJson(); });
    QJsonArray workloadsJson;
    for (const WorkloadRuntime& w : workloads) {
        workloadsJson.append(w.toJson());
    }
    QJsonArray attention;
    for (auto it = needsAttention.cbegin(); it != needsAttention.cend(); ++it) {
        if (it.value()) {
            attention.append(it.key());
        }
    }
    QJsonObject problemsJson;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        QJsonArray list;
        for (const RecoveryProblem& p : it.value()) {
            list.append(p.toJson());
        }
        problemsJson.insert(QString::number(it.key()), list);
    }
    QJsonObject limitsJson;
    for (auto it = subsystemLimits.cbegin(); it != subsystemLimits.cend(); ++it) {
        limitsJson.insert(QString::number(it.key()), it->toJson());
    }
    out.insert(u"workloads"_s, workloadsJson);
    out.insert(u"nbdPort"_s, nbdPort);
    out.insert(u"nbdSocket"_s, nbdSocket);
    out.insert(u"lastEventId"_s, lastEventId);
    out.insert(u"needsAttention"_s, attention);
    out.insert(u"problems"_s, problemsJson);
    out.insert(u"limits"_s, limitsJson);
    // The maps of an unchanged configuration share their data with the one sent before: comparing them is cheap.
    if (configDelta && sent->config == config) {
        out.insert(u"configUnchanged"_s, true);
    } else {
        out.insert(u"config"_s, configurationToJson(config));
    }
    return out;
}

Snapshot Snapshot::fromJson(const QJsonObject& object, const Snapshot* previous)
{
    Snapshot s;
    s.revision = static_cast<quint64>(object.value(u"revision"_s).toInteger());
    s.publishedMs = object.value(u"publishedMs"_s).toInteger();
    s.workspacePath = object.value(u"workspacePath"_s).toString();
    if (previous != nullptr && object.value(u"configUnchanged"_s).toBool()) {
        s.config = previous->config; // implicitly shared: no copy, and views see the same maps as before
    } else {
        s.config = configurationFromJson(object.value(u"config"_s).toObject());
    }
    s.runtime = readTable(object, u"runtime"_s, previous ? &previous->runtime : nullptr, driveRuntimeFromJson);
    s.copies = readTable(object, u"copies"_s, previous ? &previous->copies : nullptr, copyRuntimeFromJson);
    s.mirrors = readTable(object, u"mirrors"_s, previous ? &previous->mirrors : nullptr, MirrorRuntime::fromJson);
    for (const auto& w : object.value(u"workloads"_s).toArray()) {
        const WorkloadRuntime workload = WorkloadRuntime::fromJson(w.toObject());
        s.workloads.insert(workload.hostId, workload);
    }
    s.nbdPort = static_cast<quint16>(object.value(u"nbdPort"_s).toInt());
    s.nbdSocket = object.value(u"nbdSocket"_s).toString();
    s.lastEventId = object.value(u"lastEventId"_s).toInteger();
    for (const auto& id : object.value(u"needsAttention"_s).toArray()) {
        s.needsAttention.insert(id.toInteger(), true);
    }
    const QJsonObject problemsJson = object.value(u"problems"_s).toObject();
    for (auto it = problemsJson.begin(); it != problemsJson.end(); ++it) {
        QList<RecoveryProblem> list;
        for (const auto& p : it.value().toArray()) {
            list.append(RecoveryProblem::fromJson(p.toObject()));
        }
        s.problems.insert(it.key().toLongLong(), list);
    }
    const QJsonObject limitsJson = object.value(u"limits"_s).toObject();
    for (auto it = limitsJson.begin(); it != limitsJson.end(); ++it) {
        s.subsystemLimits.insert(it.key().toLongLong(), SubsystemLimits::fromJson(it.value().toObject()));
    }
    return s;
}

} // namespace Copyline
