// SPDX-License-Identifier: GPL-3.0-or-later
// The console's dialogs, opened from the real main window's actions and filled by typing and clicking: each checks
// its input live with the engine's rules, keeps OK disabled while the input is invalid, shows the engine's error
// in red and keeps the user's input when a command fails, and changes the engine when it succeeds.
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/statusarea.h"
#include "panels/ds4000/dialogs/createarraydialog.h"
#include "panels/ds4000/dialogs/logicaldrivedialogs.h"
#include "panels/ds4000/dialogs/premiumfeaturedialogs.h"
#include "panels/ds4000/dialogs/propertiesdialogs.h"
#include "panels/ds4000/dialogs/reservationsdialog.h"
#include "panels/ds4000/dialogs/topologydialogs.h"
#include "storage/rules.h"
#include "util/bytesize.h"
#include "views/logicalphysicalview.h"
#include "views/mappingsview.h"
#include "views/physicalview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using GuiTest::action;
using GuiTest::allTexts;
using GuiTest::findText;

namespace
{

void clickIndex(QAbstractItemView* view, const QModelIndex& index)
{
    QVERIFY(index.isValid());
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

/** Replaces the text of a line edit or spin box the way a user does: select all, type. */
using GuiTest::retype;

template <typename T>
T* child(QWidget* parent, const QString& name)
{
    T* w = parent->findChild<T*>(name);
    if (w == nullptr) {
        qWarning("no child %s", qPrintable(name));
    }
    return w;
}

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createLogicalDrive();
    void createLogicalDriveRejectsInvalidInput();
    void createLogicalDriveKeepsInputOnEngineError();
    void deleteLogicalDriveNeedsTypedYes();
    void renameAndIncreaseCapacity();
    void createArrayFollowsRaidRule();
    void deleteArrayShowsEngineError();
    void defineHostAndMapping();
    void premiumFeatures();
    void propertiesDialogs();
    void persistentReservationsClearWithTypedYes();

private:
    QTreeView* tree() const { return m_window->logicalPhysicalView()->logicalTree(); }
    void select(const QString& text) { clickIndex(tree(), findText(tree()->model(), text)); }
    void trigger(const QString& name)
    {
        QAction* a = action(m_window.get(), name);
        QVERIFY2(a && a->isEnabled(), qPrintable(name));
        a->trigger();
    }

    std::unique_ptr<GuiTest::Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

void TestDialogs::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestDialogs::init()
{
    m_ws = std::make_unique<GuiTest::Workspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
    m_window = GuiTest::openMainWindow(*m_ws);
    QVERIFY(m_window);
}

void TestDialogs::cleanup()
{
    m_window.reset();
    m_ws.reset();
}

void TestDialogs::createLogicalDrive()
{
    select(u"Logical Drive Group 1 (RAID 5)"_s);
    trigger(u"actionCreateLogicalDrive"_s);
    QPointer<CreateLogicalDriveDialog> dialog = m_window->findChild<CreateLogicalDriveDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto* array = child<QComboBox>(dialog, u"arrayComboBox"_s);
    QVERIFY(array->currentText().startsWith(u"Logical Drive Group 1 (RAID 5)"_s));
    QCOMPARE(child<QLabel>(dialog, u"freeCapacityLabel"_s)->text(), u"192.000 GB"_s);
    QVERIFY(!dialog->okButton()->isEnabled()); // no name yet

    QTest::keyClicks(child<QLineEdit>(dialog, u"nameLineEdit"_s), u"Projects"_s);
    retype(child<QDoubleSpinBox>(dialog, u"capacitySpinBox"_s), u"5.5"_s);
    QCOMPARE(dialog->requestedCapacity(), 5 * GiB + GiB / 2);
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    QTRY_VERIFY(dialog.isNull());
    // The engine has it, with the capacity typed...
    const LogicalDrive ld = m_ws->logicalDrive(u"Projects"_s);
    QVERIFY(ld.id != 0);
    QCOMPARE(ld.capacity, 5 * GiB + GiB / 2);
    const CommandResult shown = m_ws->run(u"showLogicalDrive"_s, {{u"id"_s, ld.id}});
    QVERIFY(shown.ok());
    QCOMPARE(shown.data.value(u"logicalDrives"_s).toArray().first().toObject().value(u"capacity"_s).toInteger(),
        5 * GiB + GiB / 2);
    // ...and the tree shows it, selected.
    QVERIFY(findText(tree()->model(), u"Projects (5.500 GB)"_s).isValid());
    QCOMPARE(tree()->currentIndex().data().toString(), u"Projects (5.500 GB)"_s);
    QVERIFY(findText(tree()->model(), u"Free Capacity (186.500 GB)"_s).isValid());
}

void TestDialogs::createLogicalDriveRejectsInvalidInput()
{
    select(u"Logical Drive Group 2 (RAID 1)"_s);
    trigger(u"actionCreateLogicalDrive"_s);
    QPointer<CreateLogicalDriveDialog> dialog = m_window->findChild<CreateLogicalDriveDialog*>();
    QVERIFY(dialog);
    auto* name = child<QLineEdit>(dialog, u"nameLineEdit"_s);
    auto* capacity = child<QDoubleSpinBox>(dialog, u"capacitySpinBox"_s);
    auto* hint = child<QLabel>(dialog, u"hintLabel"_s);

    // 31 characters: too long.
    QTest::keyClicks(name, u"A name that is much too long xx"_s);
    QCOMPARE(name->text().size(), 31);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(hint->isVisible());
    QVERIFY2(dialog->hintText().contains(u"at most 30 characters"_s), qPrintable(dialog->hintText()));

    // Duplicate name.
    retype(name, u"Accounting"_s);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->hintText().contains(u"already used"_s), qPrintable(dialog->hintText()));

    // Capacity above the free capacity (98 GB in group 2).
    retype(name, u"Staging"_s);
    retype(capacity, u"99"_s);
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->hintText().contains(u"more than the free capacity"_s), qPrintable(dialog->hintText()));
    // MB: 99 GB is the same number of bytes.
    child<QComboBox>(dialog, u"unitComboBox"_s)->setCurrentIndex(1);
    QCOMPARE(capacity->value(), 99.0 * 1024);
    QVERIFY(!dialog->okButton()->isEnabled());

