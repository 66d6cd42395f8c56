// SPDX-License-Identifier: GPL-3.0-or-later
// ESS Copy Services tasks, the Copy Services servers and the Configuration panel's settings (issue 13): saved
// tasks that run by name and keep their last status, groups, the reset/switch rules of the servers, CLI users,
// the log, and the demonstration workspace of the seed's examples.
#include "esstestsupport.h"
#include "families/families.h"
#include "service/engine.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

constexpr qint64 kVolume = 4 << 20;

using namespace EssTest;

/**
 * Two ESSs beside the demonstration workspace's: ESS 12345 (LSS 16, 17) and ESS FCB77 (LSS 17), which now run the
 * primary and the backup Copy Services server of the domain.
 */
void populate(Engine& engine)
{
    QVERIFY(
        run(engine, u"essCreateStorageServer"_s, {{u"serial"_s, u"12345"_s}, {u"lss"_s, QJsonArray {16, 17}}}).ok());
    QVERIFY(run(engine, u"essCreateStorageServer"_s, {{u"serial"_s, u"FCB77"_s}, {u"lss"_s, QJsonArray {17}}}).ok());
    QVERIFY(run(engine, u"essCreateVolumes"_s,
        {{u"subsystem"_s, u"12345"_s}, {u"lss"_s, 16}, {u"count"_s, 4}, {u"capacity"_s, kVolume}})
                .ok());
    QVERIFY(run(engine, u"essCreateVolumes"_s,
        {{u"subsystem"_s, u"12345"_s}, {u"lss"_s, 17}, {u"count"_s, 2}, {u"capacity"_s, kVolume}})
                .ok());
    QVERIFY(run(engine, u"essSetCopyServicesServers"_s, {{u"primary"_s, u"12345"_s}, {u"backup"_s, u"FCB77"_s}}).ok());
}

QJsonObject task(const QString& name, const QString& command, const QJsonObject& args, bool replace = false)
{
    return {{u"name"_s, name}, {u"description"_s, u"test task"_s}, {u"command"_s, command}, {u"arguments"_s, args},
        {u"replace"_s, replace}};
}

QJsonObject flash(const QString& source, const QString& target)
{
    return {{u"source"_s, source}, {u"target"_s, target}, {u"noCopy"_s, true}};
}

const SavedTask* taskNamed(Engine& engine, const QString& name)
{
    for (const SavedTask& t : engine.configuration().tasks) {
        if (t.name == name) {
            return &t;
        }
    }
    return nullptr;
}

QStringList logDescriptions(Engine& engine)
{
    QStringList out;
    for (const auto& item : run(engine, u"essShowLog"_s).data.value(u"log"_s).toArray()) {
        out.append(item.toObject().value(u"description"_s).toString());
    }
    return out;
}

} // namespace

