// SPDX-License-Identifier: GPL-3.0-or-later
// The Recovery Guru's problem list (issue 18, storage/health.h): real conditions made through the command API — a
// FlashCopy failed by its full repository, a repository over its threshold, a VolumeCopy failed by a write error, a
// mirror Unsynchronized by a link cut, a Dual Primary, a premium feature out of compliance — each checked for its
// kind, objects and steps (in the DS4000 seed's words), for the snapshot and the attention reasons agreeing, and for
// going away once its recovery steps are done.
#include "storage/health.h"
#include "testworkspace.h"
#include "util/bytesize.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using Copyline::Test::TestWorkspace;

#define RUN_OK(ws, script, subsystem)                                                                                  \
    do {                                                                                                               \
        const CommandResult r_ = (ws).run(script, subsystem);                                                          \
        QVERIFY2(r_.ok(), qPrintable(r_.error.cliLine()));                                                             \
    } while (false)

namespace
{

const QString kPrimary = u"Primary Site"_s;
const QString kSecondary = u"Secondary Site"_s;

QList<RecoveryProblem> problems(TestWorkspace& ws, const QString& subsystem = kPrimary)
{
    return ws.engine().snapshot()->problemsOf(ws.subsystemId(subsystem));
}

const RecoveryProblem* find(const QList<RecoveryProblem>& list, const QString& kind)
{
    for (const RecoveryProblem& p : list) {
        if (p.kind == kind) {
            return &p;
        }
    }
    return nullptr;
}

bool anyStepContains(const RecoveryProblem& p, const QString& text)
{
    return std::any_of(p.steps.cbegin(), p.steps.cend(), [&](const QString& s) { return s.contains(text); });
}

/** Lets notices posted from I/O threads reach the engine. */
void settle()
{
    QCoreApplication::processEvents();
    QTest::qWait(50);
    QCoreApplication::processEvents();
}

} // namespace

class TestHealth : public QObject
{
    Q_OBJECT

private:
    /** The snapshot's problems, the attention reasons and the CLI's list say the same, and the JSON round trip keeps
     * every field. */
    static void checkConsistent(TestWorkspace& ws, const QString& subsystem = kPrimary)
    {
        const ObjectId id = ws.subsystemId(subsystem);
        const QList<RecoveryProblem> list = problems(ws, subsystem);
        QStringList summaries;
        for (const RecoveryProblem& p : list) {
            summaries.append(p.summary);
            QVERIFY(!p.title.isEmpty() && !p.cause.isEmpty() && !p.steps.isEmpty() && !p.objects.isEmpty());
            QVERIFY(p.key.startsWith(p.kind + u':'));
            QCOMPARE(RecoveryProblem::fromJson(p.toJson()), p);
        }
        QCOMPARE(attentionReasons(ws.config(), id), summaries);
        QCOMPARE(recoveryProblems(ws.config(), id), list);
        QCOMPARE(ws.engine().snapshot()->needsAttention.value(id), !list.isEmpty());
        QStringList cli;
        for (const auto& v : ws.run(u"show storageSubsystem;"_s, subsystem)
                                 .data.value(u"subsystem"_s)
                                 .toObject()
                                 .value(u"attentionReasons"_s)
                                 .toArray()) {
            cli.append(v.toString());
        }
        QCOMPARE(cli, summaries);
        const Snapshot copy = Snapshot::fromJson(ws.engine().snapshot()->toJson());
        QCOMPARE(copy.problemsOf(id), list);
    }

    static bool activateBoth(TestWorkspace& ws)
    {
        for (const auto& [site, key] : {std::pair {kPrimary, u"primary"_s}, std::pair {kSecondary, u"secondary"_s}}) {
            const QString file = QDir(ws.path()).filePath(u"keys/%1-remoteMirror.key"_s.arg(key));
            if (!ws.run(
                       u"enable storageSubsystem feature file=\"%1\"; activate storageSubsystem feature=remoteMirror;"_s
                           .arg(file),
                       site)
                     .ok()) {
                return false;
            }
        }
        return ws
            .run(u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site\" bandwidth=0 roundTrip=0;"_s,
                kPrimary)
            .ok();
    }

