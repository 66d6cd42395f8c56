// SPDX-License-Identifier: GPL-3.0-or-later
#include "mirrorservice.h"

#include <chrono>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{
constexpr qint64 kShipGrains = 64;             // one Global Copy shipment: up to 4 MiB
constexpr qint64 kJournalBatchBytes = 8 << 20; // one journal batch per link round trip
} // namespace

MirrorSyncJob::MirrorSyncJob(std::shared_ptr<MirrorEndpoint> endpoint,
    MirrorEndpoint::Mode during,
    MirrorEndpoint::Mode after,
    std::shared_ptr<ConsistencyGroup> group)
    : m_endpoint(std::move(endpoint))
    , m_during(during)
    , m_after(after)
    , m_group(std::move(group))
{ }

qint64 MirrorSyncJob::copyStep(qint64 maxGrains, IoStatus* status)
{
    const quint64 before = m_endpoint->bytesShipped();
    qint64 n = m_endpoint->shipRecorded(&m_cursor, maxGrains, true, status);
    if (n == 0 && status->ok() && m_cursor > 0) {
        // Grains recorded behind the cursor (host writes during the synchronization): another pass.
        m_cursor = 0;
        n = m_endpoint->shipRecorded(&m_cursor, maxGrains, true, status);
    }
    m_lastBytes = static_cast<qint64>(m_endpoint->bytesShipped() - before);
    m_shipped.fetch_add(n);
    return n;
}

bool MirrorSyncJob::complete(IoStatus* status)
{
    MirrorEndpoint::Finish finish = MirrorEndpoint::Finish::NotYet;
    if (m_group && m_after == MirrorEndpoint::Mode::Journal) {
        finish = m_endpoint->finishSync(m_during, m_after, [this] { return m_group->drained(); });
    } else {
        finish = m_endpoint->finishSync(m_during, m_after);
    }
    switch (finish) {
    case MirrorEndpoint::Finish::Done:
        // "Synchronized" is a promise about the secondary's bytes: they reach stable storage before it is made.
        if (const auto remote = m_endpoint->route().remote) {
            *status = remote->flush(IoOrigin::Replication);
        } else {
            *status = IoStatus::success();
        }
        return true;
    case MirrorEndpoint::Finish::Failed:
        *status = IoStatus::failure(EHOSTUNREACH, u"the pair fell out of synchronization while synchronizing"_s);
        return true;
    case MirrorEndpoint::Finish::NotYet:
        break;
    }
    return false;
}

MirrorService::MirrorService()
    : m_shipper([this] { run(); })
{ }

MirrorService::~MirrorService()
{
    shutdown();
}

void MirrorService::shutdown()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wakeUp.notify_all();
    if (m_shipper.joinable()) {
        m_shipper.join();
    }
    m_scheduler.shutdown();
    // Writers waiting for journal room must not wait for a shipper that is gone.
    std::lock_guard lock(m_mutex);
    for (const auto& g : std::as_const(m_groups)) {
        g->freeze();
    }
}

std::shared_ptr<RemoteLink> MirrorService::link(ObjectId id) const
{
    std::lock_guard lock(m_mutex);
    return m_links.value(id);
}

void MirrorService::setLink(std::shared_ptr<RemoteLink> link)
{
    RemoteLink::ChannelFactory factory;
    {
        std::lock_guard lock(m_mutex);
        factory = m_channelFactory;
    }
    link->setChannelFactory(std::move(factory));
    std::lock_guard lock(m_mutex);
    m_links.insert(link->id(), std::move(link));
}

bool MirrorService::routesTo(ObjectId driveId) const
{
    std::lock_guard lock(m_mutex);
    return std::any_of(m_endpoints.cbegin(), m_endpoints.cend(),
        [driveId](const auto& endpoint) { return endpoint->isPrimary() && endpoint->routedTo() == driveId; });
}

void MirrorService::setChannelFactory(RemoteLink::ChannelFactory factory)
{
    QList<std::shared_ptr<RemoteLink>> links;
    {
        std::lock_guard lock(m_mutex);
        m_channelFactory = factory;
        links = m_links.values();
    }
    for (const auto& link : std::as_const(links)) {
        link->setChannelFactory(factory);
    }
}

void MirrorService::reconfigureLink(const MirrorLink& link)
{
    if (auto live = this->link(link.id)) {
        live->configure(link);
    }
    m_scheduler.setBandwidth(link.id, link.bandwidth);
}

