// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on a real engine: both subsystems in the selector, the Logical tree with the seed's labels, the
// status area, the physical pane's selection and highlighting, the event log, and snapshot updates that keep the
// tree's expanded nodes and selection.
#include "dialogs/filedialog.h"
#include "guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/statusarea.h"
#include "models/eventlogmodel.h"
#include "models/storagemodels.h"
#include "views/eventlogview.h"
#include "views/logicalphysicalview.h"
#include "views/mappingsview.h"
#include "views/physicalview.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using GuiTest::action;
using GuiTest::allTexts;
using GuiTest::findText;

namespace
{

void clickIndex(QAbstractItemView* view, const QModelIndex& index, Qt::KeyboardModifiers modifiers = {})
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsSubsystemsAndLogicalTree();
    void everyActionHasAMenuAndAName();
    void snapshotKeepsExpansionAndSelection();
    void physicalPaneSelectsAndHighlights();
    void actionsFollowTheSelection();
    void mappingsView();
    void eventLog();
    void reopensOnTheLastSubsystem();
    void firstStartFitsTheScreen();

private:
    std::unique_ptr<GuiTest::Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
    QTreeView* tree() const { return m_window->logicalPhysicalView()->logicalTree(); }
    QAbstractItemModel* treeModel() const { return tree()->model(); }
};

void TestMainWindow::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestMainWindow::init()
{
    m_ws = std::make_unique<GuiTest::Workspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
    m_window = GuiTest::openMainWindow(*m_ws, u"test connection"_s);
    QVERIFY(m_window);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_ws.reset();
}

void TestMainWindow::showsSubsystemsAndLogicalTree()
{
    QListView* list = m_window->subsystemList();
    // The two DS4000 sites, the ESS machines 12019 and FCA31, the NEC disk array, the in-controller copy controller.
    QCOMPARE(list->model()->rowCount(), 6);
    QCOMPARE(list->model()->index(0, 0).data().toString(), u"Storage Subsystem Primary Site"_s);
    QCOMPARE(list->model()->index(1, 0).data().toString(), u"Storage Subsystem Secondary Site"_s);
    QCOMPARE(list->model()->index(0, 0).data(DetailRole).toString(), u"DS4800 · Optimal"_s);
    // The platform adds " — Copyline" (the application's display name): the title itself does not say it again.
    QCOMPARE(m_window->windowTitle(), u"Storage Subsystem Primary Site"_s);

    const QStringList texts = allTexts(treeModel());
    for (const QString& expected : {u"Storage Subsystem Primary Site"_s, u"Unconfigured Capacity (1417.500 GB)"_s,
             u"Logical Drive Group 1 (RAID 5)"_s, u"Accounting (20.000 GB)"_s, u"Free Capacity (192.000 GB)"_s,
             u"Logical Drive Group 2 (RAID 1)"_s, u"Web Content (25.000 GB)"_s, u"Free Capacity (98.000 GB)"_s}) {
        QVERIFY2(texts.contains(expected), qPrintable(expected));
    }
    // Expanded on first show.
    QVERIFY(tree()->isExpanded(findText(treeModel(), u"Logical Drive Group 1 (RAID 5)"_s)));
    QVERIFY(tree()->isExpanded(findText(treeModel(), u"Logical Drive Group 2 (RAID 1)"_s)));

    // Status area: the seed's tooltips.
    StatusArea* status = m_window->statusArea();
    QCOMPARE(status->featureLabel(PremiumFeature::FlashCopy)->toolTip(), u"FlashCopy - Enabled"_s);
    QCOMPARE(status->featureLabel(PremiumFeature::VolumeCopy)->toolTip(), u"VolumeCopy - Enabled"_s);
    QCOMPARE(status->featureLabel(PremiumFeature::RemoteMirror)->toolTip(),
        u"Remote Logical Drive Mirroring - Disabled/Deactivated"_s);
    QCOMPARE(m_window->findChild<QLabel*>(u"connectionLabel"_s)->text(), u"test connection"_s);

    // Clicking the other subsystem switches every view.
    clickIndex(list, list->model()->index(1, 0));
    QCOMPARE(m_window->currentSubsystemId(), m_ws->subsystemId(u"Secondary Site"_s));
    QCOMPARE(m_window->windowTitle(), u"Storage Subsystem Secondary Site"_s);
    QCOMPARE(treeModel()->index(0, 0).data().toString(), u"Storage Subsystem Secondary Site"_s);
    QVERIFY(allTexts(treeModel()).contains(u"Backup (60.000 GB)"_s));
    QVERIFY(tree()->isExpanded(findText(treeModel(), u"Logical Drive Group 2 (RAID 5)"_s)));
    QCOMPARE(m_window->mappingsView()->topologyModel()->index(0, 0).data().toString(),
        u"Storage Subsystem Secondary Site"_s);
}

