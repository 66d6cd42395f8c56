// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/recovery.h"
#include "storage/configuration.h"

#include <QStringList>

namespace Copyline
{

/**
 * The Recovery Guru's problems of a subsystem, empty when it is Optimal: failed or missing logical drives and drives,
 * premium features out of compliance, failed FlashCopies, repositories over their threshold or full, failed
 * VolumeCopies, mirrored pairs that are Unsynchronized (link down), Unresponsive or in a dual-role conflict, and the
 * later families' failed or write-inhibited relationships; each with its cause, the affected objects and the recovery
 * steps in the DS4000 seed's words. @p maxMirrors > 0 also reports more mirrors than the model allows.
 */
QList<RecoveryProblem> recoveryProblems(const Configuration& config, ObjectId subsystemId, int maxMirrors = 0);

/**
 * Why a subsystem Needs Attention, one line per problem (the summaries of recoveryProblems()) (empty: Optimal): failed
 * or missing logical drives and drives, failed FlashCopies and repositories over their threshold, failed VolumeCopies,
 * mirrored pairs that are Unsynchronized, Unresponsive or in a dual-role conflict (suspending clears the attention a
 * communication failure raised, DS4000 spec §2.4.8), and the later families' failed or write-inhibited relationships.
 * The console's status area and the CLI's subsystem listings both show it.
 */
QStringList attentionReasons(const Configuration& config, ObjectId subsystemId);

/**
 * Why a premium feature of a subsystem is out of compliance, empty when it is not (DS4000 spec §2.1, §3.1, L6802-6886,
 * L12669-12755): the feature is disabled while objects that need it exist (FlashCopies, VolumeCopy pairs, mirror
 * relationships), or more mirrors exist than @p maxMirrors allows. Existing objects keep working meanwhile.
 */
QString complianceProblem(const Configuration& config, ObjectId subsystemId, PremiumFeature feature, int maxMirrors);

} // namespace Copyline
