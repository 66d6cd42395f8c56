// SPDX-License-Identifier: GPL-3.0-or-later
#include "health.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

QString complianceProblem(const Configuration& config, ObjectId subsystemId, PremiumFeature feature, int maxMirrors)
{
    const Subsystem s = config.subsystems.value(subsystemId);
    qsizetype count = 0;
    bool enabled = false;
    QString what;
    QString name;
    switch (feature) {
    case PremiumFeature::FlashCopy:
        enabled = s.flashCopyEnabled;
        count = std::count_if(config.flashCopies.cbegin(), config.flashCopies.cend(),
            [&](const FlashCopy& f) { return f.subsystemId == subsystemId; });
        what = u"FlashCopy logical drives"_s;
        name = u"FlashCopy"_s;
        break;
    case PremiumFeature::VolumeCopy:
        enabled = s.volumeCopyEnabled;
        count = std::count_if(config.volumeCopies.cbegin(), config.volumeCopies.cend(),
            [&](const VolumeCopy& v) { return v.subsystemId == subsystemId; });
        what = u"VolumeCopy pairs"_s;
        name = u"VolumeCopy"_s;
        break;
    case PremiumFeature::RemoteMirror:
        enabled = s.remoteMirrorEnabled;
        count = std::count_if(config.mirrors.cbegin(), config.mirrors.cend(),
            [&](const Mirror& m) { return m.subsystemId == subsystemId; });
        what = u"mirror relationships"_s;
        name = u"Remote Mirror"_s;
        break;
    }
    if (count > 0 && !enabled) {
        return u"the %1 feature is out of compliance: %2 %3 exist while it is disabled; enable it with its key file, "
               "or remove them"_s.arg(name)
                   .arg(count)
                   .arg(what);
    }
    if (feature == PremiumFeature::RemoteMirror && maxMirrors > 0 && count > maxMirrors) {
        return u"the Remote Mirror feature is out of compliance: %1 mirror relationships exist, the most this model "
               "allows is %2; remove mirrors down to the limit"_s.arg(count)
                   .arg(maxMirrors);
    }
    return {};
}

QStringList attentionReasons(const Configuration& config, ObjectId subsystemId)
{
    QStringList reasons;
    for (const PremiumFeature f :
        {PremiumFeature::FlashCopy, PremiumFeature::VolumeCopy, PremiumFeature::RemoteMirror}) {
        if (const QString why = complianceProblem(config, subsystemId, f, 0); !why.isEmpty()) {
            reasons.append(why.left(1).toUpper() + why.mid(1));
        }
    }
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
