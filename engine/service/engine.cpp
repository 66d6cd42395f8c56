// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine.h"

#include "copy/accessrules.h"
#include "storage/rules.h"
#include "util/privatefiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <future>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

constexpr auto kVolumesDir = "volumes";
constexpr auto kLogsDir = "logs";
constexpr auto kDaemonLog = "copylined.log";
constexpr int kRuntimeIntervalMs = 500; // progress bars and rates move twice a second

} // namespace

Engine::Engine(FamilyList families, std::shared_ptr<Clock> clock, QObject* parent)
    : QObject(parent)
    , m_families(std::move(families))
    , m_clock(std::move(clock))
    , m_runtimeTimer(this) // a child, so it moves to the engine thread with the engine
    , m_mirrorTimer(this)
{
    qRegisterMetaType<Copyline::SnapshotPtr>();
    qRegisterMetaType<Copyline::CommandResult>();
    const auto add = [this](const QList<CommandSpec>& table, const Family* family) {
        for (const CommandSpec& spec : table) {
            const QString name = QString::fromLatin1(spec.name);
            if (m_commands.contains(name)) {
                qFatal("Command %s of %s is defined twice", spec.name, family ? qPrintable(family->id) : "the engine");
            }
            m_commands.insert(name, {spec, family});
        }
    };
    add(ioCommands(), nullptr);
    add(hostIoCommands(), nullptr);
    for (const Family& family : std::as_const(m_families)) { // m_families no longer changes: the pointers hold
        add(family.commands, &family);
    }
    m_ioPool.setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
    m_runtimeTimer.setInterval(kRuntimeIntervalMs);
    connect(&m_runtimeTimer, &QTimer::timeout, this, &Engine::refreshRuntime);
    m_mirrorTimer.setInterval(1000);
    connect(&m_mirrorTimer, &QTimer::timeout, this, &Engine::pollMirrors);
    m_snapshot = std::make_shared<Snapshot>();
}

Engine::~Engine()
{
    closeWorkspace();
}

QString Engine::lockFilePath(const QString& dir)
{
    return QDir(dir).filePath(u"engine.lock"_s);
}

QString Engine::daemonLogPath(const QString& dir)
{
    return QDir(dir).filePath(QString::fromLatin1(kLogsDir) + u'/' + QString::fromLatin1(kDaemonLog));
}

QString Engine::defaultWorkspace()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"workspace"_s);
}

QString Engine::volumePath(const QString& fileName) const
{
    return QDir(m_workspace).filePath(QString::fromLatin1(kVolumesDir) + u'/' + fileName);
}

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

