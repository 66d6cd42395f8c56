// SPDX-License-Identifier: GPL-3.0-or-later
// DS4000 VolumeCopy through the command API: the host I/O permission matrix row by row, the 8-running limit and
// the Pending order, candidate lists, priorities (also changed mid-copy), Event 6600 on an injected media error,
// Stop / Re-Copy / Remove, target permissions, ownership, the restore pattern, and resuming after a restart.
#include "copy/accessrules.h"
#include "testworkspace.h"
#include "util/bytesize.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using Copyline::Test::TestWorkspace;

#define RUN_OK(ws, script)                                                                                             \
    do {                                                                                                               \
        const CommandResult r_ = (ws).run(script);                                                                     \
        QVERIFY2(r_.ok(), qPrintable(r_.error.cliLine()));                                                             \
    } while (false)

#define RUN_FAILS(ws, script, expected)                                                                                \
    do {                                                                                                               \
        const CommandResult r_ = (ws).run(script);                                                                     \
        QVERIFY2(!r_.ok(), "the command should have failed");                                                          \
        QCOMPARE(r_.error.code, expected);                                                                             \
    } while (false)

namespace
{

const VolumeCopy* pair(TestWorkspace& ws, const QString& target)
{
    const LogicalDrive* ld = ws.logicalDrive(target);
    return ld ? ws.config().volumeCopyTargeting(ld->id) : nullptr;
}

VolumeCopyStatus status(TestWorkspace& ws, const QString& target)
{
    const VolumeCopy* vc = pair(ws, target);
    return vc ? vc->status : VolumeCopyStatus::Stopped;
}

/** Host read/write through the I/O front, as the CLI, NBD or the workload generator would do it. */
struct Io
{
    bool read = false;
    bool write = false;
};

Io hostIo(TestWorkspace& ws, const QString& name)
{
    auto io = ws.engine().volumes().find(ws.logicalDrive(name)->id);
    QByteArray buf(4096, 'x');
    Io result;
    result.read = io->read(0, std::span<char>(buf.data(), 4096)).ok();
    result.write = io->write(0, std::span<const char>(buf.constData(), 4096)).ok();
    return result;
}

} // namespace

class TestVolumeCopy : public QObject
{
    Q_OBJECT

private:
    /** Two 64 MB drives with data on the source; copies throttled so they stay in progress while we look. */
    static void makePair(TestWorkspace& ws, const QString& source, const QString& target, qint64 size = 64 * MiB)
    {
        const CommandResult r
            = ws.run(u"create logicalDrive array=1 userLabel=\"%1\" capacity=%3 bytes;"
                     "write logicalDrive [\"%1\"] offset=0 length=%3 seed=7;"
                     "create logicalDrive array=1 userLabel=\"%2\" capacity=%3 bytes;"_s.arg(source, target)
                         .arg(size));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
    }

private Q_SLOTS:
    void hostIoPermissionMatrix()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        makePair(ws, u"S"_s, u"T"_s);
        RUN_OK(ws, u"set storageSubsystem copyBandwidth=1 MB;"_s); // slow enough to look at the rows
        RUN_OK(ws, u"create volumeCopy source=\"S\" target=\"T\";"_s);
        QCOMPARE(status(ws, u"T"_s), VolumeCopyStatus::InProgress);
        // In Progress: source read yes / write rejected; target no / no.
        Io s = hostIo(ws, u"S"_s);
        Io t = hostIo(ws, u"T"_s);
        QVERIFY(s.read && !s.write);
        QVERIFY(!t.read && !t.write);
        QCOMPARE(
            ws.run(u"write logicalDrive [\"S\"] offset=0 length=1 seed=1;"_s).error.code, ErrorCode::IoAccessDenied);

        // Failed (media error on the source): the same as In Progress, and Event 6600.
        RUN_OK(ws, u"inject logicalDrive [\"S\"] fault=readError;"_s);
        QTRY_COMPARE(status(ws, u"T"_s), VolumeCopyStatus::Failed);
        RUN_OK(ws, u"inject logicalDrive [\"S\"] fault=none;"_s);
        s = hostIo(ws, u"S"_s);
        t = hostIo(ws, u"T"_s);
        QVERIFY(s.read && !s.write);
        QVERIFY(!t.read && !t.write);

