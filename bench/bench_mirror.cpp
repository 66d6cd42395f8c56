// SPDX-License-Identifier: GPL-3.0-or-later
// Remote mirror benchmark, peers side by side in one run.
//  0. The yardstick (issue 19): a local VolumeCopy of the same bytes on the primary's subsystem — a dense drive of
//     the pair's size, and a dense drive of the delta's size — until Completed (target flushed). Each mirror
//     synchronization below prints its ratio to it ("x VolumeCopy": VolumeCopy time / synchronization time; the
//     goal is >= 0.8 at an unlimited link).
//  1. Full initial synchronization of a fully written 4 GiB pair (create remoteMirror at Highest priority until
//     Synchronized, the secondary flushed) against `rsync --inplace --whole-file` of the same volume file to a new
//     file (plus `sync` of it).
//  2. Delta resynchronization after 1% of the primary was rewritten while suspended (Resume until Synchronized)
//     against `rsync --ignore-times --inplace --no-whole-file` (rsync's delta algorithm; --ignore-times so it
//     compares the files instead of trusting size and time) of the rewritten file onto the old copy.
//     The bytes each side moved are reported: Copyline ships exactly the recorded grains.
//  3. Synchronous (Metro Mirroring) 4 KiB write latency against the configured link round trip (0, 1 and 5 ms),
//     next to the latency of the same writes to an unmirrored drive.
//  Sections 1, 2 and 4 run over both link transports (issue 17): in process, and over the TCP replication wire on
//  the loopback (checksummed frames through the kernel's TCP stack); the rsync delta is compared with the TCP one.
// The link has unlimited bandwidth, so the disks and the engine set the pace.
// Usage: bench_mirror [--quick] [--size MiB] [--dir D]
#include "families/families.h"
#include "mirror/mirrorservice.h"
#include "service/engine.h"
#include "util/bytesize.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

const QString kPrimary = u"Primary Site"_s;
const QString kSecondary = u"Secondary Site"_s;

CommandResult run(Engine& engine, const QString& name, QJsonObject args, const QString& subsystem = kPrimary)
{
    args.insert(u"subsystem"_s, subsystem);
    CommandResult r = engine.execute({name, args});
    if (!r.ok()) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(name), qPrintable(r.error.message()));
        std::exit(1);
    }
    return r;
}

MirrorStatus statusOf(Engine& engine, ObjectId id)
{
    const Mirror* m = engine.configuration().mirrorOf(id);
    return m ? m->status : MirrorStatus::Unresponsive;
}

double waitSynchronized(Engine& engine, ObjectId id, const QElapsedTimer& t)
{
    while (statusOf(engine, id) != MirrorStatus::Synchronized) {
        Bench::idleBriefly();
        if (statusOf(engine, id) == MirrorStatus::Unsynchronized) {
            std::fprintf(stderr, "the mirror fell out of synchronization\n");
            std::exit(1);
        }
    }
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

struct Rsync
{
    double seconds = -1;
    qint64 bytesRead = -1; // what rsync read or transferred, from --stats
};

Rsync rsync(const QStringList& options, const QString& from, const QString& to)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(u"rsync"_s, options + QStringList {u"--stats"_s, from, to});
    if (!p.waitForFinished(-1) || p.exitCode() != 0 || QProcess::execute(u"sync"_s, {to}) != 0) {
        std::fprintf(stderr, "rsync failed: %s\n", p.readAllStandardError().constData());
        return {};
    }
    Rsync r;
    r.seconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QRegularExpressionMatch m = QRegularExpression(u"Literal data: ([0-9,]+) bytes"_s).match(out);
    if (m.hasMatch()) {
        r.bytesRead = m.captured(1).remove(u',').toLongLong();
    }
    return r;
}

/** A VolumeCopy of @p source onto @p target at Highest priority until Completed (target flushed); seconds. */
double volumeCopy(Engine& engine, const QString& source, const QString& target)
{
    QProcess::execute(u"sync"_s, {});
    QElapsedTimer t;
    t.start();
    const CommandResult r = run(engine, u"createVolumeCopy"_s,
        {{u"source"_s, source}, {u"target"_s, target}, {u"copyPriority"_s, u"highest"_s}});
    const ObjectId id = r.data.value(u"id"_s).toInteger();
    while (engine.configuration().volumeCopies.value(id).status != VolumeCopyStatus::Completed) {
        Bench::idleBriefly();
        if (engine.configuration().volumeCopies.value(id).status == VolumeCopyStatus::Failed) {
            std::fprintf(stderr, "the VolumeCopy failed\n");
            std::exit(1);
        }
    }
    const double seconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
    run(engine, u"removeVolumeCopy"_s, {{u"target"_s, QJsonArray {target}}});
    return seconds;
}

