// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules.h"

#include "util/bytesize.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

QString raidRequirement(RaidLevel level)
{
    switch (level) {
    case RaidLevel::Raid0:
        return u"at least 1 drive"_s;
    case RaidLevel::Raid1:
        return u"an even number of drives, at least 2"_s;
    case RaidLevel::Raid3:
    case RaidLevel::Raid5:
        return u"at least 3 drives"_s;
    }
    return {};
}

Error checkRaidDriveCount(RaidLevel level, int driveCount)
{
    bool ok = driveCount >= 1 && driveCount <= kMaxDrivesPerArray;
    switch (level) {
    case RaidLevel::Raid0:
        break;
    case RaidLevel::Raid1:
        ok = ok && driveCount >= 2 && driveCount % 2 == 0;
        break;
    case RaidLevel::Raid3:
    case RaidLevel::Raid5:
        ok = ok && driveCount >= 3;
        break;
    }
    if (ok) {
        return {};
    }
    QString need = raidRequirement(level);
    if (driveCount > kMaxDrivesPerArray) {
        need = u"at most %1 drives"_s.arg(kMaxDrivesPerArray);
    }
    return {ErrorCode::RaidDriveCount, {enumName(level), need, QString::number(driveCount)}};
}

qint64 raidCapacity(RaidLevel level, int driveCount, qint64 smallestDrive)
{
    qint64 dataDrives = 0;
    switch (level) {
    case RaidLevel::Raid0:
        dataDrives = driveCount;
        break;
    case RaidLevel::Raid1:
        dataDrives = driveCount / 2;
        break;
    case RaidLevel::Raid3:
    case RaidLevel::Raid5:
        dataDrives = driveCount - 1;
        break;
    }
    return roundDown(std::max<qint64>(0, dataDrives) * smallestDrive, kCapacityGranule);
}

qint64 arrayCapacity(const Configuration& config, ObjectId arrayId)
{
    const auto it = config.arrays.constFind(arrayId);
    if (it == config.arrays.cend()) {
        return 0;
    }
    const auto members = config.drivesOfArray(arrayId);
    if (members.isEmpty()) {
        return 0;
    }
    qint64 smallest = std::numeric_limits<qint64>::max();
    for (const Drive& d : members) {
        smallest = std::min(smallest, d.usableCapacity);
    }
    return raidCapacity(it->raidLevel, static_cast<int>(members.size()), smallest);
}

qint64 arrayUsedCapacity(const Configuration& config, ObjectId arrayId)
{
    qint64 used = 0;
    for (const LogicalDrive& ld : config.logicalDrives) {
        // A FlashCopy logical drive is a view of its base; its repository holds its bytes.
        if (ld.arrayId == arrayId && ld.kind != LogicalDriveKind::FlashCopy) {
            used += ld.capacity + ld.modificationAdded; // an expansion under way holds its space
        }
    }
    return used;
}

qint64 arrayFreeCapacity(const Configuration& config, ObjectId arrayId)
{
    return std::max<qint64>(0, arrayCapacity(config, arrayId) - arrayUsedCapacity(config, arrayId));
}

qint64 unconfiguredCapacity(const Configuration& config, ObjectId subsystemId)
{
    qint64 total = 0;
    for (const Drive& d : config.drives) {
        if (d.subsystemId == subsystemId && d.role == DriveRole::Unassigned && d.status == ComponentStatus::Optimal) {
            total += d.usableCapacity;
        }
    }
    return total;
}

QString arrayLabel(const Array& array)
{
    return u"Logical Drive Group %1 (RAID %2)"_s.arg(array.number).arg(enumName(array.raidLevel));
}

Error checkName(const QString& name, const QString& what)
{
    if (name.trimmed().isEmpty()) {
        return {ErrorCode::NameEmpty, {what}};
    }
    if (name.size() > kMaxNameLength) {
        return {ErrorCode::NameTooLong, {name, QString::number(name.size()), QString::number(kMaxNameLength)}};
    }
    if (name != name.trimmed()) {
        return {ErrorCode::NameInvalid, {name, u"it starts or ends with a space"_s}};
    }
    for (const QChar c : name) {
        const bool allowed = c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'_' || c == u'.' || c == u'#';
        if (!allowed) {
            return {ErrorCode::NameInvalid, {name, u"the character '%1' is not allowed"_s.arg(c)}};
        }
    }
    return {};
}

