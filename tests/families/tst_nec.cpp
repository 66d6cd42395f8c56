// SPDX-License-Identifier: GPL-3.0-or-later
// NEC iSM data replication (issue 14): pair setting and its limits, the state machines of spec §3.1 (Replicate,
// Separate, Restore with and without RV protection, Forced Separate), the RV access restrictions of Table 3-3, the
// difference copies, and the servers' file-system buffers: every case checks bytes read back and states reached.
#include "families/families.h"
#include "families/nec/nec.h"
#include "nectestsupport.h"
#include "service/engine.h"
#include "storage/volumeio.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

using namespace NecTest;

constexpr qint64 kVolume = 4 << 20; // 4 MiB: 64 grains

QJsonObject mvRv(const QString& mv = u"mv_01"_s, const QString& rv = u"rv_01"_s)
{
    return {{u"mv"_s, mv}, {u"rv"_s, rv}};
}

QJsonObject with(QJsonObject o, const QString& key, const QJsonValue& value)
{
    o.insert(key, value);
    return o;
}

bool reaches(Engine& engine, const QString& state, const QString& mv = u"mv_01"_s, const QString& rv = u"rv_01"_s)
{
    return syncState(engine, mv, rv) == state;
}

struct Fixture
{
    QTemporaryDir dir;
    Engine engine {Families::all()};

    bool open(const QStringList& lds = {u"mv_01"_s, u"rv_01"_s})
    {
        if (engine.openWorkspace(dir.path()).isError()) {
            return false;
        }
        makeArray(engine, lds, kVolume);
        return !QTest::currentTestFailed();
    }
};

} // namespace

