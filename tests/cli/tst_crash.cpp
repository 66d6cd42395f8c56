// SPDX-License-Identifier: GPL-3.0-or-later
// Crash consistency with a real kill: copylined is SIGKILLed while hosts write to a FlashCopy base (copy-before-
// write in full swing); the restarted engine must present every FlashCopy's point-in-time image, byte for byte.
#include "service/engine.h"
#include "testworkspace.h"

#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

using Run = Test::CtlRun;

Run ctl(const QString& workspace, const QString& script)
{
    return Test::copylinectl({u"--workspace"_s, workspace, u"-c"_s, script});
}

Run ctlOn(const QString& workspace, const QString& subsystem, const QString& script)
{
    return Test::copylinectl({u"--workspace"_s, workspace, u"-n"_s, subsystem, u"-c"_s, script});
}

QString checksum(const QString& workspace, const QString& drive, const QString& subsystem = u"Primary Site"_s)
{
    static const QRegularExpression hex(u"([0-9a-f]{64})"_s);
    const Run r = ctlOn(workspace, subsystem, u"show logicalDrive [\"%1\"] checksum;"_s.arg(drive));
    return r.code == 0 ? hex.match(r.out).captured(1) : r.err;
}

/** The pair's status as `show remoteMirrors` prints it (the seed's words). */
QString mirrorStatus(const QString& workspace, const QString& drive)
{
    const Run r = ctlOn(workspace, u"Primary Site"_s, u"show remoteMirrors;"_s);
    for (const QString& line : r.out.split(u'\n')) {
        if (line.trimmed().startsWith(drive + u"  "_s)) {
            for (const QString& s : {u"Synchronization-in-Progress"_s, u"Unsynchronized"_s, u"Synchronized"_s}) {
                if (line.contains(s)) {
                    return s;
                }
            }
        }
    }
    return r.out + r.err;
}

