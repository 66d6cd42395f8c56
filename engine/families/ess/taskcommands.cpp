// SPDX-License-Identifier: GPL-3.0-or-later
// ESS Copy Services tasks (spec §1.9, §2.10, §3.6): a saved Task Wizard action run later by name from the Tasks
// panel or rsExecuteTask, task groups whose members run together, and the last status of each run.
//
// [SIM] decisions where the seed is silent or only warns:
// - Names are unique: Save refuses a name in use unless it replaces that task (the seed only warns that the CLI
//   runs "the task that is first found", L2439). Names have at most 16 characters and no blanks (L4411, L2440).
// - A group's members run one right after another on the engine, at one moment for the copy services; host I/O
//   can still fall between them, so quiesce the applications first as the seed says (§4.4). A group succeeds only
//   if every member does.
#include "families/ess/copyservices.h"
#include "families/ess/models.h"
#include "families/ess/pprc.h"
#include "service/engine.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Ess
{

namespace
{

constexpr int kMaxTaskName = 16;

/** The Task Wizard's actions (spec §2.10) and the engine commands that carry them out. */
const QStringList& taskCommandNames()
{
    static const QStringList names {u"essEstablishFlashCopy"_s, u"essWithdrawFlashCopy"_s, u"essEstablishPaths"_s,
        u"essRemovePaths"_s, u"essEstablishPprc"_s, u"essSuspendPprc"_s, u"essTerminatePprc"_s};
    return names;
}

QString taskType(const QString& command)
{
    static const QHash<QString, QString> types {{u"essEstablishFlashCopy"_s, u"Establish FlashCopy pair"_s},
        {u"essWithdrawFlashCopy"_s, u"Withdraw FlashCopy pair"_s}, {u"essEstablishPaths"_s, u"Establish Path"_s},
        {u"essRemovePaths"_s, u"Remove Path"_s}, {u"essEstablishPprc"_s, u"Establish PPRC copy pair"_s},
        {u"essSuspendPprc"_s, u"Suspend PPRC copy pair"_s}, {u"essTerminatePprc"_s, u"Terminate PPRC copy pair"_s}};
    return command.isEmpty() ? u"Group"_s : types.value(command);
}

void checkName(const QString& name)
{
    if (name.isEmpty()) {
        fail(ErrorCode::EssTaskInvalid, {name, u"needs a name"_s});
    }
    if (name.size() > kMaxTaskName) {
        fail(ErrorCode::EssTaskInvalid, {name, u"is longer than 16 characters, the most a task name may have"_s});
    }
    if (name.contains(QRegularExpression(u"\\s"_s))) {
        fail(ErrorCode::EssTaskInvalid,
            {name, u"contains blanks: a task with blanks in its name cannot be run from the command line"_s});
    }
}

/** The first task of that name (the one rsExecuteTask runs), or nullptr. */
const SavedTask* taskNamed(const Configuration& config, const QString& name)
{
    const SavedTask* found = nullptr;
    for (const SavedTask& t : config.tasks) {
        if (t.family == QLatin1String(kFamily) && t.name == name && (found == nullptr || t.id < found->id)) {
            found = &t;
        }
    }
    return found;
}

const SavedTask& taskArg(CommandContext& ctx, const QString& name)
{
    const SavedTask* t = taskNamed(ctx.config, name);
    if (t == nullptr) {
        fail(ErrorCode::EssTaskNotFound, {name});
    }
    return *t;
}

QList<SavedTask> membersOf(const Configuration& config, const SavedTask& group)
{
    QList<SavedTask> out;
    for (const SavedTask& t : config.tasks) {
        if (t.groupId == group.id) {
            out.append(t);
        }
    }
    return out;
}

/** The volume IDs a task's arguments name, for the checks at Save and the ESSs a run involves. */
QStringList volumesIn(const QJsonObject& args)
{
    QStringList ids;
    for (const QString& key : {u"source"_s, u"target"_s, u"volume"_s}) {
        if (args.contains(key)) {
            ids.append(args.value(key).toString());
        }
    }
    for (const auto& item : args.value(u"pairs"_s).toArray()) {
        ids.append(item.toString().split(u':'));
    }
    return ids;
}

/**
 * essSaveTask name=HPFlash description="..." command=essEstablishFlashCopy arguments={...} [replace=true]: Save on
 * the Define task window, or Replace after Properties (§2.10).
 */
void saveTask(CommandContext& ctx)
{
    const QString name = ctx.args.string(u"name"_s);
    const QString description = ctx.args.string(u"description"_s, QString());
    const QString command = ctx.args.string(u"command"_s);
    const QJsonObject arguments = ctx.args.object(u"arguments"_s);
    const bool replace = ctx.args.boolean(u"replace"_s, false);
    ctx.args.finish();
    checkName(name);
    if (!taskCommandNames().contains(command)) {
        fail(ErrorCode::EssTaskInvalid,
            {name, u"cannot run %1; a task runs one of %2"_s.arg(command, taskCommandNames().join(u", "_s))});
    }
    for (const QString& id : volumesIn(arguments)) {
        volumeNamed(ctx, id); // a task that names no existing volume is refused now, not when it runs
    }
    SavedTask task;
    const SavedTask* existing = taskNamed(ctx.config, name);
    if (existing != nullptr) {
        if (!replace) {
            fail(ErrorCode::EssTaskInvalid,
                {name, u"exists already; choose Replace to change it, or another name for a New task"_s});
        }
        if (existing->isGroup() || existing->groupId != 0) {
            fail(ErrorCode::EssTaskInvalid,
                {name,
                    existing->isGroup() ? u"is a group, whose properties cannot be changed; ungroup it first"_s
                                        : u"is in a group, so its properties cannot be changed; ungroup it first"_s});
        }
        task = *existing;
    } else {
        task.id = ctx.config.allocateId();
        task.family = QString::fromLatin1(kFamily);
        task.name = name;
    }
    task.description = description;
    task.command = command;
    task.arguments = QString::fromUtf8(QJsonDocument(arguments).toJson(QJsonDocument::Compact));
    ctx.config.tasks.insert(task.id, task);
    ctx.logEvent(EventCode::EssTaskSaved, EventSeverity::Informational, u"Task %1"_s.arg(name),
        existing != nullptr ? u"Task replaced"_s : u"Task saved"_s, u"%1: %2"_s.arg(taskType(command), task.arguments));
    ctx.data.insert(u"id"_s, task.id);
}

/** essRemoveTask name=: Remove on the Tasks panel. A group goes and its members stay, ungrouped. */
void removeTask(CommandContext& ctx)
{
    const SavedTask task = taskArg(ctx, ctx.args.string(u"name"_s));
    ctx.args.finish();
    if (task.groupId != 0) {
        fail(ErrorCode::EssTaskInvalid,
            {task.name, u"is in group %1; ungroup it first"_s.arg(ctx.config.tasks.value(task.groupId).name)});
    }
    for (const SavedTask& member : membersOf(ctx.config, task)) {
        ctx.config.tasks[member.id].groupId = 0;
    }
    ctx.config.tasks.remove(task.id);
    ctx.logEvent(EventCode::EssTaskRemoved, EventSeverity::Informational, u"Task %1"_s.arg(task.name),
        u"Task removed"_s, taskType(task.command));
}

/** essGroupTasks name=fc_group1 members=(fc1 fc2): Group (§2.10). Groups do not nest. */
void groupTasks(CommandContext& ctx)
{
    const QString name = ctx.args.string(u"name"_s);
    const QStringList memberNames = ctx.args.list(u"members"_s);
    ctx.args.finish();
    checkName(name);
    if (taskNamed(ctx.config, name) != nullptr) {
        fail(ErrorCode::EssTaskInvalid, {name, u"exists already; choose another name for the group"_s});
    }
    if (memberNames.size() < 2) {
        fail(ErrorCode::EssTaskInvalid, {name, u"needs at least two tasks (Shift-click them on the Tasks panel)"_s});
    }
    SavedTask group;
    group.id = ctx.config.allocateId();
    group.family = QString::fromLatin1(kFamily);
    group.name = name;
    group.description = u"Group of %1"_s.arg(memberNames.join(u", "_s));
    for (const QString& memberName : memberNames) {
        const SavedTask member = taskArg(ctx, memberName);
        if (member.isGroup()) {
            fail(ErrorCode::EssTaskInvalid, {member.name, u"is a group itself; groups do not nest"_s});
        }
        if (member.groupId != 0) {
            fail(ErrorCode::EssTaskInvalid,
                {member.name, u"is in group %1 already"_s.arg(ctx.config.tasks.value(member.groupId).name)});
        }
        ctx.config.tasks[member.id].groupId = group.id;
    }
    ctx.config.tasks.insert(group.id, group);
    ctx.logEvent(EventCode::EssTaskSaved, EventSeverity::Informational, u"Task %1"_s.arg(name), u"Task group created"_s,
        u"Members, run together: %1."_s.arg(memberNames.join(u", "_s)));
    ctx.data.insert(u"id"_s, group.id);
}

/** essUngroupTasks name=: Ungroup; the members stay as tasks. */
void ungroupTasks(CommandContext& ctx)
{
    const SavedTask group = taskArg(ctx, ctx.args.string(u"name"_s));
    ctx.args.finish();
    if (!group.isGroup()) {
        fail(ErrorCode::EssTaskInvalid, {group.name, u"is not a group"_s});
    }
    for (const SavedTask& member : membersOf(ctx.config, group)) {
        ctx.config.tasks[member.id].groupId = 0;
    }
    ctx.config.tasks.remove(group.id);
    ctx.logEvent(EventCode::EssTaskRemoved, EventSeverity::Informational, u"Task %1"_s.arg(group.name),
        u"Task group ungrouped"_s, u"Its members stay as tasks."_s);
}

struct Outcome
{
    ObjectId id = 0;
    bool ok = true;
    QString reason;
};

/**
 * essRunTasks names=(HPFlash ...): Run on the Tasks panel and rsExecuteTask (§2.10, §6.2): runs each task (a group:
 * its members) and waits for it; the answer lists each task's status. Refused while the Copy Services server is
 * not active (§3.5).
 */
void runTasks(CommandContext& ctx)
{
    const QStringList names = ctx.args.list(u"names"_s);
    ctx.args.finish();
    const QString active = activeServer(ctx.config);
    if (active.isEmpty()) {
        fail(ErrorCode::EssCopyServicesUnavailable,
            {u"not active"_s,
                serverProblem(ctx.config, u"primary"_s) + u"; "_s + serverProblem(ctx.config, u"backup"_s)});
    }
    QList<ObjectId> ids;
    for (const QString& name : names) {
        checkName(name);
        const SavedTask& task = taskArg(ctx, name);
        for (const SavedTask& run : task.isGroup() ? membersOf(ctx.config, task) : QList<SavedTask> {task}) {
            for (const QString& id : volumesIn(QJsonDocument::fromJson(run.arguments.toUtf8()).object())) {
                const Subsystem& server = ctx.config.subsystems.value(volumeNamed(ctx, id).subsystemId);
                const QString state = optionValue(server.options, u"csActive"_s, u"primary"_s);
                if (state != active) {
                    fail(ErrorCode::EssCopyServicesUnavailable,
                        {state == u"disabled"_s ? u"disabled on ESS %1"_s.arg(server.name)
                                                : u"talking to the %1 server on ESS %2"_s.arg(state, server.name),
                            u"Reset ESS %1 to the %2 server before running task %3"_s.arg(
                                server.name, active, run.name)});
                }
            }
        }
        ids.append(task.id);
        SavedTask& t = ctx.config.tasks[task.id];
        t.lastStatus = u"running"_s;
        t.lastReason.clear();
        t.lastRun = ctx.clock.now();
    }
    ctx.logEvent(EventCode::EssTaskRun, EventSeverity::Informational, u"Copy Services server"_s, u"Tasks started"_s,
        names.join(u", "_s));
    // The tasks' commands run as commands of their own once this one is committed, each with its own rollback: a
    // failing member leaves the others' effects, and the status records what happened.
    Engine& engine = ctx.engine;
    ctx.onCommit([&engine, &ctx, ids]() {
        QList<Outcome> outcomes;
        QJsonArray results;
        bool allOk = true;
        for (const ObjectId id : ids) {
            const SavedTask task = engine.configuration().tasks.value(id);
            const QList<SavedTask> runs
                = task.isGroup() ? membersOf(engine.configuration(), task) : QList<SavedTask> {task};
            QElapsedTimer timer;
            timer.start();
            Outcome whole {id, true, {}};
            for (const SavedTask& run : runs) {
                const CommandResult r
                    = engine.execute({run.command, QJsonDocument::fromJson(run.arguments.toUtf8()).object()});
                Outcome one {run.id, r.ok(), r.ok() ? QString() : r.error.cliLine()};
                if (run.id != id) {
                    outcomes.append(one);
                }
                if (!one.ok) {
                    whole.ok = false;
                    whole.reason = runs.size() > 1 ? u"%1: %2"_s.arg(run.name, one.reason) : one.reason;
                }
            }
            outcomes.append(whole);
            allOk = allOk && whole.ok;
            results.append(QJsonObject {{u"name"_s, task.name}, {u"status"_s, whole.ok ? u"successful"_s : u"failed"_s},
                {u"reason"_s, whole.reason}, {u"milliseconds"_s, timer.elapsed()}});
        }
        engine.runInternal(domainHolder(engine.configuration())->id, [&](CommandContext& c) {
            for (const Outcome& o : outcomes) {
                if (!c.config.tasks.contains(o.id)) {
                    continue;
                }
                SavedTask& t = c.config.tasks[o.id];
                t.lastStatus = o.ok ? u"successful"_s : u"failed"_s;
                t.lastReason = o.reason;
                t.lastRun = c.clock.now();
                c.logEvent(EventCode::EssTaskRun, o.ok ? EventSeverity::Informational : EventSeverity::Warning,
                    u"Task %1"_s.arg(t.name), o.ok ? u"Task completed successfully"_s : u"Task failed"_s,
                    o.ok ? taskType(t.command) : u"%1: %2"_s.arg(taskType(t.command), o.reason), !o.ok);
            }
        });
        ctx.data.insert(u"results"_s, results);
        ctx.data.insert(u"ok"_s, allOk);
    });
}

/**
 * essQueryTask name=: a PPRC establish task's pairs and how far their copy is (rsQueryComplete, §6.6): percent =
 * tracks in sync / tracks of the volume.
 */
void queryTask(CommandContext& ctx)
{
    const SavedTask task = taskArg(ctx, ctx.args.string(u"name"_s));
    ctx.args.finish();
    ctx.data.insert(u"type"_s, taskType(task.command));
    ctx.data.insert(u"lastStatus"_s, task.lastStatus);
    ctx.data.insert(u"lastReason"_s, task.lastReason);
    if (task.command != u"essEstablishPprc"_s) {
        ctx.data.insert(u"establishTask"_s, false);
        return;
    }
    ctx.data.insert(u"establishTask"_s, true);
    QJsonArray pairs;
    double least = 100.0;
    for (const auto& item : QJsonDocument::fromJson(task.arguments.toUtf8()).object().value(u"pairs"_s).toArray()) {
        const QStringList ids = item.toString().split(u':');
        const LogicalDrive& source = volumeNamed(ctx, ids.value(0));
        const Relationship* pair = pprcOf(ctx.config, source.id);
        double percent = 0.0;
        QString state = u"simplex"_s;
        if (pair != nullptr && pair->sourceId == source.id) {
            state = pair->state;
            const qint64 tracks = (source.capacity + pair->grainSize - 1) / pair->grainSize;
            percent
                = tracks == 0 ? 100.0 : 100.0 * double(tracks - outOfSyncTracks(ctx.engine, pair->id)) / double(tracks);
            if (pair->state == QLatin1String(kDuplex)) {
                percent = 100.0;
            }
        }
        least = std::min(least, percent);
        pairs.append(QJsonObject {{u"pair"_s, item.toString()}, {u"state"_s, state}, {u"percent"_s, percent}});
    }
    ctx.data.insert(u"pairs"_s, pairs);
    ctx.data.insert(u"percent"_s, least);
}

/** essShowTasks: the Tasks panel's list (name, description, type, group, last status) and Information. */
void showTasks(CommandContext& ctx)
{
    ctx.args.finish();
    QList<SavedTask> tasks;
    for (const SavedTask& t : ctx.config.tasks) {
        if (t.family == QLatin1String(kFamily)) {
            tasks.append(t);
        }
    }
    std::sort(tasks.begin(), tasks.end(), [](const SavedTask& a, const SavedTask& b) { return a.id < b.id; });
    QJsonArray list;
    for (const SavedTask& t : tasks) {
        list.append(
            QJsonObject {{u"name"_s, t.name}, {u"description"_s, t.description}, {u"type"_s, taskType(t.command)},
                {u"command"_s, t.command}, {u"arguments"_s, QJsonDocument::fromJson(t.arguments.toUtf8()).object()},
                {u"group"_s, t.groupId != 0 ? ctx.config.tasks.value(t.groupId).name : QString()},
                {u"lastStatus"_s, t.lastStatus}, {u"lastReason"_s, t.lastReason},
                {u"lastRun"_s, t.lastRun.isValid() ? t.lastRun.toString(Qt::ISODate) : QString()}});
    }
    ctx.data.insert(u"tasks"_s, list);
}

} // namespace

QList<CommandSpec> taskCommands()
{
    return {
        {"essSaveTask", &saveTask, true},
        {"essRemoveTask", &removeTask, true},
        {"essGroupTasks", &groupTasks, true},
        {"essUngroupTasks", &ungroupTasks, true},
        {"essRunTasks", &runTasks, true},
        {"essQueryTask", &queryTask, false},
        {"essShowTasks", &showTasks, false},
    };
}

} // namespace Copyline::Ess
