// SPDX-License-Identifier: GPL-3.0-or-later
#include "localconnection.h"

#include "families/families.h"
#include "hostio/nbdserver.h"
#include "server/engineclient.h"
#include "server/managementserver.h"
#include "server/protocol.h"
#include "service/engine.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

LocalConnection::LocalConnection(std::shared_ptr<Clock> clock, QObject* parent)
    : EngineConnection(parent)
{
    m_thread.setObjectName(u"copyline-engine"_s);
    m_engine = new Engine(Families::all(), std::move(clock));
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(
        m_engine, &Engine::snapshotChanged, this, [this](const SnapshotPtr& s) { setSnapshot(s); },
        Qt::QueuedConnection);
    m_thread.start();
}

LocalConnection::~LocalConnection()
{
    close();
}

Error LocalConnection::openOnEngineThread(const QString& workspace)
{
    Error err = m_engine->openWorkspace(workspace);
    if (err.isError()) {
        return err;
    }
    m_server = new ManagementServer(*m_engine, m_engine);
    if (const Error listening = m_server->listen(); listening.isError()) {
        // The console works without its socket; only copylinectl cannot reach it then.
        qWarning("Copyline: cannot serve the command API on the local socket: %s", qUtf8Printable(listening.message()));
    }
    // Management over TLS when the owner turned it on for this workspace (copylinectl --listen), as copylined does.
    const QString listen = m_engine->setting(u"management.listen"_s);
    QString host;
    quint16 port = 0;
    if (!listen.isEmpty() && listen != u"off"_s && Protocol::parseHostPort(listen, &host, &port)) {
        if (const Error tls = m_server->listenTls(host, port); tls.isError()) {
            qWarning("Copyline: cannot serve management over TLS: %s", qUtf8Printable(tls.message()));
        }
    }
    return {};
}

void LocalConnection::open(const QString& workspace, std::function<void(const Error&)> done)
{
    QPointer<LocalConnection> self(this);
    QMetaObject::invokeMethod(m_engine, [this, self, workspace, done = std::move(done)]() {
        const Error err = openOnEngineThread(workspace);
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, err]() {
                if (self) {
                    done(err);
                }
            },
            Qt::QueuedConnection);
    });
}

Error LocalConnection::openBlocking(const QString& workspace)
{
    Error err;
    QMetaObject::invokeMethod(
        m_engine, [this, &err, workspace]() { err = openOnEngineThread(workspace); }, Qt::BlockingQueuedConnection);
    if (!err.isError()) {
        setSnapshot(m_engine->snapshot());
    }
    return err;
}

void LocalConnection::close()
{
    if (!m_thread.isRunning()) {
        return;
    }
    QMetaObject::invokeMethod(
        m_engine,
        [this]() {
            if (m_server) {
                m_server->sayGoodbye(u"the console is closing"_s);
                delete m_server;
                m_server = nullptr;
            }
            m_engine->closeWorkspace();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_engine = nullptr;
}

int LocalConnection::hostConnectionCount() const
{
    return m_engine ? m_engine->nbd().connectionCount() : 0;
}

Error LocalConnection::handOverToDaemon(const QString& daemonPath)
{
    const SnapshotPtr last = snapshot();
    const QString workspace = last->workspacePath;
    close();
    EngineClient client;
    if (Error err = client.connectOrStart(workspace, daemonPath); err.isError()) {
        return err;
    }
    // Workloads live only in the process that runs them: start each again with its settings.
    for (const WorkloadRuntime& w : last->workloads) {
        const QJsonObject args {{u"hostId"_s, w.hostId}, {u"readPercent"_s, w.readPercent},
            {u"blockSize"_s, QString::number(w.blockSize)}, {u"rate"_s, QString::number(w.bytesPerSecond)},
            {u"pattern"_s, w.sequential ? u"sequential"_s : u"random"_s}};
        if (const CommandResult r = client.call({u"startHostWorkload"_s, args}); !r.ok()) {
            return r.error;
        }
        if (w.paused) {
            if (const CommandResult r = client.call({u"pauseHostWorkload"_s, {{u"hostId"_s, w.hostId}}}); !r.ok()) {
                return r.error;
            }
        }
    }
    return {};
}

void LocalConnection::submit(const CommandRequest& request, QObject* context, Callback callback)
{
    if (!m_engine) {
        deliver(context, std::move(callback),
            CommandResult::failure({ErrorCode::EngineUnreachable, {QString(), u"the engine has stopped"_s}}));
        return;
    }
    // Replies may come from I/O threads; deliver() queues them to this thread. close() drains the engine's I/O
    // pool before this object can go away, so capturing `this` is safe.
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(m_engine, [this, request, guard, callback = std::move(callback)]() mutable {
        m_engine->submit(
            request, [this, guard, callback](const CommandResult& result) { deliver(guard, callback, result); });
    });
}

QString LocalConnection::description() const
{
    return tr("engine in this process (pid %1)").arg(QCoreApplication::applicationPid());
}

} // namespace Copyline
