// SPDX-License-Identifier: GPL-3.0-or-later
// The ESS Copy Services perspective (issue 13, console part) on a real engine: selecting an ESS shows it instead of
// the DS4000 views; the Volumes panel's left/right clicks, the second right click that opens the Task Wizard,
// FlashCopy establish and withdraw run from the wizard, multiple selection mode, Information Panel, Find, Filter.
#include "common/confirm.h"
#include "common/translations.h"
#include "dialogs/equivalentcommanddialog.h"
#include "dialogs/messagebox.h"
#include "guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "panels/ess/essconfigurationpanel.h"
#include "panels/ess/esscopystate.h"
#include "panels/ess/esspathspanel.h"
#include "panels/ess/essperspective.h"
#include "panels/ess/essstorageserverspanel.h"
#include "panels/ess/esstaskspanel.h"
#include "panels/ess/esstaskwizard.h"
#include "panels/ess/essvolumespanel.h"
#include "panels/ess/essvolumeview.h"
#include "testworkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using namespace Copyline::EssUi;

namespace
{

constexpr qint64 kVolume = 4 << 20; // 4 MiB: 64 tracks

void clickButton(QAbstractButton* button)
{
    QVERIFY(button != nullptr);
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName()));
    const bool radio = qobject_cast<QRadioButton*>(button) != nullptr;
    const bool check = qobject_cast<QCheckBox*>(button) != nullptr;
    QTest::mouseClick(button, Qt::LeftButton, {}, radio || check ? QPoint(8, button->height() / 2) : QPoint());
}

} // namespace

class TestEssGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void essSelectionShowsThePerspective();
    void lssDropDownsNeverShowOneLssTwice();
    void establishFlashCopyByClicks();
    void withdrawFlashCopyFromEitherVolume();
    void leftClickAgainChoosesANewSource();
    void crossLssSelectionOffersPprcNotFlashCopy();
    void pprcTowardAnotherEnginesVolume();
    void multipleSelectionEstablishesSeveralPairs();
    void informationPanelShowsTheCopyState();
    void findAndFilter();
    void engineRefusalStaysInTheWizard();
    void saveDefinesTasks();
    void storageServersShowLssesAndSetProperties();
    void pathsAndPprcPairsFromTheGui();
    void tasksPanelRunsGroupsAndEditsTasks();
    void configurationPanelLogProtectionUsers();
    void hostDeviceNamesAfterPriming();
    void lssLevelPprcFromStorageServers();
    void perspectiveInGermanAndJapanese_data();
    void perspectiveInGermanAndJapanese();

private:
    CopyServicesPerspective* perspective() const { return m_window->essPerspective(); }
    VolumesPanel* volumes() const { return perspective()->volumesPanel(); }
    ObjectId volumeId(const QString& name) const { return m_ws->logicalDrive(name, u"12088"_s).id; }
    /** Clicks volume @p name in @p view with @p button. */
    void clickVolume(VolumeView* view, const QString& name, Qt::MouseButton button);
    QModelIndex indexOf(VolumeView* view, const QString& name) const { return view->indexOfVolume(volumeId(name)); }
    /** The text of the Information panel's row @p label, "(missing)" when the row is not shown. */
    static QString infoField(QDialog* info, const QString& label)
    {
        auto* l = info->findChild<QLabel*>(u"info_"_s + label);
        return l ? l->text() : u"(missing)"_s;
    }
    /** Left click @p source, right click @p target twice: the Task Wizard opens. */
    TaskWizard* openWizard(
        VolumeView* sourceView, const QString& source, VolumeView* targetView, const QString& target);
    void run(TaskWizard* wizard);
    int relationshipCount(const QString& kind) const;

    std::unique_ptr<GuiTest::Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

void TestEssGui::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestEssGui::init()
{
    m_ws = std::make_unique<GuiTest::Workspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
    // ESS 12088: LSS 16 with four volumes, LSS 17 with two.
    QVERIFY(m_ws->run(u"essCreateStorageServer"_s,
                    {{u"serial"_s, u"12088"_s}, {u"model"_s, u"F20"_s}, {u"lss"_s, QJsonArray {u"16"_s, u"17"_s}}}, {})
                .ok());
    QVERIFY(m_ws->run(u"essCreateVolumes"_s,
                    {{u"subsystem"_s, u"12088"_s}, {u"lss"_s, u"16"_s}, {u"count"_s, 4}, {u"capacity"_s, kVolume}}, {})
                .ok());
    QVERIFY(m_ws->run(u"essCreateVolumes"_s,
                    {{u"subsystem"_s, u"12088"_s}, {u"lss"_s, u"17"_s}, {u"count"_s, 2}, {u"capacity"_s, kVolume}}, {})
                .ok());
    m_window = GuiTest::openMainWindow(*m_ws);
    QVERIFY(m_window);
    m_window->resize(1366, 768);
    QVERIFY(m_window->selectSubsystem(m_ws->subsystemId(u"12088"_s)));
    QTRY_VERIFY(perspective()->isVisible());
    QTRY_COMPARE(volumes()->sourceView()->model()->rowCount(), 4);
}

void TestEssGui::cleanup()
{
    m_window.reset();
    m_ws.reset();
}

void TestEssGui::clickVolume(VolumeView* view, const QString& name, Qt::MouseButton button)
{
    const QModelIndex index = indexOf(view, name);
    QVERIFY2(index.isValid(), qPrintable(name));
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), button, {}, view->visualRect(index).center());
}

TaskWizard* TestEssGui::openWizard(
    VolumeView* sourceView, const QString& source, VolumeView* targetView, const QString& target)
{
    clickVolume(sourceView, source, Qt::LeftButton);
    clickVolume(targetView, target, Qt::RightButton);
    if (volumes()->taskWizard() != nullptr) {
        return nullptr; // the first right click must only select the target
    }
    clickVolume(targetView, target, Qt::RightButton);
    return volumes()->taskWizard();
}

void TestEssGui::run(TaskWizard* wizard)
{
    QVERIFY(wizard != nullptr);
    QCOMPARE(wizard->currentId(), int(TaskWizard::DefineTaskPageId));
    auto* runButton = wizard->findChild<QPushButton*>(u"runButton"_s);
    QVERIFY(runButton && runButton->isVisible());
    clickButton(runButton);
}

int TestEssGui::relationshipCount(const QString& kind) const
{
    int n = 0;
    for (const Relationship& r : m_ws->config().relationships) {
        n += r.kind == kind && r.subsystemId == m_ws->subsystemId(u"12088"_s) ? 1 : 0; // not the demo's ESSs
    }
    return n;
}

void TestEssGui::essSelectionShowsThePerspective()
{
    auto* tabs = m_window->findChild<QTabWidget*>(u"viewTabWidget"_s);
    QVERIFY(tabs->isHidden());
    QStringList entries;
    for (int row = 0; row < perspective()->navigation()->count(); ++row) {
        entries.append(perspective()->navigation()->item(row)->text());
    }
    QCOMPARE(entries,
        QStringList(
            {u"Volumes"_s, u"Storage Servers"_s, u"Paths"_s, u"Tasks"_s, u"Configuration"_s, u"Exit Copy Services"_s}));
    QCOMPARE(perspective()->currentPanel(), CopyServicesPerspective::Volumes);
    QCOMPARE(volumes()->sourceLssComboBox()->currentText(), u"2105:12088:16"_s);
    QCOMPARE(volumes()->sourceView()->model()->index(0, 0).data().toString(), u"00012088"_s);
    QCOMPARE(volumes()->sourceView()->model()->index(3, 0).data().toString(), u"00312088"_s);

    // A DS4000 subsystem: the views as before.
    QVERIFY(m_window->selectSubsystem(m_ws->subsystemId()));
    QVERIFY(!tabs->isHidden());
    QVERIFY(perspective()->isHidden());

    // Back to the ESS, then Exit Copy Services returns to the DS4000 subsystem.
    QVERIFY(m_window->selectSubsystem(m_ws->subsystemId(u"12088"_s)));
    QVERIFY(perspective()->isVisible());
    QListWidget* nav = perspective()->navigation();
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(5)).center());
    QTRY_VERIFY(perspective()->isHidden());
    QVERIFY(!tabs->isHidden());
    QVERIFY(m_window->currentSubsystemId() != m_ws->subsystemId(u"12088"_s));
}

