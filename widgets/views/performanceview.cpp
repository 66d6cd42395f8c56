// SPDX-License-Identifier: GPL-3.0-or-later
#include "performanceview.h"

#include "api/units.h"
#include "common/icons.h"
#include "common/texts.h"
#include "common/theme.h"
#include "models/hostiomodels.h"
#include "views/panetitle.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

constexpr int kRateSpanSeconds = 120;   // traffic, IOPS, latency
constexpr int kObjectSpanSeconds = 600; // repository use, RPO
constexpr qint64 kRateHistoryMs = (kRateSpanSeconds + 5) * qint64(1000);
constexpr qint64 kObjectHistoryMs = (kObjectSpanSeconds + 5) * qint64(1000);
constexpr int kMaxObjectSeries = 8; // more lines than this are no longer readable

/** Distinct line colours for per-object series (FlashCopies, mirrors), readable on light and dark backgrounds. */
QColor objectColor(int index)
{
    static const QColor colors[] {Icons::Palette::inProgress, Icons::Palette::optimal, Icons::Palette::warning,
        QColor(0x9b, 0x59, 0xb6), Icons::Palette::failed, QColor(0x16, 0xa0, 0xa8), QColor(0x8d, 0x6e, 0x3f),
        QColor(0xd3, 0x54, 0x9a)};
    return colors[index % static_cast<int>(std::size(colors))];
}

double megabytes(double bytesPerSecond)
{
    return bytesPerSecond / static_cast<double>(MiB);
}

} // namespace

