// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcplistener.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

Error TcpListener::open(
    const QString& address, quint16 port, int backlog, const QString& service, const QString& portName)
{
    close();
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return {ErrorCode::NotSupported, {service, errnoText()}};
    }
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in sa {};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    if (::inet_pton(AF_INET, address.toLatin1().constData(), &sa.sin_addr) != 1) {
        ::close(fd);
        return {ErrorCode::InvalidParameter, {u"address"_s, address, u"use an IPv4 address such as 127.0.0.1"_s}};
    }
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&sa), sizeof sa) != 0 || ::listen(fd, backlog) != 0) {
        const QString why = errnoText();
        ::close(fd);
        return {ErrorCode::Busy, {u"%1 %2:%3"_s.arg(portName, address).arg(port), why}};
    }
    socklen_t len = sizeof sa;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&sa), &len);
    if (::pipe2(m_wake, O_CLOEXEC) != 0) {
        const QString why = errnoText();
        ::close(fd);
        m_wake[0] = m_wake[1] = -1;
        return {ErrorCode::NotSupported, {service, why}};
    }
    m_fd = fd;
    m_port = ntohs(sa.sin_port);
    return {};
}

void TcpListener::wake() const
{
    if (m_wake[1] >= 0) {
        const char byte = 0;
        [[maybe_unused]] const auto n = ::write(m_wake[1], &byte, 1);
    }
}

void TcpListener::close()
{
    if (m_fd >= 0) {
        ::close(m_fd);
    }
    for (int& end : m_wake) {
        if (end >= 0) {
            ::close(end);
        }
        end = -1;
    }
    m_fd = -1;
}

} // namespace Copyline
