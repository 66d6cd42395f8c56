// SPDX-License-Identifier: GPL-3.0-or-later
// The Engine, part 2: opening a workspace (validating its folder and catalog, its volumes, the families' runtime),
// noticing damage (missing or truncated volume files, an unclean stop) and closing it.
#include "engine.h"

#include "storage/rules.h"
#include "util/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

Error Engine::openWorkspace(const QString& dirPath)
{
    closeWorkspace();
    const QString dir = QFileInfo(dirPath).absoluteFilePath();
    if (!QDir().mkpath(dir)) {
        return {ErrorCode::WorkspaceNotUsable, {dir, u"the folder cannot be created"_s}};
    }
    auto lock = std::make_unique<QLockFile>(lockFilePath(dir));
    lock->setStaleLockTime(0); // staleness is decided by the holder's process id, never by age
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host;
            QString app;
            lock->getLockInfo(&pid, &host, &app);
            return {ErrorCode::WorkspaceLocked, {dir, u"%1, process %2"_s.arg(app).arg(pid)}};
        }
        return {ErrorCode::WorkspaceNotUsable, {dir, u"the lock file cannot be written"_s}};
    }
    PrivateFiles::restrictFile(lockFilePath(dir));
    m_workspace = dir;
    m_lock = std::move(lock);
    m_scheduler = std::make_unique<CopyScheduler>();
    m_mirrors = std::make_unique<MirrorService>();
    m_mirrors->setChannelFactory([this](const MirrorLink& link) {
        // A link to a proxy (a subsystem another engine serves) goes to that engine; otherwise to this one's own
        // listener (both subsystems here, the TCP path tested against the in-process one).
        for (const ObjectId id : {link.subsystemA, link.subsystemB}) {
            if (const QString peer = m_config.subsystems.value(id).peer; !peer.isEmpty()) {
                return peerChannel(peer);
            }
        }
        return replicationChannel();
    });

    const QString catalogPath = QDir(dir).filePath(QString::fromLatin1(Catalog::kFileName));
    Error err;
    QStringList tightened;
    if (QFileInfo::exists(catalogPath)) {
        // The catalog, the volumes and the premium feature keys are nobody else's business: a workspace written
        // by an older Copyline, or copied with a permissive umask, is made private before anything else.
        tightened = PrivateFiles::tighten(dir);
        err = m_catalog.open(catalogPath);
        if (!err.isError()) {
            err = m_catalog.load(m_config);
        }
    } else {
        // Only an empty folder becomes a new workspace: volume files without their catalog, or somebody's other
        // files, are never built over.
        QStringList foreign = QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        foreign.removeAll(QFileInfo(lockFilePath(dir)).fileName());
        // copylinectl leaves the log of the copylined it starts here before the workspace exists.
        const QStringList logs = QDir(QDir(dir).filePath(QString::fromLatin1(kLogsDir)))
                                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        if (QFileInfo(QDir(dir).filePath(QString::fromLatin1(kLogsDir))).isDir()
            && (logs.isEmpty() || logs == QStringList {QString::fromLatin1(kDaemonLog)})) {
            foreign.removeAll(QString::fromLatin1(kLogsDir));
        }
        if (!foreign.isEmpty()) {
            const bool hasVolumes = foreign.contains(QString::fromLatin1(kVolumesDir));
            err = {ErrorCode::WorkspaceNotUsable,
                {dir,
                    hasVolumes ? u"it holds volume files but no catalog.sqlite; restore the catalog from a "
                                 "backup, or choose an empty folder for a new workspace"_s
                               : u"it is not empty and holds no Copyline catalog; choose an empty folder "
                                 "for a new workspace"_s}};
        } else if (!PrivateFiles::makeFolder(dir)
            || !PrivateFiles::makeFolder(QDir(dir).filePath(QString::fromLatin1(kVolumesDir)))) {
            err = {ErrorCode::WorkspaceNotUsable, {dir, u"the volumes folder cannot be created"_s}};
        } else {
            err = m_catalog.create(catalogPath);
            if (!err.isError()) {
                err = createDemo();
            }
            if (err.isError()) {
                // A half-made workspace (a full disk, say) would be refused as damaged next time: the folder was
                // empty, so everything in it but the lock is ours to take back.
                m_catalog.close();
                QDir folder(dir);
                for (const QFileInfo& entry :
                    folder.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
                    if (entry.fileName() == QFileInfo(lockFilePath(dir)).fileName()) {
                        continue;
                    }
                    if (entry.isDir()) {
                        QDir(entry.filePath()).removeRecursively();
                    } else {
                        QFile::remove(entry.filePath());
                    }
                }
            }
        }
    }
    if (!err.isError()) {
        PrivateFiles::makeFolder(QDir(dir).filePath(QString::fromLatin1(kVolumesDir)));
        err = openVolumes();
    }
    if (!err.isError()) {
        err = recordOpen();
    }
    for (const Family& family : std::as_const(m_families)) {
        if (!err.isError() && family.restore != nullptr) {
            err = family.restore(*this);
        }
    }
    if (err.isError()) {
        closeWorkspace();
        return err;
    }
    m_lastEventId = m_catalog.lastEventId();
    noteRemoteSecondaries();
    reconcileAccess();
    if (!tightened.isEmpty()) {
        logTightened(tightened);
    }
    m_nbd = std::make_unique<NbdServer>(
        m_volumes,
        [this](const NbdExport& e, const QString& op, int code, const QString& why) {
            // From a connection thread: the engine thread logs it.
            QMetaObject::invokeMethod(
                this, [this, e, op, code, why]() { onHostIoRefused(e, op, code, why); }, Qt::QueuedConnection);
        },
        [this](NbdNotice kind, const QString& details, const QString& peer) {
            QMetaObject::invokeMethod(
                this, [this, kind, details, peer]() { onNbdNotice(kind, details, peer); }, Qt::QueuedConnection);
        });
    restartNbd();
    if (setting(u"replication.port"_s, u"0"_s).toUInt() != 0) {
        // A site other engines reach (copylinectl --replication-listen): it listens from the start, not only once a
        // link of its own goes over TCP. A port that is busy is logged; the engine still serves its workspace.
        startReplicationListener();
    }
    m_workloads = std::make_unique<WorkloadGenerator>([this](ObjectId hostId, ObjectId driveId, const QString& why) {
        QMetaObject::invokeMethod(
            this,
            [this, hostId, driveId, why]() {
                const Host host = m_config.hosts.value(hostId);
                const QString drive = m_config.logicalDrives.value(driveId).name;
                logRefusal(host.subsystemId, u"workload|%1|%2"_s.arg(hostId).arg(why), u"Logical Drive %1"_s.arg(drive),
                    u"Workload of host %1: a request to %2 was refused because %3."_s.arg(host.name, drive, why));
            },
            Qt::QueuedConnection);
    });
    warnIfNbdExposed(); // an event: the engine must be whole
    publish();
    m_runtimeTimer.start();
    m_mirrorTimer.start();
    return {};
}

