// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostiomodels.h"

#include "api/rules.h"
#include "api/units.h"
#include "common/icons.h"
#include "common/texts.h"
#include "models/snapshotindex.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

QColor idleColor()
{
    return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
}

QVariant aligned(Qt::Alignment horizontal)
{
    return static_cast<int>(horizontal | Qt::AlignVCenter);
}

QVariant rightAligned()
{
    return aligned(Qt::AlignRight);
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

PerformanceModel::PerformanceModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

PerformanceModel::~PerformanceModel() = default;

QString PerformanceModel::megabytesPerSecond(double bytesPerSecond)
{
    return QLocale().toString(std::max(0.0, bytesPerSecond) / static_cast<double>(MiB), 'f', 2);
}

QString PerformanceModel::operationsPerSecond(double opsPerSecond)
{
    const double ops = std::max(0.0, opsPerSecond);
    return QLocale().toString(ops, 'f', ops > 0 && ops < 10 ? 1 : 0);
}

void PerformanceModel::setRates(const HostIoRates& rates, ObjectId subsystemId)
{
    const SnapshotPtr& snapshot = rates.snapshot();
    const std::shared_ptr<const SnapshotIndex> ix = SnapshotIndex::of(snapshot); // no per-row scans (issue 19)
    QList<ObjectId> drives;                                                      // by name
    if (snapshot) {
        for (const LogicalDrive& ld : ix->logicalDrivesOf(subsystemId)) {
            if (ld.kind != LogicalDriveKind::Standard && ld.kind != LogicalDriveKind::FlashCopy) {
                continue; // repositories are never addressed by hosts
            }
            drives.append(ld.id);
        }
    }
    const auto make = [&](ObjectId id, const Row*) {
        const Configuration& c = snapshot->config;
        const LogicalDrive& ld = *c.logicalDrives.constFind(id);
        Row r;
        r.id = ld.id;
        r.name = ld.name;
        r.kind = ld.kind;
        if (const LunMapping* m = ix->mappingOf(ld.id)) {
            r.mapping = tr("LUN %1 of %2").arg(m->lun).arg(Texts::mappingTarget(c, m->targetId));
        }
        r.rate = rates.rate(ld.id);
        const LogicalDriveRuntime rt = snapshot->runtime.value(ld.id);
        r.readBytes = rt.readBytes;
        r.writeBytes = rt.writeBytes;
        return r;
    };
    if (subsystemId != m_subsystemId) {
        beginResetModel();
        m_subsystemId = subsystemId;
        m_rows.assign(drives, make);
        endResetModel();
        return;
    }
    m_rows.sync(*this, drives, make);
}

QModelIndex PerformanceModel::indexOf(ObjectId logicalDriveId, int column) const
{
    const int r = rowOf(logicalDriveId);
    return r < 0 ? QModelIndex() : index(r, column);
}

const PerformanceModel::Row* PerformanceModel::rowById(ObjectId logicalDriveId) const
{
    return m_rows.byId(logicalDriveId);
}

int PerformanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PerformanceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PerformanceModel::display(const Row& r, int column) const
{
    switch (column) {
    case NameColumn:
        return r.name;
    case MappingColumn:
        return r.mapping.isEmpty() ? tr("Not mapped") : r.mapping;
    case ReadRateColumn:
        return megabytesPerSecond(r.rate.readBytesPerSecond);
    case WriteRateColumn:
        return megabytesPerSecond(r.rate.writeBytesPerSecond);
    case ReadIopsColumn:
        return operationsPerSecond(r.rate.readOpsPerSecond);
    case WriteIopsColumn:
        return operationsPerSecond(r.rate.writeOpsPerSecond);
    case DataReadColumn:
        return formatBytes(static_cast<qint64>(r.readBytes), QLocale());
    case DataWrittenColumn:
        return formatBytes(static_cast<qint64>(r.writeBytes), QLocale());
    default:
        return {};
    }
}

QVariant PerformanceModel::raw(const Row& r, int column) const
{
    switch (column) {
    case NameColumn:
        return r.name;
    case MappingColumn:
        return r.mapping;
    case ReadRateColumn:
        return r.rate.readBytesPerSecond;
    case WriteRateColumn:
        return r.rate.writeBytesPerSecond;
    case ReadIopsColumn:
        return r.rate.readOpsPerSecond;
    case WriteIopsColumn:
        return r.rate.writeOpsPerSecond;
    case DataReadColumn:
        return r.readBytes;
    case DataWrittenColumn:
        return r.writeBytes;
    default:
        return {};
    }
}

QVariant PerformanceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& r = m_rows.at(index.row());
    const int column = index.column();
    const bool rateColumn = column >= ReadRateColumn && column <= WriteIopsColumn;
    switch (role) {
    case Qt::DisplayRole:
        return display(r, column);
    case RawValueRole:
        return raw(r, column);
    case Qt::DecorationRole:
        if (column == NameColumn) {
            return Icons::icon(r.kind == LogicalDriveKind::FlashCopy ? u"flashcopy"_s : u"logical-drive"_s);
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case MappingColumn:
            return r.mapping.isEmpty() ? tr("%1 is not mapped: no host can read or write it.").arg(r.name) : QVariant();
        case ReadRateColumn:
        case WriteRateColumn:
            return tr("Megabytes per second (1 MB = 1,048,576 bytes), averaged over the last %n second(s)", nullptr,
                qRound(static_cast<double>(HostIoRates::kWindowMs) / 1000.0));
        case ReadIopsColumn:
        case WriteIopsColumn:
            return tr("Host requests per second, averaged over the last %n second(s)", nullptr,
                qRound(static_cast<double>(HostIoRates::kWindowMs) / 1000.0));
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if ((rateColumn && r.rate.isIdle()) || (column == MappingColumn && r.mapping.isEmpty())) {
            return idleColor();
        }
        return {};
    case Qt::TextAlignmentRole:
        return column >= ReadRateColumn ? rightAligned() : QVariant();
    case IdRole:
        return r.id;
    default:
        return {};
    }
}

QVariant PerformanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::TextAlignmentRole) {
        return aligned(section >= ReadRateColumn ? Qt::AlignRight : Qt::AlignLeft);
    }
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Logical Drive");
    case MappingColumn:
        return tr("Mapped To");
    case ReadRateColumn:
        return tr("Read MB/s");
    case WriteRateColumn:
        return tr("Write MB/s");
    case ReadIopsColumn:
        return tr("Read IOPS");
    case WriteIopsColumn:
        return tr("Write IOPS");
    case DataReadColumn:
        return tr("Data Read");
    case DataWrittenColumn:
        return tr("Data Written");
    default:
        return {};
    }
}