class TestNec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pairSettingFollowsTheSeedsLimits()
    {
        Fixture f;
        QVERIFY(f.open({u"mv_01"_s, u"rv_01"_s, u"rv_02"_s, u"rv_03"_s, u"rv_04"_s, u"mv_02"_s}));
        Engine& e = f.engine;
        QCOMPARE(ok(run(e, u"necCreateLd"_s,
                     {{u"subsystem"_s, kArray}, {u"name"_s, u"small"_s}, {u"capacity"_s, kVolume / 2}})),
            QString());
        QCOMPARE(
            ok(run(e, u"necCreateLd"_s,
                {{u"subsystem"_s, kArray}, {u"name"_s, u"aix"_s}, {u"capacity"_s, kVolume}, {u"osType"_s, u"A2"_s}})),
            QString());
        QCOMPARE(run(e, u"necSetPair"_s, mvRv(u"mv_01"_s, u"small"_s)).error.code, ErrorCode::NecPairInvalid);
        QCOMPARE(run(e, u"necSetPair"_s, mvRv(u"mv_01"_s, u"aix"_s)).error.code, ErrorCode::NecPairInvalid);
        QCOMPARE(run(e, u"necSetPair"_s, mvRv(u"mv_01"_s, u"nothing"_s)).error.code, ErrorCode::NecLdNotFound);
        for (const QString& rv : {u"rv_01"_s, u"rv_02"_s, u"rv_03"_s}) {
            QCOMPARE(ok(run(e, u"necSetPair"_s, mvRv(u"mv_01"_s, rv))), QString());
        }
        // DynamicDataReplication: at most three RVs for one MV (seed L549).
        const CommandResult fourth = run(e, u"necSetPair"_s, mvRv(u"mv_01"_s, u"rv_04"_s));
        QCOMPARE(fourth.error.code, ErrorCode::NecPairInvalid);
        QVERIFY(fourth.error.message().contains(u"three"_s));
        // One layer: an RV cannot be an MV, an MV cannot be an RV (seed L551-552); an RV has one MV.
        QCOMPARE(run(e, u"necSetPair"_s, mvRv(u"rv_01"_s, u"rv_04"_s)).error.code, ErrorCode::NecPairInvalid);
        QCOMPARE(run(e, u"necSetPair"_s, mvRv(u"mv_02"_s, u"mv_01"_s)).error.code, ErrorCode::NecPairInvalid);
        QCOMPARE(run(e, u"necSetPair"_s, mvRv(u"mv_02"_s, u"rv_01"_s)).error.code, ErrorCode::NecPairInvalid);
        // A new pair is Separated; the volumes are classified MV and RV.
        const QJsonObject p = pair(e, u"mv_01"_s, u"rv_01"_s);
        QCOMPARE(p.value(u"syncState"_s).toString(), u"separated"_s);
        QCOMPARE(p.value(u"activity"_s).toString(), u"separate"_s);
        QCOMPARE(p.value(u"rvAccess"_s).toString(), u"rw"_s);
        const QJsonArray lds = run(e, u"necListLds"_s).data.value(u"logicalDisks"_s).toArray();
        QStringList classes;
        for (const auto& v : lds) {
            classes.append(v[u"name"_s].toString() + u'=' + v[u"classification"_s].toString());
        }
        QVERIFY2(classes.contains(u"mv_01=MV"_s) && classes.contains(u"rv_02=RV"_s) && classes.contains(u"mv_02=IV"_s),
            qPrintable(classes.join(u' ')));
    }

    void licenceOverCapacityRefusesPairSettingOnly()
    {
        Fixture f;
        QVERIFY(f.open({u"mv_01"_s, u"rv_01"_s, u"mv_02"_s, u"rv_02"_s}));
        Engine& e = f.engine;
        QCOMPARE(ok(run(e, u"necSetPair"_s, mvRv())), QString());
        // PDs added beyond the licensed capacity (spec §1.1, L532).
        QCOMPARE(
            ok(run(e, u"necSetDiskArray"_s, {{u"subsystem"_s, kArray}, {u"addPhysical"_s, u"1 GB"_s}})), QString());
        const CommandResult refused = run(e, u"necSetPair"_s, mvRv(u"mv_02"_s, u"rv_02"_s));
        QCOMPARE(refused.error.code, ErrorCode::NecLicense);
        QCOMPARE(run(e, u"necUnpair"_s, mvRv()).error.code, ErrorCode::NecLicense);
        // Replication operations on preset pairs remain enabled.
        QCOMPARE(ok(run(e, u"necReplicate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
        QCOMPARE(ok(run(e, u"necSeparate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        QCOMPARE(
            ok(run(e, u"necSetDiskArray"_s, {{u"subsystem"_s, kArray}, {u"ddrLicense"_s, u"200 GB"_s}})), QString());
        QCOMPARE(ok(run(e, u"necSetPair"_s, mvRv(u"mv_02"_s, u"rv_02"_s))), QString());
        QCOMPARE(ok(run(e, u"necUnpair"_s, mvRv())), QString());
    }

    void replicateAndSeparateCopyTheBytes()
    {
        Fixture f;
        QVERIFY(f.open());
        Engine& e = f.engine;
        QCOMPARE(ok(run(e, u"necSetPair"_s, mvRv())), QString());
        QCOMPARE(ok(writeLd(e, u"mv_01"_s, 0, kVolume, 7)), QString());
        QCOMPARE(ok(run(e, u"necReplicate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
        QJsonObject p = pair(e, u"mv_01"_s, u"rv_01"_s);
        QCOMPARE(p.value(u"activity"_s).toString(), u"replicate"_s);
        QCOMPARE(p.value(u"rvAccess"_s).toString(), u"nr"_s);
        QCOMPARE(p.value(u"progress"_s).toDouble(), 100.0);
        // Not Ready: the RV refuses reads and writes while replicating (Table 3-3).
        QVERIFY(checksumLd(e, u"rv_01"_s).startsWith(u"Error"_s));
        QVERIFY(!writeLd(e, u"rv_01"_s, 0, kGrain, 3).ok());
        // Sync Mode: an MV write reaches the RV before the host hears of it.
        QCOMPARE(ok(writeLd(e, u"mv_01"_s, 5 * kGrain, 2 * kGrain, 8)), QString());
        const QString mv = checksumLd(e, u"mv_01"_s);
        QCOMPARE(ok(run(e, u"necSeparate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        QCOMPARE(checksumLd(e, u"rv_01"_s), mv);
        // Separated: MV writes stay on the MV.
        QCOMPARE(ok(writeLd(e, u"mv_01"_s, 0, kGrain, 9)), QString());
        QCOMPARE(checksumLd(e, u"rv_01"_s), mv);
        QVERIFY(checksumLd(e, u"mv_01"_s) != mv);
        // Replicate is refused unless the pair is separated.
        QCOMPARE(ok(run(e, u"necReplicate"_s, mvRv())), QString());
        QCOMPARE(run(e, u"necReplicate"_s, mvRv()).error.code, ErrorCode::NecStateInvalid);
        QCOMPARE(run(e, u"necRestore"_s, mvRv()).error.code, ErrorCode::NecStateInvalid);
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
    }

    void replicateCopiesOnlyTheDifference()
    {
        Fixture f;
        QVERIFY(f.open());
        Engine& e = f.engine;
        QCOMPARE(ok(run(e, u"necSetPair"_s, mvRv())), QString());
        QCOMPARE(ok(writeLd(e, u"mv_01"_s, 0, kVolume, 21)), QString());
        QCOMPARE(ok(run(e, u"necReplicate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
        QCOMPARE(ok(run(e, u"necSeparate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        // Two grains change on the MV and one on the RV while separated.
        QCOMPARE(ok(writeLd(e, u"mv_01"_s, 3 * kGrain, 2 * kGrain, 22)), QString());
        QCOMPARE(ok(writeLd(e, u"rv_01"_s, 40 * kGrain, 100, 23)), QString());
        QCOMPARE(pair(e, u"mv_01"_s, u"rv_01"_s).value(u"separateDiffKB"_s).toInteger(), 3 * 64);
        const qint64 before = pair(e, u"mv_01"_s, u"rv_01"_s).value(u"bytesCopied"_s).toInteger();
        QCOMPARE(ok(run(e, u"necReplicate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
        QCOMPARE(pair(e, u"mv_01"_s, u"rv_01"_s).value(u"bytesCopied"_s).toInteger() - before, 3 * kGrain);
        QCOMPARE(ok(run(e, u"necSeparate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        QCOMPARE(checksumLd(e, u"rv_01"_s), checksumLd(e, u"mv_01"_s));
        // Copy range full copies every grain.
        const qint64 before2 = pair(e, u"mv_01"_s, u"rv_01"_s).value(u"bytesCopied"_s).toInteger();
        QCOMPARE(ok(run(e, u"necReplicate"_s, with(mvRv(), u"cprange"_s, u"full"_s))), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
        QCOMPARE(pair(e, u"mv_01"_s, u"rv_01"_s).value(u"bytesCopied"_s).toInteger() - before2, kVolume);
    }

    void rvAccessFollowsTable3_3()
    {
        Fixture f;
        QVERIFY(f.open());
        Engine& e = f.engine;
        QCOMPARE(ok(run(e, u"necSetPair"_s, mvRv())), QString());
        QCOMPARE(ok(writeLd(e, u"mv_01"_s, 0, kVolume, 31)), QString());
        // Replicate and Restore: nr or ro; never rw. Separate: rw or ro; never nr. NA is never set.
        QCOMPARE(
            run(e, u"necReplicate"_s, with(mvRv(), u"rvacc"_s, u"rw"_s)).error.code, ErrorCode::NecRvAccessInvalid);
        QCOMPARE(
            run(e, u"necReplicate"_s, with(mvRv(), u"rvacc"_s, u"na"_s)).error.code, ErrorCode::NecRvAccessInvalid);
        QCOMPARE(run(e, u"necRestore"_s, with(mvRv(), u"rvacc"_s, u"rw"_s)).error.code, ErrorCode::NecRvAccessInvalid);
        QCOMPARE(ok(run(e, u"necReplicate"_s, with(mvRv(), u"rvacc"_s, u"ro"_s))), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
        // RO during Replicate: readable, not writable.
        QCOMPARE(checksumLd(e, u"rv_01"_s), checksumLd(e, u"mv_01"_s));
        QVERIFY(!writeLd(e, u"rv_01"_s, 0, kGrain, 3).ok());
        QCOMPARE(run(e, u"necSeparate"_s, with(mvRv(), u"rvacc"_s, u"nr"_s)).error.code, ErrorCode::NecRvAccessInvalid);
        QCOMPARE(ok(run(e, u"necSeparate"_s, with(mvRv(), u"rvacc"_s, u"ro"_s))), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        QCOMPARE(pair(e, u"mv_01"_s, u"rv_01"_s).value(u"rvAccess"_s).toString(), u"ro"_s);
        QVERIFY(!writeLd(e, u"rv_01"_s, 0, kGrain, 3).ok());
        // The Replication Management's change of the restriction: RO -> RW (seed L924).
        QCOMPARE(ok(run(e, u"necSetRvAccess"_s, with(mvRv(), u"rvacc"_s, u"rw"_s))), QString());
        QCOMPARE(ok(writeLd(e, u"rv_01"_s, 0, kGrain, 3)), QString());
        // The MV is never restricted.
        QCOMPARE(ok(run(e, u"necReplicate"_s, mvRv())), QString());
        QCOMPARE(ok(writeLd(e, u"mv_01"_s, 0, kGrain, 4)), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
    }

    void separateImmediateAndForced()
    {
        Fixture f;
        QVERIFY(f.open());
        Engine& e = f.engine;
        QCOMPARE(ok(run(e, u"necSetPair"_s, mvRv())), QString());
        QCOMPARE(ok(writeLd(e, u"mv_01"_s, 0, kVolume, 41)), QString());
        QCOMPARE(ok(run(e, u"necReplicate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
        QCOMPARE(ok(run(e, u"necSeparate"_s, with(mvRv(), u"rvuse"_s, u"immediate"_s))), QString());
        // -rvuse immediate: the RV is the hosts' when the separate completes (Copyline does not redirect RV I/O;
        // separateImmediateNeverShowsAHalfReflectedRv), in Sync Mode at once.
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        QCOMPARE(checksumLd(e, u"rv_01"_s), checksumLd(e, u"mv_01"_s));
        // Forced Separate in Replicate: separated at once, the difference stays recorded.
        QCOMPARE(ok(run(e, u"necReplicate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
        QCOMPARE(ok(run(e, u"necSeparate"_s, with(mvRv(), u"force"_s, true))), QString());
        QCOMPARE(syncState(e, u"mv_01"_s, u"rv_01"_s), u"separated"_s);
        QVERIFY(pair(e, u"mv_01"_s, u"rv_01"_s).value(u"reason"_s).toString().contains(u"forced"_s));
        QCOMPARE(run(e, u"necSeparate"_s, mvRv()).error.code, ErrorCode::NecStateInvalid);
    }

    void restoreWithAndWithoutRvProtection()
    {
        Fixture f;
        QVERIFY(f.open());
        Engine& e = f.engine;
        QCOMPARE(ok(run(e, u"necSetPair"_s, mvRv())), QString());
        QCOMPARE(ok(writeLd(e, u"mv_01"_s, 0, kVolume, 51)), QString());
        QCOMPARE(ok(run(e, u"necReplicate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
        QCOMPARE(ok(run(e, u"necSeparate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        // The tape is restored onto the RV; the MV is damaged meanwhile.
        QCOMPARE(ok(writeLd(e, u"rv_01"_s, 8 * kGrain, 4 * kGrain, 52)), QString());
        QCOMPARE(ok(writeLd(e, u"mv_01"_s, 30 * kGrain, kGrain, 53)), QString());
        const QString rv = checksumLd(e, u"rv_01"_s);
        // With RV protection: RV -> MV, then Separate by itself (seed L1664).
        QCOMPARE(ok(run(e, u"necRestore"_s, with(mvRv(), u"mode"_s, u"protect"_s))), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        QCOMPARE(checksumLd(e, u"mv_01"_s), rv);
        QCOMPARE(checksumLd(e, u"rv_01"_s), rv);
        // MV updates after a protected restore stay off the RV.
        QCOMPARE(ok(writeLd(e, u"mv_01"_s, 0, kGrain, 54)), QString());
        QCOMPARE(checksumLd(e, u"rv_01"_s), rv);
        // Without protection the pair stays in Restore and MV updates reach the RV.
        QCOMPARE(ok(run(e, u"necRestore"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rst/sync"_s), 20000);
        QCOMPARE(pair(e, u"mv_01"_s, u"rv_01"_s).value(u"activity"_s).toString(), u"restore"_s);
        QCOMPARE(checksumLd(e, u"mv_01"_s), rv);
        QCOMPARE(ok(writeLd(e, u"mv_01"_s, 2 * kGrain, kGrain, 55)), QString());
        const QString mv = checksumLd(e, u"mv_01"_s);
        QCOMPARE(ok(run(e, u"necSeparate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        QCOMPARE(checksumLd(e, u"rv_01"_s), mv);
    }
    void anMvBeingRestoredIsRefusedToHosts()
    {
        // Copyline does not redirect MV I/O to the RV during rst/exec (docs/nec.md): until the Restore has copied
        // everything, the MV is refused to hosts and cannot be mounted, so no host reads a half-restored MV or
        // writes data the Restore then overwrites. Checked on the rule itself, at a pinned rst/exec state.
        Fixture f;
        QVERIFY(f.open());
        Engine& e = f.engine;
        QCOMPARE(ok(run(e, u"necSetPair"_s, mvRv())), QString());
        Configuration config = e.configuration();
        ObjectId mvId = 0;
        for (const LogicalDrive& ld : config.logicalDrives) {
            mvId = ld.name == u"mv_01"_s ? ld.id : mvId;
        }
        QVERIFY(mvId != 0);
        for (Relationship& r : config.relationships) {
            if (r.sourceId == mvId) {
                r.state = u"rst/exec"_s;
            }
        }
        HostAccess access;
        Nec::restrictAccess(config, mvId, access);
        QVERIFY(!access.read);
        QVERIFY(!access.write);
        QVERIFY2(access.writeReason.contains(u"being restored"_s), qPrintable(access.writeReason));
        for (Relationship& r : config.relationships) {
            if (r.sourceId == mvId) {
                r.state = u"rst/sync"_s;
            }
        }
        HostAccess after;
        Nec::restrictAccess(config, mvId, after);
        QVERIFY(after.read && after.write); // restored: the MV is the hosts' again
    }

    void reopenKeepsStatesAndTheDifference()
    {
        Fixture f;
        QVERIFY(f.open());
        Engine& e = f.engine;
        QCOMPARE(ok(run(e, u"necSetPair"_s, mvRv())), QString());
        QCOMPARE(ok(writeLd(e, u"mv_01"_s, 0, kVolume, 61)), QString());
        QCOMPARE(ok(run(e, u"necReplicate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
        QCOMPARE(ok(run(e, u"necSeparate"_s, with(mvRv(), u"rvacc"_s, u"ro"_s))), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        QCOMPARE(ok(writeLd(e, u"mv_01"_s, 10 * kGrain, 2 * kGrain, 62)), QString());
        e.closeWorkspace();
        QVERIFY(!e.openWorkspace(f.dir.path()).isError());
        // The record survives: state, RV access, and the difference the next Replicate copies.
        const QJsonObject p = pair(e, u"mv_01"_s, u"rv_01"_s);
        QCOMPARE(p.value(u"syncState"_s).toString(), u"separated"_s);
        QCOMPARE(p.value(u"rvAccess"_s).toString(), u"ro"_s);
        QCOMPARE(p.value(u"separateDiffKB"_s).toInteger(), 2 * 64);
        QVERIFY(!writeLd(e, u"rv_01"_s, 0, kGrain, 3).ok());
        QCOMPARE(ok(run(e, u"necReplicate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
        QCOMPARE(pair(e, u"mv_01"_s, u"rv_01"_s).value(u"bytesCopied"_s).toInteger(), 2 * kGrain);
        QCOMPARE(ok(run(e, u"necSeparate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        QCOMPARE(checksumLd(e, u"rv_01"_s), checksumLd(e, u"mv_01"_s));
    }

    void backgroundCopyReflectsByTheCopyLevel()
    {
        Fixture f;
        QVERIFY(f.open());
        Engine& e = f.engine;
        QCOMPARE(ok(run(e, u"necSetDiskArray"_s, {{u"subsystem"_s, kArray}, {u"bgCopyLevel"_s, 5}})), QString());
        QCOMPARE(ok(run(e, u"necSetPair"_s, mvRv())), QString());
        QCOMPARE(
            run(e, u"necReplicate"_s, with(mvRv(), u"cpmode"_s, u"semi"_s)).error.code, ErrorCode::InvalidParameter);
        QCOMPARE(
            ok(run(e, u"necReplicate"_s, with(with(mvRv(), u"cpmode"_s, u"bg"_s), u"rvacc"_s, u"ro"_s))), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
        QCOMPARE(pair(e, u"mv_01"_s, u"rv_01"_s).value(u"copyControl"_s).toString(), u"Background Copy"_s);
        // An MV write is accumulated as difference, then reflected by the background copy (level 5: every second).
        QCOMPARE(ok(writeLd(e, u"mv_01"_s, 7 * kGrain, kGrain, 71)), QString());
        QTRY_COMPARE_WITH_TIMEOUT(checksumLd(e, u"rv_01"_s), checksumLd(e, u"mv_01"_s), 20000);
        // Separate reflects what is still accumulated first.
        QCOMPARE(ok(writeLd(e, u"mv_01"_s, 9 * kGrain, kGrain, 72)), QString());
        const QString mv = checksumLd(e, u"mv_01"_s);
        QCOMPARE(ok(run(e, u"necSeparate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        QCOMPARE(checksumLd(e, u"rv_01"_s), mv);
    }

    void separateImmediateNeverShowsAHalfReflectedRv()
    {
        // Background Copy with a whole volume of difference still accumulated: Separate -rvuse immediate must not give
        // hosts an RV that the reflection is still writing. A read sees the separate's final image or is refused; a
        // write made to the RV is never overwritten by the MV's data on its way.
        Fixture f;
        QVERIFY(f.open());
        Engine& e = f.engine;
        QCOMPARE(ok(run(e, u"necSetDiskArray"_s, {{u"subsystem"_s, kArray}, {u"bgCopyLevel"_s, 1}})), QString());
        QCOMPARE(ok(run(e, u"necSetPair"_s, mvRv())), QString());
        QCOMPARE(ok(run(e, u"necReplicate"_s, with(mvRv(), u"cpmode"_s, u"bg"_s))), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
        QCOMPARE(ok(writeLd(e, u"mv_01"_s, 0, kVolume, 91)), QString()); // level 1: reflected only after 5 s
        const QString mv = checksumLd(e, u"mv_01"_s);
        QCOMPARE(ok(run(e, u"necSeparate"_s, with(mvRv(), u"rvuse"_s, u"immediate"_s))), QString());
        const bool separating = pair(e, u"mv_01"_s, u"rv_01"_s).value(u"syncState"_s).toString() == u"sep/exec"_s;
        const QString during = checksumLd(e, u"rv_01"_s);
        if (separating) {
            QVERIFY2(during.contains(u"sep/exec"_s), qPrintable(during));
        }
        QVERIFY2(during == mv || during.contains(u"sep/exec"_s), qPrintable(during));
        const bool wrote = writeLd(e, u"rv_01"_s, 0, kGrain, 92).ok();
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        QCOMPARE(checksumLd(e, u"rv_01"_s, kGrain), checksumLd(e, u"mv_01"_s, kGrain));
        QCOMPARE(checksumLd(e, u"rv_01"_s, 0, kGrain),
            wrote ? expectedChecksum({92}) : checksumLd(e, u"mv_01"_s, 0, kGrain));
        // Once separated the RV is the hosts' (Read/Write after Separate).
        QCOMPARE(ok(writeLd(e, u"rv_01"_s, 0, kGrain, 93)), QString());
        QCOMPARE(checksumLd(e, u"rv_01"_s, 0, kGrain), expectedChecksum({93}));
    }

    void parallelPairsAndRestore()
    {
        // One MV, two RVs (the seed's Parallel configuration). A Restore writes the MV with one RV's data, which the
        // other pair would not reflect: it needs the other pair separated, and nothing else replicates meanwhile.
        Fixture f;
        QVERIFY(f.open({u"mv_01"_s, u"rv_01"_s, u"rv_02"_s}));
        Engine& e = f.engine;
        QCOMPARE(ok(run(e, u"necSetPair"_s, mvRv())), QString());
        QCOMPARE(ok(run(e, u"necSetPair"_s, mvRv(u"mv_01"_s, u"rv_02"_s))), QString());
        QCOMPARE(ok(writeLd(e, u"mv_01"_s, 0, kVolume, 101)), QString());
        QCOMPARE(ok(writeLd(e, u"rv_02"_s, 0, kVolume, 102)), QString());
        QCOMPARE(ok(run(e, u"necReplicate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
        CommandResult refused = run(e, u"necRestore"_s, mvRv(u"mv_01"_s, u"rv_02"_s));
        QCOMPARE(refused.error.code, ErrorCode::NecStateInvalid);
        QVERIFY2(refused.error.message().contains(u"also the MV of rv_01"_s), qPrintable(refused.error.message()));
        QCOMPARE(ok(run(e, u"necSeparate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        const QString before = checksumLd(e, u"rv_01"_s);
        const QString restored = checksumLd(e, u"rv_02"_s);
        QCOMPARE(ok(run(e, u"necRestore"_s, mvRv(u"mv_01"_s, u"rv_02"_s))), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rst/sync"_s, u"mv_01"_s, u"rv_02"_s), 20000);
        refused = run(e, u"necReplicate"_s, mvRv());
        QCOMPARE(refused.error.code, ErrorCode::NecStateInvalid);
        QVERIFY2(refused.error.message().contains(u"being restored from rv_02"_s), qPrintable(refused.error.message()));
        QCOMPARE(checksumLd(e, u"rv_01"_s), before); // untouched by the Restore
        QCOMPARE(checksumLd(e, u"mv_01"_s), restored);
        QCOMPARE(ok(run(e, u"necSeparate"_s, mvRv(u"mv_01"_s, u"rv_02"_s))), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s, u"mv_01"_s, u"rv_02"_s), 20000);
        // The other RV now takes the restored MV: a Replicate copies it over.
        QCOMPARE(ok(run(e, u"necReplicate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
        QCOMPARE(ok(run(e, u"necSeparate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        QCOMPARE(checksumLd(e, u"rv_01"_s), checksumLd(e, u"mv_01"_s));
        QCOMPARE(checksumLd(e, u"rv_01"_s), checksumLd(e, u"rv_02"_s));
    }

    void copyFaultSeparatesAndTheDifferenceIsKept()
    {
        Fixture f;
        QVERIFY(f.open());
        Engine& e = f.engine;
        QCOMPARE(ok(run(e, u"necSetPair"_s, mvRv())), QString());
        QCOMPARE(ok(writeLd(e, u"mv_01"_s, 0, kVolume, 81)), QString());
        QCOMPARE(ok(run(e, u"necReplicate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
        // [SIM] A media error on the RV: the reflection of the next MV write fails (spec §3.1 copy fault).
        const LogicalDrive* rv
            = e.configuration().logicalDriveByName(e.configuration().subsystemByName(kArray)->id, u"rv_01"_s);
        auto file = std::dynamic_pointer_cast<FileBackend>(e.volumes().find(rv->id)->backend());
        QVERIFY(file);
        file->setFault({false, true, false});
        QCOMPARE(ok(writeLd(e, u"mv_01"_s, 12 * kGrain, kGrain, 82)), QString()); // the host write still completes
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        const QJsonObject p = pair(e, u"mv_01"_s, u"rv_01"_s);
        QVERIFY2(p.value(u"reason"_s).toString().startsWith(u"failure separation"_s),
            qPrintable(p.value(u"reason"_s).toString()));
        QVERIFY(p.value(u"separateDiffKB"_s).toInteger() >= 64);
        // The cause removed, Replicate copies the difference the fault left.
        file->setFault({});
        QCOMPARE(ok(run(e, u"necReplicate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
        QCOMPARE(ok(run(e, u"necSeparate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        QCOMPARE(checksumLd(e, u"rv_01"_s), checksumLd(e, u"mv_01"_s));
    }
};

} // namespace Copyline

QTEST_GUILESS_MAIN(Copyline::TestNec)
#include "tst_nec.moc"
