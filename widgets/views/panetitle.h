// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Copyline
{

/** Wraps @p content under a small title bar ("Logical", "Physical", "Topology", ...). */
QWidget* titledPane(const QString& title, QWidget* content, QWidget* parent = nullptr, QWidget* trailing = nullptr);

} // namespace Copyline
