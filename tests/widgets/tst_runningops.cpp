// SPDX-License-Identifier: GPL-3.0-or-later
// The Running Operations panel on a real engine, driven through the real main window offscreen: a VolumeCopy and a
// mirror synchronization started through the engine appear with moving progress, a rate in MB/s and an ETA; the
// status bar sums them up and opens the panel; when they complete the rows stay greyed with their end state and a
// non-modal notice says so; a copy whose source fails to read shows Failed. And the idle cost guard: a console whose
// engine publishes snapshots only because counters move (a host workload) applies none of them to its views and
// resets no model. ESS PPRC and NEC pairs that copy appear, progress and end the same way.
#include "guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/runningoperationsdock.h"
#include "mirror/mirrorservice.h"
#include "models/hostiorates.h"
#include "models/roles.h"
#include "models/runningoperations.h"
#include "server/localconnection.h"
#include "service/engine.h"
#include "util/bytesize.h"
#include "views/logicalphysicalview.h"
#include "views/runningoperationsview.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <atomic>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using GuiTest::action;

namespace
{

const QString kPrimary = u"Primary Site"_s;
const QString kSecondary = u"Secondary Site"_s;
using Column = RunningOperationsModel::Column;

/** The texts of the notices @p notices caught, sorted (the order two operations end in is not fixed). */
QStringList noticeTexts(const QSignalSpy& notices)
{
    QStringList texts;
    for (const auto& args : notices) {
        texts.append(args.at(0).toString());
    }
    texts.sort();
    return texts;
}

} // namespace

class TestRunningOps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void etaTextFormat();
    void copyAndSynchronizationFromStartToEnd();
    void failedCopyShowsFailed();
    void otherFamiliesPairsFromStartToEnd();
    void summaryOpensThePanel();
    void quietConsoleAppliesNoSnapshot();
    /** Not a check: with COPYLINE_SHOT_DIR set, saves running-operations.png there (README picture). */
    void screenshot();

private:
    void ok(const CommandResult& r) { QVERIFY2(r.ok(), qPrintable(r.error.message())); }
    void createDrive(const QString& name, qint64 capacity, const QString& subsystem = kPrimary, qint64 data = 0);
    ObjectId startCopy(const QString& source, const QString& target);
    void startMirror(const QString& primary, const QString& secondary);
    /** Sets the bandwidth of the core link between @p a and @p b (an NEC array's internal wire: a == b). */
    void setLinkBandwidth(const QString& a, const QString& b, qint64 bytesPerSecond);
    RunningOperationsDock* dock() const { return m_window->runningOperations(); }
    RunningOperationsModel* model() const { return dock()->panel()->model(); }
    /** The model row whose Operation and Object(s) cells read @p kind and @p objects; -1 if none. */
    int row(const QString& kind, const QString& objects) const
    {
        for (int r = 0; r < model()->rowCount(); ++r) {
            if (cell(r, Column::OperationColumn) == kind && cell(r, Column::ObjectsColumn) == objects) {
                return r;
            }
        }
        return -1;
    }
    QString cell(int r, int column) const { return model()->index(r, column).data().toString(); }
    QVariant value(int r, int column, int role) const { return model()->index(r, column).data(role); }
    void openPanel()
    {
        QAction* view = action(m_window.get(), u"actionViewRunningOperations"_s);
        QVERIFY(view != nullptr);
        QVERIFY(view->isEnabled());
        QCOMPARE(view->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        view->trigger();
        QTRY_VERIFY(dock()->isVisible());
        QVERIFY(dock()->panel()->table()->isVisible());
    }

    std::unique_ptr<GuiTest::Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

void TestRunningOps::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestRunningOps::init()
{
    m_ws = std::make_unique<GuiTest::Workspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
    m_window = GuiTest::openMainWindow(*m_ws);
    QVERIFY(m_window);
    QTRY_VERIFY(m_window->currentSubsystemId() != 0);
}

void TestRunningOps::cleanup()
{
    m_window.reset();
    m_ws.reset();
}

void TestRunningOps::createDrive(const QString& name, qint64 capacity, const QString& subsystem, qint64 data)
{
    ok(m_ws->createDrive(name, capacity, subsystem, data));
}

ObjectId TestRunningOps::startCopy(const QString& source, const QString& target)
{
    const CommandResult r = m_ws->run(u"createVolumeCopy"_s,
        {{u"sourceId"_s, m_ws->logicalDrive(source).id}, {u"targetId"_s, m_ws->logicalDrive(target).id},
            {u"copyPriority"_s, u"highest"_s}});
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.error.message()));
        return 0;
    }
    return r.data.value(u"id"_s).toInteger();
}

