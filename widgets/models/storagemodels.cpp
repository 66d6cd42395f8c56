// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagemodels.h"

#include "api/rules.h"
#include "api/units.h"
#include "common/icons.h"
#include "common/texts.h"
#include "models/snapshotindex.h"
#include "panels/ds4000/rules/flashcopyrules.h"
#include "panels/ds4000/rules/remotemirrorrules.h"
#include "panels/ds4000/rules/volumecopyrules.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

QString key(const char* prefix, ObjectId id)
{
    return QString::fromLatin1(prefix) + u':' + QString::number(id);
}

QList<LogicalDrive> sortedByName(QList<LogicalDrive> drives)
{
    sortDrivesByName(drives, Qt::CaseSensitive, false); // QCollator's default case sensitivity
    return drives;
}

TreeItem subsystemItem(const Snapshot& snapshot, const Subsystem& s)
{
    const bool attention = snapshot.needsAttention.value(s.id, false);
    TreeItem item;
    item.key = key("subsystem", s.id);
    item.kind = NodeKind::Subsystem;
    item.id = s.id;
    item.text = {Texts::subsystemLabel(s.name)};
    item.raw = {s.name};
    item.icon = u"subsystem"_s;
    item.status = Texts::subsystemStatus(attention);
    item.attention = attention;
    item.detail = KeyedTreeModel::tr("%1 · %2", "model · status").arg(s.model, item.status);
    item.toolTip = KeyedTreeModel::tr("Storage Subsystem %1\nModel: %2\nFirmware: %3\nStatus: %4")
                       .arg(s.name, s.model, s.firmware, item.status);
    if (s.isProxy()) {
        // Served by the engine of another site (engines per site): shown as that engine last said, read-only here.
        item.detail = KeyedTreeModel::tr("%1 · %2 · site %3", "model · status · remote engine")
                          .arg(s.model, item.status, s.peer);
        item.toolTip += u'\n'
            + KeyedTreeModel::tr("Served by the engine of site %1 and shown here read-only: manage it on that engine. "
                                 "copylinectl --refresh-peer %1 shows its latest state.")
                  .arg(s.peer);
    }
    // Needs Attention says why (issue 18): the Recovery Guru's problems, one line each.
    for (const RecoveryProblem& p : snapshot.problems.value(s.id)) {
        item.toolTip += u"\n\u2022 "_s + p.summary;
    }
    if (attention) {
        item.toolTip += u'\n' + KeyedTreeModel::tr("Storage Subsystem ▸ Recovery Guru… shows the recovery steps.");
    }
    return item;
}

bool driveNeedsAttention(const SnapshotIndex& ix, const LogicalDrive& ld)
{
    const FlashCopy* fc = ix.flashCopyOf(ld.id);
    return ld.status != ComponentStatus::Optimal
        || (fc != nullptr && fc->id == ld.id && fc->status == FlashCopyStatus::Failed);
}

QString logicalDriveToolTip(const Configuration& c, const SnapshotIndex& ix, const LogicalDrive& ld)
{
    const QLocale locale;
    QString tip = KeyedTreeModel::tr("Logical Drive %1\nCapacity: %2\nArray: %3\nStatus: %4\n"
                                     "Current owner: %5, preferred owner: %6")
                      .arg(ld.name, formatGb(ld.capacity, locale), arrayLabel(c.arrays.value(ld.arrayId)),
                          Texts::logicalDriveStatus(ld, ix.flashCopyOf(ld.id)), Texts::controller(ld.currentOwner),
                          Texts::controller(ld.preferredOwner));
    if (const LunMapping* m = ix.mappingOf(ld.id)) {
        tip += u'\n' + KeyedTreeModel::tr("Mapped: LUN %1 of %2").arg(m->lun).arg(Texts::mappingTarget(c, m->targetId));
    } else {
        tip += u'\n' + KeyedTreeModel::tr("Not mapped to any host");
    }
    if (const QList<FlashCopy> copies = ix.flashCopiesOf(ld.id); !copies.isEmpty()) {
        tip += u'\n'
            + KeyedTreeModel::tr("Base of %n FlashCopy logical drive(s)", nullptr, static_cast<int>(copies.size()));
    }
    if (ld.modification != ModificationOperation::None) {
        tip += u'\n'
            + KeyedTreeModel::tr("%1: %2% complete, adding %3")
                  .arg(Texts::modification(ld.modification), locale.toString(ld.modificationBasisPoints / 100),
                      formatGb(ld.modificationAdded, locale));
    }
    return tip;
}

/** Logical drives hosts can be mapped to: standard ones and FlashCopies (spec §2.2.2), not repositories. */
bool mappable(const LogicalDrive& ld)
{
    return ld.kind == LogicalDriveKind::Standard || ld.kind == LogicalDriveKind::FlashCopy;
}

