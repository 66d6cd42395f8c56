// SPDX-License-Identifier: GPL-3.0-or-later
// FlashCopy in the console, driven like a user on a real engine: the Create FlashCopy Logical Drive wizard by
// clicking (Advanced path with another array, Simple path, a new array), its live checks and the engine's error on
// Preview; the Logical view's FlashCopy and repository nodes with their icons and texts; Disable and Re-create from
// the menus and the context menu with typed "Yes"; Increase Repository Capacity; the repository settings in
// Properties; the actions' reasons when unavailable; and Delete of a FlashCopy and of a base.
#include "common/icons.h"
#include "dialogs/commanddialog.h"
#include "guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "models/storagemodels.h"
#include "panels/ds4000/dialogs/flashcopydialogs.h"
#include "panels/ds4000/dialogs/propertiesdialogs.h"
#include "panels/ds4000/wizards/flashcopypages.h"
#include "panels/ds4000/wizards/flashcopywizard.h"
#include "storage/rules.h"
#include "util/bytesize.h"
#include "views/logicalphysicalview.h"
#include "views/mappingsview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using GuiTest::action;
using GuiTest::findText;

namespace
{

using Page = CreateFlashCopyWizard::PageId;

void clickIndex(QAbstractItemView* view, const QModelIndex& index)
{
    QVERIFY(index.isValid());
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

/** Replaces the text of a line edit or spin box the way a user does: select all, type. */
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
    // A radio button reacts to clicks on its indicator and text only, not on the empty rest of its row.
    const bool radio = qobject_cast<QRadioButton*>(button) != nullptr;
    QTest::mouseClick(button, Qt::LeftButton, {}, radio ? QPoint(8, button->height() / 2) : QPoint());
    if (radio) {
        QVERIFY2(button->isChecked(), qPrintable(button->objectName()));
    }
}

QString iconCacheKeyName(const QModelIndex& index)
{
    // Icons::icon() hands out one cached QIcon per name, so the decoration tells which icon a row shows.
    const qint64 key = qvariant_cast<QIcon>(index.data(Qt::DecorationRole)).cacheKey();
    for (const QString& name : {u"flashcopy"_s, u"flashcopy-disabled"_s, u"flashcopy-failed"_s, u"flashcopy-warning"_s,
             u"flashcopy-repository"_s, u"flashcopy-repository-warning"_s, u"flashcopy-repository-full"_s,
             u"logical-drive"_s}) {
        if (Icons::icon(name).cacheKey() == key) {
            return name;
        }
    }
    return {};
}

} // namespace

class TestFlashCopyGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createAdvancedOnAnotherArray();
    void createSimplePath();
    void createOnNewArray();
    void simpleUnavailableWhenBaseArrayIsFull();
    void wizardChecksLiveAndKeepsInputOnEngineError();
    void disableFromMenuAndRecreateFromContextMenu();
    void failedFlashCopyShowsAndRecreates();
    void increaseRepositoryCapacity();
    void repositorySettingsInProperties();
    void actionsExplainWhyUnavailable();
    void deleteFlashCopyAndBase();

private:
    QTreeView* tree() const { return m_window->logicalPhysicalView()->logicalTree(); }
    QAbstractItemModel* model() const { return tree()->model(); }
    void select(const QString& text) { clickIndex(tree(), findText(model(), text)); }
    void trigger(const QString& name)
    {
        QAction* a = action(m_window.get(), name);
        QVERIFY2(a && a->isEnabled(), qPrintable(name));
        a->trigger();
    }
    /** Selects @p base and opens the wizard with Logical Drive ▸ FlashCopy ▸ Create. */
    CreateFlashCopyWizard* openWizard(const QString& base);
    void next(CreateFlashCopyWizard* wizard, int expectedPage);
    /** Right-clicks @p text in the Logical tree and chooses @p actionName from the context menu. */
    QStringList chooseFromContextMenu(const QString& text, const QString& actionName);
    ObjectId createFlashCopy(const QString& base, QJsonObject args = {});
    FlashCopy flashCopy(const QString& name) const
    {
        return m_ws->config().flashCopies.value(m_ws->logicalDrive(name).id);
    }

    std::unique_ptr<GuiTest::Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

void TestFlashCopyGui::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestFlashCopyGui::init()
{
    m_ws = std::make_unique<GuiTest::Workspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
    m_window = GuiTest::openMainWindow(*m_ws);
    QVERIFY(m_window);
}

void TestFlashCopyGui::cleanup()
{
    m_window.reset();
    m_ws.reset();
}

CreateFlashCopyWizard* TestFlashCopyGui::openWizard(const QString& base)
{
    select(base);
    QAction* create = action(m_window.get(), u"actionCreateFlashCopy"_s);
    if (create == nullptr || !create->isEnabled()) {
        qWarning("Create FlashCopy is not available: %s", create ? qPrintable(create->statusTip()) : "");
        return nullptr;
    }
    create->trigger();
    auto* wizard = m_window->findChild<CreateFlashCopyWizard*>();
    if (wizard != nullptr && wizard->currentId() != Page::IntroductionPageId) {
        qWarning("the wizard starts on page %d", wizard->currentId());
        return nullptr;
    }
    return wizard;
}

void TestFlashCopyGui::next(CreateFlashCopyWizard* wizard, int expectedPage)
{
    click(wizard->button(QWizard::NextButton));
    QCOMPARE(wizard->currentId(), expectedPage);
}

QStringList TestFlashCopyGui::chooseFromContextMenu(const QString& text, const QString& actionName)
{
    const QModelIndex index = findText(model(), text);
    if (!index.isValid()) {
        qWarning("no node %s", qPrintable(text));
        return {};
    }
    tree()->scrollTo(index);
    const QPoint pos = tree()->visualRect(index).center();
    QStringList shown;
    bool chosen = false;
    // The menu runs its own event loop: look at it and click the action from a timer.
    QTimer::singleShot(0, this, [&]() {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (menu == nullptr) {
            return;
        }
        for (QAction* a : menu->actions()) {
            if (!a->objectName().isEmpty()) {
                shown.append(a->objectName());
            }
            if (a->objectName() == actionName && a->isEnabled()) {
                QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(a).center());
                chosen = true;
            }
        }
        if (!chosen) {
            menu->close();
        }
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, tree()->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(tree()->viewport(), &event);
    if (!chosen) {
        qWarning("%s was not in the context menu or not enabled", qPrintable(actionName));
    }
    return shown;
}

ObjectId TestFlashCopyGui::createFlashCopy(const QString& base, QJsonObject args)
{
    args.insert(u"baseId"_s, m_ws->logicalDrive(base).id);
    const CommandResult r = m_ws->run(u"createFlashCopy"_s, args);
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.error.message()));
        return 0;
    }
    return r.data.value(u"id"_s).toInteger();
}

