// SPDX-License-Identifier: GPL-3.0-or-later
// "Show the equivalent command" (issue 18): for each command the DS4000 wizards and dialogs send, the statement that
// api/equivalentcommand.h writes runs in copylinectl and does the same. Each case builds the request as the console
// does (ids, "subsystemId"), runs it on one fresh demonstration workspace, runs the written statement through the
// script parser with the subsystem's name (what copylinectl -n does) on another, and compares the two configurations
// (names, not ids or times) and the bytes of the drives involved. One case goes through the real copylinectl, from
// the command line exactly as the console shows it, run by /bin/sh; so do the --call lines of the other families'
// windows (ESS, NEC, HDS), compared by the pairs they leave. The host workload and host I/O server statements run
// through the script parser and the engine, compared by the workloads they leave running.
#include "api/equivalentcommand.h"
#include "families/ds4000/scriptparser.h"
#include "families/families.h"
#include "testworkspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using namespace Copyline::Test;

namespace
{

/** What a configuration says, by names: equal for two workspaces that had the same commands, whatever the ids. */
QStringList canonical(const Configuration& c)
{
    QStringList lines;
    auto ldName = [&](ObjectId id) { return c.logicalDrives.value(id).name; };
    auto subName = [&](ObjectId id) { return c.subsystems.value(id).name; };
    for (const Subsystem& s : c.subsystems) {
        lines.append(u"subsystem %1 fc=%2 vc=%3 rm=%4/%5 bw=%6"_s.arg(s.name)
                         .arg(s.flashCopyEnabled)
                         .arg(s.volumeCopyEnabled)
                         .arg(s.remoteMirrorEnabled)
                         .arg(s.remoteMirrorActivated)
                         .arg(s.copyBandwidth));
    }
    for (const Array& a : c.arrays) {
        lines.append(u"array %1/%2 raid %3"_s.arg(subName(a.subsystemId)).arg(a.number).arg(enumName(a.raidLevel)));
    }
    for (const Drive& d : c.drives) {
        lines.append(u"drive %1/%2,%3 %4 array %5"_s.arg(subName(d.subsystemId))
                         .arg(d.enclosure)
                         .arg(d.slot)
                         .arg(enumName(d.role))
                         .arg(c.arrays.value(d.arrayId).number));
    }
    for (const LogicalDrive& ld : c.logicalDrives) {
        lines.append(u"logical drive %1/%2 %3 bytes %4 array %5 owner %6 %7"_s.arg(subName(ld.subsystemId), ld.name)
                         .arg(ld.capacity)
                         .arg(enumName(ld.kind))
                         .arg(c.arrays.value(ld.arrayId).number)
                         .arg(ld.preferredOwner, enumName(ld.status)));
    }
    for (const LunMapping& m : c.mappings) {
        lines.append(
            u"mapping %1 -> %2 LUN %3"_s.arg(ldName(m.logicalDriveId), c.describeMappingTarget(m.targetId)).arg(m.lun));
    }
    for (const HostGroup& g : c.hostGroups) {
        lines.append(u"host group %1/%2"_s.arg(subName(g.subsystemId), g.name));
    }
    for (const Host& h : c.hosts) {
        lines.append(u"host %1/%2 in %3 type %4"_s.arg(
            subName(h.subsystemId), h.name, c.describeMappingTarget(h.hostGroupId), h.hostType));
    }
    for (const HostPort& p : c.hostPorts) {
        lines.append(u"host port %1 of %2 label %3"_s.arg(p.identifier, c.hosts.value(p.hostId).name, p.label));
    }
    for (const FlashCopy& f : c.flashCopies) {
        lines.append(u"flashcopy %1 of %2 repository %3 (%4 bytes) #%5 %6 warn %7 %8"_s
                         .arg(ldName(f.id), ldName(f.baseId), ldName(f.repositoryId))
                         .arg(c.logicalDrives.value(f.repositoryId).capacity)
                         .arg(f.sequence)
                         .arg(enumName(f.status))
                         .arg(f.warningThresholdPercent)
                         .arg(enumName(f.fullPolicy)));
    }
    for (const VolumeCopy& v : c.volumeCopies) {
        // The status moves on its own (Pending, In progress, Completed): compared through waitCopies().
        lines.append(u"volume copy %1 -> %2 priority %3 read-only %4"_s.arg(ldName(v.sourceId), ldName(v.targetId))
                         .arg(enumName(v.priority))
                         .arg(v.targetReadOnly));
    }
    for (const Mirror& m : c.mirrors) {
        lines.append(u"mirror %1/%2 %3 with %4/%5 %6 group %7 sync %8 auto %9"_s
                         .arg(subName(m.subsystemId), ldName(m.id), enumName(m.role), subName(m.remoteSubsystemId),
                             ldName(m.remoteDriveId), enumName(m.writeMode))
                         .arg(m.writeConsistency)
                         .arg(enumName(m.syncPriority))
                         .arg(m.autoResync));
        if (m.status == MirrorStatus::Suspended) {
            lines.append(u"mirror %1 suspended"_s.arg(ldName(m.id)));
        }
    }
    for (const MirrorLink& l : c.mirrorLinks) {
        lines.append(u"link %1-%2 %3/%4 bw %5 rt %6 max %7 flap %8"_s
                         .arg(subName(l.subsystemA), subName(l.subsystemB), enumName(l.pathA), enumName(l.pathB))
                         .arg(l.bandwidth)
                         .arg(l.roundTripMicros)
                         .arg(l.maxRoundTripMicros)
                         .arg(l.flapPeriodMillis));
    }
    lines.sort();
    return lines;
}

/** One dialog or wizard: what is there before, the requests it sends, what is read after. */
struct Case
{
    using Requests = std::function<QList<CommandRequest>(TestWorkspace&)>;
    Case(QString s, Requests r, QStringList c = {}, QString a = {})
        : setup(std::move(s))
        , requests(std::move(r))
        , checksums(std::move(c))
        , after(std::move(a))
    { }

