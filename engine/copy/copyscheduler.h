// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "copy/ratecontroller.h"
#include "storage/configuration.h"
#include "storage/iostatus.h"

#include <QHash>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace Copyline
{

/**
 * Work a background copy does in chunks: a VolumeCopy's point-in-time copy, a mirror's synchronization. The
 * scheduler calls one instance from one thread at a time.
 */
class BackgroundCopy
{
public:
    virtual ~BackgroundCopy() = default;
    virtual qint64 grainSize() const = 0;
    /** Grains the copy has to move in all, and has moved; the ratio is its progress. */
    virtual qint64 grains() const = 0;
    virtual qint64 grainsCopied() const = 0;
    /** Moves up to @p maxGrains grains; returns how many it moved, 0 when there is nothing to move right now. */
    virtual qint64 copyStep(qint64 maxGrains, IoStatus* status) = 0;
    /**
     * Bytes the last copyStep really moved (holes cost nothing), for pacing at the group's bandwidth; -1 to pace by
     * grains × grain size.
     */
    virtual qint64 lastStepBytes() const { return -1; }
    /**
     * Whose rate controller paces the copy (CopyScheduler::setController): the subsystem whose hosts its I/O
     * competes with; 0 for the job's group.
     */
    virtual ObjectId pacingDomain() const { return 0; }
    /**
     * Asked when copyStep moved nothing: true when the copy is complete, with *status saying whether it ended
     * well (e.g. the target's bytes reached stable storage); false to be asked again shortly.
     */
    virtual bool complete(IoStatus* status) = 0;
};

/** The share of copy time a priority gets: Highest 1, High 1/2, Medium 1/3.5, Low 1/6, Lowest 1/8 (spec §3.6). */
double priorityWeight(CopyPriority priority);

/**
 * Runs background copies on one worker thread: each running job's copy pointer advances a chunk at a time, in a
 * weighted round robin by priority, so under contention each copy progresses in proportion to its weight and a
 * priority change takes effect with the next chunk.
 *
 * [SIM] A group (a subsystem) may have a copy bandwidth B, the rate a copy reaches at Highest priority: a job then
 * runs at most at B × weight / max(1, Σ weights of the group's running jobs), so one Lowest copy takes 8× the time
 * of one Highest copy and several copies share B. Without B the disks set the pace.
 *
 * A rate controller (copy/ratecontroller.h) may pace the jobs of a domain (a subsystem): they then share the rate it
 * allows, in chunks of half an interval's worth, on top of the group bandwidth.
 *
 * The completion callback runs on the worker thread; it must not call back into the scheduler synchronously.
 */
class CopyScheduler final
{
public:
    struct Progress
    {
        qint64 grains = 0;
        qint64 grainsCopied = 0;
        /**
         * Bytes really moved per second (a hole skipped moves nothing), smoothed over the last seconds: on a link
         * with a bandwidth this stays at or below it, however fast the copy pointer passes empty space.
         */
        double bytesPerSecond = 0;
        qint64 etaSeconds = -1; /**< from the rate the copy pointer advances; -1 while unknown */
    };
    using Finished = std::function<void(const IoStatus& status)>;

    CopyScheduler();
    ~CopyScheduler();
    CopyScheduler(const CopyScheduler&) = delete;
    CopyScheduler& operator=(const CopyScheduler&) = delete;

    void add(
        ObjectId id, ObjectId group, std::shared_ptr<BackgroundCopy> copy, CopyPriority priority, Finished finished);
    /** Takes a job out; waits if the worker is in the middle of one of its chunks. */
    void remove(ObjectId id);
    bool contains(ObjectId id) const;
    void setPriority(ObjectId id, CopyPriority priority);
    void setBandwidth(ObjectId group, qint64 bytesPerSecond);
    /** Paces the jobs of @p domain (BackgroundCopy::pacingDomain(), else their group) by @p controller; null: none. */
    void setController(ObjectId domain, std::shared_ptr<RateController> controller);
    Progress progress(ObjectId id) const;
    /** Stops the worker after the current chunk (no job finishes); jobs stay registered. */
    void shutdown();

private:
    using Clock = std::chrono::steady_clock;
    struct Job
    {
        ObjectId group = 0;
        ObjectId domain = 0; // whose rate controller paces it
        std::shared_ptr<BackgroundCopy> copy;
        double weight = 1;
        double credit = 0;
        Finished finished;
        Clock::time_point notBefore {};
        Clock::time_point sampleTime {};
        qint64 sampleGrains = 0;
        qint64 moved = 0; // bytes the job's steps really moved so far
        qint64 sampleMoved = 0;
        double rate = 0;         // bytes moved per second
        double progressRate = 0; // bytes of the copy passed per second (holes included), for the ETA
        bool busy = false;
    };

    void run();
    ObjectId pickLocked(Clock::time_point now, Clock::time_point* wakeAt);
    /** The rate a job may copy at under its group's bandwidth; 0 when unthrottled. */
    double allowedRateLocked(const Job& job) const;

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    QHash<ObjectId, Job> m_jobs;
    QList<ObjectId> m_order;
    int m_cursor = 0;
    QHash<ObjectId, qint64> m_bandwidth;
    QHash<ObjectId, std::shared_ptr<RateController>> m_controllers;
    bool m_stop = false;
    std::thread m_worker;
};

} // namespace Copyline
