// SPDX-License-Identifier: GPL-3.0-or-later
// Files and folders only their owner may use: the workspace (catalog, volumes, premium feature keys, logs) and the
// folder of the control socket. Copyline sets the modes itself rather than trusting the user's umask.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Copyline::PrivateFiles
{

/** Creates @p path (and its parents) if needed and gives @p path itself mode 0700. */
bool makeFolder(const QString& path);
/** Gives an existing file mode 0600 (owner read and write only). */
bool restrictFile(const QString& path);
/**
 * Takes group and other permissions away from @p root and everything under it (folders 0700, files keep only
 * their owner bits). Symbolic links are not followed. Returns the paths it changed, relative to @p root.
 */
QStringList tighten(const QString& root);

/** Who is at the other end of a connected Unix socket (SO_PEERCRED): the owner-only sockets check it. */
struct PeerCredentials
{
    uint uid = 0;
    qint64 pid = 0; /**< 0 where the system does not say */
};
std::optional<PeerCredentials> peerCredentials(qintptr descriptor);

} // namespace Copyline::PrivateFiles