void TestMainWindow::everyActionHasAMenuAndAName()
{
    const QStringList names {u"actionRenameSubsystem"_s, u"actionListPremiumFeatures"_s,
        u"actionEnablePremiumFeature"_s, u"actionDisablePremiumFeature"_s, u"actionSubsystemProperties"_s,
        u"actionExit"_s, u"actionViewLogicalPhysical"_s, u"actionViewMappings"_s, u"actionViewEventLog"_s,
        u"actionDefineHostGroup"_s, u"actionDefineHost"_s, u"actionDefineHostPort"_s,
        u"actionDefineAdditionalMapping"_s, u"actionRemoveMapping"_s, u"actionRenameTopology"_s,
        u"actionRemoveTopology"_s, u"actionCreateArray"_s, u"actionDeleteArray"_s, u"actionArrayProperties"_s,
        u"actionCreateLogicalDrive"_s, u"actionRenameLogicalDrive"_s, u"actionIncreaseCapacity"_s,
        u"actionOwnerControllerA"_s, u"actionOwnerControllerB"_s, u"actionDeleteLogicalDrive"_s,
        u"actionLogicalDriveProperties"_s, u"actionAssignHotSpare"_s, u"actionUnassignHotSpare"_s,
        u"actionDriveProperties"_s, u"actionAbout"_s};
    for (const QString& name : names) {
        QAction* a = action(m_window.get(), name);
        QVERIFY2(a != nullptr, qPrintable(name));
        QVERIFY2(!a->associatedObjects().isEmpty(), qPrintable(name)); // in a menu (and the window)
    }
    QCOMPARE(action(m_window.get(), u"actionDeleteLogicalDrive"_s)->shortcut(), QKeySequence(QKeySequence::Delete));
    // F1 is help for the view in front (issue 18), not About.
    QCOMPARE(action(m_window.get(), u"actionHelpView"_s)->shortcut(), QKeySequence(Qt::Key_F1));
    QVERIFY(action(m_window.get(), u"actionAbout"_s)->shortcut().isEmpty());
}

void TestMainWindow::snapshotKeepsExpansionAndSelection()
{
    QSignalSpy resets(treeModel(), &QAbstractItemModel::modelReset);
    const QModelIndex group2 = findText(treeModel(), u"Logical Drive Group 2 (RAID 1)"_s);
    tree()->collapse(group2);
    clickIndex(tree(), findText(treeModel(), u"Payroll (10.000 GB)"_s));
    QCOMPARE(tree()->currentIndex().data().toString(), u"Payroll (10.000 GB)"_s);
    const ObjectId payroll = m_ws->logicalDrive(u"Payroll"_s).id;

    QVERIFY(m_ws->run(u"setLogicalDrive"_s, {{u"id"_s, payroll}, {u"userLabel"_s, u"Payroll Archive"_s}}).ok());
    QVERIFY(m_ws->run(u"createLogicalDrive"_s,
                    {{u"arrayId"_s, m_ws->logicalDrive(u"Oracle Logs"_s).arrayId}, {u"userLabel"_s, u"Archive Logs"_s},
                        {u"capacity"_s, 1024 * 1024 * 1024}})
                .ok());
    QTRY_VERIFY(findText(treeModel(), u"Payroll Archive (10.000 GB)"_s).isValid());
    QTRY_VERIFY(findText(treeModel(), u"Archive Logs (1.000 GB)"_s).isValid());

    QCOMPARE(resets.size(), 0);
    QCOMPARE(tree()->currentIndex().data().toString(), u"Payroll Archive (10.000 GB)"_s);
    QCOMPARE(tree()->currentIndex().data(IdRole).toLongLong(), payroll);
    QVERIFY(tree()->selectionModel()->isSelected(tree()->currentIndex()));
    QVERIFY(tree()->isExpanded(findText(treeModel(), u"Logical Drive Group 1 (RAID 5)"_s)));
    QVERIFY(!tree()->isExpanded(findText(treeModel(), u"Logical Drive Group 2 (RAID 1)"_s)));
    QCOMPARE(m_window->logicalPhysicalView()->currentId(), payroll);
}

