// SPDX-License-Identifier: GPL-3.0-or-later
// The disaster-recovery procedures of the DS4000 Copy Services guide (spec §8) as acceptance scripts, run end to end
// through copylinectl against a copylined that keeps mirroring between the commands, as a real subsystem would:
// switch failure (8.2), entire site failover (8.3) with the rebuild and re-creation after recovery (8.4-8.5),
// secondary site failure (8.6) and a planned role swap (8.7). Every step checks what an administrator would:
// statuses, refusals with their error numbers, and the bytes on both sites.
#include "service/engine.h"
#include "testworkspace.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

const QString kPrimary = u"Primary Site"_s;
const QString kSecondary = u"Secondary Site"_s;

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run ctl(const QString& workspace, const QString& subsystem, const QString& text)
{
    QProcess p;
    p.start(Test::binary(u"copylinectl"_s), {u"--workspace"_s, workspace, u"-n"_s, subsystem, u"-c"_s, text});
    if (!p.waitForFinished(120000)) {
        p.kill();
        return {-2, {}, u"copylinectl timed out"_s};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
}

struct EngineGuard
{
    QString workspace;
    ~EngineGuard()
    {
        QProcess p;
        p.start(Test::binary(u"copylinectl"_s), {u"--workspace"_s, workspace, u"--stop"_s});
        p.waitForFinished(60000);
    }
};

/** The status column of a pair as `show remoteMirror ... synchronizationProgress` prints it. */
QString pairStatus(const QString& workspace, const QString& subsystem, const QString& drive)
{
    const Run r = ctl(workspace, subsystem,
        u"show remoteMirror localLogicalDrive [\"%1\"] synchronizationProgress;"_s.arg(drive));
    for (const QString& line : r.out.split(u'\n')) {
        if (line.trimmed().startsWith(drive + u"  "_s)) {
            for (const QString& status : {u"Synchronization-in-Progress"_s, u"Unsynchronized"_s, u"Synchronized"_s,
                     u"Optimal/Suspended"_s, u"Unresponsive"_s, u"Dual Primary"_s, u"Dual Secondary"_s}) {
                if (line.contains(status)) {
                    return status;
                }
            }
        }
    }
    return r.code == 0 ? u"(none)"_s : r.err.trimmed();
}

QString sha(const QString& workspace, const QString& subsystem, const QString& drive)
{
    const Run r = ctl(workspace, subsystem, u"show logicalDrive [\"%1\"] checksum length=67108864;"_s.arg(drive));
    const QRegularExpressionMatch m = QRegularExpression(u"([0-9a-f]{64})"_s).match(r.out);
    return m.hasMatch() ? m.captured(1) : r.err;
}

} // namespace

class TestMirrorDr : public QObject
{
    Q_OBJECT

private:
    QString m_ws;

    Run primary(const QString& text) { return ctl(m_ws, kPrimary, text); }
    Run secondary(const QString& text) { return ctl(m_ws, kSecondary, text); }

    bool waitFor(const QString& subsystem, const QString& drive, const QString& status, int timeoutMs = 60000)
    {
        QElapsedTimer t;
        t.start();
        QString last;
        while (t.elapsed() < timeoutMs) {
            last = pairStatus(m_ws, subsystem, drive);
            if (last == status) {
                return true;
            }
            QTest::qWait(200);
        }
        qWarning("%s on %s is %s, not %s", qPrintable(drive), qPrintable(subsystem), qPrintable(last),
            qPrintable(status));
        return false;
    }

    /** Both sites licensed and activated, 64 MB "Ledger" mirrored to "Ledger 2" (Metro Mirroring), Synchronized. */
    void prepare(const QString& dir)
    {
        m_ws = dir;
        const Run a = primary(u"enable storageSubsystem feature file=\"%1/keys/primary-remoteMirror.key\";"
                              "activate storageSubsystem feature=remoteMirror;"
                              "create logicalDrive array=1 userLabel=\"Ledger\" capacity=64 MB;"
                              "write logicalDrive [\"Ledger\"] offset=0 length=67108864 seed=21;"
                              "set logicalDrive [\"Ledger\"] logicalUnitNumber=7 hostGroup=\"Campus East\";"_s.arg(dir));
        QVERIFY2(a.code == 0, qPrintable(a.out + a.err));
        // Spec §8.1: partitions on the secondary mirror the primary's, so hosts get access after a promotion.
        const Run b = secondary(u"enable storageSubsystem feature file=\"%1/keys/secondary-remoteMirror.key\";"
                                "activate storageSubsystem feature=remoteMirror;"
                                "create logicalDrive array=1 userLabel=\"Ledger 2\" capacity=64 MB;"
                                "set logicalDrive [\"Ledger 2\"] logicalUnitNumber=7 hostGroup=\"Campus West\";"_s.arg(dir));
        QVERIFY2(b.code == 0, qPrintable(b.out + b.err));
        const Run c = primary(u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site\" bandwidth=0 "
                              "roundTrip=0;"
                              "create remoteMirror primary=\"Ledger\" secondary=\"Ledger 2\" "
                              "remoteStorageSubsystemName=\"Secondary Site\" syncPriority=highest;"_s);
        QVERIFY2(c.code == 0, qPrintable(c.out + c.err));
        QVERIFY(waitFor(kPrimary, u"Ledger"_s, u"Synchronized"_s));
        QCOMPARE(sha(m_ws, kSecondary, u"Ledger 2"_s), sha(m_ws, kPrimary, u"Ledger"_s));
    }

