// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/connection.h"
#include "models/roles.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

class QActionGroup;
class QListView;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QLabel;
class QMessageBox;

namespace Copyline
{

class CopyManagerWindow;
class EngineAttacher;
class EventLogView;
class HostIoRates;
class HostWorkloadsWindow;
class LogicalPhysicalView;
class MappingsView;
class MirrorActions;
class PerformanceView;
class RecoveryGuruDialog;
class RemoteMirrorsWindow;
class RunningOperationsDock;
class StatusArea;
class SubsystemListModel;
namespace EssUi
{
class CopyServicesPerspective;
}
namespace NecUi
{
class NecPerspective;
}
namespace HdsUi
{
class HdsPerspective;
}
namespace CsmUi
{
class CsmSessionsWindow;
}

/**
 * The Subsystem Management window (spec §5.1): a subsystem selector in the style of the Enterprise Management
 * window on the left, the Logical/Physical, Mappings and Event Log views in the centre, the premium feature
 * status area at the bottom. Everything shown comes from engine snapshots; every change is a command.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum View
    {
        LogicalPhysical,
        Mappings,
        EventLog,
        Performance,
    };

    /** What quitting does with an engine that runs in this process (the console asks when work is running). */
    enum class QuitChoice
    {
        StopEngine,  /**< close the workspace with the console (the default; copies resume when it is opened) */
        KeepRunning, /**< hand the workspace to copylined, which goes on with the copies (main.cpp does it) */
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Shows the "Opening workspace…" page until setConnection(). */
    void showOpening(const QString& workspace);
    /**
     * Starts showing @p connection's snapshots: the console's own engine (the first of the list); @p connectionText
     * goes to the status area. Null detaches every engine.
     */
    void setConnection(EngineConnection* connection, const QString& connectionText);
    /** The connection of the engine whose subsystem is shown (the one commands go to). */
    EngineConnection* connection() const { return m_connection; }

    // One console, many engines (issue 17): further engines attached next to the first.
    /** Where Storage Subsystem ▸ Attach Engine… reaches other engines (main.cpp: over TLS); null disables it. */
    void setEngineAttacher(EngineAttacher* attacher);
    /**
     * Adds the engine of @p connection (reached at @p endpoint) to the list: its subsystems follow a heading of it,
     * and selecting one shows it and sends the commands there. Returns its index (1 or more).
     */
    int attachEngine(std::unique_ptr<EngineConnection> connection, const QString& endpoint);
    /** Removes engine @p index (1 or more) and its subsystems from the list; its engine goes on untouched. */
    void detachEngine(int index);
    int engineCount() const { return static_cast<int>(m_engines.size()); }
    /** The index of the engine whose subsystem is shown (0: the console's own). */
    int currentEngine() const { return m_engine; }
    EngineConnection* engineConnection(int index) const;
    /** Shows subsystem @p subsystemId of engine @p engine (switching the views and commands to that engine). */
    bool selectSubsystem(int engine, ObjectId subsystemId);
    /** Whether the engine runs in this process (false: the console is attached to copylined). */
    bool runsEngine() const;
    /** The choice made in the Exit dialog; StopEngine when it was not shown. */
    QuitChoice quitChoice() const { return m_quitChoice; }
    /** What would stop if the console quit now: one line per copy, mirror, workload; empty when nothing runs. */
    QStringList runningWork() const;
    /** The Exit dialog while it is shown. */
    QMessageBox* quitDialog() const;

    ObjectId currentSubsystemId() const { return m_subsystemId; }
    bool selectSubsystem(ObjectId subsystemId);
    void showView(View view);
    View currentView() const;

