// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <span>

namespace Copyline
{

/**
 * Deterministic pseudo-random data for simulated host writes: byte i of the stream for @p seed is a pure
 * function of (seed, i), so any part of a stream can be produced without the rest. @p position is the stream
 * index of buffer[0]. Generates 8 bytes per step (splitmix64).
 */
void fillPattern(quint64 seed, qint64 position, std::span<char> buffer);

} // namespace Copyline
