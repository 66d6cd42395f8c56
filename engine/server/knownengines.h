// SPDX-License-Identifier: GPL-3.0-or-later
// The engines a user trusts over TLS, like ssh's known_hosts: one line "HOST:PORT FINGERPRINT" per engine in
// ~/.config/Copyline/known_engines (mode 0600). The first contact pins the certificate's SHA-256 fingerprint the user
// confirmed with --fingerprint; a later connection that presents another certificate is refused.
#pragma once

#include "api/error.h"

#include <QString>

namespace Copyline::KnownEngines
{

/** $XDG_CONFIG_HOME/Copyline/known_engines (~/.config/Copyline/known_engines). */
QString defaultPath();

/** The fingerprint pinned for @p endpoint ("host:port") in @p path; empty when none is. */
QString lookup(const QString& path, const QString& endpoint);

/** Pins @p fingerprint for @p endpoint in @p path (replacing nothing: a pinned endpoint is an error). */
Error remember(const QString& path, const QString& endpoint, const QString& fingerprint);

} // namespace Copyline::KnownEngines
