// SPDX-License-Identifier: GPL-3.0-or-later
// VolumeCopy in the console, driven like a user on a real engine: the Create Copy wizard by clicking (source in the
// tree, target in the table, the priority slider, typed "yes", Finish, Copy Started); the copy bandwidth set in the
// Storage Subsystem Properties; the Copy Manager following a copy live from "Copy In Progress" to "Completed";
// priority and target permissions changed from its menus; Stop, Re-Copy and Remove with their confirmations; the
// ninth copy pending; a failed copy with Needs Attention cleared by Stop; the wizard's reasons for invalid targets;
// the Logical view's badges, Go To and the Copying tab; and the Copy Manager's model under QAbstractItemModelTester
// with dataChanged for changed rows only.
#include "common/icons.h"
#include "common/texts.h"
#include "copy/ratecontroller.h"
#include "dialogs/commanddialog.h"
#include "dialogs/equivalentcommanddialog.h"
#include "dialogs/messagebox.h"
#include "guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "models/eventlogmodel.h"
#include "models/storagemodels.h"
#include "models/volumecopymodel.h"
#include "panels/ds4000/dialogs/propertiesdialogs.h"
#include "panels/ds4000/dialogs/volumecopydialogs.h"
#include "panels/ds4000/wizards/volumecopypages.h"
#include "panels/ds4000/wizards/volumecopywizard.h"
#include "util/bytesize.h"
#include "views/copymanager.h"
#include "views/eventlogview.h"
#include "views/logicalphysicalview.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using GuiTest::action;
using GuiTest::findText;

namespace
{

using Page = CreateVolumeCopyWizard::PageId;

void clickIndex(QAbstractItemView* view, const QModelIndex& index, Qt::KeyboardModifiers modifiers = {})
{
    QVERIFY(index.isValid());
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
}

using GuiTest::retype;

template <typename T>
T* child(QObject* parent, const QString& name)
{
    T* w = parent->findChild<T*>(name);
    if (w == nullptr) {
        qWarning("no child %s", qPrintable(name));
    }
    return w;
}

void click(QAbstractButton* button)
{
    QVERIFY(button != nullptr);
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName()));
    QTest::mouseClick(button, Qt::LeftButton);
}

/** The row of @p table whose first cell reads @p text (-1 if none). */
int tableRow(const QTableWidget* table, const QString& text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == text) {
            return row;
        }
    }
    return -1;
}

/** A VolumeCopy snapshot for the model tests: pairs of subsystem 1 between drives 10.. and 20... */
SnapshotPtr modelSnapshot(const QList<VolumeCopy>& pairs, const QHash<ObjectId, CopyRuntime>& copies, quint64 revision)
{
    auto s = std::make_shared<Snapshot>();
    s->revision = revision;
    Subsystem sub;
    sub.id = 1;
    sub.name = u"Lab"_s;
    s->config.subsystems.insert(1, sub);
    for (int i = 0; i < 6; ++i) {
        for (const ObjectId id : {ObjectId(10 + i), ObjectId(20 + i)}) {
            LogicalDrive ld;
            ld.id = id;
            ld.subsystemId = 1;
            ld.name = (id < 20 ? u"Source %1"_s : u"Target %1"_s).arg(i);
            ld.capacity = GiB;
            s->config.logicalDrives.insert(id, ld);
        }
    }
    for (const VolumeCopy& vc : pairs) {
        s->config.volumeCopies.insert(vc.id, vc);
    }
    s->copies = copies;
    return s;
}

VolumeCopy modelPair(ObjectId id, int drive, VolumeCopyStatus status)
{
    VolumeCopy vc;
    vc.id = id;
    vc.subsystemId = 1;
    vc.sourceId = 10 + drive;
    vc.targetId = 20 + drive;
    vc.status = status;
    vc.started = QDateTime::fromSecsSinceEpoch(1'700'000'000 + id);
    return vc;
}

} // namespace

class TestVolumeCopyGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createThroughWizardAndFollowInCopyManager();
    void stopRecopyRemoveWithConfirmations();
    void ninthCopyIsPending();
    void failedCopyNeedsAttentionUntilStopped();
    void wizardExplainsInvalidTargets();
    void entryPointsExplainWhyUnavailable();
    void copyStartedYesStartsAgain();
    void goToAndCopyingTab();
    void modelKeepsRowsAndSignalsChangedRowsOnly();
    void filterAndSort();
    void latencyBoundInProperties();
    void verifyAndRepairInCopyManager();

private:
    QTreeView* tree() const { return m_window->logicalPhysicalView()->logicalTree(); }
    QAbstractItemModel* treeModel() const { return tree()->model(); }
    void select(const QString& text) { clickIndex(tree(), findText(treeModel(), text)); }
    QModelIndex treeNode(const QString& name) const
    {
        return treeModel() ? findText(treeModel(), Texts::withCapacity(name, m_ws->logicalDrive(name).capacity))
                           : QModelIndex();
    }
    void trigger(QWidget* window, const QString& name)
    {
        QAction* a = action(window, name);
        QVERIFY2(a != nullptr, qPrintable(name));
        QVERIFY2(a->isEnabled(), qPrintable(name + u": "_s + a->toolTip()));
        a->trigger();
    }
    void createDrive(const QString& name, qint64 capacity, const QString& arrayOf = u"Accounting"_s);
    ObjectId createCopy(const QString& source, const QString& target, const QString& priority = u"medium"_s);
    VolumeCopy pair(ObjectId id) const { return m_ws->config().volumeCopies.value(id); }
    /** Sets the copy bandwidth in MB/s through Storage Subsystem ▸ Properties ▸ Copy Services, as a user does. */
    void setBandwidthInProperties(int megabytesPerSecond);
    CopyManagerWindow* openCopyManager();
    /** Selects the pair's row in the Copy Manager by clicking it (with @p modifiers). */
    void clickPair(CopyManagerWindow* manager, ObjectId id, Qt::KeyboardModifiers modifiers = {});
    QString cell(CopyManagerWindow* manager, ObjectId id, int column, int role = Qt::DisplayRole) const
    {
        return manager->model()->indexOf(id, column).data(role).toString();
    }

    std::unique_ptr<GuiTest::Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

void TestVolumeCopyGui::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestVolumeCopyGui::init()
{
    m_ws = std::make_unique<GuiTest::Workspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
    m_window = GuiTest::openMainWindow(*m_ws);
    QVERIFY(m_window);
}

void TestVolumeCopyGui::cleanup()
{
    m_window.reset();
    m_ws.reset();
}

void TestVolumeCopyGui::createDrive(const QString& name, qint64 capacity, const QString& arrayOf)
{
    const CommandResult r = m_ws->run(u"createLogicalDrive"_s,
        {{u"arrayId"_s, m_ws->logicalDrive(arrayOf).arrayId}, {u"userLabel"_s, name}, {u"capacity"_s, capacity}});
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
}

ObjectId TestVolumeCopyGui::createCopy(const QString& source, const QString& target, const QString& priority)
{
    const CommandResult r = m_ws->run(u"createVolumeCopy"_s,
        {{u"sourceId"_s, m_ws->logicalDrive(source).id}, {u"targetId"_s, m_ws->logicalDrive(target).id},
            {u"copyPriority"_s, priority}});
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.error.message()));
        return 0;
    }
    return r.data.value(u"id"_s).toInteger();
}

void TestVolumeCopyGui::setBandwidthInProperties(int megabytesPerSecond)
{
    trigger(m_window.get(), u"actionSubsystemProperties"_s);
    QPointer<SubsystemPropertiesDialog> dialog = m_window->findChild<SubsystemPropertiesDialog*>();
    QVERIFY(dialog);
    CopyBandwidthWidget* bandwidth = dialog->copyBandwidth();
    QVERIFY(bandwidth);
    const int tab = dialog->tabWidget()->indexOf(bandwidth);
    QCOMPARE(dialog->tabWidget()->tabText(tab), u"Copy Services"_s);
    QTabBar* bar = dialog->tabWidget()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
    QCOMPARE(dialog->tabWidget()->currentWidget(), bandwidth);
    retype(bandwidth->bandwidthSpinBox(), QString::number(megabytesPerSecond));
    QCOMPARE(bandwidth->bandwidthSpinBox()->value(), megabytesPerSecond);
    // Show the Equivalent Command beside Apply: the statement Apply runs (issue 18).
    click(bandwidth->equivalentCommandButton());
    EquivalentCommandDialog* equivalent = bandwidth->equivalentCommandButton()->dialog();
    QVERIFY(equivalent != nullptr);
    QTRY_VERIFY(equivalent->isVisible());
    const QString written = megabytesPerSecond == 0 ? u"0"_s : u"%1 MB"_s.arg(megabytesPerSecond);
    QVERIFY2(equivalent->scriptText().startsWith(u"set storageSubsystem copyBandwidth=%1"_s.arg(written)),
        qPrintable(equivalent->scriptText()));
    QVERIFY2(equivalent->commandText().startsWith(u"copylinectl "_s)
            && equivalent->commandText().contains(u" -n 'Primary Site' -c 'set storageSubsystem copyBandwidth="_s),
        qPrintable(equivalent->commandText()));
    equivalent->close();
    click(bandwidth->applyButton());
    QTRY_COMPARE(m_ws->config().subsystems.value(m_ws->subsystemId()).copyBandwidth, qint64(megabytesPerSecond) * MiB);
    QTRY_VERIFY(!bandwidth->applyButton()->isEnabled());
    QVERIFY(bandwidth->errorText().isEmpty());
    dialog->close();
    QTRY_VERIFY(dialog.isNull());
}

