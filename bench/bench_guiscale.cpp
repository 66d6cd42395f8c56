// SPDX-License-Identifier: GPL-3.0-or-later
// The console at scale (issue 19, "GUI at scale"): a workspace of 10,000 logical drives on five DS4800s (2,000 each,
// the model's limit is 2,048) with ~2,000 live pairs (per subsystem 150 FlashCopies, 220 VolumeCopies, 30 remote
// mirrors to its partner: a DS4000 mirrors with one other subsystem, so 1 pairs with 2 and 3 with 4, and the fifth
// has none), built through the engine's command API; then, with the real console widgets
// (offscreen) attached to copylined serving it:
//   (a) tree build   a new Logical/Physical view shows one 2,000-drive subsystem: model, expanded tree, first paint;
//   (b) switch       the main window goes from one such subsystem to another (every view, first paint);
//   (c) idle         GUI thread CPU while nothing changes;
//   (d) copies       GUI thread CPU while copies run: per subsystem 8 VolumeCopies (the DS4800 runs 8 at once) and
//                    12 mirror resynchronizations where it has mirrors (88 copies with 5 subsystems, 80 with 4), all
//                    throttled so they outlast the measurement; then again on a second connection that asks for
//                    whole snapshots (no runtime deltas), the protocol before, for comparison in the same run.
// Goals (issue 19): (a) <= 300 ms, (b) <= 150 ms, (c) <= 1 % of a core, (d) <= 10 %.
// Logical drives are 16 MiB sparse files; only the copies of (d) have data. --quick (CTest smoke): 2 subsystems of
// 300 logical drives, 10 copies, 2 s per CPU figure.
// --keep DIR keeps the built workspace in DIR and later runs start from a copy of it (building takes minutes).
// Usage: bench_guiscale [--quick] [--seconds N] [--subsystems N] [--drives N] [--dir DIR] [--keep DIR]
#include "benchsupport.h"
#include "families/families.h"
#include "guibench.h"
#include "mainwindow/mainwindow.h"
#include "models/storagemodels.h"
#include "server/remoteconnection.h"
#include "service/engine.h"
#include "util/bytesize.h"
#include "views/logicalphysicalview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using namespace Copyline::GuiBench;

namespace
{

struct Shape
{
    int subsystems = 5;
    int drives = 2000; /**< logical drives per subsystem, repositories included */
    int flashCopies = 150;
    int volumeCopies = 220;
    int mirrors = 30;    /**< primaries per subsystem (secondaries on the next subsystem) */
    int hotCopies = 8;   /**< VolumeCopies per subsystem restarted with data for (d) */
    int hotMirrors = 12; /**< mirrors per subsystem resynchronizing for (d) */
    qint64 capacity = 16 * MiB;
    qint64 hotData = 16 * MiB;
};

QString subsystemName(int s)
{
    return u"Scale %1"_s.arg(s + 1);
}

/**
 * The subsystem that @p s mirrors with, -1 if none: a DS4000 mirrors with one other subsystem at most, so they pair
 * up (1 with 2, 3 with 4); with an odd count the last one has no mirrors.
 */
int partnerOf(int s, int subsystems)
{
    const int partner = s ^ 1;
    return partner < subsystems ? partner : -1;
}

class Builder
{
public:
    explicit Builder(Engine& engine)
        : m_engine(engine)
    { }

    QJsonObject run(const QString& name, QJsonObject args, const QString& subsystem = {})
    {
        if (!subsystem.isEmpty()) {
            args.insert(u"subsystem"_s, subsystem);
        }
        const CommandResult r = m_engine.execute({name, args});
        if (!r.ok()) {
            fatal(u"%1 on %2 failed: %3"_s.arg(name, subsystem, r.error.message()));
        }
        return r.data;
    }

    void enable(const QString& subsystem, const QString& feature)
    {
        const QString path = QDir(m_engine.workspacePath()).filePath(u"keys/bench-%1.key"_s.arg(feature));
        run(u"saveFeatureKey"_s, {{u"feature"_s, feature}, {u"file"_s, path}}, subsystem);
        run(u"enableFeature"_s, {{u"file"_s, path}}, subsystem);
        QFile::remove(path);
    }

    void drive(const QString& subsystem, int array, const QString& name, qint64 capacity)
    {
        run(u"createLogicalDrive"_s, {{u"array"_s, array}, {u"userLabel"_s, name}, {u"capacity"_s, capacity}},
            subsystem);
    }

