// SPDX-License-Identifier: GPL-3.0-or-later
#include "runningoperations.h"

#include "common/texts.h"
#include "models/roles.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

using Kind = RunningOperation::Kind;
using State = RunningOperation::State;

double percentOf(const CopyRuntime& rt)
{
    return rt.grains > 0
        ? std::clamp(100.0 * static_cast<double>(rt.grainsCopied) / static_cast<double>(rt.grains), 0.0, 100.0)
        : 0.0;
}

QString driveName(const Configuration& c, ObjectId id)
{
    const auto it = c.logicalDrives.constFind(id);
    return it == c.logicalDrives.cend() ? QString::number(id) : it->name;
}

QString subsystemName(const Configuration& c, ObjectId id)
{
    return c.subsystems.value(id).name;
}

QString arrow(const QString& from, const QString& to)
{
    return RunningOperations::tr("%1 → %2", "source → target").arg(from, to);
}

/**
 * What another family's pair is doing, in its seed's words ("PPRC · Duplex Pending", "Replication · Replicate"),
 * not the engine's record words ("pprc · duplex_pending"). The family panels have the same words (EssTexts,
 * NecTexts); common widgets may not include them (widgets_boundary), so the few the running pairs can be in are
 * here. HDS states are the seed's words already.
 */
QString relationshipDetail(const Relationship& r)
{
    using R = RunningOperations;
    if (r.kind == u"pprc"_s) {
        const QString state = r.state == u"duplex_pending"_s ? R::tr("Duplex Pending", "PPRC pair state")
            : r.state == u"duplex"_s                         ? R::tr("Duplex (full copy mode)", "PPRC pair state")
            : r.state == u"suspended"_s                      ? R::tr("Suspended", "PPRC pair state")
                                                             : r.state;
        return R::tr("PPRC · %1", "ESS pair, its state").arg(state);
    }
    if (r.kind == u"ddr"_s) {
        // The NEC activity (iSM's Replicate, Restore, Separate) from its state word "rpl/exec", "rst/sync", ...
        const QString activity = r.state.startsWith(u"rpl"_s) ? R::tr("Replicate", "NEC pair activity")
            : r.state.startsWith(u"rst"_s)                    ? R::tr("Restore", "NEC pair activity")
            : r.state == u"sep/exec"_s                        ? R::tr("Separate", "NEC pair activity")
                                                              : R::tr("Separated", "NEC pair activity");
        return R::tr("Replication · %1", "NEC pair, its activity").arg(activity);
    }
    if (r.kind == u"flashcopy"_s) {
        return R::tr("FlashCopy · background copy", "ESS FlashCopy");
    }
    return r.state;
}

} // namespace

RunningOperations::RunningOperations(QObject* parent)
    : QObject(parent)
{
    m_elapsed.start();
}

RunningOperations::~RunningOperations() = default;

qint64 RunningOperations::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

QString RunningOperations::kindText(Kind kind)
{
    switch (kind) {
    case Kind::VolumeCopy:
        return tr("VolumeCopy");
    case Kind::MirrorSync:
        return tr("Mirror synchronization");
    case Kind::BackgroundCopy:
        return tr("Background copy");
    case Kind::Modification:
        return tr("Capacity expansion");
    case Kind::HostWorkload:
        return tr("Host workload");
    case Kind::PairSync:
        return tr("Pair synchronization");
    }
    return {};
}

QString RunningOperations::stateText(State state)
{
    switch (state) {
    case State::Pending:
        return tr("Pending", "running operation");
    case State::Running:
        return tr("In progress", "running operation");
    case State::Paused:
        return tr("Paused", "running operation");
    case State::Completed:
        return tr("Completed", "running operation");
    case State::Failed:
        return tr("Failed", "running operation");
    case State::Stopped:
        return tr("Stopped", "running operation");
    case State::Ended:
        return tr("Ended", "running operation");
    }
    return {};
}

QString RunningOperations::describe(const RunningOperation& op)
{
    QString text = tr("%1 %2: %3", "operation, objects, state").arg(kindText(op.kind), op.objects, stateText(op.state));
    if (op.state == State::Failed && !op.detail.isEmpty()) {
        text = tr("%1 (%2)", "notification, reason").arg(text, op.detail);
    }
    return text;
}