    // "Use all free capacity" fixes it.
    QTest::mouseClick(child<QCheckBox>(dialog, u"useAllFreeCheckBox"_s), Qt::LeftButton);
    QVERIFY(dialog->okButton()->isEnabled());
    QCOMPARE(dialog->requestedCapacity(), 98 * GiB);
    QVERIFY(!hint->isVisible());
    dialog->reject();
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m_ws->logicalDrive(u"Staging"_s).id, 0); // nothing was created
}

void TestDialogs::createLogicalDriveKeepsInputOnEngineError()
{
    select(u"Logical Drive Group 2 (RAID 1)"_s);
    trigger(u"actionCreateLogicalDrive"_s);
    QPointer<CreateLogicalDriveDialog> dialog = m_window->findChild<CreateLogicalDriveDialog*>();
    QVERIFY(dialog);
    auto* name = child<QLineEdit>(dialog, u"nameLineEdit"_s);
    QTest::keyClicks(name, u"Staging"_s);
    retype(child<QDoubleSpinBox>(dialog, u"capacitySpinBox"_s), u"50"_s);
    QVERIFY(dialog->okButton()->isEnabled());

    // Someone else (a script, another console) takes 60 GB of the array first: the engine refuses the dialog's
    // command. The click comes before this window has seen the new snapshot, as it would in real life.
    const ObjectId arrayId = m_ws->logicalDrive(u"Oracle Logs"_s).arrayId;
    QObject context;
    m_ws->connection()->submit({u"createLogicalDrive"_s,
                                   {{u"subsystemId"_s, m_ws->subsystemId()}, {u"arrayId"_s, arrayId},
                                       {u"userLabel"_s, u"Elsewhere"_s}, {u"capacity"_s, 60 * GiB}}},
        &context, [](const CommandResult&) {});
    dialog->okButton()->click();

    QTRY_VERIFY(!dialog->errorText().isEmpty());
    QVERIFY2(dialog->errorText().contains(u"more than the free capacity"_s), qPrintable(dialog->errorText()));
    QVERIFY(child<QLabel>(dialog, u"errorLabel"_s)->isVisible());
    QVERIFY(dialog->isVisible());
    QCOMPARE(name->text(), u"Staging"_s);
    QCOMPARE(child<QDoubleSpinBox>(dialog, u"capacitySpinBox"_s)->value(), 50.0);
    QTRY_VERIFY(!dialog->okButton()->isEnabled()); // the new snapshot shows only 38 GB free
    QCOMPARE(m_ws->logicalDrive(u"Staging"_s).id, 0);
    QVERIFY(m_ws->logicalDrive(u"Elsewhere"_s).id != 0);

    // Fix the capacity and try again.
    retype(child<QDoubleSpinBox>(dialog, u"capacitySpinBox"_s), u"30"_s);
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m_ws->logicalDrive(u"Staging"_s).capacity, 30 * GiB);
}

