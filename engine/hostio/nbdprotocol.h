// SPDX-License-Identifier: GPL-3.0-or-later
// The NBD protocol as NbdServer speaks it: fixed newstyle negotiation and simple replies
// (https://github.com/NetworkBlockDevice/nbd/blob/master/doc/proto.md): magic numbers, option, reply, flag and
// command codes, errors, and the big-endian encoding of replies. Only the NBD server's files include it.
#pragma once

#include <QByteArray>
#include <QtEndian>

#include <vector>

namespace Copyline::Nbd
{

inline constexpr quint64 kNbdMagic = 0x4e42444d41474943ULL;    // "NBDMAGIC"
inline constexpr quint64 kOptionMagic = 0x49484156454F5054ULL; // "IHAVEOPT"
inline constexpr quint64 kReplyMagic = 0x0003e889045565a9ULL;
inline constexpr quint32 kRequestMagic = 0x25609513;
inline constexpr quint32 kSimpleReplyMagic = 0x67446698;

inline constexpr quint16 kFlagFixedNewstyle = 1U << 0;
inline constexpr quint16 kFlagNoZeroes = 1U << 1;
inline constexpr quint32 kClientFlagsKnown = 3;

inline constexpr quint32 kOptExportName = 1;
inline constexpr quint32 kOptAbort = 2;
inline constexpr quint32 kOptList = 3;
inline constexpr quint32 kOptStartTls = 5;
inline constexpr quint32 kOptInfo = 6;
inline constexpr quint32 kOptGo = 7;

inline constexpr quint32 kRepAck = 1;
inline constexpr quint32 kRepServer = 2;
inline constexpr quint32 kRepInfo = 3;
inline constexpr quint32 kRepErrUnsup = (1U << 31) + 1;
inline constexpr quint32 kRepErrPolicy = (1U << 31) + 2;
inline constexpr quint32 kRepErrInvalid = (1U << 31) + 3;
inline constexpr quint32 kRepErrUnknown = (1U << 31) + 6;

inline constexpr quint16 kInfoExport = 0;
inline constexpr quint16 kInfoName = 1;
inline constexpr quint16 kInfoDescription = 2;
inline constexpr quint16 kInfoBlockSize = 3;

inline constexpr quint16 kTxHasFlags = 1U << 0;
inline constexpr quint16 kTxReadOnly = 1U << 1;
inline constexpr quint16 kTxSendFlush = 1U << 2;
inline constexpr quint16 kTxSendFua = 1U << 3;
inline constexpr quint16 kTxSendTrim = 1U << 5;
inline constexpr quint16 kTxSendWriteZeroes = 1U << 6;
inline constexpr quint16 kTxCanMultiConn = 1U << 8;

inline constexpr quint16 kCmdFlagFua = 1U << 0;
inline constexpr quint16 kCmdFlagNoHole = 1U << 1;

inline constexpr quint16 kCmdRead = 0;
inline constexpr quint16 kCmdWrite = 1;
inline constexpr quint16 kCmdDisc = 2;
inline constexpr quint16 kCmdFlush = 3;
inline constexpr quint16 kCmdTrim = 4;
inline constexpr quint16 kCmdWriteZeroes = 6;

inline constexpr quint32 kEperm = 1;
inline constexpr quint32 kEio = 5;
inline constexpr quint32 kEinval = 22;
inline constexpr quint32 kEnospc = 28;

inline constexpr quint32 kMaxOptionLength = 64 * 1024;
inline constexpr size_t kSimpleReplySize = 16;

template <typename T>
void put(std::vector<char>& out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.insert(out.end(), bytes, bytes + sizeof(T));
}

inline void putBytes(std::vector<char>& out, const QByteArray& bytes)
{
    out.insert(out.end(), bytes.cbegin(), bytes.cend());
}

} // namespace Copyline::Nbd
