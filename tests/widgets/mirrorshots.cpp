// SPDX-License-Identifier: GPL-3.0-or-later
// mirror_screenshots OUTDIR: pictures of the console's remote mirroring parts for review and documentation — the
// status area's Remote Mirror icon in its four option states, the Activate and Create Remote Mirror wizards page by
// page, the Remote Mirrors window with all seven pair states at once, the Logical view with its mirror badges and
// secondary sub-nodes, the Suspend / Resume / Change / Remove windows, Change to Primary with its proceed-anyway
// error, the Communication Test (Passed with Caution), the Remote Mirror Link dialog, the Mirroring properties tab and
// an icon sheet. Not a test: it asserts nothing.
#include "common/icons.h"
#include "guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/statusarea.h"
#include "panels/ds4000/dialogs/mirrordialogs.h"
#include "panels/ds4000/dialogs/mirrorlinkdialogs.h"
#include "panels/ds4000/dialogs/propertiesdialogs.h"
#include "panels/ds4000/remotemirrors/mirroractions.h"
#include "panels/ds4000/remotemirrors/remotemirrorswindow.h"
#include "panels/ds4000/wizards/activatemirrorwizard.h"
#include "panels/ds4000/wizards/createmirrorpages.h"
#include "panels/ds4000/wizards/createmirrorwizard.h"
#include "shotsupport.h"
#include "util/bytesize.h"
#include "views/logicalphysicalview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using namespace Copyline::Shots;

namespace
{

const QString kPrimary = u"Primary Site"_s;
const QString kSecondary = u"Secondary Site"_s;

void drive(GuiTest::Workspace& ws, const QString& name, qint64 capacity, const QString& subsystem, qint64 data = 0)
{
    const ObjectId array
        = ws.logicalDrive(subsystem == kPrimary ? u"Accounting"_s : u"Accounting 2"_s, subsystem).arrayId;
    run(ws, u"createLogicalDrive"_s, {{u"arrayId"_s, array}, {u"userLabel"_s, name}, {u"capacity"_s, capacity}},
        subsystem);
    if (data > 0) {
        run(ws, u"writeLogicalDrive"_s,
            {{u"id"_s, ws.logicalDrive(name, subsystem).id}, {u"offset"_s, 0}, {u"length"_s, data}, {u"seed"_s, 5}},
            subsystem);
    }
}

void mirror(GuiTest::Workspace& ws, const QString& p, const QString& s, const QJsonObject& extra = {})
{
    QJsonObject args {{u"primary"_s, p}, {u"secondary"_s, s}, {u"remoteStorageSubsystemName"_s, kSecondary}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        args.insert(it.key(), it.value());
    }
    run(ws, u"createRemoteMirror"_s, args);
}

void link(GuiTest::Workspace& ws, const QJsonObject& settings)
{
    QJsonObject args {{u"remoteStorageSubsystemName"_s, kSecondary}};
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        args.insert(it.key(), it.value());
    }
    run(ws, u"setRemoteMirrorLink"_s, args);
}

MirrorStatus statusOf(GuiTest::Workspace& ws, const QString& name, const QString& subsystem = kPrimary)
{
    const Mirror* m = ws.config().mirrorOf(ws.logicalDrive(name, subsystem).id);
    return m ? m->status : MirrorStatus::Unresponsive;
}

