// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/error.h"

namespace Copyline
{

class Engine;

/**
 * The demonstration workspace a first start creates, so the console is useful at once: two DS4000 subsystems named
 * "Primary Site" and "Secondary Site" (shown as "Storage Subsystem Primary Site", the DS4000 tree's root label) with
 * arrays, logical drives holding data, free and unconfigured capacity, hot spares, hosts, host groups and LUN mappings.
 * Built entirely through the command API, so it obeys every rule a user's configuration does.
 */
namespace DemoWorkspace
{
Error populate(Engine& engine);
}

} // namespace Copyline
