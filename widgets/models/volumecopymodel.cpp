// SPDX-License-Identifier: GPL-3.0-or-later
#include "volumecopymodel.h"

#include "common/findmatch.h"
#include "common/icons.h"
#include "common/texts.h"
#include "panels/ds4000/rules/volumecopyrules.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

bool running(VolumeCopyStatus status)
{
    return status == VolumeCopyStatus::InProgress;
}

QString when(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

VolumeCopyModel::VolumeCopyModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

VolumeCopyModel::~VolumeCopyModel() = default;

VolumeCopyModel::Row VolumeCopyModel::makeRow(const Snapshot& snapshot, const VolumeCopy& pair, const Row* before) const
{
    const Configuration& c = snapshot.config;
    const LogicalDrive source = c.logicalDrives.value(pair.sourceId);
    Row r;
    r.id = pair.id;
    r.source = source.name;
    r.target = c.logicalDrives.value(pair.targetId).name;
    r.capacity = source.capacity;
    r.status = pair.status;
    r.reason = pair.statusReason;
    r.priority = pair.priority;
    r.readOnly = pair.targetReadOnly;
    r.started = pair.started;
    r.completed = pair.completed;
    r.percent = VolumeCopyRules::percent(snapshot, pair);
    if (r.percent < 0 && before != nullptr
        && (pair.status == VolumeCopyStatus::Stopped || pair.status == VolumeCopyStatus::Failed)) {
        // The engine drops a copy's runtime when it stops or fails: keep showing how far it got.
        r.percent = before->percent;
    }
    if (running(pair.status)) {
        const CopyRuntime rt = snapshot.copies.value(pair.id);
        r.bytesPerSecond = rt.bytesPerSecond;
        r.etaSeconds = rt.etaSeconds;
    }
    return r;
}

void VolumeCopyModel::setSnapshot(const SnapshotPtr& snapshot, ObjectId subsystemId)
{
    QList<ObjectId> pairs; // by pair id: the order of creation
    if (snapshot) {
        for (const VolumeCopy& vc : snapshot->config.volumeCopies) {
            if (vc.subsystemId == subsystemId) {
                pairs.append(vc.id);
            }
        }
    }
    const auto make = [&](ObjectId id, const Row* before) {
        return makeRow(*snapshot, *snapshot->config.volumeCopies.constFind(id), before);
    };
    if (subsystemId != m_subsystemId) {
        beginResetModel();
        m_subsystemId = subsystemId;
        m_rows.assign(pairs, make);
        endResetModel();
        return;
    }
    m_rows.sync(*this, pairs, make); // new pairs at the end: the proxy sorts
}

QModelIndex VolumeCopyModel::indexOf(ObjectId pairId, int column) const
{
    const int r = rowOf(pairId);
    return r < 0 ? QModelIndex() : index(r, column);
}

const VolumeCopyModel::Row* VolumeCopyModel::row(const QModelIndex& index) const
{
    return m_rows.byIndex(index, this);
}

const VolumeCopyModel::Row* VolumeCopyModel::rowById(ObjectId pairId) const
{
    return m_rows.byId(pairId);
}

QString VolumeCopyModel::progressText(const Row& r)
{
    const QLocale locale;
    const QString percent = r.percent < 0
        ? QString()
        : tr("%1%", "progress percent").arg(locale.toString(r.percent, 'f', r.percent < 10 ? 1 : 0));
    switch (r.status) {
    case VolumeCopyStatus::Pending:
        return tr("Waiting for a copy slot");
    case VolumeCopyStatus::InProgress:
        return percent.isEmpty() ? tr("Starting") : percent;
    case VolumeCopyStatus::Completed:
        return tr("100%", "progress percent");
    case VolumeCopyStatus::Stopped:
        return percent.isEmpty() ? tr("Stopped", "progress") : tr("Stopped at %1").arg(percent);
    case VolumeCopyStatus::Failed:
        return percent.isEmpty() ? tr("Failed", "progress") : tr("Failed at %1").arg(percent);
    }
    return {};
}

QString VolumeCopyModel::timestampText(const Row& r)
{
    return when(r.status == VolumeCopyStatus::Completed && r.completed.isValid() ? r.completed : r.started);
}

int VolumeCopyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int VolumeCopyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VolumeCopyModel::display(const Row& r, int column) const
{
    switch (column) {
    case SourceColumn:
        return r.source;
    case TargetColumn:
        return r.target;
    case StatusColumn:
        return Texts::copyStatus(r.status);
    case ProgressColumn:
        return progressText(r);
    case TimeRemainingColumn:
        return running(r.status) && r.etaSeconds >= 0 ? Texts::duration(r.etaSeconds) : QString();
    case RateColumn:
        return running(r.status) && r.bytesPerSecond > 0 ? Texts::rate(r.bytesPerSecond) : QString();
    case TimestampColumn:
        return timestampText(r);
    case PriorityColumn:
        return Texts::copyPriority(r.priority);
    default:
        return {};
    }
}

QVariant VolumeCopyModel::raw(const Row& r, int column) const
{
    switch (column) {
    case SourceColumn:
        return r.source;
    case TargetColumn:
        return r.target;
    case StatusColumn:
        return static_cast<int>(r.status);
    case ProgressColumn:
        return r.percent;
    case TimeRemainingColumn:
        return running(r.status) ? r.etaSeconds : qint64(-1);
    case RateColumn:
        return running(r.status) ? r.bytesPerSecond : 0.0;
    case TimestampColumn: {
        const QDateTime t = r.status == VolumeCopyStatus::Completed && r.completed.isValid() ? r.completed : r.started;
        return t.isValid() ? t.toMSecsSinceEpoch() : qint64(0);
    }
    case PriorityColumn:
        return static_cast<int>(r.priority);
    default:
        return {};
    }
}

QVariant VolumeCopyModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(r, column);
    case RawValueRole:
        return raw(r, column);
    case Qt::DecorationRole:
        if (column == StatusColumn) {
            return Icons::icon(Icons::forVolumeCopy(r.status));
        }
        if (column == TargetColumn && r.readOnly) {
            return Icons::icon(u"lock"_s); // a read-only target (spec §2.3.4)
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case TargetColumn:
            return r.readOnly ? tr("%1 is read-only to hosts: their writes are rejected.").arg(r.target)
                              : tr("Hosts may write to %1.").arg(r.target);
        case StatusColumn:
            if (r.status == VolumeCopyStatus::Failed) {
                return tr("Copy Failed: %1.\nNeeds Attention: Stop the copy to clear the condition, or Re-Copy to "
                          "start again.")
                    .arg(r.reason.isEmpty() ? tr("unknown reason") : r.reason);
            }
            if (r.status == VolumeCopyStatus::Pending) {
                return tr("Waiting until fewer than 8 copies are in progress on the storage subsystem.");
            }
            return {};
        case TimestampColumn: {
            QString tip = tr("Started: %1").arg(when(r.started));
            if (r.completed.isValid()) {
                tip += u'\n' + tr("Completed: %1").arg(when(r.completed));
            }
            return tip;
        }
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        if (column == TargetColumn) {
            return r.readOnly ? tr("%1, read-only").arg(r.target) : r.target;
        }
        return display(r, column);
    case Qt::TextAlignmentRole:
        if (column == ProgressColumn || column == TimeRemainingColumn || column == RateColumn) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ForegroundRole:
        return column == StatusColumn && r.status == VolumeCopyStatus::Failed ? QVariant(Icons::Palette::failed)
                                                                              : QVariant();
    case IdRole:
        return r.id;
    case StatusRole:
        return Texts::copyStatus(r.status);
    case StateRole:
        return static_cast<int>(r.status);
    case ProgressRole:
        return r.percent;
    case AttentionRole:
        return r.status == VolumeCopyStatus::Failed;
    default:
        return {};
    }
}

