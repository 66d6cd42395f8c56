// SPDX-License-Identifier: GPL-3.0-or-later
// The Performance view's charts (issue 18) on a real engine: the Traffic chart shows a mirror synchronization on a
// 10 MB/s link at about 10 MB/s (not the 60 the copy pointer runs at) and a VolumeCopy as copy traffic, apart from
// host I/O; IOPS and latency of a running host workload; a FlashCopy's repository use rising after writes to its
// base, with the warning threshold; a Global Mirror's RPO series, 0 while current and growing while suspended. The
// view at 1366x768: tabs, not six small charts. With COPYLINE_SHOTS_DIR set, it saves performance-charts.png there.
#include "charts/timechart.h"
#include "guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "models/hostiomodels.h"
#include "util/bytesize.h"
#include "views/performanceview.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

const QString kPrimary = u"Primary Site"_s;
const QString kSecondary = u"Secondary Site"_s;

} // namespace

class TestPerformanceCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void trafficShowsHostCopyAndMirrorApart();
    void iopsAndLatencyOfAHostWorkload();
    void repositoryUseRisesAfterWritesToTheBase();
    void globalMirrorRpoSeries();
    void historiesAreBounded();
    void chartsFollowADarkPalette();
    void screenshot();

private:
    void ok(const CommandResult& r) { QVERIFY2(r.ok(), qPrintable(r.error.message())); }
    void createDrive(const QString& name, qint64 capacity, const QString& subsystem = kPrimary, qint64 data = 0);
    void activateMirroring();
    PerformanceView* view() const { return m_window->performanceView(); }
    TimeChart* chart(PerformanceView::ChartTab tab) const { return view()->chart(tab); }
    double last(PerformanceView::ChartTab tab, const QString& series) const
    {
        return chart(tab)->lastValue(series).value_or(-1);
    }
    void saveShot(const QString& name);

    std::unique_ptr<GuiTest::Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

void TestPerformanceCharts::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestPerformanceCharts::init()
{
    m_ws = std::make_unique<GuiTest::Workspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
    QVERIFY(m_ws->run(u"setHostIoServer"_s, {{u"port"_s, 0}}, {}).ok()); // any free port
    m_window = GuiTest::openMainWindow(*m_ws);
    QVERIFY(m_window);
    QTRY_VERIFY(m_window->currentSubsystemId() != 0);
    m_window->resize(1366, 768);
    m_window->showView(MainWindow::Performance);
    QTRY_VERIFY(view()->isVisible());
}

void TestPerformanceCharts::cleanup()
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

void TestPerformanceCharts::createDrive(const QString& name, qint64 capacity, const QString& subsystem, qint64 data)
{
    ok(m_ws->createDrive(name, capacity, subsystem, data));
}

void TestPerformanceCharts::activateMirroring()
{
    for (const QString& subsystem : {kPrimary, kSecondary}) {
        const QString key
            = QDir(m_ws->path())
                  .filePath(u"keys/%1-remoteMirror.key"_s.arg(subsystem == kPrimary ? u"primary"_s : u"secondary"_s));
        ok(m_ws->run(u"enableFeature"_s, {{u"file"_s, key}}, subsystem));
        ok(m_ws->run(u"activateRemoteMirror"_s, {{u"feature"_s, u"remoteMirror"_s}}, subsystem));
    }
}

void TestPerformanceCharts::saveShot(const QString& name)
{
    const QString dir = qEnvironmentVariable("COPYLINE_SHOTS_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(m_window->grab().save(QDir(dir).filePath(name + u".png"_s)));
    }
}