// ---------------------------------------------------------------------------------------------------------------

void TestFlashCopyGui::createAdvancedOnAnotherArray()
{
    QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
    const LogicalDrive payroll = m_ws->logicalDrive(u"Payroll"_s);
    const ObjectId group2 = m_ws->logicalDrive(u"Web Content"_s).arrayId;
    QPointer<CreateFlashCopyWizard> wizard = openWizard(u"Payroll (10.000 GB)"_s);
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->windowTitle(), u"Create FlashCopy Logical Drive Wizard"_s);
    QVERIFY(child<QLabel>(wizard, u"beforeYouStartLabel"_s)->text().contains(u"flush"_s));
    QVERIFY(child<QLabel>(wizard, u"baseLabel"_s)->text().contains(u"Payroll"_s));
    // Payroll's array has room: Simple is offered and chosen; this test goes Advanced.
    QVERIFY(child<QRadioButton>(wizard, u"simpleRadioButton"_s)->isEnabled());
    QVERIFY(child<QRadioButton>(wizard, u"simpleRadioButton"_s)->isChecked());
    click(child<QRadioButton>(wizard, u"advancedRadioButton"_s));
    next(wizard, Page::AllocateCapacityPageId);

    // Allocate Capacity: another array, picked from the list with its free capacity.
    QVERIFY(child<QRadioButton>(wizard, u"sameArrayRadioButton"_s)->isChecked());
    QVERIFY(child<QLabel>(wizard, u"sameArrayLabel"_s)
                ->text()
                .contains(u"Logical Drive Group 1 (RAID 5): 192.000 GB free"_s));
    auto* arrays = child<QTreeWidget>(wizard, u"arrayTreeWidget"_s);
    QCOMPARE(arrays->topLevelItemCount(), 1);
    QCOMPARE(arrays->topLevelItem(0)->text(0), u"Logical Drive Group 2 (RAID 1)"_s);
    QCOMPARE(arrays->topLevelItem(0)->text(1), u"98.000 GB"_s);
    click(child<QRadioButton>(wizard, u"otherArrayRadioButton"_s));
    QCOMPARE(arrays->currentItem(), arrays->topLevelItem(0)); // the first usable array, until the user picks one
    QTest::mouseClick(arrays->viewport(), Qt::LeftButton, {}, arrays->visualItemRect(arrays->topLevelItem(0)).center());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    next(wizard, Page::LogicalDriveParametersPageId);

    // Logical drive parameters: map later, warn at 70%, fail writes to the base.
    QVERIFY(child<QRadioButton>(wizard, u"automaticMappingRadioButton"_s)->isChecked());
    QCOMPARE(child<QSpinBox>(wizard, u"thresholdSpinBox"_s)->value(), 50);
    QVERIFY(child<QRadioButton>(wizard, u"failFlashCopyRadioButton"_s)->isChecked());
    QVERIFY(child<QLabel>(wizard, u"attentionLabel"_s)->text().contains(u"Attention"_s));
    click(child<QRadioButton>(wizard, u"mapLaterRadioButton"_s));
    retype(child<QSpinBox>(wizard, u"thresholdSpinBox"_s), u"70"_s);
    click(child<QRadioButton>(wizard, u"failBaseWritesRadioButton"_s));
    next(wizard, Page::NamesPageId);

    // Names: the defaults, then the user's own.
    auto* name = child<QLineEdit>(wizard, u"flashCopyNameLineEdit"_s);
    auto* repositoryName = child<QLineEdit>(wizard, u"repositoryNameLineEdit"_s);
    QCOMPARE(name->text(), u"Payroll-1"_s);
    QCOMPARE(repositoryName->text(), u"Payroll-R1"_s);
    retype(name, u"Payroll Snap"_s);
    retype(repositoryName, u"Payroll Snap Repo"_s);
    next(wizard, Page::RepositoryCapacityPageId);

    // Repository capacity: 20% of 10 GB by default, changed to 30%; the labels follow as the user types.
    auto* percent = child<QSpinBox>(wizard, u"percentSpinBox"_s);
    auto* capacity = child<QLabel>(wizard, u"repositoryCapacityLabel"_s);
    QCOMPARE(percent->value(), 20);
    QCOMPARE(capacity->text(), u"2.000 GB"_s);
    QCOMPARE(child<QLabel>(wizard, u"locationCapacityLabel"_s)->text(),
        u"98.000 GB free on Logical Drive Group 2 (RAID 1)"_s);
    retype(percent, u"30"_s);
    QCOMPARE(capacity->text(), u"3.000 GB"_s);

    // Back and Next again keep everything typed.
    click(wizard->button(QWizard::BackButton));
    QCOMPARE(wizard->currentId(), static_cast<int>(Page::NamesPageId));
    QCOMPARE(name->text(), u"Payroll Snap"_s);
    click(wizard->button(QWizard::BackButton));
    QCOMPARE(child<QSpinBox>(wizard, u"thresholdSpinBox"_s)->value(), 70);
    next(wizard, Page::NamesPageId);
    next(wizard, Page::RepositoryCapacityPageId);
    QCOMPARE(percent->value(), 30);
    next(wizard, Page::PreviewPageId);

    auto* preview = qobject_cast<PreviewPage*>(wizard->currentPage());
    QVERIFY(preview);
    QCOMPARE(preview->value(u"FlashCopy logical drive"_s), u"Payroll Snap"_s);
    QCOMPARE(preview->value(u"FlashCopy repository logical drive"_s), u"Payroll Snap Repo"_s);
    QCOMPARE(preview->value(u"Repository capacity"_s), u"3.000 GB (30% of base logical drive)"_s);
    QCOMPARE(preview->value(u"Repository location"_s), u"Free capacity on Logical Drive Group 2 (RAID 1)"_s);
    QCOMPARE(preview->value(u"Warning threshold"_s), u"70% full"_s);
    QCOMPARE(preview->value(u"When the repository is full"_s), u"Fail writes to base logical drive"_s);
    QCOMPARE(preview->value(u"Mapping"_s), u"Map later with Storage Partitioning"_s);
    QCOMPARE(preview->value(u"Wizard path"_s), u"Advanced"_s);
    click(wizard->button(QWizard::FinishButton));
    QTRY_VERIFY(wizard.isNull());

    // The engine has it, with every setting of the wizard.
    const LogicalDrive snap = m_ws->logicalDrive(u"Payroll Snap"_s);
    QVERIFY(snap.id != 0);
    QCOMPARE(snap.kind, LogicalDriveKind::FlashCopy);
    const FlashCopy fc = m_ws->config().flashCopies.value(snap.id);
    QCOMPARE(fc.baseId, payroll.id);
    QCOMPARE(fc.warningThresholdPercent, 70);
    QCOMPARE(fc.fullPolicy, RepositoryFullPolicy::FailBaseWrites);
    QCOMPARE(fc.status, FlashCopyStatus::Optimal);
    const LogicalDrive repository = m_ws->config().logicalDrives.value(fc.repositoryId);
    QCOMPARE(repository.name, u"Payroll Snap Repo"_s);
    QCOMPARE(repository.arrayId, group2);
    QCOMPARE(repository.capacity, roundUp(payroll.capacity * 30 / 100, kCapacityGranule));
    QTRY_COMPARE(m_ws->snapshot()->copies.value(fc.id).repositoryCapacity, repository.capacity);
    QVERIFY(m_ws->config().mappingOf(snap.id) == nullptr); // mapped later

    // The Logical view: a child of its base, selected; the repository in its array; nothing was reset.
    const QModelIndex node = findText(model(), u"Payroll Snap (10.000 GB)"_s);
    QVERIFY(node.isValid());
    QCOMPARE(node.parent().data().toString(), u"Payroll (10.000 GB)"_s);
    QTRY_COMPARE(tree()->currentIndex(), node);
    QVERIFY(tree()->isExpanded(node.parent()));
    QCOMPARE(iconCacheKeyName(node), u"flashcopy"_s);
    QCOMPARE(
        node.data(Qt::AccessibleTextRole).toString(), u"Payroll Snap (10.000 GB), FlashCopy of Payroll, Optimal"_s);
    const QModelIndex repositoryNode = findText(model(), u"Payroll Snap Repo (3.000 GB)"_s);
    QVERIFY(repositoryNode.isValid());
    QCOMPARE(repositoryNode.parent().data().toString(), u"Logical Drive Group 2 (RAID 1)"_s);
    QCOMPARE(iconCacheKeyName(repositoryNode), u"flashcopy-repository"_s);
    QVERIFY(repositoryNode.data(Qt::ToolTipRole).toString().contains(u"Repository of Payroll Snap, 0% used"_s));
    QCOMPARE(resets.size(), 0);

    // Mapped later: the Mappings view lists it under Undefined Mappings (spec §2.2.2); its repository is not
    // host-addressable and is not listed.
    QAbstractItemModel* topology = m_window->mappingsView()->topologyModel();
    const QModelIndex undefined = findText(topology, u"Payroll Snap (10.000 GB)"_s);
    QVERIFY(undefined.isValid());
    QCOMPARE(undefined.parent().data().toString(), u"Undefined Mappings"_s);
    QCOMPARE(iconCacheKeyName(undefined), u"flashcopy"_s);
    QVERIFY(!findText(topology, u"Payroll Snap Repo (3.000 GB)"_s).isValid());
}