void TestEssGui::lssDropDownsNeverShowOneLssTwice()
{
    QComboBox* source = volumes()->sourceLssComboBox();
    QComboBox* target = volumes()->targetLssComboBox();
    QCOMPARE(target->currentData().toLongLong(), 0);
    const int lss16 = target->findText(u"2105:12088:16"_s);
    const int lss17 = target->findText(u"2105:12088:17"_s);
    QVERIFY(lss16 > 0 && lss17 > 0);
    // The source's LSS is offered greyed out in the target area.
    auto* targetModel = qobject_cast<QStandardItemModel*>(target->model());
    QVERIFY(!targetModel->item(lss16)->isEnabled());
    QVERIFY(targetModel->item(lss17)->isEnabled());
    target->setCurrentIndex(lss17);
    QCOMPARE(volumes()->targetView()->model()->rowCount(), 2);
    QCOMPARE(volumes()->targetView()->model()->index(0, 0).data().toString(), u"10012088"_s);
    // Choosing LSS 17 as the source takes it out of the target area.
    source->setCurrentIndex(source->findText(u"2105:12088:17"_s));
    QCOMPARE(target->currentData().toLongLong(), 0);
    QCOMPARE(volumes()->targetView()->model()->rowCount(), 0);
}

void TestEssGui::establishFlashCopyByClicks()
{
    VolumeView* view = volumes()->sourceView();
    clickVolume(view, u"00012088"_s, Qt::LeftButton);
    clickVolume(view, u"00112088"_s, Qt::RightButton);
    QCOMPARE(indexOf(view, u"00012088"_s).data(MarkRole).toString(), u"S"_s);
    QCOMPARE(indexOf(view, u"00112088"_s).data(MarkRole).toString(), u"T"_s);
    QVERIFY(volumes()->taskWizard() == nullptr);
    // The second right click on the target opens the Task Wizard.
    clickVolume(view, u"00112088"_s, Qt::RightButton);
    TaskWizard* wizard = volumes()->taskWizard();
    QVERIFY(wizard != nullptr);
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(TaskWizard::ActionPageId));
    auto* establish = wizard->findChild<QRadioButton*>(u"establishFlashCopyRadioButton"_s);
    QVERIFY(establish->isEnabled());
    QVERIFY(establish->isChecked());
    QVERIFY(!wizard->findChild<QRadioButton*>(u"withdrawFlashCopyRadioButton"_s)->isEnabled());
    QVERIFY(!wizard->findChild<QRadioButton*>(u"establishPprcRadioButton"_s)->isEnabled());
    clickButton(wizard->findChild<QPushButton*>(u"nextButton"_s));
    QCOMPARE(wizard->currentId(), int(TaskWizard::FlashCopyOptionsPageId));
    clickButton(wizard->findChild<QCheckBox*>(u"noCopyCheckBox"_s));
    QVERIFY(wizard->findChild<QCheckBox*>(u"noCopyCheckBox"_s)->isChecked());
    clickButton(wizard->findChild<QPushButton*>(u"nextButton"_s));
    QTest::keyClicks(wizard->findChild<QLineEdit*>(u"taskNameLineEdit"_s), u"fc1"_s);
    QTest::keyClicks(wizard->findChild<QLineEdit*>(u"taskDescriptionLineEdit"_s), u"backup of 000"_s);
    run(wizard);
    QTRY_VERIFY(volumes()->taskWizard() == nullptr);

    // The engine has the pair, NOCOPY, and the icons show it.
    QCOMPARE(relationshipCount(u"flashcopy"_s), 1);
    const Relationship r = flashCopyOf(m_ws->config(), volumeId(u"00012088"_s)).value_or(Relationship {});
    QCOMPARE(r.sourceId, volumeId(u"00012088"_s));
    QCOMPARE(r.targetId, volumeId(u"00112088"_s));
    QVERIFY(r.hasOption(u"nocopy"_s));
    QTRY_COMPARE(indexOf(view, u"00012088"_s).data(CopyRoleRole).toInt(), int(CopyRole::Source));
    QCOMPARE(indexOf(view, u"00112088"_s).data(CopyRoleRole).toInt(), int(CopyRole::Target));
    QCOMPARE(indexOf(view, u"00012088"_s).data(FlashCopySideRole).toInt(), 1);
    QCOMPARE(indexOf(view, u"00112088"_s).data(FlashCopySideRole).toInt(), 2);
    QCOMPARE(indexOf(view, u"00212088"_s).data(CopyRoleRole).toInt(), int(CopyRole::None));
    // The selection is done with.
    QVERIFY(indexOf(view, u"00012088"_s).data(MarkRole).toString().isEmpty());
    QVERIFY(volumes()->selection().isEmpty());
}

void TestEssGui::withdrawFlashCopyFromEitherVolume()
{
    QVERIFY(m_ws->run(u"essEstablishFlashCopy"_s,
                    {{u"source"_s, u"00212088"_s}, {u"target"_s, u"00312088"_s}, {u"noCopy"_s, true}}, {})
                .ok());
    VolumeView* view = volumes()->sourceView();
    QTRY_COMPARE(indexOf(view, u"00312088"_s).data(CopyRoleRole).toInt(), int(CopyRole::Target));
    // Seed §5.2.3: select either volume with a left click, right click a volume of the pair: the wizard opens.
    clickVolume(view, u"00312088"_s, Qt::LeftButton);
    clickVolume(view, u"00212088"_s, Qt::RightButton);
    TaskWizard* wizard = volumes()->taskWizard();
    QVERIFY(wizard != nullptr);
    QVERIFY(!wizard->isActionEnabled(TaskWizard::Action::EstablishFlashCopy));
    QVERIFY(wizard->findChild<QRadioButton*>(u"establishFlashCopyRadioButton"_s)->toolTip().contains(u"already"_s));
    QVERIFY(wizard->isActionEnabled(TaskWizard::Action::WithdrawFlashCopy));
    QCOMPARE(wizard->action(), TaskWizard::Action::WithdrawFlashCopy);
    clickButton(wizard->findChild<QPushButton*>(u"nextButton"_s));
    run(wizard); // withdraw has no options: Define task follows the action
    QTRY_COMPARE(relationshipCount(u"flashcopy"_s), 0);
    QTRY_COMPARE(indexOf(view, u"00212088"_s).data(CopyRoleRole).toInt(), int(CopyRole::None));
    QCOMPARE(indexOf(view, u"00312088"_s).data(FlashCopySideRole).toInt(), 0);
}

void TestEssGui::leftClickAgainChoosesANewSource()
{
    VolumeView* view = volumes()->sourceView();
    clickVolume(view, u"00012088"_s, Qt::LeftButton);
    clickVolume(view, u"00112088"_s, Qt::RightButton);
    // A left click again: the correct source, and the target is cleared (seed L2529).
    clickVolume(view, u"00212088"_s, Qt::LeftButton);
    QCOMPARE(volumes()->selection(), QList<VolumePair>({{volumeId(u"00212088"_s), 0}}));
    QVERIFY(indexOf(view, u"00112088"_s).data(MarkRole).toString().isEmpty());
    // Right-clicking the old target now only selects it.
    clickVolume(view, u"00112088"_s, Qt::RightButton);
    QVERIFY(volumes()->taskWizard() == nullptr);
    QCOMPARE(volumes()->selection(), QList<VolumePair>({{volumeId(u"00212088"_s), volumeId(u"00112088"_s)}}));
}

