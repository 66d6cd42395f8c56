// SPDX-License-Identifier: GPL-3.0-or-later
// Copy Services Manager (issue 16, seed 003): users and roles enforced in the command API, storage system
// connections, sessions and their state machine per type over the ESS, DS4000 and in-controller families (the
// relationships made through the families' own commands), copy sets with validation and the seed's CSV format, and a
// failover/failback drill checked byte for byte.
#include "testworkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

using Test::TestWorkspace;

constexpr qint64 kVolume = 8 * 1024 * 1024;

QString ok(const CommandResult& r)
{
    return r.ok() ? QString() : r.error.cliLine();
}

struct Csm
{
    TestWorkspace& ws;
    QString token;

    CommandResult call(const QString& name, QJsonObject args = {}, const QString& as = {})
    {
        args.insert(u"token"_s, as.isEmpty() ? token : as);
        return ws.command(name, args);
    }
    QString signIn(const QString& user, const QString& password)
    {
        const CommandResult r = ws.command(u"csmLogin"_s, {{u"user"_s, user}, {u"password"_s, password}});
        return r.data.value(u"token"_s).toString();
    }
    QJsonObject session(const QString& name)
    {
        QCoreApplication::processEvents();
        for (const auto& v : call(u"csmListSessions"_s).data.value(u"sessions"_s).toArray()) {
            if (v.toObject().value(u"name"_s).toString() == name) {
                return v.toObject();
            }
        }
        return {};
    }
    QString state(const QString& name) { return session(name).value(u"state"_s).toString(); }
    QString status(const QString& name) { return session(name).value(u"status"_s).toString(); }
    QStringList actions(const QString& name, const QString& as = {})
    {
        QStringList tokens;
        const CommandResult r = call(u"csmSessionActions"_s, {{u"name"_s, name}}, as);
        for (const auto& v : r.data.value(u"actions"_s).toArray()) {
            tokens.append(v.toObject().value(u"action"_s).toString());
        }
        return tokens;
    }
    CommandResult command(const QString& name, const QString& action, const QString& as = {})
    {
        return call(u"csmRunSessionCommand"_s, {{u"name"_s, name}, {u"action"_s, action}}, as);
    }
    bool waitFor(const QString& name, const QString& wanted, int timeoutMs = 60000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            if (state(name) == wanted) {
                return true;
            }
            QTest::qWait(50);
        }
        qWarning("session %s stayed %s", qPrintable(name), qPrintable(state(name)));
        return false;
    }
};

/** The first Administrator, signed in. */
bool setUp(TestWorkspace& ws, Csm& csm)
{
    const CommandResult r = ws.command(u"csmSetup"_s, {{u"user"_s, u"admin"_s}, {u"password"_s, u"s3cret-pass"_s}});
    csm.token = r.data.value(u"token"_s).toString();
    return r.ok() && !csm.token.isEmpty();
}

QString write(
    TestWorkspace& ws, const QString& subsystem, const QString& volume, qint64 offset, qint64 length, int seed)
{
    const CommandResult r = ws.command(u"writeLogicalDrive"_s,
        {{u"subsystem"_s, subsystem}, {u"targets"_s, QJsonArray {volume}}, {u"offset"_s, offset}, {u"length"_s, length},
            {u"seed"_s, seed}});
    return r.ok() ? r.data.value(u"sha256"_s).toString() : r.error.cliLine();
}

QString sum(TestWorkspace& ws, const QString& subsystem, const QString& volume, qint64 length = kVolume)
{
    const CommandResult r = ws.command(u"checksumLogicalDrive"_s,
        {{u"subsystem"_s, subsystem}, {u"targets"_s, QJsonArray {volume}}, {u"offset"_s, 0}, {u"length"_s, length}});
    return r.ok() ? r.data.value(u"sha256"_s).toString() : r.error.cliLine();
}

/** ESS 13001 (LSS 16: 00013001-00313001) and FCA32 (LSS 17: 100FCA32-103FCA32), links and paths both ways. */
bool twoEss(TestWorkspace& ws, Csm& csm)
{
    const QList<std::pair<QString, QJsonObject>> steps {
        {u"essCreateStorageServer"_s, {{u"serial"_s, u"13001"_s}, {u"lss"_s, QJsonArray {16}}}},
        {u"essCreateStorageServer"_s, {{u"serial"_s, u"FCA32"_s}, {u"lss"_s, QJsonArray {17}}}},
        {u"essCreateVolumes"_s,
            {{u"subsystem"_s, u"13001"_s}, {u"lss"_s, 16}, {u"count"_s, 4}, {u"capacity"_s, kVolume}}},
        {u"essCreateVolumes"_s,
            {{u"subsystem"_s, u"FCA32"_s}, {u"lss"_s, 17}, {u"count"_s, 4}, {u"capacity"_s, kVolume}}},
        {u"essConnectEscon"_s,
            {{u"subsystem"_s, u"13001"_s}, {u"said"_s, u"0005"_s}, {u"remote"_s, u"FCA32"_s},
                {u"remoteSaid"_s, u"00a1"_s}}},
        {u"essConnectEscon"_s,
            {{u"subsystem"_s, u"FCA32"_s}, {u"said"_s, u"0021"_s}, {u"remote"_s, u"13001"_s},
                {u"remoteSaid"_s, u"0081"_s}}},
        // The ESS PPRC link over TCP (issue 17): the session drills below cross a real connection (tst_esspprc
        // covers the in-process link).
        {u"essSetLink"_s,
            {{u"subsystem"_s, u"13001"_s}, {u"remote"_s, u"FCA32"_s}, {u"bandwidth"_s, 0}, {u"transport"_s, u"tcp"_s}}},
        {u"essEstablishPaths"_s,
            {{u"subsystem"_s, u"13001"_s}, {u"lss"_s, 16}, {u"remote"_s, u"FCA32"_s}, {u"remoteLss"_s, QJsonArray {17}},
                {u"said"_s, QJsonArray {u"0005"_s}}}},
        {u"essEstablishPaths"_s,
            {{u"subsystem"_s, u"FCA32"_s}, {u"lss"_s, 17}, {u"remote"_s, u"13001"_s}, {u"remoteLss"_s, QJsonArray {16}},
                {u"said"_s, QJsonArray {u"0021"_s}}}},
    };
    for (const auto& [name, args] : steps) {
        const CommandResult r = ws.command(name, args);
        if (!r.ok()) {
            qWarning("%s: %s", qPrintable(name), qPrintable(r.error.cliLine()));
            return false;
        }
    }
    return csm.call(u"csmAddDevice"_s, {{u"subsystem"_s, u"13001"_s}, {u"location"_s, u"Manhattan"_s}}).ok()
        && csm.call(u"csmAddDevice"_s, {{u"subsystem"_s, u"FCA32"_s}, {u"location"_s, u"NJ"_s}}).ok();
}

