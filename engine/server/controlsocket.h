// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/error.h"

#include <QString>

#include <optional>

namespace Copyline::ControlSocket
{

/**
 * Where the engine of a workspace serves its command API. The socket always sits in a folder that only its owner
 * may enter, never directly in the shared temporary folder, where another local user could plant a socket of the
 * same name to capture commands or to keep the engine from starting. In order of preference:
 *  1. $XDG_RUNTIME_DIR/copyline/<hash>.sock, when XDG_RUNTIME_DIR is set, ours and mode 0700;
 *  2. <workspace>/run/engine.sock, when that path fits a socket address (108 bytes);
 *  3. <temp>/copyline-<uid>/<hash>.sock, a folder we create with mode 0700 and check before every use.
 */
struct Location
{
    QString folder; /**< the private folder */
    QString socket; /**< the socket's path, an absolute path QLocalServer and QLocalSocket accept as a name */
};

/** Computes the location for @p workspace from the environment; creates nothing. */
Location locate(const QString& workspace);

/** The folder of the workspace that holds the control socket in case 2 (a workspace may contain it). */
inline constexpr auto kWorkspaceFolder = "run";

/** Creates the folder of @p where (mode 0700) if needed, then checks it as checkBeforeConnect does. */
Error prepare(const Location& where);

/**
 * Checks, before connecting, that the folder and the socket (when they exist) belong to us and that nobody else
 * may use the folder. A missing folder or socket is no error here (there is just no engine to reach).
 */
Error checkBeforeConnect(const Location& where);

/** Checks that the server behind the connected socket @p descriptor runs as us. */
Error checkServer(const Location& where, qintptr descriptor);

/** "user 1001 (alice)" */
QString describeUser(uint uid);

} // namespace Copyline::ControlSocket
