// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/error.h"
#include "storage/configuration.h"
#include "util/tcplistener.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <thread>

#include <sys/types.h>

namespace Copyline
{

class VolumeRegistry;
class VolumeIo;

/** One NBD export: a LUN mapping as one host sees it. */
struct NbdExport
{
    QString name;        /**< "east-db01/lun2" */
    QString description; /**< "Accounting (20.000 GB) on Storage Subsystem Primary Site" */
    ObjectId subsystemId = 0;
    ObjectId logicalDriveId = 0;
    QString logicalDrive;
    /**
     * What the export serves when it is not the drive's own I/O front: the drive as a host's file system sees it (a
     * NEC server's volume through its write-back buffer). The owner keeps one object per export while it lasts.
     */
    std::shared_ptr<VolumeIo> front;

    friend bool operator==(const NbdExport&, const NbdExport&) = default;
};

/** The exports a configuration gives: every LUN mapping, for every host that sees it, named "<host>/lun<N>". */
QList<NbdExport> nbdExports(const Configuration& config);

/**
 * What one NBD server lets its clients hold. The defaults bound the engine whatever the clients do; tests lower them
 * to run fast. A change applies to connections accepted after it (start() takes it for all).
 */
struct NbdLimits
{
    static constexpr int kDefaultMaxConnections = 64;
    static constexpr std::chrono::milliseconds kDefaultHandshakeTimeout {10000};
    static constexpr std::chrono::milliseconds kDefaultHandshakeGrace {250};
    static constexpr std::chrono::milliseconds kDefaultReplyStallTimeout {30000};
    static constexpr size_t kDefaultBytesPerClient = size_t(64) * 1024 * 1024;
    static constexpr size_t kDefaultBytesTotal = size_t(512) * 1024 * 1024;

    /** Connections at once (both listeners); beyond, one still negotiating makes way or the new one is refused. */
    int maxConnections = kDefaultMaxConnections;
    /** From accept to the end of option haggling (NBD_OPT_GO / EXPORT_NAME), however slowly the bytes trickle. */
    std::chrono::milliseconds handshakeTimeout = kDefaultHandshakeTimeout;
    /** At the connection cap, a connection negotiating for longer than this makes way for a new one. */
    std::chrono::milliseconds handshakeGrace = kDefaultHandshakeGrace;
    /** A client that takes no byte of its replies for this long is cut off (its replies hold engine memory). */
    std::chrono::milliseconds replyStallTimeout = kDefaultReplyStallTimeout;
    /** Bytes a client's requests may hold (read data not yet sent, write payloads not yet served); then its requests
     * wait in its socket. A single request is always admitted alone. */
    size_t bytesPerClient = kDefaultBytesPerClient;
    /** The same over all clients together. */
    size_t bytesTotal = kDefaultBytesTotal;
};

/** Why the server turned a client away (for the event log). */
enum class NbdNotice
{
    ConnectionLimit,  /**< the connection cap was reached: a new connection was refused */
    HandshakeEvicted, /**< the connection cap was reached: a connection still negotiating made way */
    HandshakeTimeout, /**< a client did not finish the handshake in time */
    ReplyStalled,     /**< a client did not read its replies in time */
    WrongUser,        /**< a process of another user connected to the owner-only socket */
};

/**
 * Serves mapped logical drives to real NBD clients (nbdinfo, nbdcopy, qemu-img, qemu-io, fio): the fixed newstyle
 * handshake with NBD_OPT_EXPORT_NAME, LIST, INFO, GO and ABORT, and the commands READ, WRITE (with FUA), FLUSH,
 * TRIM, WRITE_ZEROES and DISC, with simple replies. Every request goes through the drive's I/O front, so the
 * copy-services rules apply as they do to any host: a refused request answers EPERM or EIO, and the engine logs why.
 *
 * One thread accepts; each connection has its own thread that reads pipelined requests in bulk and writes into the
 * page cache itself, while reads, zeroings, trims and forced-unit-access writes go to a few workers of the
 * connection, so that requests a host queues wait on the disk side by side. Answers leave in the order requests
 * finish (the handle pairs them), in batches; a flush waits for the requests before it. Malformed input ends the
 * connection, never the server; every length is checked before anything is allocated. Exports follow the configuration:
 * a removed mapping cuts its connections.
 *
 * Two listeners serve the same exports: TCP on the configured address (127.0.0.1 by default: every local user can
 * reach it), and an owner-only unix socket (nbd+unix:///<export>?socket=<path>) in a folder of mode 0700, the socket
 * itself 0600, whose peers' uid is checked with SO_PEERCRED. NbdLimits bounds connections, handshakes and the bytes
 * clients hold in the engine.
 */
class NbdServer final
{
public:
    /** Called (on a connection thread) when a host request is refused: export, operation, errno, reason. */
    using RefusalHandler = std::function<void(const NbdExport&, const QString&, int, const QString&)>;
    /**
     * Called (on a server thread) when a client is turned away or cut off: why, details for the log, and who when
     * known (the uid of a WrongUser peer), so that a log can coalesce repeats per kind and peer.
     */
    using NoticeHandler = std::function<void(NbdNotice, const QString&, const QString&)>;

