// SPDX-License-Identifier: GPL-3.0-or-later
// What the two files of PointInTimeCopy share: pointintime.cpp (its grains) and pointintimemap.cpp (its copy map).
// Nothing else includes this header.
#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace Copyline::PitInternal
{

/** The most one read or write moves at a time: scanning the map, a background copy, zeroing a discarded range. */
inline constexpr qint64 kChunk = 4 * 1024 * 1024;

/** The first @p n bytes of @p v, to write. */
inline std::span<const char> bytes(const std::vector<char>& v, qint64 n)
{
    return {v.data(), static_cast<size_t>(n)};
}

} // namespace Copyline::PitInternal