CopyManagerWindow* TestVolumeCopyGui::openCopyManager()
{
    QAction* a = action(m_window.get(), u"actionCopyManager"_s);
    if (a == nullptr || !a->isEnabled()) {
        qWarning("Copy Manager is not available");
        return nullptr;
    }
    a->trigger();
    CopyManagerWindow* manager = m_window->copyManager();
    if (manager == nullptr || !QTest::qWaitForWindowExposed(manager)) {
        return nullptr;
    }
    return manager;
}

void TestVolumeCopyGui::clickPair(CopyManagerWindow* manager, ObjectId id, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex index = manager->filterModel()->mapFromSource(manager->model()->indexOf(id));
    clickIndex(manager->table(), index, modifiers);
}

// ---------------------------------------------------------------------------------------------------------------

void TestVolumeCopyGui::createThroughWizardAndFollowInCopyManager()
{
    createDrive(u"Ledger"_s, GiB);
    createDrive(u"Ledger-Copy"_s, GiB);
    createDrive(u"Ledger-Small"_s, 512 * MiB);
    // Slow enough to watch: High gets half of 8 MB/s, so 1 GB takes about four minutes.
    setBandwidthInProperties(8);

    // Logical Drive ▸ VolumeCopy ▸ Create on the source selected in the tree.
    select(u"Ledger (1.000 GB)"_s);
    auto* menu = m_window->findChild<QMenu*>(u"menuVolumeCopy"_s);
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(action(m_window.get(), u"actionCreateVolumeCopy"_s)));
    trigger(m_window.get(), u"actionCreateVolumeCopy"_s);
    QPointer<CreateVolumeCopyWizard> wizard = m_window->findChild<CreateVolumeCopyWizard*>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->windowTitle(), u"Create Copy Wizard"_s);
    QCOMPARE(wizard->currentId(), static_cast<int>(Page::IntroductionPageId));
    QCOMPARE(wizard->currentPage()->title(), u"Create Copy Wizard - Introduction"_s);

    // Introduction: the valid sources, Ledger selected; a standard source gets the FlashCopy advisory (C3).
    auto* sources = child<QTableWidget>(wizard, u"sourceTableWidget"_s);
    const int ledgerRow = tableRow(sources, u"Ledger"_s);
    QVERIFY(ledgerRow >= 0);
    QVERIFY(sources->item(ledgerRow, 0)->isSelected());
    QCOMPARE(sources->item(ledgerRow, 1)->text(), u"1.000 GB"_s);
    QCOMPARE(sources->item(ledgerRow, 3)->text(), u"Standard"_s);
    QCOMPARE(tableRow(sources, u"Accounting"_s) >= 0, true);
    auto* intro = qobject_cast<VolumeCopyIntroductionPage*>(wizard->currentPage());
    QVERIFY(intro);
    QVERIFY(intro->advisoryText().contains(u"FlashCopy of Ledger"_s));
    // View Drives: the drives of Ledger's array (Logical Drive Group 1, drives [1,1]..[1,5]).
    auto* drivesPanel = child<ViewDrivesPanel>(wizard, u"sourceDrivesPanel"_s);
    QVERIFY(drivesPanel->isHidden());
    click(child<QPushButton>(intro, u"viewDrivesButton"_s));
    QVERIFY(drivesPanel->isVisible());
    QCOMPARE(drivesPanel->table()->rowCount(), 5);
    QCOMPARE(drivesPanel->table()->item(4, 1)->text(), u"5"_s);
    QVERIFY(drivesPanel->title().contains(u"Logical Drive Group 1 (RAID 5)"_s));
    click(wizard->button(QWizard::NextButton));
    QCOMPARE(wizard->currentId(), static_cast<int>(Page::TargetPageId));
    QCOMPARE(wizard->currentPage()->title(), u"Select Target Logical Drive and Copy Priority"_s);

    // Target: valid ones selectable, the smaller drive greyed with its reason.
    auto* targets = child<QTableWidget>(wizard, u"targetTableWidget"_s);
    const int small = tableRow(targets, u"Ledger-Small"_s);
    QVERIFY(small >= 0);
    QVERIFY(!targets->item(small, 0)->flags().testFlag(Qt::ItemIsEnabled));
    QVERIFY2(targets->item(small, 3)->text().contains(u"smaller than the source"_s),
        qPrintable(targets->item(small, 3)->text()));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // no target yet
    const int copyRow = tableRow(targets, u"Ledger-Copy"_s);
    QVERIFY(copyRow >= 0);
    QVERIFY(copyRow < small); // valid ones first
    QCOMPARE(targets->item(copyRow, 3)->text(), u"Available"_s);
    QTest::mouseClick(
        targets->viewport(), Qt::LeftButton, {}, targets->visualItemRect(targets->item(copyRow, 0)).center());
    QCOMPARE(wizard->targetId(), m_ws->logicalDrive(u"Ledger-Copy"_s).id);
    // Clicking a greyed candidate does not pick it.
    QTest::mouseClick(
        targets->viewport(), Qt::LeftButton, {}, targets->visualItemRect(targets->item(small, 0)).center());
    QCOMPARE(wizard->targetId(), m_ws->logicalDrive(u"Ledger-Copy"_s).id);
    // The priority slider: Medium by default, one step right is High.
    auto* slider = child<QSlider>(wizard->currentPage(), u"copyPrioritySlider"_s);
    QCOMPARE(slider->value(), static_cast<int>(CopyPriority::Medium));
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(wizard->priority(), CopyPriority::High);
    QVERIFY(child<QCheckBox>(wizard, u"targetReadOnlyCheckBox"_s)->isChecked());
    click(wizard->button(QWizard::NextButton));
    QCOMPARE(wizard->currentId(), static_cast<int>(Page::PreviewPageId));

    // Preview: the parameters and consequences; Finish only once "yes" is typed (any case).
    auto* preview = qobject_cast<VolumeCopyPreviewPage*>(wizard->currentPage());
    QVERIFY(preview);
    QCOMPARE(preview->value(u"Source logical drive"_s), u"Ledger (1.000 GB)"_s);
    QCOMPARE(preview->value(u"Target logical drive"_s), u"Ledger-Copy (1.000 GB)"_s);
    QCOMPARE(preview->value(u"Copy priority"_s), u"High"_s);
    QVERIFY(preview->warningText().contains(u"All data on Ledger-Copy will be overwritten"_s));
    QVERIFY(preview->warningText().contains(u"FlashCopies of a target fail"_s));
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    auto* confirm = child<QLineEdit>(preview, u"confirmLineEdit"_s);
    QTest::keyClicks(confirm, u"ye"_s);
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    QTest::keyClicks(confirm, u"S"_s);
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    click(wizard->button(QWizard::FinishButton));

    // Copy Started: No exits the wizard.
    QTRY_VERIFY(wizard->copyStartedDialog() != nullptr);
    QDialog* started = wizard->copyStartedDialog();
    QCOMPARE(started->windowTitle(), u"Copy Started"_s);
    QVERIFY2(child<QLabel>(started, u"messageLabel"_s)->text().contains(u"Ledger to Ledger-Copy has started"_s),
        qPrintable(child<QLabel>(started, u"messageLabel"_s)->text()));
    QCOMPARE(child<QPushButton>(started, u"yesButton"_s)->text(), u"&Yes - Create a new VolumeCopy"_s);
    click(child<QPushButton>(started, u"noButton"_s));
    QTRY_VERIFY(wizard.isNull());

    // The engine has the pair as the wizard described it.
    QCOMPARE(m_ws->config().volumeCopies.size(), 1);
    const VolumeCopy vc = m_ws->config().volumeCopies.first();
    QCOMPARE(vc.sourceId, m_ws->logicalDrive(u"Ledger"_s).id);
    QCOMPARE(vc.targetId, m_ws->logicalDrive(u"Ledger-Copy"_s).id);
    QCOMPARE(vc.priority, CopyPriority::High);
    QVERIFY(vc.targetReadOnly);
    QCOMPARE(vc.status, VolumeCopyStatus::InProgress);

    // The Logical view: "Operation in Progress" on source and target, the state for screen readers.
    QTRY_COMPARE(treeNode(u"Ledger"_s).data(OverlayRole).toString(), u"overlay-operation-in-progress"_s);
    QCOMPARE(treeNode(u"Ledger-Copy"_s).data(OverlayRole).toString(), u"overlay-operation-in-progress"_s);
    QVERIFY2(treeNode(u"Ledger"_s)
                 .data(Qt::AccessibleTextRole)
                 .toString()
                 .startsWith(u"Ledger (1.000 GB), VolumeCopy source, copy in progress "_s),
        qPrintable(treeNode(u"Ledger"_s).data(Qt::AccessibleTextRole).toString()));
    QVERIFY(treeNode(u"Ledger-Copy"_s)
                .data(Qt::AccessibleTextRole)
                .toString()
                .contains(u"VolumeCopy target, copy in progress"_s));
    QCOMPARE(treeNode(u"Ledger-Small"_s).data(OverlayRole).toString(), QString());

    // The Copy Manager follows the copy: In Progress with a moving percentage, rate and time remaining.
    select(u"Ledger-Copy (1.000 GB)"_s);
    CopyManagerWindow* manager = openCopyManager();
    QVERIFY(manager);
    QCOMPARE(manager->windowTitle(), u"Copy Manager — Storage Subsystem Primary Site"_s);
    QCOMPARE(manager->selectedPairs(), QList<ObjectId> {vc.id}); // opened on the target: its pair is selected
    QCOMPARE(cell(manager, vc.id, VolumeCopyModel::SourceColumn), u"Ledger"_s);
    QCOMPARE(cell(manager, vc.id, VolumeCopyModel::StatusColumn), u"Copy In Progress"_s);
    QCOMPARE(cell(manager, vc.id, VolumeCopyModel::PriorityColumn), u"High"_s);
    QTRY_VERIFY_WITH_TIMEOUT(manager->model()->indexOf(vc.id).data(ProgressRole).toDouble() > 0.1, 15000);
    const double first = manager->model()->indexOf(vc.id).data(ProgressRole).toDouble();
    QTRY_VERIFY_WITH_TIMEOUT(manager->model()->indexOf(vc.id).data(ProgressRole).toDouble() > first + 0.1, 15000);
    QVERIFY(first < 50);
    QVERIFY(cell(manager, vc.id, VolumeCopyModel::ProgressColumn).endsWith(u'%'));
    QTRY_VERIFY(cell(manager, vc.id, VolumeCopyModel::RateColumn).endsWith(u"/s"_s));
    QTRY_VERIFY(!cell(manager, vc.id, VolumeCopyModel::TimeRemainingColumn).isEmpty());
    // The status bar at the bottom right: the selected copy's progress and time remaining.
    QTRY_VERIFY2(manager->selectedCopyStatus().startsWith(u"Ledger → Ledger-Copy: "_s),
        qPrintable(manager->selectedCopyStatus()));
    QVERIFY(manager->selectedCopyStatus().contains(u"remaining"_s));
    QVERIFY(manager->selectedCopyProgress()->isVisible());
    // In progress: Re-Copy and the permissions are unavailable, with the reason.
    QAction* reCopy = action(manager, u"actionReCopy"_s);
    QVERIFY(!reCopy->isEnabled());
    QVERIFY(reCopy->toolTip().contains(u"Copy In Progress"_s));
    QVERIFY(!action(manager, u"actionDisableReadOnly"_s)->isEnabled());
    QVERIFY(action(manager, u"actionDisableReadOnly"_s)->toolTip().contains(u"permissions can change once"_s));

    // Unlimited bandwidth: the copy completes; the target is read-only (lock) and the badges go.
    m_window->activateWindow();
    setBandwidthInProperties(0);
    QTRY_COMPARE_WITH_TIMEOUT(cell(manager, vc.id, VolumeCopyModel::StatusColumn), u"Completed"_s, 60000);
    QCOMPARE(pair(vc.id).status, VolumeCopyStatus::Completed);
    QCOMPARE(manager->model()->indexOf(vc.id).data(ProgressRole).toDouble(), 100.0);
    QCOMPARE(cell(manager, vc.id, VolumeCopyModel::TimeRemainingColumn), QString());
    QVERIFY(!manager->model()->indexOf(vc.id, VolumeCopyModel::TargetColumn).data(Qt::DecorationRole).isNull());
    QVERIFY(cell(manager, vc.id, VolumeCopyModel::TimestampColumn, Qt::ToolTipRole).contains(u"Completed: "_s));
    QTRY_COMPARE(treeNode(u"Ledger"_s).data(OverlayRole).toString(), QString());
    QCOMPARE(treeNode(u"Ledger-Copy"_s).data(OverlayRole).toString(), u"overlay-lock"_s);
    QTRY_VERIFY(manager->selectedCopyStatus().isEmpty()); // nothing in progress is selected

    // Change ▸ Copy Priority: the slider, then the "Change Copy Priority - Progress" window.
    clickPair(manager, vc.id);
    QVERIFY(action(manager, u"actionReCopy"_s)->isEnabled());
    trigger(manager, u"actionChangeCopyPriority"_s);
    QPointer<ChangeCopyPriorityDialog> priority = manager->findChild<ChangeCopyPriorityDialog*>();
    QVERIFY(priority);
    QCOMPARE(priority->windowTitle(), u"Change Copy Priority"_s);
    QCOMPARE(priority->prioritySlider()->priority(), CopyPriority::High);
    priority->prioritySlider()->slider()->setFocus();
    QTest::keyClick(priority->prioritySlider()->slider(), Qt::Key_Left);
    QTest::keyClick(priority->prioritySlider()->slider(), Qt::Key_Left);
    QCOMPARE(priority->prioritySlider()->priority(), CopyPriority::Low);
    click(child<QPushButton>(priority, u"okButton"_s));
    QTRY_VERIFY(priority.isNull());
    QPointer<CommandProgressDialog> progress = manager->findChild<CommandProgressDialog*>();
    QVERIFY(progress);
    QCOMPARE(progress->windowTitle(), u"Change Copy Priority - Progress"_s);
    QTRY_VERIFY(progress->isFinished());
    QCOMPARE(progress->failures(), 0);
    QCOMPARE(progress->resultText(0), u"Done"_s);
    QCOMPARE(pair(vc.id).priority, CopyPriority::Low);
    QTRY_COMPARE(cell(manager, vc.id, VolumeCopyModel::PriorityColumn), u"Low"_s);
    click(child<QPushButton>(progress, u"okButton"_s));
    QTRY_VERIFY(progress.isNull());

    // Change ▸ Target Logical Drive Permissions ▸ Disable Read-Only / Enable Read-Only: the lock follows.
    auto* permissions = manager->findChild<QMenu*>(u"menuTargetPermissions"_s);
    QVERIFY(permissions->isEnabled());
    trigger(manager, u"actionDisableReadOnly"_s);
    QTRY_VERIFY(!pair(vc.id).targetReadOnly);
    QTRY_VERIFY(manager->model()->indexOf(vc.id, VolumeCopyModel::TargetColumn).data(Qt::DecorationRole).isNull());
    QTRY_COMPARE(treeNode(u"Ledger-Copy"_s).data(OverlayRole).toString(), QString());
    trigger(manager, u"actionEnableReadOnly"_s);
    QTRY_VERIFY(pair(vc.id).targetReadOnly);
    QTRY_VERIFY(!manager->model()->indexOf(vc.id, VolumeCopyModel::TargetColumn).data(Qt::DecorationRole).isNull());
    QTRY_COMPARE(treeNode(u"Ledger-Copy"_s).data(OverlayRole).toString(), u"overlay-lock"_s);

    // One Copy Manager: opening it again shows the same window.
    QVERIFY(openCopyManager() == manager);
    QCOMPARE(m_window->findChildren<CopyManagerWindow*>().size(), 1);
}

