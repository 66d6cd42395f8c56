// SPDX-License-Identifier: GPL-3.0-or-later
// volumecopy_screenshots OUTDIR: pictures of the console's VolumeCopy parts for review and documentation — the
// Copy Manager with copies in every status (pending, in progress at different percentages, completed, stopped,
// failed), the Logical view with its copy badges, each page of the Create Copy wizard, Copy Started, Re-Copy,
// Change Copy Priority and its progress window, the Copying and Copy Services properties tabs and the event log.
// Not a test: it asserts nothing.
#include "guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "models/volumecopymodel.h"
#include "panels/ds4000/dialogs/propertiesdialogs.h"
#include "panels/ds4000/dialogs/volumecopydialogs.h"
#include "panels/ds4000/wizards/volumecopywizard.h"
#include "shotsupport.h"
#include "util/bytesize.h"
#include "views/copymanager.h"
#include "views/logicalphysicalview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using namespace Copyline::Shots;

namespace
{

ObjectId copy(GuiTest::Workspace& ws, const QString& source, const QString& target, const QString& priority)
{
    return run(ws, u"createVolumeCopy"_s,
        {{u"sourceId"_s, ws.logicalDrive(source).id}, {u"targetId"_s, ws.logicalDrive(target).id},
            {u"copyPriority"_s, priority}})
        .data.value(u"id"_s)
        .toInteger();
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
    auto create = [&](ObjectId array, const QString& name, qint64 capacity) {
        run(ws, u"createLogicalDrive"_s, {{u"arrayId"_s, array}, {u"userLabel"_s, name}, {u"capacity"_s, capacity}});
    };
    run(ws, u"createFlashCopy"_s, {{u"baseId"_s, ws.logicalDrive(u"Accounting"_s).id}});
    for (const auto& [name, size] : QList<QPair<QString, qint64>> {{u"Accounting-Copy"_s, 20 * GiB},
             {u"Payroll-Copy"_s, 10 * GiB}, {u"Payroll-Copy-2"_s, 10 * GiB}, {u"DataVol-Copy"_s, 8 * GiB},
             {u"DataVol-Copy-2"_s, 8 * GiB}, {u"Accounting-Backup"_s, 20 * GiB}, {u"Exchange-Copy"_s, 40 * GiB},
             {u"Exchange-Copy-2"_s, 40 * GiB}, {u"Scratch"_s, 30 * GiB}}) {
        create(array1, name, size);
    }
    for (const auto& [name, size] :
        QList<QPair<QString, qint64>> {{u"Web-Archive"_s, 25 * GiB}, {u"Logs-Copy"_s, 12 * GiB},
            {u"Payroll-Copy-3"_s, 10 * GiB}, {u"DataVol-Copy-3"_s, 8 * GiB}, {u"Payroll-Copy-4"_s, 10 * GiB}}) {
        create(array2, name, size);
    }
    // Completed (unlimited bandwidth) and Failed (a read error on the source).
    copy(ws, u"Web Content"_s, u"Web-Archive"_s, u"high"_s);
    (void)QTest::qWaitFor(
        [&]() { return ws.config().volumeCopies.first().status == VolumeCopyStatus::Completed; }, 30000);
    run(ws, u"injectFault"_s, {{u"id"_s, ws.logicalDrive(u"Oracle Logs"_s).id}, {u"fault"_s, u"readError"_s}});
    copy(ws, u"Oracle Logs"_s, u"Logs-Copy"_s, u"medium"_s);
    QTest::qWait(1500);
    // Slow copies: eight in progress at every priority, one pending, one stopped.
    run(ws, u"setStorageSubsystem"_s, {{u"copyBandwidth"_s, 1024 * MiB}});
    const ObjectId stopped = copy(ws, u"Exchange"_s, u"Exchange-Copy"_s, u"highest"_s);
    QTest::qWait(2500);
    run(ws, u"stopVolumeCopy"_s, {{u"id"_s, stopped}});
    copy(ws, u"Accounting"_s, u"Accounting-Copy"_s, u"highest"_s);
    copy(ws, u"Payroll"_s, u"Payroll-Copy"_s, u"high"_s);
    copy(ws, u"DataVol"_s, u"DataVol-Copy-3"_s, u"high"_s);
    copy(ws, u"Payroll"_s, u"Payroll-Copy-2"_s, u"medium"_s);
    copy(ws, u"DataVol"_s, u"DataVol-Copy"_s, u"medium"_s);
    copy(ws, u"DataVol"_s, u"DataVol-Copy-2"_s, u"low"_s);
    copy(ws, u"Payroll"_s, u"Payroll-Copy-3"_s, u"low"_s);
    copy(ws, u"Accounting-1"_s, u"Accounting-Backup"_s, u"lowest"_s);
    copy(ws, u"Payroll"_s, u"Payroll-Copy-4"_s, u"medium"_s);
    QTest::qWait(7000);

    MainWindow window;
    window.setConnection(ws.connection(), u"screenshots"_s);
    window.resize(1280, 860);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return 1;
    }
    QTest::qWait(500);
    window.logicalPhysicalView()->selectKey(u"ld:%1"_s.arg(ws.logicalDrive(u"Payroll"_s).id));
    save(&window, u"vc-logical-view"_s);

