// SPDX-License-Identifier: GPL-3.0-or-later
// csmcli end to end (issue 16, spec CSM §6, seed 003 L1400-1530, L1700-1760): the real binary against a temporary
// workspace served by copylined: the first administrator, storage systems, sessions, copy sets, session commands,
// the seed's delim format, CSV import/export, authorization, the parser's messages and the interactive shell.
#include "testworkspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run process(const QString& program,
    const QStringList& args,
    const QString& workspace,
    const QString& cwd = {},
    const QByteArray& input = {})
{
    QProcess p;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"COPYLINE_WORKSPACE"_s, workspace);
    p.setProcessEnvironment(environment);
    if (!cwd.isEmpty()) {
        p.setWorkingDirectory(cwd);
    }
    p.start(program, args);
    if (!input.isNull()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(180000)) {
        p.kill();
        return {-2, {}, u"timed out"_s};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
}

Run ctl(const QString& workspace, const QStringList& args)
{
    return process(Test::binary(u"copylinectl"_s), QStringList {u"--workspace"_s, workspace} + args, workspace);
}

struct EngineGuard
{
    QString workspace;
    ~EngineGuard() { ctl(workspace, {u"--stop"_s, u"-S"_s}); }
};

/** "IWNR1021I [Oct 3, 2016 11:41:26 AM] text": a result message with its timestamp. */
bool hasMessage(const QString& out, const QString& id)
{
    const QRegularExpression re(
        u"^%1 \\[[A-Z][a-z]{2} \\d{1,2}, \\d{4} \\d{1,2}:\\d\\d:\\d\\d [AP]M\\] "_s.arg(QRegularExpression::escape(id)),
        QRegularExpression::MultilineOption);
    return re.match(out).hasMatch();
}

const QString kEss = u"ESS:2105.12019:VOL:"_s;
const QString kFca = u"ESS:2105.FCA31:VOL:"_s;

} // namespace

class TestCsmCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    QString m_cwd; // holds csmcli-auth.properties
    std::unique_ptr<EngineGuard> m_guard;
    bool m_engineHasCsm = false;

    Run csm(const QStringList& args, const QByteArray& input = {})
    {
        return process(Test::binary(u"csmcli"_s), args, m_ws, m_cwd, input);
    }

    /** As the administrator, without the banner. */
    Run admin(const QStringList& args)
    {
        return csm(QStringList {u"-noinfo"_s, u"-username"_s, u"admin"_s, u"-password"_s, u"Adm1nPass"_s} + args);
    }

    void writeFile(const QString& path, const QByteArray& content, QFileDevice::Permissions perms)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        QVERIFY(f.setPermissions(perms));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(u"ws"_s);
        m_cwd = m_dir.filePath(u"cli"_s);
        QVERIFY(QDir().mkpath(m_cwd));
        m_guard = std::make_unique<EngineGuard>(EngineGuard {m_ws});
        const Run status = ctl(m_ws, {u"--call"_s, u"csmUserStatus"_s});
        m_engineHasCsm = status.code == 0;
    }

    void cleanupTestCase() { m_guard.reset(); }

    // --- The parser: no engine needed -------------------------------------------------------------------------

    void delimMissingValue()
    {
        // Seed L1465-1471: "-delim ;" where the shell ate the semicolon.
        const Run r = csm({u"-noinfo"_s, u"lsdevice"_s, u"-hdr"_s, u"off"_s, u"-devtype"_s, u"ess"_s, u"-fmt"_s,
            u"delim"_s, u"-delim"_s});
        QCOMPARE(r.code, 1);
        const QStringList lines = r.out.split(u'\n');
        QCOMPARE(lines.value(0), u"CMMCI9018E Parameter -delim is missing a required value."_s);
        QVERIFY2(lines.value(1).startsWith(u"Usage: lsdevice [ { -help|-h|-? } ] [ { -l|-s } ] "
                                           "[-fmt default|xml|delim|stanza] [-p on|off] [-delim char] [-hdr on|off] "
                                           "[-r #] [-v on|off] -devtype"_s)
                || lines.value(1).startsWith(u"Usage: lsdevice [ { -help|-h|-? } ] [ { -l|-s } ] "
                                             "[-fmt default|xml|delim|stanza] [-p on|off] [-delim char] [-hdr on|off] "
                                             "[-r #] [-v on|off] [-devtype"_s),
            qPrintable(lines.value(1)));
        QCOMPARE(lines.value(2), u"Tip: Enter \"help lsdevice\" for more information."_s);
        // -compat: the same text, exit code 0 (spec §6.4).
        const Run compat = csm({u"-noinfo"_s, u"-compat"_s, u"lssess"_s, u"-delim"_s});
        QCOMPARE(compat.code, 0);
        QVERIFY(compat.out.startsWith(u"CMMCI9018E Parameter -delim is missing a required value.\n"_s));
    }

    void badArguments()
    {
        const Run unknown = csm({u"-noinfo"_s, u"lsfoo"_s});
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.out.startsWith(u"CMMCI9022E lsfoo is not a valid command."_s));
        const Run badOption = csm({u"-noinfo"_s, u"lssess"_s, u"-bogus"_s});
        QCOMPARE(badOption.code, 1);
        QVERIFY(badOption.out.startsWith(u"CMMCI9019E Parameter -bogus is not valid for command lssess."_s));
        const Run badFmt = csm({u"-noinfo"_s, u"lssess"_s, u"-fmt"_s, u"csv"_s});
        QCOMPARE(badFmt.code, 1);
        QVERIFY(badFmt.out.startsWith(
            u"CMMCI9020E Value csv is not valid for parameter -fmt; valid values are: default, xml, delim, stanza."_s));
        const Run noAction = csm({u"-noinfo"_s, u"cmdsess"_s, u"S1"_s});
        QCOMPARE(noAction.code, 1);
        QVERIFY(noAction.out.startsWith(u"CMMCI9021E Parameter -action is required."_s));
        const Run noSession = csm({u"-noinfo"_s, u"mksess"_s, u"-cptype"_s, u"fc"_s});
        QCOMPARE(noSession.code, 1);
        QVERIFY(noSession.out.startsWith(u"CMMCI9023E The command mksess needs a session name."_s));
        const Run badRole
            = csm({u"-noinfo"_s, u"mkauth"_s, u"-name"_s, u"x"_s, u"-password"_s, u"y"_s, u"-authrole"_s, u"Boss"_s});
        QCOMPARE(badRole.code, 1);
        QVERIFY(badRole.out.contains(u"valid values are: administrator, operator, monitor."_s));
        const Run help = csm({u"-noinfo"_s, u"help"_s, u"cmdsess"_s});
        QCOMPARE(help.code, 0);
        QCOMPARE(help.out, u"Usage: cmdsess [-quiet] -action action session_name\n"_s);
    }

    void authFilePermissions()
    {
        const QString path = QDir(m_cwd).filePath(u"csmcli-auth.properties"_s);
        writeFile(path, "# test\nusername=admin\npassword=Adm1nPass\n",
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        const Run open = csm({u"-noinfo"_s, u"lssess"_s});
        QFile::remove(path);
        QCOMPARE(open.code, 1);
        QVERIFY2(open.out.startsWith(u"CMMCI9032E The authentication file "_s), qPrintable(open.out));
    }

    void shellParsesWithoutLogin()
    {
        // The shell reaches the engine (banner) but help and bad commands need no login.
        const Run r = csm({u"-username"_s, u"nobody"_s, u"-password"_s, u"x"_s}, "bogus\nhelp cmdsess\nexit\nlssess\n");
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(u"Copyline Copy Services Manager Command Line Interface (CLI)\n"_s));
        QVERIFY(r.out.contains(u"\n Workspace: "_s + m_ws + u'\n'));
        QVERIFY(r.out.contains(u"csmcli> CMMCI9022E bogus is not a valid command."_s));
        QVERIFY(r.out.contains(u"csmcli> Usage: cmdsess [-quiet] -action action session_name\n"_s));
        QCOMPARE(r.out.count(u"csmcli> "_s), 3);
    }

    // --- End to end against the engine ---------------------------------------------------------------------------

    void firstStart()
    {
        if (!m_engineHasCsm) {
            QSKIP("this branch's engine has no csm family yet (csmUserStatus unknown)");
        }
        const Run noUser = csm({u"-noinfo"_s, u"-username"_s, u"admin"_s, u"-password"_s, u"x"_s, u"lssess"_s});
        QCOMPARE(noUser.code, 1);
        QVERIFY(noUser.out.contains(u"CMMCI9034E No Copy Services Manager user exists yet."_s));
        const Run create = csm({u"-noinfo"_s, u"mkauth"_s, u"-name"_s, u"admin"_s, u"-password"_s, u"Adm1nPass"_s,
            u"-authrole"_s, u"Administrator"_s});
        QVERIFY2(create.code == 0, qPrintable(create.out));
        // The banner (with the auth file from the current directory) names Copyline.
        writeFile(QDir(m_cwd).filePath(u"csmcli-auth.properties"_s), "username=admin\npassword=Adm1nPass\n",
            QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const Run banner = csm({u"lsauth"_s, u"-fmt"_s, u"delim"_s});
        QVERIFY2(banner.code == 0, qPrintable(banner.out));
        QVERIFY(banner.out.startsWith(u"Copyline Copy Services Manager Command Line Interface (CLI)\n"_s));
        QVERIFY(banner.out.contains(u"Authentication file: "_s + QDir(m_cwd).filePath(u"csmcli-auth.properties"_s)));
        QVERIFY(banner.out.contains(u"User name,Classification,Role,Session,GUI Access,CLI Access\n"_s));
        QVERIFY(banner.out.contains(u"admin,User,Administrator,-,Yes,Yes\n"_s));
    }

    void sessionsAndCopySets()
    {
        if (!m_engineHasCsm) {
            QSKIP("this branch's engine has no csm family yet");
        }
        // The demonstration workspace connects ESS 12019 (PRIMARY) and FCA31 (DR_site); mkdevice on a connected one
        // sets its location.
        const Run loc = admin({u"mkdevice"_s, u"-loc"_s, u"PRIMARY"_s, u"12019"_s});
        QVERIFY2(loc.code == 0, qPrintable(loc.out));
        const Run devices = admin(
            {u"lsdevice"_s, u"-devtype"_s, u"ess"_s, u"-hdr"_s, u"off"_s, u"-fmt"_s, u"delim"_s, u"-delim"_s, u";"_s});
        QCOMPARE(devices.code, 0);
        QVERIFY2(
            devices.out.contains(u"ESS:BOX:2105.12019;Direct;ESS;Connected;Not Defined\n"_s), qPrintable(devices.out));
        const Run vols = admin({u"lsvol"_s, u"-devtype"_s, u"ess"_s, u"-dev"_s, u"ESS:BOX:2105.12019"_s, u"-hdr"_s,
            u"off"_s, u"-fmt"_s, u"delim"_s, u"-delim"_s, u";"_s});
        QCOMPARE(vols.code, 0);
        QVERIFY2(vols.out.contains(u";"_s + kEss + u"10012019;"_s), qPrintable(vols.out));

        const Run mk = admin(
            {u"mksess"_s, u"-cptype"_s, u"fc"_s, u"-desc"_s, u"FlashCopy test"_s, u"-site1"_s, u"PRIMARY"_s, u"FCS"_s});
        QVERIFY2(mk.code == 0, qPrintable(mk.out));
        QVERIFY(hasMessage(mk.out, u"IWNR1021I"_s));
        QVERIFY(mk.out.contains(u"Session FCS was successfully created."_s));
        const Run cp = admin({u"mkcpset"_s, u"-h1"_s, kEss + u"10012019"_s, u"-t1"_s, kEss + u"10112019"_s, u"FCS"_s});
        QVERIFY2(cp.code == 0, qPrintable(cp.out));
        QVERIFY(hasMessage(cp.out, u"IWNR2005I"_s));
        const Run dup = admin({u"mksess"_s, u"-cptype"_s, u"fc"_s, u"FCS"_s});
        QCOMPARE(dup.code, 1);

        // The seed's delim format (L1435-1453).
        const Run ls = admin({u"lssess"_s, u"-fmt"_s, u"delim"_s, u"-delim"_s, u":"_s});
        QCOMPARE(ls.code, 0);
        const QStringList lines = ls.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), u"Name:Status:State:Copy Type"_s);
        QCOMPARE(lines.value(1), u"==========================="_s);
        QVERIFY2(lines.contains(u"MM_Test:Inactive:Defined:Metro Mirror Failover/Failback"_s), qPrintable(ls.out));
        QVERIFY(lines.contains(u"FCS:Inactive:Defined:FlashCopy"_s));

        // The list options on the session types and sessions.
        const Run types = admin({u"lssesstypes"_s, u"-fmt"_s, u"delim"_s, u"-hdr"_s, u"off"_s, u"-s"_s});
        QCOMPARE(types.code, 0);
        const QStringList shortNames = types.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(shortNames.contains(u"fc"_s) && shortNames.contains(u"mmfofb"_s), qPrintable(types.out));
        const Run two = admin({u"lssesstypes"_s, u"-fmt"_s, u"delim"_s, u"-hdr"_s, u"off"_s, u"-r"_s, u"2"_s});
        QCOMPARE(two.out.count(u'\n'), 2);
        const Run stanza = admin({u"lssess"_s, u"-fmt"_s, u"stanza"_s, u"FCS"_s});
        QCOMPARE(stanza.out, u"Name      FCS\nStatus    Inactive\nState     Defined\nCopy Type FlashCopy\n"_s);
        const Run xml = admin({u"lssess"_s, u"-fmt"_s, u"xml"_s, u"FCS"_s});
        QVERIFY(
            xml.out.contains(u"<PROPERTY NAME=\"Copy Type\" TYPE=\"string\"><VALUE>FlashCopy</VALUE></PROPERTY>"_s));

        // Session commands on the demonstration's Metro Mirror session.
        const Run start = admin({u"cmdsess"_s, u"-action"_s, u"start_h1:h2"_s, u"MM_Test"_s});
        QVERIFY2(start.code == 0, qPrintable(start.out));
        QVERIFY(hasMessage(start.out, u"IWNR1026I"_s));
        const Run pairs = admin({u"lspair"_s, u"-rolepair"_s, u"H1-H2"_s, u"-fmt"_s, u"delim"_s, u"MM_Test"_s});
        QVERIFY2(
            pairs.out.contains(u"H1-H2,"_s + kEss + u"00412019,"_s + kFca + u"102FCA31,"_s), qPrintable(pairs.out));
        // Recover is offered only once the targets were consistent: wait for Prepared before the freeze.
        QElapsedTimer waited;
        waited.start();
        while (
            !admin({u"lssess"_s, u"-fmt"_s, u"delim"_s, u"-hdr"_s, u"off"_s, u"MM_Test"_s}).out.contains(u"Prepared"_s)
            && waited.elapsed() < 120000) {
            QTest::qWait(200);
        }
        const Run suspend = admin({u"cmdsess"_s, u"-action"_s, u"suspend"_s, u"MM_Test"_s});
        QVERIFY2(suspend.code == 0, qPrintable(suspend.out));
        const Run actions = admin({u"lssessactions"_s, u"-fmt"_s, u"delim"_s, u"-hdr"_s, u"off"_s, u"MM_Test"_s});
        QVERIFY2(actions.out.contains(u"recover,"_s), qPrintable(actions.out));
        const Run recover = admin({u"cmdsess"_s, u"-action"_s, u"recover"_s, u"MM_Test"_s});
        QVERIFY2(recover.code == 0, qPrintable(recover.out));
        const Run invalid = admin({u"cmdsess"_s, u"-action"_s, u"flash"_s, u"MM_Test"_s});
        QCOMPARE(invalid.code, 1);
        QVERIFY2(invalid.out.contains(u"IWNC1302E"_s), qPrintable(invalid.out));
        const Run shown = admin({u"showsess"_s, u"MM_Test"_s});
        QVERIFY2(
            shown.out.contains(QRegularExpression(u"^State +Target Available$"_s, QRegularExpression::MultilineOption)),
            qPrintable(shown.out));
    }

    void csvRoundTrip()
    {
        if (!m_engineHasCsm) {
            QSKIP("this branch's engine has no csm family yet");
        }
        const QString exported = m_dir.filePath(u"fcs.csv"_s);
        const Run ex = admin({u"exportcsv"_s, u"-file"_s, exported, u"FCS"_s});
        QVERIFY2(ex.code == 0, qPrintable(ex.out));
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(kEss + u"10012019,"_s + kEss + u"10112019"_s), qPrintable(text));

        // -keeponhw takes yes or no (it was refused as not valid for rmcpset, though its usage names it).
        const Run maybe = admin({u"rmcpset"_s, u"-h1"_s, kEss + u"10012019"_s, u"-keeponhw"_s, u"maybe"_s, u"FCS"_s});
        QVERIFY2(maybe.code != 0 && maybe.out.contains(u"keeponhw"_s), qPrintable(maybe.out));
        const Run removed = admin({u"rmcpset"_s, u"-h1"_s, kEss + u"10012019"_s, u"-keeponhw"_s, u"yes"_s, u"FCS"_s});
        QVERIFY2(removed.code == 0, qPrintable(removed.out));
        const Run empty = admin({u"lscpset"_s, u"-hdr"_s, u"off"_s, u"-fmt"_s, u"delim"_s, u"FCS"_s});
        QCOMPARE(empty.out, QString());
        // A bad file: the line is named and nothing is imported.
        const QString bad = m_dir.filePath(u"bad.csv"_s);
        writeFile(bad, text.toUtf8() + "nonsense,more nonsense\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const int badLine = int(text.count(u'\n')) + 1;
        const Run badRun = admin({u"importcsv"_s, u"-file"_s, bad, u"FCS"_s});
        QCOMPARE(badRun.code, 1);
        QVERIFY2(badRun.out.contains(u"line %1"_s.arg(badLine)), qPrintable(badRun.out));
        QCOMPARE(admin({u"lscpset"_s, u"-hdr"_s, u"off"_s, u"-fmt"_s, u"delim"_s, u"FCS"_s}).out, QString());
        // The exported file brings the copy set back.
        const Run good = admin({u"importcsv"_s, u"-file"_s, exported, u"FCS"_s});
        QVERIFY2(good.code == 0, qPrintable(good.out));
        const Run sets = admin({u"lscpset"_s, u"-hdr"_s, u"off"_s, u"-fmt"_s, u"delim"_s, u"FCS"_s});
        QCOMPARE(sets.out, kEss + u"10012019,2,No\n"_s);
        const Run missing = admin({u"importcsv"_s, u"-file"_s, m_dir.filePath(u"none.csv"_s), u"FCS"_s});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.out.startsWith(u"CMMCI9033E "_s), qPrintable(missing.out + u"|"_s + missing.err));
    }

    void monitorIsRefused()
    {
        if (!m_engineHasCsm) {
            QSKIP("this branch's engine has no csm family yet");
        }
        QCOMPARE(
            admin({u"mkauth"_s, u"-name"_s, u"watcher"_s, u"-password"_s, u"Watch1ng"_s, u"-authrole"_s, u"monitor"_s})
                .code,
            0);
        const QStringList as {u"-noinfo"_s, u"-username"_s, u"watcher"_s, u"-password"_s, u"Watch1ng"_s};
        QCOMPARE(csm(as + QStringList {u"lssess"_s}).code, 0);
        const Run refused = csm(as + QStringList {u"cmdsess"_s, u"-action"_s, u"start"_s, u"FCS"_s});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.out.contains(u"IWNR1400E"_s), qPrintable(refused.out));
        QCOMPARE(
            csm(QStringList {u"-compat"_s} + as + QStringList {u"cmdsess"_s, u"-action"_s, u"start"_s, u"FCS"_s}).code,
            0);
        const Run wrong = csm({u"-noinfo"_s, u"-username"_s, u"watcher"_s, u"-password"_s, u"nope"_s, u"lssess"_s});
        QCOMPARE(wrong.code, 1);
        const Run users = admin({u"lsauth"_s, u"-fmt"_s, u"delim"_s, u"-hdr"_s, u"off"_s});
        QVERIFY(users.out.contains(u"watcher,User,Monitor,-,Yes,Yes\n"_s));
    }

    void interactiveShell()
    {
        if (!m_engineHasCsm) {
            QSKIP("this branch's engine has no csm family yet");
        }
        const Run r = csm({u"-username"_s, u"admin"_s, u"-password"_s, u"Adm1nPass"_s},
            "bogus\nlssess -fmt delim -delim \\; -hdr off FCS\nquit\nlssess\n");
        QCOMPARE(r.code, 0); // the exit code of the last command before quit
        QVERIFY(r.out.startsWith(u"Copyline Copy Services Manager Command Line Interface (CLI)\n"_s));
        QVERIFY2(r.out.contains(u"csmcli> FCS;Inactive;Defined;FlashCopy\n"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"csmcli> CMMCI9022E bogus is not a valid command."_s));
        QCOMPARE(r.out.count(u"csmcli> "_s), 3);
    }
};

} // namespace Copyline

QTEST_GUILESS_MAIN(Copyline::TestCsmCli)
#include "tst_csmcli.moc"
