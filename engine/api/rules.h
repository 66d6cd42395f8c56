// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's own validators and derived quantities that the GUI calls to filter and explain choices before it
// submits a command: RAID and name rules and capacities (storage/rules.h), Enhanced Remote Mirroring rules
// (mirror/mirrorrules.h), VolumeCopy candidates (copy/volumecopyrules.h). One validator for the GUI, the CLI and the
// engine's commands, so error numbers and texts are the same everywhere. Re-exported here because these rules are
// family-neutral core (docs/architecture.md, "What engine/api re-exports"). Include this header, not storage/,
// mirror/ or copy/, from the console.
#pragma once

#include "api/model.h"
#include "copy/volumecopyrules.h"
#include "mirror/mirrorrules.h"
#include "storage/rules.h"