void TestVolumeCopyGui::stopRecopyRemoveWithConfirmations()
{
    createDrive(u"Ledger"_s, GiB);
    createDrive(u"Ledger-Copy"_s, GiB);
    QVERIFY(m_ws->run(u"setStorageSubsystem"_s, {{u"copyBandwidth"_s, 4 * MiB}}).ok());
    const ObjectId id = createCopy(u"Ledger"_s, u"Ledger-Copy"_s);
    QVERIFY(id != 0);
    CopyManagerWindow* manager = openCopyManager();
    QVERIFY(manager);
    QTRY_COMPARE(cell(manager, id, VolumeCopyModel::StatusColumn), u"Copy In Progress"_s);
    clickPair(manager, id);
    QCOMPARE(manager->selectedPairs(), QList<ObjectId> {id});
    QVERIFY(action(manager, u"actionStopCopy"_s)->isEnabled());
    QVERIFY(!action(manager, u"actionRemoveCopyPairs"_s)->isEnabled());
    QVERIFY(action(manager, u"actionRemoveCopyPairs"_s)->toolTip().contains(u"stop it before removing"_s));

    // Stop Copy: No keeps it running; Yes stops it.
    MessageBox::setNextAnswer(QMessageBox::No);
    trigger(manager, u"actionStopCopy"_s);
    QVERIFY(MessageBox::lastText().contains(u"Stop the copy of Ledger to Ledger-Copy?"_s));
    QTest::qWait(300);
    QCOMPARE(pair(id).status, VolumeCopyStatus::InProgress);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    trigger(manager, u"actionStopCopy"_s);
    QTRY_COMPARE(pair(id).status, VolumeCopyStatus::Stopped);
    QTRY_COMPARE(cell(manager, id, VolumeCopyModel::StatusColumn), u"Stopped"_s);
    QVERIFY(cell(manager, id, VolumeCopyModel::ProgressColumn).startsWith(u"Stopped at "_s));
    QTRY_COMPARE(treeNode(u"Ledger"_s).data(OverlayRole).toString(), QString());

    // Re-Copy: the priority and a typed "Yes".
    QTRY_VERIFY(action(manager, u"actionReCopy"_s)->isEnabled());
    QVERIFY(!action(manager, u"actionStopCopy"_s)->isEnabled());
    trigger(manager, u"actionReCopy"_s);
    QPointer<ReCopyDialog> recopy = manager->findChild<ReCopyDialog*>();
    QVERIFY(recopy);
    QCOMPARE(recopy->windowTitle(), u"Re-Copy"_s);
    QVERIFY(!recopy->okButton()->isEnabled());
    QCOMPARE(recopy->prioritySlider()->priority(), CopyPriority::Medium);
    recopy->prioritySlider()->slider()->setFocus();
    QTest::keyClick(recopy->prioritySlider()->slider(), Qt::Key_End);
    QCOMPARE(recopy->prioritySlider()->priority(), CopyPriority::Highest);
    QTest::keyClicks(child<QLineEdit>(recopy, u"confirmLineEdit"_s), u"Yes"_s);
    QVERIFY(recopy->okButton()->isEnabled());
    click(recopy->okButton());
    QTRY_VERIFY(recopy.isNull());
    QTRY_COMPARE(pair(id).status, VolumeCopyStatus::InProgress);
    QCOMPARE(pair(id).priority, CopyPriority::Highest);
    QTRY_COMPARE(cell(manager, id, VolumeCopyModel::StatusColumn), u"Copy In Progress"_s);
    QTRY_COMPARE(cell(manager, id, VolumeCopyModel::PriorityColumn), u"Highest"_s);

    // Stop again, then Remove Copy Pairs: No keeps the pair, Yes removes it; the data stays.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    trigger(manager, u"actionStopCopy"_s);
    QTRY_COMPARE(pair(id).status, VolumeCopyStatus::Stopped);
    QTRY_VERIFY(action(manager, u"actionRemoveCopyPairs"_s)->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::No);
    trigger(manager, u"actionRemoveCopyPairs"_s);
    QVERIFY(MessageBox::lastText().contains(u"Ledger → Ledger-Copy"_s));
    QTest::qWait(300);
    QVERIFY(m_ws->config().volumeCopies.contains(id));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    trigger(manager, u"actionRemoveCopyPairs"_s);
    QTRY_VERIFY(!m_ws->config().volumeCopies.contains(id));
    QTRY_COMPARE(manager->model()->rowCount(), 0);
    QVERIFY(m_ws->logicalDrive(u"Ledger-Copy"_s).id != 0);

    // Several completed pairs: Ctrl+click selects both; Remove, priority and permissions take several, Re-Copy and
    // Stop one.
    QVERIFY(m_ws->run(u"setStorageSubsystem"_s, {{u"copyBandwidth"_s, 0}}).ok());
    createDrive(u"Ledger-Copy-2"_s, GiB);
    const ObjectId a = createCopy(u"Ledger"_s, u"Ledger-Copy"_s);
    const ObjectId b = createCopy(u"Ledger"_s, u"Ledger-Copy-2"_s);
    QTRY_COMPARE_WITH_TIMEOUT(pair(a).status, VolumeCopyStatus::Completed, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(pair(b).status, VolumeCopyStatus::Completed, 30000);
    QTRY_COMPARE(cell(manager, b, VolumeCopyModel::StatusColumn), u"Completed"_s);
    clickPair(manager, a);
    clickPair(manager, b, Qt::ControlModifier);
    QCOMPARE(manager->selectedPairs().size(), 2);
    QVERIFY(!action(manager, u"actionReCopy"_s)->isEnabled());
    QCOMPARE(action(manager, u"actionReCopy"_s)->toolTip(), u"Select exactly one copy pair."_s);
    QVERIFY(!action(manager, u"actionStopCopy"_s)->isEnabled());
    QVERIFY(action(manager, u"actionRemoveCopyPairs"_s)->isEnabled());
    QVERIFY(action(manager, u"actionChangeCopyPriority"_s)->isEnabled());
    QVERIFY(action(manager, u"actionDisableReadOnly"_s)->isEnabled());
    trigger(manager, u"actionDisableReadOnly"_s);
    QTRY_VERIFY(!pair(a).targetReadOnly && !pair(b).targetReadOnly);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    trigger(manager, u"actionRemoveCopyPairs"_s);
    QVERIFY(MessageBox::lastText().startsWith(u"Remove 2 copy pair(s)?"_s));
    QTRY_VERIFY(m_ws->config().volumeCopies.isEmpty());
    QTRY_COMPARE(manager->model()->rowCount(), 0);
}

void TestVolumeCopyGui::ninthCopyIsPending()
{
    QVERIFY(m_ws->run(u"setStorageSubsystem"_s, {{u"copyBandwidth"_s, 2 * MiB}}).ok());
    createDrive(u"Ledger"_s, GiB);
    QList<ObjectId> ids;
    for (int i = 1; i <= 9; ++i) {
        createDrive(u"Ledger-%1"_s.arg(i), GiB);
        const ObjectId id = createCopy(u"Ledger"_s, u"Ledger-%1"_s.arg(i));
        QVERIFY(id != 0);
        ids.append(id);
    }
    CopyManagerWindow* manager = openCopyManager();
    QVERIFY(manager);
    QCOMPARE(manager->model()->rowCount(), 9);
    for (int i = 0; i < 8; ++i) {
        QCOMPARE(cell(manager, ids.at(i), VolumeCopyModel::StatusColumn), u"Copy In Progress"_s);
    }
    QCOMPARE(cell(manager, ids.at(8), VolumeCopyModel::StatusColumn), u"Copy Pending"_s);
    QCOMPARE(cell(manager, ids.at(8), VolumeCopyModel::ProgressColumn), u"Waiting for a copy slot"_s);
    QVERIFY(cell(manager, ids.at(8), VolumeCopyModel::StatusColumn, Qt::ToolTipRole).contains(u"fewer than 8"_s));
    QVERIFY(child<QLabel>(manager, u"summaryLabel"_s)->text().contains(u"8 in progress, 1 pending"_s));
    // Pending and in progress both put the badge on the target.
    QCOMPARE(treeNode(u"Ledger-9"_s).data(OverlayRole).toString(), u"overlay-operation-in-progress"_s);
    QVERIFY(treeNode(u"Ledger-9"_s).data(Qt::AccessibleTextRole).toString().contains(u"copy pending"_s));
    // A pending copy can be stopped, not removed.
    clickPair(manager, ids.at(8));
    QVERIFY(action(manager, u"actionStopCopy"_s)->isEnabled());
    QVERIFY(!action(manager, u"actionRemoveCopyPairs"_s)->isEnabled());
    // A slot frees up: the pending copy starts.
    clickPair(manager, ids.at(0));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    trigger(manager, u"actionStopCopy"_s);
    QTRY_COMPARE(cell(manager, ids.at(8), VolumeCopyModel::StatusColumn), u"Copy In Progress"_s);
    QCOMPARE(cell(manager, ids.at(0), VolumeCopyModel::StatusColumn), u"Stopped"_s);
}

void TestVolumeCopyGui::failedCopyNeedsAttentionUntilStopped()
{
    createDrive(u"Ledger"_s, GiB);
    createDrive(u"Ledger-Copy"_s, GiB);
    const ObjectId subsystem = m_ws->subsystemId();
    QVERIFY(!m_ws->snapshot()->needsAttention.value(subsystem));
    // Data to read: the copy skips what was never written, so a read error needs written blocks.
    const CommandResult written = m_ws->run(u"writeLogicalDrive"_s,
        {{u"targets"_s, QJsonArray {u"Ledger"_s}}, {u"offset"_s, 0}, {u"length"_s, 4 * MiB}, {u"seed"_s, 3}});
    QVERIFY2(written.ok(), qPrintable(written.error.message()));
    const CommandResult fault
        = m_ws->run(u"injectFault"_s, {{u"id"_s, m_ws->logicalDrive(u"Ledger"_s).id}, {u"fault"_s, u"readError"_s}});
    QVERIFY2(fault.ok(), qPrintable(fault.error.message()));
    const ObjectId id = createCopy(u"Ledger"_s, u"Ledger-Copy"_s);
    QVERIFY(id != 0);
    QTRY_COMPARE_WITH_TIMEOUT(pair(id).status, VolumeCopyStatus::Failed, 30000);

    CopyManagerWindow* manager = openCopyManager();
    QVERIFY(manager);
    QTRY_COMPARE(cell(manager, id, VolumeCopyModel::StatusColumn), u"Copy Failed"_s);
    const QModelIndex status = manager->model()->indexOf(id, VolumeCopyModel::StatusColumn);
    QVERIFY(status.data(AttentionRole).toBool());
    QVERIFY(status.data(Qt::ToolTipRole).toString().contains(u"Needs Attention"_s));
    QVERIFY(status.data(Qt::ToolTipRole).toString().contains(pair(id).statusReason));
    QVERIFY(!pair(id).statusReason.isEmpty());
    QVERIFY2(manager->attentionText().startsWith(u"Needs Attention: 1 failed copy pair(s)"_s),
        qPrintable(manager->attentionText()));
    QCOMPARE(
        qvariant_cast<QIcon>(status.data(Qt::DecorationRole)).cacheKey(), Icons::icon(u"copy-failed"_s).cacheKey());
    // The Logical view: Needs Attention on both drives; the subsystem needs attention.
    QTRY_COMPARE(treeNode(u"Ledger"_s).data(OverlayRole).toString(), u"overlay-attention"_s);
    QCOMPARE(treeNode(u"Ledger-Copy"_s).data(OverlayRole).toString(), u"overlay-attention"_s);
    QVERIFY(treeNode(u"Ledger"_s).data(AttentionRole).toBool());
    QVERIFY(m_ws->snapshot()->needsAttention.value(subsystem));
    // The event log: 6600 VolumeCopy Operation Failed, Critical, needs attention.
    EventLogModel* events = m_window->eventLogView()->model();
    QModelIndex failedEvent;
    QTRY_VERIFY([&]() {
        for (int row = 0; row < events->rowCount(); ++row) {
            if (events->index(row, EventLogModel::TypeColumn).data().toString() == u"6600"_s) {
                failedEvent = events->index(row, 0);
                return true;
            }
        }
        return false;
    }());
    QCOMPARE(events->index(failedEvent.row(), EventLogModel::SeverityColumn).data().toString(), u"Critical"_s);
    QCOMPARE(events->index(failedEvent.row(), EventLogModel::DescriptionColumn).data().toString(),
        u"VolumeCopy Operation Failed"_s);
    QVERIFY(failedEvent.data(AttentionRole).toBool());
    QCOMPARE(qvariant_cast<QIcon>(
                 events->index(failedEvent.row(), EventLogModel::DescriptionColumn).data(Qt::DecorationRole))
                 .cacheKey(),
        Icons::icon(u"status-attention"_s).cacheKey());
    QCOMPARE(
        qvariant_cast<QIcon>(events->index(failedEvent.row(), EventLogModel::SeverityColumn).data(Qt::DecorationRole))
            .cacheKey(),
        Icons::icon(u"severity-critical"_s).cacheKey());

    // Failed: Stop, Re-Copy and Remove are offered; Stop clears Needs Attention.
    clickPair(manager, id);
    QVERIFY(action(manager, u"actionReCopy"_s)->isEnabled());
    QVERIFY(action(manager, u"actionRemoveCopyPairs"_s)->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    trigger(manager, u"actionStopCopy"_s);
    QVERIFY(MessageBox::lastText().contains(u"clears its Needs Attention"_s));
    QTRY_COMPARE(pair(id).status, VolumeCopyStatus::Stopped);
    QTRY_VERIFY(!m_ws->snapshot()->needsAttention.value(subsystem));
    QTRY_COMPARE(cell(manager, id, VolumeCopyModel::StatusColumn), u"Stopped"_s);
    QVERIFY(manager->attentionText().isEmpty());
    QVERIFY(!manager->model()->indexOf(id, VolumeCopyModel::StatusColumn).data(AttentionRole).toBool());
    QTRY_COMPARE(treeNode(u"Ledger"_s).data(OverlayRole).toString(), QString());
    QVERIFY(!treeNode(u"Ledger"_s).data(AttentionRole).toBool());
}

void TestVolumeCopyGui::wizardExplainsInvalidTargets()
{
    // Accounting has an optimal FlashCopy; Payroll is the target of a pair; Ledger-Small is too small.
    QVERIFY(m_ws->run(u"createFlashCopy"_s, {{u"baseId"_s, m_ws->logicalDrive(u"Accounting"_s).id}}).ok());
    createDrive(u"Ledger"_s, 10 * GiB);
    createDrive(u"Ledger-Small"_s, GiB);
    QVERIFY(createCopy(u"Web Content"_s, u"Exchange"_s) != 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_ws->config().volumeCopies.first().status, VolumeCopyStatus::Completed, 30000);

    select(u"Ledger (10.000 GB)"_s);
    trigger(m_window.get(), u"actionCreateVolumeCopy"_s);
    QPointer<CreateVolumeCopyWizard> wizard = m_window->findChild<CreateVolumeCopyWizard*>();
    QVERIFY(wizard);
    // The source list: a completed target is a valid source again; a repository is not offered.
    auto* sources = child<QTableWidget>(wizard, u"sourceTableWidget"_s);
    QVERIFY(tableRow(sources, u"Exchange"_s) >= 0);
    QVERIFY(tableRow(sources, u"Accounting-1"_s) >= 0);
    QCOMPARE(tableRow(sources, u"Accounting-R1"_s), -1);
    click(wizard->button(QWizard::NextButton));
    auto* page = qobject_cast<VolumeCopyTargetPage*>(wizard->currentPage());
    QVERIFY(page);
    QVERIFY2(page->reasonFor(u"Accounting"_s)
                 .contains(u"base of FlashCopy Accounting-1, which is optimal; disable it first"_s),
        qPrintable(page->reasonFor(u"Accounting"_s)));
    QVERIFY(page->reasonFor(u"Ledger-Small"_s).contains(u"smaller than the source"_s));
    QVERIFY2(page->reasonFor(u"Exchange"_s).contains(u"already the target of the VolumeCopy from Web Content"_s),
        qPrintable(page->reasonFor(u"Exchange"_s)));
    QVERIFY(page->reasonFor(u"Accounting-1"_s).contains(u"FlashCopy logical drive"_s));
    QVERIFY(page->reasonFor(u"Accounting-R1"_s).contains(u"FlashCopy repository"_s));
    // Payroll has exactly the source's capacity: a valid target.
    QCOMPARE(page->reasonFor(u"Payroll"_s), QString());
    // The tooltip says it in a sentence.
    auto* targets = child<QTableWidget>(wizard, u"targetTableWidget"_s);
    QCOMPARE(targets->item(tableRow(targets, u"Ledger-Small"_s), 0)->toolTip().left(36),
        u"Ledger-Small cannot be the target: i"_s);

    // Pick Payroll; while the wizard is open another console makes it a target: the Preview says so and keeps
    // everything entered.
    const int payroll = tableRow(targets, u"Payroll"_s);
    QTest::mouseClick(
        targets->viewport(), Qt::LeftButton, {}, targets->visualItemRect(targets->item(payroll, 0)).center());
    click(wizard->button(QWizard::NextButton));
    QCOMPARE(wizard->currentId(), static_cast<int>(Page::PreviewPageId));
    QTest::keyClicks(child<QLineEdit>(wizard, u"confirmLineEdit"_s), u"yes"_s);
    createDrive(u"Payroll-Source"_s, 10 * GiB);
    QVERIFY(createCopy(u"Payroll-Source"_s, u"Payroll"_s) != 0);
    QTRY_VERIFY(wizard->snapshot().config.volumeCopyTargeting(m_ws->logicalDrive(u"Payroll"_s).id) != nullptr);
    click(wizard->button(QWizard::FinishButton));
    QTRY_VERIFY(wizard->submitErrorText().contains(u"already the target of the VolumeCopy from Payroll-Source"_s));
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), static_cast<int>(Page::PreviewPageId));
    QCOMPARE(child<QLineEdit>(wizard, u"confirmLineEdit"_s)->text(), u"yes"_s);
    QCOMPARE(m_ws->config().volumeCopies.size(), 2);
    wizard->reject();
    QTRY_VERIFY(wizard.isNull());
}

