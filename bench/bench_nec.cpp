// SPDX-License-Identifier: GPL-3.0-or-later
// NEC DynamicDataReplication benchmark (issue 14): Replicate of a 1 % difference on a 4 GiB pair (copy range
// Difference, the seed's default) against a Replicate with copy range full of the same pair: the difference copy
// should take about 1 % of the bytes and a small share of the time. Then RemoteDataReplication (issue 17): the first
// Replicate of the same MV to an RV on a second disk array over an unshaped link, side by side with `cp` of the MV's
// file and the DynamicDataReplication first Replicate. Usage: bench_nec [--quick] [--dir D]
#include "benchsupport.h"
#include "families/families.h"
#include "service/engine.h"
#include "util/bytesize.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

const QString kArray = u"S2100/9001"_s;

CommandResult run(Engine& engine, const QString& name, const QJsonObject& args)
{
    CommandResult r = engine.execute({name, args});
    if (!r.ok()) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(name), qPrintable(r.error.message()));
        std::exit(1);
    }
    return r;
}

QJsonObject pairArgs(const QString& rv = u"bench_rv"_s)
{
    return {{u"mv"_s, u"bench_mv"_s}, {u"rv"_s, rv}};
}

QJsonObject query(Engine& engine, const QString& rv = u"bench_rv"_s)
{
    QCoreApplication::processEvents();
    return run(engine, u"necQueryPair"_s, pairArgs(rv)).data;
}

void waitFor(Engine& engine, const QString& state, const QString& rv = u"bench_rv"_s)
{
    while (query(engine, rv).value(u"syncState"_s).toString() != state) {
        QThread::msleep(2);
    }
}

