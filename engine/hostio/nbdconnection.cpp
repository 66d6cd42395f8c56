// SPDX-License-Identifier: GPL-3.0-or-later
// One NBD client connection (nbdconnection.h): its socket, read through a buffer and under the handshake's deadline,
// the server's byte budget, and the handshake itself (NbdServer::serve): the greeting, then options until one opens an
// export. The transmission phase that follows is in nbdrequests.cpp.
#include "hostio/nbdconnection.h"
#include "hostio/nbdprotocol.h"
#include "storage/volumeio.h"

#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace Copyline
{

using namespace Nbd;

namespace Nbd
{

timeval toTimeval(std::chrono::milliseconds ms)
{
    const auto count = std::max<std::chrono::milliseconds::rep>(ms.count(), 1); // 0 would mean "never"
    return {static_cast<time_t>(count / 1000), static_cast<suseconds_t>((count % 1000) * 1000)};
}

} // namespace Nbd

bool NbdServer::Budget::tryAcquire(size_t n)
{
    std::lock_guard lock(m_mutex);
    return takeLocked(n);
}

bool NbdServer::Budget::acquire(size_t n, const std::function<bool()>& abandoned)
{
    std::unique_lock lock(m_mutex);
    while (!takeLocked(n)) {
        if (abandoned()) {
            return false;
        }
        m_released.wait_for(lock, 50ms);
    }
    return true;
}

void NbdServer::Budget::release(size_t n)
{
    if (n == 0) {
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        m_used -= n;
    }
    m_released.notify_all();
}

size_t NbdServer::Budget::used() const
{
    std::lock_guard lock(m_mutex);
    return m_used;
}

bool NbdServer::Budget::takeLocked(size_t n)
{
    if (n != 0 && m_used != 0 && m_used + n > m_limit) {
        return false;
    }
    m_used += n;
    return true;
}

void NbdServer::Connection::cutOff()
{
    cut = true;
    ::shutdown(fd, SHUT_RDWR);
}

bool NbdServer::Connection::waitReadable()
{
    if (!hasDeadline) {
        return true;
    }
    while (true) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0) {
            timedOut = true;
            return false;
        }
        pollfd p {fd, POLLIN, 0};
        const int n = ::poll(&p, 1, static_cast<int>(std::min<long long>(left, 1000)));
        if (n > 0) {
            return true;
        }
        if (n < 0 && errno != EINTR) {
            return false;
        }
    }
}

bool NbdServer::Connection::fill(size_t n)
{
    if (buffered() >= n) {
        return true;
    }
    if (inStart > 0) {
        std::memmove(in.data(), in.data() + inStart, buffered());
        inEnd -= inStart;
        inStart = 0;
    }
    while (inEnd < n) {
        if (!waitReadable()) {
            return false;
        }
        const ssize_t got = ::recv(fd, in.data() + inEnd, in.size() - inEnd, 0);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got <= 0) {
            return false;
        }
        inEnd += static_cast<size_t>(got);
    }
    return true;
}

bool NbdServer::Connection::read(char* dst, size_t n)
{
    const size_t fromBuffer = std::min(n, buffered());
    std::memcpy(dst, in.data() + inStart, fromBuffer);
    inStart += fromBuffer;
    dst += fromBuffer;
    n -= fromBuffer;
    while (n > 0) {
        if (!waitReadable()) {
            return false;
        }
        // Under a deadline a trickling client must not keep one receive waiting past it.
        const ssize_t got = ::recv(fd, dst, n, hasDeadline ? 0 : MSG_WAITALL);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got <= 0) {
            return false;
        }
        dst += got;
        n -= static_cast<size_t>(got);
    }
    return true;
}

