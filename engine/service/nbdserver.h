// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/error.h"
#include "storage/configuration.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <thread>

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

    friend bool operator==(const NbdExport&, const NbdExport&) = default;
};

/** The exports a configuration gives: every LUN mapping, for every host that sees it, named "<host>/lun<N>". */
QList<NbdExport> nbdExports(const Configuration& config);

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
 */
class NbdServer final
{
public:
    /** Called (on a connection thread) when a host request is refused: export, operation, errno, reason. */
    using RefusalHandler = std::function<void(const NbdExport&, const QString&, int, const QString&)>;

    NbdServer(VolumeRegistry& volumes, RefusalHandler refused);
    ~NbdServer();
    NbdServer(const NbdServer&) = delete;
    NbdServer& operator=(const NbdServer&) = delete;

    /** Listens on @p address:@p port (0: any free port). */
    Error start(const QString& address, quint16 port);
    void stop();
    bool isRunning() const { return m_listenFd >= 0; }
    quint16 port() const { return m_port; }
    QString address() const { return m_address; }

    /** New set of exports; connections to exports that disappeared are closed. */
    void setExports(const QList<NbdExport>& exports);
    QList<NbdExport> exports() const;
    int connectionCount() const;

    static constexpr quint32 kMaxRequest = 32 * 1024 * 1024;

    struct Connection;

private:
    void acceptLoop();
    void serve(const std::shared_ptr<Connection>& connection);
    std::shared_ptr<VolumeIo> open(const QString& name, NbdExport* info) const;

    VolumeRegistry& m_volumes;
    RefusalHandler m_refused;
    int m_listenFd = -1;
    int m_wakeFd[2] = {-1, -1};
    quint16 m_port = 0;
    QString m_address;
    std::thread m_acceptThread;
    mutable std::mutex m_mutex;
    QHash<QString, NbdExport> m_exports;
    std::list<std::shared_ptr<Connection>> m_connections;
    std::atomic<bool> m_stopping {false};
};

} // namespace Copyline