void TestFlashCopyGui::createSimplePath()
{
    const LogicalDrive dataVol = m_ws->logicalDrive(u"DataVol"_s);
    QPointer<CreateFlashCopyWizard> wizard = openWizard(u"DataVol (8.000 GB)"_s);
    QVERIFY(wizard);
    QVERIFY(child<QRadioButton>(wizard, u"simpleRadioButton"_s)->isChecked());
    QVERIFY(child<QLabel>(wizard, u"simpleReasonLabel"_s)->isHidden());
    // Simple skips Allocate Capacity and the parameters: Introduction → Names → Capacity → Preview.
    next(wizard, Page::NamesPageId);
    QCOMPARE(child<QLineEdit>(wizard, u"flashCopyNameLineEdit"_s)->text(), u"DataVol-1"_s);
    next(wizard, Page::RepositoryCapacityPageId);
    QCOMPARE(child<QLabel>(wizard, u"repositoryCapacityLabel"_s)->text(), u"1.600 GB"_s);
    QVERIFY(child<QLabel>(wizard, u"locationCapacityLabel"_s)->text().endsWith(u"Logical Drive Group 1 (RAID 5)"_s));
    next(wizard, Page::PreviewPageId);
    auto* preview = qobject_cast<PreviewPage*>(wizard->currentPage());
    QCOMPARE(preview->value(u"Wizard path"_s), u"Simple"_s);
    QCOMPARE(preview->value(u"Mapping"_s), u"Automatic (Default Host Group, lowest free LUN)"_s);
    click(wizard->button(QWizard::FinishButton));
    QTRY_VERIFY(wizard.isNull());

    const FlashCopy fc = flashCopy(u"DataVol-1"_s);
    QVERIFY(fc.id != 0);
    QCOMPARE(fc.baseId, dataVol.id);
    QCOMPARE(fc.warningThresholdPercent, 50);
    QCOMPARE(fc.fullPolicy, RepositoryFullPolicy::FailFlashCopy);
    const LogicalDrive repository = m_ws->config().logicalDrives.value(fc.repositoryId);
    QCOMPARE(repository.name, u"DataVol-R1"_s);
    QCOMPARE(repository.arrayId, dataVol.arrayId);
    QCOMPARE(repository.capacity, roundUp(dataVol.capacity / 5, kCapacityGranule));
    const LunMapping* mapping = m_ws->config().mappingOf(fc.id);
    QVERIFY(mapping != nullptr); // Automatic
    QCOMPARE(mapping->targetId, 0);
    QTRY_COMPARE(tree()->currentIndex().data().toString(), u"DataVol-1 (8.000 GB)"_s);

    // The next default name takes the next free number.
    wizard = openWizard(u"DataVol (8.000 GB)"_s);
    QVERIFY(wizard);
    next(wizard, Page::NamesPageId);
    QCOMPARE(child<QLineEdit>(wizard, u"flashCopyNameLineEdit"_s)->text(), u"DataVol-2"_s);
    QCOMPARE(child<QLineEdit>(wizard, u"repositoryNameLineEdit"_s)->text(), u"DataVol-R2"_s);
    wizard->reject();
    QTRY_VERIFY(wizard.isNull());
    QCOMPARE(m_ws->config().flashCopiesOf(dataVol.id).size(), 1);
}

