// SPDX-License-Identifier: GPL-3.0-or-later
// The ESS family's command tables and the helpers its command files share.
#pragma once

#include "service/commandcontext.h"

namespace Copyline
{

class Engine;

namespace Ess
{

QList<CommandSpec> storageCommands();
QList<CommandSpec> flashCopyCommands();

/** The volume a parameter names by its 8-character ID, on an ESS of the domain; EssVolumeNotFound otherwise. */
const LogicalDrive& volumeArg(CommandContext& ctx, const QString& key);
/** The volume with the 8-character ID @p id (ID@site: on an ESS another engine serves); EssVolumeNotFound otherwise. */
const LogicalDrive& volumeNamed(const CommandContext& ctx, const QString& id);
/** A volume's ID as volumeNamed() takes it: "00012019", or "00012019@siteB" for one another engine serves. */
QString partnerId(const Configuration& config, ObjectId volumeId);
/** The LSS number of an ESS volume (the number of its Array record). */
int lssOf(const Configuration& config, const LogicalDrive& volume);

/** The FlashCopy relationship @p volumeId takes part in (one at most), or nullptr. */
const Relationship* flashCopyOf(const Configuration& config, ObjectId volumeId);

/** After a workspace opened: FlashCopy relationships get their point-in-time engines back from their maps. */
Error restoreFlashCopies(Engine& engine);

} // namespace Ess
} // namespace Copyline
