// SPDX-License-Identifier: GPL-3.0-or-later
// Enumerations of the storage object model and their stable spellings. The spellings are what the catalog
// stores, what the management protocol carries and what scripts print, so they never change once released.
#pragma once

#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace Copyline
{

enum class RaidLevel
{
    Raid0 = 0,
    Raid1 = 1,
    Raid3 = 3,
    Raid5 = 5,
};

enum class DriveRole
{
    Unassigned, /**< not part of any array: counts as Unconfigured Capacity */
    Assigned,   /**< member of an array */
    HotSpare,   /**< standby spare */
};

enum class DriveType
{
    FibreChannel,
    Sata,
};

enum class LogicalDriveKind
{
    Standard,
    FlashCopy,
    FlashCopyRepository,
    MirrorRepository,
};

enum class ComponentStatus
{
    Optimal,
    Degraded,
    Failed,
    Missing,
    Offline,
};

enum class FlashCopyStatus
{
    Optimal,
    Disabled,
    Failed,
};

enum class RepositoryFullPolicy
{
    FailFlashCopy,  /**< "Fail FlashCopy logical drive" (the default) */
    FailBaseWrites, /**< "Fail writes to base logical drive" */
};

enum class VolumeCopyStatus
{
    Pending,    /**< "Copy Pending": waiting for one of the 8 copy slots */
    InProgress, /**< "Copy In Progress" */
    Completed,
    Stopped,
    Failed, /**< "Copy Failed": Event 6600, Needs Attention until Stop or Re-Copy */
};

/** A logical drive's modification operation in progress (spec §1.4 modificationOperation); None when idle. */
enum class ModificationOperation
{
    None,
    DynamicExpansion, /**< "Dynamic logical drive expansion" of a standard logical drive */
    CapacityIncrease, /**< "Capacity increase" of a FlashCopy repository logical drive */
};

/** A host's hold on a logical drive (spec §1.4 reservation, L4982): it keeps the drive out of a VolumeCopy. */
enum class Reservation
{
    None,
    Legacy,
    Persistent,
};

/** Copy and synchronization priority: Highest copies in 1×, High 2×, Medium 3.5×, Low 6×, Lowest 8× the time. */
enum class CopyPriority
{
    Lowest,
    Low,
    Medium,
    High,
    Highest,
};

/** The role of one logical drive in a mirrored pair; roles are per drive, not per subsystem (spec §1.9). */
enum class MirrorRole
{
    Primary,
    Secondary,
};

/**
 * The status of a mirrored pair as each side records it (spec §3.4; the seed's words are shown by the views).
 * Suspended shows as "Optimal/Suspended"; Unresponsive is a primary whose partner removed its side.
 */
enum class MirrorStatus
{
    Synchronizing, /**< "Synchronization-in-Progress" */
    Synchronized,  /**< "Synchronized" (the "Optimal" mirror icon) */
    Unsynchronized,
    Suspended,
    Unresponsive,
    DualPrimary,
    DualSecondary,
};

/** Synchronous = Metro Mirroring; Asynchronous = Global Copy, or Global Mirroring with write consistency. */
enum class MirrorWriteMode
{
    Synchronous,
    Asynchronous,
};

/** [SIM] The state of one path of a remote mirror link (controller A to A, B to B). */
enum class LinkPathState
{
    Up,
    Down,
    Flapping, /**< alternately up and down, each for the link's flap period */
};

/**
 * [SIM] How a mirror link carries its transfers (issue 17): straight to the partner drive in this engine, or as
 * replication frames over a TCP connection to a replication server (the same engine's, or another's).
 */
enum class LinkTransport
{
    InProcess,
    Tcp,
};

enum class PremiumFeature
{
    FlashCopy,
    VolumeCopy,
    RemoteMirror,
};

/** A fixed table from enum values to stable spellings. */
template <typename E, std::size_t N>
struct EnumNames
{
    std::array<std::pair<E, const char*>, N> entries;

    QString toString(E value) const
    {
        for (const auto& [e, name] : entries) {
            if (e == value) {
                return QString::fromLatin1(name);
            }
        }
        return {};
    }

    /** Case-insensitive lookup, as the script language is case-insensitive for keywords. */
    std::optional<E> fromString(const QString& text) const
    {
        for (const auto& [e, name] : entries) {
            if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0) {
                return e;
            }
        }
        return std::nullopt;
    }
};

/** Specialised once per model enumeration: its stable spellings. */
template <typename E>
struct EnumTable;

template <>
struct EnumTable<RaidLevel>
{
    static constexpr EnumNames<RaidLevel, 4> names {
        {{{RaidLevel::Raid0, "0"}, {RaidLevel::Raid1, "1"}, {RaidLevel::Raid3, "3"}, {RaidLevel::Raid5, "5"}}}};
};

template <>
struct EnumTable<DriveRole>
{
    static constexpr EnumNames<DriveRole, 3> names {{{{DriveRole::Unassigned, "unassigned"},
        {DriveRole::Assigned, "assigned"}, {DriveRole::HotSpare, "hotSpare"}}}};
};

template <>
struct EnumTable<DriveType>
{
    static constexpr EnumNames<DriveType, 2> names {{{{DriveType::FibreChannel, "fibre"}, {DriveType::Sata, "sata"}}}};
};