void MirrorService::removeLink(ObjectId id)
{
    std::lock_guard lock(m_mutex);
    m_links.remove(id);
}

std::shared_ptr<MirrorEndpoint> MirrorService::endpoint(ObjectId driveId) const
{
    std::lock_guard lock(m_mutex);
    return m_endpoints.value(driveId);
}

void MirrorService::addEndpoint(std::shared_ptr<MirrorEndpoint> endpoint)
{
    endpoint->setWake([this] { wake(); });
    std::lock_guard lock(m_mutex);
    m_endpoints.insert(endpoint->driveId(), std::move(endpoint));
}

std::shared_ptr<MirrorEndpoint> MirrorService::takeEndpoint(ObjectId driveId)
{
    std::lock_guard lock(m_mutex);
    return m_endpoints.take(driveId);
}

QList<std::shared_ptr<MirrorEndpoint>> MirrorService::endpoints() const
{
    std::lock_guard lock(m_mutex);
    return m_endpoints.values();
}

std::shared_ptr<ConsistencyGroup> MirrorService::group(ObjectId subsystemId, qint64 journalCapacity)
{
    std::lock_guard lock(m_mutex);
    auto& g = m_groups[subsystemId];
    if (!g) {
        g = std::make_shared<ConsistencyGroup>(subsystemId, journalCapacity);
        g->setWake([this] { wake(); });
    }
    return g;
}

std::shared_ptr<ConsistencyGroup> MirrorService::existingGroup(ObjectId subsystemId) const
{
    std::lock_guard lock(m_mutex);
    return m_groups.value(subsystemId);
}

void MirrorService::removeGroup(ObjectId subsystemId)
{
    std::shared_ptr<ConsistencyGroup> group;
    {
        std::lock_guard lock(m_mutex);
        group = m_groups.take(subsystemId);
    }
    if (group) {
        group->freeze(); // outside m_mutex: it waits for a batch the shipper may be applying
    }
}

void MirrorService::compactMaps()
{
    for (const auto& e : endpoints()) {
        e->map().compact();
    }
}

void MirrorService::setJobModes(ObjectId driveId, std::optional<JobModes> modes)
{
    if (modes) {
        m_jobModes.insert(driveId, modes);
    } else {
        m_jobModes.remove(driveId);
    }
}

double MirrorService::monotonicProgress(ObjectId driveId, double progress)
{
    double& shown = m_progress[driveId];
    shown = std::max(shown, progress);
    return shown;
}

void MirrorService::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_wakeUp.notify_one();
}

void MirrorService::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        const auto endpoints = m_endpoints.values();
        const auto groups = m_groups.values();
        m_woken = false;
        lock.unlock();

        bool worked = false;
        for (const auto& e : endpoints) {
            if (e->mode() != MirrorEndpoint::Mode::Drain || e->map().bits().count() == 0) {
                continue;
            }
            qint64& cursor = m_cursors[e->driveId()];
            IoStatus st;
            qint64 n = e->shipRecorded(&cursor, kShipGrains, false, &st);
            if (n == 0 && st.ok() && cursor > 0) {
                cursor = 0;
                n = e->shipRecorded(&cursor, kShipGrains, false, &st);
            }
            worked = worked || n > 0;
        }
        for (const auto& g : groups) {
            const ConsistencyGroup::Applied applied = g->applyNext(kJournalBatchBytes);
            worked = worked || applied.entries > 0;
            if (!applied.status.ok()) {
                // The group froze: every member still journaling falls to Track, so the engine hears of it
                // even when the failing member itself had left the group. The failing member reports first.
                bool journaling = false;
                if (applied.failed) {
                    const bool wasJournaling = applied.failed->mode() == MirrorEndpoint::Mode::Journal;
                    journaling = applied.failed->fail(applied.status.reason) && wasJournaling;
                }
                for (const auto& e : endpoints) {
                    if (e->subsystemId() == g->subsystemId() && e->mode() == MirrorEndpoint::Mode::Journal) {
                        journaling = e->fail(applied.status.reason) || journaling;
                    }
                }
                // The engine thaws the group when it has moved the journaling members to Track. With none (the
                // failing member had left the group), nobody would: thaw it here, or a member finishing its
                // synchronization later would journal into a frozen group and fall out at its first write.
                if (!journaling) {
                    g->thaw();
                }
            }
        }

        lock.lock();
        if (!worked && !m_woken && !m_stop) {
            m_wakeUp.wait_for(lock, std::chrono::milliseconds(200));
        }
    }
}

} // namespace Copyline
