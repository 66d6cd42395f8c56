// SPDX-License-Identifier: GPL-3.0-or-later
// csmcli: the Copy Services Manager command line (issue 16; spec CSM §6, seed 003 L1400-1530, L1700-1760).
// Batch: csmcli [options] <command> [command options] [object]; with no command it is an interactive shell with the
// prompt "csmcli>" (exit or quit ends it). It talks to the workspace's engine (copylined, started when none runs)
// through the csm* commands (notes/csm-api.md), logs in once (csmLogin), passes the token on every command and logs
// out at the end. docs/csm-cli.md describes the commands, the formats, the message ids and the exit codes.
#include "server/engineclient.h"
#include "service/engine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

// ---------------------------------------------------------------------------------------------------------------
// Output and messages

void out(const QString& text)
{
    std::fputs(qUtf8Printable(text + u'\n'), stdout);
    std::fflush(stdout);
}

/** The message ids csmcli itself prints. CMMCI9018E is the seed's (L1467); every other id here is [SIM]. */
namespace Msg
{
constexpr auto MissingValue = "CMMCI9018E Parameter %1 is missing a required value.";
constexpr auto BadParameter = "CMMCI9019E Parameter %1 is not valid for command %2.";
constexpr auto BadValue = "CMMCI9020E Value %1 is not valid for parameter %2; valid values are: %3.";
constexpr auto MissingParameter = "CMMCI9021E Parameter %1 is required.";
constexpr auto BadCommand = "CMMCI9022E %1 is not a valid command. Enter \"help\" for the list of commands.";
constexpr auto MissingObject = "CMMCI9023E The command %1 needs %2.";
constexpr auto TooManyObjects = "CMMCI9024E The command %1 takes one %2; got: %3.";
constexpr auto NoEngine = "CMMCI9030E Cannot connect to the Copyline engine: %1";
constexpr auto NoCredentials = "CMMCI9031E No user name or password: give -username and -password, or put "
                               "username= and password= in csmcli-auth.properties.";
constexpr auto AuthFileOpen = "CMMCI9032E The authentication file %1 is readable by other users; its password is "
                              "not used. Make it private (chmod 600 %1).";
constexpr auto FileError = "CMMCI9033E The file %1 cannot be %2: %3";
constexpr auto NoUserYet = "CMMCI9034E No Copy Services Manager user exists yet. Create the first administrator "
                           "with: mkauth -name <user> -password <password> -authrole Administrator";
constexpr auto EngineError = "CMMCI9041E %1";
// Result messages of the engine commands when the engine gives no text of its own.
constexpr auto SessionCreated = "IWNR1021I Session %1 was successfully created.";
constexpr auto SessionRemoved = "IWNR1022I Session %1 was removed.";
constexpr auto SessionChanged = "IWNR1023I The properties of session %1 were changed.";
constexpr auto ActionDone = "IWNR1026I The command %1 in session %2 has completed.";
constexpr auto CopySetsAdded = "IWNR2005I %1 copy set(s) were added to session %2.";
constexpr auto CopySetWarning = "IWNR2008W %1";
constexpr auto CopySetsRemoved = "IWNR2006I %1 copy set(s) were removed from session %2.";
constexpr auto CsvImported = "IWNR2009I The copy sets in the file %1 were imported into session %2.";
constexpr auto CsvExported = "IWNR2010I The copy sets of session %1 were exported to the file %2.";
constexpr auto DeviceAdded = "IWNR3011I The connection to storage system %1 was added.";
constexpr auto DeviceRemoved = "IWNR3013I The connection to storage system %1 was removed.";
constexpr auto LocationSet = "IWNR3012I The location of storage system %1 was set to %2.";
constexpr auto UserCreated = "IWNR3001I User %1 was granted the role %2.";
constexpr auto UserChanged = "IWNR3002I User %1 was successfully changed.";
constexpr auto UserRemoved = "IWNR3003I User %1 was successfully removed.";
constexpr auto BackupDone = "IWNR1905I The configuration was backed up to %1.";
constexpr auto StandbyDefined = "IWNR3032I Server %1 is the standby management server now.";
constexpr auto TookOver = "IWNR3033I This server is the active management server now.";
constexpr auto StandbyOf = "IWNR3038I This server is the standby management server of %1 now.";
constexpr auto Reconnected = "IWNR3037I The standby management server is synchronized.";
constexpr auto StandbyRemoved = "IWNR3034I The standby management server was removed.";
constexpr auto ActiveRemoved = "IWNR3039I The active management server was removed; this server is stand-alone.";
} // namespace Msg

QString tr(const char* text)
{
    return QString::fromUtf8(text);
}

/** The severity of the worst message printed by the current command: 'I', 'W' or 'E'. */
QChar g_worst = u'I';

void note(QChar severity)
{
    if (severity == u'E' || (severity == u'W' && g_worst == u'I')) {
        g_worst = severity;
    }
}

/** A parser message, printed like the seed's (no timestamp). */
void parserError(const QString& text)
{
    note(u'E');
    out(text);
}

QString stamp()
{
    return QLocale::c().toString(QDateTime::currentDateTime(), u"MMM d, yyyy h:mm:ss AP"_s);
}

