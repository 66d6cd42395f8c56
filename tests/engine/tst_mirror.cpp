// SPDX-License-Identifier: GPL-3.0-or-later
// DS4000 Enhanced Remote Mirroring through the command API (spec §2.4, §3.1, §3.4, §3.5, §4.4-4.6, §7.2): the
// option states, full and delta synchronization with counted bytes, the transitions of §3.4 row by row, Metro
// Mirroring's acknowledgement rule under a flapping link, Global Copy and Global Mirroring (with a write-order
// checker across a consistency group), role reversal with FlashCopies and VolumeCopies following, dual-role
// conflicts and their recovery, one-sided removal with Unresponsive and Error 158, the Communication Test, limits,
// and a restart with writes the secondary never confirmed.
//
// Built twice (issue 17): tst_mirror runs every pair over the in-process link, tst_mirror_tcp over the replication
// wire protocol on a real TCP connection (COPYLINE_LINK_TRANSPORT=tcp): both paths must pass the same suite.
#include "mirror/mirrorservice.h"
#include "mirror/replicationchannel.h"
#include "testworkspace.h"
#include "util/bytesize.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <thread>

#include <map>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using Copyline::Test::TestWorkspace;

#define RUN_OK(ws, script, subsystem)                                                                                  \
    do {                                                                                                               \
        const CommandResult r_ = (ws).run(script, subsystem);                                                          \
        QVERIFY2(r_.ok(), qPrintable(r_.error.cliLine()));                                                             \
    } while (false)

#define RUN_FAILS(ws, script, subsystem, expected)                                                                     \
    do {                                                                                                               \
        const CommandResult r_ = (ws).run(script, subsystem);                                                          \
        QVERIFY2(!r_.ok(), "the command should have failed");                                                          \
        QCOMPARE(r_.error.code, expected);                                                                             \
    } while (false)

#ifndef COPYLINE_LINK_TRANSPORT
#define COPYLINE_LINK_TRANSPORT "inProcess"
#endif

namespace
{

const QString kTransport = QString::fromLatin1(COPYLINE_LINK_TRANSPORT);
const QString kPrimary = u"Primary Site"_s;
const QString kSecondary = u"Secondary Site"_s;

const Mirror* record(TestWorkspace& ws, const QString& drive, const QString& subsystem)
{
    const LogicalDrive* ld = ws.logicalDrive(drive, subsystem);
    return ld ? ws.config().mirrorOf(ld->id) : nullptr;
}

MirrorStatus status(TestWorkspace& ws, const QString& drive, const QString& subsystem = kPrimary)
{
    const Mirror* m = record(ws, drive, subsystem);
    return m ? m->status : MirrorStatus::Unresponsive;
}

std::shared_ptr<VolumeIo> io(TestWorkspace& ws, const QString& drive, const QString& subsystem)
{
    return ws.engine().volumes().find(ws.logicalDrive(drive, subsystem)->id);
}

std::shared_ptr<MirrorEndpoint> endpoint(TestWorkspace& ws, const QString& drive, const QString& subsystem = kPrimary)
{
    return ws.engine().mirrors().endpoint(ws.logicalDrive(drive, subsystem)->id);
}

QByteArray block(quint64 stamp, qint64 size)
{
    QByteArray b(size, static_cast<char>(stamp & 0x7F));
    for (int i = 0; i < 8; ++i) {
        b[i] = static_cast<char>((stamp >> (8 * i)) & 0xFF);
    }
    return b;
}

quint64 stampOf(const QByteArray& b)
{
    quint64 v = 0;
    for (int i = 0; i < 8; ++i) {
        v |= static_cast<quint64>(static_cast<quint8>(b[i])) << (8 * i);
    }
    return v;
}

IoStatus hostWrite(TestWorkspace& ws, const QString& drive, qint64 offset, const QByteArray& data)
{
    return io(ws, drive, kPrimary)->write(offset, std::span<const char>(data.constData(), size_t(data.size())));
}

QByteArray readBack(TestWorkspace& ws, const QString& drive, const QString& subsystem, qint64 offset, qint64 length)
{
    QByteArray b(length, '\0');
    const IoStatus st
        = io(ws, drive, subsystem)->read(offset, std::span<char>(b.data(), size_t(length)), IoOrigin::Replication);
    return st.ok() ? b : QByteArray();
}

int eventsNamed(TestWorkspace& ws, const QString& subsystem, const QString& description)
{
    int n = 0;
    for (const Event& e : ws.engine().latestEvents(ws.subsystemId(subsystem), 500)) {
        n += e.description == description ? 1 : 0;
    }
    return n;
}

} // namespace

class TestMirror : public QObject
{
    Q_OBJECT

private:
    /** Remote Mirroring enabled and activated on both sites; a fast link unless a test slows it. */
    static bool activateBoth(TestWorkspace& ws)
    {
        for (const auto& [site, key] : {std::pair {kPrimary, u"primary"_s}, std::pair {kSecondary, u"secondary"_s}}) {
            const QString file = QDir(ws.path()).filePath(u"keys/%1-remoteMirror.key"_s.arg(key));
            const CommandResult r = ws.run(
                u"enable storageSubsystem feature file=\"%1\"; activate storageSubsystem feature=remoteMirror;"_s.arg(
                    file),
                site);
            if (!r.ok()) {
                qWarning("%s", qPrintable(r.error.cliLine()));
                return false;
            }
        }
        const CommandResult r = ws.run(
            u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site\" bandwidth=0 roundTrip=0 transport=%1;"_s
                .arg(kTransport),
            kPrimary);
        if (!r.ok()) {
            qWarning("%s", qPrintable(r.error.cliLine()));
        }
        return r.ok();
    }

    /** A primary with @p dataBytes of data and an equally large secondary. */
    static bool makeDrives(TestWorkspace& ws, const QString& p, const QString& s, qint64 size, qint64 dataBytes)
    {
        const CommandResult a = ws.run(
            u"create logicalDrive array=1 userLabel=\"%1\" capacity=%2 bytes;"_s.arg(p).arg(size)
                + (dataBytes > 0 ? u"write logicalDrive [\"%1\"] offset=0 length=%2 seed=11;"_s.arg(p).arg(dataBytes)
                                 : QString()),
            kPrimary);
        const CommandResult b
            = ws.run(u"create logicalDrive array=1 userLabel=\"%1\" capacity=%2 bytes;"_s.arg(s).arg(size), kSecondary);
        return a.ok() && b.ok();
    }

    static bool mirrored(TestWorkspace& ws, const QString& p, const QString& s, const QString& options = {})
    {
        const CommandResult r = ws.run(
            u"create remoteMirror primary=\"%1\" secondary=\"%2\" remoteStorageSubsystemName=\"Secondary Site\" %3;"_s
                .arg(p, s, options),
            kPrimary);
        if (!r.ok()) {
            qWarning("%s", qPrintable(r.error.cliLine()));
        }
        return r.ok();
    }

    static bool equalSides(TestWorkspace& ws, const QString& p, const QString& s)
    {
        return ws.checksum(p, 0, -1, kPrimary) == ws.checksum(s, 0, -1, kSecondary);
    }

    static void setLink(TestWorkspace& ws, const QString& settings)
    {
        const CommandResult r = ws.run(
            u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site\" %1;"_s.arg(settings), kPrimary);
        QVERIFY2(r.ok(), qPrintable(r.error.cliLine()));
    }

private Q_SLOTS:
    void optionStatesFollowSection31()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const ObjectId primary = ws.subsystemId(kPrimary);
        // Fresh install: Disabled/Deactivated; activation needs the key first.
        RUN_FAILS(ws, u"activate storageSubsystem feature=remoteMirror;"_s, kPrimary, ErrorCode::MirrorNotActivated);
        QVERIFY(activateBoth(ws));
        const Subsystem s = ws.config().subsystems.value(primary);
        QVERIFY(s.remoteMirrorEnabled && s.remoteMirrorActivated);
        // Two 128 MB repositories, one per controller, RAID not 0, not mappable, not deletable.
        const QList<LogicalDrive> repositories = ws.config().mirrorRepositoriesOf(primary);
        QCOMPARE(repositories.size(), 2);
        QCOMPARE(repositories[0].name, u"CTL A Mirror Repository"_s);
        QCOMPARE(repositories[1].name, u"CTL B Mirror Repository"_s);
        QCOMPARE(repositories[0].capacity, 128 * MiB);
        QCOMPARE(repositories[1].preferredOwner, u"B"_s);
        RUN_FAILS(ws, u"delete logicalDrive [\"CTL A Mirror Repository\"];"_s, kPrimary,
            ErrorCode::LogicalDriveKindNotAllowed);
        RUN_FAILS(ws, u"set logicalDrive [\"CTL A Mirror Repository\"] addCapacity=1 GB;"_s, kPrimary,
            ErrorCode::CapacityNotIncreased);
        RUN_FAILS(ws, u"activate storageSubsystem feature=remoteMirror;"_s, kPrimary, ErrorCode::MirrorNotActivated);

