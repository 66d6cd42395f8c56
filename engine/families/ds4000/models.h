// SPDX-License-Identifier: GPL-3.0-or-later
// The DS4000 family: per-model limits (spec §1.12, Table 3 of the DS4000 Copy Services guide) and vocabulary.
#pragma once

#include "api/limits.h"

#include <QString>
#include <QStringList>

namespace Copyline::Ds4000
{

inline constexpr auto kFamily = "ds4000";

/** The DS4000 limits are the common SubsystemLimits record (api/limits.h), filled from Table 3. */
using ModelLimits = SubsystemLimits;

/** Limits of @p model; unknown models get DS4800 limits. */
ModelLimits limits(const QString& model);

/** The models Copyline can simulate, in the order the guide lists them. */
QStringList models();

} // namespace Copyline::Ds4000
