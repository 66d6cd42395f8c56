// SPDX-License-Identifier: GPL-3.0-or-later
// Remote mirroring in the console, driven like a user on a real engine: the Activate wizard by clicking (with the
// status area's Remote Mirror icon following the four option states, and RAID 1's odd drive count refused on
// Apply); the acceptance run — the Create Remote Mirror wizard by clicking, Synchronization-in-Progress then
// Synchronized in the pair panes, the link cut in Simulation ▸ Remote Mirror Link, a write going Unsynchronized with
// Needs Attention, the link restored, Resume through "Resume Mirrored Pair", Synchronized again and equal checksums;
// role changes by clicking, with the link up (roles swap in both panes) and down (the proceed-anyway error, Dual
// Secondary and "Dual-role conflict detected"); the wizard's remote list, write mode checkbox and Error 158 candidate;
// the Communication Test's Passed with Caution; consistency groups acting together; the Logical view's badges and
// sub-nodes and the Mirroring tab; disabled actions saying why; and the pair model under QAbstractItemModelTester with
// a progress tick updating one row in place.
#include "common/texts.h"
#include "dialogs/messagebox.h"
#include "guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/statusarea.h"
#include "models/eventlogmodel.h"
#include "models/storagemodels.h"
#include "panels/ds4000/dialogs/mirrordialogs.h"
#include "panels/ds4000/dialogs/mirrorlinkdialogs.h"
#include "panels/ds4000/dialogs/premiumfeaturedialogs.h"
#include "panels/ds4000/dialogs/propertiesdialogs.h"
#include "panels/ds4000/dialogs/volumecopydialogs.h"
#include "panels/ds4000/remotemirrors/mirroractions.h"
#include "panels/ds4000/remotemirrors/mirrorpairmodel.h"
#include "panels/ds4000/remotemirrors/remotemirrorswindow.h"
#include "panels/ds4000/wizards/activatemirrorwizard.h"
#include "panels/ds4000/wizards/createmirrorpages.h"
#include "panels/ds4000/wizards/createmirrorwizard.h"
#include "util/bytesize.h"
#include "views/eventlogview.h"
#include "views/logicalphysicalview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

// A loaded two-core machine runs the engine's replication threads beside the GUI: give every QTRY_* 30 s instead of
// QtTest's 5 s (a condition that holds returns at once, so only a real failure waits the whole time).
#undef QTRY_VERIFY
#define QTRY_VERIFY(expr) QTRY_VERIFY_WITH_TIMEOUT(expr, 30000)
#undef QTRY_VERIFY2
#define QTRY_VERIFY2(expr, messageExpression) QTRY_VERIFY2_WITH_TIMEOUT(expr, messageExpression, 30000)
#undef QTRY_COMPARE
#define QTRY_COMPARE(expr, expected) QTRY_COMPARE_WITH_TIMEOUT(expr, expected, 30000)

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using GuiTest::action;
using GuiTest::findText;

namespace
{

const QString kPrimary = u"Primary Site"_s;
const QString kSecondary = u"Secondary Site"_s;

void clickIndex(QAbstractItemView* view, const QModelIndex& index, Qt::KeyboardModifiers modifiers = {})
{
    QVERIFY(index.isValid());
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
}

void click(QAbstractButton* button)
{
    QVERIFY(button != nullptr);
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName() + u": "_s + button->text()));
    // A radio button or a check box reacts to clicks on its indicator and text only, not on the empty rest of its
    // row (a layout stretches it across the page): click on the indicator, and check that the click took.
    const bool radio = qobject_cast<QRadioButton*>(button) != nullptr;
    const bool box = qobject_cast<QCheckBox*>(button) != nullptr;
    const bool checked = button->isChecked();
    QTest::mouseClick(button, Qt::LeftButton, {}, radio || box ? QPoint(8, button->height() / 2) : QPoint());
    if (radio) {
        QVERIFY2(button->isChecked(), qPrintable(button->objectName()));
    } else if (box) {
        QVERIFY2(button->isChecked() != checked, qPrintable(button->objectName()));
    }
}

using GuiTest::retype;

/** Picks @p text in @p combo with the keyboard, as a user tabbing through the form would. */
void chooseByKeyboard(QComboBox* combo, const QString& text)
{
    QVERIFY(combo != nullptr);
    const int wanted = combo->findText(text);
    QVERIFY2(wanted >= 0, qPrintable(text));
    combo->setFocus();
    while (combo->currentIndex() < wanted) {
        QTest::keyClick(combo, Qt::Key_Down);
    }
    while (combo->currentIndex() > wanted) {
        QTest::keyClick(combo, Qt::Key_Up);
    }
    QCOMPARE(combo->currentText(), text);
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

void clickRow(QTableWidget* table, const QString& text, Qt::KeyboardModifiers modifiers = {})
{
    const int row = tableRow(table, text);
    QVERIFY2(row >= 0, qPrintable(text));
    table->scrollToItem(table->item(row, 0));
    QTest::mouseClick(
        table->viewport(), Qt::LeftButton, modifiers, table->visualItemRect(table->item(row, 0)).center());
}

template <typename T>
T* waitForChild(QObject* parent, const QString& name = {})
{
    T* found = nullptr;
    (void)QTest::qWaitFor(
        [&]() {
            found = nullptr;
            for (T* candidate : parent->findChildren<T*>(name)) {
                if (candidate->isVisible()) {
                    found = candidate;
                }
            }
            return found != nullptr;
        },
        30000);
    return found;
}

/** A model snapshot for the pair model tests: three pairs of subsystem 1 (drives 10..) with partners on 2 (20..). */
SnapshotPtr modelSnapshot(
    const QList<MirrorStatus>& statuses, const QHash<ObjectId, MirrorRuntime>& runtime, quint64 revision)
{
    auto s = std::make_shared<Snapshot>();
    s->revision = revision;
    for (const ObjectId id : {ObjectId(1), ObjectId(2)}) {
        Subsystem sub;
        sub.id = id;
        sub.name = id == 1 ? u"Left"_s : u"Right"_s;
        sub.model = u"DS4800"_s;
        s->config.subsystems.insert(id, sub);
    }
    for (int i = 0; i < statuses.size(); ++i) {
        for (const ObjectId id : {ObjectId(10 + i), ObjectId(20 + i)}) {
            LogicalDrive ld;
            ld.id = id;
            ld.subsystemId = id < 20 ? 1 : 2;
            ld.name = (id < 20 ? u"Source %1"_s : u"Mirror %1"_s).arg(i);
            ld.capacity = GiB;
            ld.currentOwner = u"A"_s;
            s->config.logicalDrives.insert(id, ld);
        }
        Mirror p;
        p.id = 10 + i;
        p.subsystemId = 1;
        p.pairId = 100 + i;
        p.remoteSubsystemId = 2;
        p.remoteDriveId = 20 + i;
        p.status = statuses.at(i);
        Mirror q = p;
        q.id = 20 + i;
        q.subsystemId = 2;
        q.remoteSubsystemId = 1;
        q.remoteDriveId = 10 + i;
        q.role = MirrorRole::Secondary;
        s->config.mirrors.insert(p.id, p);
        s->config.mirrors.insert(q.id, q);
    }
    s->mirrors = runtime;
    return s;
}

} // namespace

class TestMirrorGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void activateThroughWizardFollowsTheStatusArea();
    void acceptanceCreateCutResumeByClicking();
    void roleChangesByClicking();
    void wizardOffersOnlyActivatedRemotesAndExplainsCandidates();
    void communicationTestPassedWithCaution();
    void verifyMirrorByClicking();
    void consistencyGroupActsTogether();
    void logicalViewBadgesAndMirroringTab();
    void disabledActionsSayWhy();
    void pairModelUpdatesRowsInPlace();

private:
    QTreeView* tree() const { return m_window->logicalPhysicalView()->logicalTree(); }
    QAbstractItemModel* treeModel() const { return tree()->model(); }
    QModelIndex treeNode(const QString& name, const QString& subsystem = kPrimary) const
    {
        return findText(treeModel(), Texts::withCapacity(name, m_ws->logicalDrive(name, subsystem).capacity));
    }
    void selectInTree(const QString& name, const QString& subsystem = kPrimary)
    {
        QModelIndex index;
        QTRY_VERIFY((index = treeNode(name, subsystem)).isValid());
        clickIndex(tree(), index);
    }
    void trigger(QWidget* window, const QString& name)
    {
        QAction* a = action(window, name);
        QVERIFY2(a != nullptr, qPrintable(name));
        QVERIFY2(a->isEnabled(), qPrintable(name + u": "_s + a->toolTip()));
        a->trigger();
    }
    QString keyFile(const QString& which) const
    {
        return QDir(m_ws->path()).filePath(u"keys/%1-remoteMirror.key"_s.arg(which));
    }
    void enableByCommand(const QString& subsystem);
    void activateByCommand(const QString& subsystem);
    /** Storage Subsystem ▸ Remote Mirroring ▸ Activate on the shown subsystem, free capacity of the first array. */
    void activateWithWizard();
    void createDrive(const QString& name, qint64 capacity, const QString& subsystem, qint64 data = 0);
    void mirror(const QString& primary, const QString& secondary, const QJsonObject& options = {});
    void setLink(const QJsonObject& settings);
    MirrorStatus status(const QString& name, const QString& subsystem = kPrimary) const;
    const Mirror* record(const QString& name, const QString& subsystem = kPrimary) const
    {
        return m_ws->config().mirrorOf(m_ws->logicalDrive(name, subsystem).id);
    }
    RemoteMirrorsWindow* openRemoteMirrors();
    /** The pane cell of @p name's record (in its subsystem's pane). */
    QString paneCell(RemoteMirrorsWindow* window, const QString& name, const QString& subsystem, int column) const;
    void clickRecord(RemoteMirrorsWindow* window, const QString& name, const QString& subsystem);
    RemoteMirrorLinkDialog* openLinkFromSimulationMenu();
    void setPathsInDialog(RemoteMirrorLinkDialog* dialog, const QString& state);
    QString checksum(const QString& name, const QString& subsystem);
    /** Creates Ledger (primary, 64 MiB with data) → Ledger 2 through the wizard, by clicking. */
    void createMirrorWithWizard(const QString& primary, const QString& secondary);

    std::unique_ptr<GuiTest::Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

