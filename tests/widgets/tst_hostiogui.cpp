// SPDX-License-Identifier: GPL-3.0-or-later
// Host I/O in the console, driven like a user on a real engine: a workload started from Simulation ▸ Host Workloads
// by clicking makes its drives' write MB/s and IOPS rise in the Performance view, the chart and Logical Drive
// Properties; Pause brings them back to 0, Resume up again, Stop ends it; a host whose only drive is a read-only
// VolumeCopy target shows its refused requests and why; the Host I/O Server window changes the NBD port (the engine
// reports it), refuses a bad address with the engine's words, copies an export's URI, and turns the server off. Also
// the rate arithmetic on made-up snapshots (averaging window, idle decay, late and estimated samples, drives that
// vanish, counters that go back), the models under QAbstractItemModelTester, and the snapshots' publish time.
#include "charts/timechart.h"
#include "common/icons.h"
#include "dialogs/equivalentcommanddialog.h"
#include "dialogs/hostiodialogs.h"
#include "guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "models/hostiomodels.h"
#include "models/hostiorates.h"
#include "panels/ds4000/dialogs/propertiesdialogs.h"
#include "util/bytesize.h"
#include "views/mappingsview.h"
#include "views/performanceview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>
#include <QTreeView>

#include <chrono>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using GuiTest::action;
using GuiTest::findText;

namespace
{

void clickIndex(QAbstractItemView* view, const QModelIndex& index, Qt::KeyboardModifiers modifiers = {})
{
    QVERIFY(index.isValid());
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
}

using GuiTest::retype;

void click(QAbstractButton* button)
{
    QVERIFY(button != nullptr);
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName() + u": "_s + button->toolTip()));
    QTest::mouseClick(button, Qt::LeftButton);
}

/** A free TCP port on 127.0.0.1 right now. */
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    return probe.serverPort();
}

// ----- made-up snapshots for the arithmetic and model tests -----

LogicalDrive drive(ObjectId id, const QString& name)
{
    LogicalDrive ld;
    ld.id = id;
    ld.subsystemId = 1;
    ld.name = name;
    ld.capacity = GiB;
    return ld;
}

/** Subsystem 1 with drives 10 "Alpha" and 11 "Beta" (and 12 "Gamma" if @p gamma), counters as given. */
SnapshotPtr fakeSnapshot(
    quint64 revision, qint64 publishedMs, const QHash<ObjectId, LogicalDriveRuntime>& runtime, bool gamma = false)
{
    auto s = std::make_shared<Snapshot>();
    s->revision = revision;
    s->publishedMs = publishedMs;
    Subsystem sub;
    sub.id = 1;
    sub.name = u"Lab"_s;
    s->config.subsystems.insert(1, sub);
    s->config.logicalDrives.insert(10, drive(10, u"Alpha"_s));
    s->config.logicalDrives.insert(11, drive(11, u"Beta"_s));
    if (gamma) {
        s->config.logicalDrives.insert(12, drive(12, u"Gamma"_s));
    }
    for (auto it = runtime.cbegin(); it != runtime.cend(); ++it) {
        if (s->config.logicalDrives.contains(it.key())) {
            s->runtime.insert(it.key(), it.value());
        }
    }
    return s;
}

LogicalDriveRuntime written(quint64 ops, quint64 bytes)
{
    LogicalDriveRuntime rt;
    rt.writeOps = ops;
    rt.writeBytes = bytes;
    return rt;
}

} // namespace

class TestHostIoGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void ratesAverageOverTheWindowAndFallToZero();
    void ratesSurviveLateSnapshotsVanishingDrivesAndResets();
    void parkedIdleDrivesGiveTheSameRates();
    void modelsKeepRowsAndSignalChangedRowsOnly();
    void snapshotsCarryTheirPublishTime();

    void workloadFromPanelMovesRatesPauseResumeStop();
    void refusedWorkloadShowsItsReason();
    void hostIoServerSettingsAndExports();
    void hostWorkloadsFollowMappingsSelectionAndSubsystem();

private:
    ObjectId hostId(const QString& name) const
    {
        const Host* h = m_ws->config().hostByName(m_ws->subsystemId(), name);
        return h ? h->id : 0;
    }
    HostWorkloadsWindow* openHostWorkloads();
    void clickHost(HostWorkloadsWindow* window, ObjectId host, Qt::KeyboardModifiers modifiers = {});
    /** Selects @p db in the window by clicking, types a write-only workload into the settings and clicks Start. */
    void startWritesFromPanel(HostWorkloadsWindow* window, ObjectId db);
    /** With @p dataVol's host writing: its rates in the Performance view, sorting by a click, the chart. */
    void checkPerformanceView(ObjectId dataVol);
    QString workloadCell(HostWorkloadsWindow* window, ObjectId host, int column) const
    {
        return window->model()->indexOf(host, column).data().toString();
    }
    /** A rate of logical drive @p name in the Performance view's model (RawValueRole). */
    double rate(const QString& name, int column) const
    {
        return m_window->performanceView()
            ->model()
            ->indexOf(m_ws->logicalDrive(name).id, column)
            .data(RawValueRole)
            .toDouble();
    }
    QString rateText(const QString& name, int column) const
    {
        return m_window->performanceView()->model()->indexOf(m_ws->logicalDrive(name).id, column).data().toString();
    }

    std::unique_ptr<GuiTest::Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

void TestHostIoGui::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestHostIoGui::init()
{
    m_ws = std::make_unique<GuiTest::Workspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
    // Any free port: tests running side by side (or a console) may hold 10809.
    QVERIFY(m_ws->run(u"setHostIoServer"_s, {{u"port"_s, 0}}, {}).ok());
    m_window = GuiTest::openMainWindow(*m_ws);
    QVERIFY(m_window);
}

void TestHostIoGui::cleanup()
{
    if (m_ws) {
        for (const Host& h : m_ws->config().hosts) {
            if (m_ws->snapshot()->workloads.contains(h.id)) {
                m_ws->run(u"stopHostWorkload"_s, {{u"hostId"_s, h.id}});
            }
        }
    }
    m_window.reset();
    m_ws.reset();
}