    void cutLink(bool down)
    {
        const Run r = primary(u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site\" state=%1;"_s.arg(
            down ? u"down"_s : u"up"_s));
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    }

private Q_SLOTS:
    void switchFailureSuspendsUntilTheFabricReturns()
    {
        // §8.2 option A: the inter-site switch fails; host I/O goes on, the mirrors are suspended until the normal
        // configuration returns, then resumed with a delta resynchronization.
        QTemporaryDir dir;
        EngineGuard guard {dir.path()};
        prepare(dir.path());
        cutLink(true);
        Run r = primary(u"write logicalDrive [\"Ledger\"] offset=1048576 length=1048576 seed=22;"_s);
        QCOMPARE(r.code, 0); // the host write completes
        QVERIFY(waitFor(kPrimary, u"Ledger"_s, u"Unsynchronized"_s));
        r = primary(u"suspend remoteMirror primary [\"Ledger\"];"_s);
        QCOMPARE(r.code, 0);
        QCOMPARE(pairStatus(m_ws, kPrimary, u"Ledger"_s), u"Optimal/Suspended"_s);
        r = primary(u"write logicalDrive [\"Ledger\"] offset=8388608 length=65536 seed=23;"_s);
        QCOMPARE(r.code, 0);
        // Resume before the fabric returns: refused with the reason.
        r = primary(u"resume remoteMirror primary [\"Ledger\"];"_s);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(u"Error 154"_s), qPrintable(r.err));
        cutLink(false);
        r = primary(u"resume remoteMirror primary [\"Ledger\"];"_s);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(waitFor(kPrimary, u"Ledger"_s, u"Synchronized"_s));
        QCOMPARE(sha(m_ws, kSecondary, u"Ledger 2"_s), sha(m_ws, kPrimary, u"Ledger"_s));
    }

    void siteFailoverRebuildAndRecreate()
    {
        QTemporaryDir dir;
        EngineGuard guard {dir.path()};
        prepare(dir.path());
        const QString beforeDisaster = sha(m_ws, kPrimary, u"Ledger"_s);

        // §8.3: the primary site is destroyed. Step 1 (conflict C13): promote the secondary; without the partner
        // the promotion needs force, which the administrator accepts.
        cutLink(true);
        Run r = secondary(u"set remoteMirror localLogicalDrive [\"Ledger 2\"] role=primary;"_s);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(u"Error 154"_s) && r.err.contains(u"Dual Primary"_s), qPrintable(r.err));
        r = secondary(u"set remoteMirror localLogicalDrive [\"Ledger 2\"] role=primary force=TRUE;"_s);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QCOMPARE(pairStatus(m_ws, kSecondary, u"Ledger 2"_s), u"Dual Primary"_s);
        // Steps 2-4: the partitions were predefined; hosts at the secondary site resume operations on Ledger 2.
        QCOMPARE(sha(m_ws, kSecondary, u"Ledger 2"_s), beforeDisaster);
        r = secondary(u"write logicalDrive [\"Ledger 2\"] offset=0 length=4194304 seed=31;"_s);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QString afterFailover = sha(m_ws, kSecondary, u"Ledger 2"_s);

        // §8.4: the primary site is rebuilt; when the subsystems meet again both drives are primaries.
        cutLink(false);
        QVERIFY(waitFor(kPrimary, u"Ledger"_s, u"Dual Primary"_s, 10000));
        QVERIFY(ctl(m_ws, kPrimary, u"show storageSubsystem events count=50;"_s).out.contains(
            u"Dual-role conflict detected"_s));
        // §8.5 step 1: from the active (old secondary) site, the relationship is removed (both sides) and created
        // again with the recovered site's drive as the secondary; a full synchronization follows.
        r = secondary(u"remove remoteMirror localLogicalDrive [\"Ledger 2\"];"_s);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(pairStatus(m_ws, kPrimary, u"Ledger"_s).startsWith(u"Error 153"_s)); // removed on both sites
        r = secondary(u"create remoteMirror primary=\"Ledger 2\" secondary=\"Ledger\" "
                      "remoteStorageSubsystemName=\"Primary Site\" syncPriority=highest;"_s);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(waitFor(kSecondary, u"Ledger 2"_s, u"Synchronized"_s));
        QCOMPARE(sha(m_ws, kPrimary, u"Ledger"_s), afterFailover);
        // Steps 2-4: hosts at the recovered site, then a manual role reversal gives the primary site its role back.
        r = primary(u"set remoteMirror localLogicalDrive [\"Ledger\"] role=primary;"_s);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(waitFor(kPrimary, u"Ledger"_s, u"Synchronized"_s));
        r = primary(u"write logicalDrive [\"Ledger\"] offset=16777216 length=65536 seed=32;"_s);
        QCOMPARE(r.code, 0);
        r = secondary(u"write logicalDrive [\"Ledger 2\"] offset=0 length=4096 seed=33;"_s);
        QVERIFY(r.code != 0); // the secondary is write-protected again
        // Step 5: optimal — the secondary equals the primary.
        QCOMPARE(sha(m_ws, kSecondary, u"Ledger 2"_s), sha(m_ws, kPrimary, u"Ledger"_s));
    }

    void secondarySiteFailureNeedsAFullSynchronization()
    {
        // §8.6: the secondary site is lost with its drive; no failover. When it returns with a new drive, the
        // relationship is created again and a full synchronization copies the primary.
        QTemporaryDir dir;
        EngineGuard guard {dir.path()};
        prepare(dir.path());
        cutLink(true);
        Run r = primary(u"write logicalDrive [\"Ledger\"] offset=0 length=65536 seed=41;"_s);
        QCOMPARE(r.code, 0);
        QVERIFY(waitFor(kPrimary, u"Ledger"_s, u"Unsynchronized"_s));
        // The primary's administrator removes the relationship (only the local side, the link is down).
        r = primary(u"remove remoteMirror localLogicalDrive [\"Ledger\"];"_s);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        // The rebuilt secondary site: the stale record is removed, the lost drive replaced.
        r = secondary(u"remove remoteMirror localLogicalDrive [\"Ledger 2\"];"
                      "delete logicalDrive [\"Ledger 2\"];"
                      "create logicalDrive array=1 userLabel=\"Ledger 2\" capacity=64 MB;"_s);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        cutLink(false);
        r = primary(u"create remoteMirror primary=\"Ledger\" secondary=\"Ledger 2\" "
                    "remoteStorageSubsystemName=\"Secondary Site\" syncPriority=highest;"_s);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(waitFor(kPrimary, u"Ledger"_s, u"Synchronized"_s));
        QCOMPARE(sha(m_ws, kSecondary, u"Ledger 2"_s), sha(m_ws, kPrimary, u"Ledger"_s));
    }

    void plannedRoleSwapAndBack()
    {
        // §8.7: demote the primary; the partner is promoted when contacted; then back again.
        QTemporaryDir dir;
        EngineGuard guard {dir.path()};
        prepare(dir.path());
        Run r = primary(u"set remoteMirror localLogicalDrive [\"Ledger\"] role=secondary;"_s);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        r = primary(u"write logicalDrive [\"Ledger\"] offset=0 length=4096 seed=51;"_s);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(u"remote mirror secondary"_s), qPrintable(r.err));
        r = secondary(u"write logicalDrive [\"Ledger 2\"] offset=0 length=1048576 seed=52;"_s);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(waitFor(kSecondary, u"Ledger 2"_s, u"Synchronized"_s));
        QCOMPARE(sha(m_ws, kPrimary, u"Ledger"_s), sha(m_ws, kSecondary, u"Ledger 2"_s));
        r = primary(u"set remoteMirror localLogicalDrive [\"Ledger\"] role=primary;"_s);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(waitFor(kPrimary, u"Ledger"_s, u"Synchronized"_s));
        r = primary(u"write logicalDrive [\"Ledger\"] offset=0 length=4096 seed=53;"_s);
        QCOMPARE(r.code, 0);
        QCOMPARE(sha(m_ws, kPrimary, u"Ledger"_s), sha(m_ws, kSecondary, u"Ledger 2"_s));
    }
};

QTEST_GUILESS_MAIN(TestMirrorDr)
#include "tst_mirror_dr.moc"