    QString setup; /**< script run on both workspaces before (on Primary Site) */
    Requests requests;
    QStringList checksums;      /**< logical drives of Primary Site whose bytes must be equal afterwards */
    QString after;              /**< script run on both afterwards (e.g. a host write), before the checksums */
    bool waitForCopies = false; /**< wait for VolumeCopies to finish before comparing */
};

ObjectId ld(TestWorkspace& ws, const QString& name, const QString& subsystem = u"Primary Site"_s)
{
    const LogicalDrive* d = ws.logicalDrive(name, subsystem);
    return d ? d->id : 0;
}

ObjectId arrayId(TestWorkspace& ws, int number, const QString& subsystem = u"Primary Site"_s)
{
    const Array* a = ws.config().arrayByNumber(ws.subsystemId(subsystem), number);
    return a ? a->id : 0;
}

ObjectId pairOf(TestWorkspace& ws, const QString& target)
{
    const VolumeCopy* vc = ws.config().volumeCopyTargeting(ld(ws, target));
    return vc ? vc->id : 0;
}

bool copiesSettled(TestWorkspace& ws)
{
    for (const VolumeCopy& v : ws.config().volumeCopies) {
        if (v.status == VolumeCopyStatus::Pending || v.status == VolumeCopyStatus::InProgress) {
            return false;
        }
    }
    return true;
}

/** The other families' pairs, by names: kind, volumes, state and options. */
QStringList canonicalPairs(const Configuration& c)
{
    QStringList lines;
    for (const Relationship& r : c.relationships) {
        lines.append(u"%1 %2/%3 -> %4 %5 [%6]"_s.arg(r.kind, c.subsystems.value(r.subsystemId).name,
            c.logicalDrives.value(r.sourceId).name, c.logicalDrives.value(r.targetId).name, r.state, r.options));
    }
    lines.sort();
    return lines;
}

/** The host workloads an engine runs, by host name, as showHostWorkloads lists them (counters left out). */
QStringList workloads(Engine& engine)
{
    const CommandResult r = engine.execute({u"showHostWorkloads"_s, {}});
    QStringList lines {r.ok() ? u"ok"_s : r.error.message()};
    for (const QJsonValue& v : r.data.value(u"workloads"_s).toArray()) {
        QJsonObject o = v.toObject();
        for (const QString& key : {u"hostId"_s, u"reads"_s, u"writes"_s, u"refused"_s, u"lastRefusal"_s}) {
            o.remove(key);
        }
        lines.append(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }
    lines.sort();
    return lines;
}

const QString kVolumeCopySetup = u"create logicalDrive array=2 userLabel=\"VC Source\" capacity=64 MB;"
                                 "create logicalDrive array=2 userLabel=\"VC Target\" capacity=64 MB;"
                                 "write logicalDrive [\"VC Source\"] offset=0 length=1048576 seed=3;"_s;
const QString kMirrorSetup = u"enable storageSubsystem feature file=\"%1/keys/primary-remoteMirror.key\";"
                             "activate storageSubsystem feature=remoteMirror freeCapacityArea=1;"_s;
const QString kSecondaryMirrorSetup = u"enable storageSubsystem feature file=\"%1/keys/secondary-remoteMirror.key\";"
                                      "activate storageSubsystem feature=remoteMirror freeCapacityArea=1;"_s;
const QString kMirrorPair
    = u"create remoteMirror primary=\"Payroll\" secondary=\"Payroll 2\" remoteStorageSubsystemName=\"Secondary Site\";"_s;

} // namespace

class TestEquivalentCommand : public QObject
{
    Q_OBJECT

private:
    /** Runs @p script on both (with %1 as each workspace's path); false and a warning on failure. */
    static bool setUp(TestWorkspace& ws, const QString& script, const QString& subsystem = u"Primary Site"_s)
    {
        if (script.isEmpty()) {
            return true;
        }
        const CommandResult r = ws.run(script.contains(u"%1"_s) ? script.arg(ws.path()) : script, subsystem);
        if (!r.ok()) {
            qWarning("setup failed: %s", qPrintable(r.error.message()));
        }
        return r.ok();
    }