    static MirrorStatus mirrorStatus(TestWorkspace& ws, const QString& drive, const QString& subsystem = kPrimary)
    {
        const LogicalDrive* ld = ws.logicalDrive(drive, subsystem);
        const Mirror* m = ld ? ws.config().mirrorOf(ld->id) : nullptr;
        return m ? m->status : MirrorStatus::Unresponsive;
    }

    static IoStatus hostWrite(TestWorkspace& ws, const QString& drive, const QString& subsystem, qint64 offset)
    {
        const QByteArray data(64 * KiB, 'w');
        return ws.engine()
            .volumes()
            .find(ws.logicalDrive(drive, subsystem)->id)
            ->write(offset, std::span<const char>(data.constData(), size_t(data.size())));
    }

private Q_SLOTS:
    void optimalHasNoProblems()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        QVERIFY(problems(ws).isEmpty());
        checkConsistent(ws);
    }

    void failedFlashCopyRecoversByRecreate()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        RUN_OK(ws,
            u"create logicalDrive array=1 userLabel=\"Data\" capacity=64 MB;"
            "create FlashCopyLogicalDrive baseLogicalDrive=\"Data\" repositoryPercentOfBase=1;"
            "write logicalDrive [\"Data\"] offset=0 length=10485760 seed=5;"_s,
            kPrimary);
        settle();
        const QList<RecoveryProblem> list = problems(ws);
        const RecoveryProblem* p = find(list, u"flashCopyFailed"_s);
        QVERIFY(p);
        QCOMPARE(p->title, u"Failed FlashCopy Logical Drive"_s);
        QCOMPARE(p->status, u"Failed"_s);
        QCOMPARE(p->component, u"FlashCopy logical drive Data-1"_s);
        QCOMPARE(p->objects,
            (QList<ObjectId> {
                ws.logicalDrive(u"Data-1"_s)->id, ws.logicalDrive(u"Data"_s)->id, ws.logicalDrive(u"Data-R1"_s)->id}));
        QVERIFY(p->objectNames.contains(u"FlashCopy repository logical drive: Data-R1"_s));
        QVERIFY(p->cause.contains(u"\"Fail FlashCopy logical drive\""_s));
        QVERIFY(anyStepContains(*p, u"Logical Drive ▸ FlashCopy ▸ Re-create…"_s));
        QVERIFY(anyStepContains(*p, u"Re-create FlashCopy Logical Drive window opens: type Yes and click OK"_s));
        QVERIFY(anyStepContains(*p, u"Logical Drive ▸ Increase Capacity…"_s));
        QVERIFY(anyStepContains(*p, u"Logical Drive ▸ Delete…"_s));
        // The event that reported it leads to it.
        bool linked = false;
        for (const Event& e : ws.engine().latestEvents(ws.subsystemId(kPrimary), 20)) {
            if (e.code == EventCode::FlashCopyFailed) {
                const RecoveryProblem* reported = problemReportedBy(list, e);
                linked = linked || (reported != nullptr && reported->key == p->key);
            }
        }
        QVERIFY(linked);
        checkConsistent(ws);
        // The recovery steps: Re-create.
        RUN_OK(ws, u"recreateFlashCopy logicalDrive [\"Data-1\"];"_s, kPrimary);
        QVERIFY(find(problems(ws), u"flashCopyFailed"_s) == nullptr);
        checkConsistent(ws);
    }

    void repositoryThresholdAndFullRecoverByIncreaseCapacity()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        RUN_OK(ws,
            u"create logicalDrive array=1 userLabel=\"Data\" capacity=64 MB;"
            "write logicalDrive [\"Data\"] offset=0 length=67108864 seed=1;"
            "create FlashCopyLogicalDrive baseLogicalDrive=\"Data\" repositoryPercentOfBase=1 "
            "repositoryFullPolicy=failBaseWrites warningThresholdPercent=50;"
            "write logicalDrive [\"Data\"] offset=0 length=5242880 seed=2;"_s,
            kPrimary);
        settle();
        const RecoveryProblem* threshold = find(problems(ws), u"repositoryThreshold"_s);
        QVERIFY(threshold);
        QCOMPARE(threshold->status, u"Threshold Exceeded"_s);
        QVERIFY(threshold->cause.contains(u"the only warning"_s));
        QVERIFY(anyStepContains(*threshold,
            u"Increase the capacity of the FlashCopy repository logical drive: select the FlashCopy repository logical drive Data-R1"_s));
        QVERIFY(anyStepContains(*threshold, u"threshold capacity warning level"_s));
        checkConsistent(ws);
        // Fill it: base writes fail, the problem becomes "repository full".
        QVERIFY(!ws.run(u"write logicalDrive [\"Data\"] offset=10485760 length=10485760 seed=3;"_s, kPrimary).ok());
        settle();
        const RecoveryProblem* full = find(problems(ws), u"repositoryFull"_s);
        QVERIFY(full);
        QVERIFY(find(problems(ws), u"repositoryThreshold"_s) == nullptr);
        QCOMPARE(full->component, u"FlashCopy repository logical drive Data-R1"_s);
        QVERIFY(full->cause.contains(u"all write requests to the base logical drive Data are rejected"_s));
        QVERIFY(full->steps.first().contains(u"Increase Repository Capacity window"_s));
        checkConsistent(ws);
        // The recovery steps: a larger repository.
        RUN_OK(ws, u"set logicalDrive [\"Data-R1\"] addCapacity=64 MB;"_s, kPrimary);
        QVERIFY(ws.waitForModifications());
        settle();
        QVERIFY(find(problems(ws), u"repositoryFull"_s) == nullptr);
        QVERIFY(find(problems(ws), u"repositoryThreshold"_s) == nullptr);
        checkConsistent(ws);
    }

    void failedVolumeCopyRecoversByStop()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        RUN_OK(ws,
            u"create logicalDrive array=1 userLabel=\"S\" capacity=16 MB;"
            "write logicalDrive [\"S\"] offset=0 length=16777216 seed=7;"
            "create logicalDrive array=1 userLabel=\"T\" capacity=16 MB;"
            "inject logicalDrive [\"T\"] fault=writeError; create volumeCopy source=\"S\" target=\"T\";"_s,
            kPrimary);
        QTRY_VERIFY(find(problems(ws), u"volumeCopyFailed"_s) != nullptr);
        const RecoveryProblem p = *find(problems(ws), u"volumeCopyFailed"_s);
        QCOMPARE(p.title, u"VolumeCopy Operation Failed"_s);
        QCOMPARE(p.status, u"Copy Failed"_s);
        QCOMPARE(p.summary, u"VolumeCopy S -> T has failed"_s);
        QCOMPARE(p.objects, (QList<ObjectId> {ws.logicalDrive(u"S"_s)->id, ws.logicalDrive(u"T"_s)->id}));
        QVERIFY(p.cause.contains(u"write error"_s));
        QVERIFY(anyStepContains(p, u"Logical Drive ▸ VolumeCopy ▸ Copy Manager…"_s));
        QVERIFY(anyStepContains(p, u"Copy ▸ Stop…"_s));
        QVERIFY(anyStepContains(p, u"Copy ▸ Re-Copy…"_s));
        QVERIFY(p.eventCodes.contains(EventCode::VolumeCopyFailed));
        checkConsistent(ws);
        RUN_OK(ws, u"stop volumeCopy target [\"T\"];"_s, kPrimary);
        QVERIFY(problems(ws).isEmpty());
        checkConsistent(ws);
    }

    void mirrorLinkDownThenResume()
    {
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        RUN_OK(ws, u"create logicalDrive array=1 userLabel=\"P1\" capacity=8 MB;"_s, kPrimary);
        RUN_OK(ws, u"create logicalDrive array=1 userLabel=\"S1\" capacity=8 MB;"_s, kSecondary);
        RUN_OK(ws,
            u"create remoteMirror primary=\"P1\" secondary=\"S1\" remoteStorageSubsystemName=\"Secondary Site\";"_s,
            kPrimary);
        QTRY_COMPARE(mirrorStatus(ws, u"P1"_s), MirrorStatus::Synchronized);
        RUN_OK(ws, u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site\" state=down;"_s, kPrimary);
        QVERIFY(hostWrite(ws, u"P1"_s, kPrimary, 0).ok());
        QTRY_COMPARE(mirrorStatus(ws, u"P1"_s), MirrorStatus::Unsynchronized);
        const RecoveryProblem* p = find(problems(ws), u"mirrorUnsynchronized"_s);
        QVERIFY(p);
        QCOMPARE(p->title, u"Mirror Communication Error - Link Down"_s);
        QCOMPARE(p->status, u"Unsynchronized"_s);
        QCOMPARE(
            p->objects, (QList<ObjectId> {ws.logicalDrive(u"P1"_s)->id, ws.logicalDrive(u"S1"_s, kSecondary)->id}));
        QVERIFY(p->objectNames.contains(u"Secondary logical drive: S1 on Secondary Site"_s));
        QVERIFY(p->cause.contains(u"path of controller A is down"_s));
        QVERIFY(p->steps.first().contains(u"Simulation ▸ Remote Mirror Link…"_s));
        QVERIFY(anyStepContains(*p, u"Logical Drive ▸ Remote Mirroring ▸ Test Communication…"_s));
        QVERIFY(anyStepContains(*p, u"Logical Drive ▸ Remote Mirroring ▸ Resume…"_s));
        QVERIFY(anyStepContains(*p, u"Resume Mirrored Pair window"_s));
        checkConsistent(ws);
        // The recovery steps: the link up, then Resume (Manual resynchronization).
        RUN_OK(ws, u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site\" state=up;"_s, kPrimary);
        QTest::qWait(1200);
        const RecoveryProblem* linkUp = find(problems(ws), u"mirrorUnsynchronized"_s);
        QVERIFY(linkUp); // Manual: still Unsynchronized until Resume (L7869-7875)
        QCOMPARE(linkUp->title, u"Mirrored Pair Unsynchronized"_s);
        QVERIFY(!linkUp->steps.first().contains(u"Remote Mirror Link"_s));
        RUN_OK(ws, u"resume remoteMirror primary [\"P1\"];"_s, kPrimary);
        QTRY_COMPARE(mirrorStatus(ws, u"P1"_s), MirrorStatus::Synchronized);
        QVERIFY(problems(ws).isEmpty());
        checkConsistent(ws);
    }

    void dualPrimaryRecoversByRoleToSecondary()
    {
        TestWorkspace ws;
        QVERIFY(activateBoth(ws));
        RUN_OK(ws, u"create logicalDrive array=1 userLabel=\"P1\" capacity=8 MB;"_s, kPrimary);
        RUN_OK(ws, u"create logicalDrive array=1 userLabel=\"S1\" capacity=8 MB;"_s, kSecondary);
        RUN_OK(ws,
            u"create remoteMirror primary=\"P1\" secondary=\"S1\" remoteStorageSubsystemName=\"Secondary Site\";"_s,
            kPrimary);
        QTRY_COMPARE(mirrorStatus(ws, u"P1"_s), MirrorStatus::Synchronized);
        RUN_OK(ws, u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site\" state=down;"_s, kPrimary);
        RUN_OK(ws, u"set remoteMirror localLogicalDrive [\"S1\"] role=primary force=TRUE;"_s, kSecondary);
        const RecoveryProblem* forced = find(problems(ws, kSecondary), u"dualPrimary"_s);
        QVERIFY(forced);
        QCOMPARE(forced->title, u"Dual Primary Logical Drive Conflict"_s);
        QCOMPARE(forced->status, u"Dual Primary"_s);
        QVERIFY(forced->cause.contains(u"Synchronized when the roles split"_s));
        QVERIFY(anyStepContains(*forced, u"Simulation ▸ Remote Mirror Link…"_s)); // link still down
        QVERIFY(anyStepContains(*forced, u"Logical Drive ▸ Remote Mirroring ▸ Change ▸ Role to Secondary…"_s));
        QVERIFY(anyStepContains(*forced, u"A resynchronization automatically occurs"_s));
        checkConsistent(ws, kSecondary);
        RUN_OK(ws, u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site\" state=up;"_s, kPrimary);
        QTRY_COMPARE(mirrorStatus(ws, u"P1"_s), MirrorStatus::DualPrimary);
        QVERIFY(find(problems(ws, kPrimary), u"dualPrimary"_s));
        QVERIFY(!anyStepContains(*find(problems(ws, kPrimary), u"dualPrimary"_s), u"Remote Mirror Link"_s));
        checkConsistent(ws, kPrimary);
        // The recovery steps: the side that must be secondary takes the role; the pair resynchronizes.
        RUN_OK(ws, u"set remoteMirror localLogicalDrive [\"S1\"] role=secondary;"_s, kSecondary);
        QTRY_COMPARE(mirrorStatus(ws, u"P1"_s), MirrorStatus::Synchronized);
        QTRY_VERIFY(problems(ws, kPrimary).isEmpty());
        QTRY_VERIFY(problems(ws, kSecondary).isEmpty());
        checkConsistent(ws, kPrimary);
        checkConsistent(ws, kSecondary);
    }

    void featureOutOfComplianceRecoversByEnable()
    {
        TestWorkspace ws;
        QVERIFY(ws.ok());
        RUN_OK(ws,
            u"create logicalDrive array=1 userLabel=\"Data\" capacity=32 MB;"
            "create FlashCopyLogicalDrive baseLogicalDrive=\"Data\";"
            "disable storageSubsystem feature=flashCopy;"_s,
            kPrimary);
        const QList<RecoveryProblem> list = problems(ws);
        const RecoveryProblem* p = find(list, u"featureOutOfCompliance"_s);
        QVERIFY(p);
        QCOMPARE(p->key, u"featureOutOfCompliance:flashCopy"_s);
        QCOMPARE(p->status, u"Out of Compliance"_s);
        QCOMPARE(p->component, u"FlashCopy premium feature"_s);
        QVERIFY(p->objects.contains(ws.logicalDrive(u"Data-1"_s)->id));
        QVERIFY(p->objectNames.contains(u"FlashCopy logical drive: Data-1"_s));
        QVERIFY(anyStepContains(
            *p, u"Feature Enable Identifier by clicking Storage Subsystem ▸ Premium Features ▸ List…"_s));
        QVERIFY(anyStepContains(*p, u"Storage Subsystem ▸ Premium Features ▸ Enable…"_s));
        bool linked = false;
        for (const Event& e : ws.engine().latestEvents(ws.subsystemId(kPrimary), 10)) {
            linked = linked || (e.code == EventCode::FeatureOutOfCompliance && problemReportedBy(list, e) == p);
        }
        QVERIFY(linked);
        checkConsistent(ws);
        const QString key = QDir(ws.path()).filePath(u"keys/primary-flashCopy.key"_s);
        RUN_OK(ws,
            u"save storageSubsystem featureKey feature=flashCopy file=\"%1\";"
            "enable storageSubsystem feature file=\"%1\";"_s.arg(key),
            kPrimary);
        QVERIFY(problems(ws).isEmpty());
        checkConsistent(ws);
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
