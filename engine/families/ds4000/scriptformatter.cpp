// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptformatter.h"

#include "storage/rules.h"
#include "util/bytesize.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

/** A plain text table with auto-sized columns, indented like the SMcli profile. */
class Table
{
public:
    explicit Table(QStringList header)
        : m_rows {std::move(header)}
    { }
    void add(QStringList row) { m_rows.append(std::move(row)); }

    QString render() const
    {
        QList<qsizetype> widths;
        for (const QStringList& row : m_rows) {
            for (qsizetype i = 0; i < row.size(); ++i) {
                if (widths.size() <= i) {
                    widths.append(0);
                }
                widths[i] = std::max(widths[i], row[i].size());
            }
        }
        QString out;
        for (const QStringList& row : m_rows) {
            QString line = u"   "_s;
            for (qsizetype i = 0; i < row.size(); ++i) {
                line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 3) : row[i];
            }
            out += line.trimmed().isEmpty() ? QString() : line + u'\n';
        }
        return out;
    }

private:
    QList<QStringList> m_rows;
};

QString gb(const QJsonValue& v)
{
    return formatGb(v.toInteger());
}

QString s(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

QString kindText(const QJsonObject& o)
{
    const QString kind = s(o, "kind");
    if (kind == u"flashCopy"_s) {
        return u"FlashCopy of %1"_s.arg(s(o.value(u"flashCopy"_s).toObject(), "base"));
    }
    if (kind == u"flashCopyRepository"_s) {
        return u"Repository of %1"_s.arg(s(o.value(u"flashCopy"_s).toObject(), "name"));
    }
    if (kind == u"mirrorRepository"_s) {
        return u"Mirror repository"_s;
    }
    return u"Standard"_s;
}

QString flashCopies(const QJsonArray& list)
{
    Table t({u"FLASHCOPY"_s, u"BASE"_s, u"REPOSITORY"_s, u"STATUS"_s, u"CREATED (UTC)"_s, u"REPOSITORY USED"_s,
        u"WARNING AT"_s, u"WHEN FULL"_s});
    bool any = false;
    for (const auto& v : list) {
        const QJsonObject o = v.toObject();
        if (s(o, "kind") != u"flashCopy"_s) {
            continue;
        }
        any = true;
        const QJsonObject f = o.value(u"flashCopy"_s).toObject();
        const qint64 used = f.value(u"repositoryUsed"_s).toInteger();
        const qint64 capacity = std::max<qint64>(1, f.value(u"repositoryCapacity"_s).toInteger());
        QString status = s(f, "status");
        if (!s(f, "status_reason").isEmpty()) {
            status += u" (%1)"_s.arg(s(f, "status_reason"));
        }
        if (f.value(u"threshold_exceeded"_s).toBool()) {
            status += u", threshold exceeded"_s;
        }
        t.add({s(f, "name"), s(f, "base"), s(f, "repository"), status,
            QDateTime::fromString(s(f, "point_in_time"), Qt::ISODateWithMs).toString(u"yyyy-MM-dd HH:mm:ss"_s),
            u"%1 of %2 (%3%)"_s.arg(formatGb(used), formatGb(capacity)).arg(used * 100 / capacity),
            s(f, "warning_threshold_percent") + u'%',
            s(f, "full_policy") == u"failBaseWrites"_s ? u"Fail writes to base logical drive"_s
                                                       : u"Fail FlashCopy logical drive"_s});
    }
    return any ? u"\nFLASHCOPY LOGICAL DRIVES\n"_s + t.render() : QString();
}

QString logicalDrives(const QJsonArray& list)
{
    Table t(
        {u"NAME"_s, u"TYPE"_s, u"CAPACITY"_s, u"ARRAY"_s, u"RAID"_s, u"STATUS"_s, u"OWNER"_s, u"MAPPING"_s, u"WWN"_s});
    for (const auto& v : list) {
        const QJsonObject o = v.toObject();
        const QString mapping
            = o.contains(u"lun"_s) ? u"LUN %1 of %2"_s.arg(s(o, "lun"), s(o, "mappedTo")) : u"(unmapped)"_s;
        QString status = s(o, "status");
        if (o.contains(u"action"_s)) {
            status += u" (%1, %2%)"_s.arg(s(o, "action"), s(o, "percentComplete"));
        }
        QString capacity = gb(o.value(u"capacity"_s));
        if (o.contains(u"usableCapacity"_s) && o.value(u"usableCapacity"_s) != o.value(u"capacity"_s)) {
            capacity += u" (usable %1)"_s.arg(gb(o.value(u"usableCapacity"_s)));
        }
        t.add({s(o, "name"), kindText(o), capacity, s(o, "arrayNumber"), s(o, "raidLevel"), status,
            u"%1 (preferred %2)"_s.arg(s(o, "current_owner"), s(o, "preferred_owner")), mapping, s(o, "wwn")});
    }
    return u"LOGICAL DRIVES\n"_s + t.render() + flashCopies(list);
}

QString arrays(const QJsonArray& list)
{
    Table t({u"ARRAY"_s, u"CAPACITY"_s, u"FREE"_s, u"DRIVES"_s, u"LOGICAL DRIVES"_s});
    for (const auto& v : list) {
        const QJsonObject o = v.toObject();
        QStringList drives;
        for (const auto& d : o.value(u"drives"_s).toArray()) {
            drives.append(u"[%1]"_s.arg(d.toString()));
        }
        QStringList lds;
        for (const auto& d : o.value(u"logicalDrives"_s).toArray()) {
            lds.append(d.toString());
        }
        t.add({s(o, "label"), gb(o.value(u"capacity"_s)), gb(o.value(u"freeCapacity"_s)), drives.join(u' '),
            lds.join(u", "_s)});
    }
    return u"ARRAYS\n"_s + t.render();
}

QString drives(const QJsonArray& list)
{
    Table t(
        {u"DRIVE"_s, u"ROLE"_s, u"ARRAY"_s, u"USABLE CAPACITY"_s, u"TYPE"_s, u"SPEED"_s, u"STATUS"_s, u"PRODUCT"_s});
    for (const auto& v : list) {
        const QJsonObject o = v.toObject();
        t.add({u"[%1,%2]"_s.arg(s(o, "enclosure"), s(o, "slot")), s(o, "role"),
            o.contains(u"arrayNumber"_s) ? s(o, "arrayNumber") : u"-"_s, gb(o.value(u"usable_capacity"_s)),
            s(o, "type"), u"%1 rpm"_s.arg(s(o, "speed_rpm")), s(o, "status"), s(o, "product")});
    }
    return u"DRIVES\n"_s + t.render();
}

QString topology(const QJsonObject& topo)
{
    QString out = u"HOST TOPOLOGY\n"_s;
    auto hosts = [&out](const QJsonArray& list, const QString& indent) {
        for (const auto& h : list) {
            const QJsonObject host = h.toObject();
            out += indent + u"Host %1 (%2)\n"_s.arg(s(host, "name"), s(host, "host_type"));
            for (const auto& p : host.value(u"ports"_s).toArray()) {
                const QJsonObject port = p.toObject();
                out += indent + u"   Host port %1 (%2)\n"_s.arg(s(port, "wwpn"), s(port, "label"));
            }
        }
    };
    out += u"   Default Host Group\n"_s;
    hosts(topo.value(u"defaultGroupHosts"_s).toArray(), u"      "_s);
    for (const auto& g : topo.value(u"hostGroups"_s).toArray()) {
        const QJsonObject group = g.toObject();
        out += u"   Host Group %1\n"_s.arg(s(group, "name"));
        hosts(group.value(u"hosts"_s).toArray(), u"      "_s);
    }
    return out;
}

QString mappings(const QJsonArray& list)
{
    Table t({u"LOGICAL DRIVE"_s, u"LUN"_s, u"ACCESSIBLE BY"_s});
    for (const auto& v : list) {
        const QJsonObject o = v.toObject();
        t.add({s(o, "logicalDrive"), s(o, "lun"), s(o, "target")});
    }
    return u"MAPPINGS\n"_s + t.render();
}

QString subsystemHeader(const QJsonObject& o)
{
    QStringList controllers;
    for (const auto& c : o.value(u"controllers"_s).toArray()) {
        controllers.append(u"%1 (%2)"_s.arg(s(c.toObject(), "slot"), s(c.toObject(), "status")));
    }
    QString health = u"   Status: %1\n"_s.arg(s(o, "health"));
    for (const auto& reason : o.value(u"attentionReasons"_s).toArray()) {
        health += u"      - %1\n"_s.arg(reason.toString());
    }
    return u"STORAGE SUBSYSTEM %1\n"_s.arg(s(o, "name")) + health
        + u"   Model: %1   Firmware: %2   WWN: %3\n"_s.arg(s(o, "model"), s(o, "firmware"), s(o, "wwn"))
        + u"   Feature enable identifier: %1\n"_s.arg(s(o, "feature_enable_id"))
        + u"   Controllers: %1\n"_s.arg(controllers.join(u", "_s))
        + u"   Drives: %1   Logical drives: %2 of %3   Unconfigured Capacity: %4\n"_s.arg(s(o, "driveCount"),
            s(o, "logicalDriveCount"), s(o, "maxLogicalDrives"), gb(o.value(u"unconfiguredCapacity"_s)));
}

/** Issue 19: how fast background copies may go (a line of show storageSubsystem). */
QString copyRate(const QJsonObject& o)
{
    const qint64 bandwidth = o.value(u"copyBandwidth"_s).toInteger();
    const qint64 bound = o.value(u"latencyBoundMs"_s).toInteger();
    const QString fixed
        = bandwidth > 0 ? u"%1/s at Highest priority"_s.arg(formatBytes(bandwidth)) : u"as fast as the disks allow"_s;
    if (bound <= 0) {
        return u"   Copy rate: fixed, %1   Latency bound: none\n"_s.arg(fixed);
    }
    return u"   Copy rate: adaptive, now %1/s (%2)   Latency bound: %3 ms (host write p95 %4 ms, %5 back-offs)\n"_s
        .arg(formatBytes(o.value(u"rate"_s).toInteger()), fixed)
        .arg(bound)
        .arg(static_cast<double>(o.value(u"hostWriteP95Us"_s).toInteger()) / 1000.0, 0, 'f', 1)
        .arg(o.value(u"backoffs"_s).toInteger());
}

QString features(const QJsonObject& data)
{
    QString out = u"PREMIUM FEATURES of %1\n   Feature enable identifier: %2\n"_s.arg(
        data.value(u"subsystem"_s).toString(), data.value(u"featureEnableIdentifier"_s).toString());
    Table t({u"FEATURE"_s, u"STATUS"_s});
    for (const auto& v : data.value(u"features"_s).toArray()) {
        const QJsonObject o = v.toObject();
        QString status = !o.value(u"supported"_s).toBool() ? u"Not supported on this model"_s
            : o.value(u"enabled"_s).toBool()               ? u"Enabled"_s
                                                           : u"Disabled"_s;
        if (o.contains(u"activated"_s) && o.value(u"supported"_s).toBool()) {
            status += o.value(u"activated"_s).toBool() ? u"/Activated"_s : u"/Deactivated"_s;
        }
        if (o.contains(u"outOfCompliance"_s)) {
            status += u" (Out of compliance: %1)"_s.arg(s(o, "outOfCompliance"));
        }
        t.add({s(o, "name"), status});
    }
    return out + t.render();
}

QString events(const QJsonArray& list)
{
    Table t({u"TIME (UTC)"_s, u"EVENT"_s, u"SEVERITY"_s, u"SUBSYSTEM"_s, u"COMPONENT"_s, u"DESCRIPTION"_s});
    for (const auto& v : list) {
        const QJsonObject o = v.toObject();
        QString description = s(o, "description");
        if (!s(o, "details").isEmpty()) {
            description += u" - "_s + s(o, "details");
        }
        t.add({QDateTime::fromString(s(o, "time"), Qt::ISODateWithMs).toString(u"yyyy-MM-dd HH:mm:ss"_s),
            s(o, "codeText"), s(o, "severity"), s(o, "subsystem"), s(o, "component"), description});
    }
    return u"MAJOR EVENT LOG\n"_s + t.render();
}

QString duration(qint64 seconds)
{
    if (seconds < 0) {
        return u"-"_s;
    }
    return u"%1:%2:%3"_s.arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QChar(u'0'))
        .arg(seconds % 60, 2, 10, QChar(u'0'));
}

