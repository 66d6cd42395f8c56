// SPDX-License-Identifier: GPL-3.0-or-later
// How the console attaches further engines (issue 17, "one console, many engines"): the console sees only this
// interface; the application gives it one that reaches engines over TLS (server/tlsattacher.h).
#pragma once

#include "api/connection.h"
#include "api/error.h"

#include <memory>

namespace Copyline
{

/** What the Attach Engine dialog asks for. */
struct EngineAddress
{
    QString endpoint; /**< "HOST:PORT" where the engine's copylined --listen serves management over TLS */
    QString user;
    QString password;
    /** The SHA-256 fingerprint the user agreed to trust on first contact; empty: a pinned one must match. */
    QString fingerprint;
};

/** Attaches to an engine, for MainWindow::attachEngine (Storage Subsystem ▸ Attach Engine…). */
class EngineAttacher
{
public:
    EngineAttacher() = default;
    virtual ~EngineAttacher() = default;
    EngineAttacher(const EngineAttacher&) = delete;
    EngineAttacher& operator=(const EngineAttacher&) = delete;
    EngineAttacher(EngineAttacher&&) = delete;
    EngineAttacher& operator=(EngineAttacher&&) = delete;

    /**
     * Connects to @p address, signs in and waits for the engine's first snapshot: blocking for at most a few
     * seconds (a network handshake, no volume I/O). Null with @p error set when it fails; for an engine met for the
     * first time the error is EngineIdentityUnknown and @p presented holds the fingerprint to show the user, who may
     * call again with it in EngineAddress::fingerprint. Nothing is sent to an engine that is not trusted.
     */
    virtual std::unique_ptr<EngineConnection> attach(const EngineAddress& address, Error* error, QString* presented)
        = 0;
};

} // namespace Copyline