void TestMirrorGui::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestMirrorGui::init()
{
    m_ws = std::make_unique<GuiTest::Workspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
    m_window = GuiTest::openMainWindow(*m_ws);
    QVERIFY(m_window);
}

void TestMirrorGui::cleanup()
{
    m_window.reset();
    m_ws.reset();
}

void TestMirrorGui::enableByCommand(const QString& subsystem)
{
    const CommandResult r = m_ws->run(
        u"enableFeature"_s, {{u"file"_s, keyFile(subsystem == kPrimary ? u"primary"_s : u"secondary"_s)}}, subsystem);
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
}

void TestMirrorGui::activateByCommand(const QString& subsystem)
{
    const CommandResult r = m_ws->run(u"activateRemoteMirror"_s, {{u"feature"_s, u"remoteMirror"_s}}, subsystem);
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
}

void TestMirrorGui::activateWithWizard()
{
    trigger(m_window.get(), u"actionActivateRemoteMirror"_s);
    QPointer<ActivateMirrorWizard> wizard = waitForChild<ActivateMirrorWizard>(m_window.get());
    QVERIFY(wizard);
    QCOMPARE(wizard->windowTitle(), u"Activate Remote Logical Drive Mirroring"_s);
    QCOMPARE(wizard->currentPage()->title(), u"Activate Remote Logical Drive Mirroring - Introduction"_s);
    auto* intro = qobject_cast<ActivateIntroductionPage*>(wizard->currentPage());
    QVERIFY(intro);
    QVERIFY(intro->freeCapacityRadio()->isChecked());
    QCOMPARE(GuiTest::mnemonicConflicts(wizard), QStringList()); // Alt+N was both "Create a new array" and Next
    QTableWidget* arrays = intro->arrayTable();
    clickRow(arrays, u"Logical Drive Group 1 (RAID 5)"_s);
    QCOMPARE(intro->arrayId(), m_ws->logicalDrive(u"Accounting"_s).arrayId);
    click(wizard->button(QWizard::NextButton));
    QCOMPARE(wizard->currentId(), static_cast<int>(ActivateMirrorWizard::PreviewPageId));
    auto* preview = qobject_cast<ActivatePreviewPage*>(wizard->currentPage());
    QVERIFY(preview->summaryText().contains(u"CTL A Mirror Repository (0.125 GB)"_s));
    QVERIFY(preview->summaryText().contains(u"Logical Drive Group 1 (RAID 5)"_s));
    click(wizard->button(QWizard::FinishButton));
    QTRY_VERIFY(wizard->completedDialog() != nullptr);
    QCOMPARE(wizard->completedDialog()->windowTitle(), u"Activate Remote Logical Drive Mirroring - Completed"_s);
    click(wizard->completedDialog()->findChild<QPushButton*>(u"okButton"_s));
    QTRY_VERIFY(wizard.isNull());
}

void TestMirrorGui::createDrive(const QString& name, qint64 capacity, const QString& subsystem, qint64 data)
{
    const CommandResult r = m_ws->createDrive(name, capacity, subsystem, data, 3);
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
}

void TestMirrorGui::mirror(const QString& primary, const QString& secondary, const QJsonObject& options)
{
    QJsonObject args {
        {u"primary"_s, primary}, {u"secondary"_s, secondary}, {u"remoteStorageSubsystemName"_s, kSecondary}};
    for (auto it = options.begin(); it != options.end(); ++it) {
        args.insert(it.key(), it.value());
    }
    const CommandResult r = m_ws->run(u"createRemoteMirror"_s, args);
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
}

void TestMirrorGui::setLink(const QJsonObject& settings)
{
    QJsonObject args {{u"remoteStorageSubsystemName"_s, kSecondary}};
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        args.insert(it.key(), it.value());
    }
    const CommandResult r = m_ws->run(u"setRemoteMirrorLink"_s, args);
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
}

MirrorStatus TestMirrorGui::status(const QString& name, const QString& subsystem) const
{
    const Mirror* m = record(name, subsystem);
    return m ? m->status : MirrorStatus::Unresponsive;
}

RemoteMirrorsWindow* TestMirrorGui::openRemoteMirrors()
{
    QAction* a = m_window->mirrorActions()->remoteMirrorsAction();
    auto* menu = m_window->findChild<QMenu*>(u"menuRemoteMirroring"_s);
    if (menu == nullptr || !menu->actions().contains(a) || !a->isEnabled()) {
        qWarning("Remote Mirrors is not in Logical Drive ▸ Remote Mirroring, or disabled");
        return nullptr;
    }
    a->trigger();
    RemoteMirrorsWindow* window = m_window->remoteMirrors();
    if (window == nullptr || !QTest::qWaitForWindowExposed(window)) {
        return nullptr;
    }
    // It fits the screen (it once opened 1720 px wide, past a 1366x768 laptop's screen).
    if (const QRect screen = window->screen()->availableGeometry(); !screen.contains(window->geometry())) {
        qWarning("Remote Mirrors (%d x %d at %d, %d) does not fit the screen (%d x %d)", window->width(),
            window->height(), window->x(), window->y(), screen.width(), screen.height());
        return nullptr;
    }
    return window;
}

QString TestMirrorGui::paneCell(
    RemoteMirrorsWindow* window, const QString& name, const QString& subsystem, int column) const
{
    const ObjectId id = m_ws->logicalDrive(name, subsystem).id;
    MirrorPairFilterModel* pane = window->paneModel(m_ws->subsystemId(subsystem));
    if (pane == nullptr) {
        return {};
    }
    return pane->mapFromSource(window->model()->indexOf(id, column)).data().toString();
}

void TestMirrorGui::clickRecord(RemoteMirrorsWindow* window, const QString& name, const QString& subsystem)
{
    const ObjectId subsystemId = m_ws->subsystemId(subsystem);
    QTableView* pane = window->pane(subsystemId);
    QVERIFY(pane);
    const QModelIndex index = window->paneModel(subsystemId)
                                  ->mapFromSource(window->model()->indexOf(m_ws->logicalDrive(name, subsystem).id));
    clickIndex(pane, index);
    QCOMPARE(window->activeSubsystem(), subsystemId);
    QCOMPARE(window->selectedRecords(), QList<ObjectId> {m_ws->logicalDrive(name, subsystem).id});
}

RemoteMirrorLinkDialog* TestMirrorGui::openLinkFromSimulationMenu()
{
    auto* simulation = m_window->findChild<QMenu*>(u"simulationMenu"_s);
    QAction* a = m_window->mirrorActions()->linkAction();
    if (simulation == nullptr || !simulation->actions().contains(a)) {
        qWarning("Remote Mirror Link… is not in the Simulation menu");
        return nullptr;
    }
    if (!a->isEnabled()) {
        qWarning("%s", qPrintable(a->toolTip()));
        return nullptr;
    }
    a->trigger();
    return waitForChild<RemoteMirrorLinkDialog>(m_window.get());
}

void TestMirrorGui::setPathsInDialog(RemoteMirrorLinkDialog* dialog, const QString& state)
{
    const ObjectId link = dialog->linkIds().value(0);
    chooseByKeyboard(dialog->pathCombo(link, u"A"_s), state);
    chooseByKeyboard(dialog->pathCombo(link, u"B"_s), state);
    click(dialog->applyButton());
    const LinkPathState wanted = *parseEnum<LinkPathState>(state);
    QTRY_COMPARE(m_ws->config().mirrorLinks.value(link).pathA, wanted);
    QTRY_COMPARE(m_ws->config().mirrorLinks.value(link).pathB, wanted);
    QTRY_VERIFY(!dialog->isBusy());
    QCOMPARE(dialog->errorText(), QString());
}

QString TestMirrorGui::checksum(const QString& name, const QString& subsystem)
{
    const CommandResult r
        = m_ws->run(u"checksumLogicalDrive"_s, {{u"id"_s, m_ws->logicalDrive(name, subsystem).id}}, subsystem);
    return r.ok() ? r.data.value(u"sha256"_s).toString() : QString();
}

