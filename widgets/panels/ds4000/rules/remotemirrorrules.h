// SPDX-License-Identifier: GPL-3.0-or-later
// The Enhanced Remote Mirroring rules the console applies before it asks the engine (spec §1.9, §2.4, §3.1, §3.4):
// the seed's words for states, roles, write modes and copy types (translated), the §5.9 palette of the pair states,
// which action suits which record, and why the others are unavailable. The engine stays the authority: these only
// filter, explain and disable; a refusal always shows the engine's own message.
#pragma once

#include "api/snapshot.h"

#include <QColor>
#include <QCoreApplication>

namespace Copyline
{

class RemoteMirrorRules final
{
    Q_DECLARE_TR_FUNCTIONS(Copyline::RemoteMirrorRules)

public:
    /** [SIM] The Create Remote Mirror wizard's defaults (spec §2.4.5): Medium priority, Manual resynchronization. */
    static constexpr CopyPriority kDefaultPriority = CopyPriority::Medium;

    // ---- words -------------------------------------------------------------------------------------------------
    /** "Synchronization-in-Progress", "Synchronized", "Unsynchronized", "Optimal/Suspended", "Unresponsive",
     * "Dual Primary", "Dual Secondary" (spec §3.4). */
    static QString statusText(MirrorStatus status);
    /** statusText() plus " (secondary inconsistent)" while the secondary holds a mix of old and new data. */
    static QString statusText(const Mirror& mirror);
    static QString roleText(MirrorRole role);
    /** "Synchronous", "Asynchronous" or "Asynchronous, write consistency group". */
    static QString writeModeText(const Mirror& mirror);
    /** "Metro Mirroring", "Global Copy" or "Global Mirroring" (spec §1.9). */
    static QString copyTypeText(MirrorWriteMode mode, bool writeConsistency);
    static QString copyTypeText(const Mirror& mirror);
    /** "Manual" or "Automatic". */
    static QString resyncText(bool automatic);
    /** "Up", "Down", "Flapping". */
    static QString pathStateText(LinkPathState state);
    /** "Enabled/Activated" … in the application's language. */
    static QString optionState(const Subsystem& subsystem);
    /** "Accounting → Accounting 2 on Secondary Site": a primary record's pair. */
    static QString pairLabel(const Configuration& config, const Mirror& mirror);
    /** "Data is copied from Storage Subsystem Primary Site to Storage Subsystem Secondary Site." */
    static QString directionText(const QString& fromSubsystem, const QString& toSubsystem);

    // ---- pictures ----------------------------------------------------------------------------------------------
    /** The pair state icon (mirror-*.svg). */
    static QString statusIcon(MirrorStatus status);
    /** The badge a mirrored logical drive carries in the Logical view (overlay-mirror-*.svg). */
    static QString statusOverlay(MirrorStatus status);
    /** Spec §5.9 [SIM] palette: Optimal green, Synchronizing blue, Unsynchronized/Dual red, Suspended gray. */
    static QColor statusColor(MirrorStatus status);
    /** The state needs the administrator (Needs Attention): Unsynchronized, Unresponsive, dual roles. */
    static bool needsAttention(MirrorStatus status);

    // ---- facts -------------------------------------------------------------------------------------------------
    /** Whether the subsystem's model has Enhanced Remote Mirroring at all. */
    static bool supported(const Snapshot& snapshot, const Subsystem& subsystem);
    static int maxMirrors(const Snapshot& snapshot, const Subsystem& subsystem);
    /** The primary records of @p mirror's write consistency group (itself included; just itself if not in one). */
    static QList<ObjectId> groupOf(const Configuration& config, const Mirror& mirror);
    /** The link the record's pair uses (nullptr if the subsystems are not cabled). */
    static const MirrorLink* linkOf(const Configuration& config, const Mirror& mirror);
    /** The state of the path the record's side uses: the owner of its drive talks to the same controller. */
    static LinkPathState pathStateOf(const Configuration& config, const Mirror& mirror);

    // ---- actions: "" when allowed, else why not (shown as the disabled action's tooltip) ------------------------
    static QString activateBlocker(const Snapshot& snapshot, ObjectId subsystemId);
    static QString deactivateBlocker(const Configuration& config, ObjectId subsystemId);
    static QString createBlocker(const Snapshot& snapshot, ObjectId subsystemId, ObjectId ldId);
    static QString suspendBlocker(const Configuration& config, ObjectId subsystemId, ObjectId ldId);
    static QString resumeBlocker(const Configuration& config, ObjectId subsystemId, ObjectId ldId);
    static QString changeRoleBlocker(const Configuration& config, ObjectId subsystemId, ObjectId ldId, MirrorRole to);
    /** Synchronization settings and write mode: a primary's. */
    static QString primarySettingsBlocker(const Configuration& config, ObjectId subsystemId, ObjectId ldId);
    static QString testBlocker(const Configuration& config, ObjectId subsystemId, ObjectId ldId);
    /** Online verification: a Synchronized or synchronizing primary's. */
    static QString verifyBlocker(const Configuration& config, ObjectId subsystemId, ObjectId ldId);
    static QString removeBlocker(const Configuration& config, ObjectId subsystemId);

    /** Whether a primary record can be suspended / resumed now (the state rule of spec §2.4.8-2.4.9). */
    static bool canSuspend(const Mirror& mirror);
    static bool canResume(const Mirror& mirror);
};

} // namespace Copyline