    static void check(const Case& c, bool mirrors = false)
    {
        TestWorkspace gui;
        TestWorkspace cli;
        QVERIFY(gui.ok() && cli.ok());
        for (TestWorkspace* ws : {&gui, &cli}) {
            if (mirrors) {
                QVERIFY(setUp(*ws, kMirrorSetup));
                QVERIFY(setUp(*ws, kSecondaryMirrorSetup, u"Secondary Site"_s));
            }
            QVERIFY(setUp(*ws, c.setup));
        }
        if (c.waitForCopies) {
            QTRY_VERIFY_WITH_TIMEOUT(copiesSettled(gui) && copiesSettled(cli), 60000);
        }
        QCOMPARE(canonical(cli.config()), canonical(gui.config()));

        // The console: its requests with the subsystem's id, as EngineConnection::submit gets them.
        const ObjectId primary = gui.subsystemId(u"Primary Site"_s);
        const QList<CommandRequest> guiRequests = c.requests(gui);
        QVERIFY(!guiRequests.isEmpty());
        for (CommandRequest r : guiRequests) {
            if (!r.args.contains(u"subsystemId"_s)) {
                r.args.insert(u"subsystemId"_s, primary);
            }
            const CommandResult result = gui.command(r.name, r.args);
            QVERIFY2(result.ok(), qPrintable(r.name + u": "_s + result.error.message()));
        }

        // The equivalent command, written from the same requests on the console's configuration before they ran
        // (what the dialog shows), run as copylinectl runs it: parsed, -n <subsystem> added to each statement.
        const QList<CommandRequest> cliRequests = c.requests(cli);
        const EquivalentCommand eq = equivalentCommand(cli.config(), cli.subsystemId(u"Primary Site"_s), cliRequests);
        QVERIFY2(eq.calls.isEmpty(), qPrintable(eq.commandLine({})));
        QCOMPARE(eq.statements.size(), cliRequests.size());
        QCOMPARE(eq.subsystem, u"Primary Site"_s);
        QList<ScriptStatement> parsed;
        const Error syntax = parseScript(eq.script(), &parsed);
        QVERIFY2(!syntax.isError(), qPrintable(syntax.message() + u"\n"_s + eq.script()));
        QCOMPARE(parsed.size(), eq.statements.size());
        for (ScriptStatement& s : parsed) {
            s.request.args.insert(u"subsystem"_s, eq.subsystem);
            const CommandResult result = cli.engine().execute(s.request);
            QVERIFY2(result.ok(), qPrintable(eq.script() + u": "_s + result.error.message()));
        }

        if (c.waitForCopies) {
            QTRY_VERIFY_WITH_TIMEOUT(copiesSettled(gui) && copiesSettled(cli), 60000);
        }
        QVERIFY(gui.waitForModifications() && cli.waitForModifications());
        for (TestWorkspace* ws : {&gui, &cli}) {
            QVERIFY(setUp(*ws, c.after));
        }
        QCOMPARE(canonical(cli.config()), canonical(gui.config()));
        // The first 8 MB, where the cases write: hashing whole 20 GB drives would take minutes.
        constexpr qint64 kChecked = 8 * 1048576;
        for (const QString& name : c.checksums) {
            const QString sum = gui.checksum(name, 0, kChecked);
            QVERIFY2(!sum.startsWith(u"error"_s), qPrintable(sum));
            QCOMPARE(cli.checksum(name, 0, kChecked), sum);
        }
    }

private Q_SLOTS:
    void writesTheStatementForms()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const Configuration& c = ws.config();
        const QJsonObject fc {{u"baseId"_s, ld(ws, u"Oracle Logs"_s)}, {u"userLabel"_s, u"Oracle Logs #1.snap"_s},
            {u"repositoryUserLabel"_s, u"Oracle_R-1"_s}, {u"repositoryPercentOfBase"_s, 35},
            {u"warningThresholdPercent"_s, 70}, {u"repositoryFullPolicy"_s, u"failBaseWrites"_s},
            {u"mapping"_s, u"later"_s}, {u"repositoryArrayId"_s, arrayId(ws, 1)}};
        QCOMPARE(scriptStatement(c, {u"createFlashCopy"_s, fc}),
            u"create FlashCopyLogicalDrive baseLogicalDrive=\"Oracle Logs\" userLabel=\"Oracle Logs #1.snap\" "
            "repositoryUserLabel=\"Oracle_R-1\" repositoryPercentOfBase=35 warningThresholdPercent=70 "
            "repositoryFullPolicy=failBaseWrites freeCapacityArea=1 mapping=later;"_s);
        QCOMPARE(scriptStatement(c, {u"disableFlashCopy"_s, {{u"id"_s, ld(ws, u"Payroll"_s)}}}),
            u"disableFlashCopy logicalDrive [\"Payroll\"];"_s);
        QCOMPARE(scriptStatement(c,
                     {u"createLogicalDrive"_s,
                         {{u"arrayId"_s, arrayId(ws, 2)}, {u"userLabel"_s, u"New"_s}, {u"capacity"_s, 1536 * 1048576LL},
                             {u"owner"_s, u"B"_s}}}),
            u"create logicalDrive array=2 userLabel=\"New\" capacity=1536 MB owner=B;"_s);
        QCOMPARE(scriptStatement(c,
                     {u"setLogicalDrive"_s,
                         {{u"id"_s, ld(ws, u"Web Content"_s)}, {u"logicalUnitNumber"_s, 7}, {u"targetId"_s, 0}}}),
            u"set logicalDrive [\"Web Content\"] logicalUnitNumber=7 hostGroup=defaultGroup;"_s);
        QCOMPARE(scriptStatement(c, {u"suspendRemoteMirror"_s, {{u"primaries"_s, QJsonArray {u"a"_s, u"b"_s}}}}),
            u"suspend remoteMirror primaries [\"a\" \"b\"];"_s);
        QCOMPARE(scriptStatement(
                     c, {u"createArray"_s, {{u"drives"_s, QJsonArray {u"2,1"_s, u"2,2"_s}}, {u"raidLevel"_s, u"1"_s}}}),
            u"create array drives=(2,1 2,2) raidLevel=1;"_s);

        // Quoting: the script's string escapes, and the shell's single quotes around the whole.
        QCOMPARE(scriptQuoted(u"a \"b\" \\c"_s), u"\"a \\\"b\\\" \\\\c\""_s);
        QCOMPARE(shellQuoted(u"/tmp/ws"_s), u"/tmp/ws"_s);
        QCOMPARE(shellQuoted(u"it's here"_s), u"'it'\\''s here'"_s);
        EquivalentCommand eq;
        eq.statements = {u"show storageSubsystem;"_s};
        eq.subsystem = u"Primary Site"_s;
        QCOMPARE(eq.commandLine(u"/home/a b/ws"_s),
            u"copylinectl -w '/home/a b/ws' -n 'Primary Site' -c 'show storageSubsystem;'"_s);

