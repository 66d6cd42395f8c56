// SPDX-License-Identifier: GPL-3.0-or-later
// The API's read-only domain model: the configuration value types (subsystems, arrays, logical drives, FlashCopies,
// VolumeCopies, mirrors, hosts, mappings), their enumerations with stable spellings, and the field lists that turn
// them into rows and JSON. These value types ARE the engine's own types, re-exported here, so that the GUI and the
// engine share one definition: a snapshot carries them unchanged, and a view reads them without a second copy.
// They are family-neutral core (docs/architecture.md, "What engine/api re-exports"). Include this header, not
// storage/, from the console.
#pragma once

#include "storage/configuration.h"
#include "storage/enums.h"
#include "storage/fields.h"
