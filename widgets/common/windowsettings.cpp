// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowsettings.h"

#include <QHeaderView>
#include <QScreen>
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
        window->restoreGeometry(geometry); // Qt keeps a restored window on a screen
    } else {
        // The default fits the screen the console is on (a 1366x768 laptop too), centred on it.
        const QWidget* anchor = window->parentWidget() != nullptr ? window->parentWidget()->window() : window;
        const QScreen* screen = anchor->screen();
        const QRect available = screen != nullptr ? screen->availableGeometry() : QRect();
        if (available.isEmpty()) {
            window->resize(defaultSize);
        } else {
            const QSize fitted = defaultSize.boundedTo(available.size() * 0.92);
            window->resize(fitted);
            window->move(available.center() - QPoint(fitted.width() / 2, fitted.height() / 2));
        }
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
