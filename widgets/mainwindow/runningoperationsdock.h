// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's Running Operations dock (View ▸ Running Operations), its status-bar summary and the notices
// when an operation ends or fails: in the status bar and the panel, and as a tray message when a system tray is
// there. Never a modal dialog.
#pragma once

#include "api/snapshot.h"

#include <QDockWidget>
#include <QPointer>

class QAction;
class QStatusBar;
class QSystemTrayIcon;

namespace Copyline
{

class RunningOperations;
class RunningOperationsPanel;
class RunningOperationsSummary;
struct RunningOperation;

class RunningOperationsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunningOperationsDock)

public:
    /** Hidden at first; puts its summary into @p statusBar. */
    RunningOperationsDock(QStatusBar* statusBar, QWidget* parent);
    ~RunningOperationsDock() override;

    /** View ▸ Running Operations (checkable, Ctrl+Shift+O). */
    QAction* viewAction() const { return m_viewAction; }
    RunningOperations* operations() const { return m_operations; }
    RunningOperationsPanel* panel() const { return m_panel; }
    RunningOperationsSummary* summary() const { return m_summary; }
    /** Every snapshot the console gets (cheap: the operations are few). */
    void addSnapshot(const SnapshotPtr& snapshot);
    /** Another engine: forgets everything. */
    void clear();
    /** Shows, raises and focuses the panel. */
    void showPanel();

Q_SIGNALS:
    /** An operation ended; @p text is the notice shown. */
    void noticeShown(const QString& text);

private:
    void notify(const RunningOperation& op);

    RunningOperations* m_operations;
    RunningOperationsPanel* m_panel;
    RunningOperationsSummary* m_summary;
    QStatusBar* m_statusBar;
    QAction* m_viewAction;
    QPointer<QSystemTrayIcon> m_tray;
};

} // namespace Copyline
