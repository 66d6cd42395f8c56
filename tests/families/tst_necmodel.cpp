// SPDX-License-Identifier: GPL-3.0-or-later
// NEC DynamicDataReplication and RemoteDataReplication against a reference model (DESIGN.md: a randomized test
// compares every readable volume after each step). Random whole-grain host writes to MV and RV and random Replicate
// (difference or full), Separate (ordinary, immediate, forced), Restore (with or without RV protection) on one pair;
// for the remote pair also link faults and repairs, after which a write the link cannot carry separates the pair due to
// a failure. The model is two arrays of grain seeds. After each step the engine settles and every readable volume must
// equal its model, byte for byte.
#include "families/families.h"
#include "nectestsupport.h"
#include "service/engine.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

using namespace NecTest;

constexpr int kGrains = 16;
const QJsonObject kPair {{u"mv"_s, u"mdl_mv"_s}, {u"rv"_s, u"mdl_rv"_s}};

QJsonObject with(QJsonObject o, const QString& key, const QJsonValue& value)
{
    o.insert(key, value);
    return o;
}

/** What the pair's volumes must hold. */
struct Model
{
    std::vector<int> mv = std::vector<int>(kGrains, 0);
    std::vector<int> rv = std::vector<int>(kGrains, 0);
    QString state = u"separated"_s;
    bool protect = false;
    QString rvacc = u"rw"_s;
    bool linkUp = true;
};

const QString kRemoteArray = u"S2100/1302"_s;

CommandResult writeOn(Engine& engine, const QString& array, const QString& ld, int grain, int seed)
{
    return run(engine, u"writeLogicalDrive"_s,
        {{u"subsystem"_s, array}, {u"targets"_s, QJsonArray {ld}}, {u"offset"_s, grain * kGrain}, {u"length"_s, kGrain},
            {u"seed"_s, seed}});
}

QString checksumOn(Engine& engine, const QString& array, const QString& ld)
{
    const CommandResult r
        = run(engine, u"checksumLogicalDrive"_s, {{u"subsystem"_s, array}, {u"targets"_s, QJsonArray {ld}}});
    return r.ok() ? r.data.value(u"sha256"_s).toString() : r.error.cliLine();
}

bool settled(Engine& e)
{
    const QString s = syncState(e, u"mdl_mv"_s, u"mdl_rv"_s);
    // In Semi Sync Mode a write completes before the RV has it: settled once the buffer is empty.
    return (s == u"separated"_s || s == u"rpl/sync"_s || s == u"rst/sync"_s)
        && pair(e, u"mdl_mv"_s, u"mdl_rv"_s).value(u"semiSyncPendingKB"_s).toInteger() == 0;
}

} // namespace

class TestNecModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomOperationsMatchTheModel() { runModel(false); }
    void remoteRandomOperationsWithLinkFaultsMatchTheModel() { runModel(true); }

    /**
     * The seed's Parallel configuration: one MV, two RVs. A Restore from one RV needs the other pair separated and
     * changes the MV under it; that pair's next Replicate must carry the restored grains to its RV.
     */
    void parallelPairsMatchTheModel()
    {
        QTemporaryDir dir;
        Engine e(Families::all());
        QVERIFY(!e.openWorkspace(dir.path()).isError());
        const QStringList rvs {u"mdl_rv"_s, u"mdl_rv2"_s};
        makeArray(e, {u"mdl_mv"_s, rvs[0], rvs[1]}, kGrains * kGrain);
        for (const QString& rv : rvs) {
            QCOMPARE(ok(run(e, u"necSetPair"_s, {{u"mv"_s, u"mdl_mv"_s}, {u"rv"_s, rv}})), QString());
        }
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        std::vector<int> mv(kGrains, 0);
        std::vector<Model> pairs(2); // each pair's RV, state, protect and RV access (its mv field is unused)
        int nextSeed = 100;
        const int steps = qEnvironmentVariableIntValue("COPYLINE_NEC_STEPS") > 0
            ? qEnvironmentVariableIntValue("COPYLINE_NEC_STEPS")
            : 120;
        for (int step = 0; step < steps; ++step) {
            const int op = random.bounded(10);
            const int g = random.bounded(kGrains);
            const int i = random.bounded(2);
            Model& m = pairs[size_t(i)];
            const Model& other = pairs[size_t(1 - i)];
            const QJsonObject pair {{u"mv"_s, u"mdl_mv"_s}, {u"rv"_s, rvs[i]}};
            QString what;
            if (op <= 3) {
                const int s = nextSeed++;
                what = u"write MV grain %1"_s.arg(g);
                QCOMPARE(ok(writeLd(e, u"mdl_mv"_s, g * kGrain, kGrain, s)), QString());
                mv[size_t(g)] = s;
                for (Model& p : pairs) {
                    if (p.state == u"rpl/sync"_s || (p.state == u"rst/sync"_s && !p.protect)) {
                        p.rv[size_t(g)] = s;
                    }
                }
            } else if (op == 4) {
                const int s = nextSeed++;
                what = u"write %1 grain %2"_s.arg(rvs[i]).arg(g);
                const bool allowed = m.state == u"separated"_s && m.rvacc == u"rw"_s;
                QCOMPARE(writeLd(e, rvs[i], g * kGrain, kGrain, s).ok(), allowed);
                if (allowed) {
                    m.rv[size_t(g)] = s;
                }
            } else if (op == 5 || op == 6) {
                what = u"replicate %1"_s.arg(rvs[i]);
                const CommandResult r = run(e, u"necReplicate"_s, pair);
                QCOMPARE(r.ok(), m.state == u"separated"_s && !other.state.startsWith(u"rst"_s));
                if (r.ok()) {
                    m.state = u"rpl/sync"_s;
                    m.rv = mv;
                    m.protect = false;
                    m.rvacc = u"nr"_s;
                }
            } else if (op == 7 || op == 8) {
                what = u"separate %1"_s.arg(rvs[i]);
                const CommandResult r = run(e, u"necSeparate"_s, pair);
                QCOMPARE(r.ok(), m.state != u"separated"_s);
                if (r.ok()) {
                    m.state = u"separated"_s;
                    m.rvacc = u"rw"_s;
                }
            } else {
                const bool protect = random.bounded(2) == 0;
                what = u"restore %1%2"_s.arg(rvs[i], protect ? u" protect"_s : QString());
                const CommandResult r
                    = run(e, u"necRestore"_s, with(pair, u"mode"_s, protect ? u"protect"_s : u"normal"_s));
                QCOMPARE(r.ok(), m.state == u"separated"_s && other.state == u"separated"_s);
                if (r.ok()) {
                    mv = m.rv;
                    m.protect = protect;
                    m.state = protect ? u"separated"_s : u"rst/sync"_s;
                    m.rvacc = protect ? u"rw"_s : u"nr"_s;
                }
            }
            for (int p = 0; p < 2; ++p) {
                const Model& pm = pairs[size_t(p)];
                QTRY_COMPARE_WITH_TIMEOUT(syncState(e, u"mdl_mv"_s, rvs[p]), pm.state, 20000);
            }
            QVERIFY2(checksumLd(e, u"mdl_mv"_s) == expectedChecksum(mv),
                qPrintable(u"step %1 (%2): the MV differs from the model"_s.arg(step).arg(what)));
            for (int p = 0; p < 2; ++p) {
                const Model& pm = pairs[size_t(p)];
                if (pm.rvacc != u"nr"_s) {
                    QVERIFY2(checksumLd(e, rvs[p]) == expectedChecksum(pm.rv),
                        qPrintable(u"step %1 (%2): %3 differs from the model"_s.arg(step).arg(what, rvs[p])));
                }
            }
        }
    }

