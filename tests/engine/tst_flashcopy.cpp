// SPDX-License-Identifier: GPL-3.0-or-later
// DS4000 FlashCopy through the command API: defaults and names, limits, the point-in-time image read back,
// repository full policies, the threshold event, Re-create (also from Failed), settings, cascading deletes,
// persistence across a restart, and host access rules.
#include "storage/rules.h"
#include "testworkspace.h"
#include "util/bytesize.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
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

class TestFlashCopy : public QObject
{
    Q_OBJECT

private:
    static const FlashCopy* flashCopy(TestWorkspace& ws, const QString& name)
    {
        const LogicalDrive* ld = ws.logicalDrive(name);
        return ld ? ws.config().flashCopyOf(ld->id) : nullptr;
    }

    static QList<Event> eventsSince(TestWorkspace& ws, qint64 after, int code)
    {
        QList<Event> out;
        for (const Event& e : ws.engine().events(0, after, 10000)) {
            if (e.code == code) {
                out.append(e);
            }
        }
        return out;
    }

    /** Lets notices posted from I/O threads reach the engine (they are queued to its thread). */
    static void settle()
    {
        QCoreApplication::processEvents();
        QTest::qWait(50);
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void defaultsNamesAndCapacity()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const ObjectId sub = ws.subsystemId(u"Primary Site"_s);
        const LogicalDrive base = *ws.logicalDrive(u"Accounting"_s);
        const qint64 free = arrayFreeCapacity(ws.config(), base.arrayId);
        RUN_OK(ws, u"create FlashCopyLogicalDrive baseLogicalDrive=\"Accounting\";"_s);
        const FlashCopy* fc = flashCopy(ws, u"Accounting-1"_s);
        QVERIFY(fc);
        const LogicalDrive repo = *ws.logicalDrive(u"Accounting-R1"_s);
        QCOMPARE(fc->repositoryId, repo.id);
        QCOMPARE(fc->baseId, base.id);
        QCOMPARE(fc->status, FlashCopyStatus::Optimal);
        QCOMPARE(fc->warningThresholdPercent, 50);
        QCOMPARE(fc->fullPolicy, RepositoryFullPolicy::FailFlashCopy);
        QCOMPARE(repo.capacity, roundUp(base.capacity / 5, kCapacityGranule)); // 20% of the base
        QCOMPARE(repo.arrayId, base.arrayId);
        QCOMPARE(ws.logicalDrive(u"Accounting-1"_s)->capacity, base.capacity);
        // Only the repository takes array capacity; the FlashCopy drive is a view of its base.
        QCOMPARE(arrayFreeCapacity(ws.config(), base.arrayId), free - repo.capacity);
        QVERIFY(!ws.config().mappingOf(fc->id)); // "map later" unless asked
        QVERIFY(ws.engine().pointInTime(fc->id)->repositoryUsed() >= flashCopyRepositoryOverhead(base.capacity));

        // A custom name keeps its sequence number: the next default is -3, not -2; a freed number is reused.
        RUN_OK(ws,
            u"create FlashCopyLogicalDrive baseLogicalDrive=\"Accounting\" userLabel=\"AcctMay28\" "
            "repositoryUserLabel=\"AcctMay28 repo\" mapping=automatic;"_s);
        QCOMPARE(flashCopy(ws, u"AcctMay28"_s)->sequence, 2);
        const LunMapping* m = ws.config().mappingOf(ws.logicalDrive(u"AcctMay28"_s)->id);
        QVERIFY(m);
        QCOMPARE(m->targetId, ObjectId(0)); // automatic: the Default Host Group
        RUN_OK(ws, u"create FlashCopyLogicalDrive baseLogicalDrive=\"Accounting\";"_s);
        QVERIFY(ws.logicalDrive(u"Accounting-3"_s));
        QVERIFY(ws.logicalDrive(u"Accounting-R3"_s));
        RUN_OK(ws, u"delete logicalDrive [\"Accounting-1\"];"_s);
        RUN_OK(ws, u"create FlashCopyLogicalDrive baseLogicalDrive=\"Accounting\";"_s);
        QCOMPARE(flashCopy(ws, u"Accounting-1"_s)->sequence, 1);
        // Four per base.
        RUN_OK(ws, u"create FlashCopyLogicalDrive baseLogicalDrive=\"Accounting\";"_s);
        RUN_FAILS(ws, u"create FlashCopyLogicalDrive baseLogicalDrive=\"Accounting\";"_s, ErrorCode::FlashCopyLimit);
        QCOMPARE(ws.config().flashCopiesOf(base.id).size(), 4);
        Q_UNUSED(sub);
    }

