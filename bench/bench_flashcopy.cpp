// SPDX-License-Identifier: GPL-3.0-or-later
// FlashCopy benchmark, peers side by side in one run:
//   1. establish time of a FlashCopy for a 1 GiB and a 1 TiB (sparse) base, through the engine's command API;
//   2. host write throughput to a base with 0, 1 and 4 active FlashCopies (1 MiB sequential writes, then a flush);
//   3. background copy throughput of the point-in-time primitive against `cp --sparse=never` of the same 1 GiB file.
// Usage: bench_flashcopy [--quick] [--dir DIR]   (--quick: small sizes, for the smoke test in CTest)
#include "benchsupport.h"
#include "copy/pointintime.h"
#include "families/families.h"
#include "service/engine.h"
#include "util/bytesize.h"
#include "util/pattern.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

bool g_quick = false;

double seconds(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

double mbps(qint64 bytes, double secs)
{
    return static_cast<double>(bytes) / static_cast<double>(MiB) / std::max(secs, 1e-9);
}

CommandResult run(Engine& engine, const QString& name, const QJsonObject& args)
{
    CommandResult r = engine.execute({name, args});
    if (!r.ok()) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(name), qPrintable(r.error.message()));
        std::exit(1);
    }
    return r;
}

void establishTimes(const QString& root)
{
    std::printf("\n1. Establish time (createFlashCopy through the command API, base held quiet meanwhile)\n");
    QTemporaryDir dir(root + u"/establish-XXXXXX"_s);
    Engine engine(Families::all());
    if (Error err = engine.openWorkspace(dir.path()); err.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(err.message()));
        std::exit(1);
    }
    run(engine, u"createStorageSubsystem"_s,
        {{u"userLabel"_s, u"Bench"_s}, {u"enclosures"_s, 1}, {u"drivesPerEnclosure"_s, 2},
            {u"driveCapacity"_s, u"2 TB"_s}});
    const QString key = dir.filePath(u"flashcopy.key"_s);
    run(engine, u"saveFeatureKey"_s, {{u"subsystem"_s, u"Bench"_s}, {u"feature"_s, u"flashCopy"_s}, {u"file"_s, key}});
    run(engine, u"enableFeature"_s, {{u"subsystem"_s, u"Bench"_s}, {u"file"_s, key}});
    run(engine, u"createArray"_s,
        {{u"subsystem"_s, u"Bench"_s}, {u"drives"_s, QJsonArray {u"1,1"_s, u"1,2"_s}}, {u"raidLevel"_s, u"0"_s}});
    const QList<std::pair<QString, qint64>> bases {{u"1 GiB"_s, GiB}, {u"1 TiB"_s, TiB}};
    for (const auto& [label, size] : bases) {
        const QString name = u"Base %1"_s.arg(label);
        run(engine, u"createLogicalDrive"_s,
            {{u"subsystem"_s, u"Bench"_s}, {u"array"_s, 1}, {u"userLabel"_s, name}, {u"capacity"_s, size}});
        run(engine, u"writeLogicalDrive"_s,
            {{u"subsystem"_s, u"Bench"_s}, {u"targets"_s, QJsonArray {name}}, {u"offset"_s, 0}, {u"length"_s, 64 * MiB},
                {u"seed"_s, 1}});
        double best = 1e9;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer t;
            t.start();
            const CommandResult r = run(engine, u"createFlashCopy"_s,
                {{u"subsystem"_s, u"Bench"_s}, {u"baseLogicalDrive"_s, name}, {u"repositoryPercentOfBase"_s, 1}});
            best = std::min(best, seconds(t));
            run(engine, u"deleteLogicalDrive"_s, {{u"subsystem"_s, u"Bench"_s}, {u"id"_s, r.data.value(u"id"_s)}});
        }
        std::printf("   base %-6s  establish %8.2f ms (best of 3)\n", qPrintable(label), best * 1000.0);
    }
    engine.closeWorkspace();
}

/** Writes @p total bytes sequentially in 1 MiB writes through the base's I/O front, then flushes. */
double writeThroughput(const std::shared_ptr<VolumeIo>& io, qint64 total, quint64 seed)
{
    std::vector<char> chunk(static_cast<size_t>(MiB));
    fillPattern(seed, 0, std::span<char>(chunk.data(), chunk.size()));
    QElapsedTimer t;
    t.start();
    for (qint64 at = 0; at < total; at += MiB) {
        chunk[0] = static_cast<char>(at); // every write differs a little
        if (!io->write(at, std::span<const char>(chunk.data(), chunk.size())).ok()) {
            std::fprintf(stderr, "write failed\n");
            std::exit(1);
        }
    }
    io->flush();
    return mbps(total, seconds(t));
}

