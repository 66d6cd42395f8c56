// SPDX-License-Identifier: GPL-3.0-or-later
// The ESS Copy Services family (spec ESS-copy-services.md, seed 001): the Enterprise Storage Server 2105, its
// Open Systems LSSs and volumes, and how the family maps them onto the core records:
//
//   ESS 2105 machine   -> Subsystem (family "ess", name = the 5-character serial, model E10/E20/F10/F20)
//   LSS 16-31          -> Array (number = the LSS number, decimal as the GUI shows it)
//   volume             -> LogicalDrive (name = the 8-character volume ID, array = its LSS)
//   FlashCopy pair     -> Relationship (kind "flashcopy", source and target on one LSS)
#pragma once

#include "api/limits.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Copyline::Ess
{

inline constexpr auto kFamily = "ess";
inline constexpr auto kFlashCopy = "flashcopy";

inline constexpr int kFirstOpenSystemsLss = 16; /**< LSS 16 (x10), spec §1.3, seed L5710 */
inline constexpr int kLastOpenSystemsLss = 31;
inline constexpr int kVolumesPerLss = 256; /**< two hex digits of the volume ID, seed L5695 */

/** The ESS models of the seed (L4088-4090). */
QStringList models();
/** Limits of an ESS model; every model has the same copy limits. */
SubsystemLimits limits(const QString& model);

/** Why @p serial is not a valid 5-character ESS serial (e.g. 12019, FCA31), empty when it is. */
QString serialProblem(const QString& serial);

/**
 * The 8-character volume ID (spec §1.4, [SIM] encoding from the seed's examples): the LSS's low hex digit
 * (LSS − 16), the volume number in two hex digits, the ESS serial. volumeId("12019", 16, 1) == "00112019".
 */
QString volumeId(const QString& serial, int lss, int number);

struct VolumeAddress
{
    QString serial;
    int lss = 0;
    int number = 0;
};

/** The parts of a volume ID; nothing when @p id is not one. */
std::optional<VolumeAddress> parseVolumeId(const QString& id);

/** "000": the volume number within its LSS as the seed prints it. */
QString volumeNumberText(int number);

} // namespace Copyline::Ess
