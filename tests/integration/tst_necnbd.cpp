// SPDX-License-Identifier: GPL-3.0-or-later
// A NEC server's volume over NBD (issue 14): real clients (nbdcopy, nbdinfo) write through the server's file-system
// buffer, so what they write reaches the logical disk only at a flush (NBD FLUSH, iSMrc_flush) or unmount, and a
// Separate before that gives an RV without it: the seed's consistency lesson (spec §4.8) with a real host.
#include "../families/nectestsupport.h"
#include "families/families.h"
#include "service/engine.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

using namespace NecTest;

constexpr qint64 kVolume = 8 << 20;
const QJsonObject kPair {{u"mv"_s, u"dev101"_s}, {u"rv"_s, u"dev102"_s}};

struct Run
{
    int code = -1;
    QByteArray out;
};

/** Runs an NBD client while the engine (on this thread) keeps serving. */
Run client(const QString& program, const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        p.waitForFinished(20);
    }
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        return {-1, "timed out"};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
}

QString sha256(const QByteArray& bytes)
{
    Sha256 hash;
    hash.addData(bytes);
    return hash.hexResult();
}

QByteArray image(qint64 length, int seed)
{
    QByteArray bytes(length, '\0');
    fillPattern(static_cast<quint64>(seed), 0, std::span<char>(bytes.data(), static_cast<size_t>(bytes.size())));
    return bytes;
}

} // namespace

class TestNecNbd : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;
    QString m_uri;

    QString writeFile(const QByteArray& bytes) const
    {
        static int n = 0;
        const QString path = m_dir->filePath(u"image%1.raw"_s.arg(++n));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            return {};
        }
        return path;
    }

    QString serverView(qint64 offset, qint64 length)
    {
        const CommandResult r = run(*m_engine, u"necChecksum"_s,
            {{u"server"_s, u"MVSRV"_s}, {u"drive"_s, u"G:"_s}, {u"offset"_s, offset}, {u"length"_s, length}});
        return r.ok() ? r.data.value(u"sha256"_s).toString() : r.error.cliLine();
    }