void Engine::logTightened(const QStringList& paths)
{
    constexpr int kListed = 8;
    QString list = paths.mid(0, kListed).join(u", "_s);
    if (paths.size() > kListed) {
        list += u" and %1 more"_s.arg(paths.size() - kListed);
    }
    const QString details = u"Other users could read or change %1 files and folders of the workspace %2 (%3). "
                            "Copyline made them private to you: folders 0700, files 0600."_s.arg(paths.size())
                                .arg(m_workspace, list);
    qWarning("Copyline: %s", qUtf8Printable(details));
    // The event log is kept per storage subsystem; every subsystem of the workspace was exposed.
    for (const Subsystem& s : std::as_const(m_config.subsystems)) {
        runInternal(s.id, [&](CommandContext& ctx) {
            ctx.logEvent(EventCode::WorkspacePermissionsTightened, EventSeverity::Warning, u"Workspace"_s,
                u"Workspace permissions tightened"_s, details);
        });
    }
}

std::shared_ptr<RateController> Engine::rateController(ObjectId subsystemId)
{
    auto& controller = m_rateControllers[subsystemId];
    if (!controller) {
        controller = std::make_shared<RateController>();
        m_scheduler->setController(subsystemId, controller);
        m_mirrors->scheduler().setController(subsystemId, controller);
    }
    return controller;
}