void TestPerformanceCharts::trafficShowsHostCopyAndMirrorApart()
{
    // Tabs, not six small charts: at 1366x768 the chart is large enough to read.
    QTabWidget* tabs = view()->chartTabs();
    QCOMPARE(tabs->count(), 5);
    QCOMPARE(tabs->tabText(PerformanceView::TrafficTab), u"Traffic"_s);
    QCOMPARE(tabs->currentIndex(), int(PerformanceView::TrafficTab));
    QVERIFY2(chart(PerformanceView::TrafficTab)->chartView()->height() >= 200,
        qPrintable(QString::number(chart(PerformanceView::TrafficTab)->chartView()->height())));
    QVERIFY(chart(PerformanceView::TrafficTab)->chartView()->width() >= 900);
    QCOMPARE(chart(PerformanceView::TrafficTab)->seriesNames(),
        (QStringList {u"Host I/O"_s, u"Copies"_s, u"Mirror sync"_s}));
    QCOMPARE(chart(PerformanceView::TrafficTab)->unit(), u"MB/s"_s);

    // A mirror synchronization of 160 MiB on a link set to 10 MB/s: the Mirror sync series shows about 10.
    activateMirroring();
    createDrive(u"Book"_s, 160 * MiB, kPrimary, 160 * MiB);
    createDrive(u"Book 2"_s, 160 * MiB, kSecondary);
    ok(m_ws->run(
        u"setRemoteMirrorLink"_s, {{u"remoteStorageSubsystemName"_s, kSecondary}, {u"bandwidth"_s, 10 * MiB}}));
    ok(m_ws->run(u"createRemoteMirror"_s,
        {{u"primary"_s, u"Book"_s}, {u"secondary"_s, u"Book 2"_s}, {u"remoteStorageSubsystemName"_s, kSecondary},
            {u"syncPriority"_s, u"highest"_s}}));
    QTRY_VERIFY_WITH_TIMEOUT(last(PerformanceView::TrafficTab, u"Mirror sync"_s) > 7.0, 15000);
    double fastest = 0;
    for (int i = 0; i < 12; ++i) {
        fastest = std::max(fastest, last(PerformanceView::TrafficTab, u"Mirror sync"_s));
        QTest::qWait(250);
    }
    QVERIFY2(fastest <= 12.5, qPrintable(u"the sync series showed %1 MB/s on a 10 MB/s link"_s.arg(fastest)));
    QCOMPARE(last(PerformanceView::TrafficTab, u"Copies"_s), 0.0);
    QCOMPARE(last(PerformanceView::TrafficTab, u"Host I/O"_s), 0.0);
    QVERIFY(chart(PerformanceView::TrafficTab)->axisMaximum() >= fastest);

    // A VolumeCopy at 4 MB/s alongside: copy traffic, in its own series.
    ok(m_ws->run(u"setStorageSubsystem"_s, {{u"copyBandwidth"_s, 4 * MiB}}));
    createDrive(u"Ledger"_s, 64 * MiB, kPrimary, 64 * MiB);
    createDrive(u"Ledger-Copy"_s, 64 * MiB);
    ok(m_ws->run(u"createVolumeCopy"_s,
        {{u"sourceId"_s, m_ws->logicalDrive(u"Ledger"_s).id}, {u"targetId"_s, m_ws->logicalDrive(u"Ledger-Copy"_s).id},
            {u"copyPriority"_s, u"highest"_s}}));
    QTRY_VERIFY_WITH_TIMEOUT(last(PerformanceView::TrafficTab, u"Copies"_s) > 2.5, 15000);
    QVERIFY2(last(PerformanceView::TrafficTab, u"Copies"_s) < 6.0,
        qPrintable(QString::number(last(PerformanceView::TrafficTab, u"Copies"_s))));
    QVERIFY(chart(PerformanceView::TrafficTab)->pointCount(u"Copies"_s) > 5);

    // The selected drive: Ledger has copy traffic and no mirror traffic; Book the other way round.
    QVERIFY(view()->selectLogicalDrive(m_ws->logicalDrive(u"Ledger"_s).id));
    QCOMPARE(view()->chartTitle(), u"Logical drive Ledger"_s);
    QTRY_VERIFY(last(PerformanceView::TrafficTab, u"Copies"_s) > 2.5);
    QCOMPARE(last(PerformanceView::TrafficTab, u"Mirror sync"_s), 0.0);
    QVERIFY(view()->selectLogicalDrive(m_ws->logicalDrive(u"Book"_s).id));
    QTRY_VERIFY(last(PerformanceView::TrafficTab, u"Mirror sync"_s) > 5.0);
    QCOMPARE(last(PerformanceView::TrafficTab, u"Copies"_s), 0.0);
}

