// SPDX-License-Identifier: GPL-3.0-or-later
// The in-controller copy CLI (family "hds", seed 004): paircreate, pairsplit, pairresync, pairdisplay and pairevtwait.
// The seed (a patent) has no command line; the command names and options follow Hitachi CCI (RAID Manager), the
// statuses are the patent's (801-804) with the GUI status of spec §4.4. One program; the name it is called by picks
// the command (the build makes the names as links to it), or copyline-cci <command> ... (docs/hds-cli.md).
//
// Where a command runs, in Copyline: the workspace (--workspace DIR, else $COPYLINE_WORKSPACE, else the default
// workspace), served by its copylined (started in the background when none serves it yet), and the controller
// (-n SERIAL, else the workspace's first in-controller copy controller).
// Volumes are CU:LDEV in hex ("00:1A"). CCI's P-VOL and S-VOL are the patent's S-VOL (source) and T-VOL (target).
// Errors go to stderr as "<command>: [EX_xxxxx] <message>"; each class has its own exit code (ExitCode below).
#include "catalog/catalog.h"
#include "server/engineclient.h"
#include "service/engine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QThread>

#include <cstdio>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

/** The exit codes: one per class of error, named as CCI names them (the numbers are Copyline's). */
enum ExitCode : int
{
    ExOk = 0,
    ExCmdRje = 221, /**< EX_CMDRJE: the controller rejected the command (Fig. 2 "does nothing", no T-VOL, limits) */
    ExEwsTot = 233, /**< EX_EWSTOT: pairevtwait timed out */
    ExENoObj = 247, /**< EX_ENOOBJ: no such volume, pair or controller */
    ExCmdErr = 250, /**< EX_CMDERR: no workspace or engine, unknown command, any other error */
    ExInvArg = 253, /**< EX_INVARG: an unknown option, a missing or malformed value */
};

QString g_tool;

void out(const QString& text)
{
    std::fputs(qUtf8Printable(text + u'\n'), stdout);
    std::fflush(stdout);
}

int fail(int code, const QString& message)
{
    static const QHash<int, QString> names {{ExCmdRje, u"EX_CMDRJE"_s}, {ExEwsTot, u"EX_EWSTOT"_s},
        {ExENoObj, u"EX_ENOOBJ"_s}, {ExCmdErr, u"EX_CMDERR"_s}, {ExInvArg, u"EX_INVARG"_s}};
    std::fputs(qUtf8Printable(u"%1: [%2] %3\n"_s.arg(g_tool, names.value(code), message)), stderr);
    std::fflush(stderr);
    return code;
}

/** The exit code of an engine error. */
int classOf(const Error& e)
{
    switch (e.code) {
    case ErrorCode::HdsVolumeNotFound:
    case ErrorCode::HdsNoPair:
    case ErrorCode::SubsystemNotFound:
        return ExENoObj;
    case ErrorCode::HdsNoOp:
    case ErrorCode::HdsControllerInvalid:
    case ErrorCode::HdsVolumeInvalid:
    case ErrorCode::HdsPairInvalid:
    case ErrorCode::HdsNoReserved:
    case ErrorCode::HdsLimit:
        return ExCmdRje;
    case ErrorCode::HdsWaitTimeout:
        return ExEwsTot;
    case ErrorCode::MissingParameter:
    case ErrorCode::InvalidParameter:
    case ErrorCode::UnknownParameter:
        return ExInvArg;
    default:
        return ExCmdErr;
    }
}

int fail(const Error& e)
{
    return fail(classOf(e), e.message());
}

// ---- arguments ------------------------------------------------------------------------------------------------------

/** What a command accepts: options with a value (and what the value is, for the messages) and flags. */
struct Syntax
{
    QString usage;
    QHash<QString, QString> withValue; /**< "-pvol" -> "CU:LDEV" */
    QStringList flags;
};

struct Options
{
    QHash<QString, QString> values;
    QSet<QString> flags;

    bool has(const QString& k) const { return values.contains(k) || flags.contains(k); }
    QString value(const QString& k) const { return values.value(k); }
};

/** The global options every command takes. */
void addGlobal(Syntax& syntax)
{
    syntax.withValue.insert(u"--workspace"_s, u"DIR"_s);
    syntax.withValue.insert(u"-n"_s, u"SERIAL"_s);
}

