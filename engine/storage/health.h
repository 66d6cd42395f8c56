// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/configuration.h"

#include <QStringList>

namespace Copyline
{

/**
 * Why a subsystem Needs Attention, one line per problem (empty: Optimal): failed or missing logical drives and
 * drives, failed FlashCopies and repositories over their threshold, failed VolumeCopies, mirrored pairs that are
 * Unsynchronized, Unresponsive or in a dual-role conflict (suspending clears the attention a communication failure
 * raised, DS4000 spec §2.4.8), and the later families' failed or write-inhibited relationships. The console's status
 * area and the CLI's subsystem listings both show it.
 */
QStringList attentionReasons(const Configuration& config, ObjectId subsystemId);

} // namespace Copyline
