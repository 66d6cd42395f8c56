// SPDX-License-Identifier: GPL-3.0-or-later
// The VolumeCopy rules the console applies before it asks the engine: which logical drives are valid sources and
// targets and why the others are not (the engine's own volumeCopySourceProblem / volumeCopyTargetProblem), which
// Copy Manager action suits which pair status (spec §2.3.3-2.3.7), and a pair's progress from the snapshot. The
// engine stays the authority: the console uses these to filter, to explain and to disable, and always shows the
// engine's error when it refuses.
#pragma once

#include "api/snapshot.h"

#include <QCoreApplication>

namespace Copyline
{

class VolumeCopyRules final
{
    Q_DECLARE_TR_FUNCTIONS(Copyline::VolumeCopyRules)

public:
    /** The wizard's default (spec §10.1, [SIM] Medium). */
    static constexpr CopyPriority kDefaultPriority = CopyPriority::Medium;

    /** Why the subsystem offers no VolumeCopy at all (not supported by the model, feature not enabled), or "". */
    static QString featureBlocker(const Snapshot& snapshot, ObjectId subsystemId);
    /** Why @p ldId cannot be the source of a new copy (feature, selection, the engine's source rule), or "". */
    static QString createBlocker(const Snapshot& snapshot, ObjectId subsystemId, ObjectId ldId);
    /** The engine's reason why @p ld is no valid source ("it is a FlashCopy repository logical drive"), or "". */
    static QString sourceReason(const Configuration& config, const LogicalDrive& ld);
    /** The engine's reason why @p target cannot receive a copy of @p source, or "". */
    static QString targetReason(const Configuration& config, const LogicalDrive& source, const LogicalDrive& target);
    /** The valid sources of the subsystem, by name. */
    static QList<LogicalDrive> validSources(const Configuration& config, ObjectId subsystemId);
    /** Every logical drive the target table lists (all but the source), valid ones first, each group by name. */
    static QList<LogicalDrive> targetCandidates(const Configuration& config, const LogicalDrive& source);

    /** Progress in percent: the runtime's while In Progress, 100 when Completed, else -1 (unknown). */
    static double percent(const Snapshot& snapshot, const VolumeCopy& pair);

    // Copy Manager actions by status (spec §2.3.3-2.3.7, conflict C5); "" when allowed, else why not.
    static QString recopyBlocker(const VolumeCopy& pair);
    static QString stopBlocker(const VolumeCopy& pair);
    static QString removeBlocker(const VolumeCopy& pair);
    static QString readOnlyBlocker(const VolumeCopy& pair);
    /** Verify (issue 19): a completed copy only. */
    static QString verifyBlocker(const VolumeCopy& pair);

    /** "Accounting → Accounting-Copy" */
    static QString pairLabel(const Configuration& config, const VolumeCopy& pair);
};

} // namespace Copyline
