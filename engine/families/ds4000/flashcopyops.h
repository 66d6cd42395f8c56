// SPDX-License-Identifier: GPL-3.0-or-later
// DS4000 FlashCopy on the point-in-time primitive: the parts other command areas call.
#pragma once

#include "service/commandcontext.h"

namespace Copyline
{

class Engine;

namespace FlashCopyOps
{

/** Gives every FlashCopy of an opened workspace its point-in-time engine again (from its copy map). */
Error restore(Engine& engine);
/** Deletes a FlashCopy: its logical drive, its repository and its copy map. */
void remove(CommandContext& ctx, const FlashCopy& fc);
/** Refuses capacity changes the FlashCopy rules forbid: a base with FlashCopies, a FlashCopy logical drive. */
void checkResizable(CommandContext& ctx, const LogicalDrive& ld);
/** After a repository grew: its FlashCopy gets the room (base writes refused for lack of room resume). */
void repositoryGrown(CommandContext& ctx, const LogicalDrive& repository, qint64 newCapacity);
/** Applies warningThresholdPercent / repositoryFullPolicy given for a FlashCopy or its repository. */
bool applySettings(CommandContext& ctx, const LogicalDrive& ld);

} // namespace FlashCopyOps
} // namespace Copyline
