// SPDX-License-Identifier: GPL-3.0-or-later
// ESS crash consistency with a real kill (issue 13): copylined is SIGKILLed while a host write makes an ESS
// FlashCopy preserve tracks (copy-on-write into the target volume), and while a PPRC initial copy runs. The restarted
// engine must present the FlashCopy's point-in-time image byte for byte, and bring the PPRC secondary to the
// primary's bytes.
#include "enginecall.h"
#include "service/engine.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

constexpr qint64 kSize = 256LL << 20;

using Run = Test::CallRun;

Run call(const QString& workspace, const QString& command, const QJsonObject& args = {})
{
    return Test::callEngine(workspace, command, args);
}

QString checksum(const QString& workspace, const QString& volume)
{
    const Run r = call(
        workspace, u"checksumLogicalDrive"_s, {{u"subsystem"_s, volume.mid(3)}, {u"targets"_s, QJsonArray {volume}}});
    return r.code == 0 ? r.data.value(u"sha256"_s).toString() : r.err;
}

QJsonObject writeArgs(const QString& volume, qint64 offset, qint64 length, int seed)
{
    return {{u"subsystem"_s, volume.mid(3)}, {u"targets"_s, QJsonArray {volume}}, {u"offset"_s, offset},
        {u"length"_s, length}, {u"seed"_s, seed}};
}

void setUp(const QString& ws)
{
    for (const auto& [command, args] : QList<std::pair<QString, QJsonObject>> {
             {u"essCreateStorageServer"_s, {{u"serial"_s, u"C0001"_s}, {u"lss"_s, QJsonArray {16}}}},
             {u"essCreateStorageServer"_s, {{u"serial"_s, u"C0002"_s}, {u"lss"_s, QJsonArray {17}}}},
             {u"essCreateVolumes"_s,
                 {{u"subsystem"_s, u"C0001"_s}, {u"lss"_s, 16}, {u"count"_s, 3}, {u"capacity"_s, kSize}}},
             {u"essCreateVolumes"_s,
                 {{u"subsystem"_s, u"C0002"_s}, {u"lss"_s, 17}, {u"count"_s, 1}, {u"capacity"_s, kSize}}},
         }) {
        const Run r = call(ws, command, args);
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
}

} // namespace

class TestEssCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringFlashCopyCopyOnWrite()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(u"ws"_s);
        setUp(ws);
        QCOMPARE(call(ws, u"writeLogicalDrive"_s, writeArgs(u"000C0001"_s, 0, kSize, 1)).code, 0);
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        int interrupted = 0;
        for (int round = 0; round < 3; ++round) {
            // NOCOPY: every track the host overwrites is preserved into the target first.
            const Run est = call(ws, u"essEstablishFlashCopy"_s,
                {{u"source"_s, u"000C0001"_s}, {u"target"_s, u"001C0001"_s}, {u"noCopy"_s, true}});
            QVERIFY2(est.code == 0, qPrintable(est.err));
            const QString image = checksum(ws, u"000C0001"_s);
            QCOMPARE(checksum(ws, u"001C0001"_s), image);
            QProcess writer;
            writer.start(Test::binary(u"copylinectl"_s),
                Test::callArguments(ws, u"writeLogicalDrive"_s,
                    writeArgs(u"000C0001"_s, rng.bounded(64) * (1LL << 20), 128LL << 20, 10 + round)));
            QTest::qWait(round == 0 ? 60 : 100 + rng.bounded(400));
            Test::killEngine(ws);
            if (writer.state() != QProcess::NotRunning) {
                QVERIFY(writer.waitForFinished(60000));
            }
            interrupted += writer.exitCode() != 0 ? 1 : 0;
            // A new engine on the same workspace: the target still shows the point in time.
            QCOMPARE(checksum(ws, u"001C0001"_s), image);
            QCOMPARE(call(ws, u"essWithdrawFlashCopy"_s, {{u"volume"_s, u"000C0001"_s}}).code, 0);
        }
        qInfo("%d of 3 writes were interrupted by the kill", interrupted);
        QVERIFY(interrupted > 0);
        Test::stopEngine(ws);
    }

    void killDuringPprcInitialCopy()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(u"ws"_s);
        setUp(ws);
        for (const auto& [command, args] : QList<std::pair<QString, QJsonObject>> {
                 {u"writeLogicalDrive"_s, writeArgs(u"000C0001"_s, 0, kSize, 2)},
                 {u"essConnectEscon"_s,
                     {{u"subsystem"_s, u"C0001"_s}, {u"said"_s, u"0001"_s}, {u"remote"_s, u"C0002"_s},
                         {u"remoteSaid"_s, u"00a1"_s}}},
                 {u"essEstablishPaths"_s,
                     {{u"subsystem"_s, u"C0001"_s}, {u"lss"_s, 16}, {u"remote"_s, u"C0002"_s},
                         {u"remoteLss"_s, QJsonArray {17}}, {u"said"_s, QJsonArray {u"0001"_s}}}},
                 // One ESCON link, 20 MB/s: the 256 MB copy takes about 13 s.
                 {u"essEstablishPprc"_s, {{u"pairs"_s, QJsonArray {u"000C0001:100C0002"_s}}, {u"copy"_s, u"entire"_s}}},
             }) {
            const Run r = call(ws, command, args);
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        // A synchronous write during the copy, acknowledged before the kill.
        QCOMPARE(call(ws, u"writeLogicalDrive"_s, writeArgs(u"000C0001"_s, 3LL << 20, 1LL << 20, 3)).code, 0);
        QTest::qWait(1500);
        Test::killEngine(ws);
        const Run state = call(ws, u"essQueryVolume"_s, {{u"volume"_s, u"000C0001"_s}});
        QCOMPARE(state.data.value(u"copyState"_s).toString(), u"duplex_pending"_s);
        QVERIFY(state.data.value(u"outOfSyncTracks"_s).toInteger() > 0);
        QCOMPARE(
            call(ws, u"essSetLink"_s, {{u"subsystem"_s, u"C0001"_s}, {u"remote"_s, u"C0002"_s}, {u"bandwidth"_s, 0}})
                .code,
            0);
        QTRY_COMPARE_WITH_TIMEOUT(
            call(ws, u"essQueryVolume"_s, {{u"volume"_s, u"000C0001"_s}}).data.value(u"copyState"_s).toString(),
            u"duplex"_s, 60000);
        const QString primary = checksum(ws, u"000C0001"_s);
        QCOMPARE(call(ws, u"essTerminatePprc"_s, {{u"pairs"_s, QJsonArray {u"000C0001:100C0002"_s}}}).code, 0);
        QCOMPARE(checksum(ws, u"100C0002"_s), primary);
        Test::stopEngine(ws);
    }
};

QTEST_GUILESS_MAIN(TestEssCrash)
#include "tst_esscrash.moc"
