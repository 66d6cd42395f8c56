// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/error.h"
#include "mirror/wireprotocol.h"
#include "storage/iostatus.h"
#include "util/tcplistener.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <span>
#include <thread>
#include <vector>

namespace Copyline
{

class VolumeIo;

/**
 * The receiving end of mirror links over TCP (issue 17): applies the replication frames a primary's engine sends
 * (wireprotocol.h) to this engine's logical drives, in the order each connection sent them, and answers each one
 * after its bytes reached the drive (the page cache: a killed engine keeps them; a Flush frame makes them
 * durable). Only a peer that proves it holds the link key gets past the challenge; every request then names a
 * drive the resolver must allow (a mirror's secondary for writes), so a peer cannot write just any drive.
 *
 * One thread accepts, each connection has its own thread. No lock is held while a drive is written.
 */
class ReplicationServer final
{
public:
    /**
     * Finds the drive a request names and says whether @p type may be done to it: IoStatus::success() with
     * @p io set, or the refusal (ENOENT, EPERM) that goes back to the peer.
     */
    using Resolver = std::function<IoStatus(quint64 volume, Wire::Type type, std::shared_ptr<VolumeIo>* io)>;
    /** Called on a server thread for what an administrator should hear of (refused peers, broken streams). */
    using NoticeHandler = std::function<void(const QString& summary, const QString& details)>;

    /**
     * Answers a Control request (wireprotocol.h) from a peer that passed the challenge, on the connection's thread:
     * @p request and @p answer are JSON objects, @p from the peer's address. A refusal's reason goes back to the peer.
     */
    using ControlHandler = std::function<IoStatus(const QByteArray& request, const QString& from, QByteArray* answer)>;

    ReplicationServer(QByteArray key, Resolver resolver, NoticeHandler notice = {});
    ~ReplicationServer();
    ReplicationServer(const ReplicationServer&) = delete;
    ReplicationServer& operator=(const ReplicationServer&) = delete;

    /** Listens on @p address:@p port (0: any free port). */
    Error start(const QString& address, quint16 port);
    /** Stops accepting and cuts every connection (their peers see the link go down). */
    void stop();
    bool isRunning() const { return m_listener.isOpen(); }
    quint16 port() const { return m_listener.port(); }
    QString address() const { return m_address; }
    int connectionCount() const;
    /** Frames applied since the start (writes, discards, flushes). */
    quint64 framesApplied() const { return m_applied.load(); }

    /** Takes Control requests from now on (none: they are refused with EOPNOTSUPP). */
    void setControlHandler(ControlHandler handler);

    /** Serves one connected socket on the calling thread until it closes; the socket is closed after (tests). */
    void serveSocket(int fd);

private:
    struct Connection
    {
        int fd = -1;
        std::thread thread;
        std::atomic<bool> done {false};
    };

    void acceptLoop();
    bool handshake(int fd, QString* why);
    void serve(int fd);
    void reapFinished();
    IoStatus control(int fd, std::span<const char> request, std::vector<char>* answer);
    void notice(const QString& summary, const QString& details) const;

    const QByteArray m_key;
    Resolver m_resolver;
    NoticeHandler m_notice;
    TcpListener m_listener;
    QString m_address;
    std::thread m_acceptThread;
    std::atomic<bool> m_stopping {false};
    mutable std::mutex m_mutex; // m_connections, m_control
    ControlHandler m_control;
    std::list<std::shared_ptr<Connection>> m_connections;
    std::atomic<quint64> m_applied {0};
};

} // namespace Copyline
