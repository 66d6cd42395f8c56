// SPDX-License-Identifier: GPL-3.0-or-later
// The DS4000 family: per-model limits (spec §1.12, Table 3 of the DS4000 Copy Services guide) and vocabulary.
#pragma once

#include <QString>
#include <QStringList>

namespace Copyline::Ds4000
{

inline constexpr auto kFamily = "ds4000";

struct ModelLimits
{
    QString model;
    int maxLogicalDrives = 0; /**< includes repositories and mirror logical drives */
    int maxFlashCopies = 0;   /**< half of the logical drive maximum */
    int maxFlashCopiesPerBase = 4;
    bool volumeCopySupported = true;
    int maxCopyTargetsPerSource = 0;
    int maxRunningCopies = 8;       /**< per subsystem (conflict C4) */
    int maxMirrors = 0;             /**< 0: Enhanced Remote Mirroring not available */
    int hostPortsPerController = 2; /**< the last one is reserved when remote mirroring is activated */
    int enclosureSlots = 14;
};

/** Limits of @p model; unknown models get DS4800 limits. */
ModelLimits limits(const QString& model);

/** The models Copyline can simulate, in the order the guide lists them. */
QStringList models();

} // namespace Copyline::Ds4000