        // Nothing is guessed: an unknown parameter or object, or a command without a statement, gives --call.
        QString why;
        QVERIFY(scriptStatement(c, {u"createFlashCopy"_s, {{u"baseId"_s, 999999}}}, &why).isEmpty());
        QVERIFY(why.contains(u"999999"_s));
        QVERIFY(scriptStatement(c, {u"setLogicalDrive"_s, {{u"id"_s, ld(ws, u"Payroll"_s)}, {u"colour"_s, 1}}}, &why)
                    .isEmpty());
        QVERIFY(why.contains(u"colour"_s));
        const EquivalentCommand call
            = equivalentCommand(c, ws.subsystemId(u"Primary Site"_s), {{u"internalThing"_s, {{u"x"_s, 1}}}});
        QVERIFY(call.statements.isEmpty());
        QCOMPARE(call.calls.size(), 1);
        QVERIFY(call.commandLine(u"/w"_s).startsWith(u"copylinectl -w /w --call internalThing --args '{"_s));

        // A password typed into a dialog (ESS Authorize) is never printed back.
        const EquivalentCommand secret = equivalentCommand(c, ws.subsystemId(u"Primary Site"_s),
            {{u"essAuthorizeUser"_s, {{u"name"_s, u"op1"_s}, {u"password"_s, u"Sw0rdfish!"_s}}}});
        const QString line = secret.commandLine(u"/w"_s);
        QVERIFY2(!line.contains(u"Sw0rdfish"_s), qPrintable(line));
        QVERIFY2(line.contains(kPasswordPlaceholder), qPrintable(line));
        QVERIFY2(line.contains(u"op1"_s), qPrintable(line));
    }

    // ---- FlashCopy --------------------------------------------------------------------------------------------

    void createFlashCopyWizardSimple()
    {
        check({u"write logicalDrive [\"Accounting\"] offset=0 length=1048576 seed=7;"_s,
            [](TestWorkspace& ws) {
                return QList<CommandRequest> {{u"createFlashCopy"_s,
                    {{u"baseId"_s, ld(ws, u"Accounting"_s)}, {u"userLabel"_s, u"Accounting-1"_s},
                        {u"repositoryUserLabel"_s, u"Accounting-R1"_s}, {u"repositoryPercentOfBase"_s, 20},
                        {u"warningThresholdPercent"_s, 50}, {u"repositoryFullPolicy"_s, u"failFlashCopy"_s},
                        {u"mapping"_s, u"automatic"_s}}}};
            },
            {u"Accounting-1"_s, u"Accounting"_s},
            u"write logicalDrive [\"Accounting\"] offset=0 length=262144 seed=9;"_s});
    }

    void createFlashCopyWizardOtherArray()
    {
        check({u"write logicalDrive [\"Oracle Logs\"] offset=4096 length=65536 seed=2;"_s,
            [](TestWorkspace& ws) {
                return QList<CommandRequest> {{u"createFlashCopy"_s,
                    {{u"baseId"_s, ld(ws, u"Oracle Logs"_s)}, {u"userLabel"_s, u"Oracle Logs #1.snap"_s},
                        {u"repositoryUserLabel"_s, u"Oracle_R-1"_s}, {u"repositoryPercentOfBase"_s, 35},
                        {u"warningThresholdPercent"_s, 70}, {u"repositoryFullPolicy"_s, u"failBaseWrites"_s},
                        {u"mapping"_s, u"later"_s}, {u"repositoryArrayId"_s, arrayId(ws, 1)}}}};
            },
            {u"Oracle Logs #1.snap"_s}, u"write logicalDrive [\"Oracle Logs\"] offset=0 length=65536 seed=5;"_s});
    }

    void createFlashCopyWizardNewArray()
    {
        check({{},
            [](TestWorkspace& ws) {
                return QList<CommandRequest> {{u"createFlashCopy"_s,
                    {{u"baseId"_s, ld(ws, u"DataVol"_s)}, {u"userLabel"_s, u"DataVol-1"_s},
                        {u"repositoryUserLabel"_s, u"DataVol-R1"_s}, {u"repositoryPercentOfBase"_s, 20},
                        {u"warningThresholdPercent"_s, 50}, {u"repositoryFullPolicy"_s, u"failFlashCopy"_s},
                        {u"mapping"_s, u"automatic"_s},
                        {u"repositoryDrives"_s, QJsonArray {u"2,1"_s, u"2,2"_s, u"2,3"_s}},
                        {u"repositoryRAIDLevel"_s, u"5"_s}}}};
            },
            {u"DataVol-1"_s}});
    }

    void disableAndRecreateFlashCopy()
    {
        const QString setup = u"create FlashCopyLogicalDrive baseLogicalDrive=\"Payroll\";"_s;
        check({setup,
            [](TestWorkspace& ws) {
                return QList<CommandRequest> {{u"disableFlashCopy"_s, {{u"id"_s, ld(ws, u"Payroll-1"_s)}}}};
            },
            {}});
        check({setup + u"disableFlashCopy logicalDrive [\"Payroll-1\"];"_s,
            [](TestWorkspace& ws) {
                return QList<CommandRequest> {{u"recreateFlashCopy"_s, {{u"id"_s, ld(ws, u"Payroll-1"_s)}}}};
            },
            {u"Payroll-1"_s}});
    }

    void deleteLogicalDriveAndArray()
    {
        check({u"create FlashCopyLogicalDrive baseLogicalDrive=\"Payroll\";"_s,
            [](TestWorkspace& ws) {
                return QList<CommandRequest> {{u"deleteLogicalDrive"_s, {{u"id"_s, ld(ws, u"Payroll-1"_s)}}},
                    {u"deleteLogicalDrive"_s, {{u"id"_s, ld(ws, u"Web Content"_s)}}},
                    {u"deleteLogicalDrive"_s, {{u"id"_s, ld(ws, u"Oracle Logs"_s)}}},
                    {u"deleteArray"_s, {{u"id"_s, arrayId(ws, 2)}}}};
            },
            {}});
    }

    // ---- VolumeCopy and the Copy Manager ----------------------------------------------------------------------