/** A result message "ID [timestamp] text"; @p text starts with its id. */
void result(const QString& text)
{
    static const QRegularExpression id(
        u"^([A-Z]{4}\\d{4}([IWE]))\\s+(.*)$"_s, QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression cliId(u"^CMMCI\\d{4}([IWE]) "_s);
    if (const auto c = cliId.match(text); c.hasMatch()) { // the CLI's own messages print as they are
        note(c.captured(1).at(0));
        out(text);
        return;
    }
    const auto m = id.match(text);
    if (m.hasMatch()) {
        note(m.captured(2).at(0));
        out(u"%1 [%2] %3"_s.arg(m.captured(1), stamp(), m.captured(3)));
    } else {
        note(u'E');
        out(u"CMMCI9041E [%1] %2"_s.arg(stamp(), text));
    }
}

void engineError(const Error& e)
{
    result(e.message());
}

// ---------------------------------------------------------------------------------------------------------------
// Command line parsing

/** The options every ls* command takes (spec §6.2, seed L1469). */
const QString kListUsage = u"[ { -help|-h|-? } ] [ { -l|-s } ] [-fmt default|xml|delim|stanza] [-p on|off] "
                           "[-delim char] [-hdr on|off] [-r #] [-v on|off]"_s;
const QStringList kListValues {u"fmt"_s, u"p"_s, u"delim"_s, u"hdr"_s, u"r"_s, u"v"_s};
const QStringList kListFlags {u"l"_s, u"s"_s};

struct Args
{
    QHash<QString, QString> values;
    QSet<QString> flags;
    QStringList objects;
    QStringList roleOrder; // mkcpset: the role options in the order given

    QString value(const QString& k, const QString& fallback = {}) const { return values.value(k, fallback); }
    bool has(const QString& k) const { return values.contains(k) || flags.contains(k); }
};

class Client;

struct Command
{
    QString name;
    QString usage;      // after the name (and after the list options for list commands)
    bool list = false;  // takes the common list options
    QStringList values; // options with a value
    QStringList flags;  // options without one
    bool roles = false; // mkcpset: -h1, -h2, -i2, ... role options
    QString objectName; // what the trailing object is ("session name"); empty: none
    bool objectRequired = false;
    bool manyObjects = false;
    std::function<void(Client&, const Args&)> run;

    QString usageLine() const
    {
        return u"Usage: %1 %2%3"_s.arg(name, list ? kListUsage + u' ' : QString(), usage).trimmed();
    }
};

void usageError(const Command& c, const QString& text)
{
    parserError(text);
    out(c.usageLine());
    out(u"Tip: Enter \"help %1\" for more information."_s.arg(c.name));
}

bool isRoleOption(const QString& key)
{
    static const QRegularExpression re(u"^[hijtc][1-3]$"_s);
    return re.match(key).hasMatch();
}

/** Parses @p tokens for @p c; prints the error and returns nothing when they are wrong. */
std::optional<Args> parseArgs(const Command& c, const QStringList& tokens)
{
    Args a;
    QStringList values = c.values;
    QStringList flags = c.flags;
    if (c.list) {
        values += kListValues;
        flags += kListFlags;
    }
    const auto known = [&](const QString& token) {
        if (!token.startsWith(u'-') || token.size() < 2) {
            return false;
        }
        const QString key = token.mid(1).toLower();
        return values.contains(key) || flags.contains(key) || (c.roles && isRoleOption(key));
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString& t = tokens[i];
        if (t.startsWith(u'-') && t.size() > 1 && !(t.size() > 1 && t[1].isDigit())) {
            const QString key = t.mid(1).toLower();
            if (key == u"help"_s || key == u"h"_s || key == u"?"_s) {
                a.flags.insert(u"help"_s);
                continue;
            }
            const bool role = c.roles && isRoleOption(key);
            if (values.contains(key) || role) {
                if (i + 1 >= tokens.size() || known(tokens[i + 1])) {
                    usageError(c, tr(Msg::MissingValue).arg(t));
                    return std::nullopt;
                }
                a.values.insert(key, tokens[++i]);
                if (role) {
                    a.roleOrder.append(key.toUpper());
                }
            } else if (flags.contains(key)) {
                a.flags.insert(key);
            } else {
                usageError(c, tr(Msg::BadParameter).arg(t, c.name));
                return std::nullopt;
            }
        } else {
            a.objects.append(t);
        }
    }
    if (a.flags.contains(u"help"_s)) {
        return a;
    }
    const auto oneOf = [&](const QString& key, const QStringList& allowed) {
        if (a.values.contains(key) && !allowed.contains(a.values[key].toLower())) {
            usageError(c, tr(Msg::BadValue).arg(a.values[key], u'-' + key, allowed.join(u", "_s)));
            return false;
        }
        if (a.values.contains(key)) {
            a.values[key] = a.values[key].toLower();
        }
        return true;
    };
    if (c.list) {
        if (!oneOf(u"fmt"_s, {u"default"_s, u"xml"_s, u"delim"_s, u"stanza"_s}) || !oneOf(u"p"_s, {u"on"_s, u"off"_s})
            || !oneOf(u"hdr"_s, {u"on"_s, u"off"_s}) || !oneOf(u"v"_s, {u"on"_s, u"off"_s})) {
            return std::nullopt;
        }
        if (a.values.contains(u"r"_s)) {
            bool ok = false;
            const int rows = a.values[u"r"_s].toInt(&ok);
            if (!ok || rows < 1) {
                usageError(c, tr(Msg::BadValue).arg(a.values[u"r"_s], u"-r"_s, u"a whole number of 1 or more"_s));
                return std::nullopt;
            }
        }
        if (a.flags.contains(u"l"_s) && a.flags.contains(u"s"_s)) {
            usageError(c, tr(Msg::BadParameter).arg(u"-s (with -l)"_s, c.name));
            return std::nullopt;
        }
    }
    for (const QString& yesNo : {u"incremental"_s, u"backgroundcopy"_s, u"startflashes"_s, u"keeponhw"_s}) {
        if (!oneOf(yesNo, {u"yes"_s, u"no"_s})) {
            return std::nullopt;
        }
    }
    if (!oneOf(u"authrole"_s, {u"administrator"_s, u"operator"_s, u"monitor"_s})
        || !oneOf(u"devtype"_s, {u"ess"_s, u"ds4000"_s, u"hds"_s})) {
        return std::nullopt;
    }
    if (c.objectName.isEmpty() && !a.objects.isEmpty()) {
        usageError(c, tr(Msg::BadParameter).arg(a.objects.first(), c.name));
        return std::nullopt;
    }
    if (c.objectRequired && a.objects.isEmpty()) {
        usageError(c, tr(Msg::MissingObject).arg(c.name, c.objectName));
        return std::nullopt;
    }
    if (!c.manyObjects && a.objects.size() > 1) {
        usageError(c, tr(Msg::TooManyObjects).arg(c.name, c.objectName, a.objects.join(u' ')));
        return std::nullopt;
    }
    return a;
}

/** Splits an interactive line like a shell: blanks separate, quotes group, backslash escapes. */
QStringList splitLine(const QString& line)
{
    QStringList tokens;
    QString current;
    bool inToken = false;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar ch = line[i];
        if (!quote.isNull()) {
            if (ch == quote) {
                quote = QChar();
            } else {
                current += ch;
            }
        } else if (ch == u'\\' && i + 1 < line.size()) {
            current += line[++i];
            inToken = true;
        } else if (ch == u'"' || ch == u'\'') {
            quote = ch;
            inToken = true;
        } else if (ch.isSpace()) {
            if (inToken) {
                tokens.append(current);
                current.clear();
                inToken = false;
            }
        } else {
            current += ch;
            inToken = true;
        }
    }
    if (inToken) {
        tokens.append(current);
    }
    return tokens;
}

// ---------------------------------------------------------------------------------------------------------------
// Tables

struct Column
{
    QString title;
    bool longOnly = false;
};

struct Table
{
    QString className; // for -fmt xml
    QList<Column> columns;
    QList<QStringList> rows;
};

QString xmlEscape(const QString& s)
{
    return s.toHtmlEscaped();
}

