// SPDX-License-Identifier: GPL-3.0-or-later
// The in-controller copy family (issue 15): the Fig. 2 matrix and the Fig. 8 state machine, the acceptance behaviours
// of the patent (a create on an existing pair changes nothing; pace granularity; copy-before-write keeps the point in
// time), and one named test per invariant of spec §6.2 that Copyline models (I6, the record's LA/CD rewrite, is not:
// volumes here are byte images without record headers; see docs/hds.md). Every case checks bytes read back, statuses
// reached or errors returned.
#include "hdstestsupport.h"
#include "storage/volumeio.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTest>

#include <atomic>
#include <mutex>
#include <thread>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

using namespace HdsTest;

const QString P = u"00:10"_s;
const QString S = u"00:20"_s;

/** Everything a no-op must leave bit-identical: the catalog's pairs and volumes, the map files and the bytes. */
QByteArray fingerprint(Fixture& f)
{
    QByteArray all;
    const Configuration& c = f.engine->configuration();
    for (const Relationship& r : c.relationships) {
        all += (r.kind + r.state + r.options + r.established.toString(Qt::ISODateWithMs)).toUtf8();
    }
    for (const CopyPath& p : c.copyPaths) {
        all += (p.kind + p.sourcePort + p.targetPort + p.state).toUtf8();
    }
    const QDir volumes(f.engine->volumePath(QString()));
    for (const QString& name : volumes.entryList({u"*.map"_s}, QDir::Files, QDir::Name)) {
        QFile file(volumes.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            all += name.toUtf8() + file.readAll();
        }
    }
    for (const QString& v : {P, S, u"00:11"_s, u"00:21"_s}) {
        all += checksum(*f.engine, v).toUtf8();
    }
    return all;
}

/**
 * Keeps the workspace's map files as they are when the first write reaches this hook, which runs after the pair's
 * own: what a process killed at that moment leaves on disk. restore() puts them back.
 */
class MapProbe final : public WriteObserver
{
public:
    explicit MapProbe(QString folder)
        : m_folder(std::move(folder))
    { }
    IoStatus beforeWrite(const WriteOp& op) override
    {
        Q_UNUSED(op);
        std::lock_guard lock(m_mutex);
        if (m_maps.isEmpty()) {
            const QDir volumes(m_folder);
            for (const QString& name : volumes.entryList({u"*.map"_s}, QDir::Files)) {
                QFile file(volumes.filePath(name));
                if (file.open(QIODevice::ReadOnly)) {
                    m_maps.insert(name, file.readAll());
                }
            }
        }
        return IoStatus::success();
    }
    bool taken() const
    {
        std::lock_guard lock(m_mutex);
        return !m_maps.isEmpty();
    }
    bool restore() const
    {
        std::lock_guard lock(m_mutex);
        for (auto it = m_maps.cbegin(); it != m_maps.cend(); ++it) {
            QFile file(QDir(m_folder).filePath(it.key()));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(it.value()) != it.value().size()) {
                return false;
            }
        }
        return true;
    }

private:
    const QString m_folder;
    mutable std::mutex m_mutex;
    QHash<QString, QByteArray> m_maps;
};

/** The volume @p ldev of the test's controller (the demonstration has a controller 64015 with the same LDEVs). */
const LogicalDrive* volumeOf(Engine& engine, const QString& ldev)
{
    const Configuration& c = engine.configuration();
    const Subsystem* controller = c.subsystemByName(kController);
    return controller ? c.logicalDriveByName(controller->id, ldev) : nullptr;
}

std::shared_ptr<VolumeIo> volumeIo(Engine& engine, const QString& ldev)
{
    const LogicalDrive* d = volumeOf(engine, ldev);
    return d ? engine.volumes().find(d->id) : nullptr;
}

} // namespace

