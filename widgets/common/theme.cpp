// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Theme
{

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

bool isDark()
{
    return isDark(QApplication::palette());
}

QColor adapt(const QColor& light, const QPalette& palette)
{
    if (!isDark(palette) || !light.isValid()) {
        return light;
    }
    float h = 0;
    float s = 0;
    float l = 0;
    float a = 0;
    light.getHslF(&h, &s, &l, &a);
    const QColor window = palette.color(QPalette::Window);
    if (l >= 0.75f) {
        // A light surface (pane headers, note boxes, drive cards, borders): the window colour, lifted by how dark
        // the surface was and tinted with its hue.
        const float lift = 0.04f + (1.0f - l) * 0.5f;
        const float base = static_cast<float>(window.lightnessF());
        return QColor::fromHslF(h, std::min(s, 0.35f), std::min(1.0f, base + lift), a);
    }
    // A foreground (text, marks): its lightness mirrored, so dark grey becomes light grey and dark red light red.
    return QColor::fromHslF(h, s, std::clamp(1.15f - l, 0.6f, 0.92f), a);
}

QColor adapt(const QColor& light)
{
    return adapt(light, QApplication::palette());
}

QString css(const QString& styleSheet, const QPalette& palette)
{
    if (!isDark(palette) || !styleSheet.contains(u'#')) {
        return styleSheet;
    }
    static const QRegularExpression hex(u"#[0-9a-fA-F]{6}\\b"_s);
    static const QRegularExpression darkBackground(u"background(-color)?:\\s*(#[0-9a-fA-F]{6})"_s);
    for (auto it = darkBackground.globalMatch(styleSheet); it.hasNext();) {
        if (QColor::fromString(it.next().captured(2)).lightnessF() < 0.35) {
            return styleSheet; // drawn dark on purpose: it reads the same on either palette
        }
    }
    QString out;
    qsizetype from = 0;
    for (auto it = hex.globalMatch(styleSheet); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += styleSheet.mid(from, m.capturedStart() - from);
        out += adapt(QColor::fromString(m.captured()), palette).name();
        from = m.capturedEnd();
    }
    out += styleSheet.mid(from);
    return out;
}

QString css(const QString& styleSheet)
{
    return css(styleSheet, QApplication::palette());
}

} // namespace Copyline::Theme
