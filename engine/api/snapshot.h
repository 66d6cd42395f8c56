// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/limits.h"
#include "api/model.h"
#include "api/recovery.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <memory>

namespace Copyline
{

/**
 * Runtime figures of one logical drive that are not configuration: cumulative counters since the engine opened the
 * workspace (views turn differences between snapshots into rates).
 */
struct LogicalDriveRuntime
{
    quint64 readOps = 0; /**< host reads and writes (NBD, the CLI, workloads): not copies or mirrors */
    quint64 writeOps = 0;
    quint64 readBytes = 0;
    quint64 writeBytes = 0;
    qint64 allocatedBytes = 0;
    /** Sum of the host reads' (writes') service times in the engine, ns: Δnanos / Δops is the mean latency. */
    quint64 readNanos = 0;
    quint64 writeNanos = 0;
    /** Bytes point-in-time copies (FlashCopy, VolumeCopy) moved of this drive as their source. */
    quint64 copyBytes = 0;
    /** Bytes sent to this drive's remote mirror partner (shipping, synchronization, journal). */
    quint64 mirrorBytes = 0;

    friend bool operator==(const LogicalDriveRuntime&, const LogicalDriveRuntime&) = default;
};

/** Runtime figures of a copy relationship (progress, repository usage), by relationship id. */
struct CopyRuntime
{
    qint64 grains = 0;
    qint64 grainsCopied = 0;
    qint64 repositoryUsed = 0;
    qint64 repositoryCapacity = 0;
    double bytesPerSecond = 0; /**< measured copy rate of a running background copy */
    qint64 etaSeconds = -1;    /**< estimated time remaining, -1 while unknown */
    /** A pair's synchronization on the mirror engine (ESS PPRC, NEC replicate/restore), not a point-in-time copy. */
    bool synchronization = false;

    friend bool operator==(const CopyRuntime&, const CopyRuntime&) = default;
};

/** Runtime figures of one side of a mirrored pair, by its local logical drive. */
struct MirrorRuntime
{
    qint64 outOfSyncBytes = 0;   /**< what a resynchronization would copy now */
    double progressPercent = -1; /**< of a running synchronization (never goes backwards); -1 when none runs */
    double bytesPerSecond = 0;   /**< synchronization rate */
    qint64 etaSeconds = -1;
    qint64 bytesShipped = 0; /**< sent to the partner so far */
    qint64 journalBytes = 0; /**< Global Mirroring: the group's writes waiting to be applied */
    bool linkUp = true;      /**< the path of the drive's owning controller carries frames now */
    /**
     * A primary's recovery point objective at Snapshot::publishedMs, ms: how far the secondary's image lags
     * (MirrorEndpoint::recoveryPointAgeMs). It grows with time until a later snapshot says otherwise; -1 when no
     * consistent image is known or the drive is no primary.
     */
    qint64 recoveryPointAgeMs = -1;

    friend bool operator==(const MirrorRuntime&, const MirrorRuntime&) = default;
    QJsonObject toJson() const;
    static MirrorRuntime fromJson(const QJsonObject& o);
};

/** A simulated host's workload as it runs (see hostio/workload.h). */
struct WorkloadRuntime
{
    ObjectId hostId = 0;
    bool paused = false;
    int readPercent = 0;
    qint64 blockSize = 0;
    qint64 bytesPerSecond = 0;
    bool sequential = false;
    quint64 reads = 0;
    quint64 writes = 0;
    quint64 refused = 0;
    QString lastRefusal;
    int targets = 0;

    friend bool operator==(const WorkloadRuntime&, const WorkloadRuntime&) = default;
    QJsonObject toJson() const;
    static WorkloadRuntime fromJson(const QJsonObject& o);
};

/** Which parts of a snapshot a receiver keeps from the one it received before (Snapshot::toJson). */
struct SnapshotDeltas
{
    bool config = false;  /**< an unchanged configuration is left out */
    bool runtime = false; /**< the runtime tables carry only the entries that changed */
    bool any() const { return config || runtime; }
};

/**
 * What views see of the engine: an immutable copy of the configuration plus runtime state, stamped with a
 * revision that grows with every change. Views hold a std::shared_ptr<const Snapshot>.
 */
struct Snapshot
{
    quint64 revision = 0;
    /** When the engine published it: milliseconds on the engine's monotonic clock, so views divide counter
     * differences by the time between two snapshots, not by when each happened to arrive; 0 if unknown. */
    qint64 publishedMs = 0;
    QString workspacePath;
    Configuration config;
    QHash<ObjectId, LogicalDriveRuntime> runtime;
    QHash<ObjectId, CopyRuntime> copies;
    QHash<ObjectId, WorkloadRuntime> workloads; /**< by host */
    QHash<ObjectId, MirrorRuntime> mirrors;     /**< by local logical drive */
    quint16 nbdPort = 0;                        /**< where the host I/O server listens; 0 when it does not */
    QString nbdSocket; /**< its owner-only unix socket (nbd+unix:///<export>?socket=...); empty when none */
    qint64 lastEventId = 0;
    QHash<ObjectId, bool> needsAttention; /**< per subsystem */
    /** Per subsystem that Needs Attention: its Recovery Guru problems (storage/health.h), in the order listed. */
    QHash<ObjectId, QList<RecoveryProblem>> problems;
    /** Per subsystem: the limits of its family and model, the same numbers its commands enforce. */
    QHash<ObjectId, SubsystemLimits> subsystemLimits;

    /** The limits of @p subsystemId; a default record (no logical drives allowed) for an unknown subsystem. */
    SubsystemLimits limits(ObjectId subsystemId) const { return subsystemLimits.value(subsystemId); }
    /** The Recovery Guru's problems of @p subsystemId; empty when it is Optimal. */
    QList<RecoveryProblem> problemsOf(ObjectId subsystemId) const { return problems.value(subsystemId); }

    /** The whole snapshot as JSON. */
    QJsonObject toJson() const { return toJson(nullptr, {}); }
    /**
     * The snapshot as JSON for a receiver that holds @p sent (the management protocol's deltas, server/protocol.h):
     * with @p deltas .config an unchanged configuration is left out ("configUnchanged"); with .runtime the drives',
     * copies' and mirrors' runtime figures carry only the entries that differ from @p sent, and the ids gone since.
     * Without @p sent the whole snapshot.
     */
    QJsonObject toJson(const Snapshot* sent, SnapshotDeltas deltas) const;
    /**
     * The snapshot of @p object. Where @p object is a delta, it applies to @p previous, the snapshot received
     * before it from the same sender (unchanged parts share their data with it).
     */
    static Snapshot fromJson(const QJsonObject& object, const Snapshot* previous = nullptr);
};

using SnapshotPtr = std::shared_ptr<const Snapshot>;

/** Configuration ⇄ JSON through the entities' field lists. */
QJsonObject configurationToJson(const Configuration& config);
Configuration configurationFromJson(const QJsonObject& object);

} // namespace Copyline

Q_DECLARE_METATYPE(Copyline::SnapshotPtr)
