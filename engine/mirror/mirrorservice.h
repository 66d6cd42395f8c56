// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "copy/copyscheduler.h"
#include "mirror/consistencygroup.h"
#include "mirror/mirrorendpoint.h"
#include "mirror/remotelink.h"

#include <QHash>
#include <QSet>

#include <optional>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace Copyline
{

/**
 * A mirror's (re)synchronization as a background copy: ships the recorded grains of a primary in LBA order,
 * paced by the copy scheduler at the link's bandwidth and the pair's synchronization priority, and ends by
 * switching the endpoint to its replication mode at an instant when nothing is recorded. A member of a
 * consistency group joins the group only when the group's journal is drained at that instant, so its secondary
 * and the others' show one common moment.
 *
 * Progress is shipped / (shipped + still recorded): grains recorded during the synchronization add to the
 * total, so the figure is the honest share of the work known so far (views keep it from going backwards).
 */
class MirrorSyncJob final : public BackgroundCopy
{
public:
    MirrorSyncJob(std::shared_ptr<MirrorEndpoint> endpoint,
        MirrorEndpoint::Mode during,
        MirrorEndpoint::Mode after,
        std::shared_ptr<ConsistencyGroup> group);

    qint64 grainSize() const override { return m_endpoint->grainSize(); }
    qint64 grains() const override { return m_shipped.load() + m_endpoint->map().bits().count(); }
    qint64 grainsCopied() const override { return m_shipped.load(); }
    qint64 copyStep(qint64 maxGrains, IoStatus* status) override;
    qint64 lastStepBytes() const override { return m_lastBytes; }
    /** Paced by the rate controller of the primary's subsystem, whose hosts the synchronization competes with. */
    ObjectId pacingDomain() const override { return m_endpoint->subsystemId(); }
    bool complete(IoStatus* status) override;

private:
    std::shared_ptr<MirrorEndpoint> m_endpoint;
    qint64 m_lastBytes = 0;
    const MirrorEndpoint::Mode m_during;
    const MirrorEndpoint::Mode m_after;
    std::shared_ptr<ConsistencyGroup> m_group;
    qint64 m_cursor = 0;
    std::atomic<qint64> m_shipped {0};
};

/**
 * The live mirroring of a workspace: the links, each mirrored drive's endpoint, the consistency groups, the
 * scheduler that runs synchronizations, and one shipper thread that sends Global Copy grains behind the hosts
 * and applies the consistency groups' journals in order. Registry calls come from the engine thread; the
 * endpoints and groups are used from I/O threads.
 */
class MirrorService final
{
public:
    MirrorService();
    ~MirrorService();
    MirrorService(const MirrorService&) = delete;
    MirrorService& operator=(const MirrorService&) = delete;

    CopyScheduler& scheduler() { return m_scheduler; }

    std::shared_ptr<RemoteLink> link(ObjectId id) const;
    void setLink(std::shared_ptr<RemoteLink> link);
    void removeLink(ObjectId id);
    /**
     * A link record changed (path state, bandwidth, round trip, transport): the live link takes it, in place (the
     * endpoints keep their pointer to it), and the scheduler paces its copies by the new bandwidth.
     */
    void reconfigureLink(const MirrorLink& link);
    /** How Tcp links get their channel (the engine's replication settings); applies to every link. */
    void setChannelFactory(RemoteLink::ChannelFactory factory);

    std::shared_ptr<MirrorEndpoint> endpoint(ObjectId driveId) const;
    void addEndpoint(std::shared_ptr<MirrorEndpoint> endpoint);
    std::shared_ptr<MirrorEndpoint> takeEndpoint(ObjectId driveId);
    QList<std::shared_ptr<MirrorEndpoint>> endpoints() const;
    /** Whether a primary here routes its writes to @p driveId (any thread: the replication listener asks). */
    bool routesTo(ObjectId driveId) const;

    /**
     * The write consistency group of a primary subsystem (created on first use). A family that journals by another
     * unit keys it by that unit's id instead (NEC Semi Sync Mode: one buffer per pair, keyed by the pair's id; ids
     * are unique within a workspace); the shipper then fails only the member whose entry failed.
     */
    std::shared_ptr<ConsistencyGroup> group(ObjectId subsystemId, qint64 journalCapacity);
    std::shared_ptr<ConsistencyGroup> existingGroup(ObjectId subsystemId) const;
    /**
     * Ends a group: what it still holds goes back to its members' records (ConsistencyGroup::freeze) and it is
     * forgotten. Its members must have left Journal mode first, or their next write fails them.
     */
    void removeGroup(ObjectId subsystemId);

    /** Clears the on-disk marks of grains back in sync (periodic). */
    void compactMaps();

    // Engine-thread bookkeeping.
    struct JobModes
    {
        MirrorEndpoint::Mode during = MirrorEndpoint::Mode::Track;
        MirrorEndpoint::Mode after = MirrorEndpoint::Mode::Track;
        friend bool operator==(const JobModes&, const JobModes&) = default;
    };
    /** The modes the running synchronization of @p driveId was started with. */
    std::optional<JobModes> jobModes(ObjectId driveId) const { return m_jobModes.value(driveId); }
    void setJobModes(ObjectId driveId, std::optional<JobModes> modes);
    /** Pairs whose failed Communication Test keeps probing until the link returns (spec §2.4.15). */
    QSet<ObjectId>& probing() { return m_probing; }
    /** The progress last shown for a synchronizing pair: shown progress never goes backwards. */
    double monotonicProgress(ObjectId driveId, double progress);
    void forgetProgress(ObjectId driveId) { m_progress.remove(driveId); }

    /** Wakes the shipper (new Global Copy grains or journal entries). */
    void wake();
    /** Stops the shipper and the synchronizations (no job finishes). */
    void shutdown();

private:
    void run();

    CopyScheduler m_scheduler;
    mutable std::mutex m_mutex;
    std::condition_variable m_wakeUp;
    bool m_woken = false;
    bool m_stop = false;
    QHash<ObjectId, std::shared_ptr<RemoteLink>> m_links;
    RemoteLink::ChannelFactory m_channelFactory;
    QHash<ObjectId, std::shared_ptr<MirrorEndpoint>> m_endpoints;
    QHash<ObjectId, std::shared_ptr<ConsistencyGroup>> m_groups;
    QHash<ObjectId, qint64> m_cursors; // Global Copy shipping position per endpoint (shipper thread only)
    QHash<ObjectId, std::optional<JobModes>> m_jobModes; // engine thread only
    QSet<ObjectId> m_probing;                            // engine thread only
    QHash<ObjectId, double> m_progress;                  // engine thread only
    std::thread m_shipper;
};

} // namespace Copyline