void TestDialogs::deleteLogicalDriveNeedsTypedYes()
{
    select(u"DataVol (8.000 GB)"_s);
    const ObjectId dataVol = m_ws->logicalDrive(u"DataVol"_s).id;
    QVERIFY(m_ws->config().mappingOf(dataVol) != nullptr);
    QTest::keyClick(tree(), Qt::Key_Delete);
    QPointer<TypeYesDialog> dialog = m_window->findChild<TypeYesDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"Delete Logical Drives"_s);
    QVERIFY(child<QLabel>(dialog, u"messageLabel"_s)->text().contains(u"DataVol"_s));
    auto* confirm = child<QLineEdit>(dialog, u"confirmLineEdit"_s);
    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::keyClicks(confirm, u"no"_s);
    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton); // a disabled button does nothing
    QVERIFY(m_ws->logicalDrive(u"DataVol"_s).id != 0);
    retype(confirm, u"yes"_s);
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m_ws->logicalDrive(u"DataVol"_s).id, 0);
    QVERIFY(m_ws->config().mappingOf(dataVol) == nullptr);
    QTRY_VERIFY(!findText(tree()->model(), u"DataVol (8.000 GB)"_s).isValid());
    QVERIFY(findText(tree()->model(), u"Free Capacity (200.000 GB)"_s).isValid());
}

void TestDialogs::renameAndIncreaseCapacity()
{
    select(u"Exchange (40.000 GB)"_s);
    trigger(u"actionRenameLogicalDrive"_s);
    QPointer<RenameDialog> rename = m_window->findChild<RenameDialog*>();
    QVERIFY(rename);
    auto* name = child<QLineEdit>(rename, u"nameLineEdit"_s);
    QCOMPARE(name->text(), u"Exchange"_s);
    QVERIFY(!rename->okButton()->isEnabled()); // unchanged
    retype(name, u"Payroll"_s);
    QVERIFY(!rename->okButton()->isEnabled()); // taken
    retype(name, u"Mail"_s);
    QVERIFY(rename->okButton()->isEnabled());
    QTest::mouseClick(rename->okButton(), Qt::LeftButton);
    QTRY_VERIFY(rename.isNull());
    QCOMPARE(m_ws->logicalDrive(u"Mail"_s).capacity, 40 * GiB);
    QTRY_COMPARE(tree()->currentIndex().data().toString(), u"Mail (40.000 GB)"_s);

    trigger(u"actionIncreaseCapacity"_s);
    QPointer<IncreaseCapacityDialog> increase = m_window->findChild<IncreaseCapacityDialog*>();
    QVERIFY(increase);
    QCOMPARE(child<QLabel>(increase, u"currentCapacityLabel"_s)->text(), u"40.000 GB"_s);
    auto* add = child<QDoubleSpinBox>(increase, u"increaseSpinBox"_s);
    QCOMPARE(add->value(), 192.0); // prefilled with the free capacity (spec §2.2.7)
    retype(add, u"200"_s);
    QVERIFY(!increase->okButton()->isEnabled());
    retype(add, u"2"_s);
    QVERIFY(increase->okButton()->isEnabled());
    QTest::mouseClick(increase->okButton(), Qt::LeftButton);
    QTRY_VERIFY(increase.isNull());
    // A long operation (issue 20, spec §2.2.7): "Operation in Progress" with the properties' bottom progress bar
    // until the added capacity is there.
    QCOMPARE(m_ws->logicalDrive(u"Mail"_s).modification, ModificationOperation::DynamicExpansion);
    trigger(u"actionLogicalDriveProperties"_s);
    QPointer<LogicalDrivePropertiesDialog> properties = m_window->findChild<LogicalDrivePropertiesDialog*>();
    QVERIFY(properties);
    QTRY_COMPARE(properties->value(u"Status"_s), u"Operation in Progress"_s);
    QCOMPARE(properties->value(u"Modification operation"_s), u"Dynamic logical drive expansion"_s);
    auto* bar = child<QProgressBar>(properties, u"modificationProgress"_s);
    QVERIFY(bar->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_ws->logicalDrive(u"Mail"_s).capacity, 42 * GiB, 30000);
    QTRY_VERIFY(!bar->isVisible());
    QCOMPARE(properties->value(u"Status"_s), u"Optimal"_s);
    properties->reject();
    QTRY_COMPARE(tree()->currentIndex().data().toString(), u"Mail (42.000 GB)"_s);
}

