// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostiorates.h"

#include <algorithm>

namespace Copyline
{

namespace
{

constexpr int kTickMs = 250;
constexpr std::size_t kMaxSamples = 64; // a window is a handful of samples; this only bounds a stalled clock

bool wentBack(const LogicalDriveRuntime& before, const LogicalDriveRuntime& after)
{
    return after.readOps < before.readOps || after.writeOps < before.writeOps || after.readBytes < before.readBytes
        || after.writeBytes < before.writeBytes || after.readNanos < before.readNanos
        || after.writeNanos < before.writeNanos || after.copyBytes < before.copyBytes
        || after.mirrorBytes < before.mirrorBytes;
}

double perSecond(quint64 from, quint64 to, double seconds)
{
    return to > from ? static_cast<double>(to - from) / seconds : 0.0;
}

} // namespace

double IoRate::readLatencyMs() const
{
    return readOpsPerSecond > 0 ? readNanosPerSecond / readOpsPerSecond / 1e6 : 0.0;
}

double IoRate::writeLatencyMs() const
{
    return writeOpsPerSecond > 0 ? writeNanosPerSecond / writeOpsPerSecond / 1e6 : 0.0;
}

bool IoRate::isIdle() const
{
    return readBytesPerSecond <= 0 && writeBytesPerSecond <= 0 && readOpsPerSecond <= 0 && writeOpsPerSecond <= 0;
}

bool IoRate::isQuiet() const
{
    return isIdle() && copyBytesPerSecond <= 0 && mirrorBytesPerSecond <= 0;
}

IoRate& IoRate::operator+=(const IoRate& other)
{
    readBytesPerSecond += other.readBytesPerSecond;
    writeBytesPerSecond += other.writeBytesPerSecond;
    readOpsPerSecond += other.readOpsPerSecond;
    writeOpsPerSecond += other.writeOpsPerSecond;
    readNanosPerSecond += other.readNanosPerSecond;
    writeNanosPerSecond += other.writeNanosPerSecond;
    copyBytesPerSecond += other.copyBytesPerSecond;
    mirrorBytesPerSecond += other.mirrorBytesPerSecond;
    return *this;
}

HostIoRates::HostIoRates(QObject* parent)
    : QObject(parent)
{
    m_elapsed.start();
    m_idleTimer.setInterval(kTickMs);
    connect(&m_idleTimer, &QTimer::timeout, this, &HostIoRates::tick);
    m_idleTimer.start();
}

HostIoRates::~HostIoRates() = default;

void HostIoRates::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_idleTimer.stop();
}

qint64 HostIoRates::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

void HostIoRates::clear()
{
    m_tracks.clear();
    m_times.clear();
    m_snapshot.reset();
    m_lastSampleMs = 0;
    m_lastLocalMs = 0;
    Q_EMIT updated();
}

void HostIoRates::addSnapshot(const SnapshotPtr& snapshot)
{
    if (!snapshot || (m_snapshot && snapshot->revision <= m_snapshot->revision)) {
        return;
    }
    m_snapshot = snapshot;
    const qint64 local = now();
    sample(snapshot->publishedMs > 0 ? snapshot->publishedMs : local, local, false);
    if (!m_clock && !m_idleTimer.isActive()) {
        m_idleTimer.start();
    }
}

void HostIoRates::tick()
{
    const qint64 local = now();
    if (m_snapshot && local - m_lastLocalMs >= kIdleMs) {
        sample(m_lastSampleMs + (local - m_lastLocalMs), local, true);
    }
    // Every rate is down to 0 and no snapshot comes: nothing will change until one does (addSnapshot restarts it).
    if (!m_snapshot
        || std::all_of(m_tracks.cbegin(), m_tracks.cend(), [](const Track& t) { return t.rate.isQuiet(); })) {
        m_idleTimer.stop();
    }
}