// ---------------------------------------------------------------------------------------------------------------

HostWorkloadModel::HostWorkloadModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

HostWorkloadModel::~HostWorkloadModel() = default;

QString HostWorkloadModel::stateText(State state)
{
    switch (state) {
    case State::Stopped:
        return tr("Stopped", "host workload state");
    case State::Running:
        return tr("Running", "host workload state");
    case State::Paused:
        return tr("Paused", "host workload state");
    }
    return {};
}

QString HostWorkloadModel::workloadText(const WorkloadRuntime& w)
{
    const QLocale locale;
    const QString pattern = w.sequential ? tr("sequential") : tr("random");
    const QString pace = w.bytesPerSecond > 0 ? Texts::rate(static_cast<double>(w.bytesPerSecond), locale)
                                              : tr("unpaced", "workload rate");
    return tr("%1% reads, %2 %3 requests, %4", "read percent, block size, pattern, rate")
        .arg(w.readPercent)
        .arg(formatBytes(w.blockSize, locale), pattern, pace);
}

void HostWorkloadModel::setSnapshot(const SnapshotPtr& snapshot, ObjectId subsystemId)
{
    QList<ObjectId> hosts; // by name
    if (snapshot) {
        for (const Host& h : snapshot->config.hostsOf(subsystemId)) {
            hosts.append(h.id);
        }
    }
    const auto make = [&](ObjectId id, const Row*) {
        const Configuration& c = snapshot->config;
        Row r;
        r.id = id;
        r.host = c.hosts.constFind(id)->name;
        if (const auto it = snapshot->workloads.constFind(id); it != snapshot->workloads.cend()) {
            r.workload = *it;
            r.state = it->paused ? State::Paused : State::Running;
        }
        for (const ObjectId ld : drivesSeenBy(c, id)) {
            r.drives.append(c.logicalDrives.value(ld).name);
        }
        r.drives.sort(Qt::CaseInsensitive);
        return r;
    };
    if (subsystemId != m_subsystemId) {
        beginResetModel();
        m_subsystemId = subsystemId;
        m_rows.assign(hosts, make);
        endResetModel();
        return;
    }
    m_rows.sync(*this, hosts, make);
}

