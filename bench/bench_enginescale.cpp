// SPDX-License-Identifier: GPL-3.0-or-later
// Engine command cost as the configuration grows (issue 19, "GUI at scale": the workspace of bench_guiscale took
// 30 minutes to build). One DS4800 grows in steps to 2,000 logical drives (10 % of them VolumeCopy pairs, 5 %
// FlashCopies, the rest plain); at each size the same administrator commands are timed through the engine's command
// API (the path copylinectl and the console take), each the median of several runs:
//   create + delete logical drive    a new 16 MiB drive on the array, then removed again;
//   rename logical drive             set logicalDrive userLabel (a change of one field);
//   create + delete FlashCopy        of a plain drive (repository made and removed with it);
//   show allLogicalDrives             a read-only query of every drive.
// The peer is the same command on the same subsystem at the first size: an engine whose commands cost O(1) in the
// configuration's size shows a growth factor near 1 (LVM's lvcreate, for comparison, rewrites its whole metadata
// area on every change, so it grows with the number of volumes too). Usage: bench_enginescale [--quick] [--dir D]
#include "benchsupport.h"
#include "families/ds4000/scriptparser.h"
#include "families/families.h"
#include "service/engine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

const QString kSubsystem = u"Scale"_s;

[[noreturn]] void fatal(const QString& what)
{
    std::fprintf(stderr, "bench_enginescale: %s\n", qPrintable(what));
    std::exit(1);
}

void run(Engine& engine, const QString& script)
{
    QList<ScriptStatement> statements;
    if (const Error err = parseScript(script, &statements); err.isError()) {
        fatal(script + u": "_s + err.message());
    }
    for (ScriptStatement& s : statements) {
        s.request.args.insert(u"subsystem"_s, kSubsystem);
        const CommandResult r = engine.execute(s.request);
        if (!r.ok()) {
            fatal(script + u": "_s + r.error.message());
        }
    }
}

