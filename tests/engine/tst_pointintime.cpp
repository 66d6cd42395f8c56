// SPDX-License-Identifier: GPL-3.0-or-later
// The point-in-time primitive against a plain in-memory model: copy-before-write, target reads and writes,
// several copies of one source, background copy over sparse sources, repository accounting and full policies,
// incremental restart, reopening from the map after a crash, and concurrent I/O to the same grains.
#include "copy/pointintime.h"
#include "util/bytesize.h"
#include "util/pattern.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <functional>
#include <thread>
#include <tuple>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

std::span<const char> view(const QByteArray& a)
{
    return {a.constData(), size_t(a.size())};
}

QByteArray readAll(VolumeBackend& b)
{
    QByteArray out(b.size(), '\0');
    const IoStatus st = b.read(0, std::span<char>(out.data(), size_t(out.size())));
    return st.ok() ? out : QByteArray("READ FAILED: ") + st.reason.toUtf8();
}

QByteArray randomBytes(QRandomGenerator& rng, qint64 n)
{
    QByteArray data(n, '\0');
    fillPattern(rng.generate64(), 0, std::span<char>(data.data(), size_t(n)));
    return data;
}

/** A source volume (with its I/O front) and the files of one or more copies, in a temporary folder. */
struct Rig
{
    QTemporaryDir dir;
    std::shared_ptr<FileBackend> sourceBackend;
    std::shared_ptr<VolumeIo> source;

    explicit Rig(qint64 size)
    {
        IoStatus st;
        sourceBackend = std::make_shared<FileBackend>(VolumeFile::create(dir.filePath(u"source.img"_s), size, &st));
        source = std::make_shared<VolumeIo>(1, sourceBackend);
    }

    std::shared_ptr<FileBackend> store(const QString& name, qint64 size)
    {
        IoStatus st;
        return std::make_shared<FileBackend>(VolumeFile::create(dir.filePath(name), size, &st));
    }

    std::shared_ptr<PointInTimeCopy> establish(
        const PitConfig& config, std::shared_ptr<VolumeBackend> store, const QString& map)
    {
        auto quiet = source->quiesce();
        IoStatus st;
        auto pit = PointInTimeCopy::establish(config, sourceBackend, std::move(store), dir.filePath(map), &st);
        quiet.unlock();
        if (pit) {
            source->addObserver(pit);
        }
        return pit;
    }

    IoStatus write(qint64 offset, const QByteArray& data) { return source->write(offset, view(data)); }

    /** The base's shared preserved-grain store (one object per file, as the engine has it). */
    std::shared_ptr<PreservedGrainStore> shared(qint64 grain = 4096)
    {
        IoStatus st;
        auto store = PreservedGrainStore::open(dir.filePath(u"shared.grains"_s), grain, &st);
        if (!store) {
            qFatal("cannot open the shared store: %s", qPrintable(st.reason));
        }
        return store;
    }

    std::shared_ptr<PointInTimeCopy> reopen(const PitConfig& config, const QString& repository, const QString& map)
    {
        IoStatus st;
        auto repo = std::make_shared<FileBackend>(VolumeFile::open(dir.filePath(repository), &st));
        auto pit = PointInTimeCopy::reopen(config, sourceBackend, repo, dir.filePath(map), PitState::Active, &st);
        if (!pit) {
            qWarning("reopen failed: %s", qPrintable(st.reason));
            return nullptr;
        }
        source->addObserver(pit);
        return pit;
    }
};

/** A store that passes everything to another; a test store overrides what it changes. */
class ForwardingStore : public VolumeBackend
{
public:
    explicit ForwardingStore(std::shared_ptr<VolumeBackend> inner)
        : m_inner(std::move(inner))
    { }
    qint64 size() const override { return m_inner->size(); }
    IoStatus read(qint64 offset, std::span<char> buffer) override { return m_inner->read(offset, buffer); }
    IoStatus write(qint64 offset, std::span<const char> data) override { return m_inner->write(offset, data); }
    IoStatus discard(qint64 offset, qint64 length) override { return m_inner->discard(offset, length); }
    IoStatus flush() override { return m_inner->flush(); }
    QList<Extent> dataExtents(qint64 offset, qint64 length) const override
    {
        return m_inner->dataExtents(offset, length);
    }

private:
    std::shared_ptr<VolumeBackend> m_inner;
};

/** A store on a disk that has run out of space: reads work, writes fail as a full file system's do. */
class FullDiskStore final : public ForwardingStore
{
public:
    using ForwardingStore::ForwardingStore;
    std::atomic<bool> full {false};
    IoStatus write(qint64 offset, std::span<const char> data) override
    {
        return full ? IoStatus::failure(ENOSPC, u"No space left on device"_s) : ForwardingStore::write(offset, data);
    }
};

/** The bytes of @p path now: what a process killed at this moment leaves of the file. */
QByteArray fileNow(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** A store that keeps the copy's map file as it is when the first write reaches the store after arm(). */
class MapAtStoreWrite final : public ForwardingStore
{
public:
    MapAtStoreWrite(std::shared_ptr<VolumeBackend> inner, QString map)
        : ForwardingStore(std::move(inner))
        , m_map(std::move(map))
    { }
    void arm() { m_armed = true; }
    QByteArray taken;
    IoStatus write(qint64 offset, std::span<const char> data) override
    {
        if (m_armed.exchange(false)) {
            taken = fileNow(m_map);
        }
        return ForwardingStore::write(offset, data);
    }

private:
    QString m_map;
    std::atomic<bool> m_armed {false};
};

/** A hook after the copy's own on the source: keeps the map file as it is when the write is about to go on. */
class MapAtSourceWrite final : public WriteObserver
{
public:
    explicit MapAtSourceWrite(QString map)
        : m_map(std::move(map))
    { }
    QByteArray taken;
    IoStatus beforeWrite(const WriteOp& op) override
    {
        Q_UNUSED(op);
        taken = fileNow(m_map);
        return IoStatus::success();
    }

private:
    QString m_map;
};

/** The data rows of a test that runs on both stores. */
void storeRows()
{
    QTest::addColumn<bool>("repository");
    QTest::newRow("full volume") << false;
    QTest::newRow("repository") << true;
}

PitConfig fullConfig(qint64 size, qint64 grain = 4096)
{
    PitConfig c;
    c.store = PitStore::FullVolume;
    c.grainSize = grain;
    c.imageSize = size;
    return c;
}

PitConfig repositoryConfig(qint64 size, qint64 grain = 4096)
{
    PitConfig c = fullConfig(size, grain);
    c.store = PitStore::Repository;
    c.repositoryReserved = 8192;
    return c;
}

/**
 * For 1.5 s, @p writers threads write the source at random while two threads read what @p targetFor picks for
 * them and compare it with @p t0, and @p extra (if any) runs on a thread of its own until told to stop. Returns
 * the reads that did not see T0.
 */
int hammer(Rig& rig,
    const QByteArray& t0,
    int writers,
    const std::function<std::shared_ptr<VolumeBackend>(QRandomGenerator&)>& targetFor,
    const std::function<void(const std::atomic<bool>& stop)>& extra = {})
{
    const auto size = static_cast<qint64>(t0.size());
    std::atomic<bool> stop {false};
    std::atomic<int> mismatches {0};
    std::vector<std::thread> threads;
    for (int w = 0; w < writers; ++w) {
        threads.emplace_back([&, w]() {
            QRandomGenerator rng(100 + w);
            while (!stop) {
                const qint64 len = 1 + rng.bounded(200000);
                rig.write(rng.bounded(size - len), randomBytes(rng, len));
            }
        });
    }
    if (extra) {
        threads.emplace_back([&]() { extra(stop); });
    }
    for (int r = 0; r < 2; ++r) {
        threads.emplace_back([&, r]() {
            QRandomGenerator rng(200 + r);
            while (!stop) {
                auto target = targetFor(rng);
                const qint64 len = 1 + rng.bounded(300000);
                const qint64 at = rng.bounded(size - len);
                QByteArray buf(len, '\0');
                if (!target->read(at, std::span<char>(buf.data(), size_t(len))).ok() || buf != t0.mid(at, len)) {
                    ++mismatches;
                }
            }
        });
    }
    QTest::qWait(1500);
    stop = true;
    for (auto& t : threads) {
        t.join();
    }
    return mismatches.load();
}

/** A random test's seed: COPYLINE_SEED when set, else a new one, printed so that a failure can be replayed. */
quint32 testSeed(const char* test)
{
    const quint32 seed = qEnvironmentVariableIsSet("COPYLINE_SEED")
        ? quint32(qEnvironmentVariableIntValue("COPYLINE_SEED"))
        : QRandomGenerator::global()->generate();
    qInfo("%s seed %u (replay with COPYLINE_SEED=%u)", test, seed, seed);
    return seed;
}

PitConfig sharedConfig(qint64 size, std::shared_ptr<PreservedGrainStore> store, qint64 grain = 4096)
{
    PitConfig c = repositoryConfig(size, grain);
    c.sharedStore = std::move(store);
    return c;
}

} // namespace

class TestPointInTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copyBeforeWriteKeepsTheImage_data() { storeRows(); }
    void copyBeforeWriteKeepsTheImage()
    {
        QFETCH(bool, repository);
        const qint64 size = MiB;
        Rig rig(size);
        QRandomGenerator rng(1);
        const QByteArray t0 = randomBytes(rng, size);
        QVERIFY(rig.write(0, t0).ok());
        auto pit = rig.establish(repository ? repositoryConfig(size) : fullConfig(size),
            rig.store(u"store"_s, repository ? size / 2 : size), u"map"_s);
        QVERIFY(pit);
        auto target = pit->targetBackend();
        QCOMPARE(readAll(*target), t0);
        QCOMPARE(pit->grainsCopied(), qint64(0));
        // Overwrite part of the source: the target still reads T0; only the touched grains were copied.
        const QByteArray later = randomBytes(rng, 10000);
        QVERIFY(rig.write(5000, later).ok());
        QCOMPARE(readAll(*target), t0);
        QCOMPARE(pit->grainsCopied(), qint64(3)); // bytes 5000..14999 touch the 4 KiB grains 1, 2 and 3
        QByteArray now = t0;
        now.replace(5000, later.size(), later);
        QCOMPARE(readAll(*rig.sourceBackend), now);
        // A second write to the same grains copies nothing more.
        QVERIFY(rig.write(6000, randomBytes(rng, 100)).ok());
        QCOMPARE(pit->grainsCopied(), qint64(3));
    }

    void targetWritesArePrivate()
    {
        const qint64 size = 256 * KiB;
        Rig rig(size);
        QRandomGenerator rng(2);
        const QByteArray t0 = randomBytes(rng, size);
        rig.write(0, t0);
        auto pit = rig.establish(repositoryConfig(size), rig.store(u"store"_s, size), u"map"_s);
        auto target = pit->targetBackend();
        // A partial-grain write materialises the rest of the grain from T0.
        const QByteArray patch = randomBytes(rng, 100);
        QVERIFY(target->write(4096 * 3 + 50, view(patch)).ok());
        QByteArray expected = t0;
        expected.replace(4096 * 3 + 50, patch.size(), patch);
        QCOMPARE(readAll(*target), expected);
        QCOMPARE(readAll(*rig.sourceBackend), t0); // the source never sees target writes
        // A later source write to that grain must not disturb the target's own data.
        rig.write(4096 * 3, randomBytes(rng, 4096));
        QCOMPARE(readAll(*target), expected);
    }

    void severalCopiesOfOneSource()
    {
        const qint64 size = 512 * KiB;
        Rig rig(size);
        QRandomGenerator rng(3);
        QByteArray s = randomBytes(rng, size);
        rig.write(0, s);
        QList<std::shared_ptr<PointInTimeCopy>> pits;
        QList<QByteArray> images;
        for (int i = 0; i < 4; ++i) {
            pits.append(rig.establish(repositoryConfig(size), rig.store(u"store%1"_s.arg(i), size), u"map%1"_s.arg(i)));
            images.append(s);
            // Change the source between the establishes: every copy has its own point in time.
            const qint64 at = rng.bounded(size - 20000);
            const QByteArray data = randomBytes(rng, 20000);
            rig.write(at, data);
            s.replace(at, data.size(), data);
        }
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(readAll(*pits[i]->targetBackend()), images[i]);
        }
    }

    void backgroundCopyIsSparseAware()
    {
        const qint64 size = 64 * MiB;
        Rig rig(size);
        QRandomGenerator rng(4);
        const QByteArray a = randomBytes(rng, MiB);
        rig.write(3 * MiB, a);
        rig.write(40 * MiB + 12345, a);
        auto storeBackend = rig.store(u"target"_s, size);
        auto pit = rig.establish(fullConfig(size, 64 * KiB), storeBackend, u"map"_s);
        const QByteArray before = readAll(*pit->targetBackend());
        qint64 steps = 0;
        while (pit->copyStep(16) > 0) {
            ++steps;
        }
        QCOMPARE(pit->grainsCopied(), pit->grains());
        QVERIFY(steps >= pit->grains() / 16);
        QCOMPARE(readAll(*storeBackend), before); // the target volume itself now holds the whole image
        // Holes stayed holes: only around the two written megabytes was space allocated.
        QVERIFY2(storeBackend->file().allocatedBytes() < 8 * MiB,
            qPrintable(QString::number(storeBackend->file().allocatedBytes())));
    }

    void backgroundCopyDoesNotOverwriteTargetWrites()
    {
        const qint64 size = MiB;
        Rig rig(size);
        QRandomGenerator rng(5);
        rig.write(0, randomBytes(rng, size));
        auto pit = rig.establish(fullConfig(size), rig.store(u"target"_s, size), u"map"_s);
        auto target = pit->targetBackend();
        QByteArray expected = readAll(*target);
        const QByteArray mine = randomBytes(rng, 9000);
        target->write(100000, view(mine));
        expected.replace(100000, mine.size(), mine);
        while (pit->copyStep(7) > 0) { }
        QCOMPARE(readAll(*target), expected);
    }

    void repositoryFullFailsTheCopy()
    {
        const qint64 size = MiB;
        Rig rig(size);
        QRandomGenerator rng(6);
        rig.write(0, randomBytes(rng, size));
        PitConfig config = repositoryConfig(size);
        config.warningThresholdPercent = 50;
        // Room for (40 KiB - 8 KiB reserved) / 4 KiB = 8 grains.
        auto pit = rig.establish(config, rig.store(u"repo"_s, 40 * KiB), u"map"_s);
        std::atomic<int> warnings {0};
        std::atomic<int> failures {0};
        pit->setListener({[&]() { ++warnings; }, [&](const QString&) { ++failures; }, {}});
        QCOMPARE(pit->repositoryUsed(), qint64(8192));
        for (int grain = 0; grain < 8; ++grain) {
            QVERIFY(rig.write(grain * 4096, randomBytes(rng, 10)).ok());
        }
        QCOMPARE(warnings.load(), 1); // once per crossing, not once per write
        QCOMPARE(pit->repositoryUsed(), qint64(40 * KiB));
        QCOMPARE(pit->state(), PitState::Active);
        // The ninth grain does not fit: the copy fails, the base write still succeeds.
        const QByteArray last = randomBytes(rng, 10);
        QVERIFY(rig.write(20 * 4096, last).ok());
        QCOMPARE(pit->state(), PitState::Failed);
        QCOMPARE(failures.load(), 1);
        QByteArray back(10, '\0');
        QVERIFY(rig.sourceBackend->read(20 * 4096, std::span<char>(back.data(), 10)).ok());
        QCOMPARE(back, last);
        QCOMPARE(pit->targetBackend()->read(0, std::span<char>(back.data(), 10)).error, EIO);
        // Restart (Re-create) empties the repository and the copy works again.
        {
            auto quiet = rig.source->quiesce();
            QVERIFY(pit->restart(false).ok());
        }
        QCOMPARE(pit->state(), PitState::Active);
        QCOMPARE(pit->repositoryUsed(), qint64(8192));
        QCOMPARE(readAll(*pit->targetBackend()), readAll(*rig.sourceBackend));
    }

    void repositoryFullFailsBaseWrites()
    {
        const qint64 size = MiB;
        Rig rig(size);
        QRandomGenerator rng(7);
        const QByteArray t0 = randomBytes(rng, size);
        rig.write(0, t0);
        PitConfig config = repositoryConfig(size);
        config.fullPolicy = FullPolicy::FailSourceWrites;
        auto repo = rig.store(u"repo"_s, 40 * KiB);
        auto pit = rig.establish(config, repo, u"map"_s);
        std::atomic<int> refusals {0};
        pit->setListener({{}, {}, [&](const QString&) { ++refusals; }});
        QByteArray s = t0;
        for (int grain = 0; grain < 8; ++grain) {
            const QByteArray d = randomBytes(rng, 10);
            QVERIFY(rig.write(grain * 4096, d).ok());
            s.replace(grain * 4096, 10, d);
        }
        const IoStatus refused = rig.write(30 * 4096, randomBytes(rng, 10));
        QCOMPARE(refused.error, ENOSPC);
        QVERIFY(rig.write(31 * 4096, randomBytes(rng, 10)).error == ENOSPC);
        QCOMPARE(refusals.load(), 1);
        QCOMPARE(readAll(*rig.sourceBackend), s);                // refused writes changed nothing
        QCOMPARE(readAll(*pit->targetBackend()), t0);            // the copy is intact
        QVERIFY(rig.write(2 * 4096, randomBytes(rng, 10)).ok()); // already-preserved grains stay writable
        // More room (Increase Capacity) and base writes go on.
        QVERIFY(repo->file().resize(80 * KiB).ok());
        pit->setRepositoryCapacity(80 * KiB);
        QVERIFY(rig.write(30 * 4096, randomBytes(rng, 10)).ok());
        QCOMPARE(readAll(*pit->targetBackend()), t0);
    }

    void diskFullFailsTheCopyDurably_data() { storeRows(); }
    void diskFullFailsTheCopyDurably()
    {
        // Issue 11: the disk under the store is full. The copy must fail, durably, before the base write goes on:
        // never a FlashCopy that reads the new base data, not now and not after a restart.
        QFETCH(bool, repository);
        const qint64 size = MiB;
        Rig rig(size);
        QRandomGenerator rng(21);
        const QByteArray t0 = randomBytes(rng, size);
        QVERIFY(rig.write(0, t0).ok());
        const PitConfig config = repository ? repositoryConfig(size) : fullConfig(size);
        auto store = std::make_shared<FullDiskStore>(rig.store(u"store"_s, size));
        auto pit = rig.establish(config, store, u"map"_s);
        QVERIFY(pit);
        std::atomic<int> failures {0};
        QString told;
        pit->setListener({{},
            [&](const QString& reason) {
                ++failures;
                told = reason;
            },
            {}});
        QVERIFY(rig.write(0, randomBytes(rng, 4096)).ok()); // one grain preserved while there was room
        store->full = true;
        const QByteArray t1 = randomBytes(rng, 8192);
        QVERIFY(rig.write(64 * 4096, t1).ok()); // FailCopy: the base write goes on once the failure is recorded
        QCOMPARE(pit->state(), PitState::Failed);
        QCOMPARE(failures.load(), 1);
        QVERIFY2(told.contains(u"No space left on device"_s), qPrintable(told));
        QVERIFY2(!told.contains(u"repository became full"_s), qPrintable(told)); // it is not: 1 grain of 256 used
        QCOMPARE(pit->targetBackend()->read(64 * 4096, std::span<char>(QByteArray(10, 0).data(), 10)).error, EIO);
        // A restart: the catalog still says Active (it could not be written), the map knows better.
        rig.source->removeObserver(pit);
        pit.reset();
        IoStatus st;
        auto reopened = PointInTimeCopy::reopen(
            config, rig.sourceBackend, store, rig.dir.filePath(u"map"_s), PitState::Active, &st);
        QVERIFY2(reopened, qPrintable(st.reason));
        QCOMPARE(reopened->state(), PitState::Failed);
        QVERIFY2(reopened->stateReason().contains(u"No space left on device"_s), qPrintable(reopened->stateReason()));
        QByteArray back(8192, '\0');
        QVERIFY(!reopened->targetBackend()->read(64 * 4096, std::span<char>(back.data(), 8192)).ok());
        // Re-create clears the record: a new point in time that reads the base as it is now.
        store->full = false;
        rig.source->addObserver(reopened);
        {
            auto quiet = rig.source->quiesce();
            QVERIFY(reopened->restart(false).ok());
        }
        QCOMPARE(readAll(*reopened->targetBackend()), readAll(*rig.sourceBackend));
        rig.source->removeObserver(reopened);
        reopened.reset();
        auto again = PointInTimeCopy::reopen(
            config, rig.sourceBackend, store, rig.dir.filePath(u"map"_s), PitState::Active, &st);
        QVERIFY(again);
        QCOMPARE(again->state(), PitState::Active);
    }

    void diskFullRefusesBaseWritesUnderThatPolicy()
    {
        const qint64 size = MiB;
        Rig rig(size);
        QRandomGenerator rng(22);
        const QByteArray t0 = randomBytes(rng, size);
        QVERIFY(rig.write(0, t0).ok());
        PitConfig config = repositoryConfig(size);
        config.fullPolicy = FullPolicy::FailSourceWrites;
        auto store = std::make_shared<FullDiskStore>(rig.store(u"repo"_s, size));
        auto pit = rig.establish(config, store, u"map"_s);
        QString cause;
        pit->setListener({{}, {}, [&](const QString& c) { cause = c; }});
        store->full = true;
        const IoStatus refused = rig.write(3 * 4096, randomBytes(rng, 100));
        QCOMPARE(refused.error, ENOSPC);
        QVERIFY2(refused.reason.contains(u"could not be preserved"_s), qPrintable(refused.reason));
        QVERIFY2(cause.contains(u"No space left on device"_s), qPrintable(cause));
        QCOMPARE(pit->state(), PitState::Active);
        QCOMPARE(readAll(*rig.sourceBackend), t0);    // the refused write changed nothing
        QCOMPARE(readAll(*pit->targetBackend()), t0); // and the copy is whole
        store->full = false;
        QVERIFY(rig.write(3 * 4096, randomBytes(rng, 100)).ok());
        QCOMPARE(readAll(*pit->targetBackend()), t0);
    }

    void failedFullCopyReportsItsFailure()
    {
        // A VolumeCopy-style full copy whose copy-before-write failed cannot complete: the background copy
        // returns the failure instead of waiting for grains that will never be right.
        const qint64 size = 256 * KiB;
        Rig rig(size);
        QRandomGenerator rng(23);
        QVERIFY(rig.write(0, randomBytes(rng, size)).ok());
        auto store = std::make_shared<FullDiskStore>(rig.store(u"target"_s, size));
        auto pit = rig.establish(fullConfig(size), store, u"map"_s);
        store->full = true;
        QVERIFY(rig.write(0, randomBytes(rng, 10)).ok());
        QCOMPARE(pit->state(), PitState::Failed);
        IoStatus st;
        QCOMPARE(pit->copyStep(16, &st), qint64(0));
        QVERIFY(!st.ok());
        QVERIFY2(st.reason.contains(u"copy-before-write failed"_s), qPrintable(st.reason));
    }

    void reopenAfterCrashKeepsTheImage_data() { storeRows(); }
    void reopenAfterCrashKeepsTheImage()
    {
        QFETCH(bool, repository);
        const qint64 size = 2 * MiB;
        Rig rig(size);
        QRandomGenerator rng(8);
        const QByteArray t0 = randomBytes(rng, size);
        rig.write(0, t0);
        const PitConfig config = repository ? repositoryConfig(size) : fullConfig(size);
        auto store = rig.store(u"store"_s, size + 64 * KiB); // room for every grain plus the reserved part
        auto pit = rig.establish(config, store, u"map"_s);
        for (int i = 0; i < 50; ++i) {
            rig.write(rng.bounded(size - 5000), randomBytes(rng, 5000));
        }
        if (!repository) {
            pit->copyStep(100);
        }
        const qint64 copied = pit->grainsCopied();
        // "Crash": drop every in-memory structure without flushing; only what reached the files remains.
        rig.source->removeObserver(pit);
        pit.reset();
        IoStatus st;
        auto reopened = PointInTimeCopy::reopen(
            config, rig.sourceBackend, store, rig.dir.filePath(u"map"_s), PitState::Active, &st);
        QVERIFY2(reopened, qPrintable(st.reason));
        QCOMPARE(reopened->grainsCopied(), copied);
        QCOMPARE(readAll(*reopened->targetBackend()), t0);
        // And it keeps working: more writes, still T0.
        rig.source->addObserver(reopened);
        rig.write(0, randomBytes(rng, size));
        QCOMPARE(readAll(*reopened->targetBackend()), t0);
        // A map that belongs to another geometry is refused.
        PitConfig other = config;
        other.grainSize = 8192;
        QVERIFY(!PointInTimeCopy::reopen(
            other, rig.sourceBackend, store, rig.dir.filePath(u"map"_s), PitState::Active, &st));
    }

    void aChangeIsInTheMapBeforeItsBytesChange()
    {
        // Change recording (an in-controller pair's "changed since T0" tracks): the map must name a grain before a
        // write to the source or the target changes its bytes, or a process killed in between leaves a changed
        // grain that an incremental restart does not copy again. The map is kept as the write is about to change
        // bytes, then opened as a restart would find it.
        const qint64 size = 4 * MiB;
        const qint64 grain = 64 * KiB;
        Rig rig(size);
        QRandomGenerator rng(12);
        rig.write(0, randomBytes(rng, size));
        PitConfig config = fullConfig(size, grain);
        config.changeRecording = true;
        const QString map = rig.dir.filePath(u"map"_s);
        auto store = std::make_shared<MapAtStoreWrite>(rig.store(u"target"_s, size), map);
        auto pit = rig.establish(config, store, u"map"_s);
        while (pit->copyStep(8) > 0) { }
        QCOMPARE(pit->grainsCopied(), pit->grains());
        auto probe = std::make_shared<MapAtSourceWrite>(map);
        rig.source->addObserver(probe);
        QVERIFY(rig.write(5 * grain + 10, randomBytes(rng, 100)).ok()); // the source: grain 5
        store->arm();
        QVERIFY(pit->targetBackend()->write(40 * grain, view(randomBytes(rng, 10))).ok()); // the target: grain 40
        QCOMPARE(pit->grainsChanged(), qint64(2));
        for (const auto& [name, bytes, expected] : {std::tuple {u"source write"_s, probe->taken, qint64(1)},
                 std::tuple {u"target write"_s, store->taken, qint64(2)}}) {
            QVERIFY2(!bytes.isEmpty(), qPrintable(name));
            const QString killed = rig.dir.filePath(u"map-killed"_s);
            QFile::remove(killed);
            QFile file(killed);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
            file.close();
            IoStatus st;
            auto target = std::make_shared<FileBackend>(VolumeFile::open(rig.dir.filePath(u"target"_s), &st));
            auto reopened = PointInTimeCopy::reopen(config, rig.sourceBackend, target, killed, PitState::Active, &st);
            QVERIFY2(reopened, qPrintable(st.reason));
            QVERIFY2(reopened->grainsChanged() == expected,
                qPrintable(u"%1: the map held %2 changed grains, %3 expected"_s.arg(name)
                               .arg(reopened->grainsChanged())
                               .arg(expected)));
        }
    }

    void incrementalRestartCopiesOnlyChanges()
    {
        const qint64 size = 4 * MiB;
        Rig rig(size);
        QRandomGenerator rng(9);
        rig.write(0, randomBytes(rng, size));
        PitConfig config = fullConfig(size, 64 * KiB);
        config.changeRecording = true;
        auto pit = rig.establish(config, rig.store(u"target"_s, size), u"map"_s);
        while (pit->copyStep(8) > 0) { }
        QCOMPARE(pit->grainsCopied(), pit->grains());
        // Change three grains on the source and one on the target, then refresh.
        rig.write(0, randomBytes(rng, 100));
        rig.write(MiB, randomBytes(rng, 100));
        rig.write(2 * MiB + 64 * KiB - 1, randomBytes(rng, 2)); // spans two grains
        pit->targetBackend()->write(3 * MiB, view(randomBytes(rng, 10)));
        QCOMPARE(pit->grainsChanged(), qint64(5));
        {
            auto quiet = rig.source->quiesce();
            QVERIFY(pit->restart(true).ok());
        }
        QCOMPARE(pit->grains() - pit->grainsCopied(), qint64(5));
        qint64 recopied = 0;
        while (const qint64 n = pit->copyStep(64)) {
            recopied += n;
        }
        QCOMPARE(recopied, qint64(5));
        QCOMPARE(readAll(*pit->targetBackend()), readAll(*rig.sourceBackend));
    }

    void concurrentWritersAndReaders()
    {
        // Hosts hammer the source while others read the target: every target read sees T0, always.
        const qint64 size = 4 * MiB;
        Rig rig(size);
        QRandomGenerator seed(10);
        const QByteArray t0 = randomBytes(seed, size);
        rig.write(0, t0);
        auto pit = rig.establish(repositoryConfig(size, 16 * KiB), rig.store(u"repo"_s, size + MiB), u"map"_s);
        auto target = pit->targetBackend();
        QCOMPARE(hammer(rig, t0, 3, [&](QRandomGenerator&) { return target; }), 0);
        QCOMPARE(readAll(*target), t0);
    }

    void randomizedAgainstReferenceModel()
    {
        // Random source writes, target writes, background copy steps, restarts and crash-reopens on two copies
        // (one full-volume with change recording, one repository), checked against byte arrays after every step.
        const quint32 seed = testSeed("randomizedAgainstReferenceModel");
        QRandomGenerator rng(seed);
        const qint64 size = 256 * KiB;
        const int operations = 20000;
        Rig rig(size);
        QByteArray s = randomBytes(rng, size);
        rig.write(0, s);
        PitConfig fullC = fullConfig(size, 4096);
        fullC.changeRecording = true;
        const PitConfig repoC = repositoryConfig(size, 8192);
        auto fullStore = rig.store(u"full"_s, size);
        auto repoStore = rig.store(u"repo"_s, size + 64 * KiB);
        std::shared_ptr<PointInTimeCopy> pits[2]
            = {rig.establish(fullC, fullStore, u"fullmap"_s), rig.establish(repoC, repoStore, u"repomap"_s)};
        QByteArray images[2] = {s, s};
        for (int op = 0; op < operations; ++op) {
            const int kind = rng.bounded(100);
            const int which = rng.bounded(2);
            QString what;
            if (kind < 45) {
                const qint64 len = 1 + rng.bounded(20000);
                const qint64 at = rng.bounded(size - len + 1);
                const QByteArray d = randomBytes(rng, len);
                QVERIFY(rig.write(at, d).ok());
                s.replace(at, len, d);
                what = u"source write %1+%2"_s.arg(at).arg(len);
            } else if (kind < 75) {
                const qint64 len = 1 + rng.bounded(20000);
                const qint64 at = rng.bounded(size - len + 1);
                const QByteArray d = randomBytes(rng, len);
                QVERIFY(pits[which]->targetBackend()->write(at, view(d)).ok());
                images[which].replace(at, len, d);
                what = u"target %1 write %2+%3"_s.arg(which).arg(at).arg(len);
            } else if (kind < 88) {
                pits[0]->copyStep(1 + rng.bounded(16));
                what = u"background copy step"_s;
            } else if (kind < 94) {
                auto quiet = rig.source->quiesce();
                const bool incremental = which == 0 && rng.bounded(2) == 0;
                QVERIFY(pits[which]->restart(incremental).ok());
                images[which] = s;
                what = u"restart %1 incremental %2"_s.arg(which).arg(incremental);
            } else {
                rig.source->removeObserver(pits[which]);
                const PitConfig& c = which == 0 ? fullC : repoC;
                std::shared_ptr<VolumeBackend> store
                    = which == 0 ? std::shared_ptr<VolumeBackend>(fullStore) : repoStore;
                pits[which].reset();
                IoStatus st;
                pits[which] = PointInTimeCopy::reopen(c, rig.sourceBackend, store,
                    rig.dir.filePath(which == 0 ? u"fullmap"_s : u"repomap"_s), PitState::Active, &st);
                QVERIFY2(pits[which], qPrintable(st.reason));
                rig.source->addObserver(pits[which]);
                what = u"crash and reopen %1"_s.arg(which);
            }
            for (int i = 0; i < 2; ++i) {
                if (readAll(*pits[i]->targetBackend()) != images[i]) {
                    QFAIL(qPrintable(
                        u"copy %1 diverged after operation %2 (%3); seed %4"_s.arg(i).arg(op).arg(what).arg(seed)));
                }
            }
            if (readAll(*rig.sourceBackend) != s) {
                QFAIL(qPrintable(u"source diverged after operation %1 (%2); seed %3"_s.arg(op).arg(what).arg(seed)));
            }
        }
    }

    // --- The shared preserved-grain store (issue 19): many FlashCopies of one base preserve each grain once. ---

    void sharedStorePreservesEachGrainOnce()
    {
        const qint64 size = MiB;
        Rig rig(size);
        QRandomGenerator rng(31);
        const QByteArray t0 = randomBytes(rng, size);
        QVERIFY(rig.write(0, t0).ok());
        auto shared = rig.shared();
        QList<std::shared_ptr<PointInTimeCopy>> pits;
        for (int i = 0; i < 4; ++i) {
            pits.append(rig.establish(
                sharedConfig(size, shared), rig.store(u"repo%1"_s.arg(i), size + 64 * KiB), u"map%1"_s.arg(i)));
            QVERIFY(pits.last() && pits.last()->sharesGrains());
        }
        const QByteArray d = randomBytes(rng, 64 * KiB); // 16 grains
        QVERIFY(rig.write(128 * KiB, d).ok());
        QCOMPARE(shared->slotsInUse(), qint64(16));     // preserved once...
        QCOMPARE(shared->references(), qint64(4 * 16)); // ...for all four
        quint64 moved = 0;
        for (const auto& pit : std::as_const(pits)) {
            QCOMPARE(readAll(*pit->targetBackend()), t0);
            QCOMPARE(pit->grainsCopied(), qint64(16));
            QCOMPARE(pit->repositoryUsed(), qint64(8192 + 16 * 4096)); // each repository accounts its grains
            moved += pit->bytesMoved();
        }
        QCOMPARE(moved, quint64(64 * KiB)); // one copy of the old bytes, not four
        // A copy made after that write has its own point in time and shares nothing with the older ones' grains.
        QByteArray s1 = t0;
        s1.replace(128 * KiB, d.size(), d);
        auto late = rig.establish(sharedConfig(size, shared), rig.store(u"late"_s, size + 64 * KiB), u"latemap"_s);
        QVERIFY(rig.write(128 * KiB, randomBytes(rng, 64 * KiB)).ok());
        QCOMPARE(shared->slotsInUse(), qint64(32));
        QCOMPARE(readAll(*late->targetBackend()), s1);
        for (const auto& pit : std::as_const(pits)) {
            QCOMPARE(readAll(*pit->targetBackend()), t0);
        }
    }

    void sharedGrainsStayPrivateToTargetWrites()
    {
        const qint64 size = 256 * KiB;
        Rig rig(size);
        QRandomGenerator rng(32);
        const QByteArray t0 = randomBytes(rng, size);
        QVERIFY(rig.write(0, t0).ok());
        auto shared = rig.shared();
        auto a = rig.establish(sharedConfig(size, shared), rig.store(u"a"_s, size + 64 * KiB), u"amap"_s);
        auto b = rig.establish(sharedConfig(size, shared), rig.store(u"b"_s, size + 64 * KiB), u"bmap"_s);
        QVERIFY(rig.write(3 * 4096, randomBytes(rng, 4096)).ok()); // grain 3 preserved once, for both
        QCOMPARE(shared->slotsInUse(), qint64(1));
        // A's target write to the shared grain: A gets its own copy of it, B keeps the point in time.
        QByteArray imageA = t0;
        const QByteArray patch = randomBytes(rng, 100);
        QVERIFY(a->targetBackend()->write(3 * 4096 + 50, view(patch)).ok());
        imageA.replace(3 * 4096 + 50, patch.size(), patch);
        QCOMPARE(shared->slotsInUse(), qint64(2));
        QCOMPARE(readAll(*a->targetBackend()), imageA);
        QCOMPARE(readAll(*b->targetBackend()), t0);
        // Now A alone holds its grain: the next write goes in place.
        const QByteArray again = randomBytes(rng, 10);
        QVERIFY(a->targetBackend()->write(3 * 4096, view(again)).ok());
        imageA.replace(3 * 4096, again.size(), again);
        QCOMPARE(shared->slotsInUse(), qint64(2));
        // A's write to a grain nobody preserved yet: a private slot; the base's later write preserves B's own.
        const QByteArray whole = randomBytes(rng, 4096);
        QVERIFY(a->targetBackend()->write(7 * 4096, view(whole)).ok());
        imageA.replace(7 * 4096, whole.size(), whole);
        QVERIFY(rig.write(7 * 4096, randomBytes(rng, 4096)).ok());
        QCOMPARE(shared->slotsInUse(), qint64(4));
        QCOMPARE(readAll(*a->targetBackend()), imageA);
        QCOMPARE(readAll(*b->targetBackend()), t0);
        QCOMPARE(shared->references(), a->grainsCopied() + b->grainsCopied());
    }

    void sharedCopiesAccountAndFailEachOnItsOwn()
    {
        const qint64 size = MiB;
        Rig rig(size);
        QRandomGenerator rng(33);
        const QByteArray t0 = randomBytes(rng, size);
        QVERIFY(rig.write(0, t0).ok());
        auto shared = rig.shared();
        PitConfig small = sharedConfig(size, shared);
        small.warningThresholdPercent = 50;
        auto a = rig.establish(small, rig.store(u"a"_s, 40 * KiB), u"amap"_s); // room for 8 grains
        auto b = rig.establish(sharedConfig(size, shared), rig.store(u"b"_s, size + 64 * KiB), u"bmap"_s);
        std::atomic<int> warnings {0};
        std::atomic<int> failures {0};
        a->setListener({[&]() { ++warnings; }, [&](const QString&) { ++failures; }, {}});
        for (int grain = 0; grain < 8; ++grain) {
            QVERIFY(rig.write(grain * 4096, randomBytes(rng, 10)).ok());
        }
        QCOMPARE(warnings.load(), 1);
        QCOMPARE(a->repositoryUsed(), qint64(40 * KiB));
        // The ninth grain does not fit A's repository: A fails, B (with room) preserves it, the write goes on.
        QVERIFY(rig.write(20 * 4096, randomBytes(rng, 10)).ok());
        QCOMPARE(a->state(), PitState::Failed);
        QCOMPARE(failures.load(), 1);
        QCOMPARE(b->state(), PitState::Active);
        QCOMPARE(readAll(*b->targetBackend()), t0);
        QCOMPARE(shared->slotsInUse(), qint64(9));
        // Re-create A: its references go, the grains B still needs stay.
        {
            auto quiet = rig.source->quiesce();
            QVERIFY(a->restart(false).ok());
        }
        QCOMPARE(a->repositoryUsed(), qint64(8192));
        QCOMPARE(shared->slotsInUse(), qint64(9));
        QCOMPARE(shared->references(), qint64(9));
        QCOMPARE(readAll(*a->targetBackend()), readAll(*rig.sourceBackend));
        QCOMPARE(readAll(*b->targetBackend()), t0);
    }

    void sharedStoreDiskFullFailsTheCopiesDurably()
    {
        const qint64 size = MiB;
        Rig rig(size);
        QRandomGenerator rng(34);
        const QByteArray t0 = randomBytes(rng, size);
        QVERIFY(rig.write(0, t0).ok());
        auto shared = rig.shared();
        const PitConfig config = sharedConfig(size, shared);
        auto a = rig.establish(config, rig.store(u"a"_s, size + 64 * KiB), u"amap"_s);
        auto b = rig.establish(config, rig.store(u"b"_s, size + 64 * KiB), u"bmap"_s);
        QVERIFY(rig.write(0, randomBytes(rng, 4096)).ok()); // one grain preserved while there was room
        shared->backend().setFault({false, false, true});
        QVERIFY(rig.write(64 * 4096, randomBytes(rng, 8192)).ok()); // FailCopy: on once the failures are recorded
        QCOMPARE(a->state(), PitState::Failed);
        QCOMPARE(b->state(), PitState::Failed);
        QVERIFY2(a->stateReason().contains(u"No space left on device"_s), qPrintable(a->stateReason()));
        QByteArray back(10, '\0');
        QCOMPARE(b->targetBackend()->read(64 * 4096, std::span<char>(back.data(), 10)).error, EIO);
        // Killed and restarted: the maps know both copies failed, whatever the catalog says.
        rig.source->removeObserver(a);
        rig.source->removeObserver(b);
        a.reset();
        b.reset();
        shared.reset();
        auto reopened = rig.reopen(sharedConfig(size, rig.shared()), u"b"_s, u"bmap"_s);
        QVERIFY(reopened);
        QCOMPARE(reopened->state(), PitState::Failed);

        // Under "fail writes to the base" the write is refused instead, and nothing changes.
        Rig other(size);
        QVERIFY(other.write(0, t0).ok());
        auto store = other.shared();
        PitConfig refuse = sharedConfig(size, store);
        refuse.fullPolicy = FullPolicy::FailSourceWrites;
        auto c = other.establish(refuse, other.store(u"c"_s, size + 64 * KiB), u"cmap"_s);
        store->backend().setFault({false, false, true});
        const IoStatus refused = other.write(5 * 4096, randomBytes(rng, 100));
        QCOMPARE(refused.error, ENOSPC);
        QCOMPARE(c->state(), PitState::Active);
        QCOMPARE(readAll(*other.sourceBackend), t0);
        QCOMPARE(store->slotsInUse(), qint64(0)); // the failed preservation holds no slot
        store->backend().setFault({});
        QVERIFY(other.write(5 * 4096, randomBytes(rng, 100)).ok());
        QCOMPARE(readAll(*c->targetBackend()), t0);
    }

    void sharedReopenAfterCrashKeepsEveryImage()
    {
        const qint64 size = 2 * MiB;
        Rig rig(size);
        QRandomGenerator rng(35);
        QByteArray s = randomBytes(rng, size);
        QVERIFY(rig.write(0, s).ok());
        auto shared = rig.shared();
        QList<std::shared_ptr<PointInTimeCopy>> pits;
        QList<QByteArray> images;
        for (int i = 0; i < 3; ++i) {
            pits.append(rig.establish(
                sharedConfig(size, shared), rig.store(u"repo%1"_s.arg(i), size + 64 * KiB), u"map%1"_s.arg(i)));
            images.append(s);
            for (int w = 0; w < 20; ++w) {
                const qint64 at = rng.bounded(size - 5000);
                const QByteArray d = randomBytes(rng, 5000);
                QVERIFY(rig.write(at, d).ok());
                s.replace(at, d.size(), d);
            }
        }
        const qint64 inUse = shared->slotsInUse();
        QList<qint64> copied;
        // "Crash": every in-memory structure goes, the store object too; only the files remain.
        for (auto& pit : pits) {
            copied.append(pit->grainsCopied());
            rig.source->removeObserver(pit);
            pit.reset();
        }
        shared.reset();
        QVERIFY(QFileInfo(rig.dir.filePath(u"shared.grains"_s)).size() > 0); // referenced bytes are kept
        shared = rig.shared();
        for (int i = 0; i < 3; ++i) {
            pits[i] = rig.reopen(sharedConfig(size, shared), u"repo%1"_s.arg(i), u"map%1"_s.arg(i));
            QVERIFY(pits[i]);
            QVERIFY(pits[i]->sharesGrains());
            QCOMPARE(pits[i]->grainsCopied(), copied[i]);
            QCOMPARE(readAll(*pits[i]->targetBackend()), images[i]);
        }
        QCOMPARE(shared->slotsInUse(), inUse);
        // New preservations after the restart never land on a slot a map names.
        for (int w = 0; w < 40; ++w) {
            const qint64 at = rng.bounded(size - 5000);
            QVERIFY(rig.write(at, randomBytes(rng, 5000)).ok());
        }
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(readAll(*pits[i]->targetBackend()), images[i]);
        }
        // A shared map opened without its store is refused, and says why.
        IoStatus st;
        auto repo = rig.store(u"x"_s, size);
        QVERIFY(!PointInTimeCopy::reopen(
            repositoryConfig(size), rig.sourceBackend, repo, rig.dir.filePath(u"map0"_s), PitState::Active, &st));
        QVERIFY2(st.reason.contains(u"shared preserved-grain store"_s), qPrintable(st.reason));
    }

    void sharedStoreGivesSpaceBack()
    {
        const qint64 size = MiB;
        Rig rig(size);
        QRandomGenerator rng(36);
        QVERIFY(rig.write(0, randomBytes(rng, size)).ok());
        auto shared = rig.shared();
        auto a = rig.establish(sharedConfig(size, shared), rig.store(u"a"_s, size + 64 * KiB), u"amap"_s);
        auto b = rig.establish(sharedConfig(size, shared), rig.store(u"b"_s, size + 64 * KiB), u"bmap"_s);
        QVERIFY(rig.write(0, randomBytes(rng, 256 * KiB)).ok());
        QCOMPARE(shared->slotsInUse(), qint64(64));
        rig.source->removeObserver(a);
        a->retire(); // deleted
        QCOMPARE(a->state(), PitState::Failed);
        QCOMPARE(shared->slotsInUse(), qint64(64)); // B still needs them
        QCOMPARE(shared->references(), qint64(64));
        rig.source->removeObserver(b);
        b->retire();
        QCOMPARE(shared->slotsInUse(), qint64(0));
        a.reset();
        b.reset();
        shared.reset(); // nothing referenced: the file gives its space back, and goes
        QVERIFY(!QFileInfo::exists(rig.dir.filePath(u"shared.grains"_s)));
    }

    void sharedStoreKeepsGrainsWhenACopyFailsToReopen()
    {
        // The engine reopens the FlashCopies of a base one by one. When the first one's map is gone, its reopen
        // fails and drops the store object it opened, with no reference taken. That object must not empty the file:
        // the other copies' maps name its grains, and they would read zeros, a wrong point in time.
        const qint64 size = MiB;
        Rig rig(size);
        QRandomGenerator rng(38);
        const QByteArray t0 = randomBytes(rng, size);
        QVERIFY(rig.write(0, t0).ok());
        auto shared = rig.shared();
        auto a = rig.establish(sharedConfig(size, shared), rig.store(u"a"_s, size + 64 * KiB), u"amap"_s);
        auto b = rig.establish(sharedConfig(size, shared), rig.store(u"b"_s, size + 64 * KiB), u"bmap"_s);
        QVERIFY(rig.write(0, randomBytes(rng, size)).ok());
        for (auto* pit : {&a, &b}) { // a crash: only the files remain
            rig.source->removeObserver(*pit);
            pit->reset();
        }
        shared.reset();
        QVERIFY(QFile::remove(rig.dir.filePath(u"bmap"_s)));
        {
            auto first = rig.shared();
            QVERIFY(!rig.reopen(sharedConfig(size, first), u"b"_s, u"bmap"_s));
        } // the failed copy's store object goes
        QVERIFY(QFileInfo(rig.dir.filePath(u"shared.grains"_s)).size() > 0);
        shared = rig.shared();
        a = rig.reopen(sharedConfig(size, shared), u"a"_s, u"amap"_s);
        QVERIFY(a);
        QCOMPARE(readAll(*a->targetBackend()), t0);
        // Once the last copy is deleted, the file goes with it.
        rig.source->removeObserver(a);
        a->retire();
        a.reset();
        shared.reset();
        QVERIFY(!QFileInfo::exists(rig.dir.filePath(u"shared.grains"_s)));
    }

    void legacyRepositoryMapsKeepTheirGrains()
    {
        // A FlashCopy made before grains were shared keeps them in its repository after an upgrade.
        const qint64 size = MiB;
        Rig rig(size);
        QRandomGenerator rng(37);
        const QByteArray t0 = randomBytes(rng, size);
        QVERIFY(rig.write(0, t0).ok());
        auto pit = rig.establish(repositoryConfig(size), rig.store(u"repo"_s, size + 64 * KiB), u"map"_s);
        QVERIFY(!pit->sharesGrains());
        QVERIFY(rig.write(0, randomBytes(rng, 100 * KiB)).ok());
        rig.source->removeObserver(pit);
        pit.reset();
        auto shared = rig.shared();
        auto reopened = rig.reopen(sharedConfig(size, shared), u"repo"_s, u"map"_s);
        QVERIFY(reopened);
        QVERIFY(!reopened->sharesGrains());
        QCOMPARE(readAll(*reopened->targetBackend()), t0);
        QVERIFY(rig.write(500 * KiB, randomBytes(rng, 100 * KiB)).ok());
        QCOMPARE(readAll(*reopened->targetBackend()), t0);
        QCOMPARE(shared->slotsInUse(), qint64(0));
    }

    void sharedCopiesUnderConcurrentWriters()
    {
        // Hosts hammer the base while others read three copies and write a fourth's target: the three always read
        // T0, and the fourth's own writes never leak into them.
        const qint64 size = 4 * MiB;
        Rig rig(size);
        QRandomGenerator seed(38);
        const QByteArray t0 = randomBytes(seed, size);
        QVERIFY(rig.write(0, t0).ok());
        auto shared = rig.shared(16 * KiB);
        QList<std::shared_ptr<PointInTimeCopy>> pits;
        for (int i = 0; i < 4; ++i) {
            pits.append(rig.establish(
                sharedConfig(size, shared, 16 * KiB), rig.store(u"repo%1"_s.arg(i), size + MiB), u"map%1"_s.arg(i)));
        }
        const auto targetWriter = [&](const std::atomic<bool>& stop) {
            QRandomGenerator rng(150);
            auto target = pits[0]->targetBackend();
            while (!stop) {
                const qint64 len = 1 + rng.bounded(100000);
                target->write(size / 2 + rng.bounded(size / 2 - len), view(randomBytes(rng, len)));
            }
        };
        const auto oneOfThree = [&](QRandomGenerator& rng) { return pits[1 + rng.bounded(3)]->targetBackend(); };
        QCOMPARE(hammer(rig, t0, 2, oneOfThree, targetWriter), 0);
        for (int i = 1; i < 4; ++i) {
            QCOMPARE(readAll(*pits[i]->targetBackend()), t0);
        }
        QCOMPARE(readAll(*pits[0]->targetBackend()).left(size / 2), t0.left(size / 2));
        qint64 held = 0;
        for (const auto& pit : std::as_const(pits)) {
            held += pit->grainsCopied();
        }
        QCOMPARE(shared->references(), held);
    }

    void randomizedSharedCopiesAgainstReferenceModel()
    {
        // Five FlashCopies of one base sharing one store: random base writes, target writes, Re-creates, deletes
        // and new copies, and whole-engine crashes (every object dropped, everything reopened from the files),
        // checked against byte arrays after every step. The store's references always equal the grains the
        // copies hold.
        const quint32 seed = testSeed("randomizedSharedCopiesAgainstReferenceModel");
        QRandomGenerator rng(seed);
        const qint64 size = 256 * KiB;
        const int copies = 5;
        Rig rig(size);
        QByteArray s = randomBytes(rng, size);
        QVERIFY(rig.write(0, s).ok());
        auto shared = rig.shared(8192);
        const auto config = [&] { return sharedConfig(size, shared, 8192); };
        std::vector<std::shared_ptr<PointInTimeCopy>> pits(copies);
        std::vector<QByteArray> images(copies, s);
        std::vector<int> generation(copies, 0);
        auto names = [&](int i) {
            return std::pair {
                u"repo%1-%2"_s.arg(i).arg(generation[size_t(i)]), u"map%1-%2"_s.arg(i).arg(generation[size_t(i)])};
        };
        for (int i = 0; i < copies; ++i) {
            pits[size_t(i)] = rig.establish(config(), rig.store(names(i).first, size + 64 * KiB), names(i).second);
        }
        for (int op = 0; op < 3000; ++op) {
            const int kind = rng.bounded(100);
            const int which = rng.bounded(copies);
            auto& pit = pits[size_t(which)];
            QString what;
            if (kind < 50) {
                const qint64 len = 1 + rng.bounded(40000);
                const qint64 at = rng.bounded(size - len + 1);
                const QByteArray d = randomBytes(rng, len);
                QVERIFY(rig.write(at, d).ok());
                s.replace(at, len, d);
                what = u"base write %1+%2"_s.arg(at).arg(len);
            } else if (kind < 78) {
                const qint64 len = 1 + rng.bounded(20000);
                const qint64 at = rng.bounded(size - len + 1);
                const QByteArray d = randomBytes(rng, len);
                QVERIFY(pit->targetBackend()->write(at, view(d)).ok());
                images[size_t(which)].replace(at, len, d);
                what = u"target %1 write %2+%3"_s.arg(which).arg(at).arg(len);
            } else if (kind < 88) {
                auto quiet = rig.source->quiesce();
                QVERIFY(pit->restart(false).ok());
                images[size_t(which)] = s;
                what = u"re-create %1"_s.arg(which);
            } else if (kind < 95) {
                rig.source->removeObserver(pit);
                QVERIFY(QFile::remove(rig.dir.filePath(names(which).second)));
                pit->retire();
                ++generation[size_t(which)];
                pit = rig.establish(config(), rig.store(names(which).first, size + 64 * KiB), names(which).second);
                images[size_t(which)] = s;
                what = u"delete %1 and make a new one"_s.arg(which);
            } else {
                for (auto& p : pits) {
                    rig.source->removeObserver(p);
                    p.reset();
                }
                shared.reset();
                shared = rig.shared(8192);
                for (int i = 0; i < copies; ++i) {
                    pits[size_t(i)] = rig.reopen(config(), names(i).first, names(i).second);
                    QVERIFY(pits[size_t(i)]);
                }
                what = u"crash and reopen all"_s;
            }
            qint64 held = 0;
            for (int i = 0; i < copies; ++i) {
                held += pits[size_t(i)]->grainsCopied();
                if (readAll(*pits[size_t(i)]->targetBackend()) != images[size_t(i)]) {
                    QFAIL(qPrintable(
                        u"copy %1 diverged after operation %2 (%3); seed %4"_s.arg(i).arg(op).arg(what).arg(seed)));
                }
            }
            if (shared->references() != held) {
                QFAIL(qPrintable(u"the store counts %1 references, the copies hold %2 grains, after operation %3 "
                                 "(%4); seed %5"_s.arg(shared->references())
                                     .arg(held)
                                     .arg(op)
                                     .arg(what)
                                     .arg(seed)));
            }
            if (readAll(*rig.sourceBackend) != s) {
                QFAIL(qPrintable(u"base diverged after operation %1 (%2); seed %3"_s.arg(op).arg(what).arg(seed)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPointInTime)
#include "tst_pointintime.moc"
