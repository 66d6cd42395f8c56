// SPDX-License-Identifier: GPL-3.0-or-later
// Item roles and node kinds shared by the console's models, views and actions.
#pragma once

#include <Qt>

class QModelIndex;

namespace Copyline
{

enum ItemRole
{
    KindRole = Qt::UserRole + 1, /**< int(NodeKind) */
    IdRole,                      /**< ObjectId (qint64) of the object the row stands for; 0 if none */
    KeyRole,                     /**< the row's stable key, e.g. "ld:42" */
    StatusRole,                  /**< translated status text ("Optimal", "Needs Attention", ...) */
    RawValueRole,                /**< unformatted value of the cell, for sorting (bytes, numbers, times) */
    DetailRole,                  /**< secondary line of text (subsystem list: model and status) */
    AttentionRole,               /**< bool: the object needs attention (painted in the warning colour) */
    OverlayRole,                 /**< Icons name of the badge drawn over the decoration ("" if none) */
    ProgressRole,                /**< double 0-100: a copy's progress (Copy Manager) */
    StateRole,                   /**< int: the row's state enum (VolumeCopyStatus in the Copy Manager) */
};

enum class NodeKind
{
    None = 0,
    Subsystem,
    UnconfiguredCapacity,
    Array,
    LogicalDrive,
    FreeCapacity,
    UndefinedMappings,
    DefaultHostGroup,
    HostGroup,
    Host,
    HostPort,
    Mapping,
    MirrorPartner, /**< the remote side of a mirrored pair, shown under its primary in the Logical view */
    Engine,        /**< a heading of the subsystem list: one engine of a console attached to several (issue 17) */
};

/**
 * The table proxies' sort order: by RawValueRole (text naturally and case-insensitively, "Drive 2" before
 * "Drive 10"; numbers, times and enums by value), equal values by IdRole, so rows with the same value stay put as
 * snapshots update them.
 */
bool rawValueLessThan(const QModelIndex& left, const QModelIndex& right);

} // namespace Copyline
