// SPDX-License-Identifier: GPL-3.0-or-later
// The console's icons: flat SVGs from resources/icons (copyline.qrc), one palette (spec §5.9).
#pragma once

#include "api/event.h"
#include "api/model.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace Copyline::Icons
{

/** The icon resources/icons/<name>.svg, cached; makes sure the resource library is registered. */
QIcon icon(const QString& name);

/**
 * @p base with the badge @p overlay (an overlay-*.svg, drawn over the whole canvas) painted on top, cached per pair;
 * an empty @p overlay gives icon(@p base).
 */
QIcon withOverlay(const QString& base, const QString& overlay);

/** Resource path of an icon, e.g. ":/icons/subsystem.svg". */
QString path(const QString& name);

QString forDriveRole(DriveRole role, ComponentStatus status);
QString forLogicalDrive(ComponentStatus status);
/** FlashCopy logical drive: Optimal (green), Disabled (gray, pause badge), Failed (red, cross badge), and an amber
 * warning badge over Optimal while its repository is past the warning threshold. */
QString forFlashCopy(FlashCopyStatus status, bool thresholdExceeded);
/** FlashCopy repository logical drive: plain, amber badge past the threshold, red badge when full and refusing base
 * writes. */
QString forRepository(bool thresholdExceeded, bool full);
QString forSeverity(EventSeverity severity);
/** Copy Manager state icons: pending (gray clock), in progress (blue arrows), completed (green check), stopped (gray
 * square), failed (red warning). */
QString forVolumeCopy(VolumeCopyStatus status);
/** Premium feature status icon: green when usable, gray otherwise, red slash when disabled (spec §3.1, §5.9). */
QString forFeature(PremiumFeature feature, bool enabled, bool activated);

/** Spec §5.9 palette. */
namespace Palette
{
inline const QColor optimal {0x2e, 0x9d, 0x5b};
inline const QColor disabled {0x8a, 0x90, 0x99};
inline const QColor failed {0xd6, 0x45, 0x41};
inline const QColor warning {0xe8, 0xa3, 0x17};
inline const QColor inProgress {0x2f, 0x7b, 0xd8};
inline const QColor assigned {0x3f, 0x7f, 0xbf};
inline const QColor assignedDark {0x2b, 0x5d, 0x8c};
inline const QColor unassigned {0xe4, 0xe9, 0xef};
inline const QColor chassis {0x4a, 0x59, 0x68};
} // namespace Palette

} // namespace Copyline::Icons
