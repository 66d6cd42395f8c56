// SPDX-License-Identifier: GPL-3.0-or-later
#include "mirrorpairmodel.h"

#include "api/units.h"
#include "common/icons.h"
#include "common/texts.h"
#include "panels/ds4000/rules/remotemirrorrules.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

using Rules = RemoteMirrorRules;

bool synchronizing(const MirrorPairModel::Row& r)
{
    return r.status == MirrorStatus::Synchronizing;
}

QString when(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

/** A pair with nothing in flight shows no rate or time remaining. */
bool moving(const MirrorPairModel::Row& r)
{
    return synchronizing(r) && r.percent >= 0;
}

} // namespace

MirrorPairModel::MirrorPairModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

MirrorPairModel::~MirrorPairModel() = default;

MirrorPairModel::Row MirrorPairModel::makeRow(const Snapshot& snapshot, const Mirror& m)
{
    const Configuration& c = snapshot.config;
    const LogicalDrive ld = c.logicalDrives.value(m.id);
    const Mirror* partner = c.partnerOf(m);
    Row r;
    r.id = m.id;
    r.subsystemId = m.subsystemId;
    r.subsystem = c.subsystems.value(m.subsystemId).name;
    r.name = ld.name;
    r.capacity = ld.capacity;
    r.role = m.role;
    r.remoteDriveId = m.remoteDriveId;
    r.remoteName = c.logicalDrives.value(m.remoteDriveId).name;
    r.remoteSubsystem = c.subsystems.value(m.remoteSubsystemId).name;
    r.partnerListsPair = partner != nullptr;
    r.status = m.status;
    r.reason = m.statusReason;
    r.secondaryInconsistent = m.secondaryInconsistent;
    r.writeMode = m.writeMode;
    r.writeConsistency = m.writeConsistency;
    r.priority = m.syncPriority;
    r.autoResync = m.autoResync;
    r.lastSynchronized = m.lastSynchronized;
    // The primary's side does the work: a secondary shows its primary's synchronization (spec §2.4.6: the Mirroring
    // properties of either drive show the progress).
    const bool fromPartner
        = m.role == MirrorRole::Secondary && partner != nullptr && partner->role == MirrorRole::Primary;
    const MirrorRuntime rt = snapshot.mirrors.value(fromPartner ? partner->id : m.id);
    r.outOfSync = rt.outOfSyncBytes;
    r.journalBytes = rt.journalBytes;
    if (m.status == MirrorStatus::Synchronizing) {
        r.percent = rt.progressPercent;
        r.bytesPerSecond = rt.bytesPerSecond;
        r.etaSeconds = rt.etaSeconds;
    }
    r.path = Rules::pathStateOf(c, m);
    r.controller = ld.currentOwner;
    r.linkUp = snapshot.mirrors.value(m.id).linkUp && Rules::linkOf(c, m) != nullptr;
    return r;
}

void MirrorPairModel::setSnapshot(const SnapshotPtr& snapshot)
{
    // No snapshot: no records. New records go at the end (the proxies sort).
    const QList<ObjectId> ids = snapshot ? snapshot->config.mirrors.keys() : QList<ObjectId>();
    m_rows.sync(*this, ids,
        [&](ObjectId id, const Row*) { return makeRow(*snapshot, *snapshot->config.mirrors.constFind(id)); });
}

QModelIndex MirrorPairModel::indexOf(ObjectId ldId, int column) const
{
    const int r = rowOf(ldId);
    return r < 0 ? QModelIndex() : index(r, column);
}

const MirrorPairModel::Row* MirrorPairModel::row(const QModelIndex& index) const
{
    return m_rows.byIndex(index, this);
}

const MirrorPairModel::Row* MirrorPairModel::rowById(ObjectId ldId) const
{
    return m_rows.byId(ldId);
}

QString MirrorPairModel::progressText(const Row& r)
{
    if (!synchronizing(r)) {
        return {};
    }
    if (r.percent < 0) {
        return tr("Starting", "synchronization progress");
    }
    return tr("%1%", "progress percent").arg(QLocale().toString(r.percent, 'f', r.percent < 10 ? 1 : 0));
}

int MirrorPairModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MirrorPairModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MirrorPairModel::display(const Row& r, int column) const
{
    const QLocale locale;
    switch (column) {
    case LogicalDriveColumn:
        return r.name;
    case RoleColumn:
        return Rules::roleText(r.role);
    case RemoteDriveColumn:
        return r.remoteName;
    case RemoteSubsystemColumn:
        return r.remoteSubsystem;
    case StatusColumn: {
        Mirror m;
        m.status = r.status;
        m.secondaryInconsistent = r.secondaryInconsistent;
        return Rules::statusText(m);
    }
    case ProgressColumn:
        return progressText(r);
    case OutOfSyncColumn:
        return r.status == MirrorStatus::Synchronized && r.outOfSync == 0 ? tr("None", "out of sync")
                                                                          : formatBytes(r.outOfSync, locale);
    case RateColumn:
        return moving(r) && r.bytesPerSecond > 0 ? Texts::rate(r.bytesPerSecond, locale) : QString();
    case TimeRemainingColumn:
        return moving(r) && r.etaSeconds >= 0 ? Texts::duration(r.etaSeconds) : QString();
    case WriteModeColumn:
        return tr("%1 (%2)", "write mode (copy type)")
            .arg(r.writeMode == MirrorWriteMode::Synchronous ? tr("Synchronous") : tr("Asynchronous"),
                Rules::copyTypeText(r.writeMode, r.writeConsistency));
    case PriorityColumn:
        return Texts::copyPriority(r.priority);
    case ResyncColumn:
        return Rules::resyncText(r.autoResync);
    case LinkColumn:
        if (r.path == LinkPathState::Flapping) {
            return r.linkUp ? tr("Flapping (up)", "link path") : tr("Flapping (down)", "link path");
        }
        return Rules::pathStateText(r.path);
    case LastSynchronizedColumn:
        return r.lastSynchronized.isValid() ? when(r.lastSynchronized) : tr("Never", "last synchronized");
    default:
        return {};
    }
}

QVariant MirrorPairModel::raw(const Row& r, int column) const
{
    switch (column) {
    case LogicalDriveColumn:
        return r.name;
    case RoleColumn:
        return static_cast<int>(r.role);
    case RemoteDriveColumn:
        return r.remoteName;
    case RemoteSubsystemColumn:
        return r.remoteSubsystem;
    case StatusColumn:
        return static_cast<int>(r.status);
    case ProgressColumn:
        return synchronizing(r) ? r.percent : -2.0;
    case OutOfSyncColumn:
        return r.outOfSync;
    case RateColumn:
        return moving(r) ? r.bytesPerSecond : 0.0;
    case TimeRemainingColumn:
        return moving(r) ? r.etaSeconds : qint64(-1);
    case WriteModeColumn:
        return static_cast<int>(r.writeMode) * 2 + (r.writeConsistency ? 1 : 0);
    case PriorityColumn:
        return static_cast<int>(r.priority);
    case ResyncColumn:
        return r.autoResync;
    case LinkColumn:
        return static_cast<int>(r.path);
    case LastSynchronizedColumn:
        return r.lastSynchronized.isValid() ? r.lastSynchronized.toMSecsSinceEpoch() : qint64(0);
    default:
        return {};
    }
}

QString MirrorPairModel::toolTip(const Row& r, int column) const
{
    switch (column) {
    case LogicalDriveColumn:
    case RoleColumn:
    case RemoteDriveColumn:
    case RemoteSubsystemColumn:
        return r.role == MirrorRole::Primary
            ? tr("%1 on %2 is the primary; %3 on %4 is its secondary.")
                  .arg(r.name, Texts::subsystemLabel(r.subsystem), r.remoteName,
                      Texts::subsystemLabel(r.remoteSubsystem))
            : tr("%1 on %2 is the secondary of %3 on %4: hosts may read it, but not write to it.")
                  .arg(r.name, Texts::subsystemLabel(r.subsystem), r.remoteName,
                      Texts::subsystemLabel(r.remoteSubsystem));
    case StatusColumn: {
        QString tip = display(r, column).toString();
        if (!r.reason.isEmpty()) {
            tip += u'\n' + tr("Reason: %1").arg(r.reason);
        }
        if (!r.partnerListsPair) {
            tip += u'\n' + tr("%1 no longer lists this relationship.").arg(Texts::subsystemLabel(r.remoteSubsystem));
        }
        switch (r.status) {
        case MirrorStatus::Unsynchronized:
            tip += u'\n'
                + (r.autoResync ? tr("Resynchronization is Automatic: it starts when the storage subsystems "
                                     "communicate again.")
                                : tr("Needs Attention. Resynchronization is Manual: restore communication, then "
                                     "select Resume."));
            break;
        case MirrorStatus::Suspended:
            tip += u'\n' + tr("Writes to the primary are recorded; Resume copies only the regions written since.");
            break;
        case MirrorStatus::DualPrimary:
        case MirrorStatus::DualSecondary:
            tip += u'\n' + tr("Needs Attention: change the role of one side once the storage subsystems communicate.");
            break;
        case MirrorStatus::Unresponsive:
            tip += u'\n' + tr("Needs Attention: remove the mirror relationship on this storage subsystem.");
            break;
        case MirrorStatus::Synchronizing:
        case MirrorStatus::Synchronized:
            break;
        }
        return tip;
    }
    case OutOfSyncColumn:
        return tr("What a resynchronization would copy now (regions written since the secondary last confirmed "
                  "them).");
    case LinkColumn:
        return tr("Path of controller %1 (controller %1 talks only to controller %1 of %2)")
            .arg(r.controller, Texts::subsystemLabel(r.remoteSubsystem));
    case LastSynchronizedColumn:
        return tr("When the secondary last held exactly the primary's data: the recovery point.");
    case PriorityColumn:
        return tr("Synchronization priority: Lowest takes about 8 times as long as Highest.");
    case ResyncColumn:
        return r.autoResync ? tr("Automatic: after a link interruption the pair resynchronizes by itself.")
                            : tr("Manual (recommended): after a link interruption the pair waits for Resume.");
    default:
        return {};
    }
}