        // Stopped, read-only on (the default): source read/write; target read yes, write rejected.
        RUN_OK(ws, u"stop volumeCopy target [\"T\"];"_s);
        s = hostIo(ws, u"S"_s);
        t = hostIo(ws, u"T"_s);
        QVERIFY(s.read && s.write);
        QVERIFY(t.read && !t.write);
        // Stopped, read-only off: target read/write.
        RUN_OK(ws, u"set volumeCopy target [\"T\"] targetReadOnlyEnabled=FALSE;"_s);
        t = hostIo(ws, u"T"_s);
        QVERIFY(t.read && t.write);

        // Completed with read-only (the default after every copy) and without.
        RUN_OK(ws, u"set storageSubsystem copyBandwidth=0;"_s);
        RUN_OK(ws, u"recopy volumeCopy target [\"T\"] source [\"S\"];"_s);
        QTRY_COMPARE(status(ws, u"T"_s), VolumeCopyStatus::Completed);
        QVERIFY(pair(ws, u"T"_s)->targetReadOnly); // Re-Copy turns read-only back on
        s = hostIo(ws, u"S"_s);
        t = hostIo(ws, u"T"_s);
        QVERIFY(s.read && s.write);
        QVERIFY(t.read && !t.write);
        RUN_OK(ws, u"set volumeCopy target [\"T\"] targetReadOnlyEnabled=FALSE;"_s);
        t = hostIo(ws, u"T"_s);
        QVERIFY(t.read && t.write);

