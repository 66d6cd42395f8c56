// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/family.h"

namespace Copyline::Ds4000
{

/** The DS4000 family: FlashCopy, VolumeCopy and Enhanced Remote Mirroring with the SMcli command set. */
Family family();

} // namespace Copyline::Ds4000
