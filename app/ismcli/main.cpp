// SPDX-License-Identifier: GPL-3.0-or-later
// The NEC Storage ReplicationControl commands (spec NEC §2; seed 002): iSMrc_replicate, iSMrc_separate, iSMrc_restore,
// iSMrc_wait, iSMrc_flush, iSMrc_umount, iSMrc_mount, iSMrc_signature, iSMrc_scan, iSMrc_pair, iSMrc_query and
// iSMvollist. One program; the name it is called by picks the command (the build makes the names as links to it), or
// copyline-ism <command> ...
//
// Where a command runs, in Copyline: the workspace (--workspace DIR, else $COPYLINE_WORKSPACE, else the default
// workspace), and the simulated Windows server it runs on (--host NAME, else $COPYLINE_HOST, else the workspace's
// first server). The server's iSMrpl.ini is the file $COPYLINE_ISMRPL_INI, else <workspace>/iSMrpl/<server>.ini;
// its UMOUNT_RVACC, RPLLOGFILENUM and RPLLOGFILEMAXSIZE reach the engine at every run.
// Output is the seed's block format (Start / Normal End with timestamps, progress dots with -wait, iSMnnnnn
// messages); every error goes to stderr as "<command>: Error:  <message>" and the exit code is 1.
#include "catalog/catalog.h"
#include "server/engineclient.h"
#include "service/engine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSettings>
#include <QThread>

#include <cstdio>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

QString g_tool;

void out(const QString& text)
{
    std::fputs(qUtf8Printable(text + u'\n'), stdout);
    std::fflush(stdout);
}

void outRaw(const QString& text)
{
    std::fputs(qUtf8Printable(text), stdout);
    std::fflush(stdout);
}

int error(const QString& message)
{
    std::fputs(qUtf8Printable(g_tool + u": Error:  "_s + message + u'\n'), stderr);
    std::fflush(stderr);
    return 1;
}

void info(const QString& message)
{
    out(g_tool + u": Info:  "_s + message);
}

QString stamp()
{
    return QDateTime::currentDateTime().toString(u"yyyy/MM/dd hh:mm:ss"_s);
}

QString pad(const QString& text, int width)
{
    return text.size() >= width ? text + u' ' : text.leftJustified(width);
}

/** Options: "-x value" pairs, "-x" flags, and the global --workspace / --host. */
struct Options
{
    QHash<QString, QString> values;
    QSet<QString> flags;
    QStringList rest;

    bool has(const QString& k) const { return values.contains(k) || flags.contains(k); }
    QString value(const QString& k) const { return values.value(k); }
};

Options parse(const QStringList& args, const QStringList& withValue)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString a = args[i];
        if (a.startsWith(u'-')) {
            const QString key = a.startsWith(u"--"_s) ? a.mid(2) : a.mid(1);
            if ((withValue.contains(key) || key == u"workspace"_s || key == u"host"_s) && i + 1 < args.size()) {
                o.values.insert(key, args[++i]);
            } else {
                o.flags.insert(key);
            }
        } else {
            o.rest.append(a);
        }
    }
    return o;
}

class Session
{
public:
    /** Connects to the workspace's engine and picks the server; an error message otherwise. */
    QString open(const Options& o)
    {
        QString workspace = o.value(u"workspace"_s);
        if (workspace.isEmpty()) {
            workspace = qEnvironmentVariable("COPYLINE_WORKSPACE");
        }
        if (workspace.isEmpty()) {
            workspace = Engine::defaultWorkspace();
        }
        m_workspace = QFileInfo(workspace).absoluteFilePath();
        if (!QFileInfo::exists(QDir(m_workspace).filePath(QString::fromLatin1(Catalog::kFileName)))) {
            return u"no Copyline workspace at %1"_s.arg(m_workspace);
        }
        if (const Error e = m_client.connectOrStart(m_workspace, EngineClient::defaultDaemonPath()); e.isError()) {
            return e.message();
        }
        m_host = o.value(u"host"_s);
        if (m_host.isEmpty()) {
            m_host = qEnvironmentVariable("COPYLINE_HOST");
        }
        if (m_host.isEmpty()) {
            const QJsonArray servers = call(u"necListServers"_s).data.value(u"servers"_s).toArray();
            if (servers.isEmpty()) {
                return u"no server is attached to a disk array in %1"_s.arg(m_workspace);
            }
            m_host = servers.first().toString();
        }
        const CommandResult server = call(u"necServer"_s, {{u"server"_s, m_host}});
        if (!server.ok()) {
            return server.error.message();
        }
        m_server = server.data;
        return applyIni();
    }

