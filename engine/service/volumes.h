// SPDX-License-Identifier: GPL-3.0-or-later
// Family-neutral volume primitives for command handlers: a volume's file comes and goes with the command that
// makes or deletes it, whatever the family calls the volume (logical drive, LSS volume, logical disk, LDEV).
#pragma once

#include "service/commandcontext.h"

namespace Copyline::Volumes
{

/**
 * Gives @p volume (already in ctx.config, with its fileName and capacity) its sparse volume file. The volume is
 * registered with the engine's I/O at once and taken back, file and all, if the command fails. Fails with
 * DiskFull or FileError when the file cannot be made.
 */
void createFile(CommandContext& ctx, const LogicalDrive& volume);

/**
 * Removes @p volume and its LUN mappings from the configuration. After the commit, in-flight host I/O finishes,
 * the volume's I/O front retires (an NBD client still holding it gets ENXIO) and its file is deleted.
 */
void remove(CommandContext& ctx, const LogicalDrive& volume);

} // namespace Copyline::Volumes
