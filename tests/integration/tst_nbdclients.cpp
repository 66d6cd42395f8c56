// SPDX-License-Identifier: GPL-3.0-or-later
// Real, unmodified NBD clients against the engine's host I/O server: nbdinfo, qemu-img, qemu-io, nbdcopy, fio,
// and an ext4 file system checked with e2fsck — through FlashCopies, with the copy-services refusals.
#include "service/engine.h"
#include "testworkspace.h"
#include "util/bytesize.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using Copyline::Test::TestWorkspace;

namespace
{

struct Tool
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

/** Runs a client; the engine lives on this thread, so the event loop keeps turning while it waits. */
Tool runTool(const QString& program, const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(program, args);
    if (!input.isEmpty()) {
        p.write(input);
    }
    p.closeWriteChannel();
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < 120000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        p.waitForFinished(20);
    }
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

bool have(const QString& tool)
{
    return !QStandardPaths::findExecutable(tool).isEmpty() ||
           !QStandardPaths::findExecutable(tool, {u"/usr/sbin"_s, u"/sbin"_s}).isEmpty();
}

QString sbin(const QString& tool)
{
    const QString found = QStandardPaths::findExecutable(tool);
    return found.isEmpty() ? QStandardPaths::findExecutable(tool, {u"/usr/sbin"_s, u"/sbin"_s}) : found;
}

} // namespace

class TestNbdClients : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_ws;
    QString m_uri;

    QString uri(const QString& exportName) const { return m_uri + exportName; }