        // Disabled/Activated: existing mirrors are maintained, no new ones.
        QVERIFY(makeDrives(ws, u"P1"_s, u"S1"_s, 8 * MiB, 4 * MiB));
        QVERIFY(makeDrives(ws, u"P2"_s, u"S2"_s, 8 * MiB, 0));
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s));
        RUN_OK(ws, u"disable storageSubsystem feature=remoteMirror;"_s, kPrimary);
        QCOMPARE(ws.run(u"show remoteMirrors;"_s, kPrimary).data.value(u"remoteMirrorState"_s).toString(),
            u"Disabled/Activated"_s);
        RUN_FAILS(ws,
            u"create remoteMirror primary=\"P2\" secondary=\"S2\" remoteStorageSubsystemName=\"Secondary Site\";"_s,
            kPrimary, ErrorCode::MirrorNotActivated);
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        QVERIFY(hostWrite(ws, u"P1"_s, 0, block(1, 4096)).ok());
        QCOMPARE(readBack(ws, u"S1"_s, kSecondary, 0, 4096), block(1, 4096));

        // Deactivate only with no mirror relationship left; it deletes the repositories.
        RUN_FAILS(ws, u"deactivate storageSubsystem feature=remoteMirror;"_s, kPrimary, ErrorCode::FeatureInUse);
        RUN_OK(ws, u"remove remoteMirror localLogicalDrive [\"P1\"];"_s, kPrimary);
        RUN_OK(ws, u"deactivate storageSubsystem feature=remoteMirror;"_s, kPrimary);
        QVERIFY(ws.config().mirrorRepositoriesOf(primary).isEmpty());
        QCOMPARE(ws.run(u"show remoteMirrors;"_s, kPrimary).data.value(u"remoteMirrorState"_s).toString(),
            u"Disabled/Deactivated"_s);
        // Creating against a subsystem that is not Enabled/Activated is refused on either side.
        RUN_FAILS(ws,
            u"create remoteMirror primary=\"S2\" secondary=\"P2\" remoteStorageSubsystemName=\"Primary Site\";"_s,
            kSecondary, ErrorCode::MirrorNotActivated);
    }

    void activationNeedsRoomAndRedundancy()
    {
        TestWorkspace ws;
        const QString key = QDir(ws.path()).filePath(u"keys/primary-remoteMirror.key"_s);
        RUN_OK(ws, u"enable storageSubsystem feature file=\"%1\";"_s.arg(key), kPrimary);
        // A RAID 0 array cannot hold the repositories; an odd RAID 1 drive count is refused as for any array.
        RUN_FAILS(ws,
            u"activate storageSubsystem feature=remoteMirror repositoryRAIDLevel=0 repositoryDrives=(2,1 2,2);"_s,
            kPrimary, ErrorCode::RaidLevelNotAllowed);
        RUN_FAILS(ws,
            u"activate storageSubsystem feature=remoteMirror repositoryRAIDLevel=1 repositoryDrives=(2,1 2,2 2,3);"_s,
            kPrimary, ErrorCode::RaidDriveCount);
        RUN_OK(ws,
            u"activate storageSubsystem feature=remoteMirror repositoryRAIDLevel=1 repositoryDrives=(2,1 2,2);"_s,
            kPrimary);
        const QList<LogicalDrive> repositories = ws.config().mirrorRepositoriesOf(ws.subsystemId(kPrimary));
        QCOMPARE(repositories.size(), 2);
        QCOMPARE(ws.config().arrays.value(repositories[0].arrayId).raidLevel, RaidLevel::Raid1);
    }

    void candidatesFollowTheRemoteOptionState()
    {
        // Issue 20: while the remote subsystem's Remote Mirror option is not Enabled/Activated, none of its drives
        // is a candidate (create would fail with Error 150), and the list says why.
        TestWorkspace ws;
        const QString file = QDir(ws.path()).filePath(u"keys/primary-remoteMirror.key"_s);
        RUN_OK(ws,
            u"enable storageSubsystem feature file=\"%1\"; activate storageSubsystem feature=remoteMirror;"_s.arg(file),
            kPrimary);
        RUN_OK(ws, u"create logicalDrive array=1 userLabel=\"P1\" capacity=16 MB;"_s, kPrimary);
        RUN_OK(ws, u"create logicalDrive array=1 userLabel=\"S1\" capacity=16 MB;"_s, kSecondary);
        const QString show
            = u"show remoteMirror candidates primary=\"P1\" remoteStorageSubsystemName=\"Secondary Site\";"_s;
        CommandResult c = ws.run(show, kPrimary);
        QVERIFY(c.ok());
        QVERIFY(c.data.value(u"candidates"_s).toArray().isEmpty());
        QVERIFY(c.data.value(u"subsystemProblem"_s).toString().contains(u"Secondary Site"_s));
        bool explained = false;
        for (const auto& v : c.data.value(u"excluded"_s).toArray()) {
            explained = explained
                || (v.toObject().value(u"name"_s).toString() == u"S1"_s
                    && v.toObject().value(u"reason"_s).toString().contains(u"Remote"_s));
        }
        QVERIFY(explained);
        RUN_FAILS(ws,
            u"create remoteMirror primary=\"P1\" secondary=\"S1\" remoteStorageSubsystemName=\"Secondary Site\";"_s,
            kPrimary, ErrorCode::MirrorNotActivated);
        // Activated: S1 is offered.
        const QString secondaryKey = QDir(ws.path()).filePath(u"keys/secondary-remoteMirror.key"_s);
        RUN_OK(ws,
            u"enable storageSubsystem feature file=\"%1\"; activate storageSubsystem feature=remoteMirror;"_s.arg(
                secondaryKey),
            kSecondary);
        c = ws.run(show, kPrimary);
        QVERIFY(!c.data.contains(u"subsystemProblem"_s));
        QStringList offered;
        for (const auto& v : c.data.value(u"candidates"_s).toArray()) {
            offered << v.toObject().value(u"name"_s).toString();
        }
        QVERIFY(offered.contains(u"S1"_s));
    }

    void createRulesAndError158()
    {
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P1"_s, u"S1"_s, 16 * MiB, 1 * MiB));
        RUN_OK(ws, u"create logicalDrive array=1 userLabel=\"Small\" capacity=8 MB;"_s, kSecondary);
        // The secondary must be at least as large as the primary.
        RUN_FAILS(ws,
            u"create remoteMirror primary=\"P1\" secondary=\"Small\" remoteStorageSubsystemName=\"Secondary Site\";"_s,
            kPrimary, ErrorCode::MirrorCandidateInvalid);
        // The candidate list shows only drives large enough, and says why the others are not candidates.
        const CommandResult c = ws.run(
            u"show remoteMirror candidates primary=\"P1\" remoteStorageSubsystemName=\"Secondary Site\";"_s, kPrimary);
        QVERIFY(c.ok());
        QStringList names;
        for (const auto& v : c.data.value(u"candidates"_s).toArray()) {
            names << v.toObject().value(u"name"_s).toString();
        }
        QVERIFY(names.contains(u"S1"_s));
        QVERIFY(!names.contains(u"Small"_s));
        // A secondary cannot be a FlashCopy base.
        RUN_OK(ws, u"create FlashCopyLogicalDrive baseLogicalDrive=\"S1\";"_s, kSecondary);
        RUN_FAILS(ws,
            u"create remoteMirror primary=\"P1\" secondary=\"S1\" remoteStorageSubsystemName=\"Secondary Site\";"_s,
            kPrimary, ErrorCode::MirrorCandidateInvalid);
        RUN_OK(ws, u"delete logicalDrive [\"S1-1\"];"_s, kSecondary);
        // A writeOrder without asynchronous writes is refused; a mirror to the same subsystem too.
        RUN_FAILS(ws,
            u"create remoteMirror primary=\"P1\" secondary=\"S1\" remoteStorageSubsystemName=\"Secondary Site\" "
            "writeOrder=preserved;"_s,
            kPrimary, ErrorCode::InvalidParameter);
        RUN_FAILS(ws,
            u"create remoteMirror primary=\"P1\" secondary=\"Payroll\" remoteStorageSubsystemName=\"Primary Site\";"_s,
            kPrimary, ErrorCode::MirrorSubsystemInvalid);
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s));
        // A drive is in one pair at most; a secondary cannot be deleted, written by hosts, or copied from.
        RUN_FAILS(ws,
            u"create remoteMirror primary=\"P1\" secondary=\"Small\" remoteStorageSubsystemName=\"Secondary Site\";"_s,
            kPrimary, ErrorCode::MirrorCandidateInvalid);
        RUN_FAILS(ws, u"delete logicalDrive [\"S1\"];"_s, kSecondary, ErrorCode::MirrorRoleInvalid);
        RUN_FAILS(
            ws, u"create FlashCopyLogicalDrive baseLogicalDrive=\"S1\";"_s, kSecondary, ErrorCode::FlashCopyLimit);
        RUN_FAILS(ws, u"create volumeCopy source=\"S1\" target=\"Small\";"_s, kSecondary,
            ErrorCode::VolumeCopyCandidateInvalid);
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        auto secondary = io(ws, u"S1"_s, kSecondary);
        QByteArray buf(4096, 'x');
        QCOMPARE(secondary->write(0, std::span<const char>(buf.constData(), 4096)).error, EPERM);
        QVERIFY(secondary->read(0, std::span<char>(buf.data(), 4096)).ok()); // ERM: hosts may read a secondary

        // A relationship removed on the primary only, during a link failure, leaves the secondary's record: creating
        // a new mirror onto that secondary gives Error 158 until the stale relationship is removed there too.
        setLink(ws, u"state=down"_s);
        RUN_OK(ws, u"remove remoteMirror localLogicalDrive [\"P1\"];"_s, kPrimary);
        QVERIFY(record(ws, u"P1"_s, kPrimary) == nullptr);
        QVERIFY(record(ws, u"S1"_s, kSecondary) != nullptr);
        setLink(ws, u"state=up"_s);
        QVERIFY(makeDrives(ws, u"P2"_s, u"S2"_s, 8 * MiB, 0));
        const CommandResult stale = ws.run(
            u"create remoteMirror primary=\"P2\" secondary=\"S1\" remoteStorageSubsystemName=\"Secondary Site\";"_s,
            kPrimary);
        QCOMPARE(stale.error.code, ErrorCode::MirrorCandidateInvalid);
        QCOMPARE(stale.error.number(), 158);
        QVERIFY(stale.error.cliLine().startsWith(u"Error 158 - The operation cannot complete because the selected "
                                                 "logical drive is not a valid candidate for Remote Mirroring."_s));
        QVERIFY(stale.error.message().contains(u"removed on the other storage subsystem only"_s));
        RUN_OK(ws, u"remove remoteMirror localLogicalDrive [\"S1\"];"_s, kSecondary);
        QVERIFY(mirrored(ws, u"P2"_s, u"S1"_s));
    }

    void fullSyncCopiesDataAndHolesAndCountsBytes()
    {
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        // 64 MB primary with 8 MB of data; the secondary starts with other data everywhere.
        QVERIFY(makeDrives(ws, u"P1"_s, u"S1"_s, 64 * MiB, 8 * MiB));
        RUN_OK(ws, u"write logicalDrive [\"S1\"] offset=0 length=67108864 seed=99;"_s, kSecondary);
        QVERIFY(!equalSides(ws, u"P1"_s, u"S1"_s));
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s));
        QCOMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronizing);
        QCOMPARE(status(ws, u"S1"_s, kSecondary), MirrorStatus::Synchronizing);
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"P1"_s), MirrorStatus::Synchronized, 20000);
        QVERIFY(equalSides(ws, u"P1"_s, u"S1"_s));
        // Only the data crossed the link; the holes went as discards.
        QCOMPARE(endpoint(ws, u"P1"_s)->bytesShipped(), quint64(8 * MiB));
        QCOMPARE(status(ws, u"S1"_s, kSecondary), MirrorStatus::Synchronized);
        QVERIFY(!record(ws, u"P1"_s, kPrimary)->secondaryInconsistent);
        QCOMPARE(eventsNamed(ws, kPrimary, u"Mirror synchronization complete"_s), 1);
        QCOMPARE(eventsNamed(ws, kSecondary, u"Mirror relationship created"_s), 1);
    }

    void syncByKernelCopyOnlyWhereNoSecondaryHookActs()
    {
        // Issue 19: over an in-process link a synchronization copies in the kernel (VolumeIo::copyFrom) when none of
        // the secondary's write hooks would act; a FlashCopy whose base is the secondary must see every write, so
        // then the bytes go through its copy-before-write and its point-in-time image survives the synchronization.
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P1"_s, u"S1"_s, 16 * MiB, 12 * MiB));
        RUN_OK(ws, u"write logicalDrive [\"S1\"] offset=0 length=16777216 seed=99;"_s, kSecondary);
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s, u"syncPriority=highest"_s));
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"P1"_s), MirrorStatus::Synchronized, 20000);
        // The secondary holds the primary's bytes, read back grain by grain; only the data was counted.
        QCOMPARE(endpoint(ws, u"P1"_s)->bytesShipped(), quint64(12 * MiB));
        for (qint64 at = 0; at < 16 * MiB; at += 2 * MiB) {
            QCOMPARE(readBack(ws, u"S1"_s, kSecondary, at, 2 * MiB), readBack(ws, u"P1"_s, kPrimary, at, 2 * MiB));
        }
        QCOMPARE(readBack(ws, u"S1"_s, kSecondary, 14 * MiB, MiB), QByteArray(MiB, '\0'));
        // The shortcut is there for the secondary as it stands: its only hook is its own inert mirror endpoint.
        const auto primaryIo = io(ws, u"P1"_s, kPrimary);
        const auto secondaryIo = io(ws, u"S1"_s, kSecondary);
        const std::optional<IoStatus> shortcut = secondaryIo->copyFrom(*primaryIo, 0, MiB);
        QVERIFY(shortcut.has_value());
        QVERIFY(shortcut->ok());
        QVERIFY(equalSides(ws, u"P1"_s, u"S1"_s));

        // A FlashCopy on the drive that becomes the secondary (a planned role swap; its FlashCopy keeps preserving
        // its image while the drive is a secondary): from now on no write to it may bypass copy-before-write.
        RUN_OK(ws, u"create FlashCopyLogicalDrive baseLogicalDrive=\"P1\";"_s, kPrimary);
        const QString image = ws.checksum(u"P1-1"_s, 0, -1, kPrimary);
        QCOMPARE(image, ws.checksum(u"P1"_s, 0, -1, kPrimary));
        RUN_OK(ws, u"set remoteMirror localLogicalDrive [\"P1\"] role=secondary;"_s, kPrimary);
        QCOMPARE(record(ws, u"S1"_s, kSecondary)->role, MirrorRole::Primary);
        QVERIFY(!primaryIo->copyFrom(*secondaryIo, 0, MiB).has_value());
        RUN_OK(ws, u"suspend remoteMirror primary [\"S1\"];"_s, kSecondary);
        // Data over data, over a hole, and across the end of the written part (within the FlashCopy's repository).
        const qint64 piece = 256 * 1024;
        qint64 written = 0;
        for (const qint64 at : {qint64(0), 5 * MiB, 12 * MiB - piece / 2, 14 * MiB}) {
            const QByteArray data = block(static_cast<quint64>(at) + 7, piece);
            QVERIFY(secondaryIo->write(at, std::span<const char>(data.constData(), size_t(piece))).ok());
            written += piece;
        }
        const quint64 before = endpoint(ws, u"S1"_s, kSecondary)->bytesShipped();
        RUN_OK(ws, u"resume remoteMirror primary [\"S1\"];"_s, kSecondary);
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"S1"_s, kSecondary), MirrorStatus::Synchronized, 20000);
        QCOMPARE(endpoint(ws, u"S1"_s, kSecondary)->bytesShipped() - before, quint64(written));
        QVERIFY(equalSides(ws, u"P1"_s, u"S1"_s));
        QCOMPARE(readBack(ws, u"P1"_s, kPrimary, 5 * MiB, piece), block(5 * MiB + 7, piece));
        // Back as the primary, the FlashCopy shows P1 as it was when it was taken: every grain the synchronization
        // overwrote was preserved first.
        RUN_OK(ws, u"set remoteMirror localLogicalDrive [\"P1\"] role=primary;"_s, kPrimary);
        QCOMPARE(ws.config().flashCopyOf(ws.logicalDrive(u"P1-1"_s)->id)->status, FlashCopyStatus::Optimal);
        QCOMPARE(ws.checksum(u"P1-1"_s, 0, -1, kPrimary), image);
        QVERIFY(ws.checksum(u"P1"_s, 0, -1, kPrimary) != image);
    }

    void metroShipsBeforeTheHostHears()
    {
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P1"_s, u"S1"_s, 16 * MiB, 0));
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s));
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        setLink(ws, u"roundTrip=20"_s);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 5; ++i) {
            const QByteArray data = block(100 + i, 64 * 1024);
            QVERIFY(hostWrite(ws, u"P1"_s, i * 64 * 1024, data).ok());
            // Acknowledged: the secondary has it already.
            QCOMPARE(readBack(ws, u"S1"_s, kSecondary, i * 64 * 1024, 64 * 1024), data);
        }
        // Every write waited one round trip of the link.
        QVERIFY2(timer.elapsed() >= 5 * 20, qPrintable(QString::number(timer.elapsed())));
        // A discard (TRIM) is mirrored too.
        QVERIFY(io(ws, u"P1"_s, kPrimary)->discard(0, 64 * 1024).ok());
        QCOMPARE(readBack(ws, u"S1"_s, kSecondary, 0, 64 * 1024), QByteArray(64 * 1024, '\0'));
        QVERIFY(equalSides(ws, u"P1"_s, u"S1"_s));
    }

    void linkLossOnNextWriteThenManualResume()
    {
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P1"_s, u"S1"_s, 16 * MiB, 4 * MiB));
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s));
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        setLink(ws, u"state=down"_s);
        // The status changes only on I/O (spec §3.4 status refresh caveat): no write, no change.
        QTest::qWait(1500);
        QCOMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        // The next write finds the link down: it completes, and the pair is Unsynchronized.
        QVERIFY(hostWrite(ws, u"P1"_s, 5 * MiB, block(7, 128 * 1024)).ok());
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Unsynchronized);
        QCOMPARE(eventsNamed(ws, kPrimary, u"Mirrored pair becomes unsynchronized"_s), 1);
        QCOMPARE(
            eventsNamed(ws, kPrimary,
                u"Communication error with the secondary logical drive on the secondary remote storage subsystem"_s),
            1);
        QVERIFY(ws.engine().snapshot()->needsAttention.value(ws.subsystemId(kPrimary)));
        QVERIFY(hostWrite(ws, u"P1"_s, 9 * MiB, block(8, 64 * 1024)).ok());
        QCOMPARE(endpoint(ws, u"P1"_s)->outOfSyncBytes(), 3 * 64 * 1024);
        // Resume needs the link; Manual resynchronization waits for Resume after the link returns.
        RUN_FAILS(ws, u"resume remoteMirror primary [\"P1\"];"_s, kPrimary, ErrorCode::MirrorCommunication);
        setLink(ws, u"state=up"_s);
        QTest::qWait(1500);
        QCOMPARE(status(ws, u"P1"_s), MirrorStatus::Unsynchronized);
        const quint64 before = endpoint(ws, u"P1"_s)->bytesShipped();
        RUN_OK(ws, u"resume remoteMirror primary [\"P1\"];"_s, kPrimary);
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        QCOMPARE(endpoint(ws, u"P1"_s)->bytesShipped() - before, quint64(3 * 64 * 1024)); // the delta only
        QVERIFY(equalSides(ws, u"P1"_s, u"S1"_s));
        QVERIFY(!ws.engine().snapshot()->needsAttention.value(ws.subsystemId(kPrimary)));
    }

    void automaticResyncWhenTheLinkReturns()
    {
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P1"_s, u"S1"_s, 16 * MiB, 2 * MiB));
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s, u"autoResync=enabled"_s));
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        setLink(ws, u"controller=A state=down"_s); // the owner's path only: A talks only to A
        QVERIFY(hostWrite(ws, u"P1"_s, 0, block(3, 4096)).ok());
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Unsynchronized);
        setLink(ws, u"controller=A state=up"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"P1"_s), MirrorStatus::Synchronized, 10000);
        QVERIFY(equalSides(ws, u"P1"_s, u"S1"_s));
        QCOMPARE(eventsNamed(ws, kPrimary, u"Mirrored pair resumed"_s), 1);
    }

    void secondaryFailureAndRepositoryLoss()
    {
        // §3.4: a failed secondary logical drive makes the pair Unsynchronized on the next write (delta resync once
        // it is back); losing the mirror repositories needs a full synchronization after they are restored (C7).
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P1"_s, u"S1"_s, 16 * MiB, 4 * MiB));
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s));
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        RUN_OK(ws, u"inject logicalDrive [\"S1\"] fault=writeError;"_s, kSecondary);
        QVERIFY(hostWrite(ws, u"P1"_s, 0, block(1, 4096)).ok());
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Unsynchronized);
        QVERIFY(record(ws, u"P1"_s, kPrimary)->statusReason.contains(u"secondary logical drive failed"_s));
        RUN_OK(ws, u"inject logicalDrive [\"S1\"] fault=none;"_s, kSecondary);
        quint64 before = endpoint(ws, u"P1"_s)->bytesShipped();
        RUN_OK(ws, u"resume remoteMirror primary [\"P1\"];"_s, kPrimary);
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        QCOMPARE(endpoint(ws, u"P1"_s)->bytesShipped() - before, quint64(64 * 1024)); // one grain
        QVERIFY(equalSides(ws, u"P1"_s, u"S1"_s));

        RUN_OK(ws, u"inject logicalDrive [\"CTL A Mirror Repository\"] fault=writeError;"_s, kPrimary);
        QCOMPARE(status(ws, u"P1"_s), MirrorStatus::Unsynchronized);
        QVERIFY(record(ws, u"P1"_s, kPrimary)->fullSyncNeeded);
        RUN_OK(ws, u"inject logicalDrive [\"CTL A Mirror Repository\"] fault=none;"_s, kPrimary);
        before = endpoint(ws, u"P1"_s)->bytesShipped();
        RUN_OK(ws, u"resume remoteMirror primary [\"P1\"];"_s, kPrimary);
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        QCOMPARE(endpoint(ws, u"P1"_s)->bytesShipped() - before, quint64(4 * MiB)); // everything with data, again
        QVERIFY(!record(ws, u"P1"_s, kPrimary)->fullSyncNeeded);
        QVERIFY(equalSides(ws, u"P1"_s, u"S1"_s));
    }

    void suspendResumeShipsOnlyChangedGrains()
    {
        // Done-means of issue 5: 1% of a 1 GiB primary rewritten while suspended; Resume ships exactly those grains.
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"Big"_s, u"Big 2"_s, GiB, GiB));
        QVERIFY(mirrored(ws, u"Big"_s, u"Big 2"_s, u"syncPriority=highest"_s));
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"Big"_s), MirrorStatus::Synchronized, 120000);
        QCOMPARE(endpoint(ws, u"Big"_s)->bytesShipped(), quint64(GiB));
        RUN_OK(ws, u"suspend remoteMirror primary [\"Big\"];"_s, kPrimary);
        QCOMPARE(status(ws, u"Big"_s), MirrorStatus::Suspended);
        // No contact with the secondary on suspend: its record still says Synchronized.
        QCOMPARE(status(ws, u"Big 2"_s, kSecondary), MirrorStatus::Synchronized);
        // 1% of the drive in 64 KiB-aligned pieces of 256 KiB spread over the whole drive: 41 pieces = 10.25 MiB.
        const qint64 piece = 256 * 1024;
        qint64 written = 0;
        for (qint64 offset = 0; written < GiB / 100; offset += 25 * MiB) {
            QVERIFY(hostWrite(ws, u"Big"_s, offset, block(static_cast<quint64>(offset), piece)).ok());
            written += piece;
        }
        QCOMPARE(endpoint(ws, u"Big"_s)->outOfSyncBytes(), written);
        QVERIFY(!equalSides(ws, u"Big"_s, u"Big 2"_s));
        const quint64 before = endpoint(ws, u"Big"_s)->bytesShipped();
        RUN_OK(ws, u"resume remoteMirror primary [\"Big\"];"_s, kPrimary);
        QVERIFY(record(ws, u"Big"_s, kPrimary)->secondaryInconsistent);
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"Big"_s), MirrorStatus::Synchronized, 30000);
        QCOMPARE(endpoint(ws, u"Big"_s)->bytesShipped() - before, quint64(written));
        QVERIFY(equalSides(ws, u"Big"_s, u"Big 2"_s));
        QVERIFY(!record(ws, u"Big"_s, kPrimary)->secondaryInconsistent);
    }

    void expandingMirroredDrivesSecondaryFirstThenPrimary()
    {
        // Issue 20, spec §2.5 (L8360-8366): DVE on a mirror's primary or secondary is allowed; the drive shows its
        // new capacity and the pair uses the smaller of the two. The procedure: the secondary first, then the
        // primary; the added capacity is synchronized and then mirrored like the rest.
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P"_s, u"S"_s, 64 * MiB, 64 * MiB));
        QVERIFY(mirrored(ws, u"P"_s, u"S"_s, u"syncPriority=highest"_s));
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"P"_s), MirrorStatus::Synchronized, 30000);

        RUN_OK(ws, u"set logicalDrive [\"S\"] modificationPriority=highest addCapacity=32 MB;"_s, kSecondary);
        QVERIFY(ws.waitForModifications());
        QCOMPARE(ws.logicalDrive(u"S"_s, kSecondary)->capacity, 96 * MiB);
        QCOMPARE(status(ws, u"P"_s), MirrorStatus::Synchronized); // nothing to copy yet
        QCOMPARE(endpoint(ws, u"P"_s)->grains() * 64 * KiB, 64 * MiB);
        const QJsonObject secondary = ws.run(u"show logicalDrive [\"S\"];"_s, kSecondary)
                                          .data.value(u"logicalDrives"_s)
                                          .toArray()
                                          .first()
                                          .toObject();
        QCOMPARE(secondary.value(u"usableCapacity"_s).toInteger(), 64 * MiB);
        // Past the mirrored extent the secondary's space is its own: give it old data (written as a replication
        // write would be; hosts cannot write a secondary). The synchronization of the added grains replaces it.
        const QByteArray stale = block(9, MiB);
        QVERIFY(io(ws, u"S"_s, kSecondary)
                    ->write(80 * MiB, std::span<const char>(stale.constData(), MiB), IoOrigin::Replication)
                    .ok());

        RUN_OK(ws, u"set logicalDrive [\"P\"] modificationPriority=highest addCapacity=32 MB;"_s, kPrimary);
        QVERIFY(ws.waitForModifications());
        QCOMPARE(ws.logicalDrive(u"P"_s, kPrimary)->capacity, 96 * MiB);
        QCOMPARE(endpoint(ws, u"P"_s)->grains() * 64 * KiB, 96 * MiB);
        QCOMPARE(endpoint(ws, u"S"_s, kSecondary)->grains() * 64 * KiB, 96 * MiB);
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"P"_s), MirrorStatus::Synchronized, 30000);
        QVERIFY(equalSides(ws, u"P"_s, u"S"_s));
        // The added capacity is mirrored: a write there reaches the secondary before the host hears of it.
        const QByteArray data = block(77, 64 * KiB);
        QVERIFY(hostWrite(ws, u"P"_s, 90 * MiB, data).ok());
        QCOMPARE(readBack(ws, u"S"_s, kSecondary, 90 * MiB, 64 * KiB), data);
    }

    void expandingThePrimaryFirstKeepsThePairAtTheSmallerCapacity()
    {
        // The other order: the primary shows its new capacity, but hosts cannot write past the secondary's end
        // (that data could not be mirrored); expanding the secondary then makes the space usable.
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P"_s, u"S"_s, 64 * MiB, 8 * MiB));
        QVERIFY(mirrored(ws, u"P"_s, u"S"_s, u"syncPriority=highest"_s));
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"P"_s), MirrorStatus::Synchronized, 30000);
        const CommandResult r
            = ws.run(u"set logicalDrive [\"P\"] modificationPriority=highest addCapacity=32 MB;"_s, kPrimary);
        QVERIFY2(r.ok(), qPrintable(r.error.cliLine()));
        QVERIFY(ws.waitForModifications());
        QCOMPARE(ws.logicalDrive(u"P"_s, kPrimary)->capacity, 96 * MiB);
        bool told = false;
        for (const Event& e : ws.engine().latestEvents(ws.subsystemId(kPrimary), 20)) {
            told = told
                || (e.code == EventCode::LogicalDriveCapacityIncreased && e.details.contains(u"S"_s)
                    && e.details.contains(u"until the secondary logical drive"_s));
        }
        QVERIFY(told);
        const IoStatus refused = hostWrite(ws, u"P"_s, 64 * MiB, block(1, 64 * KiB));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.reason.contains(u"usable capacity"_s), qPrintable(refused.reason));
        QVERIFY(hostWrite(ws, u"P"_s, 64 * MiB - 64 * KiB, block(2, 64 * KiB)).ok()); // the last mirrored grain
        QCOMPARE(status(ws, u"P"_s), MirrorStatus::Synchronized);

        RUN_OK(ws, u"set logicalDrive [\"S\"] modificationPriority=highest addCapacity=32 MB;"_s, kSecondary);
        QVERIFY(ws.waitForModifications());
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"P"_s), MirrorStatus::Synchronized, 30000);
        QCOMPARE(endpoint(ws, u"P"_s)->grains() * 64 * KiB, 96 * MiB);
        QVERIFY(equalSides(ws, u"P"_s, u"S"_s));
        QVERIFY(hostWrite(ws, u"P"_s, 64 * MiB, block(3, 64 * KiB)).ok());
        QCOMPARE(readBack(ws, u"S"_s, kSecondary, 64 * MiB, 64 * KiB), block(3, 64 * KiB));
        // The mirror repositories still cannot grow.
        RUN_FAILS(ws, u"set logicalDrive [\"CTL A Mirror Repository\"] addCapacity=1 GB;"_s, kPrimary,
            ErrorCode::CapacityNotIncreased);
    }

    void firmwareUpgradePrimaryFirstWithMixedFirmwareRules()
    {
        // Issue 20, spec §8.8 (Appendix A, L13511-13652) through SMcli statements: the primary's subsystem first,
        // then the secondary's; in between only mirror deletion, renaming, synchronization priority changes and
        // promotion are allowed; a subsystem that needs attention takes no download.
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P"_s, u"S"_s, 8 * MiB, MiB));
        QVERIFY(makeDrives(ws, u"P2"_s, u"S2"_s, 8 * MiB, 0));
        QVERIFY(mirrored(ws, u"P"_s, u"S"_s));
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"P"_s), MirrorStatus::Synchronized, 30000);
        RUN_FAILS(ws, u"download storageSubsystem firmware level=\"6.60\";"_s, kPrimary, ErrorCode::InvalidParameter);
        RUN_FAILS(ws, u"download storageSubsystem firmware level=\"06.60.22.00\";"_s, kSecondary,
            ErrorCode::FirmwareDownloadRefused); // the secondary's subsystem would go first
        RUN_OK(ws, u"download storageSubsystem firmware level=\"06.60.22.00\";"_s, kPrimary);
        QCOMPARE(ws.config().subsystems.value(ws.subsystemId(kPrimary)).firmware, u"06.60.22.00"_s);

        // Mixed firmware: the three allowed changes and promotion go through, the rest is refused.
        RUN_FAILS(ws,
            u"create remoteMirror primary=\"P2\" secondary=\"S2\" remoteStorageSubsystemName=\"Secondary Site\";"_s,
            kPrimary, ErrorCode::MixedFirmware);
        RUN_FAILS(ws, u"set remoteMirror localLogicalDrive [\"P\"] writeMode=asynchronous;"_s, kPrimary,
            ErrorCode::MixedFirmware);
        RUN_FAILS(ws, u"set logicalDrive [\"P\"] addCapacity=8 MB;"_s, kPrimary, ErrorCode::MixedFirmware);
        RUN_OK(ws, u"set remoteMirror localLogicalDrive [\"P\"] syncPriority=high;"_s, kPrimary);
        RUN_OK(ws, u"set logicalDrive [\"P\"] userLabel=\"P renamed\";"_s, kPrimary);
        const CommandResult mixed
            = ws.run(u"set remoteMirror localLogicalDrive [\"P renamed\"] autoResync=enabled;"_s, kPrimary);
        QVERIFY(mixed.error.message().contains(u"06.60.22.00"_s));
        QVERIFY(mixed.error.message().contains(u"Download the same firmware"_s));

        // The secondary's subsystem follows; the pairing is uniform again.
        RUN_OK(ws, u"download storageSubsystem firmware level=\"06.60.22.00\";"_s, kSecondary);
        RUN_OK(ws, u"set remoteMirror localLogicalDrive [\"P renamed\"] autoResync=enabled;"_s, kPrimary);
        RUN_FAILS(ws, u"download storageSubsystem firmware level=\"06.60.22.00\";"_s, kSecondary,
            ErrorCode::FirmwareDownloadRefused); // already there

        // A subsystem that needs attention first follows the Recovery Guru.
        setLink(ws, u"state=down"_s);
        QVERIFY(hostWrite(ws, u"P renamed"_s, 0, block(5, 64 * KiB)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"P renamed"_s), MirrorStatus::Unsynchronized, 10000);
        const CommandResult guru = ws.run(u"download storageSubsystem firmware level=\"06.60.23.00\";"_s, kPrimary);
        QCOMPARE(guru.error.code, ErrorCode::FirmwareDownloadRefused);
        QVERIFY2(guru.error.message().contains(u"Optimal"_s), qPrintable(guru.error.message()));
    }

    void suspendClearsNeedsAttentionAndResumeNeedsThePartner()
    {
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P1"_s, u"S1"_s, 8 * MiB, 1 * MiB));
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s));
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        RUN_FAILS(ws, u"resume remoteMirror primary [\"P1\"];"_s, kPrimary, ErrorCode::MirrorStateInvalid);
        RUN_FAILS(ws, u"suspend remoteMirror primary [\"S1\"];"_s, kSecondary, ErrorCode::MirrorRoleInvalid);
        setLink(ws, u"state=down"_s);
        QVERIFY(hostWrite(ws, u"P1"_s, 0, block(5, 4096)).ok());
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Unsynchronized);
        QVERIFY(ws.engine().snapshot()->needsAttention.value(ws.subsystemId(kPrimary)));
        // Suspend from Unsynchronized: no contact attempted, Needs Attention cleared (spec §2.4.8).
        RUN_OK(ws, u"suspend remoteMirror primary [\"P1\"];"_s, kPrimary);
        QCOMPARE(status(ws, u"P1"_s), MirrorStatus::Suspended);
        QVERIFY(!ws.engine().snapshot()->needsAttention.value(ws.subsystemId(kPrimary)));
        RUN_FAILS(ws, u"suspend remoteMirror primary [\"P1\"];"_s, kPrimary, ErrorCode::MirrorStateInvalid);
        setLink(ws, u"state=up"_s);
        RUN_OK(ws, u"resume remoteMirror primary [\"P1\"];"_s, kPrimary);
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        QVERIFY(equalSides(ws, u"P1"_s, u"S1"_s));
    }

    void metroNeverAcknowledgesAWriteTheSecondaryLacks()
    {
        // Invariant: under a flapping link, after every acknowledged write either the secondary holds it, or the pair
        // had already fallen out of synchronization (recorded) before the acknowledgement.
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P1"_s, u"S1"_s, 16 * MiB, 0));
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s));
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        auto ep = endpoint(ws, u"P1"_s);
        QRandomGenerator rng(42);
        int shipped = 0;
        int recorded = 0;
        for (int i = 0; i < 20; ++i) { // a steady link first
            const qint64 offset = static_cast<qint64>(rng.bounded(256)) * 64 * 1024;
            const QByteArray data = block(static_cast<quint64>(1000 + i), 16 * 1024);
            QVERIFY(hostWrite(ws, u"P1"_s, offset, data).ok());
            QCOMPARE(ep->mode(), MirrorEndpoint::Mode::Ship);
            QCOMPARE(readBack(ws, u"S1"_s, kSecondary, offset, data.size()), data);
            ++shipped;
        }
        setLink(ws, u"state=flapping flapPeriod=7 roundTrip=1"_s);
        for (int i = 0; i < 400 && ep->mode() == MirrorEndpoint::Mode::Ship; ++i) {
            const qint64 offset = static_cast<qint64>(rng.bounded(256)) * 64 * 1024;
            const QByteArray data = block(static_cast<quint64>(i + 1), 16 * 1024);
            QVERIFY(hostWrite(ws, u"P1"_s, offset, data).ok());
            if (ep->mode() == MirrorEndpoint::Mode::Ship) {
                QCOMPARE(readBack(ws, u"S1"_s, kSecondary, offset, data.size()), data);
                ++shipped;
            } else {
                // Fell to Track during this write: its grains are recorded for the resynchronization.
                QVERIFY(ep->map().bits().test(offset / (64 * 1024)));
                ++recorded;
            }
        }
        QVERIFY(shipped > 0);
        QCOMPARE(recorded, 1);
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Unsynchronized);
        setLink(ws, u"state=up"_s);
        RUN_OK(ws, u"resume remoteMirror primary [\"P1\"];"_s, kPrimary);
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        QVERIFY(equalSides(ws, u"P1"_s, u"S1"_s));
    }

    void globalCopyCatchesUpBehindTheHost()
    {
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P1"_s, u"S1"_s, 32 * MiB, 4 * MiB));
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s, u"writeMode=asynchronous"_s));
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        QCOMPARE(record(ws, u"P1"_s, kPrimary)->writeMode, MirrorWriteMode::Asynchronous);
        // A slow link: writes are acknowledged at once and shipped behind the host.
        setLink(ws, u"roundTrip=50"_s);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 20; ++i) {
            QVERIFY(hostWrite(ws, u"P1"_s, i * 128 * 1024, block(200 + i, 64 * 1024)).ok());
        }
        QVERIFY2(timer.elapsed() < 20 * 50, qPrintable(QString::number(timer.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(endpoint(ws, u"P1"_s)->outOfSyncBytes(), qint64(0), 20000);
        QTRY_VERIFY(equalSides(ws, u"P1"_s, u"S1"_s));
        QCOMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        // Losing the link is found by the shipper: Unsynchronized, and a delta resync after Resume.
        setLink(ws, u"state=down roundTrip=0"_s);
        QVERIFY(hostWrite(ws, u"P1"_s, 0, block(300, 4096)).ok());
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Unsynchronized);
        setLink(ws, u"state=up"_s);
        RUN_OK(ws, u"resume remoteMirror primary [\"P1\"];"_s, kPrimary);
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        QTRY_VERIFY(equalSides(ws, u"P1"_s, u"S1"_s));
    }

    void consistencyGroupActsTogether()
    {
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        for (int i = 1; i <= 3; ++i) {
            QVERIFY(makeDrives(ws, u"G%1"_s.arg(i), u"G%1 2"_s.arg(i), 8 * MiB, 1 * MiB));
            QVERIFY(mirrored(ws, u"G%1"_s.arg(i), u"G%1 2"_s.arg(i), u"writeMode=asynchronous writeOrder=preserved"_s));
        }
        QVERIFY(makeDrives(ws, u"Solo"_s, u"Solo 2"_s, 8 * MiB, 0));
        QVERIFY(mirrored(ws, u"Solo"_s, u"Solo 2"_s, u"writeMode=asynchronous"_s));
        for (int i = 1; i <= 3; ++i) {
            QTRY_COMPARE(status(ws, u"G%1"_s.arg(i)), MirrorStatus::Synchronized);
        }
        QVERIFY(record(ws, u"G1"_s, kPrimary)->inConsistencyGroup());
        QCOMPARE(ws.run(u"show remoteMirrors;"_s, kPrimary).data.value(u"mirrors"_s).toArray().size(), 4);
        // Suspending one member suspends the group (the console's way), not the Global Copy pair.
        RUN_OK(ws, u"suspend remoteMirror primary [\"G2\"];"_s, kPrimary);
        for (int i = 1; i <= 3; ++i) {
            QCOMPARE(status(ws, u"G%1"_s.arg(i)), MirrorStatus::Suspended);
        }
        QTRY_COMPARE(status(ws, u"Solo"_s), MirrorStatus::Synchronized);
        // The CLI can resume one member alone (writeConsistency=FALSE).
        RUN_OK(ws, u"resume remoteMirror primary [\"G1\"] writeConsistency=FALSE;"_s, kPrimary);
        QTRY_COMPARE(status(ws, u"G1"_s), MirrorStatus::Synchronized);
        QCOMPARE(status(ws, u"G2"_s), MirrorStatus::Suspended);
        RUN_OK(ws, u"resume remoteMirror primaries [\"G2\"];"_s, kPrimary);
        QTRY_COMPARE(status(ws, u"G3"_s), MirrorStatus::Synchronized);
        // One member losing its link takes the whole group to Unsynchronized.
        setLink(ws, u"state=down"_s);
        QVERIFY(hostWrite(ws, u"G3"_s, 0, block(9, 4096)).ok());
        for (int i = 1; i <= 3; ++i) {
            QTRY_COMPARE(status(ws, u"G%1"_s.arg(i)), MirrorStatus::Unsynchronized);
        }
        QVERIFY(record(ws, u"G3"_s, kPrimary)->statusReason.contains(u"cannot reach controller"_s));
        QCOMPARE(record(ws, u"G1"_s, kPrimary)->statusReason,
            u"another member of the write consistency group became unsynchronized"_s);
    }

    void aWriteIntoAFrozenGroupUnsynchronizesThePair()
    {
        // A group freezes when applying a journal entry fails. If no member was journaling by then (the failing one
        // had just left the group), nobody took the group to Unsynchronized and it stayed frozen; a member that
        // finished its synchronization afterwards journaled into it, and each write was only recorded: the pair
        // said Synchronized while its secondary missed the writes, and nothing shipped them (seen in CI in
        // tst_mirror_random). A write into a frozen group must unsynchronize the pair instead.
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"F1"_s, u"F1 2"_s, 8 * MiB, 1 * MiB));
        QVERIFY(mirrored(ws, u"F1"_s, u"F1 2"_s, u"writeMode=asynchronous writeOrder=preserved"_s));
        QTRY_COMPARE(status(ws, u"F1"_s), MirrorStatus::Synchronized);
        const auto group = ws.engine().mirrors().existingGroup(ws.subsystemId(kPrimary));
        QVERIFY(group);
        group->freeze(); // frozen with nobody told, as after the race
        QVERIFY(hostWrite(ws, u"F1"_s, 0, block(5, 4096)).ok());
        QTRY_COMPARE(status(ws, u"F1"_s), MirrorStatus::Unsynchronized);
        QVERIFY2(record(ws, u"F1"_s, kPrimary)->statusReason.contains(u"stopped applying"_s),
            qPrintable(record(ws, u"F1"_s, kPrimary)->statusReason));
        QTRY_VERIFY(!group->isFrozen()); // the engine moved every member to Track and thawed the group
        RUN_OK(ws, u"resume remoteMirror primary [\"F1\"] writeConsistency=FALSE;"_s, kPrimary);
        QTRY_COMPARE(status(ws, u"F1"_s), MirrorStatus::Synchronized);
        QVERIFY(hostWrite(ws, u"F1"_s, 8192, block(6, 4096)).ok());
        QTRY_COMPARE(group->pendingEntries(), qint64(0));
        QVERIFY(equalSides(ws, u"F1"_s, u"F1 2"_s));
    }

    void consistencyGroupSecondariesShowOneCommonMoment()
    {
        // The write-order checker: random writes across three members under link flaps and latency. At every sampled
        // moment when no member reports an inconsistent secondary, the three secondaries equal the primaries as of
        // one earlier common point of the write sequence: never a write without every write that preceded it.
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        constexpr qint64 kBlock = 4096;
        constexpr int kBlocks = 64; // per member
        const QStringList members {u"W1"_s, u"W2"_s, u"W3"_s};
        for (const QString& m : members) {
            QVERIFY(makeDrives(ws, m, m + u" 2"_s, 1 * MiB, 0));
            QVERIFY(mirrored(ws, m, m + u" 2"_s, u"writeMode=asynchronous writeOrder=preserved autoResync=enabled"_s));
        }
        for (const QString& m : members) {
            QTRY_COMPARE(status(ws, m), MirrorStatus::Synchronized);
        }
        setLink(ws, u"state=flapping flapPeriod=60 roundTrip=2"_s);
        // History: for each (member, block), the sequence numbers written to it, in order.
        std::map<std::pair<int, int>, std::vector<quint64>> history;
        QRandomGenerator rng(7);
        quint64 seq = 0;
        int checked = 0;
        int frozenSeen = 0;
        auto group = ws.engine().mirrors().existingGroup(ws.subsystemId(kPrimary));
        QVERIFY(group);
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 6000 || checked < 20) {
            for (int w = 0; w < 20; ++w) {
                const int member = static_cast<int>(rng.bounded(3));
                const int b = static_cast<int>(rng.bounded(kBlocks));
                ++seq;
                QVERIFY(hostWrite(ws, members[member], b * kBlock, block(seq, kBlock)).ok());
                history[{member, b}].push_back(seq);
            }
            QCoreApplication::processEvents(); // the engine hears of failures, resynchronizations start and end
            bool inconsistent = false;
            bool frozen = false;
            for (const QString& m : members) {
                const Mirror* r = record(ws, m, kPrimary);
                inconsistent = inconsistent || r->secondaryInconsistent || r->status == MirrorStatus::Synchronizing;
                frozen = frozen || r->status == MirrorStatus::Unsynchronized;
            }
            if (inconsistent) {
                continue; // a resynchronization after an interruption: the secondaries say they are inconsistent
            }
            auto hold = group->holdApplier();
            quint64 low = 0;                                    // k must be at least every applied stamp
            quint64 high = std::numeric_limits<quint64>::max(); // and below every next write after it
            for (int member = 0; member < 3; ++member) {
                const QByteArray image = readBack(ws, members[member] + u" 2"_s, kSecondary, 0, kBlocks * kBlock);
                QCOMPARE(image.size(), kBlocks * kBlock);
                for (int b = 0; b < kBlocks; ++b) {
                    const quint64 v = stampOf(image.mid(b * kBlock, 8));
                    const std::vector<quint64>& writes = history[{member, b}];
                    if (v != 0) {
                        QVERIFY2(std::find(writes.begin(), writes.end(), v) != writes.end(), "a stamp never written");
                    }
                    low = std::max(low, v);
                    const auto next = std::upper_bound(writes.begin(), writes.end(), v);
                    if (next != writes.end()) {
                        high = std::min(high, *next - 1);
                    }
                }
            }
            QVERIFY2(low <= high,
                qPrintable(
                    u"no common point: a secondary holds write %1 but misses write %2"_s.arg(low).arg(high + 1)));
            ++checked;
            frozenSeen += frozen ? 1 : 0;
        }
        QVERIFY(checked >= 20);
        QVERIFY2(frozenSeen > 0, "the link flaps never froze the group");
        setLink(ws, u"state=up"_s);
        for (const QString& m : members) {
            QTRY_COMPARE_WITH_TIMEOUT(status(ws, m), MirrorStatus::Synchronized, 20000);
        }
        QTRY_COMPARE(group->pendingEntries(), qint64(0));
        for (const QString& m : members) {
            QVERIFY(equalSides(ws, m, m + u" 2"_s));
        }
    }

    void plannedRoleSwapMovesFlashCopiesAndVolumeCopies()
    {
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P1"_s, u"S1"_s, 16 * MiB, 4 * MiB));
        RUN_OK(ws, u"create logicalDrive array=1 userLabel=\"Copy\" capacity=16 MB;"_s, kPrimary);
        RUN_OK(ws, u"create FlashCopyLogicalDrive baseLogicalDrive=\"P1\";"_s, kPrimary);
        const QString image = ws.checksum(u"P1-1"_s, 0, -1, kPrimary);
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s));
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        RUN_OK(ws, u"set storageSubsystem copyBandwidth=1 MB;"_s, kPrimary); // keep the VolumeCopy running
        RUN_OK(ws, u"create volumeCopy source=\"P1\" target=\"Copy\";"_s, kPrimary);
        // Demote the primary with the partner reachable: the partner is promoted at once.
        RUN_OK(ws, u"set remoteMirror localLogicalDrive [\"P1\"] role=secondary;"_s, kPrimary);
        QCOMPARE(record(ws, u"P1"_s, kPrimary)->role, MirrorRole::Secondary);
        QCOMPARE(record(ws, u"S1"_s, kSecondary)->role, MirrorRole::Primary);
        QCOMPARE(status(ws, u"S1"_s, kSecondary), MirrorStatus::Synchronized); // nothing was left to copy
        QCOMPARE(endpoint(ws, u"S1"_s, kSecondary)->mode(), MirrorEndpoint::Mode::Ship);
        // The demoted drive's FlashCopy fails, its VolumeCopy fails with Event 6600; hosts write the new primary.
        const FlashCopy* fc = ws.config().flashCopyOf(ws.logicalDrive(u"P1-1"_s)->id);
        QCOMPARE(fc->status, FlashCopyStatus::Failed);
        QVERIFY(fc->failedByMirrorRole);
        QCOMPARE(ws.config().volumeCopyTargeting(ws.logicalDrive(u"Copy"_s)->id)->status, VolumeCopyStatus::Failed);
        QCOMPARE(eventsNamed(ws, kPrimary, u"VolumeCopy Operation Failed"_s), 1);
        RUN_FAILS(ws, u"recopy volumeCopy target [\"Copy\"];"_s, kPrimary, ErrorCode::VolumeCopyCandidateInvalid);
        QCOMPARE(eventsNamed(ws, kSecondary, u"Mirror role changed"_s), 1);
        QByteArray buf(4096, 'y');
        QCOMPARE(io(ws, u"P1"_s, kPrimary)->write(0, std::span<const char>(buf.constData(), 4096)).error, EPERM);
        QVERIFY(io(ws, u"S1"_s, kSecondary)->write(0, std::span<const char>(buf.constData(), 4096)).ok());
        // Mirrored the other way round, into the demoted drive, while its FlashCopy keeps its image.
        QCOMPARE(readBack(ws, u"P1"_s, kPrimary, 0, 4096), buf);
        QVERIFY(equalSides(ws, u"P1"_s, u"S1"_s));
        // Promote it back: the FlashCopy is Optimal again with its original point-in-time image.
        RUN_OK(ws, u"set remoteMirror localLogicalDrive [\"P1\"] role=primary;"_s, kPrimary);
        QCOMPARE(record(ws, u"P1"_s, kPrimary)->role, MirrorRole::Primary);
        fc = ws.config().flashCopyOf(ws.logicalDrive(u"P1-1"_s)->id);
        QCOMPARE(fc->status, FlashCopyStatus::Optimal);
        QCOMPARE(ws.checksum(u"P1-1"_s, 0, -1, kPrimary), image);
        // Conflict C14: Re-Copy is possible again once the source is a primary.
        RUN_OK(ws, u"recopy volumeCopy target [\"Copy\"];"_s, kPrimary);
    }

    void volumeCopyOntoAPrimaryIsMirrored()
    {
        // An RM primary is a valid VolumeCopy target (spec §2.3.1): what the copy writes reaches the secondary too.
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P1"_s, u"S1"_s, 16 * MiB, 1 * MiB));
        RUN_OK(ws,
            u"create logicalDrive array=1 userLabel=\"Source\" capacity=16 MB;"
            "write logicalDrive [\"Source\"] offset=0 length=16777216 seed=5;"_s,
            kPrimary);
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s));
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        RUN_OK(ws, u"create volumeCopy source=\"Source\" target=\"P1\";"_s, kPrimary);
        QTRY_COMPARE(
            ws.config().volumeCopyTargeting(ws.logicalDrive(u"P1"_s)->id)->status, VolumeCopyStatus::Completed);
        QCOMPARE(ws.checksum(u"P1"_s, 0, -1, kPrimary), ws.checksum(u"Source"_s, 0, -1, kPrimary));
        QCOMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        QVERIFY(equalSides(ws, u"P1"_s, u"S1"_s));
    }

    void forcedPromotionGivesDualPrimaryAndRecovers()
    {
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P1"_s, u"S1"_s, 16 * MiB, 4 * MiB));
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s));
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        QTRY_COMPARE(status(ws, u"S1"_s, kSecondary), MirrorStatus::Synchronized);
        setLink(ws, u"state=down"_s);
        // Without force the promotion is refused with the warning; with force both drives are primaries.
        RUN_FAILS(ws, u"set remoteMirror localLogicalDrive [\"S1\"] role=primary;"_s, kSecondary,
            ErrorCode::MirrorCommunication);
        RUN_OK(ws, u"set remoteMirror localLogicalDrive [\"S1\"] role=primary force=TRUE;"_s, kSecondary);
        QCOMPARE(status(ws, u"S1"_s, kSecondary), MirrorStatus::DualPrimary);
        QCOMPARE(eventsNamed(ws, kSecondary, u"Dual-role conflict detected"_s), 1);
        // Both sides take host writes now.
        QVERIFY(hostWrite(ws, u"P1"_s, 0, block(1, 64 * 1024)).ok());
        QVERIFY(
            io(ws, u"S1"_s, kSecondary)->write(MiB, std::span<const char>(block(2, 65536).constData(), 65536)).ok());
        // Conflict C8: changing the role of a dual primary is refused while the link is down.
        RUN_FAILS(ws, u"set remoteMirror localLogicalDrive [\"P1\"] role=secondary;"_s, kPrimary,
            ErrorCode::MirrorCommunication);
        setLink(ws, u"state=up"_s);
        // The old primary learns of the conflict once the subsystems talk: logged on both subsystems.
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"P1"_s), MirrorStatus::DualPrimary, 5000);
        QCOMPARE(eventsNamed(ws, kPrimary, u"Dual-role conflict detected"_s), 1);
        // The pair was Synchronized at the split: demote one side and it resynchronizes from the other.
        RUN_OK(ws, u"set remoteMirror localLogicalDrive [\"P1\"] role=secondary;"_s, kPrimary);
        QCOMPARE(record(ws, u"P1"_s, kPrimary)->role, MirrorRole::Secondary);
        QTRY_COMPARE(status(ws, u"S1"_s, kSecondary), MirrorStatus::Synchronized);
        QVERIFY(equalSides(ws, u"P1"_s, u"S1"_s));
        // The surviving primary's write is kept; the demoted side's write since the split is overwritten.
        QCOMPARE(readBack(ws, u"P1"_s, kPrimary, MiB, 65536), block(2, 65536));
        QCOMPARE(readBack(ws, u"P1"_s, kPrimary, 0, 65536), readBack(ws, u"S1"_s, kSecondary, 0, 65536));
    }

    void forcedDemotionGivesDualSecondary()
    {
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P1"_s, u"S1"_s, 16 * MiB, 4 * MiB));
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s));
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        setLink(ws, u"state=down"_s);
        RUN_OK(ws, u"set remoteMirror localLogicalDrive [\"P1\"] role=secondary force=TRUE;"_s, kPrimary);
        QCOMPARE(status(ws, u"P1"_s), MirrorStatus::DualSecondary);
        QByteArray buf(4096, 'z');
        QCOMPARE(io(ws, u"P1"_s, kPrimary)->write(0, std::span<const char>(buf.constData(), 4096)).error, EPERM);
        setLink(ws, u"state=up"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"S1"_s, kSecondary), MirrorStatus::DualSecondary, 5000);
        RUN_FAILS(ws, u"set remoteMirror localLogicalDrive [\"P1\"] role=secondary;"_s, kPrimary,
            ErrorCode::MirrorRoleInvalid);
        RUN_OK(ws, u"set remoteMirror localLogicalDrive [\"S1\"] role=primary;"_s, kSecondary);
        QTRY_COMPARE(status(ws, u"S1"_s, kSecondary), MirrorStatus::Synchronized);
        QCOMPARE(record(ws, u"P1"_s, kPrimary)->role, MirrorRole::Secondary);
        QVERIFY(equalSides(ws, u"P1"_s, u"S1"_s));
    }

    void dualPrimaryDuringTheInitialSyncMustBeRecreated()
    {
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P1"_s, u"S1"_s, 64 * MiB, 64 * MiB));
        setLink(ws, u"bandwidth=4 MB"_s);
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s));
        QTest::qWait(300);
        QCOMPARE(status(ws, u"S1"_s, kSecondary), MirrorStatus::Synchronizing);
        setLink(ws, u"state=down"_s);
        // The secondary held half a copy when it was forced to primary.
        RUN_OK(ws, u"set remoteMirror localLogicalDrive [\"S1\"] role=primary force=TRUE;"_s, kSecondary);
        QVERIFY(!record(ws, u"S1"_s, kSecondary)->synchronizedAtSplit);
        setLink(ws, u"state=up bandwidth=0"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"P1"_s), MirrorStatus::DualPrimary, 5000);
        // Not Synchronized at the split: neither side can be trusted; remove on both and create again.
        const CommandResult r = ws.run(u"set remoteMirror localLogicalDrive [\"P1\"] role=secondary;"_s, kPrimary);
        QCOMPARE(r.error.code, ErrorCode::MirrorStateInvalid);
        QVERIFY(r.error.message().contains(u"remove the mirror relationship on both storage subsystems"_s));
        RUN_OK(ws, u"remove remoteMirror localLogicalDrive [\"P1\"];"_s, kPrimary);
        QVERIFY(record(ws, u"P1"_s, kPrimary) == nullptr);
        QVERIFY(record(ws, u"S1"_s, kSecondary) == nullptr); // reachable: both sides removed
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s));
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"P1"_s), MirrorStatus::Synchronized, 20000);
        QVERIFY(equalSides(ws, u"P1"_s, u"S1"_s));
    }

    void dualPrimaryAfterALinkLossRecoversByDelta()
    {
        // The primary fell Unsynchronized on a write before the secondary was forced: the secondary still held a
        // consistent (older) image, so demoting one side resynchronizes what either side wrote.
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P1"_s, u"S1"_s, 16 * MiB, 4 * MiB));
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s));
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        setLink(ws, u"state=down"_s);
        QVERIFY(hostWrite(ws, u"P1"_s, 0, block(1, 4096)).ok());
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Unsynchronized);
        RUN_OK(ws, u"set remoteMirror localLogicalDrive [\"S1\"] role=primary force=TRUE;"_s, kSecondary);
        QVERIFY(
            io(ws, u"S1"_s, kSecondary)->write(2 * MiB, std::span<const char>(block(2, 4096).constData(), 4096)).ok());
        setLink(ws, u"state=up"_s);
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::DualPrimary);
        RUN_OK(ws, u"set remoteMirror localLogicalDrive [\"S1\"] role=secondary;"_s, kSecondary);
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        QVERIFY(equalSides(ws, u"P1"_s, u"S1"_s));
        QCOMPARE(readBack(ws, u"S1"_s, kSecondary, 0, 4096), block(1, 4096));
        QCOMPARE(readBack(ws, u"S1"_s, kSecondary, 2 * MiB, 4096), readBack(ws, u"P1"_s, kPrimary, 2 * MiB, 4096));
    }

    void oneSidedRemovalLeavesAnUnresponsivePrimary()
    {
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P1"_s, u"S1"_s, 8 * MiB, 1 * MiB));
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s));
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        setLink(ws, u"state=down"_s);
        RUN_OK(ws, u"remove remoteMirror localLogicalDrive [\"S1\"];"_s, kSecondary);
        QVERIFY(record(ws, u"S1"_s, kSecondary) == nullptr);
        // The secondary is a standard drive again: hosts may write it.
        QByteArray buf(4096, 'q');
        QVERIFY(io(ws, u"S1"_s, kSecondary)->write(0, std::span<const char>(buf.constData(), 4096)).ok());
        setLink(ws, u"state=up"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"P1"_s), MirrorStatus::Unresponsive, 5000);
        QVERIFY(ws.engine().snapshot()->needsAttention.value(ws.subsystemId(kPrimary)));
        RUN_FAILS(ws, u"resume remoteMirror primary [\"P1\"];"_s, kPrimary, ErrorCode::MirrorStateInvalid);
        RUN_OK(ws, u"remove remoteMirror localLogicalDrive [\"P1\"];"_s, kPrimary);
        QVERIFY(record(ws, u"P1"_s, kPrimary) == nullptr);
        QVERIFY(!ws.engine().snapshot()->needsAttention.value(ws.subsystemId(kPrimary)));
    }

    void oneSidedRemovalOnThePrimaryLeavesAnUnresponsiveSecondary()
    {
        // Issue 20: the orphan is reported on the secondary side too, not left "Synchronized".
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P1"_s, u"S1"_s, 8 * MiB, 1 * MiB));
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s));
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        setLink(ws, u"state=down"_s);
        RUN_OK(ws, u"remove remoteMirror localLogicalDrive [\"P1\"];"_s, kPrimary);
        QVERIFY(record(ws, u"P1"_s, kPrimary) == nullptr);
        setLink(ws, u"state=up"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            record(ws, u"S1"_s, kSecondary) ? record(ws, u"S1"_s, kSecondary)->status : MirrorStatus::Synchronized,
            MirrorStatus::Unresponsive, 5000);
        QVERIFY(ws.engine().snapshot()->needsAttention.value(ws.subsystemId(kSecondary)));
        bool logged = false;
        for (const Event& e : ws.engine().latestEvents(ws.subsystemId(kSecondary), 20)) {
            logged = logged || (e.code == EventCode::MirrorUnsynchronized && e.details.contains(u"Unresponsive"_s));
        }
        QVERIFY(logged);
        // Still a secondary until removed there: hosts cannot write it; removing it frees it.
        QByteArray buf(4096, 'q');
        QVERIFY(!io(ws, u"S1"_s, kSecondary)->write(0, std::span<const char>(buf.constData(), 4096)).ok());
        RUN_OK(ws, u"remove remoteMirror localLogicalDrive [\"S1\"];"_s, kSecondary);
        QVERIFY(io(ws, u"S1"_s, kSecondary)->write(0, std::span<const char>(buf.constData(), 4096)).ok());
        QVERIFY(!ws.engine().snapshot()->needsAttention.value(ws.subsystemId(kSecondary)));
    }

    void deletingThePrimaryRemovesTheRelationship()
    {
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P1"_s, u"S1"_s, 8 * MiB, 1 * MiB));
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s));
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        RUN_OK(ws, u"delete logicalDrive [\"P1\"];"_s, kPrimary);
        QVERIFY(record(ws, u"S1"_s, kSecondary) == nullptr);
        RUN_OK(ws, u"delete logicalDrive [\"S1\"];"_s, kSecondary);
        QVERIFY(ws.config().mirrors.isEmpty());
    }

    void ownershipFollowsThePrimaryAndPicksThePath()
    {
        // Spec §3.5: controller A talks only to A, B only to B; the secondary's owner follows the primary's and cannot
        // be changed by hand.
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P1"_s, u"S1"_s, 8 * MiB, 1 * MiB));
        RUN_OK(ws, u"set logicalDrive [\"P1\"] owner=a;"_s, kPrimary);
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s));
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        QCOMPARE(ws.logicalDrive(u"S1"_s, kSecondary)->currentOwner, u"A"_s);
        RUN_FAILS(ws, u"set logicalDrive [\"S1\"] owner=b;"_s, kSecondary, ErrorCode::MirrorRoleInvalid);
        setLink(ws, u"controller=B state=down"_s);
        QVERIFY(hostWrite(ws, u"P1"_s, 0, block(1, 4096)).ok()); // path A carries it
        QCOMPARE(readBack(ws, u"S1"_s, kSecondary, 0, 4096), block(1, 4096));
        QCOMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        RUN_OK(ws, u"set logicalDrive [\"P1\"] owner=b;"_s, kPrimary);
        QVERIFY(hostWrite(ws, u"P1"_s, 0, block(2, 4096)).ok()); // now on path B, which is down
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Unsynchronized);
        QVERIFY(record(ws, u"P1"_s, kPrimary)->statusReason.contains(u"controller B"_s));
    }

    void communicationTest()
    {
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P1"_s, u"S1"_s, 8 * MiB, 0));
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s));
        setLink(ws, u"roundTrip=1 maxRoundTrip=10"_s);
        CommandResult r = ws.run(u"diagnose remoteMirror primary [\"P1\"] testID=connectivity;"_s, kPrimary);
        QVERIFY(r.ok());
        QCOMPARE(r.data.value(u"status"_s).toString(), u"Passed"_s);
        QVERIFY(r.data.value(u"averageRoundTripMicros"_s).toInteger() >= 1000);
        QCOMPARE(r.data.value(u"maxAllowedRoundTripMicros"_s).toInteger(), 10000);
        // Round trip approaching the maximum: "Passed with Caution" (conflict C20).
        setLink(ws, u"roundTrip=8"_s);
        r = ws.run(u"diagnose remoteMirror localLogicalDrive [\"S1\"] testID=connectivity;"_s, kSecondary);
        QCOMPARE(r.data.value(u"status"_s).toString(), u"Passed with Caution"_s);
        // A failed test keeps probing in the background until communication returns.
        setLink(ws, u"controller=A state=down roundTrip=1"_s);
        r = ws.run(u"diagnose remoteMirror primary [\"P1\"] testID=connectivity;"_s, kPrimary);
        QCOMPARE(r.data.value(u"status"_s).toString(), u"Failed"_s);
        // Issue 20: a Failed result points to recovery — the path, the partner, resume, the site failover.
        const QJsonArray recovery = r.data.value(u"recovery"_s).toArray();
        QCOMPARE(recovery.size(), 4);
        QVERIFY(recovery.at(0).toString().contains(u"controller A"_s));
        QVERIFY(recovery.at(2).toString().contains(u"resume remoteMirror primary [\"P1\"]"_s));
        QTRY_VERIFY(ws.engine().mirrors().probing().contains(ws.logicalDrive(u"P1"_s)->id));
        setLink(ws, u"controller=A state=up"_s);
        QTRY_COMPARE_WITH_TIMEOUT(eventsNamed(ws, kPrimary, u"Remote mirror communication restored"_s), 1, 5000);
        QVERIFY(!ws.engine().mirrors().probing().contains(ws.logicalDrive(u"P1"_s)->id));
        RUN_FAILS(
            ws, u"diagnose remoteMirror primary [\"P1\"] testID=latency;"_s, kPrimary, ErrorCode::InvalidParameter);
    }

    void limitsPerModel()
    {
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        // The Secondary Site is a DS4700: 32 mirrored logical drives in either role.
        QString primaries;
        QString secondaries;
        for (int i = 0; i < 33; ++i) {
            primaries += u"create logicalDrive array=2 userLabel=\"L%1\" capacity=1 MB;"_s.arg(i);
            secondaries += u"create logicalDrive array=2 userLabel=\"R%1\" capacity=1 MB;"_s.arg(i);
        }
        RUN_OK(ws, primaries, kPrimary);
        RUN_OK(ws, secondaries, kSecondary);
        for (int i = 0; i < 32; ++i) {
            QVERIFY(mirrored(ws, u"L%1"_s.arg(i), u"R%1"_s.arg(i)));
        }
        const CommandResult r = ws.run(
            u"create remoteMirror primary=\"L32\" secondary=\"R32\" remoteStorageSubsystemName=\"Secondary Site\";"_s,
            kPrimary);
        QCOMPARE(r.error.code, ErrorCode::MirrorLimit);
        QVERIFY(r.error.message().contains(u"DS4700"_s));
    }

    void restartKeepsWhatTheSecondaryNeverConfirmed()
    {
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P1"_s, u"S1"_s, 16 * MiB, 2 * MiB));
        QVERIFY(makeDrives(ws, u"P2"_s, u"S2"_s, 64 * MiB, 64 * MiB));
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s));
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        setLink(ws, u"state=down"_s);
        QVERIFY(hostWrite(ws, u"P1"_s, 3 * MiB, block(4, 192 * 1024)).ok());
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Unsynchronized);
        // A slow full synchronization that is still running when the engine stops.
        setLink(ws, u"state=up bandwidth=4 MB"_s);
        QVERIFY(mirrored(ws, u"P2"_s, u"S2"_s));
        QTest::qWait(300);
        QCOMPARE(status(ws, u"P2"_s), MirrorStatus::Synchronizing);
        QVERIFY(ws.reopen().isError() == false);
        QCOMPARE(status(ws, u"P1"_s), MirrorStatus::Unsynchronized);
        QCOMPARE(endpoint(ws, u"P1"_s)->outOfSyncBytes(), 192 * 1024);
        QCOMPARE(status(ws, u"P2"_s), MirrorStatus::Synchronizing); // resumes after the restart
        setLink(ws, u"bandwidth=0"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"P2"_s), MirrorStatus::Synchronized, 30000);
        QVERIFY(equalSides(ws, u"P2"_s, u"S2"_s));
        RUN_OK(ws, u"resume remoteMirror primary [\"P1\"];"_s, kPrimary);
        QTRY_COMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        QVERIFY(equalSides(ws, u"P1"_s, u"S1"_s));
    }

    void onlineVerifyFindsExactlyTheCorruptedGrainsWhileHostsWrite()
    {
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P1"_s, u"S1"_s, 32 * MiB, 32 * MiB));
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s, u"syncPriority=highest"_s));
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"P1"_s), MirrorStatus::Synchronized, 30000);
        RUN_OK(ws, u"check remoteMirror localLogicalDrive [\"P1\"];"_s, kPrimary);
        // Three grains of the secondary go bad behind the mirror's back (a lost write, a bit flip on its disk).
        const qint64 grain = endpoint(ws, u"P1"_s)->grainSize();
        const QList<qint64> bad {3 * grain, 100 * grain + 4096, 511 * grain + grain - 1};
        for (const qint64 at : bad) {
            QVERIFY(io(ws, u"S1"_s, kSecondary)->write(at, std::span<const char>("X", 1), IoOrigin::Replication).ok());
        }
        // A host keeps writing other grains of the primary all through the check: no false difference may come of it.
        std::atomic<bool> stop {false};
        std::atomic<int> writes {0};
        auto primary = io(ws, u"P1"_s, kPrimary);
        std::thread host([&]() {
            quint64 n = 0;
            while (!stop.load()) {
                const qint64 g = static_cast<qint64>((n * 7919) % 512);
                if (g != 3 && g != 100 && g != 511) {
                    const QByteArray data = block(n, 16384);
                    if (primary->write(g * grain + 8192, std::span<const char>(data.constData(), 16384)).ok()) {
                        ++writes;
                    }
                }
                ++n;
            }
        });
        // The check starts once the host is writing (it once finished before the thread's first write, under load).
        QElapsedTimer waited;
        waited.start();
        while (writes.load() == 0 && waited.elapsed() < 10000) {
            std::this_thread::yield();
        }
        const auto link = ws.engine().mirrors().endpoint(ws.logicalDrive(u"P1"_s)->id)->route().link;
        const auto channel = link ? link->channel() : nullptr;
        QCOMPARE(channel != nullptr, kTransport == u"tcp"_s);
        const quint64 receivedBefore = channel ? channel->bytesReceived() : 0;
        const CommandResult found = ws.run(u"check remoteMirror localLogicalDrive [\"P1\"];"_s, kPrimary);
        stop = true;
        host.join();
        QVERIFY2(found.ok(), qPrintable(found.error.cliLine()));
        if (channel) {
            // Over TCP the secondary sends a checksum per grain, not its 32 MiB: 4 bytes for each of 512 grains.
            const quint64 received = channel->bytesReceived() - receivedBefore;
            QVERIFY2(received < 64 * KiB, qPrintable(u"%1 bytes came back over the wire"_s.arg(received)));
            QVERIFY(received >= 512 * 4);
        }
        QVERIFY(writes.load() > 0);
        QCOMPARE(found.data.value(u"differing"_s).toInteger(), 3);
        QVariantList offsets;
        for (const qint64 at : bad) {
            offsets.append(at / grain * grain);
        }
        QCOMPARE(found.data.value(u"differingOffsets"_s).toArray().toVariantList(), offsets);
        QCOMPARE(found.data.value(u"compared"_s).toInteger() + found.data.value(u"busy"_s).toInteger()
                + found.data.value(u"outOfSync"_s).toInteger(),
            512);
        QTRY_COMPARE(eventsNamed(ws, kPrimary, u"Mirror verification found differences"_s), 1);
        QCOMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized); // found, not repaired
        // Repaired: the differing grains are resynchronized and the sides are equal again.
        const CommandResult repaired
            = ws.run(u"check remoteMirror localLogicalDrive [\"P1\"] repair=TRUE;"_s, kPrimary);
        QVERIFY2(repaired.ok(), qPrintable(repaired.error.cliLine()));
        QCOMPARE(repaired.data.value(u"differing"_s).toInteger(), 3);
        QTRY_COMPARE(eventsNamed(ws, kPrimary, u"Mirror verification found differences"_s), 2);
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"P1"_s), MirrorStatus::Synchronized, 30000);
        QVERIFY(equalSides(ws, u"P1"_s, u"S1"_s));
        QCOMPARE(ws.run(u"check remoteMirror localLogicalDrive [\"P1\"];"_s, kPrimary)
                     .data.value(u"differing"_s)
                     .toInteger(),
            0);
        // Refused with the reason: from the secondary, and on a suspended pair.
        RUN_FAILS(ws, u"check remoteMirror localLogicalDrive [\"S1\"];"_s, kSecondary, ErrorCode::MirrorRoleInvalid);
        RUN_OK(ws, u"suspend remoteMirror primary [\"P1\"];"_s, kPrimary);
        RUN_FAILS(ws, u"check remoteMirror localLogicalDrive [\"P1\"];"_s, kPrimary, ErrorCode::MirrorStateInvalid);
    }

    void rateShowsTheBytesTheLinkCarriesNotTheHolesPassed()
    {
        // A drive with 64 KiB of data in every MiB, synchronized over a 4 MB/s link: the holes cost the link nothing,
        // so the copy pointer passes the drive about 16x faster than the link carries bytes. The rate shown is what
        // the link carries (it once showed the pointer's speed: 61-69 MB/s on a 10 MB/s link), the ETA still comes.
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P1"_s, u"S1"_s, 96 * MiB, 0));
        QString writes;
        for (qint64 at = 0; at < 96 * MiB; at += MiB) {
            writes += u"write logicalDrive [\"P1\"] offset=%1 length=65536 seed=%2;"_s.arg(at).arg(at / MiB + 1);
        }
        QVERIFY(ws.run(writes, kPrimary).ok());
        setLink(ws, u"bandwidth=4 MB"_s);
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s, u"syncPriority=highest"_s));
        const ObjectId id = ws.logicalDrive(u"P1"_s)->id;
        double fastest = 0;
        bool sawEta = false;
        while (status(ws, u"P1"_s) == MirrorStatus::Synchronizing) {
            ws.engine().refreshRuntimeNow();
            const MirrorRuntime rt = ws.engine().snapshot()->mirrors.value(id);
            fastest = std::max(fastest, rt.bytesPerSecond);
            sawEta = sawEta || rt.etaSeconds >= 0;
            QTest::qWait(100);
        }
        QCOMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        QVERIFY(sawEta);
        QVERIFY2(fastest > 0 && fastest <= 1.3 * 4 * MiB, qPrintable(u"shown rate %1 B/s"_s.arg(fastest)));
        QVERIFY(equalSides(ws, u"P1"_s, u"S1"_s));
    }

    void progressNeverGoesBackwardsAndShowsRate()
    {
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        QVERIFY(makeDrives(ws, u"P1"_s, u"S1"_s, 64 * MiB, 64 * MiB));
        setLink(ws, u"bandwidth=16 MB"_s);
        QVERIFY(mirrored(ws, u"P1"_s, u"S1"_s, u"syncPriority=highest"_s));
        double last = -1;
        bool sawRate = false;
        const ObjectId id = ws.logicalDrive(u"P1"_s)->id;
        while (status(ws, u"P1"_s) == MirrorStatus::Synchronizing) {
            // Host writes behind the copy pointer add work; the shown progress must still never go back.
            QVERIFY(hostWrite(ws, u"P1"_s, 0, block(1, 65536)).ok());
            ws.engine().refreshRuntimeNow();
            const MirrorRuntime rt = ws.engine().snapshot()->mirrors.value(id);
            if (rt.progressPercent >= 0) {
                QVERIFY2(rt.progressPercent >= last, qPrintable(u"%1 < %2"_s.arg(rt.progressPercent).arg(last)));
                QVERIFY(rt.progressPercent < 100);
                last = rt.progressPercent;
                sawRate = sawRate || (rt.bytesPerSecond > 0 && rt.etaSeconds >= 0);
            }
            QTest::qWait(100);
        }
        QVERIFY(sawRate);
        QCOMPARE(status(ws, u"P1"_s), MirrorStatus::Synchronized);
        ws.engine().refreshRuntimeNow();
        QCOMPARE(ws.engine().snapshot()->mirrors.value(id).progressPercent, -1.0);
        QVERIFY(equalSides(ws, u"P1"_s, u"S1"_s));
    }
};

QTEST_GUILESS_MAIN(TestMirror)
#include "tst_mirror.moc"
