// SPDX-License-Identifier: GPL-3.0-or-later
// Idle cost of the console: CPU time of the GUI thread of a real main window (offscreen) attached to a copylined
// process, per second of wall time, in three situations: nothing happens; a host workload runs (the engine publishes
// a snapshot twice a second because I/O counters move, but nothing the console shows changes); two VolumeCopies run
// (progress, rates and ETAs move). Each situation is measured twice on the same engine:
//   before  every snapshot carries the whole configuration, and every one is applied to every view at once
//           (RemoteConnection::setConfigDelta(false), setRuntimeDelta(false), MainWindow::setSnapshotCoalescing(false):
//           the console before issue 18);
//   after   the engine sends the configuration only when it changed and only the runtime figures that changed, and
//           the console skips snapshots that change nothing it shows and applies runtime-only changes at most every
//           MainWindow::kRuntimeApplyMs.
// The full run adds a large workspace (6 more subsystems: ~830 drives, ~500 logical drives), where the configuration
// parse of every snapshot dominated; --quick (CTest smoke) measures the demonstration workspace for 2 s each.
// Usage: bench_guiidle [--quick] [--seconds N] [--dir DIR]
#include "benchsupport.h"
#include "guibench.h"
#include "mainwindow/mainwindow.h"
#include "server/remoteconnection.h"
#include "util/bytesize.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using namespace Copyline::GuiBench;