private Q_SLOTS:
    void init()
    {
        for (const QString& tool : {u"nbdinfo"_s, u"nbdcopy"_s, u"qemu-img"_s, u"qemu-io"_s}) {
            if (!have(tool)) {
                QSKIP(qPrintable(u"%1 is not installed (scripts/test.sh installs qemu-utils and libnbd-bin)"_s.arg(tool)));
            }
        }
        m_ws = std::make_unique<TestWorkspace>();
        QVERIFY(m_ws->ok());
        const CommandResult r = m_ws->run(u"set hostIoServer port=0;"_s); // any free port: tests run in parallel
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        m_uri = u"nbd://127.0.0.1:%1/"_s.arg(r.data.value(u"port"_s).toInt());
    }

    void cleanup() { m_ws.reset(); }

    void listShowsEveryMappingAndOnlyThose()
    {
        const Tool list = runTool(u"nbdinfo"_s, {u"--list"_s, u"--json"_s, m_uri});
        QVERIFY2(list.code == 0, list.err.constData());
        for (const char* name : {"east-db01/lun3", "east-app01/lun2", "east-db01/lun0", "west-db01/lun1"}) {
            QVERIFY2(list.out.contains(name), name);
        }
        QVERIFY(!list.out.contains("Web Content")); // unmapped: not exported
        QVERIFY(runTool(u"nbdinfo"_s, {uri(u"nobody/lun9"_s)}).code != 0);
        const Tool info = runTool(u"qemu-img"_s, {u"info"_s, u"--output=json"_s, uri(u"east-db01/lun3"_s)});
        QVERIFY2(info.code == 0, info.err.constData());
        QVERIFY(info.out.contains(QByteArray::number(8 * GiB)));
    }

    void flashCopyReadOverNbdEqualsTheSavedImage()
    {
        QTemporaryDir dir;
        // Write an image into a logical drive with qemu-io and nbdcopy, as a host would.
        QVERIFY(m_ws->run(u"create logicalDrive array=1 userLabel=\"HostData\" capacity=64 MB;"
                          "set logicalDrive [\"HostData\"] logicalUnitNumber=7 host=\"east-db01\";"_s).ok());
        QByteArray image(48 * MiB, '\0');
        for (qsizetype i = 0; i < image.size(); i += 4096) {
            image[i] = char(i / 4096);
            image[i + 1] = char(0x5a);
        }
        QFile file(dir.filePath(u"image.raw"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(image);
        file.close();
        const QString source = uri(u"east-db01/lun7"_s);
        Tool t = runTool(u"nbdcopy"_s, {file.fileName(), source});
        QVERIFY2(t.code == 0, t.err.constData());
        t = runTool(u"qemu-io"_s, {u"-f"_s, u"raw"_s, u"-c"_s, u"write -P 0x77 50M 2M"_s, source});
        QVERIFY2(t.code == 0, t.err.constData());
        image.append(QByteArray(2 * MiB, '\0'));
        image.append(QByteArray(2 * MiB, char(0x77)));
        image.append(QByteArray(64 * MiB - image.size(), '\0'));
        // Take a FlashCopy, map it, overwrite the source through NBD...
        QVERIFY(m_ws->run(u"create FlashCopyLogicalDrive baseLogicalDrive=\"HostData\" userLabel=\"HostData-FC\" repositoryPercentOfBase=120;"
                          "set logicalDrive [\"HostData-FC\"] logicalUnitNumber=8 host=\"east-db01\";"_s).ok());
        t = runTool(u"qemu-io"_s, {u"-f"_s, u"raw"_s, u"-c"_s, u"write -P 0x11 0 64M"_s, source});
        QVERIFY2(t.code == 0, t.err.constData());
        // ...and read the FlashCopy back over NBD: byte for byte the saved image.
        const QString out = dir.filePath(u"flashcopy.raw"_s);
        t = runTool(u"nbdcopy"_s, {uri(u"east-db01/lun8"_s), out});
        QVERIFY2(t.code == 0, t.err.constData());
        QFile back(out);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QVERIFY(back.readAll() == image);
        // The source really changed.
        t = runTool(u"qemu-io"_s, {u"-f"_s, u"raw"_s, u"-c"_s, u"read -P 0x11 0 64M"_s, source});
        QVERIFY2(t.code == 0 && !t.out.contains("Pattern verification failed"), t.out.constData());
    }

    void ext4OnAFlashCopyChecksClean()
    {
        if (!have(u"mkfs.ext4"_s) || !have(u"e2fsck"_s)) {
            QSKIP("e2fsprogs is not installed");
        }
        QTemporaryDir dir;
        const QString fs = dir.filePath(u"fs.img"_s);
        QVERIFY(runTool(u"truncate"_s, {u"-s"_s, u"64M"_s, fs}).code == 0);
        Tool t = runTool(sbin(u"mkfs.ext4"_s), {u"-q"_s, u"-F"_s, u"-L"_s, u"copyline"_s, fs});
        QVERIFY2(t.code == 0, t.err.constData());
        QVERIFY(m_ws->run(u"create logicalDrive array=1 userLabel=\"Ext4Vol\" capacity=64 MB;"
                          "set logicalDrive [\"Ext4Vol\"] logicalUnitNumber=9 host=\"east-db01\";"_s).ok());
        t = runTool(u"nbdcopy"_s, {fs, uri(u"east-db01/lun9"_s)});
        QVERIFY2(t.code == 0, t.err.constData());
        QVERIFY(m_ws->run(u"create FlashCopyLogicalDrive baseLogicalDrive=\"Ext4Vol\" mapping=automatic repositoryPercentOfBase=120;"_s).ok());
        const LunMapping* m = m_ws->config().mappingOf(m_ws->logicalDrive(u"Ext4Vol-1"_s)->id);
        QVERIFY(m);
        // The base gets scribbled over after the flash; the FlashCopy must still hold a clean file system.
        t = runTool(u"qemu-io"_s, {u"-f"_s, u"raw"_s, u"-c"_s, u"write -P 0xee 0 16M"_s, uri(u"east-db01/lun9"_s)});
        QVERIFY2(t.code == 0, t.err.constData());
        const QString out = dir.filePath(u"copy.img"_s);
        t = runTool(u"nbdcopy"_s, {uri(u"admin-ws/lun%1"_s.arg(m->lun)), out}); // automatic: the Default Host Group
        QVERIFY2(t.code == 0, t.err.constData());
        t = runTool(sbin(u"e2fsck"_s), {u"-fn"_s, out});
        QVERIFY2(t.code == 0, QByteArray(t.out + t.err).constData());
        QVERIFY(runTool(sbin(u"e2fsck"_s), {u"-fn"_s, fs}).code == 0);
    }

    void refusalsFollowTheCopyServicesRules()
    {
        const qint64 last = m_ws->engine().snapshot()->lastEventId;
        // A disabled FlashCopy: reads answer EPERM; the event log says why.
        QVERIFY(m_ws->run(u"create FlashCopyLogicalDrive baseLogicalDrive=\"DataVol\" mapping=automatic;"
                          "disableFlashCopy logicalDrive [\"DataVol-1\"];"_s).ok());
        const int lun = m_ws->config().mappingOf(m_ws->logicalDrive(u"DataVol-1"_s)->id)->lun;
        Tool t = runTool(u"qemu-io"_s, {u"-f"_s, u"raw"_s, u"-r"_s, u"-c"_s, u"read 0 4k"_s, uri(u"admin-ws/lun%1"_s.arg(lun))});
        QVERIFY2(QByteArray(t.out + t.err).contains("Operation not permitted"), QByteArray(t.out + t.err).constData());
        // A VolumeCopy target while the copy runs: no access; afterwards read-only: writes refused with EPERM.
        QVERIFY(m_ws->run(u"set storageSubsystem copyBandwidth=1 MB;"
                          "create logicalDrive array=1 userLabel=\"VcSrc\" capacity=64 MB;"
                          "create logicalDrive array=2 userLabel=\"VcDst\" capacity=64 MB;"
                          "set logicalDrive [\"VcDst\"] logicalUnitNumber=5 host=\"east-app01\";"
                          "create volumeCopy source=\"VcSrc\" target=\"VcDst\";"_s).ok());
        t = runTool(u"qemu-io"_s, {u"-f"_s, u"raw"_s, u"-r"_s, u"-c"_s, u"read 0 4k"_s, uri(u"east-app01/lun5"_s)});
        QVERIFY2(QByteArray(t.out + t.err).contains("Operation not permitted"), QByteArray(t.out + t.err).constData());
        QVERIFY(m_ws->run(u"set storageSubsystem copyBandwidth=0;"_s).ok());
        QTRY_COMPARE(m_ws->config().volumeCopyTargeting(m_ws->logicalDrive(u"VcDst"_s)->id)->status,
            VolumeCopyStatus::Completed);
        // A read-only export: qemu refuses to open it for writing (Permission denied); a raw write gets EPERM.
        t = runTool(u"qemu-io"_s, {u"-f"_s, u"raw"_s, u"-c"_s, u"write 0 4k"_s, uri(u"east-app01/lun5"_s)});
        QVERIFY2(QByteArray(t.out + t.err).contains("Permission denied") ||
                     QByteArray(t.out + t.err).contains("Operation not permitted"),
            QByteArray(t.out + t.err).constData());
        t = runTool(u"qemu-io"_s, {u"-f"_s, u"raw"_s, u"-r"_s, u"-c"_s, u"read 0 4k"_s, uri(u"east-app01/lun5"_s)});
        QVERIFY2(t.code == 0 && !t.out.contains("failed"), QByteArray(t.out + t.err).constData());
        QTRY_VERIFY([&]() {
            for (const Event& e : m_ws->engine().events(0, last, 1000)) {
                if (e.code == EventCode::HostIoRefused && e.details.contains(u"east-app01/lun5"_s)) {
                    return true;
                }
            }
            return false;
        }());
        // Removing the mapping takes the export away.
        QVERIFY(m_ws->run(u"remove logicalDrive [\"VcDst\"] lunMapping;"_s).ok());
        QVERIFY(runTool(u"nbdinfo"_s, {uri(u"east-app01/lun5"_s)}).code != 0);
    }

    void mirrorSecondaryIsReadOnlyOverNbd()
    {
        // Accounting (Primary Site, host group Campus East) mirrored onto Accounting 2 (Secondary Site, Campus West).
        for (const auto& [site, key] : {std::pair {u"Primary Site"_s, u"primary"_s}, std::pair {u"Secondary Site"_s, u"secondary"_s}}) {
            const QString file = QDir(m_ws->path()).filePath(u"keys/%1-remoteMirror.key"_s.arg(key));
            const CommandResult r = m_ws->run(
                u"enable storageSubsystem feature file=\"%1\"; activate storageSubsystem feature=remoteMirror;"_s.arg(file),
                site);
            QVERIFY2(r.ok(), qPrintable(r.error.cliLine()));
        }
        CommandResult r = m_ws->run(u"set remoteMirrorLink remoteStorageSubsystemName=\"Secondary Site\" bandwidth=0;"
                                    "create remoteMirror primary=\"Accounting\" secondary=\"Accounting 2\" "
                                    "remoteStorageSubsystemName=\"Secondary Site\";"_s);
        QVERIFY2(r.ok(), qPrintable(r.error.cliLine()));
        const LogicalDrive* primary = m_ws->logicalDrive(u"Accounting"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_ws->config().mirrorOf(primary->id)->status, MirrorStatus::Synchronized, 60000);
        // A host writes the primary over NBD; Metro Mirroring has it on the secondary when the write completes.
        Tool t = runTool(u"qemu-io"_s, {u"-f"_s, u"raw"_s, u"-c"_s, u"write -P 0x5a 1M 1M"_s, uri(u"east-db01/lun0"_s)});
        QVERIFY2(t.code == 0 && !t.out.contains("failed"), QByteArray(t.out + t.err).constData());
        // The secondary's host reads it, and cannot write.
        t = runTool(u"qemu-io"_s, {u"-f"_s, u"raw"_s, u"-r"_s, u"-c"_s, u"read -P 0x5a 1M 1M"_s, uri(u"west-db01/lun0"_s)});
        QVERIFY2(t.code == 0 && !t.out.contains("failed") && !t.out.contains("mismatch"), QByteArray(t.out + t.err).constData());
        t = runTool(u"qemu-io"_s, {u"-f"_s, u"raw"_s, u"-c"_s, u"write -P 0x11 0 64k"_s, uri(u"west-db01/lun0"_s)});
        QVERIFY2(QByteArray(t.out + t.err).contains("Permission denied") ||
                     QByteArray(t.out + t.err).contains("Operation not permitted"),
            QByteArray(t.out + t.err).constData());
        // The secondary equals the primary byte for byte (the first 256 MiB, where the data is).
        QCOMPARE(m_ws->checksum(u"Accounting 2"_s, 0, 256 * MiB, u"Secondary Site"_s),
            m_ws->checksum(u"Accounting"_s, 0, 256 * MiB));
        const qint64 middle = primary->capacity / 2 / MiB * MiB; // the demo's second block of data
        QCOMPARE(m_ws->checksum(u"Accounting 2"_s, middle, MiB, u"Secondary Site"_s),
            m_ws->checksum(u"Accounting"_s, middle, MiB));
    }

    void fioRandomReadWrite()
    {
        if (!have(u"fio"_s)) {
            QSKIP("fio is not installed");
        }
        const Tool t = runTool(u"fio"_s, {u"--name=check"_s, u"--ioengine=nbd"_s, u"--uri="_s + uri(u"east-db01/lun3"_s),
                                          u"--rw=randrw"_s, u"--bs=4k"_s, u"--iodepth=16"_s, u"--size=64m"_s,
                                          u"--io_size=16m"_s, u"--verify=crc32c"_s, u"--do_verify=1"_s});
        QVERIFY2(t.code == 0, QByteArray(t.out + t.err).constData());
        QVERIFY(!t.out.contains("verify: bad"));
    }
};

QTEST_GUILESS_MAIN(TestNbdClients)
#include "tst_nbdclients.moc"