/** The tree icon of any logical drive: FlashCopies and repositories show their FlashCopy's state. */
QString logicalDriveIcon(const SnapshotIndex& ix, const LogicalDrive& ld)
{
    if (const FlashCopy* fc = ix.flashCopyOf(ld.id)) {
        if (ld.kind == LogicalDriveKind::FlashCopy) {
            return Icons::forFlashCopy(fc->status, fc->thresholdExceeded);
        }
        if (ld.kind == LogicalDriveKind::FlashCopyRepository) {
            return Icons::forRepository(fc->thresholdExceeded, fc->baseWritesFailing);
        }
    }
    return Icons::forLogicalDrive(ld.status);
}

/** "FlashCopy of Accounting, Disabled": what a FlashCopy is and its state, for the status and screen readers. */
QString flashCopyStatusText(const Configuration& c, const FlashCopy& fc)
{
    QString state = Texts::flashCopyStatus(fc.status);
    if (fc.status == FlashCopyStatus::Optimal && fc.baseWritesFailing) {
        state = KeyedTreeModel::tr("%1, repository full", "FlashCopy status").arg(state);
    } else if (fc.status == FlashCopyStatus::Optimal && fc.thresholdExceeded) {
        state = KeyedTreeModel::tr("%1, repository threshold exceeded", "FlashCopy status").arg(state);
    }
    return KeyedTreeModel::tr("FlashCopy of %1, %2").arg(c.logicalDrives.value(fc.baseId).name, state);
}

TreeItem logicalDriveItem(
    const Configuration& c, const SnapshotIndex& ix, const LogicalDrive& ld, const QLocale& locale)
{
    TreeItem item;
    item.key = key("ld", ld.id);
    item.kind = NodeKind::LogicalDrive;
    item.id = ld.id;
    item.text = {Texts::withCapacity(ld.name, ld.capacity, locale)};
    item.raw = {ld.name};
    item.icon = logicalDriveIcon(ix, ld);
    item.status = Texts::logicalDriveStatus(ld, ix.flashCopyOf(ld.id));
    item.attention = driveNeedsAttention(ix, ld);
    item.toolTip = logicalDriveToolTip(c, ix, ld);
    if (ld.modification != ModificationOperation::None) {
        item.overlay = u"overlay-operation-in-progress"_s;
    }
    return item;
}

/**
 * The VolumeCopy state of a logical drive on its tree row (spec §3.3): the "Operation in Progress" badge on the source
 * and target of a pending or running copy, Needs Attention on both drives of a failed one, a lock on a read-only
 * target; the status (read by screen readers) and the tooltip say which copy and how far it is.
 */
void applyVolumeCopyState(const Snapshot& snapshot, const SnapshotIndex& ix, const LogicalDrive& ld, TreeItem& item)
{
    const Configuration& c = snapshot.config;
    const QList<VolumeCopy> pairs = ix.volumeCopiesOf(ld.id);
    if (pairs.isEmpty()) {
        return;
    }
    const QLocale locale;
    bool active = false;
    bool failed = false;
    bool locked = false;
    QStringList states;
    QStringList tips;
    for (const VolumeCopy& vc : pairs) {
        const bool source = vc.sourceId == ld.id;
        const QString role = source ? KeyedTreeModel::tr("VolumeCopy source") : KeyedTreeModel::tr("VolumeCopy target");
        const QString partner = c.logicalDrives.value(source ? vc.targetId : vc.sourceId).name;
        const double percent = VolumeCopyRules::percent(snapshot, vc);
        QString state;
        switch (vc.status) {
        case VolumeCopyStatus::Pending:
            active = true;
            state = KeyedTreeModel::tr("copy pending");
            break;
        case VolumeCopyStatus::InProgress:
            active = true;
            state = KeyedTreeModel::tr("copy in progress %1%").arg(locale.toString(std::max(0.0, percent), 'f', 0));
            break;
        case VolumeCopyStatus::Completed:
            state = KeyedTreeModel::tr("copy completed");
            break;
        case VolumeCopyStatus::Stopped:
            state = KeyedTreeModel::tr("copy stopped");
            break;
        case VolumeCopyStatus::Failed:
            failed = true;
            state = KeyedTreeModel::tr("copy failed, needs attention");
            break;
        }
        if (!source && vc.targetReadOnly
            && (vc.status == VolumeCopyStatus::Completed || vc.status == VolumeCopyStatus::Stopped)) {
            locked = true;
            state = KeyedTreeModel::tr("%1, read-only", "copy state, read-only").arg(state);
        }
        states.append(KeyedTreeModel::tr("%1, %2", "role, state").arg(role, state));
        QString tip = source
            ? KeyedTreeModel::tr("VolumeCopy source of %1: %2").arg(partner, Texts::copyStatus(vc.status))
            : KeyedTreeModel::tr("VolumeCopy target of %1: %2").arg(partner, Texts::copyStatus(vc.status));
        if (vc.status == VolumeCopyStatus::InProgress && percent >= 0) {
            tip += KeyedTreeModel::tr(", %1% copied").arg(locale.toString(percent, 'f', 0));
        }
        if (vc.status == VolumeCopyStatus::Failed && !vc.statusReason.isEmpty()) {
            tip += KeyedTreeModel::tr(" (%1)").arg(vc.statusReason);
        }
        if (!source) {
            tip += vc.targetReadOnly ? KeyedTreeModel::tr("; read-only to hosts")
                                     : KeyedTreeModel::tr("; writable by hosts");
        }
        tips.append(tip);
    }
    item.overlay = failed ? u"overlay-attention"_s
        : active          ? u"overlay-operation-in-progress"_s
        : locked          ? u"overlay-lock"_s
                          : item.overlay; // e.g. a modification in progress
    item.attention = item.attention || failed;
    const QString copies = states.join(u"; "_s);
    item.status = ld.status == ComponentStatus::Optimal && item.status == Texts::status(ld.status)
        ? copies
        : KeyedTreeModel::tr("%1, %2", "status, copy state").arg(item.status, copies);
    item.toolTip += u'\n' + tips.join(u'\n');
}