/** Parses @p args strictly; an error message (with what to do) otherwise. */
QString parse(const QStringList& args, Syntax syntax, Options* o)
{
    addGlobal(syntax);
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString a = args[i];
        if (a.startsWith(u"--workspace="_s)) {
            o->values.insert(u"--workspace"_s, a.mid(12));
            continue;
        }
        if (syntax.withValue.contains(a)) {
            if (i + 1 >= args.size() || (args[i + 1].startsWith(u'-') && args[i + 1] != u"-"_s)) {
                return u"%1 needs a value (%1 %2). Usage: %3"_s.arg(a, syntax.withValue.value(a), syntax.usage);
            }
            if (o->values.contains(a)) {
                return u"%1 is given twice. Usage: %2"_s.arg(a, syntax.usage);
            }
            o->values.insert(a, args[++i]);
        } else if (syntax.flags.contains(a)) {
            o->flags.insert(a);
        } else if (a.startsWith(u'-')) {
            return u"unknown option %1. Usage: %2"_s.arg(a, syntax.usage);
        } else {
            return u"unexpected argument \"%1\". Usage: %2"_s.arg(a, syntax.usage);
        }
    }
    return {};
}

/** "00:1A" from "0:1a" or "00:1A"; empty when @p text is not CU:LDEV (two hex bytes). */
QString ldevOf(const QString& text)
{
    static const QRegularExpression form(u"^([0-9A-Fa-f]{1,2}):([0-9A-Fa-f]{1,2})$"_s);
    const auto m = form.match(text);
    if (!m.hasMatch()) {
        return {};
    }
    return u"%1:%2"_s.arg(m.captured(1).toUpper(), 2, u'0').arg(m.captured(2).toUpper(), 2, u'0');
}

/** The value of @p option as CU:LDEV (or "auto" when @p autoAllowed); an error message otherwise. */
QString volumeOption(const Options& o, const QString& option, bool required, bool autoAllowed, QString* ldev)
{
    if (!o.values.contains(option)) {
        return required ? u"specify %1 CU:LDEV (the volume, such as 00:1A)."_s.arg(option) : QString();
    }
    const QString text = o.value(option);
    if (autoAllowed && text.compare(u"auto"_s, Qt::CaseInsensitive) == 0) {
        *ldev = u"auto"_s;
        return {};
    }
    *ldev = ldevOf(text);
    if (ldev->isEmpty()) {
        return u"%1 %2: not a CU:LDEV; give the control unit and the LDEV number as two hex bytes, such as 00:1A%3."_s
            .arg(option, text, autoAllowed ? u" (or auto: the lowest free reserved volume)"_s : QString());
    }
    return {};
}

/** -pace 1|3|15 or CCI's -c 1..15 (nearest of 1, 3, 15; ties to the slower); 0 when neither is given. */
QString paceOption(const Options& o, int* pace)
{
    *pace = 0;
    if (o.has(u"-pace"_s) && o.has(u"-c"_s)) {
        return u"give -pace or -c, not both."_s;
    }
    if (o.has(u"-pace"_s)) {
        bool ok = false;
        const int n = o.value(u"-pace"_s).toInt(&ok);
        if (!ok || (n != 1 && n != 3 && n != 15)) {
            return u"-pace %1: use 1 (slow), 3 (medium) or 15 (fast) tracks per copy step."_s.arg(o.value(u"-pace"_s));
        }
        *pace = n;
    }
    if (o.has(u"-c"_s)) {
        bool ok = false;
        const int n = o.value(u"-c"_s).toInt(&ok);
        if (!ok || n < 1 || n > 15) {
            return u"-c %1: the copy pace is 1 to 15 (1-2 = pace 1, 3-9 = pace 3, 10-15 = pace 15)."_s.arg(
                o.value(u"-c"_s));
        }
        *pace = n <= 2 ? 1 : n <= 9 ? 3 : 15;
    }
    return {};
}

// ---- the engine -----------------------------------------------------------------------------------------------------