    void write(const QString& subsystem, const QString& name, qint64 length, int seed)
    {
        run(u"writeLogicalDrive"_s,
            {{u"targets"_s, QJsonArray {name}}, {u"offset"_s, 0}, {u"length"_s, length}, {u"seed"_s, seed}}, subsystem);
    }

    /** Processes events until @p done or @p timeoutMs. */
    bool waitFor(const std::function<bool()>& done, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (!done()) {
            if (t.elapsed() > timeoutMs) {
                return false;
            }
            wait(100);
        }
        return true;
    }

private:
    Engine& m_engine;
};

QString vcSource(int i)
{
    return u"VC %1 source"_s.arg(i, 4, 10, QChar(u'0'));
}
QString vcTarget(int i)
{
    return u"VC %1 target"_s.arg(i, 4, 10, QChar(u'0'));
}
QString mirrorPrimary(int i)
{
    return u"Mirror %1 primary"_s.arg(i, 3, 10, QChar(u'0'));
}
QString mirrorSecondary(int i)
{
    return u"Mirror %1 secondary"_s.arg(i, 3, 10, QChar(u'0'));
}

/** Builds the workspace in @p dir with an in-process engine; seconds taken. */
double build(const QString& dir, const Shape& shape, bool mirrorsOnly)
{
    QElapsedTimer t;
    t.start();
    Engine engine(Families::all());
    if (const Error err = engine.openWorkspace(dir); err.isError()) {
        fatal(err.message());
    }
    Builder b(engine);
    for (int s = 0; s < (mirrorsOnly ? 0 : shape.subsystems); ++s) {
        const QString sub = subsystemName(s);
        b.run(u"createStorageSubsystem"_s, {{u"userLabel"_s, sub}, {u"model"_s, u"DS4800"_s}, {u"enclosures"_s, 2}});
        b.run(u"createArray"_s,
            {{u"drives"_s, QJsonArray {u"1,1"_s, u"1,2"_s, u"1,3"_s, u"1,4"_s, u"1,5"_s}}, {u"raidLevel"_s, u"5"_s}},
            sub);
        b.run(u"createArray"_s,
            {{u"drives"_s, QJsonArray {u"2,1"_s, u"2,2"_s, u"2,3"_s, u"2,4"_s, u"2,5"_s}}, {u"raidLevel"_s, u"5"_s}},
            sub);
        for (const QString& feature : {u"flashCopy"_s, u"volumeCopy"_s, u"remoteMirror"_s}) {
            b.enable(sub, feature);
        }
        b.run(u"activateRemoteMirror"_s, {{u"feature"_s, u"remoteMirror"_s}}, sub); // 2 mirror repositories
        b.run(u"setStorageSubsystem"_s, {{u"copyBandwidth"_s, 0}}, sub);
        int made = 2;
        const auto array = [&]() { return 1 + (made % 2); };
        for (int i = 0; i < shape.volumeCopies; ++i) {
            b.drive(sub, array(), vcSource(i), shape.capacity);
            b.drive(sub, array(), vcTarget(i), shape.capacity);
            made += 2;
        }
        for (int i = 0; i < shape.mirrors; ++i) {
            b.drive(sub, array(), mirrorPrimary(i), shape.capacity);
            b.drive(sub, array(), mirrorSecondary(i), shape.capacity);
            made += 2;
        }
        const int plain = shape.drives - made - 2 * shape.flashCopies;
        for (int i = 0; i < plain; ++i) {
            b.drive(sub, array(), u"Drive %1"_s.arg(i, 4, 10, QChar(u'0')), shape.capacity);
        }
        for (int i = 0; i < shape.flashCopies; ++i) {
            b.run(u"createFlashCopy"_s, {{u"baseLogicalDrive"_s, u"Drive %1"_s.arg(i, 4, 10, QChar(u'0'))}}, sub);
        }
        for (int i = 0; i < shape.hotCopies; ++i) {
            b.write(sub, vcSource(i), shape.hotData, i + 1);
        }
        for (int i = 0; i < shape.volumeCopies; ++i) {
            b.run(u"createVolumeCopy"_s, {{u"source"_s, vcSource(i)}, {u"target"_s, vcTarget(i)}}, sub);
        }
        std::printf("   built %s: %.0f s so far\n", qPrintable(sub), static_cast<double>(t.elapsed()) / 1000.0);
        std::fflush(stdout);
    }
    // Mirrors: the primaries of each subsystem to the secondaries of its partner.
    for (int s = 0; s < shape.subsystems; ++s) {
        if (partnerOf(s, shape.subsystems) < 0) {
            continue;
        }
        const QString sub = subsystemName(s);
        const QString next = subsystemName(partnerOf(s, shape.subsystems));
        const ObjectId subId = engine.configuration().subsystemByName(sub)->id;
        for (int i = 0; i < shape.mirrors; ++i) {
            const LogicalDrive* primary = engine.configuration().logicalDriveByName(subId, mirrorPrimary(i));
            if (primary == nullptr || engine.configuration().mirrorOf(primary->id) != nullptr) {
                continue; // made by an interrupted earlier run
            }
            b.run(u"createRemoteMirror"_s,
                {{u"primary"_s, mirrorPrimary(i)}, {u"secondary"_s, mirrorSecondary(i)},
                    {u"remoteStorageSubsystemName"_s, next}},
                sub);
        }
    }
    const auto settled = [&]() {
        const Configuration& c = engine.configuration();
        return std::none_of(
                   c.volumeCopies.cbegin(), c.volumeCopies.cend(), [](const VolumeCopy& vc) { return vc.isActive(); })
            && std::all_of(c.mirrors.cbegin(), c.mirrors.cend(),
                [](const Mirror& m) { return m.status == MirrorStatus::Synchronized; });
    };
    if (!b.waitFor(settled, 600000)) {
        fatal(u"the copies and mirror synchronizations did not end"_s);
    }
    // The mirrors of (d): suspended, their primaries written, so resuming resynchronizes shape.hotData each.
    for (int s = 0; s < shape.subsystems; ++s) {
        const QString sub = subsystemName(s);
        for (int i = 0; i < (partnerOf(s, shape.subsystems) < 0 ? 0 : shape.hotMirrors); ++i) {
            b.run(u"suspendRemoteMirror"_s, {{u"primary"_s, QJsonArray {mirrorPrimary(i)}}}, sub);
            b.write(sub, mirrorPrimary(i), shape.hotData, 100 + i);
        }
    }
    const Configuration& c = engine.configuration();
    QSet<ObjectId> ours;
    int drives = 0;
    for (int i = 0; i < shape.subsystems; ++i) {
        ours.insert(c.subsystemByName(subsystemName(i))->id);
        drives += static_cast<int>(c.logicalDrivesOf(c.subsystemByName(subsystemName(i))->id).size());
    }
    int pairs = 0;
    for (const FlashCopy& fc : c.flashCopies) {
        pairs += ours.contains(fc.subsystemId) ? 1 : 0;
    }
    for (const VolumeCopy& vc : c.volumeCopies) {
        pairs += ours.contains(vc.subsystemId) ? 1 : 0;
    }
    for (const Mirror& m : c.mirrors) {
        pairs += ours.contains(m.subsystemId) && m.role == MirrorRole::Primary ? 1 : 0;
    }
    std::printf("   workspace: %d logical drives on the %d subsystems of the benchmark (%d in the workspace), "
                "%d pairs on them\n",
        drives, shape.subsystems, static_cast<int>(c.logicalDrives.size()), pairs);
    engine.closeWorkspace();
    QFile done(QDir(dir).filePath(u"bench-guiscale-built"_s));
    done.open(QIODevice::WriteOnly);
    return static_cast<double>(t.elapsed()) / 1000.0;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double msSince(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

const char* verdict(double value, double goal)
{
    return value <= goal ? "met" : "MISSED";
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    Bench::checkArguments(QCoreApplication::arguments(),
        "Usage: bench_guiscale [--quick] [--seconds N] [--subsystems N] [--drives N] [--dir DIR] [--keep DIR]",
        {u"--quick"_s}, {u"--dir"_s, u"--keep"_s}, {u"--seconds"_s, u"--subsystems"_s, u"--drives"_s});
    QApplication::setApplicationName(u"copyline-bench"_s);
    const QStringList args = QCoreApplication::arguments();
    const auto option = [&](const QString& name, int fallback) {
        const auto i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? std::max(1, args.at(i + 1).toInt()) : fallback;
    };
    const bool quick = args.contains(u"--quick"_s);
    Shape shape;
    if (quick) {
        shape = {2, 300, 20, 30, 10, 2, 3, 16 * MiB, 8 * MiB};
    }
    shape.subsystems = std::max(2, option(u"--subsystems"_s, shape.subsystems));
    shape.drives = option(u"--drives"_s, shape.drives);
    const int seconds = option(u"--seconds"_s, quick ? 2 : 10);
    QString root = QDir::tempPath();
    if (const auto i = args.indexOf(u"--dir"_s); i >= 0 && i + 1 < args.size()) {
        root = args.at(i + 1);
    }
    QTemporaryDir dir(root + u"/guiscale-XXXXXX"_s);
    const QString workspace = dir.filePath(u"ws"_s);

    std::printf(
        "Copyline console at scale%s: %d DS4800 x %d logical drives, GUI thread figures attached to copylined\n",
        quick ? " (quick)" : "", shape.subsystems, shape.drives);
    std::fflush(stdout);
    QString keep;
    if (const auto i = args.indexOf(u"--keep"_s); i >= 0 && i + 1 < args.size()) {
        keep = QFileInfo(args.at(i + 1)).absoluteFilePath();
    }
    if (!keep.isEmpty() && QFileInfo::exists(QDir(keep).filePath(u"bench-guiscale-built"_s))) {
        std::printf("   workspace copied from %s (built by an earlier run)\n", qPrintable(keep));
    } else {
        // A kept workspace without the mark: an earlier run stopped after the subsystems, before the mirrors.
        const double built
            = build(keep.isEmpty() ? workspace : keep, shape, !keep.isEmpty() && QFileInfo::exists(keep));
        std::printf("   workspace built in %.0f s\n", built);
    }
    if (!keep.isEmpty() && QProcess::execute(u"cp"_s, {u"-a"_s, u"--sparse=always"_s, keep, workspace}) != 0) {
        fatal(u"cannot copy "_s + keep);
    }

    Daemon daemon;
    daemon.start(workspace);
    RemoteConnection connection;
    if (const Error err = connection.connectTo(workspace, 30000); err.isError()) {
        fatal(u"cannot attach: "_s + err.message());
    }
    const SnapshotPtr snapshot = connection.snapshot();
    QList<ObjectId> subsystems;
    for (int s = 0; s < shape.subsystems; ++s) {
        const Subsystem* sub = snapshot->config.subsystemByName(subsystemName(s));
        if (sub == nullptr) {
            fatal(u"no subsystem "_s + subsystemName(s));
        }
        subsystems.append(sub->id);
    }

    // (a) Tree build: a new view, the model and the expanded tree, and its first paint.
    QList<double> treeMs;
    QList<double> modelMs;
    for (int i = 0; i < (quick ? 1 : 5); ++i) {
        {
            LogicalTreeModel model;
            QElapsedTimer t;
            t.start();
            model.setSnapshot(snapshot, subsystems.at(i % subsystems.size()));
            modelMs.append(msSince(t));
        }
        LogicalPhysicalView view;
        view.resize(1280, 800);
        view.show();
        QCoreApplication::processEvents();
        QElapsedTimer t;
        t.start();
        view.setSnapshot(snapshot, subsystems.at(i % subsystems.size()));
        view.logicalTree()->viewport()->repaint();
        QCoreApplication::processEvents();
        treeMs.append(msSince(t));
    }

    // (b) Subsystem switch in the main window, every view and its first paint.
    MainWindow window;
    window.setConnection(&connection, u"bench"_s);
    window.resize(1280, 800);
    window.show();
    wait(2500); // first layout, event log fetch
    QList<double> switchMs;
    for (int i = 0; i < (quick ? 2 : 8); ++i) {
        const ObjectId to = subsystems.at((i + 1) % subsystems.size());
        QElapsedTimer t;
        t.start();
        if (!window.selectSubsystem(to)) {
            fatal(u"cannot select the subsystem"_s);
        }
        window.repaint();
        QCoreApplication::processEvents();
        switchMs.append(msSince(t));
    }
    window.selectSubsystem(subsystems.first());
    wait(1000);

    // (c) Idle.
    const double idle = cpuPercentWhileWaiting(seconds * 1000);

    // (d) 100 copies: VolumeCopies restarted and mirrors resumed, throttled so that they outlast the measurement.
    int copies = 0;
    for (int s = 0; s < shape.subsystems; ++s) {
        const QString sub = subsystemName(s);
        run(connection, u"setStorageSubsystem"_s, {{u"subsystem"_s, sub}, {u"copyBandwidth"_s, 1 * MiB}});
        if (partnerOf(s, shape.subsystems) >= 0) {
            run(connection, u"setRemoteMirrorLink"_s,
                {{u"subsystem"_s, sub},
                    {u"remoteStorageSubsystemName"_s, subsystemName(partnerOf(s, shape.subsystems))},
                    {u"bandwidth"_s, 1 * MiB}});
        }
        for (int i = 0; i < shape.hotCopies; ++i) {
            run(connection, u"recopyVolumeCopy"_s,
                {{u"subsystem"_s, sub}, {u"target"_s, QJsonArray {vcTarget(i)}}, {u"copyPriority"_s, u"highest"_s}});
            ++copies;
        }
        for (int i = 0; i < (partnerOf(s, shape.subsystems) < 0 ? 0 : shape.hotMirrors); ++i) {
            run(connection, u"resumeRemoteMirror"_s,
                {{u"subsystem"_s, sub}, {u"primary"_s, QJsonArray {mirrorPrimary(i)}}});
            ++copies;
        }
    }
    wait(2000);
    int running = 0;
    {
        const SnapshotPtr now = connection.snapshot();
        for (const VolumeCopy& vc : now->config.volumeCopies) {
            running += vc.status == VolumeCopyStatus::InProgress ? 1 : 0;
        }
        for (const Mirror& m : now->config.mirrors) {
            running += m.role == MirrorRole::Primary && m.status == MirrorStatus::Synchronizing ? 1 : 0;
        }
    }
    const double busy = cpuPercentWhileWaiting(seconds * 1000);
    int stillRunning = 0;
    {
        const SnapshotPtr now = connection.snapshot();
        for (const VolumeCopy& vc : now->config.volumeCopies) {
            stillRunning += vc.status == VolumeCopyStatus::InProgress ? 1 : 0;
        }
        for (const Mirror& m : now->config.mirrors) {
            stillRunning += m.role == MirrorRole::Primary && m.status == MirrorStatus::Synchronizing ? 1 : 0;
        }
    }

    // (d) again as the console attached before the runtime deltas (protocol.h "runtimeDelta"): every snapshot with
    // every drive's counters. The same copies still run; the window takes the other connection as after a reconnect.
    RemoteConnection whole;
    whole.setRuntimeDelta(false);
    if (const Error err = whole.connectTo(workspace, 30000); err.isError()) {
        fatal(u"cannot attach: "_s + err.message());
    }
    window.setConnection(&whole, u"bench"_s);
    window.selectSubsystem(subsystems.first());
    wait(2000);
    const double busyWhole = cpuPercentWhileWaiting(seconds * 1000);
    window.setConnection(&connection, u"bench"_s);

    const double tree = median(treeMs);
    const double sw = median(switchMs);
    std::printf(
        "   (a) tree build, %d drives       %7.1f ms  (model alone %.1f ms; median of %d)   goal <= 300 ms: %s\n",
        shape.drives, tree, median(modelMs), static_cast<int>(treeMs.size()), verdict(tree, 300));
    std::printf("   (b) subsystem switch            %7.1f ms  (median of %d, max %.1f ms)        goal <= 150 ms: %s\n",
        sw, static_cast<int>(switchMs.size()), *std::max_element(switchMs.cbegin(), switchMs.cend()), verdict(sw, 150));
    std::printf("   (c) GUI thread, idle            %7.1f %%  (%d s)                               goal <= 1 %%: %s\n",
        idle, seconds, verdict(idle, 1));
    std::printf(
        "   (d) GUI thread, %3d copies      %7.1f %%  (%d s; %d running at start, %d at end) goal <= 10 %%: %s\n",
        copies, busy, seconds, running, stillRunning, verdict(busy, 10));
    std::printf("       without runtime deltas      %7.1f %%  (the same copies, every drive's counters in every "
                "snapshot)\n",
        busyWhole);
    std::fflush(stdout);

    window.setConnection(nullptr, {});
    daemon.stop();
    return 0;
}
