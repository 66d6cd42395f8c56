// SPDX-License-Identifier: GPL-3.0-or-later
// The Engine, part 4: snapshots for the views (configuration plus runtime figures) and the once-a-second upkeep.
#include "engine.h"

#include "mirror/replicationchannel.h"

#include "storage/health.h"

#include <algorithm>
#include <chrono>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

void Engine::publish()
{
    auto snap = std::make_shared<Snapshot>();
    snap->revision = ++m_revision;
    snap->publishedMs
        = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
              .count();
    snap->workspacePath = m_workspace;
    snap->config = m_config;
    snap->lastEventId = m_lastEventId;
    for (const auto& io : m_volumes.all()) {
        const IoCounters c = io->counters();
        LogicalDriveRuntime rt;
        rt.readOps = c.readOps;
        rt.writeOps = c.writeOps;
        rt.readBytes = c.readBytes;
        rt.writeBytes = c.writeBytes;
        rt.readNanos = c.readNanos;
        rt.writeNanos = c.writeNanos;
        rt.copyBytes = c.copyBytes;
        rt.mirrorBytes = c.mirrorBytes;
        if (auto file = std::dynamic_pointer_cast<FileBackend>(io->backend())) {
            rt.allocatedBytes = file->file().allocatedBytes();
        }
        snap->runtime.insert(io->id(), rt);
    }
    if (m_mirrors) {
        for (const auto& endpoint : m_mirrors->endpoints()) {
            const Mirror* m = m_config.mirrorOf(endpoint->driveId());
            MirrorRuntime rt;
            rt.outOfSyncBytes = endpoint->outOfSyncBytes();
            rt.bytesShipped = static_cast<qint64>(endpoint->bytesShipped());
            if (m == nullptr) {
                // Another family's pair (an ESS PPRC or NEC primary): the figures every endpoint has. The ESS
                // Volumes panel shows its out-of-sync tracks, and refreshRuntime compares against them (without
                // them, a pair that had ever shipped a byte looked changed at every tick: a full publish per tick).
                snap->mirrors.insert(endpoint->driveId(), rt);
                continue;
            }
            if (m_mirrors->scheduler().contains(m->id)) {
                const CopyScheduler::Progress p = m_mirrors->scheduler().progress(m->id);
                const double percent
                    = p.grains > 0 ? 100.0 * static_cast<double>(p.grainsCopied) / static_cast<double>(p.grains) : 0.0;
                // 100 only when the pair is Synchronized: a synchronization waiting to join its group shows 99.
                rt.progressPercent = std::min(99.9, m_mirrors->monotonicProgress(m->id, percent));
                rt.bytesPerSecond = p.bytesPerSecond;
                rt.etaSeconds = p.etaSeconds;
            }
            if (const auto group = m_mirrors->existingGroup(m->subsystemId); group && m->inConsistencyGroup()) {
                rt.journalBytes = group->pendingBytes();
            }
            if (m->role == MirrorRole::Primary) {
                rt.recoveryPointAgeMs = endpoint->recoveryPointAgeMs(snap->publishedMs);
                if (rt.recoveryPointAgeMs < 0 && m->status != MirrorStatus::Synchronized
                    && m->lastSynchronized.isValid() && m->writeMode == MirrorWriteMode::Asynchronous
                    && m->writeConsistency) {
                    // Suspended before this engine started: the catalog's recovery point (wall clock).
                    rt.recoveryPointAgeMs = std::max<qint64>(0, m->lastSynchronized.msecsTo(m_clock->now()));
                }
            }
            if (const MirrorLink* link = m_config.linkBetween(m->subsystemId, m->remoteSubsystemId)) {
                const auto live = m_mirrors->link(link->id);
                rt.linkUp = live && live->pathUp(m_config.logicalDrives.value(m->id).currentOwner);
            }
            snap->mirrors.insert(m->id, rt);
        }
    }
    for (const Subsystem& s : std::as_const(m_config.subsystems)) {
        if (const Family* family = familyOf(s.id); family != nullptr && family->limits != nullptr) {
            snap->subsystemLimits.insert(s.id, family->limits(s.model));
        }
    }
    for (const Subsystem& s : std::as_const(m_config.subsystems)) {
        QList<RecoveryProblem> problems = recoveryProblems(m_config, s.id);
        snap->needsAttention.insert(s.id, !problems.isEmpty());
        if (!problems.isEmpty()) {
            snap->problems.insert(s.id, std::move(problems));
        }
    }
    for (auto it = m_pits.cbegin(); it != m_pits.cend(); ++it) {
        CopyRuntime rt;
        rt.grains = it.value()->grains();
        rt.grainsCopied = it.value()->grainsCopied();
        rt.repositoryUsed = it.value()->repositoryUsed();
        rt.repositoryCapacity = it.value()->repositoryCapacity();
        if (m_scheduler && m_scheduler->contains(it.key())) {
            const CopyScheduler::Progress p = m_scheduler->progress(it.key());
            rt.bytesPerSecond = p.bytesPerSecond;
            rt.etaSeconds = p.etaSeconds;
        }
        snap->copies.insert(it.key(), rt);
    }
    for (const Family& family : std::as_const(m_families)) {
        if (family.copyRuntime != nullptr) {
            family.copyRuntime(*this, snap->copies);
        }
    }
    m_snapshot = snap;
    if (m_nbd) {
        QList<NbdExport> exports = nbdExports(m_config);
        for (const Family& family : std::as_const(m_families)) {
            if (family.exports != nullptr) {
                exports.append(family.exports(*this));
            }
        }
        if (exports != m_exports) {
            m_exports = std::move(exports);
            m_nbd->setExports(m_exports);
            // Mappings changed: the simulated hosts follow what they see now.
            for (const ObjectId host : m_workloads->hosts()) {
                m_workloads->setTargets(host, workloadTargets(host));
            }
        }
        snap->nbdPort = m_nbd->isRunning() ? m_nbd->port() : 0;
        snap->nbdSocket = m_nbd->isRunning() ? m_nbd->socketPath() : QString();
    }
    if (m_workloads) {
        for (const WorkloadStatus& w : m_workloads->status()) {
            WorkloadRuntime rt;
            rt.hostId = w.spec.hostId;
            rt.paused = w.paused;
            rt.readPercent = w.spec.readPercent;
            rt.blockSize = w.spec.blockSize;
            rt.bytesPerSecond = w.spec.bytesPerSecond;
            rt.sequential = w.spec.sequential;
            rt.reads = w.reads;
            rt.writes = w.writes;
            rt.refused = w.refused;
            rt.lastRefusal = w.lastRefusal;
            rt.targets = w.targets;
            snap->workloads.insert(rt.hostId, rt);
        }
    }
    Q_EMIT snapshotChanged(m_snapshot);
}

