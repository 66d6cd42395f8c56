// SPDX-License-Identifier: GPL-3.0-or-later
#include "equivalentcommand.h"

#include "util/bytesize.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

/** Thrown inside the writer when a request cannot be written; caught by scriptStatement(). */
struct Unwritable
{
    QString why;
};

[[noreturn]] void unwritable(const QString& why)
{
    throw Unwritable {why};
}

bool isWord(const QString& text)
{
    static const QRegularExpression word(u"^[A-Za-z_][A-Za-z0-9_-]*$"_s);
    return word.match(text).hasMatch();
}

bool isNumber(const QString& text)
{
    static const QRegularExpression number(u"^[0-9]+$"_s);
    return number.match(text).hasMatch();
}

bool isDriveRef(const QString& text)
{
    static const QRegularExpression ref(u"^[0-9]+,[0-9]+$"_s);
    return ref.match(text).hasMatch();
}

/** "2 GB", "512 MB", "64 KB" when exact (binary units, as the script reads them), else the bytes. */
QString capacityText(qint64 bytes)
{
    for (const auto& [unit, name] :
        {std::pair {TiB, "TB"}, std::pair {GiB, "GB"}, std::pair {MiB, "MB"}, std::pair {KiB, "KB"}}) {
        if (bytes > 0 && bytes % unit == 0) {
            return u"%1 %2"_s.arg(bytes / unit).arg(QLatin1String(name));
        }
    }
    return QString::number(bytes);
}

/**
 * Builds one statement from a request's arguments. Every argument must be taken by a getter (or consumed), as the
 * engine's Args does: a parameter the writer does not know makes the request unwritable, never silently dropped.
 */
class Writer
{
public:
    Writer(const Configuration& config, const CommandRequest& request)
        : m_config(config)
        , m_name(request.name)
        , m_args(request.args)
    {
        m_used.insert(u"subsystemId"_s);
        m_used.insert(u"subsystem"_s);
    }

    QString write()
    {
        dispatch();
        for (auto it = m_args.begin(); it != m_args.end(); ++it) {
            if (!m_used.contains(it.key())) {
                unwritable(u"the parameter %1 of %2 has no script form"_s.arg(it.key(), m_name));
            }
        }
        return m_parts.join(u' ') + u';';
    }

private:
    // ---- the request ------------------------------------------------------------------------------------------

    bool has(const QString& key) const { return m_args.contains(key); }
    QJsonValue take(const QString& key)
    {
        m_used.insert(key);
        return m_args.value(key);
    }
    ObjectId takeId(const QString& key)
    {
        const QJsonValue v = take(key);
        return v.isString() ? v.toString().toLongLong() : v.toInteger();
    }
    static QString text(const QJsonValue& v)
    {
        if (v.isBool()) {
            return v.toBool() ? u"TRUE"_s : u"FALSE"_s;
        }
        if (v.isDouble()) {
            return QString::number(v.toInteger());
        }
        return v.toString();
    }
    static QStringList texts(const QJsonValue& v)
    {
        if (!v.isArray()) {
            return {text(v)};
        }
        QStringList out;
        for (const QJsonValue& item : v.toArray()) {
            out.append(text(item));
        }
        return out;
    }
    ObjectId subsystemId() const
    {
        if (m_args.contains(u"subsystemId"_s)) {
            return m_args.value(u"subsystemId"_s).toInteger();
        }
        if (m_args.contains(u"subsystem"_s)) {
            const Subsystem* s = m_config.subsystemByName(m_args.value(u"subsystem"_s).toString());
            return s ? s->id : 0;
        }
        return 0;
    }

    // ---- names of objects ---------------------------------------------------------------------------------------

