// SPDX-License-Identifier: GPL-3.0-or-later
// ESS PPRC (issue 13): ESCON links, paths, and synchronous copy pairs on the core mirror engine. Every case checks
// bytes: what the secondary holds after a copy, what a host can read or write on either volume in each state, and
// what a resynchronization copies.
#include "esstestsupport.h"
#include "families/ess/models.h"
#include "families/families.h"
#include "mirror/mirrorservice.h"
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

constexpr qint64 kVolume = 4 << 20; // 4 MiB: 64 tracks, 5 cylinders

using namespace EssTest;

QString checksum(Engine& engine, const QString& volume)
{
    return checksumOf(engine, volume, 0, kVolume);
}

QString copyState(Engine& engine, const QString& volume)
{
    return query(engine, volume).value(u"copyState"_s).toString();
}

QJsonObject pairArgs(const QStringList& pairs, const QString& copy = u"entire"_s)
{
    return {{u"pairs"_s, QJsonArray::fromStringList(pairs)}, {u"copy"_s, copy}};
}

/**
 * ESS 13001 (LSS 16: volumes 00013001-00313001) and ESS FCA32 (LSS 17: 100FCA32-103FCA32, one of them smaller,
 * and LSS 18), an ESCON link SAID0005 -> SAID00a1 and a path LSS 16 -> LSS 17.
 */
void populate(Engine& engine)
{
    QVERIFY(run(engine, u"essCreateStorageServer"_s, {{u"serial"_s, u"13001"_s}, {u"lss"_s, QJsonArray {16}}}).ok());
    QVERIFY(
        run(engine, u"essCreateStorageServer"_s, {{u"serial"_s, u"FCA32"_s}, {u"lss"_s, QJsonArray {17, 18}}}).ok());
    QVERIFY(run(engine, u"essCreateVolumes"_s,
        {{u"subsystem"_s, u"13001"_s}, {u"lss"_s, 16}, {u"count"_s, 4}, {u"capacity"_s, kVolume}})
                .ok());
    QVERIFY(run(engine, u"essCreateVolumes"_s,
        {{u"subsystem"_s, u"FCA32"_s}, {u"lss"_s, 17}, {u"count"_s, 3}, {u"capacity"_s, kVolume}})
                .ok());
    QVERIFY(run(engine, u"essCreateVolumes"_s,
        {{u"subsystem"_s, u"FCA32"_s}, {u"lss"_s, 17}, {u"count"_s, 1}, {u"capacity"_s, kVolume / 2}})
                .ok());
    QVERIFY(run(engine, u"essCreateVolumes"_s,
        {{u"subsystem"_s, u"FCA32"_s}, {u"lss"_s, 18}, {u"count"_s, 1}, {u"capacity"_s, kVolume}})
                .ok());
    QVERIFY(run(engine, u"essConnectEscon"_s,
        {{u"subsystem"_s, u"13001"_s}, {u"said"_s, u"0005"_s}, {u"remote"_s, u"FCA32"_s},
            {u"remoteSaid"_s, u"SAID00a1"_s}})
                .ok());
    const CommandResult paths = run(engine, u"essEstablishPaths"_s,
        {{u"subsystem"_s, u"13001"_s}, {u"lss"_s, 16}, {u"remote"_s, u"FCA32"_s}, {u"remoteLss"_s, QJsonArray {17}},
            {u"said"_s, QJsonArray {u"0005"_s}}});
    QVERIFY2(paths.ok(), qPrintable(paths.error.cliLine()));
    QCOMPARE(paths.data.value(u"established"_s).toInt(), 1);
}

bool settled(Engine& engine, const QString& source, const QString& state)
{
    return copyState(engine, source) == state;
}

} // namespace