bool NbdServer::Connection::flush()
{
    size_t sent = 0;
    while (sent < out.size()) {
        const ssize_t n = ::send(fd, out.data() + sent, out.size() - sent, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        sent += static_cast<size_t>(n);
    }
    out.clear();
    return true;
}

void NbdServer::Connection::optionReply(quint32 option, quint32 type, const QByteArray& data)
{
    put<quint64>(out, kReplyMagic);
    put<quint32>(out, option);
    put<quint32>(out, type);
    put<quint32>(out, static_cast<quint32>(data.size()));
    putBytes(out, data);
}

void NbdServer::Connection::simpleReply(quint64 handle, quint32 error)
{
    put<quint32>(out, kSimpleReplyMagic);
    put<quint32>(out, error);
    put<quint64>(out, handle);
}

void NbdServer::serve(const std::shared_ptr<Connection>& connection, Budget& budget)
{
    Connection& c = *connection;
    c.hasDeadline = true;
    c.deadline = c.acceptedAt + c.limits.handshakeTimeout;
    // Handshake: the server greets, the client answers with its flags, then options until one opens an export.
    put<quint64>(c.out, kNbdMagic);
    put<quint64>(c.out, kOptionMagic);
    put<quint16>(c.out, kFlagFixedNewstyle | kFlagNoZeroes);
    quint32 clientFlags = 0;
    if (!c.flush() || !c.get(&clientFlags) || (clientFlags & ~kClientFlagsKnown) != 0) {
        return;
    }
    const bool noZeroes = (clientFlags & kFlagNoZeroes) != 0;
    std::shared_ptr<VolumeIo> io;
    NbdExport info;
    auto transmissionFlags = [&]() {
        quint16 flags = kTxHasFlags | kTxSendFlush | kTxSendFua | kTxSendTrim | kTxSendWriteZeroes | kTxCanMultiConn;
        if (!io->hostAccess().write) {
            flags |= kTxReadOnly;
        }
        return flags;
    };
    while (!io) {
        quint64 magic = 0;
        quint32 option = 0;
        quint32 length = 0;
        if (!c.get(&magic) || magic != kOptionMagic || !c.get(&option) || !c.get(&length)
            || length > kMaxOptionLength) {
            return; // not speaking NBD, or absurd: hang up
        }
        QByteArray data(static_cast<qsizetype>(length), '\0');
        if (!c.read(data.data(), length)) {
            return;
        }
        switch (option) {
        case kOptExportName: {
            io = open(QString::fromUtf8(data), &info);
            if (!io) {
                return; // the old-style option has no error reply: the protocol says to disconnect
            }
            put<quint64>(c.out, static_cast<quint64>(io->size()));
            put<quint16>(c.out, transmissionFlags());
            if (!noZeroes) {
                c.out.insert(c.out.end(), 124, '\0');
            }
            break;
        }
        case kOptAbort:
            c.optionReply(option, kRepAck);
            c.flush();
            return;
        case kOptList: {
            if (length != 0) {
                c.optionReply(option, kRepErrInvalid, "NBD_OPT_LIST takes no data");
                break;
            }
            for (const NbdExport& e : exports()) {
                QByteArray entry;
                const QByteArray name = e.name.toUtf8();
                char size[4];
                qToBigEndian(static_cast<quint32>(name.size()), size);
                entry.append(size, 4).append(name).append(e.description.toUtf8());
                c.optionReply(option, kRepServer, entry);
            }
            c.optionReply(option, kRepAck);
            break;
        }
        case kOptInfo:
        case kOptGo: {
            // u32 name length, name, u16 number of information requests, u16 each.
            if (length < 6) {
                c.optionReply(option, kRepErrInvalid, "option too short");
                break;
            }
            const quint32 nameLength = qFromBigEndian<quint32>(data.constData());
            if (nameLength > length - 6) {
                c.optionReply(option, kRepErrInvalid, "name length beyond the option");
                break;
            }
            const QString name = QString::fromUtf8(data.constData() + 4, static_cast<qsizetype>(nameLength));
            const quint16 requests = qFromBigEndian<quint16>(data.constData() + 4 + nameLength);
            if (4 + nameLength + 2 + 2U * requests != length) {
                c.optionReply(option, kRepErrInvalid, "information request count does not match the length");
                break;
            }
            NbdExport candidate;
            auto candidateIo = open(name, &candidate);
            if (!candidateIo) {
                c.optionReply(option, kRepErrUnknown,
                    u"no export named \"%1\"; NBD_OPT_LIST shows the exports (<host>/lun<N>)"_s.arg(name).toUtf8());
                break;
            }
            std::swap(io, candidateIo);
            const quint16 flags = transmissionFlags();
            QByteArray exportInfo(12, '\0');
            qToBigEndian(kInfoExport, exportInfo.data());
            qToBigEndian(static_cast<quint64>(io->size()), exportInfo.data() + 2);
            qToBigEndian(flags, exportInfo.data() + 10);
            c.optionReply(option, kRepInfo, exportInfo);
            for (quint16 i = 0; i < requests; ++i) {
                const quint16 type = qFromBigEndian<quint16>(data.constData() + 4 + nameLength + 2 + 2 * i);
                QByteArray reply(2, '\0');
                qToBigEndian(type, reply.data());
                if (type == kInfoName) {
                    c.optionReply(option, kRepInfo, reply + candidate.name.toUtf8());
                } else if (type == kInfoDescription) {
                    c.optionReply(option, kRepInfo, reply + candidate.description.toUtf8());
                } else if (type == kInfoBlockSize) {
                    QByteArray sizes(12, '\0');
                    qToBigEndian<quint32>(1, sizes.data());
                    qToBigEndian<quint32>(4096, sizes.data() + 4);
                    qToBigEndian<quint32>(kMaxRequest, sizes.data() + 8);
                    c.optionReply(option, kRepInfo, reply + sizes);
                }
            }
            c.optionReply(option, kRepAck);
            if (option == kOptInfo) {
                io.reset(); // only information: go on negotiating
            } else {
                info = candidate;
            }
            break;
        }
        case kOptStartTls:
            c.optionReply(option, kRepErrPolicy, "TLS is not offered on this loopback server");
            break;
        default:
            c.optionReply(option, kRepErrUnsup, "option not supported");
            break;
        }
        if (!c.flush()) {
            return;
        }
    }
    {
        std::lock_guard lock(c.mutex);
        if (c.cut) {
            return; // made way for a newer connection just now
        }
        c.negotiating = false;
        c.exportName = info.name;
        c.logicalDriveId = info.logicalDriveId;
    }
    // Transmission: hosts may stay idle as long as they like, but must take their replies.
    c.hasDeadline = false;
    const timeval stall = toTimeval(c.limits.replyStallTimeout);
    ::setsockopt(c.fd, SOL_SOCKET, SO_SNDTIMEO, &stall, sizeof stall);
    Nbd::transmit(c, io, budget, [this, &info](const QString& operation, const IoStatus& st) {
        if (m_refused && (st.error == EPERM || st.error == EACCES || st.error == EIO || st.error == ENOSPC)) {
            m_refused(info, operation, st.error, st.reason);
        }
    });
}

} // namespace Copyline