    const LogicalDrive& drive(ObjectId id) const
    {
        const auto it = m_config.logicalDrives.constFind(id);
        if (it == m_config.logicalDrives.cend()) {
            unwritable(u"logical drive %1 does not exist"_s.arg(id));
        }
        return *it;
    }
    const Array& array(ObjectId id) const
    {
        const auto it = m_config.arrays.constFind(id);
        if (it == m_config.arrays.cend()) {
            unwritable(u"array %1 does not exist"_s.arg(id));
        }
        return *it;
    }
    const VolumeCopy& pair(ObjectId id) const
    {
        const auto it = m_config.volumeCopies.constFind(id);
        if (it == m_config.volumeCopies.cend()) {
            unwritable(u"copy pair %1 does not exist"_s.arg(id));
        }
        return *it;
    }
    QString hostName(ObjectId id) const
    {
        const auto it = m_config.hosts.constFind(id);
        if (it == m_config.hosts.cend()) {
            unwritable(u"host %1 does not exist"_s.arg(id));
        }
        return it->name;
    }
    QString hostGroupName(ObjectId id) const
    {
        const auto it = m_config.hostGroups.constFind(id);
        if (it == m_config.hostGroups.cend()) {
            unwritable(u"host group %1 does not exist"_s.arg(id));
        }
        return it->name;
    }

    // ---- the statement ------------------------------------------------------------------------------------------

    void keywords(const QString& words) { m_parts.append(words); }
    void list(const QStringList& items)
    {
        QStringList written;
        for (const QString& item : items) {
            written.append(isNumber(item) || isDriveRef(item) ? item : scriptQuoted(item));
        }
        m_parts.append(u'[' + written.join(u' ') + u']');
    }
    /** A bracketed list after a keyword: "target [\"t\"]", "primaries [\"a\" \"b\"]". */
    void keywordList(const QString& keyword, const QStringList& items)
    {
        keywords(keyword);
        list(items);
    }
    void param(const QString& name, const QString& written) { m_parts.append(name + u'=' + written); }
    void quoted(const QString& name, const QString& value) { param(name, scriptQuoted(value)); }
    /** A keyword value (high, automatic, TRUE, 5): bare when the script reads it as one word or number. */
    void word(const QString& name, const QJsonValue& value)
    {
        const QString t = text(value);
        param(name, isWord(t) || isNumber(t) ? t : scriptQuoted(t));
    }
    void capacity(const QString& name, const QJsonValue& value)
    {
        param(name, value.isDouble() ? capacityText(value.toInteger()) : scriptQuoted(value.toString()));
    }
    void driveList(const QString& name, const QJsonValue& value)
    {
        const QStringList refs = texts(value);
        for (const QString& ref : refs) {
            if (!isDriveRef(ref)) {
                unwritable(u"%1 is not a drive as enclosure,slot"_s.arg(ref));
            }
        }
        param(name, u'(' + refs.join(u' ') + u')');
    }

    /** Optional parameters written as they are given, in this order. */
    void words(std::initializer_list<QString> names)
    {
        for (const QString& n : names) {
            if (has(n)) {
                word(n, take(n));
            }
        }
    }
    void strings(std::initializer_list<QString> names)
    {
        for (const QString& n : names) {
            if (has(n)) {
                quoted(n, text(take(n)));
            }
        }
    }

