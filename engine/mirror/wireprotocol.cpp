// SPDX-License-Identifier: GPL-3.0-or-later
#include "wireprotocol.h"

#include <QMessageAuthenticationCode>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/uio.h>

#if defined(__x86_64__)
#include <nmmintrin.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Wire
{

namespace
{

constexpr quint32 kPolynomial = 0x82f63b78; // CRC32C, reflected

struct Tables
{
    std::array<std::array<quint32, 256>, 8> t {};
    constexpr Tables()
    {
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k) {
                c = (c & 1U) != 0 ? (c >> 1) ^ kPolynomial : c >> 1;
            }
            t[0][i] = c;
        }
        for (quint32 i = 0; i < 256; ++i) {
            for (std::size_t s = 1; s < 8; ++s) {
                t[s][i] = (t[s - 1][i] >> 8) ^ t[0][t[s - 1][i] & 0xffU];
            }
        }
    }
};

constexpr Tables kTables;

// Slicing-by-8: eight table lookups per 8 bytes, for CPUs without the CRC32 instruction.
quint32 crcSoftware(const unsigned char* p, std::size_t n, quint32 crc)
{
    while (n >= 8) {
        quint64 word = 0;
        std::memcpy(&word, p, 8);
        word ^= crc;
        crc = kTables.t[7][word & 0xffU] ^ kTables.t[6][(word >> 8) & 0xffU] ^ kTables.t[5][(word >> 16) & 0xffU]
            ^ kTables.t[4][(word >> 24) & 0xffU] ^ kTables.t[3][(word >> 32) & 0xffU]
            ^ kTables.t[2][(word >> 40) & 0xffU] ^ kTables.t[1][(word >> 48) & 0xffU] ^ kTables.t[0][word >> 56];
        p += 8;
        n -= 8;
    }
    while (n-- > 0) {
        crc = kTables.t[0][(crc ^ *p++) & 0xffU] ^ (crc >> 8);
    }
    return crc;
}

#if defined(__x86_64__)
__attribute__((target("sse4.2"))) quint32 crcHardware(const unsigned char* p, std::size_t n, quint32 crc)
{
    quint64 c = crc;
    while (n >= 8) {
        quint64 word = 0;
        std::memcpy(&word, p, 8);
        c = _mm_crc32_u64(c, word);
        p += 8;
        n -= 8;
    }
    auto c32 = static_cast<quint32>(c);
    while (n-- > 0) {
        c32 = _mm_crc32_u8(c32, *p++);
    }
    return c32;
}

// Four independent CRCs advanced together: the CRC32 instruction takes 3 cycles but can start every cycle, so four
// streams run about three times as fast as one (the grain digests' speed decides the verification's on warm data).
__attribute__((target("sse4.2"))) void crcHardware4(
    const unsigned char* const (&parts)[4], std::size_t n, quint32 (&crc)[4])
{
    quint64 c0 = ~crc[0];
    quint64 c1 = ~crc[1];
    quint64 c2 = ~crc[2];
    quint64 c3 = ~crc[3];
    for (std::size_t at = 0; at + 8 <= n; at += 8) {
        quint64 w0 = 0;
        quint64 w1 = 0;
        quint64 w2 = 0;
        quint64 w3 = 0;
        std::memcpy(&w0, parts[0] + at, 8);
        std::memcpy(&w1, parts[1] + at, 8);
        std::memcpy(&w2, parts[2] + at, 8);
        std::memcpy(&w3, parts[3] + at, 8);
        c0 = _mm_crc32_u64(c0, w0);
        c1 = _mm_crc32_u64(c1, w1);
        c2 = _mm_crc32_u64(c2, w2);
        c3 = _mm_crc32_u64(c3, w3);
    }
    crc[0] = ~static_cast<quint32>(c0);
    crc[1] = ~static_cast<quint32>(c1);
    crc[2] = ~static_cast<quint32>(c2);
    crc[3] = ~static_cast<quint32>(c3);
}

const bool kHasSse42 = __builtin_cpu_supports("sse4.2") != 0;
#endif

template <typename T>
void put(char* at, T value)
{
    // The wire is little-endian, as every machine this runs on: a plain copy.
    static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN);
    std::memcpy(at, &value, sizeof value);
}

template <typename T>
T get(const char* at)
{
    T value {};
    std::memcpy(&value, at, sizeof value);
    return value;
}