QVariant MirrorPairModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(r, column);
    case RawValueRole:
        return raw(r, column);
    case Qt::DecorationRole:
        if (column == StatusColumn) {
            return Icons::icon(Rules::statusIcon(r.status));
        }
        if (column == LogicalDriveColumn) {
            return Icons::withOverlay(u"logical-drive"_s, Rules::statusOverlay(r.status));
        }
        return {};
    case Qt::ToolTipRole: {
        const QString tip = toolTip(r, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::AccessibleTextRole:
        return display(r, column);
    case Qt::TextAlignmentRole:
        if (column == ProgressColumn || column == OutOfSyncColumn || column == RateColumn
            || column == TimeRemainingColumn) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn) {
            return Rules::statusColor(r.status).darker(125);
        }
        if (column == LinkColumn && r.path != LinkPathState::Up) {
            return QVariant(Icons::Palette::failed);
        }
        return {};
    case IdRole:
        return r.id;
    case StatusRole:
        return display(r, StatusColumn);
    case StateRole:
        return static_cast<int>(r.status);
    case ProgressRole:
        return synchronizing(r) ? r.percent : -1.0;
    case AttentionRole:
        return Rules::needsAttention(r.status);
    default:
        return {};
    }
}

QVariant MirrorPairModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::TextAlignmentRole) {
        const bool number = section == ProgressColumn || section == OutOfSyncColumn || section == RateColumn
            || section == TimeRemainingColumn;
        return QVariant((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case LogicalDriveColumn:
        return tr("Logical Drive");
    case RoleColumn:
        return tr("Role", "mirror role column");
    case RemoteDriveColumn:
        return tr("Remote Logical Drive");
    case RemoteSubsystemColumn:
        return tr("Remote Storage Subsystem");
    case StatusColumn:
        return tr("Status", "mirror status column");
    case ProgressColumn:
        return tr("Synchronization");
    case OutOfSyncColumn:
        return tr("Out of Sync");
    case RateColumn:
        return tr("Rate");
    case TimeRemainingColumn:
        return tr("Time Remaining");
    case WriteModeColumn:
        return tr("Write Mode");
    case PriorityColumn:
        return tr("Priority", "synchronization priority column");
    case ResyncColumn:
        return tr("Resynchronization");
    case LinkColumn:
        return tr("Link");
    case LastSynchronizedColumn:
        return tr("Last Synchronized");
    default:
        return {};
    }
}

// ---------------------------------------------------------------------------------------------------------------

MirrorPairFilterModel::MirrorPairFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setDynamicSortFilter(true);
}

void MirrorPairFilterModel::setSubsystem(ObjectId subsystemId)
{
    if (m_subsystemId != subsystemId) {
        m_subsystemId = subsystemId;
        invalidateRowsFilter();
    }
}

bool MirrorPairFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const MirrorPairModel*>(sourceModel());
    const MirrorPairModel::Row* r = model ? model->row(model->index(sourceRow, 0, sourceParent)) : nullptr;
    return r != nullptr && r->subsystemId == m_subsystemId;
}

bool MirrorPairFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    return rawValueLessThan(left, right);
}

} // namespace Copyline