    CommandResult call(const QString& name, const QJsonObject& args = {}) { return m_client.call({name, args}); }

    const QString& host() const { return m_host; }
    QJsonObject server() { return call(u"necServer"_s, {{u"server"_s, m_host}}).data; }
    const QJsonObject& serverAtStart() const { return m_server; }

    /** This server's volume of logical disk @p ld, or nothing when the server does not see it. */
    std::optional<QJsonObject> volumeOfLd(const QString& ld)
    {
        for (const auto& v : server().value(u"volumes"_s).toArray()) {
            if (v[u"ld"_s].toString() == ld) {
                return v.toObject();
            }
        }
        return std::nullopt;
    }

private:
    /** The server's iSMrpl.ini (spec §1.13): the keys it sets reach the engine. */
    QString applyIni()
    {
        QString path = qEnvironmentVariable("COPYLINE_ISMRPL_INI");
        if (path.isEmpty()) {
            path = QDir(m_workspace).filePath(u"iSMrpl/%1.ini"_s.arg(m_host));
        }
        if (!QFileInfo::exists(path)) {
            return {};
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            return u"%1 cannot be read: %2"_s.arg(path, file.errorString());
        }
        static const QRegularExpression entry(
            u"^\\s*(UMOUNT_RVACC|RPLLOGFILENUM|RPLLOGFILEMAXSIZE)\\s*=\\s*(\\S*)\\s*$"_s,
            QRegularExpression::CaseInsensitiveOption);
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            const auto m = entry.match(line);
            if (!m.hasMatch()) {
                continue;
            }
            const QString key = m.captured(1).toUpper();
            const QString value = m.captured(2).toUpper();
            if (key == u"UMOUNT_RVACC"_s && m_server.value(u"umountRvacc"_s).toString() == value) {
                continue;
            }
            const CommandResult r
                = call(u"necSetServerOption"_s, {{u"server"_s, m_host}, {u"key"_s, key}, {u"value"_s, value}});
            if (!r.ok()) {
                return u"%1: %2"_s.arg(path, r.error.message());
            }
        }
        return {};
    }

    EngineClient m_client;
    QString m_workspace;
    QString m_host;
    QJsonObject m_server;
};

struct PairName
{
    QString mv;
    QString rv;
};

/** -mv/-rv (with -mvflg/-rvflg ld) or -file (spec §1.12): the pairs a command acts on; an error message otherwise. */
QString pairsOf(const Options& o, QList<PairName>* pairs)
{
    if (o.has(u"file"_s)) {
        QFile file(o.value(u"file"_s));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            return u"The replication operation file %1 cannot be read: %2"_s.arg(
                o.value(u"file"_s), file.errorString());
        }
        static const QRegularExpression line(u"^\\s*Id:\\s*(\\S+)\\s+Id:\\s*(\\S+)\\s*$"_s);
        int number = 0;
        while (!file.atEnd()) {
            ++number;
            const QString text = QString::fromUtf8(file.readLine()).trimmed();
            if (text.isEmpty() || text.startsWith(u'#')) {
                continue;
            }
            const auto m = line.match(text);
            if (!m.hasMatch()) {
                return u"The replication operation file %1, line %2, is not \"Id:<MV>\\tId:<RV>\": %3"_s
                    .arg(o.value(u"file"_s))
                    .arg(number)
                    .arg(text);
            }
            pairs->append({m.captured(1), m.captured(2)});
        }
        if (pairs->isEmpty()) {
            return u"The replication operation file %1 names no pair."_s.arg(o.value(u"file"_s));
        }
        return {};
    }
    if (!o.has(u"mv"_s) || !o.has(u"rv"_s)) {
        // [SIM] the seed's Separate example names only the MV: its one RV is meant
        if (!o.has(u"mv"_s)) {
            return u"Specify -mv and -rv, or -file."_s;
        }
    }
    for (const QString& flag : {u"mvflg"_s, u"rvflg"_s}) {
        if (o.has(flag) && o.value(flag) != u"ld"_s) {
            return u"-%1 %2: only ld (logical disk name) is available."_s.arg(flag, o.value(flag));
        }
    }
    pairs->append({o.value(u"mv"_s), o.value(u"rv"_s)});
    return {};
}

