// SPDX-License-Identifier: GPL-3.0-or-later
// What several benchmarks in bench/ share.
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QThread>

namespace Copyline::Bench
{

/** Empties the page cache (root only): a cold read measures the disk. False when it cannot. */
inline bool dropCaches()
{
    QProcess::execute(QStringLiteral("sync"), {});
    QFile drop(QStringLiteral("/proc/sys/vm/drop_caches"));
    return drop.open(QIODevice::WriteOnly) && drop.write("3\n") == 2;
}

/**
 * Lets the engine's thread (the caller's) handle what is queued for it, then sleeps a millisecond: the wait loops
 * of the benchmarks. Neither processEvents() alone (it returns at once when nothing is queued) nor an event loop
 * quit by a 1 ms timer (the GLib dispatcher polls with a zero timeout until the timer is due) sleeps, and either
 * kept one of the machine's two cores busy in the benchmark itself: perf showed the waiting thread running 95 % of a
 * TCP synchronization, whose engine threads then waited for a core.
 */
inline void idleBriefly()
{
    QCoreApplication::processEvents();
    QThread::usleep(1000);
}

} // namespace Copyline::Bench
