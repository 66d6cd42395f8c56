// SPDX-License-Identifier: GPL-3.0-or-later
// NEC RemoteDataReplication in one engine (issue 17, spec §1.6-1.7): MV and RV on two disk arrays cabled by their
// Replication Directors. Pair setting needs both arrays' RDR licence and a link, with the seed's limits; Replicate,
// Separate and Restore copy over the link; a link fault separates the pair due to a failure and keeps the difference,
// and the next Replicate copies only that. Every case checks bytes read back and states reached.
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

constexpr qint64 kVolume = 4 << 20; // 4 MiB: 64 grains
const QString kRemote = u"S2100/1302"_s;
const QString kThird = u"S2100/1303"_s;
const QString kFourth = u"S2100/1304"_s;

QJsonObject mvRv(const QString& mv = u"mv_01"_s, const QString& rv = u"rrv_01"_s)
{
    return {{u"mv"_s, mv}, {u"rv"_s, rv}};
}

QJsonObject arrays(const QString& a, const QString& b)
{
    return {{u"subsystem"_s, a}, {u"remote"_s, b}};
}

QJsonObject with(QJsonObject o, const QString& key, const QJsonValue& value)
{
    o.insert(key, value);
    return o;
}

/** A second disk array (RANK 0) with the LDs @p lds, licensed for RemoteDataReplication when @p rdr. */
void makeRemoteArray(Engine& engine, const QString& id, const QStringList& lds, bool rdr)
{
    QJsonObject args {{u"id"_s, id}, {u"physical"_s, u"100 GB"_s}};
    if (rdr) {
        args.insert(u"rdrLicense"_s, u"100 GB"_s);
    }
    QCOMPARE(ok(run(engine, u"necCreateDiskArray"_s, args)), QString());
    QCOMPARE(ok(run(engine, u"necCreateRank"_s, {{u"subsystem"_s, id}, {u"rank"_s, 0}})), QString());
    for (const QString& ld : lds) {
        QCOMPARE(ok(run(engine, u"necCreateLd"_s,
                     {{u"subsystem"_s, id}, {u"rank"_s, 0}, {u"name"_s, ld}, {u"capacity"_s, kVolume}})),
            QString());
    }
}

CommandResult writeOn(Engine& engine, const QString& array, const QString& ld, qint64 offset, qint64 length, int seed)
{
    return run(engine, u"writeLogicalDrive"_s,
        {{u"subsystem"_s, array}, {u"targets"_s, QJsonArray {ld}}, {u"offset"_s, offset}, {u"length"_s, length},
            {u"seed"_s, seed}});
}

QString checksumOn(Engine& engine, const QString& array, const QString& ld)
{
    const CommandResult r
        = run(engine, u"checksumLogicalDrive"_s, {{u"subsystem"_s, array}, {u"targets"_s, QJsonArray {ld}}});
    return r.ok() ? r.data.value(u"sha256"_s).toString() : r.error.cliLine();
}

bool reaches(Engine& engine, const QString& state)
{
    return syncState(engine, u"mv_01"_s, u"rrv_01"_s) == state;
}

QJsonObject onlyLink(Engine& engine)
{
    const QJsonArray links = run(engine, u"necListLinks"_s).data.value(u"links"_s).toArray();
    return links.size() == 1 ? links.first().toObject() : QJsonObject {{u"links"_s, links.size()}};
}

struct Fixture
{
    QTemporaryDir dir;
    Engine engine {Families::all()};

    /** kArray (MV side) and kRemote (RV side), both licensed for RDR and linked. */
    bool open()
    {
        if (engine.openWorkspace(dir.path()).isError()) {
            return false;
        }
        makeArray(engine, {u"mv_01"_s, u"rv_01"_s}, kVolume);
        if (QTest::currentTestFailed()) {
            return false;
        }
        makeRemoteArray(engine, kRemote, {u"rrv_01"_s, u"rrv_02"_s}, true);
        return !QTest::currentTestFailed()
            && run(engine, u"necSetDiskArray"_s, {{u"subsystem"_s, kArray}, {u"rdrLicense"_s, u"100 GB"_s}}).ok()
            && run(engine, u"necConnectDiskArrays"_s, arrays(kArray, kRemote)).ok();
    }

    /** The pair set, the MV written with seed 7 and replicated until rpl/sync. */
    bool replicated()
    {
        return run(engine, u"necSetPair"_s, mvRv()).ok() && writeOn(engine, kArray, u"mv_01"_s, 0, kVolume, 7).ok()
            && run(engine, u"necReplicate"_s, mvRv()).ok();
    }
};

} // namespace