class Session
{
public:
    /** Connects to the workspace's engine and picks the controller; an exit code (with its message) otherwise. */
    int open(const Options& o)
    {
        QString workspace = o.value(u"--workspace"_s);
        if (workspace.isEmpty()) {
            workspace = qEnvironmentVariable("COPYLINE_WORKSPACE");
        }
        if (workspace.isEmpty()) {
            workspace = Engine::defaultWorkspace();
        }
        m_workspace = QFileInfo(workspace).absoluteFilePath();
        if (!QFileInfo::exists(QDir(m_workspace).filePath(QString::fromLatin1(Catalog::kFileName)))) {
            return fail(ExCmdErr,
                u"no Copyline workspace at %1; give --workspace DIR or start the console once to make one."_s.arg(
                    m_workspace));
        }
        if (const Error e = m_client.connectOrStart(m_workspace, EngineClient::defaultDaemonPath()); e.isError()) {
            return fail(ExCmdErr, e.message());
        }
        m_serial = o.value(u"-n"_s);
        if (m_serial.isEmpty()) {
            const CommandResult r = call(u"hdsListControllers"_s);
            if (!r.ok()) {
                return fail(r.error);
            }
            const QJsonArray controllers = r.data.value(u"controllers"_s).toArray();
            if (controllers.isEmpty()) {
                return fail(ExENoObj,
                    u"no in-controller copy controller in %1; create one (hdsCreateController) or give -n SERIAL."_s
                        .arg(m_workspace));
            }
            m_serial = controllers.first()[u"serial"_s].toString();
        }
        const CommandResult r = call(u"hdsListVolumes"_s, {{u"subsystem"_s, m_serial}});
        if (!r.ok()) {
            return fail(classOf(r.error) == ExCmdErr ? ExENoObj : classOf(r.error),
                u"-n %1: %2"_s.arg(m_serial, r.error.message()));
        }
        for (const auto& v : r.data.value(u"volumes"_s).toArray()) {
            m_volumes.insert(v[u"ldev"_s].toString(), v.toObject());
        }
        return ExOk;
    }

    CommandResult call(const QString& name, const QJsonObject& args = {}) { return m_client.call({name, args}); }

    /** Runs @p name on this controller with @p args. */
    CommandResult run(const QString& name, QJsonObject args)
    {
        args.insert(u"subsystem"_s, m_serial);
        return call(name, args);
    }

    const QString& serial() const { return m_serial; }
    bool hasVolume(const QString& ldev) const { return m_volumes.contains(ldev); }
    QJsonObject volume(const QString& ldev) const { return m_volumes.value(ldev); }

    /** The pairs of this controller (hdsPairDisplay rows), filtered by pvol / svol when not empty. */
    std::optional<QJsonArray> pairs(const QString& pvol, const QString& svol, Error* error)
    {
        QJsonObject args;
        if (!pvol.isEmpty()) {
            args.insert(u"pvol"_s, pvol);
        }
        if (!svol.isEmpty()) {
            args.insert(u"svol"_s, svol);
        }
        const CommandResult r = run(u"hdsPairDisplay"_s, args);
        if (!r.ok()) {
            *error = r.error;
            return std::nullopt;
        }
        return r.data.value(u"pairs"_s).toArray();
    }

    /** The row of the pair pvol - svol; nothing when they are not a pair (801). */
    std::optional<QJsonObject> pair(const QString& pvol, const QString& svol, Error* error)
    {
        const auto rows = pairs(pvol, svol, error);
        if (!rows || rows->isEmpty()) {
            return std::nullopt;
        }
        return rows->first().toObject();
    }

private:
    EngineClient m_client;
    QString m_workspace;
    QString m_serial;
    QHash<QString, QJsonObject> m_volumes;
};

QString statusOf(const QJsonObject& pair)
{
    return u"%1 %2"_s.arg(pair.value(u"status"_s).toInt()).arg(pair.value(u"guiStatus"_s).toString());
}

/** "paircreate: 64015 00:10 - 00:20 (pair 0): 803 pending". */
void report(Session& s, const QString& pvol, const QString& svol, const QString& what)
{
    Error e;
    const auto p = s.pair(pvol, svol, &e);
    out(u"%1: %2 %3 - %4%5: %6"_s.arg(g_tool, s.serial(), pvol, svol,
        p ? u" (pair %1)"_s.arg(p->value(u"pairNumber"_s).toInt()) : QString(),
        p ? statusOf(*p) + (what.isEmpty() ? QString() : u", "_s + what) : u"801 simplex"_s));
}