void hostWrites(const QString& root)
{
    const qint64 size = g_quick ? 64 * MiB : GiB;
    std::printf("\n2. Host write throughput to a %s base, 1 MiB sequential writes + flush (first writes after the "
                "flash, so every grain is copied before it is written)\n",
        qPrintable(formatBytes(size)));
    std::printf("   (shared: the engine's way, one preserved-grain store per base; own: every FlashCopy preserves "
                "into its own repository, as before issue 19)\n");
    double unprotected = 0;
    for (const int copies : {0, 1, 4}) {
        for (const bool shared : {true, false}) {
            if (copies == 0 && !shared) {
                continue;
            }
            // Best of two fresh flashes: the first run after another case's files go away is often slowed by
            // their writeback.
            double first = 0;
            double again = 0;
            for (int round = 0; round < (g_quick ? 1 : 2); ++round) {
                QTemporaryDir dir(root + u"/writes-XXXXXX"_s);
                IoStatus st;
                auto baseBackend
                    = std::make_shared<FileBackend>(VolumeFile::create(dir.filePath(u"base"_s), size, &st));
                auto base = std::make_shared<VolumeIo>(1, baseBackend);
                writeThroughput(base, size, 1); // the base holds data before the flash
                std::shared_ptr<PreservedGrainStore> store;
                if (shared) {
                    store = PreservedGrainStore::open(dir.filePath(u"preserved.grains"_s), 64 * KiB, &st);
                }
                std::vector<std::shared_ptr<PointInTimeCopy>> pits;
                for (int i = 0; i < copies; ++i) {
                    PitConfig c;
                    c.store = PitStore::Repository;
                    c.imageSize = size;
                    c.repositoryReserved = 192 * KiB + size / 2000;
                    c.sharedStore = store;
                    auto repository = std::make_shared<FileBackend>(
                        VolumeFile::create(dir.filePath(u"repo%1"_s.arg(i)), size + 16 * MiB, &st));
                    auto quiet = base->quiesce();
                    pits.push_back(
                        PointInTimeCopy::establish(c, baseBackend, repository, dir.filePath(u"map%1"_s.arg(i)), &st));
                    quiet.addObserver(pits.back());
                }
                first = std::max(first, writeThroughput(base, size, 2));
                again = std::max(again, writeThroughput(base, size, 3));
            }
            if (copies == 0) {
                unprotected = first;
            }
            std::printf("   %d FlashCopies%-8s: %8.1f MB/s first pass (copy-on-write, %.2fx unprotected), %8.1f MB/s "
                        "second pass\n",
                copies, copies == 0 ? "" : (shared ? " shared" : " own"), first, first / unprotected, again);
        }
    }
}

void backgroundCopy(const QString& root)
{
    const qint64 size = g_quick ? 64 * MiB : GiB;
    std::printf("\n3. Background copy of a dense %s volume: point-in-time copy pointer vs cp --sparse=never\n",
        qPrintable(formatBytes(size)));
    QTemporaryDir dir(root + u"/copy-XXXXXX"_s);
    IoStatus st;
    const QString sourcePath = dir.filePath(u"source"_s);
    auto sourceBackend = std::make_shared<FileBackend>(VolumeFile::create(sourcePath, size, &st));
    writeThroughput(std::make_shared<VolumeIo>(1, sourceBackend), size, 4);
    double bestCopy = 1e9;
    double bestCp = 1e9;
    for (int round = 0; round < 3; ++round) {
        const QString target = dir.filePath(u"target%1"_s.arg(round));
        PitConfig c;
        c.store = PitStore::FullVolume;
        c.imageSize = size;
        auto store = std::make_shared<FileBackend>(VolumeFile::create(target, size, &st));
        auto pit = PointInTimeCopy::establish(c, sourceBackend, store, target + u".map"_s, &st);
        QElapsedTimer t;
        t.start();
        while (pit->copyStep(256) > 0) { // 256 grains of 64 KiB = 16 MiB per step
        }
        pit->flush();
        bestCopy = std::min(bestCopy, seconds(t));
        QFile::remove(target);
        QFile::remove(target + u".map"_s);

        const QString cpTarget = dir.filePath(u"cp%1"_s.arg(round));
        t.restart();
        QProcess::execute(u"cp"_s, {u"--sparse=never"_s, sourcePath, cpTarget});
        QProcess::execute(u"sync"_s, {cpTarget});
        bestCp = std::min(bestCp, seconds(t));
        QFile::remove(cpTarget);
    }
    std::printf("   Copyline background copy: %8.1f MB/s (%.3f s)\n", mbps(size, bestCopy), bestCopy);
    std::printf("   cp --sparse=never + sync: %8.1f MB/s (%.3f s)\n", mbps(size, bestCp), bestCp);
    std::printf("   ratio Copyline / cp:      %8.2f\n", bestCp / bestCopy);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Bench::checkArguments(
        QCoreApplication::arguments(), "Usage: bench_flashcopy [--quick] [--dir DIR]", {u"--quick"_s}, {u"--dir"_s});
    const QStringList args = QCoreApplication::arguments();
    g_quick = args.contains(u"--quick"_s);
    QString root = QDir::tempPath();
    if (const auto i = args.indexOf(u"--dir"_s); i >= 0 && i + 1 < args.size()) {
        root = args.at(i + 1);
    }
    // The file system decides what a preservation costs: with shared extents (XFS, btrfs) copy_file_range shares
    // the old grain instead of copying it.
    std::printf("Copyline FlashCopy benchmark%s (files in %s, file system %s)\n", g_quick ? " (quick)" : "",
        qPrintable(root), QStorageInfo(root).fileSystemType().constData());
    if (!g_quick) {
        establishTimes(root);
    }
    hostWrites(root);
    backgroundCopy(root);
    return 0;
}