void TestVolumeCopyGui::entryPointsExplainWhyUnavailable()
{
    QAction* create = action(m_window.get(), u"actionCreateVolumeCopy"_s);
    // A repository is no valid source.
    QVERIFY(m_ws->run(u"createFlashCopy"_s, {{u"baseId"_s, m_ws->logicalDrive(u"Payroll"_s).id}}).ok());
    QTRY_VERIFY(treeNode(u"Payroll-R1"_s).isValid());
    select(Texts::withCapacity(u"Payroll-R1"_s, m_ws->logicalDrive(u"Payroll-R1"_s).capacity));
    QVERIFY(!create->isEnabled());
    QVERIFY2(
        create->toolTip().contains(u"it is a FlashCopy repository logical drive"_s), qPrintable(create->toolTip()));
    // A FlashCopy and a standard drive are; the context menu of a drive offers the VolumeCopy menu.
    select(u"Payroll-1 (10.000 GB)"_s);
    QVERIFY(create->isEnabled());
    select(u"Accounting (20.000 GB)"_s);
    QVERIFY(create->isEnabled());
    const QModelIndex node = findText(treeModel(), u"Accounting (20.000 GB)"_s);
    const QPoint pos = tree()->visualRect(node).center();
    QStringList shown;
    QTimer::singleShot(0, this, [&]() {
        if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
            for (QAction* a : menu->actions()) {
                if (a->menu() != nullptr) {
                    shown.append(a->menu()->objectName());
                }
            }
            menu->close();
        }
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, tree()->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(tree()->viewport(), &event);
    QVERIFY2(shown.contains(u"menuVolumeCopy"_s), qPrintable(shown.join(u' ')));

    // The feature disabled: Create is unavailable, with the reason; with no pairs the Copy Manager too.
    const CommandResult r = m_ws->run(u"disableFeature"_s, {{u"feature"_s, u"volumeCopy"_s}});
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QTRY_VERIFY(!create->isEnabled());
    QVERIFY2(create->toolTip().contains(u"VolumeCopy premium feature is not enabled"_s), qPrintable(create->toolTip()));
    QVERIFY(!action(m_window.get(), u"actionCopyManager"_s)->isEnabled());

    // A model without VolumeCopy (the DS4300 Base): unavailable, and the reason names the model.
    const CommandResult created = m_ws->run(u"createStorageSubsystem"_s,
        {{u"userLabel"_s, u"Branch"_s}, {u"model"_s, u"DS4300"_s}, {u"enclosures"_s, 1}}, QString());
    QVERIFY2(created.ok(), qPrintable(created.error.message()));
    const ObjectId branch = m_ws->subsystemId(u"Branch"_s);
    QTRY_VERIFY(m_window->selectSubsystem(branch));
    QVERIFY(!create->isEnabled());
    QVERIFY2(create->toolTip().contains(u"VolumeCopy is not supported by the DS4300"_s), qPrintable(create->toolTip()));
    QVERIFY(!action(m_window.get(), u"actionCopyManager"_s)->isEnabled());
}

void TestVolumeCopyGui::copyStartedYesStartsAgain()
{
    createDrive(u"Ledger"_s, GiB);
    createDrive(u"Ledger-Copy"_s, GiB);
    createDrive(u"Ledger-Copy-2"_s, GiB);
    // The wizard from the context menu's VolumeCopy ▸ Create of a FlashCopy: no advisory for a FlashCopy source.
    QVERIFY(m_ws->run(u"createFlashCopy"_s, {{u"baseId"_s, m_ws->logicalDrive(u"Ledger"_s).id}}).ok());
    QTRY_VERIFY(treeNode(u"Ledger-1"_s).isValid());
    select(u"Ledger-1 (1.000 GB)"_s);
    trigger(m_window.get(), u"actionCreateVolumeCopy"_s);
    QPointer<CreateVolumeCopyWizard> wizard = m_window->findChild<CreateVolumeCopyWizard*>();
    QVERIFY(wizard);
    QCOMPARE(wizard->sourceId(), m_ws->logicalDrive(u"Ledger-1"_s).id);
    QVERIFY(qobject_cast<VolumeCopyIntroductionPage*>(wizard->currentPage())->advisoryText().isEmpty());
    auto chooseAndFinish = [&](const QString& target) {
        click(wizard->button(QWizard::NextButton));
        auto* targets = child<QTableWidget>(wizard, u"targetTableWidget"_s);
        const int row = tableRow(targets, target);
        QVERIFY(row >= 0);
        QTest::mouseClick(
            targets->viewport(), Qt::LeftButton, {}, targets->visualItemRect(targets->item(row, 0)).center());
        // Unticked: the target stays writable after the copy (a new VolumeCopy keeps the last choice).
        auto* readOnly = child<QCheckBox>(wizard, u"targetReadOnlyCheckBox"_s);
        if (readOnly->isChecked()) {
            QTest::mouseClick(readOnly, Qt::LeftButton, {}, QPoint(8, readOnly->height() / 2));
        }
        QVERIFY(!readOnly->isChecked());
        click(wizard->button(QWizard::NextButton));
        auto* preview = qobject_cast<VolumeCopyPreviewPage*>(wizard->currentPage());
        QVERIFY(preview);
        QVERIFY(preview->value(u"Source while copying"_s).contains(u"its base Ledger stays writable"_s));
        QTest::keyClicks(child<QLineEdit>(preview, u"confirmLineEdit"_s), u"yes"_s);
        click(wizard->button(QWizard::FinishButton));
        QTRY_VERIFY(wizard->copyStartedDialog() != nullptr);
    };
    chooseAndFinish(u"Ledger-Copy"_s);
    // "Yes - Create a new VolumeCopy": back to the Introduction, the target and the confirmation cleared.
    click(child<QPushButton>(wizard->copyStartedDialog(), u"yesButton"_s));
    QTRY_VERIFY(wizard->copyStartedDialog() == nullptr);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), static_cast<int>(Page::IntroductionPageId));
    QCOMPARE(wizard->targetId(), ObjectId(0));
    QCOMPARE(wizard->sourceId(), m_ws->logicalDrive(u"Ledger-1"_s).id);
    // Ledger-Copy is taken now; the second copy goes to Ledger-Copy-2.
    chooseAndFinish(u"Ledger-Copy-2"_s);
    click(child<QPushButton>(wizard->copyStartedDialog(), u"noButton"_s));
    QTRY_VERIFY(wizard.isNull());
    QCOMPARE(m_ws->config().volumeCopies.size(), 2);
    for (const VolumeCopy& vc : m_ws->config().volumeCopies) {
        QCOMPARE(vc.sourceId, m_ws->logicalDrive(u"Ledger-1"_s).id);
        QVERIFY(!vc.targetReadOnly);
    }
}