QString volumeCopies(const QJsonArray& list)
{
    Table t({u"SOURCE"_s, u"TARGET"_s, u"STATUS"_s, u"PROGRESS"_s, u"RATE"_s, u"TIME LEFT"_s, u"PRIORITY"_s,
        u"TARGET READ-ONLY"_s, u"STARTED (UTC)"_s, u"COMPLETED (UTC)"_s});
    for (const auto& v : list) {
        const QJsonObject o = v.toObject();
        const QString status = s(o, "status");
        QString shown = status == u"inProgress"_s ? u"Copy In Progress"_s
            : status == u"pending"_s              ? u"Copy Pending"_s
            : status == u"failed"_s               ? u"Copy Failed"_s
                                                  : status.left(1).toUpper() + status.mid(1);
        if (!s(o, "statusReason").isEmpty()) {
            shown += u" (%1)"_s.arg(s(o, "statusReason"));
        }
        const bool running = status == u"inProgress"_s;
        const auto time = [&](const char* key) {
            const QDateTime when = QDateTime::fromString(s(o, key), Qt::ISODateWithMs);
            return when.isValid() ? when.toString(u"yyyy-MM-dd HH:mm:ss"_s) : u"-"_s;
        };
        t.add({s(o, "source"), s(o, "target"), shown, u"%1%"_s.arg(o.value(u"percent"_s).toDouble(), 0, 'f', 1),
            running ? formatBytes(static_cast<qint64>(o.value(u"bytesPerSecond"_s).toDouble())) + u"/s"_s : u"-"_s,
            running ? duration(o.value(u"etaSeconds"_s).toInteger(-1)) : u"-"_s, s(o, "priority"),
            o.value(u"targetReadOnly"_s).toBool() ? u"Enabled"_s : u"Disabled"_s, time("started"), time("completed")});
    }
    return u"VOLUMECOPY PAIRS\n"_s + t.render();
}

