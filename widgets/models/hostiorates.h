// SPDX-License-Identifier: GPL-3.0-or-later
// Host I/O rates of the logical drives (MB/s and IOPS), derived from the counters in successive engine snapshots.
#pragma once

#include "api/snapshot.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

namespace Copyline
{

/** The I/O rates of one logical drive (or a sum of several). Never negative. */
struct IoRate
{
    double readBytesPerSecond = 0; /**< host I/O */
    double writeBytesPerSecond = 0;
    double readOpsPerSecond = 0;
    double writeOpsPerSecond = 0;
    /** Host service time accumulated per second (ns/s): additive over drives, ÷ ops/s gives the mean latency. */
    double readNanosPerSecond = 0;
    double writeNanosPerSecond = 0;
    double copyBytesPerSecond = 0;   /**< point-in-time copies moving this drive's bytes (as their source) */
    double mirrorBytesPerSecond = 0; /**< sent to the remote mirror partner */

    /** The mean service time of the host reads (writes) in the window, ms; 0 without any. */
    double readLatencyMs() const;
    double writeLatencyMs() const;
    /** No host I/O. */
    bool isIdle() const;
    /** No host I/O and no copy or mirror traffic either. */
    bool isQuiet() const;
    IoRate& operator+=(const IoRate& other);
    friend bool operator==(const IoRate&, const IoRate&) = default;
};

/**
 * Turns the cumulative host I/O counters of the snapshots (Snapshot::runtime) into rates per logical drive.
 *
 * Each drive keeps the counters of the recent snapshots with the time the engine published them
 * (Snapshot::publishedMs; the arrival time for an engine that does not say); its rate is the counter difference
 * between the newest sample and the newest one at least kWindowMs older (or the oldest there is), divided by the
 * time between them: a moving average over about 1.5 s that reads exactly 0 once the counters have not moved for a
 * whole window. Snapshots that arrive late or together (a busy GUI thread) do not make the numbers jump, because
 * their own timestamps are used.
 *
 * The engine publishes a snapshot only when something changed, so no snapshot means the counters stood still: a
 * timer adds a sample with unchanged counters when none arrived for kIdleMs (its time estimated from the last
 * snapshot's plus the time elapsed here), which brings an idle drive's rate to 0 instead of freezing its last
 * value; a real snapshot replaces the estimated samples it overtakes. Snapshots whose revision is not newer than
 * the last one are ignored; a drive that leaves the snapshot loses its history, and counters or times that go
 * backwards (another engine, a reopened workspace) start the drive's history again, so a rate is never negative.
 *
 * Lives on the GUI thread and only reads snapshots: no volume I/O.
 */
class HostIoRates final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostIoRates)

public:
    /** Milliseconds on a monotonic clock. */
    using Clock = std::function<qint64()>;

    static constexpr qint64 kWindowMs = 1500;
    static constexpr qint64 kIdleMs = 750;

    explicit HostIoRates(QObject* parent = nullptr);
    ~HostIoRates() override;

    /** Replaces the monotonic clock (tests); also stops the idle timer, so tick() is called by hand. */
    void setClock(Clock clock);
    /** Tests: whether idle drives are skipped (the default) or sampled like the others; the rates are the same. */
    void setParking(bool on) { m_parking = on; }

    /** Takes the counters of @p snapshot (ignored unless its revision is newer than the last one taken). */
    void addSnapshot(const SnapshotPtr& snapshot);
    /** Adds an unchanged sample if no snapshot came for kIdleMs (the idle timer calls it). */
    void tick();
    /** Forgets every drive's history (another engine). */
    void clear();

    /** The rate of logical drive @p logicalDriveId; zero for a drive without history. */
    IoRate rate(ObjectId logicalDriveId) const;
    /** The sum over the logical drives of @p subsystemId in the last snapshot. */
    IoRate total(ObjectId subsystemId) const;
    /** The last snapshot taken. */
    const SnapshotPtr& snapshot() const { return m_snapshot; }
    /** When the rates were last computed, in the time base of the samples (for the chart's time axis). */
    qint64 lastUpdateMs() const { return m_lastSampleMs; }

Q_SIGNALS:
    /** The rates were computed again (after a snapshot, or after an idle tick). */
    void updated();

private:
    struct Sample
    {
        qint64 ms = 0;
        LogicalDriveRuntime counters;
        bool estimated = false; /**< added by tick(), not from a snapshot */
    };
    struct Track
    {
        std::deque<Sample> samples;
        IoRate rate;
    };
    struct SampleTime
    {
        qint64 ms = 0;
        bool estimated = false;
    };

    qint64 now() const;
    void sample(qint64 ms, qint64 localMs, bool estimated);
    static IoRate computeRate(const std::deque<Sample>& samples);

    Clock m_clock;
    QElapsedTimer m_elapsed;
    QTimer m_idleTimer;
    SnapshotPtr m_snapshot;
    QHash<ObjectId, Track> m_tracks;
    /**
     * The times of the samples, kept by the rules of a drive's samples. A drive whose counters have not moved over
     * its whole history is "parked": sample() skips it (thousands of idle drives cost a comparison each), and when
     * it moves again the samples it skipped are put back from here: the same times, its unchanged counters. So the
     * rates are exactly those of taking every sample (tst_hostiogui compares both).
     */
    std::deque<SampleTime> m_times;
    bool m_parking = true;
    qint64 m_lastSampleMs = 0; /**< time base of the samples: the engine's when it stamps its snapshots */
    qint64 m_lastLocalMs = 0;  /**< the clock here when that sample was taken */
};

} // namespace Copyline