    /** The logical drive a command addresses: "id", or the names already in brackets. */
    void logicalDriveTarget()
    {
        if (has(u"id"_s)) {
            list({drive(takeId(u"id"_s)).name});
        } else if (has(u"targets"_s)) {
            list(texts(take(u"targets"_s)));
        } else {
            unwritable(u"%1 names no logical drive"_s.arg(m_name));
        }
    }
    void namedTarget(const std::function<QString(ObjectId)>& nameOf)
    {
        if (has(u"id"_s)) {
            list({nameOf(takeId(u"id"_s))});
        } else if (has(u"targets"_s)) {
            list(texts(take(u"targets"_s)));
        } else {
            unwritable(u"%1 names no object"_s.arg(m_name));
        }
    }
    /** A copy pair: "id", or target/source as given. */
    void pairTarget()
    {
        if (has(u"id"_s)) {
            const VolumeCopy vc = pair(takeId(u"id"_s));
            keywordList(u"target"_s, {drive(vc.targetId).name});
            keywordList(u"source"_s, {drive(vc.sourceId).name});
            return;
        }
        const QStringList targets = has(u"target"_s) ? texts(take(u"target"_s)) : texts(take(u"targets"_s));
        keywordList(u"target"_s, targets);
        if (has(u"source"_s)) {
            keywordList(u"source"_s, texts(take(u"source"_s)));
        }
    }
    /** Mirror commands name their drives in a keyword's list; one name takes the singular keyword. */
    void mirrorDrives(const QString& singular, const QString& plural)
    {
        QStringList names;
        for (const QString& key : {singular, plural, u"targets"_s}) {
            if (has(key)) {
                names += texts(take(key));
            }
        }
        names.removeDuplicates();
        if (names.isEmpty()) {
            unwritable(u"%1 names no logical drive"_s.arg(m_name));
        }
        keywordList(names.size() == 1 ? singular : plural, names);
    }
    /** host="h" / hostGroup="g" / hostGroup=defaultGroup for a mapping target id (0: the Default Host Group). */
    void mappingTarget(ObjectId id)
    {
        if (id == 0) {
            param(u"hostGroup"_s, u"defaultGroup"_s);
        } else if (m_config.hosts.contains(id)) {
            quoted(u"host"_s, hostName(id));
        } else {
            quoted(u"hostGroup"_s, hostGroupName(id));
        }
    }
    void repositoryPlace()
    {
        if (has(u"repositoryArrayId"_s)) {
            param(u"freeCapacityArea"_s, QString::number(array(takeId(u"repositoryArrayId"_s)).number));
        }
        words({u"freeCapacityArea"_s, u"repositoryRAIDLevel"_s});
        if (has(u"repositoryDrives"_s)) {
            driveList(u"repositoryDrives"_s, take(u"repositoryDrives"_s));
        }
    }

    // ---- the commands -------------------------------------------------------------------------------------------