void TestFlashCopyGui::createOnNewArray()
{
    QPointer<CreateFlashCopyWizard> wizard = openWizard(u"Exchange (40.000 GB)"_s);
    QVERIFY(wizard);
    click(child<QRadioButton>(wizard, u"advancedRadioButton"_s));
    next(wizard, Page::AllocateCapacityPageId);
    click(child<QRadioButton>(wizard, u"unconfiguredRadioButton"_s));
    next(wizard, Page::ArrayParametersPageId);

    // RAID 1 needs an even number of drives: one drive is refused, two are fine.
    auto* raid = child<QComboBox>(wizard, u"raidComboBox"_s);
    raid->setCurrentIndex(1);
    QVERIFY(child<QLabel>(wizard, u"ruleLabel"_s)->text().contains(u"even number"_s));
    auto* drives = child<QTableWidget>(wizard, u"drivesTableWidget"_s);
    QVERIFY(drives->rowCount() > 2);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    drives->item(0, 0)->setCheckState(Qt::Checked);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(child<QLabel>(wizard, u"arrayHintLabel"_s)->text().contains(u"RAID 1"_s));
    drives->item(1, 0)->setCheckState(Qt::Checked);
    QCOMPARE(child<QLabel>(wizard, u"arrayCapacityLabel"_s)->text(), u"67.500 GB from 2 drive(s)"_s);
    next(wizard, Page::LogicalDriveParametersPageId);
    next(wizard, Page::NamesPageId);
    next(wizard, Page::RepositoryCapacityPageId);
    QCOMPARE(child<QLabel>(wizard, u"locationCapacityLabel"_s)->text(), u"67.500 GB in the new RAID 1 array"_s);
    next(wizard, Page::PreviewPageId);
    QCOMPARE(qobject_cast<PreviewPage*>(wizard->currentPage())->value(u"Repository location"_s),
        u"New RAID 1 array from unconfigured capacity, drives [1,10] [1,11]"_s);
    click(wizard->button(QWizard::FinishButton));
    QTRY_VERIFY(wizard.isNull());

    const FlashCopy fc = flashCopy(u"Exchange-1"_s);
    QVERIFY(fc.id != 0);
    const LogicalDrive repository = m_ws->config().logicalDrives.value(fc.repositoryId);
    const Array array = m_ws->config().arrays.value(repository.arrayId);
    QCOMPARE(array.number, 3);
    QCOMPARE(array.raidLevel, RaidLevel::Raid1);
    QCOMPARE(m_ws->driveAt(1, 10)->arrayId, array.id);
    QCOMPARE(repository.capacity, 8 * GiB);
    QTRY_COMPARE(
        findText(model(), u"Exchange-R1 (8.000 GB)"_s).parent().data().toString(), u"Logical Drive Group 3 (RAID 1)"_s);
}

void TestFlashCopyGui::simpleUnavailableWhenBaseArrayIsFull()
{
    // Group 2 has no free capacity left: Simple (repository on the base's array) is not offered, and says why.
    QVERIFY(m_ws->run(u"createLogicalDrive"_s,
                    {{u"arrayId"_s, m_ws->logicalDrive(u"Web Content"_s).arrayId}, {u"userLabel"_s, u"Filler"_s}})
                .ok());
    QTRY_VERIFY(findText(model(), u"Filler (98.000 GB)"_s).isValid());
    QPointer<CreateFlashCopyWizard> wizard = openWizard(u"Web Content (25.000 GB)"_s);
    QVERIFY(wizard);
    QVERIFY(!child<QRadioButton>(wizard, u"simpleRadioButton"_s)->isEnabled());
    QVERIFY(child<QRadioButton>(wizard, u"advancedRadioButton"_s)->isChecked());
    auto* reason = child<QLabel>(wizard, u"simpleReasonLabel"_s);
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(u"8 MB + 1% of the base"_s), qPrintable(reason->text()));
    QVERIFY(reason->text().contains(u"(0.258 GB)"_s)); // 8 MB + 1% of 25 GB
    next(wizard, Page::AllocateCapacityPageId);
    QVERIFY(!child<QRadioButton>(wizard, u"sameArrayRadioButton"_s)->isEnabled());
    QVERIFY(child<QRadioButton>(wizard, u"otherArrayRadioButton"_s)->isChecked());
    QCOMPARE(
        child<QTreeWidget>(wizard, u"arrayTreeWidget"_s)->currentItem()->text(0), u"Logical Drive Group 1 (RAID 5)"_s);

    // Space comes back while the wizard is open: Simple becomes available on the first page.
    QVERIFY(m_ws->run(u"deleteLogicalDrive"_s, {{u"id"_s, m_ws->logicalDrive(u"Filler"_s).id}}).ok());
    click(wizard->button(QWizard::BackButton));
    QTRY_VERIFY(child<QRadioButton>(wizard, u"simpleRadioButton"_s)->isEnabled());
    QVERIFY(reason->isHidden());
    wizard->reject();
    QTRY_VERIFY(wizard.isNull());
    QVERIFY(m_ws->config().flashCopiesOf(m_ws->logicalDrive(u"Web Content"_s).id).isEmpty());
}

