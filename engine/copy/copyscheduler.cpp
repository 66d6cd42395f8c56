// SPDX-License-Identifier: GPL-3.0-or-later
#include "copyscheduler.h"

#include <algorithm>

namespace Copyline
{

namespace
{

/** Grains a job copies per turn: 64 grains of 64 KiB = 4 MiB, large enough for full-speed I/O. */
constexpr qint64 kChunkGrains = 64;

} // namespace

double priorityWeight(CopyPriority priority)
{
    switch (priority) {
    case CopyPriority::Highest:
        return 1.0;
    case CopyPriority::High:
        return 1.0 / 2.0;
    case CopyPriority::Medium:
        return 1.0 / 3.5;
    case CopyPriority::Low:
        return 1.0 / 6.0;
    case CopyPriority::Lowest:
        return 1.0 / 8.0;
    }
    return 1.0;
}

CopyScheduler::CopyScheduler()
    : m_worker([this]() { run(); })
{ }

CopyScheduler::~CopyScheduler()
{
    shutdown();
}

void CopyScheduler::shutdown()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_worker.joinable()) {
        m_worker.join();
    }
}

void CopyScheduler::add(
    ObjectId id, ObjectId group, std::shared_ptr<BackgroundCopy> copy, CopyPriority priority, Finished finished)
{
    {
        std::lock_guard lock(m_mutex);
        Job job;
        job.group = group;
        job.domain = copy->pacingDomain() != 0 ? copy->pacingDomain() : group;
        job.copy = std::move(copy);
        job.weight = priorityWeight(priority);
        job.finished = std::move(finished);
        job.sampleTime = Clock::now();
        job.sampleGrains = job.copy->grainsCopied();
        m_jobs.insert(id, std::move(job));
        m_order.removeAll(id);
        m_order.append(id);
    }
    m_changed.notify_all();
}

void CopyScheduler::remove(ObjectId id)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&]() { return !m_jobs.contains(id) || !m_jobs[id].busy; });
    m_jobs.remove(id);
    m_order.removeAll(id);
}

bool CopyScheduler::contains(ObjectId id) const
{
    std::lock_guard lock(m_mutex);
    return m_jobs.contains(id);
}

void CopyScheduler::setPriority(ObjectId id, CopyPriority priority)
{
    {
        std::lock_guard lock(m_mutex);
        if (auto it = m_jobs.find(id); it != m_jobs.end()) {
            it->weight = priorityWeight(priority);
            it->notBefore = Clock::now(); // takes effect at once, not after a long throttling pause
        }
    }
    m_changed.notify_all();
}

void CopyScheduler::setBandwidth(ObjectId group, qint64 bytesPerSecond)
{
    {
        std::lock_guard lock(m_mutex);
        m_bandwidth.insert(group, std::max<qint64>(0, bytesPerSecond));
        for (Job& job : m_jobs) {
            if (job.group == group) {
                job.notBefore = Clock::now();
            }
        }
    }
    m_changed.notify_all();
}

void CopyScheduler::setController(ObjectId domain, std::shared_ptr<RateController> controller)
{
    {
        std::lock_guard lock(m_mutex);
        if (controller) {
            m_controllers.insert(domain, std::move(controller));
        } else {
            m_controllers.remove(domain);
        }
        for (Job& job : m_jobs) {
            if (job.domain == domain) {
                job.notBefore = Clock::now();
            }
        }
    }
    m_changed.notify_all();
}

CopyScheduler::Progress CopyScheduler::progress(ObjectId id) const
{
    std::lock_guard lock(m_mutex);
    Progress p;
    const auto it = m_jobs.constFind(id);
    if (it == m_jobs.cend()) {
        return p;
    }
    p.grains = it->copy->grains();
    p.grainsCopied = it->copy->grainsCopied();
    p.bytesPerSecond = it->rate;
    if (it->progressRate > 0) {
        const double remaining
            = static_cast<double>(p.grains - p.grainsCopied) * static_cast<double>(it->copy->grainSize());
        p.etaSeconds = static_cast<qint64>(remaining / it->progressRate + 0.5);
    }
    return p;
}

ObjectId CopyScheduler::pickLocked(Clock::time_point now, Clock::time_point* wakeAt)
{
    // Weighted round robin over the jobs that may run now (not busy, not throttled): each turn adds a job's
    // weight to its credit; a job with a whole credit copies one chunk. Weights below 1 therefore copy every
    // 1/weight turns, which is exactly the priority's share of the time.
    *wakeAt = Clock::time_point::max();
    const auto count = static_cast<int>(m_order.size());
    bool anyReady = false;
    for (const ObjectId id : std::as_const(m_order)) {
        const Job& job = m_jobs[id];
        if (!job.busy && job.notBefore <= now) {
            anyReady = true;
        } else if (!job.busy) {
            *wakeAt = std::min(*wakeAt, job.notBefore);
        }
    }
    if (!anyReady) {
        return 0;
    }
    for (int turn = 0; turn < count * 16 + 1; ++turn) {
        m_cursor = (m_cursor + 1) % count;
        Job& job = m_jobs[m_order[m_cursor]];
        if (job.busy || job.notBefore > now) {
            continue;
        }
        job.credit += job.weight;
        if (job.credit >= 1.0) {
            job.credit -= 1.0;
            return m_order[m_cursor];
        }
    }
    // Every ready job is low on credit: give the first ready one its turn rather than spin.
    for (const ObjectId id : std::as_const(m_order)) {
        if (!m_jobs[id].busy && m_jobs[id].notBefore <= now) {
            return id;
        }
    }
    return 0;
}