    void dispatch()
    {
        const QString& n = m_name;
        if (n == u"createFlashCopy"_s) {
            keywords(u"create FlashCopyLogicalDrive"_s);
            if (has(u"baseId"_s)) {
                quoted(u"baseLogicalDrive"_s, drive(takeId(u"baseId"_s)).name);
            }
            strings({u"baseLogicalDrive"_s, u"userLabel"_s, u"repositoryUserLabel"_s});
            words({u"repositoryPercentOfBase"_s, u"warningThresholdPercent"_s, u"repositoryFullPolicy"_s});
            repositoryPlace();
            words({u"mapping"_s, u"grainSize"_s});
        } else if (n == u"disableFlashCopy"_s || n == u"recreateFlashCopy"_s) {
            keywords(n + u" logicalDrive"_s);
            logicalDriveTarget();
            words({u"warningThresholdPercent"_s, u"repositoryFullPolicy"_s});
        } else if (n == u"createLogicalDrive"_s) {
            keywords(u"create logicalDrive"_s);
            if (has(u"arrayId"_s)) {
                param(u"array"_s, QString::number(array(takeId(u"arrayId"_s)).number));
            }
            words({u"array"_s});
            if (has(u"drives"_s)) {
                driveList(u"drives"_s, take(u"drives"_s));
            }
            words({u"raidLevel"_s});
            strings({u"userLabel"_s});
            if (has(u"capacity"_s)) {
                capacity(u"capacity"_s, take(u"capacity"_s));
            }
            words({u"owner"_s});
        } else if (n == u"setLogicalDrive"_s) {
            keywords(u"set logicalDrive"_s);
            logicalDriveTarget();
            strings({u"userLabel"_s});
            if (has(u"addCapacity"_s)) {
                capacity(u"addCapacity"_s, take(u"addCapacity"_s));
            }
            words({u"owner"_s, u"modificationPriority"_s, u"logicalUnitNumber"_s});
            if (has(u"targetId"_s)) {
                mappingTarget(takeId(u"targetId"_s));
            }
            strings({u"host"_s});
            words({u"hostGroup"_s, u"warningThresholdPercent"_s, u"repositoryFullPolicy"_s});
        } else if (n == u"deleteLogicalDrive"_s) {
            keywords(u"delete logicalDrive"_s);
            logicalDriveTarget();
        } else if (n == u"removeLunMapping"_s) {
            keywords(u"remove logicalDrive"_s);
            logicalDriveTarget();
            keywords(u"lunMapping"_s);
            if (has(u"targetId"_s)) {
                mappingTarget(takeId(u"targetId"_s));
            }
            strings({u"host"_s, u"hostGroup"_s});
        } else if (n == u"createArray"_s) {
            keywords(u"create array"_s);
            driveList(u"drives"_s, take(u"drives"_s));
            words({u"raidLevel"_s});
        } else if (n == u"deleteArray"_s) {
            keywords(u"delete array"_s);
            namedTarget([this](ObjectId id) { return QString::number(array(id).number); });
        } else if (n == u"setDrive"_s) {
            keywords(u"set drive"_s);
            list(texts(take(u"targets"_s)));
            words({u"hotSpare"_s});
        } else if (n == u"setStorageSubsystem"_s) {
            keywords(u"set storageSubsystem"_s);
            strings({u"userLabel"_s});
            if (has(u"copyBandwidth"_s)) {
                capacity(u"copyBandwidth"_s, take(u"copyBandwidth"_s));
            }
            if (has(u"latencyBound"_s)) {
                param(u"latencyBound"_s, text(take(u"latencyBound"_s)));
            }
        } else if (n == u"createHostGroup"_s) {
            keywords(u"create hostGroup"_s);
            strings({u"userLabel"_s});
        } else if (n == u"createHost"_s) {
            keywords(u"create host"_s);
            strings({u"userLabel"_s, u"hostGroup"_s, u"hostType"_s});
        } else if (n == u"createHostPort"_s) {
            keywords(u"create hostPort"_s);
            strings({u"host"_s, u"identifier"_s, u"userLabel"_s});
        } else if (n == u"setHost"_s || n == u"deleteHost"_s) {
            keywords(n == u"setHost"_s ? u"set host"_s : u"delete host"_s);
            namedTarget([this](ObjectId id) { return hostName(id); });
            strings({u"userLabel"_s, u"hostType"_s});
            if (has(u"hostGroup"_s)) {
                const QString group = text(take(u"hostGroup"_s));
                param(u"hostGroup"_s, group == u"defaultGroup"_s ? group : scriptQuoted(group));
            }
        } else if (n == u"setHostGroup"_s || n == u"deleteHostGroup"_s) {
            keywords(n == u"setHostGroup"_s ? u"set hostGroup"_s : u"delete hostGroup"_s);
            namedTarget([this](ObjectId id) { return hostGroupName(id); });
            strings({u"userLabel"_s});
        } else if (n == u"deleteHostPort"_s) {
            keywords(u"delete hostPort"_s);
            namedTarget([this](ObjectId id) {
                const auto it = m_config.hostPorts.constFind(id);
                if (it == m_config.hostPorts.cend()) {
                    unwritable(u"host port %1 does not exist"_s.arg(id));
                }
                return it->identifier;
            });
        } else if (n == u"enableFeature"_s) {
            keywords(u"enable storageSubsystem feature"_s);
            strings({u"file"_s});
        } else if (n == u"disableFeature"_s) {
            keywords(u"disable storageSubsystem"_s);
            words({u"feature"_s});
        } else if (n == u"saveFeatureKey"_s) {
            keywords(u"save storageSubsystem featureKey"_s);
            words({u"feature"_s});
            strings({u"file"_s});
        } else if (n == u"createVolumeCopy"_s) {
            keywords(u"create volumeCopy"_s);
            if (has(u"sourceId"_s)) {
                quoted(u"source"_s, drive(takeId(u"sourceId"_s)).name);
            }
            if (has(u"targetId"_s)) {
                quoted(u"target"_s, drive(takeId(u"targetId"_s)).name);
            }
            strings({u"source"_s, u"target"_s});
            words({u"copyPriority"_s, u"targetReadOnlyEnabled"_s});
        } else if (n == u"recopyVolumeCopy"_s || n == u"stopVolumeCopy"_s || n == u"removeVolumeCopy"_s
            || n == u"setVolumeCopy"_s || n == u"checkVolumeCopy"_s) {
            keywords(n.left(n.indexOf(u'V')) + u" volumeCopy"_s);
            pairTarget();
            words({u"copyPriority"_s, u"targetReadOnlyEnabled"_s, u"repair"_s});
        } else if (n == u"activateRemoteMirror"_s || n == u"deactivateRemoteMirror"_s) {
            keywords(
                n == u"activateRemoteMirror"_s ? u"activate storageSubsystem"_s : u"deactivate storageSubsystem"_s);
            param(u"feature"_s, has(u"feature"_s) ? text(take(u"feature"_s)) : u"remoteMirror"_s);
            repositoryPlace();
        } else if (n == u"createRemoteMirror"_s) {
            keywords(u"create remoteMirror"_s);
            strings({u"primary"_s, u"secondary"_s, u"remoteStorageSubsystemName"_s});
            words({u"syncPriority"_s, u"autoResync"_s, u"writeMode"_s, u"writeOrder"_s, u"grainSize"_s});
        } else if (n == u"setRemoteMirror"_s) {
            keywords(u"set remoteMirror"_s);
            mirrorDrives(u"localLogicalDrive"_s, u"localLogicalDrives"_s);
            words({u"role"_s, u"force"_s, u"syncPriority"_s, u"autoResync"_s, u"writeMode"_s, u"writeOrder"_s});
        } else if (n == u"suspendRemoteMirror"_s || n == u"resumeRemoteMirror"_s) {
            keywords(n == u"suspendRemoteMirror"_s ? u"suspend remoteMirror"_s : u"resume remoteMirror"_s);
            mirrorDrives(u"primary"_s, u"primaries"_s);
            words({u"writeConsistency"_s});
        } else if (n == u"removeRemoteMirror"_s) {
            keywords(u"remove remoteMirror"_s);
            mirrorDrives(u"localLogicalDrive"_s, u"localLogicalDrives"_s);
        } else if (n == u"diagnoseRemoteMirror"_s) {
            keywords(u"diagnose remoteMirror"_s);
            if (has(u"primary"_s) || has(u"primaries"_s)) {
                mirrorDrives(u"primary"_s, u"primaries"_s);
            } else {
                mirrorDrives(u"localLogicalDrive"_s, u"localLogicalDrives"_s);
            }
            param(u"testID"_s, has(u"testID"_s) ? text(take(u"testID"_s)) : u"connectivity"_s);
        } else if (n == u"checkRemoteMirror"_s) {
            keywords(u"check remoteMirror"_s);
            mirrorDrives(u"localLogicalDrive"_s, u"primary"_s);
            words({u"repair"_s});
        } else if (n == u"startHostWorkload"_s || n == u"pauseHostWorkload"_s || n == u"resumeHostWorkload"_s
            || n == u"stopHostWorkload"_s) {
            keywords(n.left(n.indexOf(u'H')) + u" hostWorkload"_s);
            if (has(u"hostId"_s)) {
                quoted(u"host"_s, hostName(takeId(u"hostId"_s)));
            }
            strings({u"host"_s});
            words({u"readPercent"_s});
            for (const QString& key : {u"blockSize"_s, u"rate"_s}) {
                if (has(key)) {
                    capacity(key, take(key));
                }
            }
            words({u"pattern"_s});
        } else if (n == u"setHostIoServer"_s) {
            keywords(u"set hostIoServer"_s);
            words({u"port"_s});
            strings({u"address"_s});
            words({u"enabled"_s});
        } else if (n == u"setRemoteMirrorLink"_s) {
            keywords(u"set remoteMirrorLink"_s);
            strings({u"remoteStorageSubsystemName"_s});
            words({u"controller"_s, u"state"_s});
            if (has(u"bandwidth"_s)) {
                capacity(u"bandwidth"_s, take(u"bandwidth"_s));
            }
            words({u"roundTrip"_s, u"roundTripMicros"_s, u"maxRoundTrip"_s, u"flapPeriod"_s, u"transport"_s});
        } else {
            unwritable(u"%1 has no script statement"_s.arg(n));
        }
    }