        // Pair removed: everything read/write again.
        RUN_OK(ws, u"set volumeCopy target [\"T\"] targetReadOnlyEnabled=TRUE;"_s);
        RUN_OK(ws, u"remove volumeCopy target [\"T\"];"_s);
        QVERIFY(!pair(ws, u"T"_s));
        t = hostIo(ws, u"T"_s);
        QVERIFY(t.read && t.write);
    }

    void pendingRowAndTheEightCopyLimit()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        RUN_OK(ws, u"set storageSubsystem copyBandwidth=1 MB;"_s);
        for (int i = 0; i < 10; ++i) {
            makePair(ws, u"S%1"_s.arg(i), u"T%1"_s.arg(i), 32 * MiB);
            RUN_OK(ws, u"create volumeCopy source=\"S%1\" target=\"T%1\";"_s.arg(i));
        }
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(status(ws, u"T%1"_s.arg(i)), VolumeCopyStatus::InProgress);
        }
        QCOMPARE(status(ws, u"T8"_s), VolumeCopyStatus::Pending);
        QCOMPARE(status(ws, u"T9"_s), VolumeCopyStatus::Pending);
        // Pending: source read-only, target no access, exactly as In Progress.
        const Io s = hostIo(ws, u"S8"_s);
        const Io t = hostIo(ws, u"T8"_s);
        QVERIFY(s.read && !s.write);
        QVERIFY(!t.read && !t.write);
        // Removing a pending pair is refused; stopping a running one gives its slot to the first in line.
        RUN_FAILS(ws, u"remove volumeCopy target [\"T8\"];"_s, ErrorCode::VolumeCopyStateInvalid);
        RUN_FAILS(
            ws, u"set volumeCopy target [\"T8\"] targetReadOnlyEnabled=FALSE;"_s, ErrorCode::VolumeCopyStateInvalid);
        RUN_OK(ws, u"stop volumeCopy target [\"T3\"];"_s);
        QCOMPARE(status(ws, u"T8"_s), VolumeCopyStatus::InProgress);
        QCOMPARE(status(ws, u"T9"_s), VolumeCopyStatus::Pending);
        // Everything at full speed: all complete, and T9 got its turn.
        RUN_OK(ws, u"set storageSubsystem copyBandwidth=0;"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"T9"_s), VolumeCopyStatus::Completed, 30000);
        for (int i = 0; i < 10; ++i) {
            if (i != 3) {
                QTRY_COMPARE(status(ws, u"T%1"_s.arg(i)), VolumeCopyStatus::Completed);
                QCOMPARE(ws.checksum(u"T%1"_s.arg(i), 0, 32 * MiB), ws.checksum(u"S%1"_s.arg(i), 0, 32 * MiB));
            }
        }
    }

    void candidateLists()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        makePair(ws, u"S"_s, u"T"_s);
        RUN_OK(ws,
            u"create logicalDrive array=1 userLabel=\"Small\" capacity=32 MB;"
            "create FlashCopyLogicalDrive baseLogicalDrive=\"Payroll\";"
            "create FlashCopyLogicalDrive baseLogicalDrive=\"Exchange\";"
            "disableFlashCopy logicalDrive [\"Exchange-1\"];"_s);
        const CommandResult targets = ws.run(u"show volumeCopy source [\"S\"] targetCandidates;"_s);
        QVERIFY(targets.ok());
        QHash<QString, QString> why;
        for (const auto& v : targets.data.value(u"candidates"_s).toArray()) {
            const QJsonObject o = v.toObject();
            why.insert(o.value(u"name"_s).toString(),
                o.value(u"eligible"_s).toBool() ? u"ok"_s : o.value(u"reason"_s).toString());
        }
        QCOMPARE(why.value(u"T"_s), u"ok"_s);
        QCOMPARE(why.value(u"Accounting"_s), u"ok"_s);
        QVERIFY(why.value(u"S"_s).contains(u"is the source"_s));
        QVERIFY(why.value(u"Small"_s).contains(u"smaller"_s));
        QVERIFY(why.value(u"Payroll"_s).contains(u"base of FlashCopy"_s)); // an optimal FlashCopy's base
        QCOMPARE(why.value(u"Exchange"_s), u"ok"_s);                       // its FlashCopy is disabled
        QVERIFY(why.value(u"Payroll-1"_s).contains(u"FlashCopy logical drive"_s));
        QVERIFY(why.value(u"Payroll-R1"_s).contains(u"repository"_s));
        const CommandResult sources = ws.run(u"show volumeCopy sourceCandidates;"_s);
        for (const auto& v : sources.data.value(u"candidates"_s).toArray()) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(u"name"_s).toString();
            const bool eligible = o.value(u"eligible"_s).toBool();
            if (name == u"Payroll-1"_s || name == u"Payroll"_s || name == u"S"_s) {
                QVERIFY2(eligible, qPrintable(name)); // a FlashCopy, a FlashCopy base, a standard drive
            }
            if (name == u"Payroll-R1"_s || name == u"Exchange-1"_s) {
                QVERIFY2(!eligible, qPrintable(name)); // a repository, a disabled FlashCopy
            }
        }
        // The command enforces the same rules.
        RUN_FAILS(ws, u"create volumeCopy source=\"S\" target=\"Small\";"_s, ErrorCode::VolumeCopyCandidateInvalid);
        RUN_FAILS(ws, u"create volumeCopy source=\"S\" target=\"Payroll\";"_s, ErrorCode::VolumeCopyCandidateInvalid);
        RUN_FAILS(
            ws, u"create volumeCopy source=\"Payroll-R1\" target=\"T\";"_s, ErrorCode::VolumeCopyCandidateInvalid);
        RUN_OK(ws, u"create volumeCopy source=\"S\" target=\"T\" copyPriority=highest;"_s);
        // A drive is the target of one pair only; a source may feed several.
        RUN_FAILS(
            ws, u"create volumeCopy source=\"Accounting\" target=\"T\";"_s, ErrorCode::VolumeCopyCandidateInvalid);
        RUN_OK(ws,
            u"create logicalDrive array=2 userLabel=\"T2\" capacity=64 MB;"
            "create volumeCopy source=\"S\" target=\"T2\";"_s);
        QTRY_COMPARE(status(ws, u"T2"_s), VolumeCopyStatus::Completed);
        QTRY_COMPARE(status(ws, u"T"_s), VolumeCopyStatus::Completed);
        // A completed target may be a source; feature disabled: no new copies, existing ones still work.
        RUN_OK(ws, u"disable storageSubsystem feature=volumeCopy;"_s);
        RUN_FAILS(ws, u"create volumeCopy source=\"T\" target=\"Accounting\";"_s, ErrorCode::FeatureNotEnabled);
        RUN_OK(ws, u"recopy volumeCopy target [\"T2\"];"_s);
        QTRY_COMPARE(status(ws, u"T2"_s), VolumeCopyStatus::Completed);
    }

    void aReservationKeepsADriveOutOfACopyUntilCleared()
    {
        // Issue 20, spec §2.3.1 (L362, L366), §2.5 (L6921-6972) and the troubleshooting row "selected source
        // logical drive has a reservation": the procedure through SMcli statements — a host reserves the source,
        // the copy is refused with the reason, the administrator clears the reservation and creates the copy.
        TestWorkspace ws;
        QVERIFY(ws.ok());
        makePair(ws, u"S"_s, u"T"_s);
        RUN_OK(ws, u"reserve logicalDrive [\"S\"] host=\"east-db01\";"_s);
        const CommandResult conflict = ws.run(u"reserve logicalDrive [\"S\"] host=\"east-app01\" type=legacy;"_s);
        QCOMPARE(conflict.error.code, ErrorCode::ReservationConflict);
        QVERIFY(conflict.error.message().contains(u"east-db01"_s));
        const CommandResult shown = ws.run(u"show allLogicalDrives reservations;"_s);
        QCOMPARE(shown.data.value(u"reservations"_s).toArray().size(), 1);
        QCOMPARE(shown.data.value(u"reservations"_s).toArray().first().toObject().value(u"reservation"_s).toString(),
            u"persistent"_s);

        const CommandResult refused = ws.run(u"create volumeCopy source=\"S\" target=\"T\";"_s);
        QCOMPARE(refused.error.code, ErrorCode::VolumeCopyCandidateInvalid);
        QVERIFY2(refused.error.message().contains(u"the selected source logical drive has a reservation"_s),
            qPrintable(refused.error.message()));
        bool listed = false;
        for (const auto& v : ws.run(u"show volumeCopy sourceCandidates;"_s).data.value(u"candidates"_s).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"name"_s).toString() == u"S"_s) {
                listed = true;
                QVERIFY(!o.value(u"eligible"_s).toBool());
            }
        }
        QVERIFY(listed);
        // A reserved target is refused the same way.
        RUN_OK(ws, u"reserve logicalDrive [\"T\"] host=\"backup01\" type=legacy;"_s);
        RUN_OK(ws, u"clear logicalDrive [\"S\"] reservations;"_s);
        QVERIFY(ws.run(u"create volumeCopy source=\"S\" target=\"T\";"_s)
                    .error.message()
                    .contains(u"the selected target logical drive has a reservation"_s));
        const CommandResult cleared = ws.run(u"clear allLogicalDrives reservations;"_s);
        QCOMPARE(cleared.data.value(u"cleared"_s).toArray(), QJsonArray {u"T"_s});
        QVERIFY(ws.run(u"show allLogicalDrives reservations;"_s).data.value(u"reservations"_s).toArray().isEmpty());
        RUN_OK(ws, u"create volumeCopy source=\"S\" target=\"T\" copyPriority=highest;"_s);
        QTRY_COMPARE(status(ws, u"T"_s), VolumeCopyStatus::Completed);
        QCOMPARE(ws.checksum(u"T"_s), ws.checksum(u"S"_s));
    }

    void completedTargetEqualsTheSourceAtStart()
    {
        // With a FlashCopy as source (the guide's advice), the base keeps changing during the copy.
        TestWorkspace ws;
        QVERIFY(ws.ok());
        makePair(ws, u"Base"_s, u"Backup"_s, 128 * MiB);
        RUN_OK(ws,
            u"create FlashCopyLogicalDrive baseLogicalDrive=\"Base\" repositoryPercentOfBase=100;"
            "set storageSubsystem copyBandwidth=32 MB;"_s);
        const QString image = ws.checksum(u"Base"_s);
        RUN_OK(ws, u"create volumeCopy source=\"Base-1\" target=\"Backup\" copyPriority=highest;"_s);
        QCOMPARE(status(ws, u"Backup"_s), VolumeCopyStatus::InProgress);
        RUN_OK(ws, u"write logicalDrive [\"Base\"] offset=0 length=67108864 seed=99;"_s); // the base stays writable
        RUN_OK(ws, u"set storageSubsystem copyBandwidth=0;"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"Backup"_s), VolumeCopyStatus::Completed, 30000);
        QCOMPARE(ws.checksum(u"Backup"_s), image);
        QVERIFY(ws.checksum(u"Base"_s) != image);
        QVERIFY(pair(ws, u"Backup"_s)->completed.isValid());

        // The restore pattern of §4.2: copy the backup back onto the base, once the base's FlashCopy is disabled.
        RUN_FAILS(ws, u"create volumeCopy source=\"Backup\" target=\"Base\";"_s, ErrorCode::VolumeCopyCandidateInvalid);
        RUN_OK(ws,
            u"disableFlashCopy logicalDrive [\"Base-1\"];"
            "create volumeCopy source=\"Backup\" target=\"Base\" copyPriority=highest;"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"Base"_s), VolumeCopyStatus::Completed, 30000);
        QCOMPARE(ws.checksum(u"Base"_s), image);
        // The base's FlashCopies failed when the copy onto it started.
        QCOMPARE(ws.config().flashCopyOf(ws.logicalDrive(u"Base-1"_s)->id)->status, FlashCopyStatus::Failed);
    }

    void eventSixSixHundredAndRecovery()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        makePair(ws, u"S"_s, u"T"_s);
        const qint64 last = ws.engine().snapshot()->lastEventId;
        const ObjectId sub = ws.subsystemId(u"Primary Site"_s);
        RUN_OK(ws, u"inject logicalDrive [\"T\"] fault=writeError; create volumeCopy source=\"S\" target=\"T\";"_s);
        QTRY_COMPARE(status(ws, u"T"_s), VolumeCopyStatus::Failed);
        QVERIFY(pair(ws, u"T"_s)->statusReason.contains(u"write error"_s));
        bool found = false;
        for (const Event& e : ws.engine().events(0, last, 1000)) {
            if (e.code == EventCode::VolumeCopyFailed) {
                found = true;
                QCOMPARE(e.codeText(), u"6600"_s);
                QCOMPARE(e.description, u"VolumeCopy Operation Failed"_s);
                QCOMPARE(e.severity, EventSeverity::Critical);
                QVERIFY(e.needsAttention);
            }
        }
        QVERIFY(found);
        QVERIFY(ws.engine().snapshot()->needsAttention.value(sub));
        // The CLI says it too, and why (issue 20).
        auto health = [&ws]() { return ws.run(u"show storageSubsystem;"_s).data.value(u"subsystem"_s).toObject(); };
        QCOMPARE(health().value(u"health"_s).toString(), u"Needs Attention"_s);
        QVERIFY(health().value(u"attentionReasons"_s).toArray().contains(u"VolumeCopy S -> T has failed"_s));
        // Stop clears Needs Attention; Re-Copy (after the fault is gone) completes.
        RUN_OK(ws, u"stop volumeCopy target [\"T\"];"_s);
        QVERIFY(!ws.engine().snapshot()->needsAttention.value(sub));
        QCOMPARE(health().value(u"health"_s).toString(), u"Optimal"_s);
        RUN_OK(ws, u"inject logicalDrive [\"T\"] fault=none; recopy volumeCopy target [\"T\"];"_s);
        QTRY_COMPARE(status(ws, u"T"_s), VolumeCopyStatus::Completed);
        QCOMPARE(ws.checksum(u"T"_s), ws.checksum(u"S"_s));
        // Re-Copy straight from Failed works too.
        RUN_OK(ws, u"inject logicalDrive [\"S\"] fault=readError; recopy volumeCopy target [\"T\"];"_s);
        QTRY_COMPARE(status(ws, u"T"_s), VolumeCopyStatus::Failed);
        RUN_OK(ws, u"inject logicalDrive [\"S\"] fault=none; recopy volumeCopy target [\"T\"];"_s);
        QTRY_COMPARE(status(ws, u"T"_s), VolumeCopyStatus::Completed);
    }

    void aFailedOrStoppedCopyKeepsTheProgressItReached()
    {
        // Issue 20: a copy that fails part-way shows how far it got (not 0.0 %), in the CLI and after a restart.
        TestWorkspace ws;
        QVERIFY(ws.ok());
        makePair(ws, u"S"_s, u"T"_s, 256 * MiB);
        RUN_OK(ws, u"set storageSubsystem copyBandwidth=32 MB; create volumeCopy source=\"S\" target=\"T\";"_s);
        QTRY_VERIFY_WITH_TIMEOUT(ws.engine().pointInTime(pair(ws, u"T"_s)->id)
                && ws.engine().pointInTime(pair(ws, u"T"_s)->id)->grainsCopied() > 64,
            20000);
        RUN_OK(ws, u"inject logicalDrive [\"T\"] fault=writeError;"_s);
        QTRY_COMPARE(status(ws, u"T"_s), VolumeCopyStatus::Failed);
        const qint64 reached = pair(ws, u"T"_s)->copiedBasisPoints;
        QVERIFY2(reached > 0 && reached < 10000, qPrintable(QString::number(reached)));
        auto shown = [&ws]() {
            const CommandResult r = ws.run(u"show volumeCopy target [\"T\"];"_s);
            return r.data.value(u"volumeCopies"_s).toArray().first().toObject().value(u"percent"_s).toDouble();
        };
        QCOMPARE(shown(), static_cast<double>(reached) / 100.0);
        QVERIFY(!ws.reopen().isError());
        QCOMPARE(pair(ws, u"T"_s)->copiedBasisPoints, reached);
        QCOMPARE(shown(), static_cast<double>(reached) / 100.0);
        // Stopped keeps it too; Re-Copy starts from the beginning.
        RUN_OK(ws, u"stop volumeCopy target [\"T\"];"_s);
        QCOMPARE(shown(), static_cast<double>(reached) / 100.0);
        RUN_OK(ws, u"inject logicalDrive [\"T\"] fault=none; recopy volumeCopy target [\"T\"] copyPriority=highest;"_s);
        QCOMPARE(pair(ws, u"T"_s)->copiedBasisPoints, qint64(-1));
        RUN_OK(ws, u"set storageSubsystem copyBandwidth=0;"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"T"_s), VolumeCopyStatus::Completed, 30000);
        QCOMPARE(ws.checksum(u"T"_s), ws.checksum(u"S"_s));
    }

    void priorityShapesProgressAndChangesMidCopy()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        makePair(ws, u"A"_s, u"TA"_s, 256 * MiB);
        makePair(ws, u"B"_s, u"TB"_s, 256 * MiB);
        RUN_OK(ws,
            u"set storageSubsystem copyBandwidth=64 MB;"
            "create volumeCopy source=\"A\" target=\"TA\" copyPriority=highest;"
            "create volumeCopy source=\"B\" target=\"TB\" copyPriority=lowest;"_s);
        auto progress
            = [&](const QString& target) { return ws.engine().pointInTime(pair(ws, target)->id)->grainsCopied(); };
        QTest::qWait(1500);
        const qint64 a1 = progress(u"TA"_s);
        const qint64 b1 = progress(u"TB"_s);
        QVERIFY2(a1 > 3 * std::max<qint64>(b1, 1), qPrintable(u"highest %1 vs lowest %2 grains"_s.arg(a1).arg(b1)));
        // Raise the lowest copy to highest: it speeds up at once.
        RUN_OK(ws, u"set volumeCopy target [\"TB\"] copyPriority=highest;"_s);
        QCOMPARE(pair(ws, u"TB"_s)->priority, CopyPriority::Highest);
        QTest::qWait(1500);
        const qint64 b2 = progress(u"TB"_s);
        QVERIFY2(b2 - b1 > 2 * std::max<qint64>(b1, 1), qPrintable(u"before %1, after %2"_s.arg(b1).arg(b2 - b1)));
        RUN_OK(ws, u"set storageSubsystem copyBandwidth=0;"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"TB"_s), VolumeCopyStatus::Completed, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"TA"_s), VolumeCopyStatus::Completed, 30000);
        RUN_FAILS(ws, u"set volumeCopy target [\"TB\"] copyPriority=urgent;"_s, ErrorCode::InvalidParameter);
    }

    void ownershipFollowsTheSource()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        makePair(ws, u"S"_s, u"T"_s);
        RUN_OK(ws,
            u"set logicalDrive [\"S\"] owner=a; set logicalDrive [\"T\"] owner=b;"
            "set storageSubsystem copyBandwidth=1 MB; create volumeCopy source=\"S\" target=\"T\";"_s);
        QCOMPARE(ws.logicalDrive(u"T"_s)->currentOwner, u"A"_s);
        QCOMPARE(ws.logicalDrive(u"T"_s)->preferredOwner, u"B"_s);
        RUN_OK(ws, u"stop volumeCopy target [\"T\"];"_s);
        QCOMPARE(ws.logicalDrive(u"T"_s)->currentOwner, u"B"_s);
    }

    void busyDrivesCannotBeResizedOrDeleted()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        makePair(ws, u"S"_s, u"T"_s);
        RUN_OK(ws, u"set storageSubsystem copyBandwidth=1 MB; create volumeCopy source=\"S\" target=\"T\";"_s);
        RUN_FAILS(ws, u"delete logicalDrive [\"S\"];"_s, ErrorCode::LogicalDriveKindNotAllowed);
        RUN_FAILS(ws, u"delete logicalDrive [\"T\"];"_s, ErrorCode::LogicalDriveKindNotAllowed);
        RUN_FAILS(ws, u"set logicalDrive [\"T\"] addCapacity=1 GB;"_s, ErrorCode::LogicalDriveKindNotAllowed);
        RUN_FAILS(ws, u"remove volumeCopy target [\"T\"];"_s, ErrorCode::VolumeCopyStateInvalid);
        RUN_OK(ws, u"stop volumeCopy target [\"T\"]; delete logicalDrive [\"T\"];"_s);
        QVERIFY(ws.config().volumeCopies.isEmpty()); // the stopped pair went with its target
    }

    void resumesAfterARestart()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        makePair(ws, u"S"_s, u"T"_s, 256 * MiB);
        const QString image = ws.checksum(u"S"_s);
        RUN_OK(ws,
            u"set storageSubsystem copyBandwidth=64 MB; create volumeCopy source=\"S\" target=\"T\" "
            "copyPriority=highest;"_s);
        QTest::qWait(1200);
        const qint64 before = ws.engine().pointInTime(pair(ws, u"T"_s)->id)->grainsCopied();
        QVERIFY(before > 0);
        QVERIFY(before < ws.engine().pointInTime(pair(ws, u"T"_s)->id)->grains());
        QVERIFY(!ws.reopen().isError());
        // It resumes where the copy map says, not from zero.
        QCOMPARE(status(ws, u"T"_s), VolumeCopyStatus::InProgress);
        QVERIFY(ws.engine().pointInTime(pair(ws, u"T"_s)->id)->grainsCopied() >= before);
        RUN_OK(ws, u"set storageSubsystem copyBandwidth=0;"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status(ws, u"T"_s), VolumeCopyStatus::Completed, 30000);
        QCOMPARE(ws.checksum(u"T"_s), image);
    }
};

QTEST_GUILESS_MAIN(TestVolumeCopy)
#include "tst_volumecopy.moc"