void TestPerformanceCharts::iopsAndLatencyOfAHostWorkload()
{
    Host db;
    for (const Host& h : m_ws->config().hosts) {
        if (h.name == u"east-db01"_s) {
            db = h;
        }
    }
    QVERIFY(db.id != 0);
    // 4 MB/s of 64 KiB requests, half reads: about 32 reads and 32 writes a second.
    ok(m_ws->run(u"startHostWorkload"_s,
        {{u"hostId"_s, db.id}, {u"readPercent"_s, 50}, {u"blockSize"_s, 64 * KiB}, {u"rate"_s, 4 * MiB}}, {}));
    view()->showChart(PerformanceView::IopsTab);
    QCOMPARE(chart(PerformanceView::IopsTab)->seriesNames(), (QStringList {u"Read"_s, u"Write"_s}));
    QTRY_VERIFY_WITH_TIMEOUT(last(PerformanceView::IopsTab, u"Read"_s) > 10, 10000);
    QTRY_VERIFY(last(PerformanceView::IopsTab, u"Write"_s) > 10);
    QVERIFY2(last(PerformanceView::IopsTab, u"Read"_s) + last(PerformanceView::IopsTab, u"Write"_s) < 150,
        qPrintable(QString::number(last(PerformanceView::IopsTab, u"Read"_s))));

    view()->showChart(PerformanceView::LatencyTab);
    QCOMPARE(chart(PerformanceView::LatencyTab)->seriesNames(), (QStringList {u"Read (mean)"_s, u"Write (mean)"_s}));
    QCOMPARE(chart(PerformanceView::LatencyTab)->unit(), u"ms (mean)"_s);
    QTRY_VERIFY_WITH_TIMEOUT(last(PerformanceView::LatencyTab, u"Write (mean)"_s) > 0, 10000);
    QTRY_VERIFY(last(PerformanceView::LatencyTab, u"Read (mean)"_s) > 0);
    // A 64 KiB request on a local volume file takes well under a second.
    QVERIFY(last(PerformanceView::LatencyTab, u"Write (mean)"_s) < 1000);

    // The traffic chart counts the same bytes as host I/O: about 4 MB/s.
    view()->showChart(PerformanceView::TrafficTab);
    QTRY_VERIFY(last(PerformanceView::TrafficTab, u"Host I/O"_s) > 2.0);
    QVERIFY(last(PerformanceView::TrafficTab, u"Host I/O"_s) < 8.0);
}

void TestPerformanceCharts::repositoryUseRisesAfterWritesToTheBase()
{
    view()->showChart(PerformanceView::RepositoryTab);
    QCOMPARE(
        chart(PerformanceView::RepositoryTab)->emptyText(), u"No FlashCopy logical drives on this storage subsystem"_s);
    createDrive(u"Small"_s, 64 * MiB, kPrimary, 64 * MiB);
    ok(m_ws->run(u"createFlashCopy"_s, {{u"baseId"_s, m_ws->logicalDrive(u"Small"_s).id}}));
    QTRY_VERIFY(chart(PerformanceView::RepositoryTab)->lastValue(u"Small-1"_s).has_value());
    QVERIFY(chart(PerformanceView::RepositoryTab)->emptyText().isEmpty());
    const double before = last(PerformanceView::RepositoryTab, u"Small-1"_s);
    QVERIFY(before >= 0 && before < 50);
    QCOMPARE(chart(PerformanceView::RepositoryTab)->threshold().value_or(-1), 50.0);
    QCOMPARE(chart(PerformanceView::RepositoryTab)->axisMaximum(), 100.0);
    QCOMPARE(chart(PerformanceView::RepositoryTab)->unit(), u"% of repository capacity"_s);

    // 6 MiB written to the base: 6 MiB of old grains go to the 13 MiB repository (20 % of the base, rounded).
    ok(m_ws->run(u"writeLogicalDrive"_s,
        {{u"id"_s, m_ws->logicalDrive(u"Small"_s).id}, {u"offset"_s, 0}, {u"length"_s, 6 * MiB}, {u"seed"_s, 8}}));
    QTRY_VERIFY_WITH_TIMEOUT(last(PerformanceView::RepositoryTab, u"Small-1"_s) > before + 20, 10000);
    QVERIFY(last(PerformanceView::RepositoryTab, u"Small-1"_s) <= 100);
    QVERIFY(chart(PerformanceView::RepositoryTab)->pointCount(u"Small-1"_s) >= 2);
    // Selecting the base: its FlashCopies, named in the title.
    QVERIFY(view()->selectLogicalDrive(m_ws->logicalDrive(u"Small"_s).id));
    QCOMPARE(view()->chartTitle(), u"FlashCopies of Small"_s);
    QCOMPARE(chart(PerformanceView::RepositoryTab)->seriesNames(), QStringList {u"Small-1"_s});
}