    NbdServer(VolumeRegistry& volumes, RefusalHandler refused, NoticeHandler notice = {});
    ~NbdServer();
    NbdServer(const NbdServer&) = delete;
    NbdServer& operator=(const NbdServer&) = delete;

    /**
     * Listens on @p address:@p port (0: any free port), and on the unix socket @p socketPath unless it is empty: its
     * folder is created (or made) mode 0700 and must belong to this user; a stale socket there is replaced.
     */
    Error start(const QString& address, quint16 port, const QString& socketPath = {});
    void stop();
    bool isRunning() const { return m_listener.isOpen(); }
    quint16 port() const { return m_listener.port(); }
    QString address() const { return m_address; }
    /** The owner-only unix socket's path; empty when there is none. */
    QString socketPath() const { return m_socketPath; }

    void setLimits(const NbdLimits& limits);
    NbdLimits limits() const;
    /** The user whose processes may use the unix socket (this process's effective uid unless a test says otherwise). */
    void setSocketOwner(uid_t uid) { m_socketOwner = uid; }
    /** Bytes clients' requests hold now, over all connections. */
    size_t bytesInFlight() const;

    /** "nbd+unix:///east-db01/lun2?socket=/path/nbd.sock" */
    static QString unixUri(const QString& socketPath, const QString& exportName);
    /** "nbd://127.0.0.1:10809/east-db01/lun2"; the wildcard address is reached on the loopback. */
    static QString tcpUri(const QString& address, quint16 port, const QString& exportName);
    /** What a listen address that is not loopback means for the LUNs (event log, command results, the CLI). */
    static QString exposureWarning(const QString& address);
    /** Whether @p address (IPv4) reaches only this machine. */
    static bool isLoopback(const QString& address);

    /** New set of exports; connections to exports that disappeared are closed. */
    void setExports(const QList<NbdExport>& exports);
    QList<NbdExport> exports() const;
    int connectionCount() const;

    static constexpr quint32 kMaxRequest = 32 * 1024 * 1024;

    struct Connection;
    class Budget;

private:
    void acceptLoop();
    /** A connection just accepted: checked (peer uid on the unix socket, the cap), then served on its own thread. */
    void welcome(int fd, bool unixSocket);
    void notice(NbdNotice kind, const QString& details, const QString& peer = {}) const;
    void serve(const std::shared_ptr<Connection>& connection, Budget& budget);
    std::shared_ptr<VolumeIo> open(const QString& name, NbdExport* info) const;

    VolumeRegistry& m_volumes;
    RefusalHandler m_refused;
    NoticeHandler m_notice;
    TcpListener m_listener;
    int m_unixFd = -1;
    QString m_address;
    QString m_socketPath;
    std::atomic<uid_t> m_socketOwner;
    NbdLimits m_limits; // guarded by m_mutex
    std::shared_ptr<Budget> m_budget;
    std::thread m_acceptThread;
    mutable std::mutex m_mutex;
    QHash<QString, NbdExport> m_exports;
    std::list<std::shared_ptr<Connection>> m_connections;
    std::atomic<bool> m_stopping {false};
};

} // namespace Copyline