void RunningOperations::trend(RunningOperation& op, qint64 ms, double engineEta)
{
    Trend& t = m_trends[op.id];
    if (op.percent >= 0 && op.state == State::Running) {
        if (!t.percent.empty() && (op.percent < t.percent.back().second || ms < t.percent.back().first)) {
            t.percent.clear(); // started again (Re-Copy), or another clock
        }
        if (t.percent.empty() || t.percent.back().first != ms) {
            t.percent.emplace_back(ms, op.percent);
        }
        while (t.percent.size() > 2 && t.percent.at(1).first <= ms - kTrendWindowMs) {
            t.percent.pop_front();
        }
        const auto& [fromMs, fromPercent] = t.percent.front();
        const auto& [toMs, toPercent] = t.percent.back();
        if (toMs - fromMs >= 1000 && toPercent > fromPercent) {
            const double perSecond = (toPercent - fromPercent) / (static_cast<double>(toMs - fromMs) / 1000.0);
            op.etaSeconds = static_cast<qint64>(std::ceil((100.0 - toPercent) / perSecond));
        } else {
            op.etaSeconds = engineEta >= 0 ? static_cast<qint64>(engineEta) : -1;
        }
    } else {
        t.percent.clear();
        op.etaSeconds = -1;
    }
}

QList<RunningOperation> RunningOperations::collect(const Snapshot& s, qint64 ms)
{
    const Configuration& c = s.config;
    QList<RunningOperation> found;
    const auto add = [&](RunningOperation op, const QDateTime& started) {
        op.id = RunningOperation::keyOf(op.kind, op.objectId);
        op.subsystem = subsystemName(c, op.subsystemId);
        QDateTime& first = m_firstSeen[op.id];
        if (!first.isValid()) {
            first = started.isValid() ? started : QDateTime::currentDateTime();
        }
        op.started = first;
        found.append(std::move(op));
    };

    for (const VolumeCopy& vc : c.volumeCopies) {
        if (vc.status != VolumeCopyStatus::Pending && vc.status != VolumeCopyStatus::InProgress) {
            continue;
        }
        RunningOperation op;
        op.kind = Kind::VolumeCopy;
        op.objectId = vc.id;
        op.subsystemId = vc.subsystemId;
        op.objects = arrow(driveName(c, vc.sourceId), driveName(c, vc.targetId));
        op.detail = Texts::copyStatus(vc.status);
        const CopyRuntime rt = s.copies.value(vc.id);
        op.state = vc.status == VolumeCopyStatus::Pending ? State::Pending : State::Running;
        op.percent = op.state == State::Running ? percentOf(rt) : 0.0;
        op.bytesPerSecond = op.state == State::Running ? rt.bytesPerSecond : -1;
        trend(op, ms, static_cast<double>(rt.etaSeconds));
        add(std::move(op), vc.started);
    }

    for (const Mirror& m : c.mirrors) {
        // One row per pair: its primary's record says how the synchronization goes.
        if (m.role != MirrorRole::Primary || m.status != MirrorStatus::Synchronizing) {
            continue;
        }
        RunningOperation op;
        op.kind = Kind::MirrorSync;
        op.objectId = m.id;
        op.subsystemId = m.subsystemId;
        const QString remote = c.logicalDrives.contains(m.remoteDriveId)
            ? driveName(c, m.remoteDriveId)
            : tr("%1 on %2", "remote drive on subsystem")
                  .arg(QString::number(m.remoteDriveId), subsystemName(c, m.remoteSubsystemId));
        op.objects = arrow(driveName(c, m.id), remote);
        const MirrorRuntime rt = s.mirrors.value(m.id);
        op.state = State::Running;
        op.percent = std::clamp(rt.progressPercent, 0.0, 100.0);
        op.bytesPerSecond = rt.bytesPerSecond;
        op.detail = rt.linkUp ? QString() : tr("link down");
        trend(op, ms, static_cast<double>(rt.etaSeconds));
        add(std::move(op), {});
    }

    // Other families' copy relationships whose background copy runs now, and their pairs that copy to the partner
    // (the engine reports a rate or an estimate only while its copy scheduler works on them).
    for (const Relationship& r : c.relationships) {
        const auto it = s.copies.constFind(r.id);
        if (it == s.copies.cend() || it->grains <= 0 || it->grainsCopied >= it->grains
            || (it->bytesPerSecond <= 0 && it->etaSeconds < 0)) {
            continue;
        }
        RunningOperation op;
        op.kind = it->synchronization ? Kind::PairSync : Kind::BackgroundCopy;
        op.objectId = r.id;
        op.subsystemId = r.subsystemId;
        op.objects = arrow(driveName(c, r.sourceId), driveName(c, r.targetId));
        op.detail = relationshipDetail(r);
        op.state = State::Running;
        op.percent = percentOf(*it);
        op.bytesPerSecond = it->bytesPerSecond;
        trend(op, ms, static_cast<double>(it->etaSeconds));
        add(std::move(op), r.established);
    }

    for (const LogicalDrive& ld : c.logicalDrives) {
        if (ld.modification == ModificationOperation::None) {
            continue;
        }
        RunningOperation op;
        op.kind = Kind::Modification;
        op.objectId = ld.id;
        op.subsystemId = ld.subsystemId;
        op.objects = ld.name;
        op.detail = Texts::modification(ld.modification);
        op.state = State::Running;
        op.percent = std::clamp(static_cast<double>(ld.modificationBasisPoints) / 100.0, 0.0, 100.0);
        trend(op, ms, -1);
        add(std::move(op), {});
    }

    for (const WorkloadRuntime& w : s.workloads) {
        const Host host = c.hosts.value(w.hostId);
        RunningOperation op;
        op.kind = Kind::HostWorkload;
        op.objectId = w.hostId;
        op.subsystemId = host.subsystemId;
        op.objects = tr("Host %1").arg(host.name);
        op.detail = tr("%1% reads, %n logical drive(s)", nullptr, w.targets).arg(w.readPercent);
        op.state = w.paused ? State::Paused : State::Running;
        op.percent = -1;
        // The rate it achieves: requests done over the trend window, times the block size.
        Trend& t = m_trends[RunningOperation::keyOf(op.kind, op.objectId)];
        const quint64 done = w.reads + w.writes;
        if (!t.ops.empty() && (done < t.ops.back().second || ms < t.ops.back().first)) {
            t.ops.clear();
        }
        if (t.ops.empty() || t.ops.back().first != ms) {
            t.ops.emplace_back(ms, done);
        }
        while (t.ops.size() > 2 && t.ops.at(1).first <= ms - 3000) {
            t.ops.pop_front();
        }
        const qint64 span = t.ops.back().first - t.ops.front().first;
        op.bytesPerSecond = w.paused ? 0.0
            : span > 0               ? static_cast<double>(t.ops.back().second - t.ops.front().second)
                * static_cast<double>(w.blockSize) / (static_cast<double>(span) / 1000.0)
                       : -1.0;
        add(std::move(op), {});
    }
    return found;
}

