// SPDX-License-Identifier: GPL-3.0-or-later
// ESS PPRC benchmark, peers side by side in one run (issue 13).
//  1. PPRC initial copy (Establish PPRC copy pair, Copy entire volume, until Duplex) of a fully written volume
//     against the DS4000 remote mirror's full synchronization of the same bytes (create remoteMirror at Highest
//     priority until Synchronized): both run on the same core mirror engine, so the same speed is expected; and
//     against `cp` of the volume file (plus `sync`), the floor of what the disks allow.
//  2. rsQuery over 4,096 volumes: one rsQuery -f with 4,096 lines through the real CLI process and the engine,
//     next to the same queries made in the engine process (what the CLI's connection and printing add).
// Links have unlimited bandwidth and no round trip. Usage: bench_pprc [--quick] [--dir D]
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
#include <QTemporaryDir>

#include <cstdio>

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

QString copyState(Engine& engine, const QString& volume)
{
    return run(engine, u"essQueryVolume"_s, {{u"volume"_s, volume}}).data.value(u"copyState"_s).toString();
}

double seconds(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

QString checksum(Engine& engine, const QString& subsystem, const QString& volume)
{
    return run(engine, u"checksumLogicalDrive"_s, {{u"subsystem"_s, subsystem}, {u"targets"_s, QJsonArray {volume}}})
        .data.value(u"sha256"_s)
        .toString();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Bench::checkArguments(
        QCoreApplication::arguments(), "Usage: bench_pprc [--quick] [--dir DIR]", {u"--quick"_s}, {u"--dir"_s});
    const QStringList args = QCoreApplication::arguments();
    const bool quick = args.contains(u"--quick"_s);
    QString root = QDir::tempPath();
    if (const auto i = args.indexOf(u"--dir"_s); i >= 0 && i + 1 < args.size()) {
        root = args.at(i + 1);
    }
    const qint64 size = quick ? 64 * MiB : 2 * GiB;
    QTemporaryDir dir(root + u"/pprc-XXXXXX"_s);
    const QString workspace = dir.filePath(u"ws"_s);
    Engine engine(Families::all());
    if (Error err = engine.openWorkspace(workspace); err.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(err.message()));
        return 1;
    }
    std::printf("Copyline PPRC benchmark%s: %s volume, unlimited link bandwidth (ratio > 1: Copyline is faster)\n",
        quick ? " (quick)" : "", qPrintable(formatBytes(size)));

    // ---- 1. PPRC initial copy against the DS4000 mirror's full synchronization and cp -------------------------
    run(engine, u"essCreateStorageServer"_s, {{u"serial"_s, u"B0001"_s}, {u"lss"_s, QJsonArray {16}}});
    run(engine, u"essCreateStorageServer"_s, {{u"serial"_s, u"B0002"_s}, {u"lss"_s, QJsonArray {16}}});
    for (const QString& ess : {u"B0001"_s, u"B0002"_s}) {
        run(engine, u"essCreateVolumes"_s, {{u"subsystem"_s, ess}, {u"lss"_s, 16}, {u"capacity"_s, size}});
    }
    run(engine, u"essConnectEscon"_s,
        {{u"subsystem"_s, u"B0001"_s}, {u"said"_s, u"0001"_s}, {u"remote"_s, u"B0002"_s},
            {u"remoteSaid"_s, u"00a1"_s}});
    run(engine, u"essSetLink"_s,
        {{u"subsystem"_s, u"B0001"_s}, {u"remote"_s, u"B0002"_s}, {u"bandwidth"_s, 0}, {u"roundTrip"_s, 0}});
    run(engine, u"essEstablishPaths"_s,
        {{u"subsystem"_s, u"B0001"_s}, {u"lss"_s, 16}, {u"remote"_s, u"B0002"_s}, {u"remoteLss"_s, QJsonArray {16}},
            {u"said"_s, QJsonArray {u"0001"_s}}});
    const QString source = u"000B0001"_s;
    const QString target = u"000B0002"_s;
    const QString pair = u"000B0001:000B0002"_s;
    run(engine, u"writeLogicalDrive"_s,
        {{u"subsystem"_s, u"B0001"_s}, {u"targets"_s, QJsonArray {source}}, {u"offset"_s, 0}, {u"length"_s, size},
            {u"seed"_s, 1}});

    // The DS4000 pair on the same bytes: the demonstration workspace's two sites.
    const QString primarySite = u"Primary Site"_s;
    const QString secondarySite = u"Secondary Site"_s;
    for (const auto& [site, key] : {std::pair {primarySite, u"primary"_s}, std::pair {secondarySite, u"secondary"_s}}) {
        run(engine, u"enableFeature"_s,
            {{u"subsystem"_s, site}, {u"file"_s, dir.filePath(u"ws/keys/%1-remoteMirror.key"_s.arg(key))}});
        run(engine, u"activateRemoteMirror"_s, {{u"subsystem"_s, site}});
    }
    run(engine, u"setRemoteMirrorLink"_s,
        {{u"subsystem"_s, primarySite}, {u"remoteStorageSubsystemName"_s, secondarySite}, {u"bandwidth"_s, 0},
            {u"roundTrip"_s, 0}});
    run(engine, u"createLogicalDrive"_s,
        {{u"subsystem"_s, primarySite}, {u"array"_s, 1}, {u"userLabel"_s, u"BenchP"_s}, {u"capacity"_s, size}});
    run(engine, u"createLogicalDrive"_s,
        {{u"subsystem"_s, secondarySite}, {u"array"_s, 1}, {u"userLabel"_s, u"BenchS"_s}, {u"capacity"_s, size}});
    run(engine, u"writeLogicalDrive"_s,
        {{u"subsystem"_s, primarySite}, {u"targets"_s, QJsonArray {u"BenchP"_s}}, {u"offset"_s, 0}, {u"length"_s, size},
            {u"seed"_s, 1}});

    const Configuration& config = engine.configuration();
    const QString essFile
        = engine.volumePath(config.logicalDriveByName(config.subsystemByName(u"B0001"_s)->id, source)->fileName);
    QProcess::execute(u"sync"_s, {});
    QElapsedTimer t;
    t.start();
    const QString cpTarget = dir.filePath(u"cp-copy.img"_s);
    const bool cpOk = QProcess::execute(u"cp"_s, {essFile, cpTarget}) == 0 && QProcess::execute(u"sync"_s, {}) == 0;
    const double cp = cpOk ? seconds(t) : -1;

    QProcess::execute(u"sync"_s, {});
    t.restart();
    run(engine, u"essEstablishPprc"_s, {{u"pairs"_s, QJsonArray {pair}}, {u"copy"_s, u"entire"_s}});
    while (copyState(engine, source) != u"duplex"_s) {
        Bench::idleBriefly();
    }
    const double pprc = seconds(t);

    QProcess::execute(u"sync"_s, {});
    t.restart();
    run(engine, u"createRemoteMirror"_s,
        {{u"subsystem"_s, primarySite}, {u"primary"_s, u"BenchP"_s}, {u"secondary"_s, u"BenchS"_s},
            {u"remoteStorageSubsystemName"_s, secondarySite}, {u"syncPriority"_s, u"highest"_s}});
    const ObjectId benchP = config.logicalDriveByName(config.subsystemByName(primarySite)->id, u"BenchP"_s)->id;
    while (config.mirrorOf(benchP) == nullptr || config.mirrorOf(benchP)->status != MirrorStatus::Synchronized) {
        Bench::idleBriefly();
    }
    const double ds4000 = seconds(t);
    const double mb = static_cast<double>(size) / static_cast<double>(MiB);
    std::printf("   PPRC initial copy        Copyline %8.3f s (%6.0f MB/s) | DS4000 mirror full sync %8.3f s "
                "(%6.0f MB/s; ratio %5.2f) | cp + sync %8.3f s (ratio %5.2f)\n",
        pprc, mb / pprc, ds4000, mb / ds4000, ds4000 / pprc, cp, cp > 0 ? cp / pprc : 0.0);
    run(engine, u"essTerminatePprc"_s, {{u"pairs"_s, QJsonArray {pair}}});
    if (checksum(engine, u"B0001"_s, source) != checksum(engine, u"B0002"_s, target)) {
        std::fprintf(stderr, "the PPRC secondary differs from the primary\n");
        return 1;
    }

    // ---- 2. rsQuery over 4,096 volumes ------------------------------------------------------------------------
    const int volumes = quick ? 256 : 4096;
    QStringList serials;
    for (int i = 0; i < volumes / 256; ++i) {
        const QString serial = u"Q%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        serials.append(serial);
        run(engine, u"essCreateStorageServer"_s, {{u"serial"_s, serial}, {u"lss"_s, QJsonArray {16}}});
        run(engine, u"essCreateVolumes"_s,
            {{u"subsystem"_s, serial}, {u"lss"_s, 16}, {u"count"_s, 256}, {u"capacity"_s, 64 * KiB}});
    }
    QStringList ids;
    for (const QString& serial : serials) {
        for (int n = 0; n < 256; ++n) {
            ids.append(u"0%1%2"_s.arg(n, 2, 16, QLatin1Char('0')).arg(serial).toUpper());
        }
    }
    run(engine, u"essSetPasswordProtection"_s, {{u"enabled"_s, false}});
    t.restart();
    for (const QString& id : ids) {
        run(engine, u"essQueryVolume"_s, {{u"volume"_s, id}});
    }
    const double inProcess = seconds(t);
    engine.closeWorkspace();

    QFile list(dir.filePath(u"volumes.txt"_s));
    if (!list.open(QIODevice::WriteOnly)) {
        return 1;
    }
    list.write(ids.join(u'\n').toUtf8() + '\n');
    list.close();
    const QString rsQuery = QDir(QCoreApplication::applicationDirPath()).filePath(u"rsQuery.sh"_s);
    QProcess p;
    t.restart();
    p.start(rsQuery, {u"-s"_s, workspace, u"-f"_s, list.fileName()});
    p.waitForFinished(-1);
    const double cli = seconds(t);
    const int found = static_cast<int>(QString::fromUtf8(p.readAllStandardOutput()).count(u"State="_s));
    QProcess::execute(QDir(QCoreApplication::applicationDirPath()).filePath(u"copylinectl"_s),
        {u"--workspace"_s, workspace, u"--stop"_s, u"-S"_s});
    if (p.exitCode() != 0 || found != volumes) {
        std::fprintf(stderr, "rsQuery failed (rc %d, %d of %d volumes): %s\n", p.exitCode(), found, volumes,
            p.readAllStandardError().constData());
        return 1;
    }
    std::printf("   rsQuery -f, %d volumes   CLI process %8.3f s (%6.1f us per volume, copylined started by it) | "
                "engine in process %8.3f s (%6.1f us per volume)\n",
        volumes, cli, cli * 1e6 / volumes, inProcess, inProcess * 1e6 / volumes);
    return 0;
}
