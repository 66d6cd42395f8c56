// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/event.h"
#include "models/roles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QSortFilterProxyModel>

namespace Copyline
{

/**
 * The Major Event Log as a table: Date/Time, Event Type (code as the MEL prints it), Severity (icon), Component,
 * Description. Append-only: events arrive in pages from the getEvents command and are never changed.
 */
class EventLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogModel)

public:
    enum Column
    {
        TimeColumn,
        TypeColumn,
        SeverityColumn,
        ComponentColumn,
        DescriptionColumn,
        ColumnCount
    };

    explicit EventLogModel(QObject* parent = nullptr);

    /** Appends the events of a getEvents result ("events" array); ignores ids already present. */
    void appendJson(const QJsonArray& events);
    void append(const QList<Event>& events);
    void clear();

    qint64 lastId() const { return m_lastId; }
    const Event* event(const QModelIndex& index) const;
    /** Text for the details pane. */
    static QString detailsText(const Event& event, const QString& subsystemName);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Event> m_events;
    QHash<qint64, int> m_rowById;
    qint64 m_lastId = 0;
};

/** Filters the event log by storage subsystem and severity, sorted newest first by default. */
class EventFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class SeverityFilter
    {
        All,
        WarningsAndCritical,
        CriticalOnly,
    };

    explicit EventFilterModel(QObject* parent = nullptr);

    void setSubsystemFilter(ObjectId subsystemId);
    void setSeverityFilter(SeverityFilter filter);
    SeverityFilter severityFilter() const { return m_severity; }
    /**
     * Keeps the events whose type, component, description or details contain every word of @p text (case
     * insensitive): "6600 failed" finds the failed VolumeCopies. Empty: no text filter.
     */
    void setTextFilter(const QString& text);
    QString textFilter() const { return m_words.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    ObjectId m_subsystemId = 0;
    SeverityFilter m_severity = SeverityFilter::All;
    QStringList m_words;
};

} // namespace Copyline
