// SPDX-License-Identifier: GPL-3.0-or-later
// The NEC data replication perspective (issue 14, console part) on a real engine: selecting the disk array shows
// Replication Management; Pair Setting, Replicate, Separate and Restore run from their windows with their options
// and the pairs reach their states with the bytes read back; a refusal shows the engine's message; the Volume List
// Display shows the seed's columns, "VOLUME : N", the paired LDs, Create/Update Volume List and Mount / Unmount; the
// Define Control Volume screen saves with OK + Yes and discards with Cancel + Yes.
#include "common/translations.h"
#include "dialogs/equivalentcommanddialog.h"
#include "dialogs/messagebox.h"
#include "guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "panels/ess/essperspective.h"
#include "panels/nec/necdefinecontrolvolume.h"
#include "panels/nec/necoperations.h"
#include "panels/nec/necperspective.h"
#include "panels/nec/necreplicationpanel.h"
#include "panels/nec/necvolumelistpanel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using namespace Copyline::NecUi;

namespace
{

const QString kArray = u"S2100/1259"_s;
constexpr qint64 kLd = 8 << 20; // 8 MiB: 128 grains

void clickButton(QAbstractButton* button)
{
    QVERIFY(button != nullptr);
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName()));
    const bool radio = qobject_cast<QRadioButton*>(button) != nullptr;
    const bool check = qobject_cast<QCheckBox*>(button) != nullptr;
    QTest::mouseClick(button, Qt::LeftButton, {}, radio || check ? QPoint(8, button->height() / 2) : QPoint());
}

void choose(QComboBox* combo, const QVariant& data)
{
    QVERIFY(combo != nullptr);
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

QStringList headerTexts(const QTreeWidget* tree)
{
    QStringList texts;
    for (int c = 0; c < tree->columnCount(); ++c) {
        texts << tree->headerItem()->text(c);
    }
    return texts;
}

QStringList rowTexts(const QTreeWidgetItem* item)
{
    QStringList texts;
    for (int c = 0; c < item->columnCount(); ++c) {
        texts << item->text(c);
    }
    return texts;
}

} // namespace

class TestNecGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void necSelectionShowsThePerspective();
    void pairSettingReplicateAndSeparateFromTheDialogs();
    void restoreWithRvProtectionEndsSeparated();
    void refusedOperationShowsTheEnginesMessage();
    void actionsFollowTheState();
    void separateOnTheRvSideOffersOnlyForcedSeparate();
    void remoteDataReplicationFromTheDialogs();
    void volumeListDisplayColumnsAndCount();
    void createUpdateVolumeList();
    void unmountAndMountFromTheVolumeList();
    void defineControlVolumeSavesWithOkYes();
    void defineControlVolumeCancelDiscards();
    void perspectiveInGermanAndJapanese_data();
    void perspectiveInGermanAndJapanese();

private:
    NecPerspective* perspective() const { return m_window->necPerspective(); }
    ReplicationPanel* replication() const { return perspective()->replicationPanel(); }
    VolumeListPanel* volumeList() const { return perspective()->volumeListPanel(); }
    CommandResult run(const QString& name, const QJsonObject& args) { return m_ws->run(name, args, {}); }
    const Relationship* pair(const QString& mv, const QString& rv) const;
    QString state(const QString& mv, const QString& rv) const;
    QString checksum(const QString& ld);
    QTreeWidgetItem* pairRow(const QString& rv) const;
    /** Selects the pair of @p rv and opens @p op's window. */
    OperationDialog* openOperation(const QString& rv, ReplicationPanel::Operation op);
    /** A pair mv_01 - rv_01 of two new 8 MiB LDs, set with the engine. */
    void makeSmallPair();
    void waitState(const QString& mv, const QString& rv, const QString& wanted);

    std::unique_ptr<GuiTest::Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

void TestNecGui::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestNecGui::init()
{
    m_ws = std::make_unique<GuiTest::Workspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
    for (const auto& [name, rank] : {std::pair {u"mv_01"_s, 0}, std::pair {u"rv_01"_s, 1}}) {
        const CommandResult r = run(
            u"necCreateLd"_s, {{u"subsystem"_s, kArray}, {u"rank"_s, rank}, {u"name"_s, name}, {u"capacity"_s, kLd}});
        QVERIFY2(r.ok(), qPrintable(r.error.cliLine()));
    }
    m_window = GuiTest::openMainWindow(*m_ws);
    QVERIFY(m_window);
    m_window->resize(1366, 768);
    QVERIFY(m_window->selectSubsystem(m_ws->subsystemId(kArray)));
    QTRY_VERIFY(perspective()->isVisible());
    QTRY_VERIFY(pairRow(u"dev002"_s) != nullptr);
}

void TestNecGui::cleanup()
{
    m_window.reset();
    m_ws.reset();
}

const Relationship* TestNecGui::pair(const QString& mv, const QString& rv) const
{
    const Configuration& c = m_ws->config();
    for (const Relationship& r : c.relationships) {
        if (r.kind == u"ddr"_s && c.logicalDrives.value(r.sourceId).name == mv
            && c.logicalDrives.value(r.targetId).name == rv) {
            return &r;
        }
    }
    return nullptr;
}

QString TestNecGui::state(const QString& mv, const QString& rv) const
{
    const Relationship* r = pair(mv, rv);
    return r != nullptr ? r->state : u"(no pair)"_s;
}

QString TestNecGui::checksum(const QString& ld)
{
    const CommandResult r = run(u"checksumLogicalDrive"_s, {{u"subsystem"_s, kArray}, {u"targets"_s, QJsonArray {ld}}});
    return r.ok() ? r.data.value(u"sha256"_s).toString() : r.error.cliLine();
}

QTreeWidgetItem* TestNecGui::pairRow(const QString& rv) const
{
    QTreeWidget* list = replication()->pairList();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(ReplicationPanel::RvColumn, Qt::UserRole).toString() == rv) {
            return list->topLevelItem(i);
        }
    }
    return nullptr;
}

