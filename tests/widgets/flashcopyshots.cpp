// SPDX-License-Identifier: GPL-3.0-or-later
// flashcopy_screenshots OUTDIR: pictures of the console's FlashCopy parts for review and documentation — the
// Logical view with FlashCopies in every state, each page of the Create FlashCopy Logical Drive wizard, the
// confirmations, Increase Repository Capacity and the repository's Capacity tab. Not a test: it asserts nothing.
#include "dialogs/commanddialog.h"
#include "guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "panels/ds4000/dialogs/flashcopydialogs.h"
#include "panels/ds4000/dialogs/propertiesdialogs.h"
#include "panels/ds4000/dialogs/reservationsdialog.h"
#include "panels/ds4000/wizards/flashcopywizard.h"
#include "shotsupport.h"
#include "util/bytesize.h"
#include "views/logicalphysicalview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using namespace Copyline::Shots;

namespace
{

void write(GuiTest::Workspace& ws, const QString& drive, qint64 length)
{
    run(ws, u"writeLogicalDrive"_s,
        {{u"targets"_s, QJsonArray {drive}}, {u"offset"_s, 0}, {u"length"_s, length}, {u"seed"_s, 7}});
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale::c());
    Shots::setOutputDir(argc, argv);

    GuiTest::Workspace ws;
    if (!ws.ok()) {
        qCritical("%s", qPrintable(ws.errorText()));
        return 1;
    }
    const ObjectId array1 = ws.logicalDrive(u"Accounting"_s).arrayId;
    const ObjectId array2 = ws.logicalDrive(u"Web Content"_s).arrayId;
    // Optimal, Disabled, Failed (repository full), threshold exceeded, and full with "Fail writes to base".
    run(ws, u"createFlashCopy"_s, {{u"baseId"_s, ws.logicalDrive(u"Accounting"_s).id}, {u"mapping"_s, u"automatic"_s}});
    run(ws, u"createFlashCopy"_s, {{u"baseId"_s, ws.logicalDrive(u"Accounting"_s).id}});
    run(ws, u"disableFlashCopy"_s, {{u"id"_s, ws.logicalDrive(u"Accounting-2"_s).id}});
    run(ws, u"createLogicalDrive"_s, {{u"arrayId"_s, array1}, {u"userLabel"_s, u"Small"_s}, {u"capacity"_s, 64 * MiB}});
    run(ws, u"createFlashCopy"_s,
        {{u"baseId"_s, ws.logicalDrive(u"Small"_s).id}, {u"repositoryPercentOfBase"_s, 1}, {u"grainSize"_s, 4096}});
    write(ws, u"Small"_s, 20'000'000);
    run(ws, u"createFlashCopy"_s,
        {{u"baseId"_s, ws.logicalDrive(u"Oracle Logs"_s).id}, {u"repositoryPercentOfBase"_s, 1},
            {u"warningThresholdPercent"_s, 10}, {u"repositoryArrayId"_s, array1}});
    write(ws, u"Oracle Logs"_s, 40 * MiB);
    run(ws, u"createLogicalDrive"_s,
        {{u"arrayId"_s, array2}, {u"userLabel"_s, u"Scratch"_s}, {u"capacity"_s, 128 * MiB}});
    run(ws, u"createFlashCopy"_s,
        {{u"baseId"_s, ws.logicalDrive(u"Scratch"_s).id}, {u"repositoryPercentOfBase"_s, 1},
            {u"repositoryFullPolicy"_s, u"failBaseWrites"_s}, {u"grainSize"_s, 4096}});
    write(ws, u"Scratch"_s, 20'000'000);
    QTest::qWait(1500); // the copy engine's notices reach the configuration