/** Creates the BenchP/BenchS pair at Highest priority and waits until it is Synchronized; seconds. */
double fullSync(Engine& engine, ObjectId primary)
{
    QProcess::execute(u"sync"_s, {});
    QElapsedTimer t;
    t.start();
    run(engine, u"createRemoteMirror"_s,
        {{u"primary"_s, u"BenchP"_s}, {u"secondary"_s, u"BenchS"_s}, {u"remoteStorageSubsystemName"_s, kSecondary},
            {u"syncPriority"_s, u"highest"_s}});
    return waitSynchronized(engine, primary, t);
}

struct Delta
{
    double seconds = 0;
    qint64 recorded = 0;
    qint64 shipped = 0;
};

/**
 * Suspends the pair, rewrites @p pieces pieces of @p piece bytes every @p stride bytes (seeds from @p seed), runs
 * @p meanwhile (a peer on the same change), resumes and waits until Synchronized.
 */
Delta deltaResync(Engine& engine,
    ObjectId primary,
    qint64 pieces,
    qint64 stride,
    qint64 piece,
    qint64 seed,
    const std::function<void()>& meanwhile)
{
    run(engine, u"suspendRemoteMirror"_s, {{u"primaries"_s, QJsonArray {u"BenchP"_s}}});
    for (qint64 i = 0; i < pieces; ++i) {
        run(engine, u"writeLogicalDrive"_s,
            {{u"targets"_s, QJsonArray {u"BenchP"_s}}, {u"offset"_s, i * stride}, {u"length"_s, piece},
                {u"seed"_s, seed + i}});
    }
    const auto endpoint = engine.mirrors().endpoint(primary);
    Delta d;
    d.recorded = endpoint->outOfSyncBytes();
    if (meanwhile) {
        meanwhile();
    }
    QProcess::execute(u"sync"_s, {});
    const quint64 before = endpoint->bytesShipped();
    QElapsedTimer t;
    t.start();
    run(engine, u"resumeRemoteMirror"_s, {{u"primaries"_s, QJsonArray {u"BenchP"_s}}});
    d.seconds = waitSynchronized(engine, primary, t);
    d.shipped = static_cast<qint64>(endpoint->bytesShipped() - before);
    return d;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const Bench::PairArguments arguments
        = Bench::pairArguments("Usage: bench_mirror [--quick] [--size MiB] [--dir DIR]", 4 * GiB, 64 * MiB);
    const bool quick = arguments.quick;
    const QString root = arguments.root;
    const qint64 size = arguments.size;
    // 1% of the primary in grain-aligned 256 KiB pieces (at least one): exactly what a delta resync records.
    const qint64 piece = 256 * KiB;
    const qint64 pieces = std::max<qint64>(1, size / 100 / piece);
    const qint64 stride = size / pieces / (64 * KiB) * (64 * KiB);
    const qint64 deltaBytes = pieces * piece;
    const bool haveRsync = !QStandardPaths::findExecutable(u"rsync"_s).isEmpty();
    QTemporaryDir dir(root + u"/mirror-XXXXXX"_s);
    Engine engine(Families::all());
    if (Error err = engine.openWorkspace(dir.filePath(u"ws"_s)); err.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(err.message()));
        return 1;
    }
    for (const auto& [site, key] : {std::pair {kPrimary, u"primary"_s}, std::pair {kSecondary, u"secondary"_s}}) {
        run(engine, u"enableFeature"_s, {{u"file"_s, dir.filePath(u"ws/keys/%1-remoteMirror.key"_s.arg(key))}}, site);
        run(engine, u"activateRemoteMirror"_s, {}, site);
    }
    run(engine, u"setRemoteMirrorLink"_s,
        {{u"remoteStorageSubsystemName"_s, kSecondary}, {u"bandwidth"_s, 0}, {u"roundTrip"_s, 0}});
    run(engine, u"setStorageSubsystem"_s, {{u"copyBandwidth"_s, 0}});
    run(engine, u"createLogicalDrive"_s, {{u"array"_s, 1}, {u"userLabel"_s, u"BenchP"_s}, {u"capacity"_s, size}});
    run(engine, u"createLogicalDrive"_s, {{u"array"_s, 1}, {u"userLabel"_s, u"BenchS"_s}, {u"capacity"_s, size}},
        kSecondary);
    // The VolumeCopy yardstick's drives: a copy of BenchP itself, and a dense drive of the delta's size.
    run(engine, u"createLogicalDrive"_s, {{u"array"_s, 2}, {u"userLabel"_s, u"BenchV"_s}, {u"capacity"_s, size}});
    run(engine, u"createLogicalDrive"_s, {{u"array"_s, 2}, {u"userLabel"_s, u"BenchD"_s}, {u"capacity"_s, deltaBytes}});
    run(engine, u"createLogicalDrive"_s,
        {{u"array"_s, 2}, {u"userLabel"_s, u"BenchDV"_s}, {u"capacity"_s, deltaBytes}});
    run(engine, u"writeLogicalDrive"_s,
        {{u"targets"_s, QJsonArray {u"BenchP"_s}}, {u"offset"_s, 0}, {u"length"_s, size}, {u"seed"_s, 1}});
    run(engine, u"writeLogicalDrive"_s,
        {{u"targets"_s, QJsonArray {u"BenchD"_s}}, {u"offset"_s, 0}, {u"length"_s, deltaBytes}, {u"seed"_s, 2}});
    const Configuration& config = engine.configuration();
    const LogicalDrive p = *config.logicalDriveByName(config.subsystemByName(kPrimary)->id, u"BenchP"_s);
    const QString primaryFile = engine.volumePath(p.fileName);
    const QString copyFile = dir.filePath(u"rsync-copy.img"_s);

    std::printf("Copyline remote mirror benchmark%s: %s pair, unlimited link bandwidth (ratio > 1: Copyline is "
                "faster; x VolumeCopy: the local VolumeCopy's time of the same bytes / the synchronization's)\n",
        quick ? " (quick)" : "", qPrintable(formatBytes(size)));
    const double mb = static_cast<double>(size) / static_cast<double>(MiB);
    const double deltaMb = static_cast<double>(deltaBytes) / static_cast<double>(MiB);

    // 0. The local VolumeCopy of the same bytes (dense), target flushed: what the synchronizations aim at.
    const double copyFull = volumeCopy(engine, u"BenchP"_s, u"BenchV"_s);
    const double copyDelta = volumeCopy(engine, u"BenchD"_s, u"BenchDV"_s);
    std::printf("   local VolumeCopy, dense     Copyline %8.3f s (%6.0f MB/s) of %s | %8.3f s (%6.0f MB/s) of %s\n",
        copyFull, mb / copyFull, qPrintable(formatBytes(size)), copyDelta, deltaMb / copyDelta,
        qPrintable(formatBytes(deltaBytes)));

    // 1. Full synchronization.
    QProcess::execute(u"sync"_s, {});
    const Rsync fullPeer = haveRsync ? rsync({u"--inplace"_s, u"--whole-file"_s}, primaryFile, copyFile) : Rsync {};
    const double full = fullSync(engine, p.id);
    const auto endpoint = engine.mirrors().endpoint(p.id);
    std::printf("   full synchronization        Copyline %8.3f s (%6.0f MB/s, %s shipped) | %5.2f x VolumeCopy | rsync "
                "--inplace --whole-file %8.3f s (ratio %5.2f)\n",
        full, mb / full, qPrintable(formatBytes(static_cast<qint64>(endpoint->bytesShipped()))), copyFull / full,
        fullPeer.seconds, fullPeer.seconds > 0 ? fullPeer.seconds / full : 0.0);

    // 2. 1% rewritten while suspended, then the delta, in process.
    Delta deltaIn = deltaResync(engine, p.id, pieces, stride, piece, 1000, {});
    std::printf("   delta resync (1%%)           Copyline %8.3f s (%s recorded, %s shipped, %6.0f MB/s) | %5.2f x "
                "VolumeCopy\n",
        deltaIn.seconds, qPrintable(formatBytes(deltaIn.recorded)), qPrintable(formatBytes(deltaIn.shipped)),
        static_cast<double>(deltaIn.shipped) / static_cast<double>(MiB) / deltaIn.seconds, copyDelta / deltaIn.seconds);

    // 1b. The same full synchronization over TCP: a new pair (removing and re-creating it starts from nothing), onto
    //     a new secondary drive, as the in-process one and the VolumeCopy write theirs (filling a new file costs more
    //     than overwriting one).
    run(engine, u"removeRemoteMirror"_s, {{u"localLogicalDrive"_s, u"BenchP"_s}});
    run(engine, u"deleteLogicalDrive"_s, {{u"targets"_s, QJsonArray {u"BenchS"_s}}}, kSecondary);
    run(engine, u"createLogicalDrive"_s, {{u"array"_s, 1}, {u"userLabel"_s, u"BenchS"_s}, {u"capacity"_s, size}},
        kSecondary);
    run(engine, u"setRemoteMirrorLink"_s, {{u"remoteStorageSubsystemName"_s, kSecondary}, {u"transport"_s, u"tcp"_s}});
    const double fullTcp = fullSync(engine, p.id);
    const auto tcpEndpoint = engine.mirrors().endpoint(p.id);
    std::printf("   full synchronization, TCP   Copyline %8.3f s (%6.0f MB/s, %s shipped) | %5.2f x VolumeCopy | in "
                "process %8.3f s (ratio %5.2f) | rsync %8.3f s (ratio %5.2f)\n",
        fullTcp, mb / fullTcp, qPrintable(formatBytes(static_cast<qint64>(tcpEndpoint->bytesShipped()))),
        copyFull / fullTcp, full, full / fullTcp, fullPeer.seconds,
        fullPeer.seconds > 0 ? fullPeer.seconds / fullTcp : 0.0);

    // 2b. The delta over TCP, against rsync's delta algorithm on the same change.
    Rsync deltaPeer;
    const Delta deltaTcp = deltaResync(engine, p.id, pieces, stride, piece, 2000, [&] {
        QProcess::execute(u"sync"_s, {});
        deltaPeer = haveRsync
            ? rsync({u"--ignore-times"_s, u"--inplace"_s, u"--no-whole-file"_s}, primaryFile, copyFile)
            : Rsync {};
    });
    std::printf("   delta resync (1%%), TCP      Copyline %8.3f s (%s recorded, %s shipped, %6.0f MB/s) | %5.2f x "
                "VolumeCopy | rsync --inplace --no-whole-file %8.3f s (%s literal data; ratio %5.2f)\n",
        deltaTcp.seconds, qPrintable(formatBytes(deltaTcp.recorded)), qPrintable(formatBytes(deltaTcp.shipped)),
        static_cast<double>(deltaTcp.shipped) / static_cast<double>(MiB) / deltaTcp.seconds,
        copyDelta / deltaTcp.seconds, deltaPeer.seconds, qPrintable(formatBytes(deltaPeer.bytesRead)),
        deltaPeer.seconds > 0 ? deltaPeer.seconds / deltaTcp.seconds : 0.0);
    const QString primarySum = run(engine, u"checksumLogicalDrive"_s, {{u"targets"_s, QJsonArray {u"BenchP"_s}}})
                                   .data.value(u"sha256"_s)
                                   .toString();
    const QString secondarySum
        = run(engine, u"checksumLogicalDrive"_s, {{u"targets"_s, QJsonArray {u"BenchS"_s}}}, kSecondary)
              .data.value(u"sha256"_s)
              .toString();
    if (primarySum != secondarySum) {
        std::fprintf(stderr, "the secondary differs from the primary\n");
        return 1;
    }

    // 3. Online verification of the synchronized pair (both sides read once, grain by grain compared) against
    //    cmp of the two volume files, which reads the same bytes and compares them; both from a warm page cache; then
    //    cold against cat of both files. Over each transport.
    for (const QString& transport : {u"inProcess"_s, u"tcp"_s}) {
        run(engine, u"setRemoteMirrorLink"_s,
            {{u"remoteStorageSubsystemName"_s, kSecondary}, {u"transport"_s, transport}});
        const QByteArray label = (u"online verify, "_s + transport).toUtf8();
        const LogicalDrive sDrive = *config.logicalDriveByName(config.subsystemByName(kSecondary)->id, u"BenchS"_s);
        const QString secondaryFile = engine.volumePath(sDrive.fileName);
        const bool haveCmp = !QStandardPaths::findExecutable(u"cmp"_s).isEmpty();
        QElapsedTimer c;
        c.start();
        const int same = haveCmp ? QProcess::execute(u"cmp"_s, {u"-s"_s, primaryFile, secondaryFile}) : -1;
        const double cmpSeconds = haveCmp ? static_cast<double>(c.nsecsElapsed()) / 1e9 : 0.0;
        QElapsedTimer t;
        t.start();
        const CommandResult v = run(engine, u"checkRemoteMirror"_s, {{u"localLogicalDrive"_s, u"BenchP"_s}});
        const double verify = static_cast<double>(t.nsecsElapsed()) / 1e9;
        if (v.data.value(u"differing"_s).toInteger() != 0 || (haveCmp && same != 0)) {
            std::fprintf(stderr, "the verification found differences on a synchronized pair\n");
            return 1;
        }
        std::printf("   %-27s Copyline %8.3f s (%6.0f MB/s of each side, %lld grains compared) | "
                    "cmp -s %8.3f s (ratio %5.2f)\n",
            label.constData(), verify, mb / verify, static_cast<long long>(v.data.value(u"compared"_s).toInteger()),
            cmpSeconds, cmpSeconds > 0 ? cmpSeconds / verify : 0.0);
        // Cold (page cache emptied first; root only), best of three each in turn: against cat of both files, the
        // disk's read speed for the same bytes (issue 19's goal: >= 0.8x).
        double coldVerify = -1;
        double coldCat = -1;
        for (int i = 0; i < 3 && Bench::dropCaches(); ++i) {
            QElapsedTimer cold;
            cold.start();
            run(engine, u"checkRemoteMirror"_s, {{u"localLogicalDrive"_s, u"BenchP"_s}});
            const double took = static_cast<double>(cold.nsecsElapsed()) / 1e9;
            coldVerify = coldVerify < 0 ? took : std::min(coldVerify, took);
            Bench::dropCaches();
            cold.restart();
            QProcess cat;
            cat.setStandardOutputFile(QProcess::nullDevice());
            cat.start(u"cat"_s, {primaryFile, secondaryFile});
            cat.waitForFinished(-1);
            const double catTook = static_cast<double>(cold.nsecsElapsed()) / 1e9;
            coldCat = coldCat < 0 ? catTook : std::min(coldCat, catTook);
        }
        if (coldVerify > 0) {
            std::printf("   %-27s Copyline %8.3f s (%6.0f MB/s of each side) | cat of both files "
                        "%8.3f s (ratio %5.2f, goal 0.8)\n",
                QByteArray(label + ", cold").constData(), coldVerify, mb / coldVerify, coldCat, coldCat / coldVerify);
        }
    }

    // 4. Synchronous write latency against the link's round trip.
    run(engine, u"createLogicalDrive"_s, {{u"array"_s, 2}, {u"userLabel"_s, u"Plain"_s}, {u"capacity"_s, 64 * MiB}});
    const auto mirrored = engine.volumes().find(p.id);
    const auto plain = engine.volumes().find(engine.configuration().logicalDriveByName(p.subsystemId, u"Plain"_s)->id);
    const int writes = quick ? 50 : 400;
    auto measure = [&](const std::shared_ptr<VolumeIo>& io) { return Bench::writeLatenciesUs(*io, writes); };
    const std::vector<double> base = measure(plain);
    std::printf("   4 KiB write latency, unmirrored drive: median %8.1f us, p99 %8.1f us\n",
        Bench::percentile(base, 0.5), Bench::percentile(base, 0.99));
    for (const QString& transport : {u"inProcess"_s, u"tcp"_s}) {
        for (const int rtt : {0, 1, 5}) {
            run(engine, u"setRemoteMirrorLink"_s,
                {{u"remoteStorageSubsystemName"_s, kSecondary}, {u"roundTrip"_s, rtt}, {u"transport"_s, transport}});
            const std::vector<double> us = measure(mirrored);
            std::printf("   4 KiB Metro Mirroring write, %-9s link round trip %d ms: median %8.1f us, p99 %8.1f us "
                        "(overhead over the round trip: median %6.1f us)\n",
                qPrintable(transport), rtt, Bench::percentile(us, 0.5), Bench::percentile(us, 0.99),
                Bench::percentile(us, 0.5) - rtt * 1000.0);
        }
    }
    engine.closeWorkspace();
    return 0;
}
