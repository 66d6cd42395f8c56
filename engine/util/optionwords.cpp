// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/optionwords.h"

#include <QStringList>

namespace Copyline::OptionWords
{

QString value(const QString& words, const QString& key, const QString& fallback)
{
    const QString prefix = key + QLatin1Char('=');
    for (const QString& w : words.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (w.startsWith(prefix)) {
            return w.mid(prefix.size());
        }
    }
    return fallback;
}

void set(QString& words, const QString& key, const QString& value)
{
    const QString prefix = key + QLatin1Char('=');
    QStringList list = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    list.removeIf([&](const QString& w) { return w.startsWith(prefix); });
    if (!value.isEmpty()) {
        list.append(prefix + value);
    }
    words = list.join(QLatin1Char(' '));
}

bool has(const QString& words, const QString& word)
{
    return words.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(word);
}

void setFlag(QString& words, const QString& word, bool on)
{
    QStringList list = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    list.removeAll(word);
    if (on) {
        list.append(word);
    }
    words = list.join(QLatin1Char(' '));
}

} // namespace Copyline::OptionWords
