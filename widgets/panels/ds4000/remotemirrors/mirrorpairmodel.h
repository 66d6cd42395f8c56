// SPDX-License-Identifier: GPL-3.0-or-later
// The mirror pair panes' list (spec §1.9, §3.4, §5.6): one row per mirror record — each side of a pair keeps its
// own, on its own storage subsystem — kept live from engine snapshots, with a proxy per subsystem pane.
#pragma once

#include "api/snapshot.h"
#include "models/keyedrows.h"
#include "models/roles.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSortFilterProxyModel>

namespace Copyline
{

/**
 * Every mirror record of the workspace, one row per record, keyed by its local logical drive (O(1) id → row).
 *
 * setSnapshot() applies the difference to the rows it has (like VolumeCopyModel): removed records go with
 * beginRemoveRows, new ones are appended with beginInsertRows, and dataChanged is emitted only for rows whose values
 * changed — one range when more than half changed. Snapshots come twice a second while pairs synchronize, so a
 * progress tick touches only the synchronizing rows. The model is never reset.
 *
 * Roles: DisplayRole is the formatted text in the seed's words; RawValueRole the number, time or enum to sort by;
 * ProgressRole (0-100, -1 when no synchronization runs) and StateRole (int MirrorStatus) are what the progress
 * delegate paints; IdRole the local logical drive; AttentionRole a state that needs the administrator.
 * The status column has the state icon and the §5.9 colour.
 */
class MirrorPairModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MirrorPairModel)

public:
    enum Column
    {
        LogicalDriveColumn,
        RoleColumn,
        RemoteDriveColumn,
        RemoteSubsystemColumn,
        StatusColumn,
        ProgressColumn,
        OutOfSyncColumn,
        RateColumn,
        TimeRemainingColumn,
        WriteModeColumn,
        PriorityColumn,
        ResyncColumn,
        LinkColumn,
        LastSynchronizedColumn,
        ColumnCount
    };

    /** What one row shows; equal rows look the same. */
    struct Row
    {
        ObjectId id = 0; /**< the local logical drive */
        ObjectId subsystemId = 0;
        QString subsystem;
        QString name;
        qint64 capacity = 0;
        MirrorRole role = MirrorRole::Primary;
        ObjectId remoteDriveId = 0;
        QString remoteName;
        QString remoteSubsystem;
        bool partnerListsPair = true;
        MirrorStatus status = MirrorStatus::Synchronizing;
        QString reason;
        bool secondaryInconsistent = false;
        MirrorWriteMode writeMode = MirrorWriteMode::Synchronous;
        bool writeConsistency = false;
        CopyPriority priority = CopyPriority::Medium;
        bool autoResync = false;
        QDateTime lastSynchronized;
        double percent = -1; /**< of the running synchronization; -1 when none runs */
        qint64 outOfSync = 0;
        double bytesPerSecond = 0;
        qint64 etaSeconds = -1;
        qint64 journalBytes = 0;
        LinkPathState path = LinkPathState::Up;
        QString controller;
        bool linkUp = true;

        friend bool operator==(const Row&, const Row&) = default;
    };

    explicit MirrorPairModel(QObject* parent = nullptr);
    ~MirrorPairModel() override;

    void setSnapshot(const SnapshotPtr& snapshot);

    int rowOf(ObjectId ldId) const { return m_rows.rowOf(ldId); }
    QModelIndex indexOf(ObjectId ldId, int column = 0) const;
    const Row* row(const QModelIndex& index) const;
    const Row* rowById(ObjectId ldId) const;

    /** "42%", "Suspended" … the progress column's text. */
    static QString progressText(const Row& row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static Row makeRow(const Snapshot& snapshot, const Mirror& mirror);
    QVariant display(const Row& r, int column) const;
    QVariant raw(const Row& r, int column) const;
    QString toolTip(const Row& r, int column) const;

    friend class KeyedRows<Row>;
    KeyedRows<Row> m_rows;
};

/** One subsystem's pane: its records only, sorted by RawValueRole (then by logical drive id). */
class MirrorPairFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MirrorPairFilterModel(QObject* parent = nullptr);

    void setSubsystem(ObjectId subsystemId);
    ObjectId subsystemId() const { return m_subsystemId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    ObjectId m_subsystemId = 0;
};

} // namespace Copyline
