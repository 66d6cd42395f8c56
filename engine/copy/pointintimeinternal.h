// SPDX-License-Identifier: GPL-3.0-or-later
// What the files of PointInTimeCopy share: pointintime.cpp (its grains), pointintimemap.cpp (its copy map) and
// pointintimeshared.cpp (its grains in a shared preserved-grain store).
// Nothing else includes this header.
#pragma once

#include <QtGlobal>

#include <cerrno>

#include <span>
#include <vector>

namespace Copyline::PitInternal
{

/**
 * allocateRun's "no slot left in the repository" (the repository's own capacity, not the disk's), told apart from a
 * file system's ENOSPC: the first applies the full policy as the user set it, the second is an I/O fault.
 */
inline constexpr int kRepositoryFull = EDQUOT;

/** The most one read or write moves at a time: scanning the map, a background copy, zeroing a discarded range. */
inline constexpr qint64 kChunk = 4 * 1024 * 1024;

/** The first @p n bytes of @p v, to write. */
inline std::span<const char> bytes(const std::vector<char>& v, qint64 n)
{
    return {v.data(), static_cast<size_t>(n)};
}

} // namespace Copyline::PitInternal