    MainWindow window;
    window.setConnection(ws.connection(), u"screenshots"_s);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return 1;
    }
    QTest::qWait(500);
    window.logicalPhysicalView()->selectKey(u"ld:%1"_s.arg(ws.logicalDrive(u"Accounting-1"_s).id));
    save(&window, u"logical-view"_s);

    // The wizard, Advanced path with the repository on another array, which is nearly full: 20% of Payroll fits
    // there, 35% does not.
    run(ws, u"createLogicalDrive"_s, {{u"arrayId"_s, array2}, {u"userLabel"_s, u"Bulk"_s}, {u"capacity"_s, 95 * GiB}});
    QTest::qWait(300);
    window.logicalPhysicalView()->selectKey(u"ld:%1"_s.arg(ws.logicalDrive(u"Payroll"_s).id));
    window.findChild<QAction*>(u"actionCreateFlashCopy"_s)->trigger();
    auto* wizard = waitFor<CreateFlashCopyWizard>(&window);
    save(wizard, u"wizard-1-introduction"_s);
    wizard->findChild<QRadioButton*>(u"advancedRadioButton"_s)->setChecked(true);
    wizard->next();
    auto* arrays = wizard->findChild<QTreeWidget*>(u"arrayTreeWidget"_s);
    arrays->setCurrentItem(arrays->topLevelItem(0));
    save(wizard, u"wizard-2-allocate-capacity"_s);
    wizard->next();
    save(wizard, u"wizard-4-logical-drive-parameters"_s);
    wizard->next();
    save(wizard, u"wizard-5-names"_s);
    wizard->next();
    save(wizard, u"wizard-6-repository-capacity"_s);
    wizard->findChild<QSpinBox*>(u"percentSpinBox"_s)->setValue(35);
    save(wizard, u"wizard-6b-repository-does-not-fit"_s);
    wizard->findChild<QSpinBox*>(u"percentSpinBox"_s)->setValue(25);
    wizard->next();
    save(wizard, u"wizard-7-preview"_s);
    // Unconfigured capacity: the array parameters page.
    wizard->back();
    wizard->back();
    wizard->back();
    wizard->back();
    wizard->findChild<QRadioButton*>(u"unconfiguredRadioButton"_s)->setChecked(true);
    wizard->next();
    auto* drives = wizard->findChild<QTableWidget*>(u"drivesTableWidget"_s);
    for (int row = 0; row < 2; ++row) {
        drives->item(row, 0)->setCheckState(Qt::Checked);
    }
    save(wizard, u"wizard-3-array-parameters"_s);
    wizard->reject();
    QTest::qWait(200);

    // A base whose array is full: Simple is not offered, and the repository goes elsewhere.
    run(ws, u"createLogicalDrive"_s, {{u"arrayId"_s, array2}, {u"userLabel"_s, u"Filler"_s}});
    QTest::qWait(300);
    window.logicalPhysicalView()->selectKey(u"ld:%1"_s.arg(ws.logicalDrive(u"Web Content"_s).id));
    window.findChild<QAction*>(u"actionCreateFlashCopy"_s)->trigger();
    wizard = waitFor<CreateFlashCopyWizard>(&window);
    save(wizard, u"wizard-1b-simple-unavailable"_s);
    wizard->next();
    save(wizard, u"wizard-2b-allocate-base-array-full"_s);
    wizard->reject();
    QTest::qWait(200);

    // Confirmations and dialogs.
    window.logicalPhysicalView()->selectKey(u"ld:%1"_s.arg(ws.logicalDrive(u"Accounting-1"_s).id));
    window.findChild<QAction*>(u"actionDisableFlashCopy"_s)->trigger();
    auto* confirm = waitFor<TypeYesDialog>(&window);
    save(confirm, u"dialog-disable"_s);
    confirm->reject();
    QTest::qWait(200);
    window.findChild<QAction*>(u"actionRecreateFlashCopy"_s)->trigger();
    confirm = waitFor<TypeYesDialog>(&window);
    save(confirm, u"dialog-recreate"_s);
    confirm->reject();
    QTest::qWait(200);
    window.logicalPhysicalView()->selectKey(u"ld:%1"_s.arg(ws.logicalDrive(u"Accounting"_s).id));
    window.findChild<QAction*>(u"actionDeleteLogicalDrive"_s)->trigger();
    confirm = waitFor<TypeYesDialog>(&window);
    save(confirm, u"dialog-delete-base"_s);
    confirm->reject();
    QTest::qWait(200);
    window.logicalPhysicalView()->selectKey(u"ld:%1"_s.arg(ws.logicalDrive(u"Oracle Logs-R1"_s).id));
    window.findChild<QAction*>(u"actionIncreaseCapacity"_s)->trigger();
    auto* increase = waitFor<IncreaseRepositoryCapacityDialog>(&window);
    save(increase, u"dialog-increase-repository"_s);
    increase->reject();
    // A capacity increase under way: "Operation in Progress" and the properties' progress bar.
    ws.run(u"setLogicalDrive"_s,
        {{u"id"_s, ws.logicalDrive(u"Oracle Logs-R1"_s).id}, {u"modificationPriority"_s, u"lowest"_s},
            {u"addCapacity"_s, 20 * GiB}});
    QTest::qWait(2500);
    window.findChild<QAction*>(u"actionLogicalDriveProperties"_s)->trigger();
    auto* properties = waitFor<LogicalDrivePropertiesDialog>(&window);
    save(properties, u"dialog-properties-base"_s);
    properties->tabWidget()->setCurrentIndex(1);
    save(properties, u"dialog-properties-capacity"_s);
    properties->reject();
    QTest::qWait(200);

    // Advanced ▸ Persistent Reservations with two reserved drives, registrations shown.
    ws.run(u"reserveLogicalDrive"_s, {{u"targets"_s, QJsonArray {u"Payroll"_s}}, {u"host"_s, u"east-db01"_s}});
    ws.run(u"reserveLogicalDrive"_s,
        {{u"targets"_s, QJsonArray {u"Exchange"_s}}, {u"host"_s, u"east-app01"_s}, {u"type"_s, u"legacy"_s}});
    QTest::qWait(300);
    window.findChild<QAction*>(u"actionPersistentReservations"_s)->trigger();
    auto* reservations = waitFor<PersistentReservationsDialog>(&window);
    reservations->registrationsCheckBox()->setChecked(true);
    reservations->table()->selectAll();
    save(reservations, u"dialog-persistent-reservations"_s);
    reservations->reject();
    QTest::qWait(200);

    window.showView(MainWindow::EventLog);
    save(&window, u"event-log"_s);
    window.close();
    ws.close();
    return 0;
}
