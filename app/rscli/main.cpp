// SPDX-License-Identifier: GPL-3.0-or-later
// The ESS Copy Services command-line interface (spec ESS §6; seed 001, Chapter 6): rsExecuteTask, rsList2105s,
// rsPrimeServer, rsQuery, rsQueryComplete and rsTestConnection, also under their UNIX names with ".sh". One program;
// the name it is called by picks the command (the build makes the names as links to it).
//
// The Copy Services server a command talks to (-s, and the backup -b) is, in Copyline:
//   - a workspace folder: the server is whichever Copy Services server is active in it; or
//   - the serial of the ESS that runs a server (e.g. -s 12019 -b FCA31), in the workspace named by
//     $COPYLINE_WORKSPACE or the default workspace: that server must be the active one.
// A server is "down" when its workspace cannot be reached or its Copy Services is disabled or reset to the other
// server. Options, messages and return codes are the seed's (§6.8, §8.3); NT-style "/x" switches are accepted too.
// [SIM] where the seed is silent: a rejected user or password, an unknown task and a failed task return 80
// ("Command failed"); rsQueryComplete's -m takes fractions of a minute; the host that rsList2105s and
// rsPrimeServer speak for is $COPYLINE_HOST, else this machine's name.
#include "catalog/catalog.h"
#include "server/engineclient.h"
#include "service/engine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonArray>
#include <QLocale>
#include <QThread>

#include <cstdio>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

// Return codes of seed §6.3.4 (L4018-4058), spec §6.8.
enum Rc
{
    Ok = 0,
    NoUser = 1,
    NoPassword = 2,
    NoServer = 3,
    NoTaskNames = 4,
    NoHostToDelete = 9,
    MissingParameters = 10,
    NoMinutes = 11,
    NoThreshold = 12,
    No2105Volumes = 13,
    NoVolumeList = 14,
    ConflictingParameters = 15,
    MoreVolumesPerLine = 16,
    NoVolumeFile = 17,
    NoVolumesInFile = 18,
    ConnectFailed = 40,
    PrimaryDownNoBackup = 41,
    BothDown = 42,
    CommunicationFailed = 43,
    SystemException = 60,
    CommandFailed = 80,
};

void out(const QString& text)
{
    std::fputs(qUtf8Printable(text + u'\n'), stdout);
    std::fflush(stdout);
}

void err(const QString& text)
{
    std::fputs(qUtf8Printable(text + u'\n'), stderr);
    std::fflush(stderr);
}

/** The options of one call: flags with a value, flags without, and the rest (task names). */
struct Options
{
    QHash<QChar, QString> values;
    QSet<QChar> present;
    QSet<QChar> missingValue; /**< given without the argument it needs */
    QStringList rest;
    bool verbose = false;

    bool has(QChar c) const { return present.contains(c); }
    QString value(QChar c) const { return values.value(c); }
};

Options parse(const QStringList& args, const QString& withValue)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString a = args[i];
        if (a.size() == 2 && a[0] == u'/') {
            a[0] = u'-'; // the NT form: /s server
        }
        if (a.size() == 2 && a[0] == u'-') {
            const QChar c = a[1];
            if (c == u'v') {
                o.verbose = true;
                continue;
            }
            o.present.insert(c);
            if (withValue.contains(c)) {
                if (i + 1 < args.size() && !(args[i + 1].size() == 2 && (args[i + 1][0] == u'-' || args[i + 1][0] == u'/'))) {
                    o.values.insert(c, args[++i]);
                } else {
                    o.missingValue.insert(c);
                }
            }
            continue;
        }
        o.rest.append(a);
    }
    return o;
}

QString stamp()
{
    return QLocale::c().toString(QDateTime::currentDateTime(), u"dd-MMM-yy h:mm:ss AP"_s);
}

QString localHost()
{
    const QString env = qEnvironmentVariable("COPYLINE_HOST");
    return env.isEmpty() ? QHostInfo::localHostName() : env;
}

