// SPDX-License-Identifier: GPL-3.0-or-later
#include "pattern.h"

#include <cstring>

namespace Copyline
{

namespace
{

inline quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

} // namespace

void fillPattern(quint64 seed, qint64 position, std::span<char> buffer)
{
    const quint64 key = mix(seed);
    char* out = buffer.data();
    qint64 remaining = static_cast<qint64>(buffer.size());
    quint64 word = static_cast<quint64>(position) / 8;
    auto skip = static_cast<size_t>(static_cast<quint64>(position) % 8);
    while (remaining > 0) {
        const quint64 value = mix(key ^ (word * 0xD6E8FEB86659FD93ULL));
        unsigned char bytes[8];
        for (int b = 0; b < 8; ++b) {
            bytes[b] = static_cast<unsigned char>(value >> (8 * b)); // little-endian, whatever the host order
        }
        const size_t n = std::min<size_t>(8 - skip, static_cast<size_t>(remaining));
        std::memcpy(out, bytes + skip, n);
        out += n;
        remaining -= static_cast<qint64>(n);
        skip = 0;
        ++word;
    }
}

} // namespace Copyline
