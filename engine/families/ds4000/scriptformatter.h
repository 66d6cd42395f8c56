// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/command.h"

#include <QString>

namespace Copyline
{

/**
 * Renders a command's result as the text copylinectl prints (empty for commands that only change something).
 * Capacities show as binary GB with three decimals, as in the console.
 */
QString formatResult(const CommandRequest& request, const CommandResult& result);

} // namespace Copyline
