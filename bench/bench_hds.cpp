// SPDX-License-Identifier: GPL-3.0-or-later
// In-controller copy benchmark (issue 15), in one run on one disk:
//  1. Split (the copy command) of a 1 GiB written volume at pace 1, 3 and 15 tracks per elemental step, against `cp`
//     of the same volume file (the peer: a plain file copy with no point in time to keep);
//  2. host 4 KiB write latency on the S-VOL with no pair, during a copy whose loop is suspended (every first write
//     to a track copies the old 256 KB track first: copy-before-write), and during a running copy at pace 15;
//  3. the same Split through the prior art's host channels (REMOTE COPY, copyPath=remotecopy) at a channel of
//     100 MB/s, against the in-controller copy: the channel bytes each moved.
// Usage: bench_hds [--quick] [--dir D]
#include "benchsupport.h"
#include "families/families.h"
#include "service/engine.h"
#include "util/bytesize.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

const QString kSerial = u"64099"_s;

CommandResult run(Engine& engine, const QString& name, QJsonObject args)
{
    if (name != u"hdsCreateController"_s) {
        args.insert(u"subsystem"_s, kSerial);
    }
    CommandResult r = engine.execute({name, args});
    if (!r.ok()) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(name), qPrintable(r.error.message()));
        std::exit(1);
    }
    return r;
}

QJsonObject pairArgs(int pace = 15)
{
    return {{u"pvol"_s, u"00:10"_s}, {u"svol"_s, u"00:20"_s}, {u"pace"_s, pace}};
}

QJsonObject display(Engine& engine)
{
    QCoreApplication::processEvents();
    const QJsonArray rows = run(engine, u"hdsPairDisplay"_s, {{u"pvol"_s, u"00:10"_s}, {u"svol"_s, u"00:20"_s}})
                                .data.value(u"pairs"_s)
                                .toArray();
    return rows.isEmpty() ? QJsonObject() : rows.first().toObject();
}

void waitForSplit(Engine& engine)
{
    while (display(engine).value(u"status"_s).toInt() != 804) {
        QThread::usleep(500);
    }
}