    void createVolumeCopyWizard()
    {
        Case c {kVolumeCopySetup,
            [](TestWorkspace& ws) {
                return QList<CommandRequest> {{u"createVolumeCopy"_s,
                    {{u"sourceId"_s, ld(ws, u"VC Source"_s)}, {u"targetId"_s, ld(ws, u"VC Target"_s)},
                        {u"copyPriority"_s, u"high"_s}, {u"targetReadOnlyEnabled"_s, false}}}};
            },
            {u"VC Target"_s}};
        c.waitForCopies = true;
        check(c);
    }

    void copyManagerOperations()
    {
        const QString copied = kVolumeCopySetup + u"create volumeCopy source=\"VC Source\" target=\"VC Target\";"_s;
        Case recopy {copied,
            [](TestWorkspace& ws) {
                return QList<CommandRequest> {
                    {u"recopyVolumeCopy"_s, {{u"id"_s, pairOf(ws, u"VC Target"_s)}, {u"copyPriority"_s, u"lowest"_s}}}};
            },
            {u"VC Target"_s}};
        recopy.waitForCopies = true;
        check(recopy);

        Case settings {copied,
            [](TestWorkspace& ws) {
                const ObjectId id = pairOf(ws, u"VC Target"_s);
                return QList<CommandRequest> {{u"setVolumeCopy"_s, {{u"id"_s, id}, {u"copyPriority"_s, u"highest"_s}}},
                    {u"setVolumeCopy"_s, {{u"id"_s, id}, {u"targetReadOnlyEnabled"_s, false}}}};
            },
            {}};
        settings.waitForCopies = true;
        check(settings);

        Case remove {copied,
            [](TestWorkspace& ws) {
                return QList<CommandRequest> {{u"removeVolumeCopy"_s, {{u"id"_s, pairOf(ws, u"VC Target"_s)}}}};
            },
            {}};
        remove.waitForCopies = true;
        check(remove);

        // Stop Copy needs a copy that runs: a slow copy bandwidth keeps it running.
        check({u"set storageSubsystem copyBandwidth=1 MB;"_s + copied,
            [](TestWorkspace& ws) {
                return QList<CommandRequest> {{u"stopVolumeCopy"_s, {{u"id"_s, pairOf(ws, u"VC Target"_s)}}}};
            },
            {}});
    }

    // ---- storage, topology, features --------------------------------------------------------------------------

    void storageDialogs()
    {
        check({{},
            [](TestWorkspace& ws) {
                return QList<CommandRequest> {
                    {u"createArray"_s,
                        {{u"drives"_s, QJsonArray {u"2,1"_s, u"2,2"_s, u"2,3"_s, u"2,4"_s}}, {u"raidLevel"_s, u"5"_s}}},
                    {u"createLogicalDrive"_s,
                        {{u"arrayId"_s, arrayId(ws, 2)}, {u"userLabel"_s, u"New Data"_s},
                            {u"capacity"_s, 1536 * 1048576LL}, {u"owner"_s, u"B"_s}}},
                    {u"setLogicalDrive"_s, {{u"id"_s, ld(ws, u"DataVol"_s)}, {u"userLabel"_s, u"Data Vol.2"_s}}},
                    {u"setLogicalDrive"_s, {{u"id"_s, ld(ws, u"Payroll"_s)}, {u"addCapacity"_s, 1073741824LL}}},
                    {u"setLogicalDrive"_s, {{u"id"_s, ld(ws, u"Exchange"_s)}, {u"owner"_s, u"B"_s}}},
                    {u"setDrive"_s, {{u"targets"_s, QJsonArray {u"2,5"_s, u"2,6"_s}}, {u"hotSpare"_s, true}}},
                    {u"setStorageSubsystem"_s, {{u"userLabel"_s, u"Main Site"_s}}},
                };
            },
            {u"Payroll"_s}});
        check({{},
            [](TestWorkspace&) {
                return QList<CommandRequest> {{u"setStorageSubsystem"_s, {{u"copyBandwidth"_s, 200 * 1048576LL}}}};
            },
            {}});
    }

    void topologyDialogs()
    {
        check({{},
            [](TestWorkspace& ws) {
                const ObjectId host = ws.config().hostByName(ws.subsystemId(u"Primary Site"_s), u"admin-ws"_s)->id;
                const ObjectId group
                    = ws.config().hostGroupByName(ws.subsystemId(u"Primary Site"_s), u"backup server"_s)->id;
                const ObjectId port
                    = ws.config()
                          .hostPortByIdentifierOrLabel(ws.subsystemId(u"Primary Site"_s), u"10000000C93E7701"_s)
                          ->id;
                return QList<CommandRequest> {
                    {u"createHostGroup"_s, {{u"userLabel"_s, u"Campus North"_s}}},
                    {u"createHost"_s,
                        {{u"userLabel"_s, u"north-db01"_s},
                            {u"hostType"_s, u"Windows 2000/Server 2003 Non-Clustered"_s},
                            {u"hostGroup"_s, u"Campus North"_s}}},
                    {u"createHostPort"_s,
                        {{u"host"_s, u"north-db01"_s}, {u"identifier"_s, u"21:00:00:E0:8B:77:66:55"_s},
                            {u"userLabel"_s, u"HBA 0"_s}}},
                    {u"setLogicalDrive"_s,
                        {{u"id"_s, ld(ws, u"Web Content"_s)}, {u"logicalUnitNumber"_s, 5}, {u"targetId"_s, host}}},
                    {u"removeLunMapping"_s, {{u"id"_s, ld(ws, u"Exchange"_s)}}},
                    {u"setLogicalDrive"_s,
                        {{u"id"_s, ld(ws, u"Exchange"_s)}, {u"logicalUnitNumber"_s, 9}, {u"targetId"_s, 0}}},
                    {u"setHost"_s, {{u"id"_s, host}, {u"userLabel"_s, u"admin-ws2"_s}}},
                    {u"deleteHostPort"_s, {{u"id"_s, port}}},
                    {u"deleteHost"_s,
                        {{u"id"_s, ws.config().hostByName(ws.subsystemId(u"Primary Site"_s), u"backup01"_s)->id}}},
                    {u"setHostGroup"_s, {{u"id"_s, group}, {u"userLabel"_s, u"backup servers"_s}}},
                };
            },
            {}});
    }

