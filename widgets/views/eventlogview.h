// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/connection.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QPlainTextEdit;
class QTableView;

namespace Copyline
{

class EventFilterModel;
class FindBar;
class EventLogModel;

/**
 * The Major Event Log of the selected storage subsystem: time, event type, severity, component, description,
 * newest first, a severity filter, a Find field, Export (CSV or text) of what the filters show, and a details pane
 * that always shows the selected event (or the newest one shown). Events are fetched with getEvents whenever a
 * snapshot reports a newer lastEventId. An event that raised a Needs Attention problem offers the Recovery Guru
 * (the details pane's button and the context menu), with that problem selected while it lasts.
 */
class EventLogView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogView)

public:
    explicit EventLogView(QWidget* parent = nullptr);
    ~EventLogView() override;

    void setConnection(EngineConnection* connection);
    void setSnapshot(const SnapshotPtr& snapshot, ObjectId subsystemId);

    EventLogModel* model() const { return m_model; }
    EventFilterModel* filterModel() const { return m_filter; }
    QTableView* table() const { return m_table; }
    FindBar* findBar() const { return m_find; }

    /** Writes the events the filters show, newest first, as CSV (a .csv name) or text; an error message or empty. */
    QString exportTo(const QString& fileName) const;

    /** The details pane's "Recovery Guru…" button (enabled for an event that raised a Needs Attention problem). */
    QPushButton* recoveryGuruButton() const { return m_guru; }
    /** The key of the problem the selected event raised, if it is still present; empty otherwise. */
    QString selectedProblemKey() const;
    /** Asks for the Recovery Guru for the selected event (what the button and the context menu entry do). */
    void openRecoveryGuru();

Q_SIGNALS:
    /** Open the Recovery Guru, with the problem @p problemKey selected (empty: the problem has been fixed). */
    void recoveryGuruRequested(const QString& problemKey);

private:
    void fetch();
    void showDetails();
    void updateCount();
    /** After a filter change: the details follow the selection, or the newest event still shown. */
    void keepSelection();
    void exportEvents();
    void updateGuruButton();
    void showContextMenu(const QPoint& pos);
    const Event* selectedEvent() const;

    EngineConnection* m_connection = nullptr;
    SnapshotPtr m_snapshot;
    ObjectId m_subsystemId = 0;
    bool m_fetching = false;
    EventLogModel* m_model = nullptr;
    EventFilterModel* m_filter = nullptr;
    QComboBox* m_severity = nullptr;
    FindBar* m_find = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QPushButton* m_guru = nullptr;
};

} // namespace Copyline
