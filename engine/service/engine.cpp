// SPDX-License-Identifier: GPL-3.0-or-later
// The Engine, part 1: construction, the command dispatcher and settings. The workspace's opening and closing are in
// engineworkspace.cpp, the host I/O server's upkeep in enginehostio.cpp, the snapshots in engineruntime.cpp.
#include "engine.h"
#include "sites.h"

#include "copy/accessrules.h"
#include "copy/pointintime.h"
#include "storage/rules.h"

#include <QDir>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <future>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

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
    add(Sites::commands(), nullptr);
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

QJsonObject Engine::runWithin(CommandContext& parent, const CommandRequest& request)
{
    const auto spec = m_commands.constFind(request.name);
    if (spec == m_commands.cend()) {
        fail(ErrorCode::UnknownCommand, {request.name});
    }
    const Family* family = spec->family;
    CommandContext child(
        *this, request, parent.config, *m_clock, family ? family->id : QString(), family ? family->name : QString());
    // The child's side effects join the parent's even when it fails half-way: the parent's rollback undoes them.
    auto join = [&parent, &child]() {
        parent.events().append(child.events());
        for (const auto& action : child.commitActions()) {
            parent.onCommit(action);
        }
        const auto& undo = child.rollbackActions();
        for (auto it = undo.crbegin(); it != undo.crend(); ++it) {
            parent.onRollback(*it);
        }
    };
    try {
        spec->spec.handler(child);
        child.args.finish();
    } catch (...) {
        join();
        throw;
    }
    join();
    if (child.takeIoJob()) {
        fail(ErrorCode::Internal, {u"%1 cannot run inside another command"_s.arg(request.name)});
    }
    return child.data;
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
    const bool changed = mutates && m_config != before; // compared once: the configuration may be large
    if (changed && request.name != u"internalUpdate"_s) {
        // A proxy (a subsystem another engine serves, enginesites.cpp) is what that engine said: no command changes
        // it. Mirror records and links that name a proxy's drive are this engine's own and may change.
        if (const Error err = proxyChange(before, m_config); err.isError()) {
            return rollback(err);
        }
    }
    if (changed || (mutates && !ctx.events().isEmpty())) {
        if (const Error err = m_catalog.apply(before, m_config, ctx.events()); err.isError()) {
            return rollback(err);
        }
        // Before the host access rules: a secondary that another engine's primary wrote is closed to its frames
        // before its own hosts may write it (a failover), never after.
        noteRemoteSecondaries();
        for (const auto& action : ctx.commitActions()) {
            action();
        }
        reconcileAccess();
        for (const Event& e : ctx.events()) {
            m_lastEventId = std::max(m_lastEventId, e.id);
        }
        afterCommitSites(before);
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
    const HostAccessRules rules(m_config);
    for (const auto& io : m_volumes.all()) {
        HostAccess wanted = rules.of(io->id());
        const auto ld = m_config.logicalDrives.constFind(io->id());
        if (const Family* family = ld == m_config.logicalDrives.cend() ? nullptr : familyOf(ld->subsystemId);
            family != nullptr && family->restrictAccess != nullptr) {
            family->restrictAccess(m_config, io->id(), wanted);
        }
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

void Engine::attachFullVolumeCopy(
    ObjectId id, ObjectId sourceId, ObjectId targetId, const std::shared_ptr<PointInTimeCopy>& pit)
{
    auto sourceIo = m_volumes.find(sourceId);
    auto targetIo = m_volumes.find(targetId);
    {
        auto heldTarget = targetIo->quiesce();
        auto heldSource = sourceIo->quiesce();
        heldSource.addObserver(pit);
        heldTarget.setBackend(pit->targetBackend());
    }
    setPointInTime(id, pit);
}

void Engine::detachFullVolumeCopy(ObjectId id, ObjectId sourceId, ObjectId targetId)
{
    auto pit = takePointInTime(id);
    if (!pit) {
        return;
    }
    if (auto targetIo = m_volumes.find(targetId)) {
        auto held = targetIo->quiesce();
        held.setBackend(pit->store());
    }
    if (auto sourceIo = m_volumes.find(sourceId)) {
        sourceIo->removeObserver(pit);
    }
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

} // namespace Copyline