void TestMirrorGui::createMirrorWithWizard(const QString& primary, const QString& secondary)
{
    // Logical Drive ▸ Remote Mirroring ▸ Create on the primary selected in the tree.
    selectInTree(primary);
    auto* menu = m_window->findChild<QMenu*>(u"menuRemoteMirroring"_s);
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(action(m_window.get(), u"actionCreateRemoteMirror"_s)));
    trigger(m_window.get(), u"actionCreateRemoteMirror"_s);
    QPointer<CreateMirrorWizard> wizard = waitForChild<CreateMirrorWizard>(m_window.get());
    QVERIFY(wizard);
    QCOMPARE(wizard->windowTitle(), u"Create Remote Mirror"_s);
    QCOMPARE(wizard->currentPage()->title(), u"Create Remote Mirror - Introduction"_s);
    QCOMPARE(wizard->primaryId(), m_ws->logicalDrive(primary).id);
    click(wizard->button(QWizard::NextButton));

    // Select Remote Storage Subsystem: the only Enabled/Activated one, selected.
    QCOMPARE(wizard->currentPage()->title(), u"Select Remote Storage Subsystem"_s);
    auto* remotes = wizard->currentPage()->findChild<QTableWidget*>(u"remoteSubsystemTableWidget"_s);
    QCOMPARE(remotes->rowCount(), 1);
    QCOMPARE(remotes->item(0, 0)->text(), u"Storage Subsystem Secondary Site"_s);
    clickRow(remotes, u"Storage Subsystem Secondary Site"_s);
    click(wizard->button(QWizard::NextButton));

    // Select Secondary Logical Drive: the candidates from showRemoteMirrorCandidates.
    QCOMPARE(wizard->currentPage()->title(), u"Select Secondary Logical Drive"_s);
    QTRY_VERIFY(wizard->candidatesLoaded());
    auto* candidates = wizard->currentPage()->findChild<QTableWidget*>(u"secondaryTableWidget"_s);
    QTRY_VERIFY(tableRow(candidates, secondary) >= 0);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    clickRow(candidates, secondary);
    QCOMPARE(wizard->secondaryId(), m_ws->logicalDrive(secondary, kSecondary).id);
    click(wizard->button(QWizard::NextButton));

    // Set Write Mode: Synchronous by default; the consistency group only for Asynchronous.
    QCOMPARE(wizard->currentPage()->title(), u"Set Write Mode"_s);
    auto* writeMode = qobject_cast<WriteModePage*>(wizard->currentPage());
    QVERIFY(writeMode->synchronousRadio()->isChecked());
    QVERIFY(!writeMode->consistencyCheckBox()->isEnabled());
    click(wizard->button(QWizard::NextButton));

    // Select Synchronization Settings: Medium, one step right is High; Manual (recommended).
    QCOMPARE(wizard->currentPage()->title(), u"Select Synchronization Settings"_s);
    auto* sync = qobject_cast<SyncSettingsPage*>(wizard->currentPage());
    auto* slider = sync->findChild<QSlider*>(u"syncPrioritySlider"_s);
    QCOMPARE(slider->value(), static_cast<int>(CopyPriority::Medium));
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(wizard->priority(), CopyPriority::High);
    QVERIFY(sync->manualRadio()->isChecked());
    QVERIFY(sync->manualRadio()->text().contains(u"recommended"_s));
    click(wizard->button(QWizard::NextButton));

    // Preview: the direction in words.
    QCOMPARE(wizard->currentPage()->title(), u"Preview"_s);
    auto* preview = qobject_cast<MirrorPreviewPage*>(wizard->currentPage());
    QCOMPARE(preview->value(u"Direction"_s),
        u"Data is copied from Storage Subsystem Primary Site to Storage Subsystem Secondary Site."_s);
    QCOMPARE(preview->value(u"Write mode"_s), u"Synchronous (Metro Mirroring)"_s);
    QCOMPARE(preview->value(u"Synchronization priority"_s), u"High"_s);
    QCOMPARE(preview->value(u"Resynchronization method"_s), u"Manual"_s);
    QVERIFY(preview->warningText().contains(u"will be overwritten"_s));
    click(wizard->button(QWizard::FinishButton));

    // "Create another?" — No — Completed — OK.
    QTRY_VERIFY(wizard->anotherDialog() != nullptr);
    QVERIFY(wizard->anotherDialog()->findChild<QLabel*>(u"messageLabel"_s)->text().contains(u"another mirror"_s));
    click(wizard->anotherDialog()->findChild<QPushButton*>(u"noButton"_s));
    QTRY_VERIFY(wizard->completedDialog() != nullptr);
    QCOMPARE(wizard->completedDialog()->windowTitle(), u"Create Remote Mirror - Completed"_s);
    click(wizard->completedDialog()->findChild<QPushButton*>(u"okButton"_s));
    QTRY_VERIFY(wizard.isNull());
    const Mirror* m = record(primary);
    QVERIFY(m != nullptr);
    QCOMPARE(m->remoteDriveId, m_ws->logicalDrive(secondary, kSecondary).id);
    QCOMPARE(m->syncPriority, CopyPriority::High);
    QCOMPARE(m->writeMode, MirrorWriteMode::Synchronous);
    QVERIFY(!m->autoResync);
}

// ---------------------------------------------------------------------------------------------------------------

void TestMirrorGui::activateThroughWizardFollowsTheStatusArea()
{
    QLabel* icon = m_window->statusArea()->featureLabel(PremiumFeature::RemoteMirror);
    QTRY_COMPARE(icon->toolTip(), u"Remote Logical Drive Mirroring - Disabled/Deactivated"_s);
    QAction* activate = action(m_window.get(), u"actionActivateRemoteMirror"_s);
    QVERIFY(!activate->isEnabled());
    QVERIFY2(activate->toolTip().contains(u"enable the premium feature"_s), qPrintable(activate->toolTip()));
    auto* menu = m_window->findChild<QMenu*>(u"menuSubsystemRemoteMirroring"_s);
    QVERIFY(menu && menu->actions().contains(activate));

    // Enable through Storage Subsystem ▸ Premium Features ▸ Enable with the key file.
    trigger(m_window.get(), u"actionEnablePremiumFeature"_s);
    QPointer<EnablePremiumFeatureDialog> enable = waitForChild<EnablePremiumFeatureDialog>(m_window.get());
    QVERIFY(enable);
    QTest::keyClicks(enable->findChild<QLineEdit*>(u"keyFileLineEdit"_s), keyFile(u"primary"_s));
    click(enable->okButton());
    QTRY_VERIFY(enable.isNull());
    QTRY_COMPARE(icon->toolTip(), u"Remote Logical Drive Mirroring - Enabled/Deactivated"_s);
    QTRY_VERIFY(activate->isEnabled());

    // The new-array path: RAID 1 with three drives is refused on Apply.
    activate->trigger();
    QPointer<ActivateMirrorWizard> wizard = waitForChild<ActivateMirrorWizard>(m_window.get());
    QVERIFY(wizard);
    auto* intro = qobject_cast<ActivateIntroductionPage*>(wizard->currentPage());
    click(intro->newArrayRadio());
    click(wizard->button(QWizard::NextButton));
    QCOMPARE(wizard->currentPage()->title(), u"Create New Array"_s);
    auto* newArray = qobject_cast<ActivateNewArrayPage*>(wizard->currentPage());
    chooseByKeyboard(newArray->raidComboBox(), u"RAID 1"_s);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled()); // Automatic picks two drives
    click(newArray->manualRadio());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QTableWidget* drives = newArray->driveTable();
    QVERIFY(drives->rowCount() >= 3);
    QTest::mouseClick(drives->viewport(), Qt::LeftButton, {}, drives->visualItemRect(drives->item(0, 0)).center());
    QTest::mouseClick(
        drives->viewport(), Qt::LeftButton, Qt::ControlModifier, drives->visualItemRect(drives->item(1, 0)).center());
    QTest::mouseClick(
        drives->viewport(), Qt::LeftButton, Qt::ControlModifier, drives->visualItemRect(drives->item(2, 0)).center());
    click(newArray->applyButton());
    QVERIFY2(newArray->errorText().contains(u"RAID 1"_s), qPrintable(newArray->errorText()));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    click(wizard->button(QWizard::CancelButton));
    QTRY_VERIFY(wizard.isNull());

    // Free capacity of Logical Drive Group 1: two repositories of 128 MB, the icon turns green.
    activateWithWizard();
    QTRY_COMPARE(icon->toolTip(), u"Remote Logical Drive Mirroring - Enabled/Activated"_s);
    QTRY_VERIFY(treeNode(u"CTL A Mirror Repository"_s).isValid());
    QCOMPARE(treeNode(u"CTL A Mirror Repository"_s).data().toString(), u"CTL A Mirror Repository (0.125 GB)"_s);
    QCOMPARE(treeNode(u"CTL B Mirror Repository"_s).data().toString(), u"CTL B Mirror Repository (0.125 GB)"_s);
    QVERIFY(treeNode(u"CTL A Mirror Repository"_s).data(StatusRole).toString().contains(u"controller A"_s));
    QVERIFY(!activate->isEnabled());
    QVERIFY(activate->toolTip().contains(u"already activated"_s));

    // Deactivate with its confirmation: Enabled/Deactivated again, the repositories gone.
    QAction* deactivate = action(m_window.get(), u"actionDeactivateRemoteMirror"_s);
    QTRY_VERIFY(deactivate->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::No);
    deactivate->trigger();
    QVERIFY(MessageBox::lastText().contains(u"mirror repository logical drives are deleted"_s));
    QTest::qWait(200);
    QVERIFY(m_ws->config().subsystems.value(m_ws->subsystemId()).remoteMirrorActivated);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    deactivate->trigger();
    QTRY_COMPARE(icon->toolTip(), u"Remote Logical Drive Mirroring - Enabled/Deactivated"_s);
    QTRY_VERIFY(!treeNode(u"CTL A Mirror Repository"_s).isValid());

    // Disabled/Activated shows the green cylinder with the red slash; its tooltip says so.
    activateWithWizard();
    QVERIFY(m_ws->run(u"disableFeature"_s, {{u"feature"_s, u"remoteMirror"_s}}).ok());
    QTRY_COMPARE(icon->toolTip(), u"Remote Logical Drive Mirroring - Disabled/Activated"_s);
}