    const Configuration& m_config;
    QString m_name;
    QJsonObject m_args;
    QSet<QString> m_used;
    QStringList m_parts;
};

} // namespace

QString scriptQuoted(const QString& text)
{
    QString out = text;
    out.replace(u"\\"_s, u"\\\\"_s);
    out.replace(u"\""_s, u"\\\""_s);
    return u'"' + out + u'"';
}

QString shellQuoted(const QString& text)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_./:=@%+,-]+$"_s);
    if (plain.match(text).hasMatch()) {
        return text;
    }
    QString out = text;
    out.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + out + u'\'';
}

QString scriptStatement(const Configuration& config, const CommandRequest& request, QString* problem)
{
    try {
        Writer writer(config, request);
        return writer.write();
    } catch (const Unwritable& u) {
        if (problem != nullptr) {
            *problem = u.why;
        }
        return {};
    }
}

EquivalentCommand equivalentCommand(
    const Configuration& config, ObjectId subsystemId, const QList<CommandRequest>& requests)
{
    EquivalentCommand out;
    ObjectId addressed = subsystemId;
    bool allWritten = true;
    for (const CommandRequest& request : requests) {
        if (request.args.contains(u"subsystemId"_s)) {
            const ObjectId own = request.args.value(u"subsystemId"_s).toInteger();
            allWritten = allWritten && (addressed == 0 || own == addressed);
            addressed = own;
        }
        const QString statement = scriptStatement(config, request);
        allWritten = allWritten && !statement.isEmpty();
        out.statements.append(statement);
    }
    if (const auto it = config.subsystems.constFind(addressed); it != config.subsystems.cend()) {
        out.subsystem = it->name;
    }
    if (!allWritten) {
        // One invocation addresses one subsystem, and every command needs its statement: otherwise each command
        // goes through --call with its own arguments.
        out.statements.clear();
        for (CommandRequest request : requests) {
            if (!request.args.contains(u"subsystemId"_s) && subsystemId != 0) {
                request.args.insert(u"subsystemId"_s, subsystemId);
            }
            out.calls.append(request);
        }
    }
    return out;
}

