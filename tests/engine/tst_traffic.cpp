// SPDX-License-Identifier: GPL-3.0-or-later
// The counters behind the Performance view's charts (issue 18): host I/O, copy and mirror bytes each counted in
// their own bucket on real I/O — host writes and reads, a real VolumeCopy, a FlashCopy's copy-on-write, a real
// mirror synchronization — the mirror bucket honest to the link's configured rate, host latency, and the recovery
// point objective of a Global Mirroring pair (current, lagging behind a slow link, growing while suspended).
#include "api/snapshot.h"
#include "mirror/mirrorendpoint.h"
#include "service/engine.h"
#include "testworkspace.h"
#include "util/bytesize.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using Copyline::Test::TestWorkspace;

#define RUN_OK(ws, script, subsystem)                                                                                  \
    do {                                                                                                               \
        const CommandResult r_ = (ws).run(script, subsystem);                                                          \
        QVERIFY2(r_.ok(), qPrintable(r_.error.cliLine()));                                                             \
    } while (false)

namespace
{

const QString kPrimary = u"Primary Site"_s;
const QString kSecondary = u"Secondary Site"_s;

std::shared_ptr<VolumeIo> io(TestWorkspace& ws, const QString& drive, const QString& subsystem = kPrimary)
{
    return ws.engine().volumes().find(ws.logicalDrive(drive, subsystem)->id);
}

IoCounters counters(TestWorkspace& ws, const QString& drive, const QString& subsystem = kPrimary)
{
    return io(ws, drive, subsystem)->counters();
}

MirrorStatus status(TestWorkspace& ws, const QString& drive)
{
    const Mirror* m = ws.config().mirrorOf(ws.logicalDrive(drive, kPrimary)->id);
    return m ? m->status : MirrorStatus::Unresponsive;
}

LogicalDriveRuntime runtime(TestWorkspace& ws, const QString& drive, const QString& subsystem = kPrimary)
{
    ws.engine().refreshRuntimeNow();
    return ws.engine().snapshot()->runtime.value(ws.logicalDrive(drive, subsystem)->id);
}

MirrorRuntime mirrorRuntime(TestWorkspace& ws, const QString& drive)
{
    ws.engine().refreshRuntimeNow();
    return ws.engine().snapshot()->mirrors.value(ws.logicalDrive(drive, kPrimary)->id);
}

IoStatus hostWrite(TestWorkspace& ws, const QString& drive, qint64 offset, qint64 length, char fill = 'x')
{
    const QByteArray data(length, fill);
    return io(ws, drive)->write(offset, std::span<const char>(data.constData(), static_cast<size_t>(length)));
}

} // namespace

class TestTraffic : public QObject
{
    Q_OBJECT

private:
    static bool activateBoth(TestWorkspace& ws)
    {
        for (const auto& [site, key] : {std::pair {kPrimary, u"primary"_s}, std::pair {kSecondary, u"secondary"_s}}) {
            const QString file = QDir(ws.path()).filePath(u"keys/%1-remoteMirror.key"_s.arg(key));
            const CommandResult r = ws.run(
                u"enable storageSubsystem feature file=\"%1\"; activate storageSubsystem feature=remoteMirror;"_s.arg(
                    file),
                site);
            if (!r.ok()) {
                qWarning("%s", qPrintable(r.error.cliLine()));
                return false;
            }
        }
        return ws
            .run(u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site\" bandwidth=0 roundTrip=0;"_s,
                kPrimary)
            .ok();
    }

    static bool makeDrives(TestWorkspace& ws, const QString& p, const QString& s, qint64 size)
    {
        return ws.run(u"create logicalDrive array=1 userLabel=\"%1\" capacity=%2 bytes;"_s.arg(p).arg(size), kPrimary)
                   .ok()
            && ws.run(u"create logicalDrive array=1 userLabel=\"%1\" capacity=%2 bytes;"_s.arg(s).arg(size), kSecondary)
                   .ok();
    }

private Q_SLOTS:
    void hostCopyAndMirrorBytesGoToTheirOwnBuckets()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        QVERIFY(activateBoth(ws));