template <>
struct EnumTable<LogicalDriveKind>
{
    static constexpr EnumNames<LogicalDriveKind, 4> names {{{{LogicalDriveKind::Standard, "standard"},
        {LogicalDriveKind::FlashCopy, "flashCopy"}, {LogicalDriveKind::FlashCopyRepository, "flashCopyRepository"},
        {LogicalDriveKind::MirrorRepository, "mirrorRepository"}}}};
};

template <>
struct EnumTable<ComponentStatus>
{
    static constexpr EnumNames<ComponentStatus, 5> names {{{{ComponentStatus::Optimal, "optimal"},
        {ComponentStatus::Degraded, "degraded"}, {ComponentStatus::Failed, "failed"},
        {ComponentStatus::Missing, "missing"}, {ComponentStatus::Offline, "offline"}}}};
};

template <>
struct EnumTable<PremiumFeature>
{
    static constexpr EnumNames<PremiumFeature, 3> names {{{{PremiumFeature::FlashCopy, "flashCopy"},
        {PremiumFeature::VolumeCopy, "volumeCopy"}, {PremiumFeature::RemoteMirror, "remoteMirror"}}}};
};

template <>
struct EnumTable<FlashCopyStatus>
{
    static constexpr EnumNames<FlashCopyStatus, 3> names {{{{FlashCopyStatus::Optimal, "optimal"},
        {FlashCopyStatus::Disabled, "disabled"}, {FlashCopyStatus::Failed, "failed"}}}};
};

template <>
struct EnumTable<RepositoryFullPolicy>
{
    static constexpr EnumNames<RepositoryFullPolicy, 2> names {{{{RepositoryFullPolicy::FailFlashCopy, "failFlashCopy"},
        {RepositoryFullPolicy::FailBaseWrites, "failBaseWrites"}}}};
};

template <>
struct EnumTable<VolumeCopyStatus>
{
    static constexpr EnumNames<VolumeCopyStatus, 5> names {{{{VolumeCopyStatus::Pending, "pending"},
        {VolumeCopyStatus::InProgress, "inProgress"}, {VolumeCopyStatus::Completed, "completed"},
        {VolumeCopyStatus::Stopped, "stopped"}, {VolumeCopyStatus::Failed, "failed"}}}};
};

template <>
struct EnumTable<ModificationOperation>
{
    static constexpr EnumNames<ModificationOperation, 3> names {
        {{{ModificationOperation::None, "none"}, {ModificationOperation::DynamicExpansion, "dynamicExpansion"},
            {ModificationOperation::CapacityIncrease, "capacityIncrease"}}}};
};

template <>
struct EnumTable<Reservation>
{
    static constexpr EnumNames<Reservation, 3> names {
        {{{Reservation::None, "none"}, {Reservation::Legacy, "legacy"}, {Reservation::Persistent, "persistent"}}}};
};

template <>
struct EnumTable<CopyPriority>
{
    static constexpr EnumNames<CopyPriority, 5> names {{{{CopyPriority::Lowest, "lowest"}, {CopyPriority::Low, "low"},
        {CopyPriority::Medium, "medium"}, {CopyPriority::High, "high"}, {CopyPriority::Highest, "highest"}}}};
};

template <>
struct EnumTable<MirrorRole>
{
    static constexpr EnumNames<MirrorRole, 2> names {
        {{{MirrorRole::Primary, "primary"}, {MirrorRole::Secondary, "secondary"}}}};
};

template <>
struct EnumTable<MirrorStatus>
{
    static constexpr EnumNames<MirrorStatus, 7> names {{{{MirrorStatus::Synchronizing, "synchronizing"},
        {MirrorStatus::Synchronized, "synchronized"}, {MirrorStatus::Unsynchronized, "unsynchronized"},
        {MirrorStatus::Suspended, "suspended"}, {MirrorStatus::Unresponsive, "unresponsive"},
        {MirrorStatus::DualPrimary, "dualPrimary"}, {MirrorStatus::DualSecondary, "dualSecondary"}}}};
};

template <>
struct EnumTable<MirrorWriteMode>
{
    static constexpr EnumNames<MirrorWriteMode, 2> names {
        {{{MirrorWriteMode::Synchronous, "synchronous"}, {MirrorWriteMode::Asynchronous, "asynchronous"}}}};
};

template <>
struct EnumTable<LinkPathState>
{
    static constexpr EnumNames<LinkPathState, 3> names {
        {{{LinkPathState::Up, "up"}, {LinkPathState::Down, "down"}, {LinkPathState::Flapping, "flapping"}}}};
};

template <>
struct EnumTable<LinkTransport>
{
    static constexpr EnumNames<LinkTransport, 2> names {
        {{{LinkTransport::InProcess, "inProcess"}, {LinkTransport::Tcp, "tcp"}}}};
};

template <typename E>
concept ModelEnum = requires
{
    EnumTable<E>::names;
};

template <ModelEnum E>
QString enumName(E value)
{
    return EnumTable<E>::names.toString(value);
}

template <ModelEnum E>
std::optional<E> parseEnum(const QString& text)
{
    return EnumTable<E>::names.fromString(text);
}

} // namespace Copyline
