// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsattacher.h"

#include "server/protocol.h"
#include "server/remoteconnection.h"

#include <QCoreApplication>

namespace Copyline
{

TlsAttacher::TlsAttacher(QString knownEnginesPath, int timeoutMs)
    : m_knownEnginesPath(std::move(knownEnginesPath))
    , m_timeoutMs(timeoutMs)
{ }

std::unique_ptr<EngineConnection> TlsAttacher::attach(const EngineAddress& address, Error* error, QString* presented)
{
    RemoteEngine target;
    const QString endpoint = address.endpoint.trimmed();
    if (!Protocol::parseHostPort(endpoint, &target.host, &target.port)) {
        *error = Error(ErrorCode::InvalidParameter,
            {QCoreApplication::translate("Copyline::TlsAttacher", "the engine's address"), endpoint,
                QCoreApplication::translate(
                    "Copyline::TlsAttacher", "give the HOST:PORT its copylined --listen serves, e.g. 192.0.2.7:7443")});
        return nullptr;
    }
    if (address.user.trimmed().isEmpty()) {
        *error = Error(ErrorCode::InvalidParameter,
            {QCoreApplication::translate("Copyline::TlsAttacher", "the user"), address.user,
                QCoreApplication::translate(
                    "Copyline::TlsAttacher", "give a user the engine's owner added with copylinectl --add-user")});
        return nullptr;
    }
    target.user = address.user.trimmed();
    target.password = address.password;
    target.fingerprint = address.fingerprint;
    target.knownEnginesPath = m_knownEnginesPath;
    auto connection = std::make_unique<RemoteConnection>();
    *error = connection->connectToHost(target, m_timeoutMs);
    *presented = connection->peerFingerprint();
    if (error->isError()) {
        return nullptr;
    }
    return connection;
}

} // namespace Copyline
