// SPDX-License-Identifier: GPL-3.0-or-later
// The Engine, part 3: the host I/O (NBD) server's settings, socket and the events of what it refused or noticed.
#include "engine.h"

#include "util/privatefiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

Error Engine::restartNbd()
{
    m_nbd->stop();
    if (setting(u"nbd.enabled"_s, u"true"_s) != u"true"_s) {
        return {};
    }
    const QString address = setting(u"nbd.address"_s, u"127.0.0.1"_s);
    const auto port = static_cast<quint16>(setting(u"nbd.port"_s, u"10809"_s).toUInt());
    Error err = m_nbd->start(address, port, nbdSocketPath());
    if (err.isError()) {
        // Perhaps only the socket cannot be made here (a file system without sockets): TCP alone rather than nothing.
        const Error socketError = err;
        err = m_nbd->start(address, port);
        if (!err.isError()) {
            qWarning("Copyline: host I/O (NBD) server without its owner-only socket: %s",
                qUtf8Printable(socketError.message()));
        }
    }
    if (err.isError()) {
        qWarning("Copyline: host I/O (NBD) server not started: %s", qUtf8Printable(err.message()));
    }
    m_nbd->setExports(m_exports);
    return err;
}

QString Engine::nbdSocketPath() const
{
    const QString inWorkspace = QDir(m_workspace).absoluteFilePath(u"nbd/nbd.sock"_s);
    if (QFile::encodeName(inWorkspace).size() < 100) { // sockaddr_un holds 107 bytes
        return inWorkspace;
    }
    QString base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (base.isEmpty()) {
        base = QDir::tempPath(); // the folder below is checked to be ours and made 0700 before use
    }
    const QByteArray hash
        = QCryptographicHash::hash(QFileInfo(m_workspace).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256)
              .toHex();
    return QDir(base).filePath(u"copyline-nbd-%1/nbd.sock"_s.arg(QString::fromLatin1(hash.left(24))));
}

void Engine::warnIfNbdExposed()
{
    if (!m_nbd->isRunning() || NbdServer::isLoopback(m_nbd->address())) {
        return;
    }
    const QString warning = NbdServer::exposureWarning(m_nbd->address());
    qWarning("Copyline: %s", qUtf8Printable(warning));
    if (!m_config.subsystems.isEmpty()) {
        const ObjectId first = m_config.subsystems.firstKey();
        runInternal(first, [&](CommandContext& ctx) {
            ctx.logEvent(EventCode::HostIoServerExposed, EventSeverity::Warning, u"Host I/O server"_s,
                u"Host I/O server reachable from the network"_s, warning);
        });
    }
}

void Engine::onNbdNotice(NbdNotice kind, const QString& details, const QString& peer)
{
    // One event and log line per kind (and peer) a minute: a flood of connections must not flood the log.
    const QString key = u"nbd-notice|%1|%2"_s.arg(static_cast<int>(kind)).arg(peer);
    const qint64 now = m_clock->monotonicMs();
    if (const auto it = m_lastRefusalEvent.constFind(key); it != m_lastRefusalEvent.cend() && now - *it < 60000) {
        return;
    }
    m_lastRefusalEvent.insert(key, now);
    qWarning("Copyline: %s", qUtf8Printable(details));
    if (m_config.subsystems.isEmpty()) {
        return;
    }
    const ObjectId first = m_config.subsystems.firstKey();
    runInternal(first, [&](CommandContext& ctx) {
        ctx.logEvent(EventCode::HostIoConnectionRefused, EventSeverity::Warning, u"Host I/O server"_s,
            kind == NbdNotice::WrongUser ? u"Host I/O connection refused: wrong user"_s
                                         : u"Host I/O connection refused"_s,
            details);
    });
}

void Engine::onHostIoRefused(const NbdExport& where, const QString& operation, int error, const QString& reason)
{
    logRefusal(where.subsystemId, where.name + u'|' + reason, u"Logical Drive %1"_s.arg(where.logicalDrive),
        u"NBD export %1: %2 refused with %3 because %4."_s.arg(where.name, operation,
            error == EPERM        ? u"EPERM"_s
                : error == ENOSPC ? u"ENOSPC"_s
                                  : u"EIO"_s,
            reason));
}

void Engine::logRefusal(ObjectId subsystemId, const QString& key, const QString& component, const QString& details)
{
    // One event per source and reason a minute: a host retrying in a loop must not flood the log.
    const qint64 now = m_clock->monotonicMs();
    if (const auto it = m_lastRefusalEvent.constFind(key); it != m_lastRefusalEvent.cend() && now - *it < 60000) {
        return;
    }
    m_lastRefusalEvent.insert(key, now);
    runInternal(subsystemId, [&](CommandContext& ctx) {
        ctx.logEvent(EventCode::HostIoRefused, EventSeverity::Warning, component, u"Host I/O refused"_s, details);
    });
}

} // namespace Copyline