private:
    /** @p remote: the RV on a second disk array, cabled to the MV's, with link faults among the operations. */
    void runModel(bool remote)
    {
        QTemporaryDir dir;
        Engine e(Families::all());
        QVERIFY(!e.openWorkspace(dir.path()).isError());
        const QString rvArray = remote ? kRemoteArray : kArray;
        if (remote) {
            makeArray(e, {u"mdl_mv"_s}, kGrains * kGrain);
            QCOMPARE(ok(run(e, u"necCreateDiskArray"_s,
                         {{u"id"_s, kRemoteArray}, {u"physical"_s, u"100 GB"_s}, {u"rdrLicense"_s, u"100 GB"_s}})),
                QString());
            QCOMPARE(ok(run(e, u"necCreateRank"_s, {{u"subsystem"_s, kRemoteArray}, {u"rank"_s, 0}})), QString());
            QCOMPARE(
                ok(run(e, u"necCreateLd"_s,
                    {{u"subsystem"_s, kRemoteArray}, {u"name"_s, u"mdl_rv"_s}, {u"capacity"_s, kGrains * kGrain}})),
                QString());
            QCOMPARE(ok(run(e, u"necSetDiskArray"_s, {{u"subsystem"_s, kArray}, {u"rdrLicense"_s, u"100 GB"_s}})),
                QString());
            QCOMPARE(ok(run(e, u"necConnectDiskArrays"_s, {{u"subsystem"_s, kArray}, {u"remote"_s, kRemoteArray}})),
                QString());
        } else {
            makeArray(e, {u"mdl_mv"_s, u"mdl_rv"_s}, kGrains * kGrain);
        }
        const auto setLink = [&](bool up) {
            return run(e, u"necSetLink"_s,
                {{u"subsystem"_s, kArray}, {u"remote"_s, kRemoteArray}, {u"state"_s, up ? u"up"_s : u"down"_s}});
        };
        QCOMPARE(ok(run(e, u"necSetPair"_s, kPair)), QString());
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        Model m;
        int nextSeed = 100;
        const int steps = qEnvironmentVariableIntValue("COPYLINE_NEC_STEPS") > 0
            ? qEnvironmentVariableIntValue("COPYLINE_NEC_STEPS")
            : 120;
        for (int step = 0; step < steps; ++step) {
            const int op = random.bounded(remote ? 12 : 10);
            const int g = random.bounded(kGrains);
            QString what;
            if (op >= 10) {
                // The link: a fault, or its repair (remote only).
                m.linkUp = !m.linkUp;
                what = m.linkUp ? u"link repaired"_s : u"link fault"_s;
                QCOMPARE(ok(setLink(m.linkUp)), QString());
            } else if (op <= 3) {
                // A host write on the MV: always allowed; reflected to the RV in Replicate and unprotected Restore.
                // Over a link that is down the reflection fails: failure separation, the RV keeps what it had.
                const int s = nextSeed++;
                what = u"write MV grain %1"_s.arg(g);
                QCOMPARE(ok(writeOn(e, kArray, u"mdl_mv"_s, g, s)), QString());
                m.mv[size_t(g)] = s;
                if (m.state == u"rpl/sync"_s || (m.state == u"rst/sync"_s && !m.protect)) {
                    if (m.linkUp) {
                        m.rv[size_t(g)] = s;
                    } else {
                        m.state = u"separated"_s;
                        m.rvacc = u"rw"_s;
                    }
                }
            } else if (op == 4) {
                const int s = nextSeed++;
                what = u"write RV grain %1"_s.arg(g);
                const bool allowed = m.state == u"separated"_s && m.rvacc == u"rw"_s;
                QCOMPARE(writeOn(e, rvArray, u"mdl_rv"_s, g, s).ok(), allowed);
                if (allowed) {
                    m.rv[size_t(g)] = s;
                }
            } else if (op == 5 || op == 6) {
                const bool full = random.bounded(3) == 0;
                const bool ro = random.bounded(3) == 0;
                const bool semi = remote && random.bounded(2) == 0; // Semi Sync Mode: RemoteDataReplication only
                what = u"replicate%1%2%3"_s.arg(
                    full ? u" full"_s : QString(), ro ? u" ro"_s : QString(), semi ? u" semi"_s : QString());
                QJsonObject args = with(kPair, u"rvacc"_s, ro ? u"ro"_s : u"nr"_s);
                if (semi) {
                    args.insert(u"cpmode"_s, u"semi"_s);
                }
                if (full) {
                    args.insert(u"cprange"_s, u"full"_s);
                }
                const CommandResult r = run(e, u"necReplicate"_s, args);
                QCOMPARE(r.ok(), m.state == u"separated"_s && m.linkUp);
                if (r.ok()) {
                    m.state = u"rpl/sync"_s;
                    m.rv = m.mv;
                    m.protect = false;
                    m.rvacc = ro ? u"ro"_s : u"nr"_s;
                }
            } else if (op == 7 || op == 8) {
                // Over a link that is down only a forced separate has one outcome: an ordinary one in rpl/sync
                // may find nothing to reflect (separated) or fail on the link (failure separation).
                const int kind = m.linkUp ? random.bounded(4) : 3;
                what = QStringList {
                    u"separate"_s, u"separate immediate"_s, u"separate ro"_s, u"forced separate"_s}[kind];
                QJsonObject args = kPair;
                if (kind == 1) {
                    args.insert(u"rvuse"_s, u"immediate"_s);
                } else if (kind == 2) {
                    args.insert(u"rvacc"_s, u"ro"_s);
                } else if (kind == 3) {
                    args.insert(u"force"_s, true);
                }
                const CommandResult r = run(e, u"necSeparate"_s, args);
                QCOMPARE(r.ok(), m.state != u"separated"_s);
                if (r.ok()) {
                    m.state = u"separated"_s;
                    m.rvacc = kind == 2 ? u"ro"_s : u"rw"_s;
                }
            } else {
                const bool protect = random.bounded(2) == 0;
                what = protect ? u"restore protect"_s : u"restore"_s;
                const CommandResult r
                    = run(e, u"necRestore"_s, with(kPair, u"mode"_s, protect ? u"protect"_s : u"normal"_s));
                QCOMPARE(r.ok(), m.state == u"separated"_s && m.linkUp);
                if (r.ok()) {
                    m.mv = m.rv;
                    m.protect = protect;
                    m.state = protect ? u"separated"_s : u"rst/sync"_s;
                    m.rvacc = protect ? u"rw"_s : u"nr"_s;
                }
            }
            QTRY_VERIFY2_WITH_TIMEOUT(settled(e), qPrintable(u"step %1: %2"_s.arg(step).arg(what)), 20000);
            QTRY_COMPARE_WITH_TIMEOUT(syncState(e, u"mdl_mv"_s, u"mdl_rv"_s), m.state, 20000);
            QCOMPARE(checksumOn(e, kArray, u"mdl_mv"_s), expectedChecksum(m.mv));
            if (m.rvacc != u"nr"_s) {
                QVERIFY2(checksumOn(e, rvArray, u"mdl_rv"_s) == expectedChecksum(m.rv),
                    qPrintable(u"step %1 (%2): the RV differs from the model"_s.arg(step).arg(what)));
            } else {
                QVERIFY(checksumOn(e, rvArray, u"mdl_rv"_s).startsWith(u"Error"_s));
            }
        }
    }
};

} // namespace Copyline

QTEST_GUILESS_MAIN(Copyline::TestNecModel)
#include "tst_necmodel.moc"