bool knownType(quint16 type)
{
    return type >= static_cast<quint16>(Type::Hello) && type <= static_cast<quint16>(Type::Control);
}

} // namespace

quint32 crc32c(std::span<const char> data, quint32 crc)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data.data());
    crc = ~crc;
#if defined(__x86_64__)
    crc = kHasSse42 ? crcHardware(p, data.size(), crc) : crcSoftware(p, data.size(), crc);
#else
    crc = crcSoftware(p, data.size(), crc);
#endif
    return ~crc;
}

GrainDigest grainDigest(std::span<const char> grain)
{
    // Four quarters of whole 8-byte words, the last quarter with whatever remains.
    const std::size_t quarter = grain.size() / 4 / 8 * 8;
    GrainDigest d {};
#if defined(__x86_64__)
    if (kHasSse42 && quarter > 0) {
        const auto* p = reinterpret_cast<const unsigned char*>(grain.data());
        const unsigned char* const parts[4] = {p, p + quarter, p + 2 * quarter, p + 3 * quarter};
        quint32 crc[4] = {0, 0, 0, 0};
        crcHardware4(parts, quarter, crc);
        d = {crc[0], crc[1], crc[2], crc[3]};
        d[3] = crc32c(grain.subspan(4 * quarter), d[3]);
        return d;
    }
#endif
    for (std::size_t i = 0; i < 4; ++i) {
        const std::size_t from = i * quarter;
        d[i] = crc32c(grain.subspan(from, i < 3 ? quarter : grain.size() - from));
    }
    return d;
}

void appendGrainDigests(std::span<const char> data, qint64 grainSize, std::vector<GrainDigest>* out)
{
    const auto grain = static_cast<std::size_t>(grainSize);
    for (std::size_t at = 0; at < data.size(); at += grain) {
        out->push_back(grainDigest(data.subspan(at, std::min(grain, data.size() - at))));
    }
}

std::array<char, kHeaderSize> encodeHeader(Header header, std::span<const char> payload)
{
    header.payloadBytes = static_cast<quint32>(payload.size());
    header.payloadCrc = payload.empty() ? 0 : crc32c(payload);
    std::array<char, kHeaderSize> out {};
    put<quint32>(out.data(), kMagic);
    put<quint16>(out.data() + 4, kVersion);
    put<quint16>(out.data() + 6, static_cast<quint16>(header.type));
    put<quint64>(out.data() + 8, header.sequence);
    put<quint64>(out.data() + 16, header.volume);
    put<quint64>(out.data() + 24, header.offset);
    put<quint64>(out.data() + 32, header.length);
    put<quint32>(out.data() + 40, header.payloadBytes);
    put<quint32>(out.data() + 44, header.payloadCrc);
    put<quint32>(out.data() + 48, header.status);
    put<quint32>(out.data() + 52, crc32c(std::span<const char>(out.data(), 52)));
    return out;
}

QByteArray encodeFrame(const Header& header, std::span<const char> payload)
{
    const auto head = encodeHeader(header, payload);
    QByteArray frame;
    frame.reserve(kHeaderSize + static_cast<qsizetype>(payload.size()));
    frame.append(head.data(), kHeaderSize);
    frame.append(payload.data(), static_cast<qsizetype>(payload.size()));
    return frame;
}

std::optional<QString> decodeHeader(std::span<const char, kHeaderSize> bytes, Header* header)
{
    if (get<quint32>(bytes.data()) != kMagic) {
        return u"not a Copyline replication frame (wrong magic)"_s;
    }
    if (get<quint32>(bytes.data() + 52) != crc32c(std::span<const char>(bytes.data(), 52))) {
        return u"a frame header failed its checksum"_s;
    }
    if (const auto version = get<quint16>(bytes.data() + 4); version != kVersion) {
        return u"replication protocol version %1 is not supported (this engine speaks version %2)"_s.arg(version).arg(
            kVersion);
    }
    const auto type = get<quint16>(bytes.data() + 6);
    if (!knownType(type)) {
        return u"unknown frame type %1"_s.arg(type);
    }
    const auto payloadBytes = get<quint32>(bytes.data() + 40);
    if (payloadBytes > kMaxPayload) {
        return u"a frame announces %1 bytes of payload (at most %2)"_s.arg(payloadBytes).arg(kMaxPayload);
    }
    header->type = static_cast<Type>(type);
    header->sequence = get<quint64>(bytes.data() + 8);
    header->volume = get<quint64>(bytes.data() + 16);
    header->offset = get<quint64>(bytes.data() + 24);
    header->length = get<quint64>(bytes.data() + 32);
    header->payloadBytes = payloadBytes;
    header->payloadCrc = get<quint32>(bytes.data() + 44);
    header->status = get<quint32>(bytes.data() + 48);
    return std::nullopt;
}