void TestDialogs::createArrayFollowsRaidRule()
{
    // Preselect two unassigned drives in the physical pane (Ctrl+click), then Array ▸ Create.
    PhysicalView* physical = m_window->logicalPhysicalView()->physicalView();
    const ObjectId d10 = m_ws->driveAt(1, 10)->id;
    const ObjectId d11 = m_ws->driveAt(1, 11)->id;
    const ObjectId d12 = m_ws->driveAt(1, 12)->id;
    QTest::mouseClick(physical, Qt::LeftButton, {}, physical->driveRect(d10).center());
    QTest::mouseClick(physical, Qt::LeftButton, Qt::ControlModifier, physical->driveRect(d11).center());
    trigger(u"actionCreateArray"_s);
    QPointer<CreateArrayDialog> dialog = m_window->findChild<CreateArrayDialog*>();
    QVERIFY(dialog);
    auto* table = child<QTableWidget>(dialog, u"drivesTableWidget"_s);
    QCOMPARE(table->rowCount(), 21); // unassigned, optimal drives of Primary Site
    QCOMPARE(dialog->checkedDrives(), (QList<ObjectId> {d10, d11}));
    QCOMPARE(dialog->raidLevel(), RaidLevel::Raid5);

    // RAID 5 with two drives breaks the rule; the dialog says which.
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->hintText().contains(u"RAID 5 needs at least 3 drives"_s), qPrintable(dialog->hintText()));
    // RAID 1 with two is fine, with three it is not (even number).
    auto* raid = child<QComboBox>(dialog, u"raidComboBox"_s);
    raid->setCurrentIndex(1);
    QVERIFY(dialog->okButton()->isEnabled());
    QCOMPARE(child<QLabel>(dialog, u"capacityLabel"_s)->text(), u"67.500 GB from 2 drive(s)"_s);
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toLongLong() == d12) {
            table->item(row, 0)->setCheckState(Qt::Checked);
        }
    }
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->hintText().contains(u"an even number of drives"_s), qPrintable(dialog->hintText()));
    raid->setCurrentIndex(3);
    QVERIFY(dialog->okButton()->isEnabled());
    QCOMPARE(child<QLabel>(dialog, u"capacityLabel"_s)->text(), u"135.000 GB from 3 drive(s)"_s);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());

    const Drive* member = m_ws->driveAt(1, 12);
    QCOMPARE(member->role, DriveRole::Assigned);
    const Array array = m_ws->config().arrays.value(member->arrayId);
    QCOMPARE(array.number, 3);
    QCOMPARE(array.raidLevel, RaidLevel::Raid5);
    QCOMPARE(arrayCapacity(m_ws->config(), array.id), raidCapacity(RaidLevel::Raid5, 3, member->usableCapacity));
    QTRY_COMPARE(tree()->currentIndex().data().toString(), u"Logical Drive Group 3 (RAID 5)"_s);
    QVERIFY(findText(tree()->model(), u"Free Capacity (135.000 GB)"_s).isValid());
    QCOMPARE(physical->highlightedDrives(), (QList<ObjectId> {d10, d11, d12}));
}

void TestDialogs::deleteArrayShowsEngineError()
{
    select(u"Logical Drive Group 1 (RAID 5)"_s);
    trigger(u"actionDeleteArray"_s);
    QPointer<TypeYesDialog> dialog = m_window->findChild<TypeYesDialog*>();
    QVERIFY(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, u"confirmLineEdit"_s), u"Yes"_s);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    // The array holds logical drives: the engine refuses, the dialog stays with its message and input.
    QTRY_VERIFY(!dialog->errorText().isEmpty());
    QVERIFY2(dialog->errorText().contains(u"still holds 4 logical drive(s)"_s), qPrintable(dialog->errorText()));
    QCOMPARE(child<QLineEdit>(dialog, u"confirmLineEdit"_s)->text(), u"Yes"_s);
    QVERIFY(dialog->isVisible());
    dialog->reject();
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(m_ws->config().arraysOf(m_ws->subsystemId()).size(), 2);
}