class TestNecRdr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void remotePairNeedsLicencesAndALink()
    {
        QTemporaryDir dir;
        Engine e {Families::all()};
        QVERIFY(!e.openWorkspace(dir.path()).isError());
        makeArray(e, {u"mv_01"_s, u"mv_02"_s}, kVolume);
        makeRemoteArray(e, kRemote, {u"rrv_01"_s, u"small"_s}, false);
        // Neither array has RemoteDataReplication: the MV's array is named first.
        CommandResult r = run(e, u"necSetPair"_s, mvRv());
        QCOMPARE(r.error.code, ErrorCode::NecLicense);
        QVERIFY2(
            r.error.message().contains(u"RemoteDataReplication is not purchased"_s), qPrintable(r.error.message()));
        QVERIFY(r.error.message().contains(kArray));
        QCOMPARE(
            ok(run(e, u"necSetDiskArray"_s, {{u"subsystem"_s, kArray}, {u"rdrLicense"_s, u"100 GB"_s}})), QString());
        r = run(e, u"necSetPair"_s, mvRv());
        QCOMPARE(r.error.code, ErrorCode::NecLicense);
        QVERIFY(r.error.message().contains(kRemote));
        QCOMPARE(
            ok(run(e, u"necSetDiskArray"_s, {{u"subsystem"_s, kRemote}, {u"rdrLicense"_s, u"100 GB"_s}})), QString());
        // Licensed, but not cabled.
        r = run(e, u"necSetPair"_s, mvRv());
        QCOMPARE(r.error.code, ErrorCode::NecPairInvalid);
        QVERIFY2(r.error.message().contains(u"necConnectDiskArrays"_s), qPrintable(r.error.message()));
        QCOMPARE(run(e, u"necConnectDiskArrays"_s, arrays(kArray, kArray)).error.code, ErrorCode::NecArrayInvalid);
        QCOMPARE(ok(run(e, u"necConnectDiskArrays"_s, arrays(kArray, kRemote))), QString());
        QCOMPARE(run(e, u"necConnectDiskArrays"_s, arrays(kRemote, kArray)).error.code, ErrorCode::NecArrayInvalid);
        // A link fault refuses a new pair.
        QCOMPARE(ok(run(e, u"necSetLink"_s, with(arrays(kArray, kRemote), u"state"_s, u"down"_s))), QString());
        QCOMPARE(onlyLink(e).value(u"pathState"_s).toString(), u"abnormal"_s);
        r = run(e, u"necSetPair"_s, mvRv());
        QCOMPARE(r.error.code, ErrorCode::NecPairInvalid);
        QVERIFY2(r.error.message().contains(u"abnormal"_s), qPrintable(r.error.message()));
        QCOMPARE(ok(run(e, u"necSetLink"_s, with(arrays(kArray, kRemote), u"state"_s, u"up"_s))), QString());
        QCOMPARE(onlyLink(e).value(u"pathState"_s).toString(), u"normal"_s);
        // The DynamicDataReplication rules hold for remote pairs: capacity, one RV per pair.
        QCOMPARE(ok(run(e, u"necCreateLd"_s,
                     {{u"subsystem"_s, kRemote}, {u"name"_s, u"half"_s}, {u"capacity"_s, kVolume / 2}})),
            QString());
        QCOMPARE(run(e, u"necSetPair"_s, mvRv(u"mv_01"_s, u"half"_s)).error.code, ErrorCode::NecPairInvalid);
        QCOMPARE(ok(run(e, u"necSetPair"_s, mvRv())), QString());
        QCOMPARE(run(e, u"necSetPair"_s, mvRv(u"mv_02"_s, u"rrv_01"_s)).error.code, ErrorCode::NecPairInvalid);
        const QJsonObject p = pair(e, u"mv_01"_s, u"rrv_01"_s);
        QCOMPARE(p.value(u"type"_s).toString(), u"RDR"_s);
        QCOMPARE(p.value(u"array"_s).toString(), kArray);
        QCOMPARE(p.value(u"rvArray"_s).toString(), kRemote);
        QCOMPARE(p.value(u"syncState"_s).toString(), u"separated"_s);
        QCOMPARE(onlyLink(e).value(u"pairs"_s).toInt(), 1);
        // The link cannot be removed while the pair uses it.
        r = run(e, u"necDisconnectDiskArrays"_s, arrays(kRemote, kArray));
        QCOMPARE(r.error.code, ErrorCode::NecArrayInvalid);
        QVERIFY2(r.error.message().contains(u"mv_01 - rrv_01"_s), qPrintable(r.error.message()));
        // Seed L550: RVs of one MV on at most two disk arrays (besides its own).
        makeRemoteArray(e, kThird, {u"t_01"_s}, true);
        makeRemoteArray(e, kFourth, {u"f_01"_s}, true);
        QCOMPARE(ok(run(e, u"necConnectDiskArrays"_s, arrays(kArray, kThird))), QString());
        QCOMPARE(ok(run(e, u"necConnectDiskArrays"_s, arrays(kArray, kFourth))), QString());
        QCOMPARE(ok(run(e, u"necSetPair"_s, mvRv(u"mv_01"_s, u"t_01"_s))), QString());
        r = run(e, u"necSetPair"_s, mvRv(u"mv_01"_s, u"f_01"_s));
        QCOMPARE(r.error.code, ErrorCode::NecPairInvalid);
        QVERIFY2(r.error.message().contains(u"two disk arrays"_s), qPrintable(r.error.message()));
        // Unpaired, the link can go.
        QCOMPARE(ok(run(e, u"necUnpair"_s, mvRv())), QString());
        QCOMPARE(ok(run(e, u"necDisconnectDiskArrays"_s, arrays(kRemote, kArray))), QString());
        QCOMPARE(run(e, u"necListLinks"_s, {{u"subsystem"_s, kRemote}}).data.value(u"links"_s).toArray().size(), 0);
    }

    void replicateSeparateAndRestoreOverTheLink()
    {
        Fixture f;
        QVERIFY(f.open());
        Engine& e = f.engine;
        QVERIFY(f.replicated());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
        QCOMPARE(pair(e, u"mv_01"_s, u"rrv_01"_s).value(u"bytesCopied"_s).toInteger(), kVolume);
        // Not Ready on the other array too, while replicating.
        QVERIFY(checksumOn(e, kRemote, u"rrv_01"_s).startsWith(u"Error"_s));
        QVERIFY(!writeOn(e, kRemote, u"rrv_01"_s, 0, kGrain, 3).ok());
        // Sync Mode: an MV write crosses the link before the host hears of it.
        QCOMPARE(ok(writeOn(e, kArray, u"mv_01"_s, 5 * kGrain, 2 * kGrain, 8)), QString());
        const QString mv = checksumOn(e, kArray, u"mv_01"_s);
        QCOMPARE(ok(run(e, u"necSeparate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        QCOMPARE(checksumOn(e, kRemote, u"rrv_01"_s), mv);
        // Restore: the RV's data comes back over the link (RV written while separated).
        QCOMPARE(ok(writeOn(e, kRemote, u"rrv_01"_s, 20 * kGrain, kGrain, 9)), QString());
        const QString rv = checksumOn(e, kRemote, u"rrv_01"_s);
        QVERIFY(rv != mv);
        QCOMPARE(ok(run(e, u"necRestore"_s, with(mvRv(), u"mode"_s, u"protect"_s))), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        QCOMPARE(checksumOn(e, kArray, u"mv_01"_s), rv);
    }

    void linkFaultSeparatesAndReplicateCopiesTheDifference()
    {
        Fixture f;
        QVERIFY(f.open());
        Engine& e = f.engine;
        QVERIFY(f.replicated());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
        QCOMPARE(ok(run(e, u"necSetLink"_s, with(arrays(kRemote, kArray), u"state"_s, u"down"_s))), QString());
        // The host write completes; its reflection fails: failure separation, the difference kept.
        QCOMPARE(ok(writeOn(e, kArray, u"mv_01"_s, 12 * kGrain, 3 * kGrain, 82)), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        const QJsonObject p = pair(e, u"mv_01"_s, u"rrv_01"_s);
        QVERIFY2(p.value(u"reason"_s).toString().contains(u"link fault between disk arrays"_s),
            qPrintable(p.value(u"reason"_s).toString()));
        QCOMPARE(p.value(u"separateDiffKB"_s).toInteger(), 3 * 64);
        const CommandResult refused = run(e, u"necReplicate"_s, mvRv());
        QCOMPARE(refused.error.code, ErrorCode::NecStateInvalid);
        QVERIFY2(refused.error.message().contains(u"abnormal"_s), qPrintable(refused.error.message()));
        QCOMPARE(run(e, u"necRestore"_s, mvRv()).error.code, ErrorCode::NecStateInvalid);
        // The event log says so on both arrays.
        const QJsonArray events = run(e, u"getEvents"_s).data.value(u"events"_s).toArray();
        int faults = 0;
        for (const auto& v : events) {
            faults += v[u"description"_s].toString() == u"Link fault"_s ? 1 : 0;
        }
        QCOMPARE(faults, 2);
        // Repaired: Replicate copies the three grains the fault left, and nothing else.
        QCOMPARE(ok(run(e, u"necSetLink"_s, with(arrays(kArray, kRemote), u"state"_s, u"up"_s))), QString());
        const qint64 before = pair(e, u"mv_01"_s, u"rrv_01"_s).value(u"bytesCopied"_s).toInteger();
        QCOMPARE(ok(run(e, u"necReplicate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
        QCOMPARE(pair(e, u"mv_01"_s, u"rrv_01"_s).value(u"bytesCopied"_s).toInteger() - before, 3 * kGrain);
        QCOMPARE(ok(run(e, u"necSeparate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        QCOMPARE(checksumOn(e, kRemote, u"rrv_01"_s), checksumOn(e, kArray, u"mv_01"_s));
    }

    void reopenKeepsTheLinkAndTheRemotePair()
    {
        Fixture f;
        QVERIFY(f.open());
        Engine& e = f.engine;
        QCOMPARE(ok(run(e, u"necSetLink"_s,
                     with(with(arrays(kArray, kRemote), u"bandwidth"_s, 50'000'000), u"roundTrip"_s, 2))),
            QString());
        QVERIFY(f.replicated());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
        QCOMPARE(ok(run(e, u"necSeparate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        QCOMPARE(ok(writeOn(e, kArray, u"mv_01"_s, 30 * kGrain, kGrain, 11)), QString());
        e.closeWorkspace();
        QVERIFY(!e.openWorkspace(f.dir.path()).isError());
        const QJsonObject link = onlyLink(e);
        QCOMPARE(link.value(u"bandwidth"_s).toInteger(), 50'000'000);
        QCOMPARE(link.value(u"roundTripMs"_s).toDouble(), 2.0);
        QCOMPARE(pair(e, u"mv_01"_s, u"rrv_01"_s).value(u"type"_s).toString(), u"RDR"_s);
        QCOMPARE(pair(e, u"mv_01"_s, u"rrv_01"_s).value(u"separateDiffKB"_s).toInteger(), 64);
        const qint64 before = pair(e, u"mv_01"_s, u"rrv_01"_s).value(u"bytesCopied"_s).toInteger();
        QCOMPARE(ok(run(e, u"necReplicate"_s, with(mvRv(), u"cpmode"_s, u"bg"_s))), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
        QCOMPARE(pair(e, u"mv_01"_s, u"rrv_01"_s).value(u"bytesCopied"_s).toInteger() - before, kGrain);
        QCOMPARE(ok(run(e, u"necSeparate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        QCOMPARE(checksumOn(e, kRemote, u"rrv_01"_s), checksumOn(e, kArray, u"mv_01"_s));
    }

    /**
     * Semi Sync Mode (Table 3-2, RemoteDataReplication only): a host write completes without waiting for the RV and
     * is reflected from the array's buffer; the buffer's size is the array's semiSyncLimit. A link fault loses no
     * acknowledged write: the pair separates due to a failure with the writes recorded, and the next Replicate
     * copies exactly them. Separate reflects what the buffer held first.
     */
    void semiSyncModeReflectsWritesAfterTheyComplete()
    {
        Fixture f;
        QVERIFY(f.open());
        Engine& e = f.engine;
        // Inside one array it is refused, with what to use instead.
        QCOMPARE(ok(run(e, u"necSetPair"_s, mvRv(u"mv_01"_s, u"rv_01"_s))), QString());
        CommandResult r = run(e, u"necReplicate"_s, with(mvRv(u"mv_01"_s, u"rv_01"_s), u"cpmode"_s, u"semi"_s));
        QCOMPARE(r.error.code, ErrorCode::InvalidParameter);
        QVERIFY2(r.error.message().contains(u"RemoteDataReplication only"_s), qPrintable(r.error.message()));
        QCOMPARE(ok(run(e, u"necUnpair"_s, mvRv(u"mv_01"_s, u"rv_01"_s))), QString());
        r = run(e, u"necSetDiskArray"_s, {{u"subsystem"_s, kArray}, {u"semiSyncLimit"_s, u"16 KB"_s}});
        QCOMPARE(r.error.code, ErrorCode::InvalidParameter);
        QCOMPARE(
            ok(run(e, u"necSetDiskArray"_s, {{u"subsystem"_s, kArray}, {u"semiSyncLimit"_s, u"512 KB"_s}})), QString());

        QCOMPARE(ok(run(e, u"necSetPair"_s, mvRv())), QString());
        QCOMPARE(ok(writeOn(e, kArray, u"mv_01"_s, 0, kVolume, 7)), QString());
        QCOMPARE(ok(run(e, u"necReplicate"_s, with(mvRv(), u"cpmode"_s, u"semi"_s))), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
        QJsonObject p = pair(e, u"mv_01"_s, u"rrv_01"_s);
        QCOMPARE(p.value(u"copyControl"_s).toString(), u"Foreground Copy (Semi Sync Mode)"_s);
        QCOMPARE(p.value(u"semiSyncLimitKB"_s).toInteger(), 512);

        // A 1.5 s round trip: a Sync Mode write would wait for it; this one completes with its data still buffered.
        QCOMPARE(ok(run(e, u"necSetLink"_s, with(arrays(kArray, kRemote), u"roundTrip"_s, 1500))), QString());
        QCOMPARE(ok(writeOn(e, kArray, u"mv_01"_s, 8 * kGrain, 2 * kGrain, 31)), QString());
        p = pair(e, u"mv_01"_s, u"rrv_01"_s);
        QVERIFY2(p.value(u"semiSyncPendingKB"_s).toInteger() > 0,
            qPrintable(QString::number(p.value(u"semiSyncPendingKB"_s).toInteger())));
        QCOMPARE(p.value(u"syncState"_s).toString(), u"rpl/sync"_s);
        // Then it is reflected, and the pair is in sync again.
        QTRY_COMPARE_WITH_TIMEOUT(pair(e, u"mv_01"_s, u"rrv_01"_s).value(u"semiSyncPendingKB"_s).toInteger(), 0, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(pair(e, u"mv_01"_s, u"rrv_01"_s).value(u"copyDiffKB"_s).toInteger(), 0, 20000);

        // Separate right after buffered writes: the separate reflects them before the RV is given to hosts.
        QCOMPARE(ok(writeOn(e, kArray, u"mv_01"_s, 20 * kGrain, 3 * kGrain, 32)), QString());
        QCOMPARE(ok(run(e, u"necSeparate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 30000);
        QCOMPARE(checksumOn(e, kRemote, u"rrv_01"_s), checksumOn(e, kArray, u"mv_01"_s));

        // A link fault: the write completes, its reflection fails, the pair separates due to a failure and keeps
        // the write in its difference; after the repair Replicate copies exactly that.
        QCOMPARE(ok(run(e, u"necSetLink"_s, with(arrays(kArray, kRemote), u"roundTrip"_s, 1))), QString());
        QCOMPARE(ok(run(e, u"necReplicate"_s, with(mvRv(), u"cpmode"_s, u"semi"_s))), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
        QCOMPARE(ok(run(e, u"necSetLink"_s, with(arrays(kArray, kRemote), u"state"_s, u"down"_s))), QString());
        QCOMPARE(ok(writeOn(e, kArray, u"mv_01"_s, 40 * kGrain, 2 * kGrain, 33)), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        p = pair(e, u"mv_01"_s, u"rrv_01"_s);
        QVERIFY2(
            p.value(u"reason"_s).toString().contains(u"link fault"_s), qPrintable(p.value(u"reason"_s).toString()));
        QCOMPARE(p.value(u"separateDiffKB"_s).toInteger(), 2 * 64);
        QCOMPARE(ok(run(e, u"necSetLink"_s, with(arrays(kArray, kRemote), u"state"_s, u"up"_s))), QString());
        const qint64 before = p.value(u"bytesCopied"_s).toInteger();
        QCOMPARE(ok(run(e, u"necReplicate"_s, with(mvRv(), u"cpmode"_s, u"semi"_s))), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"rpl/sync"_s), 20000);
        QCOMPARE(pair(e, u"mv_01"_s, u"rrv_01"_s).value(u"bytesCopied"_s).toInteger() - before, 2 * kGrain);
        QCOMPARE(ok(run(e, u"necSeparate"_s, mvRv())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(reaches(e, u"separated"_s), 20000);
        QCOMPARE(checksumOn(e, kRemote, u"rrv_01"_s), checksumOn(e, kArray, u"mv_01"_s));
    }
};

} // namespace Copyline

QTEST_GUILESS_MAIN(Copyline::TestNecRdr)
#include "tst_necrdr.moc"