PerformanceView::PerformanceView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"performanceView"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    auto* top = new QHBoxLayout;
    top->setSpacing(6);
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"performanceHeadingLabel"_s);
    m_heading->setStyleSheet(u"QLabel { font-weight: bold; }"_s);
    top->addWidget(m_heading, 1);
    m_buttons = new QHBoxLayout;
    m_buttons->setSpacing(6);
    top->addLayout(m_buttons);
    layout->addLayout(top);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"performanceSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"performanceSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(8);
    layout->addWidget(m_splitter, 1);

    m_model = new PerformanceModel(this);
    m_sort = new HostIoSortModel(this);
    m_sort->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(u"performanceTableView"_s);
    m_table->setModel(m_sort);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PerformanceModel::NameColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setIconSize({18, 18});
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("Host I/O per logical drive"));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QList<int> widths {160, 230, 92, 92, 86, 86, 100, 100};
    for (int column = 0; column < widths.size(); ++column) {
        header->resizeSection(column, widths.at(column));
    }
    m_splitter->addWidget(titledPane(tr("Logical Drives"), m_table, m_splitter));

    auto* chartPane = new QWidget(m_splitter);
    auto* chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(0);
    m_chartTabs = new QTabWidget(chartPane);
    m_chartTabs->setObjectName(u"performanceChartTabs"_s);
    m_chartTabs->setDocumentMode(true);
    m_traffic = new TimeChart(tr("MB/s"), kRateSpanSeconds, m_chartTabs);
    m_traffic->setObjectName(u"trafficChart"_s);
    m_traffic->setAccessibleName(tr("Host, copy and mirror traffic in MB/s, last two minutes"));
    m_iops = new TimeChart(tr("IOPS"), kRateSpanSeconds, m_chartTabs);
    m_iops->setObjectName(u"iopsChart"_s);
    m_iops->setAccessibleName(tr("Host reads and writes per second, last two minutes"));
    m_latency = new TimeChart(tr("ms (mean)"), kRateSpanSeconds, m_chartTabs);
    m_latency->setObjectName(u"latencyChart"_s);
    m_latency->setAxisFloor(0.1); // a local volume answers in well under a millisecond
    m_latency->setAccessibleName(tr("Mean host read and write latency in milliseconds, last two minutes"));
    m_repositoryChart = new TimeChart(tr("% of repository capacity"), kObjectSpanSeconds, m_chartTabs);
    m_repositoryChart->setObjectName(u"repositoryChart"_s);
    m_repositoryChart->setFixedMaximum(100.0);
    m_repositoryChart->setAccessibleName(tr("FlashCopy repository use in percent, last ten minutes"));
    m_rpoChart = new TimeChart(tr("seconds"), kObjectSpanSeconds, m_chartTabs);
    m_rpoChart->setObjectName(u"rpoChart"_s);
    m_rpoChart->setAccessibleName(tr("Global Mirror recovery point objective in seconds, last ten minutes"));
    m_chartTabs->addTab(m_traffic, tr("Traffic"));
    m_chartTabs->addTab(m_iops, tr("IOPS"));
    m_chartTabs->addTab(m_latency, tr("Latency"));
    m_chartTabs->addTab(m_repositoryChart, tr("FlashCopy Repositories"));
    m_chartTabs->addTab(m_rpoChart, tr("Global Mirror RPO"));
    m_chartTabs->setTabToolTip(TrafficTab,
        tr("Host I/O, copies (FlashCopy copy-on-write, VolumeCopy) and mirror traffic (synchronization, writes "
           "shipped, journal) in MB/s; copies and mirrors count on their source drive"));
    m_chartTabs->setTabToolTip(IopsTab, tr("Host read and write requests per second"));
    m_chartTabs->setTabToolTip(LatencyTab,
        tr("Mean service time of the host reads and writes in each interval, in milliseconds (copy-on-write and "
           "synchronous mirroring included)"));
    m_chartTabs->setTabToolTip(RepositoryTab,
        tr("Repository use of each FlashCopy logical drive in percent of its capacity; the dashed line is the "
           "warning threshold"));
    m_chartTabs->setTabToolTip(RpoTab,
        tr("Recovery point objective of each Global Mirroring pair: how many seconds of writes the secondary "
           "lags behind"));
    m_totalButton = new QToolButton(chartPane);
    m_totalButton->setObjectName(u"chartTotalButton"_s);
    m_totalButton->setText(tr("Show &Total"));
    m_totalButton->setToolTip(tr("Chart the whole storage subsystem instead of the selected logical drive"));
    m_totalButton->setAutoRaise(true);
    // The title bar names what the chart shows, with the way back to the total beside it.
    auto* trailing = new QWidget(chartPane);
    auto* trailingLayout = new QHBoxLayout(trailing);
    trailingLayout->setContentsMargins(0, 0, 0, 0);
    trailingLayout->setSpacing(8);
    m_chartTitle = new QLabel(trailing);
    m_chartTitle->setObjectName(u"chartTitleLabel"_s);
    m_chartTitle->setStyleSheet(Theme::css(u"color: #33414f;"_s));
    trailingLayout->addWidget(m_chartTitle);
    trailingLayout->addWidget(m_totalButton);
    m_totalButton->setParent(trailing);
    chartLayout->addWidget(titledPane(tr("Performance Charts"), m_chartTabs, chartPane, trailing));
    m_splitter->addWidget(chartPane);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({230, 330});
    connect(m_chartTabs, &QTabWidget::currentChanged, this, [this]() { updateChart(); });
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &PerformanceView::onClockTick);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        if (const ObjectId selected = selectedLogicalDrive(); selected != 0 && !m_history.contains(selected)) {
            record(); // a quiet drive has no history until it is looked at: start it now
        }
        updateChart();
        Q_EMIT selectionChanged();
    });
    connect(m_table, &QTableView::activated, this,
        [this](const QModelIndex& index) { Q_EMIT logicalDriveActivated(index.data(IdRole).toLongLong()); });
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint& pos) {
        if (const QModelIndex index = m_table->indexAt(pos); index.isValid()) {
            m_table->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        Q_EMIT contextMenuRequested(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_totalButton, &QToolButton::clicked, this, [this]() { m_table->clearSelection(); });
    refresh();
}

PerformanceView::~PerformanceView() = default;

void PerformanceView::addHeaderAction(QAction* action)
{
    auto* button = new QToolButton(this);
    button->setObjectName(action->objectName() + u"Button"_s);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_buttons->addWidget(button);
}

void PerformanceView::setRates(const HostIoRates* rates, ObjectId subsystemId)
{
    if (rates == m_rates && subsystemId == m_subsystemId) {
        return; // HostIoRates::updated brings every new snapshot
    }
    if (rates != m_rates) {
        if (m_rates) {
            disconnect(m_rates, nullptr, this, nullptr);
        }
        m_rates = rates;
        m_history.clear();
        m_repository.clear();
        m_rpo.clear();
        if (m_rates) {
            connect(m_rates, &HostIoRates::updated, this, [this]() {
                record(); // the history goes on while the view is hidden: its charts show it when it opens
                // The table, the summary and the chart are drawn only on show (they cost most of the GUI thread's
                // time with thousands of drives and copies running); showEvent() catches up.
                if (isVisible()) {
                    refresh();
                } else {
                    m_refreshPending = true;
                }
            });
            connect(m_rates, &QObject::destroyed, this, [this]() { m_rates = nullptr; });
        }
    }
    if (subsystemId != m_subsystemId) {
        m_subsystemId = subsystemId;
        m_history.clear();
        m_repository.clear();
        m_rpo.clear();
    }
    refresh();
}

PerformanceView::DriveHistory PerformanceView::newDriveHistory() const
{
    DriveHistory h;
    for (TimeHistory* t : {&h.host, &h.copy, &h.mirror, &h.readOps, &h.writeOps, &h.readLatency, &h.writeLatency}) {
        *t = TimeHistory(kRateHistoryMs);
    }
    return h;
}

void PerformanceView::record()
{
    if (!m_rates || !m_rates->snapshot()) {
        return;
    }
    const qint64 now = m_rates->lastUpdateMs();
    m_lastRecordMs = now;
    m_sinceRecord.start();
    const Configuration& c = m_rates->snapshot()->config;
    const ObjectId selected = selectedLogicalDrive();
    auto add = [now](DriveHistory& h, const IoRate& rate) {
        h.host.add(now, megabytes(rate.readBytesPerSecond + rate.writeBytesPerSecond));
        h.copy.add(now, megabytes(rate.copyBytesPerSecond));
        h.mirror.add(now, megabytes(rate.mirrorBytesPerSecond));
        h.readOps.add(now, rate.readOpsPerSecond);
        h.writeOps.add(now, rate.writeOpsPerSecond);
        h.readLatency.add(now, rate.readLatencyMs());
        h.writeLatency.add(now, rate.writeLatencyMs());
        if (!rate.isQuiet()) {
            h.lastActiveMs = now;
        }
    };
    QSet<ObjectId> present {0};
    for (const LogicalDrive& ld : c.logicalDrives) {
        if (ld.subsystemId != m_subsystemId) {
            continue;
        }
        const IoRate rate = m_rates->rate(ld.id);
        auto it = m_history.find(ld.id);
        if (it == m_history.end()) {
            // A quiet drive nobody looks at has no history: a large workspace costs nothing while idle.
            if (rate.isQuiet() && ld.id != selected) {
                continue;
            }
            it = m_history.insert(ld.id, newDriveHistory());
        } else if (rate.isQuiet() && ld.id != selected && now - it->lastActiveMs > kRateHistoryMs) {
            m_history.erase(it); // quiet for the whole span: its chart would be a flat line anyway
            continue;
        }
        add(*it, rate);
        present.insert(ld.id);
    }
    auto total = m_history.find(0);
    if (total == m_history.end()) {
        total = m_history.insert(0, newDriveHistory());
    }
    add(*total, m_rates->total(m_subsystemId));
    // A drive that is gone takes its history with it.
    for (auto it = m_history.begin(); it != m_history.end();) {
        it = present.contains(it.key()) ? std::next(it) : m_history.erase(it);
    }
    recordObjects(now);
}

void PerformanceView::recordObjects(qint64 ms)
{
    const SnapshotPtr snapshot = m_rates ? m_rates->snapshot() : SnapshotPtr();
    if (!snapshot) {
        return;
    }
    const Configuration& c = snapshot->config;
    QSet<ObjectId> flashCopies;
    for (const FlashCopy& fc : c.flashCopies) {
        if (fc.subsystemId != m_subsystemId) {
            continue;
        }
        const CopyRuntime rt = snapshot->copies.value(fc.id);
        if (rt.repositoryCapacity <= 0) {
            continue; // not open (Failed at start, a missing volume): nothing honest to plot
        }
        auto it = m_repository.find(fc.id);
        if (it == m_repository.end()) {
            it = m_repository.insert(fc.id, TimeHistory(kObjectHistoryMs));
        }
        it->add(ms,
            std::min(
                100.0, 100.0 * static_cast<double>(rt.repositoryUsed) / static_cast<double>(rt.repositoryCapacity)));
        flashCopies.insert(fc.id);
    }
    for (auto it = m_repository.begin(); it != m_repository.end();) {
        it = flashCopies.contains(it.key()) ? std::next(it) : m_repository.erase(it);
    }
    QSet<ObjectId> mirrors;
    for (const Mirror& m : c.mirrors) {
        if (m.role != MirrorRole::Primary || !m.inConsistencyGroup()
            || (m.subsystemId != m_subsystemId && m.remoteSubsystemId != m_subsystemId)) {
            continue;
        }
        mirrors.insert(m.id);
        const MirrorRuntime rt = snapshot->mirrors.value(m.id);
        if (rt.recoveryPointAgeMs < 0) {
            continue; // no consistent image known: a gap, not a zero
        }
        // The snapshot's figure is of its publication; a lag goes on growing until a later snapshot says otherwise.
        const qint64 age = rt.recoveryPointAgeMs > 0 && snapshot->publishedMs > 0
            ? rt.recoveryPointAgeMs + std::max<qint64>(0, ms - snapshot->publishedMs)
            : rt.recoveryPointAgeMs;
        auto it = m_rpo.find(m.id);
        if (it == m_rpo.end()) {
            it = m_rpo.insert(m.id, TimeHistory(kObjectHistoryMs));
        }
        it->add(ms, static_cast<double>(age) / 1000.0);
    }
    for (auto it = m_rpo.begin(); it != m_rpo.end();) {
        it = mirrors.contains(it.key()) ? std::next(it) : m_rpo.erase(it);
    }
}

qint64 PerformanceView::nowMs() const
{
    return m_sinceRecord.isValid() ? m_lastRecordMs + m_sinceRecord.elapsed() : m_lastRecordMs;
}

void PerformanceView::onClockTick()
{
    // Host I/O rates come with snapshots (and HostIoRates' idle ticks); repository use and RPO are sampled here
    // too, so a suspended Global Mirror's growing RPO moves while nothing else does. Only while shown.
    if (!m_rates || !m_rates->snapshot() || !m_sinceRecord.isValid() || m_sinceRecord.elapsed() < 900) {
        return;
    }
    recordObjects(nowMs());
    const int tab = m_chartTabs->currentIndex();
    if (tab == RepositoryTab || tab == RpoTab) {
        updateChart();
    }
}

void PerformanceView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_clock.start();
    if (std::exchange(m_refreshPending, false)) {
        refresh();
    }
}