QString candidates(const QJsonObject& data, const QString& role)
{
    Table t({u"LOGICAL DRIVE"_s, u"CAPACITY"_s, u"CANDIDATE"_s});
    for (const auto& v : data.value(u"candidates"_s).toArray()) {
        const QJsonObject o = v.toObject();
        t.add({s(o, "name"), gb(o.value(u"capacity"_s)),
            o.value(u"eligible"_s).toBool() ? u"yes"_s : u"no: "_s + s(o, "reason")});
    }
    const QString title = data.contains(u"source"_s)
        ? u"VOLUMECOPY %1 CANDIDATES FOR SOURCE %2\n"_s.arg(role, s(data, "source"))
        : u"VOLUMECOPY %1 CANDIDATES\n"_s.arg(role);
    return title + t.render();
}

QString roundTrip(const QJsonValue& micros)
{
    const qint64 us = micros.toInteger(-1);
    return us < 0 ? u"-"_s : u"%1 ms"_s.arg(static_cast<double>(us) / 1000.0, 0, 'f', 3);
}

QString mirrorStatusText(const QJsonObject& o)
{
    QString shown = s(o, "statusText");
    if (s(o, "status") == u"suspended"_s) {
        shown = u"Optimal/Suspended"_s;
    }
    if (o.value(u"secondaryInconsistent"_s).toBool() && s(o, "role") == u"primary"_s) {
        shown += u" (secondary inconsistent)"_s;
    }
    return shown;
}

