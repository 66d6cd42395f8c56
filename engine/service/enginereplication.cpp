// SPDX-License-Identifier: GPL-3.0-or-later
// The Engine, part 5: mirror links over TCP (issue 17) — the replication listener, its key, and the channels of
// the links whose transport is Tcp.
#include "engine.h"

#include "mirror/replicationchannel.h"
#include "util/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

constexpr qsizetype kKeyBytes = 32;

/** The workspace's replication key: read, or made (random, 0600) the first time. Empty when neither works. */
QByteArray replicationKey(const QString& workspace)
{
    const QString path = QDir(workspace).filePath(u"replication.key"_s);
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray key = file.readAll();
        if (key.size() == kKeyBytes) {
            return key;
        }
        qWarning("Copyline: %s is damaged (%lld bytes, not %lld): a new replication key is made; peers that "
                 "held the old one must get the new one",
            qUtf8Printable(path), static_cast<long long>(key.size()), static_cast<long long>(kKeyBytes));
        file.close();
    }
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(
        reinterpret_cast<quint32*>(key.data()), reinterpret_cast<quint32*>(key.data() + key.size()));
    QFile out(path);
    // Made private before a byte of the key is in it.
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || !PrivateFiles::restrictFile(path)
        || out.write(key) != key.size() || !out.flush()) {
        qWarning("Copyline: the replication key %s cannot be written: %s", qUtf8Printable(path),
            qUtf8Printable(out.errorString()));
        return {};
    }
    return key;
}

} // namespace

ReplicationServer* Engine::ensureReplicationServer(Error* why)
{
    if (m_workspace.isEmpty()) {
        return nullptr;
    }
    if (!m_replication) {
        const QByteArray key = replicationKey(m_workspace);
        if (key.isEmpty()) {
            if (why != nullptr) {
                *why = {ErrorCode::FileError,
                    {QDir(m_workspace).filePath(u"replication.key"_s), u"the replication key cannot be written"_s}};
            }
            return nullptr;
        }
        VolumeRegistry* volumes = &m_volumes;
        MirrorService* mirrors = m_mirrors.get();
        const Engine* self = this;
        auto resolve = [volumes, mirrors, self](quint64 volume, Wire::Type type, std::shared_ptr<VolumeIo>* io) {
            *io = volumes->find(static_cast<ObjectId>(volume));
            if (!*io) {
                return IoStatus::failure(ENOENT, u"logical drive %1 is not served by this engine"_s.arg(volume));
            }
            const bool changes = type == Wire::Type::Write || type == Wire::Type::Discard;
            if (!changes) {
                return IoStatus::success();
            }
            // Replication writes only a drive a primary's route leads to, and never the primary side of a mirror: a
            // peer that holds the key still cannot overwrite a source or an unrelated drive. (The route is set
            // before a synchronization starts; the host access rules follow later on the engine thread.)
            // A secondary whose primary is on another engine (enginesites.cpp) is written by that engine's mirror.
            if (self->acceptsRemoteWrites(static_cast<ObjectId>(volume))) {
                return IoStatus::success();
            }
            const auto endpoint = mirrors->endpoint(static_cast<ObjectId>(volume));
            if ((endpoint && endpoint->isPrimary()) || !mirrors->routesTo(static_cast<ObjectId>(volume))) {
                io->reset();
                return IoStatus::failure(EPERM,
                    u"logical drive %1 is not a mirror's secondary here: replication may not write it"_s.arg(volume));
            }
            return IoStatus::success();
        };
        const QPointer<Engine> guard(this);
        auto notice = [guard](const QString& summary, const QString& details) {
            Engine::post(guard, [summary, details](Engine& e) {
                for (const Subsystem& s : std::as_const(e.m_config.subsystems)) {
                    e.runInternal(s.id, [&](CommandContext& ctx) {
                        ctx.logEvent(EventCode::MirrorReplicationRefused, EventSeverity::Warning,
                            u"Remote mirror link"_s, summary, details);
                    });
                }
            });
        };
        auto server = std::make_unique<ReplicationServer>(key, resolve, notice);
        server->setControlHandler(controlHandler());
        const QString address = setting(u"replication.address"_s, u"127.0.0.1"_s);
        const auto port = static_cast<quint16>(setting(u"replication.port"_s, u"0"_s).toUInt());
        if (const Error err = server->start(address, port); err.isError()) {
            qWarning("Copyline: the replication listener did not start: %s", qUtf8Printable(err.message()));
            if (why != nullptr) {
                *why = err;
            }
            return nullptr;
        }
        m_replication = std::move(server);
        m_replicationKey = key;
    }
    return m_replication.get();
}

Error Engine::startReplicationListener(QString* address, quint16* port)
{
    std::lock_guard lock(m_replicationMutex);
    Error why {ErrorCode::EngineUnreachable, {m_workspace, u"no workspace is open"_s}};
    const ReplicationServer* server = ensureReplicationServer(&why);
    if (server == nullptr) {
        return why;
    }
    if (address != nullptr) {
        *address = server->address();
    }
    if (port != nullptr) {
        *port = server->port();
    }
    return {};
}

Error Engine::setReplicationListen(const QString& address, quint16 port)
{
    if (Error err = setSetting(u"replication.address"_s, address); err.isError()) {
        return err;
    }
    if (Error err = setSetting(u"replication.port"_s, QString::number(port)); err.isError()) {
        return err;
    }
    std::unique_ptr<ReplicationServer> old;
    {
        std::lock_guard lock(m_replicationMutex);
        if (m_replication && (m_replication->address() != address || m_replication->port() != port)) {
            old = std::move(m_replication); // links over TCP reconnect to the new one on their next transfer
        }
    }
    old.reset();
    return startReplicationListener();
}

std::shared_ptr<ReplicationChannel> Engine::replicationChannel()
{
    std::lock_guard lock(m_replicationMutex);
    if (!ensureReplicationServer()) {
        return nullptr;
    }
    return std::make_shared<ReplicationChannel>(m_replication->address(), m_replication->port(), m_replicationKey);
}

} // namespace Copyline