QJsonObject copySet(const QString& h1, const QString& h2)
{
    return {{u"H1"_s, QString(u"ESS:2105.13001:VOL:"_s + h1)}, {u"H2"_s, QString(u"ESS:2105.FCA32:VOL:"_s + h2)}};
}

int copySetCount(Csm& csm, const QString& session)
{
    return static_cast<int>(
        csm.call(u"csmListCopySets"_s, {{u"session"_s, session}}).data.value(u"copySets"_s).toArray().size());
}

} // namespace

class TestCsm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rolesAreEnforcedOnEveryCommand()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        Csm csm {ws, {}};
        QCOMPARE(ws.command(u"csmUserStatus"_s, {}).data.value(u"usersExist"_s).toBool(), false);
        // Without a sign-in nothing but the status answers.
        QCOMPARE(ws.command(u"csmListSessions"_s, {}).error.code, ErrorCode::MissingParameter);
        QCOMPARE(csm.call(u"csmListSessions"_s, {}, u"forged"_s).error.code, ErrorCode::CsmLoginFailed);
        QVERIFY(setUp(ws, csm));
        QCOMPARE(ws.command(u"csmSetup"_s, {{u"user"_s, u"eve"_s}, {u"password"_s, u"another-one"_s}}).error.code,
            ErrorCode::CsmNotAuthorized);
        // Passwords are kept as salted hashes, never as typed.
        for (const User& u : ws.config().users) {
            if (u.scope == u"csm"_s) {
                QVERIFY(!u.passwordHash.contains(u"s3cret-pass"_s));
                QVERIFY(u.passwordHash.startsWith(u"pbkdf2-sha256$"_s));
            }
        }
        QCOMPARE(ok(csm.call(u"csmCreateUser"_s,
                     {{u"name"_s, u"watcher"_s}, {u"password"_s, u"monitor-pass"_s}, {u"role"_s, u"Monitor"_s}})),
            QString());
        QCOMPARE(ok(csm.call(u"csmCreateUser"_s,
                     {{u"name"_s, u"op"_s}, {u"password"_s, u"operator-pass"_s}, {u"role"_s, u"Operator"_s},
                         {u"sessions"_s, QJsonArray {u"FCtest"_s}}})),
            QString());
        QCOMPARE(csm.call(u"csmCreateUser"_s, {{u"name"_s, u"short"_s}, {u"password"_s, u"abc"_s}}).error.code,
            ErrorCode::CsmUserInvalid);
        const QString monitor = csm.signIn(u"watcher"_s, u"monitor-pass"_s);
        const QString op = csm.signIn(u"op"_s, u"operator-pass"_s);
        QVERIFY(!monitor.isEmpty() && !op.isEmpty());

        // A Monitor sees everything and may run nothing: no actions offered, every command refused.
        QCOMPARE(csm.call(u"csmListSessions"_s, {}, monitor).data.value(u"sessions"_s).toArray().size(), 3);
        QVERIFY(csm.actions(u"FCtest"_s, monitor).isEmpty());
        QVERIFY(!csm.actions(u"FCtest"_s).isEmpty());
        const CommandResult refused = csm.command(u"FCtest"_s, u"flash"_s, monitor);
        QCOMPARE(refused.error.code, ErrorCode::CsmNotAuthorized);
        QVERIFY(refused.error.message().contains(u"watcher (Monitor)"_s));
        QCOMPARE(csm.state(u"FCtest"_s), u"Defined"_s);
        QCOMPARE(csm.call(u"csmCreateSession"_s, {{u"name"_s, u"X"_s}, {u"type"_s, u"fc"_s}}, monitor).error.code,
            ErrorCode::CsmNotAuthorized);
        QCOMPARE(
            csm.call(u"csmRemoveCopySets"_s,
                   {{u"session"_s, u"FCtest"_s}, {u"h1"_s, QJsonArray {u"ESS:2105.12019:VOL:00012019"_s}}}, monitor)
                .error.code,
            ErrorCode::CsmNotAuthorized);
        // An Operator runs its own sessions only, and manages no users.
        QVERIFY(csm.actions(u"MM_Test"_s, op).isEmpty());
        QCOMPARE(csm.command(u"MM_Test"_s, u"start_h1:h2"_s, op).error.code, ErrorCode::CsmNotAuthorized);
        QCOMPARE(csm.call(u"csmCreateUser"_s, {{u"name"_s, u"x2"_s}, {u"password"_s, u"whatever1"_s}}, op).error.code,
            ErrorCode::CsmNotAuthorized);
        QCOMPARE(ok(csm.command(u"FCtest"_s, u"flash"_s, op)), QString());
        QCOMPARE(csm.state(u"FCtest"_s), u"Target Available"_s);

        // Wrong passwords: one answer for a wrong name or password; five in a row lock the name for a minute.
        QCOMPARE(ws.command(u"csmLogin"_s, {{u"user"_s, u"nobody"_s}, {u"password"_s, u"x"_s}}).error.code,
            ErrorCode::CsmLoginFailed);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(ws.command(u"csmLogin"_s, {{u"user"_s, u"op"_s}, {u"password"_s, u"wrong"_s}}).error.code,
                ErrorCode::CsmLoginFailed);
        }
        QCOMPARE(ws.command(u"csmLogin"_s, {{u"user"_s, u"op"_s}, {u"password"_s, u"operator-pass"_s}}).error.code,
            ErrorCode::CsmLoginLocked);
        QTest::qWait(100);
        bool logged = false;
        for (const Event& e : ws.engine().latestEvents(0, 100)) {
            logged = logged || e.description.contains(u"was locked for 60 seconds"_s);
        }
        QVERIFY(logged);
        // A removed user's sign-in ends at once.
        QCOMPARE(ok(csm.call(u"csmRemoveUser"_s, {{u"name"_s, u"watcher"_s}})), QString());
        QCOMPARE(csm.call(u"csmListSessions"_s, {}, monitor).error.code, ErrorCode::CsmLoginFailed);
        // The last Administrator keeps the role.
        QCOMPARE(csm.call(u"csmChangeUser"_s, {{u"name"_s, u"admin"_s}, {u"role"_s, u"Monitor"_s}}).error.code,
            ErrorCode::CsmUserInvalid);
    }

    void flashCopySessionKeepsThePointInTime()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        Csm csm {ws, {}};
        QVERIFY(setUp(ws, csm));
        const QString h1 = u"00012019"_s;
        const QString t1 = u"00112019"_s;
        const QString first = write(ws, u"12019"_s, h1, 0, kVolume, 5);
        QCOMPARE(csm.status(u"FCtest"_s), u"Inactive"_s);
        QCOMPARE(csm.actions(u"FCtest"_s), (QStringList {u"start"_s, u"flash"_s}));
        const CommandResult start = csm.command(u"FCtest"_s, u"start"_s);
        QVERIFY2(start.ok(), qPrintable(ok(start)));
        QCOMPARE(start.data.value(u"state"_s).toString(), u"Target Available"_s);
        QCOMPARE(start.data.value(u"status"_s).toString(), u"Normal"_s);
        // The family made the relationship: the ESS view shows it.
        bool inEss = false;
        for (const Relationship& r : ws.config().relationships) {
            inEss = inEss || (r.kind == u"flashcopy"_s && ws.config().logicalDrives.value(r.targetId).name == t1);
        }
        QVERIFY(inEss);
        write(ws, u"12019"_s, h1, 0, kVolume, 6);
        QCOMPARE(sum(ws, u"12019"_s, t1), first);
        // Flash again: T1' overwrites T1.
        const QString second = sum(ws, u"12019"_s, h1);
        QCOMPARE(ok(csm.command(u"FCtest"_s, u"flash"_s)), QString());
        write(ws, u"12019"_s, h1, 0, kVolume / 2, 7);
        QCOMPARE(sum(ws, u"12019"_s, t1), second);
        const QJsonArray rolePairs
            = csm.call(u"csmListRolePairs"_s, {{u"name"_s, u"FCtest"_s}}).data.value(u"rolePairs"_s).toArray();
        QCOMPARE(rolePairs.size(), 1);
        QCOMPARE(rolePairs.at(0).toObject().value(u"name"_s).toString(), u"H1-T1"_s);
        QCOMPARE(rolePairs.at(0).toObject().value(u"copyType"_s).toString(), u"FlashCopy"_s);
        // An action the state does not allow names the ones it does.
        const CommandResult bad = csm.command(u"FCtest"_s, u"suspend"_s);
        QCOMPARE(bad.error.code, ErrorCode::CsmActionNotValid);
        QVERIFY2(bad.error.message().contains(u"valid actions are: flash, terminate, refresh"_s),
            qPrintable(bad.error.message()));
        QCOMPARE(ok(csm.command(u"FCtest"_s, u"terminate"_s)), QString());
        QCOMPARE(csm.state(u"FCtest"_s), u"Defined"_s);
        QCOMPARE(csm.status(u"FCtest"_s), u"Inactive"_s);
        for (const Relationship& r : ws.config().relationships) {
            QVERIFY(!(r.kind == u"flashcopy"_s && ws.config().logicalDrives.value(r.targetId).name == t1));
        }
    }

    void flashCopySessionOnTheInControllerFamily()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        Csm csm {ws, {}};
        QVERIFY(setUp(ws, csm));
        const QString image = write(ws, u"64015"_s, u"00:11"_s, 0, 4 * 1024 * 1024, 21);
        QCOMPARE(ok(csm.command(u"HDS_FC"_s, u"flash"_s)), QString());
        write(ws, u"64015"_s, u"00:11"_s, 0, 1024 * 1024, 22); // copy-before-write keeps the point in time
        // The in-controller family's rules hold: the T-VOL is readable once the copy is done (804).
        QElapsedTimer t;
        t.start();
        QString seen;
        while (t.elapsed() < 60000) {
            seen = sum(ws, u"64015"_s, u"00:21"_s, 4 * 1024 * 1024);
            if (!seen.startsWith(u"Error"_s)) {
                break;
            }
            QTest::qWait(50);
        }
        QCOMPARE(seen, image);
        const QJsonArray pairs
            = csm.call(u"csmListPairs"_s, {{u"name"_s, u"HDS_FC"_s}}).data.value(u"pairs"_s).toArray();
        QCOMPARE(pairs.size(), 1);
        QCOMPARE(pairs.at(0).toObject().value(u"state"_s).toString(), u"paired and copied"_s);
        QCOMPARE(pairs.at(0).toObject().value(u"progress"_s).toInt(), 100);
        QCOMPARE(ok(csm.command(u"HDS_FC"_s, u"terminate"_s)), QString());
        for (const Relationship& r : ws.config().relationships) {
            QVERIFY(!(r.kind == u"hdsPair"_s && ws.config().logicalDrives.value(r.targetId).name == u"00:21"_s));
        }
    }

    void metroMirrorFailoverAndFailbackDrill()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        Csm csm {ws, {}};
        QVERIFY(setUp(ws, csm));
        QVERIFY(twoEss(ws, csm));
        QCOMPARE(ok(csm.call(u"csmCreateSession"_s,
                     {{u"name"_s, u"MM"_s}, {u"type"_s, u"Metro Mirror Failover/Failback"_s},
                         {u"site1"_s, u"Manhattan"_s}, {u"site2"_s, u"NJ"_s}})),
            QString());
        // Locations are checked: H2 must be at site 2's location.
        const CommandResult wrongSite = csm.call(u"csmAddCopySets"_s,
            {{u"session"_s, u"MM"_s},
                {u"copySets"_s,
                    QJsonArray {QJsonObject {
                        {u"H1"_s, u"ESS:2105.13001:VOL:00013001"_s}, {u"H2"_s, u"ESS:2105.13001:VOL:00113001"_s}}}}});
        QCOMPARE(wrongSite.error.code, ErrorCode::CsmCopySetInvalid);
        QVERIFY2(wrongSite.error.message().contains(u"site 2 at NJ"_s), qPrintable(wrongSite.error.message()));
        QCOMPARE(
            ok(csm.call(u"csmAddCopySets"_s,
                {{u"session"_s, u"MM"_s},
                    {u"copySets"_s,
                        QJsonArray {copySet(u"00013001"_s, u"100FCA32"_s), copySet(u"00113001"_s, u"101FCA32"_s)}}})),
            QString());
        const QString a0 = write(ws, u"13001"_s, u"00013001"_s, 0, kVolume, 1);
        write(ws, u"13001"_s, u"00113001"_s, 0, kVolume, 2);
        QCOMPARE(csm.actions(u"MM"_s), (QStringList {u"start_h1:h2"_s}));

        QCOMPARE(ok(csm.command(u"MM"_s, u"start_h1:h2"_s)), QString());
        QVERIFY(csm.waitFor(u"MM"_s, u"Prepared"_s));
        QCOMPARE(csm.status(u"MM"_s), u"Normal"_s);
        QCOMPARE(csm.session(u"MM"_s).value(u"progress"_s).toInt(), 100);
        QCOMPARE(sum(ws, u"FCA32"_s, u"100FCA32"_s).startsWith(u"Error"_s), true); // a PPRC secondary: no host access
        // Synchronous: a write is on both sites when it completes.
        const QString a1 = write(ws, u"13001"_s, u"00013001"_s, 0, 1024 * 1024, 3);
        Q_UNUSED(a1);
        const QString site1AtSuspend = sum(ws, u"13001"_s, u"00013001"_s);
        QVERIFY(site1AtSuspend != a0);

        // Failover: Suspend, Recover; H2 holds the image of the suspend instant.
        QCOMPARE(csm.actions(u"MM"_s), (QStringList {u"suspend"_s, u"stop"_s, u"terminate"_s, u"refresh"_s}));
        QCOMPARE(ok(csm.command(u"MM"_s, u"suspend"_s)), QString());
        QCOMPARE(csm.state(u"MM"_s), u"Suspended"_s);
        QCOMPARE(csm.status(u"MM"_s), u"Severe"_s);
        QVERIFY(csm.session(u"MM"_s).value(u"recoverable"_s).toBool());
        write(ws, u"13001"_s, u"00013001"_s, 2 * 1024 * 1024, 1024 * 1024, 4); // after the freeze: not on H2
        QCOMPARE(csm.actions(u"MM"_s), (QStringList {u"start_h1:h2"_s, u"recover"_s, u"terminate"_s, u"refresh"_s}));
        QCOMPARE(ok(csm.command(u"MM"_s, u"recover"_s)), QString());
        QCOMPARE(csm.state(u"MM"_s), u"Target Available"_s);
        QCOMPARE(csm.status(u"MM"_s), u"Normal"_s);
        QCOMPARE(csm.session(u"MM"_s).value(u"activeHost"_s).toString(), u"H2"_s);
        QCOMPARE(sum(ws, u"FCA32"_s, u"100FCA32"_s), site1AtSuspend);
        // Production at site 2.
        write(ws, u"FCA32"_s, u"100FCA32"_s, 4 * 1024 * 1024, 1024 * 1024, 5);
        const QString site2 = sum(ws, u"FCA32"_s, u"100FCA32"_s);

        // Failback: Enable Copy to Site 1, Start H2->H1 (H1 overwritten), Suspend, Recover, Enable, Start H1->H2.
        QCOMPARE(csm.actions(u"MM"_s), (QStringList {u"enable_copy_to_site_1"_s, u"terminate"_s, u"refresh"_s}));
        QCOMPARE(ok(csm.command(u"MM"_s, u"enable_copy_to_site_1"_s)), QString());
        QCOMPARE(csm.state(u"MM"_s), u"Target Available"_s);
        const QJsonArray actions
            = csm.call(u"csmSessionActions"_s, {{u"name"_s, u"MM"_s}}).data.value(u"actions"_s).toArray();
        QCOMPARE(actions.at(0).toObject().value(u"label"_s).toString(), u"Start H2->H1"_s);
        QVERIFY(actions.at(0).toObject().value(u"warning"_s).toString().contains(u"Manhattan will be overwritten"_s));
        QCOMPARE(ok(csm.command(u"MM"_s, u"start_h2:h1"_s)), QString());
        QVERIFY(csm.waitFor(u"MM"_s, u"Prepared"_s));
        QCOMPARE(csm.call(u"csmShowSession"_s, {{u"name"_s, u"MM"_s}})
                     .data.value(u"session"_s)
                     .toObject()
                     .value(u"direction"_s)
                     .toString(),
            u"H2->H1"_s);
        QCOMPARE(ok(csm.command(u"MM"_s, u"suspend"_s)), QString());
        QCOMPARE(ok(csm.command(u"MM"_s, u"recover"_s)), QString());
        QCOMPARE(sum(ws, u"13001"_s, u"00013001"_s), site2); // H1's own write after the freeze is gone
        QCOMPARE(ok(csm.command(u"MM"_s, u"enable_copy_to_site_2"_s)), QString());
        QCOMPARE(ok(csm.command(u"MM"_s, u"start_h1:h2"_s)), QString());
        QVERIFY(csm.waitFor(u"MM"_s, u"Prepared"_s));
        QCOMPARE(csm.status(u"MM"_s), u"Normal"_s);
        QCOMPARE(csm.session(u"MM"_s).value(u"activeHost"_s).toString(), u"H1"_s);
        // The messages of the drill are in the console, with ids.
        const QJsonArray messages
            = csm.call(u"csmListMessages"_s, {{u"session"_s, u"MM"_s}}).data.value(u"messages"_s).toArray();
        QVERIFY(messages.size() >= 10);
        QCOMPARE(messages.first().toObject().value(u"id"_s).toString(), u"IWNR1021I"_s);

        // Remove one copy set keeping its hardware pair, the other with it.
        QCOMPARE(ok(csm.call(u"csmRemoveCopySets"_s,
                     {{u"session"_s, u"MM"_s}, {u"h1"_s, QJsonArray {u"ESS:2105.13001:VOL:00013001"_s}},
                         {u"keepBase"_s, true}})),
            QString());
        QCOMPARE(ok(csm.call(u"csmRemoveCopySets"_s,
                     {{u"session"_s, u"MM"_s}, {u"h1"_s, QJsonArray {u"ESS:2105.13001:VOL:00113001"_s}}})),
            QString());
        int pprc = 0;
        for (const Relationship& r : ws.config().relationships) {
            pprc += r.kind == u"pprc"_s && r.subsystemId == ws.subsystemId(u"13001"_s) ? 1 : 0;
        }
        QCOMPARE(pprc, 1);
        QCOMPARE(csm.state(u"MM"_s), u"Defined"_s); // an empty session has nothing on the hardware to show
    }

    void globalMirrorFailoverAndFailbackOnDs4000()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        Csm csm {ws, {}};
        QVERIFY(setUp(ws, csm));
        const QString primary = u"Primary Site"_s;
        const QString secondary = u"Secondary Site"_s;
        for (const auto& [site, key] : {std::pair {primary, u"primary"_s}, std::pair {secondary, u"secondary"_s}}) {
            const QString file = QDir(ws.path()).filePath(u"keys/%1-remoteMirror.key"_s.arg(key));
            const CommandResult r = ws.run(
                u"enable storageSubsystem feature file=\"%1\"; activate storageSubsystem feature=remoteMirror;"_s.arg(
                    file),
                site);
            QVERIFY2(r.ok(), qPrintable(ok(r)));
        }
        QVERIFY(ws.run(u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site\" bandwidth=0 roundTrip=0;"_s,
                      primary)
                    .ok());
        QVERIFY(
            ws.run(u"create logicalDrive array=1 userLabel=\"GM1\" capacity=%1 bytes;"_s.arg(kVolume), primary).ok());
        QVERIFY(
            ws.run(u"create logicalDrive array=1 userLabel=\"GM2\" capacity=%1 bytes;"_s.arg(kVolume), secondary).ok());
        QVERIFY(csm.call(u"csmAddDevice"_s, {{u"subsystem"_s, primary}, {u"location"_s, u"PoK"_s}}).ok());
        QVERIFY(csm.call(u"csmAddDevice"_s, {{u"subsystem"_s, secondary}, {u"location"_s, u"NJ"_s}}).ok());
        QCOMPARE(ok(csm.call(u"csmCreateSession"_s,
                     {{u"name"_s, u"GM"_s}, {u"type"_s, u"gmfofb"_s}, {u"site1"_s, u"PoK"_s}, {u"site2"_s, u"NJ"_s}})),
            QString());
        QCOMPARE(ok(csm.call(u"csmAddCopySets"_s,
                     {{u"session"_s, u"GM"_s},
                         {u"copySets"_s,
                             QJsonArray {QJsonObject {{u"H1"_s, u"DS4000:Primary Site:VOL:GM1"_s},
                                 {u"H2"_s, u"DS4000:Secondary Site:VOL:GM2"_s}}}}})),
            QString());
        write(ws, primary, u"GM1"_s, 0, kVolume, 31);
        QCOMPARE(ok(csm.command(u"GM"_s, u"start_h1:h2"_s)), QString());
        // The DS4000's own view shows the mirror the session made: asynchronous, write order preserved.
        const Mirror* m = ws.config().mirrorOf(ws.logicalDrive(u"GM1"_s, primary)->id);
        QVERIFY(m != nullptr);
        QCOMPARE(m->writeMode, MirrorWriteMode::Asynchronous);
        QVERIFY(m->writeConsistency);
        QVERIFY(csm.waitFor(u"GM"_s, u"Prepared"_s));
        write(ws, primary, u"GM1"_s, 0, 1024 * 1024, 32);
        // Asynchronous: let the journal drain (progress back at 100 %) before the freeze.
        QTRY_COMPARE_WITH_TIMEOUT(csm.session(u"GM"_s).value(u"progress"_s).toInt(), 100, 20000);
        QTest::qWait(100);
        QCOMPARE(ok(csm.command(u"GM"_s, u"suspend"_s)), QString());
        const QString atSuspend = sum(ws, primary, u"GM1"_s);
        QCOMPARE(ok(csm.command(u"GM"_s, u"recover"_s)), QString());
        QCOMPARE(csm.state(u"GM"_s), u"Target Available"_s);
        QCOMPARE(sum(ws, secondary, u"GM2"_s), atSuspend);
        write(ws, secondary, u"GM2"_s, 2 * 1024 * 1024, 1024 * 1024, 33); // production at site 2
        const QString site2 = sum(ws, secondary, u"GM2"_s);
        QCOMPARE(ok(csm.command(u"GM"_s, u"enable_copy_to_site_1"_s)), QString());
        QCOMPARE(ok(csm.command(u"GM"_s, u"start_h2:h1"_s)), QString());
        QVERIFY(csm.waitFor(u"GM"_s, u"Prepared"_s));
        QCOMPARE(ok(csm.command(u"GM"_s, u"suspend"_s)), QString());
        QCOMPARE(ok(csm.command(u"GM"_s, u"recover"_s)), QString());
        QCOMPARE(sum(ws, primary, u"GM1"_s), site2); // the failback copied site 2's changes only, and all of them
        QCOMPARE(ok(csm.command(u"GM"_s, u"enable_copy_to_site_2"_s)), QString());
        QCOMPARE(ok(csm.command(u"GM"_s, u"start_h1:h2"_s)), QString());
        QVERIFY(csm.waitFor(u"GM"_s, u"Prepared"_s));
        QCOMPARE(csm.status(u"GM"_s), u"Normal"_s);
        QCOMPARE(ok(csm.command(u"GM"_s, u"terminate"_s)), QString());
        QVERIFY(ws.config().mirrorOf(ws.logicalDrive(u"GM1"_s, primary)->id) == nullptr);
    }

    void aLinkFailureSuspendsTheSession()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        Csm csm {ws, {}};
        QVERIFY(setUp(ws, csm));
        QVERIFY(twoEss(ws, csm));
        QVERIFY(csm.call(u"csmCreateSession"_s, {{u"name"_s, u"MM"_s}, {u"type"_s, u"mmfofb"_s}}).ok());
        QVERIFY(csm.call(u"csmAddCopySets"_s,
                       {{u"session"_s, u"MM"_s}, {u"copySets"_s, QJsonArray {copySet(u"00213001"_s, u"102FCA32"_s)}}})
                    .ok());
        QVERIFY(csm.command(u"MM"_s, u"start_h1:h2"_s).ok());
        QVERIFY(csm.waitFor(u"MM"_s, u"Prepared"_s));
        QCOMPARE(ok(ws.command(u"essSetEscon"_s,
                     {{u"subsystem"_s, u"13001"_s}, {u"said"_s, u"0005"_s}, {u"state"_s, u"offline"_s}})),
            QString());
        write(ws, u"13001"_s, u"00213001"_s, 0, 65536, 9); // the write finds the path gone
        QVERIFY(csm.waitFor(u"MM"_s, u"Suspended"_s, 20000));
        QCOMPARE(csm.status(u"MM"_s), u"Severe"_s);
        QVERIFY(csm.session(u"MM"_s).value(u"recoverable"_s).toBool());
        bool told = false;
        for (const auto& m :
            csm.call(u"csmListMessages"_s, {{u"session"_s, u"MM"_s}}).data.value(u"messages"_s).toArray()) {
            told = told || m.toObject().value(u"id"_s).toString() == u"IWNR2050E"_s;
        }
        QVERIFY(told);
    }

    void copySetsAreValidated()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        Csm csm {ws, {}};
        QVERIFY(setUp(ws, csm));
        QVERIFY(twoEss(ws, csm));
        QVERIFY(csm.call(u"csmCreateSession"_s, {{u"name"_s, u"FC2"_s}, {u"type"_s, u"fc"_s}}).ok());
        const auto add = [&](const QJsonObject& set) {
            return csm.call(u"csmAddCopySets"_s, {{u"session"_s, u"FC2"_s}, {u"copySets"_s, QJsonArray {set}}});
        };
        const QString v = u"ESS:2105.13001:VOL:"_s;
        QCOMPARE(add({{u"H1"_s, QString(v + u"00013001"_s)}}).error.code, ErrorCode::CsmCopySetInvalid); // no T1
        QCOMPARE(add({{u"H1"_s, QString(v + u"00013001"_s)}, {u"T1"_s, QString(v + u"00013001"_s)}}).error.code,
            ErrorCode::CsmCopySetInvalid); // one volume twice
        QCOMPARE(add({{u"H1"_s, QString(v + u"00013001"_s)}, {u"T1"_s, u"ESS:2105.FCA32:VOL:100FCA32"_s}}).error.code,
            ErrorCode::CsmCopySetInvalid); // a FlashCopy across storage systems
        const CommandResult missing
            = add({{u"H1"_s, QString(v + u"00013001"_s)}, {u"T1"_s, QString(v + u"00913001"_s)}});
        QVERIFY(missing.error.message().contains(u"00913001"_s));
        // A DS4000 volume in a FlashCopy session: Copyline offers it on ESS and in-controller copy only.
        QVERIFY(csm.call(u"csmAddDevice"_s, {{u"subsystem"_s, u"Primary Site"_s}, {u"location"_s, u"PRIMARY"_s}}).ok());
        const CommandResult ds = add(
            {{u"H1"_s, u"DS4000:Primary Site:VOL:Accounting"_s}, {u"T1"_s, u"DS4000:Primary Site:VOL:Payroll"_s}});
        QCOMPARE(ds.error.code, ErrorCode::CsmCopySetInvalid);
        // Sizes must match (ESS 13001's volume and a demo 1 GB volume of ESS 12019 are on different boxes anyway).
        QVERIFY(ws.command(u"essCreateVolumes"_s,
                      {{u"subsystem"_s, u"13001"_s}, {u"lss"_s, 16}, {u"count"_s, 1}, {u"capacity"_s, kVolume / 2}})
                    .ok());
        const CommandResult size = add({{u"H1"_s, QString(v + u"00013001"_s)}, {u"T1"_s, QString(v + u"00413001"_s)}});
        QVERIFY2(size.error.message().contains(u"same size"_s), qPrintable(size.error.message()));
        QCOMPARE(copySetCount(csm, u"FC2"_s), 0);
        QCOMPARE(ok(add({{u"H1"_s, QString(v + u"00013001"_s)}, {u"T1"_s, QString(v + u"00113001"_s)}})), QString());
        // The same H1 twice in one session is refused; in another session it is a warning.
        QCOMPARE(add({{u"H1"_s, QString(v + u"00013001"_s)}, {u"T1"_s, QString(v + u"00213001"_s)}}).error.code,
            ErrorCode::CsmCopySetInvalid);
        QVERIFY(csm.call(u"csmCreateSession"_s, {{u"name"_s, u"FC3"_s}, {u"type"_s, u"fc"_s}}).ok());
        const CommandResult warned = csm.call(u"csmAddCopySets"_s,
            {{u"session"_s, u"FC3"_s},
                {u"copySets"_s,
                    QJsonArray {
                        QJsonObject {{u"H1"_s, QString(v + u"00013001"_s)}, {u"T1"_s, QString(v + u"00213001"_s)}}}}});
        QVERIFY2(warned.ok(), qPrintable(ok(warned)));
        QCOMPARE(warned.data.value(u"warnings"_s).toArray().size(), 1);
        QVERIFY(warned.data.value(u"warnings"_s).toArray().at(0).toString().startsWith(u"IWNR2003W"_s));
        // Only a Defined session can be removed.
        QCOMPARE(ok(csm.command(u"FC3"_s, u"flash"_s)), QString());
        QCOMPARE(csm.call(u"csmRemoveSession"_s, {{u"name"_s, u"FC3"_s}}).error.code, ErrorCode::CsmSessionNotDefined);
        QCOMPARE(ok(csm.command(u"FC3"_s, u"terminate"_s)), QString());
        QCOMPARE(ok(csm.call(u"csmRemoveSession"_s, {{u"name"_s, u"FC3"_s}})), QString());
        QCOMPARE(csm.call(u"csmCreateSession"_s, {{u"name"_s, u"bad name"_s}, {u"type"_s, u"fc"_s}}).error.code,
            ErrorCode::CsmNameInvalid);
        QCOMPARE(csm.call(u"csmCreateSession"_s, {{u"name"_s, u"X"_s}, {u"type"_s, u"Snapshot"_s}}).error.code,
            ErrorCode::CsmTypeUnknown);
    }

    void csvRoundTripAndBadFiles()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        Csm csm {ws, {}};
        QVERIFY(setUp(ws, csm));
        const CommandResult exported = csm.call(u"csmExportCsv"_s, {{u"session"_s, u"MM_Test"_s}});
        QVERIFY2(exported.ok(), qPrintable(ok(exported)));
        const QStringList lines = exported.data.value(u"text"_s).toString().split(u'\n');
        QCOMPARE(lines.at(0), u"#MM_Test,"_s);
        QCOMPARE(lines.at(1), u"#Metro Mirror Failover/Failback,"_s);
        QVERIFY(lines.at(2).startsWith(u"#"_s) && lines.at(2).contains(u"M"_s)); // #Oct 3, 2016 11:41:26 AM
        QCOMPARE(lines.at(3), u","_s);
        QCOMPARE(lines.at(4), u"H1,H2"_s);
        QCOMPARE(lines.at(5), u"ESS:2105.12019:VOL:00412019,ESS:2105.FCA31:VOL:102FCA31"_s);

        QVERIFY(csm.call(u"csmCreateSession"_s,
                       {{u"name"_s, u"MM_Copy"_s}, {u"type"_s, u"mmfofb"_s}, {u"site1"_s, u"PRIMARY"_s},
                           {u"site2"_s, u"DR_site"_s}})
                    .ok());
        const auto import = [&](const QString& text) {
            return csm.call(u"csmImportCsv"_s, {{u"session"_s, u"MM_Copy"_s}, {u"text"_s, text}});
        };
        // Bad files: a clear, line-numbered error, nothing imported.
        const QString good = exported.data.value(u"text"_s).toString();
        const CommandResult noHeader
            = import(u"#MM_Test,\nESS:2105.12019:VOL:00212019,ESS:2105.FCA31:VOL:102FCA31\n"_s);
        QCOMPARE(noHeader.error.code, ErrorCode::CsmCsvInvalid);
        QVERIFY2(noHeader.error.message().contains(u"line 2"_s), qPrintable(noHeader.error.message()));
        const CommandResult extra = import(good + u"ESS:2105.12019:VOL:00012019,ESS:2105.FCA31:VOL:100FCA31,X,Y\n"_s);
        QVERIFY2(extra.error.message().contains(u"line 8"_s), qPrintable(extra.error.message()));
        const CommandResult unknown = import(good + u"ESS:2105.12019:VOL:00912019,ESS:2105.FCA31:VOL:100FCA31\n"_s);
        QCOMPARE(unknown.error.code, ErrorCode::CsmCsvInvalid);
        QVERIFY2(unknown.error.message().contains(u"line 8"_s) && unknown.error.message().contains(u"00912019"_s),
            qPrintable(unknown.error.message()));
        const CommandResult missingRole = import(u"H1\nESS:2105.12019:VOL:00212019\n"_s);
        QVERIFY2(missingRole.error.message().contains(u"no H2"_s), qPrintable(missingRole.error.message()));
        QCOMPARE(copySetCount(csm, u"MM_Copy"_s), 0);
        // Comma padding and comments as in the seed's examples import.
        const CommandResult padded
            = import(u"#MM_Copy ,,,\n#Metro Mirror Failover/Failback ,,\n   ,,,\nH1,H2,,\n# Field significance\n"
                     "ESS:2105.12019:VOL:00412019,ESS:2105.FCA31:VOL:102FCA31,,\n"
                     "ESS:2105.12019:VOL:00512019,ESS:2105.FCA31:VOL:103FCA31\n"_s);
        QVERIFY2(padded.ok(), qPrintable(ok(padded)));
        QCOMPARE(copySetCount(csm, u"MM_Copy"_s), 2);
        QCOMPARE(padded.data.value(u"warnings"_s).toArray().size(), 4); // all four volumes are in MM_Test
        const CommandResult again = csm.call(u"csmExportCsv"_s, {{u"session"_s, u"MM_Copy"_s}});
        QCOMPARE(again.data.value(u"text"_s).toString().section(u'\n', 4), good.section(u'\n', 4));
    }

    void sessionsSurviveARestart()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        Csm csm {ws, {}};
        QVERIFY(setUp(ws, csm));
        QVERIFY(csm.command(u"FCtest"_s, u"flash"_s).ok());
        QVERIFY(csm.call(u"csmAddDevice"_s, {{u"subsystem"_s, u"Primary Site"_s}, {u"location"_s, u"Pok"_s}}).ok());
        QVERIFY(!ws.reopen().isError());
        csm.token.clear();
        QCOMPARE(csm.call(u"csmListSessions"_s).error.code, ErrorCode::CsmLoginFailed);
        csm.token = csm.signIn(u"admin"_s, u"s3cret-pass"_s);
        QCOMPARE(csm.state(u"FCtest"_s), u"Target Available"_s);
        QCOMPARE(copySetCount(csm, u"MM_Test"_s), 2);
        bool found = false;
        for (const auto& d : csm.call(u"csmListDevices"_s).data.value(u"devices"_s).toArray()) {
            found = found
                || (d.toObject().value(u"id"_s).toString() == u"DS4000:BOX:Primary Site"_s
                    && d.toObject().value(u"location"_s).toString() == u"Pok"_s);
        }
        QVERIFY(found);
        const CommandResult backup = csm.call(u"csmBackup"_s);
        QVERIFY2(backup.ok(), qPrintable(ok(backup)));
        QFile file(backup.data.value(u"path"_s).toString());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(doc.value(u"sessions"_s).toArray().size(), 3);
    }
};

} // namespace Copyline

QTEST_GUILESS_MAIN(Copyline::TestCsm)
#include "tst_csm.moc"