/** The -pvol and -svol of a pair command, checked; ExOk or the exit code given. */
int pairOptions(const Options& o, bool autoAllowed, QString* pvol, QString* svol)
{
    if (const QString why = volumeOption(o, u"-pvol"_s, true, false, pvol); !why.isEmpty()) {
        return fail(ExInvArg, why);
    }
    if (const QString why = volumeOption(o, u"-svol"_s, true, autoAllowed, svol); !why.isEmpty()) {
        return fail(ExInvArg, why);
    }
    return ExOk;
}

// ---- the commands ---------------------------------------------------------------------------------------------------

Syntax pairSyntax(const QString& usage, const QStringList& flags = {})
{
    Syntax syntax {usage, {{u"-pvol"_s, u"CU:LDEV"_s}, {u"-svol"_s, u"CU:LDEV"_s}}, flags};
    return syntax;
}

/** A pair command with a pace: its options parsed and checked; ExOk or the exit code given. */
struct PairCommand
{
    Options options;
    QString pvol;
    QString svol;
    int pace = 0; /**< 0: none given */
};

int parsePairCommand(
    const QStringList& args, const QString& usage, const QStringList& flags, bool autoAllowed, PairCommand* command)
{
    Syntax syntax = pairSyntax(usage, flags);
    syntax.withValue.insert(u"-pace"_s, u"1|3|15"_s);
    syntax.withValue.insert(u"-c"_s, u"1..15"_s);
    if (const QString why = parse(args, syntax, &command->options); !why.isEmpty()) {
        return fail(ExInvArg, why);
    }
    if (const int rc = pairOptions(command->options, autoAllowed, &command->pvol, &command->svol); rc != ExOk) {
        return rc;
    }
    if (const QString why = paceOption(command->options, &command->pace); !why.isEmpty()) {
        return fail(ExInvArg, why);
    }
    return ExOk;
}

/** paircreate -pvol CU:LDEV -svol CU:LDEV|auto [-pace 1|3|15 | -c 1..15] [-nocopy] [-split]. */
int paircreate(const QStringList& args)
{
    PairCommand command;
    if (const int rc = parsePairCommand(args,
            u"paircreate -pvol CU:LDEV -svol CU:LDEV|auto [-pace 1|3|15 | -c 1..15] [-nocopy] [-split] [-n SERIAL] "
            "[--workspace DIR]"_s,
            {u"-nocopy"_s, u"-split"_s}, true, &command);
        rc != ExOk) {
        return rc;
    }
    const Options& o = command.options;
    const QString& pvol = command.pvol;
    QString svol = command.svol; // Auto: the volume the controller chose
    const int pace = command.pace;
    Session s;
    if (const int rc = s.open(o); rc != ExOk) {
        return rc;
    }
    const bool nocopy = o.flags.contains(u"-nocopy"_s);
    QJsonObject a {{u"pvol"_s, pvol}, {u"svol"_s, svol}, {u"initialCopy"_s, !nocopy}};
    if (pace != 0) {
        a.insert(u"pace"_s, pace);
    }
    const CommandResult r = s.run(u"hdsPairCreate"_s, a);
    if (!r.ok()) {
        return fail(r.error);
    }
    svol = r.data.value(u"svol"_s).toString();
    // -split: create, then the copy command. With the initial copy the pair ends paired and copied (804) anyway.
    if (nocopy && o.flags.contains(u"-split"_s)) {
        const CommandResult split = s.run(u"hdsPairSplit"_s, {{u"pvol"_s, pvol}, {u"svol"_s, svol}});
        if (!split.ok()) {
            return fail(split.error);
        }
    }
    report(s, pvol, svol, {});
    return ExOk;
}

/**
 * pairsplit -pvol .. -svol .. [-pace n | -c n] (the copy command) | pairsplit -S ... (delete) | pairsplit -E ...
 * (suspend the running copy: Copyline's extension, named after CCI's suspend option; pairresync resumes it).
 */