void HostIoRates::sample(qint64 ms, qint64 localMs, bool estimated)
{
    m_lastSampleMs = ms;
    m_lastLocalMs = localMs;
    const QHash<ObjectId, LogicalDriveRuntime>& runtime = m_snapshot->runtime;
    // Drives that left the snapshot lose their history: a new drive never inherits an old rate.
    for (auto it = m_tracks.begin(); it != m_tracks.end();) {
        it = runtime.contains(it.key()) ? std::next(it) : m_tracks.erase(it);
    }
    bool moved = !estimated;
    // Parking is exact only while time moves forward: a step back clears every drive's history, parked or not.
    const bool forward = m_times.empty() || ms > m_times.back().ms;
    for (auto it = runtime.cbegin(); it != runtime.cend(); ++it) {
        Track& track = m_tracks[it.key()];
        std::deque<Sample>& samples = track.samples;
        if (m_parking && forward && !samples.empty() && ms > samples.back().ms && samples.back().counters == it.value()
            && samples.front().counters == it.value()) {
            continue; // parked: its rate is 0 and stays 0; only the times of the samples are missing (m_times)
        }
        if (!samples.empty() && !m_times.empty() && m_times.back().ms > samples.back().ms
            && samples.front().counters == samples.back().counters) {
            // Back from parking: its history is the times every drive took a sample at since its first one (kept
            // by the same rules, so also without those the other drives dropped meanwhile), with its unchanged
            // counters. The rules below then work on exactly the history taking every sample would have given it.
            const qint64 first = samples.front().ms;
            const LogicalDriveRuntime counters = samples.back().counters;
            samples.clear();
            for (const SampleTime& t : m_times) {
                if (t.ms >= first) {
                    samples.push_back({t.ms, counters, t.estimated});
                }
            }
        }
        // A snapshot published before the estimated samples were taken replaces them: it knows better.
        while (!estimated && !samples.empty() && samples.back().estimated && samples.back().ms >= ms) {
            samples.pop_back();
        }
        if (!samples.empty() && samples.back().ms == ms) {
            samples.pop_back(); // two snapshots of one millisecond: the newer counters win
        }
        if (!samples.empty() && (wentBack(samples.back().counters, it.value()) || ms < samples.back().ms)) {
            samples.clear();
        }
        samples.push_back({ms, it.value(), estimated});
        // Keep the newest sample at least a window old as the baseline, and everything after it.
        while (samples.size() > kMaxSamples || (samples.size() >= 2 && samples.at(1).ms <= ms - kWindowMs)) {
            samples.pop_front();
        }
        const IoRate rate = computeRate(samples);
        moved = moved || !(rate == track.rate);
        track.rate = rate;
    }
    // The times, by the same rules as each drive's samples above.
    while (!estimated && !m_times.empty() && m_times.back().estimated && m_times.back().ms >= ms) {
        m_times.pop_back();
    }
    if (!m_times.empty() && m_times.back().ms == ms) {
        m_times.pop_back();
    }
    if (!m_times.empty() && ms < m_times.back().ms) {
        m_times.clear();
    }
    m_times.push_back({ms, estimated});
    while (m_times.size() > kMaxSamples || (m_times.size() >= 2 && m_times.at(1).ms <= ms - kWindowMs)) {
        m_times.pop_front();
    }
    if (moved) {
        Q_EMIT updated(); // an idle tick that changed no rate redraws nothing
    }
}

IoRate HostIoRates::computeRate(const std::deque<Sample>& samples)
{
    if (samples.size() < 2) {
        return {};
    }
    const Sample& from = samples.front();
    const Sample& to = samples.back();
    if (to.ms <= from.ms) {
        return {};
    }
    const double seconds = static_cast<double>(to.ms - from.ms) / 1000.0;
    IoRate r;
    r.readBytesPerSecond = perSecond(from.counters.readBytes, to.counters.readBytes, seconds);
    r.writeBytesPerSecond = perSecond(from.counters.writeBytes, to.counters.writeBytes, seconds);
    r.readOpsPerSecond = perSecond(from.counters.readOps, to.counters.readOps, seconds);
    r.writeOpsPerSecond = perSecond(from.counters.writeOps, to.counters.writeOps, seconds);
    r.readNanosPerSecond = perSecond(from.counters.readNanos, to.counters.readNanos, seconds);
    r.writeNanosPerSecond = perSecond(from.counters.writeNanos, to.counters.writeNanos, seconds);
    r.copyBytesPerSecond = perSecond(from.counters.copyBytes, to.counters.copyBytes, seconds);
    r.mirrorBytesPerSecond = perSecond(from.counters.mirrorBytes, to.counters.mirrorBytes, seconds);
    return r;
}

IoRate HostIoRates::rate(ObjectId logicalDriveId) const
{
    const auto it = m_tracks.constFind(logicalDriveId);
    return it == m_tracks.cend() ? IoRate {} : it->rate;
}

IoRate HostIoRates::total(ObjectId subsystemId) const
{
    IoRate sum;
    if (!m_snapshot) {
        return sum;
    }
    for (const LogicalDrive& ld : m_snapshot->config.logicalDrives) {
        if (ld.subsystemId == subsystemId) {
            sum += rate(ld.id);
        }
    }
    return sum;
}

} // namespace Copyline
