// SPDX-License-Identifier: GPL-3.0-or-later
// The ESS Copy Services CLI end to end (issue 13, spec ESS §6): the rs* commands as real processes against the
// demonstration workspace served by copylined, a transcript per command and per return code of §6.8 that the six
// commands can give, with the seed's messages and output formats.
#include "testworkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

Run process(const QString& program, const QStringList& args, const QHash<QString, QString>& env = {})
{
    QProcess p;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        environment.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(environment);
    p.start(program, args);
    if (!p.waitForFinished(120000)) {
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

class TestRsCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    std::unique_ptr<EngineGuard> m_guard;

    Run rs(const QString& tool, const QStringList& args, const QHash<QString, QString>& env = {})
    {
        QHash<QString, QString> all {{u"COPYLINE_WORKSPACE"_s, m_ws}};
        all.insert(env);
        return process(Test::binary(tool), args, all);
    }

    QStringList auth() const { return {u"-u"_s, u"storwatch"_s, u"-p"_s, u"specialist"_s, u"-s"_s, m_ws}; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(u"ws"_s);
        m_guard = std::make_unique<EngineGuard>(EngineGuard {m_ws});
        // The first start makes the demonstration workspace: ESS 12019 and FCA31, the seed's tasks and user.
        const Run first = call(m_ws, u"essCopyServicesStatus"_s);
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QVERIFY(first.out.contains(u"\"active\": \"primary\""_s));
    }

    void cleanupTestCase() { m_guard.reset(); }

    void testConnection()
    {
        const Run noServer = rs(u"rsTestConnection.sh"_s, {});
        QCOMPARE(noServer.code, 3);
        QVERIFY(noServer.err.contains(u"Server name not specified"_s));
        const Run ok = rs(u"rsTestConnection.sh"_s, {u"-v"_s, u"-s"_s, m_ws});
        QCOMPARE(ok.code, 0);
        QVERIFY(ok.out.contains(u"rsWebTest: Using %1 as server name"_s.arg(m_ws)));
        QVERIFY(ok.out.contains(u"rsWebTest: HeartBeat to the server was successful."_s));
        QVERIFY(ok.out.endsWith(u"rsWebTest: command successful\n"_s));
        const Run down = rs(u"rsTestConnection"_s, {u"-s"_s, m_dir.filePath(u"nothing-here"_s)});
        QCOMPARE(down.code, 40);
        QVERIFY(down.err.contains(u"Failed to connect to server"_s));
        // The NT form of the switches works the same way.
        QCOMPARE(rs(u"rsTestConnection"_s, {u"/s"_s, m_ws}).code, 0);
    }

    void executeTask()
    {
        QCOMPARE(rs(u"rsExecuteTask.sh"_s, {u"HPFlash"_s}).code, 3);
        const Run noNames = rs(u"rsExecuteTask.sh"_s, auth());
        QCOMPARE(noNames.code, 4);
        QVERIFY(noNames.err.contains(u"No task names specified"_s));
        // Password protection is on: user and password are required and checked.
        const Run noUser = rs(u"rsExecuteTask.sh"_s, {u"-s"_s, m_ws, u"HPFlash"_s});
        QCOMPARE(noUser.code, 1);
        QVERIFY(noUser.err.contains(u"User name not specified"_s));
        QCOMPARE(rs(u"rsExecuteTask.sh"_s, {u"-u"_s, u"storwatch"_s, u"-s"_s, m_ws, u"HPFlash"_s}).code, 2);
        QCOMPARE(rs(u"rsExecuteTask.sh"_s, {u"-u"_s, u"storwatch"_s, u"-p"_s, u"-s"_s, m_ws, u"HPFlash"_s}).code, 10);
        const Run wrong
            = rs(u"rsExecuteTask.sh"_s, {u"-u"_s, u"storwatch"_s, u"-p"_s, u"guess"_s, u"-s"_s, m_ws, u"HPFlash"_s});
        QCOMPARE(wrong.code, 80);
        QVERIFY(wrong.err.contains(u"not authorized"_s));

        const Run ran = rs(u"rsExecuteTask.sh"_s, auth() + QStringList {u"HPFlash"_s});
        QVERIFY2(ran.code == 0, qPrintable(ran.err));
        QVERIFY(ran.out.contains(u"Task HPFlash completed successfully"_s));
        // HPFlash is a COPY FlashCopy of an empty volume: it ends as soon as it starts; the log shows both.
        const QString log = call(m_ws, u"essShowLog"_s).out;
        QVERIFY(log.contains(u"FlashCopy pair established"_s));
        QVERIFY(log.contains(u"Task completed successfully"_s));
        // The withdraw task fails now (the COPY relationship has ended, there is nothing to withdraw): rc 80, as
        // the HACMP scripts test for.
        const Run failed = rs(u"rsExecuteTask.sh"_s, auth() + QStringList {u"HPFlashWithdraw"_s});
        QCOMPARE(failed.code, 80);
        QVERIFY(failed.err.contains(u"Task HPFlashWithdraw failed"_s));
        QVERIFY(failed.err.contains(u"Error 204"_s));
        QCOMPARE(rs(u"rsExecuteTask.sh"_s, auth() + QStringList {u"NoSuchTask"_s}).code, 80);
    }

    void queryFormatsAndErrors()
    {
        QCOMPARE(rs(u"rsQuery.sh"_s, {u"-q"_s, u"00012019"_s}).code, 3);
        const Run noList = rs(u"rsQuery.sh"_s, auth());
        QCOMPARE(noList.code, 14);
        QVERIFY(noList.err.contains(u"Volume list not specified"_s));
        QCOMPARE(rs(u"rsQuery.sh"_s, auth() + QStringList {u"-q"_s, u"00012019"_s, u"-f"_s, u"x"_s}).code, 15);
        QCOMPARE(rs(u"rsQuery.sh"_s, auth() + QStringList {u"-q"_s}).code, 10);
        const QString missing = m_dir.filePath(u"no-such-list"_s);
        const Run noFile = rs(u"rsQuery.sh"_s, auth() + QStringList {u"-f"_s, missing});
        QCOMPARE(noFile.code, 17);
        QVERIFY(noFile.err.contains(u"Volume list file \"%1\" does not exist"_s.arg(missing)));
        auto writeList = [&](const QString& name, const QByteArray& text) {
            QFile f(m_dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(text);
            return f.fileName();
        };
        QCOMPARE(
            rs(u"rsQuery.sh"_s, auth() + QStringList {u"-f"_s, writeList(u"three"_s, "00012019 00112019 00212019\n")})
                .code,
            16);
        QCOMPARE(rs(u"rsQuery.sh"_s, auth() + QStringList {u"-f"_s, writeList(u"empty"_s, "\n\n")}).code, 18);

        // The seed's output, underscore variant (scripts split it with awk, L3733).
        const Run one = rs(u"rsQuery.sh"_s, auth() + QStringList {u"-q"_s, u"00212019"_s});
        QCOMPARE(one.code, 0);
        QCOMPARE(one.out,
            u"*****Volume Information*****\n"
            "Volume 00212019 found on 12019:16 as volume number 002\n"
            "State=source, status=not_suspended, FlashCopy_state=none, Size=1.0_GB\n"
            "*****\n"_s);
        const Run pairs
            = rs(u"rsQuery.sh"_s, auth() + QStringList {u"-f"_s, writeList(u"pairs"_s, "00212019 100FCA31\n")});
        QCOMPARE(pairs.code, 0);
        QVERIFY(pairs.out.contains(u"Volume 100FCA31 found on FCA31:17 as volume number 000\n"
                                   "State=target, status=not_suspended, FlashCopy_state=none"_s));
        // -m: host disk names as volume parameters (aixhost sees 00012019 as hdisk3).
        const Run mapped = rs(u"rsQuery.sh"_s, auth() + QStringList {u"-m"_s, u"-q"_s, u"hdisk3"_s},
            {{u"COPYLINE_HOST"_s, u"aixhost"_s}});
        QCOMPARE(mapped.code, 0);
        QVERIFY(mapped.out.contains(u"Volume 00012019 found on 12019:16"_s));
    }

    void queryComplete()
    {
        QCOMPARE(rs(u"rsQueryComplete.sh"_s, auth() + QStringList {u"-m"_s}).code, 11);
        QCOMPARE(rs(u"rsQueryComplete.sh"_s, auth() + QStringList {u"-t"_s}).code, 12);
        const Run noTask = rs(u"rsQueryComplete.sh"_s, auth());
        QCOMPARE(noTask.code, 4);
        QVERIFY(noTask.err.contains(u"Task name not specified"_s));
        // Not an establish task: "not running or has already completed" (script comment L5369).
        QCOMPARE(rs(u"rsQueryComplete.sh"_s, auth() + QStringList {u"TermPriSec"_s}).code, 80);
        const Run done = rs(u"rsQueryComplete.sh"_s,
            auth() + QStringList {u"-v"_s, u"-m"_s, u"0.01"_s, u"-t"_s, u"100"_s, u"EstPriSec"_s});
        QVERIFY2(done.code == 0, qPrintable(done.err));
        QVERIFY(done.out.contains(u"100.0% of the PPRC copy initialization complete"_s));
    }

    void primeAndList()
    {
        const QHash<QString, QString> aix {{u"COPYLINE_HOST"_s, u"aixhost"_s}};
        const Run list = rs(u"rsList2105s.sh"_s, {}, aix);
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.startsWith(u"disk name      2105 serial number\n-----\n"_s));
        QVERIFY(list.out.contains(u"hdisk3         00012019\n"_s));
        QCOMPARE(rs(u"rsList2105s.sh"_s, {}, {{u"COPYLINE_HOST"_s, u"nohost"_s}}).code, 13);

        QCOMPARE(rs(u"rsPrimeServer.sh"_s, auth() + QStringList {u"-d"_s}).code, 9);
        QCOMPARE(rs(u"rsPrimeServer.sh"_s, auth() + QStringList {u"-d"_s, u"aixhost"_s}).code, 0);
        QVERIFY(call(m_ws, u"essListHostDisks"_s).out.contains(u"\"primed\": false"_s));
        QCOMPARE(rs(u"rsPrimeServer.sh"_s, auth(), aix).code, 0);
        QVERIFY(!call(m_ws, u"essListHostDisks"_s).out.contains(u"\"primed\": false"_s));
        QCOMPARE(rs(u"rsPrimeServer.sh"_s, auth(), {{u"COPYLINE_HOST"_s, u"nohost"_s}}).code, 13);
    }

    void primaryAndBackupServers()
    {
        // Servers named by the ESS that runs them, in $COPYLINE_WORKSPACE: 12019 the primary, FCA31 the backup.
        const QStringList user {u"-u"_s, u"storwatch"_s, u"-p"_s, u"specialist"_s};
        QCOMPARE(rs(u"rsTestConnection.sh"_s, {u"-s"_s, u"12019"_s}).code, 0);
        QCOMPARE(rs(u"rsTestConnection.sh"_s, {u"-s"_s, u"FCA31"_s}).code, 40); // the backup is not active
        QCOMPARE(
            call(m_ws, u"essResetCopyServices"_s, {{u"subsystem"_s, u"12019"_s}, {u"action"_s, u"disable"_s}}).code, 0);
        const Run noBackup = rs(u"rsExecuteTask.sh"_s, user + QStringList {u"-s"_s, u"12019"_s, u"SuspPriSec"_s});
        QCOMPARE(noBackup.code, 41);
        QVERIFY(noBackup.err.contains(u"The primary server down and there is no backup server specified"_s));
        const Run both
            = rs(u"rsExecuteTask.sh"_s, user + QStringList {u"-s"_s, u"12019"_s, u"-b"_s, u"FCA31"_s, u"SuspPriSec"_s});
        QCOMPARE(both.code, 42);
        QVERIFY(both.err.contains(u"The primary and backup server are down. Task not completed."_s));
        // The seed's switch to the backup: disable everywhere, the backup server's ESS first, then the client.
        QCOMPARE(
            call(m_ws, u"essResetCopyServices"_s, {{u"subsystem"_s, u"FCA31"_s}, {u"action"_s, u"disable"_s}}).code, 0);
        QCOMPARE(
            call(m_ws, u"essResetCopyServices"_s, {{u"subsystem"_s, u"FCA31"_s}, {u"action"_s, u"backup"_s}}).code, 0);
        QCOMPARE(
            call(m_ws, u"essResetCopyServices"_s, {{u"subsystem"_s, u"12019"_s}, {u"action"_s, u"backup"_s}}).code, 0);
        const Run viaBackup
            = rs(u"rsExecuteTask.sh"_s, user + QStringList {u"-s"_s, u"12019"_s, u"-b"_s, u"FCA31"_s, u"SuspPriSec"_s});
        QVERIFY2(viaBackup.code == 0, qPrintable(viaBackup.err));
        QVERIFY(rs(u"rsQuery.sh"_s, user + QStringList {u"-s"_s, u"FCA31"_s, u"-q"_s, u"00212019"_s})
                    .out.contains(u"State=source, status=suspended"_s));
    }
};

} // namespace Copyline

QTEST_GUILESS_MAIN(Copyline::TestRsCli)
#include "tst_rscli.moc"