    void premiumFeatureDialogs()
    {
        check({{},
            [](TestWorkspace& ws) {
                return QList<CommandRequest> {
                    {u"enableFeature"_s, {{u"file"_s, QString(ws.path() + u"/keys/primary-remoteMirror.key"_s)}}},
                    {u"disableFeature"_s, {{u"feature"_s, u"volumeCopy"_s}}}};
            },
            {}});
    }

    // ---- Remote mirroring -------------------------------------------------------------------------------------

    void activateMirrorWizard()
    {
        check({u"enable storageSubsystem feature file=\"%1/keys/primary-remoteMirror.key\";"_s,
            [](TestWorkspace&) {
                return QList<CommandRequest> {{u"activateRemoteMirror"_s,
                    {{u"feature"_s, u"remoteMirror"_s}, {u"repositoryRAIDLevel"_s, u"1"_s},
                        {u"repositoryDrives"_s, QJsonArray {u"2,1"_s, u"2,2"_s}}}}};
            },
            {}});
    }

    void createMirrorWizard()
    {
        check({{},
                  [](TestWorkspace&) {
                      return QList<CommandRequest> {{u"createRemoteMirror"_s,
                          {{u"primary"_s, u"Payroll"_s}, {u"secondary"_s, u"Payroll 2"_s},
                              {u"remoteStorageSubsystemName"_s, u"Secondary Site"_s}, {u"syncPriority"_s, u"high"_s},
                              {u"autoResync"_s, u"enabled"_s}, {u"writeMode"_s, u"asynchronous"_s},
                              {u"writeOrder"_s, u"preserved"_s}}}};
                  },
                  {}},
            true);
    }

    void mirrorDialogs()
    {
        check({kMirrorPair,
                  [](TestWorkspace&) {
                      return QList<CommandRequest> {
                          {u"suspendRemoteMirror"_s, {{u"primaries"_s, QJsonArray {u"Payroll"_s}}}},
                          {u"setRemoteMirror"_s,
                              {{u"localLogicalDrives"_s, QJsonArray {u"Payroll"_s}}, {u"syncPriority"_s, u"lowest"_s},
                                  {u"autoResync"_s, u"disabled"_s}}},
                          {u"setRemoteMirror"_s,
                              {{u"localLogicalDrives"_s, QJsonArray {u"Payroll"_s}},
                                  {u"writeMode"_s, u"asynchronous"_s}, {u"writeOrder"_s, u"notPreserved"_s}}},
                          {u"resumeRemoteMirror"_s, {{u"primaries"_s, QJsonArray {u"Payroll"_s}}}},
                          {u"diagnoseRemoteMirror"_s,
                              {{u"localLogicalDrive"_s, QJsonArray {u"Payroll"_s}}, {u"testID"_s, u"connectivity"_s}}},
                      };
                  },
                  {}},
            true);
        check({kMirrorPair,
                  [](TestWorkspace&) {
                      return QList<CommandRequest> {{u"setRemoteMirror"_s,
                          {{u"localLogicalDrives"_s, QJsonArray {u"Payroll"_s}}, {u"role"_s, u"secondary"_s},
                              {u"force"_s, false}}}};
                  },
                  {}},
            true);
        check({kMirrorPair,
                  [](TestWorkspace&) {
                      return QList<CommandRequest> {
                          {u"removeRemoteMirror"_s, {{u"localLogicalDrives"_s, QJsonArray {u"Payroll"_s}}}}};
                  },
                  {}},
            true);
    }

    void mirrorLinkDialog()
    {
        // Simulation > Remote Mirror Link: Apply sends one command per edited link (both paths, or each path).
        check({{}, [](TestWorkspace&) {
                   return QList<CommandRequest> {
                       {u"setRemoteMirrorLink"_s,
                           {{u"remoteStorageSubsystemName"_s, u"Secondary Site"_s}, {u"bandwidth"_s, 100000000},
                               {u"roundTripMicros"_s, 2500}, {u"maxRoundTrip"_s, 20}, {u"flapPeriod"_s, 3000},
                               {u"controller"_s, u"A"_s}, {u"state"_s, u"down"_s}}},
                       {u"setRemoteMirrorLink"_s,
                           {{u"remoteStorageSubsystemName"_s, u"Secondary Site"_s}, {u"bandwidth"_s, 64 * 1048576},
                               {u"controller"_s, u"B"_s}, {u"state"_s, u"flapping"_s}}}};
               }});
    }

    // ---- Properties: repository settings and copy bandwidth (issue 18) -----------------------------------------

    void propertiesSettings()
    {
        check({u"create FlashCopyLogicalDrive baseLogicalDrive=\"Accounting\" userLabel=\"Accounting-1\" "
               "repositoryUserLabel=\"Accounting-R1\";"_s,
            [](TestWorkspace& ws) {
                // RepositorySettingsWidget::applyRequest and CopyBandwidthWidget::applyRequest.
                return QList<CommandRequest> {
                    {u"setLogicalDrive"_s,
                        {{u"id"_s, ld(ws, u"Accounting-R1"_s)}, {u"warningThresholdPercent"_s, 80},
                            {u"repositoryFullPolicy"_s, u"failBaseWrites"_s}}},
                    {u"setStorageSubsystem"_s, {{u"copyBandwidth"_s, 20 * 1048576LL}, {u"latencyBound"_s, 25}}},
                };
            },
            {}});
        // The bound itself is not in canonical(): compare it as the engine reports it.
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const EquivalentCommand eq = equivalentCommand(ws.config(), ws.subsystemId(u"Primary Site"_s),
            {{u"setStorageSubsystem"_s, {{u"copyBandwidth"_s, 0}, {u"latencyBound"_s, 25}}}});
        QCOMPARE(eq.script(), u"set storageSubsystem copyBandwidth=0 latencyBound=25;"_s);
    }

