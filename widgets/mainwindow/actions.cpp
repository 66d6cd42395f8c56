// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's actions: creation, menus, context menus, updateActions() and the handlers.
#include "mainwindow.h"

#include "api/rules.h"
#include "api/units.h"
#include "common/confirm.h"
#include "common/icons.h"
#include "common/texts.h"
#include "dialogs/attachenginedialog.h"
#include "dialogs/helpwindow.h"
#include "dialogs/hostiodialogs.h"
#include "dialogs/messagebox.h"
#include "dialogs/remoteenginesdialog.h"
#include "models/hostiorates.h"
#include "models/snapshotindex.h"
#include "panels/csm/csmsessionswindow.h"
#include "panels/ds4000/dialogs/createarraydialog.h"
#include "panels/ds4000/dialogs/flashcopydialogs.h"
#include "panels/ds4000/dialogs/logicaldrivedialogs.h"
#include "panels/ds4000/dialogs/premiumfeaturedialogs.h"
#include "panels/ds4000/dialogs/propertiesdialogs.h"
#include "panels/ds4000/dialogs/reservationsdialog.h"
#include "panels/ds4000/dialogs/topologydialogs.h"
#include "panels/ds4000/dialogs/volumecopydialogs.h"
#include "panels/ds4000/remotemirrors/mirroractions.h"
#include "panels/ds4000/rules/flashcopyrules.h"
#include "panels/ds4000/rules/volumecopyrules.h"
#include "panels/ds4000/wizards/flashcopywizard.h"
#include "panels/ds4000/wizards/volumecopywizard.h"
#include "views/copymanager.h"
#include "views/logicalphysicalview.h"
#include "views/mappingsview.h"
#include "views/performanceview.h"
#include "views/physicalview.h"

#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

#include <QActionGroup>
#include <QApplication>
#include <QJsonArray>
#include <QMenuBar>
#include <QMessageBox>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

QAction* MainWindow::addAction(const QString& objectName, const QString& text, const QString& icon)
{
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    if (!icon.isEmpty()) {
        action->setIcon(Icons::icon(icon));
    }
    return action;
}