int pairsplit(const QStringList& args)
{
    PairCommand command;
    if (const int rc = parsePairCommand(args,
            u"pairsplit -pvol CU:LDEV -svol CU:LDEV [-pace 1|3|15 | -c 1..15] | pairsplit -S|-E -pvol CU:LDEV -svol "
            "CU:LDEV [-n SERIAL] [--workspace DIR]"_s,
            {u"-S"_s, u"-E"_s}, false, &command);
        rc != ExOk) {
        return rc;
    }
    const Options& o = command.options;
    const QString& pvol = command.pvol;
    const QString& svol = command.svol;
    const int pace = command.pace;
    const bool del = o.flags.contains(u"-S"_s);
    const bool suspend = o.flags.contains(u"-E"_s);
    if (del && suspend) {
        return fail(ExInvArg, u"give -S (delete the pair) or -E (suspend its copy), not both."_s);
    }
    if ((del || suspend) && pace != 0) {
        return fail(ExInvArg, u"%1 takes no pace."_s.arg(del ? u"-S"_s : u"-E"_s));
    }
    Session s;
    if (const int rc = s.open(o); rc != ExOk) {
        return rc;
    }
    QJsonObject a {{u"pvol"_s, pvol}, {u"svol"_s, svol}};
    if (pace != 0) {
        a.insert(u"pace"_s, pace);
    }
    const CommandResult r = s.run(del ? u"hdsPairDelete"_s : suspend ? u"hdsPairSuspend"_s : u"hdsPairSplit"_s, a);
    if (!r.ok()) {
        return fail(r.error);
    }
    report(s, pvol, svol, {});
    return ExOk;
}

/** pairresync -pvol .. -svol .. [-pace n | -c n]; on a pair whose copy was suspended (pairsplit -E): resume it. */
int pairresync(const QStringList& args)
{
    PairCommand command;
    if (const int rc = parsePairCommand(args,
            u"pairresync -pvol CU:LDEV -svol CU:LDEV [-pace 1|3|15 | -c 1..15] [-n SERIAL] [--workspace DIR]"_s, {},
            false, &command);
        rc != ExOk) {
        return rc;
    }
    const Options& o = command.options;
    const QString& pvol = command.pvol;
    const QString& svol = command.svol;
    const int pace = command.pace;
    Session s;
    if (const int rc = s.open(o); rc != ExOk) {
        return rc;
    }
    QJsonObject a {{u"pvol"_s, pvol}, {u"svol"_s, svol}};
    if (pace != 0) {
        a.insert(u"pace"_s, pace);
    }
    // A suspended copy (not a failed one) goes on from its copy pointer, as CCI's pairresync after pairsplit -E.
    const CommandResult shown = s.run(u"hdsPairDisplay"_s, {{u"pvol"_s, pvol}, {u"svol"_s, svol}});
    const QJsonArray rows = shown.data.value(u"pairs"_s).toArray();
    const bool suspended = !rows.isEmpty() && rows.first()[u"guiStatus"_s].toString() == u"suspend"_s
        && rows.first()[u"reason"_s].toString().isEmpty();
    if (suspended && pace != 0) {
        return fail(ExInvArg, u"the pair's copy is suspended; pairresync resumes it at its own pace, give no pace."_s);
    }
    const CommandResult r = suspended
        ? s.run(u"hdsPairSuspend"_s, {{u"pvol"_s, pvol}, {u"svol"_s, svol}, {u"resume"_s, true}})
        : s.run(u"hdsPairResync"_s, a);
    if (!r.ok()) {
        return fail(r.error);
    }
    report(s, pvol, svol, {});
    return ExOk;
}

/** One line of pairdisplay: a volume of a pair, from the side @p local (L = P-VOL, R = S-VOL). */
struct Row
{
    QString pairNumber;
    QString ldev;
    bool local = true;
    QString port;
    int tid = 0;
    int lun = 0;
    QString role;
    int status = 801;
    QString gui;
    int pace = 0;
    qint64 pointer = 0;
    qint64 max = 0;
    int percent = 0;
    QString partner;
};