void printTable(const Table& t, const Args& a)
{
    QList<int> shown;
    for (int i = 0; i < t.columns.size(); ++i) {
        if (a.flags.contains(u"s"_s) ? i == 0 : (!t.columns[i].longOnly || a.flags.contains(u"l"_s))) {
            shown.append(i);
        }
    }
    QList<QStringList> rows = t.rows;
    if (a.values.contains(u"r"_s)) {
        rows = rows.mid(0, a.values[u"r"_s].toInt());
    }
    const QString fmt = a.value(u"fmt"_s, u"default"_s);
    const bool header = a.value(u"hdr"_s, u"on"_s) == u"on"_s;
    const auto pick = [&](const QStringList& row) {
        QStringList cells;
        for (int i : shown) {
            cells.append(row.value(i));
        }
        return cells;
    };
    QStringList titles;
    for (int i : shown) {
        titles.append(t.columns[i].title);
    }
    if (fmt == u"delim"_s) {
        const QString delim = a.value(u"delim"_s, u","_s);
        if (header) {
            const QString h = titles.join(delim);
            out(h);
            out(QString(h.size(), u'='));
        }
        for (const auto& row : rows) {
            out(pick(row).join(delim));
        }
    } else if (fmt == u"stanza"_s) {
        int width = 0;
        for (const auto& title : titles) {
            width = std::max(width, int(title.size()));
        }
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (r > 0) {
                out({});
            }
            const QStringList cells = pick(rows[r]);
            for (qsizetype i = 0; i < titles.size(); ++i) {
                out(titles[i].leftJustified(width + 1) + cells[i]);
            }
        }
    } else if (fmt == u"xml"_s) {
        out(u"<IRETURNVALUE>"_s);
        for (const auto& row : rows) {
            out(u"<INSTANCE CLASSNAME=\"%1\">"_s.arg(t.className));
            const QStringList cells = pick(row);
            for (qsizetype i = 0; i < titles.size(); ++i) {
                out(u"<PROPERTY NAME=\"%1\" TYPE=\"string\"><VALUE>%2</VALUE></PROPERTY>"_s.arg(
                    xmlEscape(titles[i]), xmlEscape(cells[i])));
            }
            out(u"</INSTANCE>"_s);
        }
        out(u"</IRETURNVALUE>"_s);
    } else {
        QList<int> widths;
        for (const auto& title : titles) {
            widths.append(header ? int(title.size()) : 0);
        }
        QList<QStringList> cellRows;
        for (const auto& row : rows) {
            cellRows.append(pick(row));
            for (qsizetype i = 0; i < widths.size(); ++i) {
                widths[i] = std::max(widths[i], int(cellRows.last()[i].size()));
            }
        }
        const auto line = [&](const QStringList& cells) {
            QString s;
            for (qsizetype i = 0; i < cells.size(); ++i) {
                s += i + 1 < cells.size() ? cells[i].leftJustified(widths[i] + 1) : cells[i];
            }
            return s;
        };
        if (header) {
            const QString h = line(titles);
            out(h);
            int total = 0;
            for (int w : widths) {
                total += w + 1;
            }
            out(QString(std::max(0, total - 1), u'='));
        }
        for (const auto& cells : cellRows) {
            out(line(cells));
        }
    }
}

QString yesNo(bool b)
{
    return b ? u"Yes"_s : u"No"_s;
}

QString joined(const QJsonValue& v)
{
    if (v.isArray()) {
        QStringList parts;
        for (const auto& item : v.toArray()) {
            parts.append(item.toVariant().toString());
        }
        return parts.isEmpty() ? u"-"_s : parts.join(u',');
    }
    const QString s = v.toVariant().toString();
    return s.isEmpty() ? u"-"_s : s;
}

// ---------------------------------------------------------------------------------------------------------------
// The engine connection and the login

struct Globals
{
    QString workspace;
    QString username;
    QString password;
    QString authFile; // the file the credentials came from ("" when none)
    bool noinfo = false;
    bool compat = false;
};

class Client
{
public:
    explicit Client(Globals g)
        : m_g(std::move(g))
    { }

    ~Client() { logout(); }

    /** Connects to the workspace's engine; false (and a message printed) when it cannot. */
    bool connect()
    {
        if (m_connected) {
            return true;
        }
        QString workspace = m_g.workspace;
        if (workspace.isEmpty()) {
            workspace = qEnvironmentVariable("COPYLINE_WORKSPACE");
        }
        if (workspace.isEmpty()) {
            workspace = Engine::defaultWorkspace();
        }
        m_workspace = QFileInfo(workspace).absoluteFilePath();
        if (const Error e = m_client.connectOrStart(m_workspace, EngineClient::defaultDaemonPath()); e.isError()) {
            result(tr(Msg::NoEngine).arg(e.message()));
            return false;
        }
        m_connected = true;
        if (m_showBanner) {
            banner();
        }
        return true;
    }

    void setShowBanner(bool show) { m_showBanner = show; }

    void banner() const
    {
        out(u"Copyline Copy Services Manager Command Line Interface (CLI)"_s);
        out(u" CLI Client Version: %1 (Copyline)"_s.arg(QStringLiteral(COPYLINE_VERSION)));
        out(u" Authentication file: %1"_s.arg(m_g.authFile.isEmpty() ? u"(none)"_s : m_g.authFile));
        out(QString());
        out(u"Connected to:"_s);
        out(u" Workspace: %1"_s.arg(m_workspace));
        out(u" Server: the Copyline engine (copylined) of this workspace, version %1"_s.arg(
            QStringLiteral(COPYLINE_VERSION)));
        out(QString());
    }

    const QString& workspace() const { return m_workspace; }
    const Globals& globals() const { return m_g; }

    /** Logs in unless done; false (message printed) when it cannot. @p firstStart: the command may run without. */
    bool login(bool* noUsers = nullptr)
    {
        if (!m_token.isEmpty()) {
            return true;
        }
        const CommandResult status = m_client.call({u"csmUserStatus"_s, {}});
        if (!status.ok()) {
            engineError(status.error);
            return false;
        }
        if (!status.data.value(u"usersExist"_s).toBool()) {
            if (noUsers) {
                *noUsers = true;
                return true;
            }
            result(tr(Msg::NoUserYet));
            return false;
        }
        if (m_g.username.isEmpty() || m_g.password.isEmpty()) {
            result(tr(Msg::NoCredentials));
            return false;
        }
        const CommandResult r
            = m_client.call({u"csmLogin"_s, {{u"user"_s, m_g.username}, {u"password"_s, m_g.password}}});
        if (!r.ok()) {
            engineError(r.error);
            return false;
        }
        m_token = r.data.value(u"token"_s).toString();
        return true;
    }

    void setToken(const QString& token) { m_token = token; }

    void logout()
    {
        if (!m_token.isEmpty()) {
            m_client.call({u"csmLogout"_s, {{u"token"_s, m_token}}});
            m_token.clear();
        }
    }

    /** Runs @p name with the token; prints the engine's error and returns nothing when it fails. */
    std::optional<QJsonObject> call(const QString& name, QJsonObject args = {})
    {
        args.insert(u"token"_s, m_token);
        const CommandResult r = m_client.call({name, args});
        if (!r.ok()) {
            engineError(r.error);
            return std::nullopt;
        }
        return r.data;
    }

    CommandResult rawCall(const QString& name, const QJsonObject& args) { return m_client.call({name, args}); }

private:
    Globals m_g;
    EngineClient m_client;
    QString m_workspace;
    QString m_token;
    bool m_connected = false;
    bool m_showBanner = false;
};

/** The engine's own message in @p data (given @p fallback's id when it has none), else @p fallback. */
void resultOr(const QJsonObject& data, const QString& fallback)
{
    const QString m = data.value(u"message"_s).toString();
    if (m.isEmpty()) {
        result(fallback);
    } else if (QRegularExpression(u"^[A-Z]{4}\\d{4}[IWE] "_s).match(m).hasMatch()) {
        result(m);
    } else {
        result(fallback.section(u' ', 0, 0) + u' ' + m);
    }
}

// ---------------------------------------------------------------------------------------------------------------
// The commands

QJsonValue sessionsValue(const QString& text)
{
    if (text.compare(u"all"_s, Qt::CaseInsensitive) == 0 || text == u"All Sessions"_s) {
        return u"All Sessions"_s;
    }
    QJsonArray names;
    for (const QString& s : text.split(u',', Qt::SkipEmptyParts)) {
        names.append(s.trimmed());
    }
    return names;
}

