// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotemirrorrules.h"

#include "api/rules.h"
#include "common/icons.h"
#include "common/texts.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

const Mirror* recordOf(const Configuration& config, ObjectId subsystemId, ObjectId ldId)
{
    const Mirror* m = config.mirrorOf(ldId);
    return m != nullptr && m->subsystemId == subsystemId ? m : nullptr;
}

} // namespace

QString RemoteMirrorRules::statusText(MirrorStatus status)
{
    switch (status) {
    case MirrorStatus::Synchronizing:
        return tr("Synchronization-in-Progress", "mirror pair status");
    case MirrorStatus::Synchronized:
        return tr("Synchronized", "mirror pair status");
    case MirrorStatus::Unsynchronized:
        return tr("Unsynchronized", "mirror pair status");
    case MirrorStatus::Suspended:
        return tr("Optimal/Suspended", "mirror pair status");
    case MirrorStatus::Unresponsive:
        return tr("Unresponsive", "mirror pair status");
    case MirrorStatus::DualPrimary:
        return tr("Dual Primary", "mirror pair status");
    case MirrorStatus::DualSecondary:
        return tr("Dual Secondary", "mirror pair status");
    }
    return {};
}

QString RemoteMirrorRules::statusText(const Mirror& m)
{
    if (m.secondaryInconsistent
        && (m.status == MirrorStatus::Synchronizing || m.status == MirrorStatus::Unsynchronized
            || m.status == MirrorStatus::Suspended)) {
        return tr("%1 (secondary inconsistent)", "mirror pair status").arg(statusText(m.status));
    }
    return statusText(m.status);
}

QString RemoteMirrorRules::roleText(MirrorRole role)
{
    return role == MirrorRole::Primary ? tr("Primary", "mirror role") : tr("Secondary", "mirror role");
}

QString RemoteMirrorRules::writeModeText(const Mirror& m)
{
    if (m.writeMode == MirrorWriteMode::Synchronous) {
        return tr("Synchronous");
    }
    return m.writeConsistency ? tr("Asynchronous, write consistency group") : tr("Asynchronous");
}

QString RemoteMirrorRules::copyTypeText(MirrorWriteMode mode, bool writeConsistency)
{
    if (mode == MirrorWriteMode::Synchronous) {
        return tr("Metro Mirroring");
    }
    return writeConsistency ? tr("Global Mirroring") : tr("Global Copy");
}

QString RemoteMirrorRules::copyTypeText(const Mirror& m)
{
    return copyTypeText(m.writeMode, m.writeMode == MirrorWriteMode::Asynchronous && m.writeConsistency);
}

QString RemoteMirrorRules::resyncText(bool automatic)
{
    return automatic ? tr("Automatic", "resynchronization method") : tr("Manual", "resynchronization method");
}

QString RemoteMirrorRules::pathStateText(LinkPathState state)
{
    switch (state) {
    case LinkPathState::Up:
        return tr("Up", "link path");
    case LinkPathState::Down:
        return tr("Down", "link path");
    case LinkPathState::Flapping:
        return tr("Flapping", "link path");
    }
    return {};
}

QString RemoteMirrorRules::optionState(const Subsystem& s)
{
    return Texts::featureState(PremiumFeature::RemoteMirror, s.remoteMirrorEnabled, s.remoteMirrorActivated);
}

QString RemoteMirrorRules::pairLabel(const Configuration& config, const Mirror& m)
{
    const QString local = config.logicalDrives.value(m.id).name;
    const QString remote = config.logicalDrives.value(m.remoteDriveId).name;
    const QString remoteSubsystem = config.subsystems.value(m.remoteSubsystemId).name;
    if (m.role == MirrorRole::Primary) {
        return tr("%1 → %2 on %3", "primary → secondary on subsystem").arg(local, remote, remoteSubsystem);
    }
    return tr("%1 ← %2 on %3", "secondary ← primary on subsystem").arg(local, remote, remoteSubsystem);
}

QString RemoteMirrorRules::directionText(const QString& fromSubsystem, const QString& toSubsystem)
{
    return tr("Data is copied from %1 to %2.")
        .arg(Texts::subsystemLabel(fromSubsystem), Texts::subsystemLabel(toSubsystem));
}

