// SPDX-License-Identifier: GPL-3.0-or-later
// What several benchmarks in bench/ share.
#pragma once

#include <QFile>
#include <QProcess>

namespace Copyline::Bench
{

/** Empties the page cache (root only): a cold read measures the disk. False when it cannot. */
inline bool dropCaches()
{
    QProcess::execute(QStringLiteral("sync"), {});
    QFile drop(QStringLiteral("/proc/sys/vm/drop_caches"));
    return drop.open(QIODevice::WriteOnly) && drop.write("3\n") == 2;
}

} // namespace Copyline::Bench