RunningOperation RunningOperations::endedFrom(const RunningOperation& before, const Snapshot& s) const
{
    RunningOperation op = before;
    op.bytesPerSecond = -1;
    op.etaSeconds = -1;
    op.ended = QDateTime::currentDateTime();
    op.state = State::Ended;
    op.detail.clear();
    const Configuration& c = s.config;
    switch (before.kind) {
    case Kind::VolumeCopy:
        if (const auto it = c.volumeCopies.constFind(before.objectId); it != c.volumeCopies.cend()) {
            op.detail = it->statusReason;
            switch (it->status) {
            case VolumeCopyStatus::Completed:
                op.state = State::Completed;
                op.percent = 100;
                break;
            case VolumeCopyStatus::Failed:
                op.state = State::Failed;
                break;
            case VolumeCopyStatus::Stopped:
                op.state = State::Stopped;
                break;
            case VolumeCopyStatus::Pending:
            case VolumeCopyStatus::InProgress:
                break;
            }
            if (op.state != State::Completed && it->copiedBasisPoints >= 0) {
                op.percent = static_cast<double>(it->copiedBasisPoints) / 100.0;
            }
        }
        break;
    case Kind::MirrorSync:
        if (const auto it = c.mirrors.constFind(before.objectId); it != c.mirrors.cend()) {
            op.detail = it->statusReason;
            if (it->status == MirrorStatus::Synchronized) {
                op.state = State::Completed;
                op.percent = 100;
            } else if (it->status == MirrorStatus::Suspended) {
                op.state = State::Stopped;
            } else {
                op.state = State::Failed; // Unsynchronized, Unresponsive, a dual role: the pair needs attention
            }
        }
        break;
    case Kind::BackgroundCopy:
    case Kind::PairSync:
        if (const auto it = s.copies.constFind(before.objectId);
            it != s.copies.cend() && it->grains > 0 && it->grainsCopied >= it->grains) {
            op.state = State::Completed;
            op.percent = 100;
        } else if (const auto r = c.relationships.constFind(before.objectId); r != c.relationships.cend()) {
            op.detail = r->stateReason;
            op.state = r->stateReason.isEmpty() ? State::Stopped : State::Failed;
        } else if (before.percent >= 99.0) {
            op.state = State::Completed; // a relationship that ends with its copy (ESS FlashCopy COPY) is withdrawn
            op.percent = 100;
        }
        break;
    case Kind::Modification:
        if (c.logicalDrives.contains(before.objectId)) {
            op.state = State::Completed;
            op.percent = 100;
        }
        break;
    case Kind::HostWorkload:
        op.state = State::Stopped;
        break;
    }
    return op;
}

