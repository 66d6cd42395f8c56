// SPDX-License-Identifier: GPL-3.0-or-later
// DS4000 Enhanced Remote Mirroring commands of the mirrored pairs (spec §2.4.8, §2.4.10, §4.4-4.6): create a mirror
// relationship with its write mode, remove it (on both sides, or on one when the link is down), suspend and resume
// with delta resynchronization, and change its settings or its role (mirrorroles.cpp). The arguments the mirror
// commands share are here too (mirrorinternal.h).
#include "families/ds4000/commands.h"
#include "families/ds4000/mirrorinternal.h"
#include "families/ds4000/models.h"
#include "mirror/mirrorrules.h"
#include "mirror/mirrorservice.h"
#include "service/engine.h"
#include "util/bytesize.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace MirrorInternal
{

// ---- arguments --------------------------------------------------------------------------------------------------

QStringList driveNames(CommandContext& ctx, const QStringList& keys)
{
    QStringList names;
    for (const QString& key : keys) {
        if (ctx.args.has(key)) {
            names += ctx.args.list(key);
        }
    }
    names += ctx.args.targets();
    names.removeDuplicates();
    if (names.isEmpty()) {
        fail(ErrorCode::MissingParameter, {keys.value(0) + u" [\"name\"]"_s, ctx.args.command()});
    }
    return names;
}

const Mirror& recordOf(CommandContext& ctx, const QString& name)
{
    const LogicalDrive& ld = ctx.logicalDriveNamed(name);
    const Mirror* m = ctx.config.mirrorOf(ld.id);
    if (m == nullptr) {
        fail(ErrorCode::MirrorNotFound, {ld.name, ctx.subsystem().name});
    }
    return *m;
}

const Subsystem& remoteSubsystemArg(CommandContext& ctx)
{
    return ctx.subsystemNamed(ctx.args.string(u"remoteStorageSubsystemName"_s));
}

QList<ObjectId> groupOf(const Configuration& config, const Mirror& m, bool wholeGroup)
{
    QList<ObjectId> ids {m.id};
    if (!wholeGroup || !m.inConsistencyGroup()) {
        return ids;
    }
    for (const Mirror& other : config.mirrors) {
        if (other.id != m.id && other.subsystemId == m.subsystemId && other.role == MirrorRole::Primary
            && other.inConsistencyGroup()) {
            ids.append(other.id);
        }
    }
    return ids;
}

void communicationFailure(CommandContext& ctx, const Mirror& m, const QString& advice)
{
    const QString controller = controllerOf(ctx.config, m);
    fail(ErrorCode::MirrorCommunication,
        {subsystemName(ctx.config, m.subsystemId), subsystemName(ctx.config, m.remoteSubsystemId),
            u"the remote mirror path of controller %1 is down"_s.arg(controller), advice});
}

QString mapFileOf(ObjectId driveId)
{
    return u"mirror-%1.oos"_s.arg(driveId);
}

} // namespace MirrorInternal