    // ---- Host Workloads and the Host I/O Server (issue 18) --------------------------------------------------------

    void hostWorkloadStatements()
    {
        TestWorkspace gui;
        TestWorkspace cli;
        QVERIFY(gui.ok() && cli.ok());
        const auto requests = [](TestWorkspace& ws, const QString& verb) {
            // HostWorkloadsWindow::requests: one per selected host, with the settings for Start.
            QList<CommandRequest> out;
            for (const QString& name : {u"east-db01"_s}) {
                const Host* host = ws.config().hostByName(ws.subsystemId(u"Primary Site"_s), name);
                if (host == nullptr) {
                    continue;
                }
                QJsonObject args {{u"hostId"_s, host->id}};
                if (verb == u"start"_s) {
                    args.insert(u"readPercent"_s, 70);
                    args.insert(u"blockSize"_s, 16 * 1024);
                    args.insert(u"rate"_s, 2 * 1048576LL);
                    args.insert(u"pattern"_s, u"sequential"_s);
                }
                out.append({verb + u"HostWorkload"_s, args});
            }
            return out;
        };
        for (const QString& verb : {u"start"_s, u"pause"_s, u"resume"_s, u"stop"_s}) {
            const ObjectId primary = gui.subsystemId(u"Primary Site"_s);
            const QList<CommandRequest> guiRequests = requests(gui, verb);
            QVERIFY(!guiRequests.isEmpty());
            for (CommandRequest r : guiRequests) {
                r.args.insert(u"subsystemId"_s, primary);
                const CommandResult result = gui.command(r.name, r.args);
                QVERIFY2(result.ok(), qPrintable(r.name + u": "_s + result.error.message()));
            }
            const EquivalentCommand eq
                = equivalentCommand(cli.config(), cli.subsystemId(u"Primary Site"_s), requests(cli, verb));
            QVERIFY2(eq.calls.isEmpty(), qPrintable(eq.commandLine({})));
            if (verb == u"start"_s) {
                QCOMPARE(eq.script(),
                    u"start hostWorkload host=\"east-db01\" readPercent=70 blockSize=16 KB rate=2 MB "
                    "pattern=sequential;"_s);
            }
            QList<ScriptStatement> parsed;
            const Error syntax = parseScript(eq.script(), &parsed);
            QVERIFY2(!syntax.isError(), qPrintable(syntax.message() + u"\n"_s + eq.script()));
            for (ScriptStatement& st : parsed) {
                st.request.args.insert(u"subsystem"_s, eq.subsystem);
                const CommandResult result = cli.engine().execute(st.request);
                QVERIFY2(result.ok(), qPrintable(eq.script() + u": "_s + result.error.message()));
            }
            const QStringList running = workloads(gui.engine());
            QCOMPARE(workloads(cli.engine()), running);
            QCOMPARE(running.first(), u"ok"_s);
            QCOMPARE(running.size() == 1, verb == u"stop"_s);
            if (verb == u"pause"_s) {
                QVERIFY2(running.last().contains(u"\"state\":\"paused\""_s), qPrintable(running.last()));
            }
        }

        // HostIoServerDialog::applyRequest: the server off, then on again on any free port.
        for (const QJsonObject& args :
            {QJsonObject {{u"enabled"_s, false}, {u"address"_s, u"127.0.0.1"_s}, {u"port"_s, 0}},
                QJsonObject {{u"enabled"_s, true}, {u"address"_s, u"127.0.0.1"_s}, {u"port"_s, 0}}}) {
            const EquivalentCommand eq
                = equivalentCommand(cli.config(), cli.subsystemId(u"Primary Site"_s), {{u"setHostIoServer"_s, args}});
            QCOMPARE(eq.statements.size(), 1);
            QCOMPARE(eq.script(),
                u"set hostIoServer port=0 address=\"127.0.0.1\" enabled=%1;"_s.arg(
                    args.value(u"enabled"_s).toBool() ? u"TRUE"_s : u"FALSE"_s));
            QJsonObject guiArgs = args;
            guiArgs.insert(u"subsystemId"_s, gui.subsystemId(u"Primary Site"_s));
            QVERIFY(gui.command(u"setHostIoServer"_s, guiArgs).ok());
            QList<ScriptStatement> parsed;
            QVERIFY(!parseScript(eq.script(), &parsed).isError());
            parsed.first().request.args.insert(u"subsystem"_s, eq.subsystem);
            const CommandResult result = cli.engine().execute(parsed.first().request);
            QVERIFY2(result.ok(), qPrintable(result.error.message()));
            const auto state = [](TestWorkspace& ws) {
                const QJsonObject o = ws.command(u"showHostIoServer"_s, {}).data;
                return std::pair {o.value(u"enabled"_s).toBool(), o.value(u"running"_s).toBool()};
            };
            QCOMPARE(state(cli), state(gui));
            QCOMPARE(state(gui).first, args.value(u"enabled"_s).toBool());
        }
    }

    // ---- the other families: their windows' --call lines in the real copylinectl ---------------------------------