void TestMirrorGui::acceptanceCreateCutResumeByClicking()
{
    // Both sites Enabled/Activated: the Primary Site with the console's wizard, the Secondary Site by command.
    enableByCommand(kPrimary);
    enableByCommand(kSecondary);
    activateByCommand(kSecondary);
    QTRY_VERIFY(action(m_window.get(), u"actionActivateRemoteMirror"_s)->isEnabled());
    activateWithWizard();
    createDrive(u"Ledger"_s, 64 * MiB, kPrimary, 24 * MiB);
    createDrive(u"Ledger 2"_s, 64 * MiB, kSecondary);

    // A slow link through Simulation ▸ Remote Mirror Link, so the synchronization can be watched.
    QPointer<RemoteMirrorLinkDialog> link = openLinkFromSimulationMenu();
    QVERIFY(link);
    QCOMPARE(link->windowTitle(), u"Remote Mirror Link"_s);
    const ObjectId linkId = link->linkIds().value(0);
    QVERIFY(linkId != 0);
    retype(link->bandwidthSpinBox(linkId), u"8"_s);
    // Over a real TCP connection (issue 17): the same pair panes, progress and bytes follow.
    chooseByKeyboard(link->transportCombo(linkId), u"TCP"_s);
    click(link->applyButton());
    QTRY_COMPARE(m_ws->config().mirrorLinks.value(linkId).bandwidth, 8 * MiB);
    QTRY_COMPARE(m_ws->config().mirrorLinks.value(linkId).transport, LinkTransport::Tcp);
    QTRY_VERIFY_WITH_TIMEOUT(link->bytesSentLabel(linkId)->text().contains(u"over TCP to 127.0.0.1:"_s), 10000);
    QTRY_VERIFY(link->liveLabel(linkId, u"A"_s)->text() == u"carrying frames"_s);

    createMirrorWithWizard(u"Ledger"_s, u"Ledger 2"_s);

    // The pair panes: Synchronization-in-Progress with a progress bar that never goes backwards, then Synchronized.
    RemoteMirrorsWindow* panes = openRemoteMirrors();
    QVERIFY(panes);
    QCOMPARE(panes->windowTitle(), u"Remote Mirrors"_s);
    QCOMPARE(panes->paneSubsystems(), (QList<ObjectId> {m_ws->subsystemId(kPrimary), m_ws->subsystemId(kSecondary)}));
    QVERIFY(paneCell(panes, u"Ledger"_s, kPrimary, MirrorPairModel::StatusColumn)
                .startsWith(u"Synchronization-in-Progress"_s));
    QCOMPARE(paneCell(panes, u"Ledger"_s, kPrimary, MirrorPairModel::RoleColumn), u"Primary"_s);
    QCOMPARE(paneCell(panes, u"Ledger"_s, kPrimary, MirrorPairModel::RemoteDriveColumn), u"Ledger 2"_s);
    QCOMPARE(paneCell(panes, u"Ledger 2"_s, kSecondary, MirrorPairModel::RoleColumn), u"Secondary"_s);
    QCOMPARE(
        paneCell(panes, u"Ledger"_s, kPrimary, MirrorPairModel::WriteModeColumn), u"Synchronous (Metro Mirroring)"_s);
    const ObjectId ledger = m_ws->logicalDrive(u"Ledger"_s).id;
    double last = -1;
    bool sawProgress = false;
    bool sawRate = false;
    QElapsedTimer timer;
    timer.start();
    while (status(u"Ledger"_s) == MirrorStatus::Synchronizing && timer.elapsed() < 60000) {
        const QModelIndex progress = panes->model()->indexOf(ledger, MirrorPairModel::ProgressColumn);
        const double percent = progress.data(ProgressRole).toDouble();
        if (panes->model()->rowById(ledger)->status == MirrorStatus::Synchronizing && percent >= 0) {
            QVERIFY2(percent >= last, qPrintable(u"%1 < %2"_s.arg(percent).arg(last)));
            last = percent;
            sawProgress = sawProgress || (percent > 0 && percent < 100);
            sawRate = sawRate || !paneCell(panes, u"Ledger"_s, kPrimary, MirrorPairModel::RateColumn).isEmpty();
        }
        QTest::qWait(100);
    }
    QVERIFY(sawProgress);
    QVERIFY(sawRate);
    QTRY_COMPARE_WITH_TIMEOUT(
        paneCell(panes, u"Ledger"_s, kPrimary, MirrorPairModel::StatusColumn), u"Synchronized"_s, 60000);
    QTRY_COMPARE(paneCell(panes, u"Ledger 2"_s, kSecondary, MirrorPairModel::StatusColumn), u"Synchronized"_s);
    QCOMPARE(paneCell(panes, u"Ledger"_s, kPrimary, MirrorPairModel::ProgressColumn), QString());
    QCOMPARE(checksum(u"Ledger"_s, kPrimary), checksum(u"Ledger 2"_s, kSecondary));

    // Cut the link in the Remote Mirror Link dialog; the next write finds it down.
    link->activateWindow();
    setPathsInDialog(link, u"Down"_s);
    QTRY_COMPARE(link->liveLabel(linkId, u"A"_s)->text(), u"no frames"_s);
    QVERIFY(m_ws->run(u"writeLogicalDrive"_s,
                    {{u"id"_s, ledger}, {u"offset"_s, 40 * MiB}, {u"length"_s, MiB}, {u"seed"_s, 9}})
                .ok());
    QTRY_COMPARE(paneCell(panes, u"Ledger"_s, kPrimary, MirrorPairModel::StatusColumn), u"Unsynchronized"_s);
    QCOMPARE(paneCell(panes, u"Ledger"_s, kPrimary, MirrorPairModel::LinkColumn), u"Down"_s);
    QVERIFY(panes->model()->indexOf(ledger).data(AttentionRole).toBool());
    // Needs Attention: the subsystem, its Logical view root and the panes' banner.
    QTRY_VERIFY(m_ws->snapshot()->needsAttention.value(m_ws->subsystemId(kPrimary)));
    QTRY_VERIFY(
        panes->attentionText().contains(u"Ledger on Primary Site is Unsynchronized: restore the link, then Resume"_s));
    QTRY_COMPARE(treeModel()->index(0, 0).data(StatusRole).toString(), u"Needs Attention"_s);
    QVERIFY(treeNode(u"Ledger"_s).data(AttentionRole).toBool());
    QCOMPARE(treeNode(u"Ledger"_s).data(OverlayRole).toString(), u"overlay-mirror-unsynchronized"_s);
    QVERIFY(paneCell(panes, u"Ledger"_s, kPrimary, MirrorPairModel::OutOfSyncColumn) == u"1.0 MB"_s
        || paneCell(panes, u"Ledger"_s, kPrimary, MirrorPairModel::OutOfSyncColumn).endsWith(u"MB"_s));

    // Resume refuses while the link is down (the engine says why in the progress window)...
    clickRecord(panes, u"Ledger"_s, kPrimary);
    QAction* resume = panes->actions()->resumeAction();
    QVERIFY2(resume->isEnabled(), qPrintable(resume->toolTip()));
    // ...so restore the link first, then Resume through "Resume Mirrored Pair".
    link->activateWindow();
    setPathsInDialog(link, u"Up"_s);
    link->close();
    QTest::qWait(500);
    QCOMPARE(status(u"Ledger"_s), MirrorStatus::Unsynchronized); // Manual: waits for Resume
    panes->activateWindow();
    resume->trigger();
    QPointer<SuspendResumeMirrorDialog> dialog = waitForChild<SuspendResumeMirrorDialog>(panes);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Resume Mirrored Pair"_s);
    QCOMPARE(dialog->table()->selectedIds(), QList<ObjectId> {ledger});
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(dialog->actionButton());
    QVERIFY(
        MessageBox::lastText().contains(u"from Storage Subsystem Primary Site to Storage Subsystem Secondary Site"_s));
    QTRY_VERIFY(dialog.isNull());
    QPointer<MirrorProgressDialog> progress = waitForChild<MirrorProgressDialog>(panes);
    QVERIFY(progress);
    QCOMPARE(progress->windowTitle(), u"Resume Mirrored Pair - Progress"_s);
    QTRY_VERIFY(progress->isFinished());
    QVERIFY(!progress->failed());
    QCOMPARE(progress->resultText(0), u"Resumed: synchronizing"_s);
    click(progress->okButton());
    QTRY_VERIFY(progress.isNull());
    QTRY_COMPARE_WITH_TIMEOUT(
        paneCell(panes, u"Ledger"_s, kPrimary, MirrorPairModel::StatusColumn), u"Synchronized"_s, 60000);
    QTRY_VERIFY(panes->attentionText().isEmpty());
    QTRY_VERIFY(!m_ws->snapshot()->needsAttention.value(m_ws->subsystemId(kPrimary)));
    QCOMPARE(checksum(u"Ledger"_s, kPrimary), checksum(u"Ledger 2"_s, kSecondary));
}

