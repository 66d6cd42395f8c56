// SPDX-License-Identifier: GPL-3.0-or-later
// NEC iSM servers (issue 14): disks, volumes, mount/unmount/flush and the file-system write-back buffer. The lesson of
// the seed's consistency notes (spec §4.8, §6.4): separating without a flush gives an RV without the unflushed data,
// exactly that data and nothing else; with a flush the RV has everything. Also the demonstration workspace's part.
#include "families/families.h"
#include "nectestsupport.h"
#include "service/engine.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

using namespace NecTest;

constexpr qint64 kVolume = 4 << 20;
const QJsonObject kPair {{u"mv"_s, u"dev101"_s}, {u"rv"_s, u"dev102"_s}};
const QJsonObject kDemoPair {{u"mv"_s, u"dev001"_s}, {u"rv"_s, u"dev002"_s}};

QJsonObject on(const QString& server, const QString& drive)
{
    return {{u"server"_s, server}, {u"drive"_s, drive}};
}

QJsonObject with(QJsonObject o, const QString& key, const QJsonValue& value)
{
    o.insert(key, value);
    return o;
}

QString hostWrite(Engine& e, const QString& server, const QString& drive, qint64 offset, qint64 length, int seed)
{
    QJsonObject args = on(server, drive);
    args.insert(u"offset"_s, offset);
    args.insert(u"length"_s, length);
    args.insert(u"seed"_s, seed);
    const CommandResult r = run(e, u"necWrite"_s, args);
    return r.ok() ? r.data.value(u"sha256"_s).toString() : r.error.cliLine();
}

QString hostChecksum(Engine& e, const QString& server, const QString& drive, qint64 offset = 0, qint64 length = -1)
{
    QJsonObject args = on(server, drive);
    args.insert(u"offset"_s, offset);
    if (length >= 0) {
        args.insert(u"length"_s, length);
    }
    const CommandResult r = run(e, u"necChecksum"_s, args);
    return r.ok() ? r.data.value(u"sha256"_s).toString() : r.error.cliLine();
}

bool reaches(Engine& engine, const QString& state, const QString& mv = u"dev101"_s, const QString& rv = u"dev102"_s)
{
    return syncState(engine, mv, rv) == state;
}

/** The seed's example: MVSRV with dev101 as disk10 at G:, RVSRV with dev102 as disk11 (no letter). */
void populate(Engine& e)
{
    makeArray(e, {u"dev101"_s, u"dev102"_s}, kVolume);
    QCOMPARE(ok(run(e, u"necCreateServer"_s, {{u"subsystem"_s, kArray}, {u"name"_s, u"MVSRV"_s}})), QString());
    QCOMPARE(ok(run(e, u"necCreateServer"_s, {{u"subsystem"_s, kArray}, {u"name"_s, u"RVSRV"_s}})), QString());
    QCOMPARE(
        ok(run(e, u"necAttachDisk"_s,
            {{u"server"_s, u"MVSRV"_s}, {u"ld"_s, u"dev101"_s}, {u"disk"_s, u"disk10"_s}, {u"letter"_s, u"G:"_s}})),
        QString());
    QCOMPARE(
        ok(run(e, u"necAttachDisk"_s, {{u"server"_s, u"RVSRV"_s}, {u"ld"_s, u"dev102"_s}, {u"disk"_s, u"disk11"_s}})),
        QString());
    QCOMPARE(ok(run(e, u"necSetServerOption"_s,
                 {{u"server"_s, u"RVSRV"_s}, {u"key"_s, u"UMOUNT_RVACC"_s}, {u"value"_s, u"NOTREADY"_s}})),
        QString());
    QCOMPARE(ok(run(e, u"necSetPair"_s, kPair)), QString());
    QCOMPARE(ok(run(e, u"necReplicate"_s, kPair)), QString());
    QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
}

QString volumeName(Engine& e, const QString& server, const QString& disk)
{
    const QJsonArray volumes = run(e, u"necServer"_s, {{u"server"_s, server}}).data.value(u"volumes"_s).toArray();
    for (const auto& v : volumes) {
        if (v[u"disk"_s].toString() == disk) {
            return v[u"volumeName"_s].toString();
        }
    }
    return {};
}

} // namespace

