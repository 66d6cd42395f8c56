// SPDX-License-Identifier: GPL-3.0-or-later
#include "health.h"

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

QStringList attentionReasons(const Configuration& config, ObjectId subsystemId)
{
    QStringList reasons;
    auto name = [&config](ObjectId id) { return config.logicalDrives.value(id).name; };
    for (const LogicalDrive& ld : config.logicalDrivesOf(subsystemId)) {
        if (ld.status != ComponentStatus::Optimal) {
            reasons.append(u"Logical drive %1 is %2"_s.arg(ld.name, enumName(ld.status)));
        }
    }
    for (const Drive& d : config.drivesOf(subsystemId)) {
        if (d.status != ComponentStatus::Optimal) {
            reasons.append(u"Drive [%1,%2] is %3"_s.arg(d.enclosure).arg(d.slot).arg(enumName(d.status)));
        }
    }
    for (const FlashCopy& fc : config.flashCopies) {
        if (fc.subsystemId != subsystemId) {
            continue;
        }
        if (fc.status == FlashCopyStatus::Failed) {
            reasons.append(u"FlashCopy logical drive %1 has failed"_s.arg(name(fc.id)));
        } else if (fc.baseWritesFailing) {
            reasons.append(
                u"Writes to the base of FlashCopy logical drive %1 fail (its repository is full)"_s.arg(name(fc.id)));
        } else if (fc.thresholdExceeded) {
            reasons.append(
                u"The repository of FlashCopy logical drive %1 is over its warning threshold"_s.arg(name(fc.id)));
        }
    }
    for (const VolumeCopy& vc : config.volumeCopies) {
        if (vc.subsystemId == subsystemId && vc.status == VolumeCopyStatus::Failed) {
            reasons.append(u"VolumeCopy %1 -> %2 has failed"_s.arg(name(vc.sourceId), name(vc.targetId)));
        }
    }
    for (const Mirror& m : config.mirrors) {
        if (m.subsystemId == subsystemId
            && (m.status == MirrorStatus::Unsynchronized || m.status == MirrorStatus::Unresponsive
                || m.status == MirrorStatus::DualPrimary || m.status == MirrorStatus::DualSecondary)) {
            reasons.append(u"Mirrored logical drive %1 is %2"_s.arg(name(m.id), enumName(m.status)));
        }
    }
    for (const Relationship& r : config.relationships) {
        if (r.subsystemId != subsystemId) {
            continue;
        }
        if (r.state == u"failed"_s) {
            reasons.append(
                u"The %1 relationship %2 -> %3 has failed"_s.arg(r.kind, name(r.sourceId), name(r.targetId)));
        } else if (r.hasOption(u"inhibited"_s)) {
            reasons.append(u"%1 is write-inhibited: its %2 pair with %3 is suspended in critical mode"_s.arg(
                name(r.sourceId), r.kind, name(r.targetId)));
        }
    }
    return reasons;
}

} // namespace Copyline
