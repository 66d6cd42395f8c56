// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/family.h"

namespace Copyline::Hds
{

/** The in-controller copy family of seed 004: its commands, limits and hooks. */
Family family();
/** The family's part of the demonstration workspace (demoworkspace.cpp). */
Error populateDemo(Engine& engine);

} // namespace Copyline::Hds
