// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace Copyline::Wire
{

/**
 * [SIM] The replication wire protocol of a mirror link over TCP (issue 17). Both directions carry frames: a
 * fixed 56-byte little-endian header, its own CRC32C, then a payload with its CRC32C, so a bit flipped on the way
 * is found before a byte reaches a drive. Requests carry a sequence number the reply echoes; one connection
 * applies its requests in the order they were sent (a mirror's write order), replies may be pipelined.
 *
 *   offset  size  field
 *        0     4  magic "CPLW"
 *        4     2  version (kVersion)
 *        6     2  type (Type)
 *        8     8  sequence
 *       16     8  volume (the logical drive id on the receiving side)
 *       24     8  offset
 *       32     8  length (bytes of a discard, a read, an extent query; a volume's size in a reply)
 *       40     4  payload bytes (at most kMaxPayload)
 *       44     4  payload CRC32C
 *       48     4  status (an errno value in a reply, 0 = success)
 *       52     4  header CRC32C of bytes 0..51
 *
 * A connection opens with a challenge: the server sends Hello with a 32-byte nonce; the client answers Auth with
 * its own nonce and HMAC-SHA256(key, "client" | server nonce | client nonce); the server answers AuthOk with
 * HMAC-SHA256(key, "server" | client nonce | server nonce), so each side proves it holds the link's key without
 * sending it. Anything else — wrong magic or version, a bad CRC, an oversized payload, a request before the
 * challenge — ends the connection; it never reaches a drive.
 */

constexpr quint32 kMagic = 0x574c5043; // "CPLW" read as a little-endian 32-bit word
// Version 2 added Digest (the online verification's per-grain checksums). A version-1 engine refuses every frame of
// a version-2 one at the challenge, so a mixed pair of engines fails to connect with a reason instead of cutting a
// working link the first time a verification runs. Version 3 added Control (engines per site: what an engine serves,
// and the records of mirrors whose other side is on another engine).
constexpr quint16 kVersion = 3;
constexpr qsizetype kHeaderSize = 56;
constexpr quint32 kMaxPayload = 16 * 1024 * 1024;
constexpr qsizetype kNonceSize = 32;
constexpr qsizetype kMacSize = 32;

enum class Type : quint16
{
    Hello = 1,    /**< server → client: payload = server nonce */
    Auth = 2,     /**< client → server: payload = client nonce | client MAC */
    AuthOk = 3,   /**< server → client: payload = server MAC */
    Write = 4,    /**< payload = the bytes at offset */
    Discard = 5,  /**< length bytes at offset read as zeros afterwards */
    Flush = 6,    /**< the volume's acknowledged writes reach stable storage */
    Read = 7,     /**< reply payload = length bytes at offset */
    Extents = 8,  /**< reply payload = (offset, length) pairs of 8 bytes each: where data may be */
    Size = 9,     /**< reply length = the volume's size */
    Ping = 10,    /**< reply: nothing; the Communication Test's probe */
    Reply = 11,   /**< the answer to the request with the same sequence */
    Goodbye = 12, /**< the sender closes the connection; payload = why (UTF-8) */
    /**
     * payload = the grain size (8 bytes); reply payload = the GrainDigest of each grain of the length bytes at
     * offset (16 bytes each, the last grain cut at the drive's end): the online verification's view of the
     * secondary, so that a grain's bytes need not cross the wire to be compared (DRBD's verify sends digests the
     * same way).
     */
    Digest = 13,
    /**
     * payload = a request between two engines as a UTF-8 JSON object ({"op": ...}); reply payload = the answer, a
     * JSON object too (engines per site: what an engine serves, the records of mirrors across engines). The
     * receiving engine decides what an op may do; the wire only carries it (at most kMaxControlBytes each way).
     */
    Control = 14
};

/** The largest Control request or answer. */
constexpr qsizetype kMaxControlBytes = qsizetype {4} * 1024 * 1024;

/** The most bytes one Digest request may cover (the server reads them at once). */
constexpr qint64 kMaxDigestBytes = qint64 {16} * 1024 * 1024;

/**
 * A grain's digest for the online verification: the CRC32C of each quarter of it (quarters of whole 8-byte words,
 * the last one with the rest). Four CRCs are computed side by side, about three times as fast as one over the
 * grain, and a difference confined to one quarter still escapes only if that quarter's CRC32C misses it (CRC32C
 * finds every burst of up to 32 bits and misses about one random change in 2^32); DRBD verifies with crc32c too.
 */
using GrainDigest = std::array<quint32, 4>;
GrainDigest grainDigest(std::span<const char> grain);

/** The digest of each @p grainSize piece of @p data (the last one may be shorter), appended to @p out. */
void appendGrainDigests(std::span<const char> data, qint64 grainSize, std::vector<GrainDigest>* out);

struct Header
{
    Type type = Type::Ping;
    quint64 sequence = 0;
    quint64 volume = 0;
    quint64 offset = 0;
    quint64 length = 0;
    quint32 payloadBytes = 0;
    quint32 payloadCrc = 0;
    quint32 status = 0;
};

/** CRC32C (Castagnoli), as iSCSI and ext4 use it; hardware-accelerated where the CPU has SSE 4.2. */
quint32 crc32c(std::span<const char> data, quint32 crc = 0);

/** The header's 56 bytes for @p header and @p payload (its size and CRC are filled in here). */
std::array<char, kHeaderSize> encodeHeader(Header header, std::span<const char> payload);

/** A whole frame: header then payload. */
QByteArray encodeFrame(const Header& header, std::span<const char> payload = {});

/** Why a header was refused, or nothing when it is good. Checks magic, version, type, CRC, payload size. */
std::optional<QString> decodeHeader(std::span<const char, kHeaderSize> bytes, Header* header);

/** Whether @p payload matches the header's size and CRC. */
bool payloadMatches(const Header& header, std::span<const char> payload);

/** HMAC-SHA256 over the concatenation of @p parts. */
QByteArray mac(const QByteArray& key, std::initializer_list<QByteArray> parts);

/** Whether two MACs are equal, in time independent of where they differ. */
bool sameMac(const QByteArray& a, const QByteArray& b);

/** The extents list of an Extents reply; nothing when the payload is not a whole number of pairs. */
std::optional<QList<std::pair<qint64, qint64>>> decodeExtents(std::span<const char> payload);
QByteArray encodeExtents(const QList<std::pair<qint64, qint64>>& extents);

/** How reading a frame from a socket ended. */
enum class ReadResult
{
    Frame,  /**< a whole, checked frame */
    Closed, /**< the peer closed the connection (or it was cut) between frames */
    Bad,    /**< a malformed frame, or the connection broke inside one: @p why says which */
};

/**
 * Reads one frame from the blocking socket @p fd: the header, checked, then its payload into @p payload (reused
 * between frames, so a stream of writes does not allocate), checked against the header's CRC.
 */
ReadResult readFrame(int fd, Header* header, std::vector<char>* payload, QString* why);

/** Writes one frame (header and payload in one writev); false with @p why when the connection broke. */
bool writeFrame(int fd, const Header& header, std::span<const char> payload, QString* why);

} // namespace Copyline::Wire
