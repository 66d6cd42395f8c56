// SPDX-License-Identifier: GPL-3.0-or-later
// ESS PPRC against a reference model (issue 13): random host writes, suspends, resynchronizations, link cuts and
// repairs on three pairs, with fixed seeds. After every step the model says what each primary holds (every
// acknowledged write, nothing else), what each secondary must hold (the primary while Duplex; the primary as it was
// at the suspension while Suspended), and which tracks a resynchronization will copy; the test reads the bytes of
// both volumes (the secondary through the replication path, as hosts are locked out) and compares.
#include "families/families.h"
#include "mirror/mirrorservice.h"
#include "service/engine.h"
#include "storage/volumeio.h"
#include "util/pattern.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

constexpr qint64 kTrack = 64 * 1024;
constexpr qint64 kTracks = 48;
constexpr qint64 kVolume = kTracks * kTrack;

CommandResult run(Engine& engine, const QString& command, const QJsonObject& args = {})
{
    return engine.execute({command, args});
}

struct PairModel
{
    QString source;
    QString target;
    QByteArray primary;   /**< what the primary holds */
    QByteArray secondary; /**< what the secondary must hold once the pair settles */
    bool suspended = false;
    QSet<qint64> dirty; /**< tracks written since the suspension */
};

std::shared_ptr<VolumeIo> volume(Engine& engine, const QString& id)
{
    const Configuration& config = engine.configuration();
    return engine.volumes().find(config.logicalDriveByName(config.subsystemByName(id.mid(3))->id, id)->id);
}

QByteArray readAll(Engine& engine, const QString& id)
{
    QByteArray bytes(kVolume, Qt::Uninitialized);
    const IoStatus st = volume(engine, id)->read(0, std::span<char>(bytes.data(), kVolume), IoOrigin::Replication);
    return st.ok() ? bytes : QByteArray();
}

QString copyState(Engine& engine, const QString& id)
{
    QCoreApplication::processEvents();
    return run(engine, u"essQueryVolume"_s, {{u"volume"_s, id}}).data.value(u"copyState"_s).toString();
}

} // namespace

class TestEssPprcModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomOperationsMatchTheModel_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::newRow("seed 1") << 1U;
        QTest::newRow("seed 7") << 7U;
        QTest::newRow("seed 2026") << 2026U;
    }

    void randomOperationsMatchTheModel()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        QTemporaryDir dir;
        Engine engine(Families::all());
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        QVERIFY(
            run(engine, u"essCreateStorageServer"_s, {{u"serial"_s, u"2A001"_s}, {u"lss"_s, QJsonArray {16}}}).ok());
        QVERIFY(
            run(engine, u"essCreateStorageServer"_s, {{u"serial"_s, u"2B002"_s}, {u"lss"_s, QJsonArray {20}}}).ok());
        for (const QString& ess : {u"2A001"_s, u"2B002"_s}) {
            QVERIFY(run(engine, u"essCreateVolumes"_s,
                {{u"subsystem"_s, ess}, {u"lss"_s, ess == u"2A001"_s ? 16 : 20}, {u"count"_s, 3},
                    {u"capacity"_s, kVolume}})
                        .ok());
        }
        QVERIFY(run(engine, u"essConnectEscon"_s,
            {{u"subsystem"_s, u"2A001"_s}, {u"said"_s, u"0004"_s}, {u"remote"_s, u"2B002"_s},
                {u"remoteSaid"_s, u"00a4"_s}})
                    .ok());
        QVERIFY(run(engine, u"essEstablishPaths"_s,
            {{u"subsystem"_s, u"2A001"_s}, {u"lss"_s, 16}, {u"remote"_s, u"2B002"_s}, {u"remoteLss"_s, QJsonArray {20}},
                {u"said"_s, QJsonArray {u"0004"_s}}})
                    .ok());
        QList<PairModel> pairs;
        for (int i = 0; i < 3; ++i) {
            PairModel p;
            p.source = u"00"_s + QString::number(i) + u"2A001"_s;
            p.target = u"40"_s + QString::number(i) + u"2B002"_s;
            p.primary = QByteArray(kVolume, '\0');
            p.secondary = p.primary;
            pairs.append(p);
            QVERIFY2(run(engine, u"essEstablishPprc"_s,
                         {{u"pairs"_s, QJsonArray {QString(p.source + u":"_s + p.target)}}, {u"copy"_s, u"entire"_s}})
                         .ok(),
                qPrintable(p.source));
        }
        auto settle = [&]() {
            for (const PairModel& p : pairs) {
                if (!p.suspended) {
                    QTRY_COMPARE_WITH_TIMEOUT(copyState(engine, p.source), u"duplex"_s, 20000);
                }
            }
        };
        settle();
        bool linkUp = true;
        for (int step = 0; step < 120; ++step) {
            const int op = static_cast<int>(random.bounded(10));
            PairModel& p = pairs[static_cast<qsizetype>(random.bounded(3))];
            if (op < 6) {
                // A host write of 1-3 tracks at a track boundary, or a partial track.
                const qint64 track = random.bounded(static_cast<int>(kTracks - 3));
                const qint64 length
                    = random.bounded(2) == 0 ? kTrack * (1 + random.bounded(3)) : 512 * (1 + random.bounded(64));
                const qint64 offset = track * kTrack + (length < kTrack ? 512 * random.bounded(8) : 0);
                QByteArray data(length, Qt::Uninitialized);
                fillPattern(random.generate64(), 0, std::span<char>(data.data(), static_cast<std::size_t>(length)));
                const IoStatus st
                    = volume(engine, p.source)->write(offset, std::span<const char>(data.constData(), length));
                QVERIFY2(st.ok(), qPrintable(st.reason));
                p.primary.replace(offset, length, data);
                if (p.suspended) {
                    for (qint64 t = offset / kTrack; t <= (offset + length - 1) / kTrack; ++t) {
                        p.dirty.insert(t);
                    }
                } else {
                    p.secondary = p.primary; // synchronous: on the secondary before the write is acknowledged
                }
            } else if (op == 6 && !p.suspended) {
                QVERIFY(
                    run(engine, u"essSuspendPprc"_s, {{u"pairs"_s, QJsonArray {QString(p.source + u":"_s + p.target)}}})
                        .ok());
                p.suspended = true;
            } else if (op == 7 && p.suspended && linkUp) {
                const qint64 recorded = run(engine, u"essQueryVolume"_s, {{u"volume"_s, p.source}})
                                            .data.value(u"outOfSyncTracks"_s)
                                            .toInteger();
                QCOMPARE(recorded, qint64(p.dirty.size())); // exactly the tracks written while suspended
                QVERIFY(run(engine, u"essEstablishPprc"_s,
                    {{u"pairs"_s, QJsonArray {QString(p.source + u":"_s + p.target)}}, {u"copy"_s, u"outOfSync"_s}})
                            .ok());
                QTRY_COMPARE_WITH_TIMEOUT(copyState(engine, p.source), u"duplex"_s, 20000);
                p.suspended = false;
                p.dirty.clear();
                p.secondary = p.primary;
            } else if (op == 8) {
                linkUp = !linkUp;
                QVERIFY(run(engine, u"essSetEscon"_s,
                    {{u"subsystem"_s, u"2A001"_s}, {u"said"_s, u"0004"_s},
                        {u"state"_s, linkUp ? u"online"_s : u"offline"_s}})
                            .ok());
                if (!linkUp) {
                    for (PairModel& q : pairs) {
                        q.suspended = true; // the last path is gone: every pair suspends, none is critical
                    }
                }
            }
            // The invariants, after every step.
            for (const PairModel& q : pairs) {
                QCOMPARE(readAll(engine, q.source), q.primary);
                if (q.suspended || copyState(engine, q.source) == u"duplex"_s) {
                    QVERIFY2(readAll(engine, q.target) == q.secondary,
                        qPrintable(u"step %1: secondary %2 differs from the model"_s.arg(step).arg(q.target)));
                }
                QCOMPARE(copyState(engine, q.source), q.suspended ? u"suspended"_s : u"duplex"_s);
            }
        }
    }
};

} // namespace Copyline

QTEST_GUILESS_MAIN(Copyline::TestEssPprcModel)
#include "tst_esspprcmodel.moc"
