// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "common/icons.h"
#include "common/texts.h"
#include "common/theme.h"
#include "common/windowsettings.h"
#include "delegates/subsystemdelegate.h"
#include "dialogs/hostiodialogs.h"
#include "dialogs/messagebox.h"
#include "mainwindow/runningoperationsdock.h"
#include "mainwindow/statusarea.h"
#include "models/hostiomodels.h"
#include "models/hostiorates.h"
#include "models/storagemodels.h"
#include "panels/csm/csmsessionswindow.h"
#include "panels/ds4000/remotemirrors/mirroractions.h"
#include "panels/ds4000/remotemirrors/remotemirrorswindow.h"
#include "panels/ess/essperspective.h"
#include "panels/hds/hdsperspective.h"
#include "panels/nec/necperspective.h"
#include "views/copymanager.h"
#include "views/eventlogview.h"
#include "views/logicalphysicalview.h"
#include "views/mappingsview.h"
#include "views/panetitle.h"
#include "views/performanceview.h"
#include "views/physicalview.h"

#include <QCloseEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Copyline"));
    setWindowIcon(Icons::icon(u"org.copyline.Copyline"_s));

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"centralStack"_s);
    setCentralWidget(m_stack);

    m_openingLabel = new QLabel(m_stack);
    m_openingLabel->setObjectName(u"openingLabel"_s);
    m_openingLabel->setAlignment(Qt::AlignCenter);
    m_openingLabel->setWordWrap(true);
    m_openingLabel->setStyleSheet(Theme::css(u"QLabel { color: #4a5968; font-size: 14pt; }"_s));
    m_stack->addWidget(m_openingLabel);

    m_splitter = new QSplitter(Qt::Horizontal, m_stack);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(4);

    m_subsystemModel = new SubsystemListModel(this);
    m_subsystemList = new QListView(m_splitter);
    m_subsystemList->setObjectName(u"subsystemListView"_s);
    m_subsystemList->setModel(m_subsystemModel);
    m_subsystemList->setItemDelegate(new SubsystemDelegate(m_subsystemList));
    m_subsystemList->setIconSize({36, 36});
    m_subsystemList->setAccessibleName(tr("Storage subsystems"));
    m_subsystemList->setMinimumWidth(220);
    m_subsystemList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_subsystemList->setTextElideMode(Qt::ElideRight);
    auto* left = new QWidget(m_splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 0, 8);
    leftLayout->addWidget(titledPane(tr("Storage Subsystems"), m_subsystemList, left));
    m_splitter->addWidget(left);

    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(u"viewTabWidget"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setIconSize({18, 18});
    m_logicalPhysical = new LogicalPhysicalView(m_tabs);
    m_mappings = new MappingsView(m_tabs);
    m_eventLog = new EventLogView(m_tabs);
    m_hostIoRates = new HostIoRates(this);
    m_performance = new PerformanceView(m_tabs);
    m_tabs->addTab(m_logicalPhysical, Icons::icon(u"view-logical"_s), tr("Logical/Physical"));
    m_tabs->addTab(m_mappings, Icons::icon(u"view-mappings"_s), tr("Mappings"));
    m_tabs->addTab(m_eventLog, Icons::icon(u"view-events"_s), tr("Event Log"));
    m_tabs->addTab(m_performance, Icons::icon(u"view-performance"_s), tr("Performance"));
    m_splitter->addWidget(m_tabs);
    // An ESS has its own perspective (spec ESS §5): it takes the views' place while an ESS is selected.
    m_essPerspective = new EssUi::CopyServicesPerspective(m_splitter);
    m_essPerspective->hide();
    m_splitter->addWidget(m_essPerspective);
    // So has a NEC disk array (NEC spec §5): Replication Management and Volume List Display.
    m_necPerspective = new NecUi::NecPerspective(m_splitter);
    m_necPerspective->hide();
    m_splitter->addWidget(m_necPerspective);
    // So has an in-controller copy controller (seed 004 Figs. 11A-11G): the SVP's main screen and its panels.
    m_hdsPerspective = new HdsUi::HdsPerspective(m_splitter);
    m_hdsPerspective->hide();
    m_splitter->addWidget(m_hdsPerspective);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setStretchFactor(3, 1);
    m_splitter->setStretchFactor(4, 1);
    m_splitter->setSizes({260, 1020});
    m_stack->addWidget(m_splitter);

    // A compact host I/O readout for the subsystem shown, whichever view is open.
    m_hostIoStatus = new QLabel(this);
    m_hostIoStatus->setObjectName(u"hostIoStatusLabel"_s);
    m_hostIoStatus->setAccessibleName(tr("Host I/O of the storage subsystem"));
    statusBar()->addPermanentWidget(m_hostIoStatus);
    m_statusArea = new StatusArea(this);
    statusBar()->addPermanentWidget(m_statusArea);
    statusBar()->setSizeGripEnabled(true);
    m_statusArea->setSubsystem({});

    createActions();
    createMenus();
    m_runningOperations = new RunningOperationsDock(statusBar(), this);
    addDockWidget(Qt::BottomDockWidgetArea, m_runningOperations);
    m_runningOperations->hide();
    if (auto* viewMenu = menuBar()->findChild<QMenu*>(u"menuView"_s)) {
        // After the views, before Go To.
        const QList<QAction*> items = viewMenu->actions();
        const auto separator
            = std::find_if(items.cbegin(), items.cend(), [](const QAction* a) { return a->isSeparator(); });
        viewMenu->insertAction(separator != items.cend() ? *separator : nullptr, m_runningOperations->viewAction());
    }
    QWidget::addAction(m_runningOperations->viewAction()); // the shortcut works with the menu bar hidden too
    m_applyTimer.setSingleShot(true);
    connect(&m_applyTimer, &QTimer::timeout, this, &MainWindow::applySnapshot);
    m_performance->addHeaderAction(m_hostWorkloadsAction);
    m_performance->addHeaderAction(m_hostIoServerAction);

    connect(m_subsystemList->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) {
            if (current.isValid() && current.data(KindRole).toInt() == static_cast<int>(NodeKind::Subsystem)) {
                selectSubsystem(SubsystemListModel::engineOfKey(current.data(KeyRole).toString()),
                    current.data(IdRole).toLongLong());
            }
        });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this]() {
        const View view = currentView();
        m_viewLogicalPhysical->setChecked(view == LogicalPhysical);
        m_viewMappings->setChecked(view == Mappings);
        m_viewEventLog->setChecked(view == EventLog);
        m_viewPerformance->setChecked(view == Performance);
        updateActions();
    });
    connect(m_logicalPhysical, &LogicalPhysicalView::selectionChanged, this, &MainWindow::updateActions);
    connect(m_mappings, &MappingsView::selectionChanged, this, &MainWindow::updateActions);
    connect(m_logicalPhysical, &LogicalPhysicalView::contextMenuRequested, this,
        [this](const QPoint& pos, bool physical) { showContextMenu(pos, physical ? 1 : 0); });
    connect(
        m_mappings, &MappingsView::contextMenuRequested, this, [this](const QPoint& pos) { showContextMenu(pos, 2); });
    connect(m_logicalPhysical, &LogicalPhysicalView::logicalDriveActivated, this,
        [this]() { m_logicalDriveProperties->trigger(); });
    connect(m_logicalPhysical, &LogicalPhysicalView::driveActivated, this, [this]() { m_driveProperties->trigger(); });
    connect(m_performance, &PerformanceView::selectionChanged, this, &MainWindow::updateActions);
    connect(m_performance, &PerformanceView::logicalDriveActivated, this,
        [this]() { m_logicalDriveProperties->trigger(); });
    connect(m_performance, &PerformanceView::contextMenuRequested, this,
        [this](const QPoint& pos) { showContextMenu(pos, 3); });
    connect(m_hostIoRates, &HostIoRates::updated, this, &MainWindow::updateHostIoStatus);
    connect(m_statusArea, &StatusArea::recoveryGuruRequested, this, [this]() { openRecoveryGuru(); });
    connect(m_eventLog, &EventLogView::recoveryGuruRequested, this, &MainWindow::openRecoveryGuru);
    connect(m_essPerspective, &EssUi::CopyServicesPerspective::exitRequested, this, [this]() {
        // Exit Copy Services: back to the first subsystem of another family, if there is one.
        for (const Subsystem& s : m_snapshot ? m_snapshot->config.subsystems : QMap<ObjectId, Subsystem>()) {
            if (s.family != u"ess"_s) {
                selectSubsystem(s.id);
                return;
            }
        }
    });
    connect(m_necPerspective, &NecUi::NecPerspective::exitRequested, this, [this]() {
        for (const Subsystem& s : m_snapshot ? m_snapshot->config.subsystems : QMap<ObjectId, Subsystem>()) {
            if (s.family != u"nec"_s) {
                selectSubsystem(s.id);
                return;
            }
        }
    });
    connect(m_hdsPerspective, &HdsUi::HdsPerspective::exitRequested, this, [this]() {
        for (const Subsystem& s : m_snapshot ? m_snapshot->config.subsystems : QMap<ObjectId, Subsystem>()) {
            if (s.family != u"hds"_s) {
                selectSubsystem(s.id);
                return;
            }
        }
    });

    resize(1280, 800);
    updateActions();
}

