// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/timechart.h"
#include "models/hostiorates.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolButton;

namespace Copyline
{

class HostIoSortModel;
class PerformanceModel;

/**
 * The Performance view of the main window: the host I/O of every logical drive of the storage subsystem, live —
 * read and write MB/s and IOPS with the totals read and written, sortable by any column — a summary line (totals,
 * running host workloads, the host I/O server's port), and charts, one tab each:
 *  - Traffic: host I/O, copies (FlashCopy, VolumeCopy) and mirror traffic (synchronization, shipping, journal) as
 *    three series in MB/s over the last two minutes;
 *  - IOPS and Latency: host reads and writes per second, and their mean service time per interval (ms);
 *  - FlashCopy Repositories: each FlashCopy's repository use in % of its capacity over the last ten minutes, with
 *    the warning threshold as a dashed line;
 *  - Global Mirror RPO: each Global Mirroring pair's recovery point objective in seconds over the last ten minutes.
 * Traffic, IOPS and Latency chart the logical drive selected in the table or, when none is, the whole storage
 * subsystem; the repository and RPO charts show the selected drive's FlashCopies or pair, or all of them.
 *
 * The histories live here (bounded: TimeHistory), not in the engine: a drive's history is kept while it is selected
 * or had traffic in the span, so a quiet workspace of 10,000 drives costs nothing.
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
    enum ChartTab
    {
        TrafficTab,
        IopsTab,
        LatencyTab,
        RepositoryTab,
        RpoTab,
    };
    QTabWidget* chartTabs() const { return m_chartTabs; }
    TimeChart* chart(ChartTab tab) const;
    void showChart(ChartTab tab);
    QSplitter* splitter() const { return m_splitter; }
    /** "Total: read 12.00 MB/s (192 IOPS), write …" as shown. */
    QString summaryText() const;
    /** What the current chart shows: "All logical drives of Storage Subsystem Primary Site", "Logical drive X"... */
    QString chartTitle() const;

    /** How many rate histories are kept: the total's, and those of drives selected or active in the span (tests). */
    int rateHistoryCount() const { return static_cast<int>(m_history.size()); }

    /** The logical drive of the current row (0 if none is selected). */
    ObjectId selectedLogicalDrive() const;
    /** Makes @p logicalDriveId's row current (false if it is not shown). */
    bool selectLogicalDrive(ObjectId logicalDriveId);

Q_SIGNALS:
    void selectionChanged();
    void logicalDriveActivated(ObjectId id);
    void contextMenuRequested(const QPoint& globalPos);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    /** The rate histories of one logical drive (or, key 0, of the subsystem's total). */
    struct DriveHistory
    {
        TimeHistory host;
        TimeHistory copy;
        TimeHistory mirror;
        TimeHistory readOps;
        TimeHistory writeOps;
        TimeHistory readLatency;
        TimeHistory writeLatency;
        qint64 lastActiveMs = 0;
    };

    void refresh();
    void record();
    /** Samples the repository and RPO histories at @p ms (engine time base). */
    void recordObjects(qint64 ms);
    void onClockTick();
    void updateChart();
    void updateRateCharts(ObjectId selected, qint64 now);
    void updateRepositoryChart(ObjectId selected, qint64 now);
    void updateRpoChart(ObjectId selected, qint64 now);
    DriveHistory newDriveHistory() const;
    /** The FlashCopies (their logical drive ids) the repository chart shows for @p selected. */
    QList<ObjectId> chartedFlashCopies(ObjectId selected) const;
    /** The Global Mirroring primaries (their drive ids) the RPO chart shows for @p selected. */
    QList<ObjectId> chartedMirrors(ObjectId selected) const;
    /** The time now in the engine's time base (the last sample's, plus the time elapsed here since). */
    qint64 nowMs() const;

    const HostIoRates* m_rates = nullptr;
    ObjectId m_subsystemId = 0;
    /** Rate histories of the subsystem's drives that are selected or were active in the span; key 0: the total. */
    QHash<ObjectId, DriveHistory> m_history;
    /** Repository use (%) per FlashCopy and RPO (s) per Global Mirroring primary of the subsystem. */
    QHash<ObjectId, TimeHistory> m_repository;
    QHash<ObjectId, TimeHistory> m_rpo;
    qint64 m_lastRecordMs = 0;
    QElapsedTimer m_sinceRecord;
    QTimer m_clock;                /**< while shown: a growing RPO keeps moving between snapshots */
    bool m_refreshPending = false; /**< rates came while hidden: showEvent() refreshes */

    QLabel* m_heading = nullptr;
    QHBoxLayout* m_buttons = nullptr;
    QLabel* m_summary = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    PerformanceModel* m_model = nullptr;
    HostIoSortModel* m_sort = nullptr;
    QLabel* m_chartTitle = nullptr;
    QToolButton* m_totalButton = nullptr;
    QTabWidget* m_chartTabs = nullptr;
    TimeChart* m_traffic = nullptr;
    TimeChart* m_iops = nullptr;
    TimeChart* m_latency = nullptr;
    TimeChart* m_repositoryChart = nullptr;
    TimeChart* m_rpoChart = nullptr;
};

} // namespace Copyline
