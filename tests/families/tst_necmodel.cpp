// SPDX-License-Identifier: GPL-3.0-or-later
// NEC DynamicDataReplication against a reference model (DESIGN.md: a randomized test compares every readable volume
// after each step). Random whole-grain host writes to MV and RV and random Replicate (difference or full), Separate
// (ordinary, immediate, forced), Restore (with or without RV protection) on one pair; the model is two arrays of grain
// seeds. After each step the engine settles and every readable volume must equal its model, byte for byte.
#include "families/families.h"
#include "nectestsupport.h"
#include "service/engine.h"

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
};

bool settled(Engine& e)
{
    const QString s = syncState(e, u"mdl_mv"_s, u"mdl_rv"_s);
    return s == u"separated"_s || s == u"rpl/sync"_s || s == u"rst/sync"_s;
}

} // namespace

class TestNecModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomOperationsMatchTheModel()
    {
        QTemporaryDir dir;
        Engine e(Families::all());
        QVERIFY(!e.openWorkspace(dir.path()).isError());
        makeArray(e, {u"mdl_mv"_s, u"mdl_rv"_s}, kGrains * kGrain);
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
            const int op = random.bounded(10);
            const int g = random.bounded(kGrains);
            QString what;
            if (op <= 3) {
                // A host write on the MV: always allowed; reflected to the RV in Replicate and unprotected Restore.
                const int s = nextSeed++;
                what = u"write MV grain %1"_s.arg(g);
                QCOMPARE(ok(writeLd(e, u"mdl_mv"_s, g * kGrain, kGrain, s)), QString());
                m.mv[size_t(g)] = s;
                if (m.state == u"rpl/sync"_s || (m.state == u"rst/sync"_s && !m.protect)) {
                    m.rv[size_t(g)] = s;
                }
            } else if (op == 4) {
                const int s = nextSeed++;
                what = u"write RV grain %1"_s.arg(g);
                const bool allowed = m.state == u"separated"_s && m.rvacc == u"rw"_s;
                QCOMPARE(writeLd(e, u"mdl_rv"_s, g * kGrain, kGrain, s).ok(), allowed);
                if (allowed) {
                    m.rv[size_t(g)] = s;
                }
            } else if (op == 5 || op == 6) {
                const bool full = random.bounded(3) == 0;
                const bool ro = random.bounded(3) == 0;
                what = u"replicate%1%2"_s.arg(full ? u" full"_s : QString(), ro ? u" ro"_s : QString());
                QJsonObject args = with(kPair, u"rvacc"_s, ro ? u"ro"_s : u"nr"_s);
                if (full) {
                    args.insert(u"cprange"_s, u"full"_s);
                }
                const CommandResult r = run(e, u"necReplicate"_s, args);
                QCOMPARE(r.ok(), m.state == u"separated"_s);
                if (r.ok()) {
                    m.state = u"rpl/sync"_s;
                    m.rv = m.mv;
                    m.protect = false;
                    m.rvacc = ro ? u"ro"_s : u"nr"_s;
                }
            } else if (op == 7 || op == 8) {
                const int kind = random.bounded(4);
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
                QCOMPARE(r.ok(), m.state == u"separated"_s);
                if (r.ok()) {
                    m.mv = m.rv;
                    m.protect = protect;
                    m.state = protect ? u"separated"_s : u"rst/sync"_s;
                    m.rvacc = protect ? u"rw"_s : u"nr"_s;
                }
            }
            QTRY_VERIFY2_WITH_TIMEOUT(settled(e), qPrintable(u"step %1: %2"_s.arg(step).arg(what)), 20000);
            QTRY_COMPARE_WITH_TIMEOUT(syncState(e, u"mdl_mv"_s, u"mdl_rv"_s), m.state, 20000);
            QCOMPARE(checksumLd(e, u"mdl_mv"_s), expectedChecksum(m.mv));
            if (m.rvacc != u"nr"_s) {
                QVERIFY2(checksumLd(e, u"mdl_rv"_s) == expectedChecksum(m.rv),
                    qPrintable(u"step %1 (%2): the RV differs from the model"_s.arg(step).arg(what)));
            } else {
                QVERIFY(checksumLd(e, u"mdl_rv"_s).startsWith(u"Error"_s));
            }
        }
    }
};

} // namespace Copyline

QTEST_GUILESS_MAIN(Copyline::TestNecModel)
#include "tst_necmodel.moc"
