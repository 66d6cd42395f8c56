// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18, Find and confirmations, driven like a user on a real engine: the one Find bar (common/findbar.h) over
// the Logical tree, the Mappings list, the Copy Manager and the Remote Mirrors panes, typed into with keyClicks;
// filtering by name and by state, live snapshots arriving while a filter is set (new rows, progress ticks: the
// filter and the selection stay), "no match" instead of an empty view, Ctrl+F and Esc. Then the one confirmation
// rule (common/confirm.h): Delete Logical Drives refuses another word than "Yes" and accepts "Yes"; Remove Mapping
// is a plain question; the typed confirmation window itself; and the notice naming the premium feature enabled.
#include "common/confirm.h"
#include "common/findbar.h"
#include "common/texts.h"
#include "dialogs/commanddialog.h"
#include "dialogs/messagebox.h"
#include "guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "models/roles.h"
#include "models/storagemodels.h"
#include "models/volumecopymodel.h"
#include "panels/ds4000/dialogs/premiumfeaturedialogs.h"
#include "panels/ds4000/remotemirrors/mirroractions.h"
#include "panels/ds4000/remotemirrors/mirrorpairmodel.h"
#include "panels/ds4000/remotemirrors/remotemirrorswindow.h"
#include "util/bytesize.h"
#include "views/copymanager.h"
#include "views/logicalphysicalview.h"
#include "views/mappingsview.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using GuiTest::action;
using GuiTest::findText;

namespace
{

const QString kPrimary = u"Primary Site"_s;
const QString kSecondary = u"Secondary Site"_s;

bool rowHidden(const QAbstractItemView* view, const QModelIndex& index)
{
    if (const auto* tree = qobject_cast<const QTreeView*>(view)) {
        return tree->isRowHidden(index.row(), index.parent());
    }
    return qobject_cast<const QTableView*>(view)->isRowHidden(index.row());
}

/** The texts of @p column of the rows @p view shows (not hidden, under no hidden ancestor), depth first. */
QStringList shownTexts(const QAbstractItemView* view, int column = 0, const QModelIndex& parent = {})
{
    QStringList texts;
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (rowHidden(view, index)) {
            continue;
        }
        texts.append(model->index(row, column, parent).data().toString());
        texts.append(shownTexts(view, column, index));
    }
    return texts;
}

