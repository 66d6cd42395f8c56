// SPDX-License-Identifier: GPL-3.0-or-later
// Engines per site (issue 17): two copylined processes on the loopback, one workspace each, the mirror between
// them over the replication wire — what an administrator runs when each site has its own engine. Peers side by side
// in one run:
//  1. Full initial synchronization of a fully written pair (default 4 GiB) across the two engines, until the primary
//     says Synchronized, against `rsync --inplace --whole-file` of the primary's volume file to a new file (plus
//     `sync`), the peer tool an administrator would otherwise script between two hosts.
//  2. Delta resynchronization after 1% of the primary was rewritten while suspended (Resume until Synchronized),
//     against `rsync --ignore-times --inplace --no-whole-file` of the rewritten file onto the old copy.
//  3. A planned role reversal across engines (set remoteMirror ... role=primary on the secondary's site: the other
//     engine steps down first and hands over what may differ) and the planned failback, each until Synchronized;
//     nothing was written in between, so nothing should be copied.
//  4. ESS PPRC between the same engines (12019 on site A to FCA31@siteB): Copy entire volume of a fully written
//     volume of the same size until Duplex, beside figure 1 (the same wire; the two families' copy engines).
//  5. NEC RemoteDataReplication between the same engines (S2100/1259 on site A to S2100/1258@siteB): the first
//     Replicate of a fully written LD of the same size until rpl/sync, beside figure 1.
// The engines are driven through copylinectl, as an administrator would: each wait polls `show remoteMirrors`, so
// a figure includes up to about 0.1 s of polling. The in-process and one-engine TCP figures of the same
// synchronizations are bench_mirror's.
// Usage: bench_sites [--quick] [--size MiB] [--dir D]
#include "util/bytesize.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

const QString kPrimary = u"Primary Site"_s;
const QString kSecondary = u"Secondary Site"_s;

QString ctlBinary()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(u"copylinectl"_s);
}

/** The workspaces whose engines this run started: stopped at the end, and when it fails. */
QStringList& engines()
{
    static QStringList workspaces;
    return workspaces;
}

void stopEngines()
{
    for (const QString& ws : std::as_const(engines())) {
        QProcess::execute(ctlBinary(), {u"--workspace"_s, ws, u"--stop"_s, u"-S"_s});
    }
    engines().clear();
}

[[noreturn]] void failed()
{
    stopEngines();
    std::exit(1);
}

