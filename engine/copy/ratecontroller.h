// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/copyrate.h"

#include "storage/volumeio.h"

#include <QString>

#include <array>
#include <atomic>
#include <chrono>
#include <mutex>

namespace Copyline
{

/**
 * The adaptive resync rate (issue 19, after DRBD's dynamic resync controller, c-plan-ahead / c-min-rate): holds the
 * host write latency of one storage subsystem within a bound while background copies (VolumeCopy, FlashCopy
 * background copy, mirror synchronization and resynchronization) run, by deciding every interval (100 ms) the rate
 * the background copies of the subsystem may move bytes at, together:
 *  - the host write latency of the interval (its 95th percentile) above the bound, or host writes under way but
 *    none completed in the whole interval: the rate is halved
 *    (multiplicative decrease), never below the minimum rate, so a copy always finishes;
 *  - within [hold × bound, bound]: the rate stays;
 *  - below: the rate grows, doubling until the first back-off (slow start), then additively by a tenth of the rate
 *    it last backed off from. It never grows beyond twice what the copies really moved in the interval, so an
 *    unused allowance does not pile up while the disks set the pace.
 * With no bound (0) the controller only measures: copies run as today, at the disks' pace or the group bandwidth.
 *
 * The data path is lock-free: each host write adds its latency to atomic counters (a histogram of 4 buckets per
 * octave of microseconds). The schedulers call tick() and charge() between chunks, under a short mutex of their own
 * here that no I/O ever holds.
 *
 * [SIM] A test hook models a disk shared by host and background I/O: with setSimulatedContention(k), every host
 * write first waits k × the background rate of the last interval (in MiB/s), so tests and demonstrations get a
 * latency that depends on the copies' rate deterministically, not on the machine's speed.
 */
class RateController final : public WriteLatencyListener
{
public:
    using Clock = std::chrono::steady_clock;

    struct Settings
    {
        std::chrono::microseconds bound {0}; /**< 0 = off (fixed rate: the disks' pace or the group bandwidth) */
        std::chrono::milliseconds interval {100};
        qint64 minRate = 4LL << 20;    /**< bytes/s the controller never goes below on purpose (DRBD c-min-rate) */
        qint64 startRate = 16LL << 20; /**< bytes/s when it is switched on; slow start doubles it */
        double decrease = 0.5;         /**< factor on a back-off */
        double hold = 0.8;             /**< no growth while the latency is between hold × bound and the bound */
    };

    /** What the controller saw in one interval. */
    struct Interval
    {
        quint64 samples = 0; /**< host writes timed */
        /**
         * Host writes were under way at the end of an interval in which none completed: stuck for longer than the
         * interval, which counts as over the bound.
         */
        bool stalled = false;
        double meanUs = 0; /**< their mean latency, µs */
        double p95Us = 0;  /**< their 95th percentile, µs (histogram estimate, within 1/8 of an octave) */
        double maxUs = 0;
        double backgroundBytesPerSecond = 0; /**< what the background copies moved */
    };

    struct Status
    {
        bool enabled = false;
        std::chrono::microseconds bound {0};
        double rate = 0; /**< bytes/s allowed now; 0 when off */
        Interval last;
        quint64 backoffs = 0;
        quint64 intervals = 0;
    };

    RateController();
    explicit RateController(Settings settings);

    // Data path (any thread, lock-free).
    void hostWriteStarted() noexcept override;
    void hostWriteTimed(std::chrono::nanoseconds latency) noexcept override;
    std::chrono::nanoseconds simulatedDelay() const noexcept override;

    /** Switches the controller on (bound > 0) or off (0); on, it starts again from the start rate. */
    void setBound(std::chrono::microseconds bound);
    std::chrono::microseconds bound() const;
    bool enabled() const { return m_enabled.load(std::memory_order_relaxed); }
    /** [SIM] Host writes wait @p perMiBps for each MiB/s the background copies moved in the last interval. */
    void setSimulatedContention(std::chrono::nanoseconds perMiBps);

    /**
     * Ends the interval if it is over: takes the latencies recorded since, and decides the new rate. Returns
     * whether an interval ended. The schedulers call it between chunks; tests call it with their own clock.
     */
    bool tick(Clock::time_point now);
    /** The background rate allowed now, bytes/s; 0 when off. */
    double rate() const;
    /** Bytes one chunk of a paced copy should move: half an interval's worth at the rate (0 when off). */
    qint64 chunkBytes() const;
    /**
     * A background copy moved @p bytes: counts them, and returns when the next chunk of this subsystem's copies may
     * start (token bucket at the rate, shared by every copy paced here); @p now when off.
     */
    Clock::time_point charge(qint64 bytes, Clock::time_point now);

    Status status() const;
    const Settings& settings() const { return m_settings; }

private:
    static constexpr int kSubBuckets = 4; // per octave
    static constexpr int kBuckets = 26 * kSubBuckets;
    static int bucketOf(quint64 us) noexcept;
    static double bucketLow(int bucket);
    Interval drainLocked(Clock::time_point now);
    void decideLocked(const Interval& interval);

    Settings m_settings;
    std::array<std::atomic<quint32>, kBuckets> m_buckets {};
    std::atomic<quint64> m_count {0};
    std::atomic<qint64> m_inFlight {0};
    std::atomic<quint64> m_sumNs {0};
    std::atomic<quint64> m_maxNs {0};
    std::atomic<bool> m_enabled {false};
    std::atomic<qint64> m_contentionNsPerMiBps {0};
    std::atomic<double> m_recentBackground {0}; // bytes/s of the last interval, for the [SIM] hook
    std::atomic<qint64> m_lastTickNs {0};       // steady clock, for the [SIM] hook's staleness check

    mutable std::mutex m_mutex;
    std::chrono::microseconds m_bound {0};
    double m_rate = 0;
    double m_backedOffFrom = 0; // the rate of the last back-off (AIMD's W_max)
    bool m_slowStart = true;
    Clock::time_point m_lastTick {};
    Clock::time_point m_nextFree {};
    qint64 m_bytesSinceTick = 0;
    Interval m_last;
    quint64 m_backoffs = 0;
    quint64 m_intervals = 0;
};

} // namespace Copyline