    LogicalPhysicalView* logicalPhysicalView() const { return m_logicalPhysical; }
    MappingsView* mappingsView() const { return m_mappings; }
    EventLogView* eventLogView() const { return m_eventLog; }
    PerformanceView* performanceView() const { return m_performance; }
    /** The host I/O rates of every logical drive, from the snapshots (shared by the views and dialogs). */
    HostIoRates* hostIoRates() const { return m_hostIoRates; }
    StatusArea* statusArea() const { return m_statusArea; }
    QListView* subsystemList() const { return m_subsystemList; }
    /** The Copy Manager window while it exists (one instance, opened by Logical Drive ▸ VolumeCopy ▸ Copy Manager). */
    CopyManagerWindow* copyManager() const;
    /** The Host Workloads window while it exists (one instance, opened by Simulation ▸ Host Workloads). */
    HostWorkloadsWindow* hostWorkloads() const;
    /** The Copy Services Manager Sessions window while it exists (one instance, Copy Services Manager ▸ Sessions). */
    CsmUi::CsmSessionsWindow* csmSessions() const;
    /** The Recovery Guru while it is open (one instance: Storage Subsystem ▸ Recovery Guru…, the status area's Needs
     * Attention indicator, an event of the Event Log). */
    RecoveryGuruDialog* recoveryGuru() const;
    /** Opens (or raises) the Recovery Guru for the current subsystem, with @p problemKey selected if it is listed. */
    void openRecoveryGuru(const QString& problemKey = {});
    /** The remote mirror actions of the menus (Storage Subsystem / Logical Drive ▸ Remote Mirroring, Simulation). */
    MirrorActions* mirrorActions() const { return m_mirrorActions; }
    /** The Remote Mirrors window (mirror pair panes) while it exists; one instance. */
    RemoteMirrorsWindow* remoteMirrors() const;
    /** The ESS Copy Services perspective: shown instead of the views while an ESS (family "ess") is selected. */
    EssUi::CopyServicesPerspective* essPerspective() const { return m_essPerspective; }
    NecUi::NecPerspective* necPerspective() const { return m_necPerspective; }
    /** The in-controller copy perspective (the SVP screens of family "hds"). */
    HdsUi::HdsPerspective* hdsPerspective() const { return m_hdsPerspective; }

    /** The Running Operations dock (View ▸ Running Operations), its status-bar summary and end notices. */
    RunningOperationsDock* runningOperations() const { return m_runningOperations; }
    /**
     * How many snapshots were applied to the views. A snapshot of an unchanged revision is dropped; runtime-only
     * changes (progress, counters) are applied at most every kRuntimeApplyMs; configuration changes at once.
     */
    int snapshotApplications() const { return m_applications; }
    /** Off: every snapshot is applied to every view at once, as before (bench_guiidle's baseline). On by default. */
    void setSnapshotCoalescing(bool on) { m_coalescing = on; }
    static constexpr int kRuntimeApplyMs = 500;

    /** Enables every action from the current selection and engine state (the one place that does). */
    void updateActions();

    /** Restores window geometry, splitter sizes and the current view saved by the last session (QSettings). */
    void restoreSettings();

Q_SIGNALS:
    /** A snapshot was applied to every view (the first one ends the "Opening workspace…" state). */
    void snapshotShown();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void saveSettings() const;
    /** Shows the Exit dialog for @p running; its answer closes the window or leaves it open. */
    void askBeforeQuitting(const QStringList& running);
    void createActions();
    void createMenus();
    QAction* addAction(const QString& objectName, const QString& text, const QString& icon = {});

    void onSnapshot(const SnapshotPtr& snapshot);
    void applySnapshot();
    /** Makes engine @p index the one shown and commanded (the old setConnection). */
    void activateEngine(int index);
    /** The subsystem list from every engine's latest snapshot and state. */
    void updateSubsystemList();
    /** The subsystem list follows @p connection: its snapshots, and whether it is Unresponsive. */
    void followInList(EngineConnection* connection);
    /** Asks engine @p index which site it is (showRemoteEngines), for its heading and to hide proxies of it. */
    void learnSite(int index);
    void attachEngineDialog();
    void showContextMenu(const QPoint& globalPos, int area);

    // Selection as the actions see it.
    ObjectId selectedLogicalDrive() const;
    ObjectId selectedArray() const;
    QList<ObjectId> selectedDrives() const;

