// SPDX-License-Identifier: GPL-3.0-or-later
// hostio_screenshots OUTDIR: pictures of the console's host I/O parts for review and documentation — the Performance
// view with workloads running (total and one logical drive charted), the Host Workloads window with a host whose
// writes a read-only VolumeCopy target refuses, the Host I/O Server window with its exports, and the Host I/O tab of
// Logical Drive Properties. Not a test: it asserts nothing.
#include "dialogs/hostiodialogs.h"
#include "guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "models/hostiomodels.h"
#include "panels/ds4000/dialogs/propertiesdialogs.h"
#include "shotsupport.h"
#include "util/bytesize.h"
#include "views/performanceview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using namespace Copyline::Shots;

namespace
{

ObjectId hostId(GuiTest::Workspace& ws, const QString& name)
{
    const Host* h = ws.config().hostByName(ws.subsystemId(), name);
    return h ? h->id : 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale::c());
    QStandardPaths::setTestModeEnabled(true); // default window and column sizes, none saved
    QSettings().clear();
    Shots::setOutputDir(argc, argv);

    GuiTest::Workspace ws;
    if (!ws.ok()) {
        qCritical("%s", qPrintable(ws.errorText()));
        return 1;
    }
    run(ws, u"setHostIoServer"_s, {{u"port"_s, 0}}); // any free port: never clash with a running console
    // A read-only VolumeCopy target mapped to admin-ws: its writes are refused.
    const ObjectId array = ws.logicalDrive(u"Accounting"_s).arrayId;
    run(ws, u"createLogicalDrive"_s,
        {{u"arrayId"_s, array}, {u"userLabel"_s, u"Reports"_s}, {u"capacity"_s, 64 * MiB}});
    run(ws, u"createLogicalDrive"_s,
        {{u"arrayId"_s, array}, {u"userLabel"_s, u"Reports-Copy"_s}, {u"capacity"_s, 64 * MiB}});
    run(ws, u"createVolumeCopy"_s,
        {{u"sourceId"_s, ws.logicalDrive(u"Reports"_s).id}, {u"targetId"_s, ws.logicalDrive(u"Reports-Copy"_s).id}});
    (void)QTest::qWaitFor(
        [&]() {
            const VolumeCopy* vc = ws.config().volumeCopyTargeting(ws.logicalDrive(u"Reports-Copy"_s).id);
            return vc != nullptr && vc->status == VolumeCopyStatus::Completed;
        },
        30000);
    run(ws, u"setLogicalDrive"_s,
        {{u"id"_s, ws.logicalDrive(u"Reports-Copy"_s).id}, {u"logicalUnitNumber"_s, 4}, {u"host"_s, u"admin-ws"_s}});

    run(ws, u"startHostWorkload"_s,
        {{u"hostId"_s, hostId(ws, u"east-db01"_s)}, {u"readPercent"_s, 30}, {u"blockSize"_s, 64 * KiB},
            {u"rate"_s, 24 * MiB}});
    run(ws, u"startHostWorkload"_s,
        {{u"hostId"_s, hostId(ws, u"east-app01"_s)}, {u"readPercent"_s, 80}, {u"blockSize"_s, 8 * KiB},
            {u"rate"_s, 6 * MiB}, {u"pattern"_s, u"sequential"_s}});
    run(ws, u"startHostWorkload"_s,
        {{u"hostId"_s, hostId(ws, u"admin-ws"_s)}, {u"readPercent"_s, 0}, {u"rate"_s, 2 * MiB}});

    MainWindow window;
    window.setConnection(ws.connection(), u"screenshots"_s);
    window.resize(1280, 860);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return 1;
    }
    // The Simulation menu, open.
    if (auto* menu = window.findChild<QMenu*>(u"simulationMenu"_s)) {
        menu->popup(window.mapToGlobal(QPoint(440, 24)));
        QTest::qWait(300);
        save(menu, u"hostio-simulation-menu"_s);
        menu->hide();
    }
    window.showView(MainWindow::Performance);
    QTest::qWait(12000); // some chart history
    save(&window, u"hostio-performance-total"_s);
    window.performanceView()->selectLogicalDrive(ws.logicalDrive(u"Accounting"_s).id);
    QTest::qWait(600);
    save(&window, u"hostio-performance-drive"_s);

    // Pause east-db01: its drives fall to zero.
    run(ws, u"pauseHostWorkload"_s, {{u"hostId"_s, hostId(ws, u"east-db01"_s)}});
    QTest::qWait(6000);
    save(&window, u"hostio-performance-paused"_s);

    window.findChild<QAction*>(u"actionHostWorkloads"_s)->trigger();
    HostWorkloadsWindow* workloads = window.hostWorkloads();
    (void)QTest::qWaitForWindowExposed(workloads);
    workloads->selectHost(hostId(ws, u"admin-ws"_s));
    save(workloads, u"hostio-workloads-refused"_s);
    workloads->selectHost(hostId(ws, u"east-app01"_s));
    save(workloads, u"hostio-workloads-running"_s);
    workloads->close();

    window.findChild<QAction*>(u"actionHostIoServer"_s)->trigger();
    auto* server = waitFor<HostIoServerDialog>(&window);
    (void)QTest::qWaitFor([&]() { return server->exportTable()->rowCount() > 0; }, 5000);
    for (int row = 0; row < server->exportTable()->rowCount(); ++row) {
        if (server->exportTable()->item(row, 0)->text() == u"east-db01/lun2"_s) {
            server->exportTable()->selectRow(row);
        }
    }
    save(server, u"hostio-server"_s);
    server->close();

    window.performanceView()->selectLogicalDrive(ws.logicalDrive(u"DataVol"_s).id);
    window.findChild<QAction*>(u"actionLogicalDriveProperties"_s)->trigger();
    auto* properties = waitFor<LogicalDrivePropertiesDialog>(&window);
    for (int tab = 0; tab < properties->tabWidget()->count(); ++tab) {
        if (properties->tabWidget()->tabText(tab) == u"Host I/O"_s) {
            properties->tabWidget()->setCurrentIndex(tab);
        }
    }
    save(properties, u"hostio-properties"_s);
    properties->close();

    for (const QString& host : {u"east-db01"_s, u"east-app01"_s, u"admin-ws"_s}) {
        run(ws, u"stopHostWorkload"_s, {{u"hostId"_s, hostId(ws, host)}});
    }
    return 0;
}