using Test::lockHolder;

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringCopyOnWrite()
    {
        QTemporaryDir dir;
        const QString ws = dir.path();
        const Run setup = ctl(ws,
            u"create logicalDrive array=1 userLabel=\"K\" capacity=256 MB;"
            "write logicalDrive [\"K\"] offset=0 length=268435456 seed=1;"
            "create FlashCopyLogicalDrive baseLogicalDrive=\"K\" repositoryPercentOfBase=100;"_s);
        QVERIFY2(setup.code == 0, qPrintable(setup.err));
        QStringList names {u"K-1"_s};
        QStringList images {checksum(ws, u"K-1"_s)};
        QCOMPARE(images.first(), checksum(ws, u"K"_s));
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        int interrupted = 0;
        for (int round = 0; round < 3; ++round) {
            // A big host write that copy-on-writes into every FlashCopy...
            QProcess writer;
            writer.start(Test::binary(u"copylinectl"_s),
                {u"--workspace"_s, ws, u"-c"_s,
                    u"write logicalDrive [\"K\"] offset=%1 length=134217728 seed=%2;"_s.arg(rng.bounded(64) * 1048576)
                        .arg(round + 10)});
            QTest::qWait(round == 0 ? 60 : 100 + rng.bounded(500)); // the first kill surely lands mid-write
            // ...and the engine dies in the middle of it, without any chance to clean up.
            const qint64 pid = lockHolder(ws);
            QVERIFY(pid > 0);
            QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
            QTRY_VERIFY_WITH_TIMEOUT(::kill(static_cast<pid_t>(pid), 0) != 0, 10000);
            if (writer.state() != QProcess::NotRunning) {
                QVERIFY(writer.waitForFinished(60000));
            }
            if (writer.exitCode() != 0) {
                ++interrupted; // the write was cut off by the kill, as intended
            }
            // The next command starts a new engine on the same workspace: every image is intact.
            for (int i = 0; i < names.size(); ++i) {
                QCOMPARE(checksum(ws, names[i]), images[i]);
            }
            // A new FlashCopy for the next round, of whatever the base holds now.
            const QString name = u"K-%1"_s.arg(names.size() + 1);
            const Run created
                = ctl(ws, u"create FlashCopyLogicalDrive baseLogicalDrive=\"K\" repositoryPercentOfBase=100;"_s);
            QVERIFY2(created.code == 0, qPrintable(created.err));
            names.append(name);
            images.append(checksum(ws, u"K"_s));
            QCOMPARE(checksum(ws, name), images.last());
        }
        qInfo("%d of 3 writes were interrupted by the kill", interrupted);
        QVERIFY(interrupted > 0); // at least one kill landed in the middle of copy-on-write
        QProcess::execute(Test::binary(u"copylinectl"_s), {u"--workspace"_s, ws, u"--stop"_s, u"-S"_s});
    }

    void killDuringMirroring_data()
    {
        QTest::addColumn<QString>("transport");
        QTest::newRow("in process") << u"inProcess"_s;
        QTest::newRow("tcp") << u"tcp"_s; // issue 17: the link's frames cross a real connection when the kill lands
    }

    void killDuringMirroring()
    {
        // Metro Mirroring and Global Mirroring pairs take host writes, and a full synchronization is half-way, when
        // the engine is killed. After the restart no acknowledged write is lost, every pair says honestly whether its
        // secondary may differ (Unsynchronized) or resumes its synchronization, and a Resume makes both sides equal.
        QFETCH(QString, transport);
        QTemporaryDir dir;
        const QString ws = dir.path();
        Run r = ctlOn(ws, u"Primary Site"_s,
            u"enable storageSubsystem feature file=\"%1/keys/primary-remoteMirror.key\";"
            "activate storageSubsystem feature=remoteMirror;"
            "create logicalDrive array=1 userLabel=\"Metro\" capacity=128 MB;"
            "create logicalDrive array=1 userLabel=\"Global\" capacity=128 MB;"
            "create logicalDrive array=2 userLabel=\"Full\" capacity=512 MB;"
            "write logicalDrive [\"Full\"] offset=0 length=536870912 seed=4;"_s.arg(ws));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctlOn(ws, u"Secondary Site"_s,
            u"enable storageSubsystem feature file=\"%1/keys/secondary-remoteMirror.key\";"
            "activate storageSubsystem feature=remoteMirror;"
            "create logicalDrive array=1 userLabel=\"Metro 2\" capacity=128 MB;"
            "create logicalDrive array=1 userLabel=\"Global 2\" capacity=128 MB;"
            "create logicalDrive array=2 userLabel=\"Full 2\" capacity=512 MB;"_s.arg(ws));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctlOn(ws, u"Primary Site"_s,
            u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site\" bandwidth=0 roundTrip=1 transport=%1;"
            "create remoteMirror primary=\"Metro\" secondary=\"Metro 2\" remoteStorageSubsystemName=\"Secondary Site\";"
            "create remoteMirror primary=\"Global\" secondary=\"Global 2\" remoteStorageSubsystemName=\"Secondary "
            "Site\" "
            "writeMode=asynchronous writeOrder=preserved;"_s.arg(transport));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QTRY_COMPARE_WITH_TIMEOUT(mirrorStatus(ws, u"Metro"_s), u"Synchronized"_s, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(mirrorStatus(ws, u"Global"_s), u"Synchronized"_s, 30000);
        // A slow link from now on: the full synchronization and Global Mirroring's journal have work in flight.
        r = ctlOn(ws, u"Primary Site"_s,
            u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site\" bandwidth=64 MB roundTrip=5;"
            "create remoteMirror primary=\"Full\" secondary=\"Full 2\" remoteStorageSubsystemName=\"Secondary Site\";"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QProcess metro;
        metro.start(Test::binary(u"copylinectl"_s),
            {u"--workspace"_s, ws, u"-c"_s, u"write logicalDrive [\"Metro\"] offset=0 length=134217728 seed=5;"_s});
        QProcess global;
        global.start(Test::binary(u"copylinectl"_s),
            {u"--workspace"_s, ws, u"-c"_s, u"write logicalDrive [\"Global\"] offset=0 length=134217728 seed=6;"_s});
        QTest::qWait(1500);
        const qint64 pid = lockHolder(ws);
        QVERIFY(pid > 0);
        QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(static_cast<pid_t>(pid), 0) != 0, 10000);
        for (QProcess* writer : {&metro, &global}) {
            if (writer->state() != QProcess::NotRunning) {
                QVERIFY(writer->waitForFinished(60000));
            }
        }
        // The restarted engine: the full synchronization resumes; the written pairs are honest.
        QCOMPARE(mirrorStatus(ws, u"Full"_s), u"Synchronization-in-Progress"_s);
        int unsynchronized = 0;
        for (const QString& drive : {u"Metro"_s, u"Global"_s}) {
            const QString status = mirrorStatus(ws, drive);
            unsynchronized += status == u"Unsynchronized"_s ? 1 : 0;
            QVERIFY2(status == u"Unsynchronized"_s
                    || (status == u"Synchronized"_s
                        && checksum(ws, drive) == checksum(ws, drive + u" 2"_s, u"Secondary Site"_s)),
                qPrintable(drive + u": "_s + status));
        }
        QVERIFY(unsynchronized > 0); // writes were in flight: their grains were logged before the drive was written
        QCOMPARE(ctlOn(ws, u"Primary Site"_s,
                     u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site\" bandwidth=0 roundTrip=0;"_s)
                     .code,
            0);
        for (const QString& drive : {u"Metro"_s, u"Global"_s}) {
            if (mirrorStatus(ws, drive) == u"Unsynchronized"_s) {
                r = ctlOn(ws, u"Primary Site"_s, u"resume remoteMirror primary [\"%1\"];"_s.arg(drive));
                QVERIFY2(r.code == 0, qPrintable(r.err));
            }
        }
        for (const QString& drive : {u"Metro"_s, u"Global"_s, u"Full"_s}) {
            QTRY_COMPARE_WITH_TIMEOUT(mirrorStatus(ws, drive), u"Synchronized"_s, 60000);
            QCOMPARE(checksum(ws, drive + u" 2"_s, u"Secondary Site"_s), checksum(ws, drive));
        }
        QProcess::execute(Test::binary(u"copylinectl"_s), {u"--workspace"_s, ws, u"--stop"_s, u"-S"_s});
    }

    void killDuringBackgroundCopy()
    {
        // A VolumeCopy's copy pointer is half-way when the engine is killed; the restarted engine resumes from the
        // copy map and the completed target equals the source image of the start.
        QTemporaryDir dir;
        const QString ws = dir.path();
        const Run setup = ctl(ws,
            u"create logicalDrive array=1 userLabel=\"Src\" capacity=512 MB;"
            "write logicalDrive [\"Src\"] offset=0 length=536870912 seed=3;"
            "create logicalDrive array=2 userLabel=\"Dst\" capacity=512 MB;"
            "set storageSubsystem copyBandwidth=128 MB;"
            "create volumeCopy source=\"Src\" target=\"Dst\" copyPriority=highest;"_s);
        QVERIFY2(setup.code == 0, qPrintable(setup.err));
        const QString image = checksum(ws, u"Src"_s);
        QTest::qWait(1500); // about a third copied at 128 MB/s
        const qint64 pid = lockHolder(ws);
        QVERIFY(pid > 0);
        QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(static_cast<pid_t>(pid), 0) != 0, 10000);
        static const QRegularExpression progress(u"Copy In Progress\\s+([0-9.]+)%"_s);
        const Run shown = ctl(ws, u"show volumeCopy allLogicalDrives;"_s);
        const auto match = progress.match(shown.out);
        QVERIFY2(match.hasMatch(), qPrintable(shown.out)); // resumed after the restart, still running
        QVERIFY2(match.captured(1).toDouble() > 10.0, qPrintable(shown.out)); // not from the beginning
        QCOMPARE(ctl(ws, u"set storageSubsystem copyBandwidth=0;"_s).code, 0);
        QTRY_VERIFY_WITH_TIMEOUT(ctl(ws, u"show volumeCopy target [\"Dst\"];"_s).out.contains(u"Completed"_s), 60000);
        QCOMPARE(checksum(ws, u"Dst"_s), image);
        QProcess::execute(Test::binary(u"copylinectl"_s), {u"--workspace"_s, ws, u"--stop"_s, u"-S"_s});
    }

    void killWhileACompletedCopysSourceIsWritten()
    {
        // Issue 19: a completed VolumeCopy's write record lists every grain written since the copy, also those of a
        // write the kill cut off (recorded before the write may start). After the restart a verification with
        // repair finds nothing to repair, and the target still holds the image of the copy's start: a grain the
        // record had lost would look like damage and be "repaired" with the source's later bytes.
        QTemporaryDir dir;
        const QString ws = dir.path();
        const Run setup = ctl(ws,
            u"create logicalDrive array=1 userLabel=\"Src\" capacity=256 MB;"
            "write logicalDrive [\"Src\"] offset=0 length=268435456 seed=3;"
            "create logicalDrive array=2 userLabel=\"Dst\" capacity=256 MB;"
            "create volumeCopy source=\"Src\" target=\"Dst\" copyPriority=highest;"_s);
        QVERIFY2(setup.code == 0, qPrintable(setup.err));
        const QString image = checksum(ws, u"Src"_s);
        QTRY_VERIFY_WITH_TIMEOUT(ctl(ws, u"show volumeCopy target [\"Dst\"];"_s).out.contains(u"Completed"_s), 60000);
        QCOMPARE(checksum(ws, u"Dst"_s), image);
        QProcess writer;
        writer.start(Test::binary(u"copylinectl"_s),
            {u"--workspace"_s, ws, u"-c"_s,
                u"write logicalDrive [\"Src\"] offset=16777216 length=201326592 seed=9;"_s});
        QTest::qWait(150);
        const qint64 pid = lockHolder(ws);
        QVERIFY(pid > 0);
        QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(static_cast<pid_t>(pid), 0) != 0, 10000);
        if (writer.state() != QProcess::NotRunning) {
            QVERIFY(writer.waitForFinished(60000));
        }
        QVERIFY(checksum(ws, u"Src"_s) != image); // some of the write reached the source
        const Run verified = ctl(ws, u"check volumeCopy target [\"Dst\"] repair=TRUE;"_s);
        QVERIFY2(verified.code == 0, qPrintable(verified.err));
        QVERIFY2(verified.out.contains(u"the compared grains are identical"_s), qPrintable(verified.out));
        QVERIFY2(!verified.out.contains(u"Written since copy (skipped):    0\n"_s), qPrintable(verified.out));
        QCOMPARE(checksum(ws, u"Dst"_s), image);
        QProcess::execute(Test::binary(u"copylinectl"_s), {u"--workspace"_s, ws, u"--stop"_s, u"-S"_s});
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