void PerformanceView::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_clock.stop();
}

void PerformanceView::refresh()
{
    const SnapshotPtr snapshot = m_rates ? m_rates->snapshot() : SnapshotPtr();
    if (m_rates) {
        m_model->setRates(*m_rates, m_subsystemId);
    }
    const Configuration empty;
    const Configuration& c = snapshot ? snapshot->config : empty;
    const Subsystem s = c.subsystems.value(m_subsystemId);
    const QString heading = s.id != 0 ? tr("Host I/O of %1").arg(Texts::subsystemLabel(s.name)) : QString();
    if (m_heading->text() != heading) {
        m_heading->setText(heading);
    }

    QStringList parts;
    const IoRate total = m_rates ? m_rates->total(m_subsystemId) : IoRate {};
    parts.append(tr("Total: read %1 MB/s (%2 IOPS), write %3 MB/s (%4 IOPS)")
                     .arg(PerformanceModel::megabytesPerSecond(total.readBytesPerSecond),
                         PerformanceModel::operationsPerSecond(total.readOpsPerSecond),
                         PerformanceModel::megabytesPerSecond(total.writeBytesPerSecond),
                         PerformanceModel::operationsPerSecond(total.writeOpsPerSecond)));
    int running = 0;
    int paused = 0;
    if (snapshot) {
        for (const WorkloadRuntime& w : snapshot->workloads) {
            if (c.hosts.value(w.hostId).subsystemId == m_subsystemId) {
                ++(w.paused ? paused : running);
            }
        }
    }
    if (running + paused == 0) {
        parts.append(tr("no host workload running"));
    } else if (paused == 0) {
        parts.append(tr("%n host workload(s) running", nullptr, running));
    } else if (running == 0) {
        parts.append(tr("%n host workload(s) paused", nullptr, paused));
    } else {
        parts.append(tr("%1, %n paused", "host workloads running, paused", paused)
                         .arg(tr("%n host workload(s) running", nullptr, running)));
    }
    if (snapshot) {
        parts.append(snapshot->nbdPort != 0 ? tr("host I/O server (NBD) on port %1").arg(snapshot->nbdPort)
                                            : tr("host I/O server (NBD) not running"));
    }
    const QString summary = parts.join(u"  ·  "_s);
    if (m_summary->text() != summary) {
        m_summary->setText(summary);
    }
    updateChart();
}