/** The "MV:10  dev001  WN / volume name / path" lines of one side of a pair as this server sees it. */
QStringList sideLines(Session& s, const QString& tag, const QString& ld, const QString& osType)
{
    const auto v = s.volumeOfLd(ld);
    const QString disk = v ? v->value(u"disk"_s).toString().mid(4) : u"-"_s;
    QStringList lines {pad(tag + u':' + disk, 24) + pad(ld, 22) + osType};
    if (v) {
        lines.append(u"  "_s + v->value(u"volumeName"_s).toString());
        const QString letter = v->value(u"letter"_s).toString();
        lines.append(letter.isEmpty() ? u"-"_s : letter);
    } else {
        lines.append(u"-"_s);
        lines.append(u"-"_s);
    }
    return lines;
}

QStringList pairBlock(Session& s, const QJsonObject& pair)
{
    const QString os = pair.value(u"osType"_s).toString();
    return sideLines(s, u"MV"_s, pair.value(u"mv"_s).toString(), os)
        + sideLines(s, u"RV"_s, pair.value(u"rv"_s).toString(), os);
}

void block(const QString& title, const QStringList& lines)
{
    out(pad(title, 25) + stamp());
    for (const QString& l : lines) {
        out(l);
    }
}

/** The pair's record, with the RV resolved when only the MV is named. */
std::optional<QJsonObject> queryPair(Session& s, const PairName& p, QString* why)
{
    QJsonObject args {{u"mv"_s, p.mv}};
    if (!p.rv.isEmpty()) {
        args.insert(u"rv"_s, p.rv);
    }
    const CommandResult r = s.call(u"necQueryPair"_s, args);
    if (!r.ok()) {
        *why = r.error.message();
        return std::nullopt;
    }
    return r.data;
}

bool volumeListExists(Session& s)
{
    return s.serverAtStart().value(u"volumeList"_s).toBool();
}

/** Polls until every pair is in one of @p states, printing a dot per second after @p progress. */
int waitFor(Session& s, const QList<PairName>& pairs, const QStringList& states, const QString& progress, int limit)
{
    if (!progress.isEmpty()) {
        outRaw(progress);
    }
    const QDateTime start = QDateTime::currentDateTime();
    int dots = 0;
    for (;;) {
        bool all = true;
        for (const PairName& p : pairs) {
            QString why;
            const auto q = queryPair(s, p, &why);
            if (!q) {
                if (!progress.isEmpty()) {
                    out({});
                }
                return error(why);
            }
            if (q->contains(u"reason"_s) && q->value(u"reason"_s).toString().startsWith(u"failure"_s)) {
                if (!progress.isEmpty()) {
                    out({});
                }
                QString reason = q->value(u"reason"_s).toString();
                reason.remove(QRegularExpression(u"^failure separation: "_s));
                return error(u"The pair %1 - %2 is in failure separation: %3"_s.arg(
                    q->value(u"mv"_s).toString(), q->value(u"rv"_s).toString(), reason));
            }
            all = all && states.contains(q->value(u"syncState"_s).toString());
        }
        if (all) {
            break;
        }
        if (limit > 0 && start.secsTo(QDateTime::currentDateTime()) >= limit) {
            if (!progress.isEmpty()) {
                out({});
            }
            return error(Error(ErrorCode::NecWaitTimeout,
                {pairs.first().mv, pairs.first().rv, states.join(u'|'), QString::number(limit)})
                             .message());
        }
        QThread::msleep(250);
        if (!progress.isEmpty() && ++dots % 4 == 0) {
            outRaw(u"."_s);
        }
    }
    if (!progress.isEmpty()) {
        out({});
    }
    return 0;
}