void typeInto(FindBar* bar, const QString& text)
{
    QLineEdit* edit = bar->lineEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

void click(QAbstractButton* button)
{
    QVERIFY(button != nullptr);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void clickIndex(QAbstractItemView* view, const QModelIndex& index)
{
    QVERIFY(index.isValid());
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

/** With COPYLINE_FIND_SHOTS=<folder>, saves a picture of @p widget there (to look at the filtered views). */
void shoot(QWidget* widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("COPYLINE_FIND_SHOTS");
    if (!folder.isEmpty()) {
        QDir().mkpath(folder);
        widget->grab().save(QDir(folder).filePath(name + u".png"_s));
    }
}

QLabel* noMatchNotice(QAbstractItemView* view)
{
    return view->viewport()->findChild<QLabel*>(u"findNoMatchLabel"_s);
}

} // namespace

class TestFindGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void logicalTreeByNameAndStateWithLiveUpdates();
    void ctrlFFocusesTheViewsFieldAndEscClears();
    void mappingsByHostAndType();
    void copyManagerByNameAndStateWhileCopying();
    void mirrorPanesByNameAndState();
    void deleteAsksForYesTyped();
    void removeMappingIsAPlainQuestion();
    void typedConfirmationWindow();
    void enablingAFeatureSaysWhich();

private:
    QTreeView* tree() const { return m_window->logicalPhysicalView()->logicalTree(); }
    QString driveText(const QString& name, const QString& subsystem = kPrimary) const
    {
        return Texts::withCapacity(name, m_ws->logicalDrive(name, subsystem).capacity);
    }
    void createDrive(const QString& name,
        qint64 capacity,
        const QString& arrayOf = u"Accounting"_s,
        const QString& subsystem = kPrimary);

    std::unique_ptr<GuiTest::Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

void TestFindGui::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestFindGui::init()
{
    m_ws = std::make_unique<GuiTest::Workspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
    m_window = GuiTest::openMainWindow(*m_ws);
    QVERIFY(m_window);
}

void TestFindGui::cleanup()
{
    m_window.reset();
    m_ws.reset();
}

void TestFindGui::createDrive(const QString& name, qint64 capacity, const QString& arrayOf, const QString& subsystem)
{
    const CommandResult r = m_ws->run(u"createLogicalDrive"_s,
        {{u"arrayId"_s, m_ws->logicalDrive(arrayOf, subsystem).arrayId}, {u"userLabel"_s, name},
            {u"capacity"_s, capacity}},
        subsystem);
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
}

// ---------------------------------------------------------------------------------------------------------------

void TestFindGui::logicalTreeByNameAndStateWithLiveUpdates()
{
    FindBar* find = m_window->logicalPhysicalView()->findBar();
    QVERIFY(find);
    QVERIFY(find->isVisible());
    QTRY_VERIFY(findText(tree()->model(), driveText(u"Payroll"_s)).isValid());
    const QStringList everything = shownTexts(tree());
    QVERIFY(everything.contains(driveText(u"Web Content"_s)));

    // By name: Payroll and its ancestors (the subsystem, its array), nothing else; the ancestors are expanded.
    typeInto(find, u"payroll"_s);
    QStringList shown = shownTexts(tree());
    QVERIFY2(shown.contains(driveText(u"Payroll"_s)), qPrintable(shown.join(u" | "_s)));
    QVERIFY(!shown.contains(driveText(u"Accounting"_s)));
    QVERIFY(!shown.contains(driveText(u"Web Content"_s)));
    QCOMPARE(shown.size(), 3); // Storage Subsystem, Logical Drive Group 1, Payroll
    const QModelIndex payroll = findText(tree()->model(), driveText(u"Payroll"_s));
    QVERIFY(tree()->isExpanded(payroll.parent()));
    QVERIFY(tree()->isExpanded(payroll.parent().parent()));
    QCOMPARE(find->statusText(), u"1 match"_s);
    QVERIFY(!noMatchNotice(tree())->isVisible());
    shoot(m_window.get(), u"logical-filtered"_s);

    // Select it; then live snapshots: a new drive that matches appears (its array is shown), one that does not stays
    // hidden, and the selection is kept.
    clickIndex(tree(), payroll);
    QCOMPARE(m_window->logicalPhysicalView()->currentId(), m_ws->logicalDrive(u"Payroll"_s).id);
    createDrive(u"Payroll Archive"_s, GiB, u"Web Content"_s);
    createDrive(u"Unrelated"_s, GiB, u"Web Content"_s);
    QTRY_VERIFY(findText(tree()->model(), driveText(u"Unrelated"_s)).isValid());
    QTRY_VERIFY(shownTexts(tree()).contains(driveText(u"Payroll Archive"_s)));
    shown = shownTexts(tree());
    QVERIFY2(!shown.contains(driveText(u"Unrelated"_s)), qPrintable(shown.join(u" | "_s)));
    QVERIFY(!shown.contains(driveText(u"Web Content"_s)));
    QCOMPARE(find->statusText(), u"2 matches"_s);
    QCOMPARE(find->lineEdit()->text(), u"payroll"_s);
    QCOMPARE(m_window->logicalPhysicalView()->currentId(), m_ws->logicalDrive(u"Payroll"_s).id);

    // By state and type: a FlashCopy logical drive, then the disabled one only.
    QVERIFY(m_ws->run(u"createFlashCopy"_s, {{u"baseId"_s, m_ws->logicalDrive(u"Accounting"_s).id}}).ok());
    QVERIFY(m_ws->run(u"createFlashCopy"_s, {{u"baseId"_s, m_ws->logicalDrive(u"Exchange"_s).id}}).ok());
    QString exchangeCopy;
    for (const FlashCopy& fc : m_ws->config().flashCopies) {
        if (fc.baseId == m_ws->logicalDrive(u"Exchange"_s).id) {
            exchangeCopy = m_ws->config().logicalDrives.value(fc.id).name;
        }
    }
    QVERIFY(!exchangeCopy.isEmpty());
    QTRY_VERIFY(findText(tree()->model(), driveText(exchangeCopy)).isValid());
    typeInto(find, u"flashcopy"_s);
    shown = shownTexts(tree());
    QVERIFY2(shown.contains(driveText(exchangeCopy)), qPrintable(shown.join(u" | "_s)));
    QVERIFY(shown.contains(driveText(u"Exchange"_s))); // the base, as the ancestor of its FlashCopy
    QVERIFY(!shown.contains(driveText(u"Payroll"_s)));
    QVERIFY(!shown.contains(driveText(u"Oracle Logs"_s)));
    QVERIFY(m_ws->run(u"disableFlashCopy"_s, {{u"id"_s, m_ws->logicalDrive(exchangeCopy).id}}).ok());
    typeInto(find, u"disabled"_s);
    QTRY_VERIFY(shownTexts(tree()).contains(driveText(exchangeCopy)));
    shown = shownTexts(tree());
    QVERIFY2(!shown.contains(driveText(u"Accounting"_s)), qPrintable(shown.join(u" | "_s)));
    // The FlashCopy is re-created (Optimal again): the live update hides it.
    QVERIFY(m_ws->run(u"recreateFlashCopy"_s, {{u"id"_s, m_ws->logicalDrive(exchangeCopy).id}}).ok());
    QTRY_VERIFY(!shownTexts(tree()).contains(driveText(exchangeCopy)));

    // Nothing matches: the view says so, the bar too.
    typeInto(find, u"no such thing"_s);
    QVERIFY(shownTexts(tree()).isEmpty());
    QVERIFY(find->showsNoMatch(tree()));
    QVERIFY(noMatchNotice(tree())->isVisible());
    QVERIFY(noMatchNotice(tree())->text().contains(u"no such thing"_s));
    QCOMPARE(find->statusText(), u"No match"_s);
    shoot(m_window.get(), u"logical-nomatch"_s);

    // Esc clears: everything is back.
    QTest::keyClick(find->lineEdit(), Qt::Key_Escape);
    QVERIFY(find->lineEdit()->text().isEmpty());
    QVERIFY(!noMatchNotice(tree())->isVisible());
    shown = shownTexts(tree());
    QVERIFY(shown.contains(driveText(u"Web Content"_s)));
    QVERIFY(shown.contains(driveText(u"Unrelated"_s)));
    QVERIFY(find->statusText().isEmpty());
}

void TestFindGui::ctrlFFocusesTheViewsFieldAndEscClears()
{
    // Ctrl+F in the Logical tree focuses its own Find field.
    QApplication::setActiveWindow(m_window.get());
    tree()->setFocus();
    QTRY_VERIFY(tree()->hasFocus());
    FindBar* logical = m_window->logicalPhysicalView()->findBar();
    QTest::keyClick(tree(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(logical->lineEdit()->hasFocus());
    QTest::keyClicks(logical->lineEdit(), u"exchange"_s);
    QCOMPARE(shownTexts(tree()).size(), 3);
    QTest::keyClick(logical->lineEdit(), Qt::Key_Escape); // clears
    QVERIFY(logical->lineEdit()->text().isEmpty());
    QTest::keyClick(logical->lineEdit(), Qt::Key_Escape); // back to the view
    QTRY_VERIFY(tree()->hasFocus());

    // In the Mappings view, Ctrl+F reaches the Mappings field, not the Logical tree's.
    m_window->showView(MainWindow::Mappings);
    MappingsView* mappings = m_window->mappingsView();
    mappings->mappingsTable()->setFocus();
    QTRY_VERIFY(mappings->mappingsTable()->hasFocus());
    QTest::keyClick(mappings->mappingsTable(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(mappings->findBar()->lineEdit()->hasFocus());
    QVERIFY(!logical->lineEdit()->hasFocus());
}

void TestFindGui::mappingsByHostAndType()
{
    m_window->showView(MainWindow::Mappings);
    MappingsView* view = m_window->mappingsView();
    QTableView* table = view->mappingsTable();
    QTRY_COMPARE(table->model()->rowCount(), 5);
    FindBar* find = view->findBar();
    QVERIFY(find->isVisible());

    typeInto(find, u"east-db01"_s);
    QStringList shown = shownTexts(table, MappingsModel::NameColumn);
    shown.sort();
    QCOMPARE(shown, (QStringList {u"DataVol"_s, u"Oracle Logs"_s}));
    clickIndex(table, findText(table->model(), u"DataVol"_s));
    QCOMPARE(view->selectedLogicalDriveId(), m_ws->logicalDrive(u"DataVol"_s).id);

    // A live update: a new mapping to that host shows up; one to another host does not; the selection stays.
    QVERIFY(m_ws->run(u"setLogicalDrive"_s,
                    {{u"targets"_s, QJsonArray {u"Web Content"_s}}, {u"logicalUnitNumber"_s, 7},
                        {u"host"_s, u"east-db01"_s}})
                .ok());
    createDrive(u"Elsewhere"_s, GiB);
    QVERIFY(
        m_ws->run(u"setLogicalDrive"_s,
                {{u"targets"_s, QJsonArray {u"Elsewhere"_s}}, {u"logicalUnitNumber"_s, 9}, {u"host"_s, u"backup01"_s}})
            .ok());
    QTRY_VERIFY(findText(table->model(), u"Elsewhere"_s).isValid());
    QTRY_VERIFY(shownTexts(table, MappingsModel::NameColumn).contains(u"Web Content"_s));
    shown = shownTexts(table, MappingsModel::NameColumn);
    shown.sort();
    QCOMPARE(shown, (QStringList {u"DataVol"_s, u"Oracle Logs"_s, u"Web Content"_s}));
    QCOMPARE(view->selectedLogicalDriveId(), m_ws->logicalDrive(u"DataVol"_s).id);
    QCOMPARE(find->statusText(), u"3 matches"_s);
    shoot(m_window.get(), u"mappings-filtered"_s);

    // By several words, in any column: the host group and the LUN.
    typeInto(find, u"campus east"_s);
    shown = shownTexts(table, MappingsModel::NameColumn);
    QVERIFY2(shown.contains(u"Accounting"_s) && shown.contains(u"Payroll"_s), qPrintable(shown.join(u" | "_s)));
    QVERIFY(!shown.contains(u"Backup"_s));

    typeInto(find, u"nothing like this"_s);
    QVERIFY(find->showsNoMatch(table));
    QVERIFY(noMatchNotice(table)->isVisible());
    QTest::keyClick(find->lineEdit(), Qt::Key_Escape);
    QCOMPARE(shownTexts(table).size(), table->model()->rowCount());
}

void TestFindGui::copyManagerByNameAndStateWhileCopying()
{
    // A slow copy bandwidth: the copy to Alpha is in progress, with progress ticks, while the filter is set.
    QVERIFY(m_ws->run(u"setStorageSubsystem"_s, {{u"copyBandwidth"_s, 2 * MiB}}).ok());
    createDrive(u"Ledger"_s, GiB);
    createDrive(u"Alpha"_s, GiB);
    createDrive(u"Zulu"_s, GiB);
    CommandResult r = m_ws->run(u"createVolumeCopy"_s,
        {{u"sourceId"_s, m_ws->logicalDrive(u"Ledger"_s).id}, {u"targetId"_s, m_ws->logicalDrive(u"Zulu"_s).id}});
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    const ObjectId zulu = r.data.value(u"id"_s).toInteger();
    r = m_ws->run(u"createVolumeCopy"_s,
        {{u"sourceId"_s, m_ws->logicalDrive(u"Ledger"_s).id}, {u"targetId"_s, m_ws->logicalDrive(u"Alpha"_s).id}});
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    const ObjectId alpha = r.data.value(u"id"_s).toInteger();
    QVERIFY(m_ws->run(u"stopVolumeCopy"_s, {{u"id"_s, zulu}}).ok());

    QAction* open = action(m_window.get(), u"actionCopyManager"_s);
    QVERIFY(open && open->isEnabled());
    open->trigger();
    CopyManagerWindow* manager = m_window->copyManager();
    QVERIFY(manager && QTest::qWaitForWindowExposed(manager));
    QAbstractItemModel* shown = manager->table()->model();
    QTRY_COMPARE(shown->rowCount(), 2);
    FindBar* find = manager->findBar();

    // By state.
    typeInto(find, u"stopped"_s);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(IdRole).toLongLong(), zulu);
    // By name, selected, then progress ticks: the filter and the selection stay.
    typeInto(find, u"alpha"_s);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(IdRole).toLongLong(), alpha);
    QVERIFY(manager->selectPair(alpha));
    const double before
        = manager->model()->indexOf(alpha, VolumeCopyModel::ProgressColumn).data(ProgressRole).toDouble();
    QTRY_VERIFY(
        manager->model()->indexOf(alpha, VolumeCopyModel::ProgressColumn).data(ProgressRole).toDouble() > before);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(manager->selectedPairs(), QList<ObjectId> {alpha});
    QCOMPARE(find->lineEdit()->text(), u"alpha"_s);
    QVERIFY(!find->showsNoMatch(manager->table()));
    shoot(manager, u"copymanager-filtered"_s);

    // No match says so.
    typeInto(find, u"alpha stopped"_s);
    QCOMPARE(shown->rowCount(), 0);
    QVERIFY(find->showsNoMatch(manager->table()));
    QVERIFY(noMatchNotice(manager->table())->isVisible());
    QTest::keyClick(find->lineEdit(), Qt::Key_Escape);
    QCOMPARE(shown->rowCount(), 2);
    QVERIFY(!noMatchNotice(manager->table())->isVisible());
}

void TestFindGui::mirrorPanesByNameAndState()
{
    for (const QString& site : {kPrimary, kSecondary}) {
        const QString which = site == kPrimary ? u"primary"_s : u"secondary"_s;
        CommandResult r = m_ws->run(u"enableFeature"_s,
            {{u"file"_s, QDir(m_ws->path()).filePath(u"keys/%1-remoteMirror.key"_s.arg(which))}}, site);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        r = m_ws->run(u"activateRemoteMirror"_s, {{u"feature"_s, u"remoteMirror"_s}}, site);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
    }
    // A slow link: the pairs synchronize while the filter is set.
    QVERIFY(
        m_ws->run(u"setRemoteMirrorLink"_s, {{u"remoteStorageSubsystemName"_s, kSecondary}, {u"bandwidth"_s, 4 * MiB}})
            .ok());
    for (const QString& name : {u"Ledger"_s, u"Cash"_s}) {
        createDrive(name, GiB);
        const QString secondary = name + u" 2"_s;
        createDrive(secondary, GiB, u"Accounting 2"_s, kSecondary);
        const CommandResult r = m_ws->run(u"createRemoteMirror"_s,
            {{u"primary"_s, name}, {u"secondary"_s, secondary}, {u"remoteStorageSubsystemName"_s, kSecondary}});
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
    }
    QVERIFY(m_ws->run(u"suspendRemoteMirror"_s, {{u"primary"_s, u"Cash"_s}}).ok());

    QAction* open = m_window->mirrorActions()->remoteMirrorsAction();
    QVERIFY(open->isEnabled());
    open->trigger();
    RemoteMirrorsWindow* window = m_window->remoteMirrors();
    QVERIFY(window && QTest::qWaitForWindowExposed(window));
    QTableView* primary = window->pane(m_ws->subsystemId(kPrimary));
    QTableView* secondary = window->pane(m_ws->subsystemId(kSecondary));
    QVERIFY(primary && secondary);
    QTRY_COMPARE(primary->model()->rowCount(), 2);
    FindBar* find = window->findBar();

    // By name: both panes.
    typeInto(find, u"ledger"_s);
    QCOMPARE(shownTexts(primary, MirrorPairModel::LogicalDriveColumn), QStringList {u"Ledger"_s});
    QCOMPARE(shownTexts(secondary, MirrorPairModel::LogicalDriveColumn), QStringList {u"Ledger 2"_s});
    // By state.
    typeInto(find, u"suspended"_s);
    QCOMPARE(shownTexts(primary, MirrorPairModel::LogicalDriveColumn), QStringList {u"Cash"_s});
    shoot(window, u"mirrors-filtered"_s);
    // Live: Cash resumes, Ledger keeps synchronizing (progress ticks). Cash no longer matches: the pane says so.
    typeInto(find, u"ledger"_s);
    clickIndex(primary, findText(primary->model(), u"Ledger"_s));
    QCOMPARE(window->selectedRecords(), QList<ObjectId> {m_ws->logicalDrive(u"Ledger"_s).id});
    QTest::qWait(1500);
    QCOMPARE(shownTexts(primary, MirrorPairModel::LogicalDriveColumn), QStringList {u"Ledger"_s});
    QCOMPARE(window->selectedRecords(), QList<ObjectId> {m_ws->logicalDrive(u"Ledger"_s).id});
    QVERIFY(m_ws->run(u"resumeRemoteMirror"_s, {{u"primary"_s, u"Cash"_s}}).ok());
    typeInto(find, u"suspended"_s);
    QTRY_VERIFY(find->showsNoMatch(primary));
    QVERIFY(noMatchNotice(primary)->isVisible());
    shoot(window, u"mirrors-nomatch"_s);
    QTest::keyClick(find->lineEdit(), Qt::Key_Escape);
    QCOMPARE(shownTexts(primary, MirrorPairModel::LogicalDriveColumn).size(), 2);
}

// ---------------------------------------------------------------------------------------------------------------

void TestFindGui::deleteAsksForYesTyped()
{
    const QModelIndex dataVol = findText(tree()->model(), driveText(u"DataVol"_s));
    clickIndex(tree(), dataVol);
    QAction* remove = action(m_window.get(), u"actionDeleteLogicalDrive"_s);
    QVERIFY(remove && remove->isEnabled());
    remove->trigger();
    QPointer<TypeYesDialog> dialog;
    QTRY_VERIFY((dialog = m_window->findChild<TypeYesDialog*>()) != nullptr);
    auto* field = dialog->findChild<QLineEdit*>(u"confirmLineEdit"_s);
    QVERIFY(field);
    QCOMPARE(dialog->findChild<QLabel*>(u"promptLabel"_s)->text(), u"Type Yes and click OK."_s);
    QVERIFY(!dialog->okButton()->isEnabled());
    // Another word: OK stays disabled, Enter does not delete.
    QTest::keyClicks(field, u"yes please"_s);
    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::keyClick(field, Qt::Key_Return);
    QTest::qWait(300);
    QVERIFY(m_ws->logicalDrive(u"DataVol"_s).id != 0);
    // "Yes" (in any case): OK deletes.
    field->clear();
    QTest::keyClicks(field, u"YES"_s);
    QVERIFY(dialog->okButton()->isEnabled());
    click(dialog->okButton());
    QTRY_COMPARE(m_ws->logicalDrive(u"DataVol"_s).id, ObjectId(0));
    QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
}

void TestFindGui::removeMappingIsAPlainQuestion()
{
    m_window->showView(MainWindow::Mappings);
    MappingsView* view = m_window->mappingsView();
    QTableView* table = view->mappingsTable();
    QTRY_VERIFY(findText(table->model(), u"DataVol"_s).isValid());
    clickIndex(table, findText(table->model(), u"DataVol"_s));
    QAction* remove = action(m_window.get(), u"actionRemoveMapping"_s);
    QVERIFY(remove && remove->isEnabled());
    const auto mapped = [this]() {
        for (const LunMapping& m : m_ws->config().mappings) {
            if (m.logicalDriveId == m_ws->logicalDrive(u"DataVol"_s).id) {
                return true;
            }
        }
        return false;
    };
    // A question (no typing), answered No: nothing changes.
    MessageBox::setNextAnswer(QMessageBox::No);
    remove->trigger();
    QVERIFY(Confirm::lastConsequence() == Consequence::ChangesState);
    QVERIFY(Confirm::lastText().contains(u"DataVol"_s));
    QTest::qWait(200);
    QVERIFY(mapped());
    // Yes: removed.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    remove->trigger();
    QTRY_VERIFY(!mapped());
}

void TestFindGui::typedConfirmationWindow()
{
    // The rule itself.
    QVERIFY(Confirm::kindFor(Consequence::LosesData) == ConfirmationKind::TypedYes);
    QVERIFY(Confirm::kindFor(Consequence::ChangesState) == ConfirmationKind::Question);
    QVERIFY(Confirm::kindFor(Consequence::ReadOnly) == ConfirmationKind::None);
    QVERIFY(Confirm::ask(m_window.get(), Consequence::ReadOnly, u"Show"_s, u"Nothing to confirm"_s));

    // The window Confirm::ask() shows for a data loss, driven by keyboard: a wrong word keeps OK disabled and Enter
    // does not confirm; "Yes" and OK confirm. Then Cancel refuses.
    bool sawWrongWordRefused = false;
    QTimer::singleShot(0, this, [&sawWrongWordRefused]() {
        auto* dialog = qobject_cast<TypedConfirmationDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), u"Delete Everything"_s);
        QTest::keyClicks(dialog->field(), u"no"_s);
        QVERIFY(!dialog->okButton()->isEnabled());
        QTest::keyClick(dialog->field(), Qt::Key_Return);
        sawWrongWordRefused = QApplication::activeModalWidget() == dialog && dialog->isVisible();
        dialog->field()->clear();
        QTest::keyClicks(dialog->field(), u"Yes"_s);
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    QVERIFY(Confirm::ask(m_window.get(), Consequence::LosesData, u"Delete Everything"_s, u"All data is lost."_s));
    QVERIFY(sawWrongWordRefused);

    QTimer::singleShot(0, this, []() {
        auto* dialog = qobject_cast<TypedConfirmationDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QVERIFY(!Confirm::ask(m_window.get(), Consequence::LosesData, u"Delete Everything"_s, u"All data is lost."_s));
}

void TestFindGui::enablingAFeatureSaysWhich()
{
    QAction* enable = action(m_window.get(), u"actionEnablePremiumFeature"_s);
    QVERIFY(enable && enable->isEnabled());
    enable->trigger();
    QPointer<EnablePremiumFeatureDialog> dialog;
    QTRY_VERIFY((dialog = m_window->findChild<EnablePremiumFeatureDialog*>()) != nullptr);
    auto* file = dialog->findChild<QLineEdit*>(u"keyFileLineEdit"_s);
    QVERIFY(file);
    QTest::keyClicks(file, QDir(m_ws->path()).filePath(u"keys/primary-remoteMirror.key"_s));
    click(dialog->okButton());
    QTRY_VERIFY(m_ws->config().subsystems.value(m_ws->subsystemId()).remoteMirrorEnabled);
    QTRY_VERIFY(!m_window->statusBar()->currentMessage().isEmpty());
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(Texts::featureName(PremiumFeature::RemoteMirror)), qPrintable(message));
    QVERIFY2(message.contains(u"Primary Site"_s), qPrintable(message));
}

QTEST_MAIN(TestFindGui)
#include "tst_findgui.moc"