double seconds(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

/** Replicate with @p range until rpl/sync, then Separate: the seconds and the bytes the Replicate copied. */
std::pair<double, qint64> replicate(Engine& engine, const QString& range, const QString& rv = u"bench_rv"_s)
{
    const qint64 before = query(engine, rv).value(u"bytesCopied"_s).toInteger();
    QJsonObject args = pairArgs(rv);
    args.insert(u"cprange"_s, range);
    QElapsedTimer t;
    t.start();
    run(engine, u"necReplicate"_s, args);
    waitFor(engine, u"rpl/sync"_s, rv);
    const double s = seconds(t);
    const qint64 bytes = query(engine, rv).value(u"bytesCopied"_s).toInteger() - before;
    run(engine, u"necSeparate"_s, pairArgs(rv));
    waitFor(engine, u"separated"_s, rv);
    return {s, bytes};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Bench::checkArguments(
        QCoreApplication::arguments(), "Usage: bench_nec [--quick] [--dir DIR]", {u"--quick"_s}, {u"--dir"_s});
    const QStringList args = QCoreApplication::arguments();
    const bool quick = args.contains(u"--quick"_s);
    QString root = QDir::tempPath();
    if (const auto i = args.indexOf(u"--dir"_s); i >= 0 && i + 1 < args.size()) {
        root = args.at(i + 1);
    }
    const qint64 size = quick ? 64 * MiB : 4 * GiB;
    QTemporaryDir dir(root + u"/nec-XXXXXX"_s);
    Engine engine(Families::all());
    if (Error err = engine.openWorkspace(dir.filePath(u"ws"_s)); err.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(err.message()));
        return 1;
    }
    std::printf("Copyline NEC DynamicDataReplication benchmark%s: %s pair\n", quick ? " (quick)" : "",
        qPrintable(formatBytes(size)));
    run(engine, u"necCreateDiskArray"_s, {{u"id"_s, kArray}, {u"physical"_s, u"1 TB"_s}});
    run(engine, u"necCreateRank"_s, {{u"subsystem"_s, kArray}, {u"rank"_s, 0}});
    run(engine, u"necCreateRank"_s, {{u"subsystem"_s, kArray}, {u"rank"_s, 1}});
    run(engine, u"necCreateLd"_s,
        {{u"subsystem"_s, kArray}, {u"rank"_s, 0}, {u"name"_s, u"bench_mv"_s}, {u"capacity"_s, size}});
    run(engine, u"necCreateLd"_s,
        {{u"subsystem"_s, kArray}, {u"rank"_s, 1}, {u"name"_s, u"bench_rv"_s}, {u"capacity"_s, size}});
    run(engine, u"necSetPair"_s, pairArgs());
    // The MV written in full, then the first Replicate copies it all.
    run(engine, u"writeLogicalDrive"_s,
        {{u"subsystem"_s, kArray}, {u"targets"_s, QJsonArray {u"bench_mv"_s}}, {u"length"_s, size}, {u"seed"_s, 1}});
    const auto first = replicate(engine, u"diff"_s);
    std::printf("first Replicate (everything):   %8.3f s  %s\n", first.first, qPrintable(formatBytes(first.second)));
    // 1 % of the grains change while separated, scattered.
    constexpr qint64 kGrain = 64 * 1024;
    const qint64 grains = size / kGrain;
    QRandomGenerator random(14);
    for (qint64 n = 0; n < grains / 100; ++n) {
        run(engine, u"writeLogicalDrive"_s,
            {{u"subsystem"_s, kArray}, {u"targets"_s, QJsonArray {u"bench_mv"_s}},
                {u"offset"_s, static_cast<qint64>(random.bounded(static_cast<quint32>(grains))) * kGrain},
                {u"length"_s, kGrain}, {u"seed"_s, static_cast<int>(n + 2)}});
    }
    const auto diff = replicate(engine, u"diff"_s);
    const auto full = replicate(engine, u"full"_s);
    std::printf("Replicate, 1 %% difference:     %8.3f s  %s\n", diff.first, qPrintable(formatBytes(diff.second)));
    std::printf("Replicate, copy range full:     %8.3f s  %s\n", full.first, qPrintable(formatBytes(full.second)));
    std::printf("difference / full: time %.3f, bytes %.4f\n", diff.first / full.first,
        static_cast<double>(diff.second) / static_cast<double>(full.second));

    // RemoteDataReplication: the same MV to an RV on a second disk array, over a link without shaping (no round trip,
    // no bandwidth limit), so that the figure is the data path's; against cp of the MV's file (+ sync).
    const QString remote = u"S2100/9002"_s;
    run(engine, u"necCreateDiskArray"_s, {{u"id"_s, remote}, {u"physical"_s, u"1 TB"_s}, {u"rdrLicense"_s, u"1 TB"_s}});
    run(engine, u"necCreateRank"_s, {{u"subsystem"_s, remote}, {u"rank"_s, 0}});
    run(engine, u"necCreateLd"_s,
        {{u"subsystem"_s, remote}, {u"rank"_s, 0}, {u"name"_s, u"bench_rrv"_s}, {u"capacity"_s, size}});
    run(engine, u"necSetDiskArray"_s, {{u"subsystem"_s, kArray}, {u"rdrLicense"_s, u"1 TB"_s}});
    run(engine, u"necConnectDiskArrays"_s,
        {{u"subsystem"_s, kArray}, {u"remote"_s, remote}, {u"bandwidth"_s, 0}, {u"roundTrip"_s, 0}});
    run(engine, u"necSetPair"_s, pairArgs(u"bench_rrv"_s));
    // What the earlier copies left dirty in the page cache is written back first, so that neither of the two timed
    // copies below pays for it.
    QProcess::execute(u"sync"_s, {});
    const auto remoteFirst = replicate(engine, u"diff"_s, u"bench_rrv"_s);
    const Configuration config = engine.configuration();
    const LogicalDrive* mv = config.logicalDriveByName(config.subsystemByName(kArray)->id, u"bench_mv"_s);
    const QString source = engine.volumePath(mv->fileName);
    const QString copy = dir.filePath(u"cp-target.img"_s);
    QProcess::execute(u"sync"_s, {});
    QElapsedTimer t;
    t.start();
    const bool copied = QProcess::execute(u"cp"_s, {u"--sparse=never"_s, source, copy}) == 0
        && QProcess::execute(u"sync"_s, {copy}) == 0;
    const double cpSeconds = seconds(t);
    QFile::remove(copy);
    std::printf("RemoteDataReplication first Replicate: %8.3f s  %s (%.0f MB/s)\n", remoteFirst.first,
        qPrintable(formatBytes(remoteFirst.second)), static_cast<double>(remoteFirst.second) / remoteFirst.first / 1e6);
    std::printf("cp --sparse=never + sync of the MV: %8.3f s%s\n", cpSeconds, copied ? "" : " (cp failed)");
    std::printf("RDR / DDR first Replicate: time %.3f; cp / RDR: %.3f\n", remoteFirst.first / first.first,
        cpSeconds / remoteFirst.first);

    // Semi Sync Mode against Sync Mode (Table 3-2): 4 KiB host writes to the MV over a link with a 5 ms round trip.
    // A Sync Mode write waits for the RV (goal: the round trip + 10 %); a Semi Sync write completes once on the MV
    // while the buffer has room (goal: near the unmirrored drive's latency).
    run(engine, u"necSetLink"_s, {{u"subsystem"_s, kArray}, {u"remote"_s, remote}, {u"roundTrip"_s, 5}});
    const auto mvIo = engine.volumes().find(mv->id);
    const auto plainIo = engine.volumes().find(
        config.logicalDriveByName(config.subsystemByName(kArray)->id, u"bench_rv"_s)->id); // separated: unmirrored
    const int writes = quick ? 100 : 400;
    const auto latencies = [&](const std::shared_ptr<VolumeIo>& io) { return Bench::writeLatenciesUs(*io, writes); };
    const std::vector<double> plainUs = latencies(plainIo);
    std::printf("4 KiB write, unmirrored LD:               median %8.1f us, p99 %8.1f us\n",
        Bench::percentile(plainUs, 0.5), Bench::percentile(plainUs, 0.99));
    for (const QString& mode : {u"sync"_s, u"semi"_s}) {
        QJsonObject replicateArgs = pairArgs(u"bench_rrv"_s);
        replicateArgs.insert(u"cpmode"_s, mode);
        run(engine, u"necReplicate"_s, replicateArgs); // the pair is separated: replicate() ends so
        waitFor(engine, u"rpl/sync"_s, u"bench_rrv"_s);
        const std::vector<double> us = latencies(mvIo);
        std::printf("4 KiB write, RDR %-5s, round trip 5 ms:   median %8.1f us, p99 %8.1f us (median / round trip "
                    "%.2f)\n",
            qPrintable(mode), Bench::percentile(us, 0.5), Bench::percentile(us, 0.99),
            Bench::percentile(us, 0.5) / 5000.0);
        run(engine, u"necSeparate"_s, pairArgs(u"bench_rrv"_s));
        waitFor(engine, u"separated"_s, u"bench_rrv"_s);
    }
    return diff.second < full.second && remoteFirst.second == size ? 0 : 1;
}