void TestEssGui::crossLssSelectionOffersPprcNotFlashCopy()
{
    QComboBox* target = volumes()->targetLssComboBox();
    target->setCurrentIndex(target->findText(u"2105:12088:17"_s));
    TaskWizard* wizard = openWizard(volumes()->sourceView(), u"00012088"_s, volumes()->targetView(), u"10012088"_s);
    QVERIFY(wizard != nullptr);
    QVERIFY(!wizard->isActionEnabled(TaskWizard::Action::EstablishFlashCopy));
    QVERIFY(wizard->findChild<QRadioButton*>(u"establishFlashCopyRadioButton"_s)->toolTip().contains(u"same LSS"_s));
    QVERIFY(wizard->isActionEnabled(TaskWizard::Action::EstablishPprc));
    QVERIFY(!wizard->isActionEnabled(TaskWizard::Action::SuspendPprc));
    QCOMPARE(wizard->action(), TaskWizard::Action::EstablishPprc);
    clickButton(wizard->findChild<QPushButton*>(u"nextButton"_s));
    QCOMPARE(wizard->currentId(), int(TaskWizard::PprcOptionsPageId));
    clickButton(wizard->findChild<QRadioButton*>(u"copyNoneRadioButton"_s));
    clickButton(wizard->findChild<QCheckBox*>(u"criticalVolumeCheckBox"_s));
    clickButton(wizard->findChild<QPushButton*>(u"nextButton"_s));
    const QList<CommandRequest> requests = wizard->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().name, u"essEstablishPprc"_s);
    QCOMPARE(requests.first().args.value(u"pairs"_s).toArray(), QJsonArray({u"00012088:10012088"_s}));
    QCOMPARE(requests.first().args.value(u"copy"_s).toString(), u"none"_s);
    QCOMPARE(requests.first().args.value(u"critical"_s).toBool(), true);
    // Show the Equivalent Command on the Define task page: the copylinectl --call line of what Run submits.
    QCOMPARE(wizard->currentId(), int(TaskWizard::DefineTaskPageId));
    clickButton(wizard->equivalentCommandButton());
    EquivalentCommandDialog* equivalent = wizard->equivalentCommandButton()->dialog();
    QVERIFY(equivalent != nullptr);
    QTRY_VERIFY(equivalent->isVisible());
    const QString line = equivalent->commandText();
    QVERIFY2(line.startsWith(u"copylinectl "_s) && line.contains(u" --call essEstablishPprc --args '{"_s)
            && line.contains(u"\"pairs\":[\"00012088:10012088\"]"_s) && line.contains(u"\"copy\":\"none\""_s)
            && line.contains(u"\"critical\":true"_s),
        qPrintable(line));
    equivalent->close();
    clickButton(wizard->findChild<QPushButton*>(u"cancelButton"_s));
    QTRY_VERIFY(volumes()->taskWizard() == nullptr);
}

void TestEssGui::pprcTowardAnotherEnginesVolume()
{
    // An ESS another engine serves is a read-only proxy named SERIAL@SITE, and its volumes keep their IDs: the
    // demonstration's FCA31 may be served here and by site B's engine. The wizard names the target with its site, so
    // the pair goes to site B's volume and never to this engine's FCA31 (issue 17).
    auto snapshot = std::make_shared<Snapshot>(*m_ws->snapshot());
    Configuration& config = snapshot->config;
    Subsystem proxy;
    proxy.id = 900001;
    proxy.name = u"FCA31@siteB"_s;
    proxy.family = u"ess"_s;
    proxy.model = u"F20"_s;
    proxy.peer = u"siteB"_s;
    proxy.remoteId = 41;
    config.subsystems.insert(proxy.id, proxy);
    Array lss;
    lss.id = 900002;
    lss.subsystemId = proxy.id;
    lss.number = 18;
    config.arrays.insert(lss.id, lss);
    LogicalDrive target;
    target.id = 900003;
    target.subsystemId = proxy.id;
    target.arrayId = lss.id;
    target.name = u"202FCA31"_s;
    target.capacity = config.logicalDrives.value(volumeId(u"00012088"_s)).capacity;
    target.remoteId = 77;
    config.logicalDrives.insert(target.id, target);

    TaskWizard wizard(snapshot, {{volumeId(u"00012088"_s), target.id}});
    wizard.show();
    QVERIFY(wizard.isActionEnabled(TaskWizard::Action::EstablishPprc));
    QVERIFY(!wizard.isActionEnabled(TaskWizard::Action::EstablishFlashCopy));
    QCOMPARE(wizard.action(), TaskWizard::Action::EstablishPprc);
    QVERIFY2(wizard.findChild<QLabel*>(u"selectionLabel"_s)->text().contains(u"target 202FCA31@siteB"_s),
        qPrintable(wizard.findChild<QLabel*>(u"selectionLabel"_s)->text()));
    clickButton(wizard.findChild<QPushButton*>(u"nextButton"_s));
    clickButton(wizard.findChild<QPushButton*>(u"nextButton"_s));
    const QList<CommandRequest> requests = wizard.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().args.value(u"pairs"_s).toArray(), QJsonArray({u"00012088:202FCA31@siteB"_s}));
    QCOMPARE(EssUi::volumeId(config, target.id), u"202FCA31@siteB"_s);
    QCOMPARE(EssUi::volumeId(config, volumeId(u"00012088"_s)), u"00012088"_s);
}

void TestEssGui::multipleSelectionEstablishesSeveralPairs()
{
    auto* mode = volumes()->findChild<QPushButton*>(u"multipleSelectionButton"_s);
    QCOMPARE(mode->text(), u"Enter multiple selection mode"_s);
    clickButton(mode);
    QCOMPARE(mode->text(), u"Exit multiple selection mode"_s);
    QVERIFY(!volumes()->sourceLssComboBox()->isEnabled());
    QVERIFY(!volumes()->targetLssComboBox()->isEnabled());
    VolumeView* view = volumes()->sourceView();
    clickVolume(view, u"00012088"_s, Qt::LeftButton);
    clickVolume(view, u"00212088"_s, Qt::RightButton);
    clickVolume(view, u"00112088"_s, Qt::LeftButton);
    clickVolume(view, u"00312088"_s, Qt::RightButton);
    QVERIFY(volumes()->taskWizard() == nullptr);
    QCOMPARE(indexOf(view, u"00312088"_s).data(MarkRole).toString(), u"T2"_s);
    QCOMPARE(volumes()->selection().size(), 2);
    // A right click again on the last target opens the wizard for both pairs.
    clickVolume(view, u"00312088"_s, Qt::RightButton);
    TaskWizard* wizard = volumes()->taskWizard();
    QVERIFY(wizard != nullptr);
    QCOMPARE(wizard->action(), TaskWizard::Action::EstablishFlashCopy);
    clickButton(wizard->findChild<QPushButton*>(u"nextButton"_s));
    clickButton(wizard->findChild<QCheckBox*>(u"noCopyCheckBox"_s)); // NOCOPY: the pairs stay until withdrawn
    clickButton(wizard->findChild<QPushButton*>(u"nextButton"_s));
    QCOMPARE(wizard->requests().size(), 2);
    run(wizard);
    QTRY_VERIFY(volumes()->taskWizard() == nullptr);
    QCOMPARE(relationshipCount(u"flashcopy"_s), 2);
    for (const auto& [source, target] : {std::pair {u"00012088"_s, u"00212088"_s}, {u"00112088"_s, u"00312088"_s}}) {
        const auto fc = flashCopyOf(m_ws->config(), volumeId(source));
        QVERIFY(fc.has_value());
        QCOMPARE(fc->targetId, volumeId(target));
    }
    QTRY_COMPARE(indexOf(view, u"00312088"_s).data(CopyRoleRole).toInt(), int(CopyRole::Target));
    QVERIFY(indexOf(view, u"00312088"_s).data(MarkRole).toString().isEmpty());
    clickButton(mode);
    QVERIFY(volumes()->sourceLssComboBox()->isEnabled());
}

void TestEssGui::informationPanelShowsTheCopyState()
{
    QVERIFY(m_ws->run(u"essEstablishFlashCopy"_s,
                    {{u"source"_s, u"00012088"_s}, {u"target"_s, u"00112088"_s}, {u"noCopy"_s, true}}, {})
                .ok());
    VolumeView* view = volumes()->sourceView();
    QTRY_COMPARE(indexOf(view, u"00012088"_s).data(CopyRoleRole).toInt(), int(CopyRole::Source));
    clickVolume(view, u"00012088"_s, Qt::LeftButton);
    clickButton(volumes()->findChild<QPushButton*>(u"informationButton"_s));
    QDialog* info = volumes()->informationDialog();
    QVERIFY(info != nullptr && info->isVisible());
    const auto field = [info](const QString& label) { return infoField(info, label); };
    QCOMPARE(field(u"Volume ID"_s), u"00012088"_s);
    QCOMPARE(field(u"Volume number"_s), u"000"_s);
    QCOMPARE(field(u"LSS"_s), u"2105:12088:16"_s);
    QCOMPARE(field(u"ESS"_s), u"2105-F20 12088"_s);
    QCOMPARE(field(u"Size"_s), u"4.0 MB"_s);
    QCOMPARE(field(u"PPRC role"_s), u"simplex"_s);
    QCOMPARE(field(u"FlashCopy state"_s), u"source"_s);
    QCOMPARE(field(u"FlashCopy partner"_s), u"00112088"_s);
    QCOMPARE(field(u"Background copy"_s), u"no (NOCOPY)"_s);
    QTRY_COMPARE(field(u"Tracks remaining"_s), u"64"_s); // NOCOPY: nothing copied until the source is written
    // The panel follows the snapshots: once withdrawn, the volume is simplex.
    QVERIFY(m_ws->run(u"essWithdrawFlashCopy"_s, {{u"volume"_s, u"00112088"_s}}, {}).ok());
    QTRY_COMPARE(field(u"FlashCopy state"_s), u"none"_s);
    QCOMPARE(field(u"FlashCopy partner"_s), u"(missing)"_s);
}

