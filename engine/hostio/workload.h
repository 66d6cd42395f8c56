// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/configuration.h"
#include "storage/volumeio.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace Copyline {

/** What a simulated host does to the logical drives mapped to it. */
struct WorkloadSpec
{
    ObjectId hostId = 0;
    int readPercent = 30;            /**< share of requests that are reads */
    qint64 blockSize = 64 * 1024;    /**< bytes per request */
    qint64 bytesPerSecond = 8 << 20; /**< pace; 0 = as fast as the drives go */
    bool sequential = false;         /**< sequential offsets (per drive) instead of random ones */
};

struct WorkloadStatus
{
    WorkloadSpec spec;
    bool paused = false;
    quint64 reads = 0;
    quint64 writes = 0;
    quint64 refused = 0; /**< requests the copy-services rules refused (read-only source, secondary...) */
    QString lastRefusal;
    int targets = 0;     /**< drives the host sees */
};

/**
 * Simulated hosts writing and reading their mapped logical drives, so copy states, repository usage, out-of-sync
 * counts and charts move while the user watches. Each host's workload runs on its own thread, paced by a token
 * bucket, through the drives' I/O fronts with host origin — so every copy-services rule applies as for NBD clients.
 */
class WorkloadGenerator final
{
public:
    using Targets = QList<std::pair<ObjectId, std::shared_ptr<VolumeIo>>>;
    /** Called on a workload thread when a request is refused: host, drive, reason. */
    using RefusalHandler = std::function<void(ObjectId hostId, ObjectId logicalDriveId, const QString& reason)>;

    explicit WorkloadGenerator(RefusalHandler refused);
    ~WorkloadGenerator();
    WorkloadGenerator(const WorkloadGenerator&) = delete;
    WorkloadGenerator& operator=(const WorkloadGenerator&) = delete;

    /** Starts (or reconfigures) the workload of @p spec.hostId on @p targets. */
    void start(const WorkloadSpec& spec, Targets targets);
    bool pause(ObjectId hostId, bool paused);
    bool stop(ObjectId hostId);
    void stopAll();
    /** The drives a host sees changed (mappings): later requests go to the new set. */
    void setTargets(ObjectId hostId, Targets targets);
    bool contains(ObjectId hostId) const;
    QList<WorkloadStatus> status() const;
    QList<ObjectId> hosts() const;

private:
    struct Worker;
    void run(Worker& worker);

    RefusalHandler m_refused;
    mutable std::mutex m_mutex;
    QHash<ObjectId, std::shared_ptr<Worker>> m_workers;
};

} // namespace Copyline
