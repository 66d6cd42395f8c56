// SPDX-License-Identifier: GPL-3.0-or-later
// Storage Subsystem ▸ Remote Engines… (engines per site, issue 17) on a console that runs its engine in process:
// another site's copylined (a process of its own, listening) registered by typing its name, address and key file and
// clicking Add; its storage subsystems then in the console's subsystem list; bad input refused with what is wrong;
// Remove forgets it and its subsystems.
// Storage Subsystem ▸ Attach Engine… (one console, many engines): the same console attaches to another site's engine
// over TLS, lists its subsystems under a heading of it (instead of the read-only proxies), sends the commands of a
// subsystem selected there to that engine, shows it Unresponsive while it is down and comes back with it.
// The NEC Replication screen with the RV of a RemoteDataReplication pair on another site's disk array: Connect…, Pair
// Setting and Replicate from their windows, the RV named dev@site, and the other site's disk array read-only.
#include "api/attach.h"
#include "dialogs/attachenginedialog.h"
#include "dialogs/filedialog.h"
#include "dialogs/remoteenginesdialog.h"
#include "guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "models/roles.h"
#include "models/storagemodels.h"
#include "panels/nec/necoperations.h"
#include "panels/nec/necperspective.h"
#include "panels/nec/necreplicationpanel.h"
#include "server/tlsattacher.h"
#include "testworkspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

using GuiTest::typeInto;

void click(QPushButton* button)
{
    QVERIFY(button != nullptr);
    QTRY_VERIFY2(button->isEnabled(), qPrintable(button->objectName()));
    QTest::mouseClick(button, Qt::LeftButton);
}

bool showsSubsystem(const GuiTest::Workspace& ws, const QString& name)
{
    for (const Subsystem& s : ws.config().subsystems) {
        if (s.name == name) {
            return true;
        }
    }
    return false;
}

/** The row of the subsystem list with @p text (a heading or "Storage Subsystem NAME"); invalid if none. */
QModelIndex listRow(const MainWindow& window, const QString& text)
{
    const QAbstractItemModel* model = window.subsystemList()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == text) {
            return model->index(row, 0);
        }
    }
    return {};
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    return probe.serverPort();
}

} // namespace

class TestSitesGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registerAndRemoveARemoteEngine()
    {
        // Site B: its own engine, listening for other engines.
        QTemporaryDir siteB;
        QVERIFY(siteB.isValid());
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const QString b = siteB.path();
        Test::CtlRun r = Test::copylinectl({u"--workspace"_s, b, u"--replication-listen"_s, u"127.0.0.1:%1"_s.arg(port),
            u"--site-name"_s, u"siteB"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto stopB = qScopeGuard([&b]() { Test::copylinectl({u"--workspace"_s, b, u"--stop"_s, u"-S"_s}); });

        GuiTest::Workspace ws;
        QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
        const auto window = GuiTest::openMainWindow(ws);
        QAction* open = GuiTest::action(window.get(), u"actionRemoteEngines"_s);
        QVERIFY(open != nullptr);
        open->trigger();
        auto* dialog = window->findChild<RemoteEnginesDialog*>(u"remoteEnginesDialog"_s);
        QVERIFY(dialog != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTRY_VERIFY2(dialog->siteLabel()->text().contains(u"It does not listen for other engines"_s),
            qPrintable(dialog->siteLabel()->text()));
        QCOMPARE(dialog->engineList()->topLevelItemCount(), 0);
        QVERIFY(!dialog->addButton()->isEnabled());

        // Bad input: an address without a port, then a key file that is not there.
        typeInto(dialog->nameEdit(), u"siteB"_s);
        typeInto(dialog->addressEdit(), u"127.0.0.1"_s);
        typeInto(dialog->keyFileEdit(), b + u"/replication.key"_s);
        click(dialog->addButton());
        QTRY_VERIFY2(dialog->resultLabel()->text().contains(u"give the HOST:PORT its engine listens on"_s),
            qPrintable(dialog->resultLabel()->text()));
        typeInto(dialog->addressEdit(), u"127.0.0.1:%1"_s.arg(port));
        typeInto(dialog->keyFileEdit(), b + u"/no-such.key"_s);
        click(dialog->addButton());
        QTRY_VERIFY2(
            dialog->resultLabel()->text().contains(u"cannot be read"_s), qPrintable(dialog->resultLabel()->text()));
        QVERIFY(!showsSubsystem(ws, u"Secondary Site@siteB"_s));

        // Registered: siteB is listed with its two DS4000 subsystems, its two ESSs and its NEC disk array, which the
        // console shows.
        typeInto(dialog->keyFileEdit(), b + u"/replication.key"_s);
        click(dialog->addButton());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->engineList()->topLevelItemCount(), 1, 30000);
        QTreeWidgetItem* row = dialog->engineList()->topLevelItem(0);
        QCOMPARE(row->text(0), u"siteB"_s);
        QCOMPARE(row->text(1), u"127.0.0.1:%1"_s.arg(port));
        QCOMPARE(row->text(2), u"5"_s);
        QVERIFY2(dialog->resultLabel()->text().contains(u"siteB is registered"_s),
            qPrintable(dialog->resultLabel()->text()));
        QTRY_VERIFY(showsSubsystem(ws, u"Secondary Site@siteB"_s));

        // Removed: the list and the subsystems go.
        QTest::mouseClick(
            dialog->engineList()->viewport(), Qt::LeftButton, {}, dialog->engineList()->visualItemRect(row).center());
        click(dialog->removeButton());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->engineList()->topLevelItemCount(), 0, 30000);
        QTRY_VERIFY(!showsSubsystem(ws, u"Secondary Site@siteB"_s));
    }

    void oneConsoleManyEngines()
    {
        // Site B: its own engine, listening for other engines and for management over TLS, with an administrator.
        QTemporaryDir siteB;
        QVERIFY(siteB.isValid());
        const QString b = siteB.path();
        const quint16 replicationPort = freePort();
        const quint16 managementPort = freePort();
        QVERIFY(replicationPort != 0 && managementPort != 0 && replicationPort != managementPort);
        const QString passwordFile = b + u"/../siteB-admin.pw"_s;
        {
            QFile pw(passwordFile);
            QVERIFY(pw.open(QIODevice::WriteOnly));
            pw.write("b-admin-secret\n");
        }
        const auto removePassword = qScopeGuard([&passwordFile]() { QFile::remove(passwordFile); });
        Test::CtlRun r = Test::copylinectl({u"--workspace"_s, b, u"--replication-listen"_s,
            u"127.0.0.1:%1"_s.arg(replicationPort), u"--site-name"_s, u"siteB"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto stopB = qScopeGuard([&b]() { Test::copylinectl({u"--workspace"_s, b, u"--stop"_s, u"-S"_s}); });
        r = Test::copylinectl({u"--workspace"_s, b, u"--listen"_s, u"127.0.0.1:%1"_s.arg(managementPort)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = Test::copylinectl({u"--workspace"_s, b, u"--no-start"_s, u"--add-user"_s, u"badmin"_s, u"--role"_s,
            u"Administrator"_s, u"--password-file"_s, passwordFile});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // Site A's console, which also shows site B's subsystems as read-only proxies (a registered peer).
        GuiTest::Workspace ws;
        QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
        QFile key(b + u"/replication.key"_s);
        QVERIFY(key.open(QIODevice::ReadOnly));
        const CommandResult added = ws.run(u"addRemoteEngine"_s,
            {{u"name"_s, u"siteB"_s}, {u"address"_s, u"127.0.0.1:%1"_s.arg(replicationPort)},
                {u"key"_s, QString::fromLatin1(key.readAll().toBase64())}},
            {});
        QVERIFY2(added.ok(), qPrintable(added.error.message()));
        const auto window = GuiTest::openMainWindow(ws);
        QTemporaryDir home;
        TlsAttacher attacher(home.filePath(u"known_engines"_s));
        window->setEngineAttacher(&attacher);
        QTRY_VERIFY(listRow(*window, u"Storage Subsystem Secondary Site@siteB"_s).isValid());
        QCOMPARE(window->engineCount(), 1);
        QVERIFY(!GuiTest::action(window.get(), u"actionDetachEngine"_s)->isEnabled());

        // Attach Engine…: a wrong address first, then the first contact shows the certificate's fingerprint and
        // sends nothing; Attach again trusts it.
        QAction* attach = GuiTest::action(window.get(), u"actionAttachEngine"_s);
        QVERIFY(attach != nullptr && attach->isEnabled());
        attach->trigger();
        auto* dialog = window->findChild<AttachEngineDialog*>(u"attachEngineDialog"_s);
        QVERIFY(dialog != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(!dialog->attachButton()->isEnabled());
        typeInto(dialog->addressEdit(), u"127.0.0.1"_s);
        typeInto(dialog->userEdit(), u"badmin"_s);
        typeInto(dialog->passwordEdit(), u"b-admin-secret"_s);
        click(dialog->attachButton());
        QTRY_VERIFY2(dialog->resultLabel()->text().contains(u"give the HOST:PORT its copylined --listen serves"_s),
            qPrintable(dialog->resultLabel()->text()));
        QTRY_VERIFY(dialog->attachButton()->isEnabled());
        typeInto(dialog->addressEdit(), u"127.0.0.1:%1"_s.arg(managementPort));
        click(dialog->attachButton());
        // Attaching runs in the background: the window says so and Attach waits until it ends.
        QVERIFY2(dialog->resultLabel()->text().contains(u"Attaching to"_s), qPrintable(dialog->resultLabel()->text()));
        QVERIFY(!dialog->attachButton()->isEnabled());
        QTRY_VERIFY2(
            dialog->resultLabel()->text().contains(u"is not known here"_s), qPrintable(dialog->resultLabel()->text()));
        QVERIFY(dialog->attachButton()->isEnabled());
        const QString fingerprint = dialog->fingerprintEdit()->text();
        r = Test::copylinectl({u"--workspace"_s, b, u"--show-fingerprint"_s});
        QVERIFY2(!fingerprint.isEmpty() && r.out.contains(fingerprint), qPrintable(r.out + fingerprint));
        QCOMPARE(window->engineCount(), 1);
        // A wrong password is refused and says so; the dialog keeps what was typed.
        typeInto(dialog->passwordEdit(), u"wrong"_s);
        click(dialog->attachButton());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->attachButton()->isEnabled(), 40000); // the refusal may be slowed
        QVERIFY(dialog->isVisible());
        QVERIFY2(!dialog->resultLabel()->text().contains(u"Attaching to"_s), qPrintable(dialog->resultLabel()->text()));
        QVERIFY2(!dialog->resultLabel()->text().isEmpty(), "no reason given");
        QCOMPARE(dialog->addressEdit()->text(), u"127.0.0.1:%1"_s.arg(managementPort));
        typeInto(dialog->passwordEdit(), u"b-admin-secret"_s);
        click(dialog->attachButton());
        QTRY_COMPARE(window->engineCount(), 2);

        // One list: a heading per engine; site B's own subsystems under its heading, shown and selected, and its
        // proxies in site A's part left out (the real ones are there).
        QTRY_VERIFY(listRow(*window, u"Engine of site siteB"_s).isValid());
        QTRY_VERIFY(!listRow(*window, u"Storage Subsystem Secondary Site@siteB"_s).isValid());
        QCOMPARE(window->currentEngine(), 1);
        QCOMPARE(window->connection(), window->engineConnection(1));
        const QModelIndex heading = listRow(*window, u"Engine of site siteB"_s);
        QCOMPARE(heading.data(KindRole).toInt(), static_cast<int>(NodeKind::Engine));
        QVERIFY(!(heading.flags() & Qt::ItemIsSelectable));
        QVERIFY2(window->windowTitle().contains(u"Primary Site"_s), qPrintable(window->windowTitle()));
        const QAbstractItemModel* model = window->subsystemList()->model();
        int siteBRows = 0;
        for (int row = heading.row() + 1; row < model->rowCount(); ++row) {
            const QString rowKey = model->index(row, 0).data(KeyRole).toString();
            siteBRows += SubsystemListModel::engineOfKey(rowKey) == 1 ? 1 : 0;
        }
        QCOMPARE(siteBRows, window->engineConnection(1)->snapshot()->config.subsystems.size()); // all six of its own
        QVERIFY(GuiTest::action(window.get(), u"actionDetachEngine"_s)->isEnabled());
        QCOMPARE(GuiTest::action(window.get(), u"actionDetachEngine"_s)->text(), u"&Detach Engine of Site siteB"_s);

        // A command there goes to site B's engine: rename its Secondary Site; site A's own is untouched.
        const QModelIndex secondaryB = [&]() {
            for (int row = heading.row() + 1; row < model->rowCount(); ++row) {
                if (model->index(row, 0).data().toString() == u"Storage Subsystem Secondary Site"_s) {
                    return model->index(row, 0);
                }
            }
            return QModelIndex();
        }();
        QVERIFY(secondaryB.isValid());
        QListView* list = window->subsystemList();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(secondaryB).center());
        QTRY_VERIFY2(window->windowTitle().contains(u"Secondary Site"_s), qPrintable(window->windowTitle()));
        QCOMPARE(window->currentEngine(), 1);
        GuiTest::action(window.get(), u"actionRenameSubsystem"_s)->trigger();
        auto* rename = window->findChild<QDialog*>(u"renameDialog"_s);
        QVERIFY(rename != nullptr);
        typeInto(rename->findChild<QLineEdit*>(u"nameLineEdit"_s), u"Vault B"_s);
        click(rename->findChild<QPushButton*>(u"okButton"_s));
        const auto namedOnB = [&](const QString& name) {
            for (const Subsystem& s : window->engineConnection(1)->snapshot()->config.subsystems) {
                if (s.name == name) {
                    return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(namedOnB(u"Vault B"_s), 15000);
        QTRY_VERIFY(listRow(*window, u"Storage Subsystem Vault B"_s).isValid());
        QVERIFY(showsSubsystem(ws, u"Secondary Site"_s));
        QVERIFY(!showsSubsystem(ws, u"Vault B"_s));

        // Site B's engine stops: its heading and subsystems say Unresponsive; started again (from its workspace,
        // where the new name was kept), they come back.
        r = Test::copylinectl({u"--workspace"_s, b, u"--stop"_s, u"-S"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QTRY_VERIFY_WITH_TIMEOUT(listRow(*window, u"Engine of site siteB"_s).data(AttentionRole).toBool(), 15000);
        QVERIFY2(listRow(*window, u"Engine of site siteB"_s).data(DetailRole).toString().contains(u"Unresponsive"_s),
            qPrintable(listRow(*window, u"Engine of site siteB"_s).data(DetailRole).toString()));
        QVERIFY(
            listRow(*window, u"Storage Subsystem Vault B"_s).data(DetailRole).toString().contains(u"Unresponsive"_s));
        r = Test::copylinectl({u"--workspace"_s, b, u"-c"_s, u"show storageSubsystem;"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QTRY_VERIFY_WITH_TIMEOUT(!listRow(*window, u"Engine of site siteB"_s).data(AttentionRole).toBool(), 30000);
        QTRY_VERIFY(
            !listRow(*window, u"Storage Subsystem Vault B"_s).data(DetailRole).toString().contains(u"Unresponsive"_s));

        // Detach: back to site A's engine alone, its proxies of site B shown again; site B keeps its change.
        GuiTest::action(window.get(), u"actionDetachEngine"_s)->trigger();
        QCOMPARE(window->engineCount(), 1);
        QCOMPARE(window->currentEngine(), 0);
        QCOMPARE(window->connection(), ws.connection());
        QTRY_VERIFY(!listRow(*window, u"Engine of site siteB"_s).isValid());
        QTRY_VERIFY(listRow(*window, u"Storage Subsystem Secondary Site@siteB"_s).isValid());
        QVERIFY(!GuiTest::action(window.get(), u"actionDetachEngine"_s)->isEnabled());

        // Attach Engine… again starts from the engine attached last; the password is not kept.
        attach->trigger();
        QTRY_VERIFY(window->findChild<AttachEngineDialog*>(u"attachEngineDialog"_s) != nullptr);
        auto* again = window->findChild<AttachEngineDialog*>(u"attachEngineDialog"_s);
        QCOMPARE(again->addressEdit()->text(), u"127.0.0.1:%1"_s.arg(managementPort));
        QCOMPARE(again->userEdit()->text(), u"badmin"_s);
        QVERIFY(again->passwordEdit()->text().isEmpty());
        again->reject();
    }

    void necPairAcrossEnginesFromTheConsole()
    {
        // Site B: its own engine with a NEC disk array licensed for RemoteDataReplication and an 8 MiB LD.
        QTemporaryDir siteB;
        QVERIFY(siteB.isValid());
        const QString b = siteB.path();
        const quint16 port = freePort();
        Test::CtlRun r = Test::copylinectl({u"--workspace"_s, b, u"--replication-listen"_s, u"127.0.0.1:%1"_s.arg(port),
            u"--site-name"_s, u"siteB"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto stopB = qScopeGuard([&b]() { Test::copylinectl({u"--workspace"_s, b, u"--stop"_s, u"-S"_s}); });
        const auto callB = [&b](const QString& command, const QJsonObject& args) {
            return Test::copylinectl({u"--workspace"_s, b, u"--call"_s, command, u"--args"_s,
                QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact))});
        };
        const QString rvArray = u"S2100/1258"_s;
        const QString mvArray = u"S2100/1259"_s;
        for (const auto& [command, args] : QList<std::pair<QString, QJsonObject>> {
                 {u"necCreateDiskArray"_s,
                     {{u"id"_s, rvArray}, {u"name"_s, u"Osaka_DR"_s}, {u"physical"_s, u"1 TB"_s},
                         {u"rdrLicense"_s, u"1 TB"_s}}},
                 {u"necCreateRank"_s, {{u"subsystem"_s, rvArray}, {u"rank"_s, 0}}},
                 {u"necCreateLd"_s, {{u"subsystem"_s, rvArray}, {u"name"_s, u"far_rv"_s}, {u"capacity"_s, 8 << 20}}},
             }) {
            r = callB(command, args);
            QVERIFY2(r.code == 0, qPrintable(command + r.err));
        }

        // Site A: the console's engine, with site B registered and an MV of 8 MiB written full.
        GuiTest::Workspace ws;
        QVERIFY2(ws.ok(), qPrintable(ws.errorText()));
        QFile key(b + u"/replication.key"_s);
        QVERIFY(key.open(QIODevice::ReadOnly));
        for (const auto& [command, args] : QList<std::pair<QString, QJsonObject>> {
                 {u"addRemoteEngine"_s,
                     {{u"name"_s, u"siteB"_s}, {u"address"_s, u"127.0.0.1:%1"_s.arg(port)},
                         {u"key"_s, QString::fromLatin1(key.readAll().toBase64())}}},
                 {u"necSetDiskArray"_s, {{u"subsystem"_s, mvArray}, {u"rdrLicense"_s, u"1 TB"_s}}},
                 {u"necCreateLd"_s, {{u"subsystem"_s, mvArray}, {u"name"_s, u"near_mv"_s}, {u"capacity"_s, 8 << 20}}},
                 {u"writeLogicalDrive"_s,
                     {{u"subsystem"_s, mvArray}, {u"targets"_s, QJsonArray {u"near_mv"_s}}, {u"offset"_s, 0},
                         {u"length"_s, 8 << 20}, {u"seed"_s, 21}}},
             }) {
            const CommandResult result = ws.run(command, args, {});
            QVERIFY2(result.ok(), qPrintable(command + result.error.message()));
        }
        const auto window = GuiTest::openMainWindow(ws);
        window->resize(1366, 768);
        QVERIFY(window->selectSubsystem(ws.subsystemId(mvArray)));
        NecUi::ReplicationPanel* panel = window->necPerspective()->replicationPanel();
        QTRY_VERIFY(panel->isVisible());

        // Connect…: site B's disk array is a candidate, under its site's name.
        click(panel->linkButton(NecUi::ReplicationPanel::ConnectArrays));
        NecUi::OperationDialog* dialog = panel->dialog();
        QVERIFY(dialog != nullptr);
        auto* remote = dialog->findChild<QComboBox*>(u"remoteArrayCombo"_s);
        const ObjectId proxy = ws.subsystemId(rvArray + u"@siteB"_s);
        QVERIFY(proxy != 0);
        remote->setCurrentIndex(remote->findData(QVariant::fromValue(proxy)));
        QVERIFY2(remote->currentText().contains(u"S2100/1258@siteB"_s), qPrintable(remote->currentText()));
        click(dialog->okButton());
        QTRY_VERIFY(panel->dialog() == nullptr);
        QTRY_COMPARE(panel->linkList()->topLevelItemCount(), 1);

        // Pair Setting: the RV candidate of site B, named as the engine takes it.
        click(panel->button(NecUi::ReplicationPanel::PairSetting));
        dialog = panel->dialog();
        QVERIFY(dialog != nullptr);
        auto* mvCombo = dialog->findChild<QComboBox*>(u"mvCombo"_s);
        mvCombo->setCurrentIndex(mvCombo->findData(u"near_mv"_s));
        auto* rvCombo = dialog->findChild<QComboBox*>(u"rvCombo"_s);
        const int candidate = rvCombo->findData(u"far_rv@siteB"_s);
        QVERIFY2(candidate >= 0, qPrintable(rvCombo->itemText(0)));
        rvCombo->setCurrentIndex(candidate);
        QVERIFY2(rvCombo->currentText().contains(u"on disk array S2100/1258@siteB (RemoteDataReplication)"_s),
            qPrintable(rvCombo->currentText()));
        click(dialog->okButton());
        QTRY_VERIFY(panel->dialog() == nullptr);
        QTRY_VERIFY(panel->selectPair(u"far_rv@siteB"_s));
        const auto rvState = [&callB]() {
            const Test::CtlRun q = callB(u"necQueryPair"_s, {{u"rv"_s, u"far_rv"_s}});
            return QJsonDocument::fromJson(q.out.toUtf8()).object().value(u"syncState"_s).toString();
        };
        QCOMPARE(rvState(), u"separated"_s); // site B took the pair's record with the command

        // Replicate from its window: the RV on site B follows, and its bytes are the MV's.
        click(panel->button(NecUi::ReplicationPanel::Replicate));
        dialog = panel->dialog();
        QVERIFY(dialog != nullptr);
        click(dialog->okButton());
        QTRY_VERIFY(panel->dialog() == nullptr);
        const auto pairState = [&ws]() {
            for (const Relationship& p : ws.config().relationships) {
                if (p.kind == u"ddr"_s && ws.config().logicalDrives.value(p.sourceId).name == u"near_mv"_s) {
                    return p.state;
                }
            }
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(pairState(), u"rpl/sync"_s, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(rvState(), u"rpl/sync"_s, 10000);
        QTreeWidgetItem* row = panel->pairList()->currentItem();
        QVERIFY(row != nullptr);
        QVERIFY2(row->text(NecUi::ReplicationPanel::RvColumn).startsWith(u"far_rv@siteB"_s),
            qPrintable(row->text(NecUi::ReplicationPanel::RvColumn)));
        QVERIFY2(row->text(NecUi::ReplicationPanel::RvColumn).endsWith(u" on S2100/1258@siteB"_s),
            qPrintable(row->text(NecUi::ReplicationPanel::RvColumn)));
        QTRY_COMPARE(row->text(NecUi::ReplicationPanel::SyncStateColumn), u"rpl/sync"_s);
        if (const QString shots = qEnvironmentVariable("COPYLINE_TEST_SHOTS"); !shots.isEmpty()) {
            window->grab().save(shots + u"/nec-across-engines.png"_s);
        }
        click(panel->button(NecUi::ReplicationPanel::Separate));
        dialog = panel->dialog();
        QVERIFY(dialog != nullptr);
        click(dialog->okButton());
        QTRY_COMPARE_WITH_TIMEOUT(rvState(), u"separated"_s, 30000);
        const CommandResult mvSum = ws.run(
            u"checksumLogicalDrive"_s, {{u"subsystem"_s, mvArray}, {u"targets"_s, QJsonArray {u"near_mv"_s}}}, {});
        r = callB(u"checksumLogicalDrive"_s, {{u"subsystem"_s, rvArray}, {u"targets"_s, QJsonArray {u"far_rv"_s}}});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"sha256"_s).toString(),
            mvSum.data.value(u"sha256"_s).toString());

        // Restore across engines is not offered (the engine refuses it).
        QTRY_VERIFY(!panel->button(NecUi::ReplicationPanel::Restore)->isEnabled());
        QVERIFY2(panel->button(NecUi::ReplicationPanel::Restore)->toolTip().contains(u"does not restore across"_s),
            qPrintable(panel->button(NecUi::ReplicationPanel::Restore)->toolTip()));
        QVERIFY(panel->button(NecUi::ReplicationPanel::Replicate)->isEnabled());

        // Site B's disk array as site A shows it: its pairs are set, and its links cabled, on site B's engine.
        QVERIFY(window->selectSubsystem(proxy));
        QTRY_VERIFY(!panel->button(NecUi::ReplicationPanel::PairSetting)->isEnabled());
        QVERIFY(!panel->linkButton(NecUi::ReplicationPanel::ConnectArrays)->isEnabled());
        QVERIFY2(panel->button(NecUi::ReplicationPanel::PairSetting)->toolTip().contains(u"site siteB serves"_s),
            qPrintable(panel->button(NecUi::ReplicationPanel::PairSetting)->toolTip()));
        if (const QString shots = qEnvironmentVariable("COPYLINE_TEST_SHOTS"); !shots.isEmpty()) {
            window->grab().save(shots + u"/nec-across-engines-proxy.png"_s);
        }
    }

    /**
     * Attach Engine… over a network that accepts the connection and then says nothing (an engine hung, a firewall
     * that swallows the handshake): the window keeps answering while it waits, says what it waits for, and Cancel
     * abandons the attempt without attaching anything.
     */
    void attachWaitsWithoutBlockingAndCancels()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QTemporaryDir home;
        TlsAttacher attacher(home.filePath(u"known_engines"_s), 60000);
        AttachEngineDialog dialog(&attacher);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(dialog.addressEdit(), u"127.0.0.1:%1"_s.arg(silent.serverPort()));
        typeInto(dialog.userEdit(), u"admin"_s);
        typeInto(dialog.passwordEdit(), u"secret"_s);
        click(dialog.attachButton());
        QVERIFY2(dialog.resultLabel()->text().contains(u"Attaching to 127.0.0.1"_s),
            qPrintable(dialog.resultLabel()->text()));
        QVERIFY(!dialog.attachButton()->isEnabled());
        QTRY_VERIFY(silent.hasPendingConnections());
        QTcpSocket* accepted = silent.nextPendingConnection();
        QVERIFY(accepted != nullptr);
        // The event loop runs meanwhile: typing reaches the window (a blocking attach would queue it for seconds).
        QElapsedTimer waited;
        waited.start();
        typeInto(dialog.fingerprintEdit(), u"typed while waiting"_s);
        QCOMPARE(dialog.fingerprintEdit()->text(), u"typed while waiting"_s);
        QVERIFY2(waited.elapsed() < 5000, qPrintable(QString::number(waited.elapsed())));
        QVERIFY(!dialog.attachButton()->isEnabled());
        // Cancel: the attempt ends with the window, and the socket it had opened is closed.
        auto* cancel = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel);
        click(cancel);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.takeConnection());
        QTRY_COMPARE(accepted->state(), QAbstractSocket::UnconnectedState);
    }
};

QTEST_MAIN(TestSitesGui)
#include "tst_sitesgui.moc"