QString roleName(const QString& lower)
{
    static const QHash<QString, QString> names {
        {u"administrator"_s, u"Administrator"_s}, {u"operator"_s, u"Operator"_s}, {u"monitor"_s, u"Monitor"_s}};
    return names.value(lower, lower);
}

void lssess(Client& c, const Args& a)
{
    const auto data = c.call(u"csmListSessions"_s);
    if (!data) {
        return;
    }
    Table t {u"CSMSession"_s,
        {{u"Name"_s}, {u"Status"_s}, {u"State"_s}, {u"Copy Type"_s}, {u"Recoverable"_s, true}, {u"Active Host"_s, true},
            {u"Copy Sets"_s, true}, {u"Errors"_s, true}, {u"Progress"_s, true}, {u"Description"_s, true}},
        {}};
    for (const auto& v : data->value(u"sessions"_s).toArray()) {
        const QJsonObject s = v.toObject();
        if (!a.objects.isEmpty() && !a.objects.contains(s[u"name"_s].toString())) {
            continue;
        }
        t.rows.append({s[u"name"_s].toString(), s[u"status"_s].toString(), s[u"state"_s].toString(),
            s[u"type"_s].toString(), yesNo(s[u"recoverable"_s].toBool()), s[u"activeHost"_s].toString(),
            QString::number(s[u"copySets"_s].toInt()), QString::number(s[u"errors"_s].toInt()),
            u"%1%"_s.arg(s[u"progress"_s].toInt()), joined(s[u"description"_s])});
    }
    printTable(t, a);
}

void showsess(Client& c, const Args& a)
{
    const auto data = c.call(u"csmShowSession"_s, {{u"name"_s, a.objects.first()}});
    if (!data) {
        return;
    }
    const QJsonObject s = data->value(u"session"_s).toObject();
    const QJsonObject o = s[u"options"_s].toObject();
    Table t {u"CSMSession"_s,
        {{u"Name"_s}, {u"Type"_s}, {u"State"_s}, {u"Status"_s}, {u"Locations"_s}, {u"Copy Sets"_s}, {u"Recoverable"_s},
            {u"Active Host"_s}, {u"Direction"_s}, {u"Error Count"_s}, {u"Progress"_s}, {u"Incremental"_s},
            {u"Background Copy"_s}, {u"State Changed"_s}, {u"Last Flash"_s}, {u"Description"_s}},
        {{s[u"name"_s].toString(), s[u"type"_s].toString(), s[u"state"_s].toString(), s[u"status"_s].toString(),
            joined(s[u"locations"_s]), QString::number(s[u"copySets"_s].toInt()), yesNo(s[u"recoverable"_s].toBool()),
            s[u"activeHost"_s].toString(), joined(s[u"direction"_s]), QString::number(s[u"errors"_s].toInt()),
            u"%1%"_s.arg(s[u"progress"_s].toInt()), yesNo(o[u"incremental"_s].toBool()),
            yesNo(o[u"backgroundCopy"_s].toBool()), joined(s[u"stateChanged"_s]), joined(s[u"lastFlash"_s]),
            joined(s[u"description"_s])}}};
    Args stanza = a;
    if (!stanza.values.contains(u"fmt"_s)) {
        stanza.values.insert(u"fmt"_s, u"stanza"_s);
    }
    printTable(t, stanza);
}

void mksess(Client& c, const Args& a)
{
    QJsonObject args {{u"name"_s, a.objects.first()}, {u"type"_s, a.value(u"cptype"_s)}};
    if (a.values.contains(u"desc"_s)) {
        args.insert(u"description"_s, a.value(u"desc"_s));
    }
    for (const QString& site : {u"site1"_s, u"site2"_s, u"site3"_s}) {
        if (a.values.contains(site)) {
            args.insert(site, a.value(site));
        }
    }
    if (const auto data = c.call(u"csmCreateSession"_s, args)) {
        resultOr(*data, tr(Msg::SessionCreated).arg(a.objects.first()));
    }
}

void rmsess(Client& c, const Args& a)
{
    for (const QString& name : a.objects) {
        if (const auto data = c.call(u"csmRemoveSession"_s, {{u"name"_s, name}})) {
            resultOr(*data, tr(Msg::SessionRemoved).arg(name));
        }
    }
}

void chsess(Client& c, const Args& a)
{
    QJsonObject args {{u"name"_s, a.objects.first()}};
    if (a.values.contains(u"desc"_s)) {
        args.insert(u"description"_s, a.value(u"desc"_s));
    }
    if (a.values.contains(u"name"_s)) {
        args.insert(u"newName"_s, a.value(u"name"_s));
    }
    if (a.values.contains(u"incremental"_s)) {
        args.insert(u"incremental"_s, a.value(u"incremental"_s) == u"yes"_s);
    }
    if (a.values.contains(u"backgroundcopy"_s)) {
        args.insert(u"backgroundCopy"_s, a.value(u"backgroundcopy"_s) == u"yes"_s);
    }
    // Not a csmcli option of the seed: the console's "Start also flashes" (docs/csm-cli.md), so that its
    // Properties dialog has an equivalent command.
    if (a.values.contains(u"startflashes"_s)) {
        args.insert(u"startFlashes"_s, a.value(u"startflashes"_s) == u"yes"_s);
    }
    if (const auto data = c.call(u"csmChangeSession"_s, args)) {
        resultOr(*data, tr(Msg::SessionChanged).arg(a.objects.first()));
    }
}

void lssessactions(Client& c, const Args& a)
{
    Table t {
        u"CSMSessionAction"_s, {{u"Session"_s, true}, {u"Action"_s}, {u"Description"_s}, {u"Warning"_s, true}}, {}};
    for (const QString& name : a.objects) {
        const auto data = c.call(u"csmSessionActions"_s, {{u"name"_s, name}});
        if (!data) {
            continue;
        }
        for (const auto& v : data->value(u"actions"_s).toArray()) {
            const QJsonObject x = v.toObject();
            t.rows.append({name, x[u"action"_s].toString(), x[u"label"_s].toString(), joined(x[u"warning"_s])});
        }
    }
    // The session column is long-only but comes first; move it behind for the short form.
    if (!a.flags.contains(u"l"_s)) {
        t.columns.removeFirst();
        for (auto& row : t.rows) {
            row.removeFirst();
        }
    }
    printTable(t, a);
}

void cmdsess(Client& c, const Args& a)
{
    const QString action = a.value(u"action"_s);
    const auto data = c.call(u"csmRunSessionCommand"_s, {{u"name"_s, a.objects.first()}, {u"action"_s, action}});
    if (data) {
        resultOr(*data, tr(Msg::ActionDone).arg(action, a.objects.first()));
    }
}