QString remoteMirrors(const QJsonObject& d)
{
    Table t({u"LOGICAL DRIVE"_s, u"ROLE"_s, u"REMOTE"_s, u"STATUS"_s, u"COPY TYPE"_s, u"PROGRESS"_s, u"OUT OF SYNC"_s,
        u"RATE"_s, u"TIME LEFT"_s, u"PRIORITY"_s, u"RESYNC"_s});
    for (const auto& v : d.value(u"mirrors"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const bool running = o.contains(u"etaSeconds"_s);
        const QString role = s(o, "role");
        t.add({s(o, "logicalDrive"), role.left(1).toUpper() + role.mid(1),
            u"%1 on %2"_s.arg(s(o, "remoteLogicalDrive"), s(o, "remoteStorageSubsystem")), mirrorStatusText(o),
            s(o, "copyType"),
            o.contains(u"progressPercent"_s) ? u"%1%"_s.arg(o.value(u"progressPercent"_s).toDouble(), 0, 'f', 1)
                                             : u"-"_s,
            o.contains(u"outOfSyncBytes"_s) ? formatBytes(o.value(u"outOfSyncBytes"_s).toInteger()) : u"-"_s,
            running ? formatBytes(static_cast<qint64>(o.value(u"bytesPerSecond"_s).toDouble())) + u"/s"_s : u"-"_s,
            running ? duration(o.value(u"etaSeconds"_s).toInteger(-1)) : u"-"_s, s(o, "syncPriority"),
            o.value(u"autoResync"_s).toBool() ? u"Automatic"_s : u"Manual"_s});
    }
    return u"REMOTE MIRRORS of %1 (Remote Logical Drive Mirroring %2; %3 of %4 mirrored logical drives)\n"_s
               .arg(s(d, "subsystem"), s(d, "remoteMirrorState"))
               .arg(d.value(u"mirrors"_s).toArray().size())
               .arg(d.value(u"maxMirrors"_s).toInt())
        + t.render();
}

/** "tcp (127.0.0.1:41234, connected)" for a link over TCP, "inProcess" otherwise. */
QString transport(const QJsonObject& link)
{
    const QJsonObject wire = link.value(u"wire"_s).toObject();
    if (wire.isEmpty()) {
        return s(link, "transport");
    }
    return u"%1 (%2:%3, %4)"_s.arg(s(link, "transport"), s(wire, "address"),
        QString::number(wire.value(u"port"_s).toInt()),
        wire.value(u"connected"_s).toBool() ? u"connected"_s : u"not connected"_s);
}

QString mirrorLinks(const QJsonArray& links)
{
    Table t({u"BETWEEN"_s, u"PATH A"_s, u"PATH B"_s, u"BANDWIDTH"_s, u"ROUND TRIP"_s, u"MAX ROUND TRIP"_s,
        u"FLAP PERIOD"_s, u"TRANSPORT"_s, u"SENT"_s});
    for (const auto& v : links) {
        const QJsonObject o = v.toObject();
        const auto path = [&](const char* state, const char* up) {
            const QString st = s(o, state);
            return st == u"flapping"_s
                ? u"flapping (%1 now)"_s.arg(o.value(QLatin1String(up)).toBool() ? u"up"_s : u"down"_s)
                : st;
        };
        const qint64 bandwidth = o.value(u"bandwidth"_s).toInteger();
        t.add({u"%1 - %2"_s.arg(s(o, "storageSubsystemA"), s(o, "storageSubsystemB")), path("pathA", "pathAUp"),
            path("pathB", "pathBUp"), bandwidth > 0 ? formatBytes(bandwidth) + u"/s"_s : u"unlimited"_s,
            roundTrip(o.value(u"roundTripMicros"_s)), roundTrip(o.value(u"maxRoundTripMicros"_s)),
            u"%1 ms"_s.arg(s(o, "flapPeriodMillis")), transport(o), formatBytes(o.value(u"bytesSent"_s).toInteger())});
    }
    return u"REMOTE MIRROR LINKS\n"_s + t.render();
}

/**
 * The report of an online verification (check remoteMirror, check volumeCopy): the outcome, what was compared,
 * @p skipped (the command's own lines), what was read, and the first differing offsets with what repair did
 * (@p repaired) or how to repair (@p howToRepair).
 */
QString verificationReport(const QJsonObject& d,
    const QString& subject,
    const QString& skipped,
    const QString& repaired,
    const QString& howToRepair)
{
    const qint64 differing = d.value(u"differing"_s).toInteger();
    QString out = u"%1: %2\n"_s.arg(
        subject, differing == 0 ? u"the compared grains are identical"_s : u"%1 grains differ"_s.arg(differing));
    out += u"   Grains compared:                 %1 (%2 each)\n"_s.arg(d.value(u"compared"_s).toInteger())
               .arg(formatBytes(d.value(u"grainSize"_s).toInteger()));
    out += skipped;
    out += u"   Read:                            %1 in %2 s\n"_s.arg(
        formatBytes(d.value(u"bytesRead"_s).toInteger()), QString::number(d.value(u"seconds"_s).toDouble(), 'f', 2));
    const QJsonArray offsets = d.value(u"differingOffsets"_s).toArray();
    if (!offsets.isEmpty()) {
        QStringList list;
        for (const auto& o : offsets) {
            list.append(QString::number(o.toInteger()));
        }
        out += u"   First differing offsets:         %1\n"_s.arg(list.join(u", "_s));
        out += d.value(u"repair"_s).toBool() ? repaired : howToRepair;
    }
    return out;
}

} // namespace