void TestMirrorGui::roleChangesByClicking()
{
    enableByCommand(kPrimary);
    enableByCommand(kSecondary);
    activateByCommand(kPrimary);
    activateByCommand(kSecondary);
    createDrive(u"Ledger"_s, 16 * MiB, kPrimary, 4 * MiB);
    createDrive(u"Ledger 2"_s, 16 * MiB, kSecondary);
    mirror(u"Ledger"_s, u"Ledger 2"_s);
    QTRY_COMPARE(status(u"Ledger"_s), MirrorStatus::Synchronized);
    QTRY_COMPARE(status(u"Ledger 2"_s, kSecondary), MirrorStatus::Synchronized);
    RemoteMirrorsWindow* panes = openRemoteMirrors();
    QVERIFY(panes);

    // Change to Secondary with the link up: the roles swap, in both panes.
    clickRecord(panes, u"Ledger"_s, kPrimary);
    QAction* toSecondary = panes->actions()->roleSecondaryAction();
    QVERIFY2(toSecondary->isEnabled(), qPrintable(toSecondary->toolTip()));
    QVERIFY(!panes->actions()->rolePrimaryAction()->isEnabled());
    QVERIFY(panes->actions()->rolePrimaryAction()->toolTip().contains(u"already the Primary"_s));
    toSecondary->trigger();
    auto* question = waitForChild<QMessageBox>(panes, u"changeRoleMessageBox"_s);
    QVERIFY(question);
    QCOMPARE(question->windowTitle(), u"Change to Secondary"_s);
    QVERIFY(question->text().contains(u"data is then copied from Storage Subsystem Secondary Site to Storage "
                                      "Subsystem Primary Site"_s));
    click(question->button(QMessageBox::Yes));
    QTRY_COMPARE(paneCell(panes, u"Ledger"_s, kPrimary, MirrorPairModel::RoleColumn), u"Secondary"_s);
    QTRY_COMPARE(paneCell(panes, u"Ledger 2"_s, kSecondary, MirrorPairModel::RoleColumn), u"Primary"_s);
    QCOMPARE(record(u"Ledger 2"_s, kSecondary)->role, MirrorRole::Primary);
    QTRY_COMPARE(paneCell(panes, u"Ledger 2"_s, kSecondary, MirrorPairModel::StatusColumn), u"Synchronized"_s);

    // With the link down, Change to Secondary on the new primary: the error offers to proceed anyway.
    setLink({{u"state"_s, u"down"_s}});
    clickRecord(panes, u"Ledger 2"_s, kSecondary);
    QTRY_VERIFY(toSecondary->isEnabled());
    toSecondary->trigger();
    question = waitForChild<QMessageBox>(panes, u"changeRoleMessageBox"_s);
    QVERIFY(question);
    click(question->button(QMessageBox::Yes));
    auto* proceed = waitForChild<QMessageBox>(panes, u"proceedAnywayMessageBox"_s);
    QVERIFY(proceed);
    QCOMPARE(proceed->windowTitle(), u"Change to Secondary"_s);
    QVERIFY2(proceed->text().contains(u"cannot communicate"_s), qPrintable(proceed->text()));
    QVERIFY(proceed->text().contains(u"Dual Secondary condition"_s));
    QCOMPARE(proceed->button(QMessageBox::Yes)->text(), u"&Proceed Anyway"_s);
    QCOMPARE(record(u"Ledger 2"_s, kSecondary)->role, MirrorRole::Primary); // nothing changed yet
    click(proceed->button(QMessageBox::Yes));
    QTRY_COMPARE(status(u"Ledger 2"_s, kSecondary), MirrorStatus::DualSecondary);
    QTRY_COMPARE(paneCell(panes, u"Ledger 2"_s, kSecondary, MirrorPairModel::StatusColumn), u"Dual Secondary"_s);
    QCOMPARE(paneCell(panes, u"Ledger 2"_s, kSecondary, MirrorPairModel::RoleColumn), u"Secondary"_s);
    QTRY_VERIFY(panes->attentionText().contains(u"Dual Secondary"_s));

    // "Dual-role conflict detected" in the event log of the Secondary Site.
    m_window->activateWindow();
    QVERIFY(m_window->selectSubsystem(m_ws->subsystemId(kSecondary)));
    m_window->showView(MainWindow::EventLog);
    EventLogModel* events = m_window->eventLogView()->model();
    QTRY_VERIFY([&]() {
        for (int row = 0; row < events->rowCount(); ++row) {
            if (events->index(row, EventLogModel::DescriptionColumn).data().toString()
                == u"Dual-role conflict detected"_s) {
                return true;
            }
        }
        return false;
    }());

    // Once the link is back the Primary Site learns of it too; Change to Primary resolves it (conflict C8).
    setLink({{u"state"_s, u"up"_s}});
    QTRY_COMPARE(status(u"Ledger"_s), MirrorStatus::DualSecondary);
    QTRY_COMPARE(paneCell(panes, u"Ledger"_s, kPrimary, MirrorPairModel::StatusColumn), u"Dual Secondary"_s);
    panes->activateWindow();
    clickRecord(panes, u"Ledger"_s, kPrimary);
    QAction* toPrimary = panes->actions()->rolePrimaryAction();
    QTRY_VERIFY2(toPrimary->isEnabled(), qPrintable(toPrimary->toolTip()));
    toPrimary->trigger();
    question = waitForChild<QMessageBox>(panes, u"changeRoleMessageBox"_s);
    QVERIFY(question->text().contains(u"resolve the Dual Secondary condition"_s));
    click(question->button(QMessageBox::Yes));
    QTRY_COMPARE(paneCell(panes, u"Ledger"_s, kPrimary, MirrorPairModel::RoleColumn), u"Primary"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        paneCell(panes, u"Ledger"_s, kPrimary, MirrorPairModel::StatusColumn), u"Synchronized"_s, 60000);
    QCOMPARE(checksum(u"Ledger"_s, kPrimary), checksum(u"Ledger 2"_s, kSecondary));
}

void TestMirrorGui::wizardOffersOnlyActivatedRemotesAndExplainsCandidates()
{
    enableByCommand(kPrimary);
    enableByCommand(kSecondary);
    activateByCommand(kPrimary);
    createDrive(u"Ledger"_s, 64 * MiB, kPrimary);
    selectInTree(u"Ledger"_s);
    trigger(m_window.get(), u"actionCreateRemoteMirror"_s);
    QPointer<CreateMirrorWizard> wizard = waitForChild<CreateMirrorWizard>(m_window.get());
    QVERIFY(wizard);
    click(wizard->button(QWizard::NextButton));

    // The Secondary Site is Enabled/Deactivated: not offered, and the page says why.
    auto* remote = qobject_cast<RemoteSubsystemPage*>(wizard->currentPage());
    QVERIFY(remote);
    QCOMPARE(remote->subsystemTable()->rowCount(), 0);
    QVERIFY2(remote->absentText().contains(
                 u"Storage Subsystem Secondary Site: Remote Logical Drive Mirroring is Enabled/Deactivated"_s),
        qPrintable(remote->absentText()));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    // Activated meanwhile (another console): it appears, selected, and the note goes.
    activateByCommand(kSecondary);
    QTRY_COMPARE(remote->subsystemTable()->rowCount(), 1);
    QTRY_VERIFY(remote->absentText().isEmpty());
    QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());

    // Candidates: a stale record (Error 158) greyed with its reason; smaller drives not listed.
    createDrive(u"old"_s, 64 * MiB, kPrimary);
    createDrive(u"old 2"_s, 64 * MiB, kSecondary);
    createDrive(u"Fresh 2"_s, 64 * MiB, kSecondary);
    createDrive(u"Tiny 2"_s, 8 * MiB, kSecondary);
    mirror(u"old"_s, u"old 2"_s);
    QTRY_COMPARE(status(u"old"_s), MirrorStatus::Synchronized);
    setLink({{u"state"_s, u"down"_s}});
    QVERIFY(m_ws->run(u"removeRemoteMirror"_s, {{u"localLogicalDrives"_s, QJsonArray {u"old"_s}}}).ok());
    setLink({{u"state"_s, u"up"_s}});
    QVERIFY(record(u"old 2"_s, kSecondary) != nullptr);
    click(wizard->button(QWizard::NextButton));
    auto* secondary = qobject_cast<SecondaryPage*>(wizard->currentPage());
    QVERIFY(secondary);
    QTRY_VERIFY(wizard->candidatesLoaded());
    QTableWidget* table = secondary->candidateTable();
    QTRY_VERIFY(tableRow(table, u"old 2"_s) >= 0);
    const int stale = tableRow(table, u"old 2"_s);
    QVERIFY(!table->item(stale, 0)->flags().testFlag(Qt::ItemIsEnabled));
    // The reason names the drive as it was written (a lower-case name stays lower-case).
    QVERIFY2(secondary->reasonFor(u"old 2"_s).startsWith(u"old 2 still has a relationship"_s),
        qPrintable(secondary->reasonFor(u"old 2"_s)));
    QVERIFY2(secondary->reasonFor(u"old 2"_s).contains(u"removed on the other storage subsystem only"_s),
        qPrintable(secondary->reasonFor(u"old 2"_s)));
    QVERIFY(table->item(stale, 0)->toolTip().startsWith(
        u"Error 158 - The operation cannot complete because the selected logical drive is not a valid candidate for "
        "Remote Mirroring."_s));
    QVERIFY(tableRow(table, u"Fresh 2"_s) >= 0);
    QVERIFY(tableRow(table, u"Fresh 2"_s) < stale); // candidates first
    QCOMPARE(tableRow(table, u"Tiny 2"_s), -1);
    QVERIFY(secondary->smallerText().contains(u"Tiny 2 (0.008 GB)"_s));
    // Clicking the greyed one does not pick it.
    clickRow(table, u"old 2"_s);
    QCOMPARE(wizard->secondaryId(), ObjectId(0));
    clickRow(table, u"Fresh 2"_s);
    QCOMPARE(wizard->secondaryId(), m_ws->logicalDrive(u"Fresh 2"_s, kSecondary).id);
    click(wizard->button(QWizard::NextButton));

    // Set Write Mode: the consistency group checkbox follows Asynchronous.
    auto* mode = qobject_cast<WriteModePage*>(wizard->currentPage());
    QVERIFY(mode);
    QVERIFY(mode->synchronousRadio()->isChecked());
    QVERIFY(!mode->consistencyCheckBox()->isEnabled());
    click(mode->asynchronousRadio());
    QVERIFY(mode->consistencyCheckBox()->isEnabled());
    click(mode->consistencyCheckBox());
    QVERIFY(wizard->writeConsistency());
    click(mode->synchronousRadio());
    QVERIFY(!mode->consistencyCheckBox()->isEnabled());
    QVERIFY(!mode->consistencyCheckBox()->isChecked());
    QVERIFY(!wizard->writeConsistency());
    // Global Mirroring makes Manual resynchronization mandatory on the next page.
    click(mode->asynchronousRadio());
    click(mode->consistencyCheckBox());
    click(wizard->button(QWizard::NextButton));
    auto* sync = qobject_cast<SyncSettingsPage*>(wizard->currentPage());
    QVERIFY(!sync->automaticRadio()->isEnabled());
    click(wizard->button(QWizard::NextButton));
    auto* preview = qobject_cast<MirrorPreviewPage*>(wizard->currentPage());
    QCOMPARE(preview->value(u"Write mode"_s), u"Asynchronous (Global Mirroring)"_s);
    click(wizard->button(QWizard::CancelButton));
    QTRY_VERIFY(wizard.isNull());

    // Error 158's advice, followed in the console: on the Secondary Site, Remove Mirror Relationship lists the stale
    // secondary record as well (all relationships of the subsystem, spec §5), preselected from the Logical view.
    QVERIFY(m_window->selectSubsystem(m_ws->subsystemId(kSecondary)));
    selectInTree(u"old 2"_s, kSecondary);
    trigger(m_window.get(), u"actionRemoveMirrorRelationship"_s);
    QPointer<RemoveMirrorRelationshipDialog> remove = waitForChild<RemoveMirrorRelationshipDialog>(m_window.get());
    QVERIFY(remove);
    const ObjectId old2 = m_ws->logicalDrive(u"old 2"_s, kSecondary).id;
    const int staleRow = remove->table()->rowOf(old2);
    QVERIFY(staleRow >= 0);
    QCOMPARE(remove->table()->item(staleRow, 1)->text(), u"Secondary"_s);
    QCOMPARE(remove->table()->selectedIds(), QList<ObjectId> {old2});
    QVERIFY2(remove->noteText().contains(u"only this storage subsystem's side"_s), qPrintable(remove->noteText()));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(remove->actionButton());
    QVERIFY(MessageBox::lastText().contains(u"old 2 ← old on Primary Site"_s));
    QTRY_VERIFY(remove.isNull());
    QTRY_VERIFY(record(u"old 2"_s, kSecondary) == nullptr);
    QVERIFY(record(u"old"_s, kPrimary) == nullptr);
    QVERIFY(m_ws->logicalDrive(u"old 2"_s, kSecondary).id == old2); // the drive stays, a standard one now
}