void mkcpset(Client& c, const Args& a)
{
    QJsonObject set;
    for (const QString& role : a.roleOrder) {
        set.insert(role, a.value(role.toLower()));
    }
    const auto data
        = c.call(u"csmAddCopySets"_s, {{u"session"_s, a.objects.first()}, {u"copySets"_s, QJsonArray {set}}});
    if (!data) {
        return;
    }
    for (const auto& w : data->value(u"warnings"_s).toArray()) {
        const QString text = w.toString();
        result(QRegularExpression(u"^[A-Z]{4}\\d{4}[IWE] "_s).match(text).hasMatch()
                ? text
                : tr(Msg::CopySetWarning).arg(text));
    }
    resultOr(*data, tr(Msg::CopySetsAdded).arg(data->value(u"added"_s).toInt(1)).arg(a.objects.first()));
}

void rmcpset(Client& c, const Args& a)
{
    QJsonArray h1;
    for (const QString& v : a.value(u"h1"_s).split(u',', Qt::SkipEmptyParts)) {
        h1.append(v);
    }
    QJsonObject args {{u"session"_s, a.objects.first()}, {u"h1"_s, h1}, {u"force"_s, a.has(u"force"_s)}};
    if (a.values.contains(u"keeponhw"_s)) {
        args.insert(u"keepBase"_s, a.value(u"keeponhw"_s) == u"yes"_s);
    }
    if (const auto data = c.call(u"csmRemoveCopySets"_s, args)) {
        resultOr(*data,
            tr(Msg::CopySetsRemoved).arg(data->value(u"removed"_s).toInt(int(h1.size()))).arg(a.objects.first()));
    }
}

void lscpset(Client& c, const Args& a)
{
    const auto data = c.call(u"csmListCopySets"_s, {{u"session"_s, a.objects.first()}});
    if (!data) {
        return;
    }
    Table t {u"CSMCopySet"_s, {{u"H1 Volume"_s}, {u"Volumes"_s}, {u"Active"_s}, {u"Roles"_s, true}}, {}};
    for (const auto& v : data->value(u"copySets"_s).toArray()) {
        const QJsonObject s = v.toObject();
        const QJsonObject vols = s[u"volumes"_s].toObject();
        QStringList roles;
        for (auto it = vols.begin(); it != vols.end(); ++it) {
            roles.append(it.key() + u'=' + it.value().toString());
        }
        t.rows.append(
            {s[u"h1"_s].toString(), QString::number(vols.size()), yesNo(s[u"active"_s].toBool()), roles.join(u' ')});
    }
    printTable(t, a);
}

void lspair(Client& c, const Args& a)
{
    QJsonObject args {{u"name"_s, a.objects.first()}};
    if (a.values.contains(u"rolepair"_s)) {
        args.insert(u"rolePair"_s, a.value(u"rolepair"_s).toUpper());
    }
    const auto data = c.call(u"csmListPairs"_s, args);
    if (!data) {
        return;
    }
    Table t {u"CSMPair"_s,
        {{u"Role Pair"_s}, {u"Source"_s}, {u"Target"_s}, {u"State"_s}, {u"Recoverable"_s}, {u"Copying"_s},
            {u"Progress"_s}, {u"Copy Type"_s}, {u"Timestamp"_s}, {u"Last Result"_s}},
        {}};
    for (const auto& v : data->value(u"pairs"_s).toArray()) {
        const QJsonObject p = v.toObject();
        t.rows.append({p[u"rolePair"_s].toString(), p[u"source"_s].toString(), p[u"target"_s].toString(),
            p[u"state"_s].toString(), yesNo(p[u"recoverable"_s].toBool()), yesNo(p[u"copying"_s].toBool()),
            u"%1%"_s.arg(p[u"progress"_s].toInt()), p[u"copyType"_s].toString(), joined(p[u"timestamp"_s]),
            joined(p[u"lastResult"_s])});
    }
    printTable(t, a);
}

void lsrolepairs(Client& c, const Args& a)
{
    const auto data = c.call(u"csmListRolePairs"_s, {{u"name"_s, a.objects.first()}});
    if (!data) {
        return;
    }
    Table t {u"CSMRolePair"_s,
        {{u"Role Pair"_s}, {u"Source Role"_s}, {u"Target Role"_s}, {u"Copy Type"_s}, {u"Active"_s}, {u"Recoverable"_s},
            {u"Progress"_s}, {u"Has Errors"_s}, {u"Timestamp"_s}},
        {}};
    for (const auto& v : data->value(u"rolePairs"_s).toArray()) {
        const QJsonObject p = v.toObject();
        t.rows.append({p[u"name"_s].toString(), p[u"sourceRole"_s].toString(), p[u"targetRole"_s].toString(),
            p[u"copyType"_s].toString(), yesNo(p[u"active"_s].toBool()), yesNo(p[u"recoverable"_s].toBool()),
            u"%1%"_s.arg(p[u"progress"_s].toInt()), yesNo(p[u"errors"_s].toInt() > 0), joined(p[u"timestamp"_s])});
    }
    printTable(t, a);
}

void importcsv(Client& c, const Args& a)
{
    const QString path = a.value(u"file"_s);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        result(tr(Msg::FileError).arg(path, u"read"_s, f.errorString()));
        return;
    }
    const QString text = QString::fromUtf8(f.readAll());
    if (const auto data = c.call(u"csmImportCsv"_s, {{u"session"_s, a.objects.first()}, {u"text"_s, text}})) {
        resultOr(*data, tr(Msg::CsvImported).arg(path, a.objects.first()));
    }
}

void exportcsv(Client& c, const Args& a)
{
    const auto data = c.call(u"csmExportCsv"_s, {{u"session"_s, a.objects.first()}});
    if (!data) {
        return;
    }
    const QString path = a.value(u"file"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)
        || f.write(data->value(u"text"_s).toString().toUtf8()) < 0 || !f.flush()) {
        result(tr(Msg::FileError).arg(path, u"written"_s, f.errorString()));
        return;
    }
    result(tr(Msg::CsvExported).arg(a.objects.first(), path));
}

void lsdevice(Client& c, const Args& a)
{
    QJsonObject args;
    if (a.values.contains(u"devtype"_s)) {
        args.insert(u"devtype"_s, a.value(u"devtype"_s));
    }
    const auto data = c.call(u"csmListDevices"_s, args);
    if (!data) {
        return;
    }
    Table t {u"CSMDevice"_s,
        {{u"Device ID"_s}, {u"Connection Type"_s}, {u"Device Type"_s}, {u"Local Server Connection"_s},
            {u"Remote Server Connection"_s}, {u"Location"_s, true}, {u"Subsystem"_s, true}},
        {}};
    for (const auto& v : data->value(u"devices"_s).toArray()) {
        const QJsonObject d = v.toObject();
        if (!a.objects.isEmpty() && !a.objects.contains(d[u"id"_s].toString())) {
            continue;
        }
        t.rows.append({d[u"id"_s].toString(), d[u"connectionType"_s].toString(), d[u"deviceType"_s].toString(),
            d[u"localStatus"_s].toString(), d[u"remoteStatus"_s].toString(), joined(d[u"location"_s]),
            d[u"subsystem"_s].toString()});
    }
    printTable(t, a);
}

void mkdevice(Client& c, const Args& a)
{
    QJsonObject args {{u"subsystem"_s, a.objects.first()}};
    if (a.values.contains(u"loc"_s)) {
        args.insert(u"location"_s, a.value(u"loc"_s));
    }
    if (const auto data = c.call(u"csmAddDevice"_s, args)) {
        resultOr(*data, tr(Msg::DeviceAdded).arg(data->value(u"id"_s).toString(a.objects.first())));
    }
}

