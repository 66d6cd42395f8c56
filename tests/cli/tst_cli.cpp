// SPDX-License-Identifier: GPL-3.0-or-later
// copylinectl end to end, with real processes: it starts copylined for a workspace, reaches the process that
// holds the workspace, runs every script command with its errors and exit codes, and --stop ends the engine.
#include "families/families.h"
#include "server/localconnection.h"
#include "server/managementserver.h"
#include "server/remoteconnection.h"
#include "service/engine.h"
#include "testworkspace.h"
#include "util/pattern.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QLockFile>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run ctl(const QString& workspace, const QStringList& args)
{
    QProcess p;
    p.start(Test::binary(u"copylinectl"_s), QStringList {u"--workspace"_s, workspace} + args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        return {-2, {}, u"copylinectl timed out"_s};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
}

Run script(const QString& workspace, const QString& text, const QStringList& extra = {})
{
    return ctl(workspace, extra + QStringList {u"-c"_s, text});
}

using Test::lockHolder;

bool alive(qint64 pid)
{
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == 0;
}

/** Stops whatever engine serves the workspace when the test ends, pass or fail. */
struct EngineGuard
{
    QString workspace;
    ~EngineGuard() { ctl(workspace, {u"--stop"_s, u"-S"_s}); }
};

/** What Qt and the engine said on this process's message handler while a WarningCatcher lived. */
QStringList g_caught;
QMutex g_caughtMutex;

struct WarningCatcher
{
    QtMessageHandler previous = nullptr;
    WarningCatcher()
    {
        previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& text) {
            if (type != QtDebugMsg && type != QtInfoMsg) {
                const QMutexLocker locker(&g_caughtMutex);
                g_caught.append(text);
            }
        });
    }
    ~WarningCatcher() { qInstallMessageHandler(previous); }
    static QStringList taken()
    {
        const QMutexLocker locker(&g_caughtMutex);
        return std::exchange(g_caught, {});
    }
};

