// SPDX-License-Identifier: GPL-3.0-or-later
// DS4000 Enhanced Remote Mirroring on the mirror primitives: the parts the engine and other command areas call.
#pragma once

#include "service/commandcontext.h"

namespace Copyline
{

class Engine;

namespace MirrorOps
{

/** After the workspace opened: links, endpoints from their out-of-sync maps, synchronizations resumed. */
Error restore(Engine& engine);
/**
 * Once a second on the engine thread: what the controllers notice without host I/O — a partner reachable again
 * (Automatic resynchronization, a Communication Test probing in the background), a dual-role conflict, a
 * partner that removed its side (Unresponsive), the secondary's record catching up with the primary's.
 */
void poll(Engine& engine);
/** Refuses to delete a secondary that is actively mirrored; deleting a primary removes its relationship. */
void beforeDelete(CommandContext& ctx, const LogicalDrive& ld);
/**
 * A mirrored drive grew (Dynamic Volume Expansion, spec §2.5): when the pair's usable capacity — the smaller of
 * its two drives — grows, both sides' out-of-sync logs grow and a Synchronized pair copies the added grains.
 * Returns a note for the administrator (e.g. that the secondary must be expanded too), or nothing.
 */
QString capacityChanged(CommandContext& ctx, const LogicalDrive& ld);
/** Refuses to expand a mirrored drive while its pair's subsystems run different firmware (spec §8.8). */
void checkResizable(CommandContext& ctx, const LogicalDrive& ld);
/**
 * A mirrored drive's owner changed (spec §3.5): a secondary's owner cannot be set by hand; a primary's secondary
 * follows it and its remote writes take the new controller's path.
 */
void ownershipChanged(CommandContext& ctx, const LogicalDrive& ld);
/**
 * [SIM] A media fault on a mirror repository logical drive stands for losing the repositories (spec §3.4): the
 * subsystem's primaries go Unsynchronized and need a full synchronization (conflict C7), which runs once the
 * repositories are back and the pairs resume.
 */
void repositoryFault(CommandContext& ctx, const LogicalDrive& ld, bool faulted);
/** The write consistency group journal of a subsystem: its mirror repositories' capacity. */
qint64 journalCapacity(const Configuration& config, ObjectId subsystemId);

} // namespace MirrorOps
} // namespace Copyline
