// SPDX-License-Identifier: GPL-3.0-or-later
// Adaptive resync rate benchmark (issue 19), fixed rate and adaptive side by side in one run, on the real disk:
// a host writes 4 KiB and flushes (a database commit) every 2 ms on one logical drive of the Primary Site while a
// VolumeCopy of a dense drive and a mirror resynchronization of a changed primary run on the same subsystem.
// Scenarios, on the same workspace and bytes:
//   host alone       no copy: the latency the host gets on its own;
//   unlimited        today's default, the copies at the disks' pace;
//   fixed 30%        DRBD's rule of thumb for a fixed resync-rate: 30% of the unlimited run's rates (copy bandwidth
//                    for the VolumeCopy, link bandwidth for the resynchronization);
//   adaptive         set storageSubsystem latencyBound=<bound>: the controller paces both copies.
// For each: the time until both copies completed, and the host write+flush latency while they ran (median, p99).
// Usage: bench_adaptive [--quick] [--dir DIR] [--bound MS]
#include "benchsupport.h"
#include "families/ds4000/scriptparser.h"
#include "families/families.h"
#include "service/engine.h"
#include "util/bytesize.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using namespace std::chrono_literals;

namespace
{

using SteadyClock = std::chrono::steady_clock;
const QString kPrimary = u"Primary Site"_s;
const QString kSecondary = u"Secondary Site"_s;

void run(Engine& engine, const QString& script, const QString& subsystem = kPrimary)
{
    QList<ScriptStatement> statements;
    if (const Error err = parseScript(script, &statements); err.isError()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(script), qPrintable(err.message()));
        std::exit(1);
    }
    for (ScriptStatement& s : statements) {
        s.request.args.insert(u"subsystem"_s, subsystem);
        const CommandResult r = engine.execute(s.request);
        if (!r.ok()) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(script), qPrintable(r.error.message()));
            std::exit(1);
        }
    }
}

ObjectId driveId(Engine& engine, const QString& name, const QString& subsystem = kPrimary)
{
    const Configuration& c = engine.configuration();
    return c.logicalDriveByName(c.subsystemByName(subsystem)->id, name)->id;
}

/** 4 KiB write + flush every 2 ms, timed as the host sees it. */
class HostWriter
{
public:
    explicit HostWriter(std::shared_ptr<VolumeIo> io)
        : m_io(std::move(io))
        , m_thread([this]() { loop(); })
    { }
    ~HostWriter()
    {
        m_stop = true;
        m_thread.join();
    }
    void mark(bool on)
    {
        std::lock_guard lock(m_mutex);
        m_recording = on;
        if (on) {
            m_samples.clear();
        }
    }
    std::vector<double> samples()
    {
        std::lock_guard lock(m_mutex);
        return m_samples;
    }

private:
    void loop()
    {
        QByteArray block(4096, 'h');
        const qint64 slots = m_io->size() / block.size();
        SteadyClock::time_point next = SteadyClock::now();
        quint64 n = 0;
        while (!m_stop) {
            std::this_thread::sleep_until(next);
            next += 2ms;
            block[0] = static_cast<char>(n);
            const qint64 offset = static_cast<qint64>((n * 7919) % static_cast<quint64>(slots)) * block.size();
            const SteadyClock::time_point start = SteadyClock::now();
            m_io->write(offset, std::span<const char>(block.constData(), size_t(block.size())));
            m_io->flush(IoOrigin::Host);
            const SteadyClock::time_point end = SteadyClock::now();
            next = std::max(next, end);
            ++n;
            std::lock_guard lock(m_mutex);
            if (m_recording) {
                m_samples.push_back(std::chrono::duration<double, std::milli>(end - start).count());
            }
        }
    }

    std::shared_ptr<VolumeIo> m_io;
    std::atomic<bool> m_stop {false};
    std::mutex m_mutex;
    bool m_recording = false;
    std::vector<double> m_samples;
    std::thread m_thread;
};

struct Result
{
    double seconds = 0;
    double copySeconds = 0;
    double syncSeconds = 0;
    double medianMs = 0;
    double p99Ms = 0;
    std::size_t writes = 0;
};

