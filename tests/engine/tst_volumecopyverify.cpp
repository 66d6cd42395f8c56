// SPDX-License-Identifier: GPL-3.0-or-later
// Online verification of a completed VolumeCopy (issue 19): check volumeCopy compares the target with its source
// grain by grain, leaves out every grain written on either drive since the copy's point in time (the pair's write
// record), reports damage and repairs it from the source without ever giving the target bytes of a later time; the
// record survives a restart; the refusals say what to do; hosts writing meanwhile cause no false difference.
#include "copy/writerecord.h"
#include "families/ds4000/scriptformatter.h"
#include "storage/volumefile.h"
#include "testworkspace.h"
#include "util/bytesize.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <random>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using Copyline::Test::TestWorkspace;

#define RUN_OK(ws, script)                                                                                             \
    do {                                                                                                               \
        const CommandResult r_ = (ws).run(script);                                                                     \
        QVERIFY2(r_.ok(), qPrintable(r_.error.cliLine()));                                                             \
    } while (false)

namespace
{

constexpr qint64 kGrain = 64 * 1024;

const VolumeCopy* pair(TestWorkspace& ws, const QString& target)
{
    const LogicalDrive* ld = ws.logicalDrive(target);
    return ld ? ws.config().volumeCopyTargeting(ld->id) : nullptr;
}

std::shared_ptr<VolumeIo> io(TestWorkspace& ws, const QString& name)
{
    return ws.engine().volumes().find(ws.logicalDrive(name)->id);
}

QByteArray grainOf(TestWorkspace& ws, const QString& name, qint64 grain)
{
    QByteArray buf(kGrain, '\0');
    const IoStatus st = io(ws, name)->backend()->read(grain * kGrain, std::span<char>(buf.data(), buf.size()));
    return st.ok() ? buf : QByteArray();
}

/** Silent damage: bytes changed under the drive, past every hook (a bad disk, not a write). */
bool damage(TestWorkspace& ws, const QString& name, qint64 grain)
{
    const QByteArray junk(4096, '\x5a');
    return io(ws, name)
        ->backend()
        ->write(grain * kGrain + 1000, std::span<const char>(junk.constData(), junk.size()))
        .ok();
}

QList<Event> eventsSince(TestWorkspace& ws, qint64 after, int code)
{
    QList<Event> out;
    for (const Event& e : ws.engine().events(0, after, 10000)) {
        if (e.code == code) {
            out.append(e);
        }
    }
    return out;
}

} // namespace

