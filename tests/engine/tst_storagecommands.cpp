// SPDX-License-Identifier: GPL-3.0-or-later
// Storage commands through the command API: capacity accounting, RAID and name rules, DVE, delete, hot spares,
// hosts and LUN mappings, premium features, events, and that a failed command changes nothing.
#include "families/ds4000/premiumkeys.h"
#include "families/ds4000/scriptparser.h"
#include "storage/rules.h"
#include "testworkspace.h"
#include "util/bytesize.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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
        const Configuration before_ = (ws).config();                                                                   \
        const CommandResult r_ = (ws).run(script);                                                                     \
        QVERIFY2(!r_.ok(), "the command should have failed");                                                          \
        QCOMPARE(r_.error.code, expected);                                                                             \
        QVERIFY2((ws).config() == before_, "a failed command changed the configuration");                              \
    } while (false)

class TestStorageCommands : public QObject
{
    Q_OBJECT

private:
    static const Array& arrayOne(TestWorkspace& ws)
    {
        return *ws.config().arrayByNumber(ws.subsystemId(u"Primary Site"_s), 1);
    }

private Q_SLOTS:
    void everyScriptFormReachesAnEngineCommand()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        for (const QString& name : scriptCommandNames()) {
            QVERIFY2(ws.engine().knowsCommand(name), qPrintable(name));
        }
    }

    void createLogicalDriveAccountsCapacity()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const qint64 freeBefore = arrayFreeCapacity(ws.config(), arrayOne(ws).id);
        RUN_OK(ws, u"create logicalDrive array=1 userLabel=\"Data\" capacity=2 GB;"_s);
        const LogicalDrive* ld = ws.logicalDrive(u"Data"_s);
        QVERIFY(ld);
        QCOMPARE(ld->capacity, 2 * GiB);
        QCOMPARE(ld->kind, LogicalDriveKind::Standard);
        QCOMPARE(arrayFreeCapacity(ws.config(), arrayOne(ws).id), freeBefore - 2 * GiB);
        const QFileInfo file(QDir(ws.path()).filePath(u"volumes/"_s + ld->fileName));
        QVERIFY(file.exists());
        QCOMPARE(file.size(), 2 * GiB);
        // Capacities round up to whole 64 KiB granules.
        RUN_OK(ws, u"create logicalDrive array=1 userLabel=\"Odd\" capacity=100000 bytes;"_s);
        QCOMPARE(ws.logicalDrive(u"Odd"_s)->capacity, qint64(131072));
        // Without capacity the drive takes all the free capacity; then the array is full.
        RUN_OK(ws, u"create logicalDrive array=2 userLabel=\"Rest\";"_s);
        const Array& two = *ws.config().arrayByNumber(ws.subsystemId(u"Primary Site"_s), 2);
        QCOMPARE(arrayFreeCapacity(ws.config(), two.id), qint64(0));
        RUN_FAILS(
            ws, u"create logicalDrive array=2 userLabel=\"More\" capacity=1 MB;"_s, ErrorCode::CapacityExceedsFree);
    }

    void createLogicalDriveErrors_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("duplicate name") << u"create logicalDrive array=1 userLabel=\"Accounting\" capacity=1 GB;"_s
                                        << ErrorCode::NameInUse;
        QTest::newRow("name too long") << u"create logicalDrive array=1 userLabel=\"%1\" capacity=1 GB;"_s.arg(
            QString(31, u'x')) << ErrorCode::NameTooLong;
        QTest::newRow("empty name") << u"create logicalDrive array=1 userLabel=\"\" capacity=1 GB;"_s
                                    << ErrorCode::NameEmpty;
        QTest::newRow("too big") << u"create logicalDrive array=1 userLabel=\"Big\" capacity=10 TB;"_s
                                 << ErrorCode::CapacityExceedsFree;
        QTest::newRow("zero") << u"create logicalDrive array=1 userLabel=\"Zero\" capacity=0;"_s
                              << ErrorCode::CapacityTooSmall;
        QTest::newRow("bad capacity") << u"create logicalDrive array=1 userLabel=\"X\" capacity=lots;"_s
                                      << ErrorCode::InvalidParameter;
        QTest::newRow("no array") << u"create logicalDrive array=42 userLabel=\"X\" capacity=1 GB;"_s
                                  << ErrorCode::ArrayNotFound;
        QTest::newRow("no name") << u"create logicalDrive array=1 capacity=1 GB;"_s << ErrorCode::MissingParameter;
        QTest::newRow("unknown parameter") << u"create logicalDrive array=1 userLabel=\"X\" capacity=1 GB colour=red;"_s
                                           << ErrorCode::UnknownParameter;
        QTest::newRow("bad owner") << u"create logicalDrive array=1 userLabel=\"X\" capacity=1 GB owner=c;"_s
                                   << ErrorCode::ControllerNotFound;
    }
    void createLogicalDriveErrors()
    {
        QFETCH(QString, script);
        QFETCH(ErrorCode, code);
        TestWorkspace ws;
        QVERIFY(ws.ok());
        RUN_FAILS(ws, script, code);
    }

    void createArrayRules()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const ObjectId sub = ws.subsystemId(u"Primary Site"_s);
        const qint64 unconfigured = unconfiguredCapacity(ws.config(), sub);
        RUN_FAILS(ws, u"create array drives=(2,1 2,2) raidLevel=5;"_s, ErrorCode::RaidDriveCount);
        RUN_FAILS(ws, u"create array drives=(2,1 2,2 2,3) raidLevel=1;"_s, ErrorCode::RaidDriveCount);
        RUN_FAILS(ws, u"create array drives=(2,1 2,2) raidLevel=6;"_s, ErrorCode::RaidLevelInvalid);
        RUN_FAILS(ws, u"create array drives=(1,1 2,2) raidLevel=1;"_s, ErrorCode::DriveNotUnassigned);
        RUN_FAILS(ws, u"create array drives=(1,16 2,2) raidLevel=1;"_s, ErrorCode::DriveNotUnassigned); // hot spare
        RUN_FAILS(ws, u"create array drives=(2,1 2,1) raidLevel=1;"_s, ErrorCode::InvalidParameter);
        RUN_FAILS(ws, u"create array drives=(9,1 2,1) raidLevel=1;"_s, ErrorCode::DriveNotFound);
        RUN_OK(ws, u"create array drives=(2,1 2,2 2,3 2,4) raidLevel=1;"_s);
        const Array* a = ws.config().arrayByNumber(sub, 3);
        QVERIFY(a);
        QCOMPARE(a->raidLevel, RaidLevel::Raid1);
        const qint64 drive = ws.config().driveAt(sub, 2, 1)->usableCapacity;
        QCOMPARE(arrayCapacity(ws.config(), a->id), roundDown(2 * drive, kCapacityGranule));
        QCOMPARE(unconfiguredCapacity(ws.config(), sub), unconfigured - 4 * drive);
        QCOMPARE(ws.config().driveAt(sub, 2, 3)->role, DriveRole::Assigned);
        // One statement may create the array and its first logical drive.
        RUN_OK(ws, u"create logicalDrive drives=(2,5 2,6 2,7) raidLevel=5 userLabel=\"New5\" capacity=10 GB;"_s);
        QCOMPARE(ws.config().arrays.value(ws.logicalDrive(u"New5"_s)->arrayId).raidLevel, RaidLevel::Raid5);
        // A non-empty array cannot be deleted; an empty one returns its drives.
        RUN_FAILS(ws, u"delete array [1];"_s, ErrorCode::ArrayNotEmpty);
        RUN_OK(ws, u"delete array [3];"_s);
        QCOMPARE(ws.config().driveAt(sub, 2, 1)->role, DriveRole::Unassigned);
        QCOMPARE(ws.config().arrayByNumber(sub, 3), nullptr);
        // Array numbers are reused from the lowest free one.
        RUN_OK(ws, u"create array drives=(2,8) raidLevel=0;"_s);
        QVERIFY(ws.config().arrayByNumber(sub, 3));
    }

    void renameOwnerAndIncreaseCapacity()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        // The demonstration data of DataVol sits at 0 and at 4 GiB.
        const QString sumBefore = ws.checksum(u"DataVol"_s, 0, MiB) + ws.checksum(u"DataVol"_s, 4 * GiB, MiB);
        RUN_OK(ws, u"set logicalDrive [\"DataVol\"] userLabel=\"DataVol New\";"_s);
        QVERIFY(!ws.logicalDrive(u"DataVol"_s));
        QVERIFY(ws.logicalDrive(u"DataVol New"_s));
        RUN_FAILS(ws, u"set logicalDrive [\"DataVol New\"] userLabel=\"Payroll\";"_s, ErrorCode::NameInUse);
        RUN_OK(ws, u"set logicalDrive [\"DataVol New\"] owner=a;"_s);
        QCOMPARE(ws.logicalDrive(u"DataVol New"_s)->preferredOwner, u"A"_s);
        const qint64 free = arrayFreeCapacity(ws.config(), arrayOne(ws).id);
        RUN_OK(ws, u"set logicalDrive [\"DataVol New\"] addCapacity=2 GB;"_s);
        QVERIFY(ws.waitForModifications());
        QCOMPARE(ws.logicalDrive(u"DataVol New"_s)->capacity, 10 * GiB);
        QCOMPARE(arrayFreeCapacity(ws.config(), arrayOne(ws).id), free - 2 * GiB);
        // DVE keeps the data and the new space reads as zeros.
        QCOMPARE(ws.checksum(u"DataVol New"_s, 0, MiB) + ws.checksum(u"DataVol New"_s, 4 * GiB, MiB), sumBefore);
        const QString zeros
            = QString::fromLatin1(QCryptographicHash::hash(QByteArray(MiB, '\0'), QCryptographicHash::Sha256).toHex());
        QCOMPARE(ws.checksum(u"DataVol New"_s, 8 * GiB, MiB), zeros);
        QCOMPARE(ws.checksum(u"DataVol New"_s, 10 * GiB - MiB, MiB), zeros);
        RUN_OK(ws, u"write logicalDrive [\"DataVol New\"] offset=10737410048 length=4096 seed=3;"_s); // last 4 KiB
        RUN_FAILS(ws, u"set logicalDrive [\"DataVol New\"] addCapacity=10 TB;"_s, ErrorCode::CapacityExceedsFree);
        RUN_FAILS(ws, u"set logicalDrive [\"DataVol New\"];"_s, ErrorCode::MissingParameter);
    }

    void capacityIncreaseIsALongOperationOnePerController()
    {
        // Issue 20, spec §2.2.7 (L4404-4472) and §1.4: a capacity increase shows "Operation in Progress" with its
        // progress until it completes; the data stays accessible meanwhile, the added space only afterwards; one
        // modification per array and one capacity increase per controller at a time.
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const qint64 free = arrayFreeCapacity(ws.config(), arrayOne(ws).id);
        RUN_OK(ws, u"write logicalDrive [\"Accounting\"] offset=0 length=1048576 seed=4;"_s);
        const QString before = ws.checksum(u"Accounting"_s, 0, MiB);
        // Lowest priority: 8 GB at 1/8 of 1 GiB/s takes a minute, time enough to look at it.
        RUN_OK(ws, u"set logicalDrive [\"Accounting\"] modificationPriority=lowest;"_s);
        RUN_OK(ws, u"set logicalDrive [\"Accounting\"] addCapacity=8 GB;"_s);
        const LogicalDrive* ld = ws.logicalDrive(u"Accounting"_s);
        QCOMPARE(ld->modification, ModificationOperation::DynamicExpansion);
        QCOMPARE(ld->capacity, 20 * GiB);                                          // not yet
        QCOMPARE(arrayFreeCapacity(ws.config(), arrayOne(ws).id), free - 8 * GiB); // the space is taken now
        const QJsonObject shown = ws.run(u"show logicalDrive [\"Accounting\"];"_s)
                                      .data.value(u"logicalDrives"_s)
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(shown.value(u"status"_s).toString(), u"Operation in Progress"_s);
        QCOMPARE(shown.value(u"action"_s).toString(), u"Dynamic logical drive expansion"_s);
        QTRY_VERIFY_WITH_TIMEOUT(ws.logicalDrive(u"Accounting"_s)->modificationBasisPoints > 0, 5000);
        const CommandResult progress = ws.run(u"show logicalDrive [\"Accounting\"] actionProgress;"_s);
        QVERIFY(progress.ok());
        QCOMPARE(progress.data.value(u"action"_s).toString(), u"Dynamic logical drive expansion"_s);
        QVERIFY(progress.data.value(u"percentComplete"_s).toInt() < 100);

        // The data stays accessible; the added capacity is not there yet.
        QCOMPARE(ws.checksum(u"Accounting"_s, 0, MiB), before);
        RUN_OK(ws, u"write logicalDrive [\"Accounting\"] offset=1048576 length=65536 seed=5;"_s);
        QVERIFY(!ws.run(u"write logicalDrive [\"Accounting\"] offset=21474836480 length=65536 seed=5;"_s).ok());

        // Blocking conditions: the same drive again, another drive of the same array, another drive of the same
        // controller (Oracle Logs is on controller A in array 2), each with the reason.
        for (const QString& statement : {u"set logicalDrive [\"Accounting\"] addCapacity=1 GB;"_s,
                 u"set logicalDrive [\"Payroll\"] addCapacity=1 GB;"_s,
                 u"set logicalDrive [\"Oracle Logs\"] addCapacity=1 GB;"_s}) {
            const CommandResult r = ws.run(statement);
            QVERIFY2(!r.ok(), qPrintable(statement));
            QCOMPARE(r.error.code, ErrorCode::CapacityNotIncreased);
        }
        QVERIFY(ws.run(u"set logicalDrive [\"Oracle Logs\"] addCapacity=1 GB;"_s)
                    .error.message()
                    .contains(u"one capacity increase per controller"_s));
        QVERIFY(ws.run(u"set logicalDrive [\"Payroll\"] addCapacity=1 GB;"_s)
                    .error.message()
                    .contains(u"in the same array is under modification"_s));
        // Controller B's drive in the other array may expand at the same time.
        RUN_OK(ws, u"set logicalDrive [\"Web Content\"] modificationPriority=highest addCapacity=1 GB;"_s);
        QTRY_COMPARE_WITH_TIMEOUT(ws.logicalDrive(u"Web Content"_s)->capacity, 26 * GiB, 10000);

        // A higher priority speeds the running expansion up; it survives a restart where it was.
        RUN_OK(ws, u"set logicalDrive [\"Accounting\"] modificationPriority=highest;"_s);
        const int reached = ws.logicalDrive(u"Accounting"_s)->modificationBasisPoints;
        QVERIFY(!ws.reopen().isError());
        QCOMPARE(ws.logicalDrive(u"Accounting"_s)->modification, ModificationOperation::DynamicExpansion);
        QVERIFY(ws.logicalDrive(u"Accounting"_s)->modificationBasisPoints >= reached);
        QVERIFY(ws.waitForModifications());
        QCOMPARE(ws.logicalDrive(u"Accounting"_s)->capacity, 28 * GiB);
        QCOMPARE(ws.checksum(u"Accounting"_s, 0, MiB), before);
        RUN_OK(ws, u"write logicalDrive [\"Accounting\"] offset=21474836480 length=65536 seed=5;"_s);
        QCOMPARE(ws.run(u"show logicalDrive [\"Accounting\"] actionProgress;"_s).data.value(u"action"_s).toString(),
            QString());
        bool completed = false;
        for (const Event& e : ws.engine().latestEvents(ws.subsystemId(u"Primary Site"_s), 50)) {
            completed = completed
                || (e.code == EventCode::LogicalDriveCapacityIncreased && e.component.contains(u"Accounting"_s));
        }
        QVERIFY(completed);
    }

    void deleteReturnsCapacityAndRemovesTheFile()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const qint64 free = arrayFreeCapacity(ws.config(), arrayOne(ws).id);
        const LogicalDrive accounting = *ws.logicalDrive(u"Accounting"_s);
        const QString file = QDir(ws.path()).filePath(u"volumes/"_s + accounting.fileName);
        QVERIFY(QFile::exists(file));
        QVERIFY(ws.config().mappingOf(accounting.id));
        RUN_OK(ws, u"delete logicalDrive [\"Accounting\" \"Payroll\"];"_s);
        QVERIFY(!ws.logicalDrive(u"Accounting"_s));
        QVERIFY(!ws.logicalDrive(u"Payroll"_s));
        QVERIFY(!QFile::exists(file));
        QVERIFY(!ws.config().mappingOf(accounting.id)); // its mapping went with it
        QCOMPARE(arrayFreeCapacity(ws.config(), arrayOne(ws).id), free + 30 * GiB);
        RUN_FAILS(ws, u"delete logicalDrive [\"Accounting\"];"_s, ErrorCode::LogicalDriveNotFound);
        // A list where one name is wrong deletes nothing.
        RUN_FAILS(ws, u"delete logicalDrive [\"Exchange\" \"Nope\"];"_s, ErrorCode::LogicalDriveNotFound);
        QVERIFY(ws.logicalDrive(u"Exchange"_s));
    }

    void hotSpares()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const ObjectId sub = ws.subsystemId(u"Primary Site"_s);
        RUN_OK(ws, u"set drive [2,10] hotSpare=TRUE;"_s);
        QCOMPARE(ws.config().driveAt(sub, 2, 10)->role, DriveRole::HotSpare);
        RUN_FAILS(ws, u"set drive [1,1] hotSpare=TRUE;"_s, ErrorCode::DriveNotHotSpareCandidate);
        RUN_FAILS(ws, u"set drive [2,11] hotSpare=maybe;"_s, ErrorCode::InvalidParameter);
        RUN_OK(ws, u"set drive [2,10] hotSpare=FALSE;"_s);
        QCOMPARE(ws.config().driveAt(sub, 2, 10)->role, DriveRole::Unassigned);
    }

    void hostsAndMappings()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const ObjectId sub = ws.subsystemId(u"Primary Site"_s);
        RUN_OK(ws,
            u"create hostGroup userLabel=\"Lab\"; create host userLabel=\"lab1\" hostGroup=\"Lab\"; "
            "create hostPort host=\"lab1\" identifier=\"21:00:00:e0:8b:aa:bb:01\";"_s);
        const Host* lab1 = ws.config().hostByName(sub, u"lab1"_s);
        QVERIFY(lab1);
        QCOMPARE(ws.config().hostPortsOf(lab1->id).first().identifier, u"210000E08BAABB01"_s);
        RUN_FAILS(
            ws, u"create hostPort host=\"lab1\" identifier=\"21:00:00:e0:8b:aa:bb:01\";"_s, ErrorCode::HostPortIdInUse);
        RUN_FAILS(ws, u"create hostPort host=\"lab1\" identifier=\"nonsense\";"_s, ErrorCode::HostPortIdInvalid);
        RUN_FAILS(ws, u"create host userLabel=\"lab1\";"_s, ErrorCode::NameInUse);
        RUN_FAILS(ws, u"create host userLabel=\"x\" hostGroup=\"Nope\";"_s, ErrorCode::HostGroupNotFound);

        // Group mapping at LUN 0, then a host of the group cannot take LUN 0 but can take LUN 1.
        RUN_OK(ws, u"set logicalDrive [\"Web Content\"] logicalUnitNumber=0 hostGroup=\"Lab\";"_s);
        RUN_OK(ws, u"create logicalDrive array=1 userLabel=\"L1\" capacity=1 GB;"_s);
        RUN_FAILS(ws, u"set logicalDrive [\"L1\"] logicalUnitNumber=0 host=\"lab1\";"_s, ErrorCode::LunInUse);
        RUN_FAILS(ws, u"set logicalDrive [\"L1\"] logicalUnitNumber=256 host=\"lab1\";"_s, ErrorCode::LunOutOfRange);
        RUN_OK(ws, u"set logicalDrive [\"L1\"] logicalUnitNumber=1 host=\"lab1\";"_s);
        // A logical drive has one mapping; moving it elsewhere needs a remove first.
        RUN_FAILS(ws, u"set logicalDrive [\"L1\"] logicalUnitNumber=5 host=\"admin-ws\";"_s, ErrorCode::AlreadyMapped);
        RUN_OK(ws, u"set logicalDrive [\"L1\"] logicalUnitNumber=4 host=\"lab1\";"_s); // same target: new LUN
        QCOMPARE(ws.config().mappingOf(ws.logicalDrive(u"L1"_s)->id)->lun, 4);
        QCOMPARE(lowestFreeLun(ws.config(), sub, lab1->id), 1);
        RUN_FAILS(ws, u"remove logicalDrive [\"L1\"] lunMapping host=\"admin-ws\";"_s, ErrorCode::MappingNotFound);
        RUN_OK(ws, u"remove logicalDrive [\"L1\"] lunMapping;"_s);
        QVERIFY(!ws.config().mappingOf(ws.logicalDrive(u"L1"_s)->id));
        RUN_FAILS(ws, u"remove logicalDrive [\"L1\"] lunMapping;"_s, ErrorCode::NotMapped);
        RUN_OK(ws, u"set logicalDrive [\"L1\"] logicalUnitNumber=9 hostGroup=defaultGroup;"_s);
        QCOMPARE(ws.config().mappingOf(ws.logicalDrive(u"L1"_s)->id)->targetId, ObjectId(0));

        // A group with hosts cannot be deleted; deleting the host removes its ports and mappings.
        RUN_FAILS(ws, u"delete hostGroup [\"Lab\"];"_s, ErrorCode::HostGroupNotEmpty);
        RUN_OK(ws, u"set host [\"lab1\"] hostGroup=defaultGroup;"_s);
        QCOMPARE(ws.config().hostByName(sub, u"lab1"_s)->hostGroupId, ObjectId(0));
        RUN_OK(ws, u"delete hostGroup [\"Lab\"];"_s);
        QVERIFY(!ws.config().mappingOf(ws.logicalDrive(u"Web Content"_s)->id));
        RUN_OK(ws, u"delete host [\"lab1\"];"_s);
        QVERIFY(ws.config().hostPortByIdentifierOrLabel(sub, u"210000E08BAABB01"_s) == nullptr);
    }

    void premiumFeatures()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const ObjectId primary = ws.subsystemId(u"Primary Site"_s);
        const QString primaryKey = QDir(ws.path()).filePath(u"keys/primary-remoteMirror.key"_s);
        const QString secondaryKey = QDir(ws.path()).filePath(u"keys/secondary-remoteMirror.key"_s);
        QVERIFY(!ws.config().subsystems.value(primary).remoteMirrorEnabled);
        // A key for the other subsystem is refused and says which identifier it needs.
        const CommandResult wrong = ws.run(u"enable storageSubsystem feature file=\"%1\";"_s.arg(secondaryKey));
        QCOMPARE(wrong.error.code, ErrorCode::FeatureKeyWrongSubsystem);
        QVERIFY(wrong.error.message().contains(ws.config().subsystems.value(primary).featureEnableId));
        RUN_OK(ws, u"enable storageSubsystem feature file=\"%1\";"_s.arg(primaryKey));
        QVERIFY(ws.config().subsystems.value(primary).remoteMirrorEnabled);
        RUN_FAILS(
            ws, u"enable storageSubsystem feature file=\"%1\";"_s.arg(primaryKey), ErrorCode::FeatureAlreadyEnabled);
        RUN_OK(ws, u"disable storageSubsystem feature=remoteMirror;"_s);
        QVERIFY(!ws.config().subsystems.value(primary).remoteMirrorEnabled);
        RUN_FAILS(ws, u"disable storageSubsystem feature=remoteMirror;"_s, ErrorCode::FeatureNotEnabled);
        RUN_FAILS(ws, u"disable storageSubsystem feature=teleport;"_s, ErrorCode::FeatureUnknown);

        // An altered key file is detected.
        QFile f(primaryKey);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray content = f.readAll();
        f.close();
        content.replace("Feature=remoteMirror", "Feature=flashCopy");
        const QString forged = QDir(ws.path()).filePath(u"forged.key"_s);
        QFile g(forged);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(content);
        g.close();
        RUN_FAILS(ws, u"enable storageSubsystem feature file=\"%1\";"_s.arg(forged), ErrorCode::FeatureKeyInvalid);
        RUN_FAILS(ws, u"enable storageSubsystem feature file=\"/nonexistent/key\";"_s, ErrorCode::FeatureKeyInvalid);

        // The simulated activation site writes keys; a DS4300 cannot take VolumeCopy at all.
        RUN_OK(ws, u"create storageSubsystem userLabel=\"Small\" model=DS4300 enclosures=1;"_s);
        const QString key = QDir(ws.path()).filePath(u"small-vc.key"_s);
        QVERIFY(
            ws.run(u"save storageSubsystem featureKey feature=volumeCopy file=\"%1\";"_s.arg(key), u"Small"_s).ok());
        QCOMPARE(ws.run(u"enable storageSubsystem feature file=\"%1\";"_s.arg(key), u"Small"_s).error.code,
            ErrorCode::FeatureNotSupported);
        const CommandResult features = ws.run(u"show storageSubsystem features;"_s, u"Small"_s);
        QVERIFY(features.ok());
        QCOMPARE(features.data.value(u"featureEnableIdentifier"_s).toString().size(), 32);
    }

    void eventsAreLogged()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        const qint64 last = ws.engine().snapshot()->lastEventId;
        RUN_OK(ws, u"create logicalDrive array=1 userLabel=\"Evented\" capacity=1 GB;"_s);
        const CommandResult r = ws.command(u"getEvents"_s, {{u"afterId"_s, last}});
        QVERIFY(r.ok());
        const QJsonArray events = r.data.value(u"events"_s).toArray();
        QCOMPARE(events.size(), 1);
        const QJsonObject e = events.first().toObject();
        QCOMPARE(e.value(u"code"_s).toInt(), EventCode::LogicalDriveCreated);
        QCOMPARE(e.value(u"component"_s).toString(), u"Logical Drive Evented"_s);
        QCOMPARE(e.value(u"subsystem"_s).toString(), u"Primary Site"_s);
        // A failed command logs nothing.
        ws.run(u"create logicalDrive array=1 userLabel=\"Evented\" capacity=1 GB;"_s);
        QCOMPARE(ws.command(u"getEvents"_s, {{u"afterId"_s, last}}).data.value(u"events"_s).toArray().size(), 1);
        // "count" takes the newest ones.
        const QJsonArray newest = ws.command(u"getEvents"_s, {{u"count"_s, 3}}).data.value(u"events"_s).toArray();
        QCOMPARE(newest.size(), 3);
        QCOMPARE(newest.last().toObject().value(u"id"_s).toInteger(), ws.engine().snapshot()->lastEventId);
    }

    void subsystemSelectionAndRename()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        // Commands address the first subsystem unless one is named, with or without the "Storage Subsystem" prefix.
        RUN_OK(ws, u"create logicalDrive array=1 userLabel=\"OnPrimary\" capacity=1 GB;"_s);
        QVERIFY(ws.logicalDrive(u"OnPrimary"_s, u"Primary Site"_s));
        QVERIFY(ws.run(u"create logicalDrive array=1 userLabel=\"OnSecondary\" capacity=1 GB;"_s,
                      u"Storage Subsystem Secondary Site"_s)
                    .ok());
        QVERIFY(ws.logicalDrive(u"OnSecondary"_s, u"Secondary Site"_s));
        QCOMPARE(ws.run(u"show allLogicalDrives;"_s, u"Tertiary"_s).error.code, ErrorCode::SubsystemNotFound);
        RUN_FAILS(ws, u"set storageSubsystem userLabel=\"Secondary Site\";"_s, ErrorCode::NameInUse);
        RUN_OK(ws, u"set storageSubsystem userLabel=\"Main Site\";"_s);
        QVERIFY(ws.config().subsystemByName(u"Main Site"_s));
    }

    void writeAndChecksum()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        RUN_OK(ws, u"create logicalDrive array=1 userLabel=\"IO\" capacity=64 MB;"_s);
        const CommandResult w = ws.run(u"write logicalDrive [\"IO\"] offset=1000 length=5000000 seed=11;"_s);
        QVERIFY(w.ok());
        // The checksum of exactly the written range equals the hash of the data the write reported.
        QCOMPARE(ws.checksum(u"IO"_s, 1000, 5000000), w.data.value(u"sha256"_s).toString());
        // The same seed at another offset writes the same bytes.
        const CommandResult w2 = ws.run(u"write logicalDrive [\"IO\"] offset=20000000 length=5000000 seed=11;"_s);
        QCOMPARE(w2.data.value(u"sha256"_s).toString(), w.data.value(u"sha256"_s).toString());
        QCOMPARE(ws.checksum(u"IO"_s, 20000000, 5000000), ws.checksum(u"IO"_s, 1000, 5000000));
        QCOMPARE(ws.run(u"write logicalDrive [\"IO\"] offset=67108000 length=1000 seed=1;"_s).error.code,
            ErrorCode::IoOutOfRange);
        QCOMPARE(
            ws.command(u"checksumLogicalDrive"_s, {{u"targets"_s, QJsonArray {u"IO"_s}}, {u"offset"_s, -5}}).error.code,
            ErrorCode::IoOutOfRange);
        QCOMPARE(ws.run(u"write logicalDrive [\"IO\"] offset=0 seed=1;"_s).error.code, ErrorCode::MissingParameter);
        // A checksum of a never-written drive equals the SHA-256 of zeros.
        RUN_OK(ws, u"create logicalDrive array=1 userLabel=\"Blank\" capacity=4 MB;"_s);
        QCOMPARE(ws.checksum(u"Blank"_s),
            QString::fromLatin1(
                QCryptographicHash::hash(QByteArray(4 * MiB, '\0'), QCryptographicHash::Sha256).toHex()));
    }
};

QTEST_GUILESS_MAIN(TestStorageCommands)
#include "tst_storagecommands.moc"