/** Milliseconds of one run of @p script. */
double timed(Engine& engine, const QString& script)
{
    QElapsedTimer t;
    t.start();
    run(engine, script);
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

QString createDrive(const QString& name, int array)
{
    return u"create logicalDrive array=%1 userLabel=\"%2\" capacity=16 MB;"_s.arg(array).arg(name);
}

struct Row
{
    int drives = 0;
    double createDelete = 0;
    double rename = 0;
    double flashCopy = 0;
    double show = 0;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Bench::checkArguments(
        QCoreApplication::arguments(), "Usage: bench_enginescale [--quick] [--dir DIR]", {u"--quick"_s}, {u"--dir"_s});
    const QStringList args = app.arguments();
    const bool quick = args.contains(u"--quick"_s);
    const qsizetype dirAt = args.indexOf(u"--dir"_s);
    QTemporaryDir temp(dirAt > 0 && dirAt + 1 < args.size() ? args[dirAt + 1] + u"/enginescale-XXXXXX"_s
                                                            : QDir::tempPath() + u"/enginescale-XXXXXX"_s);
    if (!temp.isValid()) {
        fatal(u"cannot make a scratch folder: "_s + temp.errorString());
    }
    const std::vector<int> sizes = quick ? std::vector<int> {50, 200} : std::vector<int> {250, 500, 1000, 2000};
    const int samples = quick ? 3 : 9;

    Engine engine(Families::all());
    if (const Error err = engine.openWorkspace(temp.filePath(u"ws"_s)); err.isError()) {
        fatal(err.message());
    }
    {
        const CommandResult r = engine.execute({u"createStorageSubsystem"_s,
            {{u"userLabel"_s, kSubsystem}, {u"model"_s, u"DS4800"_s}, {u"enclosures"_s, 2}}});
        if (!r.ok()) {
            fatal(r.error.message());
        }
    }
    run(engine,
        u"create array drives=(1,1 1,2 1,3 1,4 1,5) raidLevel=5; create array drives=(2,1 2,2 2,3 2,4 2,5) "
        "raidLevel=5;"_s);
    for (const QString& feature : {u"flashCopy"_s, u"volumeCopy"_s}) {
        const QString key = temp.filePath(u"%1.key"_s.arg(feature));
        const CommandResult r = engine.execute(
            {u"saveFeatureKey"_s, {{u"subsystem"_s, kSubsystem}, {u"feature"_s, feature}, {u"file"_s, key}}});
        if (!r.ok()) {
            fatal(r.error.message());
        }
        run(engine, u"enable storageSubsystem feature file=\"%1\";"_s.arg(key));
    }

    run(engine, createDrive(u"Probe base"_s, 1));
    std::fflush(stderr);
    std::printf("Engine command cost by configuration size (one DS4800; 10%% VolumeCopy pairs, 5%% FlashCopies; "
                "median of %d runs)%s\n",
        samples, quick ? " (quick)" : "");
    std::printf("   %-8s %22s %16s %22s %18s\n", "drives", "create+delete drive", "rename drive",
        "create+delete FlashCopy", "show allLogicalDrives");
    std::vector<Row> rows;
    int made = 0;
    int pairs = 0;
    int flashCopies = 0;
    QElapsedTimer building;
    building.start();
    for (const int size : sizes) {
        // Grow: every tenth drive pair is a VolumeCopy (completed at once: the drives hold no data), every
        // twentieth drive gets a FlashCopy (its repository and the FlashCopy drive count as drives too).
        while (made < size) {
            if (made % 10 == 0) {
                run(engine,
                    createDrive(u"VC %1 source"_s.arg(pairs), 1) + createDrive(u"VC %1 target"_s.arg(pairs), 2));
                run(engine, u"create volumeCopy source=\"VC %1 source\" target=\"VC %1 target\";"_s.arg(pairs));
                ++pairs;
                made += 2;
            } else if (made % 20 == 3) {
                run(engine, createDrive(u"FC %1 base"_s.arg(flashCopies), 1));
                run(engine, u"create flashCopyLogicalDrive baseLogicalDrive=\"FC %1 base\";"_s.arg(flashCopies));
                ++flashCopies;
                made += 3;
            } else {
                run(engine, createDrive(u"Drive %1"_s.arg(made), 1 + made % 2));
                ++made;
            }
        }
        Row row;
        row.drives = static_cast<int>(engine.configuration().logicalDrives.size());
        std::vector<double> createDelete;
        std::vector<double> rename;
        std::vector<double> flashCopy;
        std::vector<double> show;
        for (int i = 0; i < samples; ++i) {
            createDelete.push_back(timed(engine, createDrive(u"Probe"_s, 1) + u"delete logicalDrive [\"Probe\"];"_s));
            rename.push_back(timed(engine, u"set logicalDrive [\"Probe base\"] userLabel=\"Probe base renamed\";"_s)
                + timed(engine, u"set logicalDrive [\"Probe base renamed\"] userLabel=\"Probe base\";"_s));
            flashCopy.push_back(timed(engine,
                u"create flashCopyLogicalDrive baseLogicalDrive=\"Probe base\" userLabel=\"Probe FC\" "
                "repositoryUserLabel=\"Probe FC repository\"; delete logicalDrive [\"Probe FC\"];"_s));
            show.push_back(timed(engine, u"show allLogicalDrives;"_s));
        }
        row.createDelete = median(createDelete);
        row.rename = median(rename) / 2;
        row.flashCopy = median(flashCopy);
        row.show = median(show);
        rows.push_back(row);
        std::printf("   %-8d %19.2f ms %13.2f ms %19.2f ms %15.2f ms\n", row.drives, row.createDelete, row.rename,
            row.flashCopy, row.show);
        std::fflush(stdout);
    }
    const Row& first = rows.front();
    const Row& last = rows.back();
    std::printf(
        "   growth from %d to %d drives (%.0fx the drives): create+delete %.2fx, rename %.2fx, FlashCopy %.2fx, "
        "show %.2fx\n",
        first.drives, last.drives, static_cast<double>(last.drives) / first.drives,
        last.createDelete / first.createDelete, last.rename / first.rename, last.flashCopy / first.flashCopy,
        last.show / first.show);
    std::printf("   building the workspace took %.1f s (%d VolumeCopies, %d FlashCopies)\n",
        static_cast<double>(building.elapsed()) / 1000.0, pairs, flashCopies);
    engine.closeWorkspace();
    return 0;
}