    void longBaseNamesAreCut()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const QString longName = u"Host Software Engineering Grp1"_s; // 30 characters
        RUN_OK(ws, u"create logicalDrive array=1 userLabel=\"%1\" capacity=1 GB;"_s.arg(longName));
        RUN_OK(ws, u"create FlashCopyLogicalDrive baseLogicalDrive=\"%1\";"_s.arg(longName));
        QVERIFY(ws.logicalDrive(longName.left(28) + u"-1"_s));
        QVERIFY(ws.logicalDrive(longName.left(27) + u"-R1"_s));
        QCOMPARE(defaultFlashCopyName(longName, u"-R1"_s).size(), 30);
    }

    void creationRules()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        RUN_OK(ws, u"create FlashCopyLogicalDrive baseLogicalDrive=\"Payroll\";"_s);
        // Not on a FlashCopy, not on a repository.
        RUN_FAILS(ws, u"create FlashCopyLogicalDrive baseLogicalDrive=\"Payroll-1\";"_s,
            ErrorCode::LogicalDriveKindNotAllowed);
        RUN_FAILS(ws, u"create FlashCopyLogicalDrive baseLogicalDrive=\"Payroll-R1\";"_s,
            ErrorCode::LogicalDriveKindNotAllowed);
        RUN_FAILS(ws, u"create FlashCopyLogicalDrive baseLogicalDrive=\"Nope\";"_s, ErrorCode::LogicalDriveNotFound);
        RUN_FAILS(ws, u"create FlashCopyLogicalDrive baseLogicalDrive=\"Payroll\" userLabel=\"Exchange\";"_s,
            ErrorCode::NameInUse);
        RUN_FAILS(ws, u"create FlashCopyLogicalDrive baseLogicalDrive=\"Payroll\" warningThresholdPercent=0;"_s,
            ErrorCode::InvalidParameter);
        RUN_FAILS(ws, u"create FlashCopyLogicalDrive baseLogicalDrive=\"Payroll\" repositoryFullPolicy=panic;"_s,
            ErrorCode::InvalidParameter);
        RUN_FAILS(ws, u"create FlashCopyLogicalDrive baseLogicalDrive=\"Payroll\" repositoryPercentOfBase=500;"_s,
            ErrorCode::InvalidParameter);
        // The repository must fit where it is asked to go.
        RUN_OK(ws, u"create logicalDrive array=2 userLabel=\"Fill\";"_s); // array 2 now has no free capacity
        RUN_FAILS(ws, u"create FlashCopyLogicalDrive baseLogicalDrive=\"Payroll\" freeCapacityArea=2;"_s,
            ErrorCode::CapacityExceedsFree);
        // ...or in a new array from unconfigured drives.
        RUN_OK(ws,
            u"create FlashCopyLogicalDrive baseLogicalDrive=\"Payroll\" repositoryRAIDLevel=1 "
            "repositoryDrives=(2,1 2,2);"_s);
        const LogicalDrive* repo = ws.logicalDrive(u"Payroll-R2"_s);
        QVERIFY(repo);
        QCOMPARE(ws.config().arrays.value(repo->arrayId).raidLevel, RaidLevel::Raid1);
        // The repository never gets smaller than 8 MB.
        RUN_OK(ws, u"create logicalDrive array=1 userLabel=\"Tiny\" capacity=16 MB;"_s);
        RUN_OK(ws, u"create FlashCopyLogicalDrive baseLogicalDrive=\"Tiny\" repositoryPercentOfBase=1;"_s);
        QCOMPARE(ws.logicalDrive(u"Tiny-R1"_s)->capacity, 8 * MiB);
        // The base cannot grow while it has FlashCopies; the FlashCopy drive itself never.
        RUN_FAILS(ws, u"set logicalDrive [\"Tiny\"] addCapacity=1 GB;"_s, ErrorCode::CapacityNotIncreased);
        RUN_FAILS(ws, u"set logicalDrive [\"Tiny-1\"] addCapacity=1 GB;"_s, ErrorCode::CapacityNotIncreased);
        // Without the premium feature, no new FlashCopy; existing ones go on working.
        const ObjectId sub = ws.subsystemId(u"Primary Site"_s);
        QVERIFY(!ws.engine().snapshot()->needsAttention.value(sub));
        RUN_OK(ws, u"disable storageSubsystem feature=flashCopy;"_s);
        RUN_FAILS(ws, u"create FlashCopyLogicalDrive baseLogicalDrive=\"Exchange\";"_s, ErrorCode::FeatureNotEnabled);
        QVERIFY(!ws.checksum(u"Tiny-1"_s).startsWith(u"error"_s));
        // With FlashCopies left the feature is out of compliance (issue 20): the event, Needs Attention, and the
        // feature list and subsystem status say so, until the feature is enabled again.
        bool logged = false;
        for (const Event& e : ws.engine().latestEvents(sub, 5)) {
            logged = logged || (e.code == EventCode::FeatureOutOfCompliance && e.needsAttention);
        }
        QVERIFY(logged);
        QVERIFY(ws.engine().snapshot()->needsAttention.value(sub));
        auto flashCopyFeature = [&ws]() {
            for (const auto& v : ws.run(u"show storageSubsystem features;"_s).data.value(u"features"_s).toArray()) {
                if (v.toObject().value(u"name"_s).toString().contains(u"FlashCopy"_s)) {
                    return v.toObject();
                }
            }
            return QJsonObject {};
        };
        QVERIFY(flashCopyFeature().value(u"outOfCompliance"_s).toString().contains(u"out of compliance"_s));
        QVERIFY(ws.run(u"show storageSubsystem;"_s)
                    .data.value(u"subsystem"_s)
                    .toObject()
                    .value(u"attentionReasons"_s)
                    .toArray()
                    .first()
                    .toString()
                    .startsWith(u"The FlashCopy feature is out of compliance"_s));
        const QString key = QDir(ws.path()).filePath(u"keys/primary-flashCopy.key"_s);
        RUN_OK(ws,
            u"save storageSubsystem featureKey feature=flashCopy file=\"%1\";"
            "enable storageSubsystem feature file=\"%1\";"_s.arg(key));
        QVERIFY(!flashCopyFeature().contains(u"outOfCompliance"_s));
        QVERIFY(!ws.engine().snapshot()->needsAttention.value(sub));
    }

    void readsThePointInTimeImage()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        RUN_OK(ws,
            u"create logicalDrive array=1 userLabel=\"Data\" capacity=32 MB;"
            "write logicalDrive [\"Data\"] offset=0 length=33554432 seed=1;"_s);
        const QString atCreation = ws.checksum(u"Data"_s);
        RUN_OK(ws, u"create FlashCopyLogicalDrive baseLogicalDrive=\"Data\";"_s);
        RUN_OK(ws,
            u"write logicalDrive [\"Data\"] offset=1000 length=5000000 seed=2;"
            "write logicalDrive [\"Data\"] offset=20000000 length=3000 seed=3;"_s);
        QVERIFY(ws.checksum(u"Data"_s) != atCreation);
        QCOMPARE(ws.checksum(u"Data-1"_s), atCreation);
        // Writes to the FlashCopy are its own: the base does not see them, and vice versa.
        const QString baseNow = ws.checksum(u"Data"_s);
        RUN_OK(ws, u"write logicalDrive [\"Data-1\"] offset=777 length=100000 seed=4;"_s);
        QCOMPARE(ws.checksum(u"Data"_s), baseNow);
        QVERIFY(ws.checksum(u"Data-1"_s) != atCreation);
        // The bytes written to the FlashCopy read back.
        const CommandResult w = ws.run(u"write logicalDrive [\"Data-1\"] offset=4096 length=65536 seed=9;"_s);
        QCOMPARE(ws.checksum(u"Data-1"_s, 4096, 65536), w.data.value(u"sha256"_s).toString());
    }

    void repositoryFullFailsTheFlashCopyAndRecreateRecovers()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const qint64 lastEvent = ws.engine().snapshot()->lastEventId;
        RUN_OK(ws,
            u"create logicalDrive array=1 userLabel=\"Data\" capacity=64 MB;"
            "create FlashCopyLogicalDrive baseLogicalDrive=\"Data\" repositoryPercentOfBase=1;"_s);
        QCOMPARE(ws.logicalDrive(u"Data-R1"_s)->capacity, 8 * MiB);
        // 10 MiB of new data cannot be preserved in an 8 MB repository.
        RUN_OK(ws, u"write logicalDrive [\"Data\"] offset=0 length=10485760 seed=5;"_s);
        settle();
        const FlashCopy* fc = flashCopy(ws, u"Data-1"_s);
        QCOMPARE(fc->status, FlashCopyStatus::Failed);
        QVERIFY(fc->statusReason.contains(u"full"_s));
        QCOMPARE(eventsSince(ws, lastEvent, EventCode::FlashCopyFailed).size(), 1);
        QVERIFY(eventsSince(ws, lastEvent, EventCode::FlashCopyFailed).first().needsAttention);
        QVERIFY(ws.engine().snapshot()->needsAttention.value(ws.subsystemId(u"Primary Site"_s)));
        // The base was never harmed: all 10 MiB landed.
        const CommandResult again = ws.run(u"write logicalDrive [\"Data\"] offset=0 length=10485760 seed=5;"_s);
        QCOMPARE(ws.checksum(u"Data"_s, 0, 10485760), again.data.value(u"sha256"_s).toString());
        // A failed FlashCopy cannot be read...
        QCOMPARE(ws.run(u"show logicalDrive [\"Data-1\"] checksum;"_s).error.code, ErrorCode::IoError);
        // ...nor disabled, but Re-create brings it back with a new point in time (conflict C2).
        RUN_FAILS(ws, u"disableFlashCopy logicalDrive [\"Data-1\"];"_s, ErrorCode::FlashCopyStateInvalid);
        const QDateTime before = fc->pointInTime;
        QTest::qWait(5);
        RUN_OK(ws, u"recreateFlashCopy logicalDrive [\"Data-1\"];"_s);
        fc = flashCopy(ws, u"Data-1"_s);
        QCOMPARE(fc->status, FlashCopyStatus::Optimal);
        QVERIFY(fc->pointInTime > before);
        QCOMPARE(ws.checksum(u"Data-1"_s), ws.checksum(u"Data"_s));
        QVERIFY(!ws.engine().snapshot()->needsAttention.value(ws.subsystemId(u"Primary Site"_s)));
        QCOMPARE(eventsSince(ws, lastEvent, EventCode::FlashCopyRecreated).size(), 1);
    }

    void repositoryFullFailsBaseWritesUntilItGrows()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const qint64 lastEvent = ws.engine().snapshot()->lastEventId;
        RUN_OK(ws,
            u"create logicalDrive array=1 userLabel=\"Data\" capacity=64 MB;"
            "write logicalDrive [\"Data\"] offset=0 length=67108864 seed=1;"_s);
        const QString t0 = ws.checksum(u"Data"_s);
        RUN_OK(ws,
            u"create FlashCopyLogicalDrive baseLogicalDrive=\"Data\" repositoryPercentOfBase=1 "
            "repositoryFullPolicy=failBaseWrites;"_s);
        const CommandResult refused = ws.run(u"write logicalDrive [\"Data\"] offset=0 length=10485760 seed=6;"_s);
        QCOMPARE(refused.error.code, ErrorCode::IoError);
        QVERIFY2(refused.error.message().contains(u"repository is full"_s), qPrintable(refused.error.message()));
        settle();
        const FlashCopy* fc = flashCopy(ws, u"Data-1"_s);
        QCOMPARE(fc->status, FlashCopyStatus::Optimal); // the FlashCopy stays accessible
        QVERIFY(fc->baseWritesFailing);
        QCOMPARE(eventsSince(ws, lastEvent, EventCode::FlashCopyRepositoryFull).size(), 1);
        QCOMPARE(ws.checksum(u"Data-1"_s), t0);
        // More room: base writes go through again and the image still holds.
        RUN_OK(ws, u"set logicalDrive [\"Data-R1\"] addCapacity=16 MB;"_s);
        QCOMPARE(ws.logicalDrive(u"Data-R1"_s)->modification, ModificationOperation::CapacityIncrease);
        QVERIFY(ws.waitForModifications()); // "Operation in Progress" until the capacity increase completes
        QCOMPARE(ws.logicalDrive(u"Data-R1"_s)->capacity, 24 * MiB);
        QVERIFY(!flashCopy(ws, u"Data-1"_s)->baseWritesFailing);
        RUN_OK(ws, u"write logicalDrive [\"Data\"] offset=0 length=10485760 seed=6;"_s);
        QCOMPARE(ws.checksum(u"Data-1"_s), t0);
        QCOMPARE(eventsSince(ws, lastEvent, EventCode::FlashCopyRepositoryIncreased).size(), 1);
    }

    void thresholdWarnsOncePerCrossing()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const qint64 lastEvent = ws.engine().snapshot()->lastEventId;
        RUN_OK(ws,
            u"create logicalDrive array=1 userLabel=\"Data\" capacity=256 MB;"
            "create FlashCopyLogicalDrive baseLogicalDrive=\"Data\" repositoryPercentOfBase=10 "
            "warningThresholdPercent=50;"_s);
        const qint64 capacity = ws.logicalDrive(u"Data-R1"_s)->capacity; // 25.6 MB
        // Fill to about 60%, in several writes: one warning.
        for (int i = 0; i < 4; ++i) {
            RUN_OK(ws,
                u"write logicalDrive [\"Data\"] offset=%1 length=%2 seed=1;"_s.arg(i * capacity * 15 / 100)
                    .arg(capacity * 15 / 100));
        }
        settle();
        QCOMPARE(eventsSince(ws, lastEvent, EventCode::FlashCopyThresholdExceeded).size(), 1);
        QVERIFY(flashCopy(ws, u"Data-1"_s)->thresholdExceeded);
        QCOMPARE(
            eventsSince(ws, lastEvent, EventCode::FlashCopyThresholdExceeded).first().severity, EventSeverity::Warning);
        // Doubling the repository drops usage below 50%: the warning is cleared and a new crossing warns again.
        RUN_OK(ws, u"set logicalDrive [\"Data-R1\"] addCapacity=%1 bytes;"_s.arg(capacity));
        QVERIFY(ws.waitForModifications());
        QVERIFY(!flashCopy(ws, u"Data-1"_s)->thresholdExceeded);
        RUN_OK(
            ws, u"write logicalDrive [\"Data\"] offset=%1 length=%2 seed=2;"_s.arg(capacity).arg(capacity * 50 / 100));
        settle();
        QCOMPARE(eventsSince(ws, lastEvent, EventCode::FlashCopyThresholdExceeded).size(), 2);
        // Settings change on the repository (or the FlashCopy): a higher threshold clears the warning.
        RUN_OK(ws, u"set logicalDrive [\"Data-R1\"] warningThresholdPercent=95 repositoryFullPolicy=failBaseWrites;"_s);
        const FlashCopy* fc = flashCopy(ws, u"Data-1"_s);
        QCOMPARE(fc->warningThresholdPercent, 95);
        QCOMPARE(fc->fullPolicy, RepositoryFullPolicy::FailBaseWrites);
        QVERIFY(!fc->thresholdExceeded);
        RUN_FAILS(ws, u"set logicalDrive [\"Exchange\"] warningThresholdPercent=80;"_s,
            ErrorCode::LogicalDriveKindNotAllowed);
    }

    void disableAndRecreate()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        RUN_OK(ws, u"create FlashCopyLogicalDrive baseLogicalDrive=\"DataVol\" mapping=automatic;"_s);
        const ObjectId id = ws.logicalDrive(u"DataVol-1"_s)->id;
        const LunMapping mapping = *ws.config().mappingOf(id);
        RUN_OK(ws, u"disableFlashCopy logicalDrive [\"DataVol-1\"];"_s);
        QCOMPARE(flashCopy(ws, u"DataVol-1"_s)->status, FlashCopyStatus::Disabled);
        const CommandResult read = ws.run(u"show logicalDrive [\"DataVol-1\"] checksum length=4096;"_s);
        QCOMPARE(read.error.code, ErrorCode::IoAccessDenied);
        QVERIFY(read.error.message().contains(u"disabled"_s));
        RUN_FAILS(ws, u"disableFlashCopy logicalDrive [\"DataVol-1\"];"_s, ErrorCode::FlashCopyStateInvalid);
        RUN_FAILS(ws, u"disableFlashCopy logicalDrive [\"DataVol\"];"_s, ErrorCode::LogicalDriveKindNotAllowed);
        // While disabled there is no copy-on-write.
        RUN_OK(ws, u"write logicalDrive [\"DataVol\"] offset=0 length=1048576 seed=8;"_s);
        QCOMPARE(ws.engine().pointInTime(id)->grainsCopied(), qint64(0));
        RUN_OK(ws, u"re-create flashCopy logicalDrive [\"DataVol-1\"];"_s);
        QCOMPARE(flashCopy(ws, u"DataVol-1"_s)->status, FlashCopyStatus::Optimal);
        QCOMPARE(*ws.config().mappingOf(id), mapping); // same name, same mapping
        QCOMPARE(ws.checksum(u"DataVol-1"_s, 0, MiB), ws.checksum(u"DataVol"_s, 0, MiB));
        // Re-create from Optimal: a new point in time at once.
        RUN_OK(ws, u"write logicalDrive [\"DataVol\"] offset=0 length=1048576 seed=9;"_s);
        QVERIFY(ws.checksum(u"DataVol-1"_s, 0, MiB) != ws.checksum(u"DataVol"_s, 0, MiB));
        RUN_OK(ws, u"recreateFlashCopy logicalDrive [\"DataVol-1\"];"_s);
        QCOMPARE(ws.checksum(u"DataVol-1"_s, 0, MiB), ws.checksum(u"DataVol"_s, 0, MiB));
    }

    void deletesCascade()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        RUN_OK(ws,
            u"create FlashCopyLogicalDrive baseLogicalDrive=\"Exchange\"; create FlashCopyLogicalDrive "
            "baseLogicalDrive=\"Exchange\"; create FlashCopyLogicalDrive baseLogicalDrive=\"Exchange\";"_s);
        const LogicalDrive repo2 = *ws.logicalDrive(u"Exchange-R2"_s);
        const QString mapFile = QDir(ws.path()).filePath(u"volumes/"_s + flashCopy(ws, u"Exchange-1"_s)->mapFile);
        QVERIFY(QFile::exists(mapFile));
        // Deleting a FlashCopy deletes its repository; deleting a repository deletes its FlashCopy.
        RUN_OK(ws, u"delete logicalDrive [\"Exchange-1\"]; delete logicalDrive [\"Exchange-R2\"];"_s);
        QVERIFY(!ws.logicalDrive(u"Exchange-1"_s) && !ws.logicalDrive(u"Exchange-R1"_s));
        QVERIFY(!ws.logicalDrive(u"Exchange-2"_s) && !ws.logicalDrive(u"Exchange-R2"_s));
        QVERIFY(!QFile::exists(mapFile));
        QVERIFY(!QFile::exists(QDir(ws.path()).filePath(u"volumes/"_s + repo2.fileName)));
        QVERIFY(ws.logicalDrive(u"Exchange-3"_s));
        // Deleting the base deletes all its FlashCopies and repositories.
        RUN_OK(ws, u"delete logicalDrive [\"Exchange\"];"_s);
        QVERIFY(!ws.logicalDrive(u"Exchange-3"_s) && !ws.logicalDrive(u"Exchange-R3"_s));
        QVERIFY(ws.config().flashCopies.isEmpty());
        QVERIFY(ws.engine().pointInTime(repo2.id) == nullptr);
    }

    void hostAccessRules()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        RUN_OK(ws, u"create FlashCopyLogicalDrive baseLogicalDrive=\"Payroll\";"_s);
        QCOMPARE(ws.run(u"write logicalDrive [\"Payroll-R1\"] offset=0 length=10 seed=1;"_s).error.code,
            ErrorCode::IoAccessDenied);
        QCOMPARE(
            ws.run(u"show logicalDrive [\"Payroll-R1\"] checksum length=10;"_s).error.code, ErrorCode::IoAccessDenied);
        RUN_FAILS(ws, u"set logicalDrive [\"Payroll-R1\"] logicalUnitNumber=9 hostGroup=defaultGroup;"_s,
            ErrorCode::LogicalDriveKindNotAllowed);
    }

    void survivesARestart()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        RUN_OK(ws,
            u"create logicalDrive array=1 userLabel=\"Data\" capacity=64 MB;"
            "write logicalDrive [\"Data\"] offset=0 length=16777216 seed=1;"
            "create FlashCopyLogicalDrive baseLogicalDrive=\"Data\";"
            "create FlashCopyLogicalDrive baseLogicalDrive=\"Data\";"
            "write logicalDrive [\"Data\"] offset=100 length=5000000 seed=2;"
            "disableFlashCopy logicalDrive [\"Data-2\"];"_s);
        const QString image = ws.checksum(u"Data-1"_s);
        const qint64 used = ws.engine().pointInTime(ws.logicalDrive(u"Data-1"_s)->id)->repositoryUsed();
        QVERIFY(!ws.reopen().isError());
        QCOMPARE(ws.checksum(u"Data-1"_s), image);
        QCOMPARE(ws.engine().pointInTime(ws.logicalDrive(u"Data-1"_s)->id)->repositoryUsed(), used);
        QCOMPARE(flashCopy(ws, u"Data-2"_s)->status, FlashCopyStatus::Disabled);
        QCOMPARE(ws.run(u"show logicalDrive [\"Data-2\"] checksum;"_s).error.code, ErrorCode::IoAccessDenied);
        // Copy-on-write goes on after the restart.
        RUN_OK(ws, u"write logicalDrive [\"Data\"] offset=30000000 length=5000000 seed=3;"_s);
        QCOMPARE(ws.checksum(u"Data-1"_s), image);
    }
};

QTEST_GUILESS_MAIN(TestFlashCopy)
#include "tst_flashcopy.moc"
