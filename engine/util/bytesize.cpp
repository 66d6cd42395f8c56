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

QString formatCapacity(qint64 bytes, const QLocale& locale)
{
    if (bytes >= GiB || bytes <= -GiB) {
        return formatGb(bytes, locale);
    }
    const auto shown = [&](qint64 unit, const QString& name) -> QString {
        QString number = locale.toString(static_cast<double>(bytes) / static_cast<double>(unit), 'f', 3);
        // 1.500 → 1.5, 8.000 → 8: the exact value without noise.
        const QChar point = locale.decimalPoint().front();
        if (number.contains(point)) {
            while (number.endsWith(u'0')) {
                number.chop(1);
            }
            if (number.endsWith(point)) {
                number.chop(1);
            }
        }
        return number + u' ' + name;
    };
    if (bytes >= MiB || bytes <= -MiB) {
        return shown(MiB, u"MB"_s);
    }
    if (bytes >= KiB || bytes <= -KiB) {
        return shown(KiB, u"KB"_s);
    }
    return locale.toString(bytes) + (bytes == 1 ? u" byte"_s : u" bytes"_s);
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

CapacityProblem capacityProblem(const QString& text)
{
    if (parseCapacity(text)) {
        return CapacityProblem::None;
    }
    // Digits (and one decimal point) with a unit or none: the number is fine, its size is not.
    static const QRegularExpression plain(uR"(^\s*[0-9]+(?:\.[0-9]+)?\s*(bytes?|B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)?\s*$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto match = plain.match(text);
    if (match.hasMatch() && !(text.contains(u'.') && match.captured(1).isEmpty())
        && !(text.contains(u'.') && match.captured(1).startsWith(u'b', Qt::CaseInsensitive))) {
        return CapacityProblem::TooLarge;
    }
    return CapacityProblem::NotANumber;
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