Error Engine::openVolumes()
{
    QList<ObjectId> missing;
    QList<std::pair<ObjectId, QString>> truncated;
    for (const LogicalDrive& ld : std::as_const(m_config.logicalDrives)) {
        if (m_volumes.find(ld.id) || ld.kind == LogicalDriveKind::FlashCopy) {
            continue; // a FlashCopy logical drive has no file of its own: FlashCopyOps::restore gives it its image
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
        m_volumes.insert(std::make_shared<VolumeIo>(ld.id, std::make_shared<FileBackend>(std::move(file))));
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
        for (const auto& endpoint : m_mirrors->endpoints()) {
            endpoint->map().compact(); // nothing is in flight now: only what really differs stays marked
            endpoint->map().sync();
            if (auto io = m_volumes.find(endpoint->driveId())) {
                io->removeObserver(endpoint);
            }
        }
    }
    m_ioPool.waitForDone();
    for (const auto& io : m_volumes.all()) {
        io->flush();
    }
    m_pits.clear();
    m_scheduler.reset();
    m_mirrors.reset();
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

const Family* Engine::familyOf(ObjectId subsystemId) const
{
    const auto it = m_config.subsystems.constFind(subsystemId);
    if (it == m_config.subsystems.cend()) {
        return nullptr;
    }
    for (const Family& family : m_families) {
        if (family.id == it->family) {
            return &family;
        }
    }
    return nullptr;
}

CommandResult Engine::run(const CommandRequest& request, std::function<CommandResult()>* ioJob)
{
    const auto spec = m_commands.constFind(request.name);
    if (spec == m_commands.cend()) {
        return CommandResult::failure({ErrorCode::UnknownCommand, {request.name}});
    }
    return runHandler(request, spec->family, spec->spec.mutates, spec->spec.handler, ioJob);
}

CommandResult Engine::runInternal(ObjectId subsystemId, const std::function<void(CommandContext&)>& change)
{
    std::function<CommandResult()> ioJob;
    return runHandler(
        {u"internalUpdate"_s, {{u"subsystemId"_s, subsystemId}}}, nullptr, true,
        [&change](CommandContext& ctx) {
            ctx.args.consume(u"subsystemId"_s);
            change(ctx);
        },
        &ioJob);
}

CommandResult Engine::runHandler(const CommandRequest& request,
    const Family* family,
    bool mutates,
    const std::function<void(CommandContext&)>& handler,
    std::function<CommandResult()>* ioJob)
{
    if (!m_lock) {
        return CommandResult::failure({ErrorCode::EngineUnreachable, {m_workspace, u"no workspace is open"_s}});
    }
    const Configuration before = m_config;
    CommandContext ctx(
        *this, request, m_config, *m_clock, family ? family->id : QString(), family ? family->name : QString());
    auto rollback = [&](const Error& error) {
        m_config = before;
        for (const auto& action : ctx.rollbackActions()) {
            action();
        }
        reconcileAccess();
        return CommandResult::failure(error);
    };
    try {
        handler(ctx);
        ctx.args.finish();
    } catch (const CommandFailure& failure) {
        return rollback(failure.error());
    } catch (const std::exception& e) {
        return rollback({ErrorCode::Internal, {QString::fromLocal8Bit(e.what())}});
    }
    if (mutates && (m_config != before || !ctx.events().isEmpty())) {
        if (const Error err = m_catalog.apply(before, m_config, ctx.events()); err.isError()) {
            return rollback(err);
        }
        for (const auto& action : ctx.commitActions()) {
            action();
        }
        reconcileAccess();
        for (const Event& e : ctx.events()) {
            m_lastEventId = std::max(m_lastEventId, e.id);
        }
        publish();
    }
    *ioJob = ctx.takeIoJob();
    CommandResult result;
    result.data = ctx.data;
    result.revision = m_revision;
    return result;
}

void Engine::reconcileAccess()
{
    for (const auto& io : m_volumes.all()) {
        const HostAccess wanted = hostAccessFor(m_config, io->id());
        if (io->hostAccess() != wanted) {
            io->setHostAccess(wanted);
        }
    }
}

QString Engine::setting(const QString& key, const QString& fallback) const
{
    return m_catalog.setting(key, fallback);
}

Error Engine::setSetting(const QString& key, const QString& value)
{
    return m_catalog.setSetting(key, value);
}

Error Engine::restartNbd()
{
    m_nbd->stop();
    if (setting(u"nbd.enabled"_s, u"true"_s) != u"true"_s) {
        return {};
    }
    const QString address = setting(u"nbd.address"_s, u"127.0.0.1"_s);
    const auto port = static_cast<quint16>(setting(u"nbd.port"_s, u"10809"_s).toUInt());
    Error err = m_nbd->start(address, port, nbdSocketPath());
    if (err.isError()) {
        // Perhaps only the socket cannot be made here (a file system without sockets): TCP alone rather than nothing.
        const Error socketError = err;
        err = m_nbd->start(address, port);
        if (!err.isError()) {
            qWarning("Copyline: host I/O (NBD) server without its owner-only socket: %s",
                qUtf8Printable(socketError.message()));
        }
    }
    if (err.isError()) {
        qWarning("Copyline: host I/O (NBD) server not started: %s", qUtf8Printable(err.message()));
    }
    m_nbd->setExports(m_exports);
    return err;
}

QString Engine::nbdSocketPath() const
{
    const QString inWorkspace = QDir(m_workspace).absoluteFilePath(u"nbd/nbd.sock"_s);
    if (QFile::encodeName(inWorkspace).size() < 100) { // sockaddr_un holds 107 bytes
        return inWorkspace;
    }
    QString base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (base.isEmpty()) {
        base = QDir::tempPath(); // the folder below is checked to be ours and made 0700 before use
    }
    const QByteArray hash
        = QCryptographicHash::hash(QFileInfo(m_workspace).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256)
              .toHex();
    return QDir(base).filePath(u"copyline-nbd-%1/nbd.sock"_s.arg(QString::fromLatin1(hash.left(24))));
}

void Engine::warnIfNbdExposed()
{
    if (!m_nbd->isRunning() || NbdServer::isLoopback(m_nbd->address())) {
        return;
    }
    const QString warning = NbdServer::exposureWarning(m_nbd->address());
    qWarning("Copyline: %s", qUtf8Printable(warning));
    if (!m_config.subsystems.isEmpty()) {
        const ObjectId first = m_config.subsystems.firstKey();
        runInternal(first, [&](CommandContext& ctx) {
            ctx.logEvent(EventCode::HostIoServerExposed, EventSeverity::Warning, u"Host I/O server"_s,
                u"Host I/O server reachable from the network"_s, warning);
        });
    }
}

void Engine::onNbdNotice(NbdNotice kind, const QString& details, const QString& peer)
{
    // One event and log line per kind (and peer) a minute: a flood of connections must not flood the log.
    const QString key = u"nbd-notice|%1|%2"_s.arg(static_cast<int>(kind)).arg(peer);
    const qint64 now = m_clock->monotonicMs();
    if (const auto it = m_lastRefusalEvent.constFind(key); it != m_lastRefusalEvent.cend() && now - *it < 60000) {
        return;
    }
    m_lastRefusalEvent.insert(key, now);
    qWarning("Copyline: %s", qUtf8Printable(details));
    if (m_config.subsystems.isEmpty()) {
        return;
    }
    const ObjectId first = m_config.subsystems.firstKey();
    runInternal(first, [&](CommandContext& ctx) {
        ctx.logEvent(EventCode::HostIoConnectionRefused, EventSeverity::Warning, u"Host I/O server"_s,
            kind == NbdNotice::WrongUser ? u"Host I/O connection refused: wrong user"_s
                                         : u"Host I/O connection refused"_s,
            details);
    });
}

void Engine::onHostIoRefused(const NbdExport& where, const QString& operation, int error, const QString& reason)
{
    logRefusal(where.subsystemId, where.name + u'|' + reason, u"Logical Drive %1"_s.arg(where.logicalDrive),
        u"NBD export %1: %2 refused with %3 because %4."_s.arg(where.name, operation,
            error == EPERM        ? u"EPERM"_s
                : error == ENOSPC ? u"ENOSPC"_s
                                  : u"EIO"_s,
            reason));
}

void Engine::logRefusal(ObjectId subsystemId, const QString& key, const QString& component, const QString& details)
{
    // One event per source and reason a minute: a host retrying in a loop must not flood the log.
    const qint64 now = m_clock->monotonicMs();
    if (const auto it = m_lastRefusalEvent.constFind(key); it != m_lastRefusalEvent.cend() && now - *it < 60000) {
        return;
    }
    m_lastRefusalEvent.insert(key, now);
    runInternal(subsystemId, [&](CommandContext& ctx) {
        ctx.logEvent(EventCode::HostIoRefused, EventSeverity::Warning, component, u"Host I/O refused"_s, details);
    });
}

WorkloadGenerator::Targets Engine::workloadTargets(ObjectId hostId) const
{
    WorkloadGenerator::Targets targets;
    for (const ObjectId id : drivesSeenBy(m_config, hostId)) {
        if (auto io = m_volumes.find(id)) {
            targets.append({id, io});
        }
    }
    return targets;
}

void Engine::setPointInTime(ObjectId id, std::shared_ptr<PointInTimeCopy> pit)
{
    m_pits.insert(id, std::move(pit));
}

void Engine::submit(const CommandRequest& request, Reply reply)
{
    std::function<CommandResult()> ioJob;
    CommandResult result = run(request, &ioJob);
    if (!ioJob) {
        reply(result);
        return;
    }
    const quint64 revision = result.revision;
    m_ioPool.start([job = std::move(ioJob), reply = std::move(reply), revision]() {
        CommandResult ioResult = job();
        ioResult.revision = std::max(ioResult.revision, revision);
        reply(ioResult);
    });
}

CommandResult Engine::execute(const CommandRequest& request)
{
    std::function<CommandResult()> ioJob;
    CommandResult result = run(request, &ioJob);
    if (ioJob) {
        const quint64 revision = result.revision;
        result = ioJob();
        result.revision = std::max(result.revision, revision);
    }
    return result;
}

QList<Event> Engine::events(ObjectId subsystemId, qint64 afterId, int limit) const
{
    return m_catalog.events(subsystemId, afterId, limit);
}

QList<Event> Engine::latestEvents(ObjectId subsystemId, int limit) const
{
    return m_catalog.latestEvents(subsystemId, limit);
}

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
        if (auto file = std::dynamic_pointer_cast<FileBackend>(io->backend())) {
            rt.allocatedBytes = file->file().allocatedBytes();
        }
        snap->runtime.insert(io->id(), rt);
    }
    if (m_mirrors) {
        for (const auto& endpoint : m_mirrors->endpoints()) {
            const Mirror* m = m_config.mirrorOf(endpoint->driveId());
            if (m == nullptr) {
                continue;
            }
            MirrorRuntime rt;
            rt.outOfSyncBytes = endpoint->outOfSyncBytes();
            rt.bytesShipped = static_cast<qint64>(endpoint->bytesShipped());
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
        bool attention = false;
        for (const LogicalDrive& ld : std::as_const(m_config.logicalDrives)) {
            attention = attention || (ld.subsystemId == s.id && ld.status != ComponentStatus::Optimal);
        }
        for (const Drive& d : std::as_const(m_config.drives)) {
            attention = attention || (d.subsystemId == s.id && d.status != ComponentStatus::Optimal);
        }
        for (const FlashCopy& fc : std::as_const(m_config.flashCopies)) {
            attention = attention
                || (fc.subsystemId == s.id
                    && (fc.status == FlashCopyStatus::Failed || fc.thresholdExceeded || fc.baseWritesFailing));
        }
        for (const VolumeCopy& vc : std::as_const(m_config.volumeCopies)) {
            attention = attention || (vc.subsystemId == s.id && vc.status == VolumeCopyStatus::Failed);
        }
        for (const Mirror& m : std::as_const(m_config.mirrors)) {
            // Suspending clears the Needs Attention a communication failure raised (spec §2.4.8).
            attention = attention
                || (m.subsystemId == s.id
                    && (m.status == MirrorStatus::Unsynchronized || m.status == MirrorStatus::Unresponsive
                        || m.status == MirrorStatus::DualPrimary || m.status == MirrorStatus::DualSecondary));
        }
        snap->needsAttention.insert(s.id, attention);
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
    m_snapshot = snap;
    if (m_nbd) {
        if (QList<NbdExport> exports = nbdExports(m_config); exports != m_exports) {
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
    if (++m_mirrorTicks % 5 == 0) {
        m_mirrors->compactMaps(); // out-of-sync marks of grains back in sync leave the disk, a few seconds late
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
        if (c.readOps != old.readOps || c.writeOps != old.writeOps) {
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

} // namespace Copyline