/**
 * The remote mirror state of a logical drive on its tree row (spec §3.4, §5.9): a badge in the state's colour on
 * primaries and secondaries (green Synchronized, blue synchronizing, red Unsynchronized / Unresponsive / dual
 * roles, gray Suspended), the role and state in the status (read by screen readers) and the tooltip; a mirror
 * repository gets its own icon and says which controller's it is.
 */
void applyMirrorState(const Snapshot& snapshot, const LogicalDrive& ld, TreeItem& item)
{
    const Configuration& c = snapshot.config;
    if (ld.kind == LogicalDriveKind::MirrorRepository) {
        item.icon = u"mirror-repository"_s;
        item.status = KeyedTreeModel::tr("Mirror repository of controller %1").arg(ld.preferredOwner);
        item.toolTip += u'\n'
            + KeyedTreeModel::tr("Mirror repository logical drive of controller %1: it logs the remote writes not "
                                 "yet written to the secondaries.")
                  .arg(ld.preferredOwner);
        return;
    }
    const Mirror* m = c.mirrorOf(ld.id);
    if (m == nullptr) {
        return;
    }
    const QString partner = c.logicalDrives.value(m->remoteDriveId).name;
    const QString remote = Texts::subsystemLabel(c.subsystems.value(m->remoteSubsystemId).name);
    QString state = RemoteMirrorRules::statusText(*m);
    const MirrorRuntime rt = snapshot.mirrors.value(m->id);
    if (m->status == MirrorStatus::Synchronizing && rt.progressPercent >= 0) {
        state
            = KeyedTreeModel::tr("%1 %2%", "status percent").arg(state, QLocale().toString(rt.progressPercent, 'f', 0));
    }
    const QString role = m->role == MirrorRole::Primary ? KeyedTreeModel::tr("mirror primary")
                                                        : KeyedTreeModel::tr("mirror secondary");
    if (item.overlay != u"overlay-attention"_s) {
        item.overlay = RemoteMirrorRules::statusOverlay(m->status); // a failed copy's badge stays on top
    }
    item.attention = item.attention || RemoteMirrorRules::needsAttention(m->status);
    const QString mirror = KeyedTreeModel::tr("%1, %2", "role, state").arg(role, state);
    item.status = item.status == Texts::status(ld.status) && ld.status == ComponentStatus::Optimal
        ? mirror
        : KeyedTreeModel::tr("%1, %2", "status, mirror state").arg(item.status, mirror);
    item.toolTip += u'\n'
        + (m->role == MirrorRole::Primary
                ? KeyedTreeModel::tr("Remote mirror primary of %1 on %2: %3").arg(partner, remote, state)
                : KeyedTreeModel::tr("Remote mirror secondary of %1 on %2: %3 (hosts may read, not write)")
                      .arg(partner, remote, state));
}

/** The secondary of a primary, as a sub-node: "Accounting 2 on Secondary Site" (spec §5.1, Figure 25). */
TreeItem mirrorPartnerItem(const Snapshot& snapshot, const Mirror& m)
{
    const Configuration& c = snapshot.config;
    const LogicalDrive remote = c.logicalDrives.value(m.remoteDriveId);
    const Mirror* partner = c.partnerOf(m);
    const MirrorRole role = partner != nullptr ? partner->role : MirrorRole::Secondary;
    const QString subsystem = c.subsystems.value(m.remoteSubsystemId).name;
    TreeItem item;
    item.key = u"mirror:%1"_s.arg(m.id);
    item.kind = NodeKind::MirrorPartner;
    item.id = remote.id;
    // Short enough for the Logical pane: the role only when it is not the expected one (a dual-role conflict).
    item.text = {role == MirrorRole::Secondary
            ? KeyedTreeModel::tr("%1 on %2", "secondary drive on subsystem").arg(remote.name, subsystem)
            : KeyedTreeModel::tr("%1 (%2) on %3", "remote drive (role) on subsystem")
                  .arg(remote.name, RemoteMirrorRules::roleText(role), subsystem)};
    item.icon = u"logical-drive"_s;
    item.overlay = RemoteMirrorRules::statusOverlay(m.status);
    item.status = RemoteMirrorRules::statusText(m);
    item.attention = RemoteMirrorRules::needsAttention(m.status);
    item.toolTip = KeyedTreeModel::tr("%1 logical drive %2 on %3\nMirrored pair: %4\nManage it in the Logical "
                                      "view of %3, or in Logical Drive ▸ Remote Mirroring ▸ Remote Mirrors.")
                       .arg(RemoteMirrorRules::roleText(role), Texts::withCapacity(remote.name, remote.capacity),
                           Texts::subsystemLabel(subsystem), item.status);
    if (partner == nullptr) {
        item.toolTip += u'\n'
            + KeyedTreeModel::tr("%1 no longer lists this relationship.").arg(Texts::subsystemLabel(subsystem));
    }
    return item;
}

