// SPDX-License-Identifier: GPL-3.0-or-later
// ESS Copy Services (issue 13), engine part: ESS machines with Open Systems LSSs and 8-character volume IDs, and
// FlashCopy with the ESS rules on the core point-in-time engine. Every FlashCopy case checks the target's bytes
// against the source's bytes at establish, while the source keeps changing, and again after a restart.
#include "copy/pointintime.h"
#include "esstestsupport.h"
#include "families/ess/models.h"
#include "families/families.h"
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

constexpr qint64 kVolume = 4 << 20; // 4 MiB: 64 tracks

using namespace EssTest;

QString checksum(Engine& engine, const QString& volume, qint64 offset = 0, qint64 length = kVolume)
{
    return checksumOf(engine, volume, offset, length);
}

/** ESS 13001 with LSS 16 (four volumes, one of them smaller) and LSS 17 (one volume). */
void populate(Engine& engine)
{
    QVERIFY(run(engine, u"essCreateStorageServer"_s,
        {{u"serial"_s, u"13001"_s}, {u"model"_s, u"F20"_s}, {u"lss"_s, QJsonArray {u"16"_s, u"17"_s}}})
                .ok());
    QVERIFY(run(engine, u"essCreateVolumes"_s,
        {{u"subsystem"_s, u"13001"_s}, {u"lss"_s, u"16"_s}, {u"count"_s, 3}, {u"capacity"_s, kVolume}})
                .ok());
    QVERIFY(run(engine, u"essCreateVolumes"_s,
        {{u"subsystem"_s, u"13001"_s}, {u"lss"_s, u"16"_s}, {u"count"_s, 1}, {u"capacity"_s, kVolume / 2}})
                .ok());
    QVERIFY(run(engine, u"essCreateVolumes"_s,
        {{u"subsystem"_s, u"13001"_s}, {u"lss"_s, u"17"_s}, {u"count"_s, 1}, {u"capacity"_s, kVolume}})
                .ok());
}

ObjectId flashCopyId(Engine& engine)
{
    for (const Relationship& r : engine.configuration().relationships) {
        if (r.kind == u"flashcopy"_s) {
            return r.id;
        }
    }
    return 0;
}

bool flashCopyEnded(Engine& engine, const QString& volume)
{
    QCoreApplication::processEvents();
    return query(engine, volume).value(u"flashCopyState"_s).toString() == u"none"_s;
}

} // namespace