void TestFlashCopyGui::wizardChecksLiveAndKeepsInputOnEngineError()
{
    // Leave 2 GB free in group 2: 20% of Oracle Logs (2.4 GB) does not fit there.
    const ObjectId group2 = m_ws->logicalDrive(u"Oracle Logs"_s).arrayId;
    QVERIFY(m_ws->run(u"createLogicalDrive"_s,
                    {{u"arrayId"_s, group2}, {u"userLabel"_s, u"Bulk"_s}, {u"capacity"_s, 96 * GiB}})
                .ok());
    QTRY_VERIFY(findText(model(), u"Bulk (96.000 GB)"_s).isValid());
    QPointer<CreateFlashCopyWizard> wizard = openWizard(u"Oracle Logs (12.000 GB)"_s);
    QVERIFY(wizard);
    next(wizard, Page::NamesPageId); // Simple: 2 GB ≥ 8 MB + 1% of 12 GB

    auto* name = child<QLineEdit>(wizard, u"flashCopyNameLineEdit"_s);
    auto* repositoryName = child<QLineEdit>(wizard, u"repositoryNameLineEdit"_s);
    auto* hint = child<QLabel>(wizard, u"namesHintLabel"_s);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(hint->isHidden());
    // 31 characters: too long; 30 are fine.
    retype(name, u"Oracle Logs before the upgrades"_s);
    QCOMPARE(name->text().size(), 31);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(hint->isVisible());
    QVERIFY2(hint->text().contains(u"at most 30 characters"_s), qPrintable(hint->text()));
    retype(name, u"Oracle Logs before the upgrade"_s);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(hint->isHidden());
    // Duplicate of an existing logical drive.
    retype(name, u"Payroll"_s);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY2(hint->text().contains(u"already used"_s), qPrintable(hint->text()));
    // The same name twice.
    retype(name, u"Logs Snap"_s);
    retype(repositoryName, u"Logs Snap"_s);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY2(hint->text().contains(u"different names"_s), qPrintable(hint->text()));
    retype(repositoryName, u"Logs Snap Repo"_s);
    QVERIFY(hint->isHidden());
    next(wizard, Page::RepositoryCapacityPageId);

    // Does not fit at 20%; the labels and the message follow the percentage live.
    auto* capacity = child<QLabel>(wizard, u"repositoryCapacityLabel"_s);
    auto* capacityHint = child<QLabel>(wizard, u"capacityHintLabel"_s);
    QCOMPARE(capacity->text(), u"2.400 GB"_s);
    QCOMPARE(child<QLabel>(wizard, u"locationCapacityLabel"_s)->text(),
        u"2.000 GB free on Logical Drive Group 2 (RAID 1)"_s);
    QVERIFY(capacityHint->isVisible());
    QVERIFY2(capacityHint->text().contains(u"does not fit"_s), qPrintable(capacityHint->text()));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    retype(child<QSpinBox>(wizard, u"percentSpinBox"_s), u"10"_s);
    QCOMPARE(capacity->text(), u"1.200 GB"_s);
    QVERIFY(capacityHint->isHidden());
    next(wizard, Page::PreviewPageId);

    // Someone else takes 1.5 GB of the array before Finish: the engine refuses, the wizard says so on Preview and
    // keeps everything. The click comes before this window has seen the new snapshot, as it would in real life.
    QObject context;
    m_ws->connection()->submit({u"createLogicalDrive"_s,
                                   {{u"subsystemId"_s, m_ws->subsystemId()}, {u"arrayId"_s, group2},
                                       {u"userLabel"_s, u"Elsewhere"_s}, {u"capacity"_s, 1536 * MiB}}},
        &context, [](const CommandResult&) {});
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!wizard->submitErrorText().isEmpty());
    QVERIFY2(wizard->submitErrorText().contains(u"free capacity"_s), qPrintable(wizard->submitErrorText()));
    QVERIFY(child<QLabel>(wizard, u"previewErrorLabel"_s)->isVisible());
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), static_cast<int>(Page::PreviewPageId));
    QVERIFY(m_ws->logicalDrive(u"Logs Snap"_s).id == 0);
    QVERIFY(m_ws->logicalDrive(u"Elsewhere"_s).id != 0);

    // Back: the input is still there, and the capacity page now says it does not fit; 4% does.
    click(wizard->button(QWizard::BackButton));
    QCOMPARE(wizard->currentId(), static_cast<int>(Page::RepositoryCapacityPageId));
    QCOMPARE(child<QSpinBox>(wizard, u"percentSpinBox"_s)->value(), 10);
    QTRY_VERIFY(capacityHint->isVisible());
    retype(child<QSpinBox>(wizard, u"percentSpinBox"_s), u"4"_s);
    QVERIFY(capacityHint->isHidden());
    next(wizard, Page::PreviewPageId);
    QCOMPARE(qobject_cast<PreviewPage*>(wizard->currentPage())->value(u"FlashCopy logical drive"_s), u"Logs Snap"_s);
    click(wizard->button(QWizard::FinishButton));
    QTRY_VERIFY(wizard.isNull());
    const FlashCopy fc = flashCopy(u"Logs Snap"_s);
    QVERIFY(fc.id != 0);
    QCOMPARE(m_ws->config().logicalDrives.value(fc.repositoryId).name, u"Logs Snap Repo"_s);
    QCOMPARE(m_ws->config().logicalDrives.value(fc.repositoryId).capacity,
        roundUp(m_ws->logicalDrive(u"Oracle Logs"_s).capacity * 4 / 100, kCapacityGranule));
}