TimeChart* PerformanceView::chart(ChartTab tab) const
{
    switch (tab) {
    case TrafficTab:
        return m_traffic;
    case IopsTab:
        return m_iops;
    case LatencyTab:
        return m_latency;
    case RepositoryTab:
        return m_repositoryChart;
    case RpoTab:
        return m_rpoChart;
    }
    return m_traffic;
}

void PerformanceView::showChart(ChartTab tab)
{
    m_chartTabs->setCurrentIndex(tab);
}

void PerformanceView::updateChart()
{
    const ObjectId selected = selectedLogicalDrive();
    m_totalButton->setEnabled(selected != 0);
    const qint64 now = m_chartTabs->currentIndex() >= RepositoryTab ? nowMs() : (m_rates ? m_rates->lastUpdateMs() : 0);
    // Only the chart on show is drawn: the others catch up when their tab is chosen.
    switch (m_chartTabs->currentIndex()) {
    case RepositoryTab:
        updateRepositoryChart(selected, now);
        break;
    case RpoTab:
        updateRpoChart(selected, now);
        break;
    default:
        updateRateCharts(selected, now);
        break;
    }
}

void PerformanceView::updateRateCharts(ObjectId selected, qint64 now)
{
    const SnapshotPtr snapshot = m_rates ? m_rates->snapshot() : SnapshotPtr();
    QString title;
    if (snapshot && selected != 0) {
        title = tr("Logical drive %1").arg(snapshot->config.logicalDrives.value(selected).name);
    } else if (snapshot) {
        title = tr("All logical drives of %1")
                    .arg(Texts::subsystemLabel(snapshot->config.subsystems.value(m_subsystemId).name));
    }
    if (m_chartTitle->text() != title) {
        m_chartTitle->setText(title);
    }
    static const DriveHistory none;
    const auto it = m_history.constFind(selected);
    const DriveHistory& h = it == m_history.cend() ? none : *it;
    switch (m_chartTabs->currentIndex()) {
    case IopsTab:
        m_iops->setSeries({{u"read"_s, tr("Read"), Icons::Palette::inProgress, &h.readOps.points()},
                              {u"write"_s, tr("Write"), Icons::Palette::warning, &h.writeOps.points()}},
            now);
        break;
    case LatencyTab:
        m_latency->setSeries({{u"read"_s, tr("Read (mean)"), Icons::Palette::inProgress, &h.readLatency.points()},
                                 {u"write"_s, tr("Write (mean)"), Icons::Palette::warning, &h.writeLatency.points()}},
            now);
        break;
    default:
        m_traffic->setSeries({{u"host"_s, tr("Host I/O"), Icons::Palette::inProgress, &h.host.points()},
                                 {u"copy"_s, tr("Copies"), Icons::Palette::optimal, &h.copy.points()},
                                 {u"mirror"_s, tr("Mirror sync"), Icons::Palette::warning, &h.mirror.points()}},
            now);
        break;
    }
}

