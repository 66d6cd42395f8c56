// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratecontroller.h"

#include <algorithm>
#include <bit>
#include <cmath>

#include <QStringList>

namespace Copyline
{

namespace
{

constexpr double kMiB = 1024.0 * 1024.0;

qint64 nanosSinceEpoch(RateController::Clock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
}

} // namespace

RateController::RateController()
    : RateController(Settings {})
{ }

RateController::RateController(Settings settings)
    : m_settings(settings)
{
    setBound(settings.bound);
}

int RateController::bucketOf(quint64 us) noexcept
{
    // Buckets 0..3 hold 0..3 µs one each; above, 4 buckets per octave: [2^m, 2^(m+1)) in quarters.
    if (us < kSubBuckets) {
        return static_cast<int>(us);
    }
    const int msb = std::bit_width(us) - 1; // >= 2
    const int quarter = static_cast<int>((us >> (msb - 2)) & 3U);
    return std::min(kBuckets - 1, (msb - 1) * kSubBuckets + quarter);
}

double RateController::bucketLow(int bucket)
{
    if (bucket < kSubBuckets) {
        return bucket;
    }
    const int msb = bucket / kSubBuckets + 1;
    const int quarter = bucket % kSubBuckets;
    return std::ldexp(1.0 + quarter / 4.0, msb);
}

void RateController::hostWriteStarted() noexcept
{
    m_inFlight.fetch_add(1, std::memory_order_relaxed);
}

void RateController::hostWriteTimed(std::chrono::nanoseconds latency) noexcept
{
    m_inFlight.fetch_sub(1, std::memory_order_relaxed);
    const auto ns = static_cast<quint64>(std::max<qint64>(0, latency.count()));
    m_buckets[static_cast<std::size_t>(bucketOf(ns / 1000))].fetch_add(1, std::memory_order_relaxed);
    m_count.fetch_add(1, std::memory_order_relaxed);
    m_sumNs.fetch_add(ns, std::memory_order_relaxed);
    quint64 seen = m_maxNs.load(std::memory_order_relaxed);
    while (ns > seen && !m_maxNs.compare_exchange_weak(seen, ns, std::memory_order_relaxed)) { }
}

std::chrono::nanoseconds RateController::simulatedDelay() const noexcept
{
    const qint64 perMiBps = m_contentionNsPerMiBps.load(std::memory_order_relaxed);
    if (perMiBps <= 0) {
        return std::chrono::nanoseconds(0);
    }
    // The background rate of the last interval, while the background copies still tick (a finished copy stops
    // loading the disk at once).
    const qint64 stale = nanosSinceEpoch(Clock::now()) - m_lastTickNs.load(std::memory_order_relaxed);
    if (stale > 3 * std::chrono::duration_cast<std::chrono::nanoseconds>(m_settings.interval).count()) {
        return std::chrono::nanoseconds(0);
    }
    const double mibps = m_recentBackground.load(std::memory_order_relaxed) / kMiB;
    return std::chrono::nanoseconds(std::llround(mibps * static_cast<double>(perMiBps)));
}

void RateController::setSimulatedContention(std::chrono::nanoseconds perMiBps)
{
    m_contentionNsPerMiBps.store(perMiBps.count(), std::memory_order_relaxed);
}

void RateController::setBound(std::chrono::microseconds bound)
{
    std::lock_guard lock(m_mutex);
    m_bound = std::max(std::chrono::microseconds(0), bound);
    m_rate = static_cast<double>(std::max(m_settings.minRate, m_settings.startRate));
    m_backedOffFrom = m_rate;
    m_slowStart = true;
    m_nextFree = {};
    m_enabled.store(m_bound.count() > 0, std::memory_order_relaxed);
}

std::chrono::microseconds RateController::bound() const
{
    std::lock_guard lock(m_mutex);
    return m_bound;
}

RateController::Interval RateController::drainLocked(Clock::time_point now)
{
    Interval out;
    std::array<quint32, kBuckets> counts {};
    quint64 total = 0;
    for (int i = 0; i < kBuckets; ++i) {
        counts[static_cast<std::size_t>(i)]
            = m_buckets[static_cast<std::size_t>(i)].exchange(0, std::memory_order_relaxed);
        total += counts[static_cast<std::size_t>(i)];
    }
    // The counters are drained one by one while writers go on: a write may land in this interval's histogram
    // and the next one's count; the estimate tolerates that.
    m_count.exchange(0, std::memory_order_relaxed);
    const quint64 sum = m_sumNs.exchange(0, std::memory_order_relaxed);
    const quint64 max = m_maxNs.exchange(0, std::memory_order_relaxed);
    out.samples = total;
    out.stalled = total == 0 && m_inFlight.load(std::memory_order_relaxed) > 0;
    if (total > 0) {
        out.meanUs = static_cast<double>(sum) / 1000.0 / static_cast<double>(total);
        out.maxUs = static_cast<double>(max) / 1000.0;
        const double want = 0.95 * static_cast<double>(total);
        double below = 0;
        for (int i = 0; i < kBuckets; ++i) {
            const double n = counts[static_cast<std::size_t>(i)];
            if (n > 0 && below + n >= want) {
                const double low = bucketLow(i);
                const double high = i + 1 < kBuckets ? bucketLow(i + 1) : low * 1.25;
                out.p95Us = std::min(out.maxUs, low + (high - low) * (want - below) / n);
                break;
            }
            below += n;
        }
    }
    const double seconds = m_lastTick == Clock::time_point {}
        ? std::chrono::duration<double>(m_settings.interval).count()
        : std::max(1e-3, std::chrono::duration<double>(now - m_lastTick).count());
    out.backgroundBytesPerSecond = static_cast<double>(m_bytesSinceTick) / seconds;
    m_bytesSinceTick = 0;
    return out;
}

void RateController::decideLocked(const Interval& interval)
{
    const double bound = static_cast<double>(m_bound.count());
    const double minRate = static_cast<double>(m_settings.minRate);
    if ((interval.samples > 0 && interval.p95Us > bound) || interval.stalled) {
        m_backedOffFrom = m_rate;
        m_rate = std::max(minRate, m_rate * m_settings.decrease);
        m_slowStart = false;
        ++m_backoffs;
        // The bucket's debt at the old rate would hold the copies back for longer than the new rate asks.
        m_nextFree = std::min(m_nextFree, m_lastTick);
        return;
    }
    if (interval.samples > 0 && interval.p95Us > bound * m_settings.hold) {
        return; // close to the bound: stay
    }
    const double grown = m_slowStart ? m_rate * 2 : m_rate + std::max(minRate, m_backedOffFrom / 10);
    // Not beyond twice what the copies really moved: the disks (or no copy at all) may be what limits them.
    const double ceiling
        = std::max({minRate, static_cast<double>(m_settings.startRate), 2 * interval.backgroundBytesPerSecond, m_rate});
    m_rate = std::min(grown, ceiling);
}

bool RateController::tick(Clock::time_point now)
{
    std::lock_guard lock(m_mutex);
    if (m_lastTick != Clock::time_point {} && now - m_lastTick < m_settings.interval) {
        return false;
    }
    const Interval interval = drainLocked(now);
    m_lastTick = now;
    m_lastTickNs.store(nanosSinceEpoch(now), std::memory_order_relaxed);
    m_recentBackground.store(interval.backgroundBytesPerSecond, std::memory_order_relaxed);
    m_last = interval;
    ++m_intervals;
    if (m_bound.count() > 0) {
        decideLocked(interval);
    }
    return true;
}

double RateController::rate() const
{
    std::lock_guard lock(m_mutex);
    return m_bound.count() > 0 ? m_rate : 0;
}

qint64 RateController::chunkBytes() const
{
    std::lock_guard lock(m_mutex);
    if (m_bound.count() <= 0) {
        return 0;
    }
    return static_cast<qint64>(m_rate * std::chrono::duration<double>(m_settings.interval).count() / 2);
}

RateController::Clock::time_point RateController::charge(qint64 bytes, Clock::time_point now)
{
    std::lock_guard lock(m_mutex);
    m_bytesSinceTick += std::max<qint64>(0, bytes);
    if (m_bound.count() <= 0 || bytes <= 0) {
        return now;
    }
    // A token bucket as a virtual clock: each chunk takes bytes / rate of it. A bucket idle for a while gives at
    // most half an interval of credit.
    const Clock::time_point earliest = now - std::chrono::duration_cast<Clock::duration>(m_settings.interval / 2);
    const Clock::time_point start = std::max(m_nextFree, earliest);
    m_nextFree = start
        + std::chrono::duration_cast<Clock::duration>(
            std::chrono::duration<double>(static_cast<double>(bytes) / std::max(1.0, m_rate)));
    return std::max(now, m_nextFree);
}

RateController::Status RateController::status() const
{
    std::lock_guard lock(m_mutex);
    Status s;
    s.enabled = m_bound.count() > 0;
    s.bound = m_bound;
    s.rate = s.enabled ? m_rate : 0;
    s.last = m_last;
    s.backoffs = m_backoffs;
    s.intervals = m_intervals;
    return s;
}

qint64 latencyBoundMs(const QString& options)
{
    const QLatin1StringView key("latencyBound=");
    for (const QString& word : options.split(u' ', Qt::SkipEmptyParts)) {
        if (word.startsWith(key)) {
            return std::max<qint64>(0, word.mid(key.size()).toLongLong());
        }
    }
    return 0;
}

QString withLatencyBoundMs(const QString& options, qint64 ms)
{
    const QLatin1StringView key("latencyBound=");
    QStringList words;
    for (const QString& word : options.split(u' ', Qt::SkipEmptyParts)) {
        if (!word.startsWith(key)) {
            words.append(word);
        }
    }
    if (ms > 0) {
        words.append(key + QString::number(ms));
    }
    return words.join(u' ');
}

} // namespace Copyline