    // The Major Event Log with Find: the VolumeCopy events only.
    window.findChild<QAction*>(u"actionViewEventLog"_s)->trigger();
    QTest::qWait(300);
    QTest::keyClicks(window.findChild<QLineEdit*>(u"eventFindLineEdit"_s), u"volumecopy"_s);
    QTest::qWait(200);
    save(&window, u"vc-event-log-find"_s);
    window.findChild<QLineEdit*>(u"eventFindLineEdit"_s)->clear();
    window.findChild<QAction*>(u"actionViewLogicalPhysical"_s)->trigger();

    window.findChild<QAction*>(u"actionCopyManager"_s)->trigger();
    CopyManagerWindow* manager = window.copyManager();
    (void)QTest::qWaitForWindowExposed(manager);
    manager->selectPair(ws.config().volumeCopyTargeting(ws.logicalDrive(u"Payroll-Copy"_s).id)->id);
    save(manager, u"vc-copy-manager"_s);
    manager->selectPair(ws.config().volumeCopyTargeting(ws.logicalDrive(u"Logs-Copy"_s).id)->id);
    save(manager, u"vc-copy-manager-failed-selected"_s);

    // Change Copy Priority and its progress window.
    manager->selectPair(ws.config().volumeCopyTargeting(ws.logicalDrive(u"DataVol-Copy"_s).id)->id);
    manager->findChild<QAction*>(u"actionChangeCopyPriority"_s)->trigger();
    auto* priority = waitFor<ChangeCopyPriorityDialog>(manager);
    priority->prioritySlider()->setPriority(CopyPriority::High);
    save(priority, u"vc-dialog-change-priority"_s);
    priority->accept();
    auto* progress = waitFor<CommandProgressDialog>(manager);
    (void)QTest::qWaitFor([&]() { return progress->isFinished(); }, 5000);
    save(progress, u"vc-dialog-change-priority-progress"_s);
    progress->accept();
    // Verify of the completed pair: the question, then the result.
    manager->selectPair(ws.config().volumeCopyTargeting(ws.logicalDrive(u"Web-Archive"_s).id)->id);
    manager->findChild<QAction*>(u"actionVerifyCopy"_s)->trigger();
    if (auto* question = waitFor<QMessageBox>(manager, u"verifyCopyQuestion"_s)) {
        save(question, u"vc-dialog-verify"_s);
        question->findChild<QPushButton*>(u"verifyButton"_s)->click();
        if (auto* result = waitFor<QMessageBox>(manager, u"verifyCopyResult"_s)) {
            save(result, u"vc-dialog-verify-result"_s);
            result->accept();
        }
    }
    // Re-Copy of the completed pair.
    manager->selectPair(ws.config().volumeCopyTargeting(ws.logicalDrive(u"Web-Archive"_s).id)->id);
    manager->findChild<QAction*>(u"actionReCopy"_s)->trigger();
    auto* recopy = waitFor<ReCopyDialog>(manager);
    recopy->findChild<QLineEdit*>(u"confirmLineEdit"_s)->setText(u"Yes"_s);
    save(recopy, u"vc-dialog-recopy"_s);
    recopy->reject();
    manager->close();
    QTest::qWait(200);

