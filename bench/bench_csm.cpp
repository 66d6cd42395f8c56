// SPDX-License-Identifier: GPL-3.0-or-later
// Copy Services Manager benchmark (issue 16): one Metro Mirror Failover/Failback session of 1,000 copy sets over two
// ESS machines. Times adding the copy sets, Start H1->H2 (the command, then until Prepared), Suspend and Recover, and
// the queries the Sessions view refreshes with (lssess, lsrolepairs, lspair) — side by side with the same operations
// issued straight to the ESS family (essEstablishPprc / essSuspendPprc / essTerminatePprc over the same 1,000 pairs),
// which is the manager's overhead.
// Usage: bench_csm [--quick] [--dir D]
#include "benchsupport.h"
#include "families/families.h"
#include "service/engine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

QString g_token;

CommandResult run(Engine& engine, const QString& name, QJsonObject args, bool csm = false)
{
    if (csm) {
        args.insert(u"token"_s, g_token);
    }
    CommandResult r = engine.execute({name, args});
    if (!r.ok()) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(name), qPrintable(r.error.message()));
        std::exit(1);
    }
    return r;
}

double timed(const std::function<void()>& f)
{
    QElapsedTimer t;
    t.start();
    f();
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

QString state(Engine& engine)
{
    QCoreApplication::processEvents();
    const QJsonArray rows = run(engine, u"csmListSessions"_s, {}, true).data.value(u"sessions"_s).toArray();
    for (const auto& v : rows) {
        if (v.toObject().value(u"name"_s).toString() == u"BIG"_s) {
            return v.toObject().value(u"state"_s).toString();
        }
    }
    return {};
}

double waitPrepared(Engine& engine)
{
    return timed([&engine] {
        while (state(engine) != u"Prepared"_s) {
            QThread::msleep(20);
        }
    });
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Bench::checkArguments(
        QCoreApplication::arguments(), "Usage: bench_csm [--quick] [--dir DIR]", {u"--quick"_s}, {u"--dir"_s});
    const bool quick = app.arguments().contains(u"--quick"_s);
    const int count = quick ? 100 : 1000;
    const int perLss = 250;
    QTemporaryDir tmp;
    const int dirAt = static_cast<int>(app.arguments().indexOf(u"--dir"_s));
    const QString dir = dirAt > 0 ? app.arguments().value(dirAt + 1) + u"/bench-csm"_s : tmp.path();
    Engine engine(Families::all());
    if (const Error e = engine.openWorkspace(dir); e.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
    const int lssCount = (count + perLss - 1) / perLss;
    QJsonArray lss;
    for (int i = 0; i < lssCount; ++i) {
        lss.append(16 + i);
    }
    for (const QString& serial : {u"14001"_s, u"FCA40"_s}) {
        run(engine, u"essCreateStorageServer"_s, {{u"serial"_s, serial}, {u"lss"_s, lss}});
        for (int i = 0; i < lssCount; ++i) {
            run(engine, u"essCreateVolumes"_s,
                {{u"subsystem"_s, serial}, {u"lss"_s, 16 + i}, {u"count"_s, std::min(perLss, count - i * perLss)},
                    {u"capacity"_s, 1024 * 1024}});
        }
    }
    run(engine, u"essConnectEscon"_s,
        {{u"subsystem"_s, u"14001"_s}, {u"said"_s, u"0005"_s}, {u"remote"_s, u"FCA40"_s},
            {u"remoteSaid"_s, u"00a1"_s}});
    run(engine, u"essSetLink"_s, {{u"subsystem"_s, u"14001"_s}, {u"remote"_s, u"FCA40"_s}, {u"bandwidth"_s, 0}});
    for (int i = 0; i < lssCount; ++i) {
        run(engine, u"essEstablishPaths"_s,
            {{u"subsystem"_s, u"14001"_s}, {u"lss"_s, 16 + i}, {u"remote"_s, u"FCA40"_s},
                {u"remoteLss"_s, QJsonArray {16 + i}}, {u"said"_s, QJsonArray {u"0005"_s}}});
    }
    const Configuration& c = engine.configuration();
    const QList<LogicalDrive> sources = c.logicalDrivesOf(c.subsystemByName(u"14001"_s)->id);
    const QList<LogicalDrive> targets = c.logicalDrivesOf(c.subsystemByName(u"FCA40"_s)->id);
    g_token = run(engine, u"csmSetup"_s, {{u"user"_s, u"bench"_s}, {u"password"_s, u"bench-password"_s}})
                  .data.value(u"token"_s)
                  .toString();
    run(engine, u"csmAddDevice"_s, {{u"subsystem"_s, u"14001"_s}, {u"location"_s, u"A"_s}}, true);
    run(engine, u"csmAddDevice"_s, {{u"subsystem"_s, u"FCA40"_s}, {u"location"_s, u"B"_s}}, true);
    run(engine, u"csmCreateSession"_s, {{u"name"_s, u"BIG"_s}, {u"type"_s, u"mmfofb"_s}}, true);
    QJsonArray sets;
    QJsonArray pairs;
    for (int i = 0; i < count; ++i) {
        sets.append(QJsonObject {{u"H1"_s, QString(u"ESS:2105.14001:VOL:"_s + sources.at(i).name)},
            {u"H2"_s, QString(u"ESS:2105.FCA40:VOL:"_s + targets.at(i).name)}});
        pairs.append(QString(sources.at(i).name + u':' + targets.at(i).name));
    }

    std::printf("Copy Services Manager: a Metro Mirror Failover/Failback session of %d copy sets (1 MiB volumes, "
                "ESS 14001 -> FCA40, unlimited link)\n\n",
        count);
    std::printf("%-44s %12s %12s\n", "operation", "manager ms", "ESS ms");
    const double add = timed([&] {
        run(engine, u"csmAddCopySets"_s, {{u"session"_s, u"BIG"_s}, {u"copySets"_s, sets}}, true);
    });
    std::printf("%-44s %12.1f %12s\n", "add copy sets (mkcpset)", add, "-");
    const double start = timed([&] {
        run(engine, u"csmRunSessionCommand"_s, {{u"name"_s, u"BIG"_s}, {u"action"_s, u"start_h1:h2"_s}}, true);
    });
    const double prepared = waitPrepared(engine);
    const double suspend = timed([&] {
        run(engine, u"csmRunSessionCommand"_s, {{u"name"_s, u"BIG"_s}, {u"action"_s, u"suspend"_s}}, true);
    });
    const double recover = timed([&] {
        run(engine, u"csmRunSessionCommand"_s, {{u"name"_s, u"BIG"_s}, {u"action"_s, u"recover"_s}}, true);
    });
    const double lssess = timed([&] { run(engine, u"csmListSessions"_s, {}, true); });
    const double rolePairs = timed([&] { run(engine, u"csmListRolePairs"_s, {{u"name"_s, u"BIG"_s}}, true); });
    const double lspair = timed([&] { run(engine, u"csmListPairs"_s, {{u"name"_s, u"BIG"_s}}, true); });

    // The same on the ESS family directly (the recovered pairs are simplex again after Recover).
    const double essStart = timed([&] {
        run(engine, u"essEstablishPprc"_s, {{u"pairs"_s, pairs}, {u"copy"_s, u"entire"_s}});
    });
    const double essDuplex = timed([&] {
        for (;;) {
            QCoreApplication::processEvents();
            bool all = true;
            for (const Relationship& r : engine.configuration().relationships) {
                all = all && (r.kind != u"pprc"_s || r.state == u"duplex"_s);
            }
            if (all) {
                break;
            }
            QThread::msleep(20);
        }
    });
    const double essSuspend = timed([&] {
        run(engine, u"essSuspendPprc"_s, {{u"pairs"_s, pairs}, {u"scheduleOn"_s, u"source"_s}});
    });
    const double essRecover = timed([&] {
        run(engine, u"essTerminatePprc"_s, {{u"pairs"_s, pairs}, {u"scheduleOn"_s, u"target"_s}});
    });
    std::printf("%-44s %12.1f %12.1f\n", "Start H1->H2 (the command)", start, essStart);
    std::printf("%-44s %12.1f %12.1f\n", "  then until Prepared / every pair duplex", prepared, essDuplex);
    std::printf("%-44s %12.1f %12.1f\n", "Suspend", suspend, essSuspend);
    std::printf("%-44s %12.1f %12.1f\n", "Recover (terminate on the target)", recover, essRecover);
    std::printf("%-44s %12.1f %12s\n", "Sessions view refresh: lssess", lssess, "-");
    std::printf("%-44s %12.1f %12s\n", "  lsrolepairs", rolePairs, "-");
    std::printf("%-44s %12.1f %12s\n", "  lspair (every pair)", lspair, "-");
    engine.closeWorkspace();
    return 0;
}