QList<Row> rowsOf(const Session& s, const QJsonObject& pair)
{
    QList<Row> rows;
    for (const bool local : {true, false}) {
        Row r;
        r.pairNumber = QString::number(pair.value(u"pairNumber"_s).toInt());
        r.ldev = pair.value(local ? u"pvol"_s : u"svol"_s).toString();
        r.partner = pair.value(local ? u"svol"_s : u"pvol"_s).toString();
        r.local = local;
        const QJsonObject v = s.volume(r.ldev);
        r.port = v.value(u"port"_s).toString();
        r.tid = v.value(u"tid"_s).toInt();
        r.lun = v.value(u"lun"_s).toInt();
        r.role = local ? u"P-VOL"_s : u"S-VOL"_s;
        r.status = pair.value(u"status"_s).toInt();
        r.gui = pair.value(u"guiStatus"_s).toString();
        r.pace = pair.value(u"pace"_s).toInt();
        r.pointer = pair.value(u"copyPointer"_s).toInteger();
        r.max = pair.value(u"maxAddress"_s).toInteger();
        r.percent = pair.value(u"percent"_s).toInt();
        rows.append(r);
    }
    return rows;
}

/** A volume in no pair (801 simplex), as CCI shows SMPL. */
Row simplexRow(const Session& s, const QString& ldev)
{
    Row r;
    r.pairNumber = u"-"_s;
    r.ldev = ldev;
    const QJsonObject v = s.volume(ldev);
    r.port = v.value(u"port"_s).toString();
    r.tid = v.value(u"tid"_s).toInt();
    r.lun = v.value(u"lun"_s).toInt();
    r.role = u"-"_s;
    r.gui = u"simplex"_s;
    r.partner = u"-"_s;
    return r;
}

/** pairdisplay [-pvol ..] [-svol ..] [-fc] [-CLI]. */
int pairdisplay(const QStringList& args)
{
    const Syntax syntax {
        u"pairdisplay [-pvol CU:LDEV] [-svol CU:LDEV] [-fc] [-CLI] [-n SERIAL] [--workspace DIR]"_s,
        {{u"-pvol"_s, u"CU:LDEV"_s}, {u"-svol"_s, u"CU:LDEV"_s}},
        {u"-fc"_s, u"-CLI"_s},
    };
    Options o;
    if (const QString why = parse(args, syntax, &o); !why.isEmpty()) {
        return fail(ExInvArg, why);
    }
    QString pvol;
    QString svol;
    if (const QString why = volumeOption(o, u"-pvol"_s, false, false, &pvol); !why.isEmpty()) {
        return fail(ExInvArg, why);
    }
    if (const QString why = volumeOption(o, u"-svol"_s, false, false, &svol); !why.isEmpty()) {
        return fail(ExInvArg, why);
    }
    Session s;
    if (const int rc = s.open(o); rc != ExOk) {
        return rc;
    }
    for (const QString& v : {pvol, svol}) {
        if (!v.isEmpty() && !s.hasVolume(v)) {
            return fail(ExENoObj,
                u"No volume \"%1\" on controller %2. Address a volume by CU:LDEV in hex, such as 00:1A."_s.arg(
                    v, s.serial()));
        }
    }
    Error e;
    const auto pairs = s.pairs(pvol, svol, &e);
    if (!pairs) {
        return fail(e);
    }
    QList<Row> rows;
    for (const auto& p : *pairs) {
        rows += rowsOf(s, p.toObject());
    }
    if (pairs->isEmpty()) {
        // As CCI shows an unpaired volume as SMPL: the volumes named, in status 801.
        for (const QString& v : {pvol, svol}) {
            if (!v.isEmpty()) {
                rows.append(simplexRow(s, v));
            }
        }
    }
    const bool fc = o.flags.contains(u"-fc"_s);
    if (o.flags.contains(u"-CLI"_s)) {
        QStringList header {u"Pair#"_s, u"PairVol"_s, u"L/R"_s, u"Port#"_s, u"TID"_s, u"LU"_s, u"Seq#"_s, u"LDEV#"_s,
            u"P/S"_s, u"Status"_s, u"GUI"_s, u"Pace"_s, u"CopyPtr"_s, u"MaxAddr"_s};
        if (fc) {
            header.append(u"%"_s);
        }
        header.append(u"P-LDEV#"_s);
        out(header.join(u' '));
        for (const Row& r : rows) {
            QStringList cells {r.pairNumber, r.ldev, r.local ? u"L"_s : u"R"_s, r.port.isEmpty() ? u"-"_s : r.port,
                QString::number(r.tid), QString::number(r.lun), s.serial(), r.ldev, r.role, QString::number(r.status),
                r.gui, r.pace != 0 ? QString::number(r.pace) : u"-"_s, QString::number(r.pointer),
                QString::number(r.max)};
            if (fc) {
                cells.append(QString::number(r.percent));
            }
            cells.append(r.partner);
            out(cells.join(u' '));
        }
        return ExOk;
    }
    const auto line = [fc](const QStringList& c) {
        QString text = c[0].leftJustified(6) + c[1].leftJustified(14) + c[2].leftJustified(17) + c[3].leftJustified(7)
            + c[4].leftJustified(7) + c[5].leftJustified(6) + c[6].leftJustified(15) + c[7].leftJustified(5)
            + c[8].leftJustified(16);
        if (fc) {
            text += c[9].leftJustified(6);
        }
        text += c[10];
        return text;
    };
    out(line({u"Pair#"_s, u"PairVol(L/R)"_s, u"(Port#,TID, LU)"_s, u"Seq#"_s, u"LDEV#"_s, u"P/S"_s, u"Status"_s,
        u"Pace"_s, u"CopyPtr/Max"_s, u"%"_s, u"P-LDEV#"_s}));
    for (const Row& r : rows) {
        out(line({r.pairNumber, r.ldev + (r.local ? u"(L)"_s : u"(R)"_s),
            u"(%1,%2,%3)"_s.arg(r.port.isEmpty() ? u"-"_s : r.port).arg(r.tid, 3).arg(r.lun, 3), s.serial(), r.ldev,
            r.role, u"%1 %2"_s.arg(r.status).arg(r.gui), r.pace != 0 ? QString::number(r.pace) : u"-"_s,
            u"%1/%2"_s.arg(r.pointer).arg(r.max), QString::number(r.percent), r.partner}));
    }
    return ExOk;
}