/** A connection to the Copy Services server a command names. */
class Server
{
public:
    /** Connects to @p name; false (with why) when it is down. */
    bool open(const QString& name, QString* why)
    {
        QString workspace;
        m_server.clear();
        if (QFileInfo(name).isDir()) {
            workspace = QFileInfo(name).absoluteFilePath();
        } else {
            const QString env = qEnvironmentVariable("COPYLINE_WORKSPACE");
            workspace = QFileInfo(env.isEmpty() ? Engine::defaultWorkspace() : env).absoluteFilePath();
            m_server = name;
        }
        if (!QFileInfo::exists(QDir(workspace).filePath(QString::fromLatin1(Catalog::kFileName)))) {
            *why = u"no Copy Services server at %1"_s.arg(name);
            return false;
        }
        if (const Error e = m_client.connectOrStart(workspace, EngineClient::defaultDaemonPath()); e.isError()) {
            *why = e.cliLine();
            return false;
        }
        const CommandResult r = call(u"essCopyServicesStatus"_s,
            m_server.isEmpty() ? QJsonObject {} : QJsonObject {{u"server"_s, m_server}});
        if (!r.ok()) {
            *why = r.error.cliLine();
            return false;
        }
        m_status = r.data;
        if (m_server.isEmpty() && r.data.value(u"active"_s).toString().isEmpty()) {
            *why = u"Copy Services is disabled in %1"_s.arg(workspace);
            return false;
        }
        if (const QString problem = r.data.value(u"problem"_s).toString(); !problem.isEmpty()) {
            *why = problem;
            return false;
        }
        return true;
    }

    CommandResult call(const QString& name, const QJsonObject& args = {})
    {
        return m_client.call({name, args});
    }

    bool passwordProtection() const { return m_status.value(u"passwordProtection"_s).toBool(true); }

private:
    EngineClient m_client;
    QString m_server;
    QJsonObject m_status;
};

/**
 * The common start of every command but rsList2105s: -s required (rc 3), the primary or else the backup (rc 41,
 * 42), then the user when password protection is on (rc 1, 2, 80).
 */
std::optional<int> connect(const QString& tool, const Options& o, Server& server, bool needUser = true)
{
    if (!o.has(u's') || o.missingValue.contains(u's')) {
        err(u"Server name not specified"_s);
        err(u"The IP address or complete host name of the Copy Services server is required but was not specified."_s);
        return NoServer;
    }
    if (o.verbose) {
        out(u"%1 %2: Successfully connected to Name Server, port = 1703"_s.arg(stamp(), tool));
    }
    QString why;
    if (!server.open(o.value(u's'), &why)) {
        if (!o.has(u'b') || o.value(u'b').isEmpty()) {
            err(u"%1: %2"_s.arg(tool, why));
            err(u"The primary server down and there is no backup server specified. The task is not completed."_s);
            return PrimaryDownNoBackup;
        }
        QString whyBackup;
        if (!server.open(o.value(u'b'), &whyBackup)) {
            err(u"%1: %2; %3"_s.arg(tool, why, whyBackup));
            err(u"The primary and backup server are down. Task not completed."_s);
            return BothDown;
        }
        if (o.verbose) {
            out(u"%1 %2: primary server down (%3), using the backup server"_s.arg(stamp(), tool, why));
        }
    }
    if (o.verbose) {
        out(u"%1 %2: Server identity = IBM2105 Copy Services/1.1.0"_s.arg(stamp(), tool));
        out(u"%1 %2: Received rsVSServer reference successfully"_s.arg(stamp(), tool));
    }
    if (needUser && server.passwordProtection()) {
        if (!o.has(u'u') || o.missingValue.contains(u'u')) {
            err(u"User name not specified"_s);
            return NoUser;
        }
        if (!o.has(u'p') || o.missingValue.contains(u'p')) {
            err(u"Password not specified"_s);
            return NoPassword;
        }
        const CommandResult r
            = server.call(u"essCheckUser"_s, {{u"name"_s, o.value(u'u')}, {u"password"_s, o.value(u'p')}});
        if (!r.ok()) {
            err(r.error.cliLine());
            return CommandFailed;
        }
    }
    if (o.verbose) {
        out(u"%1 %2: rsClientImpl registered successfully"_s.arg(stamp(), tool));
    }
    return std::nullopt;
}

