// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/attach.h"

namespace Copyline
{

/**
 * The console's EngineAttacher: a RemoteConnection over TLS, its certificate trusted as copylinectl --host trusts
 * it (known_engines, server/engineclient.h trustPeer), reconnecting by itself when the engine goes away.
 */
class TlsAttacher final : public EngineAttacher
{
public:
    /** @p knownEnginesPath: where pinned fingerprints are kept (KnownEngines::defaultPath() in the console). */
    explicit TlsAttacher(QString knownEnginesPath, int timeoutMs = 8000);

    void attach(const EngineAddress& address, QObject* context, Done done) override;
    /**
     * attach() and a local event loop until it ends, for `copyline --host` at start-up (before the window shows):
     * null with @p error (and @p presented) set when it failed.
     */
    std::unique_ptr<EngineConnection> attachAndWait(const EngineAddress& address, Error* error, QString* presented);

private:
    QString m_knownEnginesPath;
    int m_timeoutMs;
};

} // namespace Copyline