void TestPerformanceCharts::globalMirrorRpoSeries()
{
    view()->showChart(PerformanceView::RpoTab);
    QVERIFY(chart(PerformanceView::RpoTab)->emptyText().startsWith(u"No Global Mirroring pairs"_s));
    activateMirroring();
    for (const QString& n : {u"G1"_s, u"M1"_s}) {
        createDrive(n, 8 * MiB, kPrimary, MiB);
        createDrive(n + u" 2"_s, 8 * MiB, kSecondary);
    }
    ok(m_ws->run(u"createRemoteMirror"_s,
        {{u"primary"_s, u"G1"_s}, {u"secondary"_s, u"G1 2"_s}, {u"remoteStorageSubsystemName"_s, kSecondary},
            {u"writeMode"_s, u"asynchronous"_s}, {u"writeOrder"_s, u"preserved"_s}}));
    ok(m_ws->run(u"createRemoteMirror"_s,
        {{u"primary"_s, u"M1"_s}, {u"secondary"_s, u"M1 2"_s}, {u"remoteStorageSubsystemName"_s, kSecondary}}));
    const ObjectId g1 = m_ws->logicalDrive(u"G1"_s).id;
    QTRY_COMPARE_WITH_TIMEOUT(m_ws->config().mirrorOf(g1)->status, MirrorStatus::Synchronized, 20000);
    // Only the Global Mirroring pair has an RPO series (the Metro Mirror pair is synchronous).
    const QString name = u"G1 → G1 2"_s;
    QTRY_COMPARE(chart(PerformanceView::RpoTab)->seriesNames(), QStringList {name});
    QTRY_VERIFY(chart(PerformanceView::RpoTab)->lastValue(name).has_value());
    QTRY_COMPARE(last(PerformanceView::RpoTab, name), 0.0);
    QCOMPARE(chart(PerformanceView::RpoTab)->unit(), u"seconds"_s);

    // Suspended: the secondary keeps the image of the suspension, and the RPO grows second by second — also while
    // no snapshot comes (the view's clock extrapolates between them).
    ok(m_ws->run(u"suspendRemoteMirror"_s, {{u"primary"_s, u"G1"_s}}));
    QTRY_COMPARE(m_ws->config().mirrorOf(g1)->status, MirrorStatus::Suspended);
    QTRY_VERIFY_WITH_TIMEOUT(last(PerformanceView::RpoTab, name) >= 2.0, 10000);
    const double a = last(PerformanceView::RpoTab, name);
    QTest::qWait(2100);
    const double b = last(PerformanceView::RpoTab, name);
    QVERIFY2(b >= a + 1.0 && b <= a + 4.0, qPrintable(u"%1 then %2"_s.arg(a).arg(b)));
    QVERIFY(chart(PerformanceView::RpoTab)->axisMaximum() >= b);

    // Selecting the secondary's partner drive on the primary shows that pair; the title says so.
    QVERIFY(view()->selectLogicalDrive(g1));
    QCOMPARE(view()->chartTitle(), u"Global Mirror pair of G1"_s);

    // Resumed: back to 0 once synchronized.
    ok(m_ws->run(u"resumeRemoteMirror"_s, {{u"primary"_s, u"G1"_s}}));
    QTRY_COMPARE_WITH_TIMEOUT(m_ws->config().mirrorOf(g1)->status, MirrorStatus::Synchronized, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(last(PerformanceView::RpoTab, name), 0.0, 10000);
}

void TestPerformanceCharts::historiesAreBounded()
{
    // By time: nothing older than the span.
    TimeHistory byTime(10'000);
    for (qint64 ms = 0; ms <= 100'000; ms += 50) {
        byTime.add(ms, static_cast<double>(ms));
    }
    QVERIFY(byTime.points().front().ms >= 90'000);
    QCOMPARE(byTime.points().back().ms, qint64(100'000));
    // By count: a flood of samples within the span keeps at most kMaxPoints.
    TimeHistory byCount(1'000'000);
    for (qint64 ms = 0; ms < 10'000; ++ms) {
        byCount.add(ms, 1.0);
    }
    QCOMPARE(byCount.points().size(), TimeHistory::kMaxPoints);
    // The same moment again, or a clock that went back: the newer value replaces what it overtakes.
    byCount.add(9'999, 2.0);
    QCOMPARE(byCount.points().back().value, 2.0);
    byCount.add(5'000, 3.0);
    QCOMPARE(byCount.points().back().ms, qint64(5'000));
    QVERIFY(byCount.points().size() <= TimeHistory::kMaxPoints);

    // The view keeps no rate history for quiet drives nobody selected: an idle workspace costs nothing.
    QTest::qWait(1000);
    QVERIFY2(view()->rateHistoryCount() <= 1, qPrintable(QString::number(view()->rateHistoryCount()))); // the total
    QVERIFY(view()->selectLogicalDrive(m_ws->logicalDrive(u"Payroll"_s).id));
    QTRY_COMPARE(view()->rateHistoryCount(), 2); // and the selected drive's
}

void TestPerformanceCharts::chartsFollowADarkPalette()
{
    TimeChart* traffic = chart(PerformanceView::TrafficTab);
    QCOMPARE(traffic->chartView()->chart()->theme(), QChart::ChartThemeLight);
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::Base, QColor(0x23, 0x23, 0x23));
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::WindowText, Qt::white);
    QApplication::setPalette(dark);
    QTRY_COMPARE(traffic->chartView()->chart()->theme(), QChart::ChartThemeDark);
    QCOMPARE(traffic->chartView()->chart()->backgroundBrush().color(), QColor(0x23, 0x23, 0x23));
    // And back.
    QApplication::setPalette(light);
    QTRY_COMPARE(traffic->chartView()->chart()->theme(), QChart::ChartThemeLight);
}

void TestPerformanceCharts::screenshot()
{
    if (qEnvironmentVariableIsEmpty("COPYLINE_SHOTS_DIR")) {
        QSKIP("set COPYLINE_SHOTS_DIR to save docs/performance-charts.png");
    }
    // All three kinds at once: a host workload, a VolumeCopy at 6 MB/s, a synchronization on a 12 MB/s link.
    activateMirroring();
    createDrive(u"Archive"_s, 384 * MiB, kPrimary, 384 * MiB);
    createDrive(u"Archive 2"_s, 384 * MiB, kSecondary);
    createDrive(u"Ledger"_s, 192 * MiB, kPrimary, 192 * MiB);
    createDrive(u"Ledger-Copy"_s, 192 * MiB);
    // The data written above is host I/O too: start the charts afresh, as a console opened now would.
    QTest::qWait(2500); // past the rates' averaging window
    view()->setRates(nullptr, 0);
    view()->setRates(m_window->hostIoRates(), m_window->currentSubsystemId());
    ok(m_ws->run(
        u"setRemoteMirrorLink"_s, {{u"remoteStorageSubsystemName"_s, kSecondary}, {u"bandwidth"_s, 12 * MiB}}));
    ok(m_ws->run(u"setStorageSubsystem"_s, {{u"copyBandwidth"_s, 6 * MiB}}));
    for (const Host& h : m_ws->config().hosts) {
        if (h.name == u"east-db01"_s) {
            ok(m_ws->run(u"startHostWorkload"_s,
                {{u"hostId"_s, h.id}, {u"readPercent"_s, 30}, {u"blockSize"_s, 64 * KiB}, {u"rate"_s, 16 * MiB}}, {}));
        }
    }
    ok(m_ws->run(u"createRemoteMirror"_s,
        {{u"primary"_s, u"Archive"_s}, {u"secondary"_s, u"Archive 2"_s}, {u"remoteStorageSubsystemName"_s, kSecondary},
            {u"syncPriority"_s, u"highest"_s}}));
    QTest::qWait(6000);
    ok(m_ws->run(u"createVolumeCopy"_s,
        {{u"sourceId"_s, m_ws->logicalDrive(u"Ledger"_s).id}, {u"targetId"_s, m_ws->logicalDrive(u"Ledger-Copy"_s).id},
            {u"copyPriority"_s, u"highest"_s}}));
    QTest::qWait(24000);
    view()->table()->sortByColumn(PerformanceModel::WriteRateColumn, Qt::DescendingOrder);
    saveShot(u"performance-charts"_s);
    view()->showChart(PerformanceView::LatencyTab);
    QTest::qWait(300);
    saveShot(u"performance-latency"_s);
}

QTEST_MAIN(TestPerformanceCharts)
#include "tst_performancecharts.moc"