void TestMirrorGui::verifyMirrorByClicking()
{
    enableByCommand(kPrimary);
    enableByCommand(kSecondary);
    activateByCommand(kPrimary);
    activateByCommand(kSecondary);
    createDrive(u"Ledger"_s, 8 * MiB, kPrimary, 4 * MiB);
    createDrive(u"Ledger 2"_s, 8 * MiB, kSecondary);
    mirror(u"Ledger"_s, u"Ledger 2"_s);
    QTRY_COMPARE(status(u"Ledger"_s), MirrorStatus::Synchronized);

    selectInTree(u"Ledger"_s);
    auto* menu = m_window->findChild<QMenu*>(u"menuRemoteMirroring"_s);
    QVERIFY(menu->actions().contains(action(m_window.get(), u"actionVerifyRemoteMirror"_s)));
    trigger(m_window.get(), u"actionVerifyRemoteMirror"_s);
    auto* question = waitForChild<QMessageBox>(m_window.get(), u"verifyMirrorQuestion"_s);
    QVERIFY(question);
    QVERIFY(question->text().contains(u"Ledger 2"_s));
    click(question->findChild<QPushButton*>(u"verifyButton"_s));
    auto* result = waitForChild<QMessageBox>(m_window.get(), u"verifyMirrorResult"_s);
    QVERIFY(result);
    QVERIFY2(result->text().contains(u"128 compared grain"_s) && result->text().contains(u"identical on both sides"_s),
        qPrintable(result->text()));
    click(result->button(QMessageBox::Ok));

    // Suspended: the action says why it cannot run; from the secondary too.
    QVERIFY(m_ws->run(u"suspendRemoteMirror"_s, {{u"primary"_s, u"Ledger"_s}}).ok());
    QTRY_COMPARE(status(u"Ledger"_s), MirrorStatus::Suspended);
    selectInTree(u"Ledger"_s);
    QTRY_VERIFY(!action(m_window.get(), u"actionVerifyRemoteMirror"_s)->isEnabled());
    QVERIFY(action(m_window.get(), u"actionVerifyRemoteMirror"_s)->toolTip().contains(u"resume the pair first"_s));
}

void TestMirrorGui::communicationTestPassedWithCaution()
{
    enableByCommand(kPrimary);
    enableByCommand(kSecondary);
    activateByCommand(kPrimary);
    activateByCommand(kSecondary);
    createDrive(u"Ledger"_s, 8 * MiB, kPrimary);
    createDrive(u"Ledger 2"_s, 8 * MiB, kSecondary);
    mirror(u"Ledger"_s, u"Ledger 2"_s);
    QTRY_COMPARE(status(u"Ledger"_s), MirrorStatus::Synchronized);

    // Round trip 8 ms of at most 10 ms, typed into the Remote Mirror Link dialog.
    QPointer<RemoteMirrorLinkDialog> link = openLinkFromSimulationMenu();
    QVERIFY(link);
    const ObjectId linkId = link->linkIds().value(0);
    retype(link->roundTripSpinBox(linkId), u"8"_s);
    retype(link->maxRoundTripSpinBox(linkId), u"10"_s);
    click(link->applyButton());
    QTRY_COMPARE(m_ws->config().mirrorLinks.value(linkId).roundTripMicros, qint64(8000));
    QCOMPARE(m_ws->config().mirrorLinks.value(linkId).maxRoundTripMicros, qint64(10000));
    link->close();

    selectInTree(u"Ledger"_s);
    auto* menu = m_window->findChild<QMenu*>(u"menuRemoteMirroring"_s);
    QVERIFY(menu->actions().contains(action(m_window.get(), u"actionTestCommunication"_s)));
    trigger(m_window.get(), u"actionTestCommunication"_s);
    QPointer<CommunicationTestDialog> test = waitForChild<CommunicationTestDialog>(m_window.get());
    QVERIFY(test);
    QCOMPARE(test->windowTitle(), u"Communication Test"_s);
    QTRY_VERIFY(!test->isRunning());
    QCOMPARE(test->status(), u"Passed with Caution"_s);
    QCOMPARE(test->findChild<QLabel*>(u"statusLabel"_s)->text(), u"Passed with Caution"_s);
    QCOMPARE(test->value(u"Maximum allowed round trip time"_s), u"10.000 ms"_s);
    const double average = test->value(u"Average round trip time"_s).section(u' ', 0, 0).toDouble();
    // Measured on the wall clock: never under the simulated 8 ms, but a loaded machine's scheduler adds a few
    // milliseconds per probe on top (10.4 ms seen with two cores busy), so the bound above is loose.
    QVERIFY2(average >= 8.0 && average < 30.0, qPrintable(test->value(u"Average round trip time"_s)));
    QVERIFY(test->value(u"Test data round trip time"_s).endsWith(u" ms"_s));
    // The reason agrees with the values shown: approaching the maximum, or (a loaded machine's measurement) over it.
    const double testData = test->value(u"Test data round trip time"_s).section(u' ', 0, 0).toDouble();
    const bool over = std::max(average, testData) > 10.0;
    QVERIFY2(
        test->reasonText().contains(over ? u"exceeds the maximum allowed"_s : u"approaching the maximum allowed"_s),
        qPrintable(test->reasonText()));

    // A quick link: Passed, with Test Again.
    setLink({{u"roundTrip"_s, 1}});
    click(test->findChild<QPushButton*>(u"testAgainButton"_s));
    QTRY_VERIFY(!test->isRunning());
    QCOMPARE(test->status(), u"Passed"_s);
    QCOMPARE(test->reasonText(), QString());
    // Path A down: Failed, with the reason and the background probing.
    setLink({{u"controller"_s, u"A"_s}, {u"state"_s, u"down"_s}});
    click(test->findChild<QPushButton*>(u"testAgainButton"_s));
    QTRY_VERIFY(!test->isRunning());
    QCOMPARE(test->status(), u"Failed"_s);
    QVERIFY(test->reasonText().contains(u"goes on in the background"_s));
    QCOMPARE(test->value(u"Average round trip time"_s), u"Not measured"_s);
    click(test->findChild<QPushButton*>(u"okButton"_s));
    QTRY_VERIFY(test.isNull());
}

