// SPDX-License-Identifier: GPL-3.0-or-later
#include "configuration.h"

#include <QCollator>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

template <typename T, typename Pred>
QList<T> select(const QMap<ObjectId, T>& map, Pred pred)
{
    QList<T> out;
    for (const T& item : map) {
        if (pred(item)) {
            out.append(item);
        }
    }
    return out;
}

template <typename T, typename Pred>
const T* findFirst(const QMap<ObjectId, T>& map, Pred pred)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (pred(it.value())) {
            return &it.value();
        }
    }
    return nullptr;
}

template <typename T>
void sortByName(QList<T>& list)
{
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(
        list.begin(), list.end(), [&collator](const T& a, const T& b) { return collator.compare(a.name, b.name) < 0; });
}

template <typename T>
void eraseIf(QMap<ObjectId, T>& map, ObjectId subsystemId)
{
    for (auto it = map.begin(); it != map.end();) {
        if (it->subsystemId == subsystemId) {
            it = map.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace

const Subsystem* Configuration::subsystemByName(const QString& name) const
{
    return findFirst(subsystems, [&](const Subsystem& s) { return s.name == name; });
}

const LogicalDrive* Configuration::logicalDriveByName(ObjectId subsystemId, const QString& name) const
{
    return findFirst(
        logicalDrives, [&](const LogicalDrive& ld) { return ld.subsystemId == subsystemId && ld.name == name; });
}

QString Configuration::siteQualifiedName(ObjectId driveId) const
{
    const LogicalDrive ld = logicalDrives.value(driveId);
    const QString site = subsystems.value(ld.subsystemId).peer;
    return site.isEmpty() ? ld.name : ld.name + u'@' + site;
}

const Array* Configuration::arrayByNumber(ObjectId subsystemId, int number) const
{
    return findFirst(arrays, [&](const Array& a) { return a.subsystemId == subsystemId && a.number == number; });
}

const Drive* Configuration::driveAt(ObjectId subsystemId, int enclosure, int slot) const
{
    return findFirst(drives,
        [&](const Drive& d) { return d.subsystemId == subsystemId && d.enclosure == enclosure && d.slot == slot; });
}

const Host* Configuration::hostByName(ObjectId subsystemId, const QString& name) const
{
    return findFirst(hosts, [&](const Host& h) { return h.subsystemId == subsystemId && h.name == name; });
}

const HostGroup* Configuration::hostGroupByName(ObjectId subsystemId, const QString& name) const
{
    return findFirst(hostGroups, [&](const HostGroup& g) { return g.subsystemId == subsystemId && g.name == name; });
}

const HostPort* Configuration::hostPortByIdentifierOrLabel(ObjectId subsystemId, const QString& text) const
{
    QString normalized = text.toUpper();
    normalized.remove(u':');
    return findFirst(hostPorts, [&](const HostPort& p) {
        return p.subsystemId == subsystemId && (p.identifier == normalized || p.label == text);
    });
}

const LunMapping* Configuration::mappingOf(ObjectId logicalDriveId) const
{
    return findFirst(mappings, [&](const LunMapping& m) { return m.logicalDriveId == logicalDriveId; });
}

QList<Controller> Configuration::controllersOf(ObjectId subsystemId) const
{
    auto list = select(controllers, [&](const Controller& c) { return c.subsystemId == subsystemId; });
    std::sort(list.begin(), list.end(), [](const Controller& a, const Controller& b) { return a.slot < b.slot; });
    return list;
}

QList<Drive> Configuration::drivesOf(ObjectId subsystemId) const
{
    auto list = select(drives, [&](const Drive& d) { return d.subsystemId == subsystemId; });
    std::sort(list.begin(), list.end(),
        [](const Drive& a, const Drive& b) { return std::tie(a.enclosure, a.slot) < std::tie(b.enclosure, b.slot); });
    return list;
}

QList<Drive> Configuration::drivesOfArray(ObjectId arrayId) const
{
    auto list = select(drives, [&](const Drive& d) { return d.role == DriveRole::Assigned && d.arrayId == arrayId; });
    std::sort(
        list.begin(), list.end(), [](const Drive& a, const Drive& b) { return a.arrayPosition < b.arrayPosition; });
    return list;
}

QList<Array> Configuration::arraysOf(ObjectId subsystemId) const
{
    auto list = select(arrays, [&](const Array& a) { return a.subsystemId == subsystemId; });
    std::sort(list.begin(), list.end(), [](const Array& a, const Array& b) { return a.number < b.number; });
    return list;
}

QList<LogicalDrive> Configuration::logicalDrivesOf(ObjectId subsystemId) const
{
    auto list = select(logicalDrives, [&](const LogicalDrive& ld) { return ld.subsystemId == subsystemId; });
    sortByName(list);
    return list;
}

QList<LogicalDrive> Configuration::logicalDrivesOf(
    ObjectId subsystemId, const std::function<bool(const LogicalDrive&)>& keep) const
{
    auto list
        = select(logicalDrives, [&](const LogicalDrive& ld) { return ld.subsystemId == subsystemId && keep(ld); });
    sortByName(list);
    return list;
}

qsizetype Configuration::logicalDriveCountOf(ObjectId subsystemId) const
{
    return std::count_if(logicalDrives.cbegin(), logicalDrives.cend(),
        [subsystemId](const LogicalDrive& ld) { return ld.subsystemId == subsystemId; });
}

QList<LogicalDrive> Configuration::logicalDrivesOfArray(ObjectId arrayId) const
{
    auto list = select(logicalDrives, [&](const LogicalDrive& ld) { return ld.arrayId == arrayId; });
    sortByName(list);
    return list;
}

QList<HostGroup> Configuration::hostGroupsOf(ObjectId subsystemId) const
{
    auto list = select(hostGroups, [&](const HostGroup& g) { return g.subsystemId == subsystemId; });
    sortByName(list);
    return list;
}

QList<Host> Configuration::hostsOf(ObjectId subsystemId) const
{
    auto list = select(hosts, [&](const Host& h) { return h.subsystemId == subsystemId; });
    sortByName(list);
    return list;
}

QList<Host> Configuration::hostsOfGroup(ObjectId subsystemId, ObjectId hostGroupId) const
{
    auto list
        = select(hosts, [&](const Host& h) { return h.subsystemId == subsystemId && h.hostGroupId == hostGroupId; });
    sortByName(list);
    return list;
}

QList<HostPort> Configuration::hostPortsOf(ObjectId hostId) const
{
    auto list = select(hostPorts, [&](const HostPort& p) { return p.hostId == hostId; });
    std::sort(
        list.begin(), list.end(), [](const HostPort& a, const HostPort& b) { return a.identifier < b.identifier; });
    return list;
}

QList<LunMapping> Configuration::mappingsOf(ObjectId subsystemId) const
{
    auto list = select(mappings, [&](const LunMapping& m) { return m.subsystemId == subsystemId; });
    std::sort(list.begin(), list.end(), [](const LunMapping& a, const LunMapping& b) {
        return std::tie(a.targetId, a.lun) < std::tie(b.targetId, b.lun);
    });
    return list;
}

QList<LunMapping> Configuration::mappingsToTarget(ObjectId subsystemId, ObjectId targetId) const
{
    auto list
        = select(mappings, [&](const LunMapping& m) { return m.subsystemId == subsystemId && m.targetId == targetId; });
    std::sort(list.begin(), list.end(), [](const LunMapping& a, const LunMapping& b) { return a.lun < b.lun; });
    return list;
}

QList<FlashCopy> Configuration::flashCopiesOf(ObjectId baseId) const
{
    auto list = select(flashCopies, [&](const FlashCopy& f) { return f.baseId == baseId; });
    std::sort(list.begin(), list.end(), [](const FlashCopy& a, const FlashCopy& b) { return a.sequence < b.sequence; });
    return list;
}

const FlashCopy* Configuration::flashCopyOf(ObjectId logicalDriveId) const
{
    return findFirst(
        flashCopies, [&](const FlashCopy& f) { return f.id == logicalDriveId || f.repositoryId == logicalDriveId; });
}

QList<VolumeCopy> Configuration::volumeCopiesOf(ObjectId logicalDriveId) const
{
    auto list = select(volumeCopies,
        [&](const VolumeCopy& c) { return c.sourceId == logicalDriveId || c.targetId == logicalDriveId; });
    std::sort(list.begin(), list.end(), [](const VolumeCopy& a, const VolumeCopy& b) { return a.id < b.id; });
    return list;
}

const VolumeCopy* Configuration::volumeCopyTargeting(ObjectId logicalDriveId) const
{
    return findFirst(volumeCopies, [&](const VolumeCopy& c) { return c.targetId == logicalDriveId; });
}

const Mirror* Configuration::mirrorOf(ObjectId logicalDriveId) const
{
    const auto it = mirrors.constFind(logicalDriveId);
    return it == mirrors.cend() ? nullptr : &*it;
}

QList<Mirror> Configuration::mirrorsOf(ObjectId subsystemId) const
{
    auto list = select(mirrors, [&](const Mirror& m) { return m.subsystemId == subsystemId; });
    std::sort(list.begin(), list.end(), [this](const Mirror& a, const Mirror& b) {
        return logicalDrives.value(a.id).name < logicalDrives.value(b.id).name;
    });
    return list;
}

const Mirror* Configuration::partnerOf(const Mirror& mirror) const
{
    const Mirror* other = mirrorOf(mirror.remoteDriveId);
    return other && other->pairId == mirror.pairId && other->subsystemId == mirror.remoteSubsystemId ? other : nullptr;
}

const MirrorLink* Configuration::linkBetween(ObjectId a, ObjectId b) const
{
    return findFirst(mirrorLinks, [&](const MirrorLink& l) { return l.connects(a, b); });
}

QList<LogicalDrive> Configuration::mirrorRepositoriesOf(ObjectId subsystemId) const
{
    auto list = select(logicalDrives, [&](const LogicalDrive& ld) {
        return ld.subsystemId == subsystemId && ld.kind == LogicalDriveKind::MirrorRepository;
    });
    std::sort(list.begin(), list.end(),
        [](const LogicalDrive& a, const LogicalDrive& b) { return a.preferredOwner < b.preferredOwner; });
    return list;
}

QString Configuration::describeMappingTarget(ObjectId targetId) const
{
    if (targetId == 0) {
        return u"Default Host Group"_s;
    }
    if (const auto it = hostGroups.constFind(targetId); it != hostGroups.cend()) {
        return u"Host Group %1"_s.arg(it->name);
    }
    if (const auto it = hosts.constFind(targetId); it != hosts.cend()) {
        return u"Host %1"_s.arg(it->name);
    }
    return u"object %1"_s.arg(targetId);
}

QList<Relationship> Configuration::relationshipsOf(ObjectId volumeId, const QString& kind) const
{
    return select(relationships, [&](const Relationship& r) { return r.kind == kind && r.involves(volumeId); });
}

void Configuration::removeSubsystem(ObjectId subsystemId)
{
    // Paths from other machines end here too: links into it, logical paths into its LSSs.
    for (auto it = copyPaths.begin(); it != copyPaths.end();) {
        const bool into = it->kind == u"escon"_s ? it->targetRef == subsystemId
                                                 : arrays.value(it->targetRef).subsystemId == subsystemId;
        it = (it->subsystemId == subsystemId || into) ? copyPaths.erase(it) : std::next(it);
    }
    subsystems.remove(subsystemId);
    eraseIf(controllers, subsystemId);
    eraseIf(drives, subsystemId);
    eraseIf(arrays, subsystemId);
    eraseIf(logicalDrives, subsystemId);
    eraseIf(hostGroups, subsystemId);
    eraseIf(hosts, subsystemId);
    eraseIf(hostPorts, subsystemId);
    eraseIf(mappings, subsystemId);
    eraseIf(flashCopies, subsystemId);
    eraseIf(volumeCopies, subsystemId);
    eraseIf(mirrors, subsystemId);
    eraseIf(relationships, subsystemId);
    for (auto it = mirrorLinks.begin(); it != mirrorLinks.end();) {
        it = (it->subsystemA == subsystemId || it->subsystemB == subsystemId) ? mirrorLinks.erase(it) : std::next(it);
    }
}

} // namespace Copyline
