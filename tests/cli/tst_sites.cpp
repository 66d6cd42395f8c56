// SPDX-License-Identifier: GPL-3.0-or-later
// Engines per site (issue 17): two copylined processes, each with its own workspace, the secondary site's engine
// registered on the primary's. Mirrors cross them over the replication wire; either engine is killed with SIGKILL
// mid-stream, and no acknowledged write is lost.
#include "diskfull.h"
#include "testworkspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

using Run = Test::CtlRun;

Run ctl(const QString& workspace, const QStringList& args)
{
    return Test::copylinectl(QStringList {u"--workspace"_s, workspace} + args);
}

Run script(const QString& workspace, const QString& subsystem, const QString& text)
{
    return ctl(workspace, {u"-n"_s, subsystem, u"-c"_s, text});
}

QJsonObject call(const QString& workspace, const QString& command, const QJsonObject& args)
{
    const Run r = ctl(workspace,
        {u"--call"_s, command, u"--args"_s, QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact))});
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    if (r.code != 0) {
        o.insert(u"error"_s, QString(r.err + r.out));
    }
    return o;
}

QString checksum(const QString& workspace, const QString& subsystem, const QString& drive)
{
    const QJsonObject o
        = call(workspace, u"checksumLogicalDrive"_s, {{u"subsystem"_s, subsystem}, {u"targets"_s, QJsonArray {drive}}});
    return o.contains(u"error"_s) ? o.value(u"error"_s).toString() : o.value(u"sha256"_s).toString();
}

QString sha256Written(const QString& workspace, const QString& drive, qint64 offset, qint64 length, int seed)
{
    const QJsonObject o = call(workspace, u"writeLogicalDrive"_s,
        {{u"subsystem"_s, u"Primary Site"_s}, {u"targets"_s, QJsonArray {drive}}, {u"offset"_s, offset},
            {u"length"_s, length}, {u"seed"_s, seed}});
    return o.contains(u"error"_s) ? o.value(u"error"_s).toString() : o.value(u"sha256"_s).toString();
}

/** The status word of @p drive's line in `show remoteMirrors` of @p subsystem (the seed's words). */
QString status(const QString& workspace, const QString& subsystem, const QString& drive)
{
    const Run r = script(workspace, subsystem, u"show remoteMirrors;"_s);
    for (const QString& line : r.out.split(u'\n')) {
        if (line.trimmed().startsWith(drive + u"  "_s)) {
            for (const QString& s : {u"Synchronization-in-Progress"_s, u"Unsynchronized"_s, u"Synchronized"_s}) {
                if (line.contains(s)) {
                    return s;
                }
            }
            return line;
        }
    }
    return u"(not listed)"_s;
}

/** Bytes the link of @p subsystem to the engine of @p site carried so far (the primary site's to siteB by default). */
qint64 bytesSent(
    const QString& workspace, const QString& subsystem = u"Primary Site"_s, const QString& site = u"siteB"_s)
{
    const QJsonObject o = call(workspace, u"showRemoteMirrorLinks"_s, {{u"subsystem"_s, subsystem}});
    for (const QJsonValue& v : o.value(u"links"_s).toArray()) {
        if (v.toObject().value(u"storageSubsystemB"_s).toString().endsWith(u"@"_s + site)
            || v.toObject().value(u"storageSubsystemA"_s).toString().endsWith(u"@"_s + site)) {
            return v.toObject().value(u"bytesSent"_s).toInteger();
        }
    }
    return -1;
}

/** Writes @p length bytes of pattern @p seed at @p offset of @p drive on @p subsystem; the error's text, or empty. */
QString hostWrite(
    const QString& workspace, const QString& subsystem, const QString& drive, qint64 offset, qint64 length, int seed)
{
    const QJsonObject o = call(workspace, u"writeLogicalDrive"_s,
        {{u"subsystem"_s, subsystem}, {u"targets"_s, QJsonArray {drive}}, {u"offset"_s, offset}, {u"length"_s, length},
            {u"seed"_s, seed}});
    return o.value(u"error"_s).toString();
}

/** The role word ("Primary"/"Secondary") of @p drive's line in `show remoteMirrors`, with its status line. */
QString roleLine(const QString& workspace, const QString& subsystem, const QString& drive)
{
    const Run r = script(workspace, subsystem, u"show remoteMirrors;"_s);
    for (const QString& line : r.out.split(u'\n')) {
        if (line.trimmed().startsWith(drive + u"  "_s)) {
            return line.simplified();
        }
    }
    return u"(not listed)"_s;
}

/** essQueryVolume of @p volume on the engine of @p workspace (the error's text under "error"). */
QJsonObject essVolume(const QString& workspace, const QString& volume)
{
    return call(workspace, u"essQueryVolume"_s, {{u"volume"_s, volume}});
}