QString formatResult(const CommandRequest& request, const CommandResult& result)
{
    const QJsonObject& d = result.data;
    const QString& name = request.name;
    if (name == u"showStorageSubsystem"_s) {
        return subsystemHeader(d.value(u"subsystem"_s).toObject()) + copyRate(d.value(u"copyRate"_s).toObject()) + u'\n'
            + arrays(d.value(u"arrays"_s).toArray()) + u'\n' + logicalDrives(d.value(u"logicalDrives"_s).toArray())
            + u'\n' + drives(d.value(u"drives"_s).toArray()) + u'\n' + topology(d.value(u"topology"_s).toObject())
            + u'\n' + mappings(d.value(u"mappings"_s).toArray());
    }
    if (name == u"listSubsystems"_s) {
        QString out;
        for (const auto& v : d.value(u"subsystems"_s).toArray()) {
            out += subsystemHeader(v.toObject());
        }
        return out;
    }
    if (name == u"showAllLogicalDrives"_s || name == u"showLogicalDrive"_s) {
        return logicalDrives(d.value(u"logicalDrives"_s).toArray());
    }
    if (name == u"showAllArrays"_s || name == u"showArray"_s) {
        return arrays(d.value(u"arrays"_s).toArray());
    }
    if (name == u"showAllDrives"_s || name == u"showDrive"_s) {
        return drives(d.value(u"drives"_s).toArray());
    }
    if (name == u"showHostTopology"_s) {
        return topology(d.value(u"topology"_s).toObject());
    }
    if (name == u"showLunMappings"_s) {
        return mappings(d.value(u"mappings"_s).toArray());
    }
    if (name == u"showFeatures"_s) {
        return features(d);
    }
    if (name == u"getEvents"_s) {
        return events(d.value(u"events"_s).toArray());
    }
    if (name == u"showReservations"_s) {
        Table t({u"LOGICAL DRIVE"_s, u"RESERVATION"_s, u"HOST"_s});
        for (const auto& v : d.value(u"reservations"_s).toArray()) {
            const QJsonObject o = v.toObject();
            t.add({s(o, "logicalDrive"), s(o, "reservation"), s(o, "host").isEmpty() ? u"-"_s : s(o, "host")});
        }
        return d.value(u"reservations"_s).toArray().isEmpty() ? u"No logical drive holds a reservation.\n"_s
                                                              : u"RESERVATIONS\n"_s + t.render();
    }
    if (name == u"clearReservations"_s) {
        const QJsonArray cleared = d.value(u"cleared"_s).toArray();
        QStringList names;
        for (const auto& v : cleared) {
            names.append(v.toString());
        }
        return cleared.isEmpty() ? u"No reservation to clear.\n"_s
                                 : u"Registrations/Reservations cleared on: %1\n"_s.arg(names.join(u", "_s));
    }
    if (name == u"downloadFirmware"_s) {
        return u"Controller firmware %1 downloaded and activated.\n"_s.arg(s(d, "firmware"));
    }
    if (name == u"showLogicalDriveActionProgress"_s) {
        if (s(d, "action").isEmpty()) {
            return u"Logical Drive %1: No action in progress\n"_s.arg(s(d, "logicalDrive"));
        }
        return u"Logical Drive %1: Action: %2, Percent complete: %3, Modification priority: %4\n"_s.arg(
            s(d, "logicalDrive"), s(d, "action"), s(d, "percentComplete"), s(d, "priority"));
    }
    if (name == u"checksumLogicalDrive"_s) {
        return u"Logical drive \"%1\" SHA-256 (offset %2, length %3): %4\n"_s.arg(
            s(d, "logicalDrive"), s(d, "offset"), s(d, "length"), s(d, "sha256"));
    }
    if (name == u"writeLogicalDrive"_s) {
        return u"Wrote %1 bytes to logical drive \"%2\" at offset %3 (SHA-256 of the data: %4)\n"_s.arg(
            s(d, "length"), s(d, "logicalDrive"), s(d, "offset"), s(d, "sha256"));
    }
    if (name == u"showVolumeCopy"_s) {
        return volumeCopies(d.value(u"volumeCopies"_s).toArray());
    }
    if (name == u"showVolumeCopySourceCandidates"_s) {
        return candidates(d, u"SOURCE"_s);
    }
    if (name == u"showVolumeCopyTargetCandidates"_s) {
        return candidates(d, u"TARGET"_s);
    }
    if (name == u"showHostIoServer"_s || name == u"setHostIoServer"_s) {
        QString out = d.value(u"running"_s).toBool()
            ? u"HOST I/O SERVER (NBD) listening on %1:%2, %3 connection(s)\n"_s.arg(s(d, "address"))
                  .arg(d.value(u"port"_s).toInt())
                  .arg(d.value(u"connections"_s).toInt())
            : u"HOST I/O SERVER (NBD) not running (%1, port %2)\n"_s.arg(
                d.value(u"enabled"_s).toBool() ? u"port unavailable"_s : u"disabled"_s, s(d, "configuredPort"));
        if (const QString socket = s(d, "socket"); !socket.isEmpty()) {
            out += u"Owner-only socket (this user's processes only): %1\n"_s.arg(socket);
        }
        if (const QString warning = s(d, "warning"); !warning.isEmpty()) {
            out += u"WARNING: %1\n"_s.arg(warning);
        }
        Table t({u"EXPORT"_s, u"LOGICAL DRIVE"_s, u"URI"_s, u"OWNER-ONLY URI"_s});
        for (const auto& v : d.value(u"exports"_s).toArray()) {
            const QJsonObject o = v.toObject();
            t.add({s(o, "name"), s(o, "logicalDrive"), s(o, "uri"), s(o, "unixUri")});
        }
        return out + t.render();
    }
    if (name == u"showHostWorkloads"_s) {
        Table t({u"HOST"_s, u"STATE"_s, u"WORKLOAD"_s, u"DRIVES"_s, u"READS"_s, u"WRITES"_s, u"REFUSED"_s,
            u"LAST REFUSAL"_s});
        for (const auto& v : d.value(u"workloads"_s).toArray()) {
            const QJsonObject o = v.toObject();
            t.add({s(o, "host"), s(o, "state"), s(o, "description"), s(o, "targets"), s(o, "reads"), s(o, "writes"),
                s(o, "refused"), s(o, "lastRefusal")});
        }
        return u"HOST WORKLOADS\n"_s + t.render();
    }
    if (name == u"showRemoteMirrors"_s) {
        return remoteMirrors(d);
    }
    if (name == u"showRemoteMirrorLinks"_s) {
        return mirrorLinks(d.value(u"links"_s).toArray());
    }
    if (name == u"setRemoteMirrorLink"_s) {
        return mirrorLinks({d.value(u"link"_s)});
    }
    if (name == u"showRemoteMirrorCandidates"_s) {
        Table t({u"LOGICAL DRIVE"_s, u"CAPACITY"_s, u"CANDIDATE"_s});
        for (const auto& v : d.value(u"candidates"_s).toArray()) {
            const QJsonObject o = v.toObject();
            t.add({s(o, "name"), gb(o.value(u"capacity"_s)), u"yes"_s});
        }
        for (const auto& v : d.value(u"excluded"_s).toArray()) {
            const QJsonObject o = v.toObject();
            t.add({s(o, "name"), u""_s, u"no: "_s + s(o, "reason")});
        }
        QString out
            = u"SECONDARY CANDIDATES ON %1 FOR PRIMARY %2\n"_s.arg(s(d, "remoteStorageSubsystem"), s(d, "primary"));
        if (d.contains(u"primaryProblem"_s)) {
            out += u"   The primary itself is not a valid candidate: %1\n"_s.arg(s(d, "primaryProblem"));
        }
        if (d.contains(u"subsystemProblem"_s)) {
            out += u"   No drive is a candidate: %1\n"_s.arg(s(d, "subsystemProblem"));
        }
        return out + t.render();
    }
    if (name == u"diagnoseRemoteMirror"_s) {
        QString out = u"Communication Test of %1 (controller %2): %3\n"_s.arg(
            s(d, "logicalDrive"), s(d, "controller"), s(d, "status"));
        out += u"   Test data round trip time:     %1\n"_s.arg(roundTrip(d.value(u"testDataRoundTripMicros"_s)));
        out += u"   Maximum allowed round trip time: %1\n"_s.arg(roundTrip(d.value(u"maxAllowedRoundTripMicros"_s)));
        out += u"   Average round trip time:       %1\n"_s.arg(roundTrip(d.value(u"averageRoundTripMicros"_s)));
        if (d.contains(u"reason"_s)) {
            out += u"   Reason: %1. The test goes on in the background until communication is restored.\n"_s.arg(
                s(d, "reason"));
        }
        const QJsonArray recovery = d.value(u"recovery"_s).toArray();
        if (!recovery.isEmpty()) {
            out += u"   Recovery:\n"_s;
        }
        for (qsizetype step = 0; step < recovery.size(); ++step) {
            out += u"     %1. %2.\n"_s.arg(step + 1).arg(recovery.at(step).toString());
        }
        return out;
    }
    if (name == u"checkRemoteMirror"_s) {
        return verificationReport(d, u"Verification of %1 against %2"_s.arg(s(d, "logicalDrive"), s(d, "secondary")),
            u"   Recorded out of sync (skipped):  %1\n   Being written (skipped):         %2\n"_s
                .arg(d.value(u"outOfSync"_s).toInteger())
                .arg(d.value(u"busy"_s).toInteger()),
            u"   The differing grains are being resynchronized.\n"_s,
            u"   Run check remoteMirror localLogicalDrive [\"%1\"] repair=TRUE; to resynchronize them.\n"_s.arg(
                s(d, "logicalDrive")));
    }
    if (name == u"checkVolumeCopy"_s) {
        return verificationReport(d, u"Verification of %1 against its source %2"_s.arg(s(d, "target"), s(d, "source")),
            u"   Written since copy (skipped):    %1\n"_s.arg(d.value(u"written"_s).toInteger()),
            u"   Repaired (copied from the source again): %1\n"_s.arg(d.value(u"repaired"_s).toInteger()),
            u"   Run check volumeCopy target [\"%1\"] repair=TRUE; to copy them from the source again.\n"_s.arg(
                s(d, "target")));
    }
    if (name == u"saveFeatureKey"_s) {
        return u"Premium feature key written to %1\n"_s.arg(s(d, "file"));
    }
    return {};
}

} // namespace Copyline