class TestEss : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void volumeIdsFollowTheSeed()
    {
        // Spec §1.4: <LSS-16 in hex><volume number in hex><serial>; 00012019 and 00112019 on LSS 16 of ESS 12019.
        QCOMPARE(Ess::volumeId(u"12019"_s, 16, 0), u"00012019"_s);
        QCOMPARE(Ess::volumeId(u"12019"_s, 16, 1), u"00112019"_s);
        QCOMPARE(Ess::volumeId(u"FCA31"_s, 17, 8), u"108FCA31"_s);
        QCOMPARE(Ess::volumeId(u"12088"_s, 18, 0x2A), u"22A12088"_s);
        const auto parsed = Ess::parseVolumeId(u"108FCA31"_s);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->serial, u"FCA31"_s);
        QCOMPARE(parsed->lss, 17);
        QCOMPARE(parsed->number, 8);
        QVERIFY(!Ess::parseVolumeId(u"0001201"_s).has_value());
        QVERIFY(!Ess::parseVolumeId(u"0G012019"_s).has_value());
    }

    void storageServersLssAndVolumes()
    {
        QTemporaryDir dir;
        Engine engine(Families::all());
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        populate(engine);
        const QJsonObject v = query(engine, u"00113001"_s);
        QCOMPARE(v.value(u"server"_s).toString(), u"13001"_s);
        QCOMPARE(v.value(u"lss"_s).toInt(), 16);
        QCOMPARE(v.value(u"number"_s).toString(), u"001"_s);
        QCOMPARE(v.value(u"state"_s).toString(), u"simplex"_s);
        QCOMPARE(v.value(u"status"_s).toString(), u"not_suspended"_s);
        QCOMPARE(v.value(u"flashCopyState"_s).toString(), u"none"_s);
        QCOMPARE(query(engine, u"10013001"_s).value(u"lss"_s).toInt(), 17);
        // The smaller volume of LSS 16 (the rules test uses it as a too-small target).
        QCOMPARE(query(engine, u"00313001"_s).value(u"size"_s).toInteger(), kVolume / 2);

        // Bad input is refused with what to do, and changes nothing.
        const int before = static_cast<int>(engine.configuration().logicalDrives.size());
        QCOMPARE(run(engine, u"essCreateStorageServer"_s, {{u"serial"_s, u"1201"_s}}).error.code,
            ErrorCode::EssSerialInvalid);
        QCOMPARE(run(engine, u"essCreateStorageServer"_s, {{u"serial"_s, u"13001"_s}}).error.code,
            ErrorCode::EssSerialInvalid);
        QCOMPARE(run(engine, u"essCreateStorageServer"_s, {{u"serial"_s, u"FCA32"_s}, {u"lss"_s, QJsonArray {u"15"_s}}})
                     .error.code,
            ErrorCode::EssLssInvalid);
        QCOMPARE(run(engine, u"essCreateVolumes"_s,
                     {{u"subsystem"_s, u"13001"_s}, {u"lss"_s, u"18"_s}, {u"capacity"_s, kVolume}})
                     .error.code,
            ErrorCode::EssLssInvalid);
        QCOMPARE(run(engine, u"essCreateVolumes"_s,
                     {{u"subsystem"_s, u"13001"_s}, {u"lss"_s, u"17"_s}, {u"count"_s, 256}, {u"capacity"_s, kVolume}})
                     .error.code,
            ErrorCode::EssLssInvalid);
        const CommandResult missing = run(engine, u"essQueryVolume"_s, {{u"volume"_s, u"0FF13001"_s}});
        QCOMPARE(missing.error.code, ErrorCode::EssVolumeNotFound);
        QVERIFY(missing.error.cliLine().contains(u"0FF13001"_s));
        QCOMPARE(static_cast<int>(engine.configuration().logicalDrives.size()), before);
        QVERIFY(engine.configuration().subsystemByName(u"FCA32"_s) == nullptr);

        // The family layer keeps the families apart: a DS4000 command does not act on an ESS.
        QCOMPARE(run(engine, u"createLogicalDrive"_s,
                     {{u"subsystem"_s, u"13001"_s}, {u"array"_s, u"16"_s}, {u"userLabel"_s, u"X"_s},
                         {u"capacity"_s, u"1 GB"_s}})
                     .error.code,
            ErrorCode::WrongFamily);
    }

    void flashCopyCopyModeKeepsThePointInTimeAndEnds()
    {
        QTemporaryDir dir;
        Engine engine(Families::all());
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        populate(engine);
        const QString t0 = write(engine, u"00013001"_s, 0, kVolume, 1);
        write(engine, u"00113001"_s, 0, kVolume, 9); // old bytes on the target that the image must hide
        const CommandResult r
            = run(engine, u"essEstablishFlashCopy"_s, {{u"source"_s, u"00013001"_s}, {u"target"_s, u"00113001"_s}});
        QVERIFY2(r.ok(), qPrintable(r.error.cliLine()));
        // The source changes at once; the target still reads the source as it was at establish.
        const QString later = write(engine, u"00013001"_s, kVolume / 4, kVolume / 2, 2);
        QVERIFY(later != t0);
        QCOMPARE(checksum(engine, u"00113001"_s), t0);
        QTRY_VERIFY_WITH_TIMEOUT(flashCopyEnded(engine, u"00013001"_s), 20000);
        // COPY ended by itself (spec §3.1): both volumes none, the target holds the whole image on its own.
        QCOMPARE(query(engine, u"00113001"_s).value(u"flashCopyState"_s).toString(), u"none"_s);
        QCOMPARE(checksum(engine, u"00113001"_s), t0);
        QCOMPARE(flashCopies(engine), 0);
        // ... and keeps it across a restart.
        engine.closeWorkspace();
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        QCOMPARE(checksum(engine, u"00113001"_s), t0);
    }

    void flashCopyNoCopyUntilWithdrawnAndAcrossARestart()
    {
        QTemporaryDir dir;
        Engine engine(Families::all());
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        populate(engine);
        const QString t0 = write(engine, u"00013001"_s, 0, kVolume, 3);
        const CommandResult r = run(engine, u"essEstablishFlashCopy"_s,
            {{u"source"_s, u"00013001"_s}, {u"target"_s, u"00213001"_s}, {u"noCopy"_s, true}});
        QVERIFY2(r.ok(), qPrintable(r.error.cliLine()));
        QJsonObject source = query(engine, u"00013001"_s);
        QCOMPARE(source.value(u"flashCopyState"_s).toString(), u"source"_s);
        QCOMPARE(source.value(u"flashCopyPartner"_s).toString(), u"00213001"_s);
        QCOMPARE(source.value(u"tracksRemaining"_s).toInteger(), 64);
        QCOMPARE(query(engine, u"00213001"_s).value(u"flashCopyState"_s).toString(), u"target"_s);

        // Source writes preserve the tracks they overwrite first: only those tracks are copied (NOCOPY).
        write(engine, u"00013001"_s, 0, 4 * 65536, 4);
        QCOMPARE(query(engine, u"00013001"_s).value(u"tracksRemaining"_s).toInteger(), 60);
        QCOMPARE(checksum(engine, u"00213001"_s), t0);

        // Across a restart the relationship and its image come back from the map.
        engine.closeWorkspace();
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        QCOMPARE(query(engine, u"00213001"_s).value(u"flashCopyState"_s).toString(), u"target"_s);
        QCOMPARE(checksum(engine, u"00213001"_s), t0);
        write(engine, u"00013001"_s, kVolume - 65536, 65536, 5);
        QCOMPARE(checksum(engine, u"00213001"_s), t0);
        QCOMPARE(query(engine, u"00013001"_s).value(u"tracksRemaining"_s).toInteger(), 59);

        // The target is read/write: a write there lands on the target only.
        const QString targetWrite = write(engine, u"00213001"_s, 65536 * 10, 65536, 6);
        QCOMPARE(checksum(engine, u"00213001"_s, 65536 * 10, 65536), targetWrite);
        QVERIFY(checksum(engine, u"00013001"_s, 65536 * 10, 65536) != targetWrite);

        // NOCOPY never ends by itself; withdraw from either volume ends it and reports the uncopied tracks.
        const CommandResult w = run(engine, u"essWithdrawFlashCopy"_s, {{u"volume"_s, u"00213001"_s}});
        QVERIFY2(w.ok(), qPrintable(w.error.cliLine()));
        QCOMPARE(w.data.value(u"tracksRemaining"_s).toInteger(), 58);
        QCOMPARE(query(engine, u"00013001"_s).value(u"flashCopyState"_s).toString(), u"none"_s);
        QCOMPARE(run(engine, u"essWithdrawFlashCopy"_s, {{u"volume"_s, u"00013001"_s}}).error.code,
            ErrorCode::EssNotInFlashCopy);
        // After withdraw the source is free again for a new point in time.
        QVERIFY(run(engine, u"essEstablishFlashCopy"_s,
            {{u"source"_s, u"00013001"_s}, {u"target"_s, u"00213001"_s}, {u"noCopy"_s, true}})
                    .ok());
    }

    void aFullDiskFailsTheCopyAndNoHostReadsAWrongImage()
    {
        QTemporaryDir dir;
        Engine engine(Families::all());
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        populate(engine);
        const QString t0 = write(engine, u"00013001"_s, 0, kVolume, 7);
        QVERIFY(run(engine, u"essEstablishFlashCopy"_s,
            {{u"source"_s, u"00013001"_s}, {u"target"_s, u"00213001"_s}, {u"noCopy"_s, true}})
                    .ok());
        const ObjectId id
            = run(engine, u"essQueryVolume"_s, {{u"volume"_s, u"00013001"_s}}).ok() ? flashCopyId(engine) : 0;
        auto store = std::dynamic_pointer_cast<FileBackend>(engine.pointInTime(id)->store());
        QVERIFY(store != nullptr);
        store->setFault({false, false, true}); // the disk under the target is full

        // The source write that needs a track preserved goes on (the copy fails, the source does not) ...
        const QString changed = write(engine, u"00013001"_s, 0, 65536, 8);
        QVERIFY2(!changed.startsWith(u"Error"_s), qPrintable(changed));
        QCOMPARE(checksum(engine, u"00013001"_s, 0, 65536), changed);
        // ... and the target refuses reads from then on: it is not the point-in-time image any more.
        QVERIFY(checksum(engine, u"00213001"_s).startsWith(u"Error"_s));
        // The engine thread hears of it: the relationship is failed, with the reason, and the event says what to do.
        QTRY_COMPARE(engine.configuration().relationships.value(id).state, u"failed"_s);
        QVERIFY(query(engine, u"00013001"_s).value(u"flashCopyFailed"_s).toString().contains(u"No space left"_s));

        // The failure is in the map: a restart (with the disk free again) does not bring back a wrong image.
        store->setFault({});
        engine.closeWorkspace();
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        QVERIFY(checksum(engine, u"00213001"_s).startsWith(u"Error"_s));
        QVERIFY(query(engine, u"00213001"_s).contains(u"flashCopyFailed"_s));

        // Withdraw, then a new point in time works again.
        QVERIFY(run(engine, u"essWithdrawFlashCopy"_s, {{u"volume"_s, u"00013001"_s}}).ok());
        const QString t1 = checksum(engine, u"00013001"_s);
        QVERIFY(run(engine, u"essEstablishFlashCopy"_s,
            {{u"source"_s, u"00013001"_s}, {u"target"_s, u"00213001"_s}, {u"noCopy"_s, true}})
                    .ok());
        write(engine, u"00013001"_s, 0, kVolume, 9);
        QCOMPARE(checksum(engine, u"00213001"_s), t1);
        QVERIFY(t1 != t0);
    }

    void flashCopyRulesOfTheEss()
    {
        QTemporaryDir dir;
        Engine engine(Families::all());
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        populate(engine);
        const auto establish = [&](const QString& s, const QString& t) {
            return run(engine, u"essEstablishFlashCopy"_s, {{u"source"_s, s}, {u"target"_s, t}, {u"noCopy"_s, true}});
        };
        // Same LSS only (spec §2.1 precondition 2).
        const CommandResult across = establish(u"00013001"_s, u"10013001"_s);
        QCOMPARE(across.error.code, ErrorCode::EssDifferentLss);
        QVERIFY2(
            across.error.cliLine().contains(u"Choose a target on LSS 13001:16"_s), qPrintable(across.error.cliLine()));
        // Target at least as large as the source.
        QCOMPARE(establish(u"00013001"_s, u"00313001"_s).error.code, ErrorCode::EssTargetTooSmall);
        QCOMPARE(establish(u"00013001"_s, u"00013001"_s).error.code, ErrorCode::InvalidParameter);
        // One FlashCopy per volume: no second target, no cascade from the target.
        QVERIFY(establish(u"00013001"_s, u"00113001"_s).ok());
        QCOMPARE(establish(u"00013001"_s, u"00213001"_s).error.code, ErrorCode::EssInFlashCopy);
        const CommandResult cascade = establish(u"00113001"_s, u"00213001"_s);
        QCOMPARE(cascade.error.code, ErrorCode::EssInFlashCopy);
        QVERIFY(cascade.error.cliLine().contains(u"00013001"_s));
        QCOMPARE(flashCopies(engine), 1);
        QCOMPARE(establish(u"00013001"_s, u"0AA13001"_s).error.code, ErrorCode::EssVolumeNotFound);
        // A target mounted on a host needs "Permit if target is online" (spec §2.1, §8.4).
        QVERIFY(run(engine, u"essAttachVolume"_s,
            {{u"host"_s, u"sunhost"_s}, {u"volume"_s, u"10013001"_s}, {u"disk"_s, u"c1t6d0"_s}, {u"mounted"_s, true}})
                    .ok());
        QVERIFY(run(engine, u"essCreateVolumes"_s,
            {{u"subsystem"_s, u"13001"_s}, {u"lss"_s, u"17"_s}, {u"count"_s, 1}, {u"capacity"_s, kVolume}})
                    .ok());
        const CommandResult online = establish(u"10113001"_s, u"10013001"_s);
        QCOMPARE(online.error.code, ErrorCode::EssTargetOnline);
        QVERIFY(online.error.cliLine().contains(u"sunhost"_s));
        QVERIFY(run(engine, u"essEstablishFlashCopy"_s,
            {{u"source"_s, u"10113001"_s}, {u"target"_s, u"10013001"_s}, {u"noCopy"_s, true},
                {u"permitIfTargetOnline"_s, true}})
                    .ok());
    }
};

} // namespace Copyline

QTEST_GUILESS_MAIN(Copyline::TestEss)
#include "tst_ess.moc"