/** csmcli against the engine of @p workspace, as the administrator "admin" (@p signIn: once it exists). */
Run csm(const QString& workspace, const QStringList& args, bool signIn = true)
{
    QProcess p;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"COPYLINE_WORKSPACE"_s, workspace);
    p.setProcessEnvironment(environment);
    p.setWorkingDirectory(workspace);
    const QStringList credentials {u"-username"_s, u"admin"_s, u"-password"_s, u"Adm1nPass"_s};
    p.start(Test::binary(u"csmcli"_s), QStringList {u"-noinfo"_s} + (signIn ? credentials : QStringList()) + args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        return {-2, {}, u"timed out"_s};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

/** The data of a test that runs with Metro Mirroring and with Global Copy. */
void writeModes()
{
    QTest::addColumn<QString>("writeMode");
    QTest::newRow("Metro Mirroring") << u"synchronous"_s;
    QTest::newRow("Global Copy") << u"asynchronous"_s;
}

/** The error of @p command on the engine of @p workspace; empty when it succeeded. */
QString refusal(const QString& workspace, const QString& command, const QJsonObject& args)
{
    return call(workspace, command, args).value(u"error"_s).toString();
}

/** necQueryPair of the pair whose RV is @p rv (dev@site for another engine's LD) on the engine of @p workspace. */
QJsonObject necQuery(const QString& workspace, const QString& rv)
{
    return call(workspace, u"necQueryPair"_s, {{u"rv"_s, rv}});
}

/** The sync state of that pair, or the error's text. */
QString necState(const QString& workspace, const QString& rv)
{
    const QJsonObject o = necQuery(workspace, rv);
    return o.contains(u"error"_s) ? o.value(u"error"_s).toString() : o.value(u"syncState"_s).toString();
}

/** An iSMrc_* command of the NEC command line (copyline-ism) against the engine of @p workspace. */
Run ism(const QString& workspace, const QString& tool, const QStringList& args)
{
    QProcess p;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"COPYLINE_HOST"_s);
    environment.insert(u"COPYLINE_WORKSPACE"_s, workspace);
    p.setProcessEnvironment(environment);
    p.start(Test::binary(tool), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        return {-2, {}, u"timed out"_s};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

void kill9(const QString& workspace)
{
    const qint64 pid = Test::lockHolder(workspace);
    QVERIFY(pid > 0);
    QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(::kill(static_cast<pid_t>(pid), 0) != 0, 10000);
}

} // namespace

class TestSites : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_a;
    std::unique_ptr<QTemporaryDir> m_b;
    quint16 m_port = 0;

    QString a() const { return m_a->path(); }
    QString b() const { return m_b->path(); }

    /** Both sites with the Remote Mirror option activated, siteB listening and registered on siteA. */
    void twoSites()
    {
        m_port = freePort();
        QVERIFY(m_port != 0);
        Run r = ctl(b(), {u"--replication-listen"_s, u"127.0.0.1:%1"_s.arg(m_port)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"127.0.0.1:%1"_s.arg(m_port)), qPrintable(r.out));
        QCOMPARE(ctl(b(), {u"--site-name"_s, u"siteB"_s}).code, 0);
        QCOMPARE(ctl(a(), {u"--site-name"_s, u"siteA"_s}).code, 0);
        r = script(a(), u"Primary Site"_s,
            u"enable storageSubsystem feature file=\"%1/keys/primary-remoteMirror.key\";"
            "activate storageSubsystem feature=remoteMirror;"_s.arg(a()));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = script(b(), u"Secondary Site"_s,
            u"enable storageSubsystem feature file=\"%1/keys/secondary-remoteMirror.key\";"
            "activate storageSubsystem feature=remoteMirror;"_s.arg(b()));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl(a(),
            {u"--add-peer"_s, u"siteB"_s, u"--peer-address"_s, u"127.0.0.1:%1"_s.arg(m_port), u"--peer-key-file"_s,
                b() + u"/replication.key"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    /** @p src on siteA (its first @p writtenMb written), @p dst on siteB, both of @p mb, and siteA knows of dst. */
    void drivesOnBothSites(const QString& src, const QString& dst, int mb, int writtenMb, int arrayB = 1)
    {
        Run r = script(a(), u"Primary Site"_s,
            u"create logicalDrive array=1 userLabel=\"%1\" capacity=%2 MB;"
            "write logicalDrive [\"%1\"] offset=0 length=%3 seed=4;"_s.arg(src)
                .arg(mb)
                .arg(qint64 {writtenMb} << 20));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = script(b(), u"Secondary Site"_s,
            u"create logicalDrive array=%1 userLabel=\"%2\" capacity=%3 MB;"_s.arg(arrayB).arg(dst).arg(mb));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(ctl(a(), {u"--refresh-peer"_s, u"siteB"_s}).code, 0);
    }

    /** Site A listens too and siteB registers it: both engines can ask each other (role changes need it). */
    void siteAKnownOnB()
    {
        const quint16 portA = freePort();
        QCOMPARE(ctl(a(), {u"--replication-listen"_s, u"127.0.0.1:%1"_s.arg(portA)}).code, 0);
        const Run r = ctl(b(),
            {u"--add-peer"_s, u"siteA"_s, u"--peer-address"_s, u"127.0.0.1:%1"_s.arg(portA), u"--peer-key-file"_s,
                a() + u"/replication.key"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    /**
     * Both sites knowing each other, and Src (@p mb, its first @p writtenMb written) on siteA mirrored to Dst on siteB
     * with @p writeMode (Metro Mirroring when empty), Synchronized.
     */
    void synchronizedPairBothWays(int mb, int writtenMb, const QString& writeMode = {})
    {
        twoSites();
        siteAKnownOnB();
        drivesOnBothSites(u"Src"_s, u"Dst"_s, mb, writtenMb);
        const Run r = script(a(), u"Primary Site"_s,
            u"create remoteMirror primary=\"Src\" secondary=\"Dst\" remoteStorageSubsystemName=\"Secondary "
            "Site@siteB\"%1;"_s.arg(writeMode.isEmpty() ? QString() : u" writeMode="_s + writeMode));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QTRY_COMPARE_WITH_TIMEOUT(status(a(), u"Primary Site"_s, u"Src"_s), u"Synchronized"_s, 60000);
    }

    /**
     * Both sites (@p bothKnow: registered on each other), a new 64 MB volume on each: 00612019 (ESS 12019, LSS 16) on
     * site A and 202FCA31 (ESS FCA31, LSS 18) on site B, which site A's proxy of FCA31 lists.
     */
    void essVolumesOnBothSites(bool bothKnow)
    {
        twoSites();
        QJsonObject o = call(b(), u"essCreateVolumes"_s,
            {{u"subsystem"_s, u"FCA31"_s}, {u"lss"_s, 18}, {u"count"_s, 1}, {u"capacity"_s, u"64 MB"_s}});
        QVERIFY2(!o.contains(u"error"_s), qPrintable(o.value(u"error"_s).toString()));
        o = call(a(), u"essCreateVolumes"_s,
            {{u"subsystem"_s, u"12019"_s}, {u"lss"_s, 16}, {u"count"_s, 1}, {u"capacity"_s, u"64 MB"_s}});
        QVERIFY2(!o.contains(u"error"_s), qPrintable(o.value(u"error"_s).toString()));
        if (bothKnow) {
            siteAKnownOnB();
        }
        QCOMPARE(ctl(a(), {u"--refresh-peer"_s, u"siteB"_s}).code, 0);
    }

    /** An ESCON link (unlimited bandwidth) from ESS @p server to @p remote and PPRC paths from LSS @p lss to @p lsses.
     */
    void essPathsToward(
        const QString& workspace, const QString& server, int lss, const QString& remote, const QJsonArray& lsses)
    {
        for (const auto& [command, args] : std::initializer_list<std::pair<QString, QJsonObject>> {
                 {u"essConnectEscon"_s,
                     {{u"subsystem"_s, server}, {u"said"_s, u"0009"_s}, {u"remote"_s, remote},
                         {u"remoteSaid"_s, u"00b0"_s}}},
                 {u"essSetLink"_s, {{u"subsystem"_s, server}, {u"remote"_s, remote}, {u"bandwidth"_s, 0}}},
                 {u"essEstablishPaths"_s,
                     {{u"subsystem"_s, server}, {u"lss"_s, lss}, {u"remote"_s, remote}, {u"remoteLss"_s, lsses},
                         {u"said"_s, QJsonArray {u"0009"_s}}}}}) {
            const QJsonObject o = call(workspace, command, args);
            QVERIFY2(!o.contains(u"error"_s), qPrintable(command + u": "_s + o.value(u"error"_s).toString()));
        }
    }

    void stopBoth()
    {
        for (const QString& ws : {a(), b()}) {
            QProcess::execute(Test::binary(u"copylinectl"_s), {u"--workspace"_s, ws, u"--stop"_s, u"-S"_s});
        }
    }

    /**
     * NEC disk arrays for RemoteDataReplication across the two engines: site B's new S2100/1258 with the 64 MB LD
     * far_rv, site A's S2100/1259 (the demonstration's) licensed with the 64 MB LD near_mv written full, a link from it
     * to S2100/1258@siteB.
     */
    void necArraysOnBothSites()
    {
        for (const auto& [ws, command, args] : QList<std::tuple<QString, QString, QJsonObject>> {
                 {b(), u"necCreateDiskArray"_s,
                     {{u"id"_s, kRvArray}, {u"physical"_s, u"100 GB"_s}, {u"rdrLicense"_s, u"100 GB"_s}}},
                 {b(), u"necCreateRank"_s, {{u"subsystem"_s, kRvArray}, {u"rank"_s, 0}}},
                 {b(), u"necCreateLd"_s,
                     {{u"subsystem"_s, kRvArray}, {u"name"_s, u"far_rv"_s}, {u"capacity"_s, u"64 MB"_s}}},
                 {a(), u"necSetDiskArray"_s, {{u"subsystem"_s, kMvArray}, {u"rdrLicense"_s, u"1 TB"_s}}},
                 {a(), u"necCreateLd"_s,
                     {{u"subsystem"_s, kMvArray}, {u"name"_s, u"near_mv"_s}, {u"capacity"_s, u"64 MB"_s}}},
             }) {
            QCOMPARE(refusal(ws, command, args), QString());
        }
        QCOMPARE(ctl(a(), {u"--refresh-peer"_s, u"siteB"_s}).code, 0);
        QCOMPARE(refusal(a(), u"necConnectDiskArrays"_s,
                     {{u"subsystem"_s, kMvArray}, {u"remote"_s, QString(kRvArray + u"@siteB"_s)}}),
            QString());
        QCOMPARE(hostWrite(a(), kMvArray, u"near_mv"_s, 0, 64 << 20, 7), QString()); // data everywhere: no hole
    }

    const QString kMvArray = u"S2100/1259"_s; // the demonstration workspace's, on both engines
    const QString kRvArray = u"S2100/1258"_s;

private Q_SLOTS:
    void init()
    {
        m_a = std::make_unique<QTemporaryDir>();
        m_b = std::make_unique<QTemporaryDir>();
        QVERIFY(m_a->isValid() && m_b->isValid());
    }

    void cleanup()
    {
        stopBoth();
        m_a.reset();
        m_b.reset();
    }

    void registration()
    {
        // Refusals first: nothing listens yet, a key file that is not one, no address.
        const quint16 port = freePort();
        Run r = ctl(a(),
            {u"--add-peer"_s, u"siteB"_s, u"--peer-address"_s, u"127.0.0.1:%1"_s.arg(port), u"--peer-key-file"_s,
                a() + u"/nothing"_s});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(u"cannot be read"_s), qPrintable(r.err));
        QCOMPARE(ctl(a(), {u"--add-peer"_s, u"siteB"_s}).code, 2);
        QCOMPARE(ctl(b(), {u"--replication-listen"_s, u"127.0.0.1:%1"_s.arg(port)}).code, 0);
        QTemporaryDir keys;
        QFile wrongKey(keys.path() + u"/wrong.key"_s);
        QVERIFY(wrongKey.open(QIODevice::WriteOnly));
        wrongKey.write(QByteArray(32, 'x'));
        wrongKey.close();
        r = ctl(a(),
            {u"--add-peer"_s, u"siteB"_s, u"--peer-address"_s, u"127.0.0.1:%1"_s.arg(port), u"--peer-key-file"_s,
                wrongKey.fileName()});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(u"Error 622 - Cannot reach the remote engine siteB at 127.0.0.1:%1"_s.arg(port)),
            qPrintable(r.err));
        r = ctl(a(),
            {u"--add-peer"_s, u"bad name!"_s, u"--peer-address"_s, u"127.0.0.1:%1"_s.arg(port), u"--peer-key-file"_s,
                b() + u"/replication.key"_s});
        QVERIFY2(
            r.err.contains(u"Error 621 - Remote engine bad name!: a name has 1 to 30 letters"_s), qPrintable(r.err));
        // An engine cannot register itself.
        QCOMPARE(ctl(a(), {u"--replication-listen"_s, u"127.0.0.1:%1"_s.arg(freePort())}).code, 0);
        const QJsonObject own
            = QJsonDocument::fromJson(ctl(a(), {u"--list-peers"_s, u"--json"_s}).out.toUtf8()).object();
        r = ctl(a(),
            {u"--add-peer"_s, u"me"_s, u"--peer-address"_s, u"127.0.0.1:%1"_s.arg(own.value(u"port"_s).toInt()),
                u"--peer-key-file"_s, a() + u"/replication.key"_s});
        QVERIFY2(r.err.contains(u"that is this engine's own replication listener"_s), qPrintable(r.err));

        // Registered: siteB's subsystems are shown on siteA, read-only.
        r = ctl(a(),
            {u"--add-peer"_s, u"siteB"_s, u"--peer-address"_s, u"127.0.0.1:%1"_s.arg(port), u"--peer-key-file"_s,
                b() + u"/replication.key"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl(a(), {u"--list-peers"_s});
        // Its two DS4000 subsystems, its two ESSs and its NEC disk array.
        QVERIFY2(r.out.contains(u"siteB"_s) && r.out.contains(u"5 storage subsystem(s)"_s), qPrintable(r.out));
        r = ctl(a(), {u"-d"_s});
        QVERIFY2(r.out.contains(u"STORAGE SUBSYSTEM Secondary Site@siteB"_s), qPrintable(r.out));
        r = script(a(), u"Secondary Site@siteB"_s, u"show allLogicalDrives;"_s);
        QVERIFY2(r.out.contains(u"Payroll 2"_s) && r.out.contains(u"10.000 GB"_s), qPrintable(r.out));
        r = script(a(), u"Secondary Site@siteB"_s, u"create logicalDrive array=1 capacity=1 GB userLabel=\"X\";"_s);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(u"Error 620 - Storage subsystem Secondary Site@siteB is served by the remote engine "
                                "siteB and shown here read-only"_s),
            qPrintable(r.err));
        // What siteB makes appears on siteA after a refresh; its bytes are read over the wire.
        r = script(b(), u"Secondary Site"_s,
            u"create logicalDrive array=1 capacity=64 MB userLabel=\"Fresh\";"
            "write logicalDrive [\"Fresh\"] offset=0 length=1048576 seed=3;"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // siteA's engine asks again by itself (every 10 s while connected): no --refresh-peer needed.
        QTRY_VERIFY_WITH_TIMEOUT(
            script(a(), u"Secondary Site@siteB"_s, u"show allLogicalDrives;"_s).out.contains(u"Fresh"_s), 25000);
        QCOMPARE(checksum(a(), u"Secondary Site@siteB"_s, u"Fresh"_s), checksum(b(), u"Secondary Site"_s, u"Fresh"_s));
        // Forgotten: the proxies go with it. Both are in the event log.
        QCOMPARE(ctl(a(), {u"--remove-peer"_s, u"siteB"_s}).code, 0);
        QVERIFY(!ctl(a(), {u"-d"_s}).out.contains(u"@siteB"_s));
        r = ctl(a(), {u"--call"_s, u"getEvents"_s, u"--args"_s, u"{\"count\":50}"_s});
        QVERIFY2(r.out.contains(u"Remote engine registered"_s)
                && r.out.contains(
                    u"The engine of site siteB at 127.0.0.1:%1 is registered: its 5 DS4000, ESS and NEC"_s.arg(port))
                && r.out.contains(u"Remote engine removed"_s),
            qPrintable(r.out));
    }

    void mirrorAcrossEngines_data() { writeModes(); }

    void mirrorAcrossEngines()
    {
        QFETCH(QString, writeMode);
        twoSites();
        drivesOnBothSites(u"Src"_s, u"Dst"_s, 256, 64);
        Run r = script(a(), u"Primary Site"_s,
            u"create remoteMirror primary=\"Src\" secondary=\"Dst\" remoteStorageSubsystemName=\"Secondary "
            u"Site@siteB\" "
            "writeMode=%1;"_s.arg(writeMode));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QTRY_COMPARE_WITH_TIMEOUT(status(a(), u"Primary Site"_s, u"Src"_s), u"Synchronized"_s, 60000);
        QCOMPARE(checksum(b(), u"Secondary Site"_s, u"Dst"_s), checksum(a(), u"Primary Site"_s, u"Src"_s));
        // siteB keeps its own record of the pair, from siteA's engine, and holds the drive as a secondary.
        r = script(b(), u"Secondary Site"_s, u"show remoteMirrors;"_s);
        QVERIFY2(r.out.contains(u"Secondary"_s) && r.out.contains(u"Src on Primary Site@siteA"_s), qPrintable(r.out));
        r = ctl(b(),
            {u"--call"_s, u"writeLogicalDrive"_s, u"--args"_s,
                u"{\"subsystem\":\"Secondary Site\",\"targets\":[\"Dst\"],\"length\":4096}"_s});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(u"Dst is the remote mirror secondary of Src on the engine of site siteA"_s),
            qPrintable(r.err));
        r = script(b(), u"Secondary Site"_s, u"remove remoteMirror localLogicalDrive [\"Dst\"];"_s);
        QVERIFY(r.code != 0);
        QVERIFY2(
            r.err.contains(u"Error 623 - Mirror relationship of Dst: its primary is on the engine of site siteA"_s),
            qPrintable(r.err));
        // A planned demotion here asks siteB's engine to take the primary role: it refuses, not knowing siteA.
        r = script(a(), u"Primary Site"_s, u"set remoteMirror localLogicalDrive [\"Src\"] role=secondary;"_s);
        QVERIFY2(r.code != 0
                && r.err.contains(u"Error 621 - Remote engine siteB: it would take the primary role, but it does not "
                                  "know the engine of site"_s),
            qPrintable(r.err));
        QVERIFY2(roleLine(a(), u"Primary Site"_s, u"Src"_s).contains(u"Primary"_s),
            qPrintable(roleLine(a(), u"Primary Site"_s, u"Src"_s)));
        r = script(b(), u"Secondary Site"_s, u"set remoteMirror localLogicalDrive [\"Dst\"] role=primary;"_s);
        QVERIFY2(r.err.contains(u"which is not registered here"_s), qPrintable(r.err)); // siteB knows no siteA yet

        // Online verification across engines: siteB sums its own grains. A byte changed on siteB's disk behind the
        // mirror's back is found in its grain and repaired.
        r = script(a(), u"Primary Site"_s, u"check remoteMirror localLogicalDrive [\"Src\"];"_s);
        QVERIFY2(r.code == 0 && r.out.contains(u"the compared grains are identical"_s), qPrintable(r.out + r.err));
        QString dstFile;
        for (const QFileInfo& f : QDir(b() + u"/volumes"_s).entryInfoList({u"ld-*.img"_s}, QDir::Files)) {
            if (f.size() == 256 << 20) {
                dstFile = f.filePath(); // Dst: siteB's only 256 MB drive
            }
        }
        QFile disk(dstFile);
        QVERIFY2(disk.open(QIODevice::ReadWrite), qPrintable(dstFile));
        QVERIFY(disk.seek(5 * 65536 + 17));
        char byte = 0;
        QVERIFY(disk.getChar(&byte));
        QVERIFY(disk.seek(5 * 65536 + 17));
        QVERIFY(disk.putChar(static_cast<char>(~byte)));
        disk.close();
        r = script(a(), u"Primary Site"_s, u"check remoteMirror localLogicalDrive [\"Src\"] repair=TRUE;"_s);
        QVERIFY2(r.code == 0 && r.out.contains(u"1 grains differ"_s) && r.out.contains(u"327680"_s),
            qPrintable(r.out + r.err));
        QTRY_COMPARE_WITH_TIMEOUT(status(a(), u"Primary Site"_s, u"Src"_s), u"Synchronized"_s, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(
            checksum(b(), u"Secondary Site"_s, u"Dst"_s), checksum(a(), u"Primary Site"_s, u"Src"_s), 30000);

        // Host writes go on; siteB's engine is killed under them. Every acknowledged write is on Src, its grains
        // recorded; siteB restarted and the pair resumed, only those grains cross the wire.
        QVERIFY(!sha256Written(a(), u"Src"_s, 64 << 20, 16 << 20, 5).contains(u"Error"_s));
        QTRY_COMPARE_WITH_TIMEOUT(
            checksum(b(), u"Secondary Site"_s, u"Dst"_s), checksum(a(), u"Primary Site"_s, u"Src"_s), 30000);
        // A slow link from now on (32 MB/s): the 64 MB write is still shipping when siteB's engine dies.
        r = script(a(), u"Primary Site"_s,
            u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site@siteB\" bandwidth=32 MB;"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QProcess writer;
        writer.start(Test::binary(u"copylinectl"_s),
            {u"--workspace"_s, a(), u"-n"_s, u"Primary Site"_s, u"-c"_s,
                u"write logicalDrive [\"Src\"] offset=100663296 length=67108864 seed=6;"_s});
        QTest::qWait(700);
        if (writeMode == u"synchronous"_s) {
            QCOMPARE(writer.state(), QProcess::Running); // Metro Mirroring: each write waits for siteB
        } // Global Copy: the host write is done, the shipper still drains behind it

        kill9(b());
        QVERIFY(writer.state() == QProcess::NotRunning || writer.waitForFinished(60000));
        QCOMPARE(writer.exitCode(), 0); // acknowledged: on the primary, recorded for the secondary
        r = script(a(), u"Primary Site"_s,
            u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site@siteB\" bandwidth=0;"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString image = checksum(a(), u"Primary Site"_s, u"Src"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status(a(), u"Primary Site"_s, u"Src"_s), u"Unsynchronized"_s, 30000);
        const qint64 before = bytesSent(a());
        QCOMPARE(ctl(b(), {u"--list-peers"_s}).code, 0); // siteB's engine started again (copylinectl starts it)
        // The link counts as down for 0.5 s after a failed attempt to connect (replicationchannel.h): a Resume right
        // after siteB came back may be refused once with Error 154, as on a real link that is coming back.
        for (int attempt = 0; attempt < 20; ++attempt) {
            r = script(a(), u"Primary Site"_s, u"resume remoteMirror primary [\"Src\"];"_s);
            if (r.code == 0) {
                break;
            }
            QTest::qWait(500);
        }
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QTRY_COMPARE_WITH_TIMEOUT(status(a(), u"Primary Site"_s, u"Src"_s), u"Synchronized"_s, 60000);
        QCOMPARE(checksum(b(), u"Secondary Site"_s, u"Dst"_s), image);
        const qint64 shipped = bytesSent(a()) - before;
        QVERIFY2(shipped > 0 && shipped <= (64 << 20), qPrintable(u"the resync shipped %1 bytes"_s.arg(shipped)));
        // siteB learns the pair's state from siteA's engine.
        QTRY_COMPARE_WITH_TIMEOUT(status(b(), u"Secondary Site"_s, u"Dst"_s), u"Synchronized"_s, 30000);

        // Removed on siteA: siteB's record goes too, and the drive is the hosts' again, its data kept.
        r = script(a(), u"Primary Site"_s, u"remove remoteMirror localLogicalDrive [\"Src\"];"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(status(b(), u"Secondary Site"_s, u"Dst"_s), u"(not listed)"_s);
        QCOMPARE(checksum(b(), u"Secondary Site"_s, u"Dst"_s), image);
        r = ctl(b(),
            {u"--call"_s, u"writeLogicalDrive"_s, u"--args"_s,
                u"{\"subsystem\":\"Secondary Site\",\"targets\":[\"Dst\"],\"length\":4096}"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void failoverToTheSecondarySite()
    {
        // Site A is lost: siteB promotes its secondary with force=TRUE and its hosts write it. When site A comes back
        // and writes, not a byte of it reaches siteB's drive; both sides say Dual Primary. The administrator removes
        // the relationship on both sites and mirrors back from siteB (failback), which makes site A's drive equal.
        twoSites();
        drivesOnBothSites(u"Src"_s, u"Dst"_s, 64, 64);
        Run r = script(a(), u"Primary Site"_s,
            u"create remoteMirror primary=\"Src\" secondary=\"Dst\" "
            "remoteStorageSubsystemName=\"Secondary Site@siteB\";"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QTRY_COMPARE_WITH_TIMEOUT(status(a(), u"Primary Site"_s, u"Src"_s), u"Synchronized"_s, 60000);

        kill9(a()); // site A is gone (no command touches its workspace until it "comes back")
        r = script(b(), u"Secondary Site"_s, u"set remoteMirror localLogicalDrive [\"Dst\"] role=primary;"_s);
        QVERIFY2(r.code != 0 && r.err.contains(u"force=TRUE"_s), qPrintable(r.err));
        r = script(
            b(), u"Secondary Site"_s, u"set remoteMirror localLogicalDrive [\"Dst\"] role=primary force=TRUE;"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(script(b(), u"Secondary Site"_s, u"show remoteMirrors;"_s).out.contains(u"Dual Primary"_s));
        r = ctl(b(),
            {u"--call"_s, u"writeLogicalDrive"_s, u"--args"_s,
                u"{\"subsystem\":\"Secondary Site\",\"targets\":[\"Dst\"],\"offset\":0,\"length\":1048576,"
                "\"seed\":9}"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err)); // siteB's hosts run on the taken-over drive
        const QString taken = checksum(b(), u"Secondary Site"_s, u"Dst"_s);

        // Site A comes back and its hosts write the old primary: siteB refuses every frame, site A learns why.
        QVERIFY(!sha256Written(a(), u"Src"_s, 0, 4 << 20, 11).contains(u"Error"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
            script(a(), u"Primary Site"_s, u"show remoteMirrors;"_s).out.contains(u"Dual Primary"_s), 30000);
        QVERIFY(!sha256Written(a(), u"Src"_s, 8 << 20, 1 << 20, 12).contains(u"Error"_s));
        QCOMPARE(checksum(b(), u"Secondary Site"_s, u"Dst"_s), taken);
        r = script(a(), u"Primary Site"_s, u"show storageSubsystem events count=20;"_s);
        QVERIFY2(r.out.contains(u"site siteB took its drive over (a failover)"_s), qPrintable(r.out));

        // Resolved: both sides remove the relationship; siteB mirrors back to site A (failback), a full copy.
        r = script(a(), u"Primary Site"_s, u"remove remoteMirror localLogicalDrive [\"Src\"];"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = script(b(), u"Secondary Site"_s, u"remove remoteMirror localLogicalDrive [\"Dst\"];"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const quint16 portA = freePort();
        QCOMPARE(ctl(a(), {u"--replication-listen"_s, u"127.0.0.1:%1"_s.arg(portA)}).code, 0);
        r = ctl(b(),
            {u"--add-peer"_s, u"siteA"_s, u"--peer-address"_s, u"127.0.0.1:%1"_s.arg(portA), u"--peer-key-file"_s,
                a() + u"/replication.key"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = script(b(), u"Secondary Site"_s,
            u"create remoteMirror primary=\"Dst\" secondary=\"Src\" "
            "remoteStorageSubsystemName=\"Primary Site@siteA\";"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QTRY_COMPARE_WITH_TIMEOUT(status(b(), u"Secondary Site"_s, u"Dst"_s), u"Synchronized"_s, 60000);
        QCOMPARE(checksum(a(), u"Primary Site"_s, u"Src"_s), taken);
        QVERIFY(
            script(a(), u"Primary Site"_s, u"show remoteMirrors;"_s).out.contains(u"Dst on Secondary Site@siteB"_s));
    }

    void plannedRoleReversal_data() { writeModes(); }

    void plannedRoleReversal()
    {
        // A planned failover and failback between engines, both sites up: each time the site that takes the primary
        // role asks the other engine, which steps down first and hands over what it had not copied yet (the failback
        // is asked on the site that gives the role up, whose engine asks the other to take it). Only what differs
        // crosses the wire; a full synchronization would ship the 64 MB written before.
        QFETCH(QString, writeMode);
        synchronizedPairBothWays(256, 64, writeMode);

        // Failover, planned: siteB promotes its drive.
        Run r = script(b(), u"Secondary Site"_s, u"set remoteMirror localLogicalDrive [\"Dst\"] role=primary;"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(roleLine(b(), u"Secondary Site"_s, u"Dst"_s).contains(u"Primary"_s),
            qPrintable(roleLine(b(), u"Secondary Site"_s, u"Dst"_s)));
        QVERIFY2(roleLine(a(), u"Primary Site"_s, u"Src"_s).contains(u"Secondary"_s),
            qPrintable(roleLine(a(), u"Primary Site"_s, u"Src"_s)));
        QVERIFY2(hostWrite(a(), u"Primary Site"_s, u"Src"_s, 0, 4096, 1)
                     .contains(u"Src is the remote mirror secondary of Dst on the engine of site siteB"_s),
            qPrintable(hostWrite(a(), u"Primary Site"_s, u"Src"_s, 0, 4096, 1)));
        r = script(a(), u"Primary Site"_s, u"show storageSubsystem events count=10;"_s);
        QVERIFY2(r.out.contains(u"Src is now the secondary of Dst on the engine of site siteB"_s), qPrintable(r.out));
        qint64 before = bytesSent(b(), u"Secondary Site"_s, u"siteA"_s);
        QVERIFY(before >= 0);
        QCOMPARE(hostWrite(b(), u"Secondary Site"_s, u"Dst"_s, 1 << 20, 8 << 20, 21), QString());
        QTRY_COMPARE_WITH_TIMEOUT(status(b(), u"Secondary Site"_s, u"Dst"_s), u"Synchronized"_s, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(
            checksum(a(), u"Primary Site"_s, u"Src"_s), checksum(b(), u"Secondary Site"_s, u"Dst"_s), 30000);
        qint64 shipped = bytesSent(b(), u"Secondary Site"_s, u"siteA"_s) - before;
        QVERIFY2(shipped >= (8 << 20) && shipped <= (16 << 20), qPrintable(u"shipped %1 bytes"_s.arg(shipped)));

        // Failback, planned, asked on the primary's site this time: siteB's drive steps down. siteA's engine takes
        // the primary role with the same two phases (it asks siteB to step down first, and siteB commits first).
        r = script(b(), u"Secondary Site"_s, u"set remoteMirror localLogicalDrive [\"Dst\"] role=secondary;"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QTRY_VERIFY_WITH_TIMEOUT(roleLine(a(), u"Primary Site"_s, u"Src"_s).contains(u"Primary"_s), 20000);
        QVERIFY2(roleLine(b(), u"Secondary Site"_s, u"Dst"_s).contains(u"Secondary"_s),
            qPrintable(roleLine(b(), u"Secondary Site"_s, u"Dst"_s)));
        r = script(b(), u"Secondary Site"_s, u"show storageSubsystem events count=10;"_s);
        QVERIFY2(r.out.contains(u"Dst is now the secondary of Src on the engine of site siteA, which asked for it"_s),
            qPrintable(r.out));
        // Asked again on the secondary's side, it is refused: Dst is not a primary any more.
        r = script(b(), u"Secondary Site"_s, u"set remoteMirror localLogicalDrive [\"Dst\"] role=secondary;"_s);
        QVERIFY2(r.code != 0 && r.err.contains(u"already the secondary"_s), qPrintable(r.err));
        QVERIFY2(hostWrite(b(), u"Secondary Site"_s, u"Dst"_s, 0, 4096, 1)
                     .contains(u"Dst is the remote mirror secondary of Src on the engine of site siteA"_s),
            "siteB's hosts are refused again");
        before = bytesSent(a());
        QCOMPARE(hostWrite(a(), u"Primary Site"_s, u"Src"_s, 32 << 20, 4 << 20, 22), QString());
        QTRY_COMPARE_WITH_TIMEOUT(status(a(), u"Primary Site"_s, u"Src"_s), u"Synchronized"_s, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(
            checksum(b(), u"Secondary Site"_s, u"Dst"_s), checksum(a(), u"Primary Site"_s, u"Src"_s), 30000);
        shipped = bytesSent(a()) - before;
        QVERIFY2(shipped >= (4 << 20) && shipped <= (12 << 20), qPrintable(u"shipped %1 bytes"_s.arg(shipped)));

        // A takeover while siteA has writes it never sent (the pair suspended): siteA hands over their grains, the
        // pair waits for Resume the other way round, and siteB then copies its own data back over them.
        r = script(a(), u"Primary Site"_s,
            u"suspend remoteMirror primary [\"Src\"];"
            "write logicalDrive [\"Src\"] offset=104857600 length=8388608 seed=23;"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(checksum(a(), u"Primary Site"_s, u"Src"_s) != checksum(b(), u"Secondary Site"_s, u"Dst"_s));
        r = script(b(), u"Secondary Site"_s, u"set remoteMirror localLogicalDrive [\"Dst\"] role=primary;"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = script(b(), u"Secondary Site"_s, u"show storageSubsystem events count=10;"_s);
        static const QRegularExpression kHanded(u"handed over (\\d+) grains"_s);
        QRegularExpressionMatch handed; // the latest: the log lists the oldest first
        for (auto it = kHanded.globalMatch(r.out); it.hasNext();) {
            handed = it.next();
        }
        QVERIFY2(handed.hasMatch() && handed.captured(1).toLongLong() == 8 * 1024 * 1024 / 65536,
            qPrintable(handed.hasMatch() ? handed.captured(0) : r.out.right(600)));
        QVERIFY2(roleLine(b(), u"Secondary Site"_s, u"Dst"_s).contains(u"Suspended"_s),
            qPrintable(roleLine(b(), u"Secondary Site"_s, u"Dst"_s)));
        r = script(b(), u"Secondary Site"_s, u"resume remoteMirror primary [\"Dst\"];"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QTRY_COMPARE_WITH_TIMEOUT(status(b(), u"Secondary Site"_s, u"Dst"_s), u"Synchronized"_s, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(
            checksum(a(), u"Primary Site"_s, u"Src"_s), checksum(b(), u"Secondary Site"_s, u"Dst"_s), 30000);
    }

    void failoverAndDeltaFailback()
    {
        // Both engines know each other. Site A is lost: siteB takes its drive over with force=TRUE (its engine had not
        // noticed yet: the request to step down fails, and the promotion is forced) and its hosts write. Site A comes
        // back and writes too: a dual-role conflict. Site A steps down in siteB's favour, and only the regions either
        // side wrote since the split cross the wire. Then site A takes the primary role back, a planned failback.
        synchronizedPairBothWays(256, 64);
        // The full synchronization's marks leave site A's map file within 5 s (engineruntime.cpp). Killed before
        // that, site A would count every grain as possibly different, which costs a full copy at the recovery.
        QTest::qWait(6000);

        kill9(a());
        Run r = script(
            b(), u"Secondary Site"_s, u"set remoteMirror localLogicalDrive [\"Dst\"] role=primary force=TRUE;"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(script(b(), u"Secondary Site"_s, u"show remoteMirrors;"_s).out.contains(u"Dual Primary"_s));
        QCOMPARE(hostWrite(b(), u"Secondary Site"_s, u"Dst"_s, 0, 1 << 20, 9), QString());

        QCOMPARE(hostWrite(a(), u"Primary Site"_s, u"Src"_s, 4 << 20, 4 << 20, 11), QString()); // site A is back
        QTRY_VERIFY_WITH_TIMEOUT(
            script(a(), u"Primary Site"_s, u"show remoteMirrors;"_s).out.contains(u"Dual Primary"_s), 30000);
        const QString taken = checksum(b(), u"Secondary Site"_s, u"Dst"_s);
        QVERIFY(taken != checksum(a(), u"Primary Site"_s, u"Src"_s));

        // Resolved on site A in siteB's favour: site A's writes since the split are overwritten by siteB's data.
        const qint64 before = bytesSent(b(), u"Secondary Site"_s, u"siteA"_s);
        for (int attempt = 0; attempt < 20; ++attempt) {
            r = script(a(), u"Primary Site"_s, u"set remoteMirror localLogicalDrive [\"Src\"] role=secondary;"_s);
            if (r.code == 0) {
                break;
            }
            QTest::qWait(500); // the link counts as down for 0.5 s after a failed connect
        }
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QTRY_COMPARE_WITH_TIMEOUT(status(b(), u"Secondary Site"_s, u"Dst"_s), u"Synchronized"_s, 60000);
        QCOMPARE(checksum(b(), u"Secondary Site"_s, u"Dst"_s), taken);
        QTRY_COMPARE_WITH_TIMEOUT(checksum(a(), u"Primary Site"_s, u"Src"_s), taken, 30000);
        const qint64 shipped = bytesSent(b(), u"Secondary Site"_s, u"siteA"_s) - before;
        QVERIFY2(shipped >= (5 << 20) && shipped <= (16 << 20), qPrintable(u"shipped %1 bytes"_s.arg(shipped)));
        QVERIFY(!hostWrite(a(), u"Primary Site"_s, u"Src"_s, 0, 4096, 1).isEmpty());
        r = script(b(), u"Secondary Site"_s, u"show storageSubsystem events count=10;"_s);
        QVERIFY2(r.out.contains(u"Dual-role conflict resolved: Dst is the primary"_s), qPrintable(r.out));

        // Failback, planned: site A takes the primary role back; nothing differs, so the pair is Synchronized at once.
        r = script(a(), u"Primary Site"_s, u"set remoteMirror localLogicalDrive [\"Src\"] role=primary;"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(status(a(), u"Primary Site"_s, u"Src"_s), u"Synchronized"_s);
        QCOMPARE(hostWrite(a(), u"Primary Site"_s, u"Src"_s, 0, 1 << 20, 30), QString());
        QTRY_COMPARE_WITH_TIMEOUT(
            checksum(b(), u"Secondary Site"_s, u"Dst"_s), checksum(a(), u"Primary Site"_s, u"Src"_s), 30000);
    }

    void promotionInterrupted()
    {
        // The second phase of a promotion fails after the other engine stepped down: siteB's disk is full, so the
        // grains handed over cannot reach its map. Both drives are secondaries then (neither site's hosts write), and
        // siteA keeps the record it handed over, also through a kill -9. The promotion run again completes: what
        // siteA had not sent (written while the pair was suspended) is copied back from siteB.
        QTemporaryDir mount;
        QVERIFY(mount.isValid());
        QString why;
        if (!Test::mountSmallDisk(mount.path(), 200, &why)) {
            QSKIP(qPrintable(why));
        }
        const auto unmount = qScopeGuard([&]() {
            stopBoth();
            Test::unmountSmallDisk(mount.path());
        });
        m_b = std::make_unique<QTemporaryDir>(mount.path() + u"/siteB-XXXXXX"_s);
        QVERIFY(m_b->isValid());
        synchronizedPairBothWays(64, 16);
        Run r = script(a(), u"Primary Site"_s,
            u"suspend remoteMirror primary [\"Src\"];"
            "write logicalDrive [\"Src\"] offset=33554432 length=4194304 seed=31;"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));

        const QString filler = Test::fillDisk(mount.path());
        QVERIFY(!filler.isEmpty());
        r = script(b(), u"Secondary Site"_s, u"set remoteMirror localLogicalDrive [\"Dst\"] role=primary;"_s);
        QVERIFY2(r.code != 0, qPrintable(r.out));
        QVERIFY2(r.err.contains(u"the engine of site siteA stepped down"_s) && r.err.contains(u"No space left"_s)
                && r.err.contains(u"run the command again"_s),
            qPrintable(r.err));
        QVERIFY2(roleLine(a(), u"Primary Site"_s, u"Src"_s).contains(u"Secondary"_s),
            qPrintable(roleLine(a(), u"Primary Site"_s, u"Src"_s)));
        QVERIFY2(roleLine(b(), u"Secondary Site"_s, u"Dst"_s).contains(u"Secondary"_s),
            qPrintable(roleLine(b(), u"Secondary Site"_s, u"Dst"_s)));
        QVERIFY(hostWrite(a(), u"Primary Site"_s, u"Src"_s, 0, 4096, 1).contains(u"remote mirror secondary"_s));
        const QString image = checksum(b(), u"Secondary Site"_s, u"Dst"_s);

        kill9(a()); // site A's engine dies holding the record it handed over
        QVERIFY(QFile::remove(filler));
        QCOMPARE(ctl(a(), {u"--list-peers"_s}).code, 0); // started again
        for (int attempt = 0; attempt < 20; ++attempt) {
            r = script(b(), u"Secondary Site"_s, u"set remoteMirror localLogicalDrive [\"Dst\"] role=primary;"_s);
            if (r.code == 0) {
                break;
            }
            QTest::qWait(500); // the link counts as down for 0.5 s after a failed connect
        }
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // At least the 64 grains written while suspended; after the kill, up to every grain: marks of copies that
        // completed in the last seconds may still be on disk (they leave it every 5 s), and count as different.
        r = script(b(), u"Secondary Site"_s, u"show storageSubsystem events count=5;"_s);
        static const QRegularExpression kHanded(u"handed over (\\d+) grains"_s);
        const qint64 handed = kHanded.match(r.out).captured(1).toLongLong();
        QVERIFY2(handed >= 64 && handed <= 1024, qPrintable(r.out.right(600)));
        r = script(b(), u"Secondary Site"_s, u"resume remoteMirror primary [\"Dst\"];"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QTRY_COMPARE_WITH_TIMEOUT(status(b(), u"Secondary Site"_s, u"Dst"_s), u"Synchronized"_s, 60000);
        QCOMPARE(checksum(b(), u"Secondary Site"_s, u"Dst"_s), image);
        QTRY_COMPARE_WITH_TIMEOUT(checksum(a(), u"Primary Site"_s, u"Src"_s), image, 30000);
    }

    void standbyManagementServer()
    {
        // Copy Services Manager high availability (spec CSM §7.2) with each server on its own site's engine: siteA's
        // manager defines siteB's as its standby, which then holds a copy of the sessions (the volumes it can see:
        // siteA's DS4000 drives through their proxies; the ESS and in-controller ones of the demonstration not) and
        // runs no commands; changes follow by themselves. siteA is lost: siteB takes over and runs commands. siteA
        // comes back Disconnected Consistent, and the seed's way back makes it the active server again.
        twoSites();
        siteAKnownOnB();
        Run r = csm(a(),
            {u"mkauth"_s, u"-name"_s, u"admin"_s, u"-password"_s, u"Adm1nPass"_s, u"-authrole"_s, u"Administrator"_s},
            false);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(csm(a(), {u"mksess"_s, u"-cptype"_s, u"mmsd"_s, u"DSMM"_s}).code == 0, "mksess");
        r = csm(a(),
            {u"mkcpset"_s, u"-h1"_s, u"DS4000:Primary Site:VOL:Payroll"_s, u"-h2"_s,
                u"DS4000:Secondary Site:VOL:Payroll 2"_s, u"DSMM"_s});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        r = csm(a(), {u"setstdby"_s, u"-server"_s, u"nowhere"_s});
        QVERIFY2(r.code != 0 && r.out.contains(u"IWNR3021E"_s)
                && r.out.contains(u"Management server nowhere: no remote engine of that name"_s),
            qPrintable(r.out));

        r = csm(a(), {u"setstdby"_s, u"-server"_s, u"siteB"_s});
        // The ESS copy sets of MM_Test cross (site B sees site A's ESSs as proxies); the HDS ones do not.
        QVERIFY2(r.out.contains(u"IWNR3032I"_s) && r.out.contains(u"Not replicated: a copy set of session HDS_FC"_s)
                && !r.out.contains(u"session MM_Test"_s),
            qPrintable(r.out + r.err));
        r = csm(b(), {u"lshaservers"_s});
        QVERIFY2(r.out.contains(u"siteB"_s) && r.out.contains(u"STANDBY"_s) && r.out.contains(u"Synchronized"_s)
                && r.out.contains(u"siteA"_s) && r.out.contains(u"ACTIVE"_s),
            qPrintable(r.out + r.err));
        r = csm(b(), {u"lscpset"_s, u"DSMM"_s});
        QVERIFY2(r.code == 0 && r.out.contains(u"DS4000:Primary Site@siteA:VOL:Payroll"_s), qPrintable(r.out + r.err));
        r = csm(b(), {u"mksess"_s, u"-cptype"_s, u"mmsd"_s, u"Mine"_s});
        QVERIFY2(r.code != 0 && r.out.contains(u"IWNR3020E"_s)
                && r.out.contains(u"This server is the standby management server of siteA"_s),
            qPrintable(r.out));
        QVERIFY(csm(a(), {u"mksess"_s, u"-cptype"_s, u"mmsd"_s, u"Later"_s}).code == 0);
        QTRY_VERIFY_WITH_TIMEOUT(csm(b(), {u"lssess"_s}).out.contains(u"Later"_s), 20000);

        // siteB's engine goes away: the standby is Disconnected on siteA. Back, `reconnect` sends it everything at once
        // (rather than at the next retry, every 10 s).
        kill9(b());
        QVERIFY(csm(a(), {u"mksess"_s, u"-cptype"_s, u"mmsd"_s, u"WhileDown"_s}).code == 0);
        QTRY_VERIFY_WITH_TIMEOUT(csm(a(), {u"lshaservers"_s}).out.contains(u"Disconnected"_s), 20000);
        QCOMPARE(ctl(b(), {u"--list-peers"_s}).code, 0); // site B's engine is started again
        QTRY_COMPARE_WITH_TIMEOUT(ctl(a(), {u"--refresh-peer"_s, u"siteB"_s}).code, 0, 15000); // and listens
        r = csm(a(), {u"reconnect"_s});
        QVERIFY2(r.code == 0 && r.out.contains(u"IWNR3037I"_s), qPrintable(r.out + r.err));
        r = csm(a(), {u"lshaservers"_s});
        QVERIFY2(r.out.contains(u"Synchronized"_s) && !r.out.contains(u"Disconnected"_s), qPrintable(r.out));
        QVERIFY(csm(b(), {u"lssess"_s}).out.contains(u"WhileDown"_s));
        r = csm(b(), {u"reconnect"_s});
        QVERIFY2(r.code != 0 && r.out.contains(u"run reconnect on the active server"_s), qPrintable(r.out));
        // rmactive [EXT] is for servers that are not synchronized: refused here, and on the active server.
        r = csm(b(), {u"rmactive"_s, u"-quiet"_s});
        QVERIFY2(r.code != 0 && r.out.contains(u"are synchronized: take over with hatakeover"_s), qPrintable(r.out));
        r = csm(a(), {u"rmactive"_s});
        QVERIFY2(r.code != 0 && r.out.contains(u"it is no standby management server"_s), qPrintable(r.out));

        kill9(a());
        r = csm(b(), {u"hatakeover"_s});
        QVERIFY2(r.code == 0 && r.out.contains(u"IWNR3033I"_s), qPrintable(r.out + r.err));
        r = csm(b(), {u"lshaservers"_s});
        QVERIFY2(r.out.contains(u"ACTIVE"_s) && r.out.contains(u"stand-alone"_s) && !r.out.contains(u"STANDBY"_s),
            qPrintable(r.out));
        r = csm(b(), {u"mksess"_s, u"-cptype"_s, u"mmsd"_s, u"Mine"_s});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(csm(b(), {u"lssess"_s}).out.contains(u"DSMM"_s));

        QCOMPARE(ctl(a(), {u"--list-peers"_s}).code, 0); // site A's engine comes back
        QTRY_VERIFY_WITH_TIMEOUT(csm(a(), {u"lshaservers"_s}).out.contains(u"Disconnected Consistent"_s), 30000);
        QVERIFY(!csm(b(), {u"lssess"_s}).out.contains(u"Disconnected"_s));
        QVERIFY(csm(b(), {u"lssess"_s}).out.contains(u"Mine"_s)); // siteB's sessions were not overwritten

        // The way back (seed L3764-3790): remove the standby definition on the old active server; Set this Server as
        // Standby of the new active (its sessions overwritten with siteB's); take over there; define siteB as its
        // standby again. siteA is the active server with siteB's sessions, and siteB its standby.
        r = csm(a(), {u"setasstdby"_s, u"-server"_s, u"siteB"_s});
        QVERIFY2(r.code != 0 && r.out.contains(u"IWNR3021E"_s) && r.out.contains(u"rmstdby"_s), qPrintable(r.out));
        QVERIFY2(csm(a(), {u"rmstdby"_s}).code == 0, "rmstdby");
        r = csm(a(), {u"setasstdby"_s, u"-server"_s, u"siteB"_s});
        QVERIFY2(r.out.contains(u"IWNR3038I"_s), qPrintable(r.out + r.err));
        r = csm(a(), {u"lshaservers"_s});
        QVERIFY2(r.out.contains(u"STANDBY"_s) && r.out.contains(u"Synchronized"_s), qPrintable(r.out));
        QVERIFY(csm(a(), {u"lssess"_s}).out.contains(u"Mine"_s));
        QTRY_VERIFY_WITH_TIMEOUT(csm(b(), {u"lshaservers"_s}).out.contains(u"STANDBY"_s), 10000);
        r = csm(a(), {u"mksess"_s, u"-cptype"_s, u"mmsd"_s, u"Refused"_s});
        QVERIFY2(r.code != 0 && r.out.contains(u"IWNR3020E"_s), qPrintable(r.out));
        QVERIFY(csm(b(), {u"mksess"_s, u"-cptype"_s, u"mmsd"_s, u"Last"_s}).code == 0);
        QTRY_VERIFY_WITH_TIMEOUT(csm(a(), {u"lssess"_s}).out.contains(u"Last"_s), 20000);
        r = csm(a(), {u"hatakeover"_s});
        QVERIFY2(r.code == 0 && r.out.contains(u"IWNR3033I"_s), qPrintable(r.out + r.err));
        r = csm(a(), {u"setstdby"_s, u"-server"_s, u"siteB"_s});
        QVERIFY2(r.out.contains(u"IWNR3032I"_s), qPrintable(r.out + r.err));
        r = csm(b(), {u"lshaservers"_s});
        QVERIFY2(r.out.contains(u"STANDBY"_s) && r.out.contains(u"Synchronized"_s), qPrintable(r.out));
        r = csm(a(), {u"lshaservers"_s});
        QVERIFY2(r.out.contains(u"ACTIVE"_s) && !r.out.contains(u"Disconnected"_s), qPrintable(r.out));
        QVERIFY(csm(b(), {u"lssess"_s}).out.contains(u"Last"_s));
        QVERIFY(csm(a(), {u"mksess"_s, u"-cptype"_s, u"mmsd"_s, u"Home"_s}).code == 0);
        QTRY_VERIFY_WITH_TIMEOUT(csm(b(), {u"lssess"_s}).out.contains(u"Home"_s), 20000);

        // A refusal of the other engine reads as its answer, not as an engine that cannot be reached: siteB is a
        // standby, so siteA cannot become its standby.
        QVERIFY2(csm(a(), {u"rmstdby"_s}).code == 0, "rmstdby");
        r = csm(a(), {u"setasstdby"_s, u"-server"_s, u"siteB"_s});
        QVERIFY2(r.code != 0 && r.out.contains(u"IWNR3021E"_s)
                && r.out.contains(u"Remote engine siteB: it is the standby management server of siteA"_s)
                && !r.out.contains(u"Cannot reach"_s),
            qPrintable(r.out));
        QVERIFY(csm(a(), {u"lshaservers"_s}).out.contains(u"stand-alone"_s));

        // siteA removed its standby, so the two are not synchronized: siteB removes its active server (rmactive) and
        // is stand-alone with the sessions it last received, running commands.
        r = csm(b(), {u"lshaservers"_s});
        QVERIFY2(r.out.contains(u"STANDBY"_s), qPrintable(r.out));
        r = csm(b(), {u"rmactive"_s, u"-server"_s, u"elsewhere"_s});
        QVERIFY2(
            r.code != 0 && r.out.contains(u"not the active management server of this server"_s), qPrintable(r.out));
        r = csm(b(), {u"rmactive"_s, u"-quiet"_s, u"-server"_s, u"siteA"_s});
        QVERIFY2(r.code == 0 && r.out.contains(u"IWNR3039I"_s), qPrintable(r.out + r.err));
        r = csm(b(), {u"lshaservers"_s});
        QVERIFY2(r.out.contains(u"stand-alone"_s) && !r.out.contains(u"STANDBY"_s), qPrintable(r.out));
        QVERIFY(csm(b(), {u"lssess"_s}).out.contains(u"Home"_s));
        QVERIFY(csm(b(), {u"mksess"_s, u"-cptype"_s, u"mmsd"_s, u"AfterRemoval"_s}).code == 0);
    }

    void pprcAcrossEngines()
    {
        // ESS PPRC with the secondary volume on an ESS that the engine of site B serves: the frames cross the
        // replication wire, site B's copy of the pair's record locks its volume, and a kill -9 of site B's engine
        // mid-copy suspends the pair, which resynchronizes only what it recorded.
        essVolumesOnBothSites(false);
        QJsonObject o;
        const QString src = u"00612019"_s;
        const QString dst = u"202FCA31"_s;
        const QString pair = QString(src + u":"_s + dst + u"@siteB"_s);
        QCOMPARE(essVolume(a(), dst + u"@siteB"_s).value(u"state"_s).toString(), u"simplex"_s);
        essPathsToward(a(), u"12019"_s, 16, u"FCA31@siteB"_s, {17, 18});
        o = call(a(), u"writeLogicalDrive"_s,
            {{u"subsystem"_s, u"12019"_s}, {u"targets"_s, QJsonArray {src}}, {u"offset"_s, 0}, {u"length"_s, 8 << 20},
                {u"seed"_s, 7}});
        QVERIFY2(!o.contains(u"error"_s), qPrintable(o.value(u"error"_s).toString()));
        // The link to a proxy is the replication wire; it cannot be made in-process.
        o = call(a(), u"essSetLink"_s,
            {{u"subsystem"_s, u"12019"_s}, {u"remote"_s, u"FCA31@siteB"_s}, {u"transport"_s, u"inProcess"_s}});
        QVERIFY2(
            o.value(u"error"_s).toString().contains(u"replication wire"_s), qPrintable(o.value(u"error"_s).toString()));

        // Only site B knows that its 100FCA31 is in a pair of its own: its refusal fails the command, nothing is made.
        o = call(a(), u"essEstablishPprc"_s,
            {{u"pairs"_s, QJsonArray {QString(src + u":100FCA31@siteB"_s)}}, {u"copy"_s, u"entire"_s}});
        QVERIFY2(o.value(u"error"_s).toString().contains(u"100FCA31 is already in a PPRC pair with 00212019"_s),
            qPrintable(o.value(u"error"_s).toString()));
        QCOMPARE(essVolume(a(), src).value(u"state"_s).toString(), u"simplex"_s);
        QCOMPARE(essVolume(b(), u"100FCA31"_s).value(u"pprcPartner"_s).toString(), u"00212019"_s);

        auto establish = [&](const QString& copy) {
            const QJsonObject r
                = call(a(), u"essEstablishPprc"_s, {{u"pairs"_s, QJsonArray {pair}}, {u"copy"_s, copy}});
            QVERIFY2(!r.contains(u"error"_s), qPrintable(r.value(u"error"_s).toString()));
        };
        auto copyState = [](const QString& workspace, const QString& volume) {
            return essVolume(workspace, volume).value(u"copyState"_s).toString();
        };
        establish(u"entire"_s);
        QTRY_COMPARE_WITH_TIMEOUT(copyState(a(), src), u"duplex"_s, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(copyState(b(), dst), u"duplex"_s, 10000);
        o = essVolume(b(), dst);
        QCOMPARE(o.value(u"state"_s).toString(), u"target"_s);
        QCOMPARE(o.value(u"pprcPartner"_s).toString(), src + u"@siteA"_s);
        QCOMPARE(essVolume(a(), src).value(u"pprcPartner"_s).toString(), dst + u"@siteB"_s);
        // rsQuery's words for the other site's volume, as site A sees it.
        o = essVolume(a(), dst + u"@siteB"_s);
        QCOMPARE(o.value(u"volume"_s).toString(), dst + u"@siteB"_s);
        QCOMPARE(o.value(u"server"_s).toString(), u"FCA31@siteB"_s);
        QCOMPARE(o.value(u"state"_s).toString(), u"target"_s);
        // Site B's hosts can neither read nor write its secondary, and the pair is site A's to change.
        QVERIFY(checksum(b(), u"FCA31"_s, dst).contains(u"PPRC secondary"_s));
        QVERIFY(hostWrite(b(), u"FCA31"_s, dst, 0, 4096, 9).contains(u"PPRC secondary"_s));
        o = call(b(), u"essSuspendPprc"_s, {{u"pairs"_s, QJsonArray {QString(src + u"@siteA:"_s + dst)}}});
        QVERIFY2(o.value(u"error"_s).toString().contains(u"engine of site siteA, which manages the pair"_s),
            qPrintable(o.value(u"error"_s).toString()));

        // Duplex: a host write on site A reaches site B before it is acknowledged. Suspended: it is recorded.
        QCOMPARE(hostWrite(a(), u"12019"_s, src, 1 << 20, 1 << 20, 8), QString());
        o = call(a(), u"essSuspendPprc"_s, {{u"pairs"_s, QJsonArray {pair}}});
        QVERIFY2(!o.contains(u"error"_s), qPrintable(o.value(u"error"_s).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(copyState(b(), dst), u"suspended"_s, 10000);
        QCOMPARE(hostWrite(a(), u"12019"_s, src, 4 << 20, 1 << 20, 9), QString());
        QCOMPARE(essVolume(a(), src).value(u"outOfSyncTracks"_s).toInt(), 16);
        establish(u"outOfSync"_s);
        QTRY_COMPARE_WITH_TIMEOUT(copyState(a(), src), u"duplex"_s, 60000);
        QCOMPARE(ctl(a(), {u"--remove-peer"_s, u"siteB"_s}).code == 0, false); // a pair still uses its volume

        // Site B's engine killed in the middle of a full copy: the pair suspends and site A's hosts go on writing.
        o = call(a(), u"essSetLink"_s,
            {{u"subsystem"_s, u"12019"_s}, {u"remote"_s, u"FCA31@siteB"_s}, {u"bandwidth"_s, 4000000}});
        QVERIFY2(!o.contains(u"error"_s), qPrintable(o.value(u"error"_s).toString()));
        QVERIFY(!call(a(), u"essSuspendPprc"_s, {{u"pairs"_s, QJsonArray {pair}}}).contains(u"error"_s));
        establish(u"entire"_s);
        QTRY_VERIFY_WITH_TIMEOUT(essVolume(a(), src).value(u"outOfSyncTracks"_s).toInt() < 900, 20000);
        QVERIFY(essVolume(a(), src).value(u"outOfSyncTracks"_s).toInt() > 0);
        kill9(b());
        QTRY_COMPARE_WITH_TIMEOUT(copyState(a(), src), u"suspended"_s, 20000);
        const int recorded = essVolume(a(), src).value(u"outOfSyncTracks"_s).toInt();
        QVERIFY(recorded > 0 && recorded < 1024);
        QCOMPARE(hostWrite(a(), u"12019"_s, src, 2 << 20, 1 << 20, 10), QString());
        // Started again, site B learns from site A (within its 5 s retry) that the pair is suspended.
        QTRY_COMPARE_WITH_TIMEOUT(copyState(b(), dst), u"suspended"_s, 20000);
        o = call(
            a(), u"essSetLink"_s, {{u"subsystem"_s, u"12019"_s}, {u"remote"_s, u"FCA31@siteB"_s}, {u"bandwidth"_s, 0}});
        QVERIFY2(!o.contains(u"error"_s), qPrintable(o.value(u"error"_s).toString()));
        establish(u"outOfSync"_s);
        QTRY_COMPARE_WITH_TIMEOUT(copyState(a(), src), u"duplex"_s, 60000);

        // Terminated on site A: site B's volume is simplex and holds site A's bytes.
        o = call(a(), u"essTerminatePprc"_s, {{u"pairs"_s, QJsonArray {pair}}});
        QVERIFY2(!o.contains(u"error"_s), qPrintable(o.value(u"error"_s).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(essVolume(b(), dst).value(u"state"_s).toString(), u"simplex"_s, 10000);
        QCOMPARE(checksum(b(), u"FCA31"_s, dst), checksum(a(), u"12019"_s, src));
        QCOMPARE(hostWrite(b(), u"FCA31"_s, dst, 0, 4096, 11), QString());
    }

    void pprcFailoverAcrossEngines()
    {
        // The rehearsal of a disaster with ESS PPRC across engines: site A's engine is lost; site B terminates the
        // pair on its target (the failover task, seed L4418) and its hosts write the volume. Site A comes back,
        // hears of it and suspends its side; a resynchronization from site A is refused; the pair is terminated on
        // site A and established the other way from site B (the failback), and site A ends with site B's bytes.
        essVolumesOnBothSites(true);
        QJsonObject o;
        const QString src = u"00612019"_s;
        const QString dst = u"202FCA31"_s;
        const QJsonArray onA {QString(src + u":"_s + dst + u"@siteB"_s)};
        const QJsonArray onB {QString(src + u"@siteA:"_s + dst)};
        essPathsToward(a(), u"12019"_s, 16, u"FCA31@siteB"_s, {18});
        QCOMPARE(hostWrite(a(), u"12019"_s, src, 0, 8 << 20, 7), QString());
        auto copyState = [](const QString& workspace, const QString& volume) {
            return essVolume(workspace, volume).value(u"copyState"_s).toString();
        };
        o = call(a(), u"essEstablishPprc"_s, {{u"pairs"_s, onA}, {u"copy"_s, u"entire"_s}});
        QVERIFY2(!o.contains(u"error"_s), qPrintable(o.value(u"error"_s).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(copyState(a(), src), u"duplex"_s, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(copyState(b(), dst), u"duplex"_s, 10000);

        // While site A answers, the pair is its to end.
        auto terminate = [](const QString& workspace, const QJsonArray& pairs, const QString& on) {
            const QJsonObject r = call(workspace, u"essTerminatePprc"_s, {{u"pairs"_s, pairs}, {u"scheduleOn"_s, on}});
            return r.value(u"error"_s).toString();
        };
        QString error = terminate(b(), onB, u"target"_s);
        QVERIFY2(error.contains(u"the engine of site siteA answers, and it manages the pair"_s), qPrintable(error));
        error = terminate(b(), onB, u"source"_s);
        QVERIFY2(error.contains(u"terminate it there"_s), qPrintable(error));
        const QString pointInTime = checksum(a(), u"12019"_s, src);

        // Site A's engine is lost: the failover on site B.
        kill9(a());
        QCOMPARE(terminate(b(), onB, u"target"_s), QString());
        o = essVolume(b(), dst);
        QCOMPARE(o.value(u"state"_s).toString(), u"simplex"_s);
        QCOMPARE(checksum(b(), u"FCA31"_s, dst), pointInTime);
        QCOMPARE(hostWrite(b(), u"FCA31"_s, dst, 0, 1 << 20, 12), QString());

        // Site A is back (any command starts its engine): its pair was Duplex, and it suspends, whichever comes first
        // of site B's answer to its push and site B's refusal of its frames.
        QTRY_COMPARE_WITH_TIMEOUT(copyState(a(), src), u"suspended"_s, 30000);
        QCOMPARE(hostWrite(b(), u"FCA31"_s, dst, 1 << 20, 4096, 13), QString()); // site B's volume stays its own
        o = call(a(), u"essEstablishPprc"_s, {{u"pairs"_s, onA}, {u"copy"_s, u"outOfSync"_s}});
        QVERIFY2(
            o.value(u"error"_s).toString().contains(u"was terminated on the target storage server of site siteB"_s),
            qPrintable(o.value(u"error"_s).toString()));
        QCOMPARE(copyState(a(), src), u"suspended"_s);

        // Failback: terminated on site A, then established from site B with site B's data.
        QCOMPARE(terminate(a(), onA, u"source"_s), QString());
        QCOMPARE(essVolume(a(), src).value(u"state"_s).toString(), u"simplex"_s);
        // Site A's engine started a moment ago: site B's channel may still hold its last failure (for 0.5 s), or site
        // A may be asking site B itself; an administrator would run it again too.
        QTRY_COMPARE_WITH_TIMEOUT(ctl(b(), {u"--refresh-peer"_s, u"siteA"_s}).code, 0, 10000);
        essPathsToward(b(), u"FCA31"_s, 18, u"12019@siteA"_s, {16});
        const QJsonArray back {QString(dst + u":"_s + src + u"@siteA"_s)};
        // Site B drops its record of the old pair when site A's push arrives (within a second).
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            const QString e = call(b(), u"essEstablishPprc"_s, {{u"pairs"_s, back}, {u"copy"_s, u"entire"_s}})
                                  .value(u"error"_s)
                                  .toString();
            if (e.isEmpty()) {
                break;
            }
            QVERIFY2(waited.elapsed() < 10000, qPrintable(e));
            QTest::qWait(200);
        }
        QTRY_COMPARE_WITH_TIMEOUT(copyState(b(), dst), u"duplex"_s, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(essVolume(a(), src).value(u"state"_s).toString(), u"target"_s, 10000);
        QVERIFY(checksum(a(), u"12019"_s, src).contains(u"PPRC secondary"_s));
        QCOMPARE(terminate(b(), back, u"source"_s), QString());
        QTRY_COMPARE_WITH_TIMEOUT(essVolume(a(), src).value(u"state"_s).toString(), u"simplex"_s, 10000);
        const QString siteB = checksum(b(), u"FCA31"_s, dst);
        QVERIFY(siteB != pointInTime);
        QCOMPARE(checksum(a(), u"12019"_s, src), siteB);
    }

    void killPrimaryEngineMidSync()
    {
        // The primary's engine dies half-way through the full synchronization; started again, it resumes the
        // synchronization and the secondary ends equal to the primary.
        twoSites();
        drivesOnBothSites(u"Big"_s, u"Big 2"_s, 512, 512, 2);
        Run r = script(a(), u"Primary Site"_s,
            u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site@siteB\" bandwidth=64 MB;"
            "create remoteMirror primary=\"Big\" secondary=\"Big 2\" "
            "remoteStorageSubsystemName=\"Secondary Site@siteB\";"_s);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QTest::qWait(2000); // about a quarter at 64 MB/s
        QCOMPARE(status(a(), u"Primary Site"_s, u"Big"_s), u"Synchronization-in-Progress"_s);
        kill9(a());
        QCOMPARE(status(a(), u"Primary Site"_s, u"Big"_s), u"Synchronization-in-Progress"_s);
        QCOMPARE(script(a(), u"Primary Site"_s,
                     u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site@siteB\" bandwidth=0;"_s)
                     .code,
            0);
        QTRY_COMPARE_WITH_TIMEOUT(status(a(), u"Primary Site"_s, u"Big"_s), u"Synchronized"_s, 120000);
        QCOMPARE(checksum(b(), u"Secondary Site"_s, u"Big 2"_s), checksum(a(), u"Primary Site"_s, u"Big"_s));
    }
    void necRdrAcrossEngines()
    {
        // NEC RemoteDataReplication with the RV on a disk array that the engine of site B serves: site B checks the
        // RV and keeps the pair's record, which gives the RV its access restriction; what site B's hosts write to the
        // separated RV is copied back by the next Replicate; a kill -9 of site B's engine mid-copy separates the pair
        // due to a failure, and Replicate then copies what was recorded.
        twoSites();
        necArraysOnBothSites();
        for (const auto& [ws, command, args] : QList<std::tuple<QString, QString, QJsonObject>> {
                 {b(), u"necCreateLd"_s,
                     {{u"subsystem"_s, kRvArray}, {u"name"_s, u"far_a2"_s}, {u"capacity"_s, u"64 MB"_s},
                         {u"osType"_s, u"A2"_s}}},
                 {b(), u"necSetDiskArray"_s, {{u"subsystem"_s, kMvArray}, {u"rdrLicense"_s, u"1 TB"_s}}},
             }) {
            QCOMPARE(refusal(ws, command, args), QString());
        }
        QCOMPARE(ctl(a(), {u"--refresh-peer"_s, u"siteB"_s}).code, 0);
        QCOMPARE(refusal(a(), u"necConnectDiskArrays"_s,
                     {{u"subsystem"_s, kMvArray}, {u"remote"_s, QString(kMvArray + u"@siteB"_s)}}),
            QString());

        // Site B's LDs as site A sees them (the LD's OS type came with the listing), and site B's refusals: its
        // control volume, an LD of another OS type. Nothing is set on either site.
        QString error = refusal(a(), u"necSetPair"_s, {{u"mv"_s, u"near_mv"_s}, {u"rv"_s, u"far_a2@siteB"_s}});
        QVERIFY2(error.contains(u"unless the OS type is the same"_s), qPrintable(error));
        error = refusal(a(), u"necSetPair"_s, {{u"mv"_s, u"near_mv"_s}, {u"rv"_s, u"BACKUP_CV@siteB"_s}});
        QVERIFY2(error.contains(u"BACKUP_CV is a control volume"_s), qPrintable(error));
        QVERIFY(call(a(), u"necQueryPair"_s, {{u"mv"_s, u"near_mv"_s}}).contains(u"error"_s));
        QVERIFY(necQuery(b(), u"BACKUP_CV"_s).contains(u"error"_s));

        const QJsonObject pair {{u"mv"_s, u"near_mv"_s}, {u"rv"_s, u"far_rv@siteB"_s}};
        QCOMPARE(refusal(a(), u"necSetPair"_s, pair), QString());
        QJsonObject o = necQuery(b(), u"far_rv"_s);
        QCOMPARE(o.value(u"syncState"_s).toString(), u"separated"_s);
        QCOMPARE(o.value(u"mv"_s).toString(), u"near_mv@siteA"_s);
        QCOMPARE(o.value(u"managedBy"_s).toString(), u"siteA"_s);
        QCOMPARE(necQuery(a(), u"far_rv@siteB"_s).value(u"type"_s).toString(), u"RDR"_s);

        // Replicate (with the iSMrc_* command line): site B's RV is Not Ready to its hosts, takes site A's copies, and
        // its pair is site A's to change.
        const QStringList onA {
            u"-mv"_s, u"near_mv"_s, u"-mvflg"_s, u"ld"_s, u"-rv"_s, u"far_rv@siteB"_s, u"-rvflg"_s, u"ld"_s};
        const QStringList onB {
            u"-mv"_s, u"near_mv@siteA"_s, u"-mvflg"_s, u"ld"_s, u"-rv"_s, u"far_rv"_s, u"-rvflg"_s, u"ld"_s};
        Run cli = ism(a(), u"iSMrc_replicate"_s, onA);
        QVERIFY2(cli.code == 0, qPrintable(cli.err));
        cli = ism(a(), u"iSMrc_wait"_s, onA + QStringList {u"-cond"_s, u"rpl"_s});
        QVERIFY2(cli.code == 0, qPrintable(cli.err));
        QCOMPARE(necState(a(), u"far_rv@siteB"_s), u"rpl/sync"_s);
        QTRY_COMPARE_WITH_TIMEOUT(necState(b(), u"far_rv"_s), u"rpl/sync"_s, 10000);
        cli = ism(b(), u"iSMrc_query"_s, onB);
        QVERIFY2(cli.code == 0 && cli.out.contains(u"Synchronous State   rpl/sync\n"_s), qPrintable(cli.out + cli.err));
        cli = ism(b(), u"iSMrc_separate"_s, onB);
        QVERIFY2(
            cli.code == 1 && cli.err.contains(u"engine of site siteA, which manages the pair"_s), qPrintable(cli.err));
        error = hostWrite(b(), kRvArray, u"far_rv"_s, 0, 4096, 9);
        QVERIFY2(error.contains(u"Not Ready"_s), qPrintable(error));
        error = refusal(b(), u"necSeparate"_s, {{u"mv"_s, u"near_mv@siteA"_s}, {u"rv"_s, u"far_rv"_s}});
        QVERIFY2(error.contains(u"engine of site siteA, which manages the pair"_s), qPrintable(error));
        error = refusal(a(), u"necRestore"_s, pair);
        QVERIFY2(error.contains(u"Restore"_s), qPrintable(error));
        QCOMPARE(hostWrite(a(), kMvArray, u"near_mv"_s, 1 << 20, 1 << 20, 8), QString()); // Sync Mode: on the RV too
        QCOMPARE(refusal(a(), u"necSeparate"_s, pair), QString());
        QTRY_COMPARE_WITH_TIMEOUT(necState(a(), u"far_rv@siteB"_s), u"separated"_s, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(necState(b(), u"far_rv"_s), u"separated"_s, 10000);
        QCOMPARE(checksum(b(), kRvArray, u"far_rv"_s), checksum(a(), kMvArray, u"near_mv"_s));
        error = refusal(a(), u"necRestore"_s, pair);
        QVERIFY2(error.contains(u"does not restore across engines"_s), qPrintable(error));

        // Separated, site B's hosts write the RV; the next Replicate copies those grains back with the MV's.
        QCOMPARE(hostWrite(b(), kRvArray, u"far_rv"_s, 40 << 20, 1 << 20, 9), QString());
        QCOMPARE(necQuery(b(), u"far_rv"_s).value(u"separateDiffKB"_s).toInt(), 1024);
        QCOMPARE(hostWrite(a(), kMvArray, u"near_mv"_s, 4 << 20, 64 << 10, 10), QString());
        const qint64 copiedBefore = necQuery(a(), u"far_rv@siteB"_s).value(u"bytesCopied"_s).toInteger();
        QCOMPARE(refusal(a(), u"necReplicate"_s, pair), QString());
        QTRY_COMPARE_WITH_TIMEOUT(necState(a(), u"far_rv@siteB"_s), u"rpl/sync"_s, 60000);
        QCOMPARE(necQuery(a(), u"far_rv@siteB"_s).value(u"bytesCopied"_s).toInteger() - copiedBefore, 17 * (64 << 10));
        // Site B forgets what its hosts wrote once it hears that the pair is replicated (the next poll's push).
        QTRY_COMPARE_WITH_TIMEOUT(necState(b(), u"far_rv"_s), u"rpl/sync"_s, 10000);
        QCOMPARE(necQuery(b(), u"far_rv"_s).value(u"separateDiffKB"_s).toInt(), 0);
        QCOMPARE(refusal(a(), u"necSeparate"_s, pair), QString());
        QTRY_COMPARE_WITH_TIMEOUT(necState(b(), u"far_rv"_s), u"separated"_s, 30000);
        QCOMPARE(checksum(b(), kRvArray, u"far_rv"_s), checksum(a(), kMvArray, u"near_mv"_s));

        // Site B's engine killed in the middle of a full Replicate: a failure separation on site A, whose hosts go
        // on writing; started again, site B hears that the pair is separated, and Replicate copies what was recorded.
        QCOMPARE(refusal(a(), u"necSetLink"_s,
                     {{u"subsystem"_s, kMvArray}, {u"remote"_s, QString(kRvArray + u"@siteB"_s)},
                         {u"bandwidth"_s, 4000000}}),
            QString());
        QCOMPARE(hostWrite(a(), kMvArray, u"near_mv"_s, 0, 64 << 20, 11), QString());
        QCOMPARE(refusal(a(), u"necReplicate"_s, pair), QString());
        QTRY_VERIFY_WITH_TIMEOUT(necQuery(a(), u"far_rv@siteB"_s).value(u"copyDiffKB"_s).toInt() < 50000, 20000);
        QVERIFY(necQuery(a(), u"far_rv@siteB"_s).value(u"copyDiffKB"_s).toInt() > 0);
        kill9(b());
        QTRY_COMPARE_WITH_TIMEOUT(necState(a(), u"far_rv@siteB"_s), u"separated"_s, 30000);
        o = necQuery(a(), u"far_rv@siteB"_s);
        QVERIFY2(o.value(u"reason"_s).toString().startsWith(u"failure separation"_s),
            qPrintable(o.value(u"reason"_s).toString()));
        const int recorded = o.value(u"separateDiffKB"_s).toInt();
        QVERIFY2(recorded > 0 && recorded < 65536, qPrintable(QString::number(recorded)));
        QCOMPARE(hostWrite(a(), kMvArray, u"near_mv"_s, 2 << 20, 1 << 20, 12), QString());
        QTRY_COMPARE_WITH_TIMEOUT(necState(b(), u"far_rv"_s), u"separated"_s, 30000);
        QCOMPARE(refusal(a(), u"necSetLink"_s,
                     {{u"subsystem"_s, kMvArray}, {u"remote"_s, QString(kRvArray + u"@siteB"_s)}, {u"bandwidth"_s, 0}}),
            QString());
        QCOMPARE(refusal(a(), u"necReplicate"_s, pair), QString());
        QTRY_COMPARE_WITH_TIMEOUT(necState(a(), u"far_rv@siteB"_s), u"rpl/sync"_s, 60000);
        QCOMPARE(refusal(a(), u"necSeparate"_s, pair), QString());
        QTRY_COMPARE_WITH_TIMEOUT(necState(b(), u"far_rv"_s), u"separated"_s, 30000);
        QCOMPARE(checksum(b(), kRvArray, u"far_rv"_s), checksum(a(), kMvArray, u"near_mv"_s));

        // Unpaired on site A: site B's RV is an ordinary volume again.
        QCOMPARE(refusal(a(), u"necUnpair"_s, pair), QString());
        QTRY_VERIFY_WITH_TIMEOUT(
            necQuery(b(), u"far_rv"_s).value(u"error"_s).toString().contains(u"not paired"_s), 10000);
        QCOMPARE(hostWrite(b(), kRvArray, u"far_rv"_s, 0, 4096, 13), QString());
    }
    void necRdrFailoverAcrossEngines()
    {
        // The rehearsal of a disaster with NEC RemoteDataReplication across engines: site A's engine is lost; site B
        // separates the pair on the RV's disk array (Forced Separate, refused while site A answers) and its hosts
        // write the RV. Site A comes back, hears of it and separates its pair due to a failure; its next Replicate
        // takes the pair back and copies both sides' differences, and the RV ends equal to the MV.
        twoSites();
        siteAKnownOnB();
        necArraysOnBothSites();
        const QJsonObject onA {{u"mv"_s, u"near_mv"_s}, {u"rv"_s, u"far_rv@siteB"_s}};
        const QJsonObject onB {{u"mv"_s, u"near_mv@siteA"_s}, {u"rv"_s, u"far_rv"_s}, {u"force"_s, true}};
        QCOMPARE(refusal(a(), u"necSetPair"_s, onA), QString());
        QCOMPARE(refusal(a(), u"necReplicate"_s, onA), QString());
        QTRY_COMPARE_WITH_TIMEOUT(necState(a(), u"far_rv@siteB"_s), u"rpl/sync"_s, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(necState(b(), u"far_rv"_s), u"rpl/sync"_s, 10000);

        // While site A answers, the pair is its to separate.
        QString error = refusal(b(), u"necSeparate"_s, onB);
        QVERIFY2(error.contains(u"the engine of site siteA answers, and it manages the pair"_s), qPrintable(error));
        const QString pointInTime = checksum(a(), kMvArray, u"near_mv"_s);

        // Site A's engine is lost: the failover on site B. The RV holds site A's last write and is site B's now.
        kill9(a());
        QCOMPARE(refusal(b(), u"necSeparate"_s, onB), QString());
        QJsonObject o = necQuery(b(), u"far_rv"_s);
        QCOMPARE(o.value(u"syncState"_s).toString(), u"separated"_s);
        QCOMPARE(o.value(u"rvAccess"_s).toString(), u"rw"_s);
        QVERIFY2(o.value(u"reason"_s).toString().contains(u"forced separate on the RV's disk array"_s),
            qPrintable(o.value(u"reason"_s).toString()));
        QCOMPARE(checksum(b(), kRvArray, u"far_rv"_s), pointInTime);
        QCOMPARE(hostWrite(b(), kRvArray, u"far_rv"_s, 8 << 20, 1 << 20, 12), QString());
        QCOMPARE(necQuery(b(), u"far_rv"_s).value(u"separateDiffKB"_s).toInt(), 1024);

        // Site A is back (any command starts its engine): its pair was replicated, and it separates due to a
        // failure with site B's reason; site B's RV stays its hosts'.
        QTRY_COMPARE_WITH_TIMEOUT(necState(a(), u"far_rv@siteB"_s), u"separated"_s, 30000);
        o = necQuery(a(), u"far_rv@siteB"_s);
        QVERIFY2(o.value(u"reason"_s).toString().startsWith(u"failure separation"_s)
                && o.value(u"reason"_s).toString().contains(u"(Forced Separate there)"_s),
            qPrintable(o.value(u"reason"_s).toString()));
        QCOMPARE(hostWrite(b(), kRvArray, u"far_rv"_s, 9 << 20, 4096, 13), QString());
        QCOMPARE(necState(b(), u"far_rv"_s), u"separated"_s);
        QCOMPARE(hostWrite(a(), kMvArray, u"near_mv"_s, 0, 64 << 10, 14), QString());

        // Replicate from site A takes the pair back: site B's writes are copied over with site A's data.
        QCOMPARE(refusal(a(), u"necReplicate"_s, onA), QString());
        QTRY_COMPARE_WITH_TIMEOUT(necState(a(), u"far_rv@siteB"_s), u"rpl/sync"_s, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(necState(b(), u"far_rv"_s), u"rpl/sync"_s, 10000);
        error = hostWrite(b(), kRvArray, u"far_rv"_s, 0, 4096, 15);
        QVERIFY2(error.contains(u"Not Ready"_s), qPrintable(error));
        QCOMPARE(refusal(a(), u"necSeparate"_s, onA), QString());
        QTRY_COMPARE_WITH_TIMEOUT(necState(b(), u"far_rv"_s), u"separated"_s, 30000);
        QCOMPARE(checksum(b(), kRvArray, u"far_rv"_s), checksum(a(), kMvArray, u"near_mv"_s));
    }
};

QTEST_GUILESS_MAIN(TestSites)
#include "tst_sites.moc"