void TestMainWindow::physicalPaneSelectsAndHighlights()
{
    PhysicalView* physical = m_window->logicalPhysicalView()->physicalView();
    const Drive* d10 = m_ws->driveAt(1, 10);
    const Drive* d11 = m_ws->driveAt(1, 11);
    QVERIFY(d10 && d11);
    QVERIFY(physical->driveRect(d10->id).isValid());
    QVERIFY(physical->driveToolTip(d10->id).contains(u"Drive [1,10]"_s));
    QVERIFY(physical->driveToolTip(d10->id).contains(u"67.500 GB"_s));

    QTest::mouseClick(physical, Qt::LeftButton, {}, physical->driveRect(d10->id).center());
    QCOMPARE(physical->selectedDrives(), QList<ObjectId> {d10->id});
    QVERIFY(action(m_window.get(), u"actionDriveProperties"_s)->isEnabled());
    QVERIFY(physical->accessibleDescription().startsWith(u"Drive [1,10]"_s));
    QVERIFY(physical->accessibleDescription().contains(u"Status: Optimal"_s));

    // Keyboard (spec §5.10): arrows move, Space selects, Ctrl+Space adds to the selection.
    QTest::keyClick(physical, Qt::Key_Right);
    QVERIFY(physical->accessibleDescription().startsWith(u"Drive [1,11]"_s));
    QTest::keyClick(physical, Qt::Key_Space);
    QCOMPARE(physical->selectedDrives(), QList<ObjectId> {d11->id});
    QTest::keyClick(physical, Qt::Key_Left);
    QTest::keyClick(physical, Qt::Key_Space, Qt::ControlModifier);
    QCOMPARE(physical->selectedDrives(), (QList<ObjectId> {d11->id, d10->id}));
    QTest::mouseClick(physical, Qt::LeftButton, {}, physical->driveRect(d10->id).center());
    QCOMPARE(physical->selectedDrives(), QList<ObjectId> {d10->id});
    QTest::mouseClick(physical, Qt::LeftButton, Qt::ControlModifier, physical->driveRect(d11->id).center());
    QCOMPARE(physical->selectedDrives(), (QList<ObjectId> {d10->id, d11->id}));
    QVERIFY(!action(m_window.get(), u"actionDriveProperties"_s)->isEnabled());
    QVERIFY(action(m_window.get(), u"actionAssignHotSpare"_s)->isEnabled());
    QVERIFY(!action(m_window.get(), u"actionUnassignHotSpare"_s)->isEnabled());

    // Hot Spare Coverage ▸ Assign on both.
    action(m_window.get(), u"actionAssignHotSpare"_s)->trigger();
    QTRY_COMPARE(m_ws->driveAt(1, 11)->role, DriveRole::HotSpare);
    QCOMPARE(m_ws->driveAt(1, 10)->role, DriveRole::HotSpare);
    QTRY_VERIFY(action(m_window.get(), u"actionUnassignHotSpare"_s)->isEnabled());

    // Selecting a logical drive highlights its array's drives.
    clickIndex(tree(), findText(treeModel(), u"Oracle Logs (12.000 GB)"_s));
    QList<ObjectId> expected;
    for (int slot = 6; slot <= 9; ++slot) {
        expected.append(m_ws->driveAt(1, slot)->id);
    }
    QCOMPARE(physical->highlightedDrives(), expected);
    clickIndex(tree(), findText(treeModel(), u"Storage Subsystem Primary Site"_s));
    QVERIFY(physical->highlightedDrives().isEmpty());
}

