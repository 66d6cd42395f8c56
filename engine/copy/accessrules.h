// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/configuration.h"
#include "storage/volumeio.h"

#include <QHash>

namespace Copyline
{

/**
 * What hosts may do with a logical drive, from the copy-services rules in one place: repositories are never
 * host-accessible; a FlashCopy is unreadable while Disabled (EPERM) or Failed (EIO); a VolumeCopy source is
 * read-only and its target inaccessible while the pair is Pending, In Progress or Failed, and a completed or
 * stopped target is read-only while its Read-Only attribute is on (the host I/O matrix of spec §3.3); a missing
 * drive answers EIO. The engine applies the result to every drive after each change.
 */
HostAccess hostAccessFor(const Configuration& config, ObjectId logicalDriveId);

/**
 * hostAccessFor for every drive of a configuration: the VolumeCopies are indexed by drive once, so answering all
 * drives costs O(drives + copies), not O(drives x copies). Holds pointers into @p config: use it while the
 * configuration is unchanged.
 */
class HostAccessRules
{
public:
    explicit HostAccessRules(const Configuration& config);
    HostAccess of(ObjectId logicalDriveId) const;

private:
    const Configuration& m_config;
    QHash<ObjectId, QList<const VolumeCopy*>> m_copiesByDrive;
};

/** Forbids host reads (writes) with @p error and @p why, unless an earlier rule did already. */
void denyRead(HostAccess& access, int error, const QString& why);
void denyWrite(HostAccess& access, int error, const QString& why);

} // namespace Copyline