        // Host I/O: counted as host bytes and operations, with a service time; nothing else moves.
        RUN_OK(ws, u"create logicalDrive array=1 userLabel=\"H\" capacity=16777216 bytes;"_s, kPrimary);
        const IoCounters h0 = counters(ws, u"H"_s);
        QVERIFY(hostWrite(ws, u"H"_s, 0, 1 * MiB).ok());
        QByteArray buffer(512 * 1024, '\0');
        QVERIFY(io(ws, u"H"_s)->read(0, std::span<char>(buffer.data(), size_t(buffer.size()))).ok());
        const IoCounters h1 = counters(ws, u"H"_s);
        QCOMPARE(h1.writeBytes - h0.writeBytes, quint64(1 * MiB));
        QCOMPARE(h1.readBytes - h0.readBytes, quint64(512 * 1024));
        QCOMPARE(h1.writeOps - h0.writeOps, quint64(1));
        QCOMPARE(h1.readOps - h0.readOps, quint64(1));
        QVERIFY(h1.writeNanos > h0.writeNanos);
        QVERIFY(h1.readNanos > h0.readNanos);
        QCOMPARE(h1.copyBytes, quint64(0));
        QCOMPARE(h1.mirrorBytes, quint64(0));

        // A real VolumeCopy of 8 MiB of data on a 16 MiB source: copy bytes of the source, no host bytes anywhere.
        RUN_OK(ws,
            u"create logicalDrive array=1 userLabel=\"S\" capacity=16777216 bytes;"
            "write logicalDrive [\"S\"] offset=0 length=8388608 seed=5;"
            "create logicalDrive array=1 userLabel=\"T\" capacity=16777216 bytes;"_s,
            kPrimary);
        const IoCounters s0 = counters(ws, u"S"_s);
        const IoCounters t0 = counters(ws, u"T"_s);
        RUN_OK(ws, u"create volumeCopy source=\"S\" target=\"T\";"_s, kPrimary);
        QTRY_COMPARE_WITH_TIMEOUT(
            ws.config().volumeCopyTargeting(ws.logicalDrive(u"T"_s)->id)->status, VolumeCopyStatus::Completed, 30000);
        const IoCounters s1 = counters(ws, u"S"_s);
        const IoCounters t1 = counters(ws, u"T"_s);
        QVERIFY2(s1.copyBytes - s0.copyBytes >= quint64(8 * MiB) && s1.copyBytes - s0.copyBytes <= quint64(16 * MiB),
            qPrintable(QString::number(s1.copyBytes - s0.copyBytes)));
        QCOMPARE(s1.readBytes, s0.readBytes); // the copy's reads are not host reads
        QCOMPARE(s1.writeBytes, s0.writeBytes);
        QCOMPARE(s1.mirrorBytes, quint64(0));
        QCOMPARE(t1.writeBytes, t0.writeBytes); // nor its writes host writes of the target
        QCOMPARE(t1.copyBytes, quint64(0));     // charged once, to the source

        // FlashCopy: a 1 MiB host write to the base preserves 1 MiB of grains first: copy bytes of the base.
        RUN_OK(ws, u"create FlashCopyLogicalDrive baseLogicalDrive=\"H\";"_s, kPrimary);
        const IoCounters f0 = counters(ws, u"H"_s);
        QVERIFY(hostWrite(ws, u"H"_s, 0, 1 * MiB, 'y').ok());
        const IoCounters f1 = counters(ws, u"H"_s);
        QCOMPARE(f1.copyBytes - f0.copyBytes, quint64(1 * MiB));
        QCOMPARE(f1.writeBytes - f0.writeBytes, quint64(1 * MiB));
        // The same grains again: already preserved, nothing more copied.
        QVERIFY(hostWrite(ws, u"H"_s, 0, 1 * MiB, 'z').ok());
        QCOMPARE(counters(ws, u"H"_s).copyBytes, f1.copyBytes);