void TestEssGui::findAndFilter()
{
    clickButton(volumes()->findChild<QPushButton*>(u"findButton"_s));
    QDialog* find = volumes()->findDialog();
    QVERIFY(find != nullptr);
    auto* edit = find->findChild<QLineEdit*>(u"findVolumeLineEdit"_s);
    QTest::keyClicks(edit, u"10112088"_s);
    clickButton(find->findChild<QPushButton*>(u"findButton"_s));
    // Found on LSS 17: the source area shows that LSS with the volume marked.
    QTRY_VERIFY(volumes()->findDialog() == nullptr);
    QCOMPARE(volumes()->sourceLssComboBox()->currentText(), u"2105:12088:17"_s);
    QVERIFY(indexOf(volumes()->sourceView(), u"10112088"_s).data(FoundRole).toBool());
    QCOMPARE(volumes()->currentVolume(), volumeId(u"10112088"_s));
    // An unknown ID: the window says so and stays.
    clickButton(volumes()->findChild<QPushButton*>(u"findButton"_s));
    find = volumes()->findDialog();
    QTest::keyClicks(find->findChild<QLineEdit*>(u"findVolumeLineEdit"_s), u"0FF12088"_s);
    clickButton(find->findChild<QPushButton*>(u"findButton"_s));
    QVERIFY(find->isVisible());
    QVERIFY(find->findChild<QLabel*>(u"errorLabel"_s)->text().contains(u"0FF12088"_s));
    find->reject();

    // Filter: only volumes in a copy relationship.
    volumes()->showLss(m_ws->config().logicalDrives.value(volumeId(u"00012088"_s)).arrayId, false);
    QVERIFY(m_ws->run(u"essEstablishFlashCopy"_s,
                    {{u"source"_s, u"00012088"_s}, {u"target"_s, u"00112088"_s}, {u"noCopy"_s, true}}, {})
                .ok());
    VolumeView* view = volumes()->sourceView();
    QTRY_COMPARE(indexOf(view, u"00012088"_s).data(CopyRoleRole).toInt(), int(CopyRole::Source));
    clickButton(volumes()->findChild<QPushButton*>(u"filterButton"_s));
    QDialog* filter = volumes()->filterDialog();
    QVERIFY(filter != nullptr);
    clickButton(filter->findChild<QCheckBox*>(u"simplexCheckBox"_s));
    clickButton(filter->findChild<QPushButton*>(u"okButton"_s));
    QVERIFY(!view->isRowHidden(indexOf(view, u"00012088"_s).row()));
    QVERIFY(!view->isRowHidden(indexOf(view, u"00112088"_s).row()));
    QVERIFY(view->isRowHidden(indexOf(view, u"00212088"_s).row()));
    QVERIFY(view->isRowHidden(indexOf(view, u"00312088"_s).row()));
    QVERIFY(volumes()->findChild<QLabel*>(u"filterStateLabel"_s)->text().contains(u"Not in a copy pair"_s));
    // A hidden volume cannot be clicked.
    clickVolume(view, u"00012088"_s, Qt::LeftButton);
    QCOMPARE(volumes()->selection(), QList<VolumePair>({{volumeId(u"00012088"_s), 0}}));
}

void TestEssGui::engineRefusalStaysInTheWizard()
{
    // Establish over a source the engine has paired since the wizard opened: its refusal shows on Define task.
    TaskWizard* wizard = openWizard(volumes()->sourceView(), u"00012088"_s, volumes()->sourceView(), u"00112088"_s);
    QVERIFY(wizard != nullptr);
    QVERIFY(m_ws->run(u"essEstablishFlashCopy"_s,
                    {{u"source"_s, u"00012088"_s}, {u"target"_s, u"00212088"_s}, {u"noCopy"_s, true}}, {})
                .ok());
    clickButton(wizard->findChild<QPushButton*>(u"nextButton"_s));
    clickButton(wizard->findChild<QPushButton*>(u"nextButton"_s));
    run(wizard);
    QTRY_VERIFY(!wizard->errorText().isEmpty());
    QVERIFY2(wizard->errorText().contains(u"00012088"_s), qPrintable(wizard->errorText()));
    QVERIFY(wizard->isVisible());
    QCOMPARE(relationshipCount(u"flashcopy"_s), 1);
    // Save needs a name without blanks of at most 16 characters.
    auto* save = wizard->findChild<QPushButton*>(u"saveButton"_s);
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(wizard->findChild<QLineEdit*>(u"taskNameLineEdit"_s), u"my task"_s);
    QVERIFY(!save->isEnabled());
    QVERIFY(wizard->findChild<QLabel*>(u"taskNameHintLabel"_s)->text().contains(u"blanks"_s));
    wizard->findChild<QLineEdit*>(u"taskNameLineEdit"_s)->setText(u"fc_task_0001"_s);
    QVERIFY(save->isEnabled());
    wizard->findChild<QLineEdit*>(u"taskNameLineEdit"_s)->setText(u"fc_task_00000001x"_s);
    QVERIFY(!save->isEnabled());
}

void TestEssGui::saveDefinesTasks()
{
    const auto taskNamed = [this](const QString& name) {
        for (const SavedTask& t : m_ws->config().tasks) {
            if (t.name == name) {
                return t;
            }
        }
        return SavedTask {};
    };
    // One pair: one task with the wizard's command and arguments; nothing runs.
    TaskWizard* wizard = openWizard(volumes()->sourceView(), u"00012088"_s, volumes()->sourceView(), u"00112088"_s);
    QVERIFY(wizard != nullptr);
    clickButton(wizard->findChild<QPushButton*>(u"nextButton"_s));
    clickButton(wizard->findChild<QCheckBox*>(u"accelerateDestageCheckBox"_s));
    clickButton(wizard->findChild<QPushButton*>(u"nextButton"_s));
    QTest::keyClicks(wizard->findChild<QLineEdit*>(u"taskNameLineEdit"_s), u"fc88"_s);
    QTest::keyClicks(wizard->findChild<QLineEdit*>(u"taskDescriptionLineEdit"_s), u"nightly copy"_s);
    clickButton(wizard->findChild<QPushButton*>(u"saveButton"_s));
    QTRY_VERIFY(volumes()->taskWizard() == nullptr);
    const SavedTask saved = taskNamed(u"fc88"_s);
    QCOMPARE(saved.command, u"essEstablishFlashCopy"_s);
    QCOMPARE(saved.description, u"nightly copy"_s);
    const QJsonObject args = QJsonDocument::fromJson(saved.arguments.toUtf8()).object();
    QCOMPARE(args.value(u"source"_s).toString(), u"00012088"_s);
    QCOMPARE(args.value(u"target"_s).toString(), u"00112088"_s);
    QCOMPARE(args.value(u"accelerateDestage"_s).toBool(), true);
    QCOMPARE(relationshipCount(u"flashcopy"_s), 0);

    // Two pairs in multiple selection mode: a task each, grouped under the name given.
    clickButton(volumes()->findChild<QPushButton*>(u"multipleSelectionButton"_s));
    VolumeView* view = volumes()->sourceView();
    clickVolume(view, u"00012088"_s, Qt::LeftButton);
    clickVolume(view, u"00212088"_s, Qt::RightButton);
    clickVolume(view, u"00112088"_s, Qt::LeftButton);
    clickVolume(view, u"00312088"_s, Qt::RightButton);
    clickVolume(view, u"00312088"_s, Qt::RightButton);
    wizard = volumes()->taskWizard();
    QVERIFY(wizard != nullptr);
    clickButton(wizard->findChild<QPushButton*>(u"nextButton"_s));
    clickButton(wizard->findChild<QPushButton*>(u"nextButton"_s));
    QTest::keyClicks(wizard->findChild<QLineEdit*>(u"taskNameLineEdit"_s), u"fcgroup"_s);
    clickButton(wizard->findChild<QPushButton*>(u"saveButton"_s));
    QTRY_VERIFY(volumes()->taskWizard() == nullptr);
    const SavedTask group = taskNamed(u"fcgroup"_s);
    QVERIFY(group.id != 0 && group.isGroup());
    QCOMPARE(taskNamed(u"fcgroup_1"_s).groupId, group.id);
    QCOMPARE(taskNamed(u"fcgroup_2"_s).groupId, group.id);
    QCOMPARE(taskNamed(u"fcgroup_2"_s).command, u"essEstablishFlashCopy"_s);
}