void TestRunningOps::startMirror(const QString& primary, const QString& secondary)
{
    for (const QString& subsystem : {kPrimary, kSecondary}) {
        const QString key
            = QDir(m_ws->path())
                  .filePath(u"keys/%1-remoteMirror.key"_s.arg(subsystem == kPrimary ? u"primary"_s : u"secondary"_s));
        ok(m_ws->run(u"enableFeature"_s, {{u"file"_s, key}}, subsystem));
        ok(m_ws->run(u"activateRemoteMirror"_s, {{u"feature"_s, u"remoteMirror"_s}}, subsystem));
    }
    ok(m_ws->run(u"createRemoteMirror"_s,
        {{u"primary"_s, primary}, {u"secondary"_s, secondary}, {u"remoteStorageSubsystemName"_s, kSecondary},
            {u"syncPriority"_s, u"highest"_s}}));
}

void TestRunningOps::setLinkBandwidth(const QString& a, const QString& b, qint64 bytesPerSecond)
{
    const MirrorLink* link = m_ws->config().linkBetween(m_ws->subsystemId(a), m_ws->subsystemId(b));
    QVERIFY(link != nullptr);
    const ObjectId id = link->id;
    auto done = std::make_shared<std::atomic<bool>>(false);
    Engine::post(m_ws->connection()->engine(), [id, bytesPerSecond, done](Engine& e) {
        e.mirrors().scheduler().setBandwidth(id, bytesPerSecond);
        *done = true;
    });
    QTRY_VERIFY(done->load());
}

void TestRunningOps::etaTextFormat()
{
    QCOMPARE(RunningOperationsModel::etaText(-1), u"—"_s);
    QCOMPARE(RunningOperationsModel::etaText(0), u"0 s"_s);
    QCOMPARE(RunningOperationsModel::etaText(45), u"45 s"_s);
    QCOMPARE(RunningOperationsModel::etaText(60), u"1 min"_s);
    QCOMPARE(RunningOperationsModel::etaText(150), u"3 min"_s); // rounded up: never promises too early
    QCOMPARE(RunningOperationsModel::etaText(3600), u"1 h 00 min"_s);
    QCOMPARE(RunningOperationsModel::etaText(3 * 3600 + 5 * 60 + 1), u"3 h 06 min"_s);
}

