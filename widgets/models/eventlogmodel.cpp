// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlogmodel.h"

#include "api/model.h"

#include "common/findmatch.h"
#include "common/icons.h"
#include "common/texts.h"

#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

EventLogModel::EventLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void EventLogModel::appendJson(const QJsonArray& events)
{
    QList<Event> list;
    list.reserve(events.size());
    for (const auto& value : events) {
        list.append(fromRow<Event>(value.toObject().toVariantMap())); // the same field list the engine wrote
    }
    append(list);
}

void EventLogModel::append(const QList<Event>& events)
{
    QList<Event> fresh;
    for (const Event& e : events) {
        if (!m_rowById.contains(e.id)) {
            fresh.append(e);
        }
    }
    if (fresh.isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_events.size());
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    for (const Event& e : std::as_const(fresh)) {
        m_rowById.insert(e.id, static_cast<int>(m_events.size()));
        m_events.append(e);
        m_lastId = std::max(m_lastId, e.id);
    }
    endInsertRows();
}

void EventLogModel::clear()
{
    beginResetModel();
    m_events.clear();
    m_rowById.clear();
    m_lastId = 0;
    endResetModel();
}

const Event* EventLogModel::event(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_events.size()) {
        return nullptr;
    }
    return &m_events.at(index.row());
}

QString EventLogModel::detailsText(const Event& e, const QString& subsystemName)
{
    QString text = tr("Date/Time: %1\nSequence number: %2\nEvent type: %3\nDescription: %4\nEvent specific codes: "
                      "none\nEvent category: %5\nComponent: %6\nStorage subsystem: %7")
                       .arg(QLocale().toString(e.time.toLocalTime(), QLocale::LongFormat))
                       .arg(e.id)
                       .arg(e.codeText(), e.description, Texts::severity(e.severity), e.component, subsystemName);
    if (e.needsAttention) {
        text += u'\n' + tr("This event needs attention.");
    }
    if (!e.details.isEmpty()) {
        text += u"\n\n"_s + e.details;
    }
    return text;
}

int EventLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int EventLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Event& e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
        case TypeColumn:
            return e.codeText();
        case SeverityColumn:
            return Texts::severity(e.severity);
        case ComponentColumn:
            return e.component;
        case DescriptionColumn:
            return e.description;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            return Icons::icon(Icons::forSeverity(e.severity));
        }
        // Events that need attention (Event 6600 "VolumeCopy Operation Failed", a failed FlashCopy...) are marked.
        return index.column() == DescriptionColumn && e.needsAttention ? QVariant(Icons::icon(u"status-attention"_s))
                                                                       : QVariant();
    case Qt::ToolTipRole:
        if (e.needsAttention) {
            const QString attention = tr("Needs Attention: see the Recovery Guru procedure for this event.");
            return e.details.isEmpty() ? attention : e.details + u"\n\n"_s + attention;
        }
        return e.details.isEmpty() ? QVariant() : QVariant(e.details);
    case Qt::TextAlignmentRole:
        return index.column() == TypeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case RawValueRole:
        switch (index.column()) {
        case TimeColumn:
            return e.id; // ids grow with time and break ties between events of the same millisecond
        case TypeColumn:
            return e.code;
        case SeverityColumn:
            return static_cast<int>(e.severity);
        case ComponentColumn:
            return e.component;
        case DescriptionColumn:
            return e.description;
        default:
            return {};
        }
    case IdRole:
        return e.id;
    case KindRole:
        return static_cast<int>(e.severity);
    case AttentionRole:
        return e.needsAttention;
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole) {
        return QVariant((section == TypeColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TimeColumn:
        return tr("Date/Time");
    case TypeColumn:
        return tr("Event Type");
    case SeverityColumn:
        return tr("Severity");
    case ComponentColumn:
        return tr("Component");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

// ---------------------------------------------------------------------------------------------------------------

EventFilterModel::EventFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setDynamicSortFilter(true);
}

void EventFilterModel::setSubsystemFilter(ObjectId subsystemId)
{
    if (m_subsystemId != subsystemId) {
        m_subsystemId = subsystemId;
        invalidateFilter();
    }
}

void EventFilterModel::setSeverityFilter(SeverityFilter filter)
{
    if (m_severity != filter) {
        m_severity = filter;
        invalidateFilter();
    }
}

void EventFilterModel::setTextFilter(const QString& text)
{
    const QStringList words = FindMatch::words(text);
    if (words == m_words) {
        return;
    }
    m_words = words;
    invalidateFilter();
}

bool EventFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const EventLogModel*>(sourceModel());
    if (model == nullptr) {
        return true;
    }
    const Event* e = model->event(model->index(sourceRow, 0, sourceParent));
    if (e == nullptr) {
        return false;
    }
    if (m_subsystemId != 0 && e->subsystemId != m_subsystemId) {
        return false;
    }
    if (!m_words.isEmpty()) {
        const QString haystack = e->codeText() + u' ' + e->component + u' ' + e->description + u' ' + e->details;
        if (!FindMatch::containsAll(haystack, m_words)) {
            return false;
        }
    }
    switch (m_severity) {
    case SeverityFilter::All:
        return true;
    case SeverityFilter::WarningsAndCritical:
        return e->severity != EventSeverity::Informational;
    case SeverityFilter::CriticalOnly:
        return e->severity == EventSeverity::Critical;
    }
    return true;
}

} // namespace Copyline
