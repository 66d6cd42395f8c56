// SPDX-License-Identifier: GPL-3.0-or-later
// The Copy Manager's list (spec §5.5): one row per VolumeCopy pair of a storage subsystem, kept live from engine
// snapshots, with a sort/filter proxy.
#pragma once

#include "api/snapshot.h"
#include "models/keyedrows.h"
#include "models/roles.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Copyline
{

/**
 * The VolumeCopy pairs of one storage subsystem, one row per pair, keyed by pair id (O(1) id → row).
 *
 * setSnapshot() applies the difference to the rows it has (qBittorrent's TransferListModel, STYLE.md items 9-10):
 * removed pairs go with beginRemoveRows, new ones are appended with beginInsertRows, and dataChanged is emitted for
 * the rows whose values changed only — one range for everything when more than half of the rows changed. The
 * snapshot is republished twice a second while copies run, so a progress tick touches only the running rows; the
 * model is reset only when it switches to another subsystem.
 *
 * Roles: DisplayRole is the formatted text; RawValueRole the number, time or enum the proxy sorts by; ProgressRole
 * (0-100, -1 unknown) and StateRole (int VolumeCopyStatus) are what the progress delegate paints; IdRole the pair
 * id; AttentionRole marks a failed copy (Needs Attention).
 */
class VolumeCopyModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeCopyModel)

public:
    enum Column
    {
        SourceColumn,
        TargetColumn,
        StatusColumn,
        ProgressColumn,
        TimeRemainingColumn,
        RateColumn,
        TimestampColumn,
        PriorityColumn,
        ColumnCount
    };

    /** What one row shows; equal rows look the same. */
    struct Row
    {
        ObjectId id = 0;
        QString source;
        QString target;
        qint64 capacity = 0; /**< the source's */
        VolumeCopyStatus status = VolumeCopyStatus::Pending;
        QString reason;
        CopyPriority priority = CopyPriority::Medium;
        bool readOnly = true;
        QDateTime started;
        QDateTime completed;
        double percent = -1; /**< -1: unknown */
        double bytesPerSecond = 0;
        qint64 etaSeconds = -1;

        friend bool operator==(const Row&, const Row&) = default;
    };

    explicit VolumeCopyModel(QObject* parent = nullptr);
    ~VolumeCopyModel() override;

    /** Shows the pairs of @p subsystemId in @p snapshot: a diff if the subsystem is unchanged, a reset otherwise. */
    void setSnapshot(const SnapshotPtr& snapshot, ObjectId subsystemId);
    ObjectId subsystemId() const { return m_subsystemId; }

    /** The row of pair @p pairId, or -1. */
    int rowOf(ObjectId pairId) const { return m_rows.rowOf(pairId); }
    QModelIndex indexOf(ObjectId pairId, int column = 0) const;
    /** The row's values (nullptr for an invalid index). */
    const Row* row(const QModelIndex& index) const;
    const Row* rowById(ObjectId pairId) const;

    /** "12 %" style texts shared with the status bar. */
    static QString progressText(const Row& row);
    static QString timestampText(const Row& row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Row makeRow(const Snapshot& snapshot, const VolumeCopy& pair, const Row* before) const;
    QVariant display(const Row& r, int column) const;
    QVariant raw(const Row& r, int column) const;

    friend class KeyedRows<Row>;
    KeyedRows<Row> m_rows;
    ObjectId m_subsystemId = -1;
};

/**
 * Sorting and filtering for the Copy Manager: sorts by RawValueRole (then by pair id, so equal values keep a stable
 * order); filters by status group and by text in either logical drive's name.
 */
class VolumeCopyFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter
    {
        All,
        Active, /**< Pending or In Progress */
        Completed,
        Stopped,
        Failed,
    };

    explicit VolumeCopyFilterModel(QObject* parent = nullptr);

    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }
    void setTextFilter(const QString& text);
    QString textFilter() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    StatusFilter m_status = StatusFilter::All;
    QString m_text;
};

} // namespace Copyline
