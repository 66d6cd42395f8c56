// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlogview.h"

#include "common/findbar.h"
#include "common/icons.h"
#include "common/theme.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "models/eventlogmodel.h"
#include "views/panetitle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTextStream>
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
    m_count->setStyleSheet(Theme::css(u"color: #6b7885;"_s));
    m_find = new FindBar(filterBar, this);
    m_find->setObjectName(u"eventFindBar"_s);
    m_find->lineEdit()->setObjectName(u"eventFindLineEdit"_s);
    m_find->setPlaceholderText(tr("Type, component or text"));
    m_find->lineEdit()->setToolTip(tr("Shows the events whose type, component, description or details contain every "
                                      "word typed here, such as \"6600 failed\". Ctrl+F comes here, Esc clears it."));
    m_export = new QPushButton(tr("E&xport…"), filterBar);
    m_export->setObjectName(u"eventExportButton"_s);
    m_export->setToolTip(tr("Saves the events shown (after the filters) as CSV or text."));
    filterLayout->addWidget(showLabel);
    filterLayout->addWidget(m_severity);
    filterLayout->addSpacing(12);
    filterLayout->addWidget(m_find, 1);
    filterLayout->addSpacing(12);
    filterLayout->addWidget(m_count);
    filterLayout->addWidget(m_export);

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
    m_guru = new QPushButton(tr("Recovery &Guru…"), this);
    m_guru->setObjectName(u"eventRecoveryGuruButton"_s);
    m_guru->setEnabled(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(8);
    splitter->addWidget(titledPane(tr("Major Event Log"), m_table, splitter, filterBar));
    splitter->addWidget(titledPane(tr("Event Details"), m_details, splitter, m_guru));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({480, 170});
    layout->addWidget(splitter);

    connect(m_severity, &QComboBox::currentIndexChanged, this, [this]() {
        m_filter->setSeverityFilter(static_cast<EventFilterModel::SeverityFilter>(m_severity->currentData().toInt()));
        keepSelection();
        updateCount();
    });
    m_find->addView(m_table, FindBar::Mode::Watch);
    connect(m_find, &FindBar::textChanged, this, [this](const QString& text) {
        m_filter->setTextFilter(text);
        keepSelection();
        updateCount();
    });
    connect(m_export, &QPushButton::clicked, this, &EventLogView::exportEvents);
    connect(m_guru, &QPushButton::clicked, this, &EventLogView::openRecoveryGuru);
    connect(m_table, &QWidget::customContextMenuRequested, this, &EventLogView::showContextMenu);
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
        m_table->clearSelection();
        keepSelection();
        updateCount();
    }
    if (snapshot && snapshot->lastEventId > m_model->lastId()) {
        fetch();
    }
    updateGuruButton(); // a problem fixed since: the button says so
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

const Event* EventLogView::selectedEvent() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->event(m_filter->mapToSource(rows.first()));
}

QString EventLogView::selectedProblemKey() const
{
    const Event* e = selectedEvent();
    if (e == nullptr || !e->needsAttention || !m_snapshot) {
        return {};
    }
    const QList<RecoveryProblem> problems = m_snapshot->problemsOf(e->subsystemId);
    const RecoveryProblem* p = problemReportedBy(problems, *e);
    return p != nullptr ? p->key : QString();
}

void EventLogView::updateGuruButton()
{
    const Event* e = selectedEvent();
    const bool attention = e != nullptr && e->needsAttention;
    m_guru->setEnabled(attention);
    QString tip;
    if (!attention) {
        tip = tr("Select an event that made the storage subsystem Need Attention to see its recovery procedure.");
    } else if (const QString key = selectedProblemKey(); !key.isEmpty()) {
        tip = tr("Opens the Recovery Guru with the recovery procedure of the problem this event reported.");
    } else {
        tip = tr("The problem this event reported is no longer present; the Recovery Guru shows what still needs "
                 "attention.");
    }
    if (m_guru->toolTip() != tip) {
        m_guru->setToolTip(tip);
    }
}

void EventLogView::openRecoveryGuru()
{
    if (m_guru->isEnabled()) {
        Q_EMIT recoveryGuruRequested(selectedProblemKey());
    }
}

void EventLogView::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid()) {
        return;
    }
    m_table->selectRow(index.row());
    QMenu menu(this);
    menu.setObjectName(u"eventContextMenu"_s);
    QAction* guru = menu.addAction(Icons::icon(u"status-attention"_s), tr("Recovery &Guru…"));
    guru->setObjectName(u"actionEventRecoveryGuru"_s);
    guru->setEnabled(m_guru->isEnabled());
    guru->setToolTip(m_guru->toolTip());
    connect(guru, &QAction::triggered, this, &EventLogView::openRecoveryGuru);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void EventLogView::showDetails()
{
    updateGuruButton();
    const Event* e = selectedEvent();
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
    m_export->setEnabled(m_filter->rowCount() > 0);
}

void EventLogView::keepSelection()
{
    if (!m_table->selectionModel()->hasSelection() && m_filter->rowCount() > 0) {
        m_table->selectRow(0);
    }
    showDetails(); // also when the selected row stayed: never the details of an event no longer shown
}

QString EventLogView::exportTo(const QString& fileName) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        return file.errorString();
    }
    const bool csv = fileName.endsWith(u".csv"_s, Qt::CaseInsensitive);
    const auto quoted = [](QString field) -> QString {
        field.replace(u'"', u"\"\""_s);
        return u'"' + field + u'"';
    };
    QTextStream out(&file);
    if (csv) {
        out << "Date/Time,Subsystem,Event Type,Severity,Component,Description,Details\n";
    }
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const Event* e = m_model->event(m_filter->mapToSource(m_filter->index(row, 0)));
        if (e == nullptr) {
            continue;
        }
        const QString subsystem = m_snapshot ? m_snapshot->config.subsystems.value(e->subsystemId).name : QString();
        if (csv) {
            const QStringList fields {e->time.toUTC().toString(Qt::ISODate), subsystem, e->codeText(),
                m_filter->index(row, EventLogModel::SeverityColumn).data().toString(), e->component, e->description,
                e->details};
            QStringList cells;
            for (const QString& field : fields) {
                cells << quoted(field);
            }
            out << cells.join(u',') << '\n';
        } else {
            out << EventLogModel::detailsText(*e, subsystem) << "\n\n";
        }
    }
    out.flush();
    return file.commit() ? QString() : file.errorString();
}

void EventLogView::exportEvents()
{
    const QString name = FileDialog::getSaveFileName(
        this, tr("Export Events"), u"events.csv"_s, tr("CSV files (*.csv);;Text files (*.txt)"));
    if (name.isEmpty()) {
        return;
    }
    if (const QString error = exportTo(name); !error.isEmpty()) {
        MessageBox::critical(this, tr("Export Events"),
            tr("The events could not be saved to %1: %2. Choose another folder or free space, and export again.")
                .arg(name, error));
    }
}

} // namespace Copyline