bool payloadMatches(const Header& header, std::span<const char> payload)
{
    if (payload.size() != header.payloadBytes) {
        return false;
    }
    return payload.empty() ? header.payloadCrc == 0 : crc32c(payload) == header.payloadCrc;
}

QByteArray mac(const QByteArray& key, std::initializer_list<QByteArray> parts)
{
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, key);
    for (const QByteArray& part : parts) {
        code.addData(part);
    }
    return code.result();
}

bool sameMac(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    }
    return diff == 0;
}

std::optional<QList<std::pair<qint64, qint64>>> decodeExtents(std::span<const char> payload)
{
    if (payload.size() % 16 != 0) {
        return std::nullopt;
    }
    QList<std::pair<qint64, qint64>> out;
    out.reserve(static_cast<qsizetype>(payload.size() / 16));
    for (std::size_t at = 0; at < payload.size(); at += 16) {
        const auto offset = get<qint64>(payload.data() + at);
        const auto length = get<qint64>(payload.data() + at + 8);
        if (offset < 0 || length <= 0) {
            return std::nullopt;
        }
        out.append({offset, length});
    }
    return out;
}

QByteArray encodeExtents(const QList<std::pair<qint64, qint64>>& extents)
{
    QByteArray out(extents.size() * 16, Qt::Uninitialized);
    qsizetype at = 0;
    for (const auto& [offset, length] : extents) {
        put<qint64>(out.data() + at, offset);
        put<qint64>(out.data() + at + 8, length);
        at += 16;
    }
    return out;
}

namespace
{

// Reads exactly @p n bytes; 0 = closed before the first byte, -1 = error or closed inside.
int readExact(int fd, char* at, std::size_t n, bool* started)
{
    std::size_t got = 0;
    while (got < n) {
        const ssize_t r = ::recv(fd, at + got, n - got, 0);
        if (r > 0) {
            got += static_cast<std::size_t>(r);
            *started = true;
            continue;
        }
        if (r < 0 && errno == EINTR) {
            continue;
        }
        return got == 0 && !*started ? 0 : -1;
    }
    return 1;
}

} // namespace

ReadResult readFrame(int fd, Header* header, std::vector<char>* payload, QString* why)
{
    std::array<char, kHeaderSize> head {};
    bool started = false;
    const int r = readExact(fd, head.data(), head.size(), &started);
    if (r == 0) {
        return ReadResult::Closed;
    }
    if (r < 0) {
        *why = u"the connection broke inside a frame header"_s;
        return ReadResult::Bad;
    }
    if (const auto bad = decodeHeader(head, header)) {
        *why = *bad;
        return ReadResult::Bad;
    }
    payload->resize(header->payloadBytes);
    if (header->payloadBytes > 0 && readExact(fd, payload->data(), payload->size(), &started) != 1) {
        *why = u"the connection broke inside a frame's payload"_s;
        return ReadResult::Bad;
    }
    if (!payloadMatches(*header, *payload)) {
        *why = u"a frame's payload failed its checksum"_s;
        return ReadResult::Bad;
    }
    return ReadResult::Frame;
}

bool writeFrame(int fd, const Header& header, std::span<const char> payload, QString* why)
{
    auto head = encodeHeader(header, payload);
    iovec parts[2] = {{head.data(), head.size()}, {const_cast<char*>(payload.data()), payload.size()}};
    std::size_t left = head.size() + payload.size();
    int first = 0;
    while (left > 0) {
        msghdr message {};
        message.msg_iov = parts + first;
        message.msg_iovlen = static_cast<std::size_t>(2 - first);
        const ssize_t n = ::sendmsg(fd, &message, MSG_NOSIGNAL); // a closed peer is an error, not SIGPIPE
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            *why = u"the connection broke: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        auto sent = static_cast<std::size_t>(n);
        left -= sent;
        while (first < 2 && sent >= parts[first].iov_len) {
            sent -= parts[first].iov_len;
            ++first;
        }
        if (first < 2) {
            parts[first].iov_base = static_cast<char*>(parts[first].iov_base) + sent;
            parts[first].iov_len -= sent;
        }
    }
    return true;
}

} // namespace Copyline::Wire