void TestVolumeCopyGui::goToAndCopyingTab()
{
    createDrive(u"Ledger"_s, GiB);
    createDrive(u"Ledger-Copy"_s, GiB);
    createDrive(u"Ledger-Copy-2"_s, GiB);
    const ObjectId first = createCopy(u"Ledger"_s, u"Ledger-Copy"_s, u"high"_s);
    const ObjectId second = createCopy(u"Ledger"_s, u"Ledger-Copy-2"_s, u"low"_s);
    QTRY_COMPARE_WITH_TIMEOUT(pair(first).status, VolumeCopyStatus::Completed, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(pair(second).status, VolumeCopyStatus::Completed, 30000);

    // View ▸ Go To ▸ Source Logical Drive from a target; Target Logical Drive from a source.
    QTRY_VERIFY(treeNode(u"Ledger-Copy-2"_s).isValid());
    select(u"Ledger-Copy-2 (1.000 GB)"_s);
    QAction* goToSource = action(m_window.get(), u"actionGoToSourceLogicalDrive"_s);
    QAction* goToTarget = action(m_window.get(), u"actionGoToTargetLogicalDrive"_s);
    QVERIFY(goToSource->isEnabled());
    QVERIFY(!goToTarget->isEnabled());
    goToSource->trigger();
    QTRY_COMPARE(tree()->currentIndex().data().toString(), u"Ledger (1.000 GB)"_s);
    QVERIFY(!goToSource->isEnabled());
    QVERIFY(goToTarget->isEnabled());
    goToTarget->trigger();
    QTRY_COMPARE(tree()->currentIndex().data().toString(), u"Ledger-Copy (1.000 GB)"_s);
    // Not in the Mappings view (spec §2.3.9).
    m_window->showView(MainWindow::Mappings);
    QVERIFY(!goToSource->isEnabled());
    m_window->showView(MainWindow::LogicalPhysical);

    // Logical Drive ▸ Properties ▸ Copying: one block per pair for the source, the read-only attribute for a target.
    select(u"Ledger (1.000 GB)"_s);
    trigger(m_window.get(), u"actionLogicalDriveProperties"_s);
    QPointer<LogicalDrivePropertiesDialog> properties = m_window->findChild<LogicalDrivePropertiesDialog*>();
    QVERIFY(properties);
    QTabWidget* tabs = properties->tabWidget();
    int copying = -1;
    for (int i = 0; i < tabs->count(); ++i) {
        copying = tabs->tabText(i) == u"Copying"_s ? i : copying;
    }
    QVERIFY(copying >= 0);
    QCOMPARE(properties->value(u"Role"_s), u"Source"_s);
    QCOMPARE(properties->value(u"Target logical drive"_s), u"Ledger-Copy"_s);
    QCOMPARE(properties->value(u"Target WWN"_s), m_ws->logicalDrive(u"Ledger-Copy"_s).wwn);
    QCOMPARE(properties->value(u"Copy status"_s), u"Completed"_s);
    QCOMPARE(properties->value(u"Copy priority"_s), u"High"_s);
    const QStringList headings = [&]() {
        QStringList found;
        for (QLabel* label : tabs->widget(copying)->findChildren<QLabel*>()) {
            if (label->text().contains(u" → "_s)) {
                found.append(label->text());
            }
        }
        return found;
    }();
    QCOMPARE(headings, (QStringList {u"Ledger → Ledger-Copy"_s, u"Ledger → Ledger-Copy-2"_s}));
    properties->close();
    QTRY_VERIFY(properties.isNull());
    select(u"Ledger-Copy (1.000 GB)"_s);
    trigger(m_window.get(), u"actionLogicalDriveProperties"_s);
    properties = m_window->findChild<LogicalDrivePropertiesDialog*>();
    QVERIFY(properties);
    QCOMPARE(properties->value(u"Role"_s), u"Target"_s);
    QCOMPARE(properties->value(u"Source logical drive"_s), u"Ledger"_s);
    QCOMPARE(properties->value(u"Read-only"_s), u"Enabled"_s);
    QVERIFY(properties->value(u"Completion timestamp"_s) != u"Not completed"_s);
    // Live: the attribute changes in the engine, the tab follows.
    QVERIFY(m_ws->run(u"setVolumeCopy"_s, {{u"id"_s, first}, {u"targetReadOnlyEnabled"_s, false}}).ok());
    QTRY_COMPARE(properties->value(u"Read-only"_s), u"Disabled"_s);
    properties->close();

    // The event log shows the VolumeCopy events as informational.
    EventLogModel* events = m_window->eventLogView()->model();
    QStringList codes;
    QTRY_VERIFY([&]() {
        codes.clear();
        for (int row = 0; row < events->rowCount(); ++row) {
            const QString code = events->index(row, EventLogModel::TypeColumn).data().toString();
            if (code.startsWith(u"210"_s)) {
                codes.append(code);
                if (events->index(row, EventLogModel::SeverityColumn).data().toString() != u"Informational"_s) {
                    return false;
                }
            }
        }
        return codes.contains(u"2100"_s) && codes.contains(u"2101"_s) && codes.contains(u"2102"_s)
            && codes.contains(u"2105"_s);
    }());
}

void TestVolumeCopyGui::modelKeepsRowsAndSignalsChangedRowsOnly()
{
    m_window.reset(); // a model test: no engine needed
    VolumeCopyModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    VolumeCopyFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QList<VolumeCopy> pairs {modelPair(100, 0, VolumeCopyStatus::InProgress),
        modelPair(101, 1, VolumeCopyStatus::InProgress), modelPair(102, 2, VolumeCopyStatus::Completed),
        modelPair(103, 3, VolumeCopyStatus::Pending)};
    QHash<ObjectId, CopyRuntime> copies {{100, {1000, 100, 0, 0, 5e6, 90}}, {101, {1000, 500, 0, 0, 5e6, 50}}};
    model.setSnapshot(modelSnapshot(pairs, copies, 1), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(model.rowOf(101), VolumeCopyModel::ProgressColumn).data().toString(), u"50%"_s);
    QCOMPARE(model.index(model.rowOf(100), VolumeCopyModel::ProgressColumn).data(ProgressRole).toDouble(), 10.0);
    QCOMPARE(model.index(model.rowOf(100), VolumeCopyModel::TimeRemainingColumn).data().toString(), u"1 min 30 s"_s);
    QCOMPARE(model.index(model.rowOf(103), VolumeCopyModel::StatusColumn).data().toString(), u"Copy Pending"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // A progress tick of one copy: one dataChanged, for that row only, all of its columns.
    copies[101].grainsCopied = 600;
    model.setSnapshot(modelSnapshot(pairs, copies, 2), 1);
    QCOMPARE(changed.size(), 1);
    const auto topLeft = changed.first().at(0).value<QModelIndex>();
    const auto bottomRight = changed.first().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), model.rowOf(101));
    QCOMPARE(bottomRight.row(), model.rowOf(101));
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), VolumeCopyModel::ColumnCount - 1);
    QCOMPARE(model.index(model.rowOf(101), VolumeCopyModel::ProgressColumn).data(ProgressRole).toDouble(), 60.0);

    // The same snapshot again: nothing.
    changed.clear();
    model.setSnapshot(modelSnapshot(pairs, copies, 3), 1);
    QCOMPARE(changed.size(), 0);

    // Most rows change at once: one signal for the whole range.
    copies[100].grainsCopied = 200;
    copies[101].grainsCopied = 700;
    pairs[3].status = VolumeCopyStatus::InProgress;
    copies[103] = {1000, 1, 0, 0, 1e6, 999};
    model.setSnapshot(modelSnapshot(pairs, copies, 4), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), 3);

    // A new pair is appended, a removed one goes; the others keep their rows' data; no reset.
    changed.clear();
    pairs.removeAt(1); // 101
    pairs.append(modelPair(104, 4, VolumeCopyStatus::Stopped));
    copies.remove(101);
    model.setSnapshot(modelSnapshot(pairs, copies, 5), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOf(101), -1);
    QCOMPARE(model.index(model.rowOf(104), VolumeCopyModel::StatusColumn).data().toString(), u"Stopped"_s);
    QCOMPARE(model.index(model.rowOf(102), VolumeCopyModel::SourceColumn).data().toString(), u"Source 2"_s);
    QCOMPARE(changed.size(), 0);

    // A copy that stops keeps showing how far it got, greyed by the delegate (StateRole).
    pairs[0].status = VolumeCopyStatus::Stopped;
    copies.remove(100);
    model.setSnapshot(modelSnapshot(pairs, copies, 6), 1);
    QCOMPARE(model.index(model.rowOf(100), VolumeCopyModel::ProgressColumn).data().toString(), u"Stopped at 20%"_s);
    QCOMPARE(model.index(model.rowOf(100), 0).data(StateRole).toInt(), static_cast<int>(VolumeCopyStatus::Stopped));

    // 150 pairs, 8 of them running: a tick signals those 8 rows and nothing else.
    QList<VolumeCopy> many;
    QHash<ObjectId, CopyRuntime> running;
    for (int i = 0; i < 150; ++i) {
        VolumeCopy vc = modelPair(1000 + i, i % 6, i < 8 ? VolumeCopyStatus::InProgress : VolumeCopyStatus::Completed);
        many.append(vc);
        if (i < 8) {
            running.insert(vc.id, {1000, i, 0, 0, 1e6, 100});
        }
    }
    VolumeCopyModel big;
    big.setSnapshot(modelSnapshot(many, running, 1), 1);
    QCOMPARE(big.rowCount(), 150);
    QSignalSpy bigChanged(&big, &QAbstractItemModel::dataChanged);
    for (auto it = running.begin(); it != running.end(); ++it) {
        it->grainsCopied += 10;
    }
    big.setSnapshot(modelSnapshot(many, running, 2), 1);
    QCOMPARE(bigChanged.size(), 8);
    for (const QList<QVariant>& signal : std::as_const(bigChanged)) {
        const int row = signal.at(0).value<QModelIndex>().row();
        QCOMPARE(signal.at(1).value<QModelIndex>().row(), row);
        QVERIFY(big.index(row, 0).data(IdRole).toLongLong() < 1008);
    }

    // Another subsystem: a reset.
    model.setSnapshot(modelSnapshot(pairs, copies, 7), 2);
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 0);
}