/** The status wanted by pairevtwait -s: a number 801-804 or a GUI status name; 0 and an empty name if neither. */
struct Wanted
{
    int number = 0;
    QString gui;
};

std::optional<Wanted> wantedOf(const QString& text)
{
    bool isNumber = false;
    const int n = text.toInt(&isNumber);
    if (isNumber) {
        if (n >= 801 && n <= 804) {
            return Wanted {n, {}};
        }
        return std::nullopt;
    }
    for (const QString& name :
        {u"simplex"_s, u"pending"_s, u"duplex"_s, u"SP-Pending"_s, u"split"_s, u"re-sync"_s, u"suspend"_s}) {
        if (name.compare(text, Qt::CaseInsensitive) == 0) {
            return Wanted {0, name};
        }
    }
    return std::nullopt;
}

/** pairevtwait -pvol .. -svol .. -s <status> [-t seconds]. */
int pairevtwait(const QStringList& args)
{
    Syntax syntax
        = pairSyntax(u"pairevtwait -pvol CU:LDEV -svol CU:LDEV -s STATUS [-t SECONDS] [-n SERIAL] [--workspace DIR]"_s);
    syntax.withValue.insert(u"-s"_s, u"STATUS"_s);
    syntax.withValue.insert(u"-t"_s, u"SECONDS"_s);
    Options o;
    if (const QString why = parse(args, syntax, &o); !why.isEmpty()) {
        return fail(ExInvArg, why);
    }
    QString pvol;
    QString svol;
    if (const int rc = pairOptions(o, false, &pvol, &svol); rc != ExOk) {
        return rc;
    }
    if (!o.has(u"-s"_s)) {
        return fail(ExInvArg,
            u"specify -s STATUS: simplex, pending, duplex, SP-Pending, split, re-sync, suspend or 801-804."_s);
    }
    const auto wanted = wantedOf(o.value(u"-s"_s));
    if (!wanted) {
        return fail(ExInvArg,
            u"-s %1: use a status number 801-804 or a GUI status: simplex, pending, duplex, SP-Pending, split, "
            "re-sync, suspend."_s.arg(o.value(u"-s"_s)));
    }
    double limit = 0;
    if (o.has(u"-t"_s)) {
        bool ok = false;
        limit = o.value(u"-t"_s).toDouble(&ok);
        if (!ok || limit <= 0) {
            return fail(ExInvArg, u"-t %1: give the time-out in seconds, a number above 0."_s.arg(o.value(u"-t"_s)));
        }
    }
    Session s;
    if (const int rc = s.open(o); rc != ExOk) {
        return rc;
    }
    for (const QString& v : {pvol, svol}) {
        if (!s.hasVolume(v)) {
            return fail(ExENoObj,
                u"No volume \"%1\" on controller %2. Address a volume by CU:LDEV in hex, such as 00:1A."_s.arg(
                    v, s.serial()));
        }
    }
    QDateTime start = QDateTime::currentDateTimeUtc();
    for (;;) {
        Error e;
        const auto p = s.pair(pvol, svol, &e);
        if (e.isError()) {
            return fail(e);
        }
        const int number = p ? p->value(u"status"_s).toInt() : 801;
        const QString gui = p ? p->value(u"guiStatus"_s).toString() : u"simplex"_s;
        if ((wanted->number != 0 && wanted->number == number) || (!wanted->gui.isEmpty() && wanted->gui == gui)) {
            out(u"%1: %2 %3 - %4: %5 %6"_s.arg(g_tool, s.serial(), pvol, svol).arg(number).arg(gui));
            return ExOk;
        }
        if (limit > 0 && start.msecsTo(QDateTime::currentDateTimeUtc()) >= limit * 1000) {
            const QString target = wanted->number != 0 ? QString::number(wanted->number) : wanted->gui;
            return fail(ExEwsTot,
                Error(ErrorCode::HdsWaitTimeout, {pvol, svol, target, o.value(u"-t"_s)}).message()
                    + u" It is %1 %2."_s.arg(number).arg(gui));
        }
        QThread::msleep(100);
    }
}