void TestDialogs::defineHostAndMapping()
{
    action(m_window.get(), u"actionViewMappings"_s)->trigger();
    MappingsView* view = m_window->mappingsView();

    // Host group.
    trigger(u"actionDefineHostGroup"_s);
    QPointer<DefineHostGroupDialog> group = m_window->findChild<DefineHostGroupDialog*>();
    QVERIFY(group);
    QTest::keyClicks(child<QLineEdit>(group, u"nameLineEdit"_s), u"Campus East"_s);
    QVERIFY(!group->okButton()->isEnabled()); // exists
    retype(child<QLineEdit>(group, u"nameLineEdit"_s), u"Campus North"_s);
    QTest::mouseClick(group->okButton(), Qt::LeftButton);
    QTRY_VERIFY(group.isNull());
    QTRY_VERIFY(findText(view->topologyTree()->model(), u"Host Group Campus North"_s).isValid());
    QCOMPARE(view->topologyKind(), NodeKind::HostGroup); // the new group is selected

    // Host, in the selected group.
    trigger(u"actionDefineHost"_s);
    QPointer<DefineHostDialog> host = m_window->findChild<DefineHostDialog*>();
    QVERIFY(host);
    QCOMPARE(child<QComboBox>(host, u"hostGroupComboBox"_s)->currentText(), u"Campus North"_s);
    QTest::keyClicks(child<QLineEdit>(host, u"nameLineEdit"_s), u"north-db01"_s);
    auto* hostType = child<QComboBox>(host, u"hostTypeComboBox"_s);
    hostType->setCurrentIndex(hostType->findText(u"AIX"_s));
    QTest::mouseClick(host->okButton(), Qt::LeftButton);
    QTRY_VERIFY(host.isNull());
    const Host* created = m_ws->config().hostByName(m_ws->subsystemId(), u"north-db01"_s);
    QVERIFY(created);
    QCOMPARE(created->hostType, u"AIX"_s);
    QCOMPARE(m_ws->config().hostGroups.value(created->hostGroupId).name, u"Campus North"_s);
    QTRY_COMPARE(view->topologyKind(), NodeKind::Host);

    // Host port: the WWPN is checked live.
    trigger(u"actionDefineHostPort"_s);
    QPointer<DefineHostPortDialog> port = m_window->findChild<DefineHostPortDialog*>();
    QVERIFY(port);
    QCOMPARE(child<QComboBox>(port, u"hostComboBox"_s)->currentText(), u"north-db01"_s);
    auto* identifier = child<QLineEdit>(port, u"identifierLineEdit"_s);
    QTest::keyClicks(identifier, u"21:00:00:E0:8B:99:00"_s);
    QVERIFY(!port->okButton()->isEnabled());
    QVERIFY(!port->hintText().isEmpty());
    retype(identifier, u"21:00:00:E0:8B:05:05:04"_s); // east-db01's
    QVERIFY(!port->okButton()->isEnabled());
    QVERIFY2(port->hintText().contains(u"east-db01"_s), qPrintable(port->hintText()));
    retype(identifier, u"21:00:00:e0:8b:99:00:01"_s);
    QVERIFY(port->okButton()->isEnabled());
    QTest::mouseClick(port->okButton(), Qt::LeftButton);
    QTRY_VERIFY(port.isNull());
    QTRY_VERIFY(findText(view->topologyTree()->model(), u"Host Port 21:00:00:E0:8B:99:00:01"_s).isValid());

    // Define Additional Mapping for the selected host: LUN defaults to the lowest free one.
    clickIndex(view->topologyTree(), findText(view->topologyTree()->model(), u"Host north-db01"_s));
    trigger(u"actionDefineAdditionalMapping"_s);
    QPointer<DefineMappingDialog> mapping = m_window->findChild<DefineMappingDialog*>();
    QVERIFY(mapping);
    QCOMPARE(child<QComboBox>(mapping, u"targetComboBox"_s)->currentText().trimmed(), u"Host north-db01"_s);
    auto* lun = child<QSpinBox>(mapping, u"lunSpinBox"_s);
    QCOMPARE(lun->value(), 0);
    auto* drives = child<QListWidget>(mapping, u"logicalDriveListWidget"_s);
    QCOMPARE(drives->count(), 1);
    QCOMPARE(drives->item(0)->text(), u"Web Content (25.000 GB)"_s);
    // A LUN already used in the partition of east-db01 is refused live.
    auto* target = child<QComboBox>(mapping, u"targetComboBox"_s);
    target->setCurrentIndex(target->findData(m_ws->config().hostByName(m_ws->subsystemId(), u"east-db01"_s)->id));
    QCOMPARE(lun->value(), 4); // 0,1 (Campus East), 2,3 (east-db01)
    retype(lun, u"2"_s);
    QVERIFY(!mapping->okButton()->isEnabled());
    QVERIFY2(mapping->hintText().contains(u"Oracle Logs"_s), qPrintable(mapping->hintText()));
    target->setCurrentIndex(target->findData(created->id));
    retype(lun, u"7"_s);
    QVERIFY(mapping->okButton()->isEnabled());
    QTest::mouseClick(mapping->okButton(), Qt::LeftButton);
    QTRY_VERIFY(mapping.isNull());
    const LunMapping* m = m_ws->config().mappingOf(m_ws->logicalDrive(u"Web Content"_s).id);
    QVERIFY(m);
    QCOMPARE(m->lun, 7);
    QCOMPARE(m->targetId, created->id);
    // The mappings list of the host shows it.
    QTableView* table = view->mappingsTable();
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), u"Web Content"_s);
    QCOMPARE(table->model()->index(0, 1).data().toString(), u"Host north-db01"_s);
    QCOMPARE(table->model()->index(0, 2).data().toString(), u"7"_s);

    // Remove Mapping asks first; "No" keeps it, "Yes" removes it.
    clickIndex(table, table->model()->index(0, 0));
    MessageBox::setNextAnswer(QMessageBox::No);
    trigger(u"actionRemoveMapping"_s);
    QVERIFY(MessageBox::lastText().contains(u"Web Content"_s));
    QTest::qWait(50);
    QVERIFY(m_ws->config().mappingOf(m_ws->logicalDrive(u"Web Content"_s).id) != nullptr);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    trigger(u"actionRemoveMapping"_s);
    QTRY_VERIFY(m_ws->config().mappingOf(m_ws->logicalDrive(u"Web Content"_s).id) == nullptr);
}