std::optional<int> missingParameters(const Options& o, const QString& keys)
{
    for (const QChar c : keys) {
        if (o.missingValue.contains(c)) {
            err(u"Missing parameters"_s);
            err(u"One or more of the following parameters was specified but the argument to the parameter was not: "
                "-u, -p, -f, -q"_s);
            return MissingParameters;
        }
    }
    return std::nullopt;
}

int executeTask(const Options& o)
{
    if (auto rc = missingParameters(o, u"up"_s)) {
        return *rc;
    }
    if (o.has(u's') && !o.missingValue.contains(u's') && o.rest.isEmpty()) {
        err(u"No task names specified"_s);
        err(u"You must specify at least one task to run. A task can be defined using the Enterprise Storage "
            "Specialist Copy Services Web screens"_s);
        return NoTaskNames;
    }
    Server server;
    if (auto rc = connect(u"rsExecuteTask"_s, o, server)) {
        return *rc;
    }
    const CommandResult r = server.call(u"essRunTasks"_s, {{u"names"_s, QJsonArray::fromStringList(o.rest)}});
    if (!r.ok()) {
        err(u"rsExecuteTask: %1"_s.arg(r.error.cliLine()));
        return CommandFailed;
    }
    bool ok = true;
    for (const auto& item : r.data.value(u"results"_s).toArray()) {
        const QJsonObject t = item.toObject();
        const bool success = t.value(u"status"_s).toString() == u"successful"_s;
        ok = ok && success;
        if (success) {
            out(u"rsExecuteTask: Task %1 completed successfully (%2 ms)."_s.arg(t.value(u"name"_s).toString())
                    .arg(t.value(u"milliseconds"_s).toInteger()));
        } else {
            err(u"rsExecuteTask: Task %1 failed: %2"_s.arg(t.value(u"name"_s).toString(), t.value(u"reason"_s).toString()));
        }
    }
    if (!ok) {
        err(u"Command failed"_s);
        return CommandFailed;
    }
    if (o.verbose) {
        out(u"rsExecuteTask: command successful"_s);
    }
    return Ok;
}

QList<QJsonObject> hostDisks(Server& server)
{
    QList<QJsonObject> out;
    const CommandResult r = server.call(u"essListHostDisks"_s, {{u"host"_s, localHost()}});
    for (const auto& item : r.data.value(u"disks"_s).toArray()) {
        out.append(item.toObject());
    }
    return out;
}

int list2105s(const Options& o)
{
    // No documented parameters (spec §6.3): the workspace is -s when given, else the environment's.
    Server server;
    QString why;
    const QString name = o.has(u's') ? o.value(u's') : (o.rest.isEmpty() ? QString() : o.rest.first());
    if (!server.open(name.isEmpty() ? u"primary"_s : name, &why)) {
        err(u"rsList2105s: %1"_s.arg(why));
        err(u"Failed to connect to server"_s);
        return ConnectFailed;
    }
    const QList<QJsonObject> disks = hostDisks(server);
    if (disks.isEmpty()) {
        err(u"No 2105 volumes found"_s);
        return No2105Volumes;
    }
    out(u"disk name      2105 serial number"_s);
    out(u"-----"_s);
    for (const QJsonObject& d : disks) {
        out(u"%1 %2"_s.arg(d.value(u"disk"_s).toString(), -14).arg(d.value(u"volume"_s).toString()));
    }
    return Ok;
}

int primeServer(const Options& o)
{
    if (auto rc = missingParameters(o, u"up"_s)) {
        return *rc;
    }
    if (o.missingValue.contains(u'd')) {
        err(u"Missing parameter hostname to be deleted"_s);
        return NoHostToDelete;
    }
    Server server;
    if (auto rc = connect(u"rsPrimeServer"_s, o, server)) {
        return *rc;
    }
    const CommandResult r = o.has(u'd') ? server.call(u"essUnprimeHost"_s, {{u"host"_s, o.value(u'd')}})
                                        : server.call(u"essPrimeHost"_s, {{u"host"_s, localHost()}});
    if (!r.ok()) {
        err(u"rsPrimeServer: %1"_s.arg(r.error.cliLine()));
        return CommandFailed;
    }
    if (!o.has(u'd') && r.data.value(u"primed"_s).toInt() == 0) {
        err(u"No 2105 volumes found"_s);
        return No2105Volumes;
    }
    if (o.verbose) {
        out(u"rsPrimeServer: command successful"_s);
    }
    return Ok;
}

