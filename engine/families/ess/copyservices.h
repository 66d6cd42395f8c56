// SPDX-License-Identifier: GPL-3.0-or-later
// The ESS Copy Services domain (spec §1.8, §1.9, §1.12, §2.10, §2.12-2.13, §3.5-3.6): its primary and backup Copy
// Services servers and their state, the saved tasks, the Copy Services log, CLI users and password protection,
// and the hosts' device names. What the files of this part share.
//
//   server role      -> Subsystem::options "csServer=primary" / "csServer=backup" on the ESS whose cluster runs it
//   server state     -> Subsystem::options "csActive=primary|backup|disabled" on every ESS: which server the
//                       ESS's Copy Services talks to, or disabled (seed L842-866)
//   domain settings  -> on the primary server's ESS: "passwordProtection=off" (on by default, seed L2491),
//                       "logCleared=<event id>" (the log shows later events only)
//   task             -> SavedTask (family "ess"); CLI user -> User (scope "ess")
#pragma once

#include "families/ess/commands.h"

namespace Copyline::Ess
{

QList<CommandSpec> copyServicesCommands();
QList<CommandSpec> taskCommands();

/**
 * A host sees volume @p v as device @p disk (kind "hostDisk"; state words "mounted=yes", "primed=yes"). Replaces
 * what the host had under that name or for that volume.
 */
void attachHostDisk(CommandContext& ctx, const QString& host, const LogicalDrive& v, const QString& disk);

/** A word "key=value" of a space-separated options text; @p fallback when absent. */
QString optionValue(const QString& options, const QString& key, const QString& fallback = {});
/** @p options with key=value set (or removed when @p value is empty). */
QString withOption(const QString& options, const QString& key, const QString& value);

/** The ESS that runs the primary (backup) Copy Services server, or nullptr. */
const Subsystem* serverOf(const Configuration& config, const QString& role);
/** The domain's settings holder: the primary server's ESS (the first ESS when none is named). */
const Subsystem* domainHolder(const Configuration& config);
bool passwordProtection(const Configuration& config);
/**
 * Why no task can be submitted to the Copy Services server @p role ("primary"/"backup") now, empty when it can:
 * the server's ESS must have its Copy Services active as that server (spec §3.5).
 */
QString serverProblem(const Configuration& config, const QString& role);
/** The role of the server currently active for the domain ("primary", "backup"), empty when disabled. */
QString activeServer(const Configuration& config);

} // namespace Copyline::Ess
