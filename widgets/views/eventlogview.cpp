// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlogview.h"

#include "models/eventlogmodel.h"
#include "views/panetitle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

EventLogView::EventLogView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"eventLogView"_s);
    m_model = new EventLogModel(this);
    m_filter = new EventFilterModel(this);
    m_filter->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto* filterBar = new QWidget(this);
    auto* filterLayout = new QHBoxLayout(filterBar);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    auto* showLabel = new QLabel(tr("&Show:"), filterBar);
    m_severity = new QComboBox(filterBar);
    m_severity->setObjectName(u"severityComboBox"_s);
    m_severity->addItem(tr("All events"), static_cast<int>(EventFilterModel::SeverityFilter::All));
    m_severity->addItem(
        tr("Warning and critical events"), static_cast<int>(EventFilterModel::SeverityFilter::WarningsAndCritical));
    m_severity->addItem(tr("Critical events only"), static_cast<int>(EventFilterModel::SeverityFilter::CriticalOnly));
    showLabel->setBuddy(m_severity);
    m_count = new QLabel(filterBar);
    m_count->setObjectName(u"eventCountLabel"_s);
    m_count->setStyleSheet(u"color: #6b7885;"_s);
    filterLayout->addWidget(showLabel);
    filterLayout->addWidget(m_severity);
    filterLayout->addSpacing(12);
    filterLayout->addWidget(m_count);

    m_table = new QTableView(this);
    m_table->setObjectName(u"eventTableView"_s);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EventLogModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(26);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setIconSize({16, 16});
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(EventLogModel::TimeColumn, 170);
    m_table->setColumnWidth(EventLogModel::TypeColumn, 90);
    m_table->setColumnWidth(EventLogModel::SeverityColumn, 130);
    m_table->setColumnWidth(EventLogModel::ComponentColumn, 260);
    m_table->setAccessibleName(tr("Major Event Log"));

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(u"eventDetailsTextEdit"_s);
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select an event to see its details."));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(8);
    splitter->addWidget(titledPane(tr("Major Event Log"), m_table, splitter, filterBar));
    splitter->addWidget(titledPane(tr("Event Details"), m_details, splitter));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({480, 170});
    layout->addWidget(splitter);

    connect(m_severity, &QComboBox::currentIndexChanged, this, [this]() {
        m_filter->setSeverityFilter(static_cast<EventFilterModel::SeverityFilter>(m_severity->currentData().toInt()));
        updateCount();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &EventLogView::showDetails);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &EventLogView::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &EventLogView::updateCount);
    updateCount();
}

EventLogView::~EventLogView() = default;

void EventLogView::setConnection(EngineConnection* connection)
{
    m_connection = connection;
    m_model->clear();
    m_fetching = false;
}

void EventLogView::setSnapshot(const SnapshotPtr& snapshot, ObjectId subsystemId)
{
    m_snapshot = snapshot;
    if (subsystemId != m_subsystemId) {
        m_subsystemId = subsystemId;
        m_filter->setSubsystemFilter(subsystemId);
        m_details->clear();
        if (m_filter->rowCount() > 0) {
            m_table->selectRow(0);
        }
        updateCount();
    }
    if (snapshot && snapshot->lastEventId > m_model->lastId()) {
        fetch();
    }
}

void EventLogView::fetch()
{
    if (!m_connection || m_fetching) {
        return;
    }
    m_fetching = true;
    // All subsystems at once: switching the subsystem is then only a filter change.
    m_connection->submit({u"getEvents"_s, {{u"afterId"_s, m_model->lastId()}, {u"count"_s, 5000}}}, this,
        [this](const CommandResult& result) {
            m_fetching = false;
            if (!result.ok()) {
                return;
            }
            const qint64 before = m_model->lastId();
            m_model->appendJson(result.data.value(u"events"_s).toArray());
            // Never an empty details pane: show the newest event until the user picks one.
            if (!m_table->selectionModel()->hasSelection() && m_filter->rowCount() > 0) {
                m_table->selectRow(0);
            }
            if (m_snapshot && m_snapshot->lastEventId > m_model->lastId() && m_model->lastId() > before) {
                fetch();
            }
        });
}

void EventLogView::showDetails()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_details->clear();
        return;
    }
    const Event* e = m_model->event(m_filter->mapToSource(rows.first()));
    if (e == nullptr) {
        m_details->clear();
        return;
    }
    const QString subsystem = m_snapshot ? m_snapshot->config.subsystems.value(e->subsystemId).name : QString();
    m_details->setPlainText(EventLogModel::detailsText(*e, subsystem));
}

void EventLogView::updateCount()
{
    m_count->setText(tr("%n event(s)", nullptr, m_filter->rowCount()));
}

} // namespace Copyline