HostWorkloadsWindow* TestHostIoGui::openHostWorkloads()
{
    auto* menu = m_window->findChild<QMenu*>(u"simulationMenu"_s);
    QAction* a = action(m_window.get(), u"actionHostWorkloads"_s);
    if (menu == nullptr || a == nullptr || !menu->actions().contains(a) || !a->isEnabled()) {
        qWarning("Simulation ▸ Host Workloads is not available");
        return nullptr;
    }
    a->trigger();
    HostWorkloadsWindow* window = m_window->hostWorkloads();
    if (window == nullptr || !QTest::qWaitForWindowExposed(window)) {
        return nullptr;
    }
    return window;
}

void TestHostIoGui::clickHost(HostWorkloadsWindow* window, ObjectId host, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex index = window->sortModel()->mapFromSource(window->model()->indexOf(host));
    clickIndex(window->table(), index, modifiers);
}

// ---------------------------------------------------------------------------------------------------------------

void TestHostIoGui::ratesAverageOverTheWindowAndFallToZero()
{
    qint64 local = 100'000;
    HostIoRates rates;
    rates.setClock([&local]() { return local; });
    QSignalSpy updated(&rates, &HostIoRates::updated);
    constexpr quint64 chunk = 512ULL * 1024; // 512 KiB in 8 writes every 500 ms: 1 MiB/s, 16 IOPS

    rates.addSnapshot(fakeSnapshot(1, 1000, {{10, written(0, 0)}, {11, {}}}));
    QCOMPARE(rates.rate(10), IoRate {}); // one sample: no rate yet
    QCOMPARE(updated.count(), 1);
    for (quint64 i = 1; i <= 4; ++i) {
        local += 500;
        rates.addSnapshot(fakeSnapshot(1 + i, 1000 + 500 * static_cast<qint64>(i), {{10, written(8 * i, chunk * i)}}));
        QCOMPARE(rates.rate(10).writeBytesPerSecond, double(MiB));
        QCOMPARE(rates.rate(10).writeOpsPerSecond, 16.0);
        QCOMPARE(rates.rate(10).readBytesPerSecond, 0.0);
    }
    QCOMPARE(rates.total(1).writeBytesPerSecond, double(MiB));
    QCOMPARE(rates.rate(11), IoRate {});
    QCOMPARE(rates.rate(99), IoRate {});

    // A snapshot that is not newer is ignored, whatever it says.
    rates.addSnapshot(fakeSnapshot(5, 9000, {{10, written(1000, 1000 * chunk)}}));
    QCOMPARE(rates.rate(10).writeBytesPerSecond, double(MiB));

    // No snapshot: the counters stood still. Not before kIdleMs, then estimated samples bring the rate down to 0.
    const int before = static_cast<int>(updated.count());
    local += HostIoRates::kIdleMs - 50;
    rates.tick();
    QCOMPARE(updated.count(), before);
    QCOMPARE(rates.rate(10).writeBytesPerSecond, double(MiB));
    local += 100; // 800 ms after the last snapshot (engine time 3000 + 800)
    rates.tick();
    QCOMPARE(updated.count(), before + 1);
    // Baseline: the newest sample at least 1.5 s older than 3800, the one of 2000 (1 MiB written since).
    QCOMPARE(rates.rate(10).writeBytesPerSecond, double(MiB) / 1.8);
    QVERIFY(rates.rate(10).writeBytesPerSecond > 0);
    local += 800;
    rates.tick();
    QCOMPARE(rates.rate(10), IoRate {}); // nothing moved for a whole window: exactly 0
    QVERIFY(rates.rate(10).isIdle());
    QCOMPARE(rates.lastUpdateMs(), 4600);

    // Without publish times (an older engine) the arrival time is used.
    HostIoRates arrival;
    arrival.setClock([&local]() { return local; });
    arrival.addSnapshot(fakeSnapshot(1, 0, {{10, written(0, 0)}}));
    local += 250;
    arrival.addSnapshot(fakeSnapshot(2, 0, {{10, written(4, 256ULL * 1024)}}));
    QCOMPARE(arrival.rate(10).writeBytesPerSecond, double(MiB));
    QCOMPARE(arrival.rate(10).writeOpsPerSecond, 16.0);
}

void TestHostIoGui::parkedIdleDrivesGiveTheSameRates()
{
    // Idle drives are skipped while their counters stand still and get their samples back when they move (issue 19:
    // thousands of drives cost the GUI thread a comparison each). The rates must be exactly those of sampling every
    // drive every time, through bursts, idle ticks, late snapshots, drives that leave and come back, and resets.
    qint64 local = 0;
    HostIoRates parked;
    HostIoRates everyOne;
    everyOne.setParking(false);
    parked.setClock([&local]() { return local; });
    everyOne.setClock([&local]() { return local; });
    // COPYLINE_SEED replays another sequence.
    const quint32 seed = qEnvironmentVariableIsSet("COPYLINE_SEED")
        ? static_cast<quint32>(qEnvironmentVariableIntValue("COPYLINE_SEED"))
        : 20261206U;
    QRandomGenerator random(seed);
    constexpr int kDrives = 24;
    QHash<ObjectId, LogicalDriveRuntime> counters;
    for (int d = 0; d < kDrives; ++d) {
        counters.insert(100 + d, {});
    }
    quint64 revision = 0;
    qint64 published = 1000;
    int compared = 0;
    int moving = 0;
    for (int step = 0; step < 4000; ++step) {
        const int what = static_cast<int>(random.bounded(100));
        if (what < 70) {
            for (int d = 0; d < kDrives; ++d) {
                // Four busy drives, the rest mostly idle, each now and then in a burst.
                if (static_cast<int>(random.bounded(100)) < (d < 4 ? 60 : 4)) {
                    LogicalDriveRuntime& c = counters[100 + d];
                    c.writeOps += 1 + random.bounded(8);
                    c.writeBytes += 4096ULL * (1 + random.bounded(64));
                    c.readOps += random.bounded(3);
                }
            }
            auto s = std::make_shared<Snapshot>();
            s->revision = ++revision;
            local += 20 + random.bounded(900);
            // Now and then a snapshot published before the last one taken (late, or another engine's clock).
            published += random.bounded(100) < 3 ? -static_cast<qint64>(random.bounded(3000))
                                                 : 20 + static_cast<qint64>(random.bounded(900));
            s->publishedMs = published;
            s->runtime = counters;
            if (random.bounded(100) < 3) {
                s->runtime.remove(100 + random.bounded(kDrives)); // a drive leaves (and comes back later)
            }
            parked.addSnapshot(s);
            everyOne.addSnapshot(s);

        } else if (what < 97) {
            local += random.bounded(1600);
            parked.tick();
            everyOne.tick();

        } else {
            counters[100 + random.bounded(kDrives)] = {}; // counters reset (a reopened workspace)
        }
        for (int d = 0; d < kDrives; ++d) {
            const IoRate a = parked.rate(100 + d);
            const IoRate b = everyOne.rate(100 + d);
            if (!(a == b)) {
                QFAIL(qPrintable(u"seed %5, step %1, drive %2: parked %3 B/s, every sample %4 B/s"_s.arg(step)
                                     .arg(100 + d)
                                     .arg(a.writeBytesPerSecond)
                                     .arg(b.writeBytesPerSecond)
                                     .arg(seed)));
            }
            ++compared;
            moving += a.isQuiet() ? 0 : 1;
        }
    }
    QVERIFY(compared > 0);
    QVERIFY2(moving > compared / 10, "the sequence must exercise moving drives too"); // not only zeros compared
}