QString sizeText(qint64 bytes)
{
    return u"%1_GB"_s.arg(QString::number(double(bytes) / double(1LL << 30), 'f', 1));
}

int query(const Options& o)
{
    if (auto rc = missingParameters(o, u"upfq"_s)) {
        return *rc;
    }
    if (o.has(u'q') && o.has(u'f')) {
        err(u"Conflicting parameters"_s);
        err(u"The -f and -q parameters were both specified."_s);
        return ConflictingParameters;
    }
    if (o.has(u's') && !o.missingValue.contains(u's') && !o.has(u'q') && !o.has(u'f')) {
        err(u"Volume list not specified"_s);
        err(u"No volumes were specified. You must specify at least one volume to query using either the -q parameter "
            "or the -f parameter."_s);
        return NoVolumeList;
    }
    QStringList volumes;
    if (o.has(u'f')) {
        const QString fileName = o.value(u'f');
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            err(u"Volume list file \"%1\" does not exist"_s.arg(fileName));
            err(u"The file specified with the -f parameter above does not exist. You must create it before running "
                "this command."_s);
            return NoVolumeFile;
        }
        // Either pairs per line (source target) or one volume per line (seed L3512-3527).
        for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            const QStringList words = line.simplified().split(u' ', Qt::SkipEmptyParts);
            if (words.size() > 2) {
                err(u"More volume/s per line"_s);
                return MoreVolumesPerLine;
            }
            volumes.append(words);
        }
        if (volumes.isEmpty()) {
            err(u"No volumes specified in given file"_s);
            return NoVolumesInFile;
        }
    } else if (o.has(u'q')) {
        volumes.append(o.value(u'q'));
    }
    Server server;
    if (auto rc = connect(u"rsQuery"_s, o, server)) {
        return *rc;
    }
    QHash<QString, QString> byDisk;
    if (o.has(u'm')) {
        for (const QJsonObject& d : hostDisks(server)) {
            byDisk.insert(d.value(u"disk"_s).toString(), d.value(u"volume"_s).toString());
        }
    }
    int rc = Ok;
    for (const QString& given : volumes) {
        const QString volume = byDisk.value(given, given);
        const CommandResult r = server.call(u"essQueryVolume"_s, {{u"volume"_s, volume}});
        if (!r.ok()) {
            err(u"rsQuery: %1"_s.arg(r.error.cliLine()));
            rc = CommandFailed;
            continue;
        }
        const QJsonObject& v = r.data;
        out(u"*****Volume Information*****"_s);
        out(u"Volume %1 found on %2:%3 as volume number %4"_s.arg(v.value(u"volume"_s).toString(),
            v.value(u"server"_s).toString(), QString::number(v.value(u"lss"_s).toInt()), v.value(u"number"_s).toString()));
        // The underscore form: scripts split this line with awk -F "State=|status=|FlashCopy_state=|, " (L3733).
        out(u"State=%1, status=%2, FlashCopy_state=%3, Size=%4"_s.arg(v.value(u"state"_s).toString(),
            v.value(u"status"_s).toString(), v.value(u"flashCopyState"_s).toString(),
            sizeText(v.value(u"size"_s).toInteger())));
        out(u"*****"_s);
    }
    return rc;
}