    // Action handlers (actions.cpp).
    void renameSubsystem();
    void listPremiumFeatures();
    void enablePremiumFeature();
    void disablePremiumFeature();
    void subsystemProperties();
    void defineHostGroup();
    void defineHost();
    void defineHostPort();
    void defineMapping();
    void removeMapping();
    void renameTopology();
    void removeTopology();
    void createArray();
    void deleteArray();
    void arrayProperties();
    void createLogicalDrive();
    void renameLogicalDrive();
    void increaseCapacity();
    void changeOwner(const QString& controller);
    void deleteLogicalDrive();
    void logicalDriveProperties();
    void createFlashCopy();
    void disableFlashCopy();
    void recreateFlashCopy();
    void createVolumeCopy();
    void openCopyManager();
    /** View ▸ Go To ▸ Source / Target Logical Drive (spec §2.3.9). */
    void goToPartner(bool source);
    /** Simulation ▸ Host Workloads… (with the host selected in the Mappings view, if one is). */
    void openHostWorkloads();
    /** Simulation ▸ Host I/O Server… */
    void openHostIoServer();
    /** Copy Services Manager ▸ Sessions… */
    void openCsmSessions();
    void updateHostIoStatus();
    /** Hands the current snapshot to the Recovery Guru while it is open. */
    void updateRecoveryGuru();
    void setHotSpare(bool hotSpare);
    void driveProperties();
    void about();

    void openDialog(QDialog* dialog);
    /** Runs a command without a dialog; a failure is reported in a message box. */
    void runCommand(CommandRequest request, const QString& failureTitle);
    /** Shows the Logical view with the node @p key selected, now or as soon as a snapshot brings it. */
    void selectLogicalKey(const QString& key);
    /** Why Create FlashCopy is unavailable for the selection (empty if it is available). */
    QString createFlashCopyBlocker() const;
    /** Why Create Copy is unavailable for the selection (empty if it is available). */
    QString createVolumeCopyBlocker() const;
    /** The logical drive Go To jumps to from the selection: its source (@p source) or its (first) target; 0 if none. */
    ObjectId goToPartnerOf(ObjectId ldId, bool source) const;

    /** An engine of the console: the first is the one it was started with, the others attached (and owned here). */
    struct EngineSlot
    {
        EngineConnection* connection = nullptr;
        std::unique_ptr<EngineConnection> owned; /**< null for the first */
        QString text;                            /**< the status area's connection text */
        QString endpoint;                        /**< HOST:PORT it was attached at; empty for the first */
        QString site;                            /**< its site name, once it said (showRemoteEngines) */
        bool lost = false;                       /**< connectionLost, not restored yet */
        QString lostReason;                      /**< why, as connectionLost said */
    };
    std::vector<EngineSlot> m_engines;
    /** The slot of @p connection; null when it is not (or no longer) one of the console's engines. */
    EngineSlot* slotOf(const EngineConnection* connection);
    int m_engine = 0;
    EngineAttacher* m_attacher = nullptr;
    EngineConnection* m_connection = nullptr;
    SnapshotPtr m_snapshot;
    SnapshotPtr m_applied; /**< the snapshot the views show */
    QTimer m_applyTimer;   /**< applies a deferred runtime-only change */
    QElapsedTimer m_sinceApply;
    int m_applications = 0;
    bool m_coalescing = true;
    RunningOperationsDock* m_runningOperations = nullptr;
    QuitChoice m_quitChoice = QuitChoice::StopEngine;
    bool m_quitConfirmed = false;
    QPointer<QMessageBox> m_quitDialog;
    ObjectId m_subsystemId = 0;
    QString m_lastSubsystem;    /**< the subsystem shown when the console last closed: shown first again */
    QString m_pendingSelection; /**< a Logical view key to select once a snapshot contains it */