QString defaultFlashCopyName(const QString& base, const QString& suffix)
{
    // Spec §5.3 / conflict C12: the base name is cut so that base + suffix fits in 30 characters.
    return base.left(kMaxNameLength - static_cast<int>(suffix.size())) + suffix;
}

qint64 flashCopyRepositoryOverhead(qint64 baseCapacity)
{
    // Spec §4.7: 192 KB + base/2000 of metadata (the guide's worked example: 5 GB base → 2.75 MB).
    return 192 * KiB + baseCapacity / 2000;
}

bool logicalDriveNameInUse(const Configuration& config, ObjectId subsystemId, const QString& name, ObjectId except)
{
    const LogicalDrive* ld = config.logicalDriveByName(subsystemId, name);
    return ld != nullptr && ld->id != except;
}

QString normalizeWwpn(const QString& text)
{
    QString hex = text.trimmed().toUpper();
    hex.remove(u':');
    hex.remove(u'-');
    static const QRegularExpression pattern(u"^[0-9A-F]{16}$"_s);
    return pattern.match(hex).hasMatch() ? hex : QString();
}

QString formatWwpn(const QString& normalized)
{
    QStringList parts;
    for (qsizetype i = 0; i + 1 < normalized.size(); i += 2) {
        parts.append(normalized.mid(i, 2));
    }
    return parts.join(u':');
}

QList<ObjectId> partitionTargets(const Configuration& config, ObjectId subsystemId, ObjectId targetId)
{
    // A host sees its own mappings and those of its group (or of the Default Host Group when it has none);
    // a group's mappings are seen by every host in it.
    QList<ObjectId> related {targetId};
    if (const auto host = config.hosts.constFind(targetId); host != config.hosts.cend()) {
        related.append(host->hostGroupId);
    } else {
        for (const Host& h : config.hostsOfGroup(subsystemId, targetId)) {
            related.append(h.id);
        }
    }
    return related;
}

QList<int> lunsInUse(const Configuration& config, ObjectId subsystemId, ObjectId targetId)
{
    const QList<ObjectId> related = partitionTargets(config, subsystemId, targetId);
    QList<int> luns;
    for (const LunMapping& m : config.mappings) {
        if (m.subsystemId == subsystemId && related.contains(m.targetId)) {
            luns.append(m.lun);
        }
    }
    std::sort(luns.begin(), luns.end());
    return luns;
}

const LunMapping* mappingUsingLun(
    const Configuration& config, ObjectId subsystemId, ObjectId targetId, int lun, ObjectId ignoreMappingId)
{
    const QList<ObjectId> related = partitionTargets(config, subsystemId, targetId);
    for (auto it = config.mappings.cbegin(); it != config.mappings.cend(); ++it) {
        if (it->id != ignoreMappingId && it->subsystemId == subsystemId && it->lun == lun
            && related.contains(it->targetId)) {
            return &it.value();
        }
    }
    return nullptr;
}

QList<ObjectId> drivesSeenBy(const Configuration& config, ObjectId hostId)
{
    const auto host = config.hosts.constFind(hostId);
    if (host == config.hosts.cend()) {
        return {};
    }
    QList<ObjectId> drives;
    for (const LunMapping& m : config.mappings) {
        if (m.subsystemId == host->subsystemId && (m.targetId == hostId || m.targetId == host->hostGroupId)) {
            drives.append(m.logicalDriveId);
        }
    }
    return drives;
}

int lowestFreeLun(const Configuration& config, ObjectId subsystemId, ObjectId targetId)
{
    const auto used = lunsInUse(config, subsystemId, targetId);
    for (int lun = 0; lun <= kMaxLun; ++lun) {
        if (!used.contains(lun)) {
            return lun;
        }
    }
    return -1;
}

} // namespace Copyline
