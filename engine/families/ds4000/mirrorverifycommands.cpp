// SPDX-License-Identifier: GPL-3.0-or-later
// Online verification of a mirrored pair (issue 19): the primary's and the secondary's grains compared by per-grain
// hashes while hosts keep writing, the differing grains reported and, on request, resynchronized. No seed system has
// it; DRBD does ("drbdadm verify", then disconnect/connect to resync the out-of-sync blocks). The statement follows
// SMcli's "check logicalDrive [..] parity [repairParity=TRUE]": check remoteMirror localLogicalDrive [..]
// [repair=TRUE]; (docs/mirroring.md).
#include "families/ds4000/commands.h"
#include "families/ds4000/mirrorinternal.h"
#include "mirror/mirrorrules.h"
#include "mirror/mirrorservice.h"
#include "service/engine.h"

#include <QJsonArray>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

using namespace MirrorInternal;
using MirrorRules::statusText;

namespace
{

constexpr qint64 kVerifyGrains = 64; // per step: 4 MiB of each side

/** The engine learns the outcome: the event, and with repair a resynchronization of what was found. */
void verified(Engine& engine, ObjectId id, const MirrorEndpoint::VerifyTally& tally, bool repair, const IoStatus& st)
{
    const Mirror* found = engine.configuration().mirrorOf(id);
    if (found == nullptr) {
        return;
    }
    const ObjectId subsystem = found->subsystemId;
    engine.runInternal(subsystem, [&](CommandContext& ctx) {
        Mirror& m = ctx.config.mirrors[id];
        const QString pair = u"%1 and %2"_s.arg(sideText(ctx.config, m.id), sideText(ctx.config, m.remoteDriveId));
        if (!st.ok()) {
            ctx.logEvent(EventCode::MirrorVerified, EventSeverity::Warning, driveComponent(ctx.config, m.id),
                u"Mirror verification stopped"_s,
                u"%1: %2 after %3 grains compared."_s.arg(pair, st.reason).arg(tally.compared));
            return;
        }
        const bool differ = tally.differing > 0;
        QString details = u"%1: %2 grains compared, %3 differ; %4 recorded out of sync and %5 being written were "
                          "not compared."_s.arg(pair)
                              .arg(tally.compared)
                              .arg(tally.differing)
                              .arg(tally.outOfSync)
                              .arg(tally.busy);
        if (differ && repair) {
            details += u" The differing grains are recorded out of sync and are being resynchronized."_s;
            if (m.status == MirrorStatus::Synchronized || m.status == MirrorStatus::Synchronizing) {
                startSync(ctx, m, u"online verification found differing grains"_s);
                tellPartner(ctx, m);
                applyOnCommit(ctx, {m.id});
            } else {
                details
                    += u" They are copied at the next resynchronization (the pair is %1)."_s.arg(statusText(m.status));
            }
        } else if (differ) {
            details += u" Run the check again with repair=TRUE to resynchronize them."_s;
        }
        ctx.logEvent(EventCode::MirrorVerified, differ ? EventSeverity::Critical : EventSeverity::Informational,
            driveComponent(ctx.config, m.id),
            differ ? u"Mirror verification found differences"_s : u"Mirror verification completed"_s, details,
            differ && !repair);
    });
}

/** check remoteMirror localLogicalDrive ["P1"] [repair=TRUE]; */
void checkRemoteMirror(CommandContext& ctx)
{
    const QStringList names = driveNames(ctx, {u"localLogicalDrive"_s, u"primary"_s});
    const bool repair = ctx.args.boolean(u"repair"_s, false);
    if (names.size() != 1) {
        fail(ErrorCode::InvalidParameter,
            {u"localLogicalDrive"_s, names.join(u' '), u"name one primary logical drive"_s});
    }
    const Mirror& m = recordOf(ctx, names.first());
    ctx.args.finish();
    if (m.role != MirrorRole::Primary) {
        fail(ErrorCode::MirrorRoleInvalid,
            {driveName(ctx.config, m.id),
                u"is the secondary of its mirrored pair; check it from the primary %1 on storage subsystem \"%2\"."_s
                    .arg(driveName(ctx.config, m.remoteDriveId), subsystemName(ctx.config, m.remoteSubsystemId))});
    }
    if (m.status == MirrorStatus::Suspended || m.status == MirrorStatus::Unsynchronized) {
        fail(ErrorCode::MirrorStateInvalid,
            {driveName(ctx.config, m.id), statusText(m.status),
                u"a verification compares the two sides over the link: resume the pair first"_s});
    }
    const auto endpoint = ctx.engine.mirrors().endpoint(m.id);
    if (!endpoint) {
        fail(ErrorCode::MirrorStateInvalid,
            {driveName(ctx.config, m.id), statusText(m.status), u"the pair's data path is not running"_s});
    }
    const ObjectId id = m.id;
    const QString name = driveName(ctx.config, m.id);
    const QString secondary = driveName(ctx.config, m.remoteDriveId);
    QPointer<Engine> guard(&ctx.engine);
    ctx.deferIo([endpoint, id, name, secondary, repair, guard]() {
        MirrorEndpoint::VerifyTally tally;
        IoStatus st;
        const auto started = std::chrono::steady_clock::now();
        for (qint64 at = 0;;) {
            const qint64 passed = endpoint->verify(at, kVerifyGrains, repair, &tally, &st);
            if (passed == 0) {
                break;
            }
            at += passed;
        }
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        Engine::post(guard, [id, tally, repair, st](Engine& e) { verified(e, id, tally, repair, st); });
        if (!st.ok()) {
            return CommandResult::failure(Error(ErrorCode::IoError, {name, st.reason}));
        }
        CommandResult result;
        QJsonArray examples;
        for (const qint64 g : tally.examples) {
            examples.append(g * endpoint->grainSize());
        }
        result.data = {{u"logicalDrive"_s, name}, {u"secondary"_s, secondary}, {u"grainSize"_s, endpoint->grainSize()},
            {u"compared"_s, tally.compared}, {u"differing"_s, tally.differing}, {u"outOfSync"_s, tally.outOfSync},
            {u"busy"_s, tally.busy}, {u"bytesRead"_s, tally.bytesRead}, {u"seconds"_s, seconds}, {u"repair"_s, repair},
            {u"differingOffsets"_s, examples}};
        return result;
    });
}

} // namespace

QList<CommandSpec> mirrorVerifyCommands()
{
    return {
        {"checkRemoteMirror", &checkRemoteMirror, false},
    };
}

} // namespace Copyline
