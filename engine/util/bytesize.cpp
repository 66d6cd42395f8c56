// SPDX-License-Identifier: GPL-3.0-or-later
#include "bytesize.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

QString formatGb(qint64 bytes, const QLocale& locale)
{
    const double gb = static_cast<double>(bytes) / static_cast<double>(GiB);
    return locale.toString(gb, 'f', 3) + u" GB"_s;
}

QString formatBytes(qint64 bytes, const QLocale& locale)
{
    if (bytes < KiB) {
        return locale.toString(bytes) + u" bytes"_s;
    }
    if (bytes < MiB) {
        return locale.toString(static_cast<double>(bytes) / static_cast<double>(KiB), 'f', 1) + u" KB"_s;
    }
    if (bytes < GiB) {
        return locale.toString(static_cast<double>(bytes) / static_cast<double>(MiB), 'f', 1) + u" MB"_s;
    }
    return formatGb(bytes, locale);
}

std::optional<qint64> parseCapacity(const QString& text)
{
    static const QRegularExpression pattern(
        uR"(^\s*([0-9]+(?:\.[0-9]+)?)\s*(bytes?|B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)?\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QString number = match.captured(1);
    const QString unit = match.captured(2).toUpper();
    qint64 multiplier = 1;
    if (unit.startsWith(u'K')) {
        multiplier = KiB;
    } else if (unit.startsWith(u'M')) {
        multiplier = MiB;
    } else if (unit.startsWith(u'G')) {
        multiplier = GiB;
    } else if (unit.startsWith(u'T')) {
        multiplier = TiB;
    }
    if (!number.contains(u'.')) {
        bool ok = false;
        const qint64 whole = number.toLongLong(&ok);
        if (!ok || whole > std::numeric_limits<qint64>::max() / multiplier) {
            return std::nullopt;
        }
        return whole * multiplier;
    }
    if (multiplier == 1) {
        return std::nullopt; // fractional bytes make no sense
    }
    bool ok = false;
    const double value = number.toDouble(&ok);
    const double bytes = value * static_cast<double>(multiplier);
    if (!ok || !std::isfinite(bytes) || bytes >= 9.0e18) {
        return std::nullopt;
    }
    return static_cast<qint64>(std::llround(bytes));
}

} // namespace Copyline