class TestVolumeCopyVerify : public QObject
{
    Q_OBJECT

private:
    /** S (16 MiB of data) copied to T, completed. */
    static void completedCopy(TestWorkspace& ws, qint64 size = 16 * MiB)
    {
        RUN_OK(ws,
            u"create logicalDrive array=1 userLabel=\"S\" capacity=%1 bytes;"
            "write logicalDrive [\"S\"] offset=0 length=%1 seed=7;"
            "create logicalDrive array=1 userLabel=\"T\" capacity=%1 bytes;"
            "create volumeCopy source=\"S\" target=\"T\" copyPriority=highest;"_s.arg(size));
        QTRY_COMPARE_WITH_TIMEOUT(pair(ws, u"T"_s)->status, VolumeCopyStatus::Completed, 30000);
    }

private Q_SLOTS:
    /**
     * What a killed engine leaves: a record written by hooks and never closed or synced, opened again from its file,
     * knows every grain the hooks saw (recorded by pwrite before the write may start, nothing kept back in memory).
     * Its space is all allocated when it is made, so recording never needs free space on a full disk. An
     * invalidation is kept with its reason.
     */
    void theRecordIsInTheFileBeforeTheWriteGoesOn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"pair.written"_s);
        IoStatus st;
        const qint64 image = 10 * kGrain + 100; // a short last grain
        auto record = WriteRecord::create(path, kGrain, image, &st);
        QVERIFY2(record, qPrintable(st.reason));
        QCOMPARE(record->grains(), qint64(11));
        {
            auto file = VolumeFile::open(path, &st);
            QVERIFY(file);
            QVERIFY(file->allocatedBytes() >= file->size());
        }
        const QByteArray data(100, 'w');
        WriteOp op;
        op.data = std::span<const char>(data.constData(), data.size());
        op.offset = 3 * kGrain - 50; // grains 2 and 3 of the source
        op.length = 100;
        QVERIFY(record->hook(WriteRecord::Side::Source)->beforeWrite(op).ok());
        op.offset = 10 * kGrain + 10; // the last grain of the target
        op.length = 10;
        QVERIFY(record->hook(WriteRecord::Side::Target)->beforeWrite(op).ok());
        op.offset = image + kGrain; // beyond the image (a larger target): not part of it
        QVERIFY(record->hook(WriteRecord::Side::Target)->beforeWrite(op).ok());
        QCOMPARE(record->hook(WriteRecord::Side::Source), record->hook(WriteRecord::Side::Source));

        auto reopened = WriteRecord::open(path, kGrain, image, &st);
        QVERIFY2(reopened, qPrintable(st.reason));
        QList<qint64> written;
        for (qint64 g = 0; g < reopened->grains(); ++g) {
            if (reopened->written(g)) {
                written.append(g);
            }
        }
        QCOMPARE(written, (QList<qint64> {2, 3, 10}));
        QCOMPARE(reopened->writtenCount(WriteRecord::Side::Source), qint64(2));
        QVERIFY(!reopened->incomplete());

        // Another geometry is not this pair's record.
        QVERIFY(!WriteRecord::open(path, kGrain, image + kGrain, &st));
        QVERIFY(st.reason.contains(u"not the write record"_s));

        QVERIFY(record->invalidate(u"the source was re-created"_s).ok());
        auto invalid = WriteRecord::open(path, kGrain, image, &st);
        QVERIFY(invalid);
        QVERIFY(invalid->incomplete());
        QCOMPARE(invalid->incompleteReason(), u"the source was re-created"_s);
    }

    void findsDamageAndRepairsOnlyWhatStillHoldsThePointInTime()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        completedCopy(ws);
        const qint64 grains = 16 * MiB / kGrain;

        CommandResult r = ws.run(u"check volumeCopy target [\"T\"];"_s);
        QVERIFY2(r.ok(), qPrintable(r.error.cliLine()));
        QCOMPARE(r.data.value(u"compared"_s).toInteger(), grains);
        QCOMPARE(r.data.value(u"differing"_s).toInteger(), 0);
        QCOMPARE(r.data.value(u"written"_s).toInteger(), 0);
        QVERIFY(r.data.value(u"bytesRead"_s).toInteger() >= 2 * 16 * MiB);

        // A host writes grain 0 of the source after the copy: legitimately different, the target keeps the image.
        const QByteArray pointInTime0 = grainOf(ws, u"T"_s, 0);
        RUN_OK(ws, u"write logicalDrive [\"S\"] offset=0 length=65536 seed=99;"_s);
        QVERIFY(grainOf(ws, u"S"_s, 0) != pointInTime0);
        // Grain 5 of the target and grain 0 of the target are damaged under the drive.
        QVERIFY(damage(ws, u"T"_s, 5));
        QVERIFY(damage(ws, u"T"_s, 0));
        const QByteArray damaged0 = grainOf(ws, u"T"_s, 0);

        QTRY_COMPARE(eventsSince(ws, 0, EventCode::VolumeCopyVerified).size(), 1); // the first check's, posted
        const qint64 lastEvent = ws.engine().snapshot()->lastEventId;
        r = ws.run(u"check volumeCopy target [\"T\"] source [\"S\"];"_s);
        QVERIFY2(r.ok(), qPrintable(r.error.cliLine()));
        QCOMPARE(r.data.value(u"differing"_s).toInteger(), 1); // grain 5; grain 0 changed at the source: not compared
        QCOMPARE(r.data.value(u"written"_s).toInteger(), 1);
        QCOMPARE(r.data.value(u"compared"_s).toInteger(), grains - 1);
        QCOMPARE(r.data.value(u"differingOffsets"_s).toArray().first().toInteger(), 5 * kGrain);
        QCOMPARE(r.data.value(u"repaired"_s).toInteger(), 0);
        QVERIFY(grainOf(ws, u"T"_s, 5) != grainOf(ws, u"S"_s, 5)); // reported, not touched
        QTRY_COMPARE(eventsSince(ws, lastEvent, EventCode::VolumeCopyVerified).size(), 1);
        const Event found = eventsSince(ws, lastEvent, EventCode::VolumeCopyVerified).first();
        QCOMPARE(found.severity, EventSeverity::Critical);
        QVERIFY(found.needsAttention);

        // The CLI prints it the SMcli way and says how to repair.
        const QString printed = formatResult({u"checkVolumeCopy"_s, {}}, r);
        QVERIFY2(printed.contains(u"1 grains differ"_s), qPrintable(printed));
        QVERIFY2(printed.contains(u"repair=TRUE"_s), qPrintable(printed));

        r = ws.run(u"check volumeCopy target [\"T\"] repair=TRUE;"_s);
        QVERIFY2(r.ok(), qPrintable(r.error.cliLine()));
        QCOMPARE(r.data.value(u"differing"_s).toInteger(), 1);
        QCOMPARE(r.data.value(u"repaired"_s).toInteger(), 1);
        QCOMPARE(grainOf(ws, u"T"_s, 5), grainOf(ws, u"S"_s, 5));
        // The grain the source changed since the copy is never "repaired" with the source's later bytes.
        QCOMPARE(grainOf(ws, u"T"_s, 0), damaged0);
        QVERIFY(grainOf(ws, u"T"_s, 0) != grainOf(ws, u"S"_s, 0));

        r = ws.run(u"check volumeCopy target [\"T\"];"_s);
        QCOMPARE(r.data.value(u"differing"_s).toInteger(), 0);
        QCOMPARE(r.data.value(u"written"_s).toInteger(), 1); // the repair is not a change
    }

    void theRecordSurvivesARestart()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        completedCopy(ws);
        RUN_OK(ws, u"set volumeCopy target [\"T\"] targetReadOnlyEnabled=FALSE;"_s);
        RUN_OK(ws, u"write logicalDrive [\"S\"] offset=196608 length=65536 seed=3;"_s); // grain 3 of the source
        RUN_OK(ws, u"write logicalDrive [\"T\"] offset=458752 length=100 seed=4;"_s);   // grain 7 of the target
        QVERIFY(!ws.reopen().isError());
        QVERIFY(ws.engine().writeRecord(pair(ws, u"T"_s)->id));
        RUN_OK(ws, u"write logicalDrive [\"T\"] offset=589824 length=100 seed=5;"_s); // grain 9, after the restart
        QVERIFY(damage(ws, u"T"_s, 11));
        const CommandResult r = ws.run(u"check volumeCopy target [\"T\"];"_s);
        QVERIFY2(r.ok(), qPrintable(r.error.cliLine()));
        QCOMPARE(r.data.value(u"written"_s).toInteger(), 3);
        QCOMPARE(r.data.value(u"differing"_s).toInteger(), 1);
        QCOMPARE(r.data.value(u"differingOffsets"_s).toArray().first().toInteger(), 11 * kGrain);
    }

    void refusalsSayWhatToDo()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        completedCopy(ws);

        // A read/write target cannot be repaired (a host could write it meanwhile); verify alone is fine.
        RUN_OK(ws, u"set volumeCopy target [\"T\"] targetReadOnlyEnabled=FALSE;"_s);
        CommandResult r = ws.run(u"check volumeCopy target [\"T\"] repair=TRUE;"_s);
        QCOMPARE(r.error.code, ErrorCode::VolumeCopyStateInvalid);
        QVERIFY2(r.error.message().contains(u"targetReadOnlyEnabled=TRUE"_s), qPrintable(r.error.message()));
        RUN_OK(ws, u"check volumeCopy target [\"T\"];"_s);

        // Not completed: a copy in progress is not verified.
        RUN_OK(ws, u"set storageSubsystem copyBandwidth=1 MB; recopy volumeCopy target [\"T\"];"_s);
        QCOMPARE(pair(ws, u"T"_s)->status, VolumeCopyStatus::InProgress);
        r = ws.run(u"check volumeCopy target [\"T\"];"_s);
        QCOMPARE(r.error.code, ErrorCode::VolumeCopyStateInvalid);
        QVERIFY2(r.error.message().contains(u"completed"_s), qPrintable(r.error.message()));
        RUN_OK(ws, u"set storageSubsystem copyBandwidth=0;"_s);
        QTRY_COMPARE_WITH_TIMEOUT(pair(ws, u"T"_s)->status, VolumeCopyStatus::Completed, 30000);
        RUN_OK(ws, u"check volumeCopy target [\"T\"];"_s);

        // A lost record (a workspace of an earlier version): refused, and Re-Copy makes the pair verifiable again.
        const ObjectId id = pair(ws, u"T"_s)->id;
        const QString record = ws.engine().writeRecord(id)->path();
        ws.close();
        QVERIFY(QFile::remove(record));
        QVERIFY(!ws.reopen().isError());
        QVERIFY(!ws.engine().writeRecord(id));
        r = ws.run(u"check volumeCopy target [\"T\"];"_s);
        QCOMPARE(r.error.code, ErrorCode::VolumeCopyStateInvalid);
        QVERIFY2(r.error.message().contains(u"Re-Copy"_s), qPrintable(r.error.message()));
        RUN_OK(ws, u"recopy volumeCopy target [\"T\"];"_s);
        QTRY_COMPARE_WITH_TIMEOUT(pair(ws, u"T"_s)->status, VolumeCopyStatus::Completed, 30000);
        RUN_OK(ws, u"check volumeCopy target [\"T\"];"_s);

        // Removing the pair deletes its record.
        const QString again = ws.engine().writeRecord(id)->path();
        QVERIFY(QFile::exists(again));
        RUN_OK(ws, u"remove volumeCopy target [\"T\"];"_s);
        QVERIFY(!ws.engine().writeRecord(id));
        QVERIFY(!QFile::exists(again));
    }

    /** A FlashCopy source re-created shows a new point in time without a write: the pair is no longer verifiable. */
    void aRecreatedFlashCopySourceIsNotComparedAgain()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        RUN_OK(ws,
            u"create logicalDrive array=1 userLabel=\"Base\" capacity=8388608 bytes;"
            "write logicalDrive [\"Base\"] offset=0 length=8388608 seed=7;"
            "create FlashCopyLogicalDrive baseLogicalDrive=\"Base\";"
            "create logicalDrive array=1 userLabel=\"T\" capacity=8388608 bytes;"
            "create volumeCopy source=\"Base-1\" target=\"T\" copyPriority=highest;"_s);
        QTRY_COMPARE_WITH_TIMEOUT(pair(ws, u"T"_s)->status, VolumeCopyStatus::Completed, 30000);
        RUN_OK(ws, u"check volumeCopy target [\"T\"];"_s);
        RUN_OK(ws,
            u"write logicalDrive [\"Base\"] offset=0 length=8388608 seed=8;"
            "recreateFlashCopy logicalDrive [\"Base-1\"];"_s);
        // Without the rule every grain would look damaged, and a repair would give the target the new image.
        const CommandResult r = ws.run(u"check volumeCopy target [\"T\"] repair=TRUE;"_s);
        QCOMPARE(r.error.code, ErrorCode::VolumeCopyStateInvalid);
        QVERIFY2(r.error.message().contains(u"re-created"_s), qPrintable(r.error.message()));
        QVERIFY(!ws.reopen().isError()); // kept in the record's file
        QCOMPARE(ws.run(u"check volumeCopy target [\"T\"];"_s).error.code, ErrorCode::VolumeCopyStateInvalid);
    }

    void hostsWritingMeanwhileCauseNoFalseDifference()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        completedCopy(ws, 64 * MiB);
        const qint64 grains = 64 * MiB / kGrain;
        const auto source = io(ws, u"S"_s);
        std::atomic<bool> stop {false};
        std::atomic<qint64> writes {0};
        std::thread writer([&]() {
            std::mt19937_64 random(42);
            std::vector<char> data(static_cast<size_t>(kGrain), '\x11');
            while (!stop.load()) {
                // Even grains only: an unthrottled writer would otherwise write every grain before a slow file
                // system's verify ends (seen on XFS), and the check below would compare nothing.
                const qint64 grain = 2 * static_cast<qint64>(random() % static_cast<quint64>(grains / 2));
                data[0] = static_cast<char>(random());
                if (source->write(grain * kGrain + 512, std::span<const char>(data.data(), 8192)).ok()) {
                    ++writes;
                }
            }
        });
        const CommandResult verify = ws.run(u"check volumeCopy target [\"T\"];"_s);
        const CommandResult repair = ws.run(u"check volumeCopy target [\"T\"] repair=TRUE;"_s);
        stop = true;
        writer.join();
        QVERIFY2(verify.ok(), qPrintable(verify.error.cliLine()));
        QVERIFY2(repair.ok(), qPrintable(repair.error.cliLine()));
        QVERIFY(writes.load() > 0);
        QCOMPARE(verify.data.value(u"differing"_s).toInteger(), 0);
        QCOMPARE(repair.data.value(u"differing"_s).toInteger(), 0);
        QCOMPARE(verify.data.value(u"compared"_s).toInteger() + verify.data.value(u"written"_s).toInteger(), grains);
        // Every grain the record does not list as written still holds the same bytes on both drives.
        const auto record = ws.engine().writeRecord(pair(ws, u"T"_s)->id);
        qint64 unchanged = 0;
        for (qint64 g = 0; g < grains; ++g) {
            if (!record->written(g)) {
                QCOMPARE(grainOf(ws, u"T"_s, g), grainOf(ws, u"S"_s, g));
                ++unchanged;
            }
        }
        QVERIFY(unchanged >= grains / 2);
    }
};

QTEST_GUILESS_MAIN(TestVolumeCopyVerify)
#include "tst_volumecopyverify.moc"