        // A real mirror synchronization of 4 MiB of data: mirror bytes of the primary, no host bytes on either side.
        QVERIFY(makeDrives(ws, u"P"_s, u"R"_s, 16 * MiB));
        RUN_OK(ws, u"write logicalDrive [\"P\"] offset=0 length=4194304 seed=9;"_s, kPrimary);
        const IoCounters p0 = counters(ws, u"P"_s);
        const IoCounters r0 = counters(ws, u"R"_s, kSecondary);
        RUN_OK(ws,
            u"create remoteMirror primary=\"P\" secondary=\"R\" remoteStorageSubsystemName=\"Secondary Site\";"_s,
            kPrimary);
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"P"_s), MirrorStatus::Synchronized, 30000);
        const IoCounters p1 = counters(ws, u"P"_s);
        const IoCounters r1 = counters(ws, u"R"_s, kSecondary);
        QVERIFY2(
            p1.mirrorBytes - p0.mirrorBytes >= quint64(4 * MiB) && p1.mirrorBytes - p0.mirrorBytes <= quint64(16 * MiB),
            qPrintable(QString::number(p1.mirrorBytes - p0.mirrorBytes)));
        QCOMPARE(p1.readBytes, p0.readBytes);
        QCOMPARE(p1.copyBytes, p0.copyBytes);
        QCOMPARE(r1.writeBytes, r0.writeBytes);
        QCOMPARE(r1.mirrorBytes, quint64(0));
        // Metro Mirroring ships every host write: 1 MiB written, 1 MiB more mirrored.
        QVERIFY(hostWrite(ws, u"P"_s, 8 * MiB, 1 * MiB).ok());
        const IoCounters p2 = counters(ws, u"P"_s);
        QCOMPARE(p2.mirrorBytes - p1.mirrorBytes, quint64(1 * MiB));
        QCOMPARE(p2.writeBytes - p1.writeBytes, quint64(1 * MiB));
        QCOMPARE(p2.copyBytes, p1.copyBytes);

        // The snapshot carries the counters, also through its JSON (an attached console).
        const LogicalDriveRuntime rt = runtime(ws, u"P"_s);
        QCOMPARE(rt.mirrorBytes, p2.mirrorBytes);
        QCOMPARE(rt.writeNanos, counters(ws, u"P"_s).writeNanos);
        const LogicalDriveRuntime viaJson
            = Snapshot::fromJson(ws.engine().snapshot()->toJson()).runtime.value(ws.logicalDrive(u"P"_s)->id);
        QCOMPARE(viaJson, rt);
        QCOMPARE(runtime(ws, u"S"_s).copyBytes, counters(ws, u"S"_s).copyBytes);
    }

    void mirrorBytesKeepToTheLinksRate()
    {
        // Issue 18: a synchronization on a link set to 10 MB/s showed 61-69 MB/s. A sparse primary (64 KiB of data
        // in every 512 KiB) makes the copy pointer run ahead of the bytes; the mirror counter must move at the link's
        // rate, as the Performance view's series is made of it.
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        constexpr qint64 kSize = 256 * MiB;
        QVERIFY(makeDrives(ws, u"P"_s, u"R"_s, kSize));
        QString writes;
        for (qint64 at = 0; at < kSize; at += 512 * 1024) {
            writes += u"write logicalDrive [\"P\"] offset=%1 length=65536 seed=%2;"_s.arg(at).arg(at / MiB + 1);
        }
        RUN_OK(ws, writes, kPrimary); // 32 MiB of data: about 3 s at 10 MB/s
        RUN_OK(ws, u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site\" bandwidth=10 MB;"_s, kPrimary);
        RUN_OK(ws,
            u"create remoteMirror primary=\"P\" secondary=\"R\" remoteStorageSubsystemName=\"Secondary Site\" "
            "syncPriority=highest;"_s,
            kPrimary);
        const ObjectId id = ws.logicalDrive(u"P"_s)->id;
        struct Sample
        {
            qint64 ms;
            quint64 bytes;
        };
        QList<Sample> samples;
        while (status(ws, u"P"_s) == MirrorStatus::Synchronizing) {
            ws.engine().refreshRuntimeNow();
            const SnapshotPtr s = ws.engine().snapshot();
            samples.append({s->publishedMs, s->runtime.value(id).mirrorBytes});
            QTest::qWait(100);
        }
        QCOMPARE(status(ws, u"P"_s), MirrorStatus::Synchronized);
        QVERIFY(samples.size() > 15);
        // Rates over 1-second windows, as the console computes them (HostIoRates' window is 1.5 s).
        double fastest = 0;
        for (qsizetype i = 0; i < samples.size(); ++i) {
            for (qsizetype j = i + 1; j < samples.size(); ++j) {
                if (samples[j].ms - samples[i].ms >= 1000) {
                    const double rate = static_cast<double>(samples[j].bytes - samples[i].bytes) * 1000.0
                        / static_cast<double>(samples[j].ms - samples[i].ms);
                    fastest = std::max(fastest, rate);
                    break;
                }
            }
        }
        const double average = static_cast<double>(samples.last().bytes - samples.first().bytes) * 1000.0
            / static_cast<double>(std::max<qint64>(1, samples.last().ms - samples.first().ms));
        QVERIFY2(fastest <= 1.25 * 10 * MiB, qPrintable(u"fastest %1 MB/s"_s.arg(fastest / MiB)));
        QVERIFY2(average >= 0.6 * 10 * MiB, qPrintable(u"average %1 MB/s"_s.arg(average / MiB)));
        QVERIFY(counters(ws, u"P"_s).mirrorBytes >= quint64(32 * MiB));
    }

    void globalMirrorRecoveryPoint()
    {
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"G"_s, u"G2"_s, 32 * MiB));
        QVERIFY(makeDrives(ws, u"M"_s, u"M2"_s, 8 * MiB));
        RUN_OK(ws,
            u"create remoteMirror primary=\"G\" secondary=\"G2\" remoteStorageSubsystemName=\"Secondary Site\" "
            "writeMode=asynchronous writeOrder=preserved;"
            "create remoteMirror primary=\"M\" secondary=\"M2\" remoteStorageSubsystemName=\"Secondary Site\";"_s,
            kPrimary);
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"G"_s), MirrorStatus::Synchronized, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"M"_s), MirrorStatus::Synchronized, 30000);
        // Current: the journal is empty. A Metro Mirror is current by construction.
        QTRY_COMPARE(mirrorRuntime(ws, u"G"_s).recoveryPointAgeMs, qint64(0));
        QCOMPARE(mirrorRuntime(ws, u"M"_s).recoveryPointAgeMs, qint64(0));
        QCOMPARE(ws.engine().snapshot()->mirrors.value(ws.logicalDrive(u"G2"_s, kSecondary)->id).recoveryPointAgeMs,
            qint64(-1)); // a secondary has none of its own

        // Behind a slow link the journal waits: the RPO is the age of its oldest write, and comes back to 0.
        RUN_OK(ws, u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site\" bandwidth=1 MB;"_s, kPrimary);
        for (int i = 0; i < 8; ++i) {
            QVERIFY(hostWrite(ws, u"G"_s, i * MiB, 512 * 1024).ok());
        }
        QTest::qWait(700);
        const qint64 lag = mirrorRuntime(ws, u"G"_s).recoveryPointAgeMs;
        QVERIFY2(lag >= 500, qPrintable(QString::number(lag)));
        QTRY_COMPARE_WITH_TIMEOUT(mirrorRuntime(ws, u"G"_s).recoveryPointAgeMs, qint64(0), 30000);

        // Suspended: the secondary keeps the image of the suspension; the RPO grows with the clock.
        RUN_OK(ws, u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site\" bandwidth=0;"_s, kPrimary);
        RUN_OK(ws, u"suspend remoteMirror primary [\"G\"];"_s, kPrimary);
        QCOMPARE(status(ws, u"G"_s), MirrorStatus::Suspended);
        const qint64 first = mirrorRuntime(ws, u"G"_s).recoveryPointAgeMs;
        QVERIFY(first >= 0);
        QTest::qWait(1200);
        const qint64 second = mirrorRuntime(ws, u"G"_s).recoveryPointAgeMs;
        QVERIFY2(second >= first + 1000, qPrintable(u"%1 then %2"_s.arg(first).arg(second)));
        // Also through the snapshot's JSON.
        QCOMPARE(Snapshot::fromJson(ws.engine().snapshot()->toJson())
                     .mirrors.value(ws.logicalDrive(u"G"_s)->id)
                     .recoveryPointAgeMs,
            second);
        // Resumed and synchronized: current again.
        RUN_OK(ws, u"resume remoteMirror primary [\"G\"];"_s, kPrimary);
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"G"_s), MirrorStatus::Synchronized, 30000);
        QTRY_COMPARE(mirrorRuntime(ws, u"G"_s).recoveryPointAgeMs, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestTraffic)
#include "tst_traffic.moc"