Error Engine::openVolumes()
{
    QList<ObjectId> missing;
    QList<std::pair<ObjectId, QString>> truncated;
    syncProxyVolumes();
    for (const LogicalDrive& ld : std::as_const(m_config.logicalDrives)) {
        if (m_volumes.find(ld.id) || ld.kind == LogicalDriveKind::FlashCopy) {
            continue; // a FlashCopy logical drive has no file of its own: FlashCopyOps::restore gives it its image
        }
        if (ld.remoteId != 0) {
            continue; // a proxy's drive: its bytes are on the engine that serves it (syncProxyVolumes)
        }
        IoStatus status;
        auto file = VolumeFile::open(volumePath(ld.fileName), &status);
        if (!file) {
            missing.append(ld.id);
            continue;
        }
        if (file->size() < ld.capacity) {
            // Shorter than the drive: bytes are gone. Not served at all (reads would invent zeros).
            truncated.append({ld.id,
                u"The volume file %1 holds %2 bytes but the logical drive has %3: it was truncated or replaced "
                "outside Copyline. Restore the file from a backup, or delete the logical drive."_s.arg(file->path())
                    .arg(file->size())
                    .arg(ld.capacity)});
            continue;
        }
        auto io = std::make_shared<VolumeIo>(ld.id, std::make_shared<FileBackend>(std::move(file)));
        io->setLatencyListener(rateController(ld.subsystemId));
        m_volumes.insert(std::move(io));
    }
    for (const Subsystem& s : std::as_const(m_config.subsystems)) {
        rateController(s.id)->setBound(std::chrono::milliseconds(latencyBoundMs(s.options)));
    }
    if (const Error err = markFailed(truncated); err.isError()) {
        return err;
    }
    if (missing.isEmpty()) {
        return {};
    }
    // A volume file that is gone makes its logical drive Missing (spec §3.2, "Missing Logical Drive(s)"), recorded
    // in the catalog so the administrator sees it until the drive is deleted or the file restored.
    QList<std::pair<ObjectId, QString>> gone;
    for (const ObjectId id : std::as_const(missing)) {
        gone.append({id, u"The volume file %1 was not found."_s.arg(volumePath(m_config.logicalDrives[id].fileName))});
    }
    return markDrives(ComponentStatus::Missing, EventCode::LogicalDriveMissing, u"Logical drive missing"_s, gone);
}

Error Engine::recordOpen()
{
    // "open" stays 1 while an engine holds the workspace and goes back to 0 when it closes it: finding 1 here means
    // the last engine was killed or crashed. Said in the event log, so the administrator knows to check the states.
    if (m_catalog.setting(QString::fromLatin1(kOpenSetting)) == u"1"_s) {
        QList<Event> events;
        for (const Subsystem& s : std::as_const(m_config.subsystems)) {
            Event e;
            e.subsystemId = s.id;
            e.time = m_clock->now();
            e.code = EventCode::UncleanShutdown;
            e.severity = EventSeverity::Warning;
            e.component = u"Storage Subsystem %1"_s.arg(s.name);
            e.description = u"Engine stopped without closing the workspace"_s;
            e.details = u"The engine that held this workspace was killed or crashed. Acknowledged writes were kept; "
                        "copies and mirrors resume from their maps, and any that cannot say so in their own "
                        "events. Check the states of FlashCopies, VolumeCopies and mirrors."_s;
            events.append(e);
        }
        if (const Error err = m_catalog.apply(m_config, m_config, events); err.isError()) {
            return err;
        }
    }
    return m_catalog.setSetting(QString::fromLatin1(kOpenSetting), u"1"_s);
}

Error Engine::markFailed(const QList<std::pair<ObjectId, QString>>& drives)
{
    return markDrives(ComponentStatus::Failed, EventCode::LogicalDriveFailed, u"Logical drive failed"_s, drives);
}