class TestEssPprc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copyEntireVolumeReachesDuplexWithTheBytes()
    {
        QTemporaryDir dir;
        Engine engine(Families::all());
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        populate(engine);
        write(engine, u"00013001"_s, 0, kVolume, 11);
        const QString original = checksum(engine, u"00013001"_s);

        const CommandResult est = run(engine, u"essEstablishPprc"_s, pairArgs({u"00013001:100FCA32"_s}));
        QVERIFY2(est.ok(), qPrintable(est.error.cliLine()));
        // Spec §4.5: the secondary is locked for hosts from establish until terminate.
        QVERIFY(checksum(engine, u"100FCA32"_s).contains(u"PPRC secondary"_s));
        QVERIFY(!writeResult(engine, u"100FCA32"_s, 0, 65536, 3).ok());
        QTRY_VERIFY_WITH_TIMEOUT(settled(engine, u"00013001"_s, u"duplex"_s), 20000);
        QJsonObject src = query(engine, u"00013001"_s);
        QCOMPARE(src.value(u"state"_s).toString(), u"source"_s);
        QCOMPARE(src.value(u"status"_s).toString(), u"not_suspended"_s);
        QCOMPARE(src.value(u"outOfSyncTracks"_s).toInteger(), 0);
        QCOMPARE(query(engine, u"100FCA32"_s).value(u"state"_s).toString(), u"target"_s);

        // Duplex: every host write reaches the secondary before the host hears of it (§4.2).
        const QString later = write(engine, u"00013001"_s, 3 * 65536, 2 * 65536, 12);
        QVERIFY(!later.startsWith(u"Error"_s));
        const QString primaryNow = checksum(engine, u"00013001"_s);
        QVERIFY(primaryNow != original);

        QVERIFY(run(engine, u"essTerminatePprc"_s, {{u"pairs"_s, QJsonArray {u"00013001:100FCA32"_s}}}).ok());
        QCOMPARE(query(engine, u"00013001"_s).value(u"state"_s).toString(), u"simplex"_s);
        QCOMPARE(query(engine, u"100FCA32"_s).value(u"state"_s).toString(), u"simplex"_s);
        QCOMPARE(checksum(engine, u"100FCA32"_s), primaryNow); // accessible again, and identical
    }

    void establishRulesAreEnforced()
    {
        QTemporaryDir dir;
        Engine engine(Families::all());
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        populate(engine);
        // No path from LSS 16 to LSS 18.
        const CommandResult noPath = run(engine, u"essEstablishPprc"_s, pairArgs({u"00013001:200FCA32"_s}));
        QCOMPARE(noPath.error.code, ErrorCode::EssNoPath);
        QVERIFY(noPath.error.cliLine().contains(u"2105:13001:16"_s));
        QVERIFY(noPath.error.cliLine().contains(u"2105:FCA32:18"_s));
        // Copy out-of-sync cylinders only is a resynchronization: not on simplex volumes (seed L4372).
        QCOMPARE(run(engine, u"essEstablishPprc"_s, pairArgs({u"00013001:100FCA32"_s}, u"outOfSync"_s)).error.code,
            ErrorCode::EssPprcInvalid);
        // Target smaller than the source.
        QCOMPARE(run(engine, u"essEstablishPprc"_s, pairArgs({u"00013001:103FCA32"_s})).error.code,
            ErrorCode::EssTargetTooSmall);
        // A target online to a host needs "Permit if target is online".
        QVERIFY(run(engine, u"essAttachVolume"_s,
            {{u"host"_s, u"aixhost"_s}, {u"volume"_s, u"101FCA32"_s}, {u"disk"_s, u"hdisk4"_s}, {u"mounted"_s, true}})
                    .ok());
        const CommandResult online = run(engine, u"essEstablishPprc"_s, pairArgs({u"00113001:101FCA32"_s}));
        QCOMPARE(online.error.code, ErrorCode::EssTargetOnline);
        QVERIFY(online.error.cliLine().contains(u"aixhost"_s));
        QJsonObject permitted = pairArgs({u"00113001:101FCA32"_s});
        permitted.insert(u"permitIfTargetOnline"_s, true);
        QVERIFY(run(engine, u"essEstablishPprc"_s, permitted).ok());
        // A volume in a pair cannot join another one.
        QCOMPARE(run(engine, u"essEstablishPprc"_s, pairArgs({u"00113001:102FCA32"_s})).error.code,
            ErrorCode::EssPprcInvalid);
        QCOMPARE(run(engine, u"essEstablishPprc"_s, pairArgs({u"00213001:101FCA32"_s})).error.code,
            ErrorCode::EssPprcInvalid);
        // Nothing of the refused commands stayed behind: one pair of this test's volumes exists.
        int pairs = 0;
        const ObjectId here = engine.configuration().subsystemByName(u"13001"_s)->id;
        for (const Relationship& r : engine.configuration().relationships) {
            pairs += r.kind == u"pprc"_s && r.subsystemId == here ? 1 : 0;
        }
        QCOMPARE(pairs, 1);
        // Paths cannot be removed under a pair.
        QCOMPARE(run(engine, u"essRemovePaths"_s,
                     {{u"subsystem"_s, u"13001"_s}, {u"lss"_s, 16}, {u"remote"_s, u"FCA32"_s},
                         {u"remoteLss"_s, QJsonArray {17}}})
                     .error.code,
            ErrorCode::EssPprcInvalid);
    }

    void suspendRecordsAndResyncCopiesOnlyTheChanges()
    {
        QTemporaryDir dir;
        Engine engine(Families::all());
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        populate(engine);
        write(engine, u"00013001"_s, 0, kVolume, 21);
        QVERIFY(run(engine, u"essEstablishPprc"_s, pairArgs({u"00013001:100FCA32"_s})).ok());
        QTRY_VERIFY_WITH_TIMEOUT(settled(engine, u"00013001"_s, u"duplex"_s), 20000);
        QVERIFY(run(engine, u"essSuspendPprc"_s,
            {{u"pairs"_s, QJsonArray {u"00013001:100FCA32"_s}}, {u"scheduleOn"_s, u"target"_s}})
                    .ok());
        QCOMPARE(query(engine, u"00013001"_s).value(u"status"_s).toString(), u"suspended"_s);
        // Suspended: the primary takes writes and records them (conflict 1: only the secondary is locked).
        write(engine, u"00013001"_s, 2 * 65536, 65536, 22);
        write(engine, u"00013001"_s, 40 * 65536, 3 * 65536, 23);
        QVERIFY(checksum(engine, u"100FCA32"_s).contains(u"PPRC secondary"_s));
        const QJsonObject suspended = query(engine, u"00013001"_s);
        QCOMPARE(suspended.value(u"outOfSyncTracks"_s).toInteger(), 4);
        QCOMPARE(suspended.value(u"outOfSyncCylinders"_s).toInteger(), 2); // tracks 2 and 40-42: cylinders 0 and 2

        const Configuration& config = engine.configuration();
        const auto link = engine.mirrors().link(
            config.linkBetween(config.subsystemByName(u"13001"_s)->id, config.subsystemByName(u"FCA32"_s)->id)->id);
        const quint64 sentBefore = link->bytesSent();
        QVERIFY(run(engine, u"essEstablishPprc"_s, pairArgs({u"00013001:100FCA32"_s}, u"outOfSync"_s)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(settled(engine, u"00013001"_s, u"duplex"_s), 20000);
        QCOMPARE(link->bytesSent() - sentBefore, quint64(4 * 65536)); // the four changed tracks, nothing else
        const QString primary = checksum(engine, u"00013001"_s);
        QVERIFY(run(engine, u"essTerminatePprc"_s, {{u"pairs"_s, QJsonArray {u"00013001:100FCA32"_s}}}).ok());
        QCOMPARE(checksum(engine, u"100FCA32"_s), primary);
    }

    void linkLossSuspendsAndCriticalModeInhibitsWrites()
    {
        QTemporaryDir dir;
        Engine engine(Families::all());
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        populate(engine);
        QJsonObject critical = pairArgs({u"00013001:100FCA32"_s});
        critical.insert(u"critical"_s, true);
        QVERIFY(run(engine, u"essEstablishPprc"_s, critical).ok());
        QVERIFY(run(engine, u"essEstablishPprc"_s, pairArgs({u"00113001:101FCA32"_s})).ok());
        QTRY_VERIFY_WITH_TIMEOUT(
            settled(engine, u"00013001"_s, u"duplex"_s) && settled(engine, u"00113001"_s, u"duplex"_s), 20000);
        const QString criticalBefore = checksum(engine, u"00013001"_s);

        // The only link goes offline: the path fails, both pairs suspend (spec §3.3).
        QVERIFY(run(engine, u"essSetEscon"_s,
            {{u"subsystem"_s, u"13001"_s}, {u"said"_s, u"0005"_s}, {u"state"_s, u"offline"_s}})
                    .ok());
        QCOMPARE(query(engine, u"00013001"_s).value(u"status"_s).toString(), u"suspended"_s);
        QCOMPARE(query(engine, u"00113001"_s).value(u"status"_s).toString(), u"suspended"_s);
        // Table 1: Critical Volume without Critical Heavy: the primary is write-inhibited once the last path is
        // lost; the ordinary pair takes writes and records them.
        QVERIFY(query(engine, u"00013001"_s).value(u"writeInhibited"_s).toBool());
        const CommandResult refused = writeResult(engine, u"00013001"_s, 0, 65536, 31);
        QVERIFY(!refused.ok());
        QVERIFY(
            refused.error.cliLine().contains(u"write-inhibited"_s) || refused.error.cliLine().contains(u"inhibit"_s));
        QCOMPARE(checksum(engine, u"00013001"_s), criticalBefore); // nothing of the refused write landed
        QVERIFY(writeResult(engine, u"00113001"_s, 0, 65536, 32).ok());
        QCOMPARE(query(engine, u"00113001"_s).value(u"outOfSyncTracks"_s).toInteger(), 1);

        // The link is back: the pairs stay suspended until resynchronized (no automatic resync, spec §3.2).
        QVERIFY(run(
            engine, u"essSetEscon"_s, {{u"subsystem"_s, u"13001"_s}, {u"said"_s, u"0005"_s}, {u"state"_s, u"online"_s}})
                    .ok());
        QCOMPARE(query(engine, u"00113001"_s).value(u"status"_s).toString(), u"suspended"_s);
        QVERIFY(run(
            engine, u"essEstablishPprc"_s, pairArgs({u"00013001:100FCA32"_s, u"00113001:101FCA32"_s}, u"outOfSync"_s))
                    .ok());
        QTRY_VERIFY_WITH_TIMEOUT(
            settled(engine, u"00013001"_s, u"duplex"_s) && settled(engine, u"00113001"_s, u"duplex"_s), 20000);
        QVERIFY(writeResult(engine, u"00013001"_s, 0, 65536, 33).ok()); // the inhibit ended with the resync
        const QString a = checksum(engine, u"00013001"_s);
        const QString b = checksum(engine, u"00113001"_s);
        QVERIFY(run(
            engine, u"essTerminatePprc"_s, {{u"pairs"_s, QJsonArray {u"00013001:100FCA32"_s, u"00113001:101FCA32"_s}}})
                    .ok());
        QCOMPARE(checksum(engine, u"100FCA32"_s), a);
        QCOMPARE(checksum(engine, u"101FCA32"_s), b);
    }

    void criticalHeavyInhibitsOnAnySecondaryFailure()
    {
        QTemporaryDir dir;
        Engine engine(Families::all());
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        populate(engine);
        QVERIFY(run(engine, u"essSetLss"_s, {{u"subsystem"_s, u"13001"_s}, {u"lss"_s, 16}, {u"criticalHeavy"_s, true}})
                    .ok());
        QJsonObject critical = pairArgs({u"00013001:100FCA32"_s});
        critical.insert(u"critical"_s, true);
        QVERIFY(run(engine, u"essEstablishPprc"_s, critical).ok());
        QTRY_VERIFY_WITH_TIMEOUT(settled(engine, u"00013001"_s, u"duplex"_s), 20000);
        // The secondary volume fails (a media fault) while the paths are fine: the write is refused before it
        // reaches either volume, and the pair suspends write-inhibited.
        const auto secondary = engine.volumes().find(
            engine.configuration()
                .logicalDriveByName(engine.configuration().subsystemByName(u"FCA32"_s)->id, u"100FCA32"_s)
                ->id);
        QVERIFY(secondary);
        auto disk = std::dynamic_pointer_cast<FileBackend>(secondary->backend());
        QVERIFY(disk != nullptr);
        disk->setFault({false, true, false});
        const QString before = checksum(engine, u"00013001"_s);
        const CommandResult refused = writeResult(engine, u"00013001"_s, 65536, 65536, 41);
        QVERIFY(!refused.ok());
        QCOMPARE(checksum(engine, u"00013001"_s), before);
        QTRY_COMPARE_WITH_TIMEOUT(query(engine, u"00013001"_s).value(u"status"_s).toString(), u"suspended"_s, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(query(engine, u"00013001"_s).value(u"writeInhibited"_s).toBool(), 5000);
        QVERIFY(!writeResult(engine, u"00013001"_s, 0, 65536, 42).ok());
        disk->setFault({});
    }

    void terminateOnTargetWhileCutThenResyncToTheSimplexTarget()
    {
        QTemporaryDir dir;
        Engine engine(Families::all());
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        populate(engine);
        write(engine, u"00013001"_s, 0, kVolume, 51);
        QVERIFY(run(engine, u"essEstablishPprc"_s, pairArgs({u"00013001:100FCA32"_s})).ok());
        QTRY_VERIFY_WITH_TIMEOUT(settled(engine, u"00013001"_s, u"duplex"_s), 20000);
        QVERIFY(run(engine, u"essSetEscon"_s,
            {{u"subsystem"_s, u"13001"_s}, {u"said"_s, u"0005"_s}, {u"state"_s, u"offline"_s}})
                    .ok());
        // The failover task: Terminate scheduled with the target storage server (seed L4418).
        QVERIFY(run(engine, u"essTerminatePprc"_s,
            {{u"pairs"_s, QJsonArray {u"00013001:100FCA32"_s}}, {u"scheduleOn"_s, u"target"_s}})
                    .ok());
        QCOMPARE(query(engine, u"100FCA32"_s).value(u"state"_s).toString(), u"simplex"_s);
        const QJsonObject source = query(engine, u"00013001"_s);
        QCOMPARE(source.value(u"state"_s).toString(), u"source"_s);
        QCOMPARE(source.value(u"status"_s).toString(), u"suspended"_s);
        // The simplex target is usable by hosts (e.g. a backup to tape); the source keeps recording.
        QVERIFY(!checksum(engine, u"100FCA32"_s).startsWith(u"Error"_s));
        write(engine, u"00013001"_s, 10 * 65536, 65536, 52);
        QCOMPARE(query(engine, u"00013001"_s).value(u"outOfSyncTracks"_s).toInteger(), 1);

        QVERIFY(run(
            engine, u"essSetEscon"_s, {{u"subsystem"_s, u"13001"_s}, {u"said"_s, u"0005"_s}, {u"state"_s, u"online"_s}})
                    .ok());
        // "First on the suspended source, second on the simplex target" (seed L1977-1981).
        QVERIFY(run(engine, u"essEstablishPprc"_s, pairArgs({u"00013001:100FCA32"_s}, u"outOfSync"_s)).ok());
        QVERIFY(checksum(engine, u"100FCA32"_s).contains(u"PPRC secondary"_s));
        QTRY_VERIFY_WITH_TIMEOUT(settled(engine, u"00013001"_s, u"duplex"_s), 20000);
        const QString primary = checksum(engine, u"00013001"_s);
        QVERIFY(run(engine, u"essTerminatePprc"_s, {{u"pairs"_s, QJsonArray {u"00013001:100FCA32"_s}}}).ok());
        QCOMPARE(checksum(engine, u"100FCA32"_s), primary);
    }

    void terminateOnSourceWhileCutKeepsTheTargetLockedAcrossARestart()
    {
        QTemporaryDir dir;
        Engine engine(Families::all());
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        populate(engine);
        QVERIFY(run(engine, u"essEstablishPprc"_s, pairArgs({u"00013001:100FCA32"_s})).ok());
        QTRY_VERIFY_WITH_TIMEOUT(settled(engine, u"00013001"_s, u"duplex"_s), 20000);
        QVERIFY(run(engine, u"essSetEscon"_s,
            {{u"subsystem"_s, u"13001"_s}, {u"said"_s, u"0005"_s}, {u"state"_s, u"offline"_s}})
                    .ok());
        QVERIFY(run(engine, u"essTerminatePprc"_s,
            {{u"pairs"_s, QJsonArray {u"00013001:100FCA32"_s}}, {u"scheduleOn"_s, u"source"_s}})
                    .ok());
        QCOMPARE(query(engine, u"00013001"_s).value(u"state"_s).toString(), u"simplex"_s);
        QVERIFY(writeResult(engine, u"00013001"_s, 0, 65536, 91).ok());
        QVERIFY(checksum(engine, u"100FCA32"_s).contains(u"PPRC secondary"_s)); // the target ESS was not told
        // A resync is impossible, even with the link back: the source kept no change record.
        QVERIFY(run(
            engine, u"essSetEscon"_s, {{u"subsystem"_s, u"13001"_s}, {u"said"_s, u"0005"_s}, {u"state"_s, u"online"_s}})
                    .ok());
        QCOMPARE(run(engine, u"essEstablishPprc"_s, pairArgs({u"00013001:100FCA32"_s}, u"outOfSync"_s)).error.code,
            ErrorCode::EssPprcInvalid);
        engine.closeWorkspace();
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        QVERIFY(!engine.mirrors().endpoint(
            engine.configuration()
                .logicalDriveByName(engine.configuration().subsystemByName(u"13001"_s)->id, u"00013001"_s)
                ->id));
        QVERIFY(checksum(engine, u"100FCA32"_s).contains(u"PPRC secondary"_s));
        QVERIFY(run(engine, u"essSetEscon"_s,
            {{u"subsystem"_s, u"13001"_s}, {u"said"_s, u"0005"_s}, {u"state"_s, u"offline"_s}})
                    .ok());
        QVERIFY(run(engine, u"essTerminatePprc"_s,
            {{u"pairs"_s, QJsonArray {u"00013001:100FCA32"_s}}, {u"scheduleOn"_s, u"target"_s}})
                    .ok());
        QCOMPARE(query(engine, u"100FCA32"_s).value(u"state"_s).toString(), u"simplex"_s);
        QVERIFY(!checksum(engine, u"100FCA32"_s).startsWith(u"Error"_s));
    }

    void freezeKeepsTheSecondariesAtOneInstant()
    {
        QTemporaryDir dir;
        Engine engine(Families::all());
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        populate(engine);
        QVERIFY(run(engine, u"essSetLss"_s,
            {{u"subsystem"_s, u"13001"_s}, {u"lss"_s, 16}, {u"consistencyGroup"_s, true},
                {u"consistencyTimeout"_s, 120}})
                    .ok());
        QVERIFY(run(engine, u"essEstablishPprc"_s, pairArgs({u"00013001:100FCA32"_s, u"00113001:101FCA32"_s})).ok());
        QTRY_VERIFY_WITH_TIMEOUT(
            settled(engine, u"00013001"_s, u"duplex"_s) && settled(engine, u"00113001"_s, u"duplex"_s), 20000);
        const QString logAtFreeze = checksum(engine, u"00113001"_s);
        const QString dbAtFreeze = checksum(engine, u"00013001"_s);
        QVERIFY(run(engine, u"essFreeze"_s).ok());
        QCOMPARE(query(engine, u"00013001"_s).value(u"status"_s).toString(), u"suspended"_s);
        QCOMPARE(query(engine, u"00113001"_s).value(u"status"_s).toString(), u"suspended"_s);
        // Dependent writes after the freeze (log, then database) reach neither secondary.
        write(engine, u"00113001"_s, 0, 65536, 61);
        write(engine, u"00013001"_s, 0, 65536, 62);
        // A resync is refused while the group is frozen; after the run it works.
        QCOMPARE(run(engine, u"essEstablishPprc"_s, pairArgs({u"00013001:100FCA32"_s}, u"outOfSync"_s)).error.code,
            ErrorCode::EssPprcInvalid);
        QVERIFY(run(engine, u"essThaw"_s).ok());
        QVERIFY(run(
            engine, u"essTerminatePprc"_s, {{u"pairs"_s, QJsonArray {u"00013001:100FCA32"_s, u"00113001:101FCA32"_s}}})
                    .ok());
        QCOMPARE(checksum(engine, u"100FCA32"_s), dbAtFreeze);
        QCOMPARE(checksum(engine, u"101FCA32"_s), logAtFreeze);
    }

    void pprcBetweenTwoLssOfOneEss()
    {
        // The seed's own test: LSS 17 -> LSS 18 of one ESS, over SAID0005 and SAID00a1 of that ESS (L2370, L2680).
        QTemporaryDir dir;
        Engine engine(Families::all());
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        QVERIFY(run(engine, u"essCreateStorageServer"_s, {{u"serial"_s, u"13003"_s}, {u"lss"_s, QJsonArray {17, 18}}})
                    .ok());
        for (const int lss : {17, 18}) {
            QVERIFY(run(engine, u"essCreateVolumes"_s,
                {{u"subsystem"_s, u"13003"_s}, {u"lss"_s, lss}, {u"count"_s, 1}, {u"capacity"_s, kVolume}})
                        .ok());
        }
        QVERIFY(run(engine, u"essConnectEscon"_s,
            {{u"subsystem"_s, u"13003"_s}, {u"said"_s, u"0005"_s}, {u"remote"_s, u"13003"_s},
                {u"remoteSaid"_s, u"00a1"_s}})
                    .ok());
        // The channel-mode port cannot also be the control-unit end, nor an adapter its own partner.
        QCOMPARE(run(engine, u"essConnectEscon"_s,
                     {{u"subsystem"_s, u"13003"_s}, {u"said"_s, u"0006"_s}, {u"remote"_s, u"13003"_s},
                         {u"remoteSaid"_s, u"0005"_s}})
                     .error.code,
            ErrorCode::EssPathLimit);
        QCOMPARE(run(engine, u"essConnectEscon"_s,
                     {{u"subsystem"_s, u"13003"_s}, {u"said"_s, u"0007"_s}, {u"remote"_s, u"13003"_s},
                         {u"remoteSaid"_s, u"0007"_s}})
                     .error.code,
            ErrorCode::EssPathLimit);
        QVERIFY(run(engine, u"essEstablishPaths"_s,
            {{u"subsystem"_s, u"13003"_s}, {u"lss"_s, 17}, {u"remote"_s, u"13003"_s}, {u"remoteLss"_s, QJsonArray {18}},
                {u"said"_s, QJsonArray {u"SAID0005"_s}}})
                    .ok());
        // "Do not establish paths if they already exist": not executed, and said so.
        const CommandResult again = run(engine, u"essEstablishPaths"_s,
            {{u"subsystem"_s, u"13003"_s}, {u"lss"_s, 17}, {u"remote"_s, u"13003"_s}, {u"remoteLss"_s, QJsonArray {18}},
                {u"said"_s, QJsonArray {u"0005"_s}}, {u"existing"_s, u"skip"_s}});
        QVERIFY(again.ok());
        QCOMPARE(again.data.value(u"established"_s).toInt(), 0);
        QCOMPARE(again.data.value(u"notExecuted"_s).toArray().size(), 1);
        write(engine, u"10013003"_s, 0, kVolume, 81);
        QVERIFY(run(engine, u"essEstablishPprc"_s, pairArgs({u"10013003:20013003"_s})).ok());
        QTRY_VERIFY_WITH_TIMEOUT(settled(engine, u"10013003"_s, u"duplex"_s), 20000);
        write(engine, u"10013003"_s, 65536, 65536, 82);
        const QString primary = checksum(engine, u"10013003"_s);
        QVERIFY(run(engine, u"essTerminatePprc"_s, {{u"pairs"_s, QJsonArray {u"10013003:20013003"_s}}}).ok());
        QCOMPARE(checksum(engine, u"20013003"_s), primary);
    }

    void initialCopyResumesAfterARestart()
    {
        QTemporaryDir dir;
        {
            Engine engine(Families::all());
            QVERIFY(!engine.openWorkspace(dir.path()).isError());
            populate(engine);
            write(engine, u"00013001"_s, 0, kVolume, 71);
            // A slow wire: the copy is still running when the engine stops.
            QVERIFY(run(engine, u"essSetLink"_s,
                {{u"subsystem"_s, u"13001"_s}, {u"remote"_s, u"FCA32"_s}, {u"bandwidth"_s, 1'000'000}})
                        .ok());
            QVERIFY(run(engine, u"essEstablishPprc"_s, pairArgs({u"00013001:100FCA32"_s})).ok());
            QTest::qWait(300);
            QCOMPARE(copyState(engine, u"00013001"_s), u"duplex_pending"_s);
            engine.closeWorkspace();
        }
        Engine engine(Families::all());
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        QCOMPARE(copyState(engine, u"00013001"_s), u"duplex_pending"_s);
        QVERIFY(query(engine, u"00013001"_s).value(u"outOfSyncTracks"_s).toInteger() > 0);
        QVERIFY(checksum(engine, u"100FCA32"_s).contains(u"PPRC secondary"_s)); // still locked after the restart
        QVERIFY(
            run(engine, u"essSetLink"_s, {{u"subsystem"_s, u"13001"_s}, {u"remote"_s, u"FCA32"_s}, {u"bandwidth"_s, 0}})
                .ok());
        QTRY_VERIFY_WITH_TIMEOUT(settled(engine, u"00013001"_s, u"duplex"_s), 20000);
        const QString primary = checksum(engine, u"00013001"_s);
        QVERIFY(run(engine, u"essTerminatePprc"_s, {{u"pairs"_s, QJsonArray {u"00013001:100FCA32"_s}}}).ok());
        QCOMPARE(checksum(engine, u"100FCA32"_s), primary);
    }
};

} // namespace Copyline

QTEST_GUILESS_MAIN(Copyline::TestEssPprc)
#include "tst_esspprc.moc"
