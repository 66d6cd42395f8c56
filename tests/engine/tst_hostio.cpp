// SPDX-License-Identifier: GPL-3.0-or-later
// Simulated host workloads and the host I/O server's settings: workloads move data (and so copy states), pause and
// stop per host, follow mapping changes, meet the copy-services refusals (logged once, not flooded); the server's
// port, address and on/off settings persist.
#include "testworkspace.h"
#include "util/bytesize.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using Copyline::Test::TestWorkspace;

class TestHostIo : public QObject
{
    Q_OBJECT

private:
    static const WorkloadRuntime workload(TestWorkspace& ws, const QString& host)
    {
        ws.engine().refreshRuntimeNow();
        const Host* h = ws.config().hostByName(ws.subsystemId(u"Primary Site"_s), host);
        return ws.engine().snapshot()->workloads.value(h ? h->id : 0);
    }

private Q_SLOTS:
    void workloadsMoveDataAndStop()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const ObjectId dataVol = ws.logicalDrive(u"DataVol"_s)->id;
        QVERIFY(ws.run(u"create FlashCopyLogicalDrive baseLogicalDrive=\"DataVol\" repositoryPercentOfBase=10;"
                       "start hostWorkload host=\"east-db01\" rate=40 MB readPercent=25 blockSize=64 KB;"_s)
                    .ok());
        QTRY_VERIFY(workload(ws, u"east-db01"_s).writes > 50);
        QVERIFY(workload(ws, u"east-db01"_s).reads > 0);
        QCOMPARE(workload(ws, u"east-db01"_s).targets, 4); // Accounting, Payroll (group), Oracle Logs, DataVol
        // The data path counts host I/O per drive, and the FlashCopy's repository fills as the base changes.
        QTRY_VERIFY(ws.engine().snapshot()->runtime.value(dataVol).writeOps > 0);
        const ObjectId fc = ws.logicalDrive(u"DataVol-1"_s)->id;
        QTRY_VERIFY(ws.engine().pointInTime(fc)->grainsCopied() > 0);
        // Pause: nothing more is written.
        QVERIFY(ws.run(u"pause hostWorkload host=\"east-db01\";"_s).ok());
        QTest::qWait(100);
        const quint64 paused = workload(ws, u"east-db01"_s).writes;
        QTest::qWait(300);
        QCOMPARE(workload(ws, u"east-db01"_s).writes, paused);
        QVERIFY(workload(ws, u"east-db01"_s).paused);
        QVERIFY(ws.run(u"resume hostWorkload host=\"east-db01\";"_s).ok());
        QTRY_VERIFY(workload(ws, u"east-db01"_s).writes > paused);
        QVERIFY(ws.run(u"stop hostWorkload host=\"east-db01\";"_s).ok());
        QVERIFY(!ws.engine().workloads().contains(ws.config().hostByName(ws.subsystemId(u"Primary Site"_s), u"east-db01"_s)->id));
        QCOMPARE(ws.run(u"stop hostWorkload host=\"east-db01\";"_s).error.code, ErrorCode::WorkloadNotRunning);
        QCOMPARE(ws.run(u"start hostWorkload host=\"nobody\";"_s).error.code, ErrorCode::HostNotFound);
        QCOMPARE(ws.run(u"start hostWorkload host=\"east-db01\" readPercent=120;"_s).error.code, ErrorCode::InvalidParameter);
        QCOMPARE(ws.run(u"start hostWorkload host=\"east-db01\" pattern=zigzag;"_s).error.code, ErrorCode::InvalidParameter);
    }

    void workloadsFollowMappingsAndMeetRefusals()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const qint64 last = ws.engine().snapshot()->lastEventId;
        QVERIFY(ws.run(u"create logicalDrive array=1 userLabel=\"Src\" capacity=64 MB;"
                       "create logicalDrive array=2 userLabel=\"Dst\" capacity=64 MB;"
                       "set logicalDrive [\"Src\"] logicalUnitNumber=4 host=\"admin-ws\";"
                       "set storageSubsystem copyBandwidth=1 MB;"
                       "create volumeCopy source=\"Src\" target=\"Dst\";"
                       "start hostWorkload host=\"admin-ws\" readPercent=0 rate=10 MB;"_s)
                    .ok());
        // The only drive admin-ws sees is a VolumeCopy source: read-only, every write refused.
        QTRY_VERIFY(workload(ws, u"admin-ws"_s).refused > 5);
        QCOMPARE(workload(ws, u"admin-ws"_s).writes, quint64(0));
        QVERIFY(workload(ws, u"admin-ws"_s).lastRefusal.contains(u"source of a VolumeCopy"_s));
        QTest::qWait(100);
        int refusalEvents = 0;
        for (const Event& e : ws.engine().events(0, last, 1000)) {
            refusalEvents += e.code == EventCode::HostIoRefused ? 1 : 0;
        }
        QCOMPARE(refusalEvents, 1); // logged, not flooded
        // Stop the copy: the writes go through. Unmap: the host sees nothing.
        QVERIFY(ws.run(u"stop volumeCopy target [\"Dst\"];"_s).ok());
        QTRY_VERIFY(workload(ws, u"admin-ws"_s).writes > 0);
        QVERIFY(ws.run(u"remove logicalDrive [\"Src\"] lunMapping;"_s).ok());
        QTRY_COMPARE(workload(ws, u"admin-ws"_s).targets, 0);
        QVERIFY(ws.run(u"stop hostWorkload host=\"admin-ws\";"_s).ok());
    }

    void refusalsAlonePublishSnapshots()
    {
        // Only refused requests (a completed copy's read-only target; no copy runs): no drive counter moves, yet the
        // snapshots keep the refusals current (the console counts them live), each stamped later than the one before.
        TestWorkspace ws;
        QVERIFY(ws.ok());
        QVERIFY(ws.run(u"create logicalDrive array=1 userLabel=\"Src\" capacity=64 MB;"
                       "create logicalDrive array=2 userLabel=\"Dst\" capacity=64 MB;"
                       "create volumeCopy source=\"Src\" target=\"Dst\";"_s)
                    .ok());
        const ObjectId dst = ws.logicalDrive(u"Dst"_s)->id;
        QTRY_VERIFY_WITH_TIMEOUT(ws.config().volumeCopyTargeting(dst)->status == VolumeCopyStatus::Completed, 30000);
        QVERIFY(ws.run(u"set logicalDrive [\"Dst\"] logicalUnitNumber=4 host=\"admin-ws\";"
                       "start hostWorkload host=\"admin-ws\" readPercent=0 rate=4 MB;"_s)
                    .ok());
        const ObjectId host = ws.config().hostByName(ws.subsystemId(u"Primary Site"_s), u"admin-ws"_s)->id;
        QTRY_VERIFY(ws.engine().snapshot()->workloads.value(host).refused > 0);
        const SnapshotPtr first = ws.engine().snapshot();
        QTRY_VERIFY(ws.engine().snapshot()->workloads.value(host).refused > first->workloads.value(host).refused + 5);
        QCOMPARE(ws.engine().snapshot()->workloads.value(host).writes, quint64(0));
        QCOMPARE(ws.engine().snapshot()->runtime.value(dst).writeOps, quint64(0));
        QVERIFY(ws.engine().snapshot()->publishedMs > first->publishedMs);
        QVERIFY(first->publishedMs > 0);
        QVERIFY(ws.run(u"stop hostWorkload host=\"admin-ws\";"_s).ok());
    }

    void serverSettings()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        CommandResult r = ws.run(u"set hostIoServer port=0;"_s);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QVERIFY(r.data.value(u"running"_s).toBool());
        const int port = r.data.value(u"port"_s).toInt();
        QVERIFY(port > 0);
        QCOMPARE(ws.engine().snapshot()->nbdPort, quint16(port));
        QCOMPARE(ws.run(u"set hostIoServer port=70000;"_s).error.code, ErrorCode::InvalidParameter);
        QCOMPARE(ws.run(u"set hostIoServer address=\"localhost:9\";"_s).error.code, ErrorCode::InvalidParameter);
        QVERIFY(ws.run(u"set hostIoServer enabled=FALSE;"_s).ok());
        QVERIFY(!ws.engine().nbd().isRunning());
        r = ws.run(u"show hostIoServer;"_s);
        QVERIFY(!r.data.value(u"running"_s).toBool());
        QVERIFY(!r.data.value(u"exports"_s).toArray().isEmpty()); // the exports exist, nobody serves them
        // Settings persist across a restart.
        QVERIFY(!ws.reopen().isError());
        QVERIFY(!ws.engine().nbd().isRunning());
        QVERIFY(ws.run(u"set hostIoServer enabled=TRUE port=0;"_s).ok());
        QVERIFY(ws.engine().nbd().isRunning());
    }
};

QTEST_GUILESS_MAIN(TestHostIo)
#include "tst_hostio.moc"