QList<ObjectId> PerformanceView::chartedFlashCopies(ObjectId selected) const
{
    const SnapshotPtr snapshot = m_rates ? m_rates->snapshot() : SnapshotPtr();
    QList<ObjectId> all;
    QList<ObjectId> related;
    if (!snapshot) {
        return all;
    }
    for (const FlashCopy& fc : snapshot->config.flashCopies) {
        if (fc.subsystemId != m_subsystemId || !m_repository.contains(fc.id)) {
            continue;
        }
        all.append(fc.id);
        if (selected != 0 && (fc.id == selected || fc.baseId == selected || fc.repositoryId == selected)) {
            related.append(fc.id);
        }
    }
    QList<ObjectId> shown = related.isEmpty() ? all : related;
    // The fullest first, so the ones that matter are among those charted when there are many.
    std::sort(shown.begin(), shown.end(), [this](ObjectId a, ObjectId b) {
        const double ua = m_repository.value(a).last();
        const double ub = m_repository.value(b).last();
        return ua != ub ? ua > ub : a < b;
    });
    return shown;
}

void PerformanceView::updateRepositoryChart(ObjectId selected, qint64 now)
{
    const SnapshotPtr snapshot = m_rates ? m_rates->snapshot() : SnapshotPtr();
    const QList<ObjectId> ids = chartedFlashCopies(selected);
    QList<TimeChart::Series> series;
    std::optional<int> lowest;
    std::optional<int> highest;
    for (const ObjectId id : ids.mid(0, kMaxObjectSeries)) {
        const FlashCopy fc = snapshot->config.flashCopies.value(id);
        series.append({QString::number(id), snapshot->config.logicalDrives.value(id).name,
            objectColor(static_cast<int>(series.size())), &m_repository[id].points()});
        if (fc.warningThresholdPercent > 0) {
            lowest = std::min(lowest.value_or(100), fc.warningThresholdPercent);
            highest = std::max(highest.value_or(0), fc.warningThresholdPercent);
        }
    }
    m_repositoryChart->setSeries(series, now);
    if (lowest) {
        m_repositoryChart->setThreshold(*lowest,
            lowest == highest ? tr("Warning threshold (%1 %)").arg(*lowest)
                              : tr("Lowest warning threshold (%1 %)").arg(*lowest));
    } else {
        m_repositoryChart->setThreshold(std::nullopt);
    }
    m_repositoryChart->setEmptyText(
        ids.isEmpty() ? tr("No FlashCopy logical drives on this storage subsystem") : QString());
    QString title;
    const bool related = selected != 0 && !ids.isEmpty() && std::any_of(ids.cbegin(), ids.cend(), [&](ObjectId id) {
        const FlashCopy fc = snapshot->config.flashCopies.value(id);
        return fc.id == selected || fc.baseId == selected || fc.repositoryId == selected;
    });
    if (snapshot && related) {
        title = tr("FlashCopies of %1").arg(snapshot->config.logicalDrives.value(selected).name);
    } else if (snapshot) {
        title = ids.size() > kMaxObjectSeries
            ? tr("The %1 fullest of %2 FlashCopies").arg(kMaxObjectSeries).arg(ids.size())
            : tr("All FlashCopies of %1")
                  .arg(Texts::subsystemLabel(snapshot->config.subsystems.value(m_subsystemId).name));
    }
    if (m_chartTitle->text() != title) {
        m_chartTitle->setText(title);
    }
}