void TestFlashCopyGui::disableFromMenuAndRecreateFromContextMenu()
{
    const ObjectId id = createFlashCopy(u"Accounting"_s);
    QVERIFY(id != 0);
    QTRY_VERIFY(findText(model(), u"Accounting-1 (20.000 GB)"_s).isValid());
    select(u"Accounting-1 (20.000 GB)"_s);
    QVERIFY(action(m_window.get(), u"actionDisableFlashCopy"_s)->isEnabled());
    QVERIFY(action(m_window.get(), u"actionRecreateFlashCopy"_s)->isEnabled());

    // Logical Drive ▸ FlashCopy ▸ Disable: type Yes.
    trigger(u"actionDisableFlashCopy"_s);
    QPointer<TypeYesDialog> dialog = m_window->findChild<TypeYesDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Disable FlashCopy Logical Drive"_s);
    QVERIFY(child<QLabel>(dialog, u"messageLabel"_s)->text().contains(u"Accounting-R1"_s));
    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, u"confirmLineEdit"_s), u"Yes"_s);
    click(dialog->okButton());
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m_ws->config().flashCopies.value(id).status, FlashCopyStatus::Disabled);

    // Disabled at a glance and in words; same row, still selected.
    QTRY_COMPARE(iconCacheKeyName(findText(model(), u"Accounting-1 (20.000 GB)"_s)), u"flashcopy-disabled"_s);
    const QModelIndex node = findText(model(), u"Accounting-1 (20.000 GB)"_s);
    QCOMPARE(
        node.data(Qt::AccessibleTextRole).toString(), u"Accounting-1 (20.000 GB), FlashCopy of Accounting, Disabled"_s);
    QVERIFY(node.data(Qt::ToolTipRole).toString().contains(u"FlashCopy of Accounting, Disabled"_s));
    QCOMPARE(tree()->currentIndex(), node);
    QVERIFY(!action(m_window.get(), u"actionDisableFlashCopy"_s)->isEnabled());
    QVERIFY(action(m_window.get(), u"actionDisableFlashCopy"_s)->toolTip().contains(u"Only an optimal FlashCopy"_s));
    QVERIFY(action(m_window.get(), u"actionRecreateFlashCopy"_s)->isEnabled());
    const QDateTime before = m_ws->config().flashCopies.value(id).pointInTime;

    // Right-click ▸ Re-create: the menu offers Disable, Re-create and Delete; type Yes.
    const QStringList shown = chooseFromContextMenu(u"Accounting-1 (20.000 GB)"_s, u"actionRecreateFlashCopy"_s);
    for (const QString& name :
        {u"actionDisableFlashCopy"_s, u"actionRecreateFlashCopy"_s, u"actionDeleteLogicalDrive"_s}) {
        QVERIFY2(shown.contains(name), qPrintable(shown.join(u' ')));
    }
    dialog = m_window->findChild<TypeYesDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Re-create FlashCopy Logical Drive"_s);
    QVERIFY(child<QLabel>(dialog, u"messageLabel"_s)->text().contains(u"current image is discarded"_s));
    QTest::keyClicks(child<QLineEdit>(dialog, u"confirmLineEdit"_s), u"yes"_s);
    click(dialog->okButton());
    QTRY_VERIFY(dialog.isNull());
    const FlashCopy fc = m_ws->config().flashCopies.value(id);
    QCOMPARE(fc.status, FlashCopyStatus::Optimal);
    QVERIFY(fc.pointInTime >= before);
    QTRY_COMPARE(iconCacheKeyName(findText(model(), u"Accounting-1 (20.000 GB)"_s)), u"flashcopy"_s);
    QCOMPARE(findText(model(), u"Accounting-1 (20.000 GB)"_s).data(Qt::AccessibleTextRole).toString(),
        u"Accounting-1 (20.000 GB), FlashCopy of Accounting, Optimal"_s);
    QVERIFY(action(m_window.get(), u"actionDisableFlashCopy"_s)->isEnabled());
}

void TestFlashCopyGui::failedFlashCopyShowsAndRecreates()
{
    // A small base whose 8 MB repository overflows: the FlashCopy fails (policy "Fail FlashCopy logical drive").
    QVERIFY(m_ws->run(u"createLogicalDrive"_s,
                    {{u"arrayId"_s, m_ws->logicalDrive(u"Accounting"_s).arrayId}, {u"userLabel"_s, u"Small"_s},
                        {u"capacity"_s, 64 * MiB}})
                .ok());
    const ObjectId id = createFlashCopy(u"Small"_s, {{u"repositoryPercentOfBase"_s, 1}, {u"grainSize"_s, 4096}});
    QVERIFY(id != 0);
    QVERIFY(
        m_ws->run(u"writeLogicalDrive"_s,
                {{u"targets"_s, QJsonArray {u"Small"_s}}, {u"offset"_s, 0}, {u"length"_s, 20'000'000}, {u"seed"_s, 1}})
            .ok());
    QTRY_COMPARE(m_ws->config().flashCopies.value(id).status, FlashCopyStatus::Failed);
    QTRY_COMPARE(iconCacheKeyName(findText(model(), u"Small-1 (0.063 GB)"_s)), u"flashcopy-failed"_s);
    const QModelIndex node = findText(model(), u"Small-1 (0.063 GB)"_s);
    QCOMPARE(node.data(Qt::AccessibleTextRole).toString(), u"Small-1 (0.063 GB), FlashCopy of Small, Failed"_s);
    QVERIFY(node.data(Qt::ToolTipRole).toString().contains(u"Reason:"_s));
    const QModelIndex repository = findText(model(), u"Small-R1 (0.008 GB)"_s);
    const QString tip = repository.data(Qt::ToolTipRole).toString();
    QVERIFY2(QRegularExpression(u"Repository of Small-1, \\d+% used"_s).match(tip).hasMatch(), qPrintable(tip));
    QCOMPARE(iconCacheKeyName(repository), u"flashcopy-repository-warning"_s);

    select(u"Small-1 (0.063 GB)"_s);
    QVERIFY(!action(m_window.get(), u"actionDisableFlashCopy"_s)->isEnabled());
    // Conflict C2: Re-create is the remedy for a failed FlashCopy.
    trigger(u"actionRecreateFlashCopy"_s);
    QPointer<TypeYesDialog> dialog = m_window->findChild<TypeYesDialog*>();
    QVERIFY(dialog);
    QVERIFY(child<QLabel>(dialog, u"messageLabel"_s)->text().contains(u"It failed"_s));
    QTest::keyClicks(child<QLineEdit>(dialog, u"confirmLineEdit"_s), u"Yes"_s);
    click(dialog->okButton());
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m_ws->config().flashCopies.value(id).status, FlashCopyStatus::Optimal);
    QTRY_VERIFY(iconCacheKeyName(findText(model(), u"Small-1 (0.063 GB)"_s)).startsWith(u"flashcopy"_s));
    QTest::qWait(300); // the copy engine's notices of the re-create reach the configuration
    const bool exceeded = m_ws->config().flashCopies.value(id).thresholdExceeded;
    QVERIFY(
        m_ws->snapshot()->copies.value(id).repositoryUsed * 2 < m_ws->snapshot()->copies.value(id).repositoryCapacity);
    // The tree shows what the engine says...
    QTRY_COMPARE(iconCacheKeyName(findText(model(), u"Small-1 (0.063 GB)"_s)),
        exceeded ? u"flashcopy-warning"_s : u"flashcopy"_s);
    // ...and the engine should say that the emptied repository is below its threshold again.
    QVERIFY(!exceeded);
}