void usage()
{
    out(u"copyline-cci: CCI-style pair commands for the in-controller copy family (docs/hds-cli.md).\n"
        "  paircreate  -pvol CU:LDEV -svol CU:LDEV|auto [-pace 1|3|15 | -c 1..15] [-nocopy] [-split]\n"
        "  pairsplit   -pvol CU:LDEV -svol CU:LDEV [-pace 1|3|15 | -c 1..15]\n"
        "  pairsplit   -S -pvol CU:LDEV -svol CU:LDEV              (delete the pair)\n"
        "  pairsplit   -E -pvol CU:LDEV -svol CU:LDEV              (suspend its copy; pairresync resumes)\n"
        "  pairresync  -pvol CU:LDEV -svol CU:LDEV [-pace 1|3|15 | -c 1..15]\n"
        "  pairdisplay [-pvol CU:LDEV] [-svol CU:LDEV] [-fc] [-CLI]\n"
        "  pairevtwait -pvol CU:LDEV -svol CU:LDEV -s STATUS [-t SECONDS]\n"
        "Every command takes -n SERIAL (the controller) and --workspace DIR.\n"
        "Exit codes: 0 ok, 221 EX_CMDRJE, 233 EX_EWSTOT, 247 EX_ENOOBJ, 250 EX_CMDERR, 253 EX_INVARG."_s);
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
    if (tool == u"copyline-cci"_s && !args.isEmpty() && !args.first().startsWith(u'-')) {
        tool = args.takeFirst();
    }
    g_tool = tool;
    if (args.contains(u"-h"_s) || args.contains(u"--help"_s)) {
        usage();
        return ExOk;
    }
    if (tool == u"paircreate"_s) {
        return paircreate(args);
    }
    if (tool == u"pairsplit"_s) {
        return pairsplit(args);
    }
    if (tool == u"pairresync"_s) {
        return pairresync(args);
    }
    if (tool == u"pairdisplay"_s) {
        return pairdisplay(args);
    }
    if (tool == u"pairevtwait"_s) {
        return pairevtwait(args);
    }
    g_tool = u"copyline-cci"_s;
    return fail(ExCmdErr,
        u"%1: unknown command; call it as paircreate, pairsplit, pairresync, pairdisplay or pairevtwait "
        "(or copyline-cci <command> ...; -h for help)."_s.arg(tool));
}