void TestMirrorGui::consistencyGroupActsTogether()
{
    enableByCommand(kPrimary);
    enableByCommand(kSecondary);
    activateByCommand(kPrimary);
    activateByCommand(kSecondary);
    const QJsonObject group {{u"writeMode"_s, u"asynchronous"_s}, {u"writeOrder"_s, u"preserved"_s}};
    for (const QString& n : {u"G1"_s, u"G2"_s, u"Solo"_s}) {
        createDrive(n, 8 * MiB, kPrimary, MiB);
        createDrive(n + u" 2"_s, 8 * MiB, kSecondary);
        mirror(n, n + u" 2"_s, n == u"Solo"_s ? QJsonObject {} : group);
    }
    for (const QString& n : {u"G1"_s, u"G2"_s, u"Solo"_s}) {
        QTRY_COMPARE(status(n), MirrorStatus::Synchronized);
    }
    RemoteMirrorsWindow* panes = openRemoteMirrors();
    QVERIFY(panes);
    QCOMPARE(
        paneCell(panes, u"G1"_s, kPrimary, MirrorPairModel::WriteModeColumn), u"Asynchronous (Global Mirroring)"_s);
    clickRecord(panes, u"G1"_s, kPrimary);
    panes->actions()->suspendAction()->trigger();
    QPointer<SuspendResumeMirrorDialog> suspend = waitForChild<SuspendResumeMirrorDialog>(panes);
    QVERIFY(suspend);
    QCOMPARE(suspend->windowTitle(), u"Suspend Mirrored Pair"_s);
    // G1 brings G2: the group is suspended together, and the window says so; Solo stays out.
    const QList<ObjectId> both {m_ws->logicalDrive(u"G1"_s).id, m_ws->logicalDrive(u"G2"_s).id};
    QCOMPARE(suspend->table()->selectedIds(), both);
    QVERIFY(suspend->noteText().contains(u"suspends the whole group together"_s));
    click(suspend->actionButton());
    QPointer<TypeYesConfirmation> confirm = suspend->confirmation();
    QVERIFY(confirm);
    QCOMPARE(confirm->windowTitle(), u"Confirmation"_s);
    QVERIFY(!confirm->okButton()->isEnabled());
    QTest::keyClicks(confirm->confirmLineEdit(), u"Yes"_s);
    click(confirm->okButton());
    QPointer<MirrorProgressDialog> progress = waitForChild<MirrorProgressDialog>(panes);
    QVERIFY(progress);
    QCOMPARE(progress->windowTitle(), u"Suspend Mirrored Pair - Progress"_s);
    QTRY_VERIFY(progress->isFinished());
    QCOMPARE(progress->resultText(1), u"Suspended"_s);
    click(progress->okButton());
    QTRY_COMPARE(paneCell(panes, u"G1"_s, kPrimary, MirrorPairModel::StatusColumn), u"Optimal/Suspended"_s);
    QTRY_COMPARE(paneCell(panes, u"G2"_s, kPrimary, MirrorPairModel::StatusColumn), u"Optimal/Suspended"_s);
    QCOMPARE(status(u"Solo"_s), MirrorStatus::Synchronized);

    // Change Synchronization Settings: both pairs at once, one priority.
    clickRecord(panes, u"G1"_s, kPrimary);
    QTableView* pane = panes->pane(m_ws->subsystemId(kPrimary));
    clickIndex(pane,
        panes->paneModel(m_ws->subsystemId(kPrimary))
            ->mapFromSource(panes->model()->indexOf(m_ws->logicalDrive(u"Solo"_s).id)),
        Qt::ControlModifier);
    QCOMPARE(panes->selectedRecords().size(), 2);
    panes->actions()->syncSettingsAction()->trigger();
    QPointer<ChangeSyncSettingsDialog> settings = waitForChild<ChangeSyncSettingsDialog>(panes);
    QVERIFY(settings);
    QCOMPARE(settings->windowTitle(), u"Change Synchronization Settings"_s);
    QCOMPARE(settings->table()->selectedIds().size(), 2);
    // Automatic is refused for a member of the group.
    click(settings->automaticRadio());
    QVERIFY(!settings->actionButton()->isEnabled());
    click(settings->manualRadio());
    settings->prioritySlider()->slider()->setFocus();
    QTest::keyClick(settings->prioritySlider()->slider(), Qt::Key_End);
    QCOMPARE(settings->prioritySlider()->priority(), CopyPriority::Highest);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(settings->actionButton());
    QTRY_VERIFY(settings.isNull());
    auto* completed = waitForChild<QMessageBox>(panes, u"completedMessageBox"_s);
    QVERIFY(completed);
    QCOMPARE(completed->windowTitle(), u"Completed"_s);
    completed->accept();
    QTRY_COMPARE(record(u"G1"_s)->syncPriority, CopyPriority::Highest);
    QCOMPARE(record(u"Solo"_s)->syncPriority, CopyPriority::Highest);
    QCOMPARE(record(u"G2"_s)->syncPriority, CopyPriority::Medium);
    QTRY_COMPARE(paneCell(panes, u"Solo"_s, kPrimary, MirrorPairModel::PriorityColumn), u"Highest"_s);
}

void TestMirrorGui::logicalViewBadgesAndMirroringTab()
{
    enableByCommand(kPrimary);
    enableByCommand(kSecondary);
    activateByCommand(kPrimary);
    activateByCommand(kSecondary);
    createDrive(u"Ledger"_s, 64 * MiB, kPrimary, 64 * MiB);
    createDrive(u"Ledger 2"_s, 64 * MiB, kSecondary);
    setLink({{u"bandwidth"_s, 4 * MiB}});
    mirror(u"Ledger"_s, u"Ledger 2"_s, {{u"syncPriority"_s, u"highest"_s}});

    // The primary: a blue badge while synchronizing, its secondary as a sub-node.
    QTRY_COMPARE(treeNode(u"Ledger"_s).data(OverlayRole).toString(), u"overlay-mirror-synchronizing"_s);
    const QModelIndex ledger = treeNode(u"Ledger"_s);
    QCOMPARE(treeModel()->rowCount(ledger), 1);
    const QModelIndex partner = treeModel()->index(0, 0, ledger);
    // The expected role goes without saying: "Ledger 2 on Secondary Site".
    QCOMPARE(partner.data().toString(), u"Ledger 2 on Secondary Site"_s);
    QCOMPARE(static_cast<NodeKind>(partner.data(KindRole).toInt()), NodeKind::MirrorPartner);
    QVERIFY(ledger.data(StatusRole).toString().startsWith(u"mirror primary, Synchronization-in-Progress"_s));
    QVERIFY(ledger.data(Qt::ToolTipRole)
                .toString()
                .contains(u"Remote mirror primary of Ledger 2 on Storage Subsystem "
                          "Secondary Site"_s));

    // Logical Drive ▸ Properties ▸ Mirroring: role, direction, settings and the progress bar.
    selectInTree(u"Ledger"_s);
    trigger(m_window.get(), u"actionLogicalDriveProperties"_s);
    QPointer<LogicalDrivePropertiesDialog> properties = waitForChild<LogicalDrivePropertiesDialog>(m_window.get());
    QVERIFY(properties);
    MirroringPropertiesWidget* tab = properties->mirroring();
    QVERIFY(tab);
    const int index = properties->tabWidget()->indexOf(tab);
    QCOMPARE(properties->tabWidget()->tabText(index), u"Mirroring"_s);
    QTabBar* bar = properties->tabWidget()->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    QCOMPARE(tab->value(u"Role"_s), u"Primary"_s);
    QCOMPARE(tab->value(u"Remote logical drive"_s), u"Ledger 2"_s);
    QCOMPARE(tab->value(u"Direction"_s),
        u"Data is copied from Storage Subsystem Primary Site to Storage Subsystem Secondary Site."_s);
    QCOMPARE(tab->value(u"Synchronization priority"_s), u"Highest"_s);
    QCOMPARE(tab->value(u"Resynchronization method"_s), u"Manual"_s);
    QTRY_VERIFY(tab->progressBar()->isVisible());
    QTRY_VERIFY(tab->progressBar()->value() > 0);
    int lastValue = tab->progressBar()->value();
    setLink({{u"bandwidth"_s, 0}});
    while (status(u"Ledger"_s) == MirrorStatus::Synchronizing) {
        QVERIFY(tab->progressBar()->value() >= lastValue || !tab->progressBar()->isVisible());
        lastValue = tab->progressBar()->value();
        QTest::qWait(50);
    }
    QTRY_VERIFY(!tab->progressBar()->isVisible());
    QTRY_VERIFY(tab->value(u"Status"_s).startsWith(u"Synchronized"_s));
    properties->close();
    QTRY_COMPARE(treeNode(u"Ledger"_s).data(OverlayRole).toString(), u"overlay-mirror-synchronized"_s);

    // The secondary subsystem: the secondary carries the badge and no sub-node.
    QVERIFY(m_window->selectSubsystem(m_ws->subsystemId(kSecondary)));
    QTRY_VERIFY(treeNode(u"Ledger 2"_s, kSecondary).isValid());
    const QModelIndex secondary = treeNode(u"Ledger 2"_s, kSecondary);
    QCOMPARE(secondary.data(OverlayRole).toString(), u"overlay-mirror-synchronized"_s);
    QCOMPARE(treeModel()->rowCount(secondary), 0);
    QVERIFY(secondary.data(StatusRole).toString().startsWith(u"mirror secondary, Synchronized"_s));
    QVERIFY(secondary.data(Qt::ToolTipRole).toString().contains(u"hosts may read, not write"_s));

    // Suspended: the gray badge on the primary.
    QVERIFY(m_ws->run(u"suspendRemoteMirror"_s, {{u"primaries"_s, QJsonArray {u"Ledger"_s}}}).ok());
    QVERIFY(m_window->selectSubsystem(m_ws->subsystemId(kPrimary)));
    QTRY_COMPARE(treeNode(u"Ledger"_s).data(OverlayRole).toString(), u"overlay-mirror-suspended"_s);
    QVERIFY(treeNode(u"Ledger"_s).data(StatusRole).toString().contains(u"Optimal/Suspended"_s));

    // A dual-role conflict: Ledger 2 forced to Primary with the link down. Its sub-node names the partner's role,
    // which is not the expected one.
    setLink({{u"state"_s, u"down"_s}});
    const CommandResult forced = m_ws->run(u"setRemoteMirror"_s,
        {{u"localLogicalDrives"_s, QJsonArray {u"Ledger 2"_s}}, {u"role"_s, u"primary"_s}, {u"force"_s, true}},
        kSecondary);
    QVERIFY2(forced.ok(), qPrintable(forced.error.message()));
    QTRY_COMPARE(status(u"Ledger 2"_s, kSecondary), MirrorStatus::DualPrimary);
    QVERIFY(m_window->selectSubsystem(m_ws->subsystemId(kSecondary)));
    QTRY_COMPARE(treeModel()->rowCount(treeNode(u"Ledger 2"_s, kSecondary)), 1);
    QCOMPARE(treeModel()->index(0, 0, treeNode(u"Ledger 2"_s, kSecondary)).data().toString(),
        u"Ledger (Primary) on Primary Site"_s);
}