void TestHostIoGui::ratesSurviveLateSnapshotsVanishingDrivesAndResets()
{
    qint64 local = 0;
    HostIoRates rates;
    rates.setClock([&local]() { return local; });
    constexpr quint64 mb = MiB;
    rates.addSnapshot(fakeSnapshot(1, 1000, {{10, written(0, 0)}, {11, written(0, 0)}}));
    local += 500;
    rates.addSnapshot(fakeSnapshot(2, 1500, {{10, written(10, mb)}, {11, written(10, mb)}}));
    QCOMPARE(rates.rate(10).writeBytesPerSecond, 2.0 * MiB);

    // The GUI thread was busy: after 800 ms here an estimated sample (engine time 2300) is added, then a snapshot
    // the engine published at 2000 arrives. It replaces the estimate and is computed on its own timestamp.
    local += 800;
    rates.tick();
    QCOMPARE(rates.rate(10).writeBytesPerSecond, double(MiB) / 1.3);
    rates.addSnapshot(fakeSnapshot(3, 2000, {{10, written(20, 2 * mb)}, {11, written(20, 2 * mb)}}));
    QCOMPARE(rates.rate(10).writeBytesPerSecond, 2.0 * MiB);
    // Two snapshots of the same millisecond: no division by zero, the newer counters win.
    rates.addSnapshot(fakeSnapshot(4, 2000, {{10, written(21, 2 * mb + 100'000)}, {11, written(20, 2 * mb)}}));
    QCOMPARE(rates.rate(10).writeBytesPerSecond, (2.0 * MiB + 100'000) / 1.0);
    QVERIFY(std::isfinite(rates.rate(10).writeBytesPerSecond));

    // Drive 11 leaves the snapshot: no rate; when an id comes back its history starts anew (never inherited).
    rates.addSnapshot(fakeSnapshot(5, 2500, {{10, written(30, 3 * mb)}}));
    QCOMPARE(rates.rate(11), IoRate {});
    QCOMPARE(rates.total(1).writeBytesPerSecond, rates.rate(10).writeBytesPerSecond);
    rates.addSnapshot(fakeSnapshot(6, 3000, {{10, written(40, 4 * mb)}, {11, written(1, 4096)}}));
    QCOMPARE(rates.rate(11), IoRate {});
    rates.addSnapshot(fakeSnapshot(7, 3500, {{10, written(50, 5 * mb)}, {11, written(2, 8192)}}));
    QCOMPARE(rates.rate(11).writeBytesPerSecond, 8192.0);

    // Counters that go back (a reopened workspace) restart the history: zero, never negative.
    rates.addSnapshot(fakeSnapshot(8, 4000, {{10, written(1, 1000)}, {11, written(3, 12288)}}));
    QCOMPARE(rates.rate(10), IoRate {});
    rates.addSnapshot(fakeSnapshot(9, 4500, {{10, written(2, 2000)}, {11, written(3, 12288)}}));
    QCOMPARE(rates.rate(10).writeBytesPerSecond, 2000.0);
    // Time that goes back does the same.
    rates.addSnapshot(fakeSnapshot(10, 4200, {{10, written(3, 3000)}, {11, written(3, 12288)}}));
    QCOMPARE(rates.rate(10), IoRate {});

    // Another engine: clear() forgets everything, and lower revisions count again.
    QSignalSpy updated(&rates, &HostIoRates::updated);
    rates.clear();
    QCOMPARE(updated.count(), 1);
    QVERIFY(!rates.snapshot());
    rates.addSnapshot(fakeSnapshot(1, 100, {{10, written(0, 0)}}));
    QVERIFY(rates.snapshot());
    QCOMPARE(rates.snapshot()->revision, quint64(1));
}

void TestHostIoGui::modelsKeepRowsAndSignalChangedRowsOnly()
{
    qint64 local = 0;
    HostIoRates rates;
    rates.setClock([&local]() { return local; });
    PerformanceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    rates.addSnapshot(fakeSnapshot(1, 1000, {{10, {}}, {11, {}}}));
    model.setRates(rates, 1);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.indexOf(10, PerformanceModel::NameColumn).data().toString(), u"Alpha"_s);
    QCOMPARE(model.indexOf(10, PerformanceModel::MappingColumn).data().toString(), u"Not mapped"_s);
    QCOMPARE(model.indexOf(10, PerformanceModel::WriteRateColumn).data().toString(), u"0.00"_s);
    QCOMPARE(model.indexOf(10, PerformanceModel::WriteIopsColumn).data().toString(), u"0"_s);

    // Only Alpha moves: one dataChanged, for its row, and its rate columns say so.
    local += 500;
    rates.addSnapshot(fakeSnapshot(2, 1500, {{10, written(8, 3 * MiB / 2)}, {11, {}}}));
    model.setRates(rates, 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowOf(10));
    QCOMPARE(changed.first().at(1).toModelIndex().row(), model.rowOf(10));
    QCOMPARE(model.indexOf(10, PerformanceModel::WriteRateColumn).data().toString(), u"3.00"_s);
    QCOMPARE(model.indexOf(10, PerformanceModel::WriteIopsColumn).data().toString(), u"16"_s);
    QCOMPARE(model.indexOf(10, PerformanceModel::WriteRateColumn).data(RawValueRole).toDouble(), 3.0 * MiB);
    QCOMPARE(model.indexOf(10, PerformanceModel::DataWrittenColumn).data().toString(), u"1.5 MB"_s);
    QVERIFY(!model.indexOf(10, PerformanceModel::WriteRateColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(model.indexOf(11, PerformanceModel::WriteRateColumn).data(Qt::ForegroundRole).isValid()); // idle: grey

    // Nothing moves: no signal at all.
    changed.clear();
    model.setRates(rates, 1);
    QCOMPARE(changed.count(), 0);

    // A new drive is appended; a vanished one removed; a subsystem switch resets.
    local += 500;
    rates.addSnapshot(fakeSnapshot(3, 2000, {{10, written(8, 3 * MiB / 2)}, {11, {}}, {12, {}}}, true));
    model.setRates(rates, 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf(12), 2);
    local += 500;
    rates.addSnapshot(fakeSnapshot(4, 2500, {{10, written(8, 3 * MiB / 2)}, {12, {}}}, true));
    auto without = std::make_shared<Snapshot>(*rates.snapshot());
    without->config.logicalDrives.remove(11);
    without->revision = 5;
    rates.addSnapshot(without);
    model.setRates(rates, 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(11), -1);
    QCOMPARE(model.indexOf(12, 0).data().toString(), u"Gamma"_s);
    model.setRates(rates, 2);
    QCOMPARE(resets.count(), 2);
    QCOMPARE(model.rowCount(), 0);

    // Host workloads: a stopped host, then running with refusals, then paused.
    HostWorkloadModel workloads;
    QAbstractItemModelTester workloadTester(&workloads, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy workloadChanged(&workloads, &QAbstractItemModel::dataChanged);
    auto snap = std::make_shared<Snapshot>(*fakeSnapshot(1, 1, {}));
    Host h;
    h.id = 50;
    h.subsystemId = 1;
    h.name = u"lab-host"_s;
    snap->config.hosts.insert(h.id, h);
    Host other = h;
    other.id = 51;
    other.name = u"lab-host-2"_s;
    snap->config.hosts.insert(other.id, other);
    LunMapping m;
    m.id = 60;
    m.subsystemId = 1;
    m.logicalDriveId = 10;
    m.targetId = 50;
    m.lun = 3;
    snap->config.mappings.insert(m.id, m);
    workloads.setSnapshot(snap, 1);
    QCOMPARE(workloads.rowCount(), 2);
    QCOMPARE(workloads.indexOf(50, HostWorkloadModel::StateColumn).data().toString(), u"Stopped"_s);
    QCOMPARE(workloads.indexOf(50, HostWorkloadModel::DrivesColumn).data().toString(), u"Alpha"_s);
    QCOMPARE(workloads.indexOf(51, HostWorkloadModel::DrivesColumn).data().toString(), u"None mapped"_s);
    auto running = std::make_shared<Snapshot>(*snap);
    running->revision = 2;
    WorkloadRuntime w;
    w.hostId = 50;
    w.readPercent = 25;
    w.blockSize = 4 * KiB;
    w.bytesPerSecond = 2 * MiB;
    w.sequential = true;
    w.writes = 1234;
    w.refused = 7;
    w.lastRefusal = u"Alpha is read-only"_s;
    running->workloads.insert(50, w);
    workloads.setSnapshot(running, 1);
    QCOMPARE(workloadChanged.count(), 1);
    QCOMPARE(workloadChanged.first().at(0).toModelIndex().row(), workloads.rowOf(50));
    QCOMPARE(workloads.indexOf(50, HostWorkloadModel::StateColumn).data().toString(), u"Running"_s);
    QCOMPARE(workloads.indexOf(50, HostWorkloadModel::WorkloadColumn).data().toString(),
        u"25% reads, 4.0 KB sequential requests, 2.0 MB/s"_s);
    QCOMPARE(workloads.indexOf(50, HostWorkloadModel::WritesColumn).data().toString(), u"1234"_s);
    QCOMPARE(workloads.indexOf(50, HostWorkloadModel::RefusedColumn).data().toString(), u"7"_s);
    QCOMPARE(workloads.indexOf(50, HostWorkloadModel::LastRefusalColumn).data().toString(), u"Alpha is read-only"_s);
    QVERIFY(workloads.indexOf(50, 0).data(AttentionRole).toBool());
    QVERIFY(!workloads.indexOf(51, 0).data(AttentionRole).toBool());
    auto paused = std::make_shared<Snapshot>(*running);
    paused->revision = 3;
    paused->workloads[50].paused = true;
    workloads.setSnapshot(paused, 1);
    QCOMPARE(workloads.indexOf(50, HostWorkloadModel::StateColumn).data().toString(), u"Paused"_s);
    QCOMPARE(workloads.indexOf(50, 0).data(StateRole).toInt(), static_cast<int>(HostWorkloadModel::State::Paused));
}

void TestHostIoGui::snapshotsCarryTheirPublishTime()
{
    const SnapshotPtr first = m_ws->snapshot();
    QVERIFY(first->publishedMs > 0);
    const qint64 now
        = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
              .count();
    QVERIFY(first->publishedMs <= now);
    QVERIFY(now - first->publishedMs < 600'000);
    QTest::qWait(20);
    QVERIFY(m_ws->run(u"createHostGroup"_s, {{u"userLabel"_s, u"Lab"_s}}).ok());
    QTRY_VERIFY(m_ws->snapshot()->revision > first->revision);
    QVERIFY(m_ws->snapshot()->publishedMs > first->publishedMs);
    // It crosses the management protocol (copylined ⇄ console) with the rest of the snapshot.
    QCOMPARE(Snapshot::fromJson(first->toJson()).publishedMs, first->publishedMs);
    QCOMPARE(Snapshot::fromJson(QJsonObject {}).publishedMs, qint64(0));
}

void TestHostIoGui::startWritesFromPanel(HostWorkloadsWindow* window, ObjectId db)
{
    QCOMPARE(window->windowTitle(), u"Host Workloads — Storage Subsystem Primary Site"_s);
    QCOMPARE(workloadCell(window, db, HostWorkloadModel::StateColumn), u"Stopped"_s);
    QCOMPARE(workloadCell(window, db, HostWorkloadModel::DrivesColumn), u"Accounting, DataVol, Oracle Logs, Payroll"_s);
    QVERIFY(!window->startButton()->isEnabled()); // nothing selected
    clickHost(window, db);
    QCOMPARE(window->selectedHosts(), QList<ObjectId> {db});
    QVERIFY(window->detailsText().contains(u"east-db01 sees 4 logical drive(s): Accounting, DataVol"_s));
    QVERIFY(!window->pauseButton()->isEnabled());
    QVERIFY(!window->stopButton()->isEnabled());
    QCOMPARE(window->startButton()->text(), u"&Start"_s);

    // Writes only, 16 KB sequential requests at 16 MB/s.
    retype(window->readPercentSpinBox(), u"0"_s);
    QCOMPARE(window->readPercentSpinBox()->value(), 0);
    retype(window->rateSpinBox(), u"16"_s);
    QCOMPARE(window->rateSpinBox()->value(), 16);
    window->blockSizeComboBox()->setFocus();
    QTest::keyClicks(window->blockSizeComboBox(), u"16"_s);
    QCOMPARE(window->blockSizeComboBox()->currentData().toLongLong(), 16 * KiB);
    window->patternComboBox()->setFocus();
    QTest::keyClick(window->patternComboBox(), Qt::Key_S);
    QCOMPARE(window->patternComboBox()->currentText(), u"Sequential"_s);

    // Show the Equivalent Command: the statement Start runs, for copylinectl -n <subsystem> (issue 18).
    QVERIFY(window->equivalentCommandButton()->isVisible());
    click(window->equivalentCommandButton());
    EquivalentCommandDialog* equivalent = window->equivalentCommandButton()->dialog();
    QVERIFY(equivalent != nullptr);
    QTRY_VERIFY(equivalent->isVisible());
    QCOMPARE(equivalent->scriptText(),
        u"start hostWorkload host=\"east-db01\" readPercent=0 blockSize=16 KB rate=16 MB pattern=sequential;"_s);
    QVERIFY2(equivalent->commandText().contains(u" -n 'Primary Site' -c 'start hostWorkload host=\"east-db01\""_s),
        qPrintable(equivalent->commandText()));
    equivalent->close();
    click(window->startButton());

    QTRY_COMPARE(workloadCell(window, db, HostWorkloadModel::StateColumn), u"Running"_s);
    const WorkloadRuntime spec = m_ws->snapshot()->workloads.value(db);
    QCOMPARE(spec.readPercent, 0);
    QCOMPARE(spec.blockSize, 16 * KiB);
    QCOMPARE(spec.bytesPerSecond, 16 * MiB);
    QVERIFY(spec.sequential);
    QCOMPARE(spec.targets, 4);
    QCOMPARE(workloadCell(window, db, HostWorkloadModel::WorkloadColumn),
        u"0% reads, 16.0 KB sequential requests, 16.0 MB/s"_s);
    QCOMPARE(window->startButton()->text(), u"&Apply Settings"_s);
    QVERIFY(window->pauseButton()->isEnabled());
    QVERIFY(!window->resumeButton()->isEnabled());
    QTRY_VERIFY(workloadCell(window, db, HostWorkloadModel::WritesColumn).remove(u',').toLongLong() > 20);
    QCOMPARE(workloadCell(window, db, HostWorkloadModel::ReadsColumn), u"0"_s);
    QCOMPARE(workloadCell(window, db, HostWorkloadModel::RefusedColumn), u"0"_s);
}

void TestHostIoGui::checkPerformanceView(ObjectId dataVol)
{
    // The Performance view: DataVol's writes rise, its reads stay at 0.
    QAction* view = action(m_window.get(), u"actionViewPerformance"_s);
    QVERIFY(view);
    view->trigger();
    QCOMPARE(m_window->currentView(), MainWindow::Performance);
    PerformanceView* performance = m_window->performanceView();
    QVERIFY(performance->isVisible());
    QTRY_VERIFY(rate(u"DataVol"_s, PerformanceModel::WriteRateColumn) > 0.5 * MiB);
    QTRY_VERIFY(rate(u"DataVol"_s, PerformanceModel::WriteIopsColumn) > 30);
    QVERIFY(rateText(u"DataVol"_s, PerformanceModel::WriteRateColumn) != u"0.00"_s);
    QCOMPARE(rate(u"DataVol"_s, PerformanceModel::ReadRateColumn), 0.0);
    QCOMPARE(rateText(u"DataVol"_s, PerformanceModel::ReadIopsColumn), u"0"_s);
    // The four drives share 16 MB/s: the total is close to it (not a burst, not double counted).
    const IoRate total = m_window->hostIoRates()->total(m_ws->subsystemId());
    QVERIFY2(total.writeBytesPerSecond > 8.0 * MiB && total.writeBytesPerSecond < 24.0 * MiB,
        qPrintable(QString::number(total.writeBytesPerSecond / MiB)));
    QVERIFY(performance->summaryText().contains(u"1 host workload(s) running"_s));
    QVERIFY(m_window->findChild<QLabel*>(u"hostIoStatusLabel"_s)->text().startsWith(u"Host I/O: read 0.00 MB/s"_s));

    // Sorted by Write MB/s, descending, by clicking the header: a busy drive first, an idle one last.
    QHeaderView* header = performance->table()->horizontalHeader();
    const int x = header->sectionViewportPosition(PerformanceModel::WriteRateColumn)
        + header->sectionSize(PerformanceModel::WriteRateColumn) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, {x, header->height() / 2});
    if (header->sortIndicatorOrder() != Qt::DescendingOrder) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, {x, header->height() / 2});
    }
    QCOMPARE(header->sortIndicatorSection(), static_cast<int>(PerformanceModel::WriteRateColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    const QAbstractItemModel* sorted = performance->table()->model();
    QTRY_VERIFY(sorted->index(0, PerformanceModel::WriteRateColumn).data(RawValueRole).toDouble() > 0);
    QCOMPARE(
        sorted->index(sorted->rowCount() - 1, PerformanceModel::WriteRateColumn).data(RawValueRole).toDouble(), 0.0);

    // Clicking DataVol's row charts it.
    QCOMPARE(performance->chartTitle(), u"All logical drives of Storage Subsystem Primary Site"_s);
    clickIndex(performance->table(),
        performance->sortModel()->mapFromSource(performance->model()->indexOf(dataVol, PerformanceModel::NameColumn)));
    QCOMPARE(performance->selectedLogicalDrive(), dataVol);
    QCOMPARE(performance->chartTitle(), u"Logical drive DataVol"_s);
    // The Traffic chart: DataVol's host I/O (all writes here), nothing copied or mirrored.
    const TimeChart* traffic = performance->chart(PerformanceView::TrafficTab);
    QTRY_VERIFY(traffic->lastValue(u"Host I/O"_s).value_or(0) > 0.5);
    QCOMPARE(traffic->lastValue(u"Copies"_s).value_or(-1), 0.0);
    QCOMPARE(traffic->lastValue(u"Mirror sync"_s).value_or(-1), 0.0);
    QVERIFY(traffic->axisMaximum() >= traffic->lastValue(u"Host I/O"_s).value_or(0));
}

void TestHostIoGui::workloadFromPanelMovesRatesPauseResumeStop()
{
    const ObjectId db = hostId(u"east-db01"_s);
    const ObjectId dataVol = m_ws->logicalDrive(u"DataVol"_s).id; // mapped to east-db01 only
    HostWorkloadsWindow* window = openHostWorkloads();
    QVERIFY(window);
    startWritesFromPanel(window, db);
    if (QTest::currentTestFailed()) {
        return;
    }
    checkPerformanceView(dataVol);
    if (QTest::currentTestFailed()) {
        return;
    }
    PerformanceView* performance = m_window->performanceView();

    // Logical Drive Properties (double-click the row) shows the rate on its Host I/O tab.
    QTest::mouseDClick(performance->table()->viewport(), Qt::LeftButton, {},
        performance->table()->visualRect(performance->table()->currentIndex()).center());
    QPointer<LogicalDrivePropertiesDialog> properties = m_window->findChild<LogicalDrivePropertiesDialog*>();
    QVERIFY(properties);
    QTRY_VERIFY(properties->isVisible());
    QVERIFY(properties->value(u"Write rate"_s).endsWith(u"IOPS)"_s));
    QTRY_VERIFY(!properties->value(u"Write rate"_s).startsWith(u"0.00 MB/s"_s));
    QCOMPARE(properties->value(u"Read rate"_s), u"0.00 MB/s (0 IOPS)"_s);

    // Pause: DataVol falls to 0 — in the view and in the properties — without any new snapshot.
    click(window->pauseButton());
    QTRY_COMPARE(workloadCell(window, db, HostWorkloadModel::StateColumn), u"Paused"_s);
    QVERIFY(m_ws->snapshot()->workloads.value(db).paused);
    QTRY_COMPARE_WITH_TIMEOUT(rateText(u"DataVol"_s, PerformanceModel::WriteRateColumn), u"0.00"_s, 8000);
    QCOMPARE(rate(u"DataVol"_s, PerformanceModel::WriteIopsColumn), 0.0);
    QTRY_COMPARE(properties->value(u"Write rate"_s), u"0.00 MB/s (0 IOPS)"_s);
    QTRY_COMPARE(performance->chart(PerformanceView::TrafficTab)->lastValue(u"Host I/O"_s).value_or(-1), 0.0);
    QTRY_COMPARE(m_window->findChild<QLabel*>(u"hostIoStatusLabel"_s)->text(), u"Host I/O: idle"_s);
    QVERIFY2(
        performance->summaryText().contains(u"1 host workload(s) paused"_s), qPrintable(performance->summaryText()));
    QVERIFY(window->resumeButton()->isEnabled());
    QVERIFY(!window->pauseButton()->isEnabled());

    // Resume: up again. Stop: gone from the engine, back to 0.
    click(window->resumeButton());
    QTRY_COMPARE(workloadCell(window, db, HostWorkloadModel::StateColumn), u"Running"_s);
    QTRY_VERIFY(rate(u"DataVol"_s, PerformanceModel::WriteRateColumn) > 0.5 * MiB);
    click(window->stopButton());
    QTRY_COMPARE(workloadCell(window, db, HostWorkloadModel::StateColumn), u"Stopped"_s);
    const CommandResult shown = m_ws->run(u"showHostWorkloads"_s, {}, {});
    QVERIFY(shown.ok());
    QVERIFY(shown.data.value(u"workloads"_s).toArray().isEmpty());
    QCOMPARE(workloadCell(window, db, HostWorkloadModel::WritesColumn), QString());
    QVERIFY(!window->stopButton()->isEnabled());
    QCOMPARE(window->startButton()->text(), u"&Start"_s);
    QTRY_COMPARE_WITH_TIMEOUT(rate(u"DataVol"_s, PerformanceModel::WriteRateColumn), 0.0, 8000);
    QVERIFY(window->errorText().isEmpty());
    properties->close();
}

void TestHostIoGui::refusedWorkloadShowsItsReason()
{
    // admin-ws sees one drive: the read-only target of a completed VolumeCopy.
    const ObjectId array = m_ws->logicalDrive(u"Accounting"_s).arrayId;
    for (const QString& name : {u"Ledger"_s, u"Ledger-Copy"_s}) {
        QVERIFY(m_ws->run(u"createLogicalDrive"_s,
                        {{u"arrayId"_s, array}, {u"userLabel"_s, name}, {u"capacity"_s, 64 * MiB}})
                    .ok());
    }
    const ObjectId target = m_ws->logicalDrive(u"Ledger-Copy"_s).id;
    QVERIFY(
        m_ws->run(u"createVolumeCopy"_s, {{u"sourceId"_s, m_ws->logicalDrive(u"Ledger"_s).id}, {u"targetId"_s, target}})
            .ok());
    QTRY_VERIFY_WITH_TIMEOUT(m_ws->config().volumeCopyTargeting(target) != nullptr
            && m_ws->config().volumeCopyTargeting(target)->status == VolumeCopyStatus::Completed,
        30000);
    QVERIFY(m_ws->config().volumeCopyTargeting(target)->targetReadOnly);
    QVERIFY(
        m_ws->run(u"setLogicalDrive"_s, {{u"id"_s, target}, {u"logicalUnitNumber"_s, 4}, {u"host"_s, u"admin-ws"_s}})
            .ok());

    const ObjectId admin = hostId(u"admin-ws"_s);
    HostWorkloadsWindow* window = openHostWorkloads();
    QVERIFY(window);
    QTRY_COMPARE(workloadCell(window, admin, HostWorkloadModel::DrivesColumn), u"Ledger-Copy"_s);
    clickHost(window, admin);
    retype(window->readPercentSpinBox(), u"0"_s);
    retype(window->rateSpinBox(), u"4"_s);
    click(window->startButton());
    QTRY_COMPARE(workloadCell(window, admin, HostWorkloadModel::StateColumn), u"Running"_s);
    QTRY_VERIFY2(workloadCell(window, admin, HostWorkloadModel::RefusedColumn).remove(u',').toLongLong() > 3,
        qPrintable(workloadCell(window, admin, HostWorkloadModel::RefusedColumn) + u" refused, "_s
            + workloadCell(window, admin, HostWorkloadModel::WritesColumn) + u" writes, "_s
            + workloadCell(window, admin, HostWorkloadModel::WorkloadColumn)));
    QCOMPARE(workloadCell(window, admin, HostWorkloadModel::WritesColumn), u"0"_s);
    const QString reason = workloadCell(window, admin, HostWorkloadModel::LastRefusalColumn);
    QVERIFY2(reason.contains(u"Ledger-Copy is a read-only VolumeCopy target"_s), qPrintable(reason));
    QCOMPARE(reason, m_ws->snapshot()->workloads.value(admin).lastRefusal);
    QCOMPARE(window->model()->indexOf(admin, HostWorkloadModel::RefusedColumn).data(Qt::ForegroundRole).value<QColor>(),
        Icons::Palette::failed);
    QTRY_VERIFY(window->detailsText().contains(u"request(s) refused. Last refusal: "_s + reason));
    // Nothing reaches the drive: its write rate stays 0 while the refusals go on.
    const quint64 refusedBefore = m_ws->snapshot()->workloads.value(admin).refused;
    QTRY_VERIFY(m_ws->snapshot()->workloads.value(admin).refused > refusedBefore + 2);
    QCOMPARE(m_window->hostIoRates()->rate(target), IoRate {});
    QCOMPARE(m_ws->snapshot()->runtime.value(target).writeOps, quint64(0));

    // Disable Read-Only: the same workload's writes go through.
    QVERIFY(m_ws->run(u"setVolumeCopy"_s,
                    {{u"id"_s, m_ws->config().volumeCopyTargeting(target)->id}, {u"targetReadOnlyEnabled"_s, false}})
                .ok());
    QTRY_VERIFY(workloadCell(window, admin, HostWorkloadModel::WritesColumn).remove(u',').toLongLong() > 0);
    QTRY_VERIFY(m_window->hostIoRates()->rate(target).writeBytesPerSecond > 0);
}

void TestHostIoGui::hostIoServerSettingsAndExports()
{
    QAction* a = action(m_window.get(), u"actionHostIoServer"_s);
    QVERIFY(a && a->isEnabled());
    QVERIFY(m_window->findChild<QMenu*>(u"simulationMenu"_s)->actions().contains(a));
    a->trigger();
    QPointer<HostIoServerDialog> dialog = m_window->findChild<HostIoServerDialog*>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTRY_VERIFY(!dialog->serverState().isEmpty());
    const int startPort = m_ws->snapshot()->nbdPort;
    QVERIFY(startPort > 0);
    QCOMPARE(dialog->statusText(), u"Listening on 127.0.0.1:%1  ·  0 client(s) connected"_s.arg(startPort));
    QVERIFY(dialog->enabledCheckBox()->isChecked());
    QCOMPARE(dialog->addressLineEdit()->text(), u"127.0.0.1"_s);
    QCOMPARE(dialog->portSpinBox()->value(), 0); // configured: any free port
    QCOMPARE(dialog->portSpinBox()->text(), u"Any free port"_s);
    QVERIFY(!dialog->applyButton()->isEnabled());

    // The exports as a client names them, with their URIs.
    QTableWidget* exports = dialog->exportTable();
    QStringList names;
    for (int row = 0; row < exports->rowCount(); ++row) {
        names.append(exports->item(row, 0)->text());
    }
    QVERIFY2(names.contains(u"east-db01/lun2"_s), qPrintable(names.join(u' ')));
    QVERIFY(names.contains(u"west-db01/lun1"_s)); // the other subsystem's too: one server serves all
    const int row = static_cast<int>(names.indexOf(u"east-db01/lun2"_s));
    QCOMPARE(exports->item(row, 1)->text(), u"Oracle Logs"_s);
    QCOMPARE(exports->item(row, 2)->text(), u"Primary Site"_s);
    QCOMPARE(exports->item(row, 3)->text(), u"nbd://127.0.0.1:%1/east-db01/lun2"_s.arg(startPort));
    // And the owner-only one, through the unix socket in the workspace.
    const QString ownerOnly = exports->item(row, 4)->text();
    QVERIFY2(ownerOnly.startsWith(u"nbd+unix:///east-db01/lun2?socket=/"_s) && ownerOnly.endsWith(u"/nbd/nbd.sock"_s),
        qPrintable(ownerOnly));
    QVERIFY(dialog->warningText().isEmpty());

    // A new port, typed and applied: the engine listens there and says so.
    const quint16 port = freePort();
    QVERIFY(port > 0);
    retype(dialog->portSpinBox(), QString::number(port));
    QCOMPARE(dialog->portSpinBox()->value(), int(port));
    QVERIFY(dialog->applyButton()->isEnabled());
    click(dialog->applyButton());
    QTRY_COMPARE(m_ws->run(u"showHostIoServer"_s, {}, {}).data.value(u"port"_s).toInt(), int(port));
    QCOMPARE(m_ws->run(u"showHostIoServer"_s, {}, {}).data.value(u"configuredPort"_s).toInt(), int(port));
    QTRY_COMPARE(m_ws->snapshot()->nbdPort, port);
    QTRY_COMPARE(dialog->statusText(), u"Listening on 127.0.0.1:%1  ·  0 client(s) connected"_s.arg(port));
    QTRY_VERIFY(!dialog->applyButton()->isEnabled());
    QVERIFY(dialog->errorText().isEmpty());
    // The Performance view draws only while shown (issue 19): opened, it is up to date.
    m_window->showView(MainWindow::Performance);
    QTRY_VERIFY(m_window->performanceView()->summaryText().contains(u"host I/O server (NBD) on port %1"_s.arg(port)));

    // Select the export by clicking it, copy its URI and the nbdinfo command.
    QTRY_COMPARE(exports->item(row, 3)->text(), u"nbd://127.0.0.1:%1/east-db01/lun2"_s.arg(port));
    clickIndex(exports, exports->model()->index(row, 0));
    QCOMPARE(dialog->selectedUri(), u"nbd://127.0.0.1:%1/east-db01/lun2"_s.arg(port));
    QApplication::clipboard()->clear();
    click(dialog->copyUriButton());
    QCOMPARE(QApplication::clipboard()->text(), u"nbd://127.0.0.1:%1/east-db01/lun2"_s.arg(port));
    click(dialog->copyCommandButton());
    QCOMPARE(QApplication::clipboard()->text(), u"nbdinfo nbd://127.0.0.1:%1/east-db01/lun2"_s.arg(port));
    QCOMPARE(
        HostIoServerDialog::exportUri(u"0.0.0.0"_s, 10809, u"a host/lun0"_s), u"nbd://127.0.0.1:10809/a%20host/lun0"_s);
    QCOMPARE(HostIoServerDialog::exportUri(u"127.0.0.1"_s, 0, u"x/lun0"_s), QString());

    // A mapping added while the window is open appears in the list.
    QVERIFY(m_ws->run(u"setLogicalDrive"_s,
                    {{u"id"_s, m_ws->logicalDrive(u"Web Content"_s).id}, {u"logicalUnitNumber"_s, 7},
                        {u"host"_s, u"backup01"_s}})
                .ok());
    QTRY_VERIFY(!exports->findItems(u"backup01/lun7"_s, Qt::MatchExactly).isEmpty());

    // An address the engine refuses: its message, in red; nothing changes.
    retype(dialog->addressLineEdit(), u"300.1.2.3"_s);
    click(dialog->applyButton());
    QTRY_VERIFY(!dialog->errorText().isEmpty());
    QVERIFY2(dialog->errorText().contains(u"300.1.2.3"_s), qPrintable(dialog->errorText()));
    QCOMPARE(m_ws->run(u"showHostIoServer"_s, {}, {}).data.value(u"address"_s).toString(), u"127.0.0.1"_s);
    QCOMPARE(dialog->addressLineEdit()->text(), u"300.1.2.3"_s); // what the user typed stays
    retype(dialog->addressLineEdit(), u"127.0.0.1"_s);
    QVERIFY(!dialog->applyButton()->isEnabled());

    // Every interface: the console warns what that means for the LUNs, until the loopback is back.
    retype(dialog->addressLineEdit(), u"0.0.0.0"_s);
    click(dialog->applyButton());
    QTRY_VERIFY(dialog->warningText().contains(u"without authentication"_s));
    QVERIFY(dialog->errorText().isEmpty());
    retype(dialog->addressLineEdit(), u"127.0.0.1"_s);
    click(dialog->applyButton());
    QTRY_VERIFY(dialog->warningText().isEmpty());

    // Off: nothing listens; the snapshot's port is 0; the URIs stay, greyed.
    dialog->enabledCheckBox()->setFocus();
    QTest::mouseClick(
        dialog->enabledCheckBox(), Qt::LeftButton, {}, QPoint(8, dialog->enabledCheckBox()->height() / 2));
    QVERIFY(!dialog->enabledCheckBox()->isChecked());
    QVERIFY(!dialog->portSpinBox()->isEnabled());
    click(dialog->applyButton());
    QTRY_COMPARE(m_ws->snapshot()->nbdPort, quint16(0));
    QVERIFY(!m_ws->run(u"showHostIoServer"_s, {}, {}).data.value(u"running"_s).toBool());
    QTRY_COMPARE(dialog->statusText(), u"Not running: the NBD server is turned off"_s);
    QTRY_VERIFY(m_window->performanceView()->summaryText().contains(u"host I/O server (NBD) not running"_s));
    dialog->close();
    QTRY_VERIFY(dialog.isNull());
}

void TestHostIoGui::hostWorkloadsFollowMappingsSelectionAndSubsystem()
{
    // Mappings view, host east-app01 selected: Host Workloads opens with it selected.
    action(m_window.get(), u"actionViewMappings"_s)->trigger();
    auto* topology = m_window->mappingsView()->findChild<QTreeView*>(u"topologyTreeView"_s);
    QVERIFY(topology);
    const QModelIndex host = findText(topology->model(), u"Host east-app01"_s);
    QVERIFY(host.isValid());
    clickIndex(topology, host);
    QCOMPARE(m_window->mappingsView()->topologyKind(), NodeKind::Host);
    HostWorkloadsWindow* window = openHostWorkloads();
    QVERIFY(window);
    QCOMPARE(window->selectedHosts(), QList<ObjectId> {hostId(u"east-app01"_s)});
    // Switching the subsystem in the main window switches the window too.
    QVERIFY(m_window->selectSubsystem(m_ws->subsystemId(u"Secondary Site"_s)));
    QCOMPARE(window->subsystemId(), m_ws->subsystemId(u"Secondary Site"_s));
    QVERIFY(window->model()->indexOf(hostId(u"east-app01"_s)).isValid() == false);
    QVERIFY(!GuiTest::allTexts(window->model()).isEmpty());
    QCOMPARE(window->windowTitle(), u"Host Workloads — Storage Subsystem Secondary Site"_s);
}

QTEST_MAIN(TestHostIoGui)
#include "tst_hostiogui.moc"
