// SPDX-License-Identifier: GPL-3.0-or-later
// The management protocol's snapshot deltas (server/protocol.h "configDelta", "runtimeDelta"): a receiver that
// applies each delta to the snapshot it received before holds exactly what the sender has, step after step.
#include "api/snapshot.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

bool sameSnapshot(const Snapshot& a, const Snapshot& b)
{
    return a.revision == b.revision && a.publishedMs == b.publishedMs && a.runtime == b.runtime && a.copies == b.copies
        && a.mirrors == b.mirrors && a.workloads == b.workloads && a.config == b.config;
}

/** One step of the sender: some drives move, some copies and mirrors change, objects come and go. */
void step(Snapshot& s, QRandomGenerator& random)
{
    ++s.revision;
    s.publishedMs += 500;
    const int moves = static_cast<int>(random.bounded(20));
    for (int i = 0; i < moves; ++i) {
        LogicalDriveRuntime& rt = s.runtime[random.bounded(300)];
        rt.writeOps += random.bounded(100);
        rt.writeBytes += random.bounded(1 << 20);
        rt.copyBytes += random.bounded(2) * 65536;
        rt.allocatedBytes = random.bounded(1 << 30);
    }
    if (random.bounded(4) == 0 && !s.runtime.isEmpty()) {
        s.runtime.remove(s.runtime.keys().at(static_cast<int>(random.bounded(s.runtime.size()))));
    }
    if (random.bounded(3) == 0) {
        CopyRuntime& c = s.copies[1000 + random.bounded(30)];
        c.grains = 1024;
        c.grainsCopied = std::min<qint64>(1024, c.grainsCopied + random.bounded(100));
        c.bytesPerSecond = random.bounded(100.0);
    }
    if (random.bounded(5) == 0 && !s.copies.isEmpty()) {
        s.copies.remove(s.copies.keys().at(static_cast<int>(random.bounded(s.copies.size()))));
    }
    if (random.bounded(3) == 0) {
        MirrorRuntime& m = s.mirrors[random.bounded(300)];
        m.outOfSyncBytes = random.bounded(1 << 24);
        m.linkUp = random.bounded(2) == 0;
        m.recoveryPointAgeMs = random.bounded(5000);
    }
    if (random.bounded(6) == 0 && !s.mirrors.isEmpty()) {
        s.mirrors.remove(s.mirrors.keys().at(static_cast<int>(random.bounded(s.mirrors.size()))));
    }
    if (random.bounded(8) == 0) {
        HostGroup group;
        group.id = s.config.nextId++;
        group.subsystemId = 1;
        group.name = u"Group %1"_s.arg(group.id);
        s.config.hostGroups.insert(group.id, group);
    }
}

} // namespace

class TestSnapshotDelta : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void receiverHoldsWhatTheSenderHas()
    {
        const quint32 seed = qEnvironmentVariableIsSet("COPYLINE_SEED")
            ? static_cast<quint32>(qEnvironmentVariableIntValue("COPYLINE_SEED"))
            : QRandomGenerator::global()->generate();
        qInfo("seed %u (COPYLINE_SEED=%u replays it)", seed, seed);
        QRandomGenerator random(seed);
        Snapshot sender;
        sender.config.nextId = 1;
        for (ObjectId id = 0; id < 200; ++id) {
            sender.runtime[id].readOps = static_cast<quint64>(id);
        }
        std::shared_ptr<const Snapshot> sent;     // what the sender last sent (managementserver.cpp lastSent)
        std::shared_ptr<const Snapshot> received; // what the receiver last took (remoteconnection.cpp m_received)
        const SnapshotDeltas deltas {.config = true, .runtime = true};
        qint64 deltaBytes = 0;
        qint64 wholeBytes = 0;
        for (int i = 0; i < 400; ++i) {
            step(sender, random);
            auto now = std::make_shared<const Snapshot>(sender);
            const QJsonObject json = now->toJson(sent.get(), deltas);
            deltaBytes += QJsonDocument(json).toJson(QJsonDocument::Compact).size();
            wholeBytes += QJsonDocument(now->toJson()).toJson(QJsonDocument::Compact).size();
            auto next = std::make_shared<const Snapshot>(Snapshot::fromJson(json, received.get()));
            QVERIFY2(sameSnapshot(*next, *now), qPrintable(u"step %1 differs"_s.arg(i)));
            if (sent != nullptr) {
                // Only what changed travels.
                QCOMPARE(json.value(u"runtimeDelta"_s).toBool(), true);
                for (const auto& key : json.value(u"runtime"_s).toObject().keys()) {
                    QVERIFY(!(sent->runtime.value(key.toLongLong()) == now->runtime.value(key.toLongLong()))
                        || !sent->runtime.contains(key.toLongLong()));
                }
                QCOMPARE(json.contains(u"config"_s), !(sent->config == now->config));
            }
            sent = now;
            received = next;
        }
        QVERIFY2(deltaBytes * 4 < wholeBytes, qPrintable(u"%1 of %2 bytes"_s.arg(deltaBytes).arg(wholeBytes)));
    }

    void unchangedTablesShareTheirData()
    {
        Snapshot s;
        s.revision = 1;
        for (ObjectId id = 0; id < 50; ++id) {
            s.runtime[id].writeOps = static_cast<quint64>(id);
            s.mirrors[id].outOfSyncBytes = id;
        }
        const Snapshot first = Snapshot::fromJson(s.toJson());
        Snapshot later = s;
        later.revision = 2;
        later.runtime[7].writeOps += 1;
        const QJsonObject json = later.toJson(&s, {.config = false, .runtime = true});
        QCOMPARE(json.value(u"runtime"_s).toObject().size(), 1);
        QCOMPARE(json.value(u"mirrors"_s).toObject().size(), 0);
        QVERIFY(json.contains(u"config"_s)); // no configuration delta asked for
        const Snapshot second = Snapshot::fromJson(json, &first);
        QVERIFY(second.mirrors.isSharedWith(first.mirrors));
        QCOMPARE(second.runtime.value(7).writeOps, quint64(8));
        QCOMPARE(second.runtime, later.runtime);
    }

    void aWholeSnapshotIgnoresWhatWasHeld()
    {
        // The first snapshot after a hello is whole: nothing of an earlier connection's snapshot may stay.
        Snapshot old;
        old.runtime[1].readOps = 5;
        old.mirrors[2].linkUp = false;
        Snapshot fresh;
        fresh.runtime[3].readOps = 1;
        const Snapshot taken = Snapshot::fromJson(fresh.toJson(), &old);
        QCOMPARE(taken.runtime, fresh.runtime);
        QVERIFY(taken.mirrors.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSnapshotDelta)
#include "tst_snapshotdelta.moc"
