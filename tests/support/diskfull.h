// SPDX-License-Identifier: GPL-3.0-or-later
// A small file system that a test fills to its last block (tst_diskfull, tst_sites): a tmpfs mounted for the test,
// which needs root (CI runs as root); tests skip without it.
#pragma once

#include <QString>

namespace Copyline::Test
{

/** Mounts a tmpfs of @p megabytes at @p folder; false (and the reason in @p why) when this process may not. */
bool mountSmallDisk(const QString& folder, int megabytes, QString* why);
void unmountSmallDisk(const QString& folder);
/** Fills the file system of @p folder to its last block with one file; returns the file's path, or empty. */
QString fillDisk(const QString& folder);

} // namespace Copyline::Test