/** A FlashCopy logical drive, shown as a child of its base. */
TreeItem flashCopyItem(const Snapshot& snapshot, const SnapshotIndex& ix, const FlashCopy& fc, const QLocale& locale)
{
    const Configuration& c = snapshot.config;
    const LogicalDrive ld = c.logicalDrives.value(fc.id);
    const LogicalDrive repository = c.logicalDrives.value(fc.repositoryId);
    TreeItem item = logicalDriveItem(c, ix, ld, locale);
    item.status = flashCopyStatusText(c, fc);
    item.attention = fc.status == FlashCopyStatus::Failed || fc.thresholdExceeded || fc.baseWritesFailing;
    QString tip = KeyedTreeModel::tr("FlashCopy Logical Drive %1\n%2\nPoint-in-time image of %3, taken %4")
                      .arg(ld.name, item.status, c.logicalDrives.value(fc.baseId).name,
                          locale.toString(fc.pointInTime.toLocalTime(), QLocale::ShortFormat));
    if (!fc.statusReason.isEmpty()) {
        tip += u'\n' + KeyedTreeModel::tr("Reason: %1").arg(fc.statusReason);
    }
    tip += u'\n'
        + KeyedTreeModel::tr("Repository: %1, %2% used of %3 (warning at %4% full)")
              .arg(repository.name)
              .arg(FlashCopyRules::repositoryUsedPercent(snapshot, fc.id))
              .arg(formatGb(repository.capacity, locale))
              .arg(fc.warningThresholdPercent);
    tip += u'\n' + KeyedTreeModel::tr("When full: %1").arg(Texts::repositoryFullPolicy(fc.fullPolicy));
    if (const LunMapping* m = ix.mappingOf(ld.id)) {
        tip += u'\n' + KeyedTreeModel::tr("Mapped: LUN %1 of %2").arg(m->lun).arg(Texts::mappingTarget(c, m->targetId));
    } else {
        tip += u'\n' + KeyedTreeModel::tr("Not mapped to any host");
    }
    item.toolTip = tip;
    return item;
}

/** A FlashCopy repository logical drive, shown in its array: "Repository of Accounting-1, 12% used". */
TreeItem repositoryItem(
    const Snapshot& snapshot, const SnapshotIndex& ix, const LogicalDrive& ld, const QLocale& locale)
{
    const Configuration& c = snapshot.config;
    TreeItem item = logicalDriveItem(c, ix, ld, locale);
    const FlashCopy* fc = ix.flashCopyOf(ld.id);
    if (fc == nullptr) {
        return item;
    }
    const auto [used, capacity] = FlashCopyRules::repositoryUsage(snapshot, fc->id);
    item.status = KeyedTreeModel::tr("Repository of %1, %2% used")
                      .arg(c.logicalDrives.value(fc->id).name)
                      .arg(FlashCopyRules::repositoryUsedPercent(snapshot, fc->id));
    item.attention = fc->thresholdExceeded || fc->baseWritesFailing;
    QString tip = KeyedTreeModel::tr("FlashCopy Repository Logical Drive %1\n%2\nUsed: %3 of %4\nArray: %5")
                      .arg(ld.name, item.status, formatGb(used, locale), formatGb(capacity, locale),
                          arrayLabel(c.arrays.value(ld.arrayId)));
    tip += u'\n'
        + KeyedTreeModel::tr("Warning at %1% full; when full: %2")
              .arg(fc->warningThresholdPercent)
              .arg(Texts::repositoryFullPolicy(fc->fullPolicy));
    if (fc->baseWritesFailing) {
        tip += u'\n'
            + KeyedTreeModel::tr("Full: writes to %1 fail until the repository capacity is increased.")
                  .arg(c.logicalDrives.value(fc->baseId).name);
    } else if (fc->thresholdExceeded) {
        tip += u'\n' + KeyedTreeModel::tr("Past the warning threshold: increase its capacity before it fills.");
    }
    item.toolTip = tip;
    return item;
}