QString EquivalentCommand::commandLine(const QString& workspace) const
{
    if (!toolCommands.isEmpty()) {
        QString prefix = tool;
        if (!workspace.isEmpty()) {
            prefix += u' ' + toolWorkspaceOption + u' ' + shellQuoted(workspace);
        }
        QStringList lines;
        for (const QStringList& arguments : toolCommands) {
            QString line = prefix;
            for (const QString& argument : arguments) {
                line += u' ' + shellQuoted(argument);
            }
            lines.append(line);
        }
        return lines.join(u'\n');
    }
    QString prefix = u"copylinectl"_s;
    if (!workspace.isEmpty()) {
        prefix += u" -w "_s + shellQuoted(workspace);
    }
    if (!statements.isEmpty()) {
        QString line = prefix;
        if (!subsystem.isEmpty()) {
            line += u" -n "_s + shellQuoted(subsystem);
        }
        return line + u" -c "_s + shellQuoted(statements.join(u' '));
    }
    QStringList lines;
    for (const CommandRequest& call : calls) {
        // A password typed into a dialog is never shown back: the line names where it goes, the administrator
        // types it there (the screen, a screenshot or a shell history would keep it otherwise).
        QJsonObject args = call.args;
        for (auto it = args.begin(); it != args.end(); ++it) {
            if (it.key().contains(u"password"_s, Qt::CaseInsensitive)) {
                it.value() = kPasswordPlaceholder;
            }
        }
        lines.append(prefix + u" --call "_s + shellQuoted(call.name) + u" --args "_s
            + shellQuoted(QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact))));
    }
    return lines.join(u'\n');
}

} // namespace Copyline