/** iSMrc_replicate / iSMrc_separate / iSMrc_restore. */
int pairOperation(const QString& op, const QStringList& args)
{
    const Options o = parse(args,
        {u"mv"_s, u"mvflg"_s, u"rv"_s, u"rvflg"_s, u"file"_s, u"cprange"_s, u"cpmode"_s, u"rvacc"_s, u"rvuse"_s,
            u"mode"_s, u"limit"_s});
    QList<PairName> pairs;
    if (const QString why = pairsOf(o, &pairs); !why.isEmpty()) {
        return error(why);
    }
    Session s;
    if (const QString why = s.open(o); !why.isEmpty()) {
        return error(why);
    }
    if (!volumeListExists(s)) {
        return error(Error(ErrorCode::NecVolumeList, {s.host()}).message());
    }
    const QString command = op == u"Replicate"_s ? u"necReplicate"_s
        : op == u"Separate"_s                    ? u"necSeparate"_s
                                                 : u"necRestore"_s;
    QList<QJsonObject> records;
    for (PairName& p : pairs) {
        QString why;
        const auto q = queryPair(s, p, &why);
        if (!q) {
            return error(why);
        }
        p.rv = q->value(u"rv"_s).toString();
        QJsonObject a {{u"mv"_s, p.mv}, {u"rv"_s, p.rv}};
        for (const QString& key : {u"cprange"_s, u"cpmode"_s, u"rvacc"_s, u"rvuse"_s, u"mode"_s}) {
            if (o.values.contains(key)) {
                a.insert(key, o.value(key));
            }
        }
        if (o.flags.contains(u"force"_s)) {
            a.insert(u"force"_s, true);
        }
        const CommandResult r = s.call(command, a);
        if (!r.ok()) {
            return error(r.error.message());
        }
        records.append(*q);
        block(op + u" Start"_s, pairBlock(s, *q));
    }
    if (!o.flags.contains(u"wait"_s)) {
        return 0;
    }
    const QStringList done = op == u"Replicate"_s ? QStringList {u"rpl/sync"_s}
        : op == u"Separate"_s                     ? QStringList {u"separated"_s}
                                                  : QStringList {u"rst/sync"_s, u"separated"_s};
    const QString progress = op == u"Replicate"_s ? u"Replicating"_s
        : op == u"Separate"_s                     ? u"Separating"_s
                                                  : u"Restoring"_s;
    if (const int rc = waitFor(s, pairs, done, progress + u"..."_s, o.value(u"limit"_s).toInt()); rc != 0) {
        return rc;
    }
    for (const QJsonObject& q : records) {
        block(op + u" Normal End"_s, pairBlock(s, q));
    }
    return 0;
}

/** iSMrc_wait -file disks.txt -cond sep|rpl|rst [-limit seconds]. */
int waitCommand(const QStringList& args)
{
    const Options o = parse(args, {u"mv"_s, u"mvflg"_s, u"rv"_s, u"rvflg"_s, u"file"_s, u"cond"_s, u"limit"_s});
    QList<PairName> pairs;
    if (const QString why = pairsOf(o, &pairs); !why.isEmpty()) {
        return error(why);
    }
    const QString cond = o.value(u"cond"_s);
    const QHash<QString, QString> states {
        {u"sep"_s, u"separated"_s}, {u"rpl"_s, u"rpl/sync"_s}, {u"rst"_s, u"rst/sync"_s}};
    if (!states.contains(cond)) {
        return error(
            u"-cond %1: use sep (Separated), rpl (Replicate synchronized) or rst (Restore synchronized)."_s.arg(cond));
    }
    Session s;
    if (const QString why = s.open(o); !why.isEmpty()) {
        return error(why);
    }
    if (!volumeListExists(s)) {
        return error(Error(ErrorCode::NecVolumeList, {s.host()}).message());
    }
    QList<QJsonObject> records;
    for (const PairName& p : pairs) {
        QString why;
        const auto q = queryPair(s, p, &why);
        if (!q) {
            return error(why);
        }
        records.append(*q);
    }
    for (const QJsonObject& q : records) {
        block(u"Wait Start"_s, pairBlock(s, q));
    }
    if (const int rc = waitFor(s, pairs, {states.value(cond)}, u"Waiting..."_s, o.value(u"limit"_s).toInt()); rc != 0) {
        return rc;
    }
    for (const QJsonObject& q : records) {
        block(u"Wait Normal End"_s, pairBlock(s, q));
    }
    return 0;
}

