// SPDX-License-Identifier: GPL-3.0-or-later
#include "storageops.h"

#include "copy/copyscheduler.h"
#include "families/ds4000/flashcopyops.h"
#include "families/ds4000/mirrorops.h"
#include "families/ds4000/models.h"
#include "families/ds4000/volumecopyops.h"
#include "service/engine.h"
#include "service/volumes.h"
#include "storage/rules.h"
#include "util/bytesize.h"

#include <QFile>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::StorageOps
{

namespace
{

constexpr qint64 kDefaultSegmentSize = 128 * KiB;

int nextArrayNumber(const Configuration& config, ObjectId subsystemId)
{
    int number = 1;
    while (config.arrayByNumber(subsystemId, number) != nullptr) {
        ++number;
    }
    return number;
}

} // namespace

QString randomHex(int digits)
{
    static const char* const hex = "0123456789ABCDEF";
    QString out;
    out.reserve(digits);
    for (int i = 0; i < digits; ++i) {
        out.append(QChar::fromLatin1(hex[QRandomGenerator::global()->bounded(16)]));
    }
    return out;
}

QString randomAlphanumeric(int length)
{
    static const char* const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString out;
    for (int i = 0; i < length; ++i) {
        out.append(QChar::fromLatin1(chars[QRandomGenerator::global()->bounded(36)]));
    }
    return out;
}

QString logicalDriveComponent(const LogicalDrive& ld)
{
    return u"Logical Drive %1"_s.arg(ld.name);
}

/** The owner letter from "a", "A", "b", "B". */
QString ownerArg(CommandContext& ctx, const QString& key, const QString& fallback)
{
    const QString owner = ctx.args.string(key, fallback).toUpper();
    if (owner != u"A"_s && owner != u"B"_s) {
        fail(ErrorCode::ControllerNotFound, {owner});
    }
    return owner;
}

RaidLevel raidArg(CommandContext& ctx)
{
    const QString text = ctx.args.string(u"raidLevel"_s);
    const auto level = parseEnum<RaidLevel>(text);
    if (!level) {
        fail(ErrorCode::RaidLevelInvalid, {text});
    }
    return *level;
}

/** Validates a drive list for a new array and builds it; returns the array. */
Array makeArray(CommandContext& ctx, const QStringList& driveRefs, RaidLevel level)
{
    QList<Drive> chosen;
    for (const QString& ref : driveRefs) {
        const Drive& d = ctx.driveAt(ref);
        if (std::any_of(chosen.cbegin(), chosen.cend(), [&](const Drive& c) { return c.id == d.id; })) {
            fail(ErrorCode::InvalidParameter, {u"drives"_s, ref, u"the drive is listed twice"_s});
        }
        if (d.role != DriveRole::Unassigned || d.status != ComponentStatus::Optimal) {
            const QString what = d.status != ComponentStatus::Optimal ? enumName(d.status)
                : d.role == DriveRole::HotSpare                       ? u"a hot spare"_s
                                                                      : u"assigned to an array"_s;
            fail(ErrorCode::DriveNotUnassigned, {QString::number(d.enclosure), QString::number(d.slot), what});
        }
        if (!chosen.isEmpty() && chosen.first().type != d.type) {
            fail(ErrorCode::DriveTypeMixed, {enumName(chosen.first().type), enumName(d.type)});
        }
        chosen.append(d);
    }
    check(checkRaidDriveCount(level, static_cast<int>(chosen.size())));

    Array array;
    array.id = ctx.config.allocateId();
    array.subsystemId = ctx.subsystemId();
    array.number = nextArrayNumber(ctx.config, array.subsystemId);
    array.raidLevel = level;
    ctx.config.arrays.insert(array.id, array);
    int position = 0;
    QStringList slots;
    for (const Drive& d : std::as_const(chosen)) {
        Drive& member = ctx.config.drives[d.id];
        member.role = DriveRole::Assigned;
        member.arrayId = array.id;
        member.arrayPosition = position++;
        slots.append(u"[%1,%2]"_s.arg(d.enclosure).arg(d.slot));
    }
    ctx.logEvent(EventCode::ArrayCreated, EventSeverity::Informational, arrayLabel(array), u"Array created"_s,
        u"Drives %1, capacity %2."_s.arg(slots.join(u' '), formatGb(arrayCapacity(ctx.config, array.id))));
    return array;
}

void checkNewLogicalDriveName(CommandContext& ctx, const QString& name, ObjectId except)
{
    check(checkName(name, u"logical drive"_s));
    if (logicalDriveNameInUse(ctx.config, ctx.subsystemId(), name, except)) {
        fail(ErrorCode::NameInUse, {name, u"another logical drive"_s});
    }
}

/** Creates a logical drive of @p capacity bytes in @p array, with its sparse volume file. */
LogicalDrive addLogicalDrive(CommandContext& ctx,
    const Array& array,
    const QString& name,
    qint64 capacity,
    const QString& owner,
    LogicalDriveKind kind,
    int extraDrives)
{
    const Subsystem& subsystem = ctx.subsystem();
    const auto limits = Ds4000::limits(subsystem.model);
    if (ctx.config.logicalDriveCountOf(subsystem.id) + extraDrives >= limits.maxLogicalDrives) {
        fail(ErrorCode::LogicalDriveLimit, {subsystem.name, QString::number(limits.maxLogicalDrives), limits.model});
    }
    if (capacity <= 0) {
        fail(ErrorCode::CapacityTooSmall, {formatCapacity(capacity), formatCapacity(kCapacityGranule)});
    }
    const qint64 rounded = roundUp(capacity, kCapacityGranule);
    const qint64 free = arrayFreeCapacity(ctx.config, array.id);
    if (rounded > free) {
        fail(ErrorCode::CapacityExceedsFree, {formatGb(rounded), arrayLabel(array), formatGb(free)});
    }
    LogicalDrive ld;
    ld.id = ctx.config.allocateId();
    ld.subsystemId = subsystem.id;
    ld.arrayId = array.id;
    ld.name = name;
    ld.capacity = rounded;
    ld.kind = kind;
    ld.wwn = u"600A0B80"_s + randomHex(24);
    ld.preferredOwner = owner;
    ld.currentOwner = owner;
    ld.segmentSize = kDefaultSegmentSize;
    ld.created = ctx.clock.now();
    ld.fileName = u"ld-%1.img"_s.arg(ld.id);
    ctx.config.logicalDrives.insert(ld.id, ld);

    // The volume exists as soon as its file does: registered now, taken back if the command fails.
    Volumes::createFile(ctx, ld);
    ctx.logEvent(EventCode::LogicalDriveCreated, EventSeverity::Informational, logicalDriveComponent(ld),
        u"Logical drive created"_s,
        u"%1 in %2, preferred owner controller %3."_s.arg(formatGb(ld.capacity), arrayLabel(array), owner));
    return ld;
}

QString defaultOwner(const Configuration& config, ObjectId subsystemId)
{
    // Balance new logical drives across the two controllers, as the DS4000 does by default.
    int a = 0;
    int b = 0;
    for (const LogicalDrive& ld : config.logicalDrives) {
        if (ld.subsystemId == subsystemId) {
            (ld.preferredOwner == u"B"_s ? b : a) += 1;
        }
    }
    return a <= b ? u"A"_s : u"B"_s;
}

QString modificationText(ModificationOperation op)
{
    switch (op) {
    case ModificationOperation::DynamicExpansion:
        return u"Dynamic logical drive expansion"_s;
    case ModificationOperation::CapacityIncrease:
        return u"Capacity increase"_s;
    case ModificationOperation::None:
        break;
    }
    return u"None"_s;
}

void increaseCapacity(CommandContext& ctx, const LogicalDrive& ld, qint64 add)
{
    FlashCopyOps::checkResizable(ctx, ld);
    VolumeCopyOps::checkNotBusy(ctx, ld, u"increasing its capacity"_s);
    MirrorOps::checkResizable(ctx, ld);
    if (ld.kind == LogicalDriveKind::MirrorRepository) {
        fail(ErrorCode::CapacityNotIncreased, {ld.name, u"mirror repository logical drives cannot be expanded"_s});
    }
    if (ld.status != ComponentStatus::Optimal) {
        fail(ErrorCode::CapacityNotIncreased, {ld.name, u"its status is %1, not optimal"_s.arg(enumName(ld.status))});
    }
    // The blocking conditions of spec §2.2.7 (L4404-4422): one modification in an array, one capacity increase
    // per controller at a time.
    for (const LogicalDrive& other : ctx.config.logicalDrives) {
        if (other.subsystemId != ld.subsystemId || other.modification == ModificationOperation::None) {
            continue;
        }
        if (other.id == ld.id) {
            fail(ErrorCode::CapacityNotIncreased,
                {ld.name,
                    u"its %1 is still in progress (%2 %); wait until it completes"_s.arg(
                        modificationText(other.modification).toLower(),
                        QString::number(other.modificationBasisPoints / 100))});
        }
        if (other.arrayId == ld.arrayId) {
            fail(ErrorCode::CapacityNotIncreased,
                {ld.name,
                    u"logical drive %1 in the same array is under modification (%2); wait until it completes"_s.arg(
                        other.name, modificationText(other.modification).toLower())});
        }
        if (other.currentOwner == ld.currentOwner) {
            fail(ErrorCode::CapacityNotIncreased,
                {ld.name,
                    u"controller %1 is already adding capacity to logical drive %2 (one capacity increase "
                    "per controller at a time); wait until it completes or change the owner"_s.arg(
                        ld.currentOwner, other.name)});
        }
    }
    if (add <= 0) {
        fail(ErrorCode::CapacityTooSmall, {formatCapacity(add), formatCapacity(kCapacityGranule)});
    }
    const qint64 rounded = roundUp(add, kCapacityGranule);
    const Array& array = ctx.config.arrays[ld.arrayId];
    const qint64 free = arrayFreeCapacity(ctx.config, ld.arrayId);
    if (rounded > free) {
        fail(ErrorCode::CapacityExceedsFree, {formatGb(rounded), arrayLabel(array), formatGb(free)});
    }
    if (!ctx.engine.volumes().find(ld.id)) {
        fail(ErrorCode::CapacityNotIncreased, {ld.name, u"its volume file is not open"_s});
    }
    // The operation runs in the background (pollModifications); the array's free capacity is taken now.
    LogicalDrive& updated = ctx.config.logicalDrives[ld.id];
    updated.modification = ld.kind == LogicalDriveKind::FlashCopyRepository ? ModificationOperation::CapacityIncrease
                                                                            : ModificationOperation::DynamicExpansion;
    updated.modificationAdded = rounded;
    updated.modificationBasisPoints = 0;
    ctx.data.insert(u"operation"_s, modificationText(updated.modification));
    ctx.logEvent(EventCode::LogicalDriveModificationStarted, EventSeverity::Informational, logicalDriveComponent(ld),
        u"Logical drive modification started"_s,
        u"%1 from %2 to %3 at %4 modification priority: Operation in Progress. The data stays accessible; the added "
        "capacity can be used once the operation completes."_s.arg(modificationText(updated.modification),
            formatGb(ld.capacity), formatGb(ld.capacity + rounded), enumName(ld.modificationPriority)));
}

namespace
{

/**
 * [SIM] A modification adds this many bytes a second at Highest priority (the others take longer as copies do,
 * copyscheduler.h priorityWeight): a 10 GB expansion takes 10 s at Highest and 20 s at the default High — long
 * enough to watch, short enough to wait for.
 */
constexpr qint64 kModificationBytesPerSecond = GiB;

void finishModification(CommandContext& ctx, const LogicalDrive& ld)
{
    LogicalDrive& updated = ctx.config.logicalDrives[ld.id];
    const ModificationOperation op = ld.modification;
    updated.modification = ModificationOperation::None;
    updated.modificationBasisPoints = 0;
    updated.modificationAdded = 0;
    const qint64 oldCapacity = ld.capacity;
    const qint64 newCapacity = oldCapacity + ld.modificationAdded;
    auto io = ctx.engine.volumes().find(ld.id);
    auto file = io ? std::dynamic_pointer_cast<FileBackend>(io->backend()) : nullptr;
    IoStatus st = file ? IoStatus::success() : IoStatus::failure(EBADF, u"its volume file is not open"_s);
    if (file) {
        auto quiet = io->quiesce();
        st = file->file().resize(newCapacity);
    }
    if (!st.ok()) {
        // Nothing changed on the drive: it keeps its capacity and the array gets the space back.
        ctx.logEvent(EventCode::LogicalDriveModificationFailed, EventSeverity::Critical, logicalDriveComponent(ld),
            u"Logical drive modification failed"_s,
            u"%1 of %2 failed: %3. The logical drive keeps its capacity of %4. Free space on the disk that holds "
            "the workspace, then increase the capacity again."_s.arg(
                modificationText(op), ld.name, st.reason, formatGb(oldCapacity)),
            true);
        return;
    }
    ctx.onRollback([io, file, oldCapacity]() {
        auto quiet = io->quiesce();
        file->file().resize(oldCapacity);
    });
    updated.capacity = newCapacity;
    FlashCopyOps::repositoryGrown(ctx, updated, newCapacity);
    const QString note = MirrorOps::capacityChanged(ctx, updated);
    ctx.logEvent(EventCode::LogicalDriveCapacityIncreased, EventSeverity::Informational, logicalDriveComponent(ld),
        u"Logical drive capacity increased"_s,
        u"%1 from %2 to %3 completed.%4"_s.arg(modificationText(op), formatGb(oldCapacity), formatGb(newCapacity),
            note.isEmpty() ? QString() : u" "_s + note));
}

} // namespace

void pollModifications(Engine& engine)
{
    QList<QPair<ObjectId, ObjectId>> running;
    for (const LogicalDrive& ld : engine.configuration().logicalDrives) {
        if (ld.modification != ModificationOperation::None) {
            running.append({ld.subsystemId, ld.id});
        }
    }
    for (const auto& [subsystemId, id] : std::as_const(running)) {
        engine.runInternal(subsystemId, [id](CommandContext& ctx) {
            const auto it = ctx.config.logicalDrives.constFind(id);
            if (it == ctx.config.logicalDrives.cend() || it->modification == ModificationOperation::None) {
                return; // deleted meanwhile
            }
            const LogicalDrive ld = *it;
            const double perSecond
                = static_cast<double>(kModificationBytesPerSecond) * priorityWeight(ld.modificationPriority);
            const int step = std::max(1,
                static_cast<int>(10000.0 * perSecond / static_cast<double>(std::max<qint64>(1, ld.modificationAdded))));
            const int reached = std::min(10000, ld.modificationBasisPoints + step);
            if (reached < 10000) {
                ctx.config.logicalDrives[id].modificationBasisPoints = reached;
                return;
            }
            finishModification(ctx, ld);
        });
    }
}

void deleteLogicalDrive(CommandContext& ctx, const LogicalDrive& ld)
{
    if (!ctx.config.logicalDrives.contains(ld.id)) {
        return; // already gone with something it depended on
    }
    if (ld.kind == LogicalDriveKind::MirrorRepository) {
        fail(ErrorCode::LogicalDriveKindNotAllowed,
            {ld.name, u"mirror repository logical drive"_s,
                u"deactivate Remote Mirroring to remove the mirror repositories"_s});
    }
    // Spec §2.2.8: deleting a FlashCopy deletes its repository and vice versa; deleting a base deletes all its
    // FlashCopies and their repositories. A drive in a running VolumeCopy stays until the copy is stopped.
    if (const FlashCopy* fc = ctx.config.flashCopyOf(ld.id)) {
        VolumeCopyOps::checkNotBusy(ctx, ctx.config.logicalDrives.value(fc->id), u"deleting it"_s);
        VolumeCopyOps::removePairsOf(ctx, ctx.config.logicalDrives.value(fc->id));
        FlashCopyOps::remove(ctx, *fc);
        return;
    }
    VolumeCopyOps::checkNotBusy(ctx, ld, u"deleting it"_s);
    MirrorOps::beforeDelete(ctx, ld);
    for (const FlashCopy& fc : ctx.config.flashCopiesOf(ld.id)) {
        VolumeCopyOps::checkNotBusy(ctx, ctx.config.logicalDrives.value(fc.id), u"deleting its base"_s);
        VolumeCopyOps::removePairsOf(ctx, ctx.config.logicalDrives.value(fc.id));
        FlashCopyOps::remove(ctx, fc);
    }
    VolumeCopyOps::removePairsOf(ctx, ld);
    removeLogicalDriveOnly(ctx, ld);
    ctx.logEvent(EventCode::LogicalDriveDeleted, EventSeverity::Informational, logicalDriveComponent(ld),
        u"Logical drive deleted"_s,
        u"%1 returned to the free capacity of its array; its data was destroyed."_s.arg(formatGb(ld.capacity)));
}

void removeLogicalDriveOnly(CommandContext& ctx, const LogicalDrive& ld)
{
    Volumes::remove(ctx, ld);
}

} // namespace Copyline::StorageOps
