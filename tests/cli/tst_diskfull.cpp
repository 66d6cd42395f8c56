// SPDX-License-Identifier: GPL-3.0-or-later
// Data safety on a real full disk and under kill -9 (issue 11): the workspace lives on a small tmpfs that the test
// fills to the last block. A FlashCopy whose old data cannot be preserved fails durably before the base write is
// acknowledged, or the write is refused; it never shows the new data, not even after a kill and a restart. Deleting
// a drive works on a full disk. A volume file truncated behind the engine's back fails its drive with an event that
// names the file. An engine that was killed leaves an event at the next start.
#include "diskfull.h"
#include "service/engine.h"
#include "testworkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

using Run = Test::CtlRun;

Run ctlOn(const QString& workspace, const QString& subsystem, const QString& script)
{
    return Test::copylinectl({u"--workspace"_s, workspace, u"-n"_s, subsystem, u"-c"_s, script});
}

Run ctl(const QString& workspace, const QString& script)
{
    return ctlOn(workspace, u"Primary Site"_s, script);
}

QString checksum(const QString& workspace, const QString& drive)
{
    static const QRegularExpression hex(u"([0-9a-f]{64})"_s);
    const Run r = ctl(workspace, u"show logicalDrive [\"%1\"] checksum;"_s.arg(drive));
    return r.code == 0 ? hex.match(r.out).captured(1) : u"ERROR: "_s + r.err.trimmed();
}

/** A command of the engine's API (--call), for the families without a script language: its JSON answer. */
Run call(const QString& workspace, const QString& command, const QJsonObject& args)
{
    return Test::copylinectl({u"--workspace"_s, workspace, u"--call"_s, command, u"--args"_s,
        QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact))});
}

QJsonObject hdsPair(const QString& workspace)
{
    const Run r = call(workspace, u"hdsPairDisplay"_s,
        {{u"subsystem"_s, u"64030"_s}, {u"pvol"_s, u"00:10"_s}, {u"svol"_s, u"00:20"_s}});
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"pairs"_s).toArray();
    return rows.isEmpty() ? QJsonObject {{u"error"_s, QString(r.err + r.out)}} : rows.first().toObject();
}

QString hdsChecksum(const QString& workspace, const QString& ldev)
{
    const Run r
        = call(workspace, u"checksumLogicalDrive"_s, {{u"subsystem"_s, u"64030"_s}, {u"targets"_s, QJsonArray {ldev}}});
    return r.code == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"sha256"_s).toString()
                       : u"ERROR: "_s + r.err.trimmed();
}

/** The line of `show allLogicalDrives` that lists @p drive. */
QString driveLine(const QString& workspace, const QString& drive)
{
    const Run r = ctl(workspace, u"show allLogicalDrives;"_s);
    for (const QString& line : r.out.split(u'\n')) {
        if (line.trimmed().startsWith(drive + u' ')) {
            return line.trimmed();
        }
    }
    return r.out + r.err;
}

using Test::lockHolder;

/** SIGKILLs the engine that holds @p workspace and waits until it is gone. */
bool killEngine(const QString& workspace)
{
    const qint64 pid = lockHolder(workspace);
    if (pid <= 0 || ::kill(static_cast<pid_t>(pid), SIGKILL) != 0) {
        return false;
    }
    for (int i = 0; i < 200 && ::kill(static_cast<pid_t>(pid), 0) == 0; ++i) {
        QTest::qWait(50);
    }
    return ::kill(static_cast<pid_t>(pid), 0) != 0;
}

