// SPDX-License-Identifier: GPL-3.0-or-later
// A listening IPv4 TCP socket and the pipe that wakes its accept thread: what the NBD server and the replication
// listener share. Each keeps its own accept loop (poll on wakeFd() and fd()) and its own connections.
#pragma once

#include "api/error.h"

#include <QString>

namespace Copyline
{

class TcpListener final
{
public:
    TcpListener() = default;
    ~TcpListener() { close(); }
    TcpListener(const TcpListener&) = delete;
    TcpListener& operator=(const TcpListener&) = delete;

    /**
     * Binds @p address:@p port (0: a free port, then port() says which) with SO_REUSEADDR, listens with
     * @p backlog, and opens the wake pipe. @p service names the server in errors ("The NBD server"), @p portName
     * the port ("NBD port"): an address that is not IPv4 is InvalidParameter, a port in use Busy.
     */
    Error open(const QString& address, quint16 port, int backlog, const QString& service, const QString& portName);
    /** Makes a poll on wakeFd() return: the accept thread should stop. */
    void wake() const;
    /** Closes the socket and the pipe (the accept thread must have stopped). */
    void close();

    bool isOpen() const { return m_fd >= 0; }
    int fd() const { return m_fd; }
    int wakeFd() const { return m_wake[0]; }
    quint16 port() const { return m_port; }

private:
    int m_fd = -1;
    int m_wake[2] = {-1, -1};
    quint16 m_port = 0;
};

} // namespace Copyline
