// SPDX-License-Identifier: GPL-3.0-or-later
// How the console attaches further engines (issue 17, "one console, many engines"): the console sees only this
// interface; the application gives it one that reaches engines over TLS (server/tlsattacher.h).
#pragma once

#include "api/connection.h"
#include "api/error.h"

#include <functional>
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

    /** How an attach ended: the connection, or null with the error and (EngineIdentityUnknown) the fingerprint. */
    using Done = std::function<void(
        std::unique_ptr<EngineConnection> connection, const Error& error, const QString& presented)>;

    /**
     * Starts connecting to @p address, signing in and waiting for the engine's first snapshot, without blocking:
     * @p done runs later, on @p context's thread, unless @p context is deleted first, which abandons the attempt
     * (the Attach Engine window's Cancel). On failure the connection is null and the error set; for an engine met
     * for the first time the error is EngineIdentityUnknown and `presented` holds the fingerprint to show the user,
     * who may attach again with it in EngineAddress::fingerprint. Nothing is sent to an engine that is not trusted.
     */
    virtual void attach(const EngineAddress& address, QObject* context, Done done) = 0;
};

} // namespace Copyline
