// SPDX-License-Identifier: GPL-3.0-or-later
// VolumeCopy benchmark, peers side by side in one run: a full copy of a 1 GiB logical drive through the engine
// (create volumeCopy at Highest priority, until Completed) against `cp --sparse=never` and `qemu-img convert -O raw`
// of the same volume file; once with the volume fully written (dense), once with only 10% written (sparse).
// A completed VolumeCopy has its target on stable storage (the engine syncs it before saying Completed), so each
// peer's time includes `sync FILE` of its output too; everything starts from clean page-cache writeback (sync).
// Each tool runs three times, the best time counts. Then the online verification of the completed copy (check
// volumeCopy) against `cmp -s` of the two volume files, best of three each, from a warm page cache; and once cold
// (as root: the page cache emptied before each tool) against `cat` of both files, the disk's read speed.
// Usage: bench_volumecopy [--quick] [--dir DIR]
#include "families/families.h"
#include "service/engine.h"
#include "util/bytesize.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

CommandResult run(Engine& engine, const QString& name, const QJsonObject& args)
{
    CommandResult r = engine.execute({name, args});
    if (!r.ok()) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(name), qPrintable(r.error.message()));
        std::exit(1);
    }
    return r;
}

/** Runs a copy tool and syncs its output; seconds, best of three (output removed after each run). */
double timeTool(const QString& program, QStringList args, const QString& output)
{
    double best = 1e9;
    for (int i = 0; i < 3; ++i) {
        QProcess::execute(u"sync"_s, {});
        QElapsedTimer t;
        t.start();
        if (QProcess::execute(program, args) != 0 || QProcess::execute(u"sync"_s, {output}) != 0) {
            std::fprintf(stderr, "%s failed\n", qPrintable(program));
            return -1;
        }
        best = std::min(best, static_cast<double>(t.nsecsElapsed()) / 1e9);
        QFile::remove(output);
    }
    return best;
}

