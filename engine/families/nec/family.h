// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/family.h"

namespace Copyline::Nec
{

/** The NEC iSM data replication family: its commands, limits and hooks. */
Family family();
/** The family's part of the demonstration workspace (demoworkspace.cpp). */
Error populateDemo(Engine& engine);

} // namespace Copyline::Nec
