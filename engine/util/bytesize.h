// SPDX-License-Identifier: GPL-3.0-or-later
// Capacity units and their display. Copyline uses binary units throughout (1 GB = 2^30 bytes),
// as the DS4000 guide's own capacity arithmetic does (spec §4.7, conflict C10).
#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace Copyline
{

inline constexpr qint64 KiB = 1024;
inline constexpr qint64 MiB = 1024 * KiB;
inline constexpr qint64 GiB = 1024 * MiB;
inline constexpr qint64 TiB = 1024 * GiB;

/** "10.873 GB": binary gigabytes with three decimals, the way the Subsystem Management window shows capacity. */
QString formatGb(qint64 bytes, const QLocale& locale = QLocale::c());

/**
 * A capacity in the unit that shows it best, for messages about small sizes where "0.000 GB" would say nothing:
 * "0 bytes", "512 bytes", "64 KB", "1.5 MB", "8 MB"; from 1 GB up the console's form "2.000 GB".
 */
QString formatCapacity(qint64 bytes, const QLocale& locale = QLocale::c());

/** A short human form for rates and sizes in logs: "512 KB", "3.5 MB", "1.250 GB". */
QString formatBytes(qint64 bytes, const QLocale& locale = QLocale::c());

/** Why parseCapacity() refused a text. */
enum class CapacityProblem
{
    None,
    NotANumber, /**< not a number with an optional unit, e.g. "lots" or "1e309 GB" */
    TooLarge,   /**< a number, but more bytes than a capacity can hold (8 EB) */
};

/** The reason parseCapacity(@p text) fails, or None when it succeeds. */
CapacityProblem capacityProblem(const QString& text);

/**
 * Parses a capacity as the script language writes it: "2 GB", "2GB", "512 MB", "1.5 TB", "4096 bytes" or a bare
 * byte count. Units are binary. Returns nothing for malformed text, negative values or overflow.
 */
std::optional<qint64> parseCapacity(const QString& text);

/** Rounds up to a multiple of @p unit (unit > 0). */
constexpr qint64 roundUp(qint64 value, qint64 unit)
{
    return ((value + unit - 1) / unit) * unit;
}

/** Rounds down to a multiple of @p unit (unit > 0). */
constexpr qint64 roundDown(qint64 value, qint64 unit)
{
    return (value / unit) * unit;
}

} // namespace Copyline