OperationDialog* TestNecGui::openOperation(const QString& rv, ReplicationPanel::Operation op)
{
    if (!replication()->selectPair(rv)) {
        return nullptr;
    }
    QPushButton* button = replication()->button(op);
    if (!button->isEnabled()) {
        return nullptr;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    return replication()->dialog();
}

void TestNecGui::makeSmallPair()
{
    QVERIFY(run(u"necSetPair"_s, {{u"mv"_s, u"mv_01"_s}, {u"rv"_s, u"rv_01"_s}}).ok());
    QTRY_VERIFY(pairRow(u"rv_01"_s) != nullptr);
}

void TestNecGui::waitState(const QString& mv, const QString& rv, const QString& wanted)
{
    QTRY_COMPARE_WITH_TIMEOUT(state(mv, rv), wanted, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(pairRow(rv)->text(ReplicationPanel::SyncStateColumn), wanted, 10000);
}

void TestNecGui::remoteDataReplicationFromTheDialogs()
{
    // A second disk array with an RV candidate; both arrays licensed for RemoteDataReplication.
    const QString remote = u"S2100/1258"_s;
    QVERIFY(run(u"necCreateDiskArray"_s,
        {{u"id"_s, remote}, {u"name"_s, u"Osaka_DR"_s}, {u"physical"_s, u"1 TB"_s}, {u"rdrLicense"_s, u"1 TB"_s}})
                .ok());
    QVERIFY(run(u"necCreateRank"_s, {{u"subsystem"_s, remote}, {u"rank"_s, 0}}).ok());
    QVERIFY(run(
        u"necCreateLd"_s, {{u"subsystem"_s, remote}, {u"rank"_s, 0}, {u"name"_s, u"rrv_01"_s}, {u"capacity"_s, kLd}})
                .ok());
    QVERIFY(run(u"necSetDiskArray"_s, {{u"subsystem"_s, kArray}, {u"rdrLicense"_s, u"1 TB"_s}}).ok());
    QTreeWidget* links = replication()->linkList();
    QTRY_COMPARE(links->topLevelItemCount(), 1);
    QVERIFY(links->topLevelItem(0)->text(0).startsWith(u"No link"_s));
    QVERIFY(!replication()->linkButton(ReplicationPanel::LinkSettings)->isEnabled());

    // Connect…: the cable to S2100/1258 at 50 MB/s.
    clickButton(replication()->linkButton(ReplicationPanel::ConnectArrays));
    OperationDialog* connect = replication()->dialog();
    QVERIFY(connect != nullptr);
    choose(connect->findChild<QComboBox*>(u"remoteArrayCombo"_s), QVariant::fromValue(m_ws->subsystemId(remote)));
    connect->findChild<QSpinBox*>(u"bandwidthSpin"_s)->setValue(50);
    clickButton(connect->okButton());
    QTRY_VERIFY(replication()->dialog() == nullptr);
    QTRY_COMPARE(links->topLevelItem(0)->text(ReplicationPanel::LinkArrayColumn), u"S2100/1258 (Osaka_DR)"_s);
    QCOMPARE(links->topLevelItem(0)->text(ReplicationPanel::PathStateColumn), u"Normal"_s);
    QCOMPARE(links->topLevelItem(0)->text(ReplicationPanel::BandwidthColumn), u"50 MB/s"_s);

    // Pair Setting offers the linked array's LD of the MV's capacity.
    QTest::mouseClick(replication()->button(ReplicationPanel::PairSetting), Qt::LeftButton);
    OperationDialog* setting = replication()->dialog();
    QVERIFY(setting != nullptr);
    choose(setting->findChild<QComboBox*>(u"mvCombo"_s), u"mv_01"_s);
    auto* rvCombo = setting->findChild<QComboBox*>(u"rvCombo"_s);
    choose(rvCombo, u"rrv_01"_s);
    QVERIFY2(rvCombo->currentText().contains(u"on disk array S2100/1258 (RemoteDataReplication)"_s),
        qPrintable(rvCombo->currentText()));
    clickButton(setting->okButton());
    QTRY_VERIFY(replication()->dialog() == nullptr);
    QTRY_VERIFY(pairRow(u"rrv_01"_s) != nullptr);
    QVERIFY2(pairRow(u"rrv_01"_s)->text(ReplicationPanel::RvColumn).endsWith(u" on S2100/1258"_s),
        qPrintable(pairRow(u"rrv_01"_s)->text(ReplicationPanel::RvColumn)));
    QTRY_COMPARE(links->topLevelItem(0)->text(ReplicationPanel::LinkPairsColumn), u"1"_s);

    // Replicate over the link.
    QVERIFY(run(u"writeLogicalDrive"_s,
        {{u"subsystem"_s, kArray}, {u"targets"_s, QJsonArray {u"mv_01"_s}}, {u"offset"_s, 0}, {u"length"_s, kLd},
            {u"seed"_s, 17}})
                .ok());
    OperationDialog* replicate = openOperation(u"rrv_01"_s, ReplicationPanel::Replicate);
    QVERIFY(replicate != nullptr);
    QVERIFY(
        replicate->findChild<QLabel*>(u"introLabel"_s)->text().contains(u"RemoteDataReplication from disk array"_s));
    clickButton(replicate->findChild<QRadioButton*>(u"copyModeSemiSync"_s));
    QVERIFY(replicate->findChild<QRadioButton*>(u"copyModeSemiSync"_s)->isChecked());
    clickButton(replicate->okButton());
    QTRY_VERIFY(replication()->dialog() == nullptr);
    // A marker on the link's row: the list is not rebuilt by the snapshots of the copy, only when a row changes.
    links->topLevelItem(0)->setData(ReplicationPanel::BandwidthColumn, Qt::UserRole + 7, u"kept"_s);
    waitState(u"mv_01"_s, u"rrv_01"_s, u"rpl/sync"_s);
    QCOMPARE(links->topLevelItem(0)->data(ReplicationPanel::BandwidthColumn, Qt::UserRole + 7).toString(), u"kept"_s);
    QTRY_COMPARE(pairRow(u"rrv_01"_s)->text(ReplicationPanel::CopyControlColumn), u"Semi Sync Mode"_s);
    QVERIFY(replication()->selectPair(u"rrv_01"_s));
    QTRY_VERIFY2(replication()->detailsLabel()->text().contains(u"Semi Sync buffer:"_s),
        qPrintable(replication()->detailsLabel()->text()));

    // Link Settings…: a link fault. The next MV write separates the pair due to a failure.
    links->setCurrentItem(links->topLevelItem(0));
    clickButton(replication()->linkButton(ReplicationPanel::LinkSettings));
    OperationDialog* settings = replication()->dialog();
    QVERIFY(settings != nullptr);
    QTRY_VERIFY(settings->findChild<QPushButton*>(u"cancelButton"_s)->isVisible());
    choose(settings->findChild<QComboBox*>(u"pathStateCombo"_s), u"down"_s);
    clickButton(settings->okButton());
    QTRY_VERIFY(replication()->dialog() == nullptr);
    QTRY_COMPARE(links->topLevelItem(0)->text(ReplicationPanel::PathStateColumn), u"Abnormal"_s);
    QVERIFY(links->topLevelItem(0)->data(ReplicationPanel::BandwidthColumn, Qt::UserRole + 7).isNull()); // rebuilt
    QVERIFY(run(u"writeLogicalDrive"_s,
        {{u"subsystem"_s, kArray}, {u"targets"_s, QJsonArray {u"mv_01"_s}}, {u"offset"_s, 0}, {u"length"_s, 65536},
            {u"seed"_s, 18}})
                .ok());
    QTRY_COMPARE_WITH_TIMEOUT(state(u"mv_01"_s, u"rrv_01"_s), u"separated"_s, 20000);
    QTRY_COMPARE(pairRow(u"rrv_01"_s)->text(ReplicationPanel::SyncStateColumn), u"failure separation"_s);
    QVERIFY(replication()->selectPair(u"rrv_01"_s));
    QTRY_VERIFY2(replication()->detailsLabel()->text().contains(u"path state of the link: Abnormal"_s),
        qPrintable(replication()->detailsLabel()->text()));
    QVERIFY(replication()->detailsLabel()->text().contains(u"link fault between disk arrays"_s));

    // Disconnect… is refused while the pair uses the link.
    links->setCurrentItem(links->topLevelItem(0));
    clickButton(replication()->linkButton(ReplicationPanel::DisconnectArrays));
    OperationDialog* disconnect = replication()->dialog();
    QVERIFY(disconnect != nullptr);
    QVERIFY(!disconnect->okButton()->isEnabled());
    QVERIFY2(disconnect->hintText().contains(u"unpair them first"_s), qPrintable(disconnect->hintText()));
    disconnect->reject();
    QTRY_VERIFY(replication()->dialog() == nullptr);

    // The RV's disk array shows the pair too, with where its MV is.
    QVERIFY(m_window->selectSubsystem(m_ws->subsystemId(remote)));
    QTRY_VERIFY(pairRow(u"rrv_01"_s) != nullptr);
    QVERIFY2(pairRow(u"rrv_01"_s)->text(ReplicationPanel::MvColumn).endsWith(u" on S2100/1259"_s),
        qPrintable(pairRow(u"rrv_01"_s)->text(ReplicationPanel::MvColumn)));
    QVERIFY(!replication()
                 ->tree()
                 ->findItems(u"rrv_01 (0000h) RV (RV of mv_01 on S2100/1259)"_s, Qt::MatchExactly | Qt::MatchRecursive)
                 .isEmpty());
    QCOMPARE(
        links->topLevelItem(0)->text(ReplicationPanel::LinkArrayColumn), u"S2100/1259 (Tokyo_Customer_DataBase)"_s);
}

void TestNecGui::necSelectionShowsThePerspective()
{
    QVERIFY(!m_window->essPerspective()->isVisible());
    QVERIFY(!m_window->findChild<QTabWidget*>(u"viewTabWidget"_s)->isVisible());
    QCOMPARE(perspective()->currentPanel(), NecPerspective::ReplicationManagement);
    QCOMPARE(perspective()->navigation()->item(0)->text(), u"Replication Management"_s);
    QCOMPARE(perspective()->navigation()->item(1)->text(), u"Volume List Display"_s);
    QTreeWidgetItem* row = pairRow(u"dev002"_s);
    QCOMPARE(rowTexts(row).mid(0, ReplicationPanel::ProgressColumn),
        QStringList({u"dev001 (0006h)"_s, u"dev002 (0008h)"_s, u"Separated"_s, u"separated"_s}));
    QCOMPARE(row->text(ReplicationPanel::CopyControlColumn), u"Sync Mode"_s);
    QCOMPARE(row->text(ReplicationPanel::RvAccessColumn), u"Read/Write"_s);
    // necListPairs answered: the new pair never matched, so the whole 1 GB MV is the difference.
    QTRY_COMPARE(row->text(ReplicationPanel::SeparateDiffColumn), u"1048576 KB"_s);
    // The tree: the disk array, its MV with the RV under it, the IVs.
    QTreeWidget* tree = replication()->tree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem* array = tree->topLevelItem(0);
    QCOMPARE(array->text(0), kArray);
    const QList<QTreeWidgetItem*> mv = tree->findItems(u"dev001 (0006h) MV"_s, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(mv.size(), 1);
    QCOMPARE(mv.first()->childCount(), 1);
    QCOMPARE(mv.first()->child(0)->text(0), u"dev002 (0008h) RV"_s);
    QVERIFY(!tree->findItems(u"BACKUP_CV (000ah) IV"_s, Qt::MatchExactly | Qt::MatchRecursive).isEmpty());
    // Choosing an LD in the tree selects its pair.
    tree->setCurrentItem(mv.first()->child(0));
    QCOMPARE(replication()->selectedPair()->id, pair(u"dev001"_s, u"dev002"_s)->id);
    // Exit goes back to a subsystem of another family.
    perspective()->navigation()->setCurrentRow(2);
    QTRY_VERIFY(!perspective()->isVisible());
    QVERIFY(
        m_window->findChild<QTabWidget*>(u"viewTabWidget"_s)->isVisible() || m_window->essPerspective()->isVisible());
}

void TestNecGui::pairSettingReplicateAndSeparateFromTheDialogs()
{
    // Pair Setting: mv_01 and rv_01 become a pair, Separated.
    QTest::mouseClick(replication()->button(ReplicationPanel::PairSetting), Qt::LeftButton);
    OperationDialog* setting = replication()->dialog();
    QVERIFY(setting != nullptr);
    choose(setting->findChild<QComboBox*>(u"mvCombo"_s), u"mv_01"_s);
    choose(setting->findChild<QComboBox*>(u"rvCombo"_s), u"rv_01"_s);
    clickButton(setting->okButton());
    QTRY_VERIFY(replication()->dialog() == nullptr);
    QTRY_VERIFY(pairRow(u"rv_01"_s) != nullptr);
    QCOMPARE(state(u"mv_01"_s, u"rv_01"_s), u"separated"_s);

    // The MV gets data; Replicate with copy range Full, Sync Mode, RV access Read Only.
    QVERIFY(run(u"writeLogicalDrive"_s,
        {{u"subsystem"_s, kArray}, {u"targets"_s, QJsonArray {u"mv_01"_s}}, {u"offset"_s, 0}, {u"length"_s, kLd},
            {u"seed"_s, 7}})
                .ok());
    QVERIFY(checksum(u"mv_01"_s) != checksum(u"rv_01"_s));
    OperationDialog* replicate = openOperation(u"rv_01"_s, ReplicationPanel::Replicate);
    QVERIFY(replicate != nullptr);
    QCOMPARE(replicate->objectName(), u"necReplicateDialog"_s);
    QVERIFY(replicate->findChild<QRadioButton*>(u"copyRangeDifference"_s)->isChecked());
    QVERIFY(replicate->findChild<QRadioButton*>(u"copyModeSync"_s)->isChecked());
    // Semi Sync Mode is for RemoteDataReplication only (Table 3-2): offered, but not inside one disk array.
    QVERIFY(!replicate->findChild<QRadioButton*>(u"copyModeSemiSync"_s)->isEnabled());
    clickButton(replicate->findChild<QRadioButton*>(u"copyRangeFull"_s));
    QVERIFY(replicate->findChild<QRadioButton*>(u"copyRangeFull"_s)->isChecked());
    choose(replicate->findChild<QComboBox*>(u"rvAccessCombo"_s), u"ro"_s);
    // Show the Equivalent Command: the copylinectl --call line of what OK submits (issue 18).
    clickButton(replicate->equivalentCommandButton());
    EquivalentCommandDialog* equivalent = replicate->equivalentCommandButton()->dialog();
    QVERIFY(equivalent != nullptr);
    QTRY_VERIFY(equivalent->isVisible());
    const QString line = equivalent->commandText();
    QVERIFY2(
        line.startsWith(u"copylinectl "_s) && line.contains(u" --call necReplicate --args '{"_s), qPrintable(line));
    for (const QString& arg : {u"\"cprange\":\"full\""_s, u"\"cpmode\":\"sync\""_s, u"\"mv\":\"mv_01\""_s,
             u"\"rv\":\"rv_01\""_s, u"\"rvacc\":\"ro\""_s}) {
        QVERIFY2(line.contains(arg), qPrintable(line));
    }
    QCOMPARE(equivalent->scriptText(), QString());
    equivalent->close();
    clickButton(replicate->okButton());
    QTRY_VERIFY(replication()->dialog() == nullptr);
    waitState(u"mv_01"_s, u"rv_01"_s, u"rpl/sync"_s);
    QTreeWidgetItem* row = pairRow(u"rv_01"_s);
    QCOMPARE(row->text(ReplicationPanel::ActivityColumn), u"Replicate"_s);
    QCOMPARE(row->text(ReplicationPanel::CopyControlColumn), u"Sync Mode"_s);
    QCOMPARE(row->text(ReplicationPanel::RvAccessColumn), u"Read Only"_s);
    QTRY_COMPARE(row->text(ReplicationPanel::ProgressColumn), u"100.0 %"_s);
    QTRY_COMPARE(row->text(ReplicationPanel::CopyDiffColumn), u"0 KB"_s);
    QVERIFY(pair(u"mv_01"_s, u"rv_01"_s)->options.contains(u"cprange=full"_s));
    QCOMPARE(checksum(u"rv_01"_s), checksum(u"mv_01"_s));
    QVERIFY(!replication()->button(ReplicationPanel::Replicate)->isEnabled());
    QVERIFY(!replication()->button(ReplicationPanel::Restore)->isEnabled());

    // Separate: RV access Read Only after separate, RV use immediate.
    OperationDialog* separate = openOperation(u"rv_01"_s, ReplicationPanel::Separate);
    QVERIFY(separate != nullptr);
    QCOMPARE(separate->objectName(), u"necSeparateDialog"_s);
    QVERIFY(!separate->findChild<QCheckBox*>(u"forceCheck"_s)->isChecked());
    choose(separate->findChild<QComboBox*>(u"rvAccessCombo"_s), u"ro"_s);
    clickButton(separate->findChild<QRadioButton*>(u"rvUseImmediate"_s));
    clickButton(separate->okButton());
    QTRY_VERIFY(replication()->dialog() == nullptr);
    waitState(u"mv_01"_s, u"rv_01"_s, u"separated"_s);
    row = pairRow(u"rv_01"_s);
    QCOMPARE(row->text(ReplicationPanel::ActivityColumn), u"Separated"_s);
    QCOMPARE(row->text(ReplicationPanel::RvAccessColumn), u"Read Only"_s);
    QVERIFY(pair(u"mv_01"_s, u"rv_01"_s)->options.contains(u"rvacc=ro"_s));
    QCOMPARE(checksum(u"rv_01"_s), checksum(u"mv_01"_s));
    QVERIFY(replication()->button(ReplicationPanel::Replicate)->isEnabled());

    // RV access restriction change in the Separated state: Read/Write.
    OperationDialog* access = openOperation(u"rv_01"_s, ReplicationPanel::RvAccess);
    QVERIFY(access != nullptr);
    choose(access->findChild<QComboBox*>(u"rvAccessCombo"_s), u"rw"_s);
    clickButton(access->okButton());
    QTRY_COMPARE(pairRow(u"rv_01"_s)->text(ReplicationPanel::RvAccessColumn), u"Read/Write"_s);

    // Unpair: the LDs are IVs again.
    OperationDialog* unpair = openOperation(u"rv_01"_s, ReplicationPanel::Unpair);
    QVERIFY(unpair != nullptr);
    clickButton(unpair->okButton());
    QTRY_VERIFY(pairRow(u"rv_01"_s) == nullptr);
    QVERIFY(pair(u"mv_01"_s, u"rv_01"_s) == nullptr);
}

void TestNecGui::restoreWithRvProtectionEndsSeparated()
{
    makeSmallPair();
    QVERIFY(run(u"writeLogicalDrive"_s,
        {{u"subsystem"_s, kArray}, {u"targets"_s, QJsonArray {u"mv_01"_s}}, {u"offset"_s, 0}, {u"length"_s, kLd},
            {u"seed"_s, 11}})
                .ok());
    QVERIFY(run(u"necReplicate"_s, {{u"mv"_s, u"mv_01"_s}, {u"rv"_s, u"rv_01"_s}}).ok());
    waitState(u"mv_01"_s, u"rv_01"_s, u"rpl/sync"_s);
    QVERIFY(run(u"necSeparate"_s, {{u"mv"_s, u"mv_01"_s}, {u"rv"_s, u"rv_01"_s}}).ok());
    waitState(u"mv_01"_s, u"rv_01"_s, u"separated"_s);
    const QString backup = checksum(u"rv_01"_s);
    // The MV is damaged after the separate: 1 MiB overwritten.
    QVERIFY(run(u"writeLogicalDrive"_s,
        {{u"subsystem"_s, kArray}, {u"targets"_s, QJsonArray {u"mv_01"_s}}, {u"offset"_s, 0}, {u"length"_s, 1 << 20},
            {u"seed"_s, 99}})
                .ok());
    QVERIFY(checksum(u"mv_01"_s) != backup);
    QTRY_COMPARE(pairRow(u"rv_01"_s)->text(ReplicationPanel::SeparateDiffColumn), u"1024 KB"_s);

    OperationDialog* restore = openOperation(u"rv_01"_s, ReplicationPanel::Restore);
    QVERIFY(restore != nullptr);
    clickButton(restore->findChild<QCheckBox*>(u"protectCheck"_s));
    QVERIFY(restore->findChild<QCheckBox*>(u"protectCheck"_s)->isChecked());
    clickButton(restore->okButton());
    QTRY_VERIFY(replication()->dialog() == nullptr);
    // With RV protection the pair separates by itself when the restore ends.
    QTRY_VERIFY_WITH_TIMEOUT(pair(u"mv_01"_s, u"rv_01"_s)->hasOption(u"protect"_s), 10000);
    waitState(u"mv_01"_s, u"rv_01"_s, u"separated"_s);
    QCOMPARE(checksum(u"mv_01"_s), backup);
    QCOMPARE(checksum(u"rv_01"_s), backup);
    QCOMPARE(pairRow(u"rv_01"_s)->text(ReplicationPanel::ActivityColumn), u"Separated"_s);
}

void TestNecGui::refusedOperationShowsTheEnginesMessage()
{
    // dev001 is mounted at G: on BUSINESS: the engine refuses a Restore.
    OperationDialog* restore = openOperation(u"dev002"_s, ReplicationPanel::Restore);
    QVERIFY(restore != nullptr);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    clickButton(restore->okButton());
    QTRY_VERIFY(MessageBox::lastText().contains(u"dev001 is mounted on BUSINESS"_s));
    QVERIFY(MessageBox::lastText().contains(u"iSMrc_umount"_s));
    QVERIFY(replication()->dialog() != nullptr); // the window stays with what was chosen
    QCOMPARE(state(u"dev001"_s, u"dev002"_s), u"separated"_s);
    QTRY_VERIFY(restore->okButton()->isEnabled());
    clickButton(restore->findChild<QPushButton*>(u"cancelButton"_s));
    QTRY_VERIFY(replication()->dialog() == nullptr);
}

void TestNecGui::separateOnTheRvSideOffersOnlyForcedSeparate()
{
    // The record an RV's engine keeps of another engine's pair (engine/families/nec/rdrsites.cpp): its MV is an LD of
    // a disk array of site siteA (a proxy). Here only a Forced Separate is possible (a failover), and the window
    // says so; the request names the MV as the engine takes it.
    Configuration config = m_ws->config();
    Subsystem array = config.subsystems.value(m_ws->subsystemId(kArray));
    array.id = config.allocateId();
    array.remoteId = m_ws->subsystemId(kArray);
    array.peer = u"siteA"_s;
    array.name = kArray + u"@siteA"_s;
    config.subsystems.insert(array.id, array);
    LogicalDrive mv = m_ws->logicalDrive(u"mv_01"_s, kArray);
    mv.remoteId = mv.id;
    mv.id = config.allocateId();
    mv.subsystemId = array.id;
    config.logicalDrives.insert(mv.id, mv);
    Relationship record;
    record.id = config.allocateId();
    record.kind = u"ddr"_s;
    record.subsystemId = array.id;
    record.sourceId = mv.id;
    record.targetId = m_ws->logicalDrive(u"rv_01"_s, kArray).id;
    record.state = u"rpl/sync"_s;
    record.options = u"cpmode=sync rvacc=nr"_s;
    config.relationships.insert(record.id, record);
    QCOMPARE(managingSite(config, record), u"siteA"_s);

    std::unique_ptr<OperationDialog> dialog(separateDialog(m_ws->connection(), record, config, m_window.get()));
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    auto* force = dialog->findChild<QCheckBox*>(u"forceCheck"_s);
    QVERIFY(force != nullptr && force->isChecked());
    QVERIFY(dialog->okButton()->isEnabled());
    bool says = false;
    for (const QLabel* label : dialog->findChildren<QLabel*>()) {
        says = says || label->text().contains(u"Here only a Forced Separate is possible"_s);
    }
    QVERIFY(says);
    clickButton(force);
    QVERIFY(!force->isChecked());
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY2(dialog->hintText().contains(u"The engine of site siteA manages this pair: here only a forced separate"_s),
        qPrintable(dialog->hintText()));
    clickButton(force);
    QVERIFY(dialog->okButton()->isEnabled());
    // OK sends necSeparate force=true naming the MV as mv_01@siteA; this engine serves no such disk array, and the
    // window shows its refusal.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    clickButton(dialog->okButton());
    QTRY_VERIFY2(
        MessageBox::lastText().contains(u"\"mv_01@siteA\" was not found"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(dialog->isVisible());
}

void TestNecGui::actionsFollowTheState()
{
    QVERIFY(replication()->selectPair(u"dev002"_s));
    QVERIFY(replication()->button(ReplicationPanel::Replicate)->isEnabled());
    QVERIFY(replication()->button(ReplicationPanel::Restore)->isEnabled());
    QVERIFY(!replication()->button(ReplicationPanel::Separate)->isEnabled());
    // Unpair of a pair that is not separated needs the forced unpair.
    makeSmallPair();
    QVERIFY(run(u"necReplicate"_s, {{u"mv"_s, u"mv_01"_s}, {u"rv"_s, u"rv_01"_s}, {u"cpmode"_s, u"bg"_s}}).ok());
    waitState(u"mv_01"_s, u"rv_01"_s, u"rpl/sync"_s);
    QVERIFY(replication()->selectPair(u"rv_01"_s));
    QCOMPARE(pairRow(u"rv_01"_s)->text(ReplicationPanel::CopyControlColumn), u"Background Copy"_s);
    QCOMPARE(pairRow(u"rv_01"_s)->text(ReplicationPanel::RvAccessColumn), u"Not Ready"_s);
    QVERIFY(!replication()->button(ReplicationPanel::Replicate)->isEnabled());
    QVERIFY(replication()->button(ReplicationPanel::Separate)->isEnabled());
    OperationDialog* unpair = openOperation(u"rv_01"_s, ReplicationPanel::Unpair);
    QVERIFY(unpair != nullptr);
    QVERIFY(!unpair->okButton()->isEnabled());
    QVERIFY(unpair->hintText().contains(u"forced unpair"_s));
    clickButton(unpair->findChild<QCheckBox*>(u"forceCheck"_s));
    QVERIFY(unpair->okButton()->isEnabled());
    clickButton(unpair->findChild<QPushButton*>(u"cancelButton"_s));
    QTRY_VERIFY(replication()->dialog() == nullptr);
    QCOMPARE(state(u"mv_01"_s, u"rv_01"_s), u"rpl/sync"_s);
}

void TestNecGui::volumeListDisplayColumnsAndCount()
{
    perspective()->showPanel(NecPerspective::VolumeListDisplay);
    VolumeListPanel* panel = volumeList();
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(headerTexts(panel->volumeList()),
        QStringList({u"Drive Letter/Path Name"_s, u"Volume Name"_s, u"Disk No."_s, u"Volume Definition"_s, u"LUN"_s,
            u"LDN"_s, u"LD Name"_s, u"Disk Array"_s, u"Classification"_s}));
    QCOMPARE(
        headerTexts(panel->pairedList()), QStringList({u"Classification"_s, u"LDN"_s, u"LD Name"_s, u"Disk Array"_s}));
    QCOMPARE(panel->serverCombo()->count(), 2);
    QCOMPARE(panel->serverCombo()->itemText(0), u"BUSINESS"_s);
    QCOMPARE(panel->serverCombo()->itemText(1), u"BACKUP"_s);
    QCOMPARE(panel->arrayCombo()->itemText(0), u"ALL"_s);
    QCOMPARE(panel->arrayCombo()->itemText(1), kArray);
    QStringList menus;
    for (QAction* a : panel->menuBar()->actions()) {
        menus << a->text().remove(u'&');
    }
    QCOMPARE(menus, QStringList({u"File"_s, u"View"_s, u"Operation"_s, u"Help"_s}));

    QCOMPARE(panel->volumeList()->topLevelItemCount(), 1);
    QStringList row = rowTexts(panel->volumeList()->topLevelItem(0));
    QCOMPARE(row.value(0), u"G:"_s);
    QVERIFY(row.value(1).startsWith(u"\\\\?\\Volume{"_s));
    QCOMPARE(row.mid(2), QStringList({u"disk10"_s, u"-"_s, u"000h"_s, u"0006h"_s, u"dev001"_s, kArray, u"MV"_s}));
    QCOMPARE(panel->volumeCountLabel()->text(), u"VOLUME : 1"_s);
    QVERIFY(panel->selectDisk(u"disk10"_s));
    QCOMPARE(panel->pairedList()->topLevelItemCount(), 1);
    QCOMPARE(rowTexts(panel->pairedList()->topLevelItem(0)), QStringList({u"RV"_s, u"0008h"_s, u"dev002"_s, kArray}));

    panel->serverCombo()->setCurrentIndex(1); // BACKUP
    QCOMPARE(panel->volumeList()->topLevelItemCount(), 2);
    QCOMPARE(panel->volumeCountLabel()->text(), u"VOLUME : 2"_s);
    QCOMPARE(rowTexts(panel->volumeList()->topLevelItem(0)),
        QStringList(
            {u"-"_s, u"-"_s, u"disk1"_s, u"Control"_s, u"000h"_s, u"000ah"_s, u"BACKUP_CV"_s, kArray, u"IV"_s}));
    QCOMPARE(rowTexts(panel->volumeList()->topLevelItem(1)).mid(2, 1), QStringList({u"disk11"_s}));
    QVERIFY(panel->selectDisk(u"disk11"_s));
    QCOMPARE(rowTexts(panel->pairedList()->topLevelItem(0)), QStringList({u"MV"_s, u"0006h"_s, u"dev001"_s, kArray}));
    QVERIFY(panel->selectDisk(u"disk1"_s));
    QCOMPARE(panel->pairedList()->topLevelItemCount(), 0);
}

void TestNecGui::createUpdateVolumeList()
{
    QVERIFY(run(u"necCreateServer"_s, {{u"subsystem"_s, kArray}, {u"name"_s, u"TESTSRV"_s}}).ok());
    QVERIFY(run(u"necAttachDisk"_s,
        {{u"server"_s, u"TESTSRV"_s}, {u"ld"_s, u"mv_01"_s}, {u"disk"_s, u"disk3"_s}, {u"letter"_s, u"E:"_s}})
                .ok());
    perspective()->showPanel(NecPerspective::VolumeListDisplay);
    VolumeListPanel* panel = volumeList();
    QTRY_COMPARE(panel->serverCombo()->count(), 3);
    panel->serverCombo()->setCurrentIndex(2);
    QCOMPARE(panel->server(), u"TESTSRV"_s);
    QCOMPARE(panel->volumeList()->topLevelItemCount(), 0);
    QCOMPARE(panel->volumeCountLabel()->text(), u"VOLUME : 0"_s);
    QVERIFY(panel->findChild<QLabel*>(u"necNoVolumeListLabel"_s)->isVisible());
    panel->createVolumeListAction()->trigger();
    QTRY_COMPARE(panel->volumeCountLabel()->text(), u"VOLUME : 1"_s);
    QCOMPARE(panel->volumeList()->topLevelItem(0)->text(VolumeListPanel::DriveColumn), u"E:"_s);
    QVERIFY(panel->statusBar()->currentMessage().contains(u"iSM11701"_s));
    QVERIFY(!panel->findChild<QLabel*>(u"necNoVolumeListLabel"_s)->isVisible());
    // The filter: a disk array that is not there shows nothing.
    panel->arrayCombo()->setCurrentIndex(1);
    QCOMPARE(panel->volumeCountLabel()->text(), u"VOLUME : 1"_s);
}

void TestNecGui::unmountAndMountFromTheVolumeList()
{
    perspective()->showPanel(NecPerspective::VolumeListDisplay);
    VolumeListPanel* panel = volumeList();
    QVERIFY(panel->selectDisk(u"disk10"_s));
    QVERIFY(panel->unmountAction()->isEnabled());
    QVERIFY(!panel->mountAction()->isEnabled());
    panel->flushAction()->trigger();
    QTRY_VERIFY(panel->statusBar()->currentMessage().contains(u"G:"_s));
    panel->unmountAction()->trigger();
    QTRY_VERIFY(panel->mountAction()->isEnabled());
    QVERIFY(!panel->unmountAction()->isEnabled());
    QCOMPARE(panel->volumeList()->topLevelItem(0)->toolTip(VolumeListPanel::DriveColumn), u"Not mounted"_s);
    QVERIFY(panel->selectDisk(u"disk10"_s));
    panel->mountAction()->trigger();
    OperationDialog* mount = panel->mountDialog();
    QVERIFY(mount != nullptr);
    QCOMPARE(mount->findChild<QComboBox*>(u"driveLetterCombo"_s)->currentText(), u"G:"_s);
    clickButton(mount->okButton());
    QTRY_VERIFY(panel->unmountAction()->isEnabled());
    QVERIFY(panel->volumeList()->topLevelItem(0)->toolTip(VolumeListPanel::DriveColumn) == u"Mounted"_s);
}

void TestNecGui::defineControlVolumeSavesWithOkYes()
{
    QVERIFY(run(
        u"necCreateLd"_s, {{u"subsystem"_s, kArray}, {u"rank"_s, 2}, {u"name"_s, u"BUS_CV"_s}, {u"capacity"_s, kLd}})
                .ok());
    QVERIFY(
        run(u"necAttachDisk"_s, {{u"server"_s, u"BUSINESS"_s}, {u"ld"_s, u"BUS_CV"_s}, {u"disk"_s, u"disk2"_s}}).ok());
    QVERIFY(
        run(u"necAttachDisk"_s, {{u"server"_s, u"BUSINESS"_s}, {u"ld"_s, u"dev002"_s}, {u"disk"_s, u"disk11"_s}}).ok());
    perspective()->showPanel(NecPerspective::VolumeListDisplay);
    VolumeListPanel* panel = volumeList();
    QTRY_COMPARE(panel->volumeCountLabel()->text(), u"VOLUME : 3"_s);
    panel->defineControlVolumeAction()->trigger();
    DefineControlVolumeDialog* dialog = panel->defineControlVolumeDialog();
    QVERIFY(dialog != nullptr);
    QCOMPARE(dialog->windowTitle(), u"Define Control Volume"_s);
    QCOMPARE(dialog->selectedList()->topLevelItemCount(), 0);
    QCOMPARE(dialog->candidateList()->topLevelItemCount(), 3);
    const auto candidate = [&dialog](const QString& ld) -> QTreeWidgetItem* {
        const QList<QTreeWidgetItem*> found = dialog->candidateList()->findItems(ld, Qt::MatchExactly, 2);
        return found.isEmpty() ? nullptr : found.first();
    };
    // An RV is refused with the seed's warning.
    dialog->candidateList()->setCurrentItem(candidate(u"dev002"_s));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    clickButton(dialog->addButton());
    QVERIFY(MessageBox::lastText().contains(u"may enter the Not Ready state"_s));
    QCOMPARE(dialog->selectedList()->topLevelItemCount(), 0);
    // An IV is added; OK asks whether to save, Yes saves and shows the termination message.
    dialog->candidateList()->setCurrentItem(candidate(u"BUS_CV"_s));
    clickButton(dialog->addButton());
    QCOMPARE(dialog->selectedList()->topLevelItemCount(), 1);
    QCOMPARE(dialog->pending(), QStringList({u"BUS_CV"_s}));
    MessageBox::setNextAnswer(QMessageBox::No); // No: back to the Define Control Volume screen
    clickButton(dialog->okButton());
    QCOMPARE(MessageBox::lastText(), u"Do you want to save definition information?"_s);
    QVERIFY(panel->defineControlVolumeDialog() != nullptr);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    clickButton(dialog->okButton());
    MessageBox::setNextAnswer(QMessageBox::Ok); // the termination message
    QTRY_VERIFY(panel->defineControlVolumeDialog() == nullptr);
    QVERIFY(MessageBox::lastText().contains(u"The definition information has been saved"_s));
    // Saved in the engine; a second LD of the same disk array would be refused.
    QTRY_COMPARE(panel->volumeList()
                     ->findItems(u"BUS_CV"_s, Qt::MatchExactly, VolumeListPanel::LdNameColumn)
                     .value(0)
                     ->text(VolumeListPanel::DefinitionColumn),
        u"Control"_s);
    panel->createVolumeListAction()->trigger();
    QTRY_VERIFY(panel->statusBar()->currentMessage().contains(u"iSM11701"_s));
    panel->defineControlVolumeAction()->trigger();
    dialog = panel->defineControlVolumeDialog();
    QVERIFY(dialog != nullptr);
    QCOMPARE(dialog->selectedList()->topLevelItemCount(), 1);
    QVERIFY(candidate(u"BUS_CV"_s) == nullptr);
    dialog->candidateList()->setCurrentItem(candidate(u"dev001"_s));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    clickButton(dialog->addButton());
    QVERIFY(MessageBox::lastText().contains(u"MV"_s));
    QCOMPARE(dialog->selectedList()->topLevelItemCount(), 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    clickButton(dialog->cancelButton());
    QTRY_VERIFY(panel->defineControlVolumeDialog() == nullptr);
}

void TestNecGui::defineControlVolumeCancelDiscards()
{
    QVERIFY(run(
        u"necCreateLd"_s, {{u"subsystem"_s, kArray}, {u"rank"_s, 2}, {u"name"_s, u"BUS_CV"_s}, {u"capacity"_s, kLd}})
                .ok());
    QVERIFY(
        run(u"necAttachDisk"_s, {{u"server"_s, u"BUSINESS"_s}, {u"ld"_s, u"BUS_CV"_s}, {u"disk"_s, u"disk2"_s}}).ok());
    perspective()->showPanel(NecPerspective::VolumeListDisplay);
    VolumeListPanel* panel = volumeList();
    QTRY_COMPARE(panel->volumeCountLabel()->text(), u"VOLUME : 2"_s);
    panel->defineControlVolumeAction()->trigger();
    DefineControlVolumeDialog* dialog = panel->defineControlVolumeDialog();
    QVERIFY(dialog != nullptr);
    dialog->candidateList()->setCurrentItem(
        dialog->candidateList()->findItems(u"BUS_CV"_s, Qt::MatchExactly, 2).value(0));
    clickButton(dialog->addButton());
    QCOMPARE(dialog->selectedList()->topLevelItemCount(), 1);
    // Remove takes it back, Add again.
    dialog->selectedList()->setCurrentItem(dialog->selectedList()->topLevelItem(0));
    clickButton(dialog->removeButton());
    QCOMPARE(dialog->selectedList()->topLevelItemCount(), 0);
    dialog->candidateList()->setCurrentItem(
        dialog->candidateList()->findItems(u"BUS_CV"_s, Qt::MatchExactly, 2).value(0));
    clickButton(dialog->addButton());
    MessageBox::setNextAnswer(QMessageBox::No); // No: stay
    clickButton(dialog->cancelButton());
    QCOMPARE(MessageBox::lastText(), u"Do you want to cancel the definition?"_s);
    QVERIFY(panel->defineControlVolumeDialog() != nullptr);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    clickButton(dialog->cancelButton());
    QTRY_VERIFY(panel->defineControlVolumeDialog() == nullptr);
    QTest::qWait(200);
    QCOMPARE(panel->volumeList()
                 ->findItems(u"BUS_CV"_s, Qt::MatchExactly, VolumeListPanel::LdNameColumn)
                 .value(0)
                 ->text(VolumeListPanel::DefinitionColumn),
        u"-"_s);
    for (const CopyPath& p : m_ws->config().copyPaths) {
        QVERIFY(!(p.kind == u"necDisk"_s && p.sourcePort == u"BUSINESS"_s && p.state.contains(u"control=yes"_s)));
    }
}

void TestNecGui::perspectiveInGermanAndJapanese_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("navigation");
    QTest::addColumn<QString>("dialogTitle");
    QTest::newRow("de") << u"de_DE"_s
                        << QStringList {u"Replikationsverwaltung"_s, u"Volume-Listenanzeige"_s, u"Beenden"_s}
                        << u"Steuervolume definieren"_s;
    QTest::newRow("ja") << u"ja_JP"_s << QStringList {u"レプリケーション管理"_s, u"ボリューム一覧表示"_s, u"終了"_s}
                        << u"コントロールボリューム定義"_s;
}

void TestNecGui::perspectiveInGermanAndJapanese()
{
    QFETCH(QString, locale);
    QFETCH(QStringList, navigation);
    QFETCH(QString, dialogTitle);
    QVERIFY(installTranslators(QLocale(locale)));
    NecPerspective translated;
    QStringList entries;
    for (int row = 0; row < translated.navigation()->count(); ++row) {
        entries.append(translated.navigation()->item(row)->text());
    }
    DefineControlVolumeDialog dialog(m_ws->connection(), m_ws->snapshot(), u"BACKUP"_s, nullptr);
    const QString title = dialog.windowTitle();
    const QString column = translated.volumeListPanel()->volumeList()->headerItem()->text(0);
    installTranslators(QLocale::c());
    QCOMPARE(entries, navigation);
    QCOMPARE(title, dialogTitle);
    QVERIFY(column != u"Drive Letter/Path Name"_s);
}

QTEST_MAIN(TestNecGui)
#include "tst_necgui.moc"