/** The row of a standard logical drive or mirror repository: its state, VolumeCopy and mirror state. */
TreeItem driveRow(const Snapshot& snapshot, const SnapshotIndex& ix, const LogicalDrive& ld, const QLocale& locale)
{
    TreeItem item = logicalDriveItem(snapshot.config, ix, ld, locale);
    applyVolumeCopyState(snapshot, ix, ld, item);
    applyMirrorState(snapshot, ld, item);
    return item;
}

/** The row of a FlashCopy logical drive under its base. */
TreeItem flashCopyRow(const Snapshot& snapshot, const SnapshotIndex& ix, const FlashCopy& fc, const QLocale& locale)
{
    TreeItem item = flashCopyItem(snapshot, ix, fc, locale);
    applyVolumeCopyState(snapshot, ix, snapshot.config.logicalDrives.value(fc.id), item);
    return item;
}

} // namespace

void SubsystemTreeModel::setSnapshot(const SnapshotPtr& snapshot, ObjectId subsystemId)
{
    const bool switched = subsystemId != m_subsystemId;
    // The configuration is implicitly shared between snapshots that did not change it: this compares at once then.
    const bool sameConfig = !switched && snapshot && m_snapshot && snapshot->config == m_snapshot->config;
    if (sameConfig && !readsRuntime()
        && snapshot->needsAttention.value(subsystemId) == m_snapshot->needsAttention.value(subsystemId)
        && snapshot->problems.value(subsystemId) == m_snapshot->problems.value(subsystemId)) {
        // Nothing this model shows changed: the same tree would be built.
        m_snapshot = snapshot;
        m_index = SnapshotIndex::of(snapshot);
        return;
    }
    m_snapshot = snapshot;
    m_index = SnapshotIndex::of(snapshot);
    m_subsystemId = subsystemId;
    if (sameConfig && updateRuntime(*snapshot, subsystemId)) {
        return;
    }
    const QList<TreeSpec> specs = snapshot ? build(*snapshot, subsystemId) : QList<TreeSpec>();
    if (switched) {
        reset(specs);
    } else {
        update(specs);
    }
}

void SubsystemTreeModel::refresh()
{
    update(m_snapshot ? build(*m_snapshot, m_subsystemId) : QList<TreeSpec>());
}

// ---------------------------------------------------------------------------------------------------------------

LogicalTreeModel::LogicalTreeModel(QObject* parent)
    : SubsystemTreeModel({tr("Logical")}, parent)
{ }

QList<TreeSpec> LogicalTreeModel::build(const Snapshot& snapshot, ObjectId subsystemId) const
{
    const Configuration& c = snapshot.config;
    const auto sit = c.subsystems.constFind(subsystemId);
    if (sit == c.subsystems.cend()) {
        return {};
    }
    const QLocale locale;
    const SnapshotIndex& ix = lookups();
    TreeSpec root {subsystemItem(snapshot, *sit), {}};

    if (const qint64 unconfigured = unconfiguredCapacity(c, subsystemId); unconfigured > 0) {
        TreeItem item;
        item.key = key("unconfigured", subsystemId);
        item.kind = NodeKind::UnconfiguredCapacity;
        item.id = subsystemId;
        item.text = {Texts::unconfiguredCapacity(unconfigured, locale)};
        item.raw = {unconfigured};
        item.icon = u"unconfigured-capacity"_s;
        int drives = 0;
        for (const Drive& d : c.drivesOf(subsystemId)) {
            drives += d.role == DriveRole::Unassigned && d.status == ComponentStatus::Optimal ? 1 : 0;
        }
        item.toolTip = tr(
            "%n unassigned drive(s), %1 in total.\nUse Array ▸ Create to build an array from them.", nullptr, drives)
                           .arg(formatGb(unconfigured, locale));
        root.children.append({item, {}});
    }

    for (const Array& array : c.arraysOf(subsystemId)) {
        const qint64 capacity = arrayCapacity(c, array.id);
        const qint64 free = arrayFreeCapacity(c, array.id);
        const QList<Drive> members = c.drivesOfArray(array.id);
        const bool degraded = std::any_of(
            members.cbegin(), members.cend(), [](const Drive& d) { return d.status != ComponentStatus::Optimal; });
        QStringList slots;
        for (const Drive& d : members) {
            slots.append(u"[%1,%2]"_s.arg(d.enclosure).arg(d.slot));
        }
        TreeItem item;
        item.key = key("array", array.id);
        item.kind = NodeKind::Array;
        item.id = array.id;
        item.text = {arrayLabel(array)};
        item.raw = {array.number};
        item.icon = u"array"_s;
        item.status = Texts::status(degraded ? ComponentStatus::Degraded : ComponentStatus::Optimal);
        item.attention = degraded;
        item.toolTip = tr("%1\nCapacity: %2, free: %3\nDrives: %4\nStatus: %5")
                           .arg(arrayLabel(array), formatGb(capacity, locale), formatGb(free, locale), slots.join(u' '),
                               item.status);
        TreeSpec arraySpec {item, {}};
        for (const LogicalDrive& ld : sortedByName(ix.logicalDrivesOfArray(array.id))) {
            switch (ld.kind) {
            case LogicalDriveKind::FlashCopy:
                continue; // under its base
            case LogicalDriveKind::FlashCopyRepository:
                arraySpec.children.append({repositoryItem(snapshot, ix, ld, locale), {}});
                continue;
            case LogicalDriveKind::Standard:
            case LogicalDriveKind::MirrorRepository:
                break;
            }
            TreeSpec ldSpec {driveRow(snapshot, ix, ld, locale), {}};
            // A primary shows its secondary as a sub-node; a secondary shows only itself (spec §5.1).
            if (const Mirror* m = c.mirrorOf(ld.id); m != nullptr && m->role == MirrorRole::Primary) {
                ldSpec.children.append({mirrorPartnerItem(snapshot, *m), {}});
            }
            // The base's FlashCopies as its children, by sequence number: their keys stay "ld:<id>", so a
            // FlashCopy keeps its row (and the view its selection) through every state change.
            for (const FlashCopy& fc : ix.flashCopiesOf(ld.id)) {
                ldSpec.children.append({flashCopyRow(snapshot, ix, fc, locale), {}});
            }
            arraySpec.children.append(ldSpec);
        }
        if (free > 0) {
            TreeItem freeItem;
            freeItem.key = key("free", array.id);
            freeItem.kind = NodeKind::FreeCapacity;
            freeItem.id = array.id;
            freeItem.text = {Texts::freeCapacity(free, locale)};
            freeItem.raw = {free};
            freeItem.icon = u"free-capacity"_s;
            freeItem.toolTip
                = tr("Unallocated space in %1.\nUse Logical Drive ▸ Create to use it.").arg(arrayLabel(array));
            arraySpec.children.append({freeItem, {}});
        }
        root.children.append(arraySpec);
    }
    return {root};
}

