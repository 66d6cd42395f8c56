// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowsettings.h"

#include <QHeaderView>
#include <QSettings>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

void restoreWindowSettings(QWidget* window, const QString& group, QSize defaultSize, QHeaderView* header)
{
    QSettings settings;
    settings.beginGroup(group);
    if (const QByteArray geometry = settings.value(u"geometry"_s).toByteArray(); !geometry.isEmpty()) {
        window->restoreGeometry(geometry);
    } else {
        window->resize(defaultSize);
    }
    if (header != nullptr) {
        if (const QByteArray state = settings.value(u"header"_s).toByteArray(); !state.isEmpty()) {
            header->restoreState(state);
        }
    }
    settings.endGroup();
}

void saveWindowSettings(const QWidget* window, const QString& group, const QHeaderView* header)
{
    QSettings settings;
    settings.beginGroup(group);
    settings.setValue(u"geometry"_s, window->saveGeometry());
    if (header != nullptr) {
        settings.setValue(u"header"_s, header->saveState());
    }
    settings.endGroup();
}

} // namespace Copyline
