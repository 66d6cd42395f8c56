// SPDX-License-Identifier: GPL-3.0-or-later
#include "volumecopyrules.h"

#include "util/bytesize.h"

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

Error problem(const LogicalDrive& ld, const QString& role, const QString& why)
{
    return {ErrorCode::VolumeCopyCandidateInvalid, {ld.name, role, why}};
}

QString kindProblem(const LogicalDrive& ld)
{
    switch (ld.kind) {
    case LogicalDriveKind::FlashCopyRepository:
        return u"it is a FlashCopy repository logical drive"_s;
    case LogicalDriveKind::MirrorRepository:
        return u"it is a mirror repository logical drive"_s;
    case LogicalDriveKind::FlashCopy:
    case LogicalDriveKind::Standard:
        break;
    }
    return {};
}

QString statusWord(VolumeCopyStatus status)
{
    return status == VolumeCopyStatus::InProgress ? u"in progress"_s : enumName(status);
}

/** A remote mirror secondary is neither a valid source nor a valid target (spec §2.3.1). */
QString secondaryProblem(const Configuration& config, const LogicalDrive& ld)
{
    const Mirror* m = config.mirrorOf(ld.id);
    return m != nullptr && m->role == MirrorRole::Secondary ? u"it is a remote mirror secondary logical drive"_s
                                                            : QString();
}

/**
 * Spec §2.3.1 (L362, L366): neither a source nor a target may be in a modification operation or hold a legacy or
 * persistent reservation ("the selected source logical drive has a reservation", §9).
 */
QString busyProblem(const LogicalDrive& ld, const QString& role)
{
    if (ld.modification != ModificationOperation::None) {
        return u"it is in a modification operation (Operation in Progress); wait until it completes"_s;
    }
    if (ld.reservation != Reservation::None) {
        return u"the selected %1 logical drive has a reservation (%2, held by %3); clear it under Advanced > "
               "Persistent Reservations (clear logicalDrive [\"%4\"] reservations;), then create the copy"_s.arg(
                   role, enumName(ld.reservation), ld.reservationHost, ld.name);
    }
    return {};
}

} // namespace

Error volumeCopySourceProblem(const Configuration& config, const LogicalDrive& ld)
{
    const QString role = u"source"_s;
    if (const QString why = kindProblem(ld); !why.isEmpty()) {
        return problem(ld, role, why);
    }
    if (const QString why = secondaryProblem(config, ld); !why.isEmpty()) {
        return problem(ld, role, why);
    }
    if (ld.status != ComponentStatus::Optimal) {
        return problem(ld, role, u"its status is %1"_s.arg(enumName(ld.status)));
    }
    if (const QString why = busyProblem(ld, role); !why.isEmpty()) {
        return problem(ld, role, why);
    }
    if (ld.kind == LogicalDriveKind::FlashCopy) {
        const auto fc = config.flashCopies.constFind(ld.id);
        if (fc != config.flashCopies.cend() && fc->status != FlashCopyStatus::Optimal) {
            return problem(ld, role, u"the FlashCopy is %1; re-create it first"_s.arg(enumName(fc->status)));
        }
    }
    if (const VolumeCopy* pair = config.volumeCopyTargeting(ld.id); pair != nullptr && pair->isActive()) {
        return problem(ld, role,
            u"it is the target of a VolumeCopy that is %1; a target becomes a valid source once its copy "
            "completes"_s.arg(statusWord(pair->status)));
    }
    return {};
}

Error volumeCopyTargetProblem(const Configuration& config, const LogicalDrive& source, const LogicalDrive& target)
{
    const QString role = u"target"_s;
    if (target.id == source.id) {
        return problem(target, role, u"it is the source"_s);
    }
    if (target.subsystemId != source.subsystemId) {
        return problem(target, role, u"it is on another storage subsystem; a VolumeCopy stays in one subsystem"_s);
    }
    if (target.kind == LogicalDriveKind::FlashCopy) {
        return problem(target, role, u"it is a FlashCopy logical drive"_s);
    }
    if (const QString why = kindProblem(target); !why.isEmpty()) {
        return problem(target, role, why);
    }
    if (const QString why = secondaryProblem(config, target); !why.isEmpty()) {
        return problem(target, role, why);
    }
    if (target.status != ComponentStatus::Optimal) {
        return problem(target, role, u"its status is %1"_s.arg(enumName(target.status)));
    }
    if (const QString why = busyProblem(target, role); !why.isEmpty()) {
        return problem(target, role, why);
    }
    for (const FlashCopy& fc : config.flashCopiesOf(target.id)) {
        if (fc.status == FlashCopyStatus::Optimal) {
            return problem(target, role,
                u"it is the base of FlashCopy %1, which is optimal; disable it first (the FlashCopies of a "
                "target fail when the copy starts)"_s.arg(config.logicalDrives.value(fc.id).name));
        }
    }
    if (const VolumeCopy* pair = config.volumeCopyTargeting(target.id)) {
        return problem(target, role,
            u"it is already the target of the VolumeCopy from %1 (%2); remove that pair first"_s.arg(
                config.logicalDrives.value(pair->sourceId).name, statusWord(pair->status)));
    }
    for (const VolumeCopy& pair : config.volumeCopiesOf(target.id)) {
        if (pair.isActive()) {
            return problem(target, role, u"it is the source of a VolumeCopy that is %1"_s.arg(statusWord(pair.status)));
        }
    }
    if (target.capacity < source.capacity) {
        return problem(target, role,
            u"its capacity %1 is smaller than the source's %2"_s.arg(
                formatGb(target.capacity), formatGb(source.capacity)));
    }
    return {};
}

} // namespace Copyline