void RunningOperations::addSnapshot(const SnapshotPtr& snapshot)
{
    if (!snapshot || (m_snapshot && snapshot->revision <= m_snapshot->revision)) {
        return;
    }
    m_snapshot = snapshot;
    const qint64 clock = now();
    const qint64 ms = snapshot->publishedMs > 0 ? snapshot->publishedMs : clock;
    const QList<RunningOperation> found = collect(*snapshot, ms);
    QHash<ObjectId, int> foundIndex;
    for (int i = 0; i < found.size(); ++i) {
        foundIndex.insert(found.at(i).id, i);
    }

    QList<RunningOperation> next;
    QList<RunningOperation> ended;
    QSet<ObjectId> listed;
    for (const RunningOperation& op : std::as_const(m_operations)) {
        if (const auto it = foundIndex.constFind(op.id); it != foundIndex.cend()) {
            next.append(found.at(*it)); // running (again: a Re-Copy takes the ended row's place)
            m_endedAtMs.remove(op.id);
        } else if (op.finished()) {
            if (clock - m_endedAtMs.value(op.id, clock) < kKeepFinishedMs) {
                next.append(op);
            } else {
                m_endedAtMs.remove(op.id);
                m_firstSeen.remove(op.id);
                continue;
            }
        } else {
            RunningOperation done = endedFrom(op, *snapshot);
            m_endedAtMs.insert(op.id, clock);
            m_trends.remove(op.id);
            m_firstSeen.remove(op.id);
            ended.append(done);
            next.append(done);
        }
        listed.insert(op.id);
    }
    for (const RunningOperation& op : found) {
        if (!listed.contains(op.id)) {
            next.append(op);
        }
    }
    // Trends and first-seen times of operations no longer listed go.
    for (auto it = m_trends.begin(); it != m_trends.end();) {
        it = foundIndex.contains(it.key()) ? std::next(it) : m_trends.erase(it);
    }
    for (auto it = m_firstSeen.begin(); it != m_firstSeen.end();) {
        it = foundIndex.contains(it.key()) ? std::next(it) : m_firstSeen.erase(it);
    }
    if (next != m_operations) {
        m_operations = std::move(next);
        Q_EMIT changed();
    }
    for (const RunningOperation& op : std::as_const(ended)) {
        Q_EMIT operationEnded(op);
    }
}

void RunningOperations::clearFinished()
{
    const auto before = m_operations.size();
    m_operations.removeIf([](const RunningOperation& op) { return op.finished(); });
    m_endedAtMs.clear();
    if (m_operations.size() != before) {
        Q_EMIT changed();
    }
}

void RunningOperations::clear()
{
    m_snapshot.reset();
    m_trends.clear();
    m_endedAtMs.clear();
    m_firstSeen.clear();
    if (!m_operations.isEmpty()) {
        m_operations.clear();
        Q_EMIT changed();
    }
}

int RunningOperations::activeCount() const
{
    return static_cast<int>(
        std::count_if(m_operations.cbegin(), m_operations.cend(), [](const auto& op) { return !op.finished(); }));
}

