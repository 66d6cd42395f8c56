// SPDX-License-Identifier: GPL-3.0-or-later
#include "workload.h"

#include "util/pattern.h"

#include <QRandomGenerator>

#include <chrono>
#include <condition_variable>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Copyline {

struct WorkloadGenerator::Worker
{
    std::mutex mutex;
    std::condition_variable wake;
    WorkloadSpec spec;
    Targets targets;
    bool paused = false;
    bool stop = false;
    std::atomic<quint64> reads {0};
    std::atomic<quint64> writes {0};
    std::atomic<quint64> refused {0};
    QString lastRefusal;
    QHash<ObjectId, qint64> sequentialOffset;
    std::thread thread;
};

WorkloadGenerator::WorkloadGenerator(RefusalHandler refused)
    : m_refused(std::move(refused))
{
}

WorkloadGenerator::~WorkloadGenerator()
{
    stopAll();
}

void WorkloadGenerator::start(const WorkloadSpec& spec, Targets targets)
{
    std::lock_guard lock(m_mutex);
    if (auto it = m_workers.find(spec.hostId); it != m_workers.end()) {
        std::lock_guard workerLock((*it)->mutex);
        (*it)->spec = spec;
        (*it)->targets = std::move(targets);
        (*it)->paused = false;
        (*it)->wake.notify_all();
        return;
    }
    auto worker = std::make_shared<Worker>();
    worker->spec = spec;
    worker->targets = std::move(targets);
    Worker* raw = worker.get();
    worker->thread = std::thread([this, raw]() { run(*raw); });
    m_workers.insert(spec.hostId, worker);
}

bool WorkloadGenerator::pause(ObjectId hostId, bool paused)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_workers.find(hostId);
    if (it == m_workers.end()) {
        return false;
    }
    std::lock_guard workerLock((*it)->mutex);
    (*it)->paused = paused;
    (*it)->wake.notify_all();
    return true;
}

bool WorkloadGenerator::stop(ObjectId hostId)
{
    std::shared_ptr<Worker> worker;
    {
        std::lock_guard lock(m_mutex);
        worker = m_workers.take(hostId);
    }
    if (!worker) {
        return false;
    }
    {
        std::lock_guard workerLock(worker->mutex);
        worker->stop = true;
        worker->wake.notify_all();
    }
    worker->thread.join();
    return true;
}

void WorkloadGenerator::stopAll()
{
    for (const ObjectId host : hosts()) {
        stop(host);
    }
}

void WorkloadGenerator::setTargets(ObjectId hostId, Targets targets)
{
    std::lock_guard lock(m_mutex);
    if (auto it = m_workers.find(hostId); it != m_workers.end()) {
        std::lock_guard workerLock((*it)->mutex);
        (*it)->targets = std::move(targets);
    }
}

bool WorkloadGenerator::contains(ObjectId hostId) const
{
    std::lock_guard lock(m_mutex);
    return m_workers.contains(hostId);
}

QList<ObjectId> WorkloadGenerator::hosts() const
{
    std::lock_guard lock(m_mutex);
    return m_workers.keys();
}

QList<WorkloadStatus> WorkloadGenerator::status() const
{
    std::lock_guard lock(m_mutex);
    QList<WorkloadStatus> out;
    for (const auto& worker : m_workers) {
        std::lock_guard workerLock(worker->mutex);
        WorkloadStatus s;
        s.spec = worker->spec;
        s.paused = worker->paused;
        s.reads = worker->reads.load();
        s.writes = worker->writes.load();
        s.refused = worker->refused.load();
        s.lastRefusal = worker->lastRefusal;
        s.targets = static_cast<int>(worker->targets.size());
        out.append(s);
    }
    return out;
}

void WorkloadGenerator::run(Worker& worker)
{
    using Clock = std::chrono::steady_clock;
    QRandomGenerator rng(static_cast<quint32>(worker.spec.hostId * 2654435761U));
    std::vector<char> buffer;
    Clock::time_point next = Clock::now();
    quint64 stream = 0;
    while (true) {
        WorkloadSpec spec;
        std::pair<ObjectId, std::shared_ptr<VolumeIo>> target;
        {
            std::unique_lock lock(worker.mutex);
            worker.wake.wait_until(lock, next, [&]() { return worker.stop; });
            while (!worker.stop && (worker.paused || worker.targets.isEmpty())) {
                worker.wake.wait(lock);
                next = Clock::now();
            }
            if (worker.stop) {
                return;
            }
            if (Clock::now() < next) {
                continue; // woken early (a change): wait out the pace
            }
            spec = worker.spec;
            target = worker.targets[rng.bounded(static_cast<int>(worker.targets.size()))];
        }
        const qint64 size = target.second->size();
        const qint64 block = std::clamp<qint64>(spec.blockSize, 512, std::max<qint64>(512, size));
        qint64 offset = 0;
        if (spec.sequential) {
            std::lock_guard lock(worker.mutex);
            qint64& at = worker.sequentialOffset[target.first];
            if (at + block > size) {
                at = 0;
            }
            offset = at;
            at += block;
        } else if (size > block) {
            offset = static_cast<qint64>(rng.bounded(static_cast<quint64>(size - block) / 512 + 1)) * 512;
        }
        buffer.resize(static_cast<size_t>(block));
        const bool read = rng.bounded(100) < spec.readPercent;
        IoStatus st;
        if (read) {
            st = target.second->read(offset, std::span<char>(buffer.data(), buffer.size()));
        } else {
            fillPattern(spec.hostId * 1000003U + stream++, 0, std::span<char>(buffer.data(), buffer.size()));
            st = target.second->write(offset, std::span<const char>(buffer.data(), buffer.size()));
        }
        if (st.ok()) {
            (read ? worker.reads : worker.writes).fetch_add(1);
        } else {
            worker.refused.fetch_add(1);
            {
                std::lock_guard lock(worker.mutex);
                worker.lastRefusal = st.reason;
            }
            if (m_refused && st.error != ENXIO) {
                m_refused(spec.hostId, target.first, st.reason);
            }
        }
        // Pace: the next request leaves when this one's bytes are "paid" at the configured rate.
        const auto cost = spec.bytesPerSecond > 0
                              ? std::chrono::duration<double>(static_cast<double>(block) / static_cast<double>(spec.bytesPerSecond))
                              : std::chrono::duration<double>(0);
        next = std::max(next + std::chrono::duration_cast<Clock::duration>(cost), Clock::now() - std::chrono::seconds(1));
    }
}

} // namespace Copyline
