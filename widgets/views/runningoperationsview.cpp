// SPDX-License-Identifier: GPL-3.0-or-later
#include "runningoperationsview.h"

#include "delegates/copyprogressdelegate.h"
#include "models/roles.h"
#include "models/runningoperations.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

RunningOperationsPanel::RunningOperationsPanel(RunningOperations* operations, QWidget* parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_model(new RunningOperationsModel(operations, this))
    , m_sort(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_notice(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_clear(new QPushButton(tr("Cl&ear Finished"), this))
{
    setObjectName(u"runningOperationsPanel"_s);
    m_sort->setSourceModel(m_model);
    m_sort->setSortRole(RawValueRole);

    m_table->setObjectName(u"runningOperationsTable"_s);
    m_table->setModel(m_sort);
    m_table->setAccessibleName(tr("Running operations"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunningOperationsModel::StartedColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    // Ended rows and workloads (no progress) are greyed.
    m_table->setItemDelegateForColumn(RunningOperationsModel::ProgressColumn,
        new CopyProgressDelegate(
            m_table,
            [](const QModelIndex& index) {
                return !index.data(RunningOperationsModel::FinishedRole).toBool()
                    && index.data(ProgressRole).toDouble() >= 0;
            },
            120));
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RunningOperationsModel::ObjectsColumn, QHeaderView::Stretch);
    const QFontMetrics fm = m_table->fontMetrics();
    const auto width = [&fm](const QString& sample) { return fm.horizontalAdvance(sample) + 24; };
    header->resizeSection(RunningOperationsModel::OperationColumn, width(tr("Mirror synchronization")));
    header->resizeSection(RunningOperationsModel::SubsystemColumn, width(u"Secondary Site"_s));
    header->resizeSection(RunningOperationsModel::StateColumn, width(tr("In progress", "running operation")));
    header->resizeSection(RunningOperationsModel::ProgressColumn, 140);
    header->resizeSection(RunningOperationsModel::RateColumn, width(u"999.9 MB/s"_s));
    header->resizeSection(RunningOperationsModel::EtaColumn, width(u"10 h 59 min"_s));
    header->resizeSection(RunningOperationsModel::StartedColumn,
        width(QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat)));

    m_notice->setObjectName(u"runningOperationsNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setContentsMargins(4, 2, 4, 2);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    m_empty->setObjectName(u"runningOperationsEmpty"_s);
    m_empty->setText(tr("No operations are running."));
    m_empty->setEnabled(false);
    m_clear->setObjectName(u"clearFinishedButton"_s);
    m_clear->setToolTip(tr("Remove the operations that have ended from the list"));
    connect(m_clear, &QPushButton::clicked, this, [this]() {
        m_operations->clearFinished();
        setNotice({}, false);
    });

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_empty, 1);
    bottom->addWidget(m_clear);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_notice);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_operations, &RunningOperations::changed, this, &RunningOperationsPanel::refresh);
    refresh();
}

RunningOperationsPanel::~RunningOperationsPanel() = default;

QString RunningOperationsPanel::notice() const
{
    return m_notice->text();
}

void RunningOperationsPanel::setNotice(const QString& text, bool failure)
{
    m_notice->setText(text);
    m_notice->setProperty("failure", failure);
    QFont font = m_notice->font();
    font.setBold(failure);
    m_notice->setFont(font);
    m_notice->setVisible(!text.isEmpty());
}

void RunningOperationsPanel::refresh()
{
    const int active = m_operations->activeCount();
    const int finished = m_operations->finishedCount();
    m_clear->setEnabled(finished > 0);
    const QString empty = active > 0 ? QString()
        : finished > 0               ? tr("No operations are running; the ended ones stay listed for five minutes.")
                                     : tr("No operations are running.");
    if (m_empty->text() != empty) {
        m_empty->setText(empty);
    }
}

// ---------------------------------------------------------------------------------------------------------------

RunningOperationsSummary::RunningOperationsSummary(RunningOperations* operations, QWidget* parent)
    : QToolButton(parent)
    , m_operations(operations)
{
    setObjectName(u"runningOperationsStatus"_s);
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setToolTip(tr("Show the running operations (View ▸ Running Operations)"));
    setAccessibleName(tr("Running operations"));
    connect(m_operations, &RunningOperations::changed, this, &RunningOperationsSummary::refresh);
    refresh();
}

RunningOperationsSummary::~RunningOperationsSummary() = default;

QString RunningOperationsSummary::summaryText(const RunningOperations& operations)
{
    const int active = operations.activeCount();
    if (active == 0) {
        return {};
    }
    // Not "%n operation(s)": the source text must read right before a translation fills in the plural forms.
    QString text = active == 1 ? tr("1 operation running") : tr("%1 operations running").arg(active);
    QStringList parts;
    if (const double percent = operations.overallPercent(); percent >= 0) {
        parts.append(tr("%1%", "progress").arg(QLocale().toString(percent, 'f', 0)));
    }
    if (const qint64 eta = operations.overallEtaSeconds(); eta >= 0) {
        parts.append(tr("ETA %1").arg(RunningOperationsModel::etaText(eta)));
    }
    if (!parts.isEmpty()) {
        text = tr("%1 — %2", "operations running — progress · ETA").arg(text, parts.join(u" · "_s));
    }
    return text;
}

void RunningOperationsSummary::refresh()
{
    const QString text = summaryText(*m_operations);
    if (text != this->text()) {
        setText(text);
    }
    setVisible(!text.isEmpty());
}

} // namespace Copyline