void TestDialogs::premiumFeatures()
{
    StatusArea* status = m_window->statusArea();
    // List.
    trigger(u"actionListPremiumFeatures"_s);
    QPointer<ListPremiumFeaturesDialog> list = m_window->findChild<ListPremiumFeaturesDialog*>();
    QVERIFY(list);
    QTRY_VERIFY(list->isLoaded());
    auto* table = child<QTableWidget>(list, u"featuresTableWidget"_s);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 0)->text(), u"FlashCopy"_s);
    QCOMPARE(table->item(0, 1)->text(), u"Enabled"_s);
    QCOMPARE(table->item(1, 1)->text(), u"Enabled"_s);
    QCOMPARE(table->item(2, 0)->text(), u"Remote Logical Drive Mirroring"_s);
    QCOMPARE(table->item(2, 1)->text(), u"Disabled/Deactivated"_s);
    const QString identifier = child<QLabel>(list, u"identifierLabel"_s)->text();
    QCOMPARE(identifier.size(), 32);
    QCOMPARE(identifier, m_ws->config().subsystemByName(u"Primary Site"_s)->featureEnableId);
    list->reject();
    QTRY_VERIFY(list.isNull());

    // Enable with the other subsystem's key: the engine's error shows, the path stays.
    trigger(u"actionEnablePremiumFeature"_s);
    QPointer<EnablePremiumFeatureDialog> enable = m_window->findChild<EnablePremiumFeatureDialog*>();
    QVERIFY(enable);
    const QString wrongKey = m_ws->path() + u"/keys/secondary-remoteMirror.key"_s;
    QVERIFY(QFile::exists(wrongKey));
    FileDialog::setNextFileName(wrongKey);
    QTest::mouseClick(child<QPushButton>(enable, u"browseButton"_s), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(enable, u"keyFileLineEdit"_s)->text(), wrongKey);
    QTest::mouseClick(enable->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!enable->errorText().isEmpty());
    QCOMPARE(child<QLineEdit>(enable, u"keyFileLineEdit"_s)->text(), wrongKey);
    QVERIFY(!m_ws->config().subsystemByName(u"Primary Site"_s)->remoteMirrorEnabled);

    // The simulated activation web site writes a key for this subsystem; OK enables the feature.
    auto* feature = child<QComboBox>(enable, u"generateFeatureComboBox"_s);
    feature->setCurrentIndex(feature->findData(u"remoteMirror"_s));
    const QString newKey = m_ws->path() + u"/keys/generated-remoteMirror.key"_s;
    FileDialog::setNextFileName(newKey);
    QTest::mouseClick(child<QPushButton>(enable, u"generateKeyButton"_s), Qt::LeftButton);
    QTRY_COMPARE(child<QLineEdit>(enable, u"keyFileLineEdit"_s)->text(), newKey);
    QVERIFY(QFile::exists(newKey));
    QTRY_VERIFY(enable->okButton()->isEnabled());
    QTest::mouseClick(enable->okButton(), Qt::LeftButton);
    QTRY_VERIFY(enable.isNull());
    QVERIFY(m_ws->config().subsystemByName(u"Primary Site"_s)->remoteMirrorEnabled);
    QTRY_COMPARE(status->featureLabel(PremiumFeature::RemoteMirror)->toolTip(),
        u"Remote Logical Drive Mirroring - Enabled/Deactivated"_s);

    // Disable FlashCopy: the warning is answered "No" first (nothing happens), then "Yes".
    trigger(u"actionDisablePremiumFeature"_s);
    QPointer<DisablePremiumFeatureDialog> disable = m_window->findChild<DisablePremiumFeatureDialog*>();
    QVERIFY(disable);
    auto* features = child<QListWidget>(disable, u"featureListWidget"_s);
    QCOMPARE(features->count(), 3);
    features->setCurrentRow(0);
    QCOMPARE(features->currentItem()->text(), u"FlashCopy"_s);
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(disable->okButton(), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(u"Disabling a premium feature is not recommended"_s));
    QVERIFY(disable->isVisible());
    QTest::qWait(50);
    QVERIFY(m_ws->config().subsystemByName(u"Primary Site"_s)->flashCopyEnabled);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(disable->okButton(), Qt::LeftButton);
    QTRY_VERIFY(disable.isNull());
    QVERIFY(!m_ws->config().subsystemByName(u"Primary Site"_s)->flashCopyEnabled);
    QTRY_COMPARE(status->featureLabel(PremiumFeature::FlashCopy)->toolTip(), u"FlashCopy - Disabled"_s);
}