    QStackedWidget* m_stack = nullptr;
    QLabel* m_openingLabel = nullptr;
    QSplitter* m_splitter = nullptr;
    QListView* m_subsystemList = nullptr;
    SubsystemListModel* m_subsystemModel = nullptr;
    QTabWidget* m_tabs = nullptr;
    LogicalPhysicalView* m_logicalPhysical = nullptr;
    MappingsView* m_mappings = nullptr;
    EventLogView* m_eventLog = nullptr;
    PerformanceView* m_performance = nullptr;
    EssUi::CopyServicesPerspective* m_essPerspective = nullptr;
    NecUi::NecPerspective* m_necPerspective = nullptr;
    HdsUi::HdsPerspective* m_hdsPerspective = nullptr;
    HostIoRates* m_hostIoRates = nullptr;
    StatusArea* m_statusArea = nullptr;
    QLabel* m_hostIoStatus = nullptr;

    // Storage Subsystem
    QAction* m_renameSubsystem = nullptr;
    QAction* m_listFeatures = nullptr;
    QAction* m_enableFeature = nullptr;
    QAction* m_disableFeature = nullptr;
    QAction* m_subsystemProperties = nullptr;
    QAction* m_persistentReservations = nullptr;
    QAction* m_recoveryGuru = nullptr;
    QAction* m_attachEngine = nullptr;
    QAction* m_detachEngine = nullptr;
    QAction* m_exit = nullptr;
    // View
    QAction* m_viewLogicalPhysical = nullptr;
    QAction* m_viewMappings = nullptr;
    QAction* m_viewEventLog = nullptr;
    QAction* m_viewPerformance = nullptr;
    // Mappings
    QAction* m_defineHostGroup = nullptr;
    QAction* m_defineHost = nullptr;
    QAction* m_defineHostPort = nullptr;
    QAction* m_defineMapping = nullptr;
    QAction* m_removeMapping = nullptr;
    QAction* m_renameTopology = nullptr;
    QAction* m_removeTopology = nullptr;
    // Array
    QAction* m_createArray = nullptr;
    QAction* m_deleteArray = nullptr;
    QAction* m_arrayProperties = nullptr;
    // Logical Drive
    QAction* m_createLogicalDrive = nullptr;
    QAction* m_renameLogicalDrive = nullptr;
    QAction* m_increaseCapacity = nullptr;
    QAction* m_ownerA = nullptr;
    QAction* m_ownerB = nullptr;
    QAction* m_deleteLogicalDrive = nullptr;
    QAction* m_logicalDriveProperties = nullptr;
    // Logical Drive ▸ FlashCopy
    QAction* m_createFlashCopy = nullptr;
    QAction* m_disableFlashCopy = nullptr;
    QAction* m_recreateFlashCopy = nullptr;
    // Logical Drive ▸ VolumeCopy, View ▸ Go To
    QAction* m_createVolumeCopy = nullptr;
    QAction* m_copyManagerAction = nullptr;
    QAction* m_goToSource = nullptr;
    QAction* m_goToTarget = nullptr;
    // Simulation
    QAction* m_hostWorkloadsAction = nullptr;
    QAction* m_hostIoServerAction = nullptr;
    // Copy Services Manager
    QAction* m_csmSessionsAction = nullptr;
    // Drive
    QAction* m_assignHotSpare = nullptr;
    QAction* m_unassignHotSpare = nullptr;
    QAction* m_driveProperties = nullptr;
    // Help
    QAction* m_about = nullptr;

    QMenu* m_ownerMenu = nullptr;
    QMenu* m_flashCopyMenu = nullptr;
    QMenu* m_volumeCopyMenu = nullptr;
    QMenu* m_goToMenu = nullptr;
    QPointer<CopyManagerWindow> m_copyManager;
    QPointer<HostWorkloadsWindow> m_hostWorkloads;
    QPointer<CsmUi::CsmSessionsWindow> m_csmSessions;
    QPointer<RecoveryGuruDialog> m_recoveryGuruDialog;
    QMenu* m_simulationMenu = nullptr;
    MirrorActions* m_mirrorActions = nullptr;
    QMenu* m_remoteMirrorMenu = nullptr;
    QMenu* m_defineMenu = nullptr;
    QMenu* m_featuresMenu = nullptr;
    QMenu* m_hotSpareMenu = nullptr;
};

} // namespace Copyline
