// SPDX-License-Identifier: GPL-3.0-or-later
#include "flashcopyrules.h"

#include "api/rules.h"
#include "common/texts.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

QString FlashCopyRules::createBlocker(const Snapshot& snapshot, ObjectId subsystemId, ObjectId baseId)
{
    const Configuration& config = snapshot.config;
    const auto sit = config.subsystems.constFind(subsystemId);
    if (sit == config.subsystems.cend()) {
        return tr("No storage subsystem is selected.");
    }
    if (!sit->flashCopyEnabled) {
        return tr("The FlashCopy premium feature is not enabled on this storage subsystem. Enable it with "
                  "Storage Subsystem ▸ Premium Features ▸ Enable.");
    }
    const auto it = config.logicalDrives.constFind(baseId);
    if (it == config.logicalDrives.cend() || it->subsystemId != subsystemId) {
        return tr("Select the standard logical drive that is to be the base of the FlashCopy.");
    }
    const LogicalDrive& base = *it;
    if (base.kind != LogicalDriveKind::Standard) {
        return tr("%1 is a %2 logical drive; only a standard logical drive can be the base of a FlashCopy.")
            .arg(base.name, Texts::logicalDriveKind(base.kind));
    }
    if (base.status != ComponentStatus::Optimal) {
        return tr("%1 is %2; only an optimal logical drive can be the base of a FlashCopy.")
            .arg(base.name, Texts::status(base.status));
    }
    const SubsystemLimits limits = snapshot.limits(subsystemId);
    const qsizetype count = config.flashCopiesOf(baseId).size();
    if (count >= limits.maxFlashCopiesPerBase) {
        return tr("%1 already has %2 FlashCopy logical drives, the most a base logical drive can have. Delete or "
                  "re-create one of them instead.")
            .arg(base.name)
            .arg(count);
    }
    const auto total = std::count_if(config.flashCopies.cbegin(), config.flashCopies.cend(),
        [subsystemId](const FlashCopy& fc) { return fc.subsystemId == subsystemId; });
    if (total >= limits.maxFlashCopies) {
        return tr("The storage subsystem already has %1 FlashCopy logical drives, the most a %2 supports.")
            .arg(total)
            .arg(limits.model);
    }
    // The FlashCopy and its repository are two more logical drives.
    if (config.logicalDrivesOf(subsystemId).size() + 1 >= limits.maxLogicalDrives) {
        return tr("The storage subsystem already has the most logical drives a %1 supports (%2).")
            .arg(limits.model)
            .arg(limits.maxLogicalDrives);
    }
    const QList<Array> arrays = config.arraysOf(subsystemId);
    const bool room = unconfiguredCapacity(config, subsystemId) > 0
        || std::any_of(arrays.cbegin(), arrays.cend(),
            [&config](const Array& a) { return arrayFreeCapacity(config, a.id) >= kMinimumRepository; });
    if (!room) {
        return tr("No array has the %1 a repository needs at least, and there is no unconfigured capacity.")
            .arg(formatGb(kMinimumRepository, QLocale()));
    }
    return {};
}

int FlashCopyRules::nextSequence(const Configuration& config, ObjectId baseId)
{
    const QList<FlashCopy> existing = config.flashCopiesOf(baseId);
    int sequence = 1;
    while (std::any_of(
        existing.cbegin(), existing.cend(), [sequence](const FlashCopy& fc) { return fc.sequence == sequence; })) {
        ++sequence;
    }
    return sequence;
}

QString FlashCopyRules::defaultName(const QString& base, int sequence)
{
    return defaultFlashCopyName(base, u"-%1"_s.arg(sequence));
}

QString FlashCopyRules::defaultRepositoryName(const QString& base, int sequence)
{
    return defaultFlashCopyName(base, u"-R%1"_s.arg(sequence));
}

qint64 FlashCopyRules::repositoryCapacity(qint64 baseCapacity, int percent)
{
    return roundUp(std::max(kMinimumRepository, baseCapacity * percent / 100), kCapacityGranule);
}

qint64 FlashCopyRules::simplePathNeeds(qint64 baseCapacity)
{
    return kMinimumRepository + baseCapacity / 100;
}

QPair<qint64, qint64> FlashCopyRules::repositoryUsage(const Snapshot& snapshot, ObjectId flashCopyId)
{
    const CopyRuntime rt = snapshot.copies.value(flashCopyId);
    qint64 capacity = rt.repositoryCapacity;
    if (capacity <= 0) {
        // No runtime yet (e.g. the copy engine is not attached): the repository's configured size.
        const FlashCopy fc = snapshot.config.flashCopies.value(flashCopyId);
        capacity = snapshot.config.logicalDrives.value(fc.repositoryId).capacity;
    }
    return {std::min(rt.repositoryUsed, capacity), capacity};
}

int FlashCopyRules::repositoryUsedPercent(const Snapshot& snapshot, ObjectId flashCopyId)
{
    const auto [used, capacity] = repositoryUsage(snapshot, flashCopyId);
    if (capacity <= 0) {
        return 0;
    }
    return static_cast<int>(std::clamp<qint64>(used * 100 / capacity, 0, 100));
}

} // namespace Copyline
