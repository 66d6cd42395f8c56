// SPDX-License-Identifier: GPL-3.0-or-later
// The console's secondary windows (Copy Manager, Remote Mirrors, Host Workloads) open where and as large as the
// administrator left them, with the columns as they arranged them.
#pragma once

#include <QSize>
#include <QString>

class QHeaderView;
class QWidget;

namespace Copyline
{

/**
 * Restores @p window's geometry, and @p header's column widths and order when a header is given, from the settings
 * group @p group. A window never saved before opens at @p defaultSize, made smaller where the screen is (at most
 * 92% of its available area) and centred on the screen of its parent.
 */
void restoreWindowSettings(QWidget* window, const QString& group, QSize defaultSize, QHeaderView* header = nullptr);

/** Saves what restoreWindowSettings() restores. */
void saveWindowSettings(const QWidget* window, const QString& group, const QHeaderView* header = nullptr);

} // namespace Copyline