Error Engine::markDrives(
    ComponentStatus status, int code, const QString& description, const QList<std::pair<ObjectId, QString>>& drives)
{
    const Configuration before = m_config;
    QList<Event> events;
    for (const auto& [id, details] : drives) {
        LogicalDrive& ld = m_config.logicalDrives[id];
        if (ld.status == status) {
            continue;
        }
        ld.status = status;
        Event e;
        e.subsystemId = ld.subsystemId;
        e.time = m_clock->now();
        e.code = code;
        e.severity = EventSeverity::Critical;
        e.component = u"Logical Drive %1"_s.arg(ld.name);
        e.description = description;
        e.details = details;
        e.needsAttention = true;
        events.append(e);
    }
    if (events.isEmpty()) {
        return {};
    }
    const Error err = m_catalog.apply(before, m_config, events);
    if (err.isError()) {
        m_config = before; // not recorded: the next check tries again
    }
    return err;
}

void Engine::checkVolumeFiles()
{
    // A read that met the end of a truncated file failed and flagged it; the drive fails here, with its event.
    QList<std::pair<ObjectId, QString>> truncated;
    for (const auto& io : m_volumes.all()) {
        const auto file = std::dynamic_pointer_cast<FileBackend>(io->backend());
        if (!file || !file->file().truncated()) {
            continue;
        }
        const auto it = m_config.logicalDrives.constFind(io->id());
        if (it == m_config.logicalDrives.cend() || it->status == ComponentStatus::Failed) {
            continue;
        }
        truncated.append({io->id(),
            u"The volume file %1 now holds %2 bytes but the logical drive has %3: it was truncated or replaced "
            "outside Copyline while in use. Restore the file from a backup, or delete the logical drive."_s
                .arg(file->file().path())
                .arg(file->file().sizeOnDisk())
                .arg(file->file().size())});
    }
    if (truncated.isEmpty()) {
        return;
    }
    if (markFailed(truncated).isError()) {
        return;
    }
    reconcileAccess();
    publish();
}

void Engine::closeWorkspace()
{
    if (!m_lock) {
        return;
    }
    m_runtimeTimer.stop();
    m_mirrorTimer.stop();
    if (m_nbd) {
        m_nbd->stop(); // hosts are disconnected first: no I/O arrives while the volumes close
        m_nbd.reset();
    }
    m_workloads.reset(); // stops the simulated hosts
    m_exports.clear();
    if (m_scheduler) {
        m_scheduler->shutdown(); // copies stop between two chunks; their maps say where to resume
    }
    if (m_mirrors) {
        // Synchronizations stop between two chunks and the shipper stops; the out-of-sync maps say what is left.
        m_mirrors->shutdown();
        m_mirrors->setChannelFactory({});
        for (const auto& endpoint : m_mirrors->endpoints()) {
            endpoint->map().compact(); // nothing is in flight now: only what really differs stays marked
            endpoint->map().sync();
            if (auto io = m_volumes.find(endpoint->driveId())) {
                io->removeObserver(endpoint);
            }
        }
    }
    {
        // After the primaries stopped sending: peers that still send see the link go down.
        std::lock_guard lock(m_replicationMutex);
        m_replication.reset();
    }
    m_ioPool.waitForDone();
    for (const auto& io : m_volumes.all()) {
        io->flush(IoOrigin::Replication);
    }
    m_pits.clear();
    m_writeRecords.clear(); // synced by the flushes above; the drives drop their hooks with them
    m_scheduler.reset();
    m_mirrors.reset();
    m_rateControllers.clear();
    m_volumes.clear();
    m_catalog.setSetting(QString::fromLatin1(kOpenSetting), u"0"_s); // a clean stop (see recordOpen)
    m_catalog.close();
    m_config = {};
    m_lock->unlock();
    m_lock.reset();
    m_workspace.clear();
    Q_EMIT workspaceClosed();
}

Error Engine::createDemo()
{
    for (const Family& family : std::as_const(m_families)) {
        if (family.populateDemo != nullptr) {
            if (Error err = family.populateDemo(*this); err.isError()) {
                return err;
            }
        }
    }
    return {};
}

} // namespace Copyline