namespace
{

using namespace MirrorInternal;
using namespace MirrorRules;

const Mirror& primaryRecordOf(CommandContext& ctx, const QString& name, const QString& operation)
{
    const Mirror& m = recordOf(ctx, name);
    if (m.role != MirrorRole::Primary) {
        fail(ErrorCode::MirrorRoleInvalid,
            {driveName(ctx.config, m.id),
                u"is the secondary of its mirrored pair; %1 from the primary %2 on storage subsystem \"%3\"."_s.arg(
                    operation, driveName(ctx.config, m.remoteDriveId),
                    subsystemName(ctx.config, m.remoteSubsystemId))});
    }
    return m;
}

CopyPriority priorityArg(CommandContext& ctx, const QString& key, CopyPriority fallback)
{
    if (!ctx.args.has(key)) {
        return fallback;
    }
    const QString text = ctx.args.string(key);
    const auto p = parseEnum<CopyPriority>(text);
    if (!p) {
        fail(ErrorCode::InvalidParameter, {key, text, u"use lowest, low, medium, high or highest"_s});
    }
    return *p;
}

bool choiceArg(CommandContext& ctx, const QString& key, const QString& yes, const QString& no, bool fallback)
{
    if (!ctx.args.has(key)) {
        return fallback;
    }
    const QString text = ctx.args.string(key);
    if (text.compare(yes, Qt::CaseInsensitive) == 0) {
        return true;
    }
    if (text.compare(no, Qt::CaseInsensitive) == 0) {
        return false;
    }
    fail(ErrorCode::InvalidParameter, {key, text, u"use %1 or %2"_s.arg(yes, no)});
}

MirrorWriteMode writeModeArg(CommandContext& ctx, MirrorWriteMode fallback)
{
    if (!ctx.args.has(u"writeMode"_s)) {
        return fallback;
    }
    const QString text = ctx.args.string(u"writeMode"_s);
    const auto mode = parseEnum<MirrorWriteMode>(text);
    if (!mode) {
        fail(ErrorCode::InvalidParameter, {u"writeMode"_s, text, u"use synchronous or asynchronous"_s});
    }
    return *mode;
}

// ---- relationships ----------------------------------------------------------------------------------------------

void createRemoteMirror(CommandContext& ctx)
{
    const Subsystem local = ctx.subsystem();
    const QStringList primaries = ctx.args.list(u"primary"_s);
    const QStringList secondaries = ctx.args.list(u"secondary"_s);
    if (primaries.size() != 1 || secondaries.size() != 1) {
        fail(ErrorCode::InvalidParameter,
            {u"primary"_s, primaries.join(u' '), u"name one primary and one secondary logical drive"_s});
    }
    const Subsystem& remote = remoteSubsystemArg(ctx);
    const CopyPriority priority = priorityArg(ctx, u"syncPriority"_s, CopyPriority::Medium);
    const bool autoResync = choiceArg(ctx, u"autoResync"_s, u"enabled"_s, u"disabled"_s, false);
    const MirrorWriteMode writeMode = writeModeArg(ctx, MirrorWriteMode::Synchronous);
    const bool consistency = choiceArg(ctx, u"writeOrder"_s, u"preserved"_s, u"notPreserved"_s, false);
    if (consistency && writeMode == MirrorWriteMode::Synchronous) {
        fail(ErrorCode::InvalidParameter,
            {u"writeOrder"_s, u"preserved"_s,
                u"the write consistency group is for asynchronous mirrors: add writeMode=asynchronous"_s});
    }
    const qint64 grainSize = ctx.args.integer(u"grainSize"_s, kGrainSize);
    if (grainSize < 4096 || grainSize > 4 * 1024 * 1024 || (grainSize & (grainSize - 1)) != 0) {
        fail(ErrorCode::InvalidParameter,
            {u"grainSize"_s, QString::number(grainSize), u"use a power of two from 4096 to 4194304 bytes"_s});
    }
    checkSameFirmware(ctx, local.id, remote.id, u"creating a mirror relationship"_s);
    if (remote.id == local.id) {
        fail(ErrorCode::MirrorSubsystemInvalid,
            {local.name, remote.name, u"a mirror joins two storage subsystems; choose the remote one"_s});
    }
    for (const Subsystem* s : {&local, &remote}) {
        if (!enabledAndActivated(*s)) {
            fail(ErrorCode::MirrorNotActivated, {s->name, optionState(*s)});
        }
        const ObjectId partner = mirrorPartnerSubsystem(ctx.config, s->id);
        const ObjectId wanted = s->id == local.id ? remote.id : local.id;
        if (partner != 0 && partner != wanted) {
            fail(ErrorCode::MirrorSubsystemInvalid,
                {local.name, remote.name,
                    u"\"%1\" already mirrors with \"%2\", and at most two storage subsystems take part in a mirror "
                    "configuration"_s.arg(s->name, subsystemName(ctx.config, partner))});
        }
    }
    const MirrorLink* link = ctx.config.linkBetween(local.id, remote.id);
    if (link == nullptr) {
        fail(ErrorCode::MirrorSubsystemInvalid, {local.name, remote.name, u"no remote mirror link connects them"_s});
    }
    const LogicalDrive primary = ctx.logicalDriveNamed(primaries.first());
    check(primaryProblem(ctx.config, primary));
    const LogicalDrive* secondaryPtr = ctx.config.logicalDriveByName(remote.id, secondaries.first());
    if (secondaryPtr == nullptr) {
        fail(ErrorCode::LogicalDriveNotFound, {secondaries.first(), remote.name});
    }
    const LogicalDrive secondary = *secondaryPtr;
    check(secondaryProblem(ctx.config, primary, secondary));
    for (const Subsystem* s : {&local, &remote}) {
        const int max = Ds4000::limits(s->model).maxMirrors;
        if (const int n = mirrorCount(ctx.config, s->id); n >= max) {
            fail(ErrorCode::MirrorLimit, {s->name, QString::number(n), s->model});
        }
    }
    const auto runtime = ctx.engine.mirrors().link(link->id);
    if (!runtime || !runtime->pathUp(primary.currentOwner)) {
        fail(ErrorCode::MirrorCommunication,
            {local.name, remote.name, u"the remote mirror path of controller %1 is down"_s.arg(primary.currentOwner),
                u"Restore the link (Simulation > Remote Mirror Link), then create the mirror."_s});
    }

    Mirror p;
    p.id = primary.id;
    p.subsystemId = local.id;
    p.pairId = ctx.config.allocateId();
    p.remoteSubsystemId = remote.id;
    p.remoteDriveId = secondary.id;
    p.role = MirrorRole::Primary;
    p.status = MirrorStatus::Synchronizing;
    p.writeMode = writeMode;
    p.writeConsistency = consistency;
    p.syncPriority = priority;
    p.autoResync = autoResync;
    p.fullSyncNeeded = true;
    p.secondaryInconsistent = true;
    p.created = ctx.clock.now();
    p.grainSize = grainSize;
    p.mapFile = mapFileOf(primary.id);
    Mirror s = p;
    s.id = secondary.id;
    s.subsystemId = remote.id;
    s.remoteSubsystemId = local.id;
    s.remoteDriveId = primary.id;
    s.role = MirrorRole::Secondary;
    s.fullSyncNeeded = false;
    s.mapFile = mapFileOf(secondary.id);
    ctx.config.mirrors.insert(p.id, p);
    ctx.config.mirrors.insert(s.id, s);
    const QString site = Engine::peerOfDrive(ctx.config, secondary.id);
    if (site.isEmpty()) {
        // "Create primary and secondary on the same primary path": the secondary's owner follows (spec §3.5).
        ctx.config.logicalDrives[secondary.id].currentOwner = primary.currentOwner;
    } else {
        // The secondary is on the engine of another site (issue 17): that engine checks its drive and takes its
        // record now, or the mirror is not created. Its owner stays as that engine has it. Should this command still
        // fail after that (the catalog cannot be written), the peer is told the pairs as they are again, so it does
        // not keep a secondary that no primary writes.
        check(ctx.engine.pushMirrorRecords(site, ctx.config));
        Engine& engine = ctx.engine;
        ctx.onRollback([&engine, site]() { engine.pushMirrorRecords(site, engine.configuration()); });
    }
    attachEndpoint(ctx, p);
    attachEndpoint(ctx, s);
    applyOnCommit(ctx, {p.id, s.id});

    ctx.data.insert(u"primary"_s, primary.name);
    ctx.data.insert(u"secondary"_s, secondary.name);
    ctx.data.insert(u"copyType"_s, copyTypeText(p));
    const QString details
        = u"Primary %1, secondary %2: %3 (%4), synchronization priority %5, resynchronization %6. "
          "A full synchronization copies the primary to the secondary; the secondary is "
          "write-protected for hosts."_s.arg(sideText(ctx.config, p.id), sideText(ctx.config, s.id), copyTypeText(p),
              writeModeText(p), enumName(priority), autoResync ? u"Automatic"_s : u"Manual"_s);
    logBoth(ctx, p, EventCode::MirrorCreated, EventSeverity::Informational, u"Mirror relationship created"_s, details);
}

void removeRemoteMirror(CommandContext& ctx)
{
    QJsonArray removed;
    for (const QString& name : driveNames(ctx, {u"localLogicalDrive"_s, u"localLogicalDrives"_s})) {
        const Mirror m = recordOf(ctx, name);
        // The link failing during a removal leaves the partner's record behind (spec §2.4.10, §7.2).
        const bool talk = reachable(ctx.engine, ctx.config, m);
        removeRecord(ctx, m, talk);
        removed.append(QJsonObject {{u"logicalDrive"_s, name}, {u"bothSides"_s, talk}});
    }
    ctx.data.insert(u"removed"_s, removed);
}

void suspendOrResume(CommandContext& ctx, bool suspend)
{
    const bool wholeGroup = ctx.args.boolean(u"writeConsistency"_s, true);
    QList<ObjectId> ids;
    QList<ObjectId> named;
    for (const QString& name : driveNames(ctx, {u"primary"_s, u"primaries"_s, u"localLogicalDrive"_s})) {
        const Mirror& m = primaryRecordOf(ctx, name, suspend ? u"suspend it"_s : u"resume it"_s);
        named.append(m.id);
        for (const ObjectId id : groupOf(ctx.config, m, wholeGroup)) {
            if (!ids.contains(id)) {
                ids.append(id);
            }
        }
    }
    ObjectId group = 0;
    for (const ObjectId id : std::as_const(ids)) {
        Mirror& m = ctx.config.mirrors[id];
        const QString name = driveName(ctx.config, id);
        if (m.inConsistencyGroup() && wholeGroup) {
            group = m.subsystemId;
        }
        // The other members of a named pair's group follow it when they can; only the named pairs must.
        if (!named.contains(id)) {
            const bool can = suspend
                ? (m.status == MirrorStatus::Synchronized || m.status == MirrorStatus::Synchronizing
                    || m.status == MirrorStatus::Unsynchronized)
                : (m.status == MirrorStatus::Suspended || m.status == MirrorStatus::Unsynchronized);
            if (!can) {
                continue;
            }
        }
        if (suspend) {
            if (m.status != MirrorStatus::Synchronized && m.status != MirrorStatus::Synchronizing
                && m.status != MirrorStatus::Unsynchronized) {
                fail(ErrorCode::MirrorStateInvalid,
                    {name, statusText(m.status),
                        u"only a Synchronized, synchronizing or Unsynchronized pair can be suspended"_s});
            }
            m.status = MirrorStatus::Suspended;
            m.statusReason = u"suspended by the administrator"_s;
            // "No attempt is made to contact the secondary" (§2.4.8): its record is not touched.
            ctx.logEvent(EventCode::MirrorSuspended, EventSeverity::Informational, driveComponent(ctx.config, id),
                u"Mirrored pair suspended"_s,
                u"Mirroring from %1 to %2 stopped; writes to %3 are recorded and only those regions are copied on "
                "Resume."_s.arg(sideText(ctx.config, id), sideText(ctx.config, m.remoteDriveId), name));
            continue;
        }
        if (m.status != MirrorStatus::Suspended && m.status != MirrorStatus::Unsynchronized) {
            fail(ErrorCode::MirrorStateInvalid,
                {name, statusText(m.status), u"only a Suspended or Unsynchronized pair can be resumed"_s});
        }
        const Mirror* partner = ctx.config.partnerOf(m);
        if (partner == nullptr || partner->role != MirrorRole::Secondary) {
            fail(ErrorCode::MirrorStateInvalid,
                {name, statusText(m.status),
                    u"the remote storage subsystem no longer lists %1 as the secondary; remove the relationship and "
                    "create it again"_s.arg(driveName(ctx.config, m.remoteDriveId))});
        }
        if (!reachable(ctx.engine, ctx.config, m)) {
            communicationFailure(ctx, m, u"Restore the link, then resume."_s);
        }
        const qint64 delta = outOfSyncBytes(ctx.engine, id);
        startSync(ctx, m, u"resumed by the administrator"_s);
        tellPartner(ctx, m);
        ctx.logEvent(EventCode::MirrorResumed, EventSeverity::Informational, driveComponent(ctx.config, id),
            u"Mirrored pair resumed"_s,
            u"Copying from %1 to %2: only the %3 written since mirroring stopped%4."_s.arg(sideText(ctx.config, id),
                sideText(ctx.config, m.remoteDriveId), formatBytes(delta),
                m.fullSyncNeeded ? u" (a full synchronization is needed and runs first)"_s : QString()));
    }
    ctx.data.insert(u"count"_s, static_cast<qint64>(ids.size()));
    applyOnCommit(ctx, ids, suspend ? group : 0);
}

void suspendRemoteMirror(CommandContext& ctx)
{
    suspendOrResume(ctx, true);
}

void resumeRemoteMirror(CommandContext& ctx)
{
    suspendOrResume(ctx, false);
}

void setRemoteMirror(CommandContext& ctx)
{
    const QStringList names = driveNames(ctx, {u"localLogicalDrive"_s, u"localLogicalDrives"_s});
    if (ctx.args.has(u"role"_s)) {
        const QString text = ctx.args.string(u"role"_s);
        const auto role = parseEnum<MirrorRole>(text);
        if (!role) {
            fail(ErrorCode::InvalidParameter, {u"role"_s, text, u"use primary or secondary"_s});
        }
        const bool force = ctx.args.boolean(u"force"_s, false);
        for (const QString& name : names) {
            if (*role == MirrorRole::Secondary) { // a promotion is allowed in a mixed-firmware pairing, not this
                const Mirror& m = recordOf(ctx, name);
                checkSameFirmware(ctx, m.subsystemId, m.remoteSubsystemId, u"a role change to secondary"_s);
            }
            changeRole(ctx, name, *role, force);
        }
    }
    const bool settings = ctx.args.has(u"syncPriority"_s) || ctx.args.has(u"autoResync"_s);
    const bool mode = ctx.args.has(u"writeMode"_s) || ctx.args.has(u"writeOrder"_s);
    if (!settings && !mode && !ctx.args.has(u"role"_s)) {
        fail(ErrorCode::MissingParameter,
            {u"role, syncPriority, autoResync, writeMode or writeOrder"_s, ctx.args.command()});
    }
    QList<ObjectId> changed;
    for (const QString& name : names) {
        if (!settings && !mode) {
            break;
        }
        Mirror& m = ctx.config.mirrors[primaryRecordOf(ctx, name, u"change its settings"_s).id];
        if (mode || ctx.args.has(u"autoResync"_s)) { // the synchronization priority may change with mixed firmware
            checkSameFirmware(
                ctx, m.subsystemId, m.remoteSubsystemId, u"changing the write mode or resynchronization"_s);
        }
        const Mirror before = m;
        m.syncPriority = priorityArg(ctx, u"syncPriority"_s, m.syncPriority);
        m.autoResync = choiceArg(ctx, u"autoResync"_s, u"enabled"_s, u"disabled"_s, m.autoResync);
        m.writeMode = writeModeArg(ctx, m.writeMode);
        m.writeConsistency = choiceArg(ctx, u"writeOrder"_s, u"preserved"_s, u"notPreserved"_s,
            m.writeMode == MirrorWriteMode::Asynchronous && m.writeConsistency);
        if (m.writeConsistency && m.writeMode == MirrorWriteMode::Synchronous) {
            fail(ErrorCode::InvalidParameter,
                {u"writeOrder"_s, u"preserved"_s,
                    u"the write consistency group is for asynchronous mirrors: add writeMode=asynchronous"_s});
        }
        const bool modeChanged = replicationOf(m) != replicationOf(before);
        if (modeChanged && (m.status == MirrorStatus::Synchronized || m.status == MirrorStatus::Synchronizing)) {
            // The new mode starts at a clean cut: what the old one had not shipped is copied first.
            if (!reachable(ctx.engine, ctx.config, m)) {
                communicationFailure(ctx, m, u"Restore the link, then change the write mode."_s);
            }
            startSync(ctx, m, u"the write mode changed"_s);
            m.secondaryInconsistent = before.secondaryInconsistent || before.status == MirrorStatus::Synchronizing;
        }
        if (reachable(ctx.engine, ctx.config, m)) {
            tellPartner(ctx, m);
        }
        changed.append(m.id);
        QStringList what;
        if (m.syncPriority != before.syncPriority) {
            what << u"synchronization priority %1"_s.arg(enumName(m.syncPriority));
        }
        if (m.autoResync != before.autoResync) {
            what << u"resynchronization %1"_s.arg(m.autoResync ? u"Automatic"_s : u"Manual"_s);
        }
        if (modeChanged) {
            what << u"write mode %1 (%2)"_s.arg(writeModeText(m), copyTypeText(m));
        }
        if (!what.isEmpty()) {
            ctx.logEvent(EventCode::MirrorSettingsChanged, EventSeverity::Informational,
                driveComponent(ctx.config, m.id), u"Mirror settings changed"_s,
                u"%1: %2."_s.arg(sideText(ctx.config, m.id), what.join(u", "_s)));
        }
    }
    applyOnCommit(ctx, changed);
}

} // namespace

QList<CommandSpec> mirrorPairCommands()
{
    return {
        {"createRemoteMirror", &createRemoteMirror, true},
        {"setRemoteMirror", &setRemoteMirror, true},
        {"suspendRemoteMirror", &suspendRemoteMirror, true},
        {"resumeRemoteMirror", &resumeRemoteMirror, true},
        {"removeRemoteMirror", &removeRemoteMirror, true},
    };
}

} // namespace Copyline