class TestNecHost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void separateWithoutFlushLosesExactlyTheUnflushedWrites()
    {
        QTemporaryDir dir;
        Engine e(Families::all());
        QVERIFY(!e.openWorkspace(dir.path()).isError());
        populate(e);
        // The application writes A and flushes it, then writes B, which stays in the file-system buffer.
        const QString a = hostWrite(e, u"MVSRV"_s, u"G:"_s, 2 * kGrain, 3 * kGrain, 61);
        QCOMPARE(ok(run(e, u"necFlush"_s, on(u"MVSRV"_s, u"G:"_s))), QString());
        const QString b = hostWrite(e, u"MVSRV"_s, u"G:"_s, 20 * kGrain + 512, 10000, 62);
        QVERIFY(!a.startsWith(u"Error"_s) && !b.startsWith(u"Error"_s));
        const QString serverView = hostChecksum(e, u"MVSRV"_s, u"G:"_s);
        const QString ldBefore = checksumLd(e, u"dev101"_s);
        QVERIFY(serverView != ldBefore); // B is only in the server's buffer
        QCOMPARE(checksumLd(e, u"dev101"_s, 2 * kGrain, 3 * kGrain), a);

        QCOMPARE(ok(run(e, u"necSeparate"_s, kPair)), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        // The RV has A and lacks B, and nothing else differs from what the MV's LD held.
        QCOMPARE(checksumLd(e, u"dev102"_s, 2 * kGrain, 3 * kGrain), a);
        QVERIFY(checksumLd(e, u"dev102"_s, 20 * kGrain + 512, 10000) != b);
        QCOMPARE(checksumLd(e, u"dev102"_s), ldBefore);
        // Flushing now brings B to the MV only.
        QCOMPARE(ok(run(e, u"necFlush"_s, on(u"MVSRV"_s, u"G:"_s))), QString());
        QCOMPARE(checksumLd(e, u"dev101"_s), serverView);
        QCOMPARE(checksumLd(e, u"dev101"_s, 20 * kGrain + 512, 10000), b);
        QCOMPARE(checksumLd(e, u"dev102"_s), ldBefore);
    }

    void separateAfterFlushAndUnmountLosesNothing()
    {
        QTemporaryDir dir;
        Engine e(Families::all());
        QVERIFY(!e.openWorkspace(dir.path()).isError());
        populate(e);
        QVERIFY(!hostWrite(e, u"MVSRV"_s, u"G:"_s, 0, 5 * kGrain + 77, 71).startsWith(u"Error"_s));
        QVERIFY(!hostWrite(e, u"MVSRV"_s, u"G:"_s, 33 * kGrain + 1000, 4096, 72).startsWith(u"Error"_s));
        const QString serverView = hostChecksum(e, u"MVSRV"_s, u"G:"_s);
        // iSMrc_flush then iSMrc_umount (the static point of spec §6.4 steps 6-7): unmount flushes too.
        QCOMPARE(ok(run(e, u"necFlush"_s, on(u"MVSRV"_s, u"G:"_s))), QString());
        QVERIFY(!hostWrite(e, u"MVSRV"_s, u"G:"_s, 50 * kGrain, 300, 73).startsWith(u"Error"_s));
        const QString last = hostChecksum(e, u"MVSRV"_s, u"G:"_s);
        QVERIFY(last != serverView);
        QCOMPARE(ok(run(e, u"necUmount"_s, on(u"MVSRV"_s, u"G:"_s))), QString());
        QCOMPARE(ok(run(e, u"necSeparate"_s, kPair)), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        QCOMPARE(checksumLd(e, u"dev102"_s), last);
        QCOMPARE(checksumLd(e, u"dev101"_s), last);
        // The MV is mounted again; the RV is mounted on the backup server by its volume name.
        QCOMPARE(ok(run(e, u"necMount"_s, on(u"MVSRV"_s, u"G:"_s))), QString());
        const QString rvName = volumeName(e, u"RVSRV"_s, u"disk11"_s);
        const CommandResult mounted = run(e, u"necMount"_s, with(on(u"RVSRV"_s, u"H:"_s), u"mvol"_s, rvName));
        QCOMPARE(ok(mounted), QString());
        QVERIFY(mounted.data.value(u"letterSet"_s).toBool());
        QCOMPARE(hostChecksum(e, u"RVSRV"_s, u"H:"_s), last);
    }

    void unmountInUseAndForceAndNotReady()
    {
        QTemporaryDir dir;
        Engine e(Families::all());
        QVERIFY(!e.openWorkspace(dir.path()).isError());
        populate(e);
        QCOMPARE(ok(run(e, u"necSeparate"_s, kPair)), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        // The RV is mounted at H: on the backup server; an application holds it open.
        const QString rvName = volumeName(e, u"RVSRV"_s, u"disk11"_s);
        QCOMPARE(ok(run(e, u"necMount"_s, with(on(u"RVSRV"_s, u"H:"_s), u"mvol"_s, rvName))), QString());
        QCOMPARE(ok(run(e, u"necSetInUse"_s, on(u"RVSRV"_s, u"H:"_s))), QString());
        const CommandResult refused = run(e, u"necUmount"_s, on(u"RVSRV"_s, u"H:"_s));
        QCOMPARE(refused.error.code, ErrorCode::NecAccessRefused);
        QVERIFY(refused.error.message().startsWith(u"iSM13609: Access of specified disk was refused."_s));
        // A write still in the buffer is discarded by -force.
        const QString before = checksumLd(e, u"dev102"_s);
        QVERIFY(!hostWrite(e, u"RVSRV"_s, u"H:"_s, 0, kGrain, 81).startsWith(u"Error"_s));
        const CommandResult forced = run(e, u"necUmount"_s, with(on(u"RVSRV"_s, u"H:"_s), u"force"_s, true));
        QCOMPARE(ok(forced), QString());
        // UMOUNT_RVACC=NOTREADY: the RV's drive letter is reset and (Windows 2000) the RV is Not Ready.
        QVERIFY(forced.data.value(u"letterReset"_s).toBool());
        QVERIFY(checksumLd(e, u"dev102"_s).startsWith(u"Error"_s));
        QCOMPARE(run(e, u"necScan"_s, {{u"server"_s, u"RVSRV"_s}}).error.code, ErrorCode::None);
        QCOMPARE(checksumLd(e, u"dev102"_s), before);
        // Replicate needs the RV unmounted (spec §2.2).
        QCOMPARE(ok(run(e, u"necMount"_s, with(on(u"RVSRV"_s, u"H:"_s), u"mvol"_s, rvName))), QString());
        QCOMPARE(run(e, u"necReplicate"_s, kPair).error.code, ErrorCode::NecStateInvalid);
        QCOMPARE(ok(run(e, u"necUmount"_s, on(u"RVSRV"_s, u"H:"_s))), QString());
        QCOMPARE(ok(run(e, u"necReplicate"_s, kPair)), QString());
        // An RV that is Not Ready cannot be mounted.
        QCOMPARE(run(e, u"necMount"_s, with(on(u"RVSRV"_s, u"H:"_s), u"mvol"_s, rvName)).error.code,
            ErrorCode::NecAccessRefused);
    }

    void controlVolumeRules()
    {
        QTemporaryDir dir;
        Engine e(Families::all());
        QVERIFY(!e.openWorkspace(dir.path()).isError());
        makeArray(e, {u"dev101"_s, u"dev102"_s, u"cv1"_s, u"cv2"_s}, kVolume);
        QCOMPARE(ok(run(e, u"necCreateServer"_s, {{u"subsystem"_s, kArray}, {u"name"_s, u"S1"_s}})), QString());
        QCOMPARE(ok(run(e, u"necCreateServer"_s, {{u"subsystem"_s, kArray}, {u"name"_s, u"S2"_s}})), QString());
        for (const auto& [server, ld, disk] :
            {std::tuple {u"S1"_s, u"cv1"_s, u"disk1"_s}, std::tuple {u"S1"_s, u"cv2"_s, u"disk2"_s},
                std::tuple {u"S2"_s, u"cv1"_s, u"disk1"_s}, std::tuple {u"S1"_s, u"dev102"_s, u"disk3"_s}}) {
            QCOMPARE(
                ok(run(e, u"necAttachDisk"_s, {{u"server"_s, server}, {u"ld"_s, ld}, {u"disk"_s, disk}})), QString());
        }
        QCOMPARE(ok(run(e, u"necSetPair"_s, kPair)), QString());
        const auto define = [&](const QString& server, const QString& ld) {
            return run(e, u"necDefineControlVolume"_s, {{u"server"_s, server}, {u"ld"_s, ld}}).error.code;
        };
        QCOMPARE(define(u"S1"_s, u"dev102"_s), ErrorCode::NecControlVolume); // never an RV
        QCOMPARE(define(u"S1"_s, u"dev101"_s), ErrorCode::NecControlVolume); // not visible to S1
        QCOMPARE(define(u"S1"_s, u"cv1"_s), ErrorCode::None);
        QCOMPARE(define(u"S1"_s, u"cv2"_s), ErrorCode::NecControlVolume); // one per disk array per server
        QCOMPARE(define(u"S2"_s, u"cv1"_s), ErrorCode::NecControlVolume); // not shared between servers
        // A control volume cannot be paired.
        QCOMPARE(
            run(e, u"necSetPair"_s, {{u"mv"_s, u"cv1"_s}, {u"rv"_s, u"cv2"_s}}).error.code, ErrorCode::NecPairInvalid);
    }

    void demonstrationWorkspace()
    {
        QTemporaryDir dir;
        Engine e(Families::all());
        QVERIFY(!e.openWorkspace(dir.path()).isError()); // a new workspace is the demonstration workspace
        const QJsonObject p = pair(e, u"dev001"_s, u"dev002"_s);
        QCOMPARE(p.value(u"syncState"_s).toString(), u"separated"_s);
        QCOMPARE(p.value(u"array"_s).toString(), u"S2100/1259"_s);
        const QJsonObject business = run(e, u"necServer"_s, {{u"server"_s, u"BUSINESS"_s}}).data;
        const QJsonObject g = business.value(u"volumes"_s).toArray().first().toObject();
        QCOMPARE(g.value(u"disk"_s).toString(), u"disk10"_s);
        QCOMPARE(g.value(u"letter"_s).toString(), u"G:"_s);
        QCOMPARE(g.value(u"ld"_s).toString(), u"dev001"_s);
        QVERIFY(g.value(u"volumeName"_s).toString().startsWith(u"\\\\?\\Volume{"_s));
        QVERIFY(g.value(u"mounted"_s).toBool());
        QCOMPARE(run(e, u"necListServers"_s).data.value(u"servers"_s).toArray().first().toString(), u"BUSINESS"_s);
        // The demonstration pair works: replicate dev001 onto dev002.
        QVERIFY(!hostWrite(e, u"BUSINESS"_s, u"G:"_s, 0, kGrain, 91).startsWith(u"Error"_s));
        QCOMPARE(ok(run(e, u"necUmount"_s, on(u"BUSINESS"_s, u"G:"_s))), QString());
        QCOMPARE(ok(run(e, u"necReplicate"_s, kDemoPair)), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s, u"dev001"_s, u"dev002"_s), 60000);
        QCOMPARE(ok(run(e, u"necSeparate"_s, kDemoPair)), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s, u"dev001"_s, u"dev002"_s), 20000);
        const CommandResult a = run(e, u"checksumLogicalDrive"_s,
            {{u"subsystem"_s, u"S2100/1259"_s}, {u"targets"_s, QJsonArray {u"dev001"_s}}, {u"length"_s, 4 * kGrain}});
        const CommandResult b = run(e, u"checksumLogicalDrive"_s,
            {{u"subsystem"_s, u"S2100/1259"_s}, {u"targets"_s, QJsonArray {u"dev002"_s}}, {u"length"_s, 4 * kGrain}});
        QCOMPARE(b.data.value(u"sha256"_s).toString(), a.data.value(u"sha256"_s).toString());
    }
};

} // namespace Copyline

QTEST_GUILESS_MAIN(Copyline::TestNecHost)
#include "tst_nechost.moc"