QVariant VolumeCopyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::TextAlignmentRole) {
        const bool number = section == ProgressColumn || section == TimeRemainingColumn || section == RateColumn;
        return QVariant((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case SourceColumn:
        return tr("Source Logical Drive");
    case TargetColumn:
        return tr("Target Logical Drive");
    case StatusColumn:
        return tr("Status", "copy status column");
    case ProgressColumn:
        return tr("Progress");
    case TimeRemainingColumn:
        return tr("Estimated Time Remaining");
    case RateColumn:
        return tr("Rate");
    case TimestampColumn:
        return tr("Timestamp");
    case PriorityColumn:
        return tr("Priority");
    default:
        return {};
    }
}

// ---------------------------------------------------------------------------------------------------------------

VolumeCopyFilterModel::VolumeCopyFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setDynamicSortFilter(true);
}

void VolumeCopyFilterModel::setStatusFilter(StatusFilter filter)
{
    if (m_status != filter) {
        m_status = filter;
        invalidateRowsFilter();
    }
}

void VolumeCopyFilterModel::setTextFilter(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (m_text != trimmed) {
        m_text = trimmed;
        invalidateRowsFilter();
    }
}

bool VolumeCopyFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const VolumeCopyModel*>(sourceModel());
    const VolumeCopyModel::Row* r = model ? model->row(model->index(sourceRow, 0, sourceParent)) : nullptr;
    if (r == nullptr) {
        return false;
    }
    bool status = true;
    switch (m_status) {
    case StatusFilter::All:
        break;
    case StatusFilter::Active:
        status = r->status == VolumeCopyStatus::Pending || r->status == VolumeCopyStatus::InProgress;
        break;
    case StatusFilter::Completed:
        status = r->status == VolumeCopyStatus::Completed;
        break;
    case StatusFilter::Stopped:
        status = r->status == VolumeCopyStatus::Stopped;
        break;
    case StatusFilter::Failed:
        status = r->status == VolumeCopyStatus::Failed;
        break;
    }
    if (!status) {
        return false;
    }
    // The console's Find rule: every word typed, in any column (names, status, priority...).
    return FindMatch::rowMatches(sourceModel(), sourceRow, sourceParent, FindMatch::words(m_text));
}

bool VolumeCopyFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    return rawValueLessThan(left, right);
}

} // namespace Copyline
