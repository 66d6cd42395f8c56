// SPDX-License-Identifier: GPL-3.0-or-later
// nec_screenshots OUTDIR: pictures of the NEC data replication perspective for review — Replication Management while
// a Replicate copies (live progress), the operation windows (Pair Setting, Replicate, Separate, Restore, RV access,
// Unpair), the Volume List Display of both servers and the Define Control Volume screen. Not a test: it asserts
// nothing.
#include "guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "models/roles.h"
#include "panels/nec/necdefinecontrolvolume.h"
#include "panels/nec/necoperations.h"
#include "panels/nec/necperspective.h"
#include "panels/nec/necreplicationpanel.h"
#include "panels/nec/necvolumelistpanel.h"
#include "shotsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QPushButton>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using namespace Copyline::NecUi;
using Shots::run;
using Shots::save;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale::c());
    Shots::setOutputDir(argc, argv);

    GuiTest::Workspace ws;
    if (!ws.ok()) {
        qCritical("%s", qPrintable(ws.errorText()));
        return 1;
    }
    const QString array = u"S2100/1259"_s;
    // Besides the demonstration's dev001/dev002: a second pair in rpl/sync (Background Copy) and two IVs.
    for (const auto& [name, rank] : {std::pair {u"mv_01"_s, 0}, std::pair {u"rv_01"_s, 1}, std::pair {u"DATA_03"_s, 0},
             std::pair {u"DATA_04"_s, 1}}) {
        run(ws, u"necCreateLd"_s,
            {{u"subsystem"_s, array}, {u"rank"_s, rank}, {u"name"_s, name}, {u"capacity"_s, 64 << 20}}, {});
    }
    run(ws, u"necSetPair"_s, {{u"mv"_s, u"mv_01"_s}, {u"rv"_s, u"rv_01"_s}}, {});
    run(ws, u"necAttachDisk"_s, {{u"server"_s, u"BUSINESS"_s}, {u"ld"_s, u"DATA_03"_s}, {u"disk"_s, u"disk2"_s}}, {});
    run(ws, u"necAttachDisk"_s,
        {{u"server"_s, u"BUSINESS"_s}, {u"ld"_s, u"mv_01"_s}, {u"disk"_s, u"disk5"_s}, {u"letter"_s, u"E:"_s}}, {});
    run(ws, u"necAttachDisk"_s, {{u"server"_s, u"BACKUP"_s}, {u"ld"_s, u"rv_01"_s}, {u"disk"_s, u"disk12"_s}}, {});
    run(ws, u"writeLogicalDrive"_s,
        {{u"subsystem"_s, array}, {u"targets"_s, QJsonArray {u"mv_01"_s}}, {u"offset"_s, 0}, {u"length"_s, 64 << 20},
            {u"seed"_s, 3}},
        {});
    run(ws, u"necReplicate"_s, {{u"mv"_s, u"mv_01"_s}, {u"rv"_s, u"rv_01"_s}, {u"cpmode"_s, u"bg"_s}}, {});

    MainWindow window;
    window.setConnection(ws.connection(), u"screenshots"_s);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return 1;
    }
    window.selectSubsystem(ws.subsystemId(array));
    NecPerspective* perspective = window.necPerspective();
    ReplicationPanel* replication = perspective->replicationPanel();
    // The first Replicate of dev001 copies the whole 1 GB MV: the picture catches it copying.
    // Half of dev001 written, so that the copy takes a while.
    run(ws, u"writeLogicalDrive"_s,
        {{u"subsystem"_s, array}, {u"targets"_s, QJsonArray {u"dev001"_s}}, {u"offset"_s, 0}, {u"length"_s, 512 << 20},
            {u"seed"_s, 5}},
        {});
    run(ws, u"necReplicate"_s, {{u"mv"_s, u"dev001"_s}, {u"rv"_s, u"dev002"_s}, {u"cprange"_s, u"full"_s}}, {});
    replication->selectPair(u"dev002"_s);
    // Caught while it copies: the row's progress between 20 and 90 %.
    const bool caught = QTest::qWaitFor(
        [replication]() {
            for (int i = 0; i < replication->pairList()->topLevelItemCount(); ++i) {
                const QTreeWidgetItem* item = replication->pairList()->topLevelItem(i);
                const double p = item->data(ReplicationPanel::ProgressColumn, ProgressRole).toDouble();
                if (item->text(ReplicationPanel::SyncStateColumn) == u"rpl/exec"_s && p > 20 && p < 90) {
                    return true;
                }
            }
            return false;
        },
        60000);
    if (!caught) {
        qWarning("the copy was not caught between 20 and 90 %%");
    }
    const QString path = QDir(Shots::outputDir()).filePath(u"nec-1-replication-copying.png"_s);
    window.grab().save(path);
    qInfo("%s", qPrintable(path));

    const auto shoot = [&](const QString& rv, ReplicationPanel::Operation op, const QString& name) {
        replication->selectPair(rv);
        replication->openOperation(op);
        if (OperationDialog* d = replication->dialog()) {
            save(d, name);
            d->reject();
        }
        QTest::qWait(100);
    };
    shoot(u"dev002"_s, ReplicationPanel::Separate, u"nec-2-separate"_s);
    const bool copied = QTest::qWaitFor(
        [&ws]() {
            for (const Relationship& r : ws.config().relationships) {
                if (r.kind == u"ddr"_s && r.state == u"rpl/exec"_s) {
                    return false;
                }
            }
            return true;
        },
        120000);
    if (!copied) {
        qWarning("the Replicate of dev001 did not end in 2 minutes");
    }
    run(ws, u"necSeparate"_s, {{u"mv"_s, u"dev001"_s}, {u"rv"_s, u"dev002"_s}}, {});
    QTest::qWait(1000);
    replication->selectPair(u"dev002"_s);
    save(&window, u"nec-3-replication-separated"_s);
    shoot(u"dev002"_s, ReplicationPanel::Replicate, u"nec-4-replicate"_s);
    shoot(u"dev002"_s, ReplicationPanel::Restore, u"nec-5-restore"_s);
    shoot(u"dev002"_s, ReplicationPanel::RvAccess, u"nec-6-rv-access"_s);
    shoot(u"rv_01"_s, ReplicationPanel::Unpair, u"nec-7-unpair"_s);
    // Pair Setting from the IV DATA_03 chosen in the tree: DATA_04 (same capacity and OS type) is offered as RV.
    const QList<QTreeWidgetItem*> data03
        = replication->tree()->findItems(u"DATA_03 (000dh) IV"_s, Qt::MatchExactly | Qt::MatchRecursive);
    if (!data03.isEmpty()) {
        replication->tree()->setCurrentItem(data03.first());
    }
    shoot(u"rv_01"_s, ReplicationPanel::PairSetting, u"nec-8-pair-setting"_s);

    perspective->showPanel(NecPerspective::VolumeListDisplay);
    VolumeListPanel* volumes = perspective->volumeListPanel();
    volumes->selectDisk(u"disk10"_s);
    save(&window, u"nec-9-volume-list-business"_s);
    volumes->serverCombo()->setCurrentIndex(1);
    volumes->selectDisk(u"disk11"_s);
    save(&window, u"nec-10-volume-list-backup"_s);
    volumes->serverCombo()->setCurrentIndex(0);
    volumes->defineControlVolumeAction()->trigger();
    if (DefineControlVolumeDialog* d = volumes->defineControlVolumeDialog()) {
        QTreeWidget* candidates = d->candidateList();
        const QList<QTreeWidgetItem*> found = candidates->findItems(u"DATA_03"_s, Qt::MatchExactly, 2);
        if (!found.isEmpty()) {
            candidates->setCurrentItem(found.first());
            d->addButton()->click();
        }
        save(d, u"nec-11-define-control-volume"_s);
        d->done(QDialog::Rejected);
    }

    // RemoteDataReplication: a second disk array cabled to the first, DATA_03 replicated to it, then a link fault.
    const QString remote = u"S2100/1258"_s;
    run(ws, u"necCreateDiskArray"_s,
        {{u"id"_s, remote}, {u"name"_s, u"Osaka_DR"_s}, {u"physical"_s, u"1 TB"_s}, {u"rdrLicense"_s, u"1 TB"_s}}, {});
    run(ws, u"necCreateRank"_s, {{u"subsystem"_s, remote}, {u"rank"_s, 0}}, {});
    run(ws, u"necCreateLd"_s,
        {{u"subsystem"_s, remote}, {u"rank"_s, 0}, {u"name"_s, u"DR_DATA_03"_s}, {u"capacity"_s, 64 << 20}}, {});
    run(ws, u"necSetDiskArray"_s, {{u"subsystem"_s, array}, {u"rdrLicense"_s, u"1 TB"_s}}, {});
    perspective->showPanel(NecPerspective::ReplicationManagement);
    replication->openLinkOperation(ReplicationPanel::ConnectArrays);
    if (OperationDialog* d = replication->dialog()) {
        save(d, u"nec-12-connect-disk-arrays"_s);
        d->reject();
    }
    run(ws, u"necConnectDiskArrays"_s,
        {{u"subsystem"_s, array}, {u"remote"_s, remote}, {u"bandwidth"_s, 100'000'000}, {u"roundTrip"_s, 5}}, {});
    run(ws, u"necSetPair"_s, {{u"mv"_s, u"DATA_03"_s}, {u"rv"_s, u"DR_DATA_03"_s}}, {});
    run(ws, u"necReplicate"_s, {{u"mv"_s, u"DATA_03"_s}, {u"rv"_s, u"DR_DATA_03"_s}}, {});
    QTest::qWait(1500);
    run(ws, u"necSetLink"_s, {{u"subsystem"_s, array}, {u"remote"_s, remote}, {u"state"_s, u"down"_s}}, {});
    run(ws, u"writeLogicalDrive"_s,
        {{u"subsystem"_s, array}, {u"targets"_s, QJsonArray {u"DATA_03"_s}}, {u"offset"_s, 0}, {u"length"_s, 1 << 20},
            {u"seed"_s, 9}},
        {});
    QTest::qWait(1500);
    replication->selectPair(u"DR_DATA_03"_s);
    if (replication->linkList()->topLevelItemCount() > 0) {
        replication->linkList()->setCurrentItem(replication->linkList()->topLevelItem(0));
    }
    save(&window, u"nec-13-replication-link-fault"_s);
    replication->openLinkOperation(ReplicationPanel::LinkSettings);
    if (OperationDialog* d = replication->dialog()) {
        save(d, u"nec-14-link-settings"_s);
        d->reject();
    }
    QTest::qWait(100);
    // Repaired: Replicate in Semi Sync Mode (offered for the remote pair), then writes over a 50 ms round trip wait
    // in the buffer.
    run(ws, u"necSetLink"_s, {{u"subsystem"_s, array}, {u"remote"_s, remote}, {u"state"_s, u"up"_s}}, {});
    QTest::qWait(500);
    shoot(u"DR_DATA_03"_s, ReplicationPanel::Replicate, u"nec-16-replicate-remote"_s);
    run(ws, u"necReplicate"_s, {{u"mv"_s, u"DATA_03"_s}, {u"rv"_s, u"DR_DATA_03"_s}, {u"cpmode"_s, u"semi"_s}}, {});
    QTest::qWait(2000);
    run(ws, u"necSetLink"_s, {{u"subsystem"_s, array}, {u"remote"_s, remote}, {u"roundTrip"_s, 50}}, {});
    run(ws, u"writeLogicalDrive"_s,
        {{u"subsystem"_s, array}, {u"targets"_s, QJsonArray {u"DATA_03"_s}}, {u"offset"_s, 4 << 20},
            {u"length"_s, 2 << 20}, {u"seed"_s, 10}},
        {});
    replication->selectPair(u"DR_DATA_03"_s);
    QTest::qWait(600);
    save(&window, u"nec-17-semi-sync"_s);
    window.selectSubsystem(ws.subsystemId(remote));
    QTest::qWait(1000);
    save(&window, u"nec-15-replication-rv-array"_s);
    return 0;
}
