// SPDX-License-Identifier: GPL-3.0-or-later
// Colours that follow the palette (issue 18, dark mode). The console's style sheets and painted details were drawn
// for a light palette; under a dark one (a dark Fusion palette, a dark desktop theme) they are derived from it:
// light surfaces become dark ones, dark text becomes light text of the same hue. Under a light palette nothing
// changes.
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace Copyline::Theme
{

/** Whether @p palette is a dark one (its base is darker than mid-grey). */
bool isDark(const QPalette& palette);
/** Whether the application's palette is dark. */
bool isDark();

/**
 * @p light, a colour chosen for a light palette, as it should look on @p palette: unchanged on a light palette; on
 * a dark one a light surface turns into a dark surface near the palette's window colour and a dark foreground into
 * a light one of the same hue.
 */
QColor adapt(const QColor& light, const QPalette& palette);
/** adapt() with the application's palette. */
QColor adapt(const QColor& light);

/**
 * @p styleSheet with every #rrggbb colour adapted to the application's palette; unchanged on a light palette, and
 * unchanged when it sets a deliberately dark background (the ESS and NEC navigation bars).
 */
QString css(const QString& styleSheet);
/** The same for @p palette. */
QString css(const QString& styleSheet, const QPalette& palette);

} // namespace Copyline::Theme
