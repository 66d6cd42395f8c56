// SPDX-License-Identifier: GPL-3.0-or-later
#include "volumecopyrules.h"

#include "api/rules.h"
#include "common/texts.h"

#include <QCollator>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

void sortByName(QList<LogicalDrive>& drives)
{
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(drives.begin(), drives.end(),
        [&collator](const LogicalDrive& a, const LogicalDrive& b) { return collator.compare(a.name, b.name) < 0; });
}

QString status(VolumeCopyStatus s)
{
    return Texts::copyStatus(s);
}

} // namespace

QString VolumeCopyRules::featureBlocker(const Snapshot& snapshot, ObjectId subsystemId)
{
    const Configuration& config = snapshot.config;
    const auto sit = config.subsystems.constFind(subsystemId);
    if (sit == config.subsystems.cend()) {
        return tr("No storage subsystem is selected.");
    }
    if (!snapshot.limits(subsystemId).volumeCopySupported) {
        return tr("VolumeCopy is not supported by the %1.").arg(sit->model);
    }
    if (!sit->volumeCopyEnabled) {
        return tr("The VolumeCopy premium feature is not enabled on this storage subsystem. Enable it with "
                  "Storage Subsystem ▸ Premium Features ▸ Enable.");
    }
    return {};
}

QString VolumeCopyRules::createBlocker(const Snapshot& snapshot, ObjectId subsystemId, ObjectId ldId)
{
    const Configuration& config = snapshot.config;
    if (const QString blocker = featureBlocker(snapshot, subsystemId); !blocker.isEmpty()) {
        return blocker;
    }
    const auto it = config.logicalDrives.constFind(ldId);
    if (it == config.logicalDrives.cend() || it->subsystemId != subsystemId) {
        return tr("Select the logical drive to copy (ideally a FlashCopy of it).");
    }
    if (const QString why = sourceReason(config, *it); !why.isEmpty()) {
        return tr("%1 cannot be the source of a VolumeCopy: %2.").arg(it->name, why);
    }
    return {};
}

QString VolumeCopyRules::sourceReason(const Configuration& config, const LogicalDrive& ld)
{
    const Error error = volumeCopySourceProblem(config, ld);
    return error.isError() ? error.args.value(2) : QString();
}

QString VolumeCopyRules::targetReason(
    const Configuration& config, const LogicalDrive& source, const LogicalDrive& target)
{
    const Error error = volumeCopyTargetProblem(config, source, target);
    return error.isError() ? error.args.value(2) : QString();
}

QList<LogicalDrive> VolumeCopyRules::validSources(const Configuration& config, ObjectId subsystemId)
{
    QList<LogicalDrive> sources;
    for (const LogicalDrive& ld : config.logicalDrivesOf(subsystemId)) {
        if (sourceReason(config, ld).isEmpty()) {
            sources.append(ld);
        }
    }
    sortByName(sources);
    return sources;
}

QList<LogicalDrive> VolumeCopyRules::targetCandidates(const Configuration& config, const LogicalDrive& source)
{
    QList<LogicalDrive> valid;
    QList<LogicalDrive> invalid;
    for (const LogicalDrive& ld : config.logicalDrivesOf(source.subsystemId)) {
        if (ld.id == source.id) {
            continue;
        }
        (targetReason(config, source, ld).isEmpty() ? valid : invalid).append(ld);
    }
    sortByName(valid);
    sortByName(invalid);
    return valid + invalid;
}

double VolumeCopyRules::percent(const Snapshot& snapshot, const VolumeCopy& pair)
{
    if (pair.status == VolumeCopyStatus::Completed) {
        return 100.0;
    }
    const auto it = snapshot.copies.constFind(pair.id);
    if (it == snapshot.copies.cend() || it->grains <= 0) {
        if ((pair.status == VolumeCopyStatus::Failed || pair.status == VolumeCopyStatus::Stopped)
            && pair.copiedBasisPoints >= 0) {
            return static_cast<double>(pair.copiedBasisPoints) / 100.0; // how far it got (issue 20)
        }
        return pair.status == VolumeCopyStatus::InProgress ? 0.0 : -1.0;
    }
    return 100.0 * static_cast<double>(it->grainsCopied) / static_cast<double>(it->grains);
}

QString VolumeCopyRules::recopyBlocker(const VolumeCopy& pair)
{
    if (pair.status == VolumeCopyStatus::Pending || pair.status == VolumeCopyStatus::InProgress) {
        return tr("The copy is %1; Re-Copy is possible once it is completed, stopped or failed.")
            .arg(status(pair.status));
    }
    return {};
}

QString VolumeCopyRules::verifyBlocker(const VolumeCopy& pair)
{
    if (pair.status != VolumeCopyStatus::Completed) {
        return tr("The copy is %1; a copy is verified once it is completed.").arg(status(pair.status));
    }
    return {};
}

QString VolumeCopyRules::stopBlocker(const VolumeCopy& pair)
{
    if (!pair.isActive()) {
        return tr("The copy is %1; only a pending, in-progress or failed copy can be stopped.")
            .arg(status(pair.status));
    }
    return {};
}

QString VolumeCopyRules::removeBlocker(const VolumeCopy& pair)
{
    if (pair.status == VolumeCopyStatus::Pending || pair.status == VolumeCopyStatus::InProgress) {
        return tr("The copy is %1; stop it before removing the pair.").arg(status(pair.status));
    }
    return {};
}

QString VolumeCopyRules::readOnlyBlocker(const VolumeCopy& pair)
{
    // Conflict C5: changeable once the copy is completed, stopped or failed.
    if (pair.status == VolumeCopyStatus::Pending || pair.status == VolumeCopyStatus::InProgress) {
        return tr("The copy is %1; the target's permissions can change once it is completed, stopped or failed.")
            .arg(status(pair.status));
    }
    return {};
}

QString VolumeCopyRules::pairLabel(const Configuration& config, const VolumeCopy& pair)
{
    return tr("%1 → %2", "source → target")
        .arg(config.logicalDrives.value(pair.sourceId).name, config.logicalDrives.value(pair.targetId).name);
}

} // namespace Copyline
