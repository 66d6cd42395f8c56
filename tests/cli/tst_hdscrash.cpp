// SPDX-License-Identifier: GPL-3.0-or-later
// In-controller copy crash consistency with a real kill (issue 15): copylined is SIGKILLed while host writes to the
// S-VOL make a pair in 803 copy old tracks to the T-VOL first (copy-before-write), and while the copy loop runs with
// host writes. The restarted engine must go on copying and end with the T-VOL holding the S-VOL's image at T0, byte
// for byte; writes acknowledged before the kill are on the S-VOL.
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
const QString kSerial = u"64020"_s;

using Run = Test::CallRun;

/** An engine command on the controller (every command but the one that creates it names its serial). */
Run call(const QString& workspace, const QString& command, QJsonObject args = {})
{
    if (command != u"hdsCreateController"_s) {
        args.insert(u"subsystem"_s, kSerial);
    }
    return Test::callEngine(workspace, command, args);
}

QString checksum(const QString& workspace, const QString& ldev)
{
    const Run r = call(workspace, u"checksumLogicalDrive"_s, {{u"targets"_s, QJsonArray {ldev}}});
    return r.code == 0 ? r.data.value(u"sha256"_s).toString() : r.err;
}

QJsonObject writeArgs(const QString& ldev, qint64 offset, qint64 length, int seed)
{
    return {{u"subsystem"_s, kSerial}, {u"targets"_s, QJsonArray {ldev}}, {u"offset"_s, offset}, {u"length"_s, length},
        {u"seed"_s, seed}};
}

QJsonObject pairArgs()
{
    return {{u"pvol"_s, u"00:10"_s}, {u"svol"_s, u"00:20"_s}};
}

QJsonObject with(QJsonObject o, const QString& key, const QJsonValue& value)
{
    o.insert(key, value);
    return o;
}

int status(const QString& workspace)
{
    const Run r = call(workspace, u"hdsPairDisplay"_s, pairArgs());
    const QJsonArray rows = r.data.value(u"pairs"_s).toArray();
    return rows.isEmpty() ? 801 : rows.first().toObject().value(u"status"_s).toInt();
}

void setUp(const QString& ws)
{
    for (const auto& [command, args] : QList<std::pair<QString, QJsonObject>> {
             {u"hdsCreateController"_s, {{u"serial"_s, kSerial}}},
             {u"hdsCreateVolume"_s, {{u"ldev"_s, u"00:10"_s}, {u"capacity"_s, kSize}, {u"dka"_s, 0}}},
             {u"hdsCreateVolume"_s,
                 {{u"ldev"_s, u"00:20"_s}, {u"capacity"_s, kSize}, {u"dka"_s, 1}, {u"reserve"_s, true}}},
             {u"writeLogicalDrive"_s, writeArgs(u"00:10"_s, 0, kSize, 1)},
             {u"hdsPairCreate"_s, with(pairArgs(), u"initialCopy"_s, false)},
         }) {
        const Run r = call(ws, command, args);
        QVERIFY2(r.code == 0, qPrintable(command + u": "_s + r.err));
    }
}

} // namespace

class TestHdsCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killDuringCopyBeforeWrite()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(u"ws"_s);
        setUp(ws);
        QRandomGenerator rng(QRandomGenerator::global()->generate());
        int interrupted = 0;
        for (int round = 0; round < 3; ++round) {
            const QString image = checksum(ws, u"00:10"_s);
            // The copy loop held at its start (started through a slow REMOTE COPY channel, then suspended): every
            // host write to the S-VOL copies the old tracks first.
            Run r = call(ws, u"hdsSetController"_s, {{u"copyPath"_s, u"remotecopy"_s}, {u"chaBandwidth"_s, 1000000}});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            r = call(ws, u"hdsPairSplit"_s, with(pairArgs(), u"pace"_s, 1));
            QVERIFY2(r.code == 0, qPrintable(r.err));
            r = call(ws, u"hdsPairSuspend"_s, pairArgs());
            QVERIFY2(r.code == 0, qPrintable(r.err));
            r = call(ws, u"hdsSetController"_s, {{u"copyPath"_s, u"incontroller"_s}});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QProcess writer;
            writer.start(Test::binary(u"copylinectl"_s),
                Test::callArguments(ws, u"writeLogicalDrive"_s,
                    writeArgs(u"00:10"_s, rng.bounded(64) * (1LL << 20), 128LL << 20, 10 + round)));
            QTest::qWait(round == 0 ? 60 : 100 + rng.bounded(400));
            Test::killEngine(ws);
            if (writer.state() != QProcess::NotRunning) {
                QVERIFY(writer.waitForFinished(60000));
            }
            interrupted += writer.exitCode() != 0 ? 1 : 0;
            // A new engine: the pair is still in 803, the copy goes on, the T-VOL ends with the image at T0.
            QCOMPARE(status(ws), 803);
            r = call(ws, u"hdsPairSuspend"_s, with(pairArgs(), u"resume"_s, true));
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QTRY_COMPARE_WITH_TIMEOUT(status(ws), 804, 120000);
            QCOMPARE(checksum(ws, u"00:20"_s), image);
            r = call(ws, u"hdsPairResync"_s, pairArgs());
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QTRY_COMPARE_WITH_TIMEOUT(call(ws, u"hdsPairDisplay"_s, pairArgs())
                                          .data.value(u"pairs"_s)
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value(u"running"_s)
                                          .toBool(),
                false, 120000);
        }
        qInfo("%d of 3 writes were interrupted by the kill", interrupted);
        QVERIFY(interrupted > 0);
        Test::stopEngine(ws);
    }

    void killWhileTheCopyLoopRuns()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(u"ws"_s);
        setUp(ws);
        // The copy through a 20 MB/s host channel (REMOTE COPY) takes about 13 s: long enough to be killed in.
        Run r = call(ws, u"hdsSetController"_s, {{u"copyPath"_s, u"remotecopy"_s}, {u"chaBandwidth"_s, 20000000}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString image = checksum(ws, u"00:10"_s);
        r = call(ws, u"hdsPairSplit"_s, with(pairArgs(), u"pace"_s, 15));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // An acknowledged write during the copy: it reaches the S-VOL, and the T-VOL keeps T0.
        QCOMPARE(call(ws, u"writeLogicalDrive"_s, writeArgs(u"00:10"_s, 200LL << 20, 8LL << 20, 3)).code, 0);
        QTest::qWait(1500);
        Test::killEngine(ws);
        QCOMPARE(status(ws), 803);
        r = call(ws, u"hdsSetController"_s, {{u"copyPath"_s, u"incontroller"_s}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QTRY_COMPARE_WITH_TIMEOUT(status(ws), 804, 120000);
        QCOMPARE(checksum(ws, u"00:20"_s), image);
        QVERIFY(checksum(ws, u"00:10"_s) != image);
        Test::stopEngine(ws);
    }
};

QTEST_GUILESS_MAIN(TestHdsCrash)
#include "tst_hdscrash.moc"