/** copylinectl with @p args; its standard output. Stops the benchmark with its error when it fails. */
QString ctl(const QString& workspace, const QStringList& args)
{
    QProcess p;
    p.start(ctlBinary(), QStringList {u"--workspace"_s, workspace} + args);
    if (!p.waitForFinished(30 * 60 * 1000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(
            stderr, "copylinectl %s failed: %s\n", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
        failed();
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString script(const QString& workspace, const QString& subsystem, const QString& text)
{
    return ctl(workspace, {u"-n"_s, subsystem, u"-c"_s, text});
}

QJsonObject call(const QString& workspace, const QString& command, const QJsonObject& args)
{
    return QJsonDocument::fromJson(
        ctl(workspace,
            {u"--call"_s, command, u"--args"_s, QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact))})
            .toUtf8())
        .object();
}

/** The status of @p drive's mirror record on @p subsystem, in the engine's words ("Synchronized"). */
QString statusOf(const QString& workspace, const QString& subsystem, const QString& drive)
{
    const QJsonObject o = call(workspace, u"showRemoteMirrors"_s, {{u"subsystem"_s, subsystem}});
    for (const auto& v : o.value(u"mirrors"_s).toArray()) {
        if (v.toObject().value(u"logicalDrive"_s).toString() == drive) {
            return v.toObject().value(u"status"_s).toString();
        }
    }
    return {};
}

double waitSynchronized(
    const QString& workspace, const QString& subsystem, const QString& drive, const QElapsedTimer& t)
{
    for (;;) {
        const QString status = statusOf(workspace, subsystem, drive);
        if (status.compare(u"Synchronized"_s, Qt::CaseInsensitive) == 0) {
            return static_cast<double>(t.nsecsElapsed()) / 1e9;
        }
        if (status.compare(u"Synchronizing"_s, Qt::CaseInsensitive) != 0) {
            std::fprintf(stderr, "the pair is %s, not synchronizing\n", qPrintable(status));
            failed();
        }
        QThread::msleep(50);
    }
}

/** Bytes the link of @p subsystem to site @p site carried so far. */
qint64 bytesSent(const QString& workspace, const QString& subsystem, const QString& site)
{
    const QJsonObject o = call(workspace, u"showRemoteMirrorLinks"_s, {{u"subsystem"_s, subsystem}});
    for (const auto& v : o.value(u"links"_s).toArray()) {
        const QJsonObject l = v.toObject();
        if (l.value(u"storageSubsystemA"_s).toString().endsWith(u"@"_s + site)
            || l.value(u"storageSubsystemB"_s).toString().endsWith(u"@"_s + site)) {
            return l.value(u"bytesSent"_s).toInteger();
        }
    }
    return 0;
}

struct Rsync
{
    double seconds = 0;
    qint64 transferred = -1;
};

Rsync rsync(const QStringList& options, const QString& from, const QString& to)
{
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(u"rsync"_s, options + QStringList {u"--stats"_s, from, to});
    if (!p.waitForFinished(30 * 60 * 1000) || p.exitCode() != 0) {
        std::fprintf(stderr, "rsync failed: %s\n", p.readAllStandardError().constData());
        failed();
    }
    QProcess::execute(u"sync"_s, {to});
    Rsync r;
    r.seconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
    static const QRegularExpression kSent(u"Total bytes sent: ([\\d,]+)"_s);
    r.transferred = kSent.match(QString::fromUtf8(p.readAllStandardOutput())).captured(1).remove(u',').toLongLong();
    return r;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

/** The volume file of @p drive in @p workspace: the one whose size is @p size among the drives made here. */
QString volumeFile(const QString& workspace, qint64 size)
{
    for (const QFileInfo& f : QDir(workspace + u"/volumes"_s).entryInfoList({u"ld-*.img"_s}, QDir::Files)) {
        if (f.size() == size) {
            return f.filePath();
        }
    }
    std::fprintf(stderr, "no volume file of %lld bytes in %s\n", static_cast<long long>(size), qPrintable(workspace));
    failed();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const Bench::PairArguments arguments
        = Bench::pairArguments("Usage: bench_sites [--quick] [--size MiB] [--dir DIR]", 4 * GiB, 64 * MiB);
    const bool quick = arguments.quick;
    const QString root = arguments.root;
    const qint64 size = arguments.size;
    const qint64 piece = 256 * KiB; // 1% in grain-aligned pieces, as bench_mirror rewrites it
    const qint64 pieces = std::max<qint64>(1, size / 100 / piece);
    const qint64 stride = size / pieces / (64 * KiB) * (64 * KiB);
    const bool haveRsync = !QStandardPaths::findExecutable(u"rsync"_s).isEmpty();
    QTemporaryDir dir(root + u"/sites-XXXXXX"_s);
    const QString a = dir.filePath(u"siteA"_s);
    const QString b = dir.filePath(u"siteB"_s);
    engines() = {a, b};

    // Two sites, each with its engine: siteB listens, siteA registers it.
    const quint16 port = freePort();
    ctl(b, {u"--replication-listen"_s, u"127.0.0.1:%1"_s.arg(port)});
    ctl(b, {u"--site-name"_s, u"siteB"_s});
    ctl(a, {u"--site-name"_s, u"siteA"_s});
    script(a, kPrimary,
        u"enable storageSubsystem feature file=\"%1/keys/primary-remoteMirror.key\";"
        "activate storageSubsystem feature=remoteMirror;"
        "set storageSubsystem copyBandwidth=0;"
        "create logicalDrive array=1 userLabel=\"BenchP\" capacity=%2 MB;"_s.arg(a)
            .arg(size / MiB));
    script(b, kSecondary,
        u"enable storageSubsystem feature file=\"%1/keys/secondary-remoteMirror.key\";"
        "activate storageSubsystem feature=remoteMirror;"
        "create logicalDrive array=1 userLabel=\"BenchS\" capacity=%2 MB;"_s.arg(b)
            .arg(size / MiB));
    ctl(a,
        {u"--add-peer"_s, u"siteB"_s, u"--peer-address"_s, u"127.0.0.1:%1"_s.arg(port), u"--peer-key-file"_s,
            b + u"/replication.key"_s});
    const quint16 portA = freePort();
    ctl(a, {u"--replication-listen"_s, u"127.0.0.1:%1"_s.arg(portA)});
    ctl(b,
        {u"--add-peer"_s, u"siteA"_s, u"--peer-address"_s, u"127.0.0.1:%1"_s.arg(portA), u"--peer-key-file"_s,
            a + u"/replication.key"_s});
    script(a, kPrimary,
        u"write logicalDrive [\"BenchP\"] offset=0 length=%1 seed=1;"
        "set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site@siteB\" bandwidth=0;"_s.arg(size));
    const QString primaryFile = volumeFile(a, size);
    const QString copyFile = dir.filePath(u"rsync-copy.img"_s);

    std::printf("Copyline engines per site benchmark%s: %s pair between two copylined processes on the loopback "
                "(ratio > 1: Copyline is faster)\n",
        quick ? " (quick)" : "", qPrintable(formatBytes(size)));

    // 1. Full synchronization across engines, and rsync of the same file.
    QProcess::execute(u"sync"_s, {});
    QElapsedTimer t;
    t.start();
    script(a, kPrimary,
        u"create remoteMirror primary=\"BenchP\" secondary=\"BenchS\" remoteStorageSubsystemName=\"Secondary "
        "Site@siteB\" syncPriority=highest;"_s);
    const double full = waitSynchronized(a, kPrimary, u"BenchP"_s, t);
    const qint64 fullShipped = bytesSent(a, kPrimary, u"siteB"_s);
    Rsync rsFull;
    if (haveRsync) {
        rsFull = rsync({u"--inplace"_s, u"--whole-file"_s}, primaryFile, copyFile);
    }
    std::printf("   full synchronization        Copyline %8.3f s (%6.0f MB/s, %s shipped) | rsync --whole-file "
                "%8.3f s | ratio %5.2f\n",
        full, static_cast<double>(size) / 1e6 / full, qPrintable(formatBytes(fullShipped)), rsFull.seconds,
        haveRsync ? rsFull.seconds / full : 0.0);

    // 2. Delta resynchronization of 1% rewritten while suspended.
    script(a, kPrimary, u"suspend remoteMirror primary [\"BenchP\"];"_s);
    QString rewrite;
    for (qint64 i = 0; i < pieces; ++i) {
        rewrite += u"write logicalDrive [\"BenchP\"] offset=%1 length=%2 seed=%3;"_s.arg(i * stride)
                       .arg(piece)
                       .arg(7 + i % 5);
    }
    script(a, kPrimary, rewrite);
    const qint64 before = bytesSent(a, kPrimary, u"siteB"_s);
    QProcess::execute(u"sync"_s, {});
    t.restart();
    script(a, kPrimary, u"resume remoteMirror primary [\"BenchP\"];"_s);
    const double delta = waitSynchronized(a, kPrimary, u"BenchP"_s, t);
    const qint64 deltaShipped = bytesSent(a, kPrimary, u"siteB"_s) - before;
    Rsync rsDelta;
    if (haveRsync) {
        rsDelta = rsync({u"--ignore-times"_s, u"--inplace"_s, u"--no-whole-file"_s}, primaryFile, copyFile);
    }
    std::printf("   delta resync (1%%)           Copyline %8.3f s (%s recorded, %s shipped) | rsync delta %8.3f s (%s "
                "sent) | ratio %5.2f\n",
        delta, qPrintable(formatBytes(pieces * piece)), qPrintable(formatBytes(deltaShipped)), rsDelta.seconds,
        qPrintable(formatBytes(std::max<qint64>(rsDelta.transferred, 0))), haveRsync ? rsDelta.seconds / delta : 0.0);

    // 3. Planned role reversal and failback across engines.
    const qint64 sentBack = bytesSent(b, kSecondary, u"siteA"_s);
    t.restart();
    script(b, kSecondary, u"set remoteMirror localLogicalDrive [\"BenchS\"] role=primary;"_s);
    const double reversal = waitSynchronized(b, kSecondary, u"BenchS"_s, t);
    t.restart();
    script(a, kPrimary, u"set remoteMirror localLogicalDrive [\"BenchP\"] role=primary;"_s);
    const double failback = waitSynchronized(a, kPrimary, u"BenchP"_s, t);
    std::printf("   planned role reversal       Copyline %8.3f s until Synchronized (%s copied) | failback %8.3f s\n",
        reversal, qPrintable(formatBytes(bytesSent(b, kSecondary, u"siteA"_s) - sentBack)), failback);

    // 4. ESS PPRC across the same two engines: Copy entire volume until Duplex, beside the mirror's full sync.
    const QString capacity = u"%1 MB"_s.arg(size / MiB);
    call(b, u"essCreateVolumes"_s,
        {{u"subsystem"_s, u"FCA31"_s}, {u"lss"_s, 18}, {u"count"_s, 1}, {u"capacity"_s, capacity}});
    call(a, u"essCreateVolumes"_s,
        {{u"subsystem"_s, u"12019"_s}, {u"lss"_s, 16}, {u"count"_s, 1}, {u"capacity"_s, capacity}});
    ctl(a, {u"--refresh-peer"_s, u"siteB"_s});
    call(a, u"essConnectEscon"_s,
        {{u"subsystem"_s, u"12019"_s}, {u"said"_s, u"0009"_s}, {u"remote"_s, u"FCA31@siteB"_s},
            {u"remoteSaid"_s, u"00b0"_s}});
    call(a, u"essSetLink"_s, {{u"subsystem"_s, u"12019"_s}, {u"remote"_s, u"FCA31@siteB"_s}, {u"bandwidth"_s, 0}});
    call(a, u"essEstablishPaths"_s,
        {{u"subsystem"_s, u"12019"_s}, {u"lss"_s, 16}, {u"remote"_s, u"FCA31@siteB"_s},
            {u"remoteLss"_s, QJsonArray {18}}, {u"said"_s, QJsonArray {u"0009"_s}}});
    call(a, u"writeLogicalDrive"_s,
        {{u"subsystem"_s, u"12019"_s}, {u"targets"_s, QJsonArray {u"00612019"_s}}, {u"offset"_s, 0},
            {u"length"_s, size}, {u"seed"_s, 1}});
    QProcess::execute(u"sync"_s, {});
    t.restart();
    const QJsonObject established = call(
        a, u"essEstablishPprc"_s, {{u"pairs"_s, QJsonArray {u"00612019:202FCA31@siteB"_s}}, {u"copy"_s, u"entire"_s}});
    double pprc = -1;
    while (!established.contains(u"error"_s) && t.elapsed() < 30 * 60 * 1000) {
        const QJsonObject v = call(a, u"essQueryVolume"_s, {{u"volume"_s, u"00612019"_s}});
        if (v.value(u"copyState"_s).toString() == u"duplex"_s) {
            pprc = static_cast<double>(t.nsecsElapsed()) / 1e9;
            break;
        }
        QThread::msleep(50);
    }
    if (pprc < 0) {
        std::printf("   ESS PPRC copy entire volume did not reach Duplex: %s\n",
            qPrintable(established.value(u"error"_s).toString()));
    } else {
        std::printf("   ESS PPRC copy entire volume Copyline %8.3f s (%6.0f MB/s) until Duplex | mirror full sync "
                    "%8.3f s | ratio %5.2f\n",
            pprc, static_cast<double>(size) / 1e6 / pprc, full, full / pprc);
    }

    // 5. NEC RemoteDataReplication across the same two engines: the first Replicate until rpl/sync.
    const QString rvArray = u"S2100/1258"_s;
    const QString mvArray = u"S2100/1259"_s;
    call(b, u"necCreateDiskArray"_s, {{u"id"_s, rvArray}, {u"physical"_s, u"1 TB"_s}, {u"rdrLicense"_s, u"1 TB"_s}});
    call(b, u"necCreateRank"_s, {{u"subsystem"_s, rvArray}, {u"rank"_s, 0}});
    call(b, u"necCreateLd"_s, {{u"subsystem"_s, rvArray}, {u"name"_s, u"bench_rv"_s}, {u"capacity"_s, capacity}});
    call(a, u"necSetDiskArray"_s, {{u"subsystem"_s, mvArray}, {u"rdrLicense"_s, u"1 TB"_s}});
    call(a, u"necCreateLd"_s, {{u"subsystem"_s, mvArray}, {u"name"_s, u"bench_mv"_s}, {u"capacity"_s, capacity}});
    ctl(a, {u"--refresh-peer"_s, u"siteB"_s});
    // Unshaped, as the mirror's link above (a link's default round trip of 1 ms would pace the copy).
    call(a, u"necConnectDiskArrays"_s,
        {{u"subsystem"_s, mvArray}, {u"remote"_s, QString(rvArray + u"@siteB"_s)}, {u"bandwidth"_s, 0},
            {u"roundTrip"_s, 0}});
    call(a, u"writeLogicalDrive"_s,
        {{u"subsystem"_s, mvArray}, {u"targets"_s, QJsonArray {u"bench_mv"_s}}, {u"offset"_s, 0}, {u"length"_s, size},
            {u"seed"_s, 1}});
    const QJsonObject necPair {{u"mv"_s, u"bench_mv"_s}, {u"rv"_s, u"bench_rv@siteB"_s}};
    call(a, u"necSetPair"_s, necPair);
    QProcess::execute(u"sync"_s, {});
    t.restart();
    const QJsonObject replicated = call(a, u"necReplicate"_s, necPair);
    double rdr = -1;
    while (!replicated.contains(u"error"_s) && t.elapsed() < 30 * 60 * 1000) {
        if (call(a, u"necQueryPair"_s, necPair).value(u"syncState"_s).toString() == u"rpl/sync"_s) {
            rdr = static_cast<double>(t.nsecsElapsed()) / 1e9;
            break;
        }
        QThread::msleep(50);
    }
    if (rdr < 0) {
        std::printf("   NEC RDR first Replicate did not reach rpl/sync: %s\n",
            qPrintable(replicated.value(u"error"_s).toString()));
    } else {
        std::printf("   NEC RDR first Replicate     Copyline %8.3f s (%6.0f MB/s) until rpl/sync | mirror full sync "
                    "%8.3f s | ratio %5.2f\n",
            rdr, static_cast<double>(size) / 1e6 / rdr, full, full / rdr);
    }
    stopEngines();
    return 0;
}
