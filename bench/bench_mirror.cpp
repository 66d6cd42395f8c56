// SPDX-License-Identifier: GPL-3.0-or-later
// Remote mirror benchmark, peers side by side in one run.
//  1. Full initial synchronization of a fully written 4 GiB pair (create remoteMirror at Highest priority until
//     Synchronized, the secondary flushed) against `rsync --inplace --whole-file` of the same volume file to a new
//     file (plus `sync` of it).
//  2. Delta resynchronization after 1% of the primary was rewritten while suspended (Resume until Synchronized)
//     against `rsync --ignore-times --inplace --no-whole-file` (rsync's delta algorithm; --ignore-times so it
//     compares the files instead of trusting size and time) of the rewritten file onto the old copy.
//     The bytes each side moved are reported: Copyline ships exactly the recorded grains.
//  3. Synchronous (Metro Mirroring) 4 KiB write latency against the configured link round trip (0, 1 and 5 ms),
//     next to the latency of the same writes to an unmirrored drive.
//  Sections 1 and 4 run over both link transports (issue 17): in process, and over the TCP replication wire on the
//  loopback (checksummed frames through the kernel's TCP stack); sections 2 and 3 run over TCP.
// The link has unlimited bandwidth, so the disks and the engine set the pace. Usage: bench_mirror [--quick] [--dir D]
#include "families/families.h"
#include "mirror/mirrorservice.h"
#include "service/engine.h"
#include "util/bytesize.h"

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
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
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

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool quick = args.contains(u"--quick"_s);
    QString root = QDir::tempPath();
    if (const auto i = args.indexOf(u"--dir"_s); i >= 0 && i + 1 < args.size()) {
        root = args.at(i + 1);
    }
    const qint64 size = quick ? 64 * MiB : 4 * GiB;
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
    run(engine, u"createLogicalDrive"_s, {{u"array"_s, 1}, {u"userLabel"_s, u"BenchP"_s}, {u"capacity"_s, size}});
    run(engine, u"createLogicalDrive"_s, {{u"array"_s, 1}, {u"userLabel"_s, u"BenchS"_s}, {u"capacity"_s, size}},
        kSecondary);
    run(engine, u"writeLogicalDrive"_s,
        {{u"targets"_s, QJsonArray {u"BenchP"_s}}, {u"offset"_s, 0}, {u"length"_s, size}, {u"seed"_s, 1}});
    const Configuration& config = engine.configuration();
    const LogicalDrive p = *config.logicalDriveByName(config.subsystemByName(kPrimary)->id, u"BenchP"_s);
    const QString primaryFile = engine.volumePath(p.fileName);
    const QString copyFile = dir.filePath(u"rsync-copy.img"_s);

    std::printf("Copyline remote mirror benchmark%s: %s pair, unlimited link bandwidth (ratio > 1: Copyline is "
                "faster)\n",
        quick ? " (quick)" : "", qPrintable(formatBytes(size)));

    // 1. Full synchronization.
    QProcess::execute(u"sync"_s, {});
    const Rsync fullPeer = haveRsync ? rsync({u"--inplace"_s, u"--whole-file"_s}, primaryFile, copyFile) : Rsync {};
    QProcess::execute(u"sync"_s, {});
    QElapsedTimer t;
    t.start();
    run(engine, u"createRemoteMirror"_s,
        {{u"primary"_s, u"BenchP"_s}, {u"secondary"_s, u"BenchS"_s}, {u"remoteStorageSubsystemName"_s, kSecondary},
            {u"syncPriority"_s, u"highest"_s}});
    const double full = waitSynchronized(engine, p.id, t);
    const auto endpoint = engine.mirrors().endpoint(p.id);
    const double mb = static_cast<double>(size) / static_cast<double>(MiB);
    std::printf("   full synchronization        Copyline %8.3f s (%6.0f MB/s, %s shipped) | rsync --inplace "
                "--whole-file %8.3f s (ratio %5.2f)\n",
        full, mb / full, qPrintable(formatBytes(static_cast<qint64>(endpoint->bytesShipped()))), fullPeer.seconds,
        fullPeer.seconds > 0 ? fullPeer.seconds / full : 0.0);

    // 1b. The same full synchronization over TCP: a new pair (removing and re-creating it starts from nothing).
    run(engine, u"removeRemoteMirror"_s, {{u"localLogicalDrive"_s, u"BenchP"_s}});
    run(engine, u"setRemoteMirrorLink"_s, {{u"remoteStorageSubsystemName"_s, kSecondary}, {u"transport"_s, u"tcp"_s}});
    QProcess::execute(u"sync"_s, {});
    t.restart();
    run(engine, u"createRemoteMirror"_s,
        {{u"primary"_s, u"BenchP"_s}, {u"secondary"_s, u"BenchS"_s}, {u"remoteStorageSubsystemName"_s, kSecondary},
            {u"syncPriority"_s, u"highest"_s}});
    const double fullTcp = waitSynchronized(engine, p.id, t);
    const auto tcpEndpoint = engine.mirrors().endpoint(p.id);
    std::printf("   full synchronization, TCP   Copyline %8.3f s (%6.0f MB/s, %s shipped) | in process %8.3f s (ratio "
                "%5.2f) | rsync %8.3f s (ratio %5.2f)\n",
        fullTcp, mb / fullTcp, qPrintable(formatBytes(static_cast<qint64>(tcpEndpoint->bytesShipped()))), full,
        full / fullTcp, fullPeer.seconds, fullPeer.seconds > 0 ? fullPeer.seconds / fullTcp : 0.0);

    // 2. 1% rewritten while suspended, then the delta.
    run(engine, u"suspendRemoteMirror"_s, {{u"primaries"_s, QJsonArray {u"BenchP"_s}}});
    const qint64 piece = 256 * KiB;
    const qint64 pieces = size / 100 / piece;
    const qint64 stride = size / pieces / (64 * KiB) * (64 * KiB); // grain-aligned pieces: exactly 1% recorded
    for (qint64 i = 0; i < pieces; ++i) {
        run(engine, u"writeLogicalDrive"_s,
            {{u"targets"_s, QJsonArray {u"BenchP"_s}}, {u"offset"_s, i * stride}, {u"length"_s, piece},
                {u"seed"_s, 1000 + i}});
    }
    const qint64 recorded = tcpEndpoint->outOfSyncBytes();
    QProcess::execute(u"sync"_s, {});
    const Rsync deltaPeer = haveRsync
        ? rsync({u"--ignore-times"_s, u"--inplace"_s, u"--no-whole-file"_s}, primaryFile, copyFile)
        : Rsync {};
    QProcess::execute(u"sync"_s, {});
    const quint64 before = tcpEndpoint->bytesShipped();
    t.restart();
    run(engine, u"resumeRemoteMirror"_s, {{u"primaries"_s, QJsonArray {u"BenchP"_s}}});
    const double delta = waitSynchronized(engine, p.id, t);
    const qint64 shipped = static_cast<qint64>(tcpEndpoint->bytesShipped() - before);
    std::printf("   delta resync (1%%), TCP      Copyline %8.3f s (%s recorded, %s shipped) | rsync --inplace "
                "--no-whole-file %8.3f s (%s literal data; ratio %5.2f)\n",
        delta, qPrintable(formatBytes(recorded)), qPrintable(formatBytes(shipped)), deltaPeer.seconds,
        qPrintable(formatBytes(deltaPeer.bytesRead)), deltaPeer.seconds > 0 ? deltaPeer.seconds / delta : 0.0);
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

    // 3. Online verification of the synchronized pair (both sides read once, compared by per-grain hashes) against
    //    cmp of the two volume files, which reads the same bytes and compares them; both from a warm page cache.
    {
        const LogicalDrive sDrive = *config.logicalDriveByName(config.subsystemByName(kSecondary)->id, u"BenchS"_s);
        const QString secondaryFile = engine.volumePath(sDrive.fileName);
        const bool haveCmp = !QStandardPaths::findExecutable(u"cmp"_s).isEmpty();
        QElapsedTimer c;
        c.start();
        const int same = haveCmp ? QProcess::execute(u"cmp"_s, {u"-s"_s, primaryFile, secondaryFile}) : -1;
        const double cmpSeconds = haveCmp ? static_cast<double>(c.nsecsElapsed()) / 1e9 : 0.0;
        t.restart();
        const CommandResult v = run(engine, u"checkRemoteMirror"_s, {{u"localLogicalDrive"_s, u"BenchP"_s}});
        const double verify = static_cast<double>(t.nsecsElapsed()) / 1e9;
        if (v.data.value(u"differing"_s).toInteger() != 0 || (haveCmp && same != 0)) {
            std::fprintf(stderr, "the verification found differences on a synchronized pair\n");
            return 1;
        }
        std::printf("   online verify               Copyline %8.3f s (%6.0f MB/s of each side, %lld grains compared) | "
                    "cmp -s %8.3f s (ratio %5.2f)\n",
            verify, mb / verify, static_cast<long long>(v.data.value(u"compared"_s).toInteger()), cmpSeconds,
            cmpSeconds > 0 ? cmpSeconds / verify : 0.0);
    }

    // 4. Synchronous write latency against the link's round trip.
    run(engine, u"createLogicalDrive"_s, {{u"array"_s, 2}, {u"userLabel"_s, u"Plain"_s}, {u"capacity"_s, 64 * MiB}});
    const auto mirrored = engine.volumes().find(p.id);
    const auto plain = engine.volumes().find(engine.configuration().logicalDriveByName(p.subsystemId, u"Plain"_s)->id);
    const QByteArray data(4096, 'm');
    const int writes = quick ? 50 : 400;
    auto measure = [&](const std::shared_ptr<VolumeIo>& io) {
        std::vector<double> us;
        for (int i = 0; i < writes; ++i) {
            QElapsedTimer w;
            w.start();
            if (!io->write((i % 4096) * 4096, std::span<const char>(data.constData(), 4096)).ok()) {
                std::fprintf(stderr, "write failed\n");
                std::exit(1);
            }
            us.push_back(static_cast<double>(w.nsecsElapsed()) / 1e3);
        }
        return us;
    };
    const std::vector<double> base = measure(plain);
    std::printf("   4 KiB write latency, unmirrored drive: median %8.1f us, p99 %8.1f us\n", percentile(base, 0.5),
        percentile(base, 0.99));
    for (const QString& transport : {u"inProcess"_s, u"tcp"_s}) {
        for (const int rtt : {0, 1, 5}) {
            run(engine, u"setRemoteMirrorLink"_s,
                {{u"remoteStorageSubsystemName"_s, kSecondary}, {u"roundTrip"_s, rtt}, {u"transport"_s, transport}});
            const std::vector<double> us = measure(mirrored);
            std::printf("   4 KiB Metro Mirroring write, %-9s link round trip %d ms: median %8.1f us, p99 %8.1f us "
                        "(overhead over the round trip: median %6.1f us)\n",
                qPrintable(transport), rtt, percentile(us, 0.5), percentile(us, 0.99),
                percentile(us, 0.5) - rtt * 1000.0);
        }
    }
    engine.closeWorkspace();
    return 0;
}