QString RemoteMirrorRules::statusIcon(MirrorStatus status)
{
    switch (status) {
    case MirrorStatus::Synchronizing:
        return u"mirror-synchronizing"_s;
    case MirrorStatus::Synchronized:
        return u"mirror-synchronized"_s;
    case MirrorStatus::Unsynchronized:
        return u"mirror-unsynchronized"_s;
    case MirrorStatus::Suspended:
        return u"mirror-suspended"_s;
    case MirrorStatus::Unresponsive:
        return u"mirror-unresponsive"_s;
    case MirrorStatus::DualPrimary:
    case MirrorStatus::DualSecondary:
        return u"mirror-dual-role"_s;
    }
    return {};
}

QString RemoteMirrorRules::statusOverlay(MirrorStatus status)
{
    switch (status) {
    case MirrorStatus::Synchronizing:
        return u"overlay-mirror-synchronizing"_s;
    case MirrorStatus::Synchronized:
        return u"overlay-mirror-synchronized"_s;
    case MirrorStatus::Suspended:
        return u"overlay-mirror-suspended"_s;
    case MirrorStatus::Unsynchronized:
    case MirrorStatus::Unresponsive:
    case MirrorStatus::DualPrimary:
    case MirrorStatus::DualSecondary:
        break;
    }
    return u"overlay-mirror-unsynchronized"_s;
}

QColor RemoteMirrorRules::statusColor(MirrorStatus status)
{
    switch (status) {
    case MirrorStatus::Synchronizing:
        return Icons::Palette::inProgress;
    case MirrorStatus::Synchronized:
        return Icons::Palette::optimal;
    case MirrorStatus::Suspended:
        return Icons::Palette::disabled;
    case MirrorStatus::Unsynchronized:
    case MirrorStatus::Unresponsive:
    case MirrorStatus::DualPrimary:
    case MirrorStatus::DualSecondary:
        break;
    }
    return Icons::Palette::failed;
}

bool RemoteMirrorRules::needsAttention(MirrorStatus status)
{
    return status == MirrorStatus::Unsynchronized || status == MirrorStatus::Unresponsive
        || status == MirrorStatus::DualPrimary || status == MirrorStatus::DualSecondary;
}

bool RemoteMirrorRules::supported(const Snapshot& snapshot, const Subsystem& s)
{
    return maxMirrors(snapshot, s) > 0;
}

int RemoteMirrorRules::maxMirrors(const Snapshot& snapshot, const Subsystem& s)
{
    return snapshot.limits(s.id).maxMirrors;
}