void TestDialogs::propertiesDialogs()
{
    select(u"Accounting (20.000 GB)"_s);
    trigger(u"actionLogicalDriveProperties"_s);
    QPointer<LogicalDrivePropertiesDialog> ld = m_window->findChild<LogicalDrivePropertiesDialog*>();
    QVERIFY(ld);
    const LogicalDrive accounting = m_ws->logicalDrive(u"Accounting"_s);
    QCOMPARE(ld->value(u"Logical drive name"_s), u"Accounting"_s);
    QCOMPARE(ld->value(u"Logical drive ID (WWN)"_s), accounting.wwn);
    QCOMPARE(ld->value(u"Capacity"_s), u"20.000 GB"_s);
    QCOMPARE(ld->value(u"Array"_s), u"Logical Drive Group 1 (RAID 5)"_s);
    QCOMPARE(ld->value(u"LUN mapping"_s), u"LUN 0 of Host Group Campus East"_s);
    QCOMPARE(ld->value(u"Status"_s), u"Optimal"_s);
    ld->reject();

    trigger(u"actionArrayProperties"_s);
    QPointer<ArrayPropertiesDialog> array = m_window->findChild<ArrayPropertiesDialog*>();
    QVERIFY(array);
    QCOMPARE(array->value(u"Capacity"_s), u"270.000 GB"_s);
    QCOMPARE(array->value(u"Free capacity"_s), u"192.000 GB"_s);
    QCOMPARE(array->value(u"Drives [enclosure,slot]"_s), u"[1,1] [1,2] [1,3] [1,4] [1,5]"_s);
    array->reject();

    trigger(u"actionSubsystemProperties"_s);
    QPointer<SubsystemPropertiesDialog> subsystem = m_window->findChild<SubsystemPropertiesDialog*>();
    QVERIFY(subsystem);
    const Subsystem* primary = m_ws->config().subsystemByName(u"Primary Site"_s);
    QCOMPARE(subsystem->value(u"Model"_s), u"DS4800"_s);
    QCOMPARE(subsystem->value(u"World-wide name (WWN)"_s), primary->wwn);
    QCOMPARE(subsystem->value(u"Feature enable identifier"_s), primary->featureEnableId);
    QCOMPARE(subsystem->value(u"Unconfigured capacity"_s), u"1417.500 GB"_s);
    // Properties follow the engine: a rename shows at once.
    QVERIFY(m_ws->run(u"setStorageSubsystem"_s, {{u"userLabel"_s, u"Main Site"_s}}).ok());
    QTRY_COMPARE(subsystem->value(u"Name"_s), u"Main Site"_s);
    subsystem->reject();

    PhysicalView* physical = m_window->logicalPhysicalView()->physicalView();
    const Drive* spare = m_ws->driveAt(2, 16, u"Main Site"_s);
    QTest::mouseClick(physical, Qt::LeftButton, {}, physical->driveRect(spare->id).center());
    trigger(u"actionDriveProperties"_s);
    QPointer<DrivePropertiesDialog> drive = m_window->findChild<DrivePropertiesDialog*>();
    QVERIFY(drive);
    QCOMPARE(drive->value(u"Enclosure"_s), u"2"_s);
    QCOMPARE(drive->value(u"Slot"_s), u"16"_s);
    QCOMPARE(drive->value(u"Role"_s), u"Hot spare"_s);
    QCOMPARE(drive->value(u"Serial number"_s), spare->serial);
}

