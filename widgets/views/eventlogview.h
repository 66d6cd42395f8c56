// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/connection.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableView;

namespace Copyline
{

class EventFilterModel;
class EventLogModel;

/**
 * The Major Event Log of the selected storage subsystem: time, event type, severity, component, description,
 * newest first, a severity filter and a details pane. Events are fetched with getEvents whenever a snapshot
 * reports a newer lastEventId.
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

private:
    void fetch();
    void showDetails();
    void updateCount();

    EngineConnection* m_connection = nullptr;
    SnapshotPtr m_snapshot;
    ObjectId m_subsystemId = 0;
    bool m_fetching = false;
    EventLogModel* m_model = nullptr;
    EventFilterModel* m_filter = nullptr;
    QComboBox* m_severity = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_details = nullptr;
};

} // namespace Copyline