void TestVolumeCopyGui::filterAndSort()
{
    QVERIFY(m_ws->run(u"setStorageSubsystem"_s, {{u"copyBandwidth"_s, 2 * MiB}}).ok());
    createDrive(u"Ledger"_s, GiB);
    createDrive(u"Alpha"_s, GiB);
    createDrive(u"Zulu"_s, GiB);
    const ObjectId zulu = createCopy(u"Ledger"_s, u"Zulu"_s, u"lowest"_s);
    const ObjectId alpha = createCopy(u"Ledger"_s, u"Alpha"_s, u"highest"_s);
    QVERIFY(m_ws->run(u"stopVolumeCopy"_s, {{u"id"_s, zulu}}).ok());
    CopyManagerWindow* manager = openCopyManager();
    QVERIFY(manager);
    QTRY_COMPARE(cell(manager, zulu, VolumeCopyModel::StatusColumn), u"Stopped"_s);
    QAbstractItemModel* shown = manager->table()->model();
    QCOMPARE(shown->rowCount(), 2);
    // Sort by Target (header click), then by Priority: raw values, not the texts.
    QHeaderView* header = manager->table()->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(VolumeCopyModel::TargetColumn) + 20, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), static_cast<int>(VolumeCopyModel::TargetColumn));
    const Qt::SortOrder order = header->sortIndicatorOrder();
    QCOMPARE(shown->index(0, VolumeCopyModel::TargetColumn).data().toString(),
        order == Qt::AscendingOrder ? u"Alpha"_s : u"Zulu"_s);
    manager->table()->sortByColumn(VolumeCopyModel::PriorityColumn, Qt::AscendingOrder);
    QCOMPARE(shown->index(0, VolumeCopyModel::PriorityColumn).data().toString(), u"Lowest"_s);
    QCOMPARE(shown->index(1, VolumeCopyModel::PriorityColumn).data().toString(), u"Highest"_s);
    // Filter by status, then by text.
    auto* status = child<QComboBox>(manager, u"statusFilterComboBox"_s);
    status->setCurrentIndex(status->findData(static_cast<int>(VolumeCopyFilterModel::StatusFilter::Stopped)));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(IdRole).toLongLong(), zulu);
    status->setCurrentIndex(status->findData(static_cast<int>(VolumeCopyFilterModel::StatusFilter::Active)));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(IdRole).toLongLong(), alpha);
    status->setCurrentIndex(0);
    QTest::keyClicks(child<QLineEdit>(manager, u"textFilterLineEdit"_s), u"zul"_s);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, VolumeCopyModel::TargetColumn).data().toString(), u"Zulu"_s);
    // Live updates keep the filter: a progress tick does not bring the other row back.
    QTest::qWait(1200);
    QCOMPARE(shown->rowCount(), 1);
}