double CopyScheduler::allowedRateLocked(const Job& job) const
{
    const qint64 bandwidth = m_bandwidth.value(job.group);
    if (bandwidth <= 0) {
        return 0;
    }
    double groupWeight = 0;
    for (const Job& other : m_jobs) {
        groupWeight += other.group == job.group ? other.weight : 0;
    }
    return static_cast<double>(bandwidth) * job.weight / std::max(1.0, groupWeight);
}

void CopyScheduler::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        Clock::time_point wakeAt;
        const ObjectId id = m_jobs.isEmpty() ? 0 : pickLocked(Clock::now(), &wakeAt);
        if (id == 0) {
            if (m_jobs.isEmpty() || wakeAt == Clock::time_point::max()) {
                m_changed.wait(lock);
            } else {
                m_changed.wait_until(lock, wakeAt);
            }
            continue;
        }
        Job& job = m_jobs[id];
        job.busy = true;
        const std::shared_ptr<BackgroundCopy> copy = job.copy;
        // A throttled job copies smaller chunks (about a quarter second's worth), so a stop, a priority change or a
        // failure shows within a fraction of a second even at a low rate.
        qint64 chunk = kChunkGrains;
        if (const double rate = allowedRateLocked(job); rate > 0) {
            chunk = std::clamp<qint64>(
                static_cast<qint64>(rate / 4 / static_cast<double>(copy->grainSize())), 1, kChunkGrains);
        }
        // Paced by a rate controller: chunks of half its interval's worth, so it can act within the interval.
        const std::shared_ptr<RateController> controller = m_controllers.value(job.domain);
        if (controller) {
            controller->tick(Clock::now());
            if (const qint64 bytes = controller->chunkBytes(); bytes > 0) {
                chunk = std::clamp<qint64>(bytes / copy->grainSize(), 1, chunk);
            }
        }
        lock.unlock();

        IoStatus status;
        const qint64 copied = copy->copyStep(chunk, &status);
        const bool done = status.ok() && copied == 0 && copy->complete(&status);

        lock.lock();
        auto it = m_jobs.find(id);
        if (it == m_jobs.end()) {
            m_changed.notify_all();
            continue;
        }
        it->busy = false;
        const auto now = Clock::now();
        const qint64 reported = copy->lastStepBytes();
        const qint64 moved = copied <= 0 ? 0 : reported >= 0 ? reported : copied * copy->grainSize();
        it->moved += moved;
        const double elapsed = std::chrono::duration<double>(now - it->sampleTime).count();
        if (elapsed >= 0.5) {
            // Two rates: the bytes really moved (what a link or a disk carried: the rate shown), and how fast the
            // copy pointer passes the drive, holes included (what the ETA needs). A sparse synchronization on a
            // 10 MB/s link moves 10 MB/s while its pointer may pass 60 MB/s of drive.
            const double passed
                = static_cast<double>(copy->grainsCopied() - it->sampleGrains) * static_cast<double>(copy->grainSize());
            const double instantPassed = passed / elapsed;
            const double instantMoved = static_cast<double>(it->moved - it->sampleMoved) / elapsed;
            it->progressRate = it->progressRate <= 0 ? instantPassed : 0.6 * it->progressRate + 0.4 * instantPassed;
            it->rate = it->rate <= 0 ? instantMoved : 0.6 * it->rate + 0.4 * instantMoved;
            it->sampleTime = now;
            it->sampleGrains = copy->grainsCopied();
            it->sampleMoved = it->moved;
        }
        if (const double rate = allowedRateLocked(*it); rate > 0 && copied > 0) {
            const double seconds = static_cast<double>(moved) / rate;
            it->notBefore = now + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
        }
        if (controller) {
            // Every job of the domain draws on the controller's one bucket, whoever copied the bytes.
            it->notBefore = std::max(it->notBefore, controller->charge(moved, now));
        }
        if (copied == 0 && !done && status.ok()) {
            it->notBefore = now + std::chrono::milliseconds(100); // nothing to do right now
        }
        if (done || !status.ok()) {
            Finished finished = it->finished;
            m_jobs.erase(it);
            m_order.removeAll(id);
            m_changed.notify_all();
            lock.unlock();
            finished(status);
            lock.lock();
            continue;
        }
        m_changed.notify_all();
    }
}

} // namespace Copyline
