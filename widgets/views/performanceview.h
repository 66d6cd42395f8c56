// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/throughputchart.h"
#include "models/hostiorates.h"

#include <QHash>
#include <QWidget>

#include <deque>

class QHBoxLayout;
class QLabel;
class QSplitter;
class QTableView;
class QToolButton;

namespace Copyline
{

class HostIoSortModel;
class PerformanceModel;

/**
 * The Performance view of the main window: the host I/O of every logical drive of the storage subsystem, live —
 * read and write MB/s and IOPS with the totals read and written, sortable by any column — a summary line (totals,
 * running host workloads, the host I/O server's port), and a chart of the last two minutes of read and write
 * throughput: of the logical drive selected in the table, or of the whole storage subsystem when none is.
 *
 * Fed by HostIoRates (which the main window feeds with snapshots); it never talks to the engine itself. The
 * buttons at the top are the main window's actions (Host Workloads…, Host I/O Server…).
 */
class PerformanceView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PerformanceView)

public:
    explicit PerformanceView(QWidget* parent = nullptr);
    ~PerformanceView() override;

    /** Shows the rates of @p rates (not owned; must outlive the view) for @p subsystemId. */
    void setRates(const HostIoRates* rates, ObjectId subsystemId);
    /** Adds a button for @p action to the top row. */
    void addHeaderAction(QAction* action);

    QTableView* table() const { return m_table; }
    PerformanceModel* model() const { return m_model; }
    HostIoSortModel* sortModel() const { return m_sort; }
    ThroughputChart* chart() const { return m_chart; }
    QSplitter* splitter() const { return m_splitter; }
    /** "Total: read 12.00 MB/s (192 IOPS), write …" as shown. */
    QString summaryText() const;
    /** What the chart shows: "Storage Subsystem Primary Site" or a logical drive's name. */
    QString chartTitle() const;

    /** The logical drive of the current row (0 if none is selected). */
    ObjectId selectedLogicalDrive() const;
    /** Makes @p logicalDriveId's row current (false if it is not shown). */
    bool selectLogicalDrive(ObjectId logicalDriveId);

Q_SIGNALS:
    void selectionChanged();
    void logicalDriveActivated(ObjectId id);
    void contextMenuRequested(const QPoint& globalPos);

private:
    void refresh();
    void record();
    void updateChart();

    const HostIoRates* m_rates = nullptr;
    ObjectId m_subsystemId = 0;
    /** Rate history per logical drive of the subsystem; key 0 is the subsystem's total. */
    QHash<ObjectId, std::deque<ThroughputPoint>> m_history;

    QLabel* m_heading = nullptr;
    QHBoxLayout* m_buttons = nullptr;
    QLabel* m_summary = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    PerformanceModel* m_model = nullptr;
    HostIoSortModel* m_sort = nullptr;
    QLabel* m_chartTitle = nullptr;
    QToolButton* m_totalButton = nullptr;
    ThroughputChart* m_chart = nullptr;
};

} // namespace Copyline
