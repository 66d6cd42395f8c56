// SPDX-License-Identifier: GPL-3.0-or-later
// DS4000 VolumeCopy on the point-in-time primitive and the copy scheduler: the parts other command areas call.
#pragma once

#include "service/commandcontext.h"

namespace Copyline
{

class Engine;

namespace VolumeCopyOps
{

/** After the workspace opened: running copies resume from their copy maps, pending ones start as slots allow. */
Error restore(Engine& engine);
/** Starts Pending copies of @p subsystemId in queue order while fewer than the model's maximum run. */
void promote(CommandContext& ctx, ObjectId subsystemId);
/** Refuses to resize or delete a drive that takes part in a Pending, In Progress or Failed pair. */
void checkNotBusy(CommandContext& ctx, const LogicalDrive& ld, const QString& operation);
/** Pending and In Progress copies from @p sourceId fail (Event 6600): their source became a mirror secondary. */
void failSourcedFrom(CommandContext& ctx, ObjectId sourceId, const QString& reason);
/**
 * The image of @p sourceId was replaced without a write (a FlashCopy re-created): the completed copies from it can
 * no longer be verified against it (their write records are marked incomplete) until they are copied again.
 */
void sourceImageReplaced(CommandContext& ctx, ObjectId sourceId, const QString& why);
/** Deleting a drive removes the (inactive) pairs it takes part in. */
void removePairsOf(CommandContext& ctx, const LogicalDrive& ld);

} // namespace VolumeCopyOps
} // namespace Copyline
