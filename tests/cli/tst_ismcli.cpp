// SPDX-License-Identifier: GPL-3.0-or-later
// The NEC ReplicationControl CLI end to end (issue 14, spec NEC §2, §6): the iSMrc_* commands as real processes
// against the demonstration workspace served by copylined, following the seed's backup procedure (§6.4) and restore
// procedure (§6.5) on BUSINESS (dev001 = disk10 at G:) and BACKUP (dev002 = disk11), with the seed's block output,
// iSMnnnnn messages and exit codes; and the bytes the procedures move, read back through the engine.
#include "testworkspace.h"

#include <QDir>
#include <QFile>
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
    environment.remove(u"COPYLINE_HOST"_s);
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

QJsonObject call(const QString& workspace, const QString& command, const QJsonObject& args = {})
{
    const Run r = ctl(workspace,
        {u"--call"_s, command, u"--args"_s, QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact))});
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

struct EngineGuard
{
    QString workspace;
    ~EngineGuard() { ctl(workspace, {u"--stop"_s, u"-S"_s}); }
};

const QRegularExpression& stampLine()
{
    static const QRegularExpression re(u"\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d"_s);
    return re;
}

} // namespace

class TestIsmCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    QString m_disks;
    QString m_rvName;
    std::unique_ptr<EngineGuard> m_guard;

    Run ism(const QString& tool, const QStringList& args, const QString& host = {})
    {
        QHash<QString, QString> env {{u"COPYLINE_WORKSPACE"_s, m_ws}};
        if (!host.isEmpty()) {
            env.insert(u"COPYLINE_HOST"_s, host);
        }
        return process(Test::binary(tool), args, env);
    }

    QString checksum(const QString& ld, qint64 length = 4 << 20)
    {
        return call(m_ws, u"checksumLogicalDrive"_s,
            {{u"subsystem"_s, u"S2100/1259"_s}, {u"targets"_s, QJsonArray {ld}}, {u"length"_s, length}})
            .value(u"sha256"_s)
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(u"ws"_s);
        m_guard = std::make_unique<EngineGuard>(EngineGuard {m_ws});
        const Run first = ctl(m_ws, {u"--call"_s, u"necListServers"_s});
        QVERIFY2(first.code == 0, qPrintable(first.err));
        m_disks = m_dir.filePath(u"disks.txt"_s);
        QFile file(m_disks);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Type: MV\tType: RV\nId: dev001\tId: dev002\n");
    }

    void cleanupTestCase() { m_guard.reset(); }

    void volumeList()
    {
        const Run cr = ism(u"iSMvollist"_s, {u"-cr"_s});
        QCOMPARE(cr.code, 0);
        QCOMPARE(cr.out, u"iSMvollist: Info:  iSM11701: Volume list is created successfully.\n"_s);
        const Run all = ism(u"iSMvollist"_s, {u"-a"_s}, u"BACKUP"_s);
        QCOMPARE(all.code, 0);
        QVERIFY(all.out.startsWith(u"Drive Letter/Path Name\tVolume Name\tDisk No."_s));
        QVERIFY2(
            all.out.contains(u"-\t-\tdisk1\tControl\t000h\t000ah\tBACKUP_CV\tS2100/1259\tIV"_s), qPrintable(all.out));
        QVERIFY(all.out.contains(u"\tdisk11\t-\t001h\t0008h\tdev002\tS2100/1259\tRV"_s));
        QVERIFY(all.out.endsWith(u"VOLUME : 2\n"_s));
        QCOMPARE(ism(u"iSMvollist"_s, {}).code, 1);
    }

    void backupProcedure()
    {
        // §6.2 step 8: the first Replicate (BUSINESS, the first server, is the default host).
        const Run rpl = ism(u"iSMrc_replicate"_s,
            {u"-mv"_s, u"dev001"_s, u"-mvflg"_s, u"ld"_s, u"-rv"_s, u"dev002"_s, u"-rvflg"_s, u"ld"_s, u"-wait"_s});
        QVERIFY2(rpl.code == 0, qPrintable(rpl.err));
        const QStringList lines = rpl.out.split(u'\n');
        QVERIFY(lines[0].startsWith(u"Replicate Start"_s));
        QVERIFY(stampLine().match(lines[0]).hasMatch());
        QVERIFY(lines[1].startsWith(u"MV:10"_s) && lines[1].contains(u"dev001"_s) && lines[1].endsWith(u"WN"_s));
        QVERIFY(lines[2].startsWith(u"  \\\\?\\Volume{"_s));
        QCOMPARE(lines[3], u"G:"_s);
        QVERIFY(lines[4].startsWith(u"RV:-"_s) && lines[4].contains(u"dev002"_s));
        QCOMPARE(lines[5], u"-"_s);
        QCOMPARE(lines[6], u"-"_s);
        QVERIFY(lines[7].startsWith(u"Replicating..."_s));
        QVERIFY(lines[8].startsWith(u"Replicate Normal End"_s));
        // Steps 9-11: flush, unmount (static point), separate -wait.
        call(m_ws, u"necWrite"_s,
            {{u"server"_s, u"BUSINESS"_s}, {u"drive"_s, u"G:"_s}, {u"offset"_s, 0}, {u"length"_s, 300000},
                {u"seed"_s, 5}});
        const Run flush = ism(u"iSMrc_flush"_s, {u"-drv"_s, u"G:"_s});
        QCOMPARE(flush.code, 0);
        QVERIFY(flush.out.startsWith(u"Flush Start"_s));
        QVERIFY(QRegularExpression(u"\ndisk10 +dev001 +WN\n"_s).match(flush.out).hasMatch());
        QVERIFY(flush.out.contains(u"Flush Normal End"_s));
        const Run umount = ism(u"iSMrc_umount"_s, {u"-drv"_s, u"G:"_s});
        QCOMPARE(umount.code, 0);
        QVERIFY(umount.out.startsWith(u"Umount Start"_s));
        QVERIFY(!umount.out.contains(u"iSM13221"_s)); // an MV keeps its drive letter
        const Run sep = ism(u"iSMrc_separate"_s, {u"-file"_s, m_disks, u"-wait"_s});
        QVERIFY2(sep.code == 0, qPrintable(sep.err));
        QVERIFY(sep.out.startsWith(u"Separate Start"_s));
        QVERIFY(sep.out.contains(u"\nSeparating..."_s));
        QVERIFY(sep.out.contains(u"\nSeparate Normal End"_s));
        QCOMPARE(checksum(u"dev002"_s), checksum(u"dev001"_s));
        QCOMPARE(ism(u"iSMrc_mount"_s, {u"-drv"_s, u"G:"_s}).code, 0);
        // Step 11 on the backup server: mount the RV by its volume name (iSM13220).
        const QJsonObject backup = call(m_ws, u"necServer"_s, {{u"server"_s, u"BACKUP"_s}});
        for (const auto& v : backup.value(u"volumes"_s).toArray()) {
            if (v[u"ld"_s].toString() == u"dev002"_s) {
                m_rvName = v[u"volumeName"_s].toString();
            }
        }
        const QString rvName = m_rvName;
        const Run mount = ism(u"iSMrc_mount"_s, {u"-drv"_s, u"H:"_s, u"-mvol"_s, rvName}, u"BACKUP"_s);
        QVERIFY2(mount.code == 0, qPrintable(mount.err));
        QVERIFY(mount.out.startsWith(
            u"iSMrc_mount: Info:  iSM13220: Setting drive letter (H:) (%1) has succeeded.\n"_s.arg(rvName)));
        QVERIFY(mount.out.contains(u"\ndisk11"_s));
        // The backup server in use: unmount refused (iSM13609), exit code 1.
        call(m_ws, u"necSetInUse"_s, {{u"server"_s, u"BACKUP"_s}, {u"drive"_s, u"H:"_s}});
        const Run busy = ism(u"iSMrc_umount"_s, {u"-drv"_s, u"H:"_s}, u"BACKUP"_s);
        QCOMPARE(busy.code, 1);
        QVERIFY2(busy.err.startsWith(u"iSMrc_umount: Error:  iSM13609: Access of specified disk was refused."_s),
            qPrintable(busy.err));
        // §6.3: flush and unmount the RV (UMOUNT_RVACC=NOTREADY: iSM13221), then Replicate again without -wait.
        QCOMPARE(ism(u"iSMrc_flush"_s, {u"-drv"_s, u"H:"_s}, u"BACKUP"_s).code, 0);
        const Run rvUmount = ism(u"iSMrc_umount"_s, {u"-drv"_s, u"H:"_s, u"-force"_s}, u"BACKUP"_s);
        QCOMPARE(rvUmount.code, 0);
        QVERIFY(rvUmount.out.startsWith(
            u"iSMrc_umount: Info:  iSM13221: Resetting drive letter (H:) (%1) has succeeded.\n"_s.arg(rvName)));
        const Run again = ism(u"iSMrc_replicate"_s, {u"-file"_s, m_disks});
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.startsWith(u"Replicate Start"_s));
        QVERIFY(!again.out.contains(u"Normal End"_s));
        const Run wait = ism(u"iSMrc_wait"_s, {u"-file"_s, m_disks, u"-cond"_s, u"rpl"_s});
        QCOMPARE(wait.code, 0);
        // Replicate on a replicating pair: an error, exit code 1.
        const Run twice = ism(u"iSMrc_replicate"_s, {u"-file"_s, m_disks});
        QCOMPARE(twice.code, 1);
        QVERIFY(twice.err.startsWith(u"iSMrc_replicate: Error:  "_s));
        // Table 3-3: a Separate with nr is refused.
        QCOMPARE(ism(u"iSMrc_separate"_s, {u"-file"_s, m_disks, u"-rvacc"_s, u"nr"_s}).code, 1);
        const Run immediate = ism(u"iSMrc_separate"_s, {u"-file"_s, m_disks, u"-rvuse"_s, u"immediate"_s});
        QCOMPARE(immediate.code, 0);
        QCOMPARE(ism(u"iSMrc_wait"_s, {u"-file"_s, m_disks, u"-cond"_s, u"sep"_s}).code, 0);
    }

    void restoreProcedure()
    {
        // §6.5: the tape is restored onto the RV (mounted at H: on BACKUP, flushed, unmounted); MV and RV
        // unmounted; Restore with RV protection; wait -cond sep.
        QCOMPARE(ism(u"iSMrc_mount"_s, {u"-drv"_s, u"H:"_s, u"-mvol"_s, m_rvName}, u"BACKUP"_s).code, 0);
        call(m_ws, u"necWrite"_s,
            {{u"server"_s, u"BACKUP"_s}, {u"drive"_s, u"H:"_s}, {u"offset"_s, 65536}, {u"length"_s, 65536 * 3},
                {u"seed"_s, 77}});
        QCOMPARE(ism(u"iSMrc_flush"_s, {u"-drv"_s, u"H:"_s}, u"BACKUP"_s).code, 0);
        const QString tape = checksum(u"dev002"_s);
        QVERIFY(tape != checksum(u"dev001"_s));
        QCOMPARE(ism(u"iSMrc_umount"_s, {u"-drv"_s, u"H:"_s}, u"BACKUP"_s).code, 0);
        const Run mounted = ism(u"iSMrc_restore"_s, {u"-file"_s, m_disks, u"-mode"_s, u"protect"_s});
        QCOMPARE(mounted.code, 1); // G: is mounted on BUSINESS
        QCOMPARE(ism(u"iSMrc_umount"_s, {u"-drv"_s, u"G:"_s}).code, 0);
        const Run restore = ism(u"iSMrc_restore"_s, {u"-file"_s, m_disks, u"-mode"_s, u"protect"_s});
        QVERIFY2(restore.code == 0, qPrintable(restore.err));
        QVERIFY(restore.out.startsWith(u"Restore Start"_s));
        // The seed mounts the MV right after the Restore starts (step 10); Copyline refuses the MV to hosts while the
        // Restore still copies (docs/nec.md), so the procedure waits first. Mounting at once passed only when the
        // three grains were restored before iSMrc_mount started, and failed on a loaded machine.
        const Run wait = ism(u"iSMrc_wait"_s, {u"-file"_s, m_disks, u"-cond"_s, u"sep"_s});
        QVERIFY2(wait.code == 0, qPrintable(wait.err));
        QVERIFY(wait.out.contains(u"Wait Normal End"_s));
        QCOMPARE(ism(u"iSMrc_mount"_s, {u"-drv"_s, u"G:"_s}).code, 0);
        QCOMPARE(checksum(u"dev001"_s), tape);
        const Run query = ism(u"iSMrc_query"_s, {u"-file"_s, m_disks});
        QCOMPARE(query.code, 0);
        QVERIFY2(query.out.contains(u"Activity State      separate\n"_s), qPrintable(query.out));
        QVERIFY(query.out.contains(u"Synchronous State   separated\n"_s));
    }

    void otherCommandsAndErrors()
    {
        const Run scan = ism(u"iSMrc_scan"_s, {}, u"BACKUP"_s);
        QCOMPARE(scan.code, 0);
        QVERIFY(scan.out.startsWith(u"Scan Start"_s));
        QVERIFY(scan.out.contains(u"\nScan Normal End"_s));
        const QString exported = m_dir.filePath(u"signatures.txt"_s);
        const Run sig = ism(u"iSMrc_signature"_s, {u"-read"_s, u"-all"_s}, u"BACKUP"_s);
        QCOMPARE(sig.code, 0);
        QVERIFY(sig.out.contains(u"disk11"_s));
        QCOMPARE(ism(u"iSMrc_signature"_s, {u"-export"_s, exported, u"-all"_s}, u"BACKUP"_s).code, 0);
        QVERIFY(QFile::exists(exported));
        // iSMrc_pair: a pair over capacity limits and a cancel.
        const Run bad = ism(u"iSMrc_pair"_s,
            {u"-pair"_s, u"-mv"_s, u"dev001"_s, u"-mvflg"_s, u"ld"_s, u"-rv"_s, u"BACKUP_CV"_s, u"-rvflg"_s, u"ld"_s});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains(u"different volume capacities"_s));
        QCOMPARE(
            ism(u"iSMrc_replicate"_s, {u"-mv"_s, u"nothing"_s, u"-mvflg"_s, u"ld"_s, u"-rv"_s, u"dev002"_s}).code, 1);
        QCOMPARE(ism(u"iSMrc_flush"_s, {u"-drv"_s, u"Q:"_s}).code, 1);
        QCOMPARE(ism(u"iSMrc_wait"_s, {u"-file"_s, m_disks, u"-cond"_s, u"bogus"_s}).code, 1);
        QCOMPARE(ism(u"iSMrc_scan"_s, {u"--host"_s, u"NOSUCH"_s}).code, 1);
        // iSMrpl.ini: UMOUNT_RVACC reaches the engine.
        QDir(m_ws).mkpath(u"iSMrpl"_s);
        QFile ini(QDir(m_ws).filePath(u"iSMrpl/BUSINESS.ini"_s));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[OPTION]\nUMOUNT_RVACC=\n");
        ini.close();
        QCOMPARE(ism(u"iSMrc_scan"_s, {}).code, 0);
        QCOMPARE(
            call(m_ws, u"necServer"_s, {{u"server"_s, u"BUSINESS"_s}}).value(u"umountRvacc"_s).toString(), QString());
        // Unpair and pair again.
        QCOMPARE(ism(u"iSMrc_pair"_s, {u"-unpair"_s, u"-file"_s, m_disks}).code, 0);
        QCOMPARE(ism(u"iSMrc_pair"_s, {u"-pair"_s, u"-file"_s, m_disks}).code, 0);
    }

    void remoteDataReplication()
    {
        // A second disk array, cabled to the first: dev001 gets a RemoteDataReplication RV there, next to its
        // DynamicDataReplication RV dev002 (a parallel configuration, seed L548-550).
        const QString remote = u"S2100/1258"_s;
        QVERIFY(!call(m_ws, u"necCreateDiskArray"_s,
            {{u"id"_s, remote}, {u"name"_s, u"Osaka_DR"_s}, {u"physical"_s, u"1 TB"_s}, {u"rdrLicense"_s, u"1 TB"_s}})
                     .contains(u"error"_s));
        call(m_ws, u"necCreateRank"_s, {{u"subsystem"_s, remote}, {u"rank"_s, 0}});
        call(m_ws, u"necCreateLd"_s,
            {{u"subsystem"_s, remote}, {u"rank"_s, 0}, {u"name"_s, u"rdev001"_s}, {u"capacity"_s, u"1 GB"_s}});
        const QStringList pairArgs {
            u"-mv"_s, u"dev001"_s, u"-mvflg"_s, u"ld"_s, u"-rv"_s, u"rdev001"_s, u"-rvflg"_s, u"ld"_s};
        // Without the RDR licence of the MV's array, and without the link, the pair is refused.
        Run pair = ism(u"iSMrc_pair"_s, QStringList {u"-pair"_s} + pairArgs);
        QCOMPARE(pair.code, 1);
        QVERIFY2(pair.err.contains(u"RemoteDataReplication is not purchased"_s), qPrintable(pair.err));
        call(m_ws, u"necSetDiskArray"_s, {{u"subsystem"_s, u"S2100/1259"_s}, {u"rdrLicense"_s, u"1 TB"_s}});
        pair = ism(u"iSMrc_pair"_s, QStringList {u"-pair"_s} + pairArgs);
        QCOMPARE(pair.code, 1);
        QVERIFY2(pair.err.contains(u"not linked"_s), qPrintable(pair.err));
        call(m_ws, u"necConnectDiskArrays"_s, {{u"subsystem"_s, u"S2100/1259"_s}, {u"remote"_s, remote}});
        pair = ism(u"iSMrc_pair"_s, QStringList {u"-pair"_s} + pairArgs);
        QCOMPARE(pair.code, 0);
        QVERIFY(pair.out.startsWith(u"Pair dev001 - rdev001 Normal End"_s));
        QCOMPARE(ism(u"iSMrc_replicate"_s, pairArgs).code, 0);
        QCOMPARE(ism(u"iSMrc_wait"_s, pairArgs + QStringList {u"-cond"_s, u"rpl"_s}).code, 0);
        Run query = ism(u"iSMrc_query"_s, pairArgs);
        QVERIFY2(query.out.contains(u"Synchronous State   rpl/sync\n"_s), qPrintable(query.out));
        // A link fault: the next MV write separates the pair due to a failure, and Replicate is refused until the
        // path state is normal again.
        call(
            m_ws, u"necSetLink"_s, {{u"subsystem"_s, remote}, {u"remote"_s, u"S2100/1259"_s}, {u"state"_s, u"down"_s}});
        call(m_ws, u"writeLogicalDrive"_s,
            {{u"subsystem"_s, u"S2100/1259"_s}, {u"targets"_s, QJsonArray {u"dev001"_s}}, {u"offset"_s, 0},
                {u"length"_s, 1 << 20}, {u"seed"_s, 5}});
        const Run waited = ism(u"iSMrc_wait"_s, pairArgs + QStringList {u"-cond"_s, u"sep"_s});
        QCOMPARE(waited.code, 1); // iSMrc_wait reports a failure separation instead of waiting on
        QVERIFY2(waited.err.contains(u"is in failure separation: link fault"_s), qPrintable(waited.err));
        query = ism(u"iSMrc_query"_s, pairArgs);
        QVERIFY2(query.out.contains(u"Synchronous State   separated\n"_s), qPrintable(query.out));
        QVERIFY(query.out.contains(u"Separate Diff       1024KB\n"_s));
        QVERIFY(query.out.contains(u"Reason              failure separation: link fault between disk arrays"_s));
        const Run refused = ism(u"iSMrc_replicate"_s, pairArgs);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(u"path state"_s), qPrintable(refused.err));
        call(m_ws, u"necSetLink"_s, {{u"subsystem"_s, remote}, {u"remote"_s, u"S2100/1259"_s}, {u"state"_s, u"up"_s}});
        // Again in Semi Sync Mode (RemoteDataReplication only), with a write while it replicates.
        QCOMPARE(ism(u"iSMrc_replicate"_s, pairArgs + QStringList {u"-cpmode"_s, u"semi"_s}).code, 0);
        QCOMPARE(ism(u"iSMrc_wait"_s, pairArgs + QStringList {u"-cond"_s, u"rpl"_s}).code, 0);
        query = ism(u"iSMrc_query"_s, pairArgs);
        QVERIFY2(
            query.out.contains(u"Copy Control State  Foreground Copy (Semi Sync Mode)\n"_s), qPrintable(query.out));
        call(m_ws, u"writeLogicalDrive"_s,
            {{u"subsystem"_s, u"S2100/1259"_s}, {u"targets"_s, QJsonArray {u"dev001"_s}}, {u"offset"_s, 2 << 20},
                {u"length"_s, 1 << 20}, {u"seed"_s, 6}});
        QCOMPARE(ism(u"iSMrc_separate"_s, pairArgs).code, 0);
        QCOMPARE(ism(u"iSMrc_wait"_s, pairArgs + QStringList {u"-cond"_s, u"sep"_s}).code, 0);
        const QString rv = call(m_ws, u"checksumLogicalDrive"_s,
            {{u"subsystem"_s, remote}, {u"targets"_s, QJsonArray {u"rdev001"_s}}, {u"length"_s, 4 << 20}})
                               .value(u"sha256"_s)
                               .toString();
        QVERIFY(!rv.isEmpty());
        QCOMPARE(rv, checksum(u"dev001"_s));
    }
};

} // namespace Copyline

QTEST_GUILESS_MAIN(Copyline::TestIsmCli)
#include "tst_ismcli.moc"
