// SPDX-License-Identifier: GPL-3.0-or-later
// The in-controller copy family against a reference model (issue 15): random sequences of host writes to the S-VOL
// and the T-VOLs, create (with and without the initial copy), Split, Re-sync (with and without the sweep), Delete,
// Suspend/Resume, pace and copy-mode changes and restarts of the engine, on one primary with two secondaries. The
// model is the patent's promise: a T-VOL that reaches 804 holds, track for track, what its S-VOL held at T0, and in
// 804 it holds that plus what hosts wrote to it since; a "does nothing" command fails and changes nothing.
#include "hdstestsupport.h"
#include "util/pattern.h"
#include "util/sha256.h"

#include <QRandomGenerator>

#include <array>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

using namespace HdsTest;

constexpr int kTracks = static_cast<int>(kVolume / kTrack);
const QString P = u"00:10"_s;
const QStringList kSecondaries {u"00:20"_s, u"00:21"_s};

using Tracks = std::vector<int>; // the seed of each track's last whole-track write (0: never written, zeros)

QString expected(const Tracks& tracks)
{
    Sha256 hash;
    std::vector<char> bytes(static_cast<size_t>(kTrack));
    for (const int seed : tracks) {
        if (seed == 0) {
            std::fill(bytes.begin(), bytes.end(), 0);
        } else {
            fillPattern(static_cast<quint64>(seed), 0, bytes);
        }
        hash.addData(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())));
    }
    return hash.hexResult();
}

struct ModelPair
{
    int status = 801;
    bool suspended = false;
    bool known = true; // false after a delete during a copy: the T-VOL holds a partial image
    Tracks atT0 = Tracks(kTracks, 0);
    Tracks secondary = Tracks(kTracks, 0);
};

} // namespace

class TestHdsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomOperationsMatchTheModel_data()
    {
        QTest::addColumn<quint32>("seed");
        for (const quint32 seed : {1u, 2u, 3u, 4u}) {
            QTest::newRow(qPrintable(u"seed %1"_s.arg(seed))) << seed;
        }
    }

    void randomOperationsMatchTheModel()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        Fixture f;
        QVERIFY(f.open({P}, kSecondaries));
        Tracks primary(kTracks, 0);
        std::array<ModelPair, 2> model;
        int nextSeed = 100;
        int imagesChecked = 0;    // T-VOLs compared with the model in 804
        int writesDuringCopy = 0; // S-VOL writes while a pair was in 803 (copy-before-write)
        const auto pvolSvolOf = [&](int i) { return pvolSvol(P, kSecondaries.at(i)); };
        // A copy ends by itself: 803 -> 804 on the engine's time, seen when the model looks.
        const auto observe = [&](int i) {
            ModelPair& m = model.at(i);
            if (m.status == 803 && status(*f.engine, P, kSecondaries.at(i)) == 804) {
                m.status = 804;
                m.suspended = false;
                m.secondary = m.atT0;
                m.known = true;
                // The moment the copy completes, the T-VOL is the S-VOL at T0 (I1).
                QCOMPARE(checksum(*f.engine, kSecondaries.at(i)), expected(m.secondary));
                ++imagesChecked;
            }
        };
        const int steps = 300;
        for (int step = 0; step < steps; ++step) {
            Engine& e = *f.engine;
            const int i = static_cast<int>(random.bounded(2));
            const QString s = kSecondaries.at(i);
            observe(i);
            ModelPair& m = model.at(i);
            const int op = static_cast<int>(random.bounded(100));
            const QString where
                = u"seed %1 step %2 op %3 pair %4 status %5"_s.arg(seed).arg(step).arg(op).arg(i).arg(m.status);
            if (op < 30) {
                // Host writes to the S-VOL: whole tracks, each with its own seed.
                const int first = static_cast<int>(random.bounded(kTracks));
                const int count = 1 + static_cast<int>(random.bounded(4));
                for (int t = first; t < std::min(kTracks, first + count); ++t) {
                    const int value = ++nextSeed;
                    QVERIFY2(writeTracks(e, P, t, 1, value).ok(), qPrintable(where));
                    writesDuringCopy += (model.at(0).status == 803 || model.at(1).status == 803) ? 1 : 0;
                    primary[static_cast<size_t>(t)] = value;
                }
            } else if (op < 40) {
                // Host writes to a T-VOL: only in 804 (I5).
                const int t = static_cast<int>(random.bounded(kTracks));
                const int value = ++nextSeed;
                const CommandResult r = writeTracks(e, s, t, 1, value);
                QCOMPARE(r.ok(), m.status == 804);
                if (r.ok()) {
                    m.secondary[static_cast<size_t>(t)] = value;
                }
            } else if (op < 52) {
                if (random.bounded(2) == 0) {
                    hold(e); // the copy may then be suspended before it ends
                }
                const bool initial = random.bounded(2) == 0;
                const int pace = std::array {1, 3, 15}.at(random.bounded(3));
                const CommandResult r
                    = run(e, u"hdsPairCreate"_s, with(with(pvolSvolOf(i), u"initialCopy"_s, initial), u"pace"_s, pace));
                if (m.status != 801) {
                    QCOMPARE(r.error.code, ErrorCode::HdsNoOp);
                } else {
                    QVERIFY2(r.ok(), qPrintable(where + u": "_s + ok(r)));
                    m.status = initial ? 803 : 802;
                    m.atT0 = primary;
                    if (initial && random.bounded(2) == 0) {
                        m.suspended = run(e, u"hdsPairSuspend"_s, pvolSvolOf(i)).ok(); // fails once copied
                    }
                }
                release(e);
            } else if (op < 64) {
                const bool held = random.bounded(2) == 0;
                if (held) {
                    hold(e);
                }
                const CommandResult r = run(e, u"hdsPairSplit"_s, pvolSvolOf(i));
                if (m.status == 802) {
                    QVERIFY2(r.ok(), qPrintable(where + u": "_s + ok(r)));
                    m.status = 803;
                    m.suspended = false;
                    m.atT0 = primary;
                    if (held || random.bounded(2) == 0) {
                        m.suspended = run(e, u"hdsPairSuspend"_s, pvolSvolOf(i)).ok();
                    }
                } else {
                    QCOMPARE(r.error.code, m.status == 801 ? ErrorCode::HdsNoPair : ErrorCode::HdsNoOp);
                }
                release(e);
            } else if (op < 74) {
                const CommandResult r = run(e, u"hdsPairResync"_s, with(pvolSvolOf(i), u"pace"_s, 3));
                if (m.status == 804) {
                    QVERIFY2(r.ok(), qPrintable(where + u": "_s + ok(r)));
                    m.status = 802;
                } else {
                    QCOMPARE(r.error.code, m.status == 801 ? ErrorCode::HdsNoPair : ErrorCode::HdsNoOp);
                }
            } else if (op < 80) {
                const CommandResult r = run(e, u"hdsPairDelete"_s, pvolSvolOf(i));
                if (m.status == 801) {
                    QCOMPARE(r.error.code, ErrorCode::HdsNoPair);
                } else {
                    QVERIFY2(r.ok(), qPrintable(where + u": "_s + ok(r)));
                    m.known = m.status == 804;
                    m.status = 801;
                    m.suspended = false;
                }
            } else if (op < 88) {
                if (m.status == 803 && m.suspended) {
                    QCOMPARE(ok(run(e, u"hdsPairSuspend"_s, with(pvolSvolOf(i), u"resume"_s, true))), QString());
                    m.suspended = false;
                    QVERIFY2(settlesAt(e, P, s, u"split"_s), qPrintable(where));
                    observe(i);
                    QCOMPARE(m.status, 804);
                }
            } else if (op < 92) {
                const bool differential = random.bounded(2) == 0;
                const bool sweep = random.bounded(2) == 0;
                QCOMPARE(
                    ok(run(e, u"hdsSetController"_s,
                        {{u"copyMode"_s, differential ? u"differential"_s : u"full"_s}, {u"resyncSweep"_s, sweep}})),
                    QString());
            } else if (op < 95) {
                QVERIFY2(f.reopen(), qPrintable(where));
            } else if (m.status == 804 && m.known) {
                QCOMPARE(checksum(e, s), expected(m.secondary));
                ++imagesChecked;
            }
            // A T-VOL in 804 holds the model's image at every step.
            if (m.status == 804 && m.known && random.bounded(4) == 0) {
                QVERIFY2(checksum(*f.engine, s) == expected(m.secondary), qPrintable(where));
                ++imagesChecked;
            }
        }
        // Let every copy finish and compare the whole of every T-VOL in 804, and the S-VOL.
        for (int i = 0; i < 2; ++i) {
            ModelPair& m = model.at(i);
            if (m.status == 803) {
                if (m.suspended) {
                    QCOMPARE(
                        ok(run(*f.engine, u"hdsPairSuspend"_s, with(pvolSvolOf(i), u"resume"_s, true))), QString());
                }
                QVERIFY(settlesAt(*f.engine, P, kSecondaries.at(i), u"split"_s));
                observe(i);
            }
            if (m.status == 804) {
                QCOMPARE(checksum(*f.engine, kSecondaries.at(i)), expected(m.secondary));
            }
        }
        QCOMPARE(checksum(*f.engine, P), expected(primary));
        qInfo("seed %u: %d T-VOL images checked in 804, %d S-VOL writes during a copy", seed, imagesChecked,
            writesDuringCopy);
        QVERIFY(imagesChecked >= 5);
        QVERIFY(writesDuringCopy >= 5);
    }
};

} // namespace Copyline

QTEST_GUILESS_MAIN(Copyline::TestHdsModel)
#include "tst_hdsmodel.moc"
