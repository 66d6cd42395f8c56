// SPDX-License-Identifier: GPL-3.0-or-later
// NEC RemoteDataReplication crash consistency with a real kill (issue 17): copylined is SIGKILLed while a Replicate
// copies over a slow link between two disk arrays, and while Sync Mode host writes cross the link. The restarted
// engine must go on copying what may differ and end with the RV equal to the MV, byte for byte; writes acknowledged
// before the kill are on both.
#include "enginecall.h"
#include "testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

constexpr qint64 kSize = 64LL << 20;
const QString kMvArray = u"S2100/1259"_s;
const QString kRvArray = u"S2100/1258"_s;
const QJsonObject kPair {{u"mv"_s, u"crash_mv"_s}, {u"rv"_s, u"crash_rv"_s}};

using Run = Test::CallRun;

Run call(const QString& workspace, const QString& command, const QJsonObject& args = {})
{
    return Test::callEngine(workspace, command, args);
}

QJsonObject writeArgs(const QString& array, const QString& ld, qint64 offset, qint64 length, int seed)
{
    return {{u"subsystem"_s, array}, {u"targets"_s, QJsonArray {ld}}, {u"offset"_s, offset}, {u"length"_s, length},
        {u"seed"_s, seed}};
}

QString checksum(
    const QString& workspace, const QString& array, const QString& ld, qint64 offset = 0, qint64 length = kSize)
{
    const Run r = call(workspace, u"checksumLogicalDrive"_s,
        {{u"subsystem"_s, array}, {u"targets"_s, QJsonArray {ld}}, {u"offset"_s, offset}, {u"length"_s, length}});
    return r.code == 0 ? r.data.value(u"sha256"_s).toString() : r.err;
}

QString syncState(const QString& workspace)
{
    const Run r = call(workspace, u"necQueryPair"_s, kPair);
    return r.code == 0 ? r.data.value(u"syncState"_s).toString() : r.err;
}

QJsonObject with(QJsonObject o, const QString& key, const QJsonValue& value)
{
    o.insert(key, value);
    return o;
}

/** Two cabled disk arrays (link at @p bandwidth bytes/s) with a 64 MiB MV written full and its RDR pair. */
void setUp(const QString& ws, qint64 bandwidth)
{
    for (const auto& [command, args] : QList<std::pair<QString, QJsonObject>> {
             {u"necCreateDiskArray"_s,
                 {{u"id"_s, kRvArray}, {u"physical"_s, u"100 GB"_s}, {u"rdrLicense"_s, u"100 GB"_s}}},
             {u"necCreateRank"_s, {{u"subsystem"_s, kRvArray}, {u"rank"_s, 0}}},
             {u"necCreateLd"_s, {{u"subsystem"_s, kRvArray}, {u"name"_s, u"crash_rv"_s}, {u"capacity"_s, kSize}}},
             {u"necCreateLd"_s, {{u"subsystem"_s, kMvArray}, {u"name"_s, u"crash_mv"_s}, {u"capacity"_s, kSize}}},
             {u"necSetDiskArray"_s, {{u"subsystem"_s, kMvArray}, {u"rdrLicense"_s, u"1 TB"_s}}},
             {u"necConnectDiskArrays"_s,
                 {{u"subsystem"_s, kMvArray}, {u"remote"_s, kRvArray}, {u"bandwidth"_s, bandwidth}}},
             {u"writeLogicalDrive"_s, writeArgs(kMvArray, u"crash_mv"_s, 0, kSize, 1)},
             {u"necSetPair"_s, kPair},
         }) {
        const Run r = call(ws, command, args);
        QVERIFY2(r.code == 0, qPrintable(command + u": "_s + r.err));
    }
}

/** Waits for rpl/sync, separates, and compares the RV with the MV. */
void settlesEqual(const QString& ws)
{
    QTRY_COMPARE_WITH_TIMEOUT(syncState(ws), u"rpl/sync"_s, 120000);
    const Run r = call(ws, u"necSeparate"_s, kPair);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QTRY_COMPARE_WITH_TIMEOUT(syncState(ws), u"separated"_s, 60000);
    const QString mv = checksum(ws, kMvArray, u"crash_mv"_s);
    QCOMPARE(checksum(ws, kRvArray, u"crash_rv"_s), mv);
}

} // namespace

class TestNecCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringReplicateOverTheLink()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(u"ws"_s);
        setUp(ws, 16'000'000); // 64 MiB take about 4 s over the link
        Run r = call(ws, u"necReplicate"_s, kPair);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QTest::qWait(1500);
        const Run before = call(ws, u"necQueryPair"_s, kPair);
        QCOMPARE(before.data.value(u"syncState"_s).toString(), u"rpl/exec"_s);
        Test::killEngine(ws);
        // Restarted (the next call starts it), the pair goes on copying what the map says may differ.
        QCOMPARE(syncState(ws), u"rpl/exec"_s);
        settlesEqual(ws);
        Test::stopEngine(ws);
    }

    void killWithSyncModeWritesCrossingTheLink()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(u"ws"_s);
        setUp(ws, 0);
        Run r = call(ws, u"necReplicate"_s, kPair);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QTRY_COMPARE_WITH_TIMEOUT(syncState(ws), u"rpl/sync"_s, 60000);
        // A slower link now, so that the kill lands while Sync Mode writes wait for it.
        r = call(
            ws, u"necSetLink"_s, {{u"subsystem"_s, kMvArray}, {u"remote"_s, kRvArray}, {u"bandwidth"_s, 8'000'000}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // An acknowledged write, then one the kill interrupts.
        r = call(ws, u"writeLogicalDrive"_s, writeArgs(kMvArray, u"crash_mv"_s, 0, 1 << 20, 7));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString acknowledged = checksum(ws, kMvArray, u"crash_mv"_s, 0, 1 << 20);
        QProcess writer;
        writer.start(Test::binary(u"copylinectl"_s),
            Test::callArguments(ws, u"writeLogicalDrive"_s, writeArgs(kMvArray, u"crash_mv"_s, 8 << 20, 32 << 20, 8)));
        QTest::qWait(1500);
        Test::killEngine(ws);
        writer.waitForFinished(30000);
        QVERIFY(writer.exitCode() != 0); // the engine died under it: not acknowledged
        QCOMPARE(checksum(ws, kMvArray, u"crash_mv"_s, 0, 1 << 20), acknowledged);
        // Whatever of the interrupted write reached the MV reaches the RV too.
        settlesEqual(ws);
        QCOMPARE(checksum(ws, kRvArray, u"crash_rv"_s, 0, 1 << 20), acknowledged);
        Test::stopEngine(ws);
    }

    /**
     * Semi Sync Mode: acknowledged writes wait in the buffer for a slow link when the engine is killed. They were
     * recorded before the host heard of them, so the restarted engine copies them again and the RV gets them all.
     */
    void killWithSemiSyncWritesInTheBuffer()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(u"ws"_s);
        setUp(ws, 0);
        Run r = call(ws, u"necSetDiskArray"_s, {{u"subsystem"_s, kMvArray}, {u"semiSyncLimit"_s, u"16 MB"_s}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = call(ws, u"necReplicate"_s, with(kPair, u"cpmode"_s, u"semi"_s));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QTRY_COMPARE_WITH_TIMEOUT(syncState(ws), u"rpl/sync"_s, 60000);
        r = call(
            ws, u"necSetLink"_s, {{u"subsystem"_s, kMvArray}, {u"remote"_s, kRvArray}, {u"bandwidth"_s, 1'000'000}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // 4 MiB acknowledged at once; the link needs about 4 s to reflect them.
        r = call(ws, u"writeLogicalDrive"_s, writeArgs(kMvArray, u"crash_mv"_s, 4 << 20, 4 << 20, 9));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString acknowledged = checksum(ws, kMvArray, u"crash_mv"_s, 4 << 20, 4 << 20);
        const Run buffered = call(ws, u"necQueryPair"_s, kPair);
        QVERIFY2(buffered.data.value(u"semiSyncPendingKB"_s).toInteger() > 0,
            qPrintable(QString::fromUtf8(QJsonDocument(buffered.data).toJson())));
        Test::killEngine(ws);
        QCOMPARE(checksum(ws, kMvArray, u"crash_mv"_s, 4 << 20, 4 << 20), acknowledged);
        r = call(ws, u"necSetLink"_s, {{u"subsystem"_s, kMvArray}, {u"remote"_s, kRvArray}, {u"bandwidth"_s, 0}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        settlesEqual(ws);
        QCOMPARE(checksum(ws, kRvArray, u"crash_rv"_s, 4 << 20, 4 << 20), acknowledged);
        Test::stopEngine(ws);
    }
};

QTEST_GUILESS_MAIN(TestNecCrash)
#include "tst_neccrash.moc"