MainWindow::~MainWindow() = default;

CopyManagerWindow* MainWindow::copyManager() const
{
    return m_copyManager.data();
}

HostWorkloadsWindow* MainWindow::hostWorkloads() const
{
    return m_hostWorkloads.data();
}

RemoteMirrorsWindow* MainWindow::remoteMirrors() const
{
    return m_mirrorActions->remoteMirrorsWindow();
}

void MainWindow::restoreSettings()
{
    // The saved geometry, else the default 1280 x 800 fitted to the screen and centred (on a 1366 x 768 laptop the
    // status bar was below the screen's edge).
    restoreWindowSettings(this, u"mainWindow"_s, size());
    QSettings settings;
    settings.beginGroup(u"mainWindow"_s);
    m_splitter->restoreState(settings.value(u"splitter"_s).toByteArray());
    m_logicalPhysical->splitter()->restoreState(settings.value(u"logicalPhysicalSplitter"_s).toByteArray());
    m_mappings->splitter()->restoreState(settings.value(u"mappingsSplitter"_s).toByteArray());
    m_performance->splitter()->restoreState(settings.value(u"performanceSplitter"_s).toByteArray());
    showView(static_cast<View>(std::clamp(settings.value(u"view"_s, 0).toInt(), 0, static_cast<int>(Performance))));
    m_lastSubsystem = settings.value(u"subsystem"_s).toString();
    settings.endGroup();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(u"mainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"splitter"_s, m_splitter->saveState());
    settings.setValue(u"logicalPhysicalSplitter"_s, m_logicalPhysical->splitter()->saveState());
    settings.setValue(u"mappingsSplitter"_s, m_mappings->splitter()->saveState());
    settings.setValue(u"performanceSplitter"_s, m_performance->splitter()->saveState());
    settings.setValue(u"view"_s, static_cast<int>(currentView()));
    if (m_snapshot && m_snapshot->config.subsystems.contains(m_subsystemId)) {
        settings.setValue(u"subsystem"_s, m_snapshot->config.subsystems.value(m_subsystemId).name);
    }
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // The engine runs in this process: quitting would stop what it is doing, so ask first (an attached console
    // only detaches, and an idle engine has nothing to lose).
    if (!m_quitConfirmed) {
        const QStringList running = runningWork();
        if (!running.isEmpty()) {
            event->ignore();
            askBeforeQuitting(running);
            return;
        }
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

QMessageBox* MainWindow::quitDialog() const
{
    return m_quitDialog;
}

bool MainWindow::runsEngine() const
{
    // Only the console's first engine can run in this process, whichever engine's subsystem is shown.
    return !m_engines.empty() && m_engines.front().connection != nullptr
        && m_engines.front().connection->runsInProcess();
}

QStringList MainWindow::runningWork() const
{
    if (!runsEngine()) {
        return {};
    }
    EngineConnection* const own = m_engines.front().connection;
    const SnapshotPtr snapshot = own->snapshot();
    const Configuration& config = snapshot->config;
    const auto driveName = [&](ObjectId id) { return config.logicalDrives.value(id).name; };
    const auto percent = [](double value) { return QLocale().toString(value, 'f', 0); };
    QStringList running;
    for (const VolumeCopy& vc : config.volumeCopies) {
        if (vc.status == VolumeCopyStatus::InProgress) {
            const CopyRuntime rt = snapshot->copies.value(vc.id);
            const double done
                = rt.grains > 0 ? 100.0 * static_cast<double>(rt.grainsCopied) / static_cast<double>(rt.grains) : 0.0;
            running.append(tr("VolumeCopy %1 to %2: Copy In Progress (%3% complete)")
                               .arg(driveName(vc.sourceId), driveName(vc.targetId), percent(done)));
        } else if (vc.status == VolumeCopyStatus::Pending) {
            running.append(tr("VolumeCopy %1 to %2: Copy Pending").arg(driveName(vc.sourceId), driveName(vc.targetId)));
        }
    }
    for (const Mirror& m : config.mirrors) {
        if (m.role == MirrorRole::Primary && m.status == MirrorStatus::Synchronizing) {
            const double progress = snapshot->mirrors.value(m.id).progressPercent;
            running.append(tr("Mirrored pair %1: Synchronization-in-Progress (%2% complete)")
                               .arg(driveName(m.id), percent(std::max(progress, 0.0))));
        }
    }
    for (const WorkloadRuntime& w : snapshot->workloads) {
        const QString host = config.hosts.value(w.hostId).name;
        running.append(w.paused ? tr("Host %1: workload paused").arg(host) : tr("Host %1: workload running").arg(host));
    }
    if (const int hosts = own->hostConnectionCount(); hosts > 0) {
        running.append(tr("Host I/O server: %n connection(s) from hosts over NBD", nullptr, hosts));
    }
    return running;
}

void MainWindow::askBeforeQuitting(const QStringList& running)
{
    if (m_quitDialog) {
        m_quitDialog->raise();
        m_quitDialog->activateWindow();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Confirm Exit"),
        tr("The following operations are in progress on this console's storage subsystems:\n\n%1")
            .arg(u"\u2022 "_s + running.join(u"\n\u2022 "_s)),
        QMessageBox::NoButton, this);
    box->setObjectName(u"quitDialog"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setInformativeText(
        tr("Keep Running in Background hands the workspace to the Copyline engine (copylined), which continues "
           "them; start the console again to attach to it.\n\nStop and Quit stops them until the workspace is "
           "opened again. Hosts connected over NBD are disconnected either way and must reconnect."));
    QPushButton* keep = box->addButton(tr("Keep Running in Background"), QMessageBox::AcceptRole);
    keep->setObjectName(u"keepRunningButton"_s);
    QPushButton* stop = box->addButton(tr("Stop and Quit"), QMessageBox::DestructiveRole);
    stop->setObjectName(u"stopAndQuitButton"_s);
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::finished, this, [this, box, keep, stop]() {
        const QAbstractButton* clicked = box->clickedButton();
        if (clicked != keep && clicked != stop) {
            return; // Cancel: the console stays open and everything goes on
        }
        m_quitChoice = clicked == keep ? QuitChoice::KeepRunning : QuitChoice::StopEngine;
        m_quitConfirmed = true;
        // After the box has gone: closing from inside its finished() would delete it under its own feet.
        QMetaObject::invokeMethod(
            this, [this]() { close(); }, Qt::QueuedConnection);
    });
    m_quitDialog = box;
    box->open();
}

void MainWindow::showOpening(const QString& workspace)
{
    m_openingLabel->setText(tr("Opening workspace…\n\n%1").arg(workspace));
    m_stack->setCurrentWidget(m_openingLabel);
    statusBar()->showMessage(tr("Opening workspace %1…").arg(workspace));
}

void MainWindow::setConnection(EngineConnection* connection, const QString& connectionText)
{
    if (!connection) {
        // Detached from everything (the console quits): the attached engines' connections go too.
        m_engine = 0;
        activateEngine(-1);
        updateActions(); // nothing keeps a connection about to go
        m_engines.clear();
        m_statusArea->setConnectionText(connectionText);
        updateSubsystemList();
        return;
    }
    if (m_engines.empty()) {
        m_engines.emplace_back();
    }
    if (EngineConnection* before = m_engines.front().connection; before != connection) {
        if (before) {
            disconnect(before, nullptr, m_subsystemModel, nullptr);
        }
        followInList(connection);
    }
    m_engines.front().connection = connection;
    m_engines.front().text = connectionText;
    m_engine = 0;
    activateEngine(0);
    learnSite(0);
}

EngineConnection* MainWindow::engineConnection(int index) const
{
    return index >= 0 && index < engineCount() ? m_engines.at(static_cast<size_t>(index)).connection : nullptr;
}

void MainWindow::activateEngine(int index)
{
    if (m_connection) {
        disconnect(m_connection, nullptr, this, nullptr);
    }
    EngineConnection* const connection = engineConnection(index);
    const QString connectionText
        = index >= 0 && index < engineCount() ? m_engines.at(static_cast<size_t>(index)).text : QString();
    if (m_connection != connection) {
        // Another engine's windows would show this engine's ids: they close, and open again on the new one.
        if (m_copyManager) {
            m_copyManager->close();
        }
        if (m_hostWorkloads) {
            m_hostWorkloads->close();
        }
        if (RemoteMirrorsWindow* mirrors = m_mirrorActions->remoteMirrorsWindow()) {
            mirrors->close();
        }
    }
    m_connection = connection;
    m_snapshot = std::make_shared<Snapshot>(); // its revisions are its own
    m_hostIoRates->clear();                    // another engine: its counters and revisions start anew
    m_runningOperations->clear();
    m_applied.reset();
    m_applyTimer.stop();
    m_eventLog->setConnection(connection);
    m_essPerspective->setConnection(connection);
    m_necPerspective->setConnection(connection);
    m_hdsPerspective->setConnection(connection);
    if (m_csmSessions) {
        m_csmSessions->setConnection(connection);
    }
    statusBar()->clearMessage();
    m_statusArea->setConnectionProblem(false);
    if (!m_connection) {
        m_statusArea->setConnectionText(connectionText);
        return;
    }
    // What Exit does depends on where the engine runs; the status area and the action say it.
    const QString quitting = runsEngine()
        ? tr("Exit closes the workspace with the console; while copies, mirrors or workloads run it asks "
             "whether to keep them running in the background (copylined)")
        : tr("Exit detaches the console; copylined keeps running the workspace and its copies");
    m_statusArea->setConnectionText(connectionText, quitting);
    m_exit->setStatusTip(quitting);
    m_exit->setToolTip(quitting);
    connect(m_connection, &EngineConnection::snapshotChanged, this, &MainWindow::onSnapshot);
    connect(m_connection, &EngineConnection::connectionLost, this, [this](const QString& reason) {
        m_statusArea->setConnectionProblem(true);
        if (m_connection && m_connection->reconnecting()) {
            // No box: the console stays usable on the last state the engine sent and comes back by itself.
            m_statusArea->setConnectionText(tr("Engine Unresponsive: reconnecting…"),
                tr("%1\nThe views show the last state the engine sent; commands fail until it answers again. The "
                   "console reconnects by itself when the engine is back (started again, or the network restored).")
                    .arg(reason));
            statusBar()->showMessage(tr("Engine Unresponsive: %1 Reconnecting…").arg(reason));
            return;
        }
        m_statusArea->setConnectionText(tr("Connection lost"), reason);
        MessageBox::critical(this, tr("Connection Lost"), reason);
    });
    connect(m_connection, &EngineConnection::connectionRestored, this, [this]() {
        // Another engine process, maybe another state: start over as for a new connection, revisions included.
        const QString description = m_connection->description();
        m_engines.at(static_cast<size_t>(m_engine)).text = tr("Attached to %1").arg(description);
        activateEngine(m_engine);
        statusBar()->showMessage(tr("Reconnected to %1").arg(description), 10000);
    });
    onSnapshot(m_connection->snapshot());
}

void MainWindow::setEngineAttacher(EngineAttacher* attacher)
{
    m_attacher = attacher;
    m_attachEngine->setEnabled(attacher != nullptr);
}

int MainWindow::attachEngine(std::unique_ptr<EngineConnection> connection, const QString& endpoint)
{
    EngineSlot slot;
    slot.connection = connection.get();
    slot.owned = std::move(connection);
    slot.endpoint = endpoint;
    slot.text = tr("Attached to %1").arg(slot.connection->description());
    EngineConnection* const added = slot.connection;
    m_engines.push_back(std::move(slot));
    const int index = engineCount() - 1;
    followInList(added);
    learnSite(index);
    updateSubsystemList();
    updateActions();
    return index;
}

void MainWindow::detachEngine(int index)
{
    if (index <= 0 || index >= engineCount()) {
        return;
    }
    if (index == m_engine) {
        m_subsystemId = 0; // the first engine's first subsystem
        m_engine = 0;
        activateEngine(0);
    } else if (m_engine > index) {
        --m_engine;
    }
    std::unique_ptr<EngineConnection> gone = std::move(m_engines.at(static_cast<size_t>(index)).owned);
    m_engines.erase(m_engines.begin() + index);
    disconnect(gone.get(), nullptr, m_subsystemModel, nullptr);
    // Later: a callback of it may be on the way (it is dropped with the object, connection.h deliver()).
    gone.release()->deleteLater();
    updateSubsystemList();
    updateActions();
}

MainWindow::EngineSlot* MainWindow::slotOf(const EngineConnection* connection)
{
    const auto it = std::find_if(
        m_engines.begin(), m_engines.end(), [connection](const EngineSlot& e) { return e.connection == connection; });
    return it != m_engines.end() ? &*it : nullptr;
}

void MainWindow::followInList(EngineConnection* connection)
{
    // The list follows every engine, the views only the one shown (activateEngine connects those). The context is the
    // list's model, so that activateEngine's disconnect from this window leaves these alone.
    connect(connection, &EngineConnection::snapshotChanged, m_subsystemModel, [this, connection]() {
        if (connection != m_connection) {
            updateSubsystemList();
        }
    });
    connect(connection, &EngineConnection::connectionLost, m_subsystemModel, [this, connection](const QString& reason) {
        if (EngineSlot* e = slotOf(connection)) {
            e->lost = true;
            e->lostReason = reason;
            updateSubsystemList();
        }
    });
    connect(connection, &EngineConnection::connectionRestored, m_subsystemModel, [this, connection]() {
        if (EngineSlot* e = slotOf(connection)) {
            e->lost = false;
            updateSubsystemList();
        }
    });
}

void MainWindow::learnSite(int index)
{
    EngineConnection* connection = engineConnection(index);
    if (!connection) {
        return;
    }
    connection->submit({u"showRemoteEngines"_s, {}}, m_subsystemModel, [this, connection](const CommandResult& r) {
        if (EngineSlot* e = slotOf(connection); e != nullptr && r.ok()) {
            e->site = r.data.value(u"site"_s).toString();
            updateSubsystemList();
            updateActions(); // Detach Engine names it
        }
    });
}

void MainWindow::updateSubsystemList()
{
    QList<SubsystemListEngine> engines;
    QStringList sites;
    for (const EngineSlot& e : m_engines) {
        if (!e.site.isEmpty()) {
            sites.append(e.site);
        }
    }
    for (size_t i = 0; i < m_engines.size(); ++i) {
        const EngineSlot& e = m_engines.at(i);
        SubsystemListEngine engine;
        const QString where = e.endpoint.isEmpty() ? e.connection->description() : e.endpoint;
        engine.title = e.site.isEmpty() ? where : tr("Engine of site %1").arg(e.site);
        engine.unresponsive = e.lost || e.connection->reconnecting();
        // A connection that gave up (another certificate, a refused sign-in) says why: Detach Engine is the way out.
        engine.detail = !engine.unresponsive ? e.connection->description()
            : e.connection->reconnecting()   ? tr("Unresponsive: reconnecting…")
                                             : tr("Unresponsive: %1").arg(e.lostReason);
        // The active engine's list follows the snapshot the views show (coalesced), the others their latest.
        engine.snapshot = static_cast<int>(i) == m_engine && m_applied ? m_applied : e.connection->snapshot();
        engine.sitesShown = sites;
        engine.sitesShown.removeAll(e.site);
        engines.append(engine);
    }
    m_subsystemModel->setEngines(engines);
    if (const QModelIndex index
        = m_subsystemModel->indexOfKey(SubsystemListModel::subsystemKey(m_engine, m_subsystemId));
        index.isValid() && m_subsystemList->currentIndex() != index) {
        const QSignalBlocker blocker(m_subsystemList->selectionModel());
        m_subsystemList->setCurrentIndex(index);
    }
}

void MainWindow::onSnapshot(const SnapshotPtr& snapshot)
{
    if (!m_coalescing) {
        m_snapshot = snapshot;
        m_hostIoRates->addSnapshot(snapshot);
        m_runningOperations->addSnapshot(snapshot);
        applySnapshot();
        return;
    }
    if (!snapshot || snapshot == m_snapshot
        || (m_snapshot && m_snapshot->revision != 0 && snapshot->revision == m_snapshot->revision)) {
        return; // nothing new
    }
    m_snapshot = snapshot;
    m_hostIoRates->addSnapshot(snapshot);
    m_runningOperations->addSnapshot(snapshot);
    // A configuration change (a command's effect) shows at once; progress and rates at most every kRuntimeApplyMs.
    // A snapshot whose differences the main views do not show (host I/O counters) is still applied, rate-limited:
    // the family panels read other runtime figures through it, and a skipped one would leave them stale.
    const bool configChanged = !m_applied || !(m_applied->config == snapshot->config);
    if (configChanged || !m_sinceApply.isValid() || m_sinceApply.hasExpired(kRuntimeApplyMs)) {
        m_applyTimer.stop();
        applySnapshot();
    } else if (!m_applyTimer.isActive()) {
        m_applyTimer.start(static_cast<int>(std::max<qint64>(0, kRuntimeApplyMs - m_sinceApply.elapsed())));
    }
}

void MainWindow::applySnapshot()
{
    if (!m_snapshot || m_snapshot->revision == 0) {
        return;
    }
    m_applied = m_snapshot;
    m_sinceApply.start();
    ++m_applications;
    const Configuration& c = m_snapshot->config;
    if (!c.subsystems.contains(m_subsystemId)) {
        // First snapshot: the subsystem shown when the console last closed; or it was removed: the first one.
        ObjectId first = 0;
        ObjectId last = 0;
        for (const Subsystem& s : c.subsystems) {
            first = first == 0 ? s.id : std::min(first, s.id);
            last = !m_lastSubsystem.isEmpty() && s.name == m_lastSubsystem ? s.id : last;
        }
        m_lastSubsystem.clear(); // once: a subsystem removed later gives way to the first
        m_subsystemId = last != 0 ? last : first;
    }
    updateSubsystemList();
    m_logicalPhysical->setSnapshot(m_snapshot, m_subsystemId);
    if (!m_pendingSelection.isEmpty() && m_logicalPhysical->selectKey(m_pendingSelection)) {
        m_pendingSelection.clear();
    }
    m_mappings->setSnapshot(m_snapshot, m_subsystemId);
    m_eventLog->setSnapshot(m_snapshot, m_subsystemId);
    m_performance->setRates(m_hostIoRates, m_subsystemId);
    if (m_copyManager) {
        m_copyManager->setSubsystem(m_subsystemId);
    }
    if (m_hostWorkloads) {
        m_hostWorkloads->setSubsystem(m_subsystemId);
    }
    updateHostIoStatus();
    const Subsystem s = c.subsystems.value(m_subsystemId);
    const bool ess = s.family == u"ess"_s;
    if (ess) {
        m_essPerspective->setSnapshot(m_snapshot, m_subsystemId);
    }
    const bool nec = s.family == u"nec"_s;
    if (nec) {
        m_necPerspective->setSnapshot(m_snapshot, m_subsystemId);
    }
    const bool hds = s.family == u"hds"_s;
    if (hds) {
        m_hdsPerspective->setSnapshot(m_snapshot, m_subsystemId);
    }
    if (m_essPerspective->isHidden() == ess || m_necPerspective->isHidden() == nec
        || m_hdsPerspective->isHidden() == hds || m_tabs->isHidden() != (ess || nec || hds)) {
        m_tabs->setVisible(!ess && !nec && !hds);
        m_essPerspective->setVisible(ess);
        m_necPerspective->setVisible(nec);
        m_hdsPerspective->setVisible(hds);
    }
    m_statusArea->setSubsystem(s);
    m_statusArea->setProblems(m_snapshot->problemsOf(m_subsystemId));
    updateRecoveryGuru();
    // Qt adds the application's display name itself ("Storage Subsystem X — Copyline"); the title said it twice.
    setWindowTitle(s.id != 0 ? Texts::subsystemLabel(s.name) : tr("Copyline"));
    if (m_stack->currentWidget() != m_splitter) {
        m_stack->setCurrentWidget(m_splitter);
    }
    updateActions();
    Q_EMIT snapshotShown();
}

void MainWindow::updateHostIoStatus()
{
    const bool have = m_snapshot && m_snapshot->config.subsystems.contains(m_subsystemId);
    const IoRate rate = have ? m_hostIoRates->total(m_subsystemId) : IoRate {};
    const QString text = !have ? QString()
        : rate.isIdle()        ? tr("Host I/O: idle")
                               : tr("Host I/O: read %1 MB/s, write %2 MB/s", "status bar")
                              .arg(PerformanceModel::megabytesPerSecond(rate.readBytesPerSecond),
                                  PerformanceModel::megabytesPerSecond(rate.writeBytesPerSecond));
    if (m_hostIoStatus->text() != text) {
        m_hostIoStatus->setText(text);
        m_hostIoStatus->setToolTip(tr("Host I/O of all logical drives of the storage subsystem; View ▸ Performance "
                                      "shows each logical drive"));
    }
}

bool MainWindow::selectSubsystem(ObjectId subsystemId)
{
    return selectSubsystem(m_engine, subsystemId);
}

bool MainWindow::selectSubsystem(int engine, ObjectId subsystemId)
{
    if (engine != m_engine) {
        EngineConnection* connection = engineConnection(engine);
        if (!connection || !connection->snapshot()->config.subsystems.contains(subsystemId)) {
            return false;
        }
        m_engine = engine;
        m_subsystemId = subsystemId;
        activateEngine(engine);
        return true;
    }
    if (!m_snapshot || !m_snapshot->config.subsystems.contains(subsystemId)) {
        return false;
    }
    if (subsystemId != m_subsystemId) {
        m_subsystemId = subsystemId;
        applySnapshot();
    }
    return true;
}

void MainWindow::showView(View view)
{
    m_tabs->setCurrentIndex(static_cast<int>(view));
}

MainWindow::View MainWindow::currentView() const
{
    return static_cast<View>(m_tabs->currentIndex());
}

ObjectId MainWindow::selectedLogicalDrive() const
{
    switch (currentView()) {
    case LogicalPhysical:
        return m_logicalPhysical->currentKind() == NodeKind::LogicalDrive ? m_logicalPhysical->currentId() : 0;
    case Mappings:
        return m_mappings->selectedLogicalDriveId();
    case Performance:
        return m_performance->selectedLogicalDrive();
    case EventLog:
        break;
    }
    return 0;
}

ObjectId MainWindow::selectedArray() const
{
    return currentView() == LogicalPhysical ? m_logicalPhysical->currentArrayId() : 0;
}

QList<ObjectId> MainWindow::selectedDrives() const
{
    return currentView() == LogicalPhysical ? m_logicalPhysical->physicalView()->selectedDrives() : QList<ObjectId>();
}

} // namespace Copyline