QStringList volumeLines(const QJsonObject& v)
{
    const QString letter = v.value(u"letter"_s).toString();
    return {
        pad(v.value(u"disk"_s).toString(), 25) + pad(v.value(u"ld"_s).toString(), 22) + v.value(u"osType"_s).toString(),
        u"  "_s + v.value(u"volumeName"_s).toString(), letter.isEmpty() ? u"-"_s : letter};
}

/** iSMrc_flush / iSMrc_umount / iSMrc_mount -drv X: (spec §2.6-2.8). */
int volumeOperation(const QString& op, const QStringList& args)
{
    const Options o = parse(args, {u"drv"_s, u"mvol"_s});
    if (!o.has(u"drv"_s)) {
        return error(u"Specify -drv <drive letter>."_s);
    }
    Session s;
    if (const QString why = s.open(o); !why.isEmpty()) {
        return error(why);
    }
    const QString drive = o.value(u"drv"_s);
    QJsonObject a {{u"server"_s, s.host()}, {u"drive"_s, drive}};
    const QString command = op == u"Flush"_s ? u"necFlush"_s : op == u"Umount"_s ? u"necUmount"_s : u"necMount"_s;
    if (o.flags.contains(u"force"_s) && op == u"Umount"_s) {
        a.insert(u"force"_s, true);
    }
    if (o.has(u"mvol"_s) && op == u"Mount"_s) {
        a.insert(u"mvol"_s, o.value(u"mvol"_s));
    }
    const CommandResult r = s.call(command, a);
    if (!r.ok()) {
        return error(r.error.message());
    }
    const QString volumeName = r.data.value(u"volumeName"_s).toString();
    if (op == u"Umount"_s && r.data.value(u"letterReset"_s).toBool()) {
        info(u"iSM13221: Resetting drive letter (%1) (%2) has succeeded."_s.arg(
            r.data.value(u"letter"_s).toString(), volumeName));
    }
    if (op == u"Mount"_s && r.data.value(u"letterSet"_s).toBool() && o.has(u"mvol"_s)) {
        info(u"iSM13220: Setting drive letter (%1) (%2) has succeeded."_s.arg(
            r.data.value(u"letter"_s).toString(), volumeName));
    }
    block(op + u" Start"_s, volumeLines(r.data));
    out({});
    block(op + u" Normal End"_s, volumeLines(r.data));
    return 0;
}

/** iSMrc_scan. */
int scanCommand(const QStringList& args)
{
    const Options o = parse(args, {});
    Session s;
    if (const QString why = s.open(o); !why.isEmpty()) {
        return error(why);
    }
    out(pad(u"Scan Start"_s, 25) + stamp());
    const CommandResult r = s.call(u"necScan"_s, {{u"server"_s, s.host()}});
    if (!r.ok()) {
        return error(r.error.message());
    }
    out(pad(u"Scan Normal End"_s, 25) + stamp());
    return 0;
}