void MainWindow::createActions()
{
    m_renameSubsystem = addAction(u"actionRenameSubsystem"_s, tr("&Rename…"));
    m_renameSubsystem->setStatusTip(tr("Rename the storage subsystem"));
    m_listFeatures = addAction(u"actionListPremiumFeatures"_s, tr("&List…"));
    m_listFeatures->setStatusTip(tr("List the premium features and the feature enable identifier"));
    m_enableFeature = addAction(u"actionEnablePremiumFeature"_s, tr("&Enable…"));
    m_enableFeature->setStatusTip(tr("Enable a premium feature with its key file"));
    m_disableFeature = addAction(u"actionDisablePremiumFeature"_s, tr("&Disable…"));
    m_disableFeature->setStatusTip(tr("Disable a premium feature"));
    m_subsystemProperties = addAction(u"actionSubsystemProperties"_s, tr("&Properties"), u"subsystem"_s);
    m_subsystemProperties->setStatusTip(tr("Show the properties of the storage subsystem"));
    m_persistentReservations = addAction(u"actionPersistentReservations"_s, tr("Persistent &Reservations…"));
    m_persistentReservations->setStatusTip(
        tr("Show and clear the reservations hosts hold on logical drives (a reserved drive cannot be copied)"));
    m_recoveryGuru = addAction(u"actionRecoveryGuru"_s, tr("Recovery &Guru…"), u"status-attention"_s);
    m_recoveryGuru->setStatusTip(
        tr("Show why the storage subsystem Needs Attention: each problem with its cause and recovery steps"));
    // One console, many engines (issue 17).
    m_attachEngine = addAction(u"actionAttachEngine"_s, tr("A&ttach Engine…"));
    m_attachEngine->setStatusTip(tr("Manage the storage subsystems of another Copyline engine from this console, "
                                    "over TLS: they are listed under that engine"));
    m_attachEngine->setEnabled(false); // until main.cpp gives the console a way to reach engines
    m_detachEngine = addAction(u"actionDetachEngine"_s, tr("&Detach Engine"));
    m_detachEngine->setStatusTip(tr("Remove the engine of the selected storage subsystem from this console's list; the "
                                    "engine and its copies go on"));
    m_exit = addAction(u"actionExit"_s, tr("E&xit"));
    m_exit->setShortcut(QKeySequence::Quit);
    m_exit->setMenuRole(QAction::QuitRole);

    m_viewLogicalPhysical = addAction(u"actionViewLogicalPhysical"_s, tr("&Logical/Physical"), u"view-logical"_s);
    m_viewLogicalPhysical->setShortcut(Qt::CTRL | Qt::Key_1);
    m_viewMappings = addAction(u"actionViewMappings"_s, tr("&Mappings"), u"view-mappings"_s);
    m_viewMappings->setShortcut(Qt::CTRL | Qt::Key_2);
    m_viewEventLog = addAction(u"actionViewEventLog"_s, tr("&Event Log"), u"view-events"_s);
    m_viewEventLog->setShortcut(Qt::CTRL | Qt::Key_3);
    m_viewPerformance = addAction(u"actionViewPerformance"_s, tr("&Performance"), u"view-performance"_s);
    m_viewPerformance->setShortcut(Qt::CTRL | Qt::Key_4);
    m_viewPerformance->setStatusTip(tr("Show the host I/O rate of every logical drive"));
    auto* views = new QActionGroup(this);
    for (QAction* a : {m_viewLogicalPhysical, m_viewMappings, m_viewEventLog, m_viewPerformance}) {
        a->setCheckable(true);
        views->addAction(a);
    }
    m_viewLogicalPhysical->setChecked(true);

    m_defineHostGroup = addAction(u"actionDefineHostGroup"_s, tr("Host &Group…"), u"host-group"_s);
    m_defineHost = addAction(u"actionDefineHost"_s, tr("&Host…"), u"host"_s);
    m_defineHostPort = addAction(u"actionDefineHostPort"_s, tr("Host &Port…"), u"host-port"_s);
    m_defineMapping = addAction(u"actionDefineAdditionalMapping"_s, tr("Define &Additional Mapping…"), u"mapping"_s);
    m_defineMapping->setStatusTip(tr("Map a logical drive to a host or host group with a LUN"));
    m_removeMapping = addAction(u"actionRemoveMapping"_s, tr("Remove &Mapping…"));
    m_renameTopology = addAction(u"actionRenameTopology"_s, tr("Re&name…"));
    m_removeTopology = addAction(u"actionRemoveTopology"_s, tr("&Remove…"));

    m_createArray = addAction(u"actionCreateArray"_s, tr("&Create…"), u"array"_s);
    m_createArray->setStatusTip(tr("Create an array (Logical Drive Group) from unassigned drives"));
    m_deleteArray = addAction(u"actionDeleteArray"_s, tr("&Delete…"));
    m_arrayProperties = addAction(u"actionArrayProperties"_s, tr("&Properties"));

    m_createLogicalDrive = addAction(u"actionCreateLogicalDrive"_s, tr("&Create…"), u"logical-drive"_s);
    m_createLogicalDrive->setShortcut(QKeySequence::New);
    m_createLogicalDrive->setStatusTip(tr("Create a logical drive in the free capacity of an array"));
    m_renameLogicalDrive = addAction(u"actionRenameLogicalDrive"_s, tr("Re&name…"));
    m_renameLogicalDrive->setShortcut(Qt::Key_F2);
    m_increaseCapacity = addAction(u"actionIncreaseCapacity"_s, tr("&Increase Capacity…"));
    m_increaseCapacity->setStatusTip(tr("Add free capacity of the array to the logical drive"));
    m_ownerA = addAction(u"actionOwnerControllerA"_s, Texts::controller(u"A"_s));
    m_ownerB = addAction(u"actionOwnerControllerB"_s, Texts::controller(u"B"_s));
    auto* owners = new QActionGroup(this);
    for (QAction* a : {m_ownerA, m_ownerB}) {
        a->setCheckable(true);
        owners->addAction(a);
    }
    m_deleteLogicalDrive = addAction(u"actionDeleteLogicalDrive"_s, tr("&Delete…"));
    m_deleteLogicalDrive->setShortcut(QKeySequence::Delete);
    m_deleteLogicalDrive->setStatusTip(tr("Delete the logical drive and all of its data"));
    m_logicalDriveProperties = addAction(u"actionLogicalDriveProperties"_s, tr("&Properties"));
    m_logicalDriveProperties->setShortcut(Qt::ALT | Qt::Key_Return);
    m_createFlashCopy = addAction(u"actionCreateFlashCopy"_s, tr("&Create…"), u"flashcopy"_s);
    m_disableFlashCopy = addAction(u"actionDisableFlashCopy"_s, tr("D&isable…"), u"flashcopy-disabled"_s);
    m_recreateFlashCopy = addAction(u"actionRecreateFlashCopy"_s, tr("R&e-create…"));
    m_createVolumeCopy = addAction(u"actionCreateVolumeCopy"_s, tr("&Create…"), u"volumecopy"_s);
    m_copyManagerAction = addAction(u"actionCopyManager"_s, tr("Copy &Manager…"));
    m_copyManagerAction->setStatusTip(tr("Show every VolumeCopy pair with its progress; re-copy, stop, remove, "
                                         "change priority and target permissions"));
    m_goToSource = addAction(u"actionGoToSourceLogicalDrive"_s, tr("&Source Logical Drive"));
    m_goToTarget = addAction(u"actionGoToTargetLogicalDrive"_s, tr("&Target Logical Drive"));

    m_hostWorkloadsAction = addAction(u"actionHostWorkloads"_s, tr("Host &Workloads…"), u"host"_s);
    m_hostWorkloadsAction->setStatusTip(
        tr("Start, pause and stop simulated hosts reading and writing their mapped logical drives"));
    m_hostWorkloadsAction->setToolTip(m_hostWorkloadsAction->statusTip());
    m_hostIoServerAction = addAction(u"actionHostIoServer"_s, tr("Host I/O &Server…"), u"mapping"_s);
    m_hostIoServerAction->setStatusTip(
        tr("Settings of the NBD server that serves mapped logical drives to real clients, and its exports"));
    m_hostIoServerAction->setToolTip(m_hostIoServerAction->statusTip());

    m_csmSessionsAction = addAction(u"actionCsmSessions"_s, tr("&Sessions…"));
    m_csmSessionsAction->setStatusTip(tr("Copy Services Manager: sessions of copy sets over the storage systems, "
                                         "their role pairs, commands and console messages"));
    m_csmSessionsAction->setToolTip(m_csmSessionsAction->statusTip());

    // Storage Subsystem / Logical Drive ▸ Remote Mirroring and Simulation ▸ Remote Mirror Link (their own class).
    m_mirrorActions = new MirrorActions(this);

    m_assignHotSpare = addAction(u"actionAssignHotSpare"_s, tr("&Assign"), u"drive-hotspare"_s);
    m_unassignHotSpare = addAction(u"actionUnassignHotSpare"_s, tr("&Unassign"));
    m_driveProperties = addAction(u"actionDriveProperties"_s, tr("&Properties"));

    m_about = addAction(u"actionAbout"_s, tr("&About Copyline"), u"org.copyline.Copyline"_s);
    m_about->setMenuRole(QAction::AboutRole);

    const QList<QAction*> all {m_renameSubsystem, m_listFeatures, m_enableFeature, m_disableFeature,
        m_subsystemProperties, m_exit, m_viewLogicalPhysical, m_viewMappings, m_viewEventLog, m_viewPerformance,
        m_hostWorkloadsAction, m_hostIoServerAction, m_defineHostGroup, m_defineHost, m_defineHostPort, m_defineMapping,
        m_removeMapping, m_renameTopology, m_removeTopology, m_createArray, m_deleteArray, m_arrayProperties,
        m_createLogicalDrive, m_renameLogicalDrive, m_increaseCapacity, m_ownerA, m_ownerB, m_deleteLogicalDrive,
        m_logicalDriveProperties, m_createFlashCopy, m_disableFlashCopy, m_recreateFlashCopy, m_createVolumeCopy,
        m_copyManagerAction, m_goToSource, m_goToTarget, m_assignHotSpare, m_unassignHotSpare, m_driveProperties,
        m_persistentReservations, m_csmSessionsAction, m_about, m_recoveryGuru};
    for (QAction* a : all) {
        // Shortcuts work wherever the focus is in the window, menus open or not.
        a->setShortcutContext(Qt::WindowShortcut);
        QWidget::addAction(a);
    }

    connect(m_renameSubsystem, &QAction::triggered, this, &MainWindow::renameSubsystem);
    connect(m_listFeatures, &QAction::triggered, this, &MainWindow::listPremiumFeatures);
    connect(m_enableFeature, &QAction::triggered, this, &MainWindow::enablePremiumFeature);
    connect(m_disableFeature, &QAction::triggered, this, &MainWindow::disablePremiumFeature);
    connect(m_subsystemProperties, &QAction::triggered, this, &MainWindow::subsystemProperties);
    connect(m_persistentReservations, &QAction::triggered, this,
        [this]() { openDialog(new PersistentReservationsDialog(m_connection, m_subsystemId, this)); });
    connect(m_recoveryGuru, &QAction::triggered, this, [this]() { openRecoveryGuru(); });
    connect(m_attachEngine, &QAction::triggered, this, &MainWindow::attachEngineDialog);
    connect(m_detachEngine, &QAction::triggered, this, [this]() { detachEngine(m_engine); });
    connect(m_exit, &QAction::triggered, this, &QWidget::close);
    connect(m_viewLogicalPhysical, &QAction::triggered, this, [this]() { showView(LogicalPhysical); });
    connect(m_viewMappings, &QAction::triggered, this, [this]() { showView(Mappings); });
    connect(m_viewEventLog, &QAction::triggered, this, [this]() { showView(EventLog); });
    connect(m_viewPerformance, &QAction::triggered, this, [this]() { showView(Performance); });
    connect(m_hostWorkloadsAction, &QAction::triggered, this, &MainWindow::openHostWorkloads);
    connect(m_hostIoServerAction, &QAction::triggered, this, &MainWindow::openHostIoServer);
    connect(m_csmSessionsAction, &QAction::triggered, this, &MainWindow::openCsmSessions);
    connect(m_defineHostGroup, &QAction::triggered, this, &MainWindow::defineHostGroup);
    connect(m_defineHost, &QAction::triggered, this, &MainWindow::defineHost);
    connect(m_defineHostPort, &QAction::triggered, this, &MainWindow::defineHostPort);
    connect(m_defineMapping, &QAction::triggered, this, &MainWindow::defineMapping);
    connect(m_removeMapping, &QAction::triggered, this, &MainWindow::removeMapping);
    connect(m_renameTopology, &QAction::triggered, this, &MainWindow::renameTopology);
    connect(m_removeTopology, &QAction::triggered, this, &MainWindow::removeTopology);
    connect(m_createArray, &QAction::triggered, this, &MainWindow::createArray);
    connect(m_deleteArray, &QAction::triggered, this, &MainWindow::deleteArray);
    connect(m_arrayProperties, &QAction::triggered, this, &MainWindow::arrayProperties);
    connect(m_createLogicalDrive, &QAction::triggered, this, &MainWindow::createLogicalDrive);
    connect(m_renameLogicalDrive, &QAction::triggered, this, &MainWindow::renameLogicalDrive);
    connect(m_increaseCapacity, &QAction::triggered, this, &MainWindow::increaseCapacity);
    connect(m_ownerA, &QAction::triggered, this, [this]() { changeOwner(u"A"_s); });
    connect(m_ownerB, &QAction::triggered, this, [this]() { changeOwner(u"B"_s); });
    connect(m_deleteLogicalDrive, &QAction::triggered, this, &MainWindow::deleteLogicalDrive);
    connect(m_logicalDriveProperties, &QAction::triggered, this, &MainWindow::logicalDriveProperties);
    connect(m_createFlashCopy, &QAction::triggered, this, &MainWindow::createFlashCopy);
    connect(m_disableFlashCopy, &QAction::triggered, this, &MainWindow::disableFlashCopy);
    connect(m_recreateFlashCopy, &QAction::triggered, this, &MainWindow::recreateFlashCopy);
    connect(m_createVolumeCopy, &QAction::triggered, this, &MainWindow::createVolumeCopy);
    connect(m_copyManagerAction, &QAction::triggered, this, &MainWindow::openCopyManager);
    connect(m_goToSource, &QAction::triggered, this, [this]() { goToPartner(true); });
    connect(m_goToTarget, &QAction::triggered, this, [this]() { goToPartner(false); });
    connect(m_assignHotSpare, &QAction::triggered, this, [this]() { setHotSpare(true); });
    connect(m_unassignHotSpare, &QAction::triggered, this, [this]() { setHotSpare(false); });
    connect(m_driveProperties, &QAction::triggered, this, &MainWindow::driveProperties);
    connect(m_about, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    QMenu* subsystem = menuBar()->addMenu(tr("&Storage Subsystem"));
    subsystem->setObjectName(u"menuStorageSubsystem"_s);
    subsystem->addAction(m_renameSubsystem);
    m_featuresMenu = subsystem->addMenu(tr("Premium &Features"));
    m_featuresMenu->setObjectName(u"menuPremiumFeatures"_s);
    m_featuresMenu->addAction(m_listFeatures);
    m_featuresMenu->addAction(m_enableFeature);
    m_featuresMenu->addAction(m_disableFeature);
    // Storage Subsystem ▸ Remote Mirroring ▸ Activate / Deactivate (spec §5.2).
    QMenu* subsystemMirroring = subsystem->addMenu(tr("Remote &Mirroring"));
    subsystemMirroring->setObjectName(u"menuSubsystemRemoteMirroring"_s);
    m_mirrorActions->fillSubsystemMenu(subsystemMirroring);
    // Storage Subsystem ▸ Remote Engines… (engines per site): the other sites' engines whose subsystems are shown here.
    QAction* remoteEngines = subsystem->addAction(tr("Remote &Engines…"));
    remoteEngines->setObjectName(u"actionRemoteEngines"_s);
    remoteEngines->setStatusTip(
        tr("The engines of other sites: register one, and its DS4000, ESS and NEC storage subsystems "
           "are shown here read-only to mirror to"));
    connect(remoteEngines, &QAction::triggered, this, [this]() {
        auto* dialog = new RemoteEnginesDialog(m_connection, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    subsystem->addAction(m_attachEngine);
    subsystem->addAction(m_detachEngine);
    subsystem->addSeparator();
    subsystem->addAction(m_recoveryGuru);
    subsystem->addAction(m_subsystemProperties);
    subsystem->addSeparator();
    subsystem->addAction(m_exit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"menuView"_s);
    view->addAction(m_viewLogicalPhysical);
    view->addAction(m_viewMappings);
    view->addAction(m_viewEventLog);
    view->addAction(m_viewPerformance);
    view->addSeparator();
    // View ▸ Go To ▸ Source / Target Logical Drive (spec §2.3.9).
    m_goToMenu = view->addMenu(tr("&Go To"));
    m_goToMenu->setObjectName(u"menuGoTo"_s);
    m_goToMenu->setToolTipsVisible(true);
    m_goToMenu->addAction(m_goToSource);
    m_goToMenu->addAction(m_goToTarget);
    view->setToolTipsVisible(true);

    QMenu* mappings = menuBar()->addMenu(tr("&Mappings"));
    mappings->setObjectName(u"menuMappings"_s);
    m_defineMenu = mappings->addMenu(tr("&Define"));
    m_defineMenu->setObjectName(u"menuDefine"_s);
    m_defineMenu->addAction(m_defineHostGroup);
    m_defineMenu->addAction(m_defineHost);
    m_defineMenu->addAction(m_defineHostPort);
    mappings->addAction(m_defineMapping);
    mappings->addAction(m_removeMapping);
    mappings->addSeparator();
    mappings->addAction(m_renameTopology);
    mappings->addAction(m_removeTopology);

    QMenu* array = menuBar()->addMenu(tr("&Array"));
    array->setObjectName(u"menuArray"_s);
    array->addAction(m_createArray);
    array->addAction(m_deleteArray);
    array->addSeparator();
    array->addAction(m_arrayProperties);

    QMenu* logicalDrive = menuBar()->addMenu(tr("&Logical Drive"));
    logicalDrive->setObjectName(u"menuLogicalDrive"_s);
    logicalDrive->addAction(m_createLogicalDrive);
    logicalDrive->addAction(m_renameLogicalDrive);
    logicalDrive->addAction(m_increaseCapacity);
    QMenu* change = logicalDrive->addMenu(tr("C&hange"));
    change->setObjectName(u"menuChange"_s);
    m_ownerMenu = change->addMenu(tr("&Ownership/Preferred Path"));
    m_ownerMenu->setObjectName(u"menuOwnership"_s);
    m_ownerMenu->addAction(m_ownerA);
    m_ownerMenu->addAction(m_ownerB);
    logicalDrive->addAction(m_deleteLogicalDrive);
    logicalDrive->addSeparator();
    // Logical Drive ▸ FlashCopy ▸ Create / Disable / Re-create (spec §5.2).
    m_flashCopyMenu = logicalDrive->addMenu(Icons::icon(u"flashcopy"_s), tr("&FlashCopy"));
    m_flashCopyMenu->setObjectName(u"menuFlashCopy"_s);
    m_flashCopyMenu->setToolTipsVisible(true); // a disabled action's tooltip says why
    m_flashCopyMenu->addAction(m_createFlashCopy);
    m_flashCopyMenu->addAction(m_disableFlashCopy);
    m_flashCopyMenu->addAction(m_recreateFlashCopy);
    // Logical Drive ▸ VolumeCopy ▸ Create / Copy Manager (spec §5.2).
    m_volumeCopyMenu = logicalDrive->addMenu(Icons::icon(u"volumecopy"_s), tr("&VolumeCopy"));
    m_volumeCopyMenu->setObjectName(u"menuVolumeCopy"_s);
    m_volumeCopyMenu->setToolTipsVisible(true);
    m_volumeCopyMenu->addAction(m_createVolumeCopy);
    m_volumeCopyMenu->addAction(m_copyManagerAction);
    // Logical Drive ▸ Remote Mirroring ▸ Create / Suspend / Resume / Change / Test Communication / Remove (spec §5.2).
    m_remoteMirrorMenu
        = logicalDrive->addMenu(Icons::icon(u"feature-remotemirror-enabled-activated"_s), tr("&Remote Mirroring"));
    m_remoteMirrorMenu->setObjectName(u"menuRemoteMirroring"_s);
    m_mirrorActions->fillLogicalDriveMenu(m_remoteMirrorMenu, true, true);
    logicalDrive->setToolTipsVisible(true);
    logicalDrive->addSeparator();
    logicalDrive->addAction(m_logicalDriveProperties);

    QMenu* drive = menuBar()->addMenu(tr("&Drive"));
    drive->setObjectName(u"menuDrive"_s);
    m_hotSpareMenu = drive->addMenu(tr("&Hot Spare Coverage"));
    m_hotSpareMenu->setObjectName(u"menuHotSpare"_s);
    m_hotSpareMenu->addAction(m_assignHotSpare);
    m_hotSpareMenu->addAction(m_unassignHotSpare);
    drive->addSeparator();
    drive->addAction(m_driveProperties);

    // Advanced ▸ Persistent Reservations (spec §2.5; the Advanced menu of SM 9.1x).
    QMenu* advanced = menuBar()->addMenu(tr("Adva&nced"));
    advanced->setObjectName(u"menuAdvanced"_s);
    advanced->addAction(m_persistentReservations);

    // Simulation: what stands in for the machine room (hosts doing I/O, the NBD server; later the mirror links).
    // No mnemonic: every letter of "Simulation" is taken by a menu or by a button of the in-controller copy screen,
    // which stays shown under this menu bar (tst_hdsgui, tst_helpgui check both).
    m_simulationMenu = menuBar()->addMenu(tr("Simulation"));
    m_simulationMenu->setObjectName(u"simulationMenu"_s);
    m_simulationMenu->setToolTipsVisible(true);
    m_simulationMenu->addAction(m_hostWorkloadsAction);
    m_simulationMenu->addAction(m_hostIoServerAction);
    m_simulationMenu->addSeparator();
    m_simulationMenu->addAction(m_mirrorActions->linkAction());

    // Copy Services Manager ▸ Sessions… (issue 16): CSM manages sessions over the storage systems of every family.
    QMenu* csm = menuBar()->addMenu(tr("&Copy Services Manager"));
    csm->setObjectName(u"menuCopyServicesManager"_s);
    csm->setToolTipsVisible(true);
    csm->addAction(m_csmSessionsAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"menuHelp"_s);
    // F1: the help page of the view in front (issue 18); Contents: the list of pages. Wizards and other windows get
    // their page from HelpWindow::installF1().
    HelpWindow::registerWindow(this, [this]() -> QString {
        for (const auto& [perspective, page] : {std::pair {u"essCopyServicesPerspective"_s, u"ess"_s},
                 std::pair {u"necPerspective"_s, u"nec"_s}, std::pair {u"hdsPerspective"_s, u"hds"_s}}) {
            if (const auto* w = findChild<QWidget*>(perspective); w != nullptr && !w->isHidden()) {
                return page;
            }
        }
        switch (currentView()) {
        case LogicalPhysical:
            return u"logical-physical"_s;
        case Mappings:
            return u"mappings"_s;
        case EventLog:
            return u"event-log"_s;
        case Performance:
            return u"performance"_s;
        }
        return u"index"_s;
    });
    HelpWindow::installF1();
    QAction* helpView = addAction(u"actionHelpView"_s, tr("&Help for This View"));
    helpView->setShortcut(QKeySequence::HelpContents);
    helpView->setShortcutContext(Qt::WindowShortcut);
    helpView->setStatusTip(tr("Show the help page of the view in front"));
    QWidget::addAction(helpView);
    connect(
        helpView, &QAction::triggered, this, [this]() { HelpWindow::instance()->showPage(HelpWindow::pageFor(this)); });
    QAction* helpContents = addAction(u"actionHelpContents"_s, tr("&Contents"));
    helpContents->setStatusTip(tr("Show the list of help pages"));
    connect(helpContents, &QAction::triggered, this, []() { HelpWindow::instance()->showPage(u"index"_s); });
    help->addAction(helpView);
    help->addAction(helpContents);
    help->addSeparator();
    help->addAction(m_about);

    // The toolbar and shortcuts of the common actions (issue 18). Standard key sequences where Qt has one (New,
    // Delete, Quit, HelpContents, set above); the others are chosen so that none is used twice in this window
    // (tst_helpgui checks it, and that no menu has two items with one mnemonic).
    m_viewLogicalPhysical->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_viewMappings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_viewEventLog->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_viewPerformance->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    m_createFlashCopy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_createVolumeCopy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_copyManagerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_mirrorActions->createAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_mirrorActions->createAction()->setShortcutContext(Qt::WindowShortcut);
    QWidget::addAction(m_mirrorActions->createAction());
    m_createFlashCopy->setIconText(tr("Create FlashCopy"));
    m_createVolumeCopy->setIconText(tr("Create VolumeCopy"));
    m_copyManagerAction->setIconText(tr("Copy Manager"));
    m_copyManagerAction->setIcon(Icons::icon(u"copy-in-progress"_s));
    m_mirrorActions->createAction()->setIconText(tr("Create Remote Mirror"));
    m_viewLogicalPhysical->setIconText(tr("Logical/Physical"));
    m_viewMappings->setIconText(tr("Mappings"));
    m_viewEventLog->setIconText(tr("Event Log"));
    m_viewPerformance->setIconText(tr("Performance"));
    QToolBar* bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    bar->addAction(m_createFlashCopy);
    bar->addAction(m_createVolumeCopy);
    bar->addAction(m_copyManagerAction);
    bar->addAction(m_mirrorActions->createAction());
    bar->addSeparator();
    bar->addAction(m_viewLogicalPhysical);
    bar->addAction(m_viewMappings);
    bar->addAction(m_viewEventLog);
    bar->addAction(m_viewPerformance);
}

void MainWindow::updateActions()
{
    const bool have = m_snapshot && m_snapshot->config.subsystems.contains(m_subsystemId);
    const Configuration empty;
    const Configuration& c = have ? m_snapshot->config : empty;
    const Subsystem s = c.subsystems.value(m_subsystemId);

    for (QAction* a : {m_renameSubsystem, m_listFeatures, m_enableFeature, m_subsystemProperties,
             m_persistentReservations, m_defineHostGroup, m_defineHost, m_recoveryGuru}) {
        a->setEnabled(have);
    }
    m_detachEngine->setEnabled(m_engine > 0);
    m_detachEngine->setText(m_engine > 0 && !m_engines.at(static_cast<size_t>(m_engine)).site.isEmpty()
            ? tr("&Detach Engine of Site %1").arg(m_engines.at(static_cast<size_t>(m_engine)).site)
            : tr("&Detach Engine"));
    m_disableFeature->setEnabled(have && (s.flashCopyEnabled || s.volumeCopyEnabled || s.remoteMirrorEnabled));

    // Arrays.
    m_createArray->setEnabled(have && unconfiguredCapacity(c, m_subsystemId) > 0);
    const ObjectId arrayId = selectedArray();
    m_deleteArray->setEnabled(arrayId != 0);
    m_arrayProperties->setEnabled(arrayId != 0);

    // Logical drives.
    const QList<Array> arrays = c.arraysOf(m_subsystemId);
    m_createLogicalDrive->setEnabled(have && std::any_of(arrays.cbegin(), arrays.cend(), [&c](const Array& a) {
        return arrayFreeCapacity(c, a.id) > 0;
    }));
    const ObjectId ldId = selectedLogicalDrive();
    const bool ld = ldId != 0 && c.logicalDrives.contains(ldId);
    const LogicalDrive drive = c.logicalDrives.value(ldId);
    for (QAction* a : {m_renameLogicalDrive, m_deleteLogicalDrive, m_logicalDriveProperties, m_ownerA, m_ownerB}) {
        a->setEnabled(ld);
    }
    m_ownerMenu->setEnabled(ld);
    m_ownerA->setChecked(ld && drive.preferredOwner == u"A"_s);
    m_ownerB->setChecked(ld && drive.preferredOwner == u"B"_s);
    // Increase Capacity: standard logical drives and FlashCopy repositories (spec §2.2.7), not a FlashCopy (it has
    // its base's capacity) nor a base of FlashCopies (the engine refuses both: CapacityNotIncreased).
    const FlashCopy* fc = ld ? c.flashCopyOf(ldId) : nullptr;
    const bool isFlashCopy = fc != nullptr && fc->id == ldId;
    const bool isRepository = fc != nullptr && fc->repositoryId == ldId;
    QString increaseBlocker;
    if (!ld) {
        increaseBlocker = tr("Select the logical drive or FlashCopy repository to grow.");
    } else if (isFlashCopy) {
        increaseBlocker = tr("A FlashCopy logical drive has its base's capacity; increase its repository instead.");
    } else if (drive.kind == LogicalDriveKind::MirrorRepository) {
        increaseBlocker = tr("Mirror repository logical drives cannot be expanded.");
    } else if (!c.flashCopiesOf(ldId).isEmpty()) {
        increaseBlocker = tr("%1 is the base of FlashCopy logical drives, which cannot grow with it; delete them "
                             "first.")
                              .arg(drive.name);
    } else if (arrayFreeCapacity(c, drive.arrayId) <= 0) {
        increaseBlocker = tr("%1 has no free capacity.").arg(arrayLabel(c.arrays.value(drive.arrayId)));
    }
    m_increaseCapacity->setEnabled(increaseBlocker.isEmpty());
    const QString increaseTip = isRepository ? tr("Add free capacity of its array to the FlashCopy repository")
                                             : tr("Add free capacity of the array to the logical drive");
    m_increaseCapacity->setStatusTip(increaseBlocker.isEmpty() ? increaseTip : increaseBlocker);
    m_increaseCapacity->setToolTip(m_increaseCapacity->statusTip());

    // Logical Drive ▸ FlashCopy: each action says why it is unavailable (status tip and tooltip).
    const QString createBlocker = createFlashCopyBlocker();
    m_createFlashCopy->setEnabled(createBlocker.isEmpty());
    m_createFlashCopy->setStatusTip(createBlocker.isEmpty()
            ? tr("Create a FlashCopy logical drive: a point-in-time image of %1").arg(drive.name)
            : createBlocker);
    m_createFlashCopy->setToolTip(m_createFlashCopy->statusTip());
    QString disableTip;
    QString recreateTip;
    if (!isFlashCopy) {
        disableTip = recreateTip = tr("Select a FlashCopy logical drive.");
    } else {
        const QString status = Texts::flashCopyStatus(fc->status);
        disableTip = fc->status == FlashCopyStatus::Optimal
            ? tr("Stop copy-on-write for %1; it keeps its repository and mappings until it is re-created")
                  .arg(drive.name)
            : tr("Only an optimal FlashCopy can be disabled; %1 is %2.").arg(drive.name, status);
        recreateTip = tr("Take a new point-in-time image for %1; the current image is discarded").arg(drive.name);
    }
    m_disableFlashCopy->setEnabled(isFlashCopy && fc->status == FlashCopyStatus::Optimal);
    m_disableFlashCopy->setStatusTip(disableTip);
    m_disableFlashCopy->setToolTip(disableTip);
    // Conflict C2: Re-create from Optimal, Disabled and Failed, i.e. every FlashCopy status.
    m_recreateFlashCopy->setEnabled(isFlashCopy);
    m_recreateFlashCopy->setStatusTip(recreateTip);
    m_recreateFlashCopy->setToolTip(recreateTip);

    // Logical Drive ▸ VolumeCopy: Create for a valid source only, with the reason otherwise; the Copy Manager
    // whenever the feature is usable or pairs exist (spec §7.1: menus greyed while disabled and no pairs exist).
    const QString vcBlocker = createVolumeCopyBlocker();
    m_createVolumeCopy->setEnabled(vcBlocker.isEmpty());
    m_createVolumeCopy->setStatusTip(
        vcBlocker.isEmpty() ? tr("Copy all data of %1 onto another logical drive").arg(drive.name) : vcBlocker);
    m_createVolumeCopy->setToolTip(m_createVolumeCopy->statusTip());
    const bool pairsExist = std::any_of(c.volumeCopies.cbegin(), c.volumeCopies.cend(),
        [this](const VolumeCopy& vc) { return vc.subsystemId == m_subsystemId; });
    const QString featureBlocker
        = have ? VolumeCopyRules::featureBlocker(*m_snapshot, m_subsystemId) : tr("No storage subsystem is shown.");
    m_copyManagerAction->setEnabled(have && (featureBlocker.isEmpty() || pairsExist));
    m_copyManagerAction->setToolTip(
        m_copyManagerAction->isEnabled() ? m_copyManagerAction->statusTip() : featureBlocker);
    // View ▸ Go To: from a target to its source, from a source to its target; not in the Mappings view (§2.3.9).
    const bool logicalView = currentView() == LogicalPhysical;
    const ObjectId sourceOf = logicalView ? goToPartnerOf(ldId, true) : 0;
    const ObjectId targetOf = logicalView ? goToPartnerOf(ldId, false) : 0;
    m_goToSource->setEnabled(sourceOf != 0);
    m_goToSource->setToolTip(sourceOf != 0
            ? tr("Select %1, the source of the copy to %2").arg(c.logicalDrives.value(sourceOf).name, drive.name)
            : tr("Select the target logical drive of a VolumeCopy in the Logical view."));
    m_goToTarget->setEnabled(targetOf != 0);
    m_goToTarget->setToolTip(targetOf != 0
            ? tr("Select %1, the target of the copy from %2").arg(c.logicalDrives.value(targetOf).name, drive.name)
            : tr("Select the source logical drive of a VolumeCopy in the Logical view."));
    m_goToMenu->setEnabled(have && (featureBlocker.isEmpty() || pairsExist));

    // Drives.
    const QList<ObjectId> drives = selectedDrives();
    const bool allUnassigned = !drives.isEmpty() && std::all_of(drives.cbegin(), drives.cend(), [&c](ObjectId id) {
        const Drive d = c.drives.value(id);
        return d.role == DriveRole::Unassigned && d.status == ComponentStatus::Optimal;
    });
    const bool allSpares = !drives.isEmpty() && std::all_of(drives.cbegin(), drives.cend(), [&c](ObjectId id) {
        return c.drives.value(id).role == DriveRole::HotSpare;
    });
    m_assignHotSpare->setEnabled(allUnassigned);
    m_unassignHotSpare->setEnabled(allSpares);
    m_hotSpareMenu->setEnabled(allUnassigned || allSpares);
    m_driveProperties->setEnabled(drives.size() == 1);

    // Mappings.
    m_defineHostPort->setEnabled(have && !c.hostsOf(m_subsystemId).isEmpty());
    // Any unmapped mappable drive: no name sort and no scan of the mappings per drive (issue 19, 10,000 drives).
    const std::shared_ptr<const SnapshotIndex> ix = SnapshotIndex::of(have ? m_snapshot : SnapshotPtr());
    m_defineMapping->setEnabled(
        have && std::any_of(c.logicalDrives.cbegin(), c.logicalDrives.cend(), [&](const LogicalDrive& l) {
            const bool mappable = l.kind == LogicalDriveKind::Standard || l.kind == LogicalDriveKind::FlashCopy;
            return l.subsystemId == m_subsystemId && mappable && ix->mappingOf(l.id) == nullptr;
        }));
    m_removeMapping->setEnabled(ld && c.mappingOf(ldId) != nullptr);
    const NodeKind topology = currentView() == Mappings ? m_mappings->topologyKind() : NodeKind::None;
    m_renameTopology->setEnabled(topology == NodeKind::Host || topology == NodeKind::HostGroup);
    m_removeTopology->setEnabled(
        topology == NodeKind::Host || topology == NodeKind::HostGroup || topology == NodeKind::HostPort);

    // Storage Subsystem / Logical Drive ▸ Remote Mirroring, Simulation ▸ Remote Mirror Link.
    m_mirrorActions->setConnection(m_connection);
    m_mirrorActions->setContext(m_snapshot, m_subsystemId, ld ? QList<ObjectId> {ldId} : QList<ObjectId> {});
    m_remoteMirrorMenu->setEnabled(have);

    // Simulation.
    m_hostWorkloadsAction->setEnabled(have);
    m_hostIoServerAction->setEnabled(m_connection != nullptr);
    m_csmSessionsAction->setEnabled(m_connection != nullptr);
}

void MainWindow::showContextMenu(const QPoint& globalPos, int area)
{
    QMenu menu(this);
    menu.setObjectName(u"contextMenu"_s);
    if (area == 0) {
        switch (m_logicalPhysical->currentKind()) {
        case NodeKind::Subsystem:
            menu.addAction(m_createArray);
            menu.addAction(m_createLogicalDrive);
            menu.addSeparator();
            menu.addAction(m_renameSubsystem);
            menu.addAction(m_subsystemProperties);
            break;
        case NodeKind::UnconfiguredCapacity:
            menu.addAction(m_createArray);
            break;
        case NodeKind::Array:
            menu.addAction(m_createLogicalDrive);
            menu.addAction(m_deleteArray);
            menu.addSeparator();
            menu.addAction(m_arrayProperties);
            break;
        case NodeKind::FreeCapacity:
            menu.addAction(m_createLogicalDrive);
            break;
        case NodeKind::LogicalDrive:
            switch (m_snapshot->config.logicalDrives.value(m_logicalPhysical->currentId()).kind) {
            case LogicalDriveKind::FlashCopy:
                // Right-click FlashCopy → Disable / Re-Create / Delete (spec §5.2).
                menu.addAction(m_disableFlashCopy);
                menu.addAction(m_recreateFlashCopy);
                menu.addAction(m_deleteLogicalDrive);
                menu.addSeparator();
                menu.addMenu(m_volumeCopyMenu);
                menu.addSeparator();
                menu.addAction(m_renameLogicalDrive);
                menu.addSeparator();
                menu.addAction(m_defineMapping);
                menu.addAction(m_removeMapping);
                break;
            case LogicalDriveKind::FlashCopyRepository:
                menu.addAction(m_increaseCapacity);
                menu.addAction(m_renameLogicalDrive);
                menu.addAction(m_deleteLogicalDrive);
                break;
            case LogicalDriveKind::Standard:
            case LogicalDriveKind::MirrorRepository:
                menu.addAction(m_renameLogicalDrive);
                menu.addAction(m_increaseCapacity);
                menu.addMenu(m_ownerMenu);
                menu.addAction(m_deleteLogicalDrive);
                menu.addSeparator();
                menu.addMenu(m_flashCopyMenu);
                menu.addMenu(m_volumeCopyMenu);
                if (m_snapshot->config.logicalDrives.value(m_logicalPhysical->currentId()).kind
                    == LogicalDriveKind::Standard) {
                    menu.addMenu(m_remoteMirrorMenu); // right-click → Change → Role to Primary (spec §5.2)
                }
                menu.addSeparator();
                menu.addAction(m_defineMapping);
                menu.addAction(m_removeMapping);
                break;
            }
            menu.addSeparator();
            menu.addAction(m_logicalDriveProperties);
            break;
        case NodeKind::MirrorPartner:
            // The remote side of a mirrored pair, shown under its primary: it lives on the other subsystem.
            menu.addAction(m_mirrorActions->remoteMirrorsAction());
            break;
        default:
            return;
        }
    } else if (area == 3) {
        // Performance view: the logical drive of the row.
        if (selectedLogicalDrive() != 0) {
            menu.addAction(m_logicalDriveProperties);
            menu.addSeparator();
        }
        menu.addAction(m_hostWorkloadsAction);
        menu.addAction(m_hostIoServerAction);
    } else if (area == 1) {
        menu.addAction(m_createArray);
        menu.addMenu(m_hotSpareMenu);
        menu.addSeparator();
        menu.addAction(m_driveProperties);
    } else {
        menu.addMenu(m_defineMenu);
        menu.addAction(m_defineMapping);
        menu.addAction(m_removeMapping);
        menu.addSeparator();
        menu.addAction(m_renameTopology);
        menu.addAction(m_removeTopology);
        if (m_mappings->topologyKind() == NodeKind::Host) {
            menu.addSeparator();
            menu.addAction(m_hostWorkloadsAction);
        }
        if (selectedLogicalDrive() != 0) {
            menu.addSeparator();
            menu.addAction(m_logicalDriveProperties);
        }
    }
    menu.setToolTipsVisible(true);
    menu.exec(globalPos);
}

// ---------------------------------------------------------------------------------------------------------------

void MainWindow::openDialog(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::runCommand(CommandRequest request, const QString& failureTitle)
{
    if (!m_connection) {
        return;
    }
    request.args.insert(u"subsystemId"_s, m_subsystemId);
    m_connection->submit(request, this, [this, failureTitle](const CommandResult& result) {
        if (!result.ok()) {
            MessageBox::warning(this, failureTitle, result.error.localizedMessage());
        }
    });
}

void MainWindow::selectLogicalKey(const QString& key)
{
    showView(LogicalPhysical);
    if (m_logicalPhysical->selectKey(key)) {
        m_pendingSelection.clear();
    } else {
        m_pendingSelection = key; // the snapshot with it has not arrived yet: applySnapshot() selects it
    }
    m_logicalPhysical->logicalTree()->setFocus();
}

void MainWindow::renameSubsystem()
{
    openDialog(new RenameDialog(m_connection, m_subsystemId, RenameDialog::Target::Subsystem, m_subsystemId, this));
}

void MainWindow::listPremiumFeatures()
{
    openDialog(new ListPremiumFeaturesDialog(m_connection, m_subsystemId, this));
}

void MainWindow::enablePremiumFeature()
{
    auto* dialog = new EnablePremiumFeatureDialog(m_connection, m_subsystemId, this);
    const ObjectId subsystemId = m_subsystemId;
    connect(dialog, &CommandDialog::succeeded, this, [this, subsystemId](const CommandResult& result) {
        // Say which feature the key file enabled (the dialog only names a file).
        const auto feature = parseEnum<PremiumFeature>(result.data.value(u"feature"_s).toString());
        const QString subsystem = m_connection && m_connection->snapshot()
            ? m_connection->snapshot()->config.subsystems.value(subsystemId).name
            : QString();
        const QString text = feature
            ? tr("Premium feature enabled: %1 is now enabled on %2.")
                  .arg(Texts::featureName(*feature), Texts::subsystemLabel(subsystem))
            : tr("The premium feature of the key file is now enabled on %1.").arg(Texts::subsystemLabel(subsystem));
        statusBar()->showMessage(text, 15000);
    });
    openDialog(dialog);
}

void MainWindow::disablePremiumFeature()
{
    openDialog(new DisablePremiumFeatureDialog(m_connection, m_subsystemId, this));
}

void MainWindow::subsystemProperties()
{
    openDialog(new SubsystemPropertiesDialog(m_connection, m_subsystemId, this));
}

void MainWindow::defineHostGroup()
{
    auto* dialog = new DefineHostGroupDialog(m_connection, m_subsystemId, this);
    connect(dialog, &CommandDialog::succeeded, this, [this](const CommandResult& r) {
        showView(Mappings);
        m_mappings->selectKey(u"group:%1"_s.arg(r.data.value(u"id"_s).toInteger()));
    });
    openDialog(dialog);
}

void MainWindow::defineHost()
{
    const ObjectId group = m_mappings->topologyKind() == NodeKind::HostGroup ? m_mappings->topologyId() : 0;
    auto* dialog = new DefineHostDialog(m_connection, m_subsystemId, group, this);
    connect(dialog, &CommandDialog::succeeded, this, [this](const CommandResult& r) {
        showView(Mappings);
        m_mappings->selectKey(u"host:%1"_s.arg(r.data.value(u"id"_s).toInteger()));
    });
    openDialog(dialog);
}

void MainWindow::defineHostPort()
{
    const ObjectId host = m_mappings->topologyKind() == NodeKind::Host ? m_mappings->topologyId() : 0;
    openDialog(new DefineHostPortDialog(m_connection, m_subsystemId, host, this));
}

void MainWindow::defineMapping()
{
    const ObjectId target = std::max<ObjectId>(0, currentView() == Mappings ? m_mappings->selectedTargetId() : 0);
    openDialog(new DefineMappingDialog(m_connection, m_subsystemId, target, selectedLogicalDrive(), this));
}

void MainWindow::removeMapping()
{
    const ObjectId ldId = selectedLogicalDrive();
    const Configuration& c = m_snapshot->config;
    const LunMapping* mapping = c.mappingOf(ldId);
    if (mapping == nullptr) {
        return;
    }
    const QString text = tr("Remove the mapping of logical drive \"%1\" (LUN %2 of %3)?\n\nThe hosts of that "
                            "partition lose access to the logical drive.")
                             .arg(c.logicalDrives.value(ldId).name)
                             .arg(mapping->lun)
                             .arg(Texts::mappingTarget(c, mapping->targetId));
    if (Confirm::ask(this, Consequence::ChangesState, tr("Remove Mapping"), text)) {
        runCommand({u"removeLunMapping"_s, {{u"id"_s, ldId}}}, tr("Remove Mapping"));
    }
}

void MainWindow::renameTopology()
{
    const NodeKind kind = m_mappings->topologyKind();
    if (kind != NodeKind::Host && kind != NodeKind::HostGroup) {
        return;
    }
    openDialog(new RenameDialog(m_connection, m_subsystemId,
        kind == NodeKind::Host ? RenameDialog::Target::Host : RenameDialog::Target::HostGroup, m_mappings->topologyId(),
        this));
}

void MainWindow::removeTopology()
{
    const NodeKind kind = m_mappings->topologyKind();
    const ObjectId id = m_mappings->topologyId();
    const Configuration& c = m_snapshot->config;
    QString text;
    QString command;
    switch (kind) {
    case NodeKind::Host:
        text = tr("Remove host \"%1\" with its host ports and its LUN mappings?").arg(c.hosts.value(id).name);
        command = u"deleteHost"_s;
        break;
    case NodeKind::HostGroup:
        text = tr("Remove host group \"%1\" and its LUN mappings?").arg(c.hostGroups.value(id).name);
        command = u"deleteHostGroup"_s;
        break;
    case NodeKind::HostPort:
        text = tr("Remove host port %1?").arg(formatWwpn(c.hostPorts.value(id).identifier));
        command = u"deleteHostPort"_s;
        break;
    default:
        return;
    }
    if (Confirm::ask(this, Consequence::ChangesState, tr("Remove"), text)) {
        runCommand({command, {{u"id"_s, id}}}, tr("Remove"));
    }
}

void MainWindow::createArray()
{
    QList<ObjectId> preselected;
    if (m_snapshot) {
        for (const ObjectId id : m_logicalPhysical->physicalView()->selectedDrives()) {
            if (m_snapshot->config.drives.value(id).role == DriveRole::Unassigned) {
                preselected.append(id);
            }
        }
    }
    auto* dialog = new CreateArrayDialog(m_connection, m_subsystemId, preselected, this);
    connect(dialog, &CommandDialog::succeeded, this, [this](const CommandResult& r) {
        showView(LogicalPhysical);
        m_logicalPhysical->physicalView()->setSelectedDrives({});
        m_logicalPhysical->selectKey(u"array:%1"_s.arg(r.data.value(u"id"_s).toInteger()));
    });
    openDialog(dialog);
}

void MainWindow::deleteArray()
{
    const ObjectId arrayId = selectedArray();
    if (arrayId == 0) {
        return;
    }
    const QString label = arrayLabel(m_snapshot->config.arrays.value(arrayId));
    openDialog(new TypeYesDialog(m_connection, m_subsystemId, tr("Delete Array"),
        tr("Deleting %1 returns its drives to unconfigured capacity. An array that still "
           "holds logical drives cannot be deleted.")
            .arg(label),
        {u"deleteArray"_s, {{u"id"_s, arrayId}}}, this));
}

void MainWindow::arrayProperties()
{
    if (const ObjectId arrayId = selectedArray(); arrayId != 0) {
        openDialog(new ArrayPropertiesDialog(m_connection, m_subsystemId, arrayId, this));
    }
}

void MainWindow::createLogicalDrive()
{
    auto* dialog = new CreateLogicalDriveDialog(m_connection, m_subsystemId, selectedArray(), this);
    connect(dialog, &CommandDialog::succeeded, this, [this](const CommandResult& r) {
        showView(LogicalPhysical);
        m_logicalPhysical->selectKey(u"ld:%1"_s.arg(r.data.value(u"id"_s).toInteger()));
        m_logicalPhysical->logicalTree()->setFocus();
    });
    openDialog(dialog);
}

void MainWindow::renameLogicalDrive()
{
    if (const ObjectId ld = selectedLogicalDrive(); ld != 0) {
        openDialog(new RenameDialog(m_connection, m_subsystemId, RenameDialog::Target::LogicalDrive, ld, this));
    }
}

void MainWindow::increaseCapacity()
{
    const ObjectId ld = selectedLogicalDrive();
    if (ld == 0 || !m_increaseCapacity->isEnabled()) {
        return;
    }
    if (m_snapshot->config.logicalDrives.value(ld).kind == LogicalDriveKind::FlashCopyRepository) {
        openDialog(new IncreaseRepositoryCapacityDialog(m_connection, m_subsystemId, ld, this));
    } else {
        openDialog(new IncreaseCapacityDialog(m_connection, m_subsystemId, ld, this));
    }
}

void MainWindow::changeOwner(const QString& controller)
{
    const ObjectId ld = selectedLogicalDrive();
    if (ld == 0 || m_snapshot->config.logicalDrives.value(ld).preferredOwner == controller) {
        updateActions();
        return;
    }
    runCommand({u"setLogicalDrive"_s, {{u"id"_s, ld}, {u"owner"_s, controller}}}, tr("Change Ownership"));
}

void MainWindow::deleteLogicalDrive()
{
    const ObjectId ld = selectedLogicalDrive();
    if (ld == 0 || !m_deleteLogicalDrive->isEnabled()) {
        return;
    }
    const Configuration& c = m_snapshot->config;
    const LogicalDrive drive = c.logicalDrives.value(ld);
    const QLocale locale;
    const CommandRequest request {u"deleteLogicalDrive"_s, {{u"id"_s, ld}}};
    if (const FlashCopy* fc = c.flashCopyOf(ld)) {
        // A FlashCopy and its repository go together, whichever is selected (spec §2.2.8).
        const LogicalDrive copy = c.logicalDrives.value(fc->id);
        const LogicalDrive repository = c.logicalDrives.value(fc->repositoryId);
        QString message;
        if (ld == fc->repositoryId) {
            message = tr("\"%1\" is the repository of FlashCopy logical drive \"%2\", which is deleted with it.")
                          .arg(repository.name, copy.name)
                + u' ';
        }
        message += tr("Deleting FlashCopy logical drive \"%1\" also deletes its repository \"%2\" (%3): the "
                      "point-in-time image of \"%4\" and everything written to the FlashCopy are destroyed. The "
                      "capacity returns to the free capacity of %5. The base logical drive is not affected.")
                       .arg(copy.name, repository.name, formatGb(repository.capacity, locale),
                           c.logicalDrives.value(fc->baseId).name, arrayLabel(c.arrays.value(repository.arrayId)));
        if (const LunMapping* m = c.mappingOf(fc->id)) {
            message += u"\n\n"_s
                + tr("Its mapping (LUN %1 of %2) is removed: stop all host I/O to it first.")
                      .arg(m->lun)
                      .arg(Texts::mappingTarget(c, m->targetId));
        }
        openDialog(new TypeYesDialog(
            m_connection, m_subsystemId, tr("Delete FlashCopy Logical Drive"), message, request, this));
        return;
    }
    QString message = tr("Deleting logical drive \"%1\" (%2) destroys all of its data. Its capacity returns to the "
                         "free capacity of %3.")
                          .arg(drive.name, formatGb(drive.capacity, locale), arrayLabel(c.arrays.value(drive.arrayId)));
    if (const LunMapping* m = c.mappingOf(ld)) {
        message += u"\n\n"_s
            + tr("Its mapping (LUN %1 of %2) is removed: stop all host I/O to it first.")
                  .arg(m->lun)
                  .arg(Texts::mappingTarget(c, m->targetId));
    }
    if (const QList<FlashCopy> copies = c.flashCopiesOf(ld); !copies.isEmpty()) {
        QStringList names;
        for (const FlashCopy& copy : copies) {
            names.append(u"\"%1\""_s.arg(c.logicalDrives.value(copy.id).name));
        }
        message += u"\n\n"_s
            + tr("It is the base of %n FlashCopy logical drive(s), which are deleted with it, with their "
                 "repositories: %1.",
                nullptr, static_cast<int>(copies.size()))
                  .arg(names.join(u", "_s));
    }
    openDialog(new TypeYesDialog(m_connection, m_subsystemId, tr("Delete Logical Drives"), message, request, this));
}

void MainWindow::logicalDriveProperties()
{
    if (const ObjectId ld = selectedLogicalDrive(); ld != 0) {
        auto* dialog = new LogicalDrivePropertiesDialog(m_connection, m_subsystemId, ld, this);
        dialog->setHostIoRates(m_hostIoRates);
        openDialog(dialog);
    }
}

QString MainWindow::createFlashCopyBlocker() const
{
    if (!m_snapshot || !m_snapshot->config.subsystems.contains(m_subsystemId)) {
        return tr("No storage subsystem is shown.");
    }
    return FlashCopyRules::createBlocker(*m_snapshot, m_subsystemId, selectedLogicalDrive());
}

void MainWindow::createFlashCopy()
{
    if (const QString blocker = createFlashCopyBlocker(); !blocker.isEmpty()) {
        MessageBox::information(this, tr("Create FlashCopy Logical Drive"), blocker);
        return;
    }
    const ObjectId subsystemId = m_subsystemId;
    auto* wizard = new CreateFlashCopyWizard(m_snapshot, subsystemId, selectedLogicalDrive(), this);
    connect(m_connection, &EngineConnection::snapshotChanged, wizard, &CreateFlashCopyWizard::setSnapshot);
    // The wizard builds the request; this window submits it and reports the engine's answer back (STYLE item 13).
    connect(wizard, &CreateFlashCopyWizard::submitRequested, this, [this, wizard, subsystemId](CommandRequest request) {
        if (!m_connection) {
            wizard->showSubmitError(tr("The console is not connected to an engine."));
            return;
        }
        request.args.insert(u"subsystemId"_s, subsystemId);
        m_connection->submit(request, wizard, [this, wizard, subsystemId](const CommandResult& result) {
            if (!result.ok()) {
                wizard->showSubmitError(result.error.localizedMessage());
                return;
            }
            wizard->submitSucceeded(result);
            if (m_subsystemId == subsystemId) {
                selectLogicalKey(u"ld:%1"_s.arg(result.data.value(u"id"_s).toInteger()));
            }
        });
    });
    openDialog(wizard);
}

void MainWindow::disableFlashCopy()
{
    const ObjectId id = selectedLogicalDrive();
    const FlashCopy* fc = m_snapshot ? m_snapshot->config.flashCopyOf(id) : nullptr;
    if (fc == nullptr || fc->id != id || !m_disableFlashCopy->isEnabled()) {
        return;
    }
    const Configuration& c = m_snapshot->config;
    const QString message
        = tr("Disabling FlashCopy logical drive \"%1\" stops copy-on-write from its base \"%2\": the FlashCopy "
             "cannot be used until it is re-created. Its repository \"%3\" and its mappings are kept, and the "
             "other FlashCopies of the base keep working.")
              .arg(c.logicalDrives.value(id).name, c.logicalDrives.value(fc->baseId).name,
                  c.logicalDrives.value(fc->repositoryId).name);
    openDialog(new TypeYesDialog(m_connection, m_subsystemId, tr("Disable FlashCopy Logical Drive"), message,
        {u"disableFlashCopy"_s, {{u"id"_s, id}}}, this));
}

void MainWindow::recreateFlashCopy()
{
    const ObjectId id = selectedLogicalDrive();
    const FlashCopy* fc = m_snapshot ? m_snapshot->config.flashCopyOf(id) : nullptr;
    if (fc == nullptr || fc->id != id || !m_recreateFlashCopy->isEnabled()) {
        return;
    }
    const Configuration& c = m_snapshot->config;
    QString message
        = tr("Re-creating FlashCopy logical drive \"%1\" takes a new point-in-time image of \"%2\". The current "
             "image is discarded: everything in repository \"%3\" is deleted, including data written to the "
             "FlashCopy. Its name, repository, settings and mappings are kept.\n\nStop host I/O to the base and "
             "flush the host's caches first.")
              .arg(c.logicalDrives.value(id).name, c.logicalDrives.value(fc->baseId).name,
                  c.logicalDrives.value(fc->repositoryId).name);
    if (fc->status == FlashCopyStatus::Failed && !fc->statusReason.isEmpty()) {
        message += u"\n\n"_s + tr("It failed: %1.").arg(fc->statusReason);
    }
    openDialog(new TypeYesDialog(m_connection, m_subsystemId, tr("Re-create FlashCopy Logical Drive"), message,
        {u"recreateFlashCopy"_s, {{u"id"_s, id}}}, this));
}

QString MainWindow::createVolumeCopyBlocker() const
{
    if (!m_snapshot || !m_snapshot->config.subsystems.contains(m_subsystemId)) {
        return tr("No storage subsystem is shown.");
    }
    return VolumeCopyRules::createBlocker(*m_snapshot, m_subsystemId, selectedLogicalDrive());
}

void MainWindow::createVolumeCopy()
{
    if (const QString blocker = createVolumeCopyBlocker(); !blocker.isEmpty()) {
        MessageBox::information(this, tr("Create Copy"), blocker);
        return;
    }
    const ObjectId subsystemId = m_subsystemId;
    auto* wizard = new CreateVolumeCopyWizard(m_snapshot, subsystemId, selectedLogicalDrive(), this);
    connect(m_connection, &EngineConnection::snapshotChanged, wizard, &CreateVolumeCopyWizard::setSnapshot);
    // The wizard builds the request; this window submits it and reports the engine's answer back (STYLE item 13).
    connect(
        wizard, &CreateVolumeCopyWizard::submitRequested, this, [this, wizard, subsystemId](CommandRequest request) {
            if (!m_connection) {
                wizard->showSubmitError(tr("The console is not connected to an engine."));
                return;
            }
            request.args.insert(u"subsystemId"_s, subsystemId);
            m_connection->submit(request, wizard, [wizard](const CommandResult& result) {
                if (!result.ok()) {
                    wizard->showSubmitError(result.error.localizedMessage());
                    return;
                }
                wizard->submitSucceeded(result);
            });
        });
    openDialog(wizard);
}

void MainWindow::attachEngineDialog()
{
    if (m_attacher == nullptr) {
        return;
    }
    auto* dialog = new AttachEngineDialog(m_attacher, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        std::unique_ptr<EngineConnection> connection = dialog->takeConnection();
        if (!connection) {
            return;
        }
        const int index = attachEngine(std::move(connection), dialog->endpoint());
        // Show its first subsystem: the views and the commands go to that engine now.
        const SnapshotPtr snapshot = engineConnection(index)->snapshot();
        const auto& subsystems = snapshot->config.subsystems;
        const auto own
            = std::find_if(subsystems.cbegin(), subsystems.cend(), [](const Subsystem& s) { return !s.isProxy(); });
        if (own != subsystems.cend()) {
            selectSubsystem(index, own->id);
        }
        statusBar()->showMessage(tr("Attached to %1").arg(dialog->endpoint()), 10000);
    });
    dialog->open();
}

void MainWindow::openCopyManager()
{
    if (!m_connection) {
        return;
    }
    if (!m_copyManager) {
        // One instance, non-modal, deleted with this window (or when closed).
        m_copyManager = new CopyManagerWindow(m_connection, m_subsystemId, this);
        m_copyManager->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_copyManager->setSubsystem(m_subsystemId);
    }
    // Opened on a logical drive: its pair (as target, else its first as source) is selected.
    if (const ObjectId ld = selectedLogicalDrive(); ld != 0 && m_snapshot) {
        const Configuration& c = m_snapshot->config;
        if (const VolumeCopy* pair = c.volumeCopyTargeting(ld)) {
            m_copyManager->selectPair(pair->id);
        } else if (const QList<VolumeCopy> pairs = c.volumeCopiesOf(ld); !pairs.isEmpty()) {
            m_copyManager->selectPair(pairs.first().id);
        }
    }
    m_copyManager->show();
    m_copyManager->raise();
    m_copyManager->activateWindow();
}

ObjectId MainWindow::goToPartnerOf(ObjectId ldId, bool source) const
{
    if (!m_snapshot || ldId == 0) {
        return 0;
    }
    const Configuration& c = m_snapshot->config;
    if (source) {
        const VolumeCopy* pair = c.volumeCopyTargeting(ldId);
        return pair != nullptr ? pair->sourceId : 0;
    }
    for (const VolumeCopy& vc : c.volumeCopiesOf(ldId)) {
        if (vc.sourceId == ldId) {
            return vc.targetId; // the first pair, by id
        }
    }
    return 0;
}

void MainWindow::goToPartner(bool source)
{
    if (const ObjectId partner = goToPartnerOf(selectedLogicalDrive(), source); partner != 0) {
        selectLogicalKey(u"ld:%1"_s.arg(partner));
    }
}

CsmUi::CsmSessionsWindow* MainWindow::csmSessions() const
{
    return m_csmSessions.data();
}

void MainWindow::openCsmSessions()
{
    if (!m_connection) {
        return;
    }
    if (!m_csmSessions) {
        // One instance, non-modal, deleted with this window (or when closed).
        m_csmSessions = new CsmUi::CsmSessionsWindow(m_connection, this);
        m_csmSessions->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_csmSessions->show();
    m_csmSessions->raise();
    m_csmSessions->activateWindow();
}

void MainWindow::openHostWorkloads()
{
    if (!m_connection) {
        return;
    }
    if (!m_hostWorkloads) {
        // One instance, non-modal, deleted with this window (or when closed).
        m_hostWorkloads = new HostWorkloadsWindow(m_connection, m_subsystemId, this);
        m_hostWorkloads->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_hostWorkloads->setSubsystem(m_subsystemId);
    }
    if (currentView() == Mappings && m_mappings->topologyKind() == NodeKind::Host) {
        m_hostWorkloads->selectHost(m_mappings->topologyId());
    }
    m_hostWorkloads->show();
    m_hostWorkloads->raise();
    m_hostWorkloads->activateWindow();
}

void MainWindow::openHostIoServer()
{
    if (!m_connection) {
        return;
    }
    if (auto* open = findChild<HostIoServerDialog*>(); open != nullptr) {
        open->raise();
        open->activateWindow();
        return;
    }
    openDialog(new HostIoServerDialog(m_connection, m_subsystemId, this));
}

void MainWindow::setHotSpare(bool hotSpare)
{
    QJsonArray targets;
    for (const ObjectId id : selectedDrives()) {
        const Drive d = m_snapshot->config.drives.value(id);
        targets.append(u"%1,%2"_s.arg(d.enclosure).arg(d.slot));
    }
    if (targets.isEmpty()) {
        return;
    }
    runCommand({u"setDrive"_s, {{u"targets"_s, targets}, {u"hotSpare"_s, hotSpare}}}, tr("Hot Spare Coverage"));
}

void MainWindow::driveProperties()
{
    const QList<ObjectId> drives = selectedDrives();
    if (drives.size() == 1) {
        openDialog(new DrivePropertiesDialog(m_connection, m_subsystemId, drives.first(), this));
    }
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Copyline"),
        tr("<h3>Copyline %1</h3><p>A console for storage copy services — FlashCopy, VolumeCopy and "
           "remote mirroring — over simulated DS4000 storage subsystems whose volumes hold real "
           "bytes.</p><p>Engine: %2</p><p>Qt %3</p>")
            .arg(QApplication::applicationVersion(), m_connection ? m_connection->description() : tr("not connected"),
                QString::fromLatin1(qVersion())));
}

} // namespace Copyline