QList<ObjectId> RemoteMirrorRules::groupOf(const Configuration& config, const Mirror& m)
{
    QList<ObjectId> ids {m.id};
    if (m.role != MirrorRole::Primary || !m.inConsistencyGroup()) {
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

const MirrorLink* RemoteMirrorRules::linkOf(const Configuration& config, const Mirror& m)
{
    return config.linkBetween(m.subsystemId, m.remoteSubsystemId);
}

LinkPathState RemoteMirrorRules::pathStateOf(const Configuration& config, const Mirror& m)
{
    const MirrorLink* link = linkOf(config, m);
    if (link == nullptr) {
        return LinkPathState::Down;
    }
    return config.logicalDrives.value(m.id).currentOwner == u"B"_s ? link->pathB : link->pathA;
}

// ---------------------------------------------------------------------------------------------------------------

QString RemoteMirrorRules::activateBlocker(const Snapshot& snapshot, ObjectId subsystemId)
{
    const Configuration& config = snapshot.config;
    const auto it = config.subsystems.constFind(subsystemId);
    if (it == config.subsystems.cend()) {
        return tr("No storage subsystem is shown.");
    }
    if (!supported(snapshot, *it)) {
        return tr("The %1 does not support Remote Logical Drive Mirroring.").arg(it->model);
    }
    if (it->remoteMirrorActivated) {
        return tr("Remote Logical Drive Mirroring is already activated (%1).").arg(optionState(*it));
    }
    if (!it->remoteMirrorEnabled) {
        return tr("Remote Logical Drive Mirroring is %1: enable the premium feature with its key file first "
                  "(Storage Subsystem ▸ Premium Features ▸ Enable).")
            .arg(optionState(*it));
    }
    return {};
}

QString RemoteMirrorRules::deactivateBlocker(const Configuration& config, ObjectId subsystemId)
{
    const auto it = config.subsystems.constFind(subsystemId);
    if (it == config.subsystems.cend()) {
        return tr("No storage subsystem is shown.");
    }
    if (!it->remoteMirrorActivated) {
        return tr("Remote Logical Drive Mirroring is not activated (%1).").arg(optionState(*it));
    }
    if (const int n = MirrorRules::mirrorCount(config, subsystemId); n > 0) {
        return tr("%n mirror relationship(s) exist on this storage subsystem: remove them first "
                  "(Logical Drive ▸ Remote Mirroring ▸ Remove Mirror Relationship).",
            nullptr, n);
    }
    return {};
}

QString RemoteMirrorRules::createBlocker(const Snapshot& snapshot, ObjectId subsystemId, ObjectId ldId)
{
    const Configuration& config = snapshot.config;
    const auto it = config.subsystems.constFind(subsystemId);
    if (it == config.subsystems.cend()) {
        return tr("No storage subsystem is shown.");
    }
    if (!supported(snapshot, *it)) {
        return tr("The %1 does not support Remote Logical Drive Mirroring.").arg(it->model);
    }
    if (!MirrorRules::enabledAndActivated(*it)) {
        return tr("Remote Logical Drive Mirroring is %1 on this storage subsystem; mirrors need it Enabled/Activated "
                  "(Storage Subsystem ▸ Premium Features ▸ Enable, then Storage Subsystem ▸ Remote Mirroring ▸ "
                  "Activate).")
            .arg(optionState(*it));
    }
    const int count = MirrorRules::mirrorCount(config, subsystemId);
    if (count >= maxMirrors(snapshot, *it)) {
        return tr("This %1 already has %2 mirrored logical drives, its maximum.").arg(it->model).arg(count);
    }
    const auto ld = config.logicalDrives.constFind(ldId);
    if (ld == config.logicalDrives.cend() || ld->subsystemId != subsystemId) {
        return tr("Select the logical drive to mirror (it becomes the primary).");
    }
    if (const Error e = MirrorRules::primaryProblem(config, *ld); e.isError()) {
        return e.args.value(0);
    }
    return {};
}

QString RemoteMirrorRules::suspendBlocker(const Configuration& config, ObjectId subsystemId, ObjectId ldId)
{
    const Mirror* m = recordOf(config, subsystemId, ldId);
    if (m == nullptr) {
        return tr("Select the primary logical drive of a mirrored pair.");
    }
    if (m->role != MirrorRole::Primary) {
        return tr("%1 is a secondary: suspend the pair from its primary %2 on %3.")
            .arg(config.logicalDrives.value(m->id).name, config.logicalDrives.value(m->remoteDriveId).name,
                Texts::subsystemLabel(config.subsystems.value(m->remoteSubsystemId).name));
    }
    if (!canSuspend(*m)) {
        return tr("The pair is %1; only a Synchronized, synchronizing or Unsynchronized pair can be suspended.")
            .arg(statusText(m->status));
    }
    return {};
}

QString RemoteMirrorRules::resumeBlocker(const Configuration& config, ObjectId subsystemId, ObjectId ldId)
{
    const Mirror* m = recordOf(config, subsystemId, ldId);
    if (m == nullptr) {
        return tr("Select the primary logical drive of a mirrored pair.");
    }
    if (m->role != MirrorRole::Primary) {
        return tr("%1 is a secondary: resume the pair from its primary %2 on %3.")
            .arg(config.logicalDrives.value(m->id).name, config.logicalDrives.value(m->remoteDriveId).name,
                Texts::subsystemLabel(config.subsystems.value(m->remoteSubsystemId).name));
    }
    if (!canResume(*m)) {
        return tr("The pair is %1; only a Suspended or Unsynchronized pair can be resumed.").arg(statusText(m->status));
    }
    return {};
}

QString RemoteMirrorRules::changeRoleBlocker(
    const Configuration& config, ObjectId subsystemId, ObjectId ldId, MirrorRole to)
{
    const Mirror* m = recordOf(config, subsystemId, ldId);
    if (m == nullptr) {
        return tr("Select a logical drive of a mirrored pair.");
    }
    if (!config.subsystems.value(subsystemId).remoteMirrorActivated) {
        return tr("Remote Logical Drive Mirroring is not activated on this storage subsystem.");
    }
    if (m->status == MirrorStatus::Unresponsive) {
        return tr("The remote storage subsystem no longer lists this relationship (Unresponsive): remove it here.");
    }
    if (m->role == to) {
        if (m->status == MirrorStatus::DualPrimary || m->status == MirrorStatus::DualSecondary) {
            return tr("%1 is already a %2 (%3): change the role of one side to resolve the conflict.")
                .arg(config.logicalDrives.value(m->id).name, roleText(to), statusText(m->status));
        }
        return tr("%1 is already the %2 of its mirrored pair.")
            .arg(config.logicalDrives.value(m->id).name, roleText(to));
    }
    // Engines per site: when another site's engine serves the partner, a planned demotion here asks that engine to
    // take the primary role, and it runs the two phases (mirrorroles.cpp): allowed like any role change.
    return {};
}

QString RemoteMirrorRules::primarySettingsBlocker(const Configuration& config, ObjectId subsystemId, ObjectId ldId)
{
    const Mirror* m = recordOf(config, subsystemId, ldId);
    if (m == nullptr) {
        return tr("Select the primary logical drive of a mirrored pair.");
    }
    if (m->role != MirrorRole::Primary) {
        return tr("%1 is a secondary: change the settings from its primary %2 on %3.")
            .arg(config.logicalDrives.value(m->id).name, config.logicalDrives.value(m->remoteDriveId).name,
                Texts::subsystemLabel(config.subsystems.value(m->remoteSubsystemId).name));
    }
    return {};
}

QString RemoteMirrorRules::testBlocker(const Configuration& config, ObjectId subsystemId, ObjectId ldId)
{
    if (recordOf(config, subsystemId, ldId) == nullptr) {
        return tr("Select the primary or secondary logical drive of a mirrored pair.");
    }
    if (config.mirrorOf(ldId) != nullptr && linkOf(config, *config.mirrorOf(ldId)) == nullptr) {
        return tr("No remote mirror link connects the two storage subsystems.");
    }
    return {};
}

QString RemoteMirrorRules::verifyBlocker(const Configuration& config, ObjectId subsystemId, ObjectId ldId)
{
    const Mirror* m = recordOf(config, subsystemId, ldId);
    if (m == nullptr) {
        return tr("Select the primary logical drive of a mirrored pair.");
    }
    if (m->role != MirrorRole::Primary) {
        return tr("%1 is a secondary: verify the pair from its primary.").arg(config.logicalDrives.value(ldId).name);
    }
    if (m->status != MirrorStatus::Synchronized && m->status != MirrorStatus::Synchronizing) {
        return tr("A verification compares both sides over the link: resume the pair first.");
    }
    return {};
}

QString RemoteMirrorRules::removeBlocker(const Configuration& config, ObjectId subsystemId)
{
    if (!config.subsystems.contains(subsystemId)) {
        return tr("No storage subsystem is shown.");
    }
    // Any of them will do: no name-sorted list of every pair (this runs with every snapshot shown).
    if (std::none_of(config.mirrors.cbegin(), config.mirrors.cend(),
            [subsystemId](const Mirror& m) { return m.subsystemId == subsystemId; })) {
        return tr("This storage subsystem has no mirror relationships.");
    }
    return {};
}

bool RemoteMirrorRules::canSuspend(const Mirror& m)
{
    return m.role == MirrorRole::Primary
        && (m.status == MirrorStatus::Synchronized || m.status == MirrorStatus::Synchronizing
            || m.status == MirrorStatus::Unsynchronized);
}

bool RemoteMirrorRules::canResume(const Mirror& m)
{
    return m.role == MirrorRole::Primary
        && (m.status == MirrorStatus::Suspended || m.status == MirrorStatus::Unsynchronized);
}

} // namespace Copyline
