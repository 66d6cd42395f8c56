// SPDX-License-Identifier: GPL-3.0-or-later
// Capacity units, their display and their parsing ("10.873 GB", "512 MB"), re-exported from util/bytesize.h: the GUI,
// the CLI and the engine's messages write and read capacities the same way (docs/architecture.md, "What engine/api
// re-exports"). Include this header, not util/, from the console.
#pragma once

#include "util/bytesize.h"