private Q_SLOTS:
    void init()
    {
        for (const QString& tool : {u"nbdcopy"_s, u"nbdinfo"_s}) {
            if (QStandardPaths::findExecutable(tool).isEmpty()) {
                QSKIP(qPrintable(u"%1 is not installed (scripts/test.sh installs libnbd-bin)"_s.arg(tool)));
            }
        }
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_engine = std::make_unique<Engine>(Families::all());
        Engine& e = *m_engine;
        QVERIFY(!e.openWorkspace(m_dir->filePath(u"ws"_s)).isError());
        makeArray(e, {u"dev101"_s, u"dev102"_s}, kVolume);
        QCOMPARE(ok(run(e, u"necCreateServer"_s, {{u"subsystem"_s, kArray}, {u"name"_s, u"MVSRV"_s}})), QString());
        QCOMPARE(ok(run(e, u"necCreateServer"_s, {{u"subsystem"_s, kArray}, {u"name"_s, u"RVSRV"_s}})), QString());
        QCOMPARE(
            ok(run(e, u"necAttachDisk"_s,
                {{u"server"_s, u"MVSRV"_s}, {u"ld"_s, u"dev101"_s}, {u"disk"_s, u"disk10"_s}, {u"letter"_s, u"G:"_s}})),
            QString());
        QCOMPARE(ok(run(e, u"necAttachDisk"_s,
                     {{u"server"_s, u"RVSRV"_s}, {u"ld"_s, u"dev102"_s}, {u"disk"_s, u"disk11"_s}})),
            QString());
        QCOMPARE(ok(run(e, u"necSetPair"_s, kPair)), QString());
        QCOMPARE(ok(run(e, u"necReplicate"_s, kPair)), QString());
        QTRY_COMPARE_WITH_TIMEOUT(syncState(e, u"dev101"_s, u"dev102"_s), u"rpl/sync"_s, 20000);
        const CommandResult r = run(e, u"setHostIoServer"_s, {{u"port"_s, 0}}); // any free port
        QVERIFY2(r.ok(), qPrintable(r.error.cliLine()));
        m_uri = u"nbd://127.0.0.1:%1/"_s.arg(r.data.value(u"port"_s).toInt());
        QCoreApplication::processEvents(); // the exports follow the published configuration
    }

    void cleanup()
    {
        m_engine.reset();
        m_dir.reset();
    }

    void mountedVolumesAreExportedAndFollowTheMount()
    {
        Run list = client(u"nbdinfo"_s, {u"--list"_s, m_uri});
        QVERIFY2(list.code == 0, list.out.constData());
        QVERIFY2(list.out.contains("MVSRV/disk10"), list.out.constData());
        QVERIFY2(!list.out.contains("RVSRV/disk11"), list.out.constData()); // not mounted: nothing to serve
        QCOMPARE(ok(run(*m_engine, u"necUmount"_s, {{u"server"_s, u"MVSRV"_s}, {u"drive"_s, u"G:"_s}})), QString());
        QCoreApplication::processEvents();
        QVERIFY(client(u"nbdinfo"_s, {m_uri + u"MVSRV/disk10"_s}).code != 0);
        QCOMPARE(ok(run(*m_engine, u"necMount"_s,
                     {{u"server"_s, u"MVSRV"_s}, {u"drive"_s, u"G:"_s}, {u"mvol"_s, u"disk10"_s}})),
            QString());
        QCoreApplication::processEvents();
        list = client(u"nbdinfo"_s, {m_uri + u"MVSRV/disk10"_s});
        QVERIFY2(list.code == 0 && list.out.contains(QByteArray::number(kVolume)), list.out.constData());
    }

    void separateWithoutFlushLosesWhatTheHostWroteOverNbd()
    {
        Engine& e = *m_engine;
        const QString ldBefore = checksumLd(e, u"dev101"_s);
        const QByteArray data = image(1 << 20, 81);
        const QString file = writeFile(data);
        QVERIFY(!file.isEmpty());
        // nbdcopy does not flush unless told: the data stays in MVSRV's buffer.
        const Run copy = client(u"nbdcopy"_s, {file, m_uri + u"MVSRV/disk10"_s});
        QVERIFY2(copy.code == 0, copy.out.constData());
        QCOMPARE(serverView(0, data.size()), sha256(data));
        QCOMPARE(checksumLd(e, u"dev101"_s), ldBefore);

        QCOMPARE(ok(run(e, u"necSeparate"_s, kPair)), QString());
        QTRY_COMPARE_WITH_TIMEOUT(syncState(e, u"dev101"_s, u"dev102"_s), u"separated"_s, 20000);
        QCOMPARE(checksumLd(e, u"dev102"_s), ldBefore); // the RV lacks exactly what was not flushed
        QCOMPARE(ok(run(e, u"necFlush"_s, {{u"server"_s, u"MVSRV"_s}, {u"drive"_s, u"G:"_s}})), QString());
        QCOMPARE(checksumLd(e, u"dev101"_s, 0, data.size()), sha256(data));
        QCOMPARE(checksumLd(e, u"dev102"_s), ldBefore);
    }

    void anNbdFlushIsTheServersFlush()
    {
        Engine& e = *m_engine;
        // The last page is written in part, so the buffer reads the rest of it from the LD first.
        const QByteArray data = image(3 * kGrain + 4096, 82);
        const QString file = writeFile(data);
        QVERIFY(!file.isEmpty());
        const QString tailBefore = checksumLd(e, u"dev101"_s, data.size(), kGrain - 4096);
        const Run copy = client(u"nbdcopy"_s, {u"--flush"_s, file, m_uri + u"MVSRV/disk10"_s});
        QVERIFY2(copy.code == 0, copy.out.constData());
        // The LD now holds the file, and so does the RV (Replicate, Sync Mode): seen once the pair is separated.
        QCOMPARE(checksumLd(e, u"dev101"_s, 0, data.size()), sha256(data));
        QCOMPARE(checksumLd(e, u"dev101"_s, data.size(), kGrain - 4096), tailBefore);
        QCOMPARE(serverView(0, kVolume), checksumLd(e, u"dev101"_s)); // nothing left in the buffer
        QCOMPARE(ok(run(e, u"necSeparate"_s, kPair)), QString());
        QTRY_COMPARE_WITH_TIMEOUT(syncState(e, u"dev101"_s, u"dev102"_s), u"separated"_s, 20000);
        QCOMPARE(checksumLd(e, u"dev102"_s), checksumLd(e, u"dev101"_s));
    }

    void anRvWrittenOverNbdIsCopiedOverByReplicate()
    {
        Engine& e = *m_engine;
        // Separate, mount the RV on RVSRV and write to it over NBD; unmount it and Replicate: its export is gone
        // and the RV's change is copied over from the MV.
        QCOMPARE(ok(run(e, u"necSeparate"_s, kPair)), QString());
        QTRY_COMPARE_WITH_TIMEOUT(syncState(e, u"dev101"_s, u"dev102"_s), u"separated"_s, 20000);
        QCOMPARE(
            ok(run(e, u"necMount"_s, {{u"server"_s, u"RVSRV"_s}, {u"drive"_s, u"H:"_s}, {u"mvol"_s, u"disk11"_s}})),
            QString());
        QCoreApplication::processEvents();
        const QByteArray data = image(kGrain, 83);
        const QString file = writeFile(data);
        QVERIFY(client(u"nbdcopy"_s, {u"--flush"_s, file, m_uri + u"RVSRV/disk11"_s}).code == 0);
        QCOMPARE(checksumLd(e, u"dev102"_s, 0, kGrain), sha256(data));
        QCOMPARE(ok(run(e, u"necUmount"_s, {{u"server"_s, u"RVSRV"_s}, {u"drive"_s, u"H:"_s}})), QString());
        QCOMPARE(ok(run(e, u"necReplicate"_s, kPair)), QString());
        QCoreApplication::processEvents();
        QVERIFY(client(u"nbdinfo"_s, {m_uri + u"RVSRV/disk11"_s}).code != 0);
        QTRY_COMPARE_WITH_TIMEOUT(syncState(e, u"dev101"_s, u"dev102"_s), u"rpl/sync"_s, 20000);
        QCOMPARE(ok(run(e, u"necSeparate"_s, kPair)), QString());
        QTRY_COMPARE_WITH_TIMEOUT(syncState(e, u"dev101"_s, u"dev102"_s), u"separated"_s, 20000);
        QCOMPARE(checksumLd(e, u"dev102"_s), checksumLd(e, u"dev101"_s)); // the RV's write was copied over
    }
};

} // namespace Copyline

QTEST_GUILESS_MAIN(Copyline::TestNecNbd)
#include "tst_necnbd.moc"