void TestMainWindow::actionsFollowTheSelection()
{
    QAction* del = action(m_window.get(), u"actionDeleteLogicalDrive"_s);
    QAction* increase = action(m_window.get(), u"actionIncreaseCapacity"_s);
    QAction* deleteArray = action(m_window.get(), u"actionDeleteArray"_s);
    clickIndex(tree(), findText(treeModel(), u"Storage Subsystem Primary Site"_s));
    QVERIFY(!del->isEnabled());
    QVERIFY(!deleteArray->isEnabled());
    QVERIFY(action(m_window.get(), u"actionCreateLogicalDrive"_s)->isEnabled());
    QVERIFY(action(m_window.get(), u"actionCreateArray"_s)->isEnabled());
    clickIndex(tree(), findText(treeModel(), u"Exchange (40.000 GB)"_s));
    QVERIFY(del->isEnabled());
    QVERIFY(increase->isEnabled());
    QVERIFY(deleteArray->isEnabled());
    QVERIFY(action(m_window.get(), u"actionRemoveMapping"_s)->isEnabled());
    QVERIFY(action(m_window.get(), u"actionOwnerControllerA"_s)->isChecked());
    clickIndex(tree(), findText(treeModel(), u"Web Content (25.000 GB)"_s));
    QVERIFY(!action(m_window.get(), u"actionRemoveMapping"_s)->isEnabled()); // not mapped
    QVERIFY(action(m_window.get(), u"actionOwnerControllerB"_s)->isChecked());

    // Ownership/Preferred Path ▸ Controller A.
    action(m_window.get(), u"actionOwnerControllerA"_s)->trigger();
    QTRY_COMPARE(m_ws->logicalDrive(u"Web Content"_s).preferredOwner, u"A"_s);
    QCOMPARE(m_ws->logicalDrive(u"Web Content"_s).currentOwner, u"A"_s);
    QTRY_VERIFY(action(m_window.get(), u"actionOwnerControllerA"_s)->isChecked());
}

void TestMainWindow::mappingsView()
{
    action(m_window.get(), u"actionViewMappings"_s)->trigger();
    QCOMPARE(m_window->currentView(), MainWindow::Mappings);
    MappingsView* view = m_window->mappingsView();
    QTreeView* topology = view->topologyTree();
    QTableView* table = view->mappingsTable();
    QCOMPARE(table->model()->rowCount(), 5); // subsystem node: all mappings
    QVERIFY(topology->isExpanded(findText(topology->model(), u"Host Group Campus East"_s)));
    clickIndex(topology, findText(topology->model(), u"Host east-app01"_s));
    QCOMPARE(view->topologyKind(), NodeKind::Host);
    QCOMPARE(table->model()->rowCount(), 3); // Exchange, plus Accounting and Payroll of Campus East
    clickIndex(topology, findText(topology->model(), u"Undefined Mappings"_s));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), u"Web Content"_s);
    QVERIFY(action(m_window.get(), u"actionDefineAdditionalMapping"_s)->isEnabled());
    QVERIFY(!action(m_window.get(), u"actionRenameTopology"_s)->isEnabled());
    clickIndex(topology, findText(topology->model(), u"Host Group backup server"_s));
    QVERIFY(action(m_window.get(), u"actionRenameTopology"_s)->isEnabled());
    QVERIFY(action(m_window.get(), u"actionRemoveTopology"_s)->isEnabled());
}