void TestFlashCopyGui::increaseRepositoryCapacity()
{
    const ObjectId id = createFlashCopy(u"Exchange"_s);
    QVERIFY(id != 0);
    QTRY_VERIFY(findText(model(), u"Exchange-R1 (8.000 GB)"_s).isValid());
    QAction* increase = action(m_window.get(), u"actionIncreaseCapacity"_s);
    // Neither the FlashCopy nor its base can grow; the action says why.
    select(u"Exchange-1 (40.000 GB)"_s);
    QVERIFY(!increase->isEnabled());
    QVERIFY(increase->toolTip().contains(u"increase its repository instead"_s));
    select(u"Exchange (40.000 GB)"_s);
    QVERIFY(!increase->isEnabled());
    QVERIFY(increase->toolTip().contains(u"base of FlashCopy logical drives"_s));

    select(u"Exchange-R1 (8.000 GB)"_s);
    trigger(u"actionIncreaseCapacity"_s);
    QPointer<IncreaseRepositoryCapacityDialog> dialog = m_window->findChild<IncreaseRepositoryCapacityDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Increase Repository Capacity"_s);
    QCOMPARE(child<QLabel>(dialog, u"repositoryLabel"_s)->text(), u"Exchange-R1"_s);
    QCOMPARE(child<QLabel>(dialog, u"flashCopyLabel"_s)->text(), u"Exchange-1"_s);
    QCOMPARE(child<QLabel>(dialog, u"baseLabel"_s)->text(), u"Exchange"_s);
    QCOMPARE(child<QLabel>(dialog, u"currentCapacityLabel"_s)->text(), u"8.000 GB"_s);
    QCOMPARE(child<QLabel>(dialog, u"freeCapacityLabel"_s)->text(), u"184.000 GB in Logical Drive Group 1 (RAID 5)"_s);
    auto* add = child<QDoubleSpinBox>(dialog, u"increaseSpinBox"_s);
    QCOMPARE(add->value(), 184.0); // prefilled with all the free capacity (spec §2.2.7)
    retype(add, u"200"_s);
    QVERIFY(!dialog->okButton()->isEnabled());
    retype(add, u"2"_s);
    click(dialog->okButton());

    // OK, type Yes, OK.
    QPointer<TypeYesDialog> confirm = dialog->findChild<TypeYesDialog*>();
    QVERIFY(confirm);
    QCOMPARE(confirm->windowTitle(), u"Increase Repository Capacity"_s);
    QVERIFY(child<QLabel>(confirm, u"messageLabel"_s)->text().contains(u"from 8.000 GB to 10.000 GB"_s));
    QCOMPARE(m_ws->logicalDrive(u"Exchange-R1"_s).capacity, 8 * GiB); // nothing yet
    QTest::keyClicks(child<QLineEdit>(confirm, u"confirmLineEdit"_s), u"Yes"_s);
    click(confirm->okButton());
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(confirm.isNull());
    // "Operation in Progress" until the capacity increase completes (spec §2.2.7, L4468-4472).
    QCOMPARE(m_ws->logicalDrive(u"Exchange-R1"_s).modification, ModificationOperation::CapacityIncrease);
    QTRY_COMPARE_WITH_TIMEOUT(m_ws->logicalDrive(u"Exchange-R1"_s).capacity, 10 * GiB, 30000);
    QTRY_COMPARE(m_ws->snapshot()->copies.value(id).repositoryCapacity, 10 * GiB);
    QTRY_COMPARE(tree()->currentIndex().data().toString(), u"Exchange-R1 (10.000 GB)"_s);
}

void TestFlashCopyGui::repositorySettingsInProperties()
{
    const ObjectId id = createFlashCopy(u"DataVol"_s);
    QVERIFY(id != 0);
    QTRY_VERIFY(findText(model(), u"DataVol-1 (8.000 GB)"_s).isValid());

    // The FlashCopy's own Properties: base, repository, status, creation timestamp.
    select(u"DataVol-1 (8.000 GB)"_s);
    trigger(u"actionLogicalDriveProperties"_s);
    QPointer<LogicalDrivePropertiesDialog> properties = m_window->findChild<LogicalDrivePropertiesDialog*>();
    QVERIFY(properties);
    QCOMPARE(properties->windowTitle(), u"FlashCopy Logical Drive Properties"_s);
    QCOMPARE(properties->value(u"Base logical drive"_s), u"DataVol"_s);
    QCOMPARE(properties->value(u"Repository logical drive"_s), u"DataVol-R1"_s);
    QCOMPARE(properties->value(u"FlashCopy status"_s), u"Optimal"_s);
    QVERIFY(!properties->value(u"Creation timestamp"_s).isEmpty());
    QVERIFY(properties->repositorySettings() != nullptr);
    properties->reject();
    QTRY_VERIFY(properties.isNull());

    // The repository's Properties, Capacity tab.
    select(u"DataVol-R1 (1.600 GB)"_s);
    trigger(u"actionLogicalDriveProperties"_s);
    properties = m_window->findChild<LogicalDrivePropertiesDialog*>();
    QVERIFY(properties);
    QCOMPARE(properties->windowTitle(), u"FlashCopy Repository Logical Drive - Properties"_s);
    QCOMPARE(properties->value(u"FlashCopy logical drive"_s), u"DataVol-1"_s);
    QTabWidget* tabs = properties->tabWidget();
    QCOMPARE(tabs->tabText(1), u"Capacity"_s);
    tabs->setCurrentIndex(1);
    RepositorySettingsWidget* settings = properties->repositorySettings();
    QVERIFY(settings);
    auto* threshold = child<QSpinBox>(settings, u"thresholdSpinBox"_s);
    auto* apply = child<QPushButton>(settings, u"applyButton"_s);
    QCOMPARE(threshold->value(), 50);
    QVERIFY(child<QRadioButton>(settings, u"failFlashCopyRadioButton"_s)->isChecked());
    QVERIFY(!apply->isEnabled());

    // Live usage: host writes to the base fill the repository while the window is open.
    QProgressBar* usage = settings->usageBar();
    const int usedBefore = usage->value();
    QVERIFY(usage->text().contains(u"of 1.600 GB used"_s));
    QVERIFY(
        m_ws->run(u"writeLogicalDrive"_s,
                {{u"targets"_s, QJsonArray {u"DataVol"_s}}, {u"offset"_s, 0}, {u"length"_s, 200 * MiB}, {u"seed"_s, 3}})
            .ok());
    QTRY_VERIFY(usage->value() > usedBefore + 100); // more than 10% more of the repository
    QVERIFY(usage->text().contains(u"(1"_s));       // "(12%)"-like: a two-digit percentage

    // Edit threshold and policy; Apply.
    retype(threshold, u"80"_s);
    QVERIFY(apply->isEnabled());
    click(child<QRadioButton>(settings, u"failBaseWritesRadioButton"_s));
    click(apply);
    QTRY_COMPARE(m_ws->config().flashCopies.value(id).warningThresholdPercent, 80);
    QCOMPARE(m_ws->config().flashCopies.value(id).fullPolicy, RepositoryFullPolicy::FailBaseWrites);
    QTRY_VERIFY(!apply->isEnabled());
    QVERIFY(settings->errorText().isEmpty());
    // The window follows changes made elsewhere (the CLI, another console).
    QVERIFY(m_ws->run(u"setLogicalDrive"_s,
                    {{u"id"_s, m_ws->logicalDrive(u"DataVol-R1"_s).id}, {u"warningThresholdPercent"_s, 5}})
                .ok());
    QTRY_COMPARE(threshold->value(), 5);
    QTRY_VERIFY(m_ws->config().flashCopies.value(id).thresholdExceeded);
    QTRY_VERIFY(child<QLabel>(settings, u"repositoryStateLabel"_s)->text().contains(u"warning threshold"_s));
    QTRY_COMPARE(iconCacheKeyName(findText(model(), u"DataVol-R1 (1.600 GB)"_s)), u"flashcopy-repository-warning"_s);
    QCOMPARE(iconCacheKeyName(findText(model(), u"DataVol-1 (8.000 GB)"_s)), u"flashcopy-warning"_s);
    properties->reject();
}