int queryComplete(const Options& o)
{
    if (o.missingValue.contains(u'm')) {
        err(u"Missing parameter minutes between samples"_s);
        return NoMinutes;
    }
    if (o.missingValue.contains(u't')) {
        err(u"Missing parameter threshold"_s);
        return NoThreshold;
    }
    if (auto rc = missingParameters(o, u"up"_s)) {
        return *rc;
    }
    if (o.has(u's') && !o.missingValue.contains(u's') && o.rest.isEmpty()) {
        err(u"Task name not specified"_s);
        err(u"At least one task name must be specified to be executed."_s);
        return NoTaskNames;
    }
    bool okMinutes = true;
    bool okThreshold = true;
    const double minutes = o.has(u'm') ? o.value(u'm').toDouble(&okMinutes) : 1.0;
    const double threshold = o.has(u't') ? QString(o.value(u't')).remove(u'%').toDouble(&okThreshold) : 100.0;
    if (!okMinutes || minutes <= 0) {
        err(u"Missing parameter minutes between samples"_s);
        return NoMinutes;
    }
    if (!okThreshold || threshold <= 0 || threshold > 100) {
        err(u"Missing parameter threshold"_s);
        return NoThreshold;
    }
    Server server;
    if (auto rc = connect(u"rsQueryComplete"_s, o, server)) {
        return *rc;
    }
    for (const QString& task : o.rest) {
        for (;;) {
            const CommandResult r = server.call(u"essQueryTask"_s, {{u"name"_s, task}});
            if (!r.ok()) {
                err(u"rsQueryComplete: %1"_s.arg(r.error.cliLine()));
                return CommandFailed;
            }
            if (!r.data.value(u"establishTask"_s).toBool()) {
                err(u"rsQueryComplete: task %1 is a %2 task, not a PPRC Establish Pair task: it is not running or has "
                    "already completed"_s.arg(task, r.data.value(u"type"_s).toString()));
                return CommandFailed;
            }
            const double percent = r.data.value(u"percent"_s).toDouble();
            if (o.verbose) {
                out(u"rsQueryComplete: task %1: %2% of the PPRC copy initialization complete"_s.arg(task).arg(
                    percent, 0, 'f', 1));
            }
            if (percent >= threshold) {
                break;
            }
            QThread::msleep(static_cast<unsigned long>(minutes * 60'000));
        }
    }
    if (o.verbose) {
        out(u"rsQueryComplete: command successful"_s);
    }
    return Ok;
}

int testConnection(const Options& o)
{
    if (!o.has(u's') || o.missingValue.contains(u's')) {
        err(u"Server name not specified"_s);
        err(u"The IP address or complete host name of the Copy Services server is required but was not specified."_s);
        return NoServer;
    }
    if (o.verbose) {
        out(u"rsWebTest: Using %1 as server name"_s.arg(o.value(u's')));
        out(u"rsWebTest: Application ORB Initialized"_s);
    }
    Server server;
    QString why;
    if (!server.open(o.value(u's'), &why)) {
        err(u"rsWebTest: %1"_s.arg(why));
        err(u"Failed to connect to server"_s);
        return ConnectFailed;
    }
    if (o.verbose) {
        out(u"rsWebTest: rsVSServer reference obtained successfully"_s);
        out(u"rsWebTest: rsVSServer reference narrowed successfully"_s);
        out(u"rsWebTest: HeartBeat to the server was successful."_s);
        out(u"rsWebTest: command successful"_s);
    }
    return Ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"copyline"_s); // shares the console's default workspace
    QCoreApplication::setOrganizationName(u"Copyline"_s);
    QString tool = QFileInfo(QString::fromLocal8Bit(argv[0])).fileName();
    if (tool.endsWith(u".sh"_s)) {
        tool.chop(3);
    }
    QStringList args = QCoreApplication::arguments().mid(1);
    if (tool == u"copyline-rs"_s && !args.isEmpty()) {
        tool = args.takeFirst(); // copyline-rs rsQuery -s ... also works
        if (tool.endsWith(u".sh"_s)) {
            tool.chop(3);
        }
    }
    try {
        if (tool == u"rsExecuteTask"_s) {
            return executeTask(parse(args, u"upsb"_s));
        }
        if (tool == u"rsList2105s"_s) {
            return list2105s(parse(args, u"s"_s));
        }
        if (tool == u"rsPrimeServer"_s) {
            return primeServer(parse(args, u"upsbd"_s));
        }
        if (tool == u"rsQuery"_s) {
            return query(parse(args, u"upsbqf"_s));
        }
        if (tool == u"rsQueryComplete"_s) {
            return queryComplete(parse(args, u"upsbmt"_s));
        }
        if (tool == u"rsTestConnection"_s) {
            return testConnection(parse(args, u"upsb"_s));
        }
    } catch (const std::exception& e) {
        err(u"System exception occurred: %1"_s.arg(QString::fromLocal8Bit(e.what())));
        return SystemException;
    }
    err(u"copyline-rs: call it as rsExecuteTask, rsList2105s, rsPrimeServer, rsQuery, rsQueryComplete or "
        "rsTestConnection (also with .sh)"_s);
    return MissingParameters;
}
