// SPDX-License-Identifier: GPL-3.0-or-later
// DS4000 Enhanced Remote Mirroring views: the mirror relationships of a subsystem with their live progress, and the
// logical drives of a remote subsystem that can be the secondary of a primary (and why the others cannot).
#include "families/ds4000/commands.h"
#include "families/ds4000/mirrorinternal.h"
#include "families/ds4000/models.h"
#include "mirror/mirrorrules.h"
#include "mirror/mirrorservice.h"
#include "service/engine.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

using namespace MirrorInternal;
using namespace MirrorRules;

QJsonObject recordJson(CommandContext& ctx, const Mirror& m)
{
    const Configuration& config = ctx.config;
    const Mirror* partner = config.partnerOf(m);
    QJsonObject o {{u"logicalDrive"_s, driveName(config, m.id)}, {u"role"_s, enumName(m.role)},
        {u"status"_s, enumName(m.status)}, {u"statusText"_s, statusText(m.status)}, {u"statusReason"_s, m.statusReason},
        {u"remoteStorageSubsystem"_s, subsystemName(config, m.remoteSubsystemId)},
        {u"remoteLogicalDrive"_s, driveName(config, m.remoteDriveId)}, {u"writeMode"_s, enumName(m.writeMode)},
        {u"writeConsistency"_s, m.writeConsistency}, {u"copyType"_s, copyTypeText(m)},
        {u"syncPriority"_s, enumName(m.syncPriority)}, {u"autoResync"_s, m.autoResync},
        {u"partnerListsPair"_s, partner != nullptr}, {u"secondaryInconsistent"_s, m.secondaryInconsistent},
        {u"capacity"_s, config.logicalDrives.value(m.id).capacity},
        {u"lastSynchronized"_s, m.lastSynchronized.toString(Qt::ISODate)}};
    const auto endpoint = ctx.engine.mirrors().endpoint(m.id);
    if (endpoint) {
        o.insert(u"outOfSyncBytes"_s, endpoint->outOfSyncBytes());
        o.insert(u"bytesShipped"_s, static_cast<qint64>(endpoint->bytesShipped()));
    }
    if (ctx.engine.mirrors().scheduler().contains(m.id)) {
        const CopyScheduler::Progress p = ctx.engine.mirrors().scheduler().progress(m.id);
        const double percent = p.grains > 0 ? 100.0 * static_cast<double>(p.grainsCopied) / p.grains : 0.0;
        o.insert(u"progressPercent"_s, std::min(99.0, ctx.engine.mirrors().monotonicProgress(m.id, percent)));
        o.insert(u"bytesPerSecond"_s, p.bytesPerSecond);
        o.insert(u"etaSeconds"_s, p.etaSeconds);
    } else if (m.status == MirrorStatus::Synchronized) {
        o.insert(u"progressPercent"_s, 100.0);
    }
    return o;
}

void showRemoteMirrors(CommandContext& ctx)
{
    const Subsystem& s = ctx.subsystem();
    QJsonArray list;
    if (ctx.args.has(u"localLogicalDrive"_s) || ctx.args.has(u"localLogicalDrives"_s) || ctx.args.has(u"targets"_s)) {
        for (const QString& name : driveNames(ctx, {u"localLogicalDrive"_s, u"localLogicalDrives"_s})) {
            list.append(recordJson(ctx, recordOf(ctx, name)));
        }
    } else {
        for (const Mirror& m : ctx.config.mirrorsOf(s.id)) {
            list.append(recordJson(ctx, m));
        }
    }
    ctx.data.insert(u"subsystem"_s, s.name);
    ctx.data.insert(u"remoteMirrorState"_s, optionState(s));
    ctx.data.insert(u"mirrors"_s, list);
    ctx.data.insert(u"maxMirrors"_s, Ds4000::limits(s.model).maxMirrors);
}

void showRemoteMirrorCandidates(CommandContext& ctx)
{
    const LogicalDrive primary = ctx.logicalDriveNamed(ctx.args.list(u"primary"_s).value(0));
    const Subsystem& remote = remoteSubsystemArg(ctx);
    const Error primaryError = primaryProblem(ctx.config, primary);
    // The same subsystem rules as create remoteMirror (Error 150): no drive of a subsystem whose Remote Mirror
    // option is not Enabled/Activated, on either side, is a candidate (issue 20).
    Error subsystemError;
    for (const Subsystem* s : {&ctx.subsystem(), &remote}) {
        if (!subsystemError.isError() && !enabledAndActivated(*s)) {
            subsystemError = Error(ErrorCode::MirrorNotActivated, {s->name, optionState(*s)});
        }
    }
    QJsonArray candidates;
    QJsonArray excluded;
    for (const LogicalDrive& ld : ctx.config.logicalDrivesOf(remote.id)) {
        if (ld.kind != LogicalDriveKind::Standard) {
            continue;
        }
        const Error e = subsystemError.isError() ? subsystemError : secondaryProblem(ctx.config, primary, ld);
        if (!e.isError()) {
            candidates.append(QJsonObject {{u"name"_s, ld.name}, {u"capacity"_s, ld.capacity}});
        } else {
            excluded.append(QJsonObject {{u"name"_s, ld.name}, {u"reason"_s, e.message()}});
        }
    }
    ctx.data.insert(u"primary"_s, primary.name);
    ctx.data.insert(u"remoteStorageSubsystem"_s, remote.name);
    ctx.data.insert(u"candidates"_s, candidates);
    ctx.data.insert(u"excluded"_s, excluded);
    if (primaryError.isError()) {
        ctx.data.insert(u"primaryProblem"_s, primaryError.message());
    }
    if (subsystemError.isError()) {
        ctx.data.insert(u"subsystemProblem"_s, subsystemError.message());
    }
}

} // namespace

QList<CommandSpec> mirrorShowCommands()
{
    return {
        {"showRemoteMirrors", &showRemoteMirrors, false},
        {"showRemoteMirrorCandidates", &showRemoteMirrorCandidates, false},
    };
}

} // namespace Copyline