void TestVolumeCopyGui::latencyBoundInProperties()
{
    // Issue 19: Storage Subsystem ▸ Properties ▸ Copy Services sets the host write latency bound of the copies.
    trigger(m_window.get(), u"actionSubsystemProperties"_s);
    QPointer<SubsystemPropertiesDialog> dialog = m_window->findChild<SubsystemPropertiesDialog*>();
    QVERIFY(dialog);
    CopyBandwidthWidget* widget = dialog->copyBandwidth();
    QVERIFY(widget);
    const int tab = dialog->tabWidget()->indexOf(widget);
    QTabBar* bar = dialog->tabWidget()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
    QCOMPARE(widget->latencyBoundSpinBox()->value(), 0);
    QCOMPARE(widget->latencyBoundSpinBox()->text(), u"Off (fixed rate)"_s);
    QVERIFY(!widget->applyButton()->isEnabled());
    retype(widget->latencyBoundSpinBox(), u"5"_s);
    QVERIFY(widget->applyButton()->isEnabled());
    click(widget->applyButton());
    const ObjectId subsystem = m_ws->subsystemId();
    QTRY_COMPARE(latencyBoundMs(m_ws->config().subsystems.value(subsystem).options), qint64(5));
    QTRY_VERIFY(!widget->applyButton()->isEnabled());
    QVERIFY(widget->errorText().isEmpty());
    // Only the bound changed: the copy bandwidth was not sent again.
    QCOMPARE(m_ws->config().subsystems.value(subsystem).copyBandwidth, qint64(0));
    // Off again.
    retype(widget->latencyBoundSpinBox(), u"0"_s);
    click(widget->applyButton());
    QTRY_COMPARE(latencyBoundMs(m_ws->config().subsystems.value(subsystem).options), qint64(0));
    dialog->close();
    QTRY_VERIFY(dialog.isNull());
}