    // The wizard on a standard logical drive: the advisory, View Drives, invalid targets with their reasons.
    window.logicalPhysicalView()->selectKey(u"ld:%1"_s.arg(ws.logicalDrive(u"Exchange"_s).id));
    window.findChild<QAction*>(u"actionCreateVolumeCopy"_s)->trigger();
    auto* wizard = waitFor<CreateVolumeCopyWizard>(&window);
    wizard->resize(820, 720);
    save(wizard, u"vc-wizard-1-introduction"_s);
    wizard->currentPage()->findChild<QPushButton*>(u"viewDrivesButton"_s)->click();
    save(wizard, u"vc-wizard-1b-view-drives"_s);
    wizard->next();
    auto* targets = wizard->findChild<QTableWidget*>(u"targetTableWidget"_s);
    for (int row = 0; row < targets->rowCount(); ++row) {
        if (targets->item(row, 0)->text() == u"Exchange-Copy-2"_s) {
            targets->selectRow(row);
        }
    }
    wizard->currentPage()->findChild<QSlider*>(u"copyPrioritySlider"_s)->setValue(3);
    save(wizard, u"vc-wizard-2-target"_s);
    wizard->next();
    wizard->findChild<QLineEdit*>(u"confirmLineEdit"_s)->setText(u"yes"_s);
    save(wizard, u"vc-wizard-3-preview"_s);
    wizard->button(QWizard::FinishButton)->click();
    QDialog* started = nullptr;
    (void)QTest::qWaitFor([&]() { return (started = wizard->copyStartedDialog()) != nullptr; }, 5000);
    if (started != nullptr) {
        save(started, u"vc-dialog-copy-started"_s);
        started->findChild<QPushButton*>(u"noButton"_s)->click();
    }
    QTest::qWait(300);

    // Properties: the Copying tab of a source with several targets, and the copy bandwidth.
    window.logicalPhysicalView()->selectKey(u"ld:%1"_s.arg(ws.logicalDrive(u"Payroll"_s).id));
    window.findChild<QAction*>(u"actionLogicalDriveProperties"_s)->trigger();
    auto* properties = waitFor<LogicalDrivePropertiesDialog>(&window);
    for (int i = 0; i < properties->tabWidget()->count(); ++i) {
        if (properties->tabWidget()->tabText(i) == u"Copying"_s) {
            properties->tabWidget()->setCurrentIndex(i);
        }
    }
    properties->resize(560, 640);
    save(properties, u"vc-dialog-properties-copying"_s);
    properties->reject();
    window.findChild<QAction*>(u"actionSubsystemProperties"_s)->trigger();
    auto* subsystem = waitFor<SubsystemPropertiesDialog>(&window);
    subsystem->tabWidget()->setCurrentIndex(subsystem->tabWidget()->count() - 1);
    save(subsystem, u"vc-dialog-subsystem-copy-services"_s);
    subsystem->reject();
    QTest::qWait(200);

    window.showView(MainWindow::EventLog);
    save(&window, u"vc-event-log"_s);
    // Critical only: Event 6600 with its Needs Attention mark, selected for its details.
    auto* severity = window.findChild<QComboBox*>(u"severityComboBox"_s);
    severity->setCurrentIndex(severity->count() - 1);
    auto* events = window.findChild<QTableView*>(u"eventTableView"_s);
    events->selectRow(0);
    save(&window, u"vc-event-log-critical"_s);
    window.close();
    ws.close();
    return 0;
}