void TestFlashCopyGui::actionsExplainWhyUnavailable()
{
    QAction* create = action(m_window.get(), u"actionCreateFlashCopy"_s);
    // In the Logical Drive ▸ FlashCopy menu.
    QMenu* menu = m_window->findChild<QMenu*>(u"menuFlashCopy"_s);
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(create));
    QVERIFY(menu->actions().contains(action(m_window.get(), u"actionDisableFlashCopy"_s)));
    QVERIFY(menu->actions().contains(action(m_window.get(), u"actionRecreateFlashCopy"_s)));

    select(u"Logical Drive Group 1 (RAID 5)"_s);
    QVERIFY(!create->isEnabled());
    QVERIFY(create->statusTip().contains(u"Select the standard logical drive"_s));
    select(u"Payroll (10.000 GB)"_s);
    QVERIFY(create->isEnabled());

    // Four FlashCopies per base at most.
    for (int i = 0; i < 4; ++i) {
        QVERIFY(createFlashCopy(u"Payroll"_s) != 0);
    }
    QTRY_VERIFY(findText(model(), u"Payroll-4 (10.000 GB)"_s).isValid());
    select(u"Payroll (10.000 GB)"_s);
    QVERIFY(!create->isEnabled());
    QVERIFY2(create->toolTip().contains(u"already has 4 FlashCopy logical drives"_s), qPrintable(create->toolTip()));
    // A FlashCopy or a repository cannot be a base.
    select(u"Payroll-2 (10.000 GB)"_s);
    QVERIFY(!create->isEnabled());
    QVERIFY(create->toolTip().contains(u"only a standard logical drive"_s));
    select(u"Payroll-R2 (2.000 GB)"_s);
    QVERIFY(!create->isEnabled());
    QVERIFY(!action(m_window.get(), u"actionDisableFlashCopy"_s)->isEnabled());
    QVERIFY(action(m_window.get(), u"actionIncreaseCapacity"_s)->isEnabled());

    // Without the premium feature.
    QVERIFY(m_ws->run(u"disableFeature"_s, {{u"feature"_s, u"flashCopy"_s}}).ok());
    select(u"Accounting (20.000 GB)"_s);
    QTRY_VERIFY(!create->isEnabled());
    QVERIFY(create->statusTip().contains(u"premium feature is not enabled"_s));
    // Existing FlashCopies keep working.
    select(u"Payroll-1 (10.000 GB)"_s);
    QVERIFY(action(m_window.get(), u"actionDisableFlashCopy"_s)->isEnabled());
}

void TestFlashCopyGui::deleteFlashCopyAndBase()
{
    const ObjectId first = createFlashCopy(u"Accounting"_s);
    const ObjectId second = createFlashCopy(u"Accounting"_s);
    QVERIFY(first != 0 && second != 0);
    const ObjectId firstRepository = m_ws->config().flashCopies.value(first).repositoryId;
    QTRY_VERIFY(findText(model(), u"Accounting-2 (20.000 GB)"_s).isValid());

    // Delete a FlashCopy: its own confirmation, and the repository goes with it.
    select(u"Accounting-1 (20.000 GB)"_s);
    QTest::keyClick(tree(), Qt::Key_Delete);
    QPointer<TypeYesDialog> dialog = m_window->findChild<TypeYesDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Delete FlashCopy Logical Drive"_s);
    QVERIFY(
        child<QLabel>(dialog, u"messageLabel"_s)->text().contains(u"also deletes its repository \"Accounting-R1\""_s));
    QTest::keyClicks(child<QLineEdit>(dialog, u"confirmLineEdit"_s), u"Yes"_s);
    click(dialog->okButton());
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(!m_ws->config().logicalDrives.contains(first));
    QVERIFY(!m_ws->config().logicalDrives.contains(firstRepository));
    QTRY_VERIFY(!findText(model(), u"Accounting-1 (20.000 GB)"_s).isValid());
    QVERIFY(!findText(model(), u"Accounting-R1 (4.000 GB)"_s).isValid());

    // Delete the base: the confirmation warns that its FlashCopies go too.
    select(u"Accounting (20.000 GB)"_s);
    trigger(u"actionDeleteLogicalDrive"_s);
    dialog = m_window->findChild<TypeYesDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Delete Logical Drives"_s);
    const QString message = child<QLabel>(dialog, u"messageLabel"_s)->text();
    QVERIFY2(message.contains(u"base of 1 FlashCopy logical drive(s)"_s), qPrintable(message));
    QVERIFY(message.contains(u"\"Accounting-2\""_s));
    QTest::keyClicks(child<QLineEdit>(dialog, u"confirmLineEdit"_s), u"Yes"_s);
    click(dialog->okButton());
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(m_ws->logicalDrive(u"Accounting"_s).id == 0);
    QVERIFY(!m_ws->config().flashCopies.contains(second));
    QTRY_VERIFY(!findText(model(), u"Accounting-2 (20.000 GB)"_s).isValid());
}

QTEST_MAIN(TestFlashCopyGui)
#include "tst_flashcopygui.moc"