/** Starts the VolumeCopy (or recopy) and the resynchronization, waits for both, with the host writer recording. */
Result copyRound(Engine& engine, HostWriter& writer, qint64 resyncBytes, bool first, int round)
{
    // The mirror changes while suspended: the resynchronization ships exactly these bytes.
    run(engine,
        u"suspend remoteMirror primary [\"MP\"]; write logicalDrive [\"MP\"] offset=0 length=%1 seed=%2;"_s
            .arg(resyncBytes)
            .arg(100 + round));
    const ObjectId dst = driveId(engine, u"Dst"_s);
    const ObjectId mp = driveId(engine, u"MP"_s);
    writer.mark(true);
    const SteadyClock::time_point start = SteadyClock::now();
    run(engine,
        first ? u"create volumeCopy source=\"Src\" target=\"Dst\" copyPriority=highest;"_s
              : u"recopy volumeCopy target [\"Dst\"];"_s);
    run(engine, u"resume remoteMirror primary [\"MP\"];"_s);
    SteadyClock::time_point copyDone {};
    SteadyClock::time_point syncDone {};
    while (copyDone == SteadyClock::time_point {} || syncDone == SteadyClock::time_point {}) {
        Bench::idleBriefly();
        const Configuration& c = engine.configuration();
        const VolumeCopy* vc = c.volumeCopyTargeting(dst);
        if (copyDone == SteadyClock::time_point {} && vc != nullptr && vc->status == VolumeCopyStatus::Completed) {
            copyDone = SteadyClock::now();
        }
        if (vc != nullptr && vc->status == VolumeCopyStatus::Failed) {
            std::fprintf(stderr, "copy failed\n");
            std::exit(1);
        }
        const Mirror* m = c.mirrorOf(mp);
        if (syncDone == SteadyClock::time_point {} && m != nullptr && m->status == MirrorStatus::Synchronized) {
            syncDone = SteadyClock::now();
        }
    }
    writer.mark(false);
    const std::vector<double> lat = writer.samples();
    Result r;
    r.copySeconds = std::chrono::duration<double>(copyDone - start).count();
    r.syncSeconds = std::chrono::duration<double>(syncDone - start).count();
    r.seconds = std::max(r.copySeconds, r.syncSeconds);
    r.medianMs = Bench::percentile(lat, 0.5);
    r.p99Ms = Bench::percentile(lat, 0.99);
    r.writes = lat.size();
    return r;
}