bool LogicalTreeModel::updateRuntime(const Snapshot& snapshot, ObjectId subsystemId)
{
    // The configuration is the one the tree shows, so only what build() takes from the runtime figures can differ:
    // the subsystem row (Needs Attention, problems), FlashCopies and repositories (repository use), the drives of a
    // VolumeCopy in progress (percent copied) and the drives of a synchronizing mirror (percent synchronized).
    const Configuration& c = snapshot.config;
    const auto sit = c.subsystems.constFind(subsystemId);
    if (sit == c.subsystems.cend()) {
        return false;
    }
    const SnapshotIndex& ix = lookups();
    const QLocale locale;
    updateItem(subsystemItem(snapshot, *sit));
    QSet<ObjectId> drives;
    for (const FlashCopy& fc : c.flashCopies) {
        if (fc.subsystemId == subsystemId) {
            drives.insert(fc.id);
            drives.insert(fc.repositoryId);
        }
    }
    for (const VolumeCopy& vc : c.volumeCopies) {
        if (vc.status == VolumeCopyStatus::InProgress) {
            drives.insert(vc.sourceId);
            drives.insert(vc.targetId);
        }
    }
    for (const Mirror& m : c.mirrors) {
        if (m.subsystemId == subsystemId && m.status == MirrorStatus::Synchronizing) {
            drives.insert(m.id);
        }
    }
    for (const ObjectId id : std::as_const(drives)) {
        const auto it = c.logicalDrives.constFind(id);
        if (it == c.logicalDrives.cend() || it->subsystemId != subsystemId) {
            continue;
        }
        switch (it->kind) {
        case LogicalDriveKind::FlashCopy:
            if (const auto fc = c.flashCopies.constFind(id); fc != c.flashCopies.cend()) {
                updateItem(flashCopyRow(snapshot, ix, *fc, locale));
            }
            break;
        case LogicalDriveKind::FlashCopyRepository:
            updateItem(repositoryItem(snapshot, ix, *it, locale));
            break;
        case LogicalDriveKind::Standard:
        case LogicalDriveKind::MirrorRepository:
            updateItem(driveRow(snapshot, ix, *it, locale));
            break;
        }
    }
    return true;
}

// ---------------------------------------------------------------------------------------------------------------

TopologyModel::TopologyModel(QObject* parent)
    : SubsystemTreeModel({tr("Topology")}, parent)
{ }