namespace
{

ObjectId idOf(const Configuration& c, const QString& subsystem, const QString& drive)
{
    const Subsystem* s = c.subsystemByName(subsystem);
    const LogicalDrive* ld = s != nullptr ? c.logicalDriveByName(s->id, drive) : nullptr;
    return ld != nullptr ? ld->id : 0;
}

ObjectId hostId(const Configuration& c, const QString& name)
{
    for (const Host& h : c.hosts) {
        if (h.name == name) {
            return h.id;
        }
    }
    return 0;
}

struct Figures
{
    double idle = 0;
    double workload = 0;
    double copies = 0;
};

/** GUI-thread CPU %: the console attached through its own connection, measured for @p seconds per situation. */
Figures measure(const QString& workspace, bool after, int seconds, int round)
{
    RemoteConnection connection;
    connection.setConfigDelta(after);
    connection.setRuntimeDelta(after);
    if (const Error err = connection.connectTo(workspace, 10000); err.isError()) {
        fatal(u"cannot attach: "_s + err.message());
    }
    MainWindow window;
    window.setSnapshotCoalescing(after);
    window.setConnection(&connection, u"bench"_s);
    window.resize(1280, 800);
    window.show();
    wait(2500); // first layout, event log fetch
    const auto cpu = [&]() { return cpuPercentWhileWaiting(seconds * 1000); };
    Figures f;
    f.idle = cpu();

    const SnapshotPtr first = connection.snapshot(); // held: the connection replaces its snapshot as they come
    const Configuration& c = first->config;
    const ObjectId host = hostId(c, u"east-db01"_s);
    run(connection, u"startHostWorkload"_s,
        {{u"hostId"_s, host}, {u"readPercent"_s, 30}, {u"blockSize"_s, 64 * KiB}, {u"rate"_s, 8 * MiB}});
    wait(1500);
    f.workload = cpu();
    run(connection, u"stopHostWorkload"_s, {{u"hostId"_s, host}});

    // Two copies of 64 MiB written, at 2 MB/s: they run for the whole measurement.
    const QString sub = u"Primary Site"_s;
    const ObjectId subId = c.subsystemByName(sub)->id;
    run(connection, u"setStorageSubsystem"_s, {{u"subsystemId"_s, subId}, {u"copyBandwidth"_s, 2 * MiB}});
    QStringList targets;
    for (int i = 0; i < 2; ++i) {
        const QString source = u"Bench %1-%2"_s.arg(round).arg(i);
        const QString target = source + u" copy"_s;
        for (const QString& name : {source, target}) {
            run(connection, u"createLogicalDrive"_s,
                {{u"subsystemId"_s, subId}, {u"array"_s, 2}, {u"userLabel"_s, name}, {u"capacity"_s, 64 * MiB}});
        }
        run(connection, u"writeLogicalDrive"_s,
            {{u"subsystemId"_s, subId}, {u"targets"_s, QJsonArray {source}}, {u"offset"_s, 0}, {u"length"_s, 64 * MiB},
                {u"seed"_s, i + 1}});
        targets.append(target);
        run(connection, u"createVolumeCopy"_s,
            {{u"subsystemId"_s, subId}, {u"sourceId"_s, idOf(connection.snapshot()->config, sub, source)},
                {u"targetId"_s, idOf(connection.snapshot()->config, sub, target)}, {u"copyPriority"_s, u"highest"_s}});
    }
    wait(1500);
    f.copies = cpu();
    for (const QString& target : std::as_const(targets)) {
        for (const QString& command : {u"stopVolumeCopy"_s, u"removeVolumeCopy"_s}) {
            run(connection, command, {{u"subsystemId"_s, subId}, {u"target"_s, QJsonArray {target}}}, true);
        }
    }
    window.setConnection(nullptr, {});
    return f;
}

/** Adds @p subsystems DS4800s of 8 enclosures, 4 arrays and 80 logical drives each, through copylinectl. */
void enlarge(const QString& workspace, int subsystems)
{
    const QString ctl = sibling(u"copylinectl"_s);
    for (int i = 1; i <= subsystems; ++i) {
        const QString name = u"Bench %1"_s.arg(i);
        QString script = u"create storageSubsystem userLabel=\"%1\" model=DS4800 enclosures=8;"_s.arg(name);
        QProcess::execute(ctl, {u"-w"_s, workspace, u"--no-start"_s, u"-S"_s, u"-c"_s, script});
        script.clear();
        for (int a = 1; a <= 4; ++a) {
            QStringList drives;
            for (int slot = 1; slot <= 10; ++slot) {
                drives.append(u"%1,%2"_s.arg(a).arg(slot));
            }
            script += u"create array drives=(%1) raidLevel=5;"_s.arg(drives.join(u' '));
        }
        for (int a = 1; a <= 4; ++a) {
            for (int n = 1; n <= 20; ++n) {
                script += u"create logicalDrive array=%1 userLabel=\"LD-%1-%2\" capacity=1 GB;"_s.arg(a).arg(n);
            }
        }
        QProcess::execute(ctl, {u"-w"_s, workspace, u"--no-start"_s, u"-S"_s, u"-n"_s, name, u"-c"_s, script});
    }
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    Bench::checkArguments(QCoreApplication::arguments(), "Usage: bench_guiidle [--quick] [--seconds N] [--dir DIR]",
        {u"--quick"_s}, {u"--dir"_s}, {u"--seconds"_s});
    QApplication::setApplicationName(u"copyline-bench"_s);
    const QStringList args = QCoreApplication::arguments();
    const bool quick = args.contains(u"--quick"_s);
    int seconds = quick ? 2 : 10;
    if (const auto i = args.indexOf(u"--seconds"_s); i >= 0 && i + 1 < args.size()) {
        seconds = std::max(1, args.at(i + 1).toInt());
    }
    QString root = QDir::tempPath();
    if (const auto i = args.indexOf(u"--dir"_s); i >= 0 && i + 1 < args.size()) {
        root = args.at(i + 1);
    }
    QTemporaryDir dir(root + u"/guiidle-XXXXXX"_s);
    const QString workspace = dir.filePath(u"ws"_s);

    Daemon daemon;
    daemon.start(workspace, 30000);

    std::printf("Copyline console idle cost%s: GUI thread CPU %% of one core, attached to copylined, %d s per figure "
                "(before: every snapshot whole and applied at once; after: configuration delta + coalescing)\n",
        quick ? " (quick)" : "", seconds);
    int round = 0;
    const auto report = [&](const char* label) {
        const Figures before = measure(workspace, false, seconds, round++);
        const Figures after = measure(workspace, true, seconds, round++);
        std::printf("   %-28s nothing happens   before %6.1f %%  after %6.1f %%\n", label, before.idle, after.idle);
        std::printf(
            "   %-28s host workload     before %6.1f %%  after %6.1f %%\n", "", before.workload, after.workload);
        std::printf("   %-28s 2 copies running  before %6.1f %%  after %6.1f %%\n", "", before.copies, after.copies);
        std::fflush(stdout);
    };
    report("demo workspace");
    if (!quick) {
        enlarge(workspace, 6);
        report("large (+6 DS4800, ~500 LDs)");
    }

    daemon.stop();
    return 0;
}
