// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/connection.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QTableView;

namespace Copyline
{

class FindBar;
class VolumeCopyFilterModel;
class VolumeCopyModel;

/**
 * The Copy Manager window (spec §2.3.2, §5.5): every VolumeCopy pair of the storage subsystem shown in the main
 * window, live, with their status, progress, time remaining, rate, timestamp and priority; sortable by any column,
 * filtered by status and name. Menus Copy ▸ Re-Copy / Stop / Remove Copy Pairs and Change ▸ Copy Priority / Target
 * Logical Drive Permissions ▸ Enable Read-Only / Disable Read-Only act on the selection with the guide's
 * confirmations; Re-Copy and Stop take one pair, the others several (Ctrl+click). The status bar at the bottom
 * right shows the progress and estimated time remaining of the selected copy in progress.
 *
 * Non-modal; the main window keeps one instance and tells it which subsystem to show.
 */
class CopyManagerWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyManagerWindow)

public:
    explicit CopyManagerWindow(EngineConnection* connection, ObjectId subsystemId, QWidget* parent = nullptr);
    ~CopyManagerWindow() override;

    void setSubsystem(ObjectId subsystemId);
    ObjectId subsystemId() const { return m_subsystemId; }

    QTableView* table() const { return m_table; }
    VolumeCopyModel* model() const { return m_model; }
    VolumeCopyFilterModel* filterModel() const { return m_filter; }
    /** Find: filters the pairs by source, target, status, priority (every word typed). */
    FindBar* findBar() const { return m_find; }
    /** The selected pairs, in the order shown. */
    QList<ObjectId> selectedPairs() const;
    /** Makes @p pairId the only selected row (false if it is not shown). */
    bool selectPair(ObjectId pairId);
    /** The bottom-right status: "Accounting → Accounting-Copy: 42%, 3 min 10 s remaining" (empty when hidden). */
    QString selectedCopyStatus() const;
    QProgressBar* selectedCopyProgress() const { return m_selectedProgress; }
    /** The Needs Attention banner over the list (empty while no copy has failed). */
    QString attentionText() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void onSnapshot(const SnapshotPtr& snapshot);
    void updateActions();
    void updateStatusBar();
    void showContextMenu(const QPoint& pos);

    void reCopy();
    void verifyCopy();
    void stopCopy();
    void removeCopyPairs();
    void changePriority();
    void setReadOnly(bool readOnly);
    /** Submits @p requests (each gets "subsystemId"); failures are listed in one message box under @p title. */
    void runAll(const QList<QPair<QString, CommandRequest>>& requests, const QString& title);
    void openDialog(QDialog* dialog);

    EngineConnection* m_connection;
    ObjectId m_subsystemId;
    SnapshotPtr m_snapshot;

    VolumeCopyModel* m_model = nullptr;
    VolumeCopyFilterModel* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_statusFilter = nullptr;
    FindBar* m_find = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_attention = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_selectedLabel = nullptr;
    QProgressBar* m_selectedProgress = nullptr;

    QAction* m_reCopy = nullptr;
    QAction* m_verify = nullptr;
    QAction* m_stop = nullptr;
    QAction* m_remove = nullptr;
    QAction* m_close = nullptr;
    QAction* m_priority = nullptr;
    QAction* m_enableReadOnly = nullptr;
    QAction* m_disableReadOnly = nullptr;
    QMenu* m_permissionsMenu = nullptr;
};

} // namespace Copyline
