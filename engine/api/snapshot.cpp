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

QJsonObject Snapshot::toJson(bool includeConfig) const
{
    QJsonObject runtimeJson;
    for (auto it = runtime.cbegin(); it != runtime.cend(); ++it) {
        QJsonObject r {{u"readOps"_s, static_cast<qint64>(it->readOps)},
            {u"writeOps"_s, static_cast<qint64>(it->writeOps)}, {u"readBytes"_s, static_cast<qint64>(it->readBytes)},
            {u"writeBytes"_s, static_cast<qint64>(it->writeBytes)}, {u"allocatedBytes"_s, it->allocatedBytes}};
        // Most drives never see these move: left out while 0, so a large workspace's snapshots stay small.
        const std::pair<QString, quint64> optional[] {{u"readNanos"_s, it->readNanos},
            {u"writeNanos"_s, it->writeNanos}, {u"copyBytes"_s, it->copyBytes}, {u"mirrorBytes"_s, it->mirrorBytes}};
        for (const auto& [key, value] : optional) {
            if (value != 0) {
                r.insert(key, static_cast<qint64>(value));
            }
        }
        runtimeJson.insert(QString::number(it.key()), r);
    }
    QJsonObject copiesJson;
    for (auto it = copies.cbegin(); it != copies.cend(); ++it) {
        copiesJson.insert(QString::number(it.key()),
            QJsonObject {{u"grains"_s, it->grains}, {u"grainsCopied"_s, it->grainsCopied},
                {u"repositoryUsed"_s, it->repositoryUsed}, {u"repositoryCapacity"_s, it->repositoryCapacity},
                {u"bytesPerSecond"_s, it->bytesPerSecond}, {u"etaSeconds"_s, it->etaSeconds},
                {u"synchronization"_s, it->synchronization}});
    }
    QJsonArray workloadsJson;
    for (const WorkloadRuntime& w : workloads) {
        workloadsJson.append(w.toJson());
    }
    QJsonObject mirrorsJson;
    for (auto it = mirrors.cbegin(); it != mirrors.cend(); ++it) {
        mirrorsJson.insert(QString::number(it.key()), it->toJson());
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
    QJsonObject out {{u"revision"_s, static_cast<qint64>(revision)}, {u"publishedMs"_s, publishedMs},
        {u"workspacePath"_s, workspacePath}, {u"runtime"_s, runtimeJson}, {u"copies"_s, copiesJson},
        {u"workloads"_s, workloadsJson}, {u"mirrors"_s, mirrorsJson}, {u"nbdPort"_s, nbdPort},
        {u"nbdSocket"_s, nbdSocket}, {u"lastEventId"_s, lastEventId}, {u"needsAttention"_s, attention},
        {u"problems"_s, problemsJson}, {u"limits"_s, limitsJson}};
    if (includeConfig) {
        out.insert(u"config"_s, configurationToJson(config));
    } else {
        out.insert(u"configUnchanged"_s, true);
    }
    return out;
}

Snapshot Snapshot::fromJson(const QJsonObject& object, const Configuration* previousConfig)
{
    Snapshot s;
    s.revision = static_cast<quint64>(object.value(u"revision"_s).toInteger());
    s.publishedMs = object.value(u"publishedMs"_s).toInteger();
    s.workspacePath = object.value(u"workspacePath"_s).toString();
    if (previousConfig != nullptr && object.value(u"configUnchanged"_s).toBool()) {
        s.config = *previousConfig; // implicitly shared: no copy, and views see the same maps as before
    } else {
        s.config = configurationFromJson(object.value(u"config"_s).toObject());
    }
    const QJsonObject runtimeJson = object.value(u"runtime"_s).toObject();
    for (auto it = runtimeJson.begin(); it != runtimeJson.end(); ++it) {
        const QJsonObject r = it.value().toObject();
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
        s.runtime.insert(it.key().toLongLong(), rt);
    }
    const QJsonObject copiesJson = object.value(u"copies"_s).toObject();
    for (auto it = copiesJson.begin(); it != copiesJson.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        CopyRuntime rt;
        rt.grains = c.value(u"grains"_s).toInteger();
        rt.grainsCopied = c.value(u"grainsCopied"_s).toInteger();
        rt.repositoryUsed = c.value(u"repositoryUsed"_s).toInteger();
        rt.repositoryCapacity = c.value(u"repositoryCapacity"_s).toInteger();
        rt.bytesPerSecond = c.value(u"bytesPerSecond"_s).toDouble();
        rt.etaSeconds = c.value(u"etaSeconds"_s).toInteger(-1);
        rt.synchronization = c.value(u"synchronization"_s).toBool();
        s.copies.insert(it.key().toLongLong(), rt);
    }
    for (const auto& w : object.value(u"workloads"_s).toArray()) {
        const WorkloadRuntime workload = WorkloadRuntime::fromJson(w.toObject());
        s.workloads.insert(workload.hostId, workload);
    }
    const QJsonObject mirrorsJson = object.value(u"mirrors"_s).toObject();
    for (auto it = mirrorsJson.begin(); it != mirrorsJson.end(); ++it) {
        s.mirrors.insert(it.key().toLongLong(), MirrorRuntime::fromJson(it.value().toObject()));
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
