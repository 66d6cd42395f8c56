// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsattacher.h"

#include "server/protocol.h"
#include "server/remoteconnection.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace Copyline
{

namespace
{

/** What is wrong with the address typed, before anything is sent; none when it can be tried. */
Error checkAddress(const EngineAddress& address, RemoteEngine* target)
{
    const QString endpoint = address.endpoint.trimmed();
    if (!Protocol::parseHostPort(endpoint, &target->host, &target->port)) {
        return Error(ErrorCode::InvalidParameter,
            {QCoreApplication::translate("Copyline::TlsAttacher", "the engine's address"), endpoint,
                QCoreApplication::translate(
                    "Copyline::TlsAttacher", "give the HOST:PORT its copylined --listen serves, e.g. 192.0.2.7:7443")});
    }
    if (address.user.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidParameter,
            {QCoreApplication::translate("Copyline::TlsAttacher", "the user"), address.user,
                QCoreApplication::translate(
                    "Copyline::TlsAttacher", "give a user the engine's owner added with copylinectl --add-user")});
    }
    target->user = address.user.trimmed();
    target->password = address.password;
    target->fingerprint = address.fingerprint;
    return {};
}

} // namespace

TlsAttacher::TlsAttacher(QString knownEnginesPath, int timeoutMs)
    : m_knownEnginesPath(std::move(knownEnginesPath))
    , m_timeoutMs(timeoutMs)
{ }

void TlsAttacher::attach(const EngineAddress& address, QObject* context, Done done)
{
    RemoteEngine target;
    if (const Error err = checkAddress(address, &target); err.isError()) {
        QMetaObject::invokeMethod(
            context, [err, done]() { done(nullptr, err, QString()); }, Qt::QueuedConnection);
        return;
    }
    target.knownEnginesPath = m_knownEnginesPath;
    // The attempt belongs to the context until it ends: deleting the context deletes it, which closes its socket.
    auto* connection = new RemoteConnection(context);
    QObject::connect(
        connection, &RemoteConnection::attachFinished, context,
        [connection, done](const Error& error) {
            connection->setParent(nullptr);
            std::unique_ptr<RemoteConnection> owned(connection);
            const QString presented = owned->peerFingerprint();
            if (error.isError()) {
                // Not deleted in its own signal: later, once the handlers on the stack have returned.
                owned.release()->deleteLater();
                done(nullptr, error, presented);
                return;
            }
            done(std::move(owned), error, presented);
        },
        Qt::QueuedConnection);
    connection->startConnectToHost(target, m_timeoutMs);
}

std::unique_ptr<EngineConnection> TlsAttacher::attachAndWait(
    const EngineAddress& address, Error* error, QString* presented)
{
    std::unique_ptr<EngineConnection> result;
    bool finished = false;
    QEventLoop loop;
    attach(address, &loop,
        [&](std::unique_ptr<EngineConnection> connection, const Error& err, const QString& fingerprint) {
            result = std::move(connection);
            *error = err;
            *presented = fingerprint;
            finished = true;
            loop.quit();
        });
    if (!finished) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return result;
}

} // namespace Copyline
