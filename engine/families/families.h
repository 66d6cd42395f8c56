// SPDX-License-Identifier: GPL-3.0-or-later
// The product families this build of Copyline speaks. Adding a family: its folder under engine/families/, its
// library in engine/families/CMakeLists.txt, and one line in families.cpp.
#pragma once

#include "service/family.h"

namespace Copyline::Families
{

/** Every family, in the order their demonstration subsystems are made. */
FamilyList all();

} // namespace Copyline::Families