QList<ObjectId> PerformanceView::chartedMirrors(ObjectId selected) const
{
    const SnapshotPtr snapshot = m_rates ? m_rates->snapshot() : SnapshotPtr();
    QList<ObjectId> all;
    QList<ObjectId> related;
    if (!snapshot) {
        return all;
    }
    for (const Mirror& m : snapshot->config.mirrors) {
        if (m.role != MirrorRole::Primary || !m.inConsistencyGroup()
            || (m.subsystemId != m_subsystemId && m.remoteSubsystemId != m_subsystemId)) {
            continue;
        }
        all.append(m.id);
        if (selected != 0 && (m.id == selected || m.remoteDriveId == selected)) {
            related.append(m.id);
        }
    }
    QList<ObjectId> shown = related.isEmpty() ? all : related;
    std::sort(shown.begin(), shown.end(), [this](ObjectId a, ObjectId b) {
        const double ra = m_rpo.value(a).last();
        const double rb = m_rpo.value(b).last();
        return ra != rb ? ra > rb : a < b;
    });
    return shown;
}

void PerformanceView::updateRpoChart(ObjectId selected, qint64 now)
{
    const SnapshotPtr snapshot = m_rates ? m_rates->snapshot() : SnapshotPtr();
    const QList<ObjectId> ids = chartedMirrors(selected);
    QList<TimeChart::Series> series;
    static const std::deque<TimePoint> none;
    for (const ObjectId id : ids.mid(0, kMaxObjectSeries)) {
        const Mirror m = snapshot->config.mirrors.value(id);
        const auto it = m_rpo.constFind(id);
        series.append({QString::number(id),
            tr("%1 → %2").arg(snapshot->config.logicalDrives.value(id).name,
                snapshot->config.logicalDrives.value(m.remoteDriveId).name),
            objectColor(static_cast<int>(series.size())), it == m_rpo.cend() ? &none : &it->points()});
    }
    m_rpoChart->setSeries(series, now);
    m_rpoChart->setEmptyText(ids.isEmpty()
            ? tr("No Global Mirroring pairs (asynchronous with write consistency) on this storage subsystem")
            : QString());
    QString title;
    if (snapshot && selected != 0 && ids.size() == 1
        && (ids.first() == selected || snapshot->config.mirrors.value(ids.first()).remoteDriveId == selected)) {
        title = tr("Global Mirror pair of %1").arg(snapshot->config.logicalDrives.value(selected).name);
    } else if (snapshot) {
        title = tr("Global Mirroring pairs of %1")
                    .arg(Texts::subsystemLabel(snapshot->config.subsystems.value(m_subsystemId).name));
    }
    if (m_chartTitle->text() != title) {
        m_chartTitle->setText(title);
    }
}

QString PerformanceView::summaryText() const
{
    return m_summary->text();
}

QString PerformanceView::chartTitle() const
{
    return m_chartTitle->text();
}

ObjectId PerformanceView::selectedLogicalDrive() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(IdRole).toLongLong();
}

bool PerformanceView::selectLogicalDrive(ObjectId logicalDriveId)
{
    const QModelIndex index = m_sort->mapFromSource(m_model->indexOf(logicalDriveId));
    if (!index.isValid()) {
        return false;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

} // namespace Copyline
