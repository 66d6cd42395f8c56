// SPDX-License-Identifier: GPL-3.0-or-later
// Host I/O benchmark, peers side by side in one run: fio --ioengine=nbd, 4 KiB random reads and writes at queue
// depth 16, against Copyline's NBD server and against qemu-nbd serving a copy of the same volume file; then against
// Copyline again with one active FlashCopy on the drive (writes copy-on-write into its repository).
// Usage: bench_nbd [--quick] [--dir DIR] [--runtime SECONDS]
#include "benchsupport.h"
#include "families/families.h"
#include "service/engine.h"
#include "util/bytesize.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

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

/** Runs fio in another process while this thread keeps the engine's event loop turning; returns IOPS. */
double fio(const QString& uri, const QString& rw, int seconds, qint64 size)
{
    QProcess p;
    p.start(u"fio"_s,
        {u"--name=bench"_s, u"--ioengine=nbd"_s, u"--uri="_s + uri, u"--rw="_s + rw, u"--bs=4k"_s, u"--iodepth=16"_s,
            u"--time_based"_s, u"--runtime=%1"_s.arg(seconds), u"--size=%1"_s.arg(size), u"--output-format=json"_s});
    while (!p.waitForFinished(20)) {
        QCoreApplication::processEvents();
        if (p.state() == QProcess::NotRunning) {
            break;
        }
    }
    QByteArray out = p.readAllStandardOutput();
    out = out.mid(std::max<qsizetype>(0, out.indexOf('{'))); // fio may print notes before its JSON
    const QJsonObject job = QJsonDocument::fromJson(out).object().value(u"jobs"_s).toArray().first().toObject();
    if (job.isEmpty()) {
        std::fprintf(stderr, "fio failed on %s: %s\n", qPrintable(uri), p.readAllStandardError().constData());
    }
    const QString side = rw.contains(u"read"_s) ? u"read"_s : u"write"_s;
    return job.value(side).toObject().value(u"iops"_s).toDouble();
}

/**
 * Writes back and drops from the page cache every file below @p dir, so that both servers start each run from the
 * same state: a volume on disk, not in memory. Without it the comparison measures how the files were last written,
 * not the servers: on kernels whose ext4 caches files in large folios (6.16 and later), a file just written in 1 MiB
 * pieces (Copyline's own fill) is cached in 1 MiB folios, and every later 4 KiB write into such a folio walks all
 * its 256 block buffers, several times slower than into the small folios of a file that cp wrote or that random
 * reads brought in.
 */
void evictPageCache(const QString& dir)
{
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const int fd = ::open(QFile::encodeName(it.next()).constData(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            ::fdatasync(fd);
            ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
            ::close(fd);
        }
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Bench::checkArguments(QCoreApplication::arguments(), "Usage: bench_nbd [--quick] [--dir DIR] [--runtime SECONDS]",
        {u"--quick"_s}, {u"--dir"_s}, {u"--runtime"_s});
    const QStringList args = QCoreApplication::arguments();
    const bool quick = args.contains(u"--quick"_s);
    QString root = QDir::tempPath();
    if (const auto i = args.indexOf(u"--dir"_s); i >= 0 && i + 1 < args.size()) {
        root = args.at(i + 1);
    }
    int seconds = quick ? 1 : 10;
    if (const auto i = args.indexOf(u"--runtime"_s); i >= 0 && i + 1 < args.size()) {
        seconds = args.at(i + 1).toInt();
    }
    if (QStandardPaths::findExecutable(u"fio"_s).isEmpty() || QStandardPaths::findExecutable(u"qemu-nbd"_s).isEmpty()) {
        std::printf("fio or qemu-nbd missing: nothing to compare (scripts/deps.sh installs them)\n");
        return 0;
    }
    const qint64 size = quick ? 64 * MiB : GiB;
    QTemporaryDir dir(root + u"/nbd-XXXXXX"_s);
    Engine engine(Families::all());
    if (Error err = engine.openWorkspace(dir.filePath(u"ws"_s)); err.isError()) {
        std::fprintf(stderr, "%s\n", qPrintable(err.message()));
        return 1;
    }
    const QString sub = u"Primary Site"_s;
    const quint16 port
        = static_cast<quint16>(run(engine, u"setHostIoServer"_s, {{u"port"_s, 0}}).data.value(u"port"_s).toInt());
    run(engine, u"createLogicalDrive"_s,
        {{u"subsystem"_s, sub}, {u"array"_s, 1}, {u"userLabel"_s, u"Fio"_s}, {u"capacity"_s, size}});
    run(engine, u"writeLogicalDrive"_s,
        {{u"subsystem"_s, sub}, {u"targets"_s, QJsonArray {u"Fio"_s}}, {u"offset"_s, 0}, {u"length"_s, size},
            {u"seed"_s, 1}});
    run(engine, u"setLogicalDrive"_s,
        {{u"subsystem"_s, sub}, {u"targets"_s, QJsonArray {u"Fio"_s}}, {u"logicalUnitNumber"_s, 9},
            {u"host"_s, u"east-db01"_s}});
    const QString ours = u"nbd://127.0.0.1:%1/east-db01/lun9"_s.arg(port);

    // The peer serves a copy of the very same bytes.
    const Configuration& config = engine.configuration();
    const QString volume
        = engine.volumePath(config.logicalDriveByName(config.subsystemByName(sub)->id, u"Fio"_s)->fileName);
    const QString copy = dir.filePath(u"peer.img"_s);
    QProcess::execute(u"cp"_s, {u"--sparse=always"_s, volume, copy});
    QProcess qemuNbd;
    const quint16 peerPort = static_cast<quint16>(port + 1);
    qemuNbd.start(u"qemu-nbd"_s,
        {u"-f"_s, u"raw"_s, u"-b"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(peerPort), u"-x"_s, u"peer"_s, u"-t"_s,
            u"--cache=writeback"_s, u"--aio=threads"_s, copy});
    QThread::msleep(500);
    const QString peer = u"nbd://127.0.0.1:%1/peer"_s.arg(peerPort);

    std::printf("Copyline NBD benchmark: fio --ioengine=nbd, 4 KiB, queue depth 16, %d s per run, %s volume\n", seconds,
        qPrintable(formatBytes(size)));
    std::printf("   %-34s %12s %12s %10s\n", "", "Copyline", "qemu-nbd", "ratio");
    for (const QString& rw : {u"randread"_s, u"randwrite"_s}) {
        evictPageCache(dir.path());
        const double a = fio(ours, rw, seconds, size);
        const double b = fio(peer, rw, seconds, size);
        std::printf("   %-34s %10.0f/s %10.0f/s %10.2f\n", qPrintable(rw + u" IOPS"_s), a, b, b > 0 ? a / b : 0.0);
    }
    run(engine, u"createFlashCopy"_s,
        {{u"subsystem"_s, sub}, {u"baseLogicalDrive"_s, u"Fio"_s}, {u"repositoryPercentOfBase"_s, 120}});
    for (const QString& rw : {u"randread"_s, u"randwrite"_s}) {
        evictPageCache(dir.path());
        const double a = fio(ours, rw, seconds, size);
        const double b = fio(peer, rw, seconds, size);
        std::printf("   %-34s %10.0f/s %10.0f/s %10.2f\n", qPrintable(rw + u" IOPS, 1 FlashCopy active"_s), a, b,
            b > 0 ? a / b : 0.0);
    }
    qemuNbd.terminate();
    qemuNbd.waitForFinished();
    engine.closeWorkspace();
    return 0;
}
