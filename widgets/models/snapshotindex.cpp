// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotindex.h"

#include <QCollator>
#include <QCollatorSortKey>

#include <algorithm>
#include <utility>
#include <vector>

namespace Copyline
{

void sortDrivesByName(QList<LogicalDrive>& drives, Qt::CaseSensitivity sensitivity, bool stable)
{
    if (drives.size() < 2) {
        return;
    }
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(sensitivity);
    std::vector<std::pair<QCollatorSortKey, qsizetype>> keys;
    keys.reserve(static_cast<size_t>(drives.size()));
    for (qsizetype i = 0; i < drives.size(); ++i) {
        keys.emplace_back(collator.sortKey(drives.at(i).name), i);
    }
    const auto less = [](const auto& a, const auto& b) { return a.first.compare(b.first) < 0; };
    if (stable) {
        std::stable_sort(keys.begin(), keys.end(), less);
    } else {
        std::sort(keys.begin(), keys.end(), less);
    }
    QList<LogicalDrive> sorted;
    sorted.reserve(drives.size());
    for (const auto& key : keys) {
        sorted.append(std::move(drives[key.second]));
    }
    drives = std::move(sorted);
}

SnapshotIndex::SnapshotIndex(SnapshotPtr snapshot)
    : m_source(std::move(snapshot))
{
    static const Configuration empty;
    const Configuration& config = m_source ? m_source->config : empty;
    // In id order, as the Configuration's scans go: the first match wins where it returns one.
    for (const LunMapping& m : config.mappings) {
        if (!m_mappingByDrive.contains(m.logicalDriveId)) {
            m_mappingByDrive.insert(m.logicalDriveId, &m);
        }
    }
    for (const FlashCopy& f : config.flashCopies) {
        for (const ObjectId id : {f.id, f.repositoryId}) {
            if (!m_flashCopyByDrive.contains(id)) {
                m_flashCopyByDrive.insert(id, &f);
            }
        }
        m_flashCopiesByBase[f.baseId].append(f);
    }
    for (QList<FlashCopy>& list : m_flashCopiesByBase) {
        std::sort(
            list.begin(), list.end(), [](const FlashCopy& a, const FlashCopy& b) { return a.sequence < b.sequence; });
    }
    for (const VolumeCopy& vc : config.volumeCopies) {
        m_volumeCopiesByDrive[vc.sourceId].append(vc);
        if (vc.targetId != vc.sourceId) {
            m_volumeCopiesByDrive[vc.targetId].append(vc);
        }
    }
    for (const LogicalDrive& ld : config.logicalDrives) {
        m_drivesByArray[ld.arrayId].list.append(ld);
        m_drivesBySubsystem[ld.subsystemId].list.append(ld);
    }
}

QList<LogicalDrive> SnapshotIndex::sorted(QHash<ObjectId, Drives>& groups, ObjectId key)
{
    const auto it = groups.find(key);
    if (it == groups.end()) {
        return {};
    }
    if (!it->sorted) {
        sortDrivesByName(it->list, Qt::CaseInsensitive, true);
        it->sorted = true;
    }
    return it->list;
}

std::shared_ptr<const SnapshotIndex> SnapshotIndex::of(const SnapshotPtr& snapshot)
{
    struct Entry
    {
        std::weak_ptr<const Snapshot> snapshot; // a live weak_ptr: its address is not reused
        std::shared_ptr<const SnapshotIndex> index;
    };
    static std::vector<Entry> cache; // GUI thread only
    if (!snapshot) {
        return std::make_shared<const SnapshotIndex>(nullptr);
    }
    std::erase_if(cache, [](const Entry& e) { return e.snapshot.expired(); });
    for (const Entry& e : cache) {
        if (e.snapshot.lock() == snapshot) {
            return e.index;
        }
    }
    std::shared_ptr<const SnapshotIndex> index;
    if (!cache.empty() && cache.back().index->m_source->config == snapshot->config) {
        index = cache.back().index;
    } else {
        index = std::make_shared<const SnapshotIndex>(snapshot);
    }
    constexpr size_t kKept = 4;
    if (cache.size() >= kKept) {
        cache.erase(cache.begin());
    }
    cache.push_back({snapshot, index});
    return index;
}

} // namespace Copyline