void TestEssGui::storageServersShowLssesAndSetProperties()
{
    QVERIFY(m_ws->run(u"essEstablishFlashCopy"_s,
                    {{u"source"_s, u"00012088"_s}, {u"target"_s, u"00112088"_s}, {u"noCopy"_s, true}}, {})
                .ok());
    QListWidget* nav = perspective()->navigation();
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(1)).center());
    QCOMPARE(perspective()->currentPanel(), CopyServicesPerspective::StorageServers);
    StorageServersPanel* panel = perspective()->storageServersPanel();
    QTreeWidget* tree = panel->tree();
    const ObjectId essId = m_ws->subsystemId(u"12088"_s);
    const ObjectId lss16 = m_ws->config().arrayByNumber(essId, 16)->id;
    const ObjectId lss17 = m_ws->config().arrayByNumber(essId, 17)->id;
    QTRY_VERIFY(panel->selectLss(lss16));
    QTreeWidgetItem* item = tree->currentItem();
    QCOMPARE(item->text(0), u"Logical Storage Server 12088:16"_s);
    QCOMPARE(item->parent()->text(0), u"Physical Storage Server 12088"_s);
    QCOMPARE(item->text(2), u"4"_s);
    QCOMPARE(item->text(3), u"2"_s);
    QCOMPARE(item->data(5, Qt::UserRole).toInt(), int(CopyRole::Mixed)); // a FlashCopy source and its target
    QCOMPARE(StorageServersPanel::lssInformation(m_ws->config(), lss17),
        u"LSS 17 of ESS 12088, Open Systems, contains 2 volumes, none of them in FlashCopy or PPRC pairs."_s);

    // Properties: the LSS copy properties go to the engine (essSetLss).
    clickButton(panel->findChild<QPushButton*>(u"propertiesButton"_s));
    QDialog* properties = panel->propertiesDialog();
    QVERIFY(properties != nullptr);
    clickButton(properties->findChild<QCheckBox*>(u"consistencyGroupCheckBox"_s));
    clickButton(properties->findChild<QCheckBox*>(u"criticalHeavyCheckBox"_s));
    properties->findChild<QSpinBox*>(u"consistencyTimeoutSpinBox"_s)->setValue(90);
    clickButton(properties->findChild<QPushButton*>(u"okButton"_s));
    QTRY_VERIFY(panel->propertiesDialog() == nullptr);
    const Array lss = m_ws->config().arrays.value(lss16);
    QVERIFY2(lss.options.split(u' ').contains(u"consistencyGroup"_s), qPrintable(lss.options));
    QVERIFY2(lss.options.split(u' ').contains(u"criticalHeavy"_s), qPrintable(lss.options));
    QVERIFY2(lss.options.split(u' ').contains(u"consistencyTimeout=90"_s), qPrintable(lss.options));
    QTRY_VERIFY(tree->currentItem()->text(6).contains(u"Consistency Group"_s));

    // Find by serial and LSS number; Filter devices: only LSSs with copy pairs.
    QVERIFY(panel->findLss(u"12088:17"_s));
    QCOMPARE(panel->selectedLss(), lss17);
    QVERIFY(!panel->findLss(u"12088:30"_s));
    panel->setCopyOnly(true);
    QVERIFY(!panel->selectLss(lss17));
    QVERIFY(panel->selectLss(lss16));
    QVERIFY(panel->findLss(u"2105:12088:17"_s)); // Find lifts the filter that hides it
    QCOMPARE(panel->selectedLss(), lss17);
}