void TestRunningOps::copyAndSynchronizationFromStartToEnd()
{
    // Slow enough to watch: copies at 2 MB/s, the mirror link at 2 MB/s, 64 MiB each (about 30 s).
    ok(m_ws->run(u"setStorageSubsystem"_s, {{u"copyBandwidth"_s, 2 * MiB}}));
    createDrive(u"Ledger"_s, 64 * MiB, kPrimary, 64 * MiB);
    createDrive(u"Ledger-Copy"_s, 64 * MiB);
    createDrive(u"Book"_s, 64 * MiB, kPrimary, 64 * MiB);
    createDrive(u"Book 2"_s, 64 * MiB, kSecondary);
    ok(m_ws->run(u"setRemoteMirrorLink"_s, {{u"remoteStorageSubsystemName"_s, kSecondary}, {u"bandwidth"_s, 2 * MiB}}));

    QVERIFY(!dock()->isVisible());
    QVERIFY(!dock()->summary()->isVisible()); // nothing runs: no summary
    QSignalSpy notices(dock(), &RunningOperationsDock::noticeShown);

    const ObjectId copy = startCopy(u"Ledger"_s, u"Ledger-Copy"_s);
    QVERIFY(copy != 0);
    startMirror(u"Book"_s, u"Book 2"_s);
    openPanel();

    // Both rows, with their subsystem, objects and state.
    const QString copyObjects = u"Ledger → Ledger-Copy"_s;
    const QString syncObjects = u"Book → Book 2"_s;
    QTRY_VERIFY(row(u"VolumeCopy"_s, copyObjects) >= 0);
    QTRY_VERIFY(row(u"Mirror synchronization"_s, syncObjects) >= 0);
    for (const auto& [kind, objects] :
        {std::pair {u"VolumeCopy"_s, copyObjects}, std::pair {u"Mirror synchronization"_s, syncObjects}}) {
        const int r = row(kind, objects);
        QCOMPARE(cell(r, Column::SubsystemColumn), kPrimary);
        QCOMPARE(cell(r, Column::StateColumn), u"In progress"_s);
        QVERIFY(!cell(r, Column::StartedColumn).isEmpty());
        QVERIFY(!value(r, Column::StateColumn, RunningOperationsModel::FinishedRole).toBool());
    }
    QCOMPARE(dock()->panel()->table()->model()->rowCount(), 2);

    // Progress moves, a rate in MB/s, and an ETA once the trend is known ("—" before).
    const QRegularExpression eta(u"^(\\d+ s|\\d+ min|\\d+ h \\d\\d min)$"_s);
    for (const auto& [kind, objects] :
        {std::pair {u"VolumeCopy"_s, copyObjects}, std::pair {u"Mirror synchronization"_s, syncObjects}}) {
        const double first = value(row(kind, objects), Column::ProgressColumn, ProgressRole).toDouble();
        QTRY_VERIFY_WITH_TIMEOUT(
            value(row(kind, objects), Column::ProgressColumn, ProgressRole).toDouble() > first, 20000);
        QVERIFY(cell(row(kind, objects), Column::ProgressColumn).endsWith(u'%'));
        QTRY_VERIFY_WITH_TIMEOUT(eta.match(cell(row(kind, objects), Column::EtaColumn)).hasMatch(), 20000);
        QTRY_VERIFY(cell(row(kind, objects), Column::RateColumn).endsWith(u" MB/s"_s));
    }

    // The status-bar summary: both, their mean progress and the longest ETA.
    QTRY_VERIFY(dock()->summary()->isVisible());
    const QRegularExpression summary(u"^2 operations running — \\d+% · ETA (\\d+ s|\\d+ min|\\d+ h \\d\\d min)$"_s);
    QTRY_VERIFY2(summary.match(dock()->summary()->text()).hasMatch(), qPrintable(dock()->summary()->text()));
    QCOMPARE(dock()->summary()->text(), RunningOperationsSummary::summaryText(*dock()->operations()));

    // Let both finish: Completed, greyed, and a notice each (in the panel and the status bar, never a dialog).
    ok(m_ws->run(u"setStorageSubsystem"_s, {{u"copyBandwidth"_s, 0}}));
    ok(m_ws->run(u"setRemoteMirrorLink"_s, {{u"remoteStorageSubsystemName"_s, kSecondary}, {u"bandwidth"_s, 0}}));
    QTRY_COMPARE_WITH_TIMEOUT(cell(row(u"VolumeCopy"_s, copyObjects), Column::StateColumn), u"Completed"_s, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(
        cell(row(u"Mirror synchronization"_s, syncObjects), Column::StateColumn), u"Completed"_s, 30000);
    QCOMPARE(model()->rowCount(), 2); // still listed
    for (int r = 0; r < 2; ++r) {
        QVERIFY(value(r, Column::StateColumn, RunningOperationsModel::FinishedRole).toBool());
        QCOMPARE(qvariant_cast<QBrush>(value(r, Column::OperationColumn, Qt::ForegroundRole)).color(),
            QApplication::palette().color(QPalette::Disabled, QPalette::Text));
        QCOMPARE(cell(r, Column::ProgressColumn), u"100%"_s);
        QCOMPARE(cell(r, Column::EtaColumn), u"—"_s);
    }
    QTRY_COMPARE(notices.size(), 2);
    const QStringList texts = noticeTexts(notices);
    QCOMPARE(texts,
        QStringList(
            {u"Mirror synchronization Book → Book 2: Completed"_s, u"VolumeCopy Ledger → Ledger-Copy: Completed"_s}));
    QVERIFY(texts.contains(m_window->statusBar()->currentMessage()));
    QVERIFY(texts.contains(dock()->panel()->notice()));
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QTRY_VERIFY(!dock()->summary()->isVisible()); // nothing runs any more

    // Clear Finished empties the list.
    auto* clear = dock()->panel()->findChild<QPushButton*>(u"clearFinishedButton"_s);
    QVERIFY(clear != nullptr);
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(model()->rowCount(), 0);
    QVERIFY(!clear->isEnabled());
    QCOMPARE(model()->resetCount(), 0);
}

void TestRunningOps::failedCopyShowsFailed()
{
    ok(m_ws->run(u"setStorageSubsystem"_s, {{u"copyBandwidth"_s, 2 * MiB}}));
    createDrive(u"Ledger"_s, 64 * MiB, kPrimary, 64 * MiB);
    createDrive(u"Ledger-Copy"_s, 64 * MiB);
    QSignalSpy notices(dock(), &RunningOperationsDock::noticeShown);
    openPanel();
    const ObjectId copy = startCopy(u"Ledger"_s, u"Ledger-Copy"_s);
    QVERIFY(copy != 0);
    const QString objects = u"Ledger → Ledger-Copy"_s;
    QTRY_COMPARE(cell(row(u"VolumeCopy"_s, objects), Column::StateColumn), u"In progress"_s);
    QTRY_VERIFY(value(row(u"VolumeCopy"_s, objects), Column::ProgressColumn, ProgressRole).toDouble() > 0);

    // The source can no longer be read: the copy fails on its next grain.
    ok(m_ws->run(u"injectFault"_s, {{u"id"_s, m_ws->logicalDrive(u"Ledger"_s).id}, {u"fault"_s, u"readError"_s}}));
    QTRY_COMPARE_WITH_TIMEOUT(m_ws->config().volumeCopies.value(copy).status, VolumeCopyStatus::Failed, 30000);
    QTRY_COMPARE(cell(row(u"VolumeCopy"_s, objects), Column::StateColumn), u"Failed"_s);
    const int r = row(u"VolumeCopy"_s, objects);
    QVERIFY(value(r, Column::StateColumn, RunningOperationsModel::FinishedRole).toBool());
    QVERIFY(value(r, Column::ProgressColumn, ProgressRole).toDouble() < 100);
    QTRY_COMPARE(notices.size(), 1);
    const QString notice = notices.at(0).at(0).toString();
    QVERIFY2(notice.startsWith(u"VolumeCopy Ledger → Ledger-Copy: Failed"_s), qPrintable(notice));
    QCOMPARE(m_window->statusBar()->currentMessage(), notice);
    QCOMPARE(dock()->panel()->notice(), notice);
    QVERIFY(value(r, Column::StateColumn, Qt::ToolTipRole).toString().contains(u"Failed"_s));
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
}

void TestRunningOps::otherFamiliesPairsFromStartToEnd()
{
    // An ESS PPRC pair over one ESCON link and an NEC Replicate inside one array, both slowed to 2 MB/s on their
    // links, 64 MiB of data each (about 30 s).
    const QString essA = u"C0001"_s;
    const QString essB = u"C0002"_s;
    const QString nec = u"S2100/1259"_s;
    for (const auto& [command, args] : QList<std::pair<QString, QJsonObject>> {
             {u"essCreateStorageServer"_s, {{u"serial"_s, essA}, {u"lss"_s, QJsonArray {16}}}},
             {u"essCreateStorageServer"_s, {{u"serial"_s, essB}, {u"lss"_s, QJsonArray {17}}}},
             {u"essCreateVolumes"_s,
                 {{u"subsystem"_s, essA}, {u"lss"_s, 16}, {u"count"_s, 1}, {u"capacity"_s, 64 * MiB}}},
             {u"essCreateVolumes"_s,
                 {{u"subsystem"_s, essB}, {u"lss"_s, 17}, {u"count"_s, 1}, {u"capacity"_s, 64 * MiB}}},
             {u"writeLogicalDrive"_s,
                 {{u"subsystem"_s, essA}, {u"targets"_s, QJsonArray {u"000C0001"_s}}, {u"offset"_s, 0},
                     {u"length"_s, 64 * MiB}, {u"seed"_s, 3}}},
             {u"essConnectEscon"_s,
                 {{u"subsystem"_s, essA}, {u"said"_s, u"0001"_s}, {u"remote"_s, essB}, {u"remoteSaid"_s, u"00a1"_s}}},
             {u"essEstablishPaths"_s,
                 {{u"subsystem"_s, essA}, {u"lss"_s, 16}, {u"remote"_s, essB}, {u"remoteLss"_s, QJsonArray {17}},
                     {u"said"_s, QJsonArray {u"0001"_s}}}},
             {u"essSetLink"_s, {{u"subsystem"_s, essA}, {u"remote"_s, essB}, {u"bandwidth"_s, 2 * MiB}}},
             {u"necCreateLd"_s,
                 {{u"subsystem"_s, nec}, {u"rank"_s, 0}, {u"name"_s, u"mv_01"_s}, {u"capacity"_s, 64 * MiB}}},
             {u"necCreateLd"_s,
                 {{u"subsystem"_s, nec}, {u"rank"_s, 1}, {u"name"_s, u"rv_01"_s}, {u"capacity"_s, 64 * MiB}}},
             {u"writeLogicalDrive"_s,
                 {{u"subsystem"_s, nec}, {u"targets"_s, QJsonArray {u"mv_01"_s}}, {u"offset"_s, 0},
                     {u"length"_s, 64 * MiB}, {u"seed"_s, 4}}},
             {u"necSetPair"_s, {{u"mv"_s, u"mv_01"_s}, {u"rv"_s, u"rv_01"_s}}},
         }) {
        const CommandResult r = m_ws->run(command, args, {});
        QVERIFY2(r.ok(), qPrintable(command + u": "_s + r.error.message()));
    }
    setLinkBandwidth(nec, nec, 2 * MiB);
    QSignalSpy notices(dock(), &RunningOperationsDock::noticeShown);
    openPanel();

    ok(m_ws->run(
        u"essEstablishPprc"_s, {{u"pairs"_s, QJsonArray {u"000C0001:100C0002"_s}}, {u"copy"_s, u"entire"_s}}, {}));
    ok(m_ws->run(u"necReplicate"_s, {{u"mv"_s, u"mv_01"_s}, {u"rv"_s, u"rv_01"_s}, {u"cprange"_s, u"full"_s}}, {}));

    const QString kind = u"Pair synchronization"_s;
    const QString pprc = u"000C0001 → 100C0002"_s;
    const QString replicate = u"mv_01 → rv_01"_s;
    QTRY_VERIFY_WITH_TIMEOUT(row(kind, pprc) >= 0, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(row(kind, replicate) >= 0, 15000);
    QCOMPARE(cell(row(kind, pprc), Column::SubsystemColumn), essA);
    QCOMPARE(cell(row(kind, replicate), Column::SubsystemColumn), nec);
    const QRegularExpression eta(u"^(\\d+ s|\\d+ min|\\d+ h \\d\\d min)$"_s);
    for (const QString& objects : {pprc, replicate}) {
        QCOMPARE(cell(row(kind, objects), Column::StateColumn), u"In progress"_s);
        const double first = value(row(kind, objects), Column::ProgressColumn, ProgressRole).toDouble();
        QVERIFY(first < 100.0);
        QTRY_VERIFY_WITH_TIMEOUT(
            value(row(kind, objects), Column::ProgressColumn, ProgressRole).toDouble() > first, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(eta.match(cell(row(kind, objects), Column::EtaColumn)).hasMatch(), 20000);
        QTRY_VERIFY(cell(row(kind, objects), Column::RateColumn).endsWith(u" MB/s"_s));
    }

    // The tooltip says what the pair does in its family's words, not the engine's record words.
    QVERIFY2(
        value(row(kind, pprc), Column::StateColumn, Qt::ToolTipRole).toString().endsWith(u"PPRC · Duplex Pending"_s),
        qPrintable(value(row(kind, pprc), Column::StateColumn, Qt::ToolTipRole).toString()));
    QVERIFY2(value(row(kind, replicate), Column::StateColumn, Qt::ToolTipRole)
                 .toString()
                 .endsWith(u"Replication · Replicate"_s),
        qPrintable(value(row(kind, replicate), Column::StateColumn, Qt::ToolTipRole).toString()));

    // Full speed: the PPRC pair reaches Duplex and the replicated pair rpl/sync; each row ends Completed, with a
    // notice.
    ok(m_ws->run(u"essSetLink"_s, {{u"subsystem"_s, essA}, {u"remote"_s, essB}, {u"bandwidth"_s, 0}}, {}));
    setLinkBandwidth(nec, nec, 0);
    for (const QString& objects : {pprc, replicate}) {
        QTRY_COMPARE_WITH_TIMEOUT(cell(row(kind, objects), Column::StateColumn), u"Completed"_s, 60000);
        QCOMPARE(cell(row(kind, objects), Column::ProgressColumn), u"100%"_s);
        QVERIFY(value(row(kind, objects), Column::StateColumn, RunningOperationsModel::FinishedRole).toBool());
    }
    QTRY_COMPARE(notices.size(), 2);
    const QStringList texts = noticeTexts(notices);
    QCOMPARE(texts,
        QStringList({u"Pair synchronization 000C0001 → 100C0002: Completed"_s,
            u"Pair synchronization mv_01 → rv_01: Completed"_s}));
    QTRY_VERIFY(!dock()->summary()->isVisible());
}

void TestRunningOps::summaryOpensThePanel()
{
    ok(m_ws->run(u"setStorageSubsystem"_s, {{u"copyBandwidth"_s, 2 * MiB}}));
    createDrive(u"Ledger"_s, 64 * MiB, kPrimary, 32 * MiB);
    createDrive(u"Ledger-Copy"_s, 64 * MiB);
    QVERIFY(startCopy(u"Ledger"_s, u"Ledger-Copy"_s) != 0);
    QTRY_VERIFY(dock()->summary()->isVisible());
    QVERIFY2(dock()->summary()->text().startsWith(u"1 operation running"_s), qPrintable(dock()->summary()->text()));
    QVERIFY(!dock()->isVisible());
    QTest::mouseClick(dock()->summary(), Qt::LeftButton);
    QTRY_VERIFY(dock()->isVisible());
    QVERIFY(action(m_window.get(), u"actionViewRunningOperations"_s)->isChecked());
    // The action hides it again.
    action(m_window.get(), u"actionViewRunningOperations"_s)->trigger();
    QTRY_VERIFY(!dock()->isVisible());
}

void TestRunningOps::quietConsoleAppliesNoSnapshot()
{
    // A host workload makes the engine publish snapshots (its I/O counters move) while nothing the views show
    // changes: the console applies them rate-limited, and rebuilds no view and resets no model.
    const ObjectId host = [this]() {
        for (const Host& h : m_ws->config().hosts) {
            if (h.name == u"east-db01"_s) {
                return h.id;
            }
        }
        return ObjectId(0);
    }();
    QVERIFY(host != 0);
    ok(m_ws->run(u"startHostWorkload"_s,
        {{u"hostId"_s, host}, {u"readPercent"_s, 50}, {u"blockSize"_s, 64 * KiB}, {u"rate"_s, 2 * MiB}}, {}));
    // The workload's own snapshot (a new row in Running Operations, a configuration-neutral change) has settled.
    QTRY_VERIFY(!m_ws->snapshot()->workloads.isEmpty());
    QTest::qWait(1500);

    QAbstractItemModel* tree = m_window->logicalPhysicalView()->logicalTree()->model();
    QSignalSpy treeResets(tree, &QAbstractItemModel::modelReset);
    QSignalSpy treeChanges(tree, &QAbstractItemModel::dataChanged);
    QSignalSpy opsResets(model(), &QAbstractItemModel::modelReset);
    QSignalSpy snapshots(m_ws->connection(), &EngineConnection::snapshotChanged);
    const int applied = m_window->snapshotApplications();
    QTest::qWait(3000);
    QVERIFY2(snapshots.size() >= 3, "the workload should make the engine publish snapshots");
    // Applied at most every kRuntimeApplyMs, never once per published snapshot.
    QVERIFY2(m_window->snapshotApplications() - applied <= 3000 / MainWindow::kRuntimeApplyMs + 1,
        qPrintable(QString::number(m_window->snapshotApplications() - applied)));
    QCOMPARE(treeResets.size(), 0);
    QCOMPARE(treeChanges.size(), 0);
    QCOMPARE(opsResets.size(), 0);
    // The workload is listed as a running operation with its rate.
    const int r = row(u"Host workload"_s, u"Host east-db01"_s);
    QVERIFY(r >= 0);
    QCOMPARE(cell(r, Column::StateColumn), u"In progress"_s);
    QCOMPARE(cell(r, Column::ProgressColumn), u"—"_s);
    QVERIFY(cell(r, Column::RateColumn).endsWith(u" MB/s"_s));

    // Stopped: the engine goes quiet, and so does the console (no idle timer redraws unchanged rates).
    ok(m_ws->run(u"stopHostWorkload"_s, {{u"hostId"_s, host}}, {}));
    QTRY_VERIFY(m_ws->snapshot()->workloads.isEmpty());
    QTRY_COMPARE(cell(row(u"Host workload"_s, u"Host east-db01"_s), Column::StateColumn), u"Stopped"_s);
    QTest::qWait(3000); // the rates come down to 0 over a window
    QSignalSpy rates(m_window->hostIoRates(), &HostIoRates::updated);
    const int appliedQuiet = m_window->snapshotApplications();
    QTest::qWait(2000);
    QCOMPARE(rates.size(), 0);
    QCOMPARE(m_window->snapshotApplications(), appliedQuiet);
}

void TestRunningOps::screenshot()
{
    const QString dir = qEnvironmentVariable("COPYLINE_SHOT_DIR");
    if (dir.isEmpty()) {
        QSKIP("COPYLINE_SHOT_DIR is not set");
    }
    // One copy that completes at once, then a slow copy and a mirror synchronization.
    createDrive(u"Payroll-Copy"_s, 10 * GiB);
    QVERIFY(startCopy(u"Payroll"_s, u"Payroll-Copy"_s) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(row(u"VolumeCopy"_s, u"Payroll → Payroll-Copy"_s) >= 0
            && cell(row(u"VolumeCopy"_s, u"Payroll → Payroll-Copy"_s), Column::StateColumn) == u"Completed"_s,
        true, 60000);
    ok(m_ws->run(u"setStorageSubsystem"_s, {{u"copyBandwidth"_s, 3 * MiB}}));
    createDrive(u"Ledger"_s, 256 * MiB, kPrimary, 192 * MiB);
    createDrive(u"Ledger-Copy"_s, 256 * MiB);
    createDrive(u"Book"_s, 256 * MiB, kPrimary, 192 * MiB);
    createDrive(u"Book 2"_s, 256 * MiB, kSecondary);
    ok(m_ws->run(u"setRemoteMirrorLink"_s, {{u"remoteStorageSubsystemName"_s, kSecondary}, {u"bandwidth"_s, 5 * MiB}}));
    QVERIFY(startCopy(u"Ledger"_s, u"Ledger-Copy"_s) != 0);
    startMirror(u"Book"_s, u"Book 2"_s);
    openPanel();
    m_window->resize(1280, 800);
    m_window->resizeDocks({dock()}, {250}, Qt::Vertical);
    const QRegularExpression eta(u"ETA \\d"_s);
    QTRY_VERIFY_WITH_TIMEOUT(eta.match(dock()->summary()->text()).hasMatch(), 30000);
    QTest::qWait(3000);
    QVERIFY(m_window->grab().save(QDir(dir).filePath(u"running-operations.png"_s)));
}

QTEST_MAIN(TestRunningOps)
#include "tst_runningops.moc"