class TestEssTasks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveRunAndLastStatus()
    {
        QTemporaryDir dir;
        Engine engine(Families::all());
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        populate(engine);
        const int before = flashCopies(engine);
        QVERIFY(run(engine, u"essSaveTask"_s,
            task(u"BkFlash"_s, u"essEstablishFlashCopy"_s, flash(u"00012345"_s, u"00112345"_s)))
                    .ok());
        QVERIFY(run(engine, u"essSaveTask"_s,
            task(u"BkFlashWithdraw"_s, u"essWithdrawFlashCopy"_s, {{u"volume"_s, u"00012345"_s}}))
                    .ok());
        QCOMPARE(flashCopies(engine), before); // saving does not run
        QCOMPARE(taskNamed(engine, u"BkFlash"_s)->lastStatus, QString());

        const CommandResult ran = run(engine, u"essRunTasks"_s, {{u"names"_s, QJsonArray {u"BkFlash"_s}}});
        QVERIFY2(ran.ok(), qPrintable(ran.error.cliLine()));
        QVERIFY(ran.data.value(u"ok"_s).toBool());
        QCOMPARE(flashCopies(engine), before + 1);
        QCOMPARE(taskNamed(engine, u"BkFlash"_s)->lastStatus, u"successful"_s);
        QVERIFY(taskNamed(engine, u"BkFlash"_s)->lastRun.isValid());
        // Running it again fails (the volumes are in a FlashCopy already) and the status says why.
        const CommandResult again = run(engine, u"essRunTasks"_s, {{u"names"_s, QJsonArray {u"BkFlash"_s}}});
        QVERIFY(again.ok());
        QVERIFY(!again.data.value(u"ok"_s).toBool());
        QCOMPARE(taskNamed(engine, u"BkFlash"_s)->lastStatus, u"failed"_s);
        QVERIFY(taskNamed(engine, u"BkFlash"_s)->lastReason.contains(u"Error 203"_s));
        QVERIFY(logDescriptions(engine).contains(u"Task failed"_s));
        QVERIFY(run(engine, u"essRunTasks"_s, {{u"names"_s, QJsonArray {u"BkFlashWithdraw"_s}}})
                    .data.value(u"ok"_s)
                    .toBool());
        QCOMPARE(flashCopies(engine), before);

        // The naming rules (seed L4411, L2440) and the other checks at Save.
        QCOMPARE(run(engine, u"essSaveTask"_s,
                     task(u"ThisNameIsTooLong"_s, u"essEstablishFlashCopy"_s, flash(u"00012345"_s, u"00112345"_s)))
                     .error.code,
            ErrorCode::EssTaskInvalid);
        QCOMPARE(run(engine, u"essSaveTask"_s,
                     task(u"HP Flash"_s, u"essEstablishFlashCopy"_s, flash(u"00012345"_s, u"00112345"_s)))
                     .error.code,
            ErrorCode::EssTaskInvalid);
        QCOMPARE(run(engine, u"essSaveTask"_s,
                     task(u"BkFlash"_s, u"essEstablishFlashCopy"_s, flash(u"00012345"_s, u"00212345"_s)))
                     .error.code,
            ErrorCode::EssTaskInvalid); // exists: Replace or a new name
        QVERIFY(run(engine, u"essSaveTask"_s,
            task(u"BkFlash"_s, u"essEstablishFlashCopy"_s, flash(u"00012345"_s, u"00212345"_s), true))
                    .ok());
        QVERIFY(taskNamed(engine, u"BkFlash"_s)->arguments.contains(u"00212345"_s));
        QCOMPARE(run(engine, u"essSaveTask"_s, task(u"Bad"_s, u"essCreateVolumes"_s, {})).error.code,
            ErrorCode::EssTaskInvalid);
        QCOMPARE(run(engine, u"essSaveTask"_s,
                     task(u"Ghost"_s, u"essEstablishFlashCopy"_s, flash(u"0FF12345"_s, u"00112345"_s)))
                     .error.code,
            ErrorCode::EssVolumeNotFound);
        QCOMPARE(run(engine, u"essRunTasks"_s, {{u"names"_s, QJsonArray {u"NoSuchTask"_s}}}).error.code,
            ErrorCode::EssTaskNotFound);
    }

    void groupsRunTheirMembersTogether()
    {
        QTemporaryDir dir;
        Engine engine(Families::all());
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        populate(engine);
        const int before = flashCopies(engine);
        // The seed's example: fc_group1 = {fc1, fc2}, a FlashCopy pair in each of two LSSs (L2417).
        QVERIFY(run(
            engine, u"essSaveTask"_s, task(u"fc1"_s, u"essEstablishFlashCopy"_s, flash(u"00012345"_s, u"00112345"_s)))
                    .ok());
        QVERIFY(run(
            engine, u"essSaveTask"_s, task(u"fc2"_s, u"essEstablishFlashCopy"_s, flash(u"10012345"_s, u"10112345"_s)))
                    .ok());
        QVERIFY(run(
            engine, u"essGroupTasks"_s, {{u"name"_s, u"fc_group1"_s}, {u"members"_s, QJsonArray {u"fc1"_s, u"fc2"_s}}})
                    .ok());
        // A grouped task's properties cannot change, groups do not nest, a member cannot join a second group.
        QCOMPARE(run(engine, u"essSaveTask"_s,
                     task(u"fc1"_s, u"essEstablishFlashCopy"_s, flash(u"00012345"_s, u"00212345"_s), true))
                     .error.code,
            ErrorCode::EssTaskInvalid);
        QCOMPARE(run(engine, u"essGroupTasks"_s,
                     {{u"name"_s, u"outer"_s}, {u"members"_s, QJsonArray {u"fc_group1"_s, u"fc2"_s}}})
                     .error.code,
            ErrorCode::EssTaskInvalid);
        QCOMPARE(run(engine, u"essRemoveTask"_s, {{u"name"_s, u"fc1"_s}}).error.code, ErrorCode::EssTaskInvalid);

        const CommandResult ran = run(engine, u"essRunTasks"_s, {{u"names"_s, QJsonArray {u"fc_group1"_s}}});
        QVERIFY(ran.ok() && ran.data.value(u"ok"_s).toBool());
        QCOMPARE(flashCopies(engine), before + 2);
        QCOMPARE(taskNamed(engine, u"fc_group1"_s)->lastStatus, u"successful"_s);
        QCOMPARE(taskNamed(engine, u"fc2"_s)->lastStatus, u"successful"_s);
        // Again: both members fail, so the group does.
        QVERIFY(
            !run(engine, u"essRunTasks"_s, {{u"names"_s, QJsonArray {u"fc_group1"_s}}}).data.value(u"ok"_s).toBool());
        QCOMPARE(taskNamed(engine, u"fc_group1"_s)->lastStatus, u"failed"_s);

        QVERIFY(run(engine, u"essUngroupTasks"_s, {{u"name"_s, u"fc_group1"_s}}).ok());
        QVERIFY(taskNamed(engine, u"fc_group1"_s) == nullptr);
        QCOMPARE(taskNamed(engine, u"fc1"_s)->groupId, ObjectId(0));
        QVERIFY(run(engine, u"essRemoveTask"_s, {{u"name"_s, u"fc1"_s}}).ok());
        QVERIFY(taskNamed(engine, u"fc1"_s) == nullptr);
    }

    void copyServicesServersResetInTheSeedsOrder()
    {
        QTemporaryDir dir;
        Engine engine(Families::all());
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        populate(engine);
        QVERIFY(run(
            engine, u"essSaveTask"_s, task(u"fc1"_s, u"essEstablishFlashCopy"_s, flash(u"00012345"_s, u"00112345"_s)))
                    .ok());
        QCOMPARE(run(engine, u"essCopyServicesStatus"_s).data.value(u"active"_s).toString(), u"primary"_s);
        auto reset = [&](const QString& ess, const QString& action) {
            return run(engine, u"essResetCopyServices"_s, {{u"subsystem"_s, ess}, {u"action"_s, action}});
        };
        // Disable on all ESSs first (seed L858-866); the demonstration workspace's two ESSs are in the domain too.
        QCOMPARE(reset(u"FCB77"_s, u"backup"_s).error.code, ErrorCode::EssCopyServicesUnavailable);
        QVERIFY(reset(u"12019"_s, u"disable"_s).ok());
        QVERIFY(reset(u"FCA31"_s, u"disable"_s).ok());
        QVERIFY(reset(u"FCB77"_s, u"disable"_s).ok());
        QVERIFY(reset(u"12345"_s, u"disable"_s).ok());
        QCOMPARE(run(engine, u"essCopyServicesStatus"_s).data.value(u"active"_s).toString(), QString());
        QCOMPARE(run(engine, u"essRunTasks"_s, {{u"names"_s, QJsonArray {u"fc1"_s}}}).error.code,
            ErrorCode::EssCopyServicesUnavailable);
        // The client before the server: refused ("problems will occur").
        const CommandResult early = reset(u"12345"_s, u"backup"_s);
        QCOMPARE(early.error.code, ErrorCode::EssCopyServicesUnavailable);
        QVERIFY(early.error.cliLine().contains(u"FCB77"_s));
        // The server ESS first, then the client.
        QVERIFY(reset(u"FCB77"_s, u"backup"_s).ok());
        QCOMPARE(run(engine, u"essCopyServicesStatus"_s).data.value(u"active"_s).toString(), u"backup"_s);
        // ESS 12345 is still disabled: a task on its volumes cannot run yet.
        QCOMPARE(run(engine, u"essRunTasks"_s, {{u"names"_s, QJsonArray {u"fc1"_s}}}).error.code,
            ErrorCode::EssCopyServicesUnavailable);
        QVERIFY(reset(u"12345"_s, u"backup"_s).ok());
        QVERIFY(run(engine, u"essRunTasks"_s, {{u"names"_s, QJsonArray {u"fc1"_s}}}).data.value(u"ok"_s).toBool());
        const QJsonObject status = run(engine, u"essCopyServicesStatus"_s, {{u"server"_s, u"12345"_s}}).data;
        QVERIFY(status.value(u"problem"_s).toString().contains(u"backup"_s)); // the primary is not the active one
        QVERIFY(run(engine, u"essCopyServicesStatus"_s, {{u"server"_s, u"FCB77"_s}})
                    .data.value(u"problem"_s)
                    .toString()
                    .isEmpty());
    }

    void usersPasswordProtectionAndTheLog()
    {
        QTemporaryDir dir;
        Engine engine(Families::all());
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        populate(engine);
        QVERIFY(run(engine, u"essCopyServicesStatus"_s).data.value(u"passwordProtection"_s).toBool()); // on by default
        QCOMPARE(
            run(engine, u"essCheckUser"_s, {{u"name"_s, u"csadmin"_s}, {u"password"_s, u"specialist"_s}}).error.code,
            ErrorCode::EssNotAuthorized);
        QVERIFY(run(engine, u"essAuthorizeUser"_s, {{u"name"_s, u"csadmin"_s}, {u"password"_s, u"specialist"_s}}).ok());
        QVERIFY(run(engine, u"essCheckUser"_s, {{u"name"_s, u"csadmin"_s}, {u"password"_s, u"specialist"_s}}).ok());
        QCOMPARE(run(engine, u"essCheckUser"_s, {{u"name"_s, u"csadmin"_s}, {u"password"_s, u"special"_s}}).error.code,
            ErrorCode::EssNotAuthorized);
        // The password is not stored, only its salted PBKDF2 hash.
        for (const User& u : engine.configuration().users) {
            QVERIFY(!u.passwordHash.contains(u"specialist"_s));
            QVERIFY(u.passwordHash.startsWith(u"pbkdf2-sha256$"_s));
        }
        QVERIFY(run(engine, u"essSetPasswordProtection"_s, {{u"enabled"_s, false}}).ok());
        QVERIFY(run(engine, u"essCheckUser"_s).ok());
        QVERIFY(run(engine, u"essRemoveUser"_s, {{u"name"_s, u"csadmin"_s}}).ok());

        QVERIFY(logDescriptions(engine).contains(u"CLI user authorized"_s));
        QVERIFY(run(engine, u"essClearLog"_s).ok());
        QVERIFY(logDescriptions(engine).isEmpty());
        QVERIFY(run(engine, u"essSetPasswordProtection"_s, {{u"enabled"_s, true}}).ok());
        QCOMPARE(logDescriptions(engine), QStringList {u"Password protection enabled"_s});
    }

    void demoWorkspaceFollowsTheSeed()
    {
        QTemporaryDir dir;
        Engine engine(Families::all());
        QVERIFY(!engine.openWorkspace(dir.path()).isError());
        const Configuration& config = engine.configuration();
        QVERIFY(config.subsystemByName(u"12019"_s) != nullptr);
        QVERIFY(config.subsystemByName(u"FCA31"_s) != nullptr);
        for (const QString& name : {u"HPFlash"_s, u"HPFlashWithdraw"_s, u"PathLSS16to17"_s, u"EstPriSec"_s,
                 u"SuspPriSec"_s, u"TermPriSec"_s}) {
            QVERIFY2(taskNamed(engine, name) != nullptr, qPrintable(name));
        }
        QCOMPARE(taskNamed(engine, u"EstPriSec"_s)->lastStatus, QString()); // saved, not run: its pairs were made
        // with Do not copy volume (both sides new and empty) and are Duplex.
        auto state = [&](const QString& volume) {
            QCoreApplication::processEvents();
            return run(engine, u"essQueryVolume"_s, {{u"volume"_s, volume}}).data.value(u"copyState"_s).toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(state(u"00212019"_s), u"duplex"_s, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(state(u"00312019"_s), u"duplex"_s, 30000);
        QVERIFY(run(engine, u"essCheckUser"_s, {{u"name"_s, u"storwatch"_s}, {u"password"_s, u"specialist"_s}}).ok());
        // HPFlash runs from the demo as the seed's example does.
        QVERIFY(run(engine, u"essRunTasks"_s, {{u"names"_s, QJsonArray {u"HPFlash"_s}}}).data.value(u"ok"_s).toBool());
        QCOMPARE(
            run(engine, u"essQueryVolume"_s, {{u"volume"_s, u"00112019"_s}}).data.value(u"flashCopyState"_s).toString(),
            u"target"_s);
    }
};

} // namespace Copyline

QTEST_GUILESS_MAIN(Copyline::TestEssTasks)
#include "tst_esstasks.moc"
