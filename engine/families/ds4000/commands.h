// SPDX-License-Identifier: GPL-3.0-or-later
// The DS4000 command tables, one per area; Ds4000::family() concatenates them.
#pragma once

#include "service/commandcontext.h"

namespace Copyline
{

QList<CommandSpec> storageCommands();
QList<CommandSpec> hostCommands();
QList<CommandSpec> featureCommands();
QList<CommandSpec> showCommands();
QList<CommandSpec> flashCopyCommands();
QList<CommandSpec> volumeCopyCommands();
QList<CommandSpec> mirrorLinkCommands();
QList<CommandSpec> mirrorPairCommands();
QList<CommandSpec> mirrorShowCommands();
QList<CommandSpec> mirrorVerifyCommands();

} // namespace Copyline