/** iSMrc_signature -read -all | -export file -all | -list (spec §2.10). */
int signatureCommand(const QStringList& args)
{
    const Options o = parse(args, {u"export"_s});
    Session s;
    if (const QString why = s.open(o); !why.isEmpty()) {
        return error(why);
    }
    const bool read = o.flags.contains(u"read"_s);
    const CommandResult r
        = s.call(u"necSignature"_s, {{u"server"_s, s.host()}, {u"action"_s, read ? u"read"_s : u"list"_s}});
    if (!r.ok()) {
        return error(r.error.message());
    }
    QStringList lines;
    for (const auto& d : r.data.value(u"disks"_s).toArray()) {
        lines.append(pad(d[u"disk"_s].toString(), 25) + pad(d[u"ld"_s].toString(), 22) + d[u"signature"_s].toString());
    }
    if (o.has(u"export"_s)) {
        QFile file(o.value(u"export"_s));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            return error(u"%1 cannot be written: %2"_s.arg(o.value(u"export"_s), file.errorString()));
        }
        file.write(lines.join(u'\n').toUtf8() + "\n");
    }
    block(u"Signature Start"_s, {});
    for (const QString& l : lines) {
        out(l);
    }
    block(u"Signature Normal End"_s, {});
    return 0;
}

/** iSMrc_pair -pair|-unpair -mv X -mvflg ld -rv Y -rvflg ld [-force] (spec App. A.3). */
int pairCommand(const QStringList& args)
{
    const Options o = parse(args, {u"mv"_s, u"mvflg"_s, u"rv"_s, u"rvflg"_s, u"file"_s});
    QList<PairName> pairs;
    if (const QString why = pairsOf(o, &pairs); !why.isEmpty()) {
        return error(why);
    }
    const bool unpair = o.flags.contains(u"unpair"_s);
    if (!unpair && !o.flags.contains(u"pair"_s)) {
        return error(u"Specify -pair or -unpair."_s);
    }
    Session s;
    if (const QString why = s.open(o); !why.isEmpty()) {
        return error(why);
    }
    for (const PairName& p : pairs) {
        if (p.rv.isEmpty()) {
            return error(u"Specify -rv."_s);
        }
        QJsonObject a {{u"mv"_s, p.mv}, {u"rv"_s, p.rv}};
        if (unpair && o.flags.contains(u"force"_s)) {
            a.insert(u"force"_s, true);
        }
        const CommandResult r = s.call(unpair ? u"necUnpair"_s : u"necSetPair"_s, a);
        if (!r.ok()) {
            return error(r.error.message());
        }
        out(u"%1 %2 - %3 Normal End  %4"_s.arg(unpair ? u"Unpair"_s : u"Pair"_s, p.mv, p.rv, stamp()));
    }
    return 0;
}

/** iSMrc_query -mv X -mvflg ld [-rv Y -rvflg ld] | -file (spec App. A.1). */
int queryCommand(const QStringList& args)
{
    const Options o = parse(args, {u"mv"_s, u"mvflg"_s, u"rv"_s, u"rvflg"_s, u"file"_s});
    QList<PairName> pairs;
    if (const QString why = pairsOf(o, &pairs); !why.isEmpty()) {
        return error(why);
    }
    Session s;
    if (const QString why = s.open(o); !why.isEmpty()) {
        return error(why);
    }
    for (const PairName& p : pairs) {
        QString why;
        const auto q = queryPair(s, p, &why);
        if (!q) {
            return error(why);
        }
        for (const QString& l : pairBlock(s, *q)) {
            out(l);
        }
        out(pad(u"Activity State"_s, 20) + q->value(u"activity"_s).toString());
        out(pad(u"Synchronous State"_s, 20) + q->value(u"syncState"_s).toString());
        out(pad(u"Copy Control State"_s, 20) + q->value(u"copyControl"_s).toString());
        out(pad(u"Start Time"_s, 20)
            + QDateTime::fromString(q->value(u"startTime"_s).toString(), Qt::ISODate)
                  .toLocalTime()
                  .toString(u"yyyy/MM/dd hh:mm:ss"_s));
        out(pad(u"Separate Diff"_s, 20) + QString::number(q->value(u"separateDiffKB"_s).toInteger()) + u"KB"_s);
        out(pad(u"Copy Diff"_s, 20) + QString::number(q->value(u"copyDiffKB"_s).toInteger()) + u"KB"_s);
        out(pad(u"RV Access"_s, 20) + q->value(u"rvAccess"_s).toString());
        if (q->contains(u"reason"_s)) {
            out(pad(u"Reason"_s, 20) + q->value(u"reason"_s).toString());
        }
    }
    return 0;
}