void TestMainWindow::eventLog()
{
    action(m_window.get(), u"actionViewEventLog"_s)->trigger();
    EventLogView* view = m_window->eventLogView();
    QTableView* table = view->table();
    QTRY_VERIFY(table->model()->rowCount() > 5);
    const int primaryEvents = table->model()->rowCount();

    QVERIFY(m_ws->run(u"createHostGroup"_s, {{u"userLabel"_s, u"Lab"_s}}).ok());
    QTRY_COMPARE(table->model()->rowCount(), primaryEvents + 1);
    // Newest first.
    QCOMPARE(table->model()->index(0, EventLogModel::DescriptionColumn).data().toString(), u"Host group defined"_s);
    QCOMPARE(table->model()->index(0, EventLogModel::ComponentColumn).data().toString(), u"Host Group Lab"_s);
    QCOMPARE(table->model()->index(0, EventLogModel::TypeColumn).data().toString(), u"1300"_s);

    clickIndex(table, table->model()->index(0, EventLogModel::DescriptionColumn));
    auto* details = view->findChild<QPlainTextEdit*>(u"eventDetailsTextEdit"_s);
    QVERIFY(details->toPlainText().contains(u"Host group defined"_s));
    QVERIFY(details->toPlainText().contains(u"Primary Site"_s));

    auto* severity = view->findChild<QComboBox*>(u"severityComboBox"_s);
    severity->setCurrentIndex(2); // critical only
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(details->toPlainText().isEmpty()); // never the details of an event no longer shown
    severity->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), primaryEvents + 1);
    QVERIFY(!details->toPlainText().isEmpty());

    // Find: every word typed must appear; the details follow what is shown.
    auto* find = view->findChild<QLineEdit*>(u"eventFindLineEdit"_s);
    QTest::keyClicks(find, u"lab 1300"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(details->toPlainText().contains(u"Host Group Lab"_s));
    find->clear();
    QTest::keyClicks(find, u"no such event text"_s);
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(details->toPlainText().isEmpty());
    QVERIFY(!view->findChild<QPushButton*>(u"eventExportButton"_s)->isEnabled());
    find->clear();
    QCOMPARE(table->model()->rowCount(), primaryEvents + 1);

    // Export what is shown, as CSV and as text, through the real button.
    QTemporaryDir exportDir;
    const QString csv = exportDir.filePath(u"events.csv"_s);
    FileDialog::setNextFileName(csv);
    QTest::mouseClick(view->findChild<QPushButton*>(u"eventExportButton"_s), Qt::LeftButton);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csvFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), u"Date/Time,Subsystem,Event Type,Severity,Component,Description,Details"_s);
    QCOMPARE(lines.size(), primaryEvents + 2);
    QVERIFY2(lines.at(1).contains(u"\"Primary Site\",\"1300\""_s), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(u"\"Host group defined\""_s));
    const QString text = exportDir.filePath(u"events.txt"_s);
    QCOMPARE(view->exportTo(text), QString());
    QFile textFile(text);
    QVERIFY(textFile.open(QIODevice::ReadOnly));
    QVERIFY(textFile.readAll().contains("Host group defined"));
    QVERIFY(!view->exportTo(exportDir.filePath(u"missing/folder/events.csv"_s)).isEmpty());

    // The other subsystem's log is a different list.
    clickIndex(m_window->subsystemList(), m_window->subsystemList()->model()->index(1, 0));
    QVERIFY(table->model()->rowCount() > 0);
    QVERIFY(table->model()->rowCount() != primaryEvents + 1);
}

void TestMainWindow::reopensOnTheLastSubsystem()
{
    QListView* list = m_window->subsystemList();
    clickIndex(list, list->model()->index(1, 0));
    QCOMPARE(m_window->currentSubsystemId(), m_ws->subsystemId(u"Secondary Site"_s));
    QVERIFY(m_window->close()); // saves the settings, as quitting the console does
    // Started again as the console starts: the settings first, then the engine's snapshot.
    m_window = std::make_unique<MainWindow>();
    m_window->restoreSettings();
    m_window->setConnection(m_ws->connection(), u"test connection"_s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->currentSubsystemId(), m_ws->subsystemId(u"Secondary Site"_s));
    QCOMPARE(m_window->windowTitle(), u"Storage Subsystem Secondary Site"_s);
}

void TestMainWindow::firstStartFitsTheScreen()
{
    // No saved geometry (a first start): the default 1280 x 800 is fitted to the screen, status bar included (it
    // was below the edge of a 1366 x 768 laptop's screen). The offscreen screen is smaller than the default.
    m_window.reset();
    QSettings().remove(u"mainWindow"_s);
    m_window = std::make_unique<MainWindow>();
    m_window->restoreSettings();
    m_window->setConnection(m_ws->connection(), u"test connection"_s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QRect available = m_window->screen()->availableGeometry();
    QVERIFY2(available.height() <= 800, "the test needs a screen no higher than the default size");
    const QString where = u"%1x%2+%3+%4 on %5x%6"_s.arg(m_window->width())
                              .arg(m_window->height())
                              .arg(m_window->x())
                              .arg(m_window->y())
                              .arg(available.width())
                              .arg(available.height());
    QVERIFY2(m_window->geometry().top() >= available.top() && m_window->geometry().bottom() <= available.bottom(),
        qPrintable(where));
    const QWidget* status = m_window->statusArea();
    QVERIFY(status->isVisible());
    QVERIFY2(status->mapToGlobal(QPoint(0, status->height())).y() <= available.bottom() + 1, qPrintable(where));
    // The narrowest the window can be fits a 1366 x 768 screen with a task bar, with room to spare.
    QVERIFY2(m_window->minimumSizeHint().width() <= 1200 && m_window->minimumSizeHint().height() <= 700,
        qPrintable(
            u"minimum %1x%2"_s.arg(m_window->minimumSizeHint().width()).arg(m_window->minimumSizeHint().height())));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
