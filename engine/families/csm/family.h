// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/family.h"

namespace Copyline::Csm
{

/** Copy Services Manager (seed 003): sessions over the subsystems of the other families. */
Family family();

} // namespace Copyline::Csm
