// SPDX-License-Identifier: GPL-3.0-or-later
// Host I/O in the console: the Performance view's table of logical drives with their host I/O rates, and the Host
// Workloads window's table of simulated hosts; both kept live from engine snapshots, with a sorting proxy.
#pragma once

#include "api/snapshot.h"
#include "models/hostiorates.h"
#include "models/keyedrows.h"
#include "models/roles.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Copyline
{

/**
 * The logical drives of one storage subsystem that hosts can address (standard and FlashCopy logical drives; the
 * repositories never see host I/O), one row each, with their current host I/O rates from HostIoRates and their
 * total bytes read and written. Rows are keyed by logical drive id; setRates() applies the difference: removed
 * drives go with beginRemoveRows, new ones are appended, and dataChanged is emitted only for rows whose values
 * changed (one range when more than half did). Switching the subsystem resets the model.
 *
 * Roles: DisplayRole is the formatted text ("12.50" MB/s, "200" IOPS); RawValueRole the number the proxy sorts by;
 * IdRole the logical drive id; Qt::ForegroundRole greys the rates of an idle drive.
 */
class PerformanceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PerformanceModel)

public:
    enum Column
    {
        NameColumn,
        MappingColumn,
        ReadRateColumn,
        WriteRateColumn,
        ReadIopsColumn,
        WriteIopsColumn,
        DataReadColumn,
        DataWrittenColumn,
        ColumnCount
    };

    struct Row
    {
        ObjectId id = 0;
        QString name;
        LogicalDriveKind kind = LogicalDriveKind::Standard;
        QString mapping; /**< "LUN 2 of Host east-db01", empty when not mapped */
        IoRate rate;
        quint64 readBytes = 0;
        quint64 writeBytes = 0;

        friend bool operator==(const Row&, const Row&) = default;
    };

    explicit PerformanceModel(QObject* parent = nullptr);
    ~PerformanceModel() override;

    /** Shows the drives of @p subsystemId with the rates of @p rates (and its last snapshot). */
    void setRates(const HostIoRates& rates, ObjectId subsystemId);
    ObjectId subsystemId() const { return m_subsystemId; }

    int rowOf(ObjectId logicalDriveId) const { return m_rows.rowOf(logicalDriveId); }
    QModelIndex indexOf(ObjectId logicalDriveId, int column = 0) const;
    const Row* rowById(ObjectId logicalDriveId) const;

    /** "12.50": MB/s (binary megabytes) with two decimals. */
    static QString megabytesPerSecond(double bytesPerSecond);
    /** "200", "2.5": requests per second, one decimal below 10. */
    static QString operationsPerSecond(double opsPerSecond);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Row& r, int column) const;
    QVariant raw(const Row& r, int column) const;

    friend class KeyedRows<Row>;
    KeyedRows<Row> m_rows;
    ObjectId m_subsystemId = -1;
};

/**
 * The hosts of one storage subsystem with their simulated workloads (Snapshot::workloads): state (stopped,
 * running, paused), what the workload does, the logical drives the host sees, reads, writes, refused requests and
 * the last refusal's reason. One row per host, keyed by host id, updated in place like PerformanceModel.
 *
 * Roles: DisplayRole, RawValueRole, IdRole (host id), StateRole (int State), AttentionRole (requests refused).
 */
class HostWorkloadModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostWorkloadModel)

public:
    enum Column
    {
        HostColumn,
        StateColumn,
        WorkloadColumn,
        DrivesColumn,
        ReadsColumn,
        WritesColumn,
        RefusedColumn,
        LastRefusalColumn,
        ColumnCount
    };

    enum class State
    {
        Stopped,
        Running,
        Paused,
    };

    struct Row
    {
        ObjectId id = 0;
        QString host;
        State state = State::Stopped;
        WorkloadRuntime workload; /**< meaningful unless Stopped */
        QStringList drives;       /**< the logical drives the host sees, by name */

        friend bool operator==(const Row&, const Row&) = default;
    };

    explicit HostWorkloadModel(QObject* parent = nullptr);
    ~HostWorkloadModel() override;

    void setSnapshot(const SnapshotPtr& snapshot, ObjectId subsystemId);
    ObjectId subsystemId() const { return m_subsystemId; }

    int rowOf(ObjectId hostId) const { return m_rows.rowOf(hostId); }
    QModelIndex indexOf(ObjectId hostId, int column = 0) const;
    const Row* rowById(ObjectId hostId) const;

    /** "Running", "Paused", "Stopped" */
    static QString stateText(State state);
    /** "30% reads, 64.0 KB random requests, 8.0 MB/s" */
    static QString workloadText(const WorkloadRuntime& workload);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Row& r, int column) const;
    QVariant raw(const Row& r, int column) const;

    friend class KeyedRows<Row>;
    KeyedRows<Row> m_rows;
    ObjectId m_subsystemId = -1;
};

/** Sorts by RawValueRole (names naturally, case-insensitively), equal values by IdRole, so rows stay put. */
class HostIoSortModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit HostIoSortModel(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace Copyline