QList<TreeSpec> TopologyModel::build(const Snapshot& snapshot, ObjectId subsystemId) const
{
    const Configuration& c = snapshot.config;
    const auto sit = c.subsystems.constFind(subsystemId);
    if (sit == c.subsystems.cend()) {
        return {};
    }
    const QLocale locale;
    const SnapshotIndex& ix = lookups();
    TreeSpec root {subsystemItem(snapshot, *sit), {}};

    TreeItem undefined;
    undefined.key = u"undefined"_s;
    undefined.kind = NodeKind::UndefinedMappings;
    undefined.text = {tr("Undefined Mappings")};
    undefined.icon = u"undefined-mappings"_s;
    undefined.toolTip = tr("Logical drives that are not mapped to any host or host group.\n"
                           "Use Mappings ▸ Define Additional Mapping to map them.");
    TreeSpec undefinedSpec {undefined, {}};
    for (const LogicalDrive& ld : sortedByName(ix.logicalDrivesOf(subsystemId))) {
        if (!mappable(ld) || ix.mappingOf(ld.id) != nullptr) {
            continue;
        }
        TreeItem item;
        item.key = key("undefined-ld", ld.id);
        item.kind = NodeKind::LogicalDrive;
        item.id = ld.id;
        item.text = {Texts::withCapacity(ld.name, ld.capacity, locale)};
        item.icon = logicalDriveIcon(ix, ld);
        item.status = Texts::logicalDriveStatus(ld, ix.flashCopyOf(ld.id));
        item.toolTip = logicalDriveToolTip(c, ix, ld);
        undefinedSpec.children.append({item, {}});
    }
    root.children.append(undefinedSpec);

    auto hostSpec = [&](const Host& h) {
        TreeItem item;
        item.key = key("host", h.id);
        item.kind = NodeKind::Host;
        item.id = h.id;
        item.text = {tr("Host %1").arg(h.name)};
        item.icon = u"host"_s;
        const QList<HostPort> ports = c.hostPortsOf(h.id);
        item.toolTip = tr("Host %1\nHost type: %2\n%n host port(s)", nullptr, static_cast<int>(ports.size()))
                           .arg(h.name, h.hostType);
        TreeSpec spec {item, {}};
        for (const HostPort& p : ports) {
            TreeItem port;
            port.key = key("port", p.id);
            port.kind = NodeKind::HostPort;
            port.id = p.id;
            port.text = {tr("Host Port %1").arg(formatWwpn(p.identifier))};
            port.icon = u"host-port"_s;
            port.toolTip = tr("Host port %1\nLabel: %2\nType: %3").arg(formatWwpn(p.identifier), p.label, p.type);
            spec.children.append({port, {}});
        }
        return spec;
    };

    TreeItem defaultGroup;
    defaultGroup.key = u"defaultgroup"_s;
    defaultGroup.kind = NodeKind::DefaultHostGroup;
    defaultGroup.id = 0;
    defaultGroup.text = {tr("Default Host Group")};
    defaultGroup.icon = u"default-host-group"_s;
    defaultGroup.toolTip = tr("Hosts without a host group share the mappings of the Default Host Group.");
    TreeSpec defaultSpec {defaultGroup, {}};
    for (const Host& h : c.hostsOfGroup(subsystemId, 0)) {
        defaultSpec.children.append(hostSpec(h));
    }
    root.children.append(defaultSpec);

    for (const HostGroup& g : c.hostGroupsOf(subsystemId)) {
        TreeItem item;
        item.key = key("group", g.id);
        item.kind = NodeKind::HostGroup;
        item.id = g.id;
        item.text = {tr("Host Group %1").arg(g.name)};
        item.icon = u"host-group"_s;
        const QList<Host> hosts = c.hostsOfGroup(subsystemId, g.id);
        item.toolTip = tr("Host Group %1\n%n host(s)", nullptr, static_cast<int>(hosts.size())).arg(g.name);
        TreeSpec spec {item, {}};
        for (const Host& h : hosts) {
            spec.children.append(hostSpec(h));
        }
        root.children.append(spec);
    }
    return {root};
}

// ---------------------------------------------------------------------------------------------------------------

MappingsModel::MappingsModel(QObject* parent)
    : SubsystemTreeModel({tr("Logical Drive Name"), tr("Accessible By"), tr("LUN"), tr("Logical Drive Capacity"),
                             tr("Type", "logical drive type column")},
        parent)
{
    setNumericColumns((1U << LunColumn) | (1U << CapacityColumn));
}

void MappingsModel::setScope(NodeKind kind, ObjectId id)
{
    if (kind == m_scopeKind && id == m_scopeId) {
        return;
    }
    m_scopeKind = kind;
    m_scopeId = id;
    refresh();
}

