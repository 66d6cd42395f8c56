// SPDX-License-Identifier: GPL-3.0-or-later
#include "texts.h"

#include "api/units.h"

namespace Copyline
{

QString Texts::subsystemLabel(const QString& name)
{
    return tr("Storage Subsystem %1").arg(name);
}

QString Texts::withCapacity(const QString& label, qint64 bytes, const QLocale& locale)
{
    return tr("%1 (%2)", "name (capacity)").arg(label, formatGb(bytes, locale));
}

QString Texts::unconfiguredCapacity(qint64 bytes, const QLocale& locale)
{
    return tr("Unconfigured Capacity (%1)").arg(formatGb(bytes, locale));
}

QString Texts::freeCapacity(qint64 bytes, const QLocale& locale)
{
    return tr("Free Capacity (%1)").arg(formatGb(bytes, locale));
}

QString Texts::status(ComponentStatus status)
{
    switch (status) {
    case ComponentStatus::Optimal:
        return tr("Optimal", "component status");
    case ComponentStatus::Degraded:
        return tr("Degraded", "component status");
    case ComponentStatus::Failed:
        return tr("Failed", "component status");
    case ComponentStatus::Missing:
        return tr("Missing", "component status");
    case ComponentStatus::Offline:
        return tr("Offline", "component status");
    }
    return {};
}

QString Texts::subsystemStatus(bool needsAttention)
{
    return needsAttention ? tr("Needs Attention", "storage subsystem status") : tr("Optimal", "component status");
}

QString Texts::driveRole(DriveRole role)
{
    switch (role) {
    case DriveRole::Unassigned:
        return tr("Unassigned", "drive role");
    case DriveRole::Assigned:
        return tr("Assigned", "drive role");
    case DriveRole::HotSpare:
        return tr("Hot spare", "drive role");
    }
    return {};
}

QString Texts::driveType(DriveType type)
{
    switch (type) {
    case DriveType::FibreChannel:
        return tr("Fibre Channel");
    case DriveType::Sata:
        return tr("SATA");
    }
    return {};
}

QString Texts::logicalDriveKind(LogicalDriveKind kind)
{
    switch (kind) {
    case LogicalDriveKind::Standard:
        return tr("Standard", "logical drive type");
    case LogicalDriveKind::FlashCopy:
        return tr("FlashCopy", "logical drive type");
    case LogicalDriveKind::FlashCopyRepository:
        return tr("FlashCopy Repository", "logical drive type");
    case LogicalDriveKind::MirrorRepository:
        return tr("Mirror Repository", "logical drive type");
    }
    return {};
}

QString Texts::logicalDriveStatus(const Configuration& c, const LogicalDrive& ld)
{
    return logicalDriveStatus(ld, c.flashCopyOf(ld.id));
}

QString Texts::logicalDriveStatus(const LogicalDrive& ld, const FlashCopy* fc)
{
    if (fc != nullptr && fc->id == ld.id && ld.status == ComponentStatus::Optimal
        && fc->status != FlashCopyStatus::Optimal) {
        return flashCopyStatus(fc->status);
    }
    if (ld.modification != ModificationOperation::None && ld.status == ComponentStatus::Optimal) {
        return tr("Operation in Progress", "logical drive status during a modification (spec §1.4)");
    }
    return status(ld.status);
}

QString Texts::modification(ModificationOperation op)
{
    switch (op) {
    case ModificationOperation::DynamicExpansion:
        return tr("Dynamic logical drive expansion");
    case ModificationOperation::CapacityIncrease:
        return tr("Capacity increase");
    case ModificationOperation::None:
        break;
    }
    return tr("None", "modification operation");
}

QString Texts::flashCopyStatus(FlashCopyStatus status)
{
    switch (status) {
    case FlashCopyStatus::Optimal:
        return tr("Optimal", "FlashCopy status");
    case FlashCopyStatus::Disabled:
        return tr("Disabled", "FlashCopy status");
    case FlashCopyStatus::Failed:
        return tr("Failed", "FlashCopy status");
    }
    return {};
}

QString Texts::copyStatus(VolumeCopyStatus status)
{
    switch (status) {
    case VolumeCopyStatus::Pending:
        return tr("Copy Pending", "VolumeCopy status");
    case VolumeCopyStatus::InProgress:
        return tr("Copy In Progress", "VolumeCopy status");
    case VolumeCopyStatus::Completed:
        return tr("Completed", "VolumeCopy status");
    case VolumeCopyStatus::Stopped:
        return tr("Stopped", "VolumeCopy status");
    case VolumeCopyStatus::Failed:
        return tr("Copy Failed", "VolumeCopy status");
    }
    return {};
}

QString Texts::copyPriority(CopyPriority priority)
{
    switch (priority) {
    case CopyPriority::Lowest:
        return tr("Lowest", "copy priority");
    case CopyPriority::Low:
        return tr("Low", "copy priority");
    case CopyPriority::Medium:
        return tr("Medium", "copy priority");
    case CopyPriority::High:
        return tr("High", "copy priority");
    case CopyPriority::Highest:
        return tr("Highest", "copy priority");
    }
    return {};
}

QString Texts::duration(qint64 seconds)
{
    if (seconds < 0) {
        return tr("unknown", "time remaining");
    }
    if (seconds < 60) {
        return tr("%1 s", "seconds").arg(seconds);
    }
    if (seconds < 3600) {
        return tr("%1 min %2 s", "minutes seconds").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    return tr("%1 h %2 min", "hours minutes").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString Texts::rate(double bytesPerSecond, const QLocale& locale)
{
    // One unit for every rate the console shows (copies, syncs, host I/O, link bandwidths): MB/s of 2^20 bytes, as
    // the capacities are, so a column of rates never switches between KB/s and MB/s.
    const double mb = std::max(0.0, bytesPerSecond) / static_cast<double>(MiB);
    return tr("%1 MB/s", "transfer rate").arg(locale.toString(mb, 'f', mb < 1 ? 2 : 1));
}

QString Texts::repositoryFullPolicy(RepositoryFullPolicy policy)
{
    switch (policy) {
    case RepositoryFullPolicy::FailFlashCopy:
        return tr("Fail FlashCopy logical drive");
    case RepositoryFullPolicy::FailBaseWrites:
        return tr("Fail writes to base logical drive");
    }
    return {};
}

QString Texts::severity(EventSeverity severity)
{
    switch (severity) {
    case EventSeverity::Informational:
        return tr("Informational", "event severity");
    case EventSeverity::Warning:
        return tr("Warning", "event severity");
    case EventSeverity::Critical:
        return tr("Critical", "event severity");
    }
    return {};
}

QString Texts::controller(const QString& slot)
{
    return tr("Controller %1").arg(slot);
}

QString Texts::featureName(PremiumFeature feature)
{
    switch (feature) {
    case PremiumFeature::FlashCopy:
        return tr("FlashCopy");
    case PremiumFeature::VolumeCopy:
        return tr("VolumeCopy");
    case PremiumFeature::RemoteMirror:
        return tr("Remote Logical Drive Mirroring");
    }
    return {};
}

QString Texts::featureState(PremiumFeature feature, bool enabled, bool activated)
{
    const QString state = enabled ? tr("Enabled", "premium feature") : tr("Disabled", "premium feature");
    if (feature != PremiumFeature::RemoteMirror) {
        return state;
    }
    return tr("%1/%2", "enabled state/activation state")
        .arg(state, activated ? tr("Activated", "remote mirroring") : tr("Deactivated", "remote mirroring"));
}

QString Texts::featureStatus(PremiumFeature feature, bool enabled, bool activated)
{
    return tr("%1 - %2", "feature - state").arg(featureName(feature), featureState(feature, enabled, activated));
}

QString Texts::mappingTarget(const Configuration& config, ObjectId targetId)
{
    if (targetId == 0) {
        return tr("Default Host Group");
    }
    if (const auto it = config.hostGroups.constFind(targetId); it != config.hostGroups.cend()) {
        return tr("Host Group %1").arg(it->name);
    }
    if (const auto it = config.hosts.constFind(targetId); it != config.hosts.cend()) {
        return tr("Host %1").arg(it->name);
    }
    return config.describeMappingTarget(targetId);
}

QString Texts::driveLabel(int enclosure, int slot)
{
    return tr("Drive [%1,%2]").arg(enclosure).arg(slot);
}

} // namespace Copyline