void TestVolumeCopyGui::verifyAndRepairInCopyManager()
{
    QVERIFY(m_ws->createDrive(u"Ledger"_s, 8 * MiB, u"Primary Site"_s, 8 * MiB, 11).ok());
    createDrive(u"Ledger-Copy"_s, 8 * MiB);
    const ObjectId id = createCopy(u"Ledger"_s, u"Ledger-Copy"_s, u"highest"_s);
    QVERIFY(id != 0);
    QTRY_COMPARE_WITH_TIMEOUT(pair(id).status, VolumeCopyStatus::Completed, 30000);
    CopyManagerWindow* manager = openCopyManager();
    QVERIFY(manager);
    QTRY_COMPARE(cell(manager, id, VolumeCopyModel::StatusColumn), u"Completed"_s);
    clickPair(manager, id);
    QVERIFY(manager->findChild<QMenu*>(u"menuCopy"_s)->actions().contains(action(manager, u"actionVerifyCopy"_s)));
    QVERIFY(action(manager, u"actionVerifyCopy"_s)->isEnabled());

    // Damage under the target's volume (a bad disk): 4 KiB of grain 2 changed behind the engine.
    const LogicalDrive copy = m_ws->logicalDrive(u"Ledger-Copy"_s);
    QVERIFY(!copy.fileName.isEmpty());
    QFile file(m_ws->path() + u"/volumes/"_s + copy.fileName);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(2 * 65536 + 100));
    QCOMPARE(file.write(QByteArray(4096, '\x5a')), qint64(4096));
    file.close();

    auto waitForBox = [&](const QString& name) {
        QMessageBox* found = nullptr;
        (void)QTest::qWaitFor([&]() {
            for (QMessageBox* box : manager->findChildren<QMessageBox*>(name)) {
                if (box->isVisible()) {
                    found = box;
                }
            }
            return found != nullptr;
        });
        return found;
    };

    // Verify: the damage is reported, nothing is changed.
    trigger(manager, u"actionVerifyCopy"_s);
    QMessageBox* question = waitForBox(u"verifyCopyQuestion"_s);
    QVERIFY(question);
    QVERIFY(question->text().contains(u"Compare Ledger-Copy with its source Ledger"_s));
    click(question->findChild<QPushButton*>(u"verifyButton"_s));
    QMessageBox* result = waitForBox(u"verifyCopyResult"_s);
    QVERIFY(result);
    QVERIFY2(result->text().contains(u"1 grain(s) differ from the source"_s), qPrintable(result->text()));
    click(result->button(QMessageBox::Ok));
    QTRY_VERIFY(!result->isVisible() || result->isHidden());
    const auto sum = [&](const QString& name) {
        const CommandResult r = m_ws->run(u"checksumLogicalDrive"_s, {{u"targets"_s, QJsonArray {name}}});
        return r.ok() ? r.data.value(u"sha256"_s).toString() : r.error.message();
    };
    QVERIFY(sum(u"Ledger"_s) != sum(u"Ledger-Copy"_s));

    // Verify and Repair: the grain is copied again; the copy holds the source's bytes.
    trigger(manager, u"actionVerifyCopy"_s);
    question = waitForBox(u"verifyCopyQuestion"_s);
    QVERIFY(question);
    click(question->findChild<QPushButton*>(u"verifyRepairButton"_s));
    result = waitForBox(u"verifyCopyResult"_s);
    QVERIFY(result);
    QVERIFY2(result->text().contains(u"1 grain(s) were copied from the source again"_s), qPrintable(result->text()));
    click(result->button(QMessageBox::Ok));
    QCOMPARE(sum(u"Ledger-Copy"_s), sum(u"Ledger"_s));

    // A read/write target: Verify only; the Repair button says why not.
    trigger(manager, u"actionDisableReadOnly"_s);
    QTRY_VERIFY(!pair(id).targetReadOnly);
    trigger(manager, u"actionVerifyCopy"_s);
    question = waitForBox(u"verifyCopyQuestion"_s);
    QVERIFY(question);
    auto* repair = question->findChild<QPushButton*>(u"verifyRepairButton"_s);
    QVERIFY(!repair->isEnabled());
    QVERIFY(repair->toolTip().contains(u"read-only target"_s));
    question->reject();

    // Not completed: the action says why it is unavailable.
    QVERIFY(m_ws->run(u"setStorageSubsystem"_s, {{u"copyBandwidth"_s, MiB}}).ok());
    QVERIFY(m_ws->run(u"recopyVolumeCopy"_s, {{u"id"_s, id}}).ok());
    QTRY_COMPARE(pair(id).status, VolumeCopyStatus::InProgress);
    QTRY_VERIFY(!action(manager, u"actionVerifyCopy"_s)->isEnabled());
    QVERIFY(action(manager, u"actionVerifyCopy"_s)->toolTip().contains(u"verified once it is completed"_s));
}

QTEST_MAIN(TestVolumeCopyGui)
#include "tst_volumecopygui.moc"