QList<TreeSpec> MappingsModel::build(const Snapshot& snapshot, ObjectId subsystemId) const
{
    const Configuration& c = snapshot.config;
    const QLocale locale;
    const SnapshotIndex& ix = lookups();
    QList<TreeSpec> rows;
    constexpr quint32 numbers = (1U << LunColumn) | (1U << CapacityColumn);

    if (m_scopeKind == NodeKind::UndefinedMappings) {
        for (const LogicalDrive& ld : sortedByName(ix.logicalDrivesOf(subsystemId))) {
            if (!mappable(ld) || ix.mappingOf(ld.id) != nullptr) {
                continue;
            }
            TreeItem item;
            item.key = key("undefined-ld", ld.id);
            item.kind = NodeKind::LogicalDrive;
            item.id = ld.id;
            item.text = {ld.name, tr("(not mapped)"), QString(), formatGb(ld.capacity, locale),
                Texts::logicalDriveKind(ld.kind)};
            item.raw = {ld.name, QString(), -1, ld.capacity, QString()};
            item.icon = logicalDriveIcon(ix, ld);
            item.rightAligned = numbers;
            rows.append({item, {}});
        }
        return rows;
    }

    QList<ObjectId> targets;
    bool all = false;
    switch (m_scopeKind) {
    case NodeKind::DefaultHostGroup:
    case NodeKind::HostGroup:
    case NodeKind::Host:
        targets = partitionTargets(c, subsystemId, m_scopeId);
        break;
    case NodeKind::HostPort:
        targets = partitionTargets(c, subsystemId, c.hostPorts.value(m_scopeId).hostId);
        break;
    default:
        all = true;
        break;
    }
    for (const LunMapping& m : c.mappingsOf(subsystemId)) {
        if (!all && !targets.contains(m.targetId)) {
            continue;
        }
        const LogicalDrive ld = c.logicalDrives.value(m.logicalDriveId);
        TreeItem item;
        item.key = key("mapping", m.id);
        item.kind = NodeKind::Mapping;
        item.id = m.id;
        item.text = {ld.name, Texts::mappingTarget(c, m.targetId), locale.toString(m.lun),
            formatGb(ld.capacity, locale), Texts::logicalDriveKind(ld.kind)};
        item.raw = {ld.name, Texts::mappingTarget(c, m.targetId), m.lun, ld.capacity, static_cast<int>(ld.kind)};
        item.icon = u"mapping"_s;
        item.rightAligned = numbers;
        item.toolTip = tr("%1 is LUN %2 of %3").arg(ld.name).arg(m.lun).arg(Texts::mappingTarget(c, m.targetId));
        rows.append({item, {}});
    }
    return rows;
}

// ---------------------------------------------------------------------------------------------------------------

SubsystemListModel::SubsystemListModel(QObject* parent)
    : KeyedTreeModel({tr("Storage Subsystems")}, parent)
{ }

void SubsystemListModel::setSnapshot(const SnapshotPtr& snapshot)
{
    setEngines({{{}, {}, snapshot, false, {}}});
}

void SubsystemListModel::setEngines(const QList<SubsystemListEngine>& engines)
{
    QList<TreeSpec> rows;
    const bool headings = engines.size() > 1;
    for (int e = 0; e < engines.size(); ++e) {
        const SubsystemListEngine& engine = engines.at(e);
        if (headings) {
            TreeItem heading;
            heading.key = u"engine:%1"_s.arg(e);
            heading.kind = NodeKind::Engine;
            heading.id = e;
            heading.text = {engine.title};
            heading.status = engine.unresponsive ? tr("Unresponsive", "storage subsystem status") : QString();
            heading.detail = engine.detail;
            heading.attention = engine.unresponsive;
            heading.toolTip = engine.title + u'\n' + engine.detail;
            rows.append({heading, {}});
        }
        if (!engine.snapshot) {
            continue;
        }
        QList<Subsystem> subsystems = engine.snapshot->config.subsystems.values();
        std::sort(
            subsystems.begin(), subsystems.end(), [](const Subsystem& a, const Subsystem& b) { return a.id < b.id; });
        for (const Subsystem& s : std::as_const(subsystems)) {
            if (s.isProxy() && engine.sitesShown.contains(s.peer)) {
                continue; // its own engine's row is in the list: that one can be managed
            }
            TreeItem item = subsystemItem(*engine.snapshot, s);
            item.key = subsystemKey(e, s.id);
            if (engine.unresponsive) {
                // The Enterprise Management window's word for a subsystem the management station cannot reach.
                item.status = tr("Unresponsive", "storage subsystem status");
                item.attention = true;
                item.detail = tr("%1 · %2", "model · status").arg(s.model, item.status);
                item.toolTip += u'\n'
                    + tr("Its engine does not answer: shown as it last said; the console reconnects by itself.");
            }
            rows.append({item, {}});
        }
    }
    update(rows);
}

Qt::ItemFlags SubsystemListModel::flags(const QModelIndex& index) const
{
    if (index.data(KindRole).toInt() == static_cast<int>(NodeKind::Engine)) {
        return Qt::ItemIsEnabled; // a heading: the subsystems below it are what is selected
    }
    return KeyedTreeModel::flags(index);
}

QString SubsystemListModel::subsystemKey(int engine, ObjectId id)
{
    return engine == 0 ? key("subsystem", id) : u"subsystem:%1@%2"_s.arg(id).arg(engine);
}

int SubsystemListModel::engineOfKey(const QString& key)
{
    if (key.startsWith(u"engine:"_s)) {
        return key.mid(7).toInt();
    }
    const qsizetype at = key.lastIndexOf(u'@');
    return at < 0 ? 0 : key.mid(at + 1).toInt();
}

} // namespace Copyline
