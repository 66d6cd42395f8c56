// SPDX-License-Identifier: GPL-3.0-or-later
// The in-controller copy CLI end to end (docs/hds-cli.md): paircreate, pairsplit, pairresync, pairdisplay and
// pairevtwait as real processes (called by their link names) against a temporary workspace served by copylined: a
// pair through its whole life (create without copy, split, wait, resync, delete), the pairdisplay table and -CLI
// columns, the error classes and their exit codes, and the bytes: the S-VOL after a split holds the P-VOL's image of
// the moment of the split, though the P-VOL is written right after it.
#include "testworkspace.h"

#include <QJsonArray>
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

const QString kSerial = u"64030"_s;
constexpr qint64 kSize = 64LL << 20;

// The exit codes of docs/hds-cli.md.
constexpr int kCmdRje = 221;
constexpr int kEwsTot = 233;
constexpr int kENoObj = 247;
constexpr int kCmdErr = 250;
constexpr int kInvArg = 253;

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run process(const QString& program, const QStringList& args, const QHash<QString, QString>& env = {})
{
    QProcess p;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        environment.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(environment);
    p.start(program, args);
    if (!p.waitForFinished(180000)) {
        p.kill();
        return {-2, {}, u"timed out"_s};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
}

Run ctl(const QString& workspace, const QStringList& args)
{
    return process(Test::binary(u"copylinectl"_s), QStringList {u"--workspace"_s, workspace} + args);
}

Run call(const QString& workspace, const QString& command, const QJsonObject& args = {})
{
    return ctl(workspace,
        {u"--call"_s, command, u"--args"_s, QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact))});
}

struct EngineGuard
{
    QString workspace;
    ~EngineGuard() { ctl(workspace, {u"--stop"_s, u"-S"_s}); }
};

} // namespace

class TestCciCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    std::unique_ptr<EngineGuard> m_guard;

    /** A command by its link name, on the test controller unless @p args names another with -n. */
    Run cci(const QString& tool, QStringList args, bool onTestController = true)
    {
        if (onTestController) {
            args += {u"-n"_s, kSerial};
        }
        return process(Test::binary(tool), args, {{u"COPYLINE_WORKSPACE"_s, m_ws}});
    }

    QString checksum(const QString& ldev)
    {
        const Run r = call(m_ws, u"checksumLogicalDrive"_s,
            {{u"subsystem"_s, kSerial}, {u"targets"_s, QJsonArray {ldev}}, {u"length"_s, kSize}});
        return r.code == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"sha256"_s).toString() : r.err;
    }

    bool write(const QString& ldev, qint64 offset, qint64 length, int seed)
    {
        const Run r = call(m_ws, u"writeLogicalDrive"_s,
            {{u"subsystem"_s, kSerial}, {u"targets"_s, QJsonArray {ldev}}, {u"offset"_s, offset}, {u"length"_s, length},
                {u"seed"_s, seed}});
        return r.code == 0;
    }

    /** The -CLI row of @p ldev in "pairdisplay -pvol pvol -fc -CLI". */
    QStringList cliRow(const QString& pvol, const QString& ldev)
    {
        const Run r = cci(u"pairdisplay"_s, {u"-pvol"_s, pvol, u"-fc"_s, u"-CLI"_s});
        for (const QString& line : r.out.split(u'\n', Qt::SkipEmptyParts).mid(1)) {
            const QStringList cells = line.split(u' ');
            if (cells.size() > 1 && cells[1] == ldev) {
                return cells;
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(u"ws"_s);
        m_guard = std::make_unique<EngineGuard>(EngineGuard {m_ws});
        // The first call makes the demonstration workspace (controller 64015 and its pair 00:10 - 00:20); the test
        // controller 64030 comes beside it.
        const QList<std::pair<QString, QJsonObject>> steps {
            {u"hdsCreateController"_s, {{u"serial"_s, kSerial}}},
            {u"hdsCreateVolume"_s,
                {{u"subsystem"_s, kSerial}, {u"ldev"_s, u"00:10"_s}, {u"port"_s, u"CL1-A"_s}, {u"capacity"_s, kSize}}},
            {u"hdsCreateVolume"_s,
                {{u"subsystem"_s, kSerial}, {u"ldev"_s, u"00:11"_s}, {u"port"_s, u"CL1-A"_s}, {u"capacity"_s, kSize}}},
            {u"hdsCreateVolume"_s,
                {{u"subsystem"_s, kSerial}, {u"ldev"_s, u"00:20"_s}, {u"port"_s, u"CL2-A"_s}, {u"capacity"_s, kSize},
                    {u"dka"_s, 1}, {u"reserve"_s, true}}},
            {u"hdsCreateVolume"_s,
                {{u"subsystem"_s, kSerial}, {u"ldev"_s, u"00:21"_s}, {u"port"_s, u"CL2-A"_s}, {u"capacity"_s, kSize},
                    {u"dka"_s, 1}, {u"reserve"_s, true}}},
        };
        for (const auto& [command, args] : steps) {
            const Run r = call(m_ws, command, args);
            QVERIFY2(r.code == 0, qPrintable(command + u": "_s + r.err + r.out));
        }
    }

    void cleanupTestCase() { m_guard.reset(); }

    void help()
    {
        const Run r = process(Test::binary(u"copyline-cci"_s), {u"-h"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"pairevtwait -pvol CU:LDEV -svol CU:LDEV -s STATUS [-t SECONDS]"_s));
        // copyline-cci <command> works as the link does.
        const Run display = process(Test::binary(u"copyline-cci"_s), {u"pairdisplay"_s, u"-n"_s, kSerial, u"-CLI"_s},
            {{u"COPYLINE_WORKSPACE"_s, m_ws}});
        QCOMPARE(display.code, 0);
        QVERIFY(display.out.startsWith(u"Pair# PairVol L/R Port# TID LU Seq# LDEV# P/S Status GUI"_s));
    }

    void defaultControllerIsTheFirst()
    {
        // No -n: the workspace's first controller, the demonstration's 64015 with its pair created without a copy.
        const Run r = cci(u"pairdisplay"_s, {u"-CLI"_s}, false);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[1], u"0 00:10 L CL1-A 0 0 64015 00:10 P-VOL 802 duplex 15 0 1024 00:20"_s);
        QCOMPARE(lines[2], u"0 00:20 R CL2-A 0 0 64015 00:20 S-VOL 802 duplex 15 0 1024 00:10"_s);
    }

    void argumentErrors_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << u"paircreate"_s << QStringList {u"-pvol"_s, u"00:10"_s, u"-x"_s} << kInvArg
                                        << u"paircreate: [EX_INVARG] unknown option -x. Usage: paircreate -pvol"_s;
        QTest::newRow("missing value") << u"pairsplit"_s << QStringList {u"-svol"_s, u"00:20"_s, u"-pvol"_s} << kInvArg
                                       << u"pairsplit: [EX_INVARG] -pvol needs a value (-pvol CU:LDEV)"_s;
        QTest::newRow("missing option") << u"pairresync"_s << QStringList {u"-pvol"_s, u"00:10"_s} << kInvArg
                                        << u"pairresync: [EX_INVARG] specify -svol CU:LDEV"_s;
        QTest::newRow("bad CU:LDEV") << u"paircreate"_s << QStringList {u"-pvol"_s, u"0010"_s, u"-svol"_s, u"auto"_s}
                                     << kInvArg << u"paircreate: [EX_INVARG] -pvol 0010: not a CU:LDEV"_s;
        QTest::newRow("bad pace") << u"paircreate"_s
                                  << QStringList {u"-pvol"_s, u"00:10"_s, u"-svol"_s, u"auto"_s, u"-pace"_s, u"4"_s}
                                  << kInvArg << u"-pace 4: use 1 (slow), 3 (medium) or 15 (fast)"_s;
        QTest::newRow("bad -c") << u"pairsplit"_s
                                << QStringList {u"-pvol"_s, u"00:10"_s, u"-svol"_s, u"00:20"_s, u"-c"_s, u"16"_s}
                                << kInvArg << u"-c 16: the copy pace is 1 to 15"_s;
        QTest::newRow("-pace and -c") << u"pairresync"_s
                                      << QStringList {u"-pvol"_s, u"00:10"_s, u"-svol"_s, u"00:20"_s, u"-c"_s, u"3"_s,
                                             u"-pace"_s, u"3"_s}
                                      << kInvArg << u"give -pace or -c, not both"_s;
        QTest::newRow("bad status") << u"pairevtwait"_s
                                    << QStringList {u"-pvol"_s, u"00:10"_s, u"-svol"_s, u"00:20"_s, u"-s"_s, u"psus"_s}
                                    << kInvArg << u"-s psus: use a status number 801-804 or a GUI status"_s;
        QTest::newRow("positional") << u"pairdisplay"_s << QStringList {u"00:10"_s} << kInvArg
                                    << u"unexpected argument \"00:10\""_s;
    }

    void argumentErrors()
    {
        QFETCH(QString, tool);
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = cci(tool, args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void objectAndCommandErrors()
    {
        Run r = cci(u"pairsplit"_s, {u"-pvol"_s, u"00:99"_s, u"-svol"_s, u"00:20"_s});
        QCOMPARE(r.code, kENoObj);
        QCOMPARE(r.err,
            u"pairsplit: [EX_ENOOBJ] No volume \"00:99\" on controller 64030. Address a volume by CU:LDEV in hex, "
            "such as 00:1A.\n"_s);
        r = cci(u"pairsplit"_s, {u"-pvol"_s, u"00:10"_s, u"-svol"_s, u"00:20"_s});
        QCOMPARE(r.code, kENoObj);
        QVERIFY2(r.err.startsWith(u"pairsplit: [EX_ENOOBJ] 00:10 and 00:20 are not a pair (status 801"_s),
            qPrintable(r.err));
        r = cci(u"pairdisplay"_s, {u"-n"_s, u"99999"_s}, false);
        QCOMPARE(r.code, kENoObj);
        QVERIFY(r.err.startsWith(u"pairdisplay: [EX_ENOOBJ] -n 99999: "_s));
        // A T-VOL must be reserved (L217): the controller rejects the pair.
        r = cci(u"paircreate"_s, {u"-pvol"_s, u"00:10"_s, u"-svol"_s, u"00:11"_s});
        QCOMPARE(r.code, kCmdRje);
        QVERIFY2(r.err.startsWith(u"paircreate: [EX_CMDRJE] The pair 00:10 - 00:11 cannot be created: "_s),
            qPrintable(r.err));
        r = process(Test::binary(u"pairdisplay"_s), {u"--workspace"_s, m_dir.filePath(u"none"_s)});
        QCOMPARE(r.code, kCmdErr);
        QVERIFY(r.err.startsWith(u"pairdisplay: [EX_CMDERR] no Copyline workspace at "_s));
        r = process(Test::binary(u"copyline-cci"_s), {u"pairfoo"_s});
        QCOMPARE(r.code, kCmdErr);
        QVERIFY(r.err.startsWith(u"copyline-cci: [EX_CMDERR] pairfoo: unknown command"_s));
        // A volume in no pair shows as 801 simplex.
        r = cci(u"pairdisplay"_s, {u"-pvol"_s, u"00:11"_s, u"-CLI"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).value(1),
            u"- 00:11 L CL1-A 0 1 64030 00:11 - 801 simplex - 0 0 -"_s);
    }

    void pairLifeAndData()
    {
        QVERIFY(write(u"00:10"_s, 0, kSize, 1));
        // paircreate -nocopy, the T-VOL by Auto selection (the lowest reserved free volume), CCI's -c 2 = pace 1.
        Run r = cci(u"paircreate"_s, {u"-pvol"_s, u"00:10"_s, u"-svol"_s, u"auto"_s, u"-nocopy"_s, u"-c"_s, u"2"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, u"paircreate: 64030 00:10 - 00:20 (pair 0): 802 duplex\n"_s);
        QCOMPARE(cliRow(u"00:10"_s, u"00:10"_s).join(u' '),
            u"0 00:10 L CL1-A 0 0 64030 00:10 P-VOL 802 duplex 1 0 256 0 00:20"_s);
        QCOMPARE(cliRow(u"00:10"_s, u"00:20"_s).join(u' '),
            u"0 00:20 R CL2-A 0 0 64030 00:20 S-VOL 802 duplex 1 0 256 0 00:10"_s);
        // The decorated table.
        r = cci(u"pairdisplay"_s, {u"-pvol"_s, u"00:10"_s, u"-fc"_s});
        QCOMPARE(r.code, 0);
        QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(u"Pair# PairVol(L/R)  (Port#,TID, LU)  Seq#   LDEV#  P/S   Status"_s));
        QVERIFY(lines[0].endsWith(u"%     P-LDEV#"_s));
        static const QRegularExpression pRow(
            u"^0 +00:10\\(L\\) +\\(CL1-A, +0, +0\\) +64030 +00:10 +P-VOL +802 duplex +1 +0/256 +0 +00:20$"_s);
        QVERIFY2(pRow.match(lines[1]).hasMatch(), qPrintable(lines[1]));
        QVERIFY(lines[2].contains(u"00:20(R)"_s) && lines[2].contains(u"S-VOL"_s));

        // Split: the point in time is now. The P-VOL is written right after; the S-VOL gets the image of the split.
        const QString image = checksum(u"00:10"_s);
        r = cci(u"pairsplit"_s, {u"-pvol"_s, u"00:10"_s, u"-svol"_s, u"00:20"_s, u"-pace"_s, u"15"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(u"pairsplit: 64030 00:10 - 00:20 (pair 0): 80"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"803 SP-Pending"_s) || r.out.contains(u"804 split"_s));
        QVERIFY(write(u"00:10"_s, 0, 8LL << 20, 2));
        r = cci(
            u"pairevtwait"_s, {u"-pvol"_s, u"00:10"_s, u"-svol"_s, u"00:20"_s, u"-s"_s, u"split"_s, u"-t"_s, u"120"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, u"pairevtwait: 64030 00:10 - 00:20: 804 split\n"_s);
        QCOMPARE(checksum(u"00:20"_s), image);
        QVERIFY(checksum(u"00:10"_s) != image);
        QCOMPARE(cliRow(u"00:10"_s, u"00:10"_s).join(u' '),
            u"0 00:10 L CL1-A 0 0 64030 00:10 P-VOL 804 split 15 256 256 100 00:20"_s);
        // The number works as well as the name.
        r = cci(u"pairevtwait"_s, {u"-pvol"_s, u"00:10"_s, u"-svol"_s, u"00:20"_s, u"-s"_s, u"804"_s});
        QCOMPARE(r.code, 0);

        // Fig. 2: Split of a pair in 804 does nothing; the controller rejects it.
        r = cci(u"pairsplit"_s, {u"-pvol"_s, u"00:10"_s, u"-svol"_s, u"00:20"_s});
        QCOMPARE(r.code, kCmdRje);
        QVERIFY2(
            r.err.startsWith(u"pairsplit: [EX_CMDRJE] Split does nothing for the pair 00:10 - 00:20 in status 804"_s),
            qPrintable(r.err));
        // A wait that cannot end times out.
        r = cci(
            u"pairevtwait"_s, {u"-pvol"_s, u"00:10"_s, u"-svol"_s, u"00:20"_s, u"-s"_s, u"re-sync"_s, u"-t"_s, u"1"_s});
        QCOMPARE(r.code, kEwsTot);
        QCOMPARE(r.err,
            u"pairevtwait: [EX_EWSTOT] The pair 00:10 - 00:20 did not reach re-sync within 1 seconds. It is 804 "
            "split.\n"_s);

        // Resync: 804 -> 802 and the differential sweep, at pace 3; then duplex again.
        r = cci(u"pairresync"_s, {u"-pvol"_s, u"00:10"_s, u"-svol"_s, u"00:20"_s, u"-pace"_s, u"3"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(u"pairresync: 64030 00:10 - 00:20 (pair 0): 802 "_s), qPrintable(r.out));
        r = cci(u"pairevtwait"_s,
            {u"-pvol"_s, u"00:10"_s, u"-svol"_s, u"00:20"_s, u"-s"_s, u"duplex"_s, u"-t"_s, u"120"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cliRow(u"00:10"_s, u"00:20"_s).value(11), u"3"_s);

        // Delete: 801; then the pair is gone.
        r = cci(u"pairsplit"_s, {u"-S"_s, u"-pvol"_s, u"00:10"_s, u"-svol"_s, u"00:20"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, u"pairsplit: 64030 00:10 - 00:20: 801 simplex\n"_s);
        r = cci(
            u"pairevtwait"_s, {u"-pvol"_s, u"00:10"_s, u"-svol"_s, u"00:20"_s, u"-s"_s, u"simplex"_s, u"-t"_s, u"5"_s});
        QCOMPARE(r.code, 0);
        r = cci(u"pairsplit"_s, {u"-S"_s, u"-pvol"_s, u"00:10"_s, u"-svol"_s, u"00:20"_s});
        QCOMPARE(r.code, kENoObj);
    }

    void suspendAndResume()
    {
        // pairsplit -E stops a running copy at its copy pointer; pairresync lets it go on; the image is still T0.
        QVERIFY(write(u"00:11"_s, 0, kSize, 7));
        Run r = cci(u"paircreate"_s, {u"-pvol"_s, u"00:11"_s, u"-svol"_s, u"00:21"_s, u"-nocopy"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString image = checksum(u"00:11"_s);
        // Through a slow REMOTE COPY channel, so that the copy still runs when it is suspended.
        QCOMPARE(call(m_ws, u"hdsSetController"_s,
                     {{u"subsystem"_s, kSerial}, {u"copyPath"_s, u"remotecopy"_s}, {u"chaBandwidth"_s, 1000000}})
                     .code,
            0);
        r = cci(u"pairsplit"_s, {u"-pvol"_s, u"00:11"_s, u"-svol"_s, u"00:21"_s, u"-pace"_s, u"1"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cci(u"pairsplit"_s, {u"-E"_s, u"-pvol"_s, u"00:11"_s, u"-svol"_s, u"00:21"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, u"pairsplit: 64030 00:11 - 00:21 (pair 0): 803 suspend\n"_s);
        QCOMPARE(
            call(m_ws, u"hdsSetController"_s, {{u"subsystem"_s, kSerial}, {u"copyPath"_s, u"incontroller"_s}}).code, 0);
        QVERIFY(write(u"00:11"_s, 0, 16LL << 20, 8)); // copy-before-write while suspended
        r = cci(u"pairsplit"_s, {u"-E"_s, u"-S"_s, u"-pvol"_s, u"00:11"_s, u"-svol"_s, u"00:21"_s});
        QCOMPARE(r.code, kInvArg);
        r = cci(u"pairresync"_s, {u"-pvol"_s, u"00:11"_s, u"-svol"_s, u"00:21"_s, u"-pace"_s, u"3"_s});
        QCOMPARE(r.code, kInvArg);
        r = cci(u"pairresync"_s, {u"-pvol"_s, u"00:11"_s, u"-svol"_s, u"00:21"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cci(
            u"pairevtwait"_s, {u"-pvol"_s, u"00:11"_s, u"-svol"_s, u"00:21"_s, u"-s"_s, u"split"_s, u"-t"_s, u"120"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(checksum(u"00:21"_s), image);
        r = cci(u"pairsplit"_s, {u"-S"_s, u"-pvol"_s, u"00:11"_s, u"-svol"_s, u"00:21"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void createWithCopyAndSplit()
    {
        // Without -nocopy the initial copy runs and ends paired and copied: -split changes nothing.
        Run r = cci(u"paircreate"_s, {u"-pvol"_s, u"00:10"_s, u"-svol"_s, u"00:21"_s, u"-split"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"803 pending"_s) || r.out.contains(u"804 split"_s), qPrintable(r.out));
        r = cci(
            u"pairevtwait"_s, {u"-pvol"_s, u"00:10"_s, u"-svol"_s, u"00:21"_s, u"-s"_s, u"split"_s, u"-t"_s, u"120"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(checksum(u"00:21"_s), checksum(u"00:10"_s));
        QCOMPARE(cci(u"pairsplit"_s, {u"-S"_s, u"-pvol"_s, u"00:10"_s, u"-svol"_s, u"00:21"_s}).code, 0);
        // -nocopy -split: created without its copy, then the copy command (SP-Pending, not the initial pending).
        const QString image = checksum(u"00:11"_s);
        r = cci(u"paircreate"_s, {u"-pvol"_s, u"00:11"_s, u"-svol"_s, u"00:21"_s, u"-nocopy"_s, u"-split"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"803 SP-Pending"_s) || r.out.contains(u"804 split"_s), qPrintable(r.out));
        r = cci(
            u"pairevtwait"_s, {u"-pvol"_s, u"00:11"_s, u"-svol"_s, u"00:21"_s, u"-s"_s, u"804"_s, u"-t"_s, u"120"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(checksum(u"00:21"_s), image);
    }
};

} // namespace Copyline

QTEST_GUILESS_MAIN(Copyline::TestCciCli)
#include "tst_ccicli.moc"
