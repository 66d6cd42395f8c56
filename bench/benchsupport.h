// SPDX-License-Identifier: GPL-3.0-or-later
// What several benchmarks in bench/ share.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <vector>

namespace Copyline::Bench
{

/** The @p p quantile (0..1, nearest rank) of @p v: 0.5 the median, 0.99 the p99. 0 when empty. */
inline double percentile(std::vector<double> v, double p)
{
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5))];
}

/**
 * The latency in microseconds of each of @p writes 4 KiB writes to @p io (a storage VolumeIo: write(offset, span)),
 * one after another over its first 16 MiB. Exits the benchmark when a write fails.
 */
template <typename Io>
std::vector<double> writeLatenciesUs(Io& io, int writes)
{
    static const QByteArray block(4096, 'w');
    std::vector<double> us;
    us.reserve(static_cast<std::size_t>(writes));
    for (int i = 0; i < writes; ++i) {
        QElapsedTimer w;
        w.start();
        if (!io.write(static_cast<qint64>(i % 4096) * 4096, std::span<const char>(block.constData(), 4096)).ok()) {
            std::fprintf(stderr, "write failed\n");
            std::exit(1);
        }
        us.push_back(static_cast<double>(w.nsecsElapsed()) / 1e3);
    }
    return us;
}

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

/**
 * Checks a benchmark's command line before it runs for minutes: --help (or -h) prints @p usage; an unknown option,
 * a @p paths or @p numbers option without its value, or a number that is not a positive number is refused with
 * what is wrong and the usage (exit status 2). @p flags take no value.
 */
inline void checkArguments(const QStringList& args,
    const char* usage,
    const QStringList& flags,
    const QStringList& paths,
    const QStringList& numbers = {})
{
    const auto refuse = [usage](const QString& what) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(what), usage);
        std::exit(2);
    };
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            std::printf("%s\n", usage);
            std::exit(0);
        }
        if (flags.contains(a)) {
            continue;
        }
        if (!paths.contains(a) && !numbers.contains(a)) {
            refuse(QStringLiteral("unknown option %1").arg(a));
        }
        if (i + 1 >= args.size()) {
            refuse(QStringLiteral("%1 needs a value").arg(a));
        }
        ++i;
        bool ok = false;
        if (numbers.contains(a) && !(args.at(i).toDouble(&ok) > 0 && ok)) {
            refuse(QStringLiteral("%1 takes a positive number, not \"%2\"").arg(a, args.at(i)));
        }
    }
}

/** The command line of a benchmark over one pair of volumes: --quick, --size MiB, --dir DIR. */
struct PairArguments
{
    bool quick = false;
    QString root;    /**< where the benchmark makes its folder (--dir; the temporary folder by default) */
    qint64 size = 0; /**< bytes of each volume (--size MiB; @p quickSize with --quick, else @p fullSize) */
};

/** Checks (checkArguments) and reads the command line of such a benchmark. */
inline PairArguments pairArguments(const char* usage, qint64 fullSize, qint64 quickSize)
{
    const QStringList args = QCoreApplication::arguments();
    checkArguments(args, usage, {QStringLiteral("--quick")}, {QStringLiteral("--dir")}, {QStringLiteral("--size")});
    PairArguments a;
    a.quick = args.contains(QStringLiteral("--quick"));
    a.root = QDir::tempPath();
    if (const auto i = args.indexOf(QStringLiteral("--dir")); i >= 0 && i + 1 < args.size()) {
        a.root = args.at(i + 1);
    }
    a.size = a.quick ? quickSize : fullSize;
    if (const auto i = args.indexOf(QStringLiteral("--size")); i >= 0 && i + 1 < args.size()) {
        a.size = args.at(i + 1).toLongLong() * 1024 * 1024;
    }
    return a;
}

} // namespace Copyline::Bench