void stopEngine(const QString& workspace)
{
    QProcess::execute(Test::binary(u"copylinectl"_s), {u"--workspace"_s, workspace, u"--stop"_s, u"-S"_s});
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_mount;
    bool m_mounted = false;
    QString m_workspace;

    /** A new workspace on the tmpfs, with drive "D" (32 MB, all written) and FlashCopy "D-1" with @p policy. */
    void setUpDrive(const QString& name, const QString& policy)
    {
        m_workspace = QDir(m_mount.path()).filePath(name);
        const Run setup = ctl(m_workspace,
            u"create logicalDrive array=1 userLabel=\"D\" capacity=32 MB;"
            "write logicalDrive [\"D\"] offset=0 length=33554432 seed=1;"
            "create FlashCopyLogicalDrive baseLogicalDrive=\"D\" repositoryPercentOfBase=100 "
            "repositoryFullPolicy=%1;"_s.arg(policy));
        QVERIFY2(setup.code == 0, qPrintable(setup.err));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_mount.isValid());
        QString why;
        if (!Test::mountSmallDisk(m_mount.path(), 160, &why)) {
            QSKIP(qPrintable(why));
        }
        m_mounted = true;
    }

    void cleanup()
    {
        QFile::remove(QDir(m_mount.path()).filePath(u"filler"_s));
        if (!m_workspace.isEmpty()) {
            stopEngine(m_workspace);
            QDir(m_workspace).removeRecursively(); // the next test starts on an empty disk
        }
    }

    void cleanupTestCase()
    {
        if (m_mounted) {
            Test::unmountSmallDisk(m_mount.path());
        }
    }

    void flashCopyFailsDurablyWhenTheDiskIsFull()
    {
        setUpDrive(u"fail-copy"_s, u"failFlashCopy"_s);
        const QString t0 = checksum(m_workspace, u"D"_s);
        QCOMPARE(checksum(m_workspace, u"D-1"_s), t0);
        // The worst case of the issue: not even the catalog can record the failure (its reserve is gone too).
        QVERIFY(QFile::remove(QDir(m_workspace).filePath(u"catalog.reserve"_s)));
        const QString filler = Test::fillDisk(m_mount.path());
        QVERIFY(!filler.isEmpty());

        const Run write = ctl(m_workspace, u"write logicalDrive [\"D\"] offset=0 length=4194304 seed=2;"_s);
        QVERIFY2(write.code == 0, qPrintable(write.err)); // failFlashCopy: the base write goes on...
        const QString t1 = checksum(m_workspace, u"D"_s);
        QVERIFY(t1 != t0);
        // ...and the FlashCopy is Failed: it refuses to show anything rather than the new data.
        QVERIFY(checksum(m_workspace, u"D-1"_s).startsWith(u"ERROR"_s));

        // Killed before the catalog could ever record it, restarted with room again.
        QVERIFY(killEngine(m_workspace));
        QVERIFY(QFile::remove(filler));
        const QString after = checksum(m_workspace, u"D-1"_s);
        QVERIFY2(after.startsWith(u"ERROR"_s), qPrintable(after)); // never t1, the new base data
        QVERIFY2(after.contains(u"No space left on device"_s), qPrintable(after));
        const QString line = driveLine(m_workspace, u"D-1"_s);
        QVERIFY2(line.contains(u"failed"_s, Qt::CaseInsensitive) && !line.contains(u"optimal"_s, Qt::CaseInsensitive),
            qPrintable(line));
        const Run events = ctl(m_workspace, u"show storageSubsystem events count=30;"_s);
        QVERIFY2(events.out.contains(u"Failed FlashCopy logical drive"_s), qPrintable(events.out));
        QVERIFY2(events.out.contains(u"Engine stopped without closing the workspace"_s), qPrintable(events.out));
        QCOMPARE(checksum(m_workspace, u"D"_s), t1); // the base kept its acknowledged write
        // Re-create: a new point in time, readable again.
        const Run recreate = ctl(m_workspace, u"recreateFlashCopy logicalDrive [\"D-1\"];"_s);
        QVERIFY2(recreate.code == 0, qPrintable(recreate.err));
        QCOMPARE(checksum(m_workspace, u"D-1"_s), t1);
    }

    void baseWritesAreRefusedUnderThatPolicy()
    {
        setUpDrive(u"fail-writes"_s, u"failBaseWrites"_s);
        const QString t0 = checksum(m_workspace, u"D"_s);
        const QString filler = Test::fillDisk(m_mount.path());
        QVERIFY(!filler.isEmpty());
        const Run write = ctl(m_workspace, u"write logicalDrive [\"D\"] offset=0 length=4194304 seed=3;"_s);
        QCOMPARE(write.code, 1);
        QVERIFY2(write.err.contains(u"could not be preserved"_s), qPrintable(write.err));
        QCOMPARE(checksum(m_workspace, u"D"_s), t0);   // nothing of the refused write reached the base
        QCOMPARE(checksum(m_workspace, u"D-1"_s), t0); // the image is whole
        QVERIFY(killEngine(m_workspace));
        QCOMPARE(checksum(m_workspace, u"D-1"_s), t0);
        QVERIFY(QFile::remove(filler));
        const Run again = ctl(m_workspace, u"write logicalDrive [\"D\"] offset=0 length=4194304 seed=3;"_s);
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QCOMPARE(checksum(m_workspace, u"D-1"_s), t0);
    }

    void deletingWorksOnAFullDisk()
    {
        setUpDrive(u"delete"_s, u"failFlashCopy"_s);
        const QString filler = Test::fillDisk(m_mount.path());
        QVERIFY(!filler.isEmpty());
        // Creating needs room and is refused clearly, not as an internal error.
        const Run create = ctl(m_workspace, u"create logicalDrive array=1 userLabel=\"E\" capacity=1 GB;"_s);
        QVERIFY(create.code != 0);
        QVERIFY2(!create.err.contains(u"please report"_s), qPrintable(create.err));
        const Run removed = ctl(m_workspace, u"delete logicalDrive [\"D-1\"]; delete logicalDrive [\"D\"];"_s);
        QVERIFY2(removed.code == 0, qPrintable(removed.err));
        QVERIFY(!driveLine(m_workspace, u"D"_s).startsWith(u"D "_s));
        QVERIFY(QFile::remove(filler));
        // With room again, the catalog's reserve comes back with the next change.
        QVERIFY(ctl(m_workspace, u"create logicalDrive array=1 userLabel=\"F\" capacity=8 MB;"_s).code == 0);
        QTRY_VERIFY(QFileInfo(QDir(m_workspace).filePath(u"catalog.reserve"_s)).size() > 0);
    }

    void volumeCopyFailsHonestlyWhenTheDiskIsFull()
    {
        setUpDrive(u"volume-copy"_s, u"failFlashCopy"_s);
        const QString t0 = checksum(m_workspace, u"D"_s);
        QVERIFY(ctl(m_workspace, u"create logicalDrive array=1 userLabel=\"C\" capacity=32 MB;"_s).code == 0);
        // On a full disk a copy cannot even start: refused clearly, as a full disk.
        QString filler = Test::fillDisk(m_mount.path());
        const Run refused = ctl(m_workspace, u"create volumeCopy source=\"D\" target=\"C\";"_s);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(u"disk that holds the workspace is full"_s), qPrintable(refused.err));
        QVERIFY(QFile::remove(filler));
        // Started slowly, the disk fills under it.
        QVERIFY(ctl(m_workspace, u"set storageSubsystem copyBandwidth=2 MB;"_s).code == 0);
        const Run started = ctl(m_workspace, u"create volumeCopy source=\"D\" target=\"C\" copyPriority=highest;"_s);
        QVERIFY2(started.code == 0, qPrintable(started.err));
        filler = Test::fillDisk(m_mount.path());
        QVERIFY(!filler.isEmpty());
        // The target's bytes cannot be written: Copy Failed with Event 6600 and the cause, never Completed.
        QTRY_VERIFY_WITH_TIMEOUT(
            ctl(m_workspace, u"show volumeCopy target [\"C\"];"_s).out.contains(u"Copy Failed"_s), 60000);
        const Run shown = ctl(m_workspace, u"show volumeCopy target [\"C\"];"_s);
        QVERIFY2(shown.out.contains(u"No space left on device"_s), qPrintable(shown.out));
        const Run events = ctl(m_workspace, u"show storageSubsystem events count=10;"_s);
        QVERIFY2(events.out.contains(u"VolumeCopy Operation Failed"_s), qPrintable(events.out));
        QVERIFY(QFile::remove(filler));
        QVERIFY(ctl(m_workspace, u"set storageSubsystem copyBandwidth=0 MB;"_s).code == 0);
        const Run recopy = ctl(m_workspace, u"recopy volumeCopy target [\"C\"];"_s);
        QVERIFY2(recopy.code == 0, qPrintable(recopy.err));
        QTRY_VERIFY_WITH_TIMEOUT(
            ctl(m_workspace, u"show volumeCopy target [\"C\"];"_s).out.contains(u"Completed"_s), 60000);
        QCOMPARE(checksum(m_workspace, u"C"_s), t0);
    }

    void mirrorNeverForgetsAWriteOnAFullDisk()
    {
        // The out-of-sync record of a mirror is preserve-before-write too: a write acknowledged while the link is
        // down must be marked on disk, full or not, so that the resync after a kill copies it.
        m_workspace = QDir(m_mount.path()).filePath(u"mirror"_s);
        const QString ws = m_workspace;
        const Run a = ctl(ws,
            u"enable storageSubsystem feature file=\"%1/keys/primary-remoteMirror.key\";"
            "activate storageSubsystem feature=remoteMirror;"
            "create logicalDrive array=1 userLabel=\"M\" capacity=16 MB;"
            "write logicalDrive [\"M\"] offset=0 length=16777216 seed=6;"_s.arg(ws));
        QVERIFY2(a.code == 0, qPrintable(a.err));
        const Run b = ctlOn(ws, u"Secondary Site"_s,
            u"enable storageSubsystem feature file=\"%1/keys/secondary-remoteMirror.key\";"
            "activate storageSubsystem feature=remoteMirror;"
            "create logicalDrive array=1 userLabel=\"M2\" capacity=16 MB;"_s.arg(ws));
        QVERIFY2(b.code == 0, qPrintable(b.err));
        const Run c = ctl(ws,
            u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site\" bandwidth=0 "
            "roundTrip=0;"
            "create remoteMirror primary=\"M\" secondary=\"M2\" "
            "remoteStorageSubsystemName=\"Secondary Site\" syncPriority=highest;"_s);
        QVERIFY2(c.code == 0, qPrintable(c.err));
        QTRY_VERIFY_WITH_TIMEOUT(ctl(ws, u"show remoteMirrors;"_s).out.contains(u"Synchronized"_s), 60000);
        QVERIFY(ctl(ws, u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site\" state=down;"_s).code == 0);
        const QString filler = Test::fillDisk(m_mount.path());
        QVERIFY(!filler.isEmpty());
        // Writes spread over the drive, each either acknowledged (and then marked) or refused (and then not done).
        int acknowledged = 0;
        for (int i = 0; i < 16; ++i) {
            const Run w = ctl(ws,
                u"write logicalDrive [\"M\"] offset=%1 length=4096 seed=%2;"_s.arg(i * 1048576 + 8192).arg(100 + i));
            acknowledged += w.code == 0 ? 1 : 0;
            QVERIFY2(w.code == 0 || w.err.contains(u"space"_s), qPrintable(w.err));
        }
        const QString primaryImage = checksum(ws, u"M"_s);
        QVERIFY(killEngine(ws));
        QVERIFY(QFile::remove(filler));
        QCOMPARE(checksum(ws, u"M"_s), primaryImage); // no acknowledged write lost by the kill
        QVERIFY(ctl(ws, u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site\" state=up;"_s).code == 0);
        ctl(ws, u"resume remoteMirror primary [\"M\"];"_s); // refused only when the pair resumed on its own
        QTRY_VERIFY_WITH_TIMEOUT(ctl(ws, u"show remoteMirrors;"_s).out.contains(u"Synchronized"_s), 60000);
        static const QRegularExpression hex(u"([0-9a-f]{64})"_s);
        const Run secondary = ctlOn(ws, u"Secondary Site"_s, u"show logicalDrive [\"M2\"] checksum;"_s);
        QCOMPARE(hex.match(secondary.out).captured(1), primaryImage); // the resync copied every marked write
        qInfo("%d of 16 writes were acknowledged on the full disk", acknowledged);
    }

    void inControllerCopyFailsHonestlyWhenTheDiskIsFull()
    {
        // Issue 15: a Split whose T-VOL cannot be written suspends the pair with the cause; the T-VOL refuses hosts
        // (it is not the point in time), the S-VOL goes on, Delete works on the full disk, and a new pair copies.
        m_workspace = QDir(m_mount.path()).filePath(u"hds"_s);
        const QString ws = m_workspace;
        const QJsonObject pair {{u"subsystem"_s, u"64030"_s}, {u"pvol"_s, u"00:10"_s}, {u"svol"_s, u"00:20"_s}};
        const auto run = [&](const QString& command, QJsonObject args) {
            const Run r = call(ws, command, args);
            QVERIFY2(r.code == 0, qPrintable(command + u": "_s + r.err));
        };
        run(u"hdsCreateController"_s, {{u"serial"_s, u"64030"_s}});
        run(u"hdsCreateVolume"_s, {{u"subsystem"_s, u"64030"_s}, {u"ldev"_s, u"00:10"_s}, {u"capacity"_s, 32 << 20}});
        run(u"hdsCreateVolume"_s,
            {{u"subsystem"_s, u"64030"_s}, {u"ldev"_s, u"00:20"_s}, {u"capacity"_s, 32 << 20}, {u"reserve"_s, true}});
        run(u"writeLogicalDrive"_s,
            {{u"subsystem"_s, u"64030"_s}, {u"targets"_s, QJsonArray {u"00:10"_s}}, {u"length"_s, 32 << 20},
                {u"seed"_s, 1}});
        QJsonObject create = pair;
        create.insert(u"initialCopy"_s, false);
        run(u"hdsPairCreate"_s, create);
        // On a full disk the Split cannot even make its track map: refused as a full disk, the pair unchanged.
        QString filler = Test::fillDisk(m_mount.path());
        const Run refused = call(ws, u"hdsPairSplit"_s, pair);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(u"disk that holds the workspace is full"_s), qPrintable(refused.err));
        QCOMPARE(hdsPair(ws).value(u"status"_s).toInt(), 802);
        QVERIFY(QFile::remove(filler));
        // Started slowly (REMOTE COPY at 2 MB/s), the disk fills under it.
        run(u"hdsSetController"_s,
            {{u"subsystem"_s, u"64030"_s}, {u"copyPath"_s, u"remotecopy"_s}, {u"chaBandwidth"_s, 2000000}});
        run(u"hdsPairSplit"_s, pair);
        filler = Test::fillDisk(m_mount.path());
        QVERIFY(!filler.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(hdsPair(ws).value(u"guiStatus"_s).toString(), u"suspend"_s, 60000);
        const QJsonObject failed = hdsPair(ws);
        QVERIFY2(failed.value(u"reason"_s).toString().contains(u"No space left on device"_s),
            QJsonDocument(failed).toJson().constData());
        QVERIFY(hdsChecksum(ws, u"00:20"_s).startsWith(u"ERROR"_s));
        // The S-VOL goes on (its blocks exist), and the pair is deleted on the full disk.
        run(u"writeLogicalDrive"_s,
            {{u"subsystem"_s, u"64030"_s}, {u"targets"_s, QJsonArray {u"00:10"_s}}, {u"length"_s, 1 << 20},
                {u"seed"_s, 2}});
        QCOMPARE(call(ws, u"hdsPairSplit"_s, pair).code, 1);
        run(u"hdsPairDelete"_s, pair);
        QVERIFY(QFile::remove(filler));
        run(u"hdsSetController"_s, {{u"subsystem"_s, u"64030"_s}, {u"copyPath"_s, u"incontroller"_s}});
        run(u"hdsPairCreate"_s, pair);
        QTRY_COMPARE_WITH_TIMEOUT(hdsPair(ws).value(u"status"_s).toInt(), 804, 60000);
        QCOMPARE(hdsChecksum(ws, u"00:20"_s), hdsChecksum(ws, u"00:10"_s));
    }

    void truncatedVolumeFileFailsItsDrive()
    {
        setUpDrive(u"truncate"_s, u"failFlashCopy"_s);
        const Run created = ctl(m_workspace,
            u"create logicalDrive array=1 userLabel=\"T\" capacity=16 MB;"
            "write logicalDrive [\"T\"] offset=0 length=16777216 seed=4;"
            "create logicalDrive array=1 userLabel=\"U\" capacity=16 MB;"
            "write logicalDrive [\"U\"] offset=0 length=16777216 seed=5;"_s);
        QVERIFY2(created.code == 0, qPrintable(created.err));
        const QDir volumes(QDir(m_workspace).filePath(u"volumes"_s));
        auto fileOf = [&](qint64 size, const QStringList& exclude) {
            for (const QFileInfo& f : volumes.entryInfoList(QDir::Files)) {
                if (f.size() == size && !exclude.contains(f.filePath())) {
                    return f.filePath();
                }
            }
            return QString();
        };
        const QString t = fileOf(16 * 1024 * 1024, {});
        const QString u = fileOf(16 * 1024 * 1024, {t});
        QVERIFY(!t.isEmpty() && !u.isEmpty());
        // While the engine runs: a read that meets the early end fails, and the drive fails with its event.
        QVERIFY(::truncate(QFile::encodeName(t).constData(), 8 * 1024 * 1024) == 0);
        const QString read = checksum(m_workspace, u"T"_s) + checksum(m_workspace, u"U"_s);
        QVERIFY2(read.contains(u"truncated"_s), qPrintable(read));
        QTRY_VERIFY_WITH_TIMEOUT(driveLine(m_workspace, u"T"_s).contains(u"failed"_s, Qt::CaseInsensitive), 10000);
        // While it is stopped: found at the next start.
        stopEngine(m_workspace);
        QVERIFY(::truncate(QFile::encodeName(u).constData(), 4096) == 0);
        const QString line = driveLine(m_workspace, u"U"_s);
        QVERIFY2(line.contains(u"failed"_s, Qt::CaseInsensitive), qPrintable(line));
        const Run events = ctl(m_workspace, u"show storageSubsystem events count=30;"_s);
        QVERIFY2(events.out.contains(u"Logical drive failed"_s), qPrintable(events.out));
        QVERIFY2(events.out.contains(QFileInfo(u).fileName()), qPrintable(events.out));
        QVERIFY2(events.out.contains(QFileInfo(t).fileName()), qPrintable(events.out));
        QVERIFY(checksum(m_workspace, u"U"_s).startsWith(u"ERROR"_s));
        // A clean stop leaves no "stopped without closing" event behind.
        QVERIFY2(!events.out.contains(u"Engine stopped without closing the workspace"_s), qPrintable(events.out));
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