double seconds(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

/** Create (no initial copy) and Split at @p pace until 804; the seconds of the Split. */
double split(Engine& engine, int pace)
{
    QJsonObject create = pairArgs(pace);
    create.insert(u"initialCopy"_s, false);
    run(engine, u"hdsPairCreate"_s, create);
    QElapsedTimer t;
    t.start();
    run(engine, u"hdsPairSplit"_s, pairArgs(pace));
    waitForSplit(engine);
    const double s = seconds(t);
    run(engine, u"hdsPairDelete"_s, {{u"pvol"_s, u"00:10"_s}, {u"svol"_s, u"00:20"_s}});
    return s;
}

struct Latency
{
    double median = 0;
    double p99 = 0;
};

/** @p count random 4 KiB host writes to the S-VOL, one at a time: microseconds at the median and the 99th percentile.
 */
Latency writeLatency(Engine& engine, ObjectId volume, qint64 size, int count)
{
    auto io = engine.volumes().find(volume);
    std::vector<char> block(4096, '\x5a');
    std::vector<double> micros;
    QRandomGenerator random(15);
    for (int i = 0; i < count; ++i) {
        const qint64 offset = static_cast<qint64>(random.bounded(static_cast<quint32>(size / 4096))) * 4096;
        QElapsedTimer t;
        t.start();
        if (!io->write(offset, block).ok()) {
            std::fprintf(stderr, "host write failed\n");
            std::exit(1);
        }
        micros.push_back(static_cast<double>(t.nsecsElapsed()) / 1e3);
    }
    std::sort(micros.begin(), micros.end());
    return {micros[micros.size() / 2], micros[std::min(micros.size() - 1, micros.size() * 99 / 100)]};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Bench::checkArguments(
        QCoreApplication::arguments(), "Usage: bench_hds [--quick] [--dir DIR]", {u"--quick"_s}, {u"--dir"_s});
    const QStringList args = QCoreApplication::arguments();
    const bool quick = args.contains(u"--quick"_s);
    QString root = QDir::tempPath();
    if (const auto i = args.indexOf(u"--dir"_s); i >= 0 && i + 1 < args.size()) {
        root = args.at(i + 1);
    }
    const qint64 size = quick ? 32 * MiB : 1 * GiB;
    const int writes = quick ? 200 : 2000;
    QTemporaryDir dir(root + u"/hds-XXXXXX"_s);
    Engine engine(Families::all());
    if (Error err = engine.openWorkspace(dir.filePath(u"ws"_s)); err.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(err.message()));
        return 1;
    }
    std::printf("Copyline in-controller copy benchmark%s: %s OPEN-V volumes, 256 KB tracks\n", quick ? " (quick)" : "",
        qPrintable(formatBytes(size)));
    run(engine, u"hdsCreateController"_s, {{u"serial"_s, kSerial}});
    run(engine, u"hdsCreateVolume"_s, {{u"ldev"_s, u"00:10"_s}, {u"capacity"_s, size}, {u"dka"_s, 0}});
    run(engine, u"hdsCreateVolume"_s,
        {{u"ldev"_s, u"00:20"_s}, {u"capacity"_s, size}, {u"dka"_s, 1}, {u"reserve"_s, true}});
    run(engine, u"writeLogicalDrive"_s, {{u"targets"_s, QJsonArray {u"00:10"_s}}, {u"length"_s, size}, {u"seed"_s, 1}});
    const Configuration& config = engine.configuration();
    const ObjectId subsystem = config.subsystemByName(kSerial)->id;
    const LogicalDrive pvol = *config.logicalDriveByName(subsystem, u"00:10"_s);

    // 1. Split at each pace against cp.
    const QString source = engine.volumePath(pvol.fileName);
    const QString copy = dir.filePath(u"cp-copy.img"_s);
    QElapsedTimer t;
    t.start();
    if (QProcess::execute(u"cp"_s, {u"--sparse=never"_s, source, copy}) != 0) {
        std::fprintf(stderr, "cp failed\n");
        return 1;
    }
    QProcess::execute(u"sync"_s, {copy});
    const double cpSeconds = seconds(t);
    QFile::remove(copy);
    std::printf("cp --sparse=never + sync:            %8.3f s  %8.1f MB/s\n", cpSeconds,
        static_cast<double>(size) / 1e6 / cpSeconds);
    for (const int pace : {1, 3, 15}) {
        const double s = split(engine, pace);
        std::printf("Split at pace %2d:                    %8.3f s  %8.1f MB/s  %.2fx cp\n", pace, s,
            static_cast<double>(size) / 1e6 / s, cpSeconds / s);
    }

    // 1b. Online verification of the split pair (Copyline's extension, issue 19: >= 0.8x the disk's read speed)
    // against cmp -s of the two volume files, from a warm page cache, best of three each.
    {
        const QString tvolFile = engine.volumePath(config.logicalDriveByName(subsystem, u"00:20"_s)->fileName);
        QJsonObject create = pairArgs();
        create.insert(u"initialCopy"_s, false);
        run(engine, u"hdsPairCreate"_s, create);
        run(engine, u"hdsPairSplit"_s, pairArgs());
        waitForSplit(engine);
        double verifySeconds = 1e9;
        double cmpSeconds = 1e9;
        qint64 compared = 0;
        for (int i = 0; i < 3; ++i) {
            t.restart();
            compared = run(engine, u"hdsPairVerify"_s, {{u"pvol"_s, u"00:10"_s}, {u"svol"_s, u"00:20"_s}})
                           .data.value(u"compared"_s)
                           .toInteger();
            verifySeconds = std::min(verifySeconds, seconds(t));
            t.restart();
            if (QProcess::execute(u"cmp"_s, {u"-s"_s, source, tvolFile}) != 0) {
                std::fprintf(stderr, "cmp found the volumes different\n");
                return 1;
            }
            cmpSeconds = std::min(cmpSeconds, seconds(t));
        }
        std::printf("Verify Pair (split, %lld tracks):     %8.3f s  %8.1f MB/s of each volume  %.2fx cmp -s (%.3f s)\n",
            static_cast<long long>(compared), verifySeconds, static_cast<double>(size) / 1e6 / verifySeconds,
            cmpSeconds / verifySeconds, cmpSeconds);
        run(engine, u"hdsPairDelete"_s, {{u"pvol"_s, u"00:10"_s}, {u"svol"_s, u"00:20"_s}});
    }

    const qint64 inControllerChannelBytes
        = run(engine, u"hdsCounters"_s, {}).data.value(u"chaCopyBytes"_s).toInteger(); // the three Splits

    // 2. Host write latency.
    const Latency plain = writeLatency(engine, pvol.id, size, writes);
    QJsonObject create = pairArgs(15);
    create.insert(u"initialCopy"_s, false);
    run(engine, u"hdsPairCreate"_s, create);
    // The loop started through a slow channel so that it can be suspended at its first tracks.
    run(engine, u"hdsSetController"_s, {{u"copyPath"_s, u"remotecopy"_s}, {u"chaBandwidth"_s, 1000000}});
    run(engine, u"hdsPairSplit"_s, pairArgs(1));
    run(engine, u"hdsPairSuspend"_s, {{u"pvol"_s, u"00:10"_s}, {u"svol"_s, u"00:20"_s}});
    run(engine, u"hdsSetController"_s, {{u"copyPath"_s, u"incontroller"_s}});
    const Latency cbw = writeLatency(engine, pvol.id, size, writes);
    const qint64 copiedFirst = display(engine).value(u"tracksCopiedBeforeWrite"_s).toInteger();
    run(engine, u"hdsPairDelete"_s, {{u"pvol"_s, u"00:10"_s}, {u"svol"_s, u"00:20"_s}});
    run(engine, u"hdsPairCreate"_s, create);
    run(engine, u"hdsPairSplit"_s, pairArgs(15));
    const Latency during = writeLatency(engine, pvol.id, size, writes / 4);
    waitForSplit(engine);
    run(engine, u"hdsPairDelete"_s, {{u"pvol"_s, u"00:10"_s}, {u"svol"_s, u"00:20"_s}});
    std::printf("4 KiB host write, no pair:           median %8.1f us  p99 %8.1f us\n", plain.median, plain.p99);
    std::printf("4 KiB host write, 803 loop suspended: median %8.1f us  p99 %8.1f us  (%lld tracks copied first)\n",
        cbw.median, cbw.p99, static_cast<long long>(copiedFirst));
    std::printf("4 KiB host write, 803 copying pace 15: median %7.1f us  p99 %8.1f us\n", during.median, during.p99);

    // 3. The prior art: the same Split through two host channels of 100 MB/s.
    const QJsonObject before = run(engine, u"hdsCounters"_s, {}).data;
    run(engine, u"hdsSetController"_s, {{u"copyPath"_s, u"remotecopy"_s}, {u"chaBandwidth"_s, 100 * 1000 * 1000}});
    const double remote = split(engine, 15);
    const QJsonObject after = run(engine, u"hdsCounters"_s, {}).data;
    std::printf("REMOTE COPY Split (100 MB/s channel): %8.3f s  host-channel copy bytes %s (the three in-controller "
                "Splits: %s)\n",
        remote,
        qPrintable(
            formatBytes(after.value(u"chaCopyBytes"_s).toInteger() - before.value(u"chaCopyBytes"_s).toInteger())),
        qPrintable(formatBytes(inControllerChannelBytes)));
    return 0;
}