/** iSMvollist -cr | -a (spec §1.10, §2.9). */
int vollistCommand(const QStringList& args)
{
    const Options o = parse(args, {});
    if (!o.flags.contains(u"cr"_s) && !o.flags.contains(u"a"_s)) {
        return error(u"Specify -cr (create the volume list) or -a (display it)."_s);
    }
    Session s;
    if (const QString why = s.open(o); !why.isEmpty()) {
        return error(why);
    }
    if (o.flags.contains(u"cr"_s)) {
        const CommandResult r = s.call(u"necCreateVolumeList"_s, {{u"server"_s, s.host()}});
        if (!r.ok()) {
            return error(r.error.message());
        }
        info(u"iSM11701: Volume list is created successfully."_s);
        return 0;
    }
    const QJsonObject server = s.server();
    if (!server.value(u"volumeList"_s).toBool()) {
        return error(Error(ErrorCode::NecVolumeList, {s.host()}).message());
    }
    out(u"Drive Letter/Path Name\tVolume Name\tDisk No.\tVolume Definition\tLUN\tLDN\tLD Name\tDisk Array\t"
        "Classification"_s);
    int count = 0;
    for (const auto& v : server.value(u"volumes"_s).toArray()) {
        const bool mounted = v[u"mounted"_s].toBool() || !v[u"letter"_s].toString().isEmpty();
        out(QStringList {mounted && !v[u"letter"_s].toString().isEmpty() ? v[u"letter"_s].toString() : u"-"_s,
            mounted ? v[u"volumeName"_s].toString() : u"-"_s, v[u"disk"_s].toString(),
            v[u"control"_s].toBool() ? u"Control"_s : u"-"_s, v[u"lun"_s].toString(), v[u"ldn"_s].toString(),
            v[u"ld"_s].toString(), v[u"array"_s].toString(), v[u"classification"_s].toString()}
                .join(u'\t'));
        ++count;
    }
    out(u"VOLUME : %1"_s.arg(count));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"copyline"_s); // shares the console's default workspace
    QCoreApplication::setOrganizationName(u"Copyline"_s);
    QString tool = QFileInfo(QString::fromLocal8Bit(argv[0])).fileName();
    if (tool.endsWith(u".exe"_s)) {
        tool.chop(4);
    }
    QStringList args = QCoreApplication::arguments().mid(1);
    if (tool == u"copyline-ism"_s && !args.isEmpty()) {
        tool = args.takeFirst();
    }
    g_tool = tool;
    if (tool == u"iSMrc_replicate"_s) {
        return pairOperation(u"Replicate"_s, args);
    }
    if (tool == u"iSMrc_separate"_s) {
        return pairOperation(u"Separate"_s, args);
    }
    if (tool == u"iSMrc_restore"_s) {
        return pairOperation(u"Restore"_s, args);
    }
    if (tool == u"iSMrc_wait"_s) {
        return waitCommand(args);
    }
    if (tool == u"iSMrc_flush"_s) {
        return volumeOperation(u"Flush"_s, args);
    }
    if (tool == u"iSMrc_umount"_s) {
        return volumeOperation(u"Umount"_s, args);
    }
    if (tool == u"iSMrc_mount"_s) {
        return volumeOperation(u"Mount"_s, args);
    }
    if (tool == u"iSMrc_scan"_s) {
        return scanCommand(args);
    }
    if (tool == u"iSMrc_signature"_s) {
        return signatureCommand(args);
    }
    if (tool == u"iSMrc_pair"_s) {
        return pairCommand(args);
    }
    if (tool == u"iSMrc_query"_s) {
        return queryCommand(args);
    }
    if (tool == u"iSMvollist"_s) {
        return vollistCommand(args);
    }
    g_tool = u"copyline-ism"_s;
    return error(u"call it as iSMrc_replicate, iSMrc_separate, iSMrc_restore, iSMrc_wait, iSMrc_flush, iSMrc_umount, "
                 "iSMrc_mount, iSMrc_scan, iSMrc_signature, iSMrc_pair, iSMrc_query or iSMvollist"_s);
}