void Engine::pollMirrors()
{
    if (!m_mirrors) {
        return;
    }
    for (const Family& family : std::as_const(m_families)) {
        if (family.poll != nullptr) {
            family.poll(*this);
        }
    }
    if (!m_unpushedPeers.isEmpty() && m_mirrorTicks % 5 == 0) {
        retryMirrorPushes(); // a peer that missed a change of its pairs hears of it when it answers again
    }
    if (++m_mirrorTicks % 5 == 0) {
        m_mirrors->compactMaps(); // out-of-sync marks of grains back in sync leave the disk, a few seconds late
    }
    if (m_mirrorTicks % 10 == 0) {
        // Engines per site: the proxies follow what the other sites' engines serve, every 10 s while connected to
        // them, every minute otherwise (an engine that does not answer costs a connect attempt, up to 2 s, each time).
        for (const Peer& p : peers()) {
            const auto channel = peerChannel(p.name);
            if (channel && (channel->connected() || m_mirrorTicks % 60 == 0)) {
                refreshPeer(p.name);
            }
        }
    }
}

void Engine::refreshRuntime()
{
    checkVolumeFiles();
    // Host I/O counters move without configuration changes; publish only when something moved.
    bool changed = false;
    for (auto it = m_pits.cbegin(); it != m_pits.cend() && !changed; ++it) {
        const CopyRuntime old = m_snapshot->copies.value(it.key());
        changed = old.grainsCopied != it.value()->grainsCopied() || old.repositoryUsed != it.value()->repositoryUsed();
    }
    for (const auto& io : m_volumes.all()) {
        const IoCounters c = io->counters();
        const LogicalDriveRuntime old = m_snapshot->runtime.value(io->id());
        if (c.readOps != old.readOps || c.writeOps != old.writeOps || c.copyBytes != old.copyBytes
            || c.mirrorBytes != old.mirrorBytes) {
            changed = true;
            break;
        }
    }
    if (m_workloads && !changed) {
        // A refused request moves no drive counter: a workload's own counters count too.
        for (const WorkloadStatus& w : m_workloads->status()) {
            const WorkloadRuntime old = m_snapshot->workloads.value(w.spec.hostId);
            if (old.refused != w.refused || old.reads != w.reads || old.writes != w.writes) {
                changed = true;
                break;
            }
        }
    }
    if (m_mirrors && !changed) {
        for (const auto& endpoint : m_mirrors->endpoints()) {
            const MirrorRuntime old = m_snapshot->mirrors.value(endpoint->driveId());
            if (old.outOfSyncBytes != endpoint->outOfSyncBytes()
                || old.bytesShipped != static_cast<qint64>(endpoint->bytesShipped())) {
                changed = true;
                break;
            }
        }
    }
    if (changed) {
        publish();
    }
}

void Engine::post(const QPointer<Engine>& engine, std::function<void(Engine&)> work)
{
    QMetaObject::invokeMethod(
        engine.data(),
        [engine, work = std::move(work)]() {
            if (engine) {
                work(*engine);
            }
        },
        Qt::QueuedConnection);
}

} // namespace Copyline
