// SPDX-License-Identifier: GPL-3.0-or-later
// The Running Operations panel (View ▸ Running Operations): every copy, synchronization, expansion and host workload
// of the workspace with progress, rate and ETA; ended ones stay greyed until Clear Finished. And the status-bar
// summary that opens it.
#pragma once

#include <QToolButton>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Copyline
{

class RunningOperations;
class RunningOperationsModel;
struct RunningOperation;

class RunningOperationsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunningOperationsPanel)

public:
    explicit RunningOperationsPanel(RunningOperations* operations, QWidget* parent = nullptr);
    ~RunningOperationsPanel() override;

    QTableView* table() const { return m_table; }
    RunningOperationsModel* model() const { return m_model; }
    /** The last notice ("VolumeCopy A → B: Completed"), empty if none yet. */
    QString notice() const;
    /** Shows @p text as the notice over the table (the newest end or failure). */
    void setNotice(const QString& text, bool failure);

private:
    void refresh();

    RunningOperations* m_operations;
    RunningOperationsModel* m_model;
    QSortFilterProxyModel* m_sort;
    QTableView* m_table;
    QLabel* m_notice;
    QLabel* m_empty;
    QPushButton* m_clear;
};

/** "2 operations running — 45% · ETA 3 min" in the status bar; hidden while nothing runs; a click opens the panel. */
class RunningOperationsSummary final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunningOperationsSummary)

public:
    explicit RunningOperationsSummary(RunningOperations* operations, QWidget* parent = nullptr);
    ~RunningOperationsSummary() override;

    /** The summary of @p operations as shown; empty when nothing runs. */
    static QString summaryText(const RunningOperations& operations);

private:
    void refresh();

    RunningOperations* m_operations;
};

} // namespace Copyline