double timed(const std::function<void()>& work)
{
    QElapsedTimer t;
    t.start();
    work();
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

void scenario(const QString& root, const QString& label, qint64 size, double writtenFraction)
{
    QTemporaryDir dir(root + u"/vc-XXXXXX"_s);
    Engine engine(Families::all());
    if (Error err = engine.openWorkspace(dir.filePath(u"ws"_s)); err.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(err.message()));
        std::exit(1);
    }
    const QString sub = u"Primary Site"_s;
    run(engine, u"setStorageSubsystem"_s, {{u"subsystem"_s, sub}, {u"copyBandwidth"_s, 0}});
    run(engine, u"createLogicalDrive"_s,
        {{u"subsystem"_s, sub}, {u"array"_s, 1}, {u"userLabel"_s, u"BenchSrc"_s}, {u"capacity"_s, size}});
    run(engine, u"createLogicalDrive"_s,
        {{u"subsystem"_s, sub}, {u"array"_s, 2}, {u"userLabel"_s, u"BenchDst"_s}, {u"capacity"_s, size}});
    // Written data: everything, or 1 MiB pieces at random places until the fraction is reached.
    QRandomGenerator rng(42);
    const qint64 pieces = static_cast<qint64>(static_cast<double>(size / MiB) * writtenFraction);
    for (qint64 i = 0; i < pieces; ++i) {
        const qint64 at = writtenFraction >= 1.0 ? i * MiB : static_cast<qint64>(rng.bounded(int(size / MiB))) * MiB;
        run(engine, u"writeLogicalDrive"_s,
            {{u"subsystem"_s, sub}, {u"targets"_s, QJsonArray {u"BenchSrc"_s}}, {u"offset"_s, at}, {u"length"_s, MiB},
                {u"seed"_s, i}});
    }
    const Configuration& config = engine.configuration();
    const LogicalDrive src = *config.logicalDriveByName(config.subsystemByName(sub)->id, u"BenchSrc"_s);
    const QString sourceFile = engine.volumePath(src.fileName);

    double ours = 1e9;
    for (int i = 0; i < 3; ++i) {
        QProcess::execute(u"sync"_s, {});
        QElapsedTimer t;
        t.start();
        const CommandResult started = run(engine, i == 0 ? u"createVolumeCopy"_s : u"recopyVolumeCopy"_s,
            i == 0 ? QJsonObject {{u"subsystem"_s, sub}, {u"source"_s, u"BenchSrc"_s}, {u"target"_s, u"BenchDst"_s},
                {u"copyPriority"_s, u"highest"_s}}
                   : QJsonObject {{u"subsystem"_s, sub}, {u"target"_s, QJsonArray {u"BenchDst"_s}}});
        Q_UNUSED(started);
        const VolumeCopy* vc = engine.configuration().volumeCopyTargeting(
            engine.configuration().logicalDriveByName(src.subsystemId, u"BenchDst"_s)->id);
        const ObjectId id = vc->id;
        while (engine.configuration().volumeCopies.value(id).status != VolumeCopyStatus::Completed) {
            Bench::idleBriefly();
            if (engine.configuration().volumeCopies.value(id).status == VolumeCopyStatus::Failed) {
                std::fprintf(stderr, "copy failed\n");
                std::exit(1);
            }
        }
        ours = std::min(ours, static_cast<double>(t.nsecsElapsed()) / 1e9);
    }
    const double cp
        = timeTool(u"cp"_s, {u"--sparse=never"_s, sourceFile, dir.filePath(u"cp.img"_s)}, dir.filePath(u"cp.img"_s));
    const QString qemuImg = QStandardPaths::findExecutable(u"qemu-img"_s);
    const double qemu = qemuImg.isEmpty()
        ? -1
        : timeTool(
            qemuImg, {u"convert"_s, u"-O"_s, u"raw"_s, sourceFile, dir.filePath(u"q.img"_s)}, dir.filePath(u"q.img"_s));
    // Online verification of the completed copy (issue 19: >= 0.8x the disk's read speed) against cmp of the two
    // volume files, which reads the same bytes and compares them; both from the same (warm) page cache.
    const LogicalDrive dst = *config.logicalDriveByName(src.subsystemId, u"BenchDst"_s);
    const QString targetFile = engine.volumePath(dst.fileName);
    const bool haveCmp = !QStandardPaths::findExecutable(u"cmp"_s).isEmpty();
    double cmpSeconds = 1e9;
    double verify = 1e9;
    qint64 compared = 0;
    qint64 bytesRead = 0;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer c;
        c.start();
        if (haveCmp && QProcess::execute(u"cmp"_s, {u"-s"_s, sourceFile, targetFile}) != 0) {
            std::fprintf(stderr, "cmp found the target different from its source\n");
            std::exit(1);
        }
        cmpSeconds = std::min(cmpSeconds, static_cast<double>(c.nsecsElapsed()) / 1e9);
        QElapsedTimer t;
        t.start();
        const CommandResult v
            = run(engine, u"checkVolumeCopy"_s, {{u"subsystem"_s, sub}, {u"target"_s, QJsonArray {u"BenchDst"_s}}});
        verify = std::min(verify, static_cast<double>(t.nsecsElapsed()) / 1e9);
        if (v.data.value(u"differing"_s).toInteger() != 0) {
            std::fprintf(stderr, "the verification found differences on a completed copy\n");
            std::exit(1);
        }
        compared = v.data.value(u"compared"_s).toInteger();
        bytesRead = v.data.value(u"bytesRead"_s).toInteger();
    }
    // Cold (page cache emptied first; root only): the verification against reading both files with cat, which is
    // the disk's read speed for the same bytes (issue 19's goal: >= 0.8x), and against cmp.
    double coldVerify = -1;
    double coldCat = -1;
    double coldCmp = -1;
    // Best of three each, in turn: a cold read on a virtual disk varies several-fold from one run to the next.
    for (int i = 0; i < 3 && Bench::dropCaches(); ++i) {
        const double v = timed([&]() {
            run(engine, u"checkVolumeCopy"_s, {{u"subsystem"_s, sub}, {u"target"_s, QJsonArray {u"BenchDst"_s}}});
        });
        coldVerify = coldVerify < 0 ? v : std::min(coldVerify, v);
        Bench::dropCaches();
        const double c = timed([&]() {
            QProcess cat;
            cat.setStandardOutputFile(QProcess::nullDevice());
            cat.start(u"cat"_s, {sourceFile, targetFile});
            cat.waitForFinished(-1);
        });
        coldCat = coldCat < 0 ? c : std::min(coldCat, c);
        if (haveCmp) {
            Bench::dropCaches();
            const double m = timed([&]() { QProcess::execute(u"cmp"_s, {u"-s"_s, sourceFile, targetFile}); });
            coldCmp = coldCmp < 0 ? m : std::min(coldCmp, m);
        }
    }
    // What the write record costs a host: 4 KiB writes to the completed copy's source, each the first to its grain
    // since the copy (its byte is recorded before the write goes on), then the same writes again (already recorded).
    const auto sourceIo = engine.volumes().find(src.id);
    const QByteArray block(4096, 'h');
    const qint64 writes = std::min<qint64>(400, size / (64 * 1024));
    auto medianMicros = [&]() {
        std::vector<double> us;
        for (qint64 i = 0; i < writes; ++i) {
            us.push_back(timed([&]() {
                (void)sourceIo->write(i * 64 * 1024, std::span<const char>(block.constData(), block.size()));
            }) * 1e6);
        }
        std::sort(us.begin(), us.end());
        return us[us.size() / 2];
    };
    const double firstWrite = medianMicros();
    const double againWrite = medianMicros();
    engine.closeWorkspace();
    const double mb = static_cast<double>(size) / static_cast<double>(MiB);
    std::printf("   %-22s Copyline %7.3f s (%7.0f MB/s) | cp --sparse=never %7.3f s (ratio %5.2f) | qemu-img convert "
                "%7.3f s (ratio %5.2f)\n",
        qPrintable(label), ours, mb / ours, cp, cp / ours, qemu, qemu > 0 ? qemu / ours : 0.0);
    std::printf("   %-22s verify   %7.3f s (%7.0f MB/s of each drive, %lld grains compared, %s read) | cmp -s %7.3f "
                "s (ratio %5.2f)\n",
        "", verify, mb / verify, static_cast<long long>(compared), qPrintable(formatBytes(bytesRead)),
        haveCmp ? cmpSeconds : -1.0, haveCmp ? cmpSeconds / verify : 0.0);
    if (coldVerify > 0) {
        std::printf("   %-22s cold     %7.3f s (%7.0f MB/s of each drive) | cat of both files %7.3f s (ratio %5.2f, "
                    "goal 0.8) | cmp -s %7.3f s (ratio %5.2f)\n",
            "", coldVerify, mb / coldVerify, coldCat, coldCat / coldVerify, coldCmp,
            coldCmp > 0 ? coldCmp / coldVerify : 0.0);
    } else {
        std::printf("   %-22s cold     not measured (emptying the page cache needs root)\n", "");
    }
    std::printf("   %-22s host 4 KiB write to the source after the copy: first to its grain %.1f us (recorded), "
                "again %.1f us (median of %lld)\n",
        "", firstWrite, againWrite, static_cast<long long>(writes));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Bench::checkArguments(
        QCoreApplication::arguments(), "Usage: bench_volumecopy [--quick] [--dir DIR]", {u"--quick"_s}, {u"--dir"_s});
    const QStringList args = QCoreApplication::arguments();
    const bool quick = args.contains(u"--quick"_s);
    QString root = QDir::tempPath();
    if (const auto i = args.indexOf(u"--dir"_s); i >= 0 && i + 1 < args.size()) {
        root = args.at(i + 1);
    }
    const qint64 size = quick ? 64 * MiB : GiB;
    std::printf("Copyline VolumeCopy benchmark%s: full copy of a %s logical drive (ratio > 1: Copyline is faster)\n",
        quick ? " (quick)" : "", qPrintable(formatBytes(size)));
    scenario(root, u"dense (100% written)"_s, size, 1.0);
    scenario(root, u"sparse (10% written)"_s, size, 0.1);
    return 0;
}