void TestEssGui::pathsAndPprcPairsFromTheGui()
{
    // An ESCON link from ESS 12088 to the demo's FCA31.
    const CommandResult link = m_ws->run(u"essConnectEscon"_s,
        {{u"subsystem"_s, u"12088"_s}, {u"said"_s, u"0005"_s}, {u"remote"_s, u"FCA31"_s}, {u"remoteSaid"_s, u"00a2"_s}},
        {});
    QVERIFY2(link.ok(), qPrintable(link.error.message()));
    perspective()->showPanel(CopyServicesPerspective::Paths);
    PathsPanel* paths = perspective()->pathsPanel();
    const ObjectId essId = m_ws->subsystemId(u"12088"_s);
    const ObjectId fca31 = m_ws->subsystemId(u"FCA31"_s);
    const ObjectId lss16 = m_ws->config().arrayByNumber(essId, 16)->id;
    const ObjectId fca17 = m_ws->config().arrayByNumber(fca31, 17)->id;
    const ObjectId fca18 = m_ws->config().arrayByNumber(fca31, 18)->id;
    QTRY_VERIFY(paths->setSourceLss(lss16));
    QTRY_COMPARE(paths->adapterList()->count(), 1);
    const auto press = [](QListWidget* list, int row, Qt::MouseButton button) {
        QTest::mouseClick(list->viewport(), button, {}, list->visualItemRect(list->item(row)).center());
    };
    QCOMPARE(paths->adapterList()->item(0)->text(), u"SAID0005"_s);
    press(paths->adapterList(), 0, Qt::LeftButton);
    QCOMPARE(paths->selectedAdapters(), QStringList({u"0005"_s}));
    QCOMPARE(paths->serverList()->count(), 1);
    QCOMPARE(paths->serverList()->item(0)->text(), u"2105:FCA31"_s);
    press(paths->serverList(), 0, Qt::LeftButton);
    QCOMPARE(paths->lssList()->count(), 2);
    press(paths->lssList(), 0, Qt::LeftButton);  // FCA31:17
    press(paths->lssList(), 1, Qt::RightButton); // and FCA31:18
    QCOMPARE(paths->selectedTargets(), QList<ObjectId>({fca17, fca18}));
    QVERIFY(paths->taskWizard() == nullptr);
    press(paths->lssList(), 1, Qt::RightButton); // a highlighted target LSS: the Task Wizard
    TaskWizard* wizard = paths->taskWizard();
    QVERIFY(wizard != nullptr);
    QCOMPARE(wizard->action(), TaskWizard::Action::EstablishPath);
    clickButton(wizard->findChild<QPushButton*>(u"nextButton"_s));
    QCOMPARE(wizard->currentId(), int(TaskWizard::PathOptionsPageId));
    clickButton(wizard->findChild<QCheckBox*>(u"skipExistingPathsCheckBox"_s));
    clickButton(wizard->findChild<QPushButton*>(u"nextButton"_s));
    run(wizard);
    QTRY_VERIFY(paths->taskWizard() == nullptr);
    QList<ObjectId> established;
    for (const CopyPath& p : m_ws->config().copyPaths) {
        if (p.kind == u"pprcPath"_s && p.sourceRef == lss16) {
            QCOMPARE(p.sourcePort, u"0005"_s);
            established.append(p.targetRef);
        }
    }
    std::sort(established.begin(), established.end());
    QCOMPARE(established, QList<ObjectId>({fca17, fca18}));
    QTRY_COMPARE(paths->pathsTree()->topLevelItemCount(), 2);
    QTRY_VERIFY(paths->adapterList()->item(0)->text().contains(u"* * *"_s)); // the adapter now carries paths

    // A PPRC pair over the path, from the Volumes panel: 00012088 -> 102FCA31 (LSS 17 of FCA31).
    perspective()->showPanel(CopyServicesPerspective::Volumes);
    QVERIFY(volumes()->showLss(fca17, true));
    const ObjectId secondary = m_ws->logicalDrive(u"102FCA31"_s, u"FCA31"_s).id;
    clickVolume(volumes()->sourceView(), u"00012088"_s, Qt::LeftButton);
    const QModelIndex target = volumes()->targetView()->indexOfVolume(secondary);
    QVERIFY(target.isValid());
    for (int i = 0; i < 2; ++i) {
        QTest::mouseClick(volumes()->targetView()->viewport(), Qt::RightButton, {},
            volumes()->targetView()->visualRect(target).center());
    }
    wizard = volumes()->taskWizard();
    QVERIFY(wizard != nullptr);
    QCOMPARE(wizard->action(), TaskWizard::Action::EstablishPprc);
    clickButton(wizard->findChild<QPushButton*>(u"nextButton"_s));
    clickButton(wizard->findChild<QPushButton*>(u"nextButton"_s));
    run(wizard);
    QTRY_VERIFY(volumes()->taskWizard() == nullptr);
    QTRY_VERIFY(pprcOf(m_ws->config(), volumeId(u"00012088"_s)).has_value());
    QCOMPARE(pprcOf(m_ws->config(), volumeId(u"00012088"_s))->targetId, secondary);
    QTRY_COMPARE(indexOf(volumes()->sourceView(), u"00012088"_s).data(PprcSideRole).toInt(), 1);
    QCOMPARE(volumes()->targetView()->indexOfVolume(secondary).data(PprcSideRole).toInt(), 2);
    QTRY_COMPARE(indexOf(volumes()->sourceView(), u"00012088"_s).data(PprcStateRole).toString(), u"duplex"_s);

    // Suspend it: select the primary, right click it (a volume of the pair), Suspend, schedule with the source.
    clickVolume(volumes()->sourceView(), u"00012088"_s, Qt::LeftButton);
    clickVolume(volumes()->sourceView(), u"00012088"_s, Qt::RightButton);
    wizard = volumes()->taskWizard();
    QVERIFY(wizard != nullptr);
    QVERIFY(wizard->isActionEnabled(TaskWizard::Action::SuspendPprc));
    clickButton(wizard->findChild<QRadioButton*>(u"suspendPprcRadioButton"_s));
    clickButton(wizard->findChild<QPushButton*>(u"nextButton"_s));
    QCOMPARE(wizard->currentId(), int(TaskWizard::SchedulePageId));
    clickButton(wizard->findChild<QPushButton*>(u"nextButton"_s));
    run(wizard);
    QTRY_VERIFY(volumes()->taskWizard() == nullptr);
    QTRY_COMPARE(pprcOf(m_ws->config(), volumeId(u"00012088"_s))->state, u"suspended"_s);

    // Host writes to the suspended primary are recorded: its Information panel shows the out-of-sync tracks
    // (128 KiB written: two 64 KiB tracks).
    QVERIFY(m_ws->run(u"writeLogicalDrive"_s,
                    {{u"id"_s, volumeId(u"00012088"_s)}, {u"offset"_s, 0}, {u"length"_s, 128 * 1024}, {u"seed"_s, 5}},
                    u"12088"_s)
                .ok());
    clickVolume(volumes()->sourceView(), u"00012088"_s, Qt::LeftButton);
    clickButton(volumes()->findChild<QPushButton*>(u"informationButton"_s));
    {
        QDialog* info = volumes()->informationDialog();
        QVERIFY(info != nullptr && info->isVisible());
        QCOMPARE(infoField(info, u"PPRC status"_s), u"Suspended"_s);
        QTRY_COMPARE(infoField(info, u"Out-of-sync tracks"_s), u"2"_s);
        info->close();
    }

    // Remove Paths is refused while the pair uses them: the engine's message is shown.
    perspective()->showPanel(CopyServicesPerspective::Paths);
    press(paths->adapterList(), 0, Qt::LeftButton);
    press(paths->serverList(), 0, Qt::LeftButton);
    press(paths->lssList(), 0, Qt::LeftButton);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    clickButton(paths->findChild<QPushButton*>(u"removePathsButton"_s));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTRY_VERIFY(MessageBox::lastText().contains(u"pair"_s));
    QTRY_COMPARE(paths->pathsTree()->topLevelItemCount(), 2);
    // The question offered the equivalent command (issue 18); run as copylinectl --call runs it, it does the same.
    const EquivalentCommand removePaths = Confirm::lastCommand();
    QCOMPARE(removePaths.calls.size(), 1);
    QVERIFY2(removePaths.commandLine(u"ws"_s).contains(u" --call essRemovePaths --args '{"_s),
        qPrintable(removePaths.commandLine(u"ws"_s)));
    // (No subsystem added: copylinectl --call sends the arguments as they are.)
    const CommandResult again = m_ws->run(removePaths.calls.first().name, removePaths.calls.first().args, QString());
    QVERIFY(!again.ok());
    QVERIFY2(again.error.message().contains(u"pair"_s), qPrintable(again.error.message()));
    QCOMPARE(paths->pathsTree()->topLevelItemCount(), 2);

    // Terminate the pair; then the path to FCA31:17 can go.
    perspective()->showPanel(CopyServicesPerspective::Volumes);
    clickVolume(volumes()->sourceView(), u"00012088"_s, Qt::LeftButton);
    clickVolume(volumes()->sourceView(), u"00012088"_s, Qt::RightButton);
    wizard = volumes()->taskWizard();
    QVERIFY(wizard != nullptr);
    clickButton(wizard->findChild<QRadioButton*>(u"terminatePprcRadioButton"_s));
    clickButton(wizard->findChild<QPushButton*>(u"nextButton"_s));
    clickButton(wizard->findChild<QPushButton*>(u"nextButton"_s));
    run(wizard);
    QTRY_VERIFY(!pprcOf(m_ws->config(), volumeId(u"00012088"_s)).has_value());
    perspective()->showPanel(CopyServicesPerspective::Paths);
    press(paths->adapterList(), 0, Qt::LeftButton);
    press(paths->serverList(), 0, Qt::LeftButton);
    press(paths->lssList(), 0, Qt::LeftButton);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    clickButton(paths->findChild<QPushButton*>(u"removePathsButton"_s));
    QTRY_COMPARE(paths->pathsTree()->topLevelItemCount(), 1);
}