QTEST_MAIN(TestDialogs)
void TestDialogs::persistentReservationsClearWithTypedYes()
{
    // Spec §2.5 (L6921-6972): Advanced ▸ Persistent Reservations; "View Associated Registrations" deselected;
    // Select All, Clear, type Yes (which enables OK), OK.
    QVERIFY(
        m_ws->run(u"reserveLogicalDrive"_s, {{u"targets"_s, QJsonArray {u"Accounting"_s}}, {u"host"_s, u"east-db01"_s}})
            .ok());
    QVERIFY(m_ws->run(u"reserveLogicalDrive"_s,
                    {{u"targets"_s, QJsonArray {u"Payroll"_s}}, {u"host"_s, u"east-app01"_s}, {u"type"_s, u"legacy"_s}})
                .ok());
    trigger(u"actionPersistentReservations"_s);
    QPointer<PersistentReservationsDialog> dialog = m_window->findChild<PersistentReservationsDialog*>();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->table()->rowCount(), 2);
    QVERIFY(!dialog->registrationsCheckBox()->isChecked());
    QVERIFY(dialog->table()->isColumnHidden(2));
    QCheckBox* view = dialog->registrationsCheckBox();
    QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(8, view->height() / 2)); // on the box, upper left
    QVERIFY(view->isChecked());
    QVERIFY(!dialog->table()->isColumnHidden(2));
    QCOMPARE(dialog->table()->item(0, 2)->text(), u"east-db01"_s);
    QVERIFY(!dialog->clearButton()->isEnabled()); // nothing selected
    QTest::mouseClick(dialog->selectAllButton(), Qt::LeftButton);
    QVERIFY(dialog->clearButton()->isEnabled());
    // A new snapshot keeps the whole selection.
    QVERIFY(
        m_ws->run(u"setLogicalDrive"_s, {{u"id"_s, m_ws->logicalDrive(u"Exchange"_s).id}, {u"owner"_s, u"b"_s}}).ok());
    QTRY_COMPARE(
        m_ws->snapshot()->config.logicalDrives.value(m_ws->logicalDrive(u"Exchange"_s).id).currentOwner, u"B"_s);
    QTest::qWait(100);
    QCOMPARE(dialog->table()->selectionModel()->selectedRows().size(), 2);
    QTest::mouseClick(dialog->clearButton(), Qt::LeftButton);
    QPointer<TypeYesDialog> confirm = dialog->findChild<TypeYesDialog*>();
    QVERIFY(confirm);
    QCOMPARE(confirm->windowTitle(), u"Clear Registrations/Reservations"_s);
    QVERIFY(!confirm->okButton()->isEnabled());
    QTest::keyClicks(child<QLineEdit>(confirm, u"confirmLineEdit"_s), u"Yes"_s);
    QVERIFY(confirm->okButton()->isEnabled());
    QTest::mouseClick(confirm->okButton(), Qt::LeftButton);
    QTRY_VERIFY(confirm.isNull());
    QCOMPARE(m_ws->logicalDrive(u"Accounting"_s).reservation, Reservation::None);
    QCOMPARE(m_ws->logicalDrive(u"Payroll"_s).reservation, Reservation::None);
    QTRY_COMPARE(dialog->table()->rowCount(), 0);
    QVERIFY(child<QLabel>(dialog, u"emptyLabel"_s)->isVisible());
    dialog->reject();
}

#include "tst_dialogs.moc"