void rmdevice(Client& c, const Args& a)
{
    if (const auto data = c.call(u"csmRemoveDevice"_s, {{u"device"_s, a.objects.first()}})) {
        resultOr(*data, tr(Msg::DeviceRemoved).arg(a.objects.first()));
    }
}

void chlocation(Client& c, const Args& a)
{
    const auto data
        = c.call(u"csmSetLocation"_s, {{u"device"_s, a.objects.first()}, {u"location"_s, a.value(u"loc"_s)}});
    if (data) {
        resultOr(*data, tr(Msg::LocationSet).arg(a.objects.first(), a.value(u"loc"_s)));
    }
}

void lsvol(Client& c, const Args& a)
{
    const auto data = c.call(u"csmListVolumes"_s, {{u"device"_s, a.value(u"dev"_s)}});
    if (!data) {
        return;
    }
    Table t {u"CSMVolume"_s,
        {{u"Name"_s}, {u"Volume ID"_s}, {u"Device"_s}, {u"Capacity (GiB)"_s}, {u"Sessions"_s, true}}, {}};
    for (const auto& v : data->value(u"volumes"_s).toArray()) {
        const QJsonObject x = v.toObject();
        if (!a.objects.isEmpty() && !a.objects.contains(x[u"id"_s].toString())) {
            continue;
        }
        t.rows.append({x[u"name"_s].toString(), x[u"id"_s].toString(), x[u"device"_s].toString(),
            QString::number(x[u"capacity"_s].toDouble() / (1024.0 * 1024 * 1024), 'f', 3), joined(x[u"sessions"_s])});
    }
    printTable(t, a);
}

void lsauth(Client& c, const Args& a)
{
    const auto data = c.call(u"csmListUsers"_s);
    if (!data) {
        return;
    }
    Table t {u"CSMUser"_s,
        {{u"User name"_s}, {u"Classification"_s}, {u"Role"_s}, {u"Session"_s}, {u"GUI Access"_s}, {u"CLI Access"_s}},
        {}};
    for (const auto& v : data->value(u"users"_s).toArray()) {
        const QJsonObject u = v.toObject();
        t.rows.append({u[u"name"_s].toString(), u[u"classification"_s].toString(), u[u"role"_s].toString(),
            joined(u[u"sessions"_s]), u[u"guiAccess"_s].toString(), u[u"cliAccess"_s].toString()});
    }
    printTable(t, a);
}

void mkauth(Client& c, const Args& a)
{
    const QString role = roleName(a.value(u"authrole"_s));
    QJsonObject args {{u"name"_s, a.value(u"name"_s)}, {u"password"_s, a.value(u"password"_s)}, {u"role"_s, role}};
    if (a.values.contains(u"sessions"_s)) {
        args.insert(u"sessions"_s, sessionsValue(a.value(u"sessions"_s)));
    }
    if (const auto data = c.call(u"csmCreateUser"_s, args)) {
        resultOr(*data, tr(Msg::UserCreated).arg(a.value(u"name"_s), role));
    }
}

void chauth(Client& c, const Args& a)
{
    QJsonObject args {{u"name"_s, a.value(u"name"_s)}};
    if (a.values.contains(u"password"_s)) {
        args.insert(u"password"_s, a.value(u"password"_s));
    }
    if (a.values.contains(u"authrole"_s)) {
        args.insert(u"role"_s, roleName(a.value(u"authrole"_s)));
    }
    if (a.values.contains(u"sessions"_s)) {
        args.insert(u"sessions"_s, sessionsValue(a.value(u"sessions"_s)));
    }
    if (const auto data = c.call(u"csmChangeUser"_s, args)) {
        resultOr(*data, tr(Msg::UserChanged).arg(a.value(u"name"_s)));
    }
}

void rmauth(Client& c, const Args& a)
{
    if (const auto data = c.call(u"csmRemoveUser"_s, {{u"name"_s, a.value(u"name"_s)}})) {
        resultOr(*data, tr(Msg::UserRemoved).arg(a.value(u"name"_s)));
    }
}

void mkbackup(Client& c, const Args&)
{
    if (const auto data = c.call(u"csmBackup"_s)) {
        resultOr(*data, tr(Msg::BackupDone).arg(data->value(u"path"_s).toString()));
    }
}

// High availability (spec §7.2): the standby is another site's engine, registered with copylinectl --add-peer; its
// name replaces the real -server host and -port, and the engines' replication key its user name and password.
void setstdby(Client& c, const Args& a)
{
    if (const auto data = c.call(u"csmSetStandby"_s, {{u"server"_s, a.value(u"server"_s)}})) {
        for (const auto& v : data->value(u"skipped"_s).toArray()) {
            result(u"IWNR3031W Not replicated: %1."_s.arg(v.toString()));
        }
        resultOr(*data, tr(Msg::StandbyDefined).arg(a.value(u"server"_s)));
    }
}

// Set this Server as Standby (seed L3529, L3772): run on the server that is to be the standby; -server names the
// active one's engine, as setstdby does.
void setasstdby(Client& c, const Args& a)
{
    if (const auto data = c.call(u"csmSetServerAsStandby"_s, {{u"server"_s, a.value(u"server"_s)}})) {
        for (const auto& v : data->value(u"skipped"_s).toArray()) {
            result(u"IWNR3031W Not replicated: %1."_s.arg(v.toString()));
        }
        resultOr(*data, tr(Msg::StandbyOf).arg(a.value(u"server"_s)));
    }
}

void hatakeover(Client& c, const Args&)
{
    if (const auto data = c.call(u"csmTakeover"_s)) {
        resultOr(*data, tr(Msg::TookOver));
    }
}

void rmstdby(Client& c, const Args&)
{
    if (const auto data = c.call(u"csmRemoveStandby"_s)) {
        resultOr(*data, tr(Msg::StandbyRemoved));
    }
}

// [EXT] Not in the seed: the real CSM's rmactive (Remove Active), run on the standby while it and its active server
// are not synchronized; -server, when given, must name that active server.
void rmactive(Client& c, const Args& a)
{
    QJsonObject args;
    if (a.has(u"server"_s)) {
        args.insert(u"server"_s, a.value(u"server"_s));
    }
    if (const auto data = c.call(u"csmRemoveActive"_s, args)) {
        resultOr(*data, tr(Msg::ActiveRemoved));
    }
}

void reconnect(Client& c, const Args&)
{
    if (const auto data = c.call(u"csmReconnect"_s)) {
        resultOr(*data, tr(Msg::Reconnected));
    }
}

void lshaservers(Client& c, const Args& a)
{
    const auto data = c.call(u"csmListHaServers"_s);
    if (!data) {
        return;
    }
    Table t {u"CSMHAServer"_s, {{u"Server"_s}, {u"Role"_s}, {u"Status"_s}, {u"Port"_s}}, {}};
    for (const auto& v : data->value(u"servers"_s).toArray()) {
        const QJsonObject x = v.toObject();
        t.rows.append(
            {x[u"server"_s].toString(), x[u"role"_s].toString(), x[u"status"_s].toString(), x[u"port"_s].toString()});
    }
    printTable(t, a);
}