void TestEssGui::tasksPanelRunsGroupsAndEditsTasks()
{
    const auto save = [this](const QString& name, const QString& source, const QString& target) {
        return m_ws
            ->run(u"essSaveTask"_s,
                {{u"name"_s, name}, {u"description"_s, u"copy of %1"_s.arg(source)},
                    {u"command"_s, u"essEstablishFlashCopy"_s},
                    {u"arguments"_s, QJsonObject {{u"source"_s, source}, {u"target"_s, target}, {u"noCopy"_s, true}}}},
                {})
            .ok();
    };
    QVERIFY(save(u"a88fc1"_s, u"00012088"_s, u"00112088"_s));
    QVERIFY(save(u"a88fc2"_s, u"00212088"_s, u"00312088"_s));
    const auto task = [this](const QString& name) {
        for (const SavedTask& t : m_ws->config().tasks) {
            if (t.name == name) {
                return t;
            }
        }
        return SavedTask {};
    };
    QListWidget* nav = perspective()->navigation();
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(3)).center());
    TasksPanel* panel = perspective()->tasksPanel();
    QTreeWidget* tree = panel->tree();
    const auto row = [tree](const QString& name) {
        const QList<QTreeWidgetItem*> found = tree->findItems(name, Qt::MatchExactly | Qt::MatchRecursive, 0);
        return found.isEmpty() ? nullptr : found.first();
    };
    QTRY_VERIFY(row(u"a88fc2"_s) != nullptr);
    QCOMPARE(row(u"a88fc1"_s)->text(1), u"copy of 00012088"_s);
    QCOMPARE(row(u"a88fc1"_s)->text(2), u"not run yet"_s);
    QVERIFY(row(u"a88fc1"_s)->text(4).startsWith(u"Establish FlashCopy pair"_s));
    const auto click = [tree](QTreeWidgetItem* item, Qt::KeyboardModifiers modifiers = {}) {
        QVERIFY(item != nullptr);
        tree->scrollToItem(item);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, modifiers, tree->visualItemRect(item).center());
    };

    // Run one task. It establishes a FlashCopy pair, which overwrites the target: a typed confirmation (issue 18's
    // one rule) offering the rs* CLI's rsExecuteTask. Declined, nothing runs.
    click(row(u"a88fc1"_s));
    QCOMPARE(panel->selectedNames(), QStringList({u"a88fc1"_s}));
    Confirm::setNextTypedAnswer(u"No"_s);
    clickButton(panel->findChild<QPushButton*>(u"runButton"_s));
    QVERIFY(Confirm::lastConsequence() == Consequence::LosesData);
    const QString offered = Confirm::lastCommand().commandLine(m_ws->path());
    QCOMPARE(offered,
        u"rsExecuteTask.sh -s %1 -u '<user>' -p '<type the password here>' a88fc1"_s.arg(shellQuoted(m_ws->path())));
    QCOMPARE(task(u"a88fc1"_s).lastStatus, QString());
    // The offered line, with the demonstration's Copy Services user put in, runs the task as the GUI would: the pair
    // exists and the task's last status says successful.
    {
        QStringList words
            = QProcess::splitCommand(QString(offered)
                                         .replace(u"'<user>'"_s, u"storwatch"_s)
                                         .replace(u"'<type the password here>'"_s, u"specialist"_s)
                                         .replace(shellQuoted(m_ws->path()), u"\"%1\""_s.arg(m_ws->path())));
        QCOMPARE(words.takeFirst(), u"rsExecuteTask.sh"_s);
        QProcess rs;
        rs.setProcessChannelMode(QProcess::MergedChannels);
        rs.start(Test::binary(u"rsExecuteTask.sh"_s), words);
        // The console's engine answers it on this thread: wait with the event loop running.
        QTRY_VERIFY_WITH_TIMEOUT(rs.state() == QProcess::NotRunning, 30000);
        QVERIFY2(rs.exitCode() == 0, rs.readAll().constData());
    }
    QTRY_COMPARE(task(u"a88fc1"_s).lastStatus, u"successful"_s);
    QVERIFY(flashCopyOf(m_ws->config(), volumeId(u"00012088"_s)).has_value());
    QTRY_COMPARE(row(u"a88fc1"_s)->text(2), u"successful"_s);

    // Ctrl-click both, Group under a name.
    click(row(u"a88fc2"_s), Qt::ControlModifier);
    QCOMPARE(panel->selectedNames().size(), 2);
    clickButton(panel->findChild<QPushButton*>(u"groupButton"_s));
    QDialog* group = panel->dialog();
    QVERIFY(group != nullptr);
    QTest::keyClicks(group->findChild<QLineEdit*>(u"groupNameLineEdit"_s), u"a88group"_s);
    clickButton(group->findChild<QPushButton*>(u"okButton"_s));
    QTRY_VERIFY(panel->dialog() == nullptr);
    QVERIFY(task(u"a88group"_s).isGroup());
    QCOMPARE(task(u"a88fc2"_s).groupId, task(u"a88group"_s).id);
    QTRY_VERIFY(row(u"a88fc2"_s) != nullptr && row(u"a88fc2"_s)->parent() == row(u"a88group"_s));

    // A grouped task's properties cannot change; the group's information lists its members.
    click(row(u"a88fc2"_s));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    clickButton(panel->findChild<QPushButton*>(u"propertiesButton"_s));
    QCOMPARE(MessageBox::lastText(), u"Ungroup the task before changing its properties."_s);
    click(row(u"a88group"_s));
    clickButton(panel->findChild<QPushButton*>(u"informationButton"_s));
    QVERIFY(panel->dialog() != nullptr);
    const QString info = panel->dialog()->findChild<QLabel*>(u"informationLabel"_s)->text();
    QVERIFY2(info.contains(u"a88fc1"_s) && info.contains(u"a88fc2"_s), qPrintable(info));
    panel->dialog()->close();
    QTRY_VERIFY(panel->dialog() == nullptr);

    // Ungroup, then change a task's description with Properties ▸ Replace.
    click(row(u"a88group"_s));
    clickButton(panel->findChild<QPushButton*>(u"ungroupButton"_s));
    QTRY_COMPARE(task(u"a88fc2"_s).groupId, 0);
    QTRY_VERIFY(row(u"a88fc2"_s) != nullptr && row(u"a88fc2"_s)->parent() == nullptr);
    click(row(u"a88fc2"_s));
    clickButton(panel->findChild<QPushButton*>(u"propertiesButton"_s));
    QDialog* properties = panel->dialog();
    QVERIFY(properties != nullptr);
    auto* description = properties->findChild<QLineEdit*>(u"taskDescriptionLineEdit"_s);
    description->clear();
    QTest::keyClicks(description, u"weekly"_s);
    clickButton(properties->findChild<QPushButton*>(u"replaceButton"_s));
    QTRY_COMPARE(task(u"a88fc2"_s).description, u"weekly"_s);
    QTRY_VERIFY(panel->dialog() == nullptr);

    // Running the first task again, confirmed, fails (its source is in a FlashCopy pair): the status says so.
    click(row(u"a88fc1"_s));
    Confirm::setNextTypedAnswer(u"Yes"_s);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    clickButton(panel->findChild<QPushButton*>(u"runButton"_s));
    QTRY_COMPARE(task(u"a88fc1"_s).lastStatus, u"failed"_s);
    QTRY_COMPARE(row(u"a88fc1"_s)->text(2), u"failed"_s);

    // Remove asks first.
    click(row(u"a88fc2"_s));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    clickButton(panel->findChild<QPushButton*>(u"removeButton"_s));
    QTRY_COMPARE(task(u"a88fc2"_s).id, 0);
    QTRY_VERIFY(row(u"a88fc2"_s) == nullptr);
    QVERIFY2(
        Confirm::lastCommand().commandLine(u"ws"_s).contains(u" --call essRemoveTask --args '{\"name\":\"a88fc2\"}'"_s),
        qPrintable(Confirm::lastCommand().commandLine(u"ws"_s)));
}

void TestEssGui::configurationPanelLogProtectionUsers()
{
    QListWidget* nav = perspective()->navigation();
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(4)).center());
    QCOMPARE(perspective()->currentPanel(), CopyServicesPerspective::Configuration);
    ConfigurationPanel* panel = perspective()->configurationPanel();
    QVERIFY(panel->findChild<QLabel*>(u"serversLabel"_s)->text().contains(u"Primary Copy Services server: 12019"_s));

    // Password protection is on by default; No Password protection turns it off in the engine.
    auto* on = panel->findChild<QRadioButton*>(u"passwordProtectionRadioButton"_s);
    auto* off = panel->findChild<QRadioButton*>(u"noPasswordProtectionRadioButton"_s);
    QVERIFY(on->isChecked());
    QVERIFY(passwordProtection(m_ws->config()));
    clickButton(off);
    QTRY_VERIFY(!passwordProtection(m_ws->config()));
    clickButton(on);
    QTRY_VERIFY(passwordProtection(m_ws->config()));

    // Authorize a user (the passwords must match), then remove it.
    const auto hasUser = [this](const QString& name) {
        return std::any_of(m_ws->config().users.cbegin(), m_ws->config().users.cend(),
            [&name](const User& u) { return u.name == name; });
    };
    clickButton(panel->findChild<QPushButton*>(u"authorizeButton"_s));
    QDialog* authorize = panel->dialog();
    QVERIFY(authorize != nullptr);
    QTest::keyClicks(authorize->findChild<QLineEdit*>(u"userNameLineEdit"_s), u"a88user"_s);
    QTest::keyClicks(authorize->findChild<QLineEdit*>(u"passwordLineEdit"_s), u"secret1"_s);
    QTest::keyClicks(authorize->findChild<QLineEdit*>(u"confirmPasswordLineEdit"_s), u"secret2"_s);
    QVERIFY(!authorize->findChild<QPushButton*>(u"okButton"_s)->isEnabled());
    authorize->findChild<QLineEdit*>(u"confirmPasswordLineEdit"_s)->setText(u"secret1"_s);
    clickButton(authorize->findChild<QPushButton*>(u"okButton"_s));
    QTRY_VERIFY(hasUser(u"a88user"_s));
    QTRY_VERIFY(!panel->usersList()->findItems(u"a88user"_s, Qt::MatchExactly).isEmpty());
    panel->usersList()->setCurrentItem(panel->usersList()->findItems(u"a88user"_s, Qt::MatchExactly).first());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    clickButton(panel->findChild<QPushButton*>(u"removeUserButton"_s));
    QTRY_VERIFY(!hasUser(u"a88user"_s));
    QVERIFY2(Confirm::lastCommand().commandLine(u"ws"_s).contains(
                 u" --call essRemoveUser --args '{\"name\":\"a88user\"}'"_s),
        qPrintable(Confirm::lastCommand().commandLine(u"ws"_s)));

    // The log shows what the Copy Services did; Clear empties it, and later events appear in the open window.
    clickButton(panel->findChild<QPushButton*>(u"viewLogButton"_s));
    QVERIFY(panel->logWindow() != nullptr);
    QTRY_VERIFY(panel->logTree()->topLevelItemCount() > 0);
    // Clearing the log loses its records: "Yes" typed (issue 18).
    Confirm::setNextTypedAnswer(u"Yes"_s);
    clickButton(panel->findChild<QPushButton*>(u"clearLogButton"_s));
    QVERIFY(Confirm::lastConsequence() == Consequence::LosesData);
    QVERIFY(Confirm::lastCommand().commandLine(u"ws"_s).contains(u" --call essClearLog"_s));
    QTRY_COMPARE(panel->logTree()->topLevelItemCount(), 0);
    QVERIFY(m_ws->run(u"essEstablishFlashCopy"_s,
                    {{u"source"_s, u"00012088"_s}, {u"target"_s, u"00112088"_s}, {u"noCopy"_s, true}}, {})
                .ok());
    QTRY_VERIFY(panel->logTree()->topLevelItemCount() > 0);
    QVERIFY(panel->logTree()->topLevelItem(0)->text(4).contains(u"00012088"_s)
        || panel->logTree()->topLevelItem(0)->text(3).contains(u"FlashCopy"_s));
}