void iconSheet()
{
    const QStringList names {u"mirror-synchronized"_s, u"mirror-synchronizing"_s, u"mirror-unsynchronized"_s,
        u"mirror-suspended"_s, u"mirror-unresponsive"_s, u"mirror-dual-role"_s, u"mirror-repository"_s,
        u"feature-remotemirror-disabled-deactivated"_s, u"feature-remotemirror-disabled-activated"_s,
        u"feature-remotemirror-enabled-deactivated"_s, u"feature-remotemirror-enabled-activated"_s};
    const QStringList overlays {u"overlay-mirror-synchronized"_s, u"overlay-mirror-synchronizing"_s,
        u"overlay-mirror-unsynchronized"_s, u"overlay-mirror-suspended"_s};
    QImage sheet(64 * 12, 64 * 3 + 20, QImage::Format_ARGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    for (int i = 0; i < names.size(); ++i) {
        Icons::icon(names.at(i)).paint(&painter, 4 + 64 * i, 4, 48, 48);
        Icons::icon(names.at(i)).paint(&painter, 20 + 64 * i, 60, 18, 18);
    }
    for (int i = 0; i < overlays.size(); ++i) {
        Icons::withOverlay(u"logical-drive"_s, overlays.at(i)).paint(&painter, 4 + 64 * i, 100, 48, 48);
        Icons::withOverlay(u"logical-drive"_s, overlays.at(i)).paint(&painter, 20 + 64 * i, 156, 18, 18);
    }
    painter.end();
    sheet.save(QDir(Shots::outputDir()).filePath(u"rm-icons.png"_s));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale::c());
    Shots::setOutputDir(argc, argv);
    iconSheet();

    GuiTest::Workspace ws;
    if (!ws.ok()) {
        qCritical("%s", qPrintable(ws.errorText()));
        return 1;
    }
    MainWindow window;
    window.setConnection(ws.connection(), u"screenshots"_s);
    window.resize(1280, 860);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return 1;
    }
    StatusArea* status = window.statusArea();
    QTest::qWait(300);
    save(status, u"rm-status-1-disabled-deactivated"_s);

    // Enable both, activate the Secondary Site by command and the Primary Site with the wizard.
    const QString keys = QDir(ws.path()).filePath(u"keys"_s);
    run(ws, u"enableFeature"_s, {{u"file"_s, QString(keys + u"/primary-remoteMirror.key"_s)}});
    run(ws, u"enableFeature"_s, {{u"file"_s, QString(keys + u"/secondary-remoteMirror.key"_s)}}, kSecondary);
    run(ws, u"activateRemoteMirror"_s, {{u"feature"_s, u"remoteMirror"_s}}, kSecondary);
    QTest::qWait(300);
    save(status, u"rm-status-2-enabled-deactivated"_s);
    window.findChild<QAction*>(u"actionActivateRemoteMirror"_s)->trigger();
    auto* activate = waitFor<ActivateMirrorWizard>(&window);
    save(activate, u"rm-activate-1-introduction"_s);
    activate->findChild<QRadioButton*>(u"newArrayRadioButton"_s)->setChecked(true);
    activate->next();
    save(activate, u"rm-activate-2-new-array"_s);
    activate->findChild<QRadioButton*>(u"manualRadioButton"_s)->setChecked(true);
    activate->findChild<QComboBox*>(u"raidComboBox"_s)->setCurrentIndex(0);
    auto* drives = activate->findChild<QTableWidget*>(u"driveTableWidget"_s);
    drives->setSelectionMode(QAbstractItemView::MultiSelection);
    for (int row = 0; row < std::min(3, drives->rowCount()); ++row) {
        drives->selectRow(row);
    }
    activate->findChild<QPushButton*>(u"applyButton"_s)->click();
    save(activate, u"rm-activate-2b-new-array-odd-raid1"_s);
    activate->back();
    activate->findChild<QRadioButton*>(u"freeCapacityRadioButton"_s)->setChecked(true);
    activate->next();
    save(activate, u"rm-activate-3-preview"_s);
    activate->button(QWizard::FinishButton)->click();
    (void)QTest::qWaitFor([&]() { return activate->completedDialog() != nullptr; }, 5000);
    if (activate->completedDialog() != nullptr) {
        save(activate->completedDialog(), u"rm-activate-4-completed"_s);
        activate->completedDialog()->findChild<QPushButton*>(u"okButton"_s)->click();
    }
    QTest::qWait(300);
    save(status, u"rm-status-3-enabled-activated"_s);

    // Drives for every pair state, and a fast link while they synchronize.
    link(ws, {{u"bandwidth"_s, 0}, {u"roundTripMicros"_s, 0}});
    const QStringList names {u"Ledger"_s, u"Orders"_s, u"Billing"_s, u"Claims"_s, u"Tickets"_s, u"Journal"_s};
    for (const QString& n : names) {
        drive(ws, n, 64 * MiB, kPrimary, 16 * MiB);
        drive(ws, n + u" 2"_s, 64 * MiB, kSecondary);
        mirror(ws, n, n + u" 2"_s);
    }
    drive(ws, u"Stale 2"_s, 64 * MiB, kSecondary); // a too-small and a stale candidate for the wizard
    drive(ws, u"Tiny 2"_s, 8 * MiB, kSecondary);
    (void)QTest::qWaitFor(
        [&]() {
            for (const QString& n : names) {
                if (statusOf(ws, n) != MirrorStatus::Synchronized) {
                    return false;
                }
            }
            return true;
        },
        30000);
    // Suspended; Unsynchronized (a write with the link down); Dual Primary and Dual Secondary (forced role changes
    // with the link down); Unresponsive (removed on the secondary only); Synchronizing (a big pair on a slow link).
    run(ws, u"suspendRemoteMirror"_s, {{u"primaries"_s, QJsonArray {u"Orders"_s}}});
    link(ws, {{u"state"_s, u"down"_s}});
    run(ws, u"writeLogicalDrive"_s,
        {{u"id"_s, ws.logicalDrive(u"Billing"_s).id}, {u"offset"_s, 0}, {u"length"_s, 65536}});
    run(ws, u"setRemoteMirror"_s,
        {{u"localLogicalDrives"_s, QJsonArray {u"Claims 2"_s}}, {u"role"_s, u"primary"_s}, {u"force"_s, true}},
        kSecondary);
    run(ws, u"setRemoteMirror"_s,
        {{u"localLogicalDrives"_s, QJsonArray {u"Tickets"_s}}, {u"role"_s, u"secondary"_s}, {u"force"_s, true}});
    run(ws, u"removeRemoteMirror"_s, {{u"localLogicalDrives"_s, QJsonArray {u"Journal 2"_s}}}, kSecondary);
    link(ws, {{u"state"_s, u"up"_s}});
    // A stale record on the secondary for Error 158: mirror Stale → Stale 2, then remove on the primary only.
    drive(ws, u"Stale"_s, 32 * MiB, kPrimary);
    mirror(ws, u"Stale"_s, u"Stale 2"_s);
    (void)QTest::qWaitFor([&]() { return statusOf(ws, u"Stale"_s) == MirrorStatus::Synchronized; }, 10000);
    link(ws, {{u"state"_s, u"down"_s}});
    run(ws, u"removeRemoteMirror"_s, {{u"localLogicalDrives"_s, QJsonArray {u"Stale"_s}}});
    link(ws, {{u"state"_s, u"up"_s}, {u"bandwidth"_s, 2 * MiB}});
    drive(ws, u"Archive"_s, 256 * MiB, kPrimary, 256 * MiB);
    drive(ws, u"Archive 2"_s, 256 * MiB, kSecondary);
    mirror(ws, u"Archive"_s, u"Archive 2"_s, {{u"syncPriority"_s, u"highest"_s}});
    (void)QTest::qWaitFor([&]() { return statusOf(ws, u"Journal"_s) == MirrorStatus::Unresponsive; }, 8000);
    (void)QTest::qWaitFor([&]() { return statusOf(ws, u"Claims"_s) == MirrorStatus::DualPrimary; }, 8000);
    QTest::qWait(2500);

    // The Logical view: badges on primaries, the secondary as a sub-node, the mirror repositories.
    window.logicalPhysicalView()->logicalTree()->expandAll();
    window.logicalPhysicalView()->selectKey(u"ld:%1"_s.arg(ws.logicalDrive(u"Archive"_s).id));
    save(&window, u"rm-logical-view-primary"_s);
    window.selectSubsystem(ws.subsystemId(kSecondary));
    QTest::qWait(300);
    window.logicalPhysicalView()->logicalTree()->expandAll();
    window.logicalPhysicalView()->selectKey(u"ld:%1"_s.arg(ws.logicalDrive(u"Archive 2"_s, kSecondary).id));
    save(&window, u"rm-logical-view-secondary"_s);
    window.selectSubsystem(ws.subsystemId(kPrimary));
    QTest::qWait(300);

    // The menus.
    window.logicalPhysicalView()->selectKey(u"ld:%1"_s.arg(ws.logicalDrive(u"Ledger"_s).id));
    QTest::qWait(200);

    // The pair panes: every state at once.
    window.mirrorActions()->remoteMirrorsAction()->trigger();
    RemoteMirrorsWindow* panes = window.remoteMirrors();
    (void)QTest::qWaitForWindowExposed(panes);
    panes->resize(1720, 720);
    panes->selectRecord(ws.logicalDrive(u"Archive"_s).id);
    save(panes, u"rm-remote-mirrors"_s);

    // The Mirroring tab of a synchronizing primary.
    window.logicalPhysicalView()->selectKey(u"ld:%1"_s.arg(ws.logicalDrive(u"Archive"_s).id));
    window.findChild<QAction*>(u"actionLogicalDriveProperties"_s)->trigger();
    auto* properties = waitFor<LogicalDrivePropertiesDialog>(&window);
    for (int i = 0; i < properties->tabWidget()->count(); ++i) {
        if (properties->tabWidget()->tabText(i) == u"Mirroring"_s) {
            properties->tabWidget()->setCurrentIndex(i);
        }
    }
    save(properties, u"rm-dialog-properties-mirroring"_s);
    properties->reject();

    // Suspend, Resume, Change Synchronization Settings, Change Write Mode, Remove.
    panes->selectRecord(ws.logicalDrive(u"Ledger"_s).id);
    panes->actions()->suspendAction()->trigger();
    auto* suspend = waitFor<SuspendResumeMirrorDialog>(panes);
    save(suspend, u"rm-dialog-suspend"_s);
    suspend->actionButton()->click();
    if (TypeYesConfirmation* confirm = suspend->confirmation()) {
        confirm->confirmLineEdit()->setText(u"Yes"_s);
        save(confirm, u"rm-dialog-suspend-confirmation"_s);
        confirm->okButton()->click();
        auto* progress = waitFor<MirrorProgressDialog>(panes);
        (void)QTest::qWaitFor([&]() { return progress->isFinished(); }, 5000);
        save(progress, u"rm-dialog-suspend-progress"_s);
        progress->accept();
    }
    QTest::qWait(300);
    panes->selectRecord(ws.logicalDrive(u"Billing"_s).id);
    panes->actions()->resumeAction()->trigger();
    auto* resume = waitFor<SuspendResumeMirrorDialog>(panes);
    save(resume, u"rm-dialog-resume"_s);
    resume->reject();
    panes->actions()->syncSettingsAction()->trigger();
    auto* sync = waitFor<ChangeSyncSettingsDialog>(panes);
    save(sync, u"rm-dialog-sync-settings"_s);
    sync->reject();
    panes->actions()->writeModeAction()->trigger();
    auto* mode = waitFor<ChangeWriteModeDialog>(panes);
    mode->asynchronousRadio()->setChecked(true);
    mode->consistencyCheckBox()->setChecked(true);
    save(mode, u"rm-dialog-write-mode"_s);
    mode->reject();
    panes->actions()->removeAction()->trigger();
    auto* remove = waitFor<RemoveMirrorRelationshipDialog>(panes);
    save(remove, u"rm-dialog-remove"_s);
    remove->reject();

    // Change to Primary on the secondary with the link down: the error offers to proceed anyway.
    link(ws, {{u"state"_s, u"down"_s}});
    panes->selectRecord(ws.logicalDrive(u"Ledger 2"_s, kSecondary).id);
    QTest::qWait(300);
    panes->actions()->rolePrimaryAction()->trigger();
    auto* question = waitFor<QMessageBox>(panes, u"changeRoleMessageBox"_s);
    save(question, u"rm-dialog-change-to-primary"_s);
    question->button(QMessageBox::No)->click();
    panes->actions()->rolePrimaryAction()->trigger();
    question = waitFor<QMessageBox>(panes, u"changeRoleMessageBox"_s);
    question->button(QMessageBox::Yes)->click();
    auto* proceed = waitFor<QMessageBox>(panes, u"proceedAnywayMessageBox"_s);
    if (proceed != nullptr) {
        save(proceed, u"rm-dialog-proceed-anyway"_s);
        proceed->button(QMessageBox::No)->click();
    }
    link(ws, {{u"state"_s, u"up"_s}, {u"roundTrip"_s, 8}});

    // Communication Test: Passed with Caution at 8 of 10 ms.
    panes->selectRecord(ws.logicalDrive(u"Ledger"_s).id);
    panes->actions()->testAction()->trigger();
    auto* test = waitFor<CommunicationTestDialog>(panes);
    (void)QTest::qWaitFor([&]() { return !test->isRunning(); }, 5000);
    save(test, u"rm-dialog-communication-test"_s);
    test->accept();
    link(ws, {{u"roundTrip"_s, 1}});

    // Simulation ▸ Remote Mirror Link.
    window.mirrorActions()->linkAction()->trigger();
    auto* linkDialog = waitFor<RemoteMirrorLinkDialog>(&window);
    QTest::qWait(1500);
    linkDialog->pathCombo(linkDialog->linkIds().first(), u"B"_s)->setCurrentIndex(2);
    save(linkDialog, u"rm-dialog-link"_s);
    linkDialog->close();

    // The Create Remote Mirror wizard, page by page, with the Error 158 candidate.
    window.activateWindow();
    drive(ws, u"Payments"_s, 32 * MiB, kPrimary);
    QTest::qWait(300);
    window.logicalPhysicalView()->selectKey(u"ld:%1"_s.arg(ws.logicalDrive(u"Payments"_s).id));
    QTest::qWait(300);
    window.mirrorActions()->createAction()->trigger();
    auto* create = waitFor<CreateMirrorWizard>(&window);
    save(create, u"rm-create-1-introduction"_s);
    create->next();
    save(create, u"rm-create-2-remote"_s);
    create->next();
    (void)QTest::qWaitFor([&]() { return create->candidatesLoaded(); }, 5000);
    auto* candidates = create->findChild<QTableWidget*>(u"secondaryTableWidget"_s);
    for (int row = 0; row < candidates->rowCount(); ++row) {
        if (candidates->item(row, 0)->text() == u"Backup"_s) {
            candidates->selectRow(row);
        }
    }
    save(create, u"rm-create-3-secondary"_s);
    create->next();
    create->findChild<QRadioButton*>(u"asynchronousRadioButton"_s)->setChecked(true);
    save(create, u"rm-create-4-write-mode"_s);
    create->findChild<QRadioButton*>(u"synchronousRadioButton"_s)->setChecked(true);
    create->next();
    save(create, u"rm-create-5-sync-settings"_s);
    create->next();
    save(create, u"rm-create-6-preview"_s);
    create->button(QWizard::FinishButton)->click();
    (void)QTest::qWaitFor([&]() { return create->anotherDialog() != nullptr || create->completedDialog(); }, 5000);
    if (QDialog* another = create->anotherDialog()) {
        save(another, u"rm-create-7-another"_s);
        another->findChild<QPushButton*>(u"noButton"_s)->click();
    }
    (void)QTest::qWaitFor([&]() { return create->completedDialog() != nullptr; }, 5000);
    if (QDialog* completed = create->completedDialog()) {
        save(completed, u"rm-create-8-completed"_s);
        completed->findChild<QPushButton*>(u"okButton"_s)->click();
    }
    QTest::qWait(500);

    // Disabled/Activated: disable the feature while mirrors exist.
    run(ws, u"disableFeature"_s, {{u"feature"_s, u"remoteMirror"_s}}, kPrimary);
    QTest::qWait(400);
    save(status, u"rm-status-4-disabled-activated"_s);
    QMenuBar* bar = window.menuBar();
    save(bar, u"rm-menubar"_s);
    window.close();
    ws.close();
    return 0;
}