void TestMirrorGui::disabledActionsSayWhy()
{
    selectInTree(u"Accounting"_s);
    QAction* create = action(m_window.get(), u"actionCreateRemoteMirror"_s);
    QVERIFY(!create->isEnabled());
    QVERIFY2(create->toolTip().contains(u"Remote Logical Drive Mirroring is Disabled/Deactivated"_s),
        qPrintable(create->toolTip()));
    QAction* suspend = action(m_window.get(), u"actionSuspendRemoteMirror"_s);
    QVERIFY(!suspend->isEnabled());
    QVERIFY(suspend->toolTip().contains(u"Select the primary logical drive of a mirrored pair"_s));
    QAction* link = m_window->mirrorActions()->linkAction();
    QVERIFY(link->isEnabled()); // the demo's sites are cabled

    enableByCommand(kPrimary);
    enableByCommand(kSecondary);
    activateByCommand(kPrimary);
    activateByCommand(kSecondary);
    QTRY_VERIFY(create->isEnabled());
    mirror(u"Accounting"_s, u"Accounting 2"_s);
    QTRY_VERIFY(!create->isEnabled());
    QVERIFY2(
        create->toolTip().contains(u"already the primary of a mirror relationship"_s), qPrintable(create->toolTip()));
    QAction* deactivate = action(m_window.get(), u"actionDeactivateRemoteMirror"_s);
    QVERIFY(!deactivate->isEnabled());
    QVERIFY(deactivate->toolTip().contains(u"1 mirror relationship(s) exist"_s));

    // On the secondary: suspend and settings belong to the primary, and say where it is.
    QVERIFY(m_window->selectSubsystem(m_ws->subsystemId(kSecondary)));
    selectInTree(u"Accounting 2"_s, kSecondary);
    QTRY_VERIFY(!suspend->isEnabled());
    QVERIFY2(suspend->toolTip().contains(u"Accounting 2 is a secondary: suspend the pair from its primary Accounting "
                                         "on Storage Subsystem Primary Site"_s),
        qPrintable(suspend->toolTip()));
    QAction* writeMode = action(m_window.get(), u"actionChangeWriteMode"_s);
    QVERIFY(!writeMode->isEnabled());
    QVERIFY(action(m_window.get(), u"actionRoleToPrimary"_s)->isEnabled());
    QVERIFY(!action(m_window.get(), u"actionRoleToSecondary"_s)->isEnabled());
    QVERIFY(action(m_window.get(), u"actionTestCommunication"_s)->isEnabled());
    // The context menu of the secondary has the Remote Mirroring submenu with Change.
    auto* change = m_window->mirrorActions()->changeMenu();
    QVERIFY(change->actions().contains(action(m_window.get(), u"actionRoleToPrimary"_s)));

    // Engines per site: with the secondary's subsystem served by siteB's engine (a proxy), the primary can be
    // demoted here too (siteB's engine is asked to take the role); the confirmation says so.
    auto sites = std::make_shared<Snapshot>(*m_ws->snapshot());
    Subsystem& remote = sites->config.subsystems[m_ws->subsystemId(kSecondary)];
    remote.peer = u"siteB"_s;
    remote.remoteId = 2;
    const ObjectId accounting = m_ws->logicalDrive(u"Accounting"_s).id;
    MirrorActions* actions = m_window->mirrorActions();
    actions->setContext(sites, m_ws->subsystemId(kPrimary), {accounting});
    QAction* toSecondary = action(m_window.get(), u"actionRoleToSecondary"_s);
    QVERIFY2(toSecondary->isEnabled(), qPrintable(toSecondary->toolTip()));
    toSecondary->trigger();
    auto* box = m_window->findChild<QMessageBox*>(u"changeRoleMessageBox"_s);
    QVERIFY(box != nullptr);
    QVERIFY2(box->text().contains(u"Accounting 2 is served by the engine of site siteB: that engine takes the primary "
                                  "role"_s),
        qPrintable(box->text()));
    QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    QTRY_VERIFY(m_window->findChild<QMessageBox*>(u"changeRoleMessageBox"_s) == nullptr);
    actions->setContext(m_ws->snapshot(), m_ws->subsystemId(kPrimary), {accounting});
    QVERIFY2(toSecondary->isEnabled(), qPrintable(toSecondary->toolTip()));
}

void TestMirrorGui::pairModelUpdatesRowsInPlace()
{
    MirrorPairModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QList<MirrorStatus> statuses {
        MirrorStatus::Synchronizing, MirrorStatus::Synchronized, MirrorStatus::Suspended};
    MirrorRuntime running;
    running.progressPercent = 10;
    running.bytesPerSecond = 4 * MiB;
    running.etaSeconds = 90;
    running.outOfSyncBytes = 900 * MiB;
    model.setSnapshot(modelSnapshot(statuses, {{10, running}}, 1));
    QCOMPARE(model.rowCount(), 6); // both sides of three pairs
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.indexOf(10, MirrorPairModel::StatusColumn).data().toString(), u"Synchronization-in-Progress"_s);
    QCOMPARE(model.indexOf(12, MirrorPairModel::StatusColumn).data().toString(), u"Optimal/Suspended"_s);
    QCOMPARE(model.indexOf(10, MirrorPairModel::ProgressColumn).data().toString(), u"10%"_s);
    QCOMPARE(model.indexOf(10, MirrorPairModel::TimeRemainingColumn).data().toString(), u"1 min 30 s"_s);
    // The secondary shows its primary's synchronization.
    QCOMPARE(model.indexOf(20, MirrorPairModel::ProgressColumn).data(ProgressRole).toDouble(), 10.0);
    QCOMPARE(model.indexOf(21, MirrorPairModel::RoleColumn).data().toString(), u"Secondary"_s);

    // A progress tick: the same configuration, new runtime. Only the synchronizing pair's two rows change.
    changed.clear();
    running.progressPercent = 20;
    running.outOfSyncBytes = 800 * MiB;
    model.setSnapshot(modelSnapshot(statuses, {{10, running}}, 2));
    QCOMPARE(changed.count(), 2);
    QList<int> rows;
    for (const QList<QVariant>& signal : std::as_const(changed)) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), bottomRight.row());
        rows.append(topLeft.row());
    }
    std::sort(rows.begin(), rows.end());
    QList<int> expected {model.rowOf(10), model.rowOf(20)};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(rows, expected);
    QCOMPARE(model.indexOf(10, MirrorPairModel::ProgressColumn).data().toString(), u"20%"_s);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);

    // An unchanged snapshot: no signal at all.
    changed.clear();
    model.setSnapshot(modelSnapshot(statuses, {{10, running}}, 3));
    QCOMPARE(changed.count(), 0);

    // A pair removed: its two rows go, the others keep their ids.
    model.setSnapshot(modelSnapshot({MirrorStatus::Synchronizing, MirrorStatus::Synchronized}, {{10, running}}, 4));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(removed.count(), 2);
    QCOMPARE(model.rowOf(12), -1);
    QVERIFY(model.rowOf(11) >= 0);
    QCOMPARE(reset.count(), 0);

    // The pane proxy keeps one subsystem's records.
    MirrorPairFilterModel left;
    left.setSourceModel(&model);
    left.setSubsystem(1);
    QCOMPARE(left.rowCount(), 2);
    left.setSubsystem(2);
    QCOMPARE(left.rowCount(), 2);
}

QTEST_MAIN(TestMirrorGui)
#include "tst_mirrorgui.moc"