void print(const char* label, const Result& r)
{
    std::printf("   %-26s %7.2f s (copy %6.2f s, resync %6.2f s)   host write+flush median %7.3f ms  p99 %8.3f ms"
                "  (%zu writes)\n",
        label, r.seconds, r.copySeconds, r.syncSeconds, r.medianMs, r.p99Ms, r.writes);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Bench::checkArguments(QCoreApplication::arguments(), "Usage: bench_adaptive [--quick] [--dir DIR] [--bound MS]",
        {u"--quick"_s}, {u"--dir"_s}, {u"--bound"_s});
    const QStringList args = QCoreApplication::arguments();
    const bool quick = args.contains(u"--quick"_s);
    QString root = QDir::tempPath();
    if (const auto i = args.indexOf(u"--dir"_s); i >= 0 && i + 1 < args.size()) {
        root = args.at(i + 1);
    }
    qint64 boundMs = 5;
    if (const auto i = args.indexOf(u"--bound"_s); i >= 0 && i + 1 < args.size()) {
        boundMs = args.at(i + 1).toLongLong();
    }
    const qint64 copyBytes = quick ? 64 * MiB : GiB;
    const qint64 resyncBytes = quick ? 32 * MiB : 256 * MiB;
    std::printf("Copyline adaptive resync rate benchmark%s: VolumeCopy of a dense %s drive + resynchronization of %s, "
                "a host writing 4 KiB + flush every 2 ms; latency bound %lld ms\n",
        quick ? " (quick)" : "", qPrintable(formatBytes(copyBytes)), qPrintable(formatBytes(resyncBytes)), boundMs);

    QTemporaryDir dir(root + u"/adaptive-XXXXXX"_s);
    Engine engine(Families::all());
    if (Error err = engine.openWorkspace(dir.filePath(u"ws"_s)); err.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(err.message()));
        return 1;
    }
    const QString ws = engine.workspacePath();
    for (const auto& [site, key] : {std::pair {kPrimary, u"primary"_s}, std::pair {kSecondary, u"secondary"_s}}) {
        run(engine,
            u"enable storageSubsystem feature file=\"%1\"; activate storageSubsystem feature=remoteMirror;"_s.arg(
                QDir(ws).filePath(u"keys/%1-remoteMirror.key"_s.arg(key))),
            site);
    }
    run(engine,
        u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site\" bandwidth=0 roundTrip=0 "
        "transport=inProcess;"_s);
    run(engine,
        u"create logicalDrive array=1 userLabel=\"Src\" capacity=%1 bytes;"
        "write logicalDrive [\"Src\"] offset=0 length=%1 seed=7;"
        "create logicalDrive array=2 userLabel=\"Dst\" capacity=%1 bytes;"
        "create logicalDrive array=1 userLabel=\"MP\" capacity=%2 bytes;"
        "create logicalDrive array=2 userLabel=\"Host\" capacity=%3 bytes;"_s.arg(copyBytes)
            .arg(resyncBytes)
            .arg(256 * MiB));
    run(engine, u"create logicalDrive array=1 userLabel=\"MS\" capacity=%1 bytes;"_s.arg(resyncBytes), kSecondary);
    run(engine,
        u"create remoteMirror primary=\"MP\" secondary=\"MS\" remoteStorageSubsystemName=\"Secondary Site\" "
        "syncPriority=highest;"_s);
    const ObjectId mp = driveId(engine, u"MP"_s);
    while (engine.configuration().mirrorOf(mp)->status != MirrorStatus::Synchronized) {
        Bench::idleBriefly();
    }

    HostWriter writer(engine.volumes().find(driveId(engine, u"Host"_s)));
    // The host alone, for as long as a copy round takes roughly.
    writer.mark(true);
    std::this_thread::sleep_for(quick ? 1s : 3s);
    writer.mark(false);
    {
        const std::vector<double> lat = writer.samples();
        Result r;
        r.medianMs = Bench::percentile(lat, 0.5);
        r.p99Ms = Bench::percentile(lat, 0.99);
        r.writes = lat.size();
        print("host alone", r);
    }
    int round = 0;
    const Result unlimited = copyRound(engine, writer, resyncBytes, true, round++);
    print("unlimited (today)", unlimited);

    // DRBD's fixed resync-rate rule of thumb: 30% of what the bottleneck gives.
    const auto copyRate = static_cast<qint64>(0.3 * static_cast<double>(copyBytes) / unlimited.copySeconds);
    const auto syncRate = static_cast<qint64>(0.3 * static_cast<double>(resyncBytes) / unlimited.syncSeconds);
    run(engine, u"set storageSubsystem copyBandwidth=%1 bytes;"_s.arg(copyRate));
    run(engine,
        u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site\" bandwidth=%1 bytes;"_s.arg(syncRate));
    const Result fixed = copyRound(engine, writer, resyncBytes, false, round++);
    char label[64];
    std::snprintf(label, sizeof label, "fixed 30%% (%.0f + %.0f MB/s)", static_cast<double>(copyRate) / 1e6,
        static_cast<double>(syncRate) / 1e6);
    print(label, fixed);

    run(engine, u"set storageSubsystem copyBandwidth=0 bytes latencyBound=%1;"_s.arg(boundMs));
    run(engine, u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site\" bandwidth=0;"_s);
    const Result adaptive = copyRound(engine, writer, resyncBytes, false, round++);
    std::snprintf(label, sizeof label, "adaptive (bound %lld ms)", boundMs);
    print(label, adaptive);
    run(engine, u"set storageSubsystem latencyBound=0;"_s);

    std::printf("   adaptive / fixed 30%%: completion %.2fx, host p99 %.2fx; adaptive / unlimited: completion %.2fx, "
                "host p99 %.2fx\n",
        adaptive.seconds / fixed.seconds, adaptive.p99Ms / std::max(1e-9, fixed.p99Ms),
        adaptive.seconds / unlimited.seconds, adaptive.p99Ms / std::max(1e-9, unlimited.p99Ms));
    engine.closeWorkspace();
    return 0;
}