/** The signs of a message built wrongly or of a Qt warning that leaked out; empty when @p text has none. */
QString leak(const QString& text)
{
    static const QRegularExpression signs(u"%[0-9]|QString::arg|QObject::|QSqlDatabase|QSqlQuery|QLocalSocket|"
                                          "QThread|QFile::|QIODevice::|Argument missing"_s);
    const auto m = signs.match(text);
    return m.hasMatch() ? m.captured() : QString();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /**
     * Stops the engine the rows of errorsAreOneLineWithExitCodes share. Not at static destruction: by then the
     * application is gone, copylinectl cannot be found, and the engine stayed running after its workspace was
     * removed (holding the NBD port for the tests after this one).
     */
    void cleanupTestCase() { ctl(m_rowsWorkspace.path(), {u"--stop"_s, u"-S"_s}); }

    void startsReachesAndStopsTheEngine()
    {
        QTemporaryDir dir;
        EngineGuard guard {dir.path()};
        const Run first = script(dir.path(), u"show storageSubsystem;"_s);
        QCOMPARE(first.code, 0);
        QVERIFY(first.out.contains(u"STORAGE SUBSYSTEM Primary Site"_s));
        QVERIFY(first.out.contains(u"Logical Drive Group 1 (RAID 5)"_s));
        QVERIFY(first.out.endsWith(u"Script execution complete.\n"_s));

        // copylined holds the workspace after the CLI returned.
        const qint64 pid = lockHolder(dir.path());
        QVERIFY(pid > 0);
        QVERIFY(alive(pid));
        QLocalSocket probe;
        probe.connectToServer(ManagementServer::socketName(dir.path()));
        QVERIFY(probe.waitForConnected(2000));
        probe.abort();

        // Later calls reach the same engine; state carries over.
        QCOMPARE(script(dir.path(), u"create logicalDrive array=1 userLabel=\"Data\" capacity=2 GB;"_s).code, 0);
        const Run shown = script(dir.path(), u"show logicalDrive [\"Data\"];"_s);
        QCOMPARE(shown.code, 0);
        QVERIFY(shown.out.contains(u"2.000 GB"_s));
        QCOMPARE(lockHolder(dir.path()), pid);

        const Run stop = ctl(dir.path(), {u"--stop"_s});
        QCOMPARE(stop.code, 0);
        QVERIFY(stop.out.contains(u"has stopped"_s));
        QTRY_VERIFY(!alive(pid));
        QCOMPARE(lockHolder(dir.path()), qint64(0));
        // What it did is on disk: an in-process engine sees the new drive.
        Engine engine(Families::all());
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        QVERIFY(engine.configuration().logicalDriveByName(engine.configuration().subsystems.firstKey(), u"Data"_s));
        engine.closeWorkspace();
        // Stopping again is harmless.
        QCOMPARE(ctl(dir.path(), {u"--stop"_s}).code, 0);
    }

    void hostIoRoundTrip()
    {
        QTemporaryDir dir;
        EngineGuard guard {dir.path()};
        const Run w = script(dir.path(),
            u"create logicalDrive array=1 userLabel=\"IO\" capacity=64 MB;"
            "write logicalDrive [\"IO\"] offset=4096 length=3000000 seed=77;"_s);
        QCOMPARE(w.code, 0);
        static const QRegularExpression hex(u"([0-9a-f]{64})"_s);
        const QString written = hex.match(w.out).captured(1);
        QVERIFY(!written.isEmpty());
        const Run c = script(dir.path(), u"show logicalDrive [\"IO\"] checksum offset=4096 length=3000000;"_s);
        QCOMPARE(c.code, 0);
        QCOMPARE(hex.match(c.out).captured(1), written);
        // And it is the SHA-256 of the documented deterministic pattern for seed 77.
        QByteArray expected(3000000, '\0');
        fillPattern(77, 0, std::span<char>(expected.data(), size_t(expected.size())));
        QCOMPARE(written, QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
    }

    void everyCommandSucceeds()
    {
        QTemporaryDir dir;
        EngineGuard guard {dir.path()};
        const QString key = QDir(dir.path()).filePath(u"keys/primary-remoteMirror.key"_s);
        const QString statements = uR"(
            show storageSubsystem; show storageSubsystem profile; show storageSubsystem features;
            show storageSubsystem hostTopology; show storageSubsystem lunMappings; show storageSubsystem events count=5;
            show allStorageSubsystems;
            create array drives=(2,1 2,2 2,3) raidLevel=5; show allArrays; show array [3];
            show allDrives; show drive [2,1]; set drive [2,10] hotSpare=TRUE; set drive [2,10] hotSpare=FALSE;
            create logicalDrive array=3 userLabel="New" capacity=1 GB owner=b;
            create logicalDrive drives=(2,4 2,5) raidLevel=1 userLabel="Mirror1" capacity=512 MB;
            show allLogicalDrives; show logicalDrive ["New"];
            set logicalDrive ["New"] userLabel="Newer"; set logicalDrive ["Newer"] addCapacity=1 GB;
            set logicalDrive ["Newer"] owner=a;
            write logicalDrive ["Newer"] offset=0 length=65536 seed=1; show logicalDrive ["Newer"] checksum;
            create hostGroup userLabel="G"; set hostGroup ["G"] userLabel="G2"; create host userLabel="h" hostGroup="G2";
            create hostPort host="h" identifier="21:00:00:e0:8b:00:00:01" userLabel="h-port";
            set host ["h"] hostType="Windows";
            set logicalDrive ["Newer"] logicalUnitNumber=5 host="h";
            remove logicalDrive ["Newer"] lunMapping;
            delete hostPort ["h-port"]; delete host ["h"]; delete hostGroup ["G2"];
            delete logicalDrive ["Newer"]; delete logicalDrives ["Mirror1"]; delete array [3];
            enable storageSubsystem feature file="%1"; disable storageSubsystem feature=remoteMirror;
            save storageSubsystem featureKey feature=remoteMirror file="%2";
            set storageSubsystem userLabel="Primary Site";
            create storageSubsystem userLabel="Third" model=DS4700 enclosures=1 driveCapacity=146 GB driveType=sata;
        )"_s.arg(key, QDir(dir.path()).filePath(u"again.key"_s));
        const Run r = script(dir.path(), statements);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        QVERIFY(r.out.contains(u"PREMIUM FEATURES"_s));
        QVERIFY(r.out.contains(u"HOST TOPOLOGY"_s));
        QVERIFY(r.out.contains(u"MAJOR EVENT LOG"_s));
        QVERIFY(QFile::exists(QDir(dir.path()).filePath(u"again.key"_s)));
        const Run third = script(dir.path(), u"show allDrives;"_s, {u"-n"_s, u"Third"_s});
        QCOMPARE(third.code, 0);
        QVERIFY(third.out.contains(u"sata"_s));
    }

    void errorsAreOneLineWithExitCodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("duplicate name") << u"create logicalDrive array=1 userLabel=\"Accounting\" capacity=1 GB;"_s << 1
                                        << u"Error 22 - "_s;
        QTest::newRow("too big") << u"create logicalDrive array=1 userLabel=\"X\" capacity=9 TB;"_s << 1
                                 << u"Error 34 - "_s;
        QTest::newRow("raid rule") << u"create array drives=(2,1 2,2) raidLevel=5;"_s << 1 << u"Error 31 - "_s;
        QTest::newRow("unknown drive name") << u"delete logicalDrive [\"Ghost\"];"_s << 1 << u"Error 11 - "_s;
        QTest::newRow("bad parameter") << u"show allDrives colour=blue;"_s << 1 << u"Error 6 - "_s;
        QTest::newRow("lun in use")
            << u"set logicalDrive [\"Web Content\"] logicalUnitNumber=0 hostGroup=\"Campus East\";"_s << 1
            << u"Error 50 - "_s;
        QTest::newRow("out of range io") << u"write logicalDrive [\"Payroll\"] offset=10737418240 length=1 seed=1;"_s
                                         << 1 << u"Error 45 - "_s;
        QTest::newRow("syntax") << u"create logicalDrive array=1 userLabel=\"X\""_s << 2 << u"Error 2 - Syntax error"_s;
        QTest::newRow("unknown command") << u"explode storageSubsystem;"_s << 2 << u"Error 3 - "_s;
    }
    void errorsAreOneLineWithExitCodes()
    {
        QFETCH(QString, text);
        QFETCH(int, exitCode);
        QFETCH(QString, prefix);
        const Run r = script(m_rowsWorkspace.path(), text); // one engine for all rows, stopped in cleanupTestCase
        QCOMPARE(r.code, exitCode);
        QVERIFY2(r.err.startsWith(prefix), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(r.out.isEmpty());
    }

    void fuzzedInputsGetClearMessages()
    {
        QTemporaryDir dir;
        EngineGuard guard {dir.path()};
        // Below the minimum: both capacities in a unit that shows them (not "0.000 GB").
        Run r = script(dir.path(), u"create logicalDrive array=1 userLabel=\"Z\" capacity=0;"_s);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(u"Error 35 - The capacity 0 bytes is too small; the minimum is 64 KB."_s),
            qPrintable(r.err));
        r = script(dir.path(), u"create storageSubsystem userLabel=\"Tiny\" driveCapacity=512 MB;"_s);
        QVERIFY2(r.err.startsWith(u"Error 35 - The capacity 512 MB is too small; the minimum is 2.000 GB."_s),
            qPrintable(r.err));
        // An exponent or an overflowing number is a bad capacity, not an unknown command "e309 GB".
        r = script(dir.path(), u"create logicalDrive array=1 userLabel=\"Z\" capacity=1e309 GB;"_s);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(u"Error 5 - The value \"1e309 GB\" is not valid for capacity: the capacity is not a "
                                  "valid number"_s),
            qPrintable(r.err));
        r = script(dir.path(), u"create logicalDrive array=1 userLabel=\"Z\" capacity=99999999999999999999 GB;"_s);
        QVERIFY2(r.err.startsWith(u"Error 5 - The value \"99999999999999999999 GB\" is not valid for capacity: the "
                                  "capacity is too large"_s),
            qPrintable(r.err));
        r = script(dir.path(), u"create logicalDrive array=1 userLabel=\"Z\" capacity=99999999999999999999;"_s);
        QVERIFY2(r.err.contains(u"the capacity is too large"_s), qPrintable(r.err));

        // A 10 MB label: the message shows its first 60 characters and says how long it is.
        const QString file = dir.filePath(u"long-label.txt"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("create logicalDrive array=1 userLabel=\"" + QByteArray(10 * 1024 * 1024, 'L') + "\" capacity=1 GB;\n");
        f.close();
        r = ctl(dir.path(), {u"-f"_s, file});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.size() < 400, qPrintable(r.err.left(400)));
        QVERIFY2(r.err.startsWith(u"Error 21 - The name \""_s + QString(60, u'L')
                     + u"\u2026\" (10485760 characters) "
                       "has 10485760 characters; a name may have at most 30 characters"_s),
            qPrintable(r.err.left(400)));

        // Mirror repositories refuse RAID 0, and the message offers only the levels they take.
        const QString key = QDir(dir.path()).filePath(u"keys/%1-remoteMirror.key"_s);
        QCOMPARE(
            script(dir.path(), u"enable storageSubsystem feature file=\"%1\";"_s.arg(key.arg(u"primary"_s))).code, 0);
        r = script(dir.path(),
            u"activate storageSubsystem feature=remoteMirror repositoryRAIDLevel=0 repositoryDrives=(2,1 2,2);"_s);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(u"Error 41 - RAID 0 cannot be used for mirror repository logical drives; choose "
                                  "RAID 1, 3 or 5."_s),
            qPrintable(r.err));
        QVERIFY(!r.err.contains(u"RAID 0, 1"_s));
        r = script(dir.path(),
            u"activate storageSubsystem feature=remoteMirror repositoryRAIDLevel=6 repositoryDrives=(2,1 2,2);"_s);
        QVERIFY2(r.err.startsWith(u"Error 41 - RAID 6 cannot be used for mirror repository logical drives; choose "
                                  "RAID 1, 3 or 5."_s),
            qPrintable(r.err));

        // Deactivation while a mirror exists says why, once, and without a Qt warning.
        r = script(dir.path(),
            u"activate storageSubsystem feature=remoteMirror;"
            "create logicalDrive array=1 userLabel=\"Ledger\" capacity=64 MB;"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = script(dir.path(),
            u"enable storageSubsystem feature file=\"%1\"; activate storageSubsystem feature=remoteMirror;"
            "create logicalDrive array=1 userLabel=\"Ledger 2\" capacity=64 MB;"_s.arg(key.arg(u"secondary"_s)),
            {u"-n"_s, u"Secondary Site"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // remoteStorageSubsystemName= takes the same name forms as -n: the console's "Storage Subsystem <name>" too.
        r = script(dir.path(),
            u"create remoteMirror primary=\"Ledger\" secondary=\"Ledger 2\" "
            "remoteStorageSubsystemName=\"Storage Subsystem Secondary Site\";"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = script(dir.path(), u"show remoteMirrors;"_s);
        QVERIFY2(r.code == 0 && r.out.contains(u"Secondary Site"_s), qPrintable(r.out + r.err));
        r = script(dir.path(), u"deactivate storageSubsystem feature=remoteMirror;"_s);
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err,
            u"Error 66 - The premium feature Remote Logical Drive Mirroring cannot be changed on \"Primary Site\": 1 "
            "mirror relationship(s) exist; remove them first.\n"_s);
    }

    void noPlaceholdersOrQtWarningsReachTheUser()
    {
        // The console's engine runs in this process, so its own warnings are caught here; copylinectl's are on the
        // child's stderr.
        WarningCatcher catcher;
        QTemporaryDir dir;
        LocalConnection console;
        QVERIFY(!console.openBlocking(dir.path()).isError());
        const QString key = QDir(dir.path()).filePath(u"keys/primary-remoteMirror.key"_s);
        const QString longText(5000, u'q');
        const QStringList statements {
            // The suite's successful statements.
            u"show storageSubsystem; show storageSubsystem profile; show storageSubsystem features;"
            "show storageSubsystem hostTopology; show storageSubsystem lunMappings; show allStorageSubsystems;"
            "show storageSubsystem events count=5; show allDrives; show allLogicalDrives; show allArrays;"
            "create logicalDrive array=1 userLabel=\"New\" capacity=1 GB owner=b;"
            "set logicalDrive [\"New\"] addCapacity=1 GB; delete logicalDrive [\"New\"];"_s,
            // Their error rows and what fuzzing found.
            u"create logicalDrive array=1 userLabel=\"Accounting\" capacity=1 GB;"_s,
            u"create logicalDrive array=1 userLabel=\"X\" capacity=9 TB;"_s,
            u"create array drives=(2,1 2,2) raidLevel=5;"_s,
            u"create array drives=(2,1 2,2 2,3) raidLevel=7;"_s,
            u"create array drives=(2,1 2,1) raidLevel=1;"_s,
            u"create array drives=(9,9 2,1) raidLevel=1;"_s,
            u"delete logicalDrive [\"Ghost\"];"_s,
            u"show allDrives colour=blue;"_s,
            u"set logicalDrive [\"Web Content\"] logicalUnitNumber=0 hostGroup=\"Campus East\";"_s,
            u"set logicalDrive [\"Web Content\"] logicalUnitNumber=99999 hostGroup=\"Campus East\";"_s,
            u"write logicalDrive [\"Payroll\"] offset=10737418240 length=1 seed=1;"_s,
            u"create logicalDrive array=1 userLabel=\"X\""_s,
            u"explode storageSubsystem;"_s,
            u"create logicalDrive array=1 userLabel=\"Z\" capacity=0;"_s,
            u"create logicalDrive array=1 userLabel=\"Z\" capacity=-1 GB;"_s,
            u"create logicalDrive array=1 userLabel=\"Z\" capacity=1e309 GB;"_s,
            u"create logicalDrive array=1 userLabel=\"Z\" capacity=1.5.5 GB;"_s,
            u"create logicalDrive array=1 userLabel=\"Z\" capacity=99999999999999999999 GB;"_s,
            u"create logicalDrive array=1 userLabel=\"Z\" capacity=lots;"_s,
            u"create logicalDrive array=1 userLabel=\"\" capacity=1 GB;"_s,
            u"create logicalDrive array=1 userLabel=\"%1\" capacity=1 GB;"_s.arg(longText),
            u"create logicalDrive array=1 userLabel=\"bad/name\" capacity=1 GB;"_s,
            u"create logicalDrive array=99 userLabel=\"Z\" capacity=1 GB;"_s,
            u"create logicalDrive array=1 userLabel=\"Z\" capacity=1 GB owner=c;"_s,
            u"set logicalDrive [\"Accounting\"] addCapacity=0;"_s,
            u"set logicalDrive [\"%1\"] userLabel=\"x\";"_s.arg(longText),
            u"show logicalDrive [\"Accounting\"] %1=1;"_s.arg(longText),
            u"%1 storageSubsystem;"_s.arg(longText),
            u"create host userLabel=\"h\" hostGroup=\"Nowhere\";"_s,
            u"create hostPort host=\"Nobody\" identifier=\"zz\" userLabel=\"p\";"_s,
            u"delete hostGroup [\"Campus East\"];"_s,
            u"set drive [2,10] hotSpare=maybe;"_s,
            u"enable storageSubsystem feature file=\"%1\";"_s.arg(dir.filePath(u"none.key"_s)),
            u"disable storageSubsystem feature=teleport;"_s,
            u"deactivate storageSubsystem feature=remoteMirror;"_s,
            u"enable storageSubsystem feature file=\"%1\";"
            "activate storageSubsystem feature=remoteMirror repositoryRAIDLevel=0 repositoryDrives=(2,1 2,2);"_s.arg(
                key),
            u"activate storageSubsystem feature=remoteMirror repositoryRAIDLevel=9 repositoryDrives=(2,1 2,2);"_s,
            u"create remoteMirror primary=\"Ghost\" secondary=\"Ghost\" remoteStorageSubsystemName=\"Nowhere\";"_s,
            u"create flashCopyLogicalDrive baseLogicalDrive=\"Ghost\";"_s,
            u"create volumeCopy source=\"Accounting\" target=\"Accounting\";"_s,
            u"stop volumeCopy target [\"Ghost\"] source [\"Accounting\"];"_s,
            u"stop hostWorkload host=\"Nobody\";"_s,
            u"start hostWorkload host=\"Nobody\" blockSize=1 byte;"_s,
            u"set storageSubsystem copyBandwidth=1e9999 MB;"_s,
            u"create storageSubsystem userLabel=\"Tiny\" driveCapacity=1 MB;"_s,
            u"create storageSubsystem userLabel=\"T\" model=DS1 enclosures=99;"_s,
        };
        for (const QString& statement : statements) {
            const Run r = script(dir.path(), statement, {u"--no-start"_s});
            QVERIFY2(r.code != 3, qPrintable(r.err.left(300)));
            QVERIFY2(leak(r.err).isEmpty(), qPrintable(u"%1\n-> %2"_s.arg(statement.left(200), r.err.left(600))));
            QVERIFY2(leak(r.out).isEmpty(), qPrintable(u"%1\n-> %2"_s.arg(statement.left(200), r.out.left(600))));
            QVERIFY2(r.err.size() < 1000, qPrintable(r.err.left(1000)));
        }
        console.close();
        const QStringList caught = WarningCatcher::taken();
        QStringList leaked;
        for (const QString& text : caught) {
            if (!leak(text).isEmpty()) {
                leaked.append(text.left(300));
            }
        }
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u'\n')));
    }

    void scriptStopsAtFirstErrorAndSyntaxErrorsRunNothing()
    {
        QTemporaryDir dir;
        EngineGuard guard {dir.path()};
        // A syntax error anywhere: nothing runs, not even the statements before it.
        Run r = script(dir.path(), u"create hostGroup userLabel=\"Before\";\ncreate host userLabel=;"_s);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"line 2"_s));
        QVERIFY(!script(dir.path(), u"show storageSubsystem hostTopology;"_s).out.contains(u"Before"_s));
        // A failing command stops the script there: earlier ones stay done, later ones do not run.
        r = script(dir.path(),
            u"create hostGroup userLabel=\"One\";\ncreate hostGroup userLabel=\"One\";\n"
            "create hostGroup userLabel=\"Three\";"_s);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"[line 2: create hostGroup]"_s));
        const QString topology = script(dir.path(), u"show storageSubsystem hostTopology;"_s).out;
        QVERIFY(topology.contains(u"Host Group One"_s));
        QVERIFY(!topology.contains(u"Three"_s));
    }

    void scriptFileAndSubsystemSelection()
    {
        QTemporaryDir dir;
        EngineGuard guard {dir.path()};
        const QString file = dir.filePath(u"../script-%1.txt"_s.arg(QCoreApplication::applicationPid()));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("// make a drive on the named subsystem\ncreate logicalDrive array=2 userLabel=\"FromFile\" capacity=1 "
                "GB;\n"
                "show logicalDrive [\"FromFile\"];\n");
        f.close();
        const Run r = ctl(dir.path(), {u"-n"_s, u"Secondary Site"_s, u"-f"_s, file});
        QFile::remove(file);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"FromFile"_s));
        QCOMPARE(script(dir.path(), u"show logicalDrive [\"FromFile\"];"_s).code, 1); // not on the first subsystem
        QCOMPARE(
            script(dir.path(), u"show logicalDrive [\"FromFile\"];"_s, {u"-n"_s, u"Storage Subsystem Secondary Site"_s})
                .code,
            0);
        const Run bad = script(dir.path(), u"show allLogicalDrives;"_s, {u"-n"_s, u"Nowhere"_s});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.startsWith(u"Error 10 - "_s));
        const Run list = ctl(dir.path(), {u"-d"_s});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(u"Primary Site"_s) && list.out.contains(u"Secondary Site"_s));
        const Run json = script(dir.path(), u"show logicalDrive [\"Accounting\"];"_s, {u"--json"_s});
        QCOMPARE(json.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(u"logicalDrives"_s).toArray().first().toObject().value(u"name"_s).toString(), u"Accounting"_s);
    }

    void usageErrors()
    {
        QTemporaryDir dir;
        QCOMPARE(ctl(dir.path(), {}).code, 2);
        QCOMPARE(ctl(dir.path(), {u"--bogus"_s}).code, 2);
        QCOMPARE(ctl(dir.path(), {u"-f"_s, dir.filePath(u"missing.txt"_s)}).code, 2);
        const Run noStart = ctl(dir.path(), {u"--no-start"_s, u"-c"_s, u"show storageSubsystem;"_s});
        QCOMPARE(noStart.code, 3);
        QVERIFY(noStart.err.startsWith(u"Error 74 - "_s));
        QCOMPARE(lockHolder(dir.path()), qint64(0)); // nothing was started
        QVERIFY(ctl(dir.path(), {u"--help-commands"_s}).out.contains(u"create logicalDrive"_s));
    }

    void damagedCatalogIsReportedAndKept()
    {
        QTemporaryDir dir;
        EngineGuard guard {dir.path()};
        QFile f(QDir(dir.path()).filePath(u"catalog.sqlite"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("garbage, not a catalog");
        f.close();
        const Run r = script(dir.path(), u"show storageSubsystem;"_s);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.startsWith(u"Error 71 - The catalog"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"has not been changed"_s));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("garbage, not a catalog"));
        QCOMPARE(lockHolder(dir.path()), qint64(0)); // the daemon gave up and left
    }

    void concurrentStartsShareOneEngine()
    {
        QTemporaryDir dir;
        EngineGuard guard {dir.path()};
        QList<QProcess*> procs;
        for (int i = 0; i < 3; ++i) {
            auto* p = new QProcess(this);
            p->start(Test::binary(u"copylinectl"_s),
                {u"--workspace"_s, dir.path(), u"-c"_s, u"create hostGroup userLabel=\"G%1\";"_s.arg(i)});
            procs.append(p);
        }
        for (QProcess* p : procs) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        const QString topology = script(dir.path(), u"show storageSubsystem hostTopology;"_s).out;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(topology.contains(u"Host Group G%1"_s.arg(i)));
        }
        qDeleteAll(procs);
    }

    void consoleAttachesToARunningDaemon()
    {
        // copylined holds the workspace; a console attaches over the socket and works on it like a local one.
        QTemporaryDir dir;
        EngineGuard guard {dir.path()};
        QCOMPARE(script(dir.path(), u"create hostGroup userLabel=\"BeforeAttach\";"_s).code, 0);
        RemoteConnection remote;
        const Error err = remote.connectTo(dir.path());
        QVERIFY2(!err.isError(), qPrintable(err.message()));
        const Configuration& config = remote.snapshot()->config;
        QVERIFY(config.hostGroupByName(config.subsystems.firstKey(), u"BeforeAttach"_s));
        QVERIFY(remote.description().contains(u"copylined"_s));
        // A command through the attached connection; its effect arrives as a snapshot before its result.
        bool done = false;
        CommandResult result;
        QObject context;
        remote.submit(
            {u"createHostGroup"_s, {{u"userLabel"_s, u"ViaConsole"_s}}}, &context, [&](const CommandResult& r) {
                result = r;
                done = true;
                const Configuration& c = remote.snapshot()->config;
                QVERIFY(c.hostGroupByName(c.subsystems.firstKey(), u"ViaConsole"_s));
            });
        QTRY_VERIFY(done);
        QVERIFY2(result.ok(), qPrintable(result.error.message()));
        // Changes made by another client (the CLI) reach the attached console too.
        QCOMPARE(script(dir.path(), u"create hostGroup userLabel=\"ViaCli\";"_s).code, 0);
        QTRY_VERIFY(
            remote.snapshot()->config.hostGroupByName(remote.snapshot()->config.subsystems.firstKey(), u"ViaCli"_s)
            != nullptr);
        // Runtime-only snapshots (a host workload moves the I/O counters) do not carry the configuration again:
        // the attached console keeps the one it has, shared, instead of parsing it twice a second.
        QCOMPARE(script(dir.path(), u"start hostWorkload host=\"east-db01\" rate=1 MB;"_s).code, 0);
        QTRY_VERIFY(!remote.snapshot()->workloads.isEmpty());
        const SnapshotPtr held = remote.snapshot();
        QSignalSpy snapshots(&remote, &EngineConnection::snapshotChanged);
        QTRY_VERIFY(snapshots.size() >= 2);
        QVERIFY(remote.snapshot()->revision > held->revision);
        QVERIFY(remote.snapshot()->config.logicalDrives.isSharedWith(held->config.logicalDrives));
        QVERIFY(remote.snapshot()->config == held->config);
        // A console that does not ask for it (an older one) still gets the whole configuration every time.
        RemoteConnection whole;
        whole.setConfigDelta(false);
        whole.setRuntimeDelta(false);
        QVERIFY(!whole.connectTo(dir.path()).isError());
        const SnapshotPtr first = whole.snapshot();
        QTRY_VERIFY(whole.snapshot()->revision > first->revision);
        QVERIFY(!whole.snapshot()->config.logicalDrives.isSharedWith(first->config.logicalDrives));
        QVERIFY(whole.snapshot()->config == first->config);
        // A change of the configuration still arrives.
        QCOMPARE(
            script(dir.path(), u"stop hostWorkload host=\"east-db01\"; create hostGroup userLabel=\"Later\";"_s).code,
            0);
        QTRY_VERIFY(
            remote.snapshot()->config.hostGroupByName(remote.snapshot()->config.subsystems.firstKey(), u"Later"_s)
            != nullptr);
        // The runtime figures the deltas built up (only the drives that moved are sent) are those sent whole.
        QTRY_VERIFY(remote.snapshot()->revision == whole.snapshot()->revision
            && whole.snapshot()->config.hostGroupByName(whole.snapshot()->config.subsystems.firstKey(), u"Later"_s));
        QVERIFY(remote.snapshot()->runtime.size() > 10);
        QVERIFY(remote.snapshot()->runtime == whole.snapshot()->runtime);
        QVERIFY(remote.snapshot()->copies == whole.snapshot()->copies);
        QVERIFY(remote.snapshot()->mirrors == whole.snapshot()->mirrors);
        QVERIFY(remote.snapshot()->config == whole.snapshot()->config);
        // The engine stops: the console is told.
        QSignalSpy lost(&remote, &EngineConnection::connectionLost);
        QCOMPARE(ctl(dir.path(), {u"--stop"_s}).code, 0);
        QTRY_COMPARE(lost.count(), 1);
    }

    void reachesTheConsolesEngineAndCannotStopIt()
    {
        QTemporaryDir dir;
        LocalConnection console; // what the GUI runs: the engine in-process, serving the socket
        QVERIFY(!console.openBlocking(dir.path()).isError());
        const Run r = script(dir.path(), u"create hostGroup userLabel=\"ViaCli\";"_s, {u"--no-start"_s});
        QCOMPARE(r.code, 0);
        QTRY_VERIFY(
            console.snapshot()->config.hostGroupByName(console.snapshot()->config.subsystems.firstKey(), u"ViaCli"_s)
            != nullptr);
        const Run stop = ctl(dir.path(), {u"--stop"_s});
        QCOMPARE(stop.code, 3);
        QVERIFY(stop.err.contains(u"console"_s));
        QCOMPARE(lockHolder(dir.path()), QCoreApplication::applicationPid());
        console.close();
        QCOMPARE(lockHolder(dir.path()), qint64(0));
    }

private:
    QTemporaryDir m_rowsWorkspace;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
