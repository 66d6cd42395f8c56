// SPDX-License-Identifier: GPL-3.0-or-later
#include "mirrorrules.h"

#include "util/bytesize.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::MirrorRules
{

QString optionState(const Subsystem& s)
{
    return u"%1/%2"_s.arg(s.remoteMirrorEnabled ? u"Enabled"_s : u"Disabled"_s,
        s.remoteMirrorActivated ? u"Activated"_s : u"Deactivated"_s);
}

bool enabledAndActivated(const Subsystem& s)
{
    return s.remoteMirrorEnabled && s.remoteMirrorActivated;
}

QString statusText(MirrorStatus status)
{
    switch (status) {
    case MirrorStatus::Synchronizing:
        return u"Synchronization-in-Progress"_s;
    case MirrorStatus::Synchronized:
        return u"Synchronized"_s;
    case MirrorStatus::Unsynchronized:
        return u"Unsynchronized"_s;
    case MirrorStatus::Suspended:
        return u"Suspended"_s;
    case MirrorStatus::Unresponsive:
        return u"Unresponsive"_s;
    case MirrorStatus::DualPrimary:
        return u"Dual Primary"_s;
    case MirrorStatus::DualSecondary:
        return u"Dual Secondary"_s;
    }
    return {};
}

QString copyTypeText(const Mirror& m)
{
    switch (replicationOf(m)) {
    case Replication::Synchronous:
        return u"Metro Mirroring"_s;
    case Replication::GlobalCopy:
        return u"Global Copy"_s;
    case Replication::GlobalMirror:
        return u"Global Mirroring"_s;
    }
    return {};
}

QString writeModeText(const Mirror& m)
{
    if (m.writeMode == MirrorWriteMode::Synchronous) {
        return u"Synchronous"_s;
    }
    return m.writeConsistency ? u"Asynchronous (write consistency group)"_s : u"Asynchronous"_s;
}

Replication replicationOf(const Mirror& m)
{
    if (m.writeMode == MirrorWriteMode::Synchronous) {
        return Replication::Synchronous;
    }
    return m.writeConsistency ? Replication::GlobalMirror : Replication::GlobalCopy;
}

qint64 usableCapacity(const Configuration& config, const Mirror& mirror)
{
    const qint64 own = config.logicalDrives.value(mirror.id).capacity;
    const auto partner = config.logicalDrives.constFind(mirror.remoteDriveId);
    return partner == config.logicalDrives.cend() ? own : std::min(own, partner->capacity);
}

int mirrorCount(const Configuration& config, ObjectId subsystemId)
{
    int n = 0;
    for (const Mirror& m : config.mirrors) {
        n += m.subsystemId == subsystemId ? 1 : 0;
    }
    return n;
}

ObjectId mirrorPartnerSubsystem(const Configuration& config, ObjectId subsystemId)
{
    for (const Mirror& m : config.mirrors) {
        if (m.subsystemId == subsystemId) {
            return m.remoteSubsystemId;
        }
    }
    return 0;
}

namespace
{

Error candidate(const QString& why)
{
    return {ErrorCode::MirrorCandidateInvalid, {why}};
}

QString kindWords(LogicalDriveKind kind)
{
    switch (kind) {
    case LogicalDriveKind::FlashCopy:
        return u"a FlashCopy logical drive"_s;
    case LogicalDriveKind::FlashCopyRepository:
        return u"a FlashCopy repository logical drive"_s;
    case LogicalDriveKind::MirrorRepository:
        return u"a mirror repository logical drive"_s;
    case LogicalDriveKind::Standard:
        break;
    }
    return u"a standard logical drive"_s;
}

} // namespace

Error primaryProblem(const Configuration& config, const LogicalDrive& ld)
{
    if (ld.kind != LogicalDriveKind::Standard) {
        return candidate(u"%1 is %2; only standard logical drives can be mirrored."_s.arg(ld.name, kindWords(ld.kind)));
    }
    if (ld.status != ComponentStatus::Optimal) {
        return candidate(u"%1 is %2, not optimal."_s.arg(ld.name, enumName(ld.status)));
    }
    if (const Mirror* m = config.mirrorOf(ld.id)) {
        return candidate(u"%1 is already the %2 of a mirror relationship."_s.arg(ld.name, enumName(m->role)));
    }
    if (const VolumeCopy* vc = config.volumeCopyTargeting(ld.id); vc != nullptr && vc->isActive()) {
        return candidate(u"%1 is the target of a VolumeCopy that has not completed."_s.arg(ld.name));
    }
    return {};
}

Error secondaryProblem(const Configuration& config, const LogicalDrive& primary, const LogicalDrive& secondary)
{
    if (secondary.subsystemId == primary.subsystemId) {
        return candidate(u"%1 is on the same storage subsystem as the primary; a secondary is on the remote one."_s.arg(
            secondary.name));
    }
    if (const Mirror* m = config.mirrorOf(secondary.id)) {
        const LogicalDrive partner = config.logicalDrives.value(m->remoteDriveId);
        const QString partnerName = partner.name.isEmpty() ? u"a logical drive that no longer exists"_s : partner.name;
        if (config.partnerOf(*m) == nullptr) {
            // The troubleshooting case of Error 158 (spec §7.2): the relationship was removed on one side only.
            return candidate(u"%1 still has a relationship with %2 that was removed on the other storage subsystem "
                             "only. Remove the stale relationship on this subsystem (Remove Mirror Relationship, or "
                             "remove remoteMirror localLogicalDrive [\"%1\"];), then create the mirror again."_s.arg(
                                 secondary.name, partnerName));
        }
        return candidate(u"%1 is already the %2 of a mirror relationship with %3."_s.arg(
            secondary.name, enumName(m->role), partnerName));
    }
    if (secondary.kind != LogicalDriveKind::Standard) {
        return candidate(u"%1 is %2; a secondary must be a standard logical drive."_s.arg(
            secondary.name, kindWords(secondary.kind)));
    }
    if (secondary.status != ComponentStatus::Optimal) {
        return candidate(u"%1 is %2, not optimal."_s.arg(secondary.name, enumName(secondary.status)));
    }
    if (!config.flashCopiesOf(secondary.id).isEmpty()) {
        return candidate(u"%1 is the base of a FlashCopy logical drive, which would fail; a secondary cannot be a "
                         "FlashCopy base."_s.arg(secondary.name));
    }
    for (const VolumeCopy& vc : config.volumeCopiesOf(secondary.id)) {
        if (vc.isActive() || vc.targetId == secondary.id) {
            return candidate(u"%1 takes part in a VolumeCopy pair."_s.arg(secondary.name));
        }
    }
    if (secondary.capacity < primary.capacity) {
        return candidate(u"%1 (%2) is smaller than the primary %3 (%4); the secondary must be at least as large."_s.arg(
            secondary.name, formatGb(secondary.capacity), primary.name, formatGb(primary.capacity)));
    }
    return {};
}

} // namespace Copyline::MirrorRules