    void otherFamiliesCallLinesRunInCopylinectl()
    {
        TestWorkspace gui;
        QVERIFY(gui.ok());
        QTemporaryDir parent;
        const QString cliPath = QDir(parent.path()).filePath(u"ws"_s);
        // As the windows build them: the ESS Task Wizard (FlashCopy NOCOPY), the NEC Replicate window and the HDS
        // Add Pair window.
        const QList<CommandRequest> requests {
            {u"essEstablishFlashCopy"_s,
                {{u"source"_s, u"00412019"_s}, {u"target"_s, u"00512019"_s}, {u"noCopy"_s, true}}},
            {u"necReplicate"_s,
                {{u"mv"_s, u"dev001"_s}, {u"rv"_s, u"dev002"_s}, {u"cprange"_s, u"diff"_s}, {u"cpmode"_s, u"sync"_s},
                    {u"rvacc"_s, u"nr"_s}}},
            {u"hdsPairCreate"_s,
                {{u"subsystem"_s, u"64015"_s}, {u"pvol"_s, u"00:11"_s}, {u"svol"_s, u"00:21"_s}, {u"pace"_s, 3},
                    {u"initialCopy"_s, false}}},
        };
        const EquivalentCommand eq = equivalentCommand(gui.config(), 0, requests);
        QVERIFY(eq.statements.isEmpty());
        QCOMPARE(eq.calls.size(), requests.size());
        QStringList lines = eq.commandLine(cliPath).split(u'\n');
        QCOMPARE(lines.size(), requests.size());
        for (QString& line : lines) {
            QVERIFY(line.startsWith(u"copylinectl -w "_s));
            line.replace(0, QStringLiteral("copylinectl").size(), shellQuoted(binary(u"copylinectl"_s)));
        }

        for (const CommandRequest& r : requests) {
            const CommandResult result = gui.command(r.name, r.args);
            QVERIFY2(result.ok(), qPrintable(r.name + u": "_s + result.error.message()));
        }
        const auto settled = [](const Configuration& c) {
            for (const Relationship& r : c.relationships) {
                if (r.state.endsWith(u"/exec"_s)) {
                    return false;
                }
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(settled(gui.config()), 60000);

        QProcess sh;
        sh.start(u"/bin/sh"_s, {u"-e"_s, u"-c"_s, lines.join(u'\n')});
        QVERIFY(sh.waitForFinished(120000));
        QVERIFY2(
            sh.exitCode() == 0, qPrintable(lines.join(u'\n') + u"\n"_s + QString::fromUtf8(sh.readAllStandardError())));
        QCOMPARE(copylinectl({u"-w"_s, cliPath, u"--stop"_s}).code, 0);
        QTRY_COMPARE_WITH_TIMEOUT(lockHolder(cliPath), 0, 30000);

        Engine cli(Families::all());
        QVERIFY(!cli.openWorkspace(cliPath).isError());
        QTRY_VERIFY_WITH_TIMEOUT(settled(cli.configuration()), 60000);
        const QStringList pairs = canonicalPairs(gui.config());
        QCOMPARE(canonicalPairs(cli.configuration()), pairs);
        QVERIFY2(pairs.filter(u"flashcopy 12019/00412019 -> 00512019"_s).size() == 1, qPrintable(pairs.join(u'\n')));
        QVERIFY2(pairs.filter(u"dev001 -> dev002 rpl/sync"_s).size() == 1, qPrintable(pairs.join(u'\n')));
        QVERIFY2(pairs.filter(u"00:11 -> 00:21"_s).size() == 1, qPrintable(pairs.join(u'\n')));
        cli.closeWorkspace();
    }

    // ---- the real copylinectl, from the command line as shown --------------------------------------------------

    void commandLineRunsInCopylinectl()
    {
        TestWorkspace gui;
        QVERIFY(gui.ok());
        QTemporaryDir parent;
        // A folder name that needs the shell's quotes.
        const QString cliPath = QDir(parent.path()).filePath(u"it's a workspace"_s);
        const QList<CommandRequest> requests {{u"createFlashCopy"_s,
            {{u"baseId"_s, ld(gui, u"Oracle Logs"_s)}, {u"userLabel"_s, u"Oracle Logs #1.snap"_s},
                {u"repositoryUserLabel"_s, u"Oracle_R-1"_s}, {u"repositoryPercentOfBase"_s, 35},
                {u"warningThresholdPercent"_s, 70}, {u"repositoryFullPolicy"_s, u"failBaseWrites"_s},
                {u"mapping"_s, u"later"_s}, {u"repositoryArrayId"_s, arrayId(gui, 1)}}}};
        const EquivalentCommand eq = equivalentCommand(gui.config(), gui.subsystemId(u"Primary Site"_s), requests);
        QString line = eq.commandLine(cliPath);
        QVERIFY(line.startsWith(u"copylinectl "_s));
        line.replace(0, QStringLiteral("copylinectl").size(), shellQuoted(binary(u"copylinectl"_s)));

        for (CommandRequest r : requests) {
            r.args.insert(u"subsystemId"_s, gui.subsystemId(u"Primary Site"_s));
            QVERIFY(gui.command(r.name, r.args).ok());
        }

        QProcess sh;
        sh.start(u"/bin/sh"_s, {u"-c"_s, line});
        QVERIFY(sh.waitForFinished(120000));
        QVERIFY2(sh.exitCode() == 0, qPrintable(line + u"\n"_s + QString::fromUtf8(sh.readAllStandardError())));
        QCOMPARE(copylinectl({u"-w"_s, cliPath, u"--stop"_s}).code, 0);
        QTRY_COMPARE_WITH_TIMEOUT(lockHolder(cliPath), 0, 30000);

        Engine cli(Families::all());
        QVERIFY(!cli.openWorkspace(cliPath).isError());
        QCOMPARE(canonical(cli.configuration()), canonical(gui.config()));
        cli.closeWorkspace();
    }
};

QTEST_GUILESS_MAIN(TestEquivalentCommand)
#include "tst_equivalentcommand.moc"