void TestEssGui::hostDeviceNamesAfterPriming()
{
    VolumeView* view = volumes()->sourceView();
    QCOMPARE(indexOf(view, u"00212088"_s).data().toString(), u"00212088"_s);
    QVERIFY(
        m_ws->run(u"essAttachVolume"_s,
                {{u"host"_s, u"aix88"_s}, {u"volume"_s, u"00212088"_s}, {u"disk"_s, u"hdisk7"_s}, {u"mounted"_s, true}},
                {})
            .ok());
    // Attached but not primed: still the volume ID (seed L2248: names show after rsPrimeServer).
    QTest::qWait(300);
    QCOMPARE(indexOf(view, u"00212088"_s).data().toString(), u"00212088"_s);
    QVERIFY(m_ws->run(u"essPrimeHost"_s, {{u"host"_s, u"aix88"_s}}, {}).ok());
    QTRY_COMPARE(indexOf(view, u"00212088"_s).data().toString(), u"hdisk7"_s);
    QCOMPARE(indexOf(view, u"00312088"_s).data().toString(), u"00312088"_s);
    clickVolume(view, u"00212088"_s, Qt::LeftButton);
    volumes()->openInformation();
    auto* host = volumes()->informationDialog()->findChild<QLabel*>(u"info_Host device"_s);
    QVERIFY(host != nullptr);
    QCOMPARE(host->text(), u"hdisk7 on aix88 (mounted)"_s);
}

void TestEssGui::lssLevelPprcFromStorageServers()
{
    QVERIFY(m_ws->run(u"essConnectEscon"_s,
                    {{u"subsystem"_s, u"12088"_s}, {u"said"_s, u"0005"_s}, {u"remote"_s, u"FCA31"_s},
                        {u"remoteSaid"_s, u"00a2"_s}},
                    {})
                .ok());
    const CommandResult paths = m_ws->run(u"essEstablishPaths"_s,
        {{u"subsystem"_s, u"12088"_s}, {u"lss"_s, u"16"_s}, {u"remote"_s, u"FCA31"_s},
            {u"remoteLss"_s, QJsonArray {u"18"_s}}, {u"said"_s, QJsonArray {u"0005"_s}}},
        {});
    QVERIFY2(paths.ok(), qPrintable(paths.error.message()));
    perspective()->showPanel(CopyServicesPerspective::StorageServers);
    StorageServersPanel* panel = perspective()->storageServersPanel();
    QTreeWidget* tree = panel->tree();
    const ObjectId lss16 = m_ws->config().arrayByNumber(m_ws->subsystemId(u"12088"_s), 16)->id;
    const ObjectId fca18 = m_ws->config().arrayByNumber(m_ws->subsystemId(u"FCA31"_s), 18)->id;
    const auto press = [panel, tree](ObjectId lss, Qt::MouseButton button) {
        QVERIFY(panel->selectLss(lss));
        QTest::mouseClick(tree->viewport(), button, {}, tree->visualItemRect(tree->currentItem()).center());
    };
    press(lss16, Qt::LeftButton);
    QCOMPARE(panel->sourceLss(), lss16);
    press(fca18, Qt::RightButton);
    QCOMPARE(panel->targetLss(), fca18);
    QVERIFY(panel->taskWizard() == nullptr);
    press(fca18, Qt::RightButton);
    TaskWizard* wizard = panel->taskWizard();
    QVERIFY(wizard != nullptr);
    // All volumes of the two LSSs, paired by volume number: FCA31:18 has two, so 000 and 001 of 12088:16.
    QCOMPARE(wizard->action(), TaskWizard::Action::EstablishPprc);
    QVERIFY(!wizard->isActionEnabled(TaskWizard::Action::EstablishFlashCopy));
    QCOMPARE(wizard->requests().first().args.value(u"pairs"_s).toArray(),
        QJsonArray({u"00012088:200FCA31"_s, u"00112088:201FCA31"_s}));
    clickButton(wizard->findChild<QPushButton*>(u"nextButton"_s));
    clickButton(wizard->findChild<QPushButton*>(u"nextButton"_s));
    run(wizard);
    QTRY_VERIFY(panel->taskWizard() == nullptr);
    QTRY_VERIFY(pprcOf(m_ws->config(), volumeId(u"00112088"_s)).has_value());
    QCOMPARE(m_ws->config().logicalDrives.value(pprcOf(m_ws->config(), volumeId(u"00012088"_s))->targetId).name,
        u"200FCA31"_s);
    QTRY_VERIFY(panel->selectLss(fca18));
    QCOMPARE(tree->currentItem()->data(5, Qt::UserRole).toInt(), int(CopyRole::Target));
}

void TestEssGui::perspectiveInGermanAndJapanese_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("navigation");
    QTest::addColumn<QString>("wizardTitle");
    QTest::newRow("de") << u"de_DE"_s
                        << QStringList {u"Volumes"_s, u"Speicherserver"_s, u"Pfade"_s, u"Tasks"_s, u"Konfiguration"_s,
                               u"Copy Services beenden"_s}
                        << u"Task-Assistent"_s;
    QTest::newRow("ja") << u"ja_JP"_s
                        << QStringList {u"ボリューム"_s, u"ストレージ・サーバー"_s, u"パス"_s, u"タスク"_s, u"構成"_s,
                               u"コピー・サービスの終了"_s}
                        << u"タスク・ウィザード"_s;
}

void TestEssGui::perspectiveInGermanAndJapanese()
{
    QFETCH(QString, locale);
    QFETCH(QStringList, navigation);
    QFETCH(QString, wizardTitle);
    QVERIFY(installTranslators(QLocale(locale)));
    CopyServicesPerspective translated;
    QStringList entries;
    for (int row = 0; row < translated.navigation()->count(); ++row) {
        entries.append(translated.navigation()->item(row)->text());
    }
    TaskWizard wizard(m_ws->snapshot(), QList<VolumePair> {{volumeId(u"00012088"_s), volumeId(u"00112088"_s)}});
    const QString title = wizard.windowTitle();
    installTranslators(QLocale::c());
    QCOMPARE(entries, navigation);
    QCOMPARE(title, wizardTitle);
}

QTEST_MAIN(TestEssGui)
#include "tst_essgui.moc"