void lssesstypes(Client& c, const Args& a)
{
    const auto data = c.call(u"csmListSessionTypes"_s);
    if (!data) {
        return;
    }
    Table t {u"CSMSessionType"_s,
        {{u"Short Name"_s}, {u"Name"_s}, {u"Sites"_s}, {u"Device Types"_s}, {u"Roles"_s, true},
            {u"Role Pairs"_s, true}},
        {}};
    for (const auto& v : data->value(u"types"_s).toArray()) {
        const QJsonObject x = v.toObject();
        QStringList pairs;
        for (const auto& p : x[u"rolePairs"_s].toArray()) {
            pairs.append(p[u"name"_s].toString());
        }
        t.rows.append({x[u"shortName"_s].toString(), x[u"name"_s].toString(), QString::number(x[u"sites"_s].toInt()),
            joined(x[u"devtypes"_s]), joined(x[u"roles"_s]), pairs.join(u',')});
    }
    printTable(t, a);
}

const QList<Command>& commands()
{
    static const QList<Command> all {
        {u"lssess"_s, u"[session_name ... ]"_s, true, {}, {}, false, u"a session name"_s, false, true, lssess},
        {u"showsess"_s, u"session_name"_s, true, {}, {}, false, u"a session name"_s, true, false, showsess},
        {u"mksess"_s,
            u"-cptype type [-desc description] [-site1 location] [-site2 location] [-site3 location] "
            "session_name"_s,
            false, {u"cptype"_s, u"desc"_s, u"site1"_s, u"site2"_s, u"site3"_s}, {}, false, u"a session name"_s, true,
            false, mksess},
        {u"rmsess"_s, u"[-quiet] session_name ..."_s, false, {}, {u"quiet"_s}, false, u"a session name"_s, true, true,
            rmsess},
        {u"chsess"_s,
            u"[-desc description] [-name new_name] [-incremental yes|no] [-backgroundcopy yes|no] "
            "[-startflashes yes|no] session_name"_s,
            false, {u"desc"_s, u"name"_s, u"incremental"_s, u"backgroundcopy"_s, u"startflashes"_s}, {}, false,
            u"a session name"_s, true, false, chsess},
        {u"lssessactions"_s, u"session_name ..."_s, true, {}, {}, false, u"a session name"_s, true, true,
            lssessactions},
        {u"cmdsess"_s, u"[-quiet] -action action session_name"_s, false, {u"action"_s}, {u"quiet"_s}, false,
            u"a session name"_s, true, false, cmdsess},
        {u"mkcpset"_s,
            u"-h1 volume_id [-h2 volume_id] [-h3 volume_id] [-i1|-i2|-i3|-j1|-j2|-j3|-t1|-c1 volume_id] "
            "session_name"_s,
            false, {}, {}, true, u"a session name"_s, true, false, mkcpset},
        {u"rmcpset"_s, u"-h1 volume_id[,volume_id...] [-keeponhw yes|no] [-force] session_name"_s, false,
            {u"h1"_s, u"keeponhw"_s}, {u"force"_s, u"quiet"_s}, false, u"a session name"_s, true, false, rmcpset},
        {u"lscpset"_s, u"session_name"_s, true, {}, {}, false, u"a session name"_s, true, false, lscpset},
        {u"lspair"_s, u"[-rolepair role_pair] session_name"_s, true, {u"rolepair"_s}, {}, false, u"a session name"_s,
            true, false, lspair},
        {u"lsrolepairs"_s, u"session_name"_s, true, {}, {}, false, u"a session name"_s, true, false, lsrolepairs},
        {u"importcsv"_s, u"-file file_name session_name"_s, false, {u"file"_s}, {}, false, u"a session name"_s, true,
            false, importcsv},
        {u"exportcsv"_s, u"-file file_name session_name"_s, false, {u"file"_s}, {}, false, u"a session name"_s, true,
            false, exportcsv},
        {u"lsdevice"_s, u"[-devtype ess|ds4000|hds] [id ... ]"_s, true, {u"devtype"_s}, {}, false, u"a device id"_s,
            false, true, lsdevice},
        {u"mkdevice"_s, u"[-loc location] subsystem_name_or_serial"_s, false, {u"loc"_s}, {}, false,
            u"a storage system name or serial"_s, true, false, mkdevice},
        {u"rmdevice"_s, u"[-quiet] device_id"_s, false, {}, {u"quiet"_s}, false, u"a device id"_s, true, false,
            rmdevice},
        {u"chlocation"_s, u"-loc location device_id"_s, false, {u"loc"_s}, {}, false, u"a device id"_s, true, false,
            chlocation},
        {u"lsvol"_s, u"[-devtype ess|ds4000|hds] -dev device_id [volume_id ... ]"_s, true, {u"devtype"_s, u"dev"_s}, {},
            false, u"a volume id"_s, false, true, lsvol},
        {u"lsauth"_s, QString(), true, {}, {}, false, {}, false, false, lsauth},
        {u"mkauth"_s,
            u"-name user -password password -authrole Administrator|Operator|Monitor "
            "[-sessions session_name,...|all]"_s,
            false, {u"name"_s, u"password"_s, u"authrole"_s, u"sessions"_s}, {}, false, {}, false, false, mkauth},
        {u"chauth"_s,
            u"-name user [-password password] [-authrole Administrator|Operator|Monitor] "
            "[-sessions session_name,...|all]"_s,
            false, {u"name"_s, u"password"_s, u"authrole"_s, u"sessions"_s}, {}, false, {}, false, false, chauth},
        {u"rmauth"_s, u"[-quiet] -name user"_s, false, {u"name"_s}, {u"quiet"_s}, false, {}, false, false, rmauth},
        {u"mkbackup"_s, QString(), false, {}, {}, false, {}, false, false, mkbackup},
        {u"lssesstypes"_s, QString(), true, {}, {}, false, {}, false, false, lssesstypes},
        {u"setstdby"_s, u"-server server_name"_s, false, {u"server"_s}, {}, false, {}, false, false, setstdby},
        {u"setasstdby"_s, u"-server server_name"_s, false, {u"server"_s}, {}, false, {}, false, false, setasstdby},
        {u"hatakeover"_s, u"[-quiet]"_s, false, {}, {u"quiet"_s}, false, {}, false, false, hatakeover},
        {u"rmstdby"_s, u"[-quiet]"_s, false, {}, {u"quiet"_s}, false, {}, false, false, rmstdby},
        {u"rmactive"_s, u"[-quiet] [-server active_server]"_s, false, {u"server"_s}, {u"quiet"_s}, false, {}, false,
            false, rmactive},
        {u"reconnect"_s, u"[-quiet]"_s, false, {}, {u"quiet"_s}, false, {}, false, false, reconnect},
        {u"lshaservers"_s, QString(), true, {}, {}, false, {}, false, false, lshaservers},
    };
    return all;
}

const Command* findCommand(const QString& name)
{
    for (const auto& c : commands()) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0) {
            return &c;
        }
    }
    return nullptr;
}

