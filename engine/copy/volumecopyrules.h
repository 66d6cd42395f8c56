// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/error.h"
#include "storage/configuration.h"

namespace Copyline
{

/**
 * Why @p ld cannot be the source of a new VolumeCopy, or no error when it can (spec §2.3.1 with the resolutions of
 * conflicts C3/C3b): standard drives, FlashCopy drives, FlashCopy bases (and mirror primaries) are valid; repositories,
 * drives that are not optimal, disabled or failed FlashCopies and targets of an active pair are not. A drive may be
 * the source of several pairs.
 */
Error volumeCopySourceProblem(const Configuration& config, const LogicalDrive& ld);

/**
 * Why @p target cannot receive a VolumeCopy of @p source (spec §2.3.1): only standard drives (or mirror primaries)
 * of at least the source's capacity that are not the base of an optimal FlashCopy, take part in no active pair and
 * are not already the target of any pair.
 */
Error volumeCopyTargetProblem(const Configuration& config, const LogicalDrive& source, const LogicalDrive& target);

} // namespace Copyline