int RunningOperations::finishedCount() const
{
    return static_cast<int>(m_operations.size()) - activeCount();
}

double RunningOperations::overallPercent() const
{
    double sum = 0;
    int n = 0;
    for (const RunningOperation& op : m_operations) {
        if (!op.finished() && op.percent >= 0) {
            sum += op.percent;
            ++n;
        }
    }
    return n > 0 ? sum / n : -1.0;
}

qint64 RunningOperations::overallEtaSeconds() const
{
    qint64 eta = -1;
    for (const RunningOperation& op : m_operations) {
        if (!op.finished()) {
            eta = std::max(eta, op.etaSeconds);
        }
    }
    return eta;
}

// ---------------------------------------------------------------------------------------------------------------

RunningOperationsModel::RunningOperationsModel(RunningOperations* source, QObject* parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    connect(m_source, &RunningOperations::changed, this, &RunningOperationsModel::sync);
    sync();
}

RunningOperationsModel::~RunningOperationsModel() = default;

void RunningOperationsModel::sync()
{
    QList<ObjectId> ids;
    QHash<ObjectId, const RunningOperation*> byId;
    for (const RunningOperation& op : m_source->operations()) {
        ids.append(op.id);
        byId.insert(op.id, &op);
    }
    m_rows.sync(*this, ids, [&byId](ObjectId id, const RunningOperation*) { return *byId.value(id); });
}

QString RunningOperationsModel::etaText(qint64 seconds)
{
    if (seconds < 0) {
        return tr("—", "ETA unknown");
    }
    if (seconds < 60) {
        return tr("%1 s", "ETA seconds").arg(seconds);
    }
    if (seconds < 3600) {
        return tr("%1 min", "ETA minutes").arg((seconds + 59) / 60);
    }
    const qint64 minutes = (seconds + 59) / 60;
    return tr("%1 h %2 min", "ETA hours minutes").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

int RunningOperationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int RunningOperationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunningOperationsModel::data(const QModelIndex& index, int role) const
{
    const RunningOperation* op = m_rows.byIndex(index, this);
    if (op == nullptr) {
        return {};
    }
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OperationColumn:
            return RunningOperations::kindText(op->kind);
        case SubsystemColumn:
            return op->subsystem;
        case ObjectsColumn:
            return op->objects;
        case StateColumn:
            return RunningOperations::stateText(op->state);
        case ProgressColumn:
            return op->percent >= 0 ? tr("%1%", "progress").arg(locale.toString(op->percent, 'f', 0)) : tr("—");
        case RateColumn:
            return op->bytesPerSecond >= 0 && !op->finished() ? Texts::rate(op->bytesPerSecond, locale) : tr("—");
        case EtaColumn:
            return op->finished() ? tr("—") : etaText(op->etaSeconds);
        case StartedColumn:
            return locale.toString(op->started, QLocale::ShortFormat);
        default:
            break;
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = RunningOperations::describe(*op);
        if (!op->detail.isEmpty() && op->state != RunningOperation::State::Failed) {
            tip += u"\n"_s + op->detail;
        }
        if (op->finished() && op->ended.isValid()) {
            tip += u"\n"_s + tr("Ended %1").arg(locale.toString(op->ended, QLocale::ShortFormat));
        }
        return tip;
    }
    case Qt::ForegroundRole:
        if (op->finished()) {
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RateColumn || index.column() == EtaColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case ProgressRole:
        return op->percent;
    case StateRole:
        return static_cast<int>(op->state);
    case FinishedRole:
        return op->finished();
    case IdRole:
        return op->objectId;
    case RawValueRole:
        switch (index.column()) {
        case ProgressColumn:
            return op->percent;
        case RateColumn:
            return op->bytesPerSecond;
        case EtaColumn:
            return op->etaSeconds;
        case StartedColumn:
            return op->started;
        default:
            return data(index, Qt::DisplayRole);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RunningOperationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case OperationColumn:
        return tr("Operation");
    case SubsystemColumn:
        return tr("Subsystem");
    case ObjectsColumn:
        return tr("Object(s)");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case RateColumn:
        return tr("Rate");
    case EtaColumn:
        return tr("ETA");
    case StartedColumn:
        return tr("Started");
    default:
        break;
    }
    return {};
}

} // namespace Copyline