/** The options each command must have (checked before connecting). */
bool checkRequired(const Command& c, const Args& a)
{
    static const QHash<QString, QStringList> required {{u"mksess"_s, {u"cptype"_s}}, {u"cmdsess"_s, {u"action"_s}},
        {u"rmcpset"_s, {u"h1"_s}}, {u"importcsv"_s, {u"file"_s}}, {u"exportcsv"_s, {u"file"_s}},
        {u"chlocation"_s, {u"loc"_s}}, {u"lsvol"_s, {u"dev"_s}},
        {u"mkauth"_s, {u"name"_s, u"password"_s, u"authrole"_s}}, {u"chauth"_s, {u"name"_s}},
        {u"rmauth"_s, {u"name"_s}}, {u"setstdby"_s, {u"server"_s}}, {u"setasstdby"_s, {u"server"_s}}};
    for (const QString& key : required.value(c.name)) {
        if (!a.values.contains(key)) {
            usageError(c, tr(Msg::MissingParameter).arg(u'-' + key));
            return false;
        }
    }
    if (c.roles && !a.values.contains(u"h1"_s)) {
        usageError(c, tr(Msg::MissingParameter).arg(u"-h1"_s));
        return false;
    }
    return true;
}

void help(const QStringList& rest)
{
    if (!rest.isEmpty()) {
        if (const Command* c = findCommand(rest.first())) {
            out(c->usageLine());
            return;
        }
        parserError(tr(Msg::BadCommand).arg(rest.first()));
        return;
    }
    out(u"Commands (enter \"help <command>\" for the syntax of one):"_s);
    QStringList names;
    for (const auto& c : commands()) {
        names.append(c.name);
    }
    out(u"  "_s + names.join(u' '));
    out(u"  help, exit, quit"_s);
}

/** Runs one command line (command name first). Returns false only for exit/quit. */
bool runLine(Client& client, const QStringList& tokens)
{
    if (tokens.isEmpty()) {
        return true;
    }
    const QString name = tokens.first();
    if (name == u"exit"_s || name == u"quit"_s) {
        return false;
    }
    if (name == u"help"_s || name == u"-help"_s || name == u"-h"_s || name == u"-?"_s) {
        help(tokens.mid(1));
        return true;
    }
    const Command* c = findCommand(name);
    if (!c) {
        parserError(tr(Msg::BadCommand).arg(name));
        return true;
    }
    const auto a = parseArgs(*c, tokens.mid(1));
    if (!a) {
        return true;
    }
    if (a->flags.contains(u"help"_s)) {
        out(c->usageLine());
        return true;
    }
    if (!checkRequired(*c, *a) || !client.connect()) {
        return true;
    }
    bool noUsers = false;
    const bool firstStart = c->name == u"mkauth"_s;
    if (!client.login(firstStart ? &noUsers : nullptr)) {
        return true;
    }
    if (noUsers) {
        // The first start (spec §1.15): only the first Administrator can be made, through csmSetup.
        if (roleName(a->value(u"authrole"_s)) != u"Administrator"_s) {
            result(tr(Msg::NoUserYet));
            return true;
        }
        const CommandResult r = client.rawCall(
            u"csmSetup"_s, {{u"user"_s, a->value(u"name"_s)}, {u"password"_s, a->value(u"password"_s)}});
        if (!r.ok()) {
            engineError(r.error);
            return true;
        }
        client.setToken(r.data.value(u"token"_s).toString());
        resultOr(r.data, tr(Msg::UserCreated).arg(a->value(u"name"_s), u"Administrator"_s));
        return true;
    }
    c->run(client, *a);
    return true;
}

int exitCode(const Globals& g)
{
    if (g.compat) {
        return 0;
    }
    return g_worst == u'E' ? 1 : g_worst == u'W' ? 2 : 0;
}

/** Reads csmcli-auth.properties (current directory, then ~/csm-cli/) into @p g when not given as options. */
bool readAuthFile(Globals& g)
{
    const QStringList candidates {QDir::current().filePath(u"csmcli-auth.properties"_s),
        QDir::home().filePath(u"csm-cli/csmcli-auth.properties"_s)};
    for (const QString& path : candidates) {
        QFile f(path);
        if (!f.exists()) {
            continue;
        }
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
            result(tr(Msg::FileError).arg(path, u"read"_s, f.errorString()));
            return false;
        }
        g.authFile = path;
        QString user;
        QString password;
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            if (line.startsWith(u'#') || line.startsWith(u'!')) {
                continue;
            }
            const qsizetype eq = line.indexOf(u'=');
            if (eq < 0) {
                continue;
            }
            const QString key = line.left(eq).trimmed();
            const QString value = line.mid(eq + 1).trimmed();
            if (key == u"username"_s) {
                user = value;
            } else if (key == u"password"_s) {
                password = value;
            }
        }
        if (g.username.isEmpty()) {
            g.username = user;
        }
        if (g.password.isEmpty() && !password.isEmpty()) {
            const auto open = QFileDevice::ReadGroup | QFileDevice::ReadOther;
            if (f.permissions() & open) {
                parserError(tr(Msg::AuthFileOpen).arg(path));
                return false;
            }
            g.password = password;
        }
        return true;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"csmcli"_s);
    QStringList args = app.arguments().mid(1);

    Globals g;
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(u'-')) {
        const QString o = args.first().toLower();
        const auto takeValue = [&](QString& into) {
            if (args.size() < 2) {
                parserError(tr(Msg::MissingValue).arg(args.first()));
                return false;
            }
            into = args[1];
            args.remove(0, 2);
            return true;
        };
        if (o == u"-noinfo"_s) {
            g.noinfo = true;
            args.removeFirst();
        } else if (o == u"-compat"_s) {
            g.compat = true;
            args.removeFirst();
        } else if (o == u"-username"_s) {
            if (!takeValue(g.username)) {
                return exitCode(g);
            }
        } else if (o == u"-password"_s) {
            if (!takeValue(g.password)) {
                return exitCode(g);
            }
        } else if (o == u"-workspace"_s || o == u"--workspace"_s) {
            if (!takeValue(g.workspace)) {
                return exitCode(g);
            }
        } else if (o == u"-help"_s || o == u"-h"_s || o == u"-?"_s) {
            help(args.mid(1));
            return exitCode(g);
        } else {
            parserError(tr(Msg::BadParameter).arg(args.first(), u"csmcli"_s));
            out(u"Usage: csmcli [-noinfo] [-compat] [-username user] [-password password] [-workspace dir] "
                "[command [options] ...]"_s);
            return exitCode(g);
        }
    }
    if (!readAuthFile(g)) {
        return exitCode(g);
    }

    Client client(g);
    if (!args.isEmpty()) {
        // Batch: parse errors are reported before any connection is made.
        client.setShowBanner(!g.noinfo);
        runLine(client, args);
        client.logout();
        return exitCode(g);
    }

    // The interactive shell.
    if (!client.connect()) {
        return exitCode(g);
    }
    if (!g.noinfo) {
        client.banner();
    }
    QTextStream in(stdin);
    QChar last = u'I';
    for (;;) {
        std::fputs("csmcli> ", stdout);
        std::fflush(stdout);
        QString line;
        if (!in.readLineInto(&line)) {
            out(QString());
            break;
        }
        g_worst = u'I';
        if (!runLine(client, splitLine(line))) {
            break;
        }
        last = g_worst;
    }
    client.logout();
    g_worst = last;
    return exitCode(g);
}