class TestHds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void volumesAreAddressedByCuLdevAndPort()
    {
        Fixture f;
        QVERIFY(f.open());
        Engine& e = *f.engine;
        const CommandResult list = run(e, u"hdsListVolumes"_s);
        QVERIFY2(list.ok(), qPrintable(ok(list)));
        const QJsonArray rows = list.data.value(u"volumes"_s).toArray();
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0).toObject().value(u"ldev"_s).toString(), P);
        QCOMPARE(rows.at(0).toObject().value(u"port"_s).toString(), u"CL1-A"_s);
        QCOMPARE(rows.at(1).toObject().value(u"lun"_s).toInt(), 1); // the next free LUN of the port and target
        QCOMPARE(rows.at(2).toObject().value(u"reserved"_s).toBool(), true);
        const QJsonObject define = list.data.value(u"define"_s).toObject();
        QCOMPARE(define.value(u"volumes"_s).toInt(), 5);
        QCOMPARE(define.value(u"reserved"_s).toInt(), 3);
        // "0:20" and "0020" name the same volume; a malformed address says how to write one.
        QCOMPARE(ok(run(e, u"hdsSetAttribute"_s, {{u"ldev"_s, u"0:21"_s}, {u"reserve"_s, false}})), QString());
        const CommandResult bad = run(e, u"hdsSetAttribute"_s, {{u"ldev"_s, u"00-21"_s}, {u"reserve"_s, true}});
        QCOMPARE(bad.error.code, ErrorCode::HdsVolumeNotFound);
        QVERIFY(bad.error.message().contains(u"CU:LDEV"_s));
        QCOMPARE(run(e, u"hdsCreateVolume"_s,
                     {{u"ldev"_s, u"00:30"_s}, {u"emulation"_s, u"OPEN-3"_s}, {u"capacity"_s, u"1 GB"_s}})
                     .error.code,
            ErrorCode::InvalidParameter);
        QCOMPARE(
            run(e, u"hdsCreateVolume"_s, {{u"ldev"_s, u"00:30"_s}, {u"capacity"_s, kVolume}, {u"port"_s, u"CL1-Z"_s}})
                .error.code,
            ErrorCode::InvalidParameter);
        QCOMPARE(run(e, u"hdsCreateVolume"_s, {{u"ldev"_s, P}, {u"capacity"_s, kVolume}}).error.code,
            ErrorCode::HdsVolumeInvalid);
    }

    void statusesFollowFig8()
    {
        Fixture f;
        QVERIFY(f.open());
        Engine& e = *f.engine;
        QCOMPARE(status(e, P, S), 801);
        QCOMPARE(ok(run(e, u"hdsPairCreate"_s, with(pvolSvol(P, S), u"initialCopy"_s, false))), QString());
        QCOMPARE(status(e, P, S), 802);
        QCOMPARE(gui(e, P, S), u"duplex"_s);
        QCOMPARE(pair(e, P, S).value(u"unequalTracks"_s).toInt(), kVolume / kTrack);
        QCOMPARE(ok(run(e, u"hdsPairSplit"_s, pvolSvol(P, S))), QString());
        QVERIFY(settlesAt(e, P, S, u"split"_s));
        QCOMPARE(status(e, P, S), 804);
        QCOMPARE(pair(e, P, S).value(u"copyPointer"_s).toInt(), kVolume / kTrack);
        QCOMPARE(ok(run(e, u"hdsPairResync"_s, pvolSvol(P, S))), QString());
        QCOMPARE(status(e, P, S), 802);
        QVERIFY(settlesAt(e, P, S, u"duplex"_s));
        QCOMPARE(ok(run(e, u"hdsPairSplit"_s, pvolSvol(P, S))), QString());
        QVERIFY(settlesAt(e, P, S, u"split"_s));
        QCOMPARE(ok(run(e, u"hdsPairDelete"_s, pvolSvol(P, S))), QString());
        QCOMPARE(status(e, P, S), 801);
        // Create with the initial copy (D1): 801 -> 802 -> 803 "pending" -> 804.
        QCOMPARE(ok(run(e, u"hdsPairCreate"_s, pvolSvol(P, S))), QString());
        QVERIFY(settlesAt(e, P, S, u"split"_s));
    }

    void createOnAnExistingPairChangesNothing()
    {
        // I10 and the patent's acceptance behaviour: every "does nothing" cell of Fig. 2 leaves tables, maps and
        // volumes bit-identical.
        Fixture f;
        QVERIFY(f.open());
        Engine& e = *f.engine;
        QCOMPARE(writeTracks(e, P, 0, 8, 3).error.code, ErrorCode::None);
        QCOMPARE(ok(run(e, u"hdsPairCreate"_s, pvolSvol(P, S))), QString());
        QVERIFY(settlesAt(e, P, S, u"split"_s));
        const QByteArray before = fingerprint(f);
        QCOMPARE(run(e, u"hdsPairCreate"_s, pvolSvol(P, S)).error.code, ErrorCode::HdsNoOp); // 211 x 804
        QCOMPARE(run(e, u"hdsPairSplit"_s, pvolSvol(P, S)).error.code, ErrorCode::HdsNoOp);  // 213 x 804
        QCOMPARE(fingerprint(f), before);
        QCOMPARE(ok(run(e, u"hdsPairResync"_s, pvolSvol(P, S))), QString());
        QVERIFY(settlesAt(e, P, S, u"duplex"_s));
        const QByteArray in802 = fingerprint(f);
        QCOMPARE(run(e, u"hdsPairResync"_s, pvolSvol(P, S)).error.code, ErrorCode::HdsNoOp); // 214 x 802
        QCOMPARE(run(e, u"hdsPairCreate"_s, pvolSvol(P, S)).error.code, ErrorCode::HdsNoOp); // 211 x 802
        QCOMPARE(fingerprint(f), in802);
        // 801: every command but create does nothing.
        for (const QString& command : {u"hdsPairSplit"_s, u"hdsPairResync"_s, u"hdsPairDelete"_s}) {
            QCOMPARE(run(e, command, pvolSvol(u"00:11"_s, u"00:21"_s)).error.code, ErrorCode::HdsNoPair);
        }
        QCOMPARE(fingerprint(f), in802);
    }

    void paceGranularity_data()
    {
        QTest::addColumn<int>("pace");
        QTest::addColumn<int>("steps");
        QTest::newRow("slow") << 1 << 100;
        QTest::newRow("medium") << 3 << 34;
        QTest::newRow("fast") << 15 << 7;
    }

    void paceGranularity()
    {
        // The patent's acceptance behaviour: 100 unequal tracks take 100, 34 and 7 elemental steps at paces 1, 3, 15.
        QFETCH(int, pace);
        QFETCH(int, steps);
        Fixture f;
        QVERIFY(f.open());
        Engine& e = *f.engine;
        QCOMPARE(ok(run(e, u"hdsPairCreate"_s, pvolSvol(P, S))), QString());
        QVERIFY(settlesAt(e, P, S, u"split"_s));
        QCOMPARE(writeTracks(e, P, 10, 100, 7).error.code, ErrorCode::None);
        QCOMPARE(pair(e, P, S).value(u"unequalTracks"_s).toInt(), 100);
        QCOMPARE(ok(run(e, u"hdsPairResync"_s, with(pvolSvol(P, S), u"pace"_s, pace))), QString());
        QVERIFY(settlesAt(e, P, S, u"duplex"_s));
        const QJsonObject row = pair(e, P, S);
        QCOMPARE(row.value(u"elementalSteps"_s).toInt(), steps);
        QCOMPARE(row.value(u"tracksCopied"_s).toInt(), 100);
        QCOMPARE(row.value(u"pace"_s).toInt(), pace);
        QCOMPARE(
            run(e, u"hdsPairResync"_s, with(pvolSvol(P, S), u"pace"_s, 4)).error.code, ErrorCode::InvalidParameter);
    }

    void copyBeforeWriteKeepsThePointInTime()
    {
        // I1 and I2: whatever hosts write to the S-VOL during 803, the T-VOL ends with its image at T0, and every
        // track reaches the T-VOL exactly once (by the sweep or by copy-before-write).
        Fixture f;
        QVERIFY(f.open());
        Engine& e = *f.engine;
        QCOMPARE(writeTracks(e, P, 0, 128, 11).error.code, ErrorCode::None);
        QCOMPARE(ok(run(e, u"hdsPairCreate"_s, with(pvolSvol(P, S), u"initialCopy"_s, false))), QString());
        const QString atT0 = checksum(e, P);
        hold(e);
        QCOMPARE(ok(run(e, u"hdsPairSplit"_s, with(pvolSvol(P, S), u"pace"_s, 1))), QString());
        QCOMPARE(ok(run(e, u"hdsPairSuspend"_s, pvolSvol(P, S))), QString());
        release(e);
        QCOMPARE(gui(e, P, S), u"suspend"_s);
        const qint64 pointer = pair(e, P, S).value(u"copyPointer"_s).toInteger();
        QVERIFY2(pointer < 100, "the copy should not have got far at pace 1");
        // Writes behind and ahead of the pointer, twice on some tracks.
        QCOMPARE(writeTracks(e, P, 100, 20, 12).error.code, ErrorCode::None);
        QCOMPARE(writeTracks(e, P, 110, 5, 13).error.code, ErrorCode::None);
        QCOMPARE(writeTracks(e, P, 0, 2, 14).error.code, ErrorCode::None);
        const QString afterWrites = checksum(e, P);
        QVERIFY(afterWrites != atT0);
        QVERIFY(pair(e, P, S).value(u"tracksCopiedBeforeWrite"_s).toInt() >= 20);
        QCOMPARE(ok(run(e, u"hdsPairSuspend"_s, with(pvolSvol(P, S), u"resume"_s, true))), QString());
        QVERIFY(settlesAt(e, P, S, u"split"_s));
        QCOMPARE(checksum(e, S), atT0);
        QCOMPARE(checksum(e, P), afterWrites); // I4: the primary has its latest data
        const QJsonObject row = pair(e, P, S);
        QCOMPARE(row.value(u"tracksCopied"_s).toInt() + row.value(u"tracksCopiedBeforeWrite"_s).toInt(), 128);
    }

    void pointerNeverGoesBack()
    {
        // I3: 0 <= pointer <= max, non-decreasing within an episode, 804 only with the pointer at the end.
        Fixture f;
        QVERIFY(f.open());
        Engine& e = *f.engine;
        QCOMPARE(writeTracks(e, P, 0, 128, 5).error.code, ErrorCode::None);
        QCOMPARE(ok(run(e, u"hdsSetController"_s,
                     {{u"copyPath"_s, u"remotecopy"_s}, {u"chaBandwidth"_s, 16 * 1024 * 1024}})),
            QString());
        QCOMPARE(ok(run(e, u"hdsPairCreate"_s, with(pvolSvol(P, S), u"pace"_s, 3))), QString());
        qint64 last = 0;
        int samples = 0;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000) {
            const QJsonObject row = pair(e, P, S);
            const qint64 pointer = row.value(u"copyPointer"_s).toInteger();
            QVERIFY(pointer >= last);
            QVERIFY(pointer <= row.value(u"maxAddress"_s).toInteger());
            if (row.value(u"status"_s).toInt() == 804) {
                QCOMPARE(pointer, row.value(u"maxAddress"_s).toInteger());
                break;
            }
            QCOMPARE(row.value(u"guiStatus"_s).toString(), u"pending"_s);
            last = pointer;
            ++samples;
            QTest::qWait(20);
        }
        QCOMPARE(status(e, P, S), 804);
        QVERIFY2(samples >= 3, "the throttled copy should have been sampled while it ran");
    }

    void secondaryIsIsolatedUntilCopied()
    {
        // I5 (and I4 for the primary): the T-VOL refuses hosts in 802 and 803, serves them in 804, and after a delete
        // refuses writes until it is unreserved (L131).
        Fixture f;
        QVERIFY(f.open());
        Engine& e = *f.engine;
        QVERIFY(writeTracks(e, S, 0, 1, 1).error.isError()); // reserved: no writes
        QVERIFY(!checksum(e, S, 0, 1).startsWith(u"Error"_s));
        QCOMPARE(ok(run(e, u"hdsPairCreate"_s, with(pvolSvol(P, S), u"initialCopy"_s, false))), QString());
        QVERIFY(checksum(e, S, 0, 1).startsWith(u"Error"_s));
        QVERIFY(writeTracks(e, S, 0, 1, 1).error.isError());
        QCOMPARE(writeTracks(e, P, 0, 4, 2).error.code, ErrorCode::None); // the primary in every status
        hold(e);
        QCOMPARE(ok(run(e, u"hdsPairSplit"_s, with(pvolSvol(P, S), u"pace"_s, 1))), QString());
        QCOMPARE(ok(run(e, u"hdsPairSuspend"_s, pvolSvol(P, S))), QString());
        release(e);
        QVERIFY(checksum(e, S, 0, 1).startsWith(u"Error"_s));
        QCOMPARE(writeTracks(e, P, 0, 4, 3).error.code, ErrorCode::None);
        QCOMPARE(ok(run(e, u"hdsPairSuspend"_s, with(pvolSvol(P, S), u"resume"_s, true))), QString());
        QVERIFY(settlesAt(e, P, S, u"split"_s));
        QCOMPARE(writeTracks(e, S, 5, 1, 4).error.code, ErrorCode::None);
        QVERIFY(!checksum(e, S, 5, 1).startsWith(u"Error"_s));
        QCOMPARE(ok(run(e, u"hdsPairDelete"_s, pvolSvol(P, S))), QString());
        QVERIFY(writeTracks(e, S, 0, 1, 5).error.isError());
        QCOMPARE(ok(run(e, u"hdsSetAttribute"_s, {{u"ldev"_s, S}, {u"reserve"_s, false}})), QString());
        QCOMPARE(writeTracks(e, S, 0, 1, 5).error.code, ErrorCode::None);
    }

    void differentialSoundness_data()
    {
        QTest::addColumn<QString>("copyMode");
        QTest::addColumn<bool>("sweep");
        QTest::newRow("full, sweep") << u"full"_s << true;
        QTest::newRow("differential, sweep") << u"differential"_s << true;
        QTest::newRow("differential, no sweep") << u"differential"_s << false;
        QTest::newRow("full, no sweep") << u"full"_s << false;
    }

    void differentialSoundness()
    {
        // I7: a track whose bit is 0 is equal on both volumes; after resync and copy the T-VOL equals the S-VOL at
        // the new T0, whatever hosts wrote on either side in 804 and during the sweep.
        QFETCH(QString, copyMode);
        QFETCH(bool, sweep);
        Fixture f;
        QVERIFY(f.open());
        Engine& e = *f.engine;
        QCOMPARE(ok(run(e, u"hdsSetController"_s, {{u"copyMode"_s, copyMode}, {u"resyncSweep"_s, sweep}})), QString());
        QCOMPARE(writeTracks(e, P, 0, 64, 21).error.code, ErrorCode::None);
        QCOMPARE(ok(run(e, u"hdsPairCreate"_s, pvolSvol(P, S))), QString());
        QVERIFY(settlesAt(e, P, S, u"split"_s));
        QCOMPARE(writeTracks(e, P, 3, 4, 22).error.code, ErrorCode::None);
        QCOMPARE(writeTracks(e, S, 50, 6, 23).error.code, ErrorCode::None); // the T-VOL used by an application
        QCOMPARE(writeTracks(e, S, 100, 2, 24).error.code, ErrorCode::None);
        QCOMPARE(pair(e, P, S).value(u"unequalTracks"_s).toInt(), 12);
        QCOMPARE(ok(run(e, u"hdsPairResync"_s, pvolSvol(P, S))), QString());
        QVERIFY(settlesAt(e, P, S, u"duplex"_s));
        QCOMPARE(writeTracks(e, P, 60, 3, 25).error.code, ErrorCode::None); // 802: marks the bits again
        const QString atT0 = checksum(e, P);
        QCOMPARE(ok(run(e, u"hdsPairSplit"_s, pvolSvol(P, S))), QString());
        QVERIFY(settlesAt(e, P, S, u"split"_s));
        QCOMPARE(checksum(e, S), atT0);
        if (copyMode == u"differential"_s) {
            const int copied = pair(e, P, S).value(u"tracksCopied"_s).toInt();
            QVERIFY2(copied < 128, qPrintable(u"a differential copy moved %1 tracks"_s.arg(copied)));
        }
    }

    void copiesNeverUseHostChannels()
    {
        // I8: the copy's bytes cross the DKAs, never a CHA; the prior-art REMOTE COPY sends them twice over CHAs.
        Fixture f;
        QVERIFY(f.open());
        Engine& e = *f.engine;
        QCOMPARE(writeTracks(e, P, 0, 40, 31).error.code, ErrorCode::None);
        const qint64 hostBytes = run(e, u"hdsCounters"_s).data.value(u"chaHostBytes"_s).toInteger();
        QCOMPARE(hostBytes, 40 * kTrack);
        QCOMPARE(ok(run(e, u"hdsPairCreate"_s, pvolSvol(P, S))), QString());
        QVERIFY(settlesAt(e, P, S, u"split"_s));
        QJsonObject c = run(e, u"hdsCounters"_s).data;
        QCOMPARE(c.value(u"chaCopyBytes"_s).toInteger(), 0);
        QCOMPARE(c.value(u"chaHostBytes"_s).toInteger(), hostBytes);
        QCOMPARE(c.value(u"tracksCopied"_s).toInteger(), kVolume / kTrack);
        QCOMPARE(c.value(u"dkaCopyBytes"_s).toInteger(), 2 * kVolume);
        QCOMPARE(ok(run(e, u"hdsSetController"_s, {{u"copyPath"_s, u"remotecopy"_s}})), QString());
        QCOMPARE(ok(run(e, u"hdsPairCreate"_s, pvolSvol(u"00:11"_s, u"00:21"_s))), QString());
        QVERIFY(settlesAt(e, u"00:11"_s, u"00:21"_s, u"split"_s));
        c = run(e, u"hdsCounters"_s).data;
        QCOMPARE(c.value(u"chaCopyBytes"_s).toInteger(), 2 * kVolume);
        QCOMPARE(c.value(u"dkaCopyBytes"_s).toInteger(), 4 * kVolume);
    }

    void tableStaysConsistent()
    {
        // I9: one entry per (P, S), a volume is the T-VOL of one pair at most, one P may have many pairs (L87; the
        // Set button), the number of pairs shown equals the table, a deleted entry's number is reused. Auto picks the
        // reserved volume with the lowest LDEV id (L217).
        Fixture f;
        QVERIFY(f.open({P, u"00:11"_s}, {u"00:22"_s, u"00:21"_s, S}));
        Engine& e = *f.engine;
        CommandResult r = run(e, u"hdsPairCreate"_s, pvolSvol(P, u"auto"_s));
        QCOMPARE(ok(r), QString());
        QCOMPARE(r.data.value(u"svol"_s).toString(), S);
        QCOMPARE(r.data.value(u"pairNumber"_s).toInt(), 0);
        r = run(e, u"hdsPairCreate"_s, pvolSvol(P, u"auto"_s));
        QCOMPARE(r.data.value(u"svol"_s).toString(), u"00:21"_s);
        QCOMPARE(run(e, u"hdsPairCreate"_s, pvolSvol(u"00:11"_s, S)).error.code, ErrorCode::HdsPairInvalid);
        QCOMPARE(run(e, u"hdsPairCreate"_s, pvolSvol(S, u"00:22"_s)).error.code, ErrorCode::HdsPairInvalid);
        QCOMPARE(run(e, u"hdsPairCreate"_s, pvolSvol(u"00:11"_s, u"00:11"_s)).error.code, ErrorCode::HdsPairInvalid);
        const QJsonArray rows = run(e, u"hdsListVolumes"_s).data.value(u"volumes"_s).toArray();
        QCOMPARE(rows.at(0).toObject().value(u"pairs"_s).toInt(), 2);
        QCOMPARE(rows.at(0).toObject().value(u"role"_s).toString(), u"S-VOL"_s);
        QCOMPARE(run(e, u"hdsListVolumes"_s).data.value(u"define"_s).toObject().value(u"pairs"_s).toInt(), 2);
        QVERIFY(settlesAt(e, P, S, u"split"_s));
        QVERIFY(settlesAt(e, P, u"00:21"_s, u"split"_s));
        QCOMPARE(ok(run(e, u"hdsPairDelete"_s, pvolSvol(P, S))), QString());
        r = run(e, u"hdsPairCreate"_s, pvolSvol(u"00:11"_s, S));
        QCOMPARE(ok(r), QString());
        QCOMPARE(r.data.value(u"pairNumber"_s).toInt(), 0);
        QCOMPARE(ok(run(e, u"hdsSetAttribute"_s, {{u"ldev"_s, u"00:22"_s}, {u"reserve"_s, false}})), QString());
        QCOMPARE(run(e, u"hdsPairCreate"_s, pvolSvol(P, u"auto"_s)).error.code, ErrorCode::HdsNoReserved);
        QCOMPARE(ok(run(e, u"hdsSetController"_s, {{u"maxPairs"_s, 2}})), QString());
        QCOMPARE(ok(run(e, u"hdsSetAttribute"_s, {{u"ldev"_s, u"00:22"_s}, {u"reserve"_s, true}})), QString());
        QCOMPARE(run(e, u"hdsPairCreate"_s, pvolSvol(P, u"00:22"_s)).error.code, ErrorCode::HdsLimit);
        // A T-VOL stays reserved while its pair exists.
        QCOMPARE(run(e, u"hdsSetAttribute"_s, {{u"ldev"_s, S}, {u"reserve"_s, false}}).error.code,
            ErrorCode::HdsVolumeInvalid);
    }

    void oneWriteProtectsEveryCopyingPair()
    {
        // D7: a host write to a primary with several pairs in 803 copies the old track to each, then writes once.
        Fixture f;
        QVERIFY(f.open());
        Engine& e = *f.engine;
        QCOMPARE(writeTracks(e, P, 0, 128, 41).error.code, ErrorCode::None);
        for (const QString& s : {S, u"00:21"_s}) {
            QCOMPARE(ok(run(e, u"hdsPairCreate"_s, with(pvolSvol(P, s), u"initialCopy"_s, false))), QString());
        }
        const QString atT0 = checksum(e, P);
        hold(e);
        for (const QString& s : {S, u"00:21"_s}) {
            QCOMPARE(ok(run(e, u"hdsPairSplit"_s, with(pvolSvol(P, s), u"pace"_s, 1))), QString());
            QCOMPARE(ok(run(e, u"hdsPairSuspend"_s, pvolSvol(P, s))), QString());
        }
        release(e);
        QCOMPARE(writeTracks(e, P, 64, 64, 42).error.code, ErrorCode::None);
        for (const QString& s : {S, u"00:21"_s}) {
            QCOMPARE(ok(run(e, u"hdsPairSuspend"_s, with(pvolSvol(P, s), u"resume"_s, true))), QString());
        }
        for (const QString& s : {S, u"00:21"_s}) {
            QVERIFY(settlesAt(e, P, s, u"split"_s));
            QCOMPARE(checksum(e, s), atT0);
        }
    }

    void aKillBetweenAWriteAndItsTrackBitLosesNoChange()
    {
        // A host write to the S-VOL of a split pair: its track's "changed since T0" bit must reach the map file
        // before the write reaches the volume. The probe keeps the map files as they are at that moment, and they
        // are put back after the write, as a process killed right after the write leaves them; the next
        // differential Split must still give the T-VOL the S-VOL's image. With the bit recorded after the write
        // (as before) the track was skipped and the T-VOL showed an old track inside the new image.
        Fixture f;
        QVERIFY(f.open());
        QCOMPARE(
            ok(run(*f.engine, u"hdsSetController"_s, {{u"copyMode"_s, u"differential"_s}, {u"resyncSweep"_s, false}})),
            QString());
        QCOMPARE(writeTracks(*f.engine, P, 0, 128, 61).error.code, ErrorCode::None);
        QCOMPARE(ok(run(*f.engine, u"hdsPairCreate"_s, pvolSvol(P, S))), QString());
        QVERIFY(settlesAt(*f.engine, P, S, u"split"_s));
        const auto io = volumeIo(*f.engine, P);
        QVERIFY(io);
        auto probe = std::make_shared<MapProbe>(f.engine->volumePath(QString()));
        io->addObserver(probe);
        QCOMPARE(writeTracks(*f.engine, P, 40, 1, 62).error.code, ErrorCode::None);
        QVERIFY(probe->taken());
        f.engine.reset();
        QVERIFY(probe->restore());
        f.engine = std::make_unique<Engine>(Families::all());
        QVERIFY(!f.engine->openWorkspace(f.dir.path()).isError());
        Engine& e = *f.engine;
        QCOMPARE(gui(e, P, S), u"split"_s);
        QCOMPARE(pair(e, P, S).value(u"unequalTracks"_s).toInt(), 1);
        QCOMPARE(ok(run(e, u"hdsPairResync"_s, pvolSvol(P, S))), QString());
        QVERIFY(settlesAt(e, P, S, u"duplex"_s));
        QCOMPARE(ok(run(e, u"hdsPairSplit"_s, pvolSvol(P, S))), QString());
        QVERIFY(settlesAt(e, P, S, u"split"_s));
        QCOMPARE(checksum(e, S, 40, 1), checksum(e, P, 40, 1));
        QCOMPARE(checksum(e, S), checksum(e, P));
    }

    void verifyFindsDamageAndRepairsOnlyWhatHoldsT0()
    {
        // hdsPairVerify (Copyline's extension): a split pair's T-VOL against its S-VOL, leaving out the tracks
        // written on either side since T0; a track damaged behind the engine is found and repaired, and neither a
        // track the S-VOL changed since T0 nor one a host wrote on the T-VOL is touched.
        Fixture f;
        QVERIFY(f.open());
        Engine& e = *f.engine;
        QCOMPARE(writeTracks(e, P, 0, 128, 71).error.code, ErrorCode::None);
        QCOMPARE(ok(run(e, u"hdsPairCreate"_s, pvolSvol(P, S))), QString());
        QVERIFY(settlesAt(e, P, S, u"split"_s));
        const QString t0Tracks3to5 = checksum(e, P, 3, 3);
        QCOMPARE(writeTracks(e, P, 3, 3, 72).error.code, ErrorCode::None);  // the S-VOL goes on after T0
        QCOMPARE(writeTracks(e, S, 10, 1, 73).error.code, ErrorCode::None); // an application on the T-VOL
        const QString hostTrack10 = checksum(e, S, 10, 1);
        {
            // Silent damage on the T-VOL's disk: bytes changed past every hook.
            const LogicalDrive* t = volumeOf(e, S);
            QVERIFY(t);
            QFile file(e.volumePath(t->fileName));
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(20 * kTrack + 4096));
            QCOMPARE(file.write(QByteArray(512, '\x5a')), qint64(512));
        }
        QVERIFY(checksum(e, S, 20, 1) != checksum(e, P, 20, 1));

        CommandResult r = run(e, u"hdsPairVerify"_s, pvolSvol(P, S));
        QVERIFY2(r.ok(), qPrintable(r.error.cliLine()));
        QCOMPARE(r.data.value(u"differing"_s).toInteger(), 1);
        QCOMPARE(r.data.value(u"differingTracks"_s).toArray(), (QJsonArray {20}));
        QCOMPARE(r.data.value(u"written"_s).toInteger(), 4);
        QCOMPARE(r.data.value(u"compared"_s).toInteger(), 124);
        QCOMPARE(r.data.value(u"repaired"_s).toInteger(), 0);
        QVERIFY(checksum(e, S, 20, 1) != checksum(e, P, 20, 1)); // a verify alone changes nothing
        QCoreApplication::processEvents();
        const QList<Event> events = e.events(e.configuration().subsystemByName(kController)->id, 0, 10000);
        bool told = false;
        for (const Event& ev : events) {
            told = told || (ev.code == EventCode::HdsPairVerified && ev.needsAttention);
        }
        QVERIFY(told);

        r = run(e, u"hdsPairVerify"_s, with(pvolSvol(P, S), u"repair"_s, true));
        QVERIFY2(r.ok(), qPrintable(r.error.cliLine()));
        QCOMPARE(r.data.value(u"repaired"_s).toInteger(), 1);
        QCOMPARE(checksum(e, S, 20, 1), checksum(e, P, 20, 1));
        QCOMPARE(checksum(e, S, 10, 1), hostTrack10); // the host's T-VOL write stays
        QCOMPARE(checksum(e, S, 3, 3), t0Tracks3to5); // the T-VOL keeps T0 where the S-VOL moved on
        r = run(e, u"hdsPairVerify"_s, pvolSvol(P, S));
        QCOMPARE(r.data.value(u"differing"_s).toInteger(), 0);

        // Outside 804 there is no image to compare.
        QCOMPARE(ok(run(e, u"hdsPairResync"_s, pvolSvol(P, S))), QString());
        QVERIFY(settlesAt(e, P, S, u"duplex"_s));
        r = run(e, u"hdsPairVerify"_s, pvolSvol(P, S));
        QCOMPARE(r.error.code, ErrorCode::HdsNoOp);
        QVERIFY2(r.error.message().contains(u"split"_s), qPrintable(r.error.message()));
    }

    void verifyWhileHostsWriteBothVolumesFindsNoFalseDifference()
    {
        Fixture f;
        QVERIFY(f.open());
        Engine& e = *f.engine;
        QCOMPARE(writeTracks(e, P, 0, 128, 81).error.code, ErrorCode::None);
        QCOMPARE(ok(run(e, u"hdsPairCreate"_s, pvolSvol(P, S))), QString());
        QVERIFY(settlesAt(e, P, S, u"split"_s));
        const auto pvol = volumeIo(e, P);
        const auto svol = volumeIo(e, S);
        QVERIFY(pvol && svol);
        std::atomic<bool> stop {false};
        std::atomic<qint64> writes {0};
        std::thread writer([&]() {
            std::vector<char> data(8192, '\x33');
            for (quint64 n = 1; !stop.load(); ++n) {
                // Even tracks of the S-VOL, odd tracks of the T-VOL, the first half only: the rest is compared.
                const qint64 track = static_cast<qint64>((n * 2654435761U) % 64);
                data[0] = static_cast<char>(n);
                VolumeIo& io = track % 2 == 0 ? *pvol : *svol;
                if (io.write(track * kTrack + 1024, std::span<const char>(data.data(), data.size())).ok()) {
                    ++writes;
                }
            }
        });
        const CommandResult verify = run(e, u"hdsPairVerify"_s, pvolSvol(P, S));
        const CommandResult repair = run(e, u"hdsPairVerify"_s, with(pvolSvol(P, S), u"repair"_s, true));
        stop = true;
        writer.join();
        QVERIFY2(verify.ok(), qPrintable(verify.error.cliLine()));
        QVERIFY2(repair.ok(), qPrintable(repair.error.cliLine()));
        QVERIFY(writes.load() > 0);
        QCOMPARE(verify.data.value(u"differing"_s).toInteger(), 0);
        QCOMPARE(repair.data.value(u"differing"_s).toInteger(), 0);
        QVERIFY(repair.data.value(u"compared"_s).toInteger() >= 64);
        // The second half was never written: equal on both volumes.
        QCOMPARE(checksum(e, S, 64, 64), checksum(e, P, 64, 64));
    }

    void restartKeepsThePointInTime()
    {
        // A restart during 803 (the process ended, the workspace opened again): the copy goes on from the first
        // unequal track and the T-VOL still ends with the image at T0.
        Fixture f;
        QVERIFY(f.open());
        QCOMPARE(writeTracks(*f.engine, P, 0, 128, 51).error.code, ErrorCode::None);
        QCOMPARE(ok(run(*f.engine, u"hdsPairCreate"_s, with(pvolSvol(P, S), u"initialCopy"_s, false))), QString());
        const QString atT0 = checksum(*f.engine, P);
        hold(*f.engine);
        QCOMPARE(ok(run(*f.engine, u"hdsPairSplit"_s, with(pvolSvol(P, S), u"pace"_s, 1))), QString());
        QCOMPARE(ok(run(*f.engine, u"hdsPairSuspend"_s, pvolSvol(P, S))), QString());
        release(*f.engine);
        QCOMPARE(writeTracks(*f.engine, P, 30, 60, 52).error.code, ErrorCode::None);
        QVERIFY(f.reopen());
        Engine& e = *f.engine;
        QCOMPARE(status(e, P, S), 803);
        QCOMPARE(gui(e, P, S), u"suspend"_s);
        QCOMPARE(writeTracks(e, P, 80, 40, 53).error.code, ErrorCode::None);
        QCOMPARE(ok(run(e, u"hdsPairSuspend"_s, with(pvolSvol(P, S), u"resume"_s, true))), QString());
        QVERIFY(settlesAt(e, P, S, u"split"_s));
        QCOMPARE(checksum(e, S), atT0);
    }
};

} // namespace Copyline

QTEST_GUILESS_MAIN(Copyline::TestHds)
#include "tst_hds.moc"
