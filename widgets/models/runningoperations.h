// SPDX-License-Identifier: GPL-3.0-or-later
// Everything running in the workspace (copies, mirror synchronizations, background copies, capacity expansions,
// host workloads) as the engine snapshots show it, with progress, rate and an ETA from the progress trend; and the
// table model of the Running Operations panel.
#pragma once

#include "api/snapshot.h"
#include "models/keyedrows.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <deque>
#include <functional>

namespace Copyline
{

/** One operation of the Running Operations panel: running, pending, paused, or ended a while ago. */
struct RunningOperation
{
    enum class Kind
    {
        VolumeCopy,     /**< a DS4000 VolumeCopy pair (Pending or In Progress) */
        MirrorSync,     /**< a mirrored pair's synchronization, seen at its primary */
        BackgroundCopy, /**< another family's copy relationship copying in the background (ESS FlashCopy COPY...) */
        Modification,   /**< a logical drive's capacity expansion */
        HostWorkload,   /**< a simulated host's workload */
        PairSync,       /**< another family's pair copying to its partner (ESS PPRC Duplex Pending, NEC Replicate) */
    };
    enum class State
    {
        Pending,
        Running,
        Paused,
        Completed,
        Failed,
        Stopped,
        Ended, /**< gone from the snapshot without an end state (removed, a workload stopped) */
    };

    ObjectId id = 0; /**< unique across kinds: the object id shifted left 3 bits, plus the kind */
    Kind kind = Kind::VolumeCopy;
    ObjectId objectId = 0; /**< the pair, the mirror's local drive, the relationship, the drive or the host */
    ObjectId subsystemId = 0;
    QString subsystem;
    QString objects; /**< "Accounting → Accounting copy", or the host's name */
    QString detail;  /**< the family's own words for the state ("Copy In Progress"), a failure reason */
    State state = State::Running;
    double percent = -1;        /**< 0-100; -1 when the operation has no progress (a workload) */
    double bytesPerSecond = -1; /**< -1 when unknown */
    qint64 etaSeconds = -1;     /**< -1 while unknown */
    QDateTime started;
    QDateTime ended; /**< when the console saw it end (finished() only) */

    bool finished() const { return state >= State::Completed; }
    friend bool operator==(const RunningOperation&, const RunningOperation&) = default;

    static ObjectId keyOf(Kind kind, ObjectId objectId) { return (objectId << 3) | static_cast<ObjectId>(kind); }
};

/**
 * Follows the snapshots and keeps the list of operations. An operation is listed while it runs (or is pending or
 * paused); when it ends it stays, greyed, for kKeepFinishedMs or until clearFinished(), with its end state, and
 * operationEnded() announces it. Operations that had already ended when the console first saw them are not listed.
 *
 * The ETA comes from the progress trend: the progress gained over the last kTrendWindowMs of snapshot time
 * (Snapshot::publishedMs, the engine's clock), extrapolated to 100 %; the engine's own estimate stands in until
 * the trend has two samples a second apart; -1 (shown "—") while neither is known.
 *
 * Lives on the GUI thread and only reads snapshots.
 */
class RunningOperations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunningOperations)

public:
    using Clock = std::function<qint64()>;
    static constexpr qint64 kKeepFinishedMs = 5 * 60 * 1000;
    static constexpr qint64 kTrendWindowMs = 20 * 1000;

    explicit RunningOperations(QObject* parent = nullptr);
    ~RunningOperations() override;

    /** Replaces the monotonic clock that times how long ended operations stay (tests). */
    void setClock(Clock clock) { m_clock = std::move(clock); }

    /** Takes @p snapshot (ignored unless its revision is newer than the last one). */
    void addSnapshot(const SnapshotPtr& snapshot);
    /** Forgets the ended operations now. */
    void clearFinished();
    /** Forgets everything (another engine). */
    void clear();

    /** The operations, in the order they first appeared. */
    const QList<RunningOperation>& operations() const { return m_operations; }
    /** The operations that have not ended. */
    int activeCount() const;
    int finishedCount() const;
    /** The mean progress of the active operations that have one; -1 if none has. */
    double overallPercent() const;
    /** The longest ETA of the active operations that have one; -1 if none has. */
    qint64 overallEtaSeconds() const;

    /** "VolumeCopy Accounting → Backup: Completed" for a notification. */
    static QString describe(const RunningOperation& op);
    static QString kindText(RunningOperation::Kind kind);
    static QString stateText(RunningOperation::State state);

Q_SIGNALS:
    /** The list or a value in it changed. */
    void changed();
    /** @p op ended (completed, failed, stopped, or went away) while the console watched it. */
    void operationEnded(const Copyline::RunningOperation& op);

private:
    struct Trend
    {
        std::deque<std::pair<qint64, double>> percent; /**< (ms, %) */
        std::deque<std::pair<qint64, quint64>> ops;    /**< workloads: (ms, reads + writes) */
    };

    qint64 now() const;
    QList<RunningOperation> collect(const Snapshot& s, qint64 ms);
    void trend(RunningOperation& op, qint64 ms, double engineEta);
    RunningOperation endedFrom(const RunningOperation& before, const Snapshot& s) const;

    Clock m_clock;
    QElapsedTimer m_elapsed;
    SnapshotPtr m_snapshot;
    QList<RunningOperation> m_operations;
    QHash<ObjectId, Trend> m_trends;
    QHash<ObjectId, qint64> m_endedAtMs; /**< by id: m_clock time the operation ended */
    QHash<ObjectId, QDateTime> m_firstSeen;
};

/** The Running Operations table: one row per RunningOperation, updated in place (dataChanged for changed rows). */
class RunningOperationsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunningOperationsModel)
    friend class KeyedRows<RunningOperation>;

public:
    enum Column
    {
        OperationColumn,
        SubsystemColumn,
        ObjectsColumn,
        StateColumn,
        ProgressColumn,
        RateColumn,
        EtaColumn,
        StartedColumn,
        ColumnCount
    };
    /** bool: the row's operation has ended (drawn greyed). */
    static constexpr int FinishedRole = Qt::UserRole + 100;

    explicit RunningOperationsModel(RunningOperations* source, QObject* parent = nullptr);
    ~RunningOperationsModel() override;

    /** The row of the operation with @p id, or -1. */
    int rowOf(ObjectId id) const { return m_rows.rowOf(id); }
    const RunningOperation* operationAt(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    /** How often the model was reset (never after construction: rows are updated in place). */
    int resetCount() const { return m_resets; }

    /** "3 min", "45 s", "1 h 05 min": the ETA as the panel and the status bar show it; "—" when unknown. */
    static QString etaText(qint64 seconds);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void sync();

    RunningOperations* m_source;
    KeyedRows<RunningOperation> m_rows;
    int m_resets = 0;
};

} // namespace Copyline

Q_DECLARE_METATYPE(Copyline::RunningOperation)
