// SPDX-License-Identifier: GPL-3.0-or-later
#include "performanceview.h"

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
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

constexpr qint64 kHistoryMs = (ThroughputChart::kSpanSeconds + 5) * qint64(1000);

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
    m_chart = new ThroughputChart(chartPane);
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
    chartLayout->addWidget(titledPane(tr("Throughput, Last Two Minutes"), m_chart, chartPane, trailing));
    m_splitter->addWidget(chartPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({330, 260});

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
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
        if (m_rates) {
            connect(m_rates, &HostIoRates::updated, this, [this]() {
                record();
                refresh();
            });
            connect(m_rates, &QObject::destroyed, this, [this]() { m_rates = nullptr; });
        }
    }
    if (subsystemId != m_subsystemId) {
        m_subsystemId = subsystemId;
        m_history.clear();
    }
    refresh();
}

void PerformanceView::record()
{
    if (!m_rates || !m_rates->snapshot()) {
        return;
    }
    const qint64 now = m_rates->lastUpdateMs();
    const Configuration& c = m_rates->snapshot()->config;
    auto add = [this, now](ObjectId key, const IoRate& rate) {
        std::deque<ThroughputPoint>& points = m_history[key];
        if (!points.empty() && points.back().ms >= now) {
            points.pop_back(); // the same moment again: the newer rate wins
        }
        points.push_back({now, rate.readBytesPerSecond, rate.writeBytesPerSecond});
        while (!points.empty() && points.front().ms < now - kHistoryMs) {
            points.pop_front();
        }
    };
    QSet<ObjectId> present {0};
    for (const LogicalDrive& ld : c.logicalDrives) {
        if (ld.subsystemId == m_subsystemId) {
            add(ld.id, m_rates->rate(ld.id));
            present.insert(ld.id);
        }
    }
    add(0, m_rates->total(m_subsystemId));
    // A drive that is gone takes its history with it.
    for (auto it = m_history.begin(); it != m_history.end();) {
        it = present.contains(it.key()) ? std::next(it) : m_history.erase(it);
    }
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

void PerformanceView::updateChart()
{
    const ObjectId selected = selectedLogicalDrive();
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
    m_totalButton->setEnabled(selected != 0);
    static const std::deque<ThroughputPoint> none;
    const auto it = m_history.constFind(selected);
    m_chart->setHistory(it == m_history.cend() ? none : *it, m_rates ? m_rates->lastUpdateMs() : 0);
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