QModelIndex HostWorkloadModel::indexOf(ObjectId hostId, int column) const
{
    const int r = rowOf(hostId);
    return r < 0 ? QModelIndex() : index(r, column);
}

const HostWorkloadModel::Row* HostWorkloadModel::rowById(ObjectId hostId) const
{
    return m_rows.byId(hostId);
}

int HostWorkloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HostWorkloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HostWorkloadModel::display(const Row& r, int column) const
{
    const bool active = r.state != State::Stopped;
    const QLocale locale;
    switch (column) {
    case HostColumn:
        return r.host;
    case StateColumn:
        return stateText(r.state);
    case WorkloadColumn:
        return active ? workloadText(r.workload) : QString();
    case DrivesColumn:
        return r.drives.isEmpty() ? tr("None mapped") : r.drives.join(u", "_s);
    case ReadsColumn:
        return active ? locale.toString(static_cast<qint64>(r.workload.reads)) : QString();
    case WritesColumn:
        return active ? locale.toString(static_cast<qint64>(r.workload.writes)) : QString();
    case RefusedColumn:
        return active ? locale.toString(static_cast<qint64>(r.workload.refused)) : QString();
    case LastRefusalColumn:
        return active ? r.workload.lastRefusal : QString();
    default:
        return {};
    }
}

QVariant HostWorkloadModel::raw(const Row& r, int column) const
{
    switch (column) {
    case HostColumn:
        return r.host;
    case StateColumn:
        return static_cast<int>(r.state);
    case WorkloadColumn:
        return r.state == State::Stopped ? QString() : workloadText(r.workload);
    case DrivesColumn:
        return static_cast<int>(r.drives.size());
    case ReadsColumn:
        return r.workload.reads;
    case WritesColumn:
        return r.workload.writes;
    case RefusedColumn:
        return r.workload.refused;
    case LastRefusalColumn:
        return r.workload.lastRefusal;
    default:
        return {};
    }
}

QVariant HostWorkloadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& r = m_rows.at(index.row());
    const int column = index.column();
    const bool refused = r.state != State::Stopped && r.workload.refused > 0;
    switch (role) {
    case Qt::DisplayRole:
        return display(r, column);
    case RawValueRole:
        return raw(r, column);
    case Qt::DecorationRole:
        if (column == HostColumn) {
            return Icons::icon(u"host"_s);
        }
        if (column == StateColumn && r.state != State::Stopped) {
            return Icons::icon(r.state == State::Running ? u"workload-running"_s : u"workload-paused"_s);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == LastRefusalColumn && !r.workload.lastRefusal.isEmpty()) {
            return r.workload.lastRefusal;
        }
        if (column == DrivesColumn) {
            return r.drives.isEmpty() ? tr("No logical drive is mapped to %1 or its host group.").arg(r.host)
                                      : tr("%1 reads and writes: %2").arg(r.host, r.drives.join(u", "_s));
        }
        if (column == RefusedColumn && refused) {
            return tr("Requests the copy-services rules refused (read-only, no access, secondary)");
        }
        return {};
    case Qt::ForegroundRole:
        if ((column == RefusedColumn || column == LastRefusalColumn) && refused) {
            return Icons::Palette::failed;
        }
        if (column == StateColumn && r.state == State::Stopped) {
            return idleColor();
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == ReadsColumn || column == WritesColumn || column == RefusedColumn ? rightAligned() : QVariant();
    case IdRole:
        return r.id;
    case StateRole:
        return static_cast<int>(r.state);
    case AttentionRole:
        return refused;
    default:
        return {};
    }
}

QVariant HostWorkloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::TextAlignmentRole) {
        const bool number = section == ReadsColumn || section == WritesColumn || section == RefusedColumn;
        return aligned(number ? Qt::AlignRight : Qt::AlignLeft);
    }
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case HostColumn:
        return tr("Host");
    case StateColumn:
        return tr("State", "host workload state column");
    case WorkloadColumn:
        return tr("Workload");
    case DrivesColumn:
        return tr("Logical Drives");
    case ReadsColumn:
        return tr("Reads");
    case WritesColumn:
        return tr("Writes");
    case RefusedColumn:
        return tr("Refused");
    case LastRefusalColumn:
        return tr("Last Refusal");
    default:
        return {};
    }
}

// ---------------------------------------------------------------------------------------------------------------

HostIoSortModel::HostIoSortModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setDynamicSortFilter(true);
}

bool HostIoSortModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    return rawValueLessThan(left, right);
}

} // namespace Copyline
