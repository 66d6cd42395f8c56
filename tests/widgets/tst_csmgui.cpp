// SPDX-License-Identifier: GPL-3.0-or-later
// The Copy Services Manager Sessions view (issue 16, spec CSM §5) on a real engine, opened from the main window's
// Copy Services Manager ▸ Sessions…: creating the administrator and signing in and out; Create Session through its
// dialog and on to the Add Copy Sets wizard; the wizard end to end (role pages, a count mismatch refused on its page,
// the Matching warning for a volume in another session, Select, Confirm, Results) with the copy set then in the
// engine; Start H1->H2 with its confirmation and warning, and the state in the list; a Monitor with every command
// disabled and an Operator without assigned sessions; Remove Copy Sets keeping the base relationships. Every outcome
// is checked through the engine's commands.
#include "common/confirm.h"
#include "dialogs/equivalentcommanddialog.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "panels/csm/csmaddcopysetswizard.h"
#include "panels/csm/csmdata.h"
#include "panels/csm/csmdialogs.h"
#include "panels/csm/csmmodels.h"
#include "panels/csm/csmpictogram.h"
#include "panels/csm/csmserversdialog.h"
#include "panels/csm/csmsessionswindow.h"
#include "testworkspace.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using namespace Copyline::CsmUi;

namespace
{

const QString kAdmin = u"csmadmin"_s;
const QString kPassword = u"s3cret-Pass"_s;
const QString kMmType = u"Metro Mirror Failover/Failback"_s;
// The demonstration ESSs: 2105.12019 (LSS 16, 17) at site 1, 2105.FCA31 (LSS 17, 18) at site 2, paths 16 → 17.
const QString kEssPrimary = u"12019"_s;
const QString kEssSecondary = u"FCA31"_s;
const QString kSite1 = u"PRIMARY"_s; // the demonstration's locations
const QString kSite2 = u"DR_site"_s;

void clickButton(QAbstractButton* button)
{
    QVERIFY(button != nullptr);
    QTRY_VERIFY2(button->isEnabled(), qPrintable(button->objectName()));
    const bool box = qobject_cast<QRadioButton*>(button) != nullptr;
    QTest::mouseClick(button, Qt::LeftButton, {}, box ? QPoint(8, button->height() / 2) : QPoint());
}

using GuiTest::typeInto;

/** Clicks the row of @p list whose Qt::UserRole is @p id (Ctrl for more than one). */
bool clickListItem(QListWidget* list, const QString& id, Qt::KeyboardModifiers modifiers = {})
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        if (item->data(Qt::UserRole).toString() == id) {
            list->scrollToItem(item);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, modifiers, list->visualItemRect(item).center());
            return true;
        }
    }
    return false;
}

/** Clicks the check box of the row of @p list whose text contains @p text. */
bool checkListItem(QListWidget* list, const QString& idOrText)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        if (item->data(Qt::UserRole).toString() == idOrText || item->text().contains(idOrText)) {
            list->scrollToItem(item);
            const QRect rect = list->visualItemRect(item);
            // The check indicator sits at the left of the row.
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 10, rect.center().y()));
            return true;
        }
    }
    return false;
}

/** The words of @p line as a POSIX shell splits them (plain words and '...' with '\'' inside, as shellQuoted). */
QStringList shellWords(const QString& line)
{
    QStringList words;
    QString word;
    bool inWord = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\'') {
            const qsizetype end = line.indexOf(u'\'', i + 1);
            word += line.mid(i + 1, end - i - 1);
            i = end;
            inWord = true;
        } else if (c == u'\\') {
            word += line.at(++i);
            inWord = true;
        } else if (c == u' ') {
            if (inWord) {
                words.append(std::exchange(word, {}));
            }
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord) {
        words.append(word);
    }
    return words;
}

} // namespace

class TestCsmGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void setupSignInAndOut();
    void createSessionThroughTheDialog();
    void addCopySetsWizardEndToEnd();
    void addCopySetsFromCsv();
    void startShowsTheStateInTheList();
    void monitorHasEveryCommandDisabled();
    void operatorWithoutSessionsHasNoCommands();
    void removeCopySetsKeepingTheBase();
    void propertiesAndExport();
    void csmcliRunsTheOfferedCommands();
    void managementServersDialog();
    void screenshot();

private:
    CsmSessionsWindow* view() const { return m_window->csmSessions(); }
    /** Runs @p name on the engine with the administrator's token (created on first use). */
    CommandResult csm(const QString& name, QJsonObject args = {});
    QString adminToken();
    /** Creates the administrator through the strip and waits for the signed-in page. */
    void setupThroughTheStrip();
    void signInThroughTheStrip(const QString& user, const QString& password);
    /** Connects the two demonstration ESSs with their locations. */
    void addDevices();
    /** A Metro Mirror session over the two ESSs, with @p copySets (H1 index → H2 index on LSS 16 → 17). */
    void createMmSession(const QString& name, int copySets);
    /** The volume ids of @p device ("ESS:BOX:2105.12019"), in list order. */
    QStringList volumeIds(const QString& device);
    QString essDevice(const QString& serial) const { return u"ESS:BOX:2105."_s + serial; }
    QJsonObject engineSession(const QString& name);
    /** Runs the command line @p line as a shell would, in @p folder (which holds csmcli-auth.properties). */
    void runLine(const QString& line, const QString& folder);
    int engineCopySets(const QString& session);

    std::unique_ptr<GuiTest::Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
    QString m_token;
};

void TestCsmGui::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestCsmGui::init()
{
    m_token.clear();
    m_ws = std::make_unique<GuiTest::Workspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
    m_window = GuiTest::openMainWindow(*m_ws);
    QVERIFY(m_window);
    // The demonstration's ESS holds two PPRC pairs of its own (00212019 → 100FCA31, 00312019 → 101FCA31) that would
    // refuse the sessions' starts over the same volumes: they go first.
    const CommandResult r = m_ws->run(
        u"essTerminatePprc"_s, {{u"pairs"_s, QJsonArray {u"00212019:100FCA31"_s, u"00312019:101FCA31"_s}}}, {});
    QVERIFY2(r.ok(), qPrintable(r.error.cliLine()));
    QAction* open = GuiTest::action(m_window.get(), u"actionCsmSessions"_s);
    QVERIFY(open != nullptr);
    QVERIFY(open->isEnabled());
    open->trigger();
    QVERIFY(view() != nullptr);
    view()->resize(1366, 740);
    QVERIFY(QTest::qWaitForWindowExposed(view()));
}

void TestCsmGui::cleanup()
{
    setEquivalentCommandWorkspace({});
    m_window.reset();
    m_ws.reset();
}

QString TestCsmGui::adminToken()
{
    if (m_token.isEmpty()) {
        CommandResult r = m_ws->run(u"csmUserStatus"_s, {}, {});
        if (!r.data.value(u"usersExist"_s).toBool()) {
            r = m_ws->run(u"csmSetup"_s, {{u"user"_s, kAdmin}, {u"password"_s, kPassword}}, {});
        } else {
            r = m_ws->run(u"csmLogin"_s, {{u"user"_s, kAdmin}, {u"password"_s, kPassword}}, {});
        }
        m_token = r.data.value(u"token"_s).toString();
    }
    return m_token;
}

CommandResult TestCsmGui::csm(const QString& name, QJsonObject args)
{
    args.insert(u"token"_s, adminToken());
    return m_ws->run(name, args, {});
}

void TestCsmGui::setupThroughTheStrip()
{
    QTRY_COMPARE(view()->signInPage(), CsmSessionsWindow::SetupPage);
    typeInto(view()->setupNameEdit(), kAdmin);
    typeInto(view()->setupPasswordEdit(), kPassword);
    typeInto(view()->setupConfirmEdit(), kPassword);
    clickButton(view()->setupButton());
    QTRY_COMPARE(view()->signInPage(), CsmSessionsWindow::SignedInPage);
}

void TestCsmGui::signInThroughTheStrip(const QString& user, const QString& password)
{
    if (view()->signInPage() == CsmSessionsWindow::SignedInPage) {
        clickButton(view()->signOutButton());
    }
    QTRY_COMPARE(view()->signInPage(), CsmSessionsWindow::LoginPage);
    typeInto(view()->userEdit(), user);
    typeInto(view()->passwordEdit(), password);
    clickButton(view()->signInButton());
    QTRY_COMPARE(view()->signInPage(), CsmSessionsWindow::SignedInPage);
}

void TestCsmGui::addDevices()
{
    // The demonstration connects them already; this makes sure of the locations either way.
    for (const auto& [serial, location] : {std::pair(kEssPrimary, kSite1), std::pair(kEssSecondary, kSite2)}) {
        if (!csm(u"csmAddDevice"_s, {{u"subsystem"_s, serial}, {u"location"_s, location}}).ok()) {
            const CommandResult r
                = csm(u"csmSetLocation"_s, {{u"device"_s, essDevice(serial)}, {u"location"_s, location}});
            QVERIFY2(r.ok(), qPrintable(r.error.cliLine()));
        }
    }
}

QStringList TestCsmGui::volumeIds(const QString& device)
{
    QStringList ids;
    const CommandResult r = csm(u"csmListVolumes"_s, {{u"device"_s, device}});
    for (const QJsonValue& v : r.data.value(u"volumes"_s).toArray()) {
        // Only the volumes in no session yet (the demonstration's sessions hold some).
        if (v.toObject().value(u"sessions"_s).toArray().isEmpty()) {
            ids.append(v.toObject().value(u"id"_s).toString());
        }
    }
    return ids;
}

void TestCsmGui::createMmSession(const QString& name, int copySets)
{
    CommandResult r = csm(
        u"csmCreateSession"_s, {{u"name"_s, name}, {u"type"_s, kMmType}, {u"site1"_s, kSite1}, {u"site2"_s, kSite2}});
    QVERIFY2(r.ok(), qPrintable(r.error.cliLine()));
    if (copySets == 0) {
        return;
    }
    const QStringList h1 = volumeIds(essDevice(kEssPrimary));
    const QStringList h2 = volumeIds(essDevice(kEssSecondary));
    QJsonArray sets;
    for (int i = 0; i < copySets; ++i) {
        sets.append(QJsonObject {{u"H1"_s, h1.value(i)}, {u"H2"_s, h2.value(i)}});
    }
    r = csm(u"csmAddCopySets"_s, {{u"session"_s, name}, {u"copySets"_s, sets}});
    QVERIFY2(r.ok(), qPrintable(r.error.cliLine()));
}

QJsonObject TestCsmGui::engineSession(const QString& name)
{
    const CommandResult r = csm(u"csmListSessions"_s);
    for (const QJsonValue& v : r.data.value(u"sessions"_s).toArray()) {
        if (v.toObject().value(u"name"_s).toString() == name) {
            return v.toObject();
        }
    }
    return {};
}

int TestCsmGui::engineCopySets(const QString& session)
{
    const CommandResult r = csm(u"csmListCopySets"_s, {{u"session"_s, session}});
    return r.ok() ? static_cast<int>(r.data.value(u"copySets"_s).toArray().size()) : -1;
}

void TestCsmGui::setupSignInAndOut()
{
    QTRY_COMPARE(view()->signInPage(), CsmSessionsWindow::SetupPage);
    // The two passwords must match; nothing is created until they do.
    typeInto(view()->setupNameEdit(), kAdmin);
    typeInto(view()->setupPasswordEdit(), kPassword);
    typeInto(view()->setupConfirmEdit(), u"other"_s);
    clickButton(view()->setupButton());
    QVERIFY(view()->signInError()->isVisible());
    QVERIFY(view()->signInError()->text().contains(u"differ"_s));
    QCOMPARE(view()->signInPage(), CsmSessionsWindow::SetupPage);
    QCOMPARE(view()->setupNameEdit()->text(), kAdmin); // kept
    typeInto(view()->setupConfirmEdit(), kPassword);
    clickButton(view()->setupButton());
    QTRY_COMPARE(view()->signInPage(), CsmSessionsWindow::SignedInPage);
    QVERIFY(view()->signedInLabel()->text().contains(kAdmin));
    QVERIFY(view()->signedInLabel()->text().contains(u"Administrator"_s));
    QVERIFY(!view()->controller()->token().isEmpty());
    QVERIFY(view()->createSessionButton()->isEnabled());

    // Sign out, a wrong password, then the right one.
    clickButton(view()->signOutButton());
    QTRY_COMPARE(view()->signInPage(), CsmSessionsWindow::LoginPage);
    QVERIFY(view()->controller()->token().isEmpty());
    QVERIFY(!view()->createSessionButton()->isEnabled());
    typeInto(view()->userEdit(), kAdmin);
    typeInto(view()->passwordEdit(), u"wrong"_s);
    clickButton(view()->signInButton());
    QTRY_VERIFY(view()->signInError()->isVisible());
    QVERIFY(!view()->signInError()->text().isEmpty());
    QCOMPARE(view()->signInPage(), CsmSessionsWindow::LoginPage);
    signInThroughTheStrip(kAdmin, kPassword);
    QVERIFY(view()->signedInLabel()->text().contains(kAdmin));
}

void TestCsmGui::createSessionThroughTheDialog()
{
    setupThroughTheStrip();
    m_token = view()->controller()->token();
    addDevices();
    QTRY_VERIFY(!view()->controller()->types().isEmpty());
    clickButton(view()->createSessionButton());
    auto* dialog = qobject_cast<CreateSessionDialog*>(view()->dialog());
    QVERIFY(dialog != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    // No name: refused on the dialog, nothing created.
    clickButton(dialog->okButton());
    QVERIFY(dialog->errorLabel()->isVisible());
    typeInto(dialog->nameEdit(), u"MM_Gui"_s);
    const int type = dialog->typeCombo()->findData(kMmType);
    QVERIFY(type >= 0);
    dialog->typeCombo()->setCurrentIndex(type);
    QVERIFY(dialog->locationCombo(2)->isVisibleTo(dialog));
    QVERIFY(!dialog->locationCombo(3)->isVisibleTo(dialog));
    QTRY_VERIFY(dialog->locationCombo(1)->findText(kSite1) >= 0);
    dialog->locationCombo(1)->setCurrentText(kSite1);
    dialog->locationCombo(2)->setCurrentText(kSite2);
    clickButton(dialog->okButton());
    QTRY_VERIFY(dialog->launchWizardButton()->isVisible());
    QCOMPARE(dialog->createdSession(), u"MM_Gui"_s);
    const QJsonObject session = engineSession(u"MM_Gui"_s);
    QCOMPARE(session.value(u"type"_s).toString(), kMmType);
    QCOMPARE(session.value(u"state"_s).toString(), u"Defined"_s);
    QCOMPARE(session.value(u"status"_s).toString(), u"Inactive"_s);
    QTRY_VERIFY(view()->sessionModel()->rowOf(u"MM_Gui"_s) >= 0);

    // A second session of the same name is refused in the dialog.
    // Launch Add Copy Sets Wizard opens the wizard on the new session.
    clickButton(dialog->launchWizardButton());
    QTRY_VERIFY(qobject_cast<AddCopySetsWizard*>(view()->dialog()) != nullptr);
    auto* wizard = qobject_cast<AddCopySetsWizard*>(view()->dialog());
    QCOMPARE(wizard->session(), u"MM_Gui"_s);
    QCOMPARE(wizard->roles(), (QStringList {u"H1"_s, u"H2"_s}));
    QCOMPARE(view()->currentSession(), u"MM_Gui"_s);
}

void TestCsmGui::addCopySetsWizardEndToEnd()
{
    setupThroughTheStrip();
    m_token = view()->controller()->token();
    addDevices();
    createMmSession(u"MM_Gui"_s, 0);
    // Another session holds the H2 volume the wizard will pick: Matching warns, and the copy set can still be added.
    const QStringList h1 = volumeIds(essDevice(kEssPrimary));
    const QStringList h2 = volumeIds(essDevice(kEssSecondary));
    QVERIFY(h1.size() >= 4);
    QVERIFY(h2.size() >= 4);
    createMmSession(u"Other"_s, 0);
    CommandResult r = csm(u"csmAddCopySets"_s,
        {{u"session"_s, u"Other"_s}, {u"copySets"_s, QJsonArray {QJsonObject {{u"H1"_s, h1[3]}, {u"H2"_s, h2[0]}}}}});
    QVERIFY2(r.ok(), qPrintable(r.error.cliLine()));

    QTRY_VERIFY(view()->selectSession(u"MM_Gui"_s));
    QTRY_VERIFY(view()->addCopySetsAction()->isEnabled());
    view()->addCopySetsAction()->trigger();
    auto* wizard = qobject_cast<AddCopySetsWizard*>(view()->dialog());
    QVERIFY(wizard != nullptr);
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(AddCopySetsWizard::SourcePage));
    QVERIFY(wizard->sourcePage()->rolesRadio()->isChecked());
    clickButton(wizard->button(QWizard::NextButton));

    // H1: only the storage system at site 1's location is offered.
    CsmRolePage* h1Page = wizard->rolePage(0);
    QTRY_COMPARE(wizard->currentPage(), h1Page);
    QTRY_VERIFY(h1Page->deviceCombo()->findData(essDevice(kEssPrimary)) >= 0);
    QCOMPARE(h1Page->deviceCombo()->findData(essDevice(kEssSecondary)), -1);
    h1Page->deviceCombo()->setCurrentIndex(h1Page->deviceCombo()->findData(essDevice(kEssPrimary)));
    QTRY_VERIFY(clickListItem(h1Page->volumeList(), h1[0]));
    QVERIFY(clickListItem(h1Page->volumeList(), h1[1], Qt::ControlModifier));
    QCOMPARE(h1Page->selectedVolumes(), (QStringList {h1[0], h1[1]}));
    clickButton(wizard->button(QWizard::NextButton));

    // H2: one volume for two H1s is refused on the page, and the choice stays.
    CsmRolePage* h2Page = wizard->rolePage(1);
    QTRY_COMPARE(wizard->currentPage(), h2Page);
    QTRY_VERIFY(h2Page->deviceCombo()->findData(essDevice(kEssSecondary)) >= 0);
    QCOMPARE(h2Page->deviceCombo()->findData(essDevice(kEssPrimary)), -1);
    h2Page->deviceCombo()->setCurrentIndex(h2Page->deviceCombo()->findData(essDevice(kEssSecondary)));
    QTRY_VERIFY(clickListItem(h2Page->volumeList(), h2[0]));
    clickButton(wizard->button(QWizard::NextButton));
    QCOMPARE(wizard->currentPage(), h2Page);
    QVERIFY(h2Page->errorLabel()->isVisible());
    QVERIFY(h2Page->errorLabel()->text().contains(u"as many"_s));
    QVERIFY(clickListItem(h2Page->volumeList(), h2[1], Qt::ControlModifier));
    clickButton(wizard->button(QWizard::NextButton));

    // Matching: both valid; the H2 already in session Other gives a warning.
    QTRY_COMPARE(wizard->currentId(), int(AddCopySetsWizard::MatchingPage));
    CsmMatchingPage* matching = wizard->matchingPage();
    QTRY_VERIFY(matching->answered());
    QCOMPARE(matching->acceptable().size(), 2);
    QVERIFY2(!matching->warnings().isEmpty(), qPrintable(matching->summaryLabel()->text()));
    QVERIFY(matching->warnings().join(u' ').contains(u"Other"_s));
    clickButton(wizard->button(QWizard::NextButton));

    // Select: uncheck the second copy set.
    QTRY_COMPARE(wizard->currentId(), int(AddCopySetsWizard::SelectPage));
    QListWidget* select = wizard->selectPage()->list();
    QCOMPARE(select->count(), 2);
    QVERIFY(checkListItem(select, h1[1]));
    QCOMPARE(wizard->selectPage()->chosen().size(), 1);
    clickButton(wizard->button(QWizard::NextButton));

    // Confirm, then Results.
    QTRY_COMPARE(wizard->currentId(), int(AddCopySetsWizard::ConfirmPage));
    QVERIFY(wizard->confirmPage()->summary()->text().contains(h1[0]));
    QVERIFY(!wizard->confirmPage()->summary()->text().contains(h1[1]));
    clickButton(wizard->button(QWizard::NextButton));
    QTRY_COMPARE(wizard->currentId(), int(AddCopySetsWizard::ResultsPage));
    QTRY_VERIFY(wizard->resultsPage()->done());
    QVERIFY2(wizard->resultsPage()->succeeded(), qPrintable(wizard->resultsPage()->resultLabel()->text()));
    QVERIFY(wizard->resultsPage()->resultLabel()->text().contains(u"Add copy sets complete"_s));
    clickButton(wizard->button(QWizard::FinishButton));
    QTRY_VERIFY(view()->dialog() == nullptr);

    // The copy set is in the engine, and in the list.
    r = csm(u"csmListCopySets"_s, {{u"session"_s, u"MM_Gui"_s}});
    const QJsonArray sets = r.data.value(u"copySets"_s).toArray();
    QCOMPARE(sets.size(), 1);
    QCOMPARE(sets[0].toObject().value(u"h1"_s).toString(), h1[0]);
    QCOMPARE(sets[0].toObject().value(u"volumes"_s).toObject().value(u"H2"_s).toString(), h2[0]);
    const int row = view()->sessionModel()->rowOf(u"MM_Gui"_s);
    QTRY_COMPARE(view()->sessionModel()->index(row, SessionListModel::CopySetsColumn).data().toString(), u"1"_s);
}

void TestCsmGui::addCopySetsFromCsv()
{
    setupThroughTheStrip();
    m_token = view()->controller()->token();
    addDevices();
    createMmSession(u"CSV_Test"_s, 0);
    const QStringList h1 = volumeIds(essDevice(kEssPrimary));
    const QStringList h2 = volumeIds(essDevice(kEssSecondary));
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(u"copysets.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Text));
    file.write(u"#CSV_Test,\n#%1,\n,\nH1,H2\n%2,%3\n"_s.arg(kMmType, h1[2], h2[2]).toUtf8());
    file.close();

    QTRY_VERIFY(view()->selectSession(u"CSV_Test"_s));
    QTRY_VERIFY(view()->addCopySetsAction()->isEnabled());
    view()->addCopySetsAction()->trigger();
    auto* wizard = qobject_cast<AddCopySetsWizard*>(view()->dialog());
    QVERIFY(wizard != nullptr);
    clickButton(wizard->sourcePage()->csvRadio());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // no file yet
    FileDialog::setNextFileName(path);
    clickButton(wizard->sourcePage()->browseButton());
    QVERIFY(wizard->sourcePage()->csvPreview()->toPlainText().contains(h1[2]));
    clickButton(wizard->button(QWizard::NextButton));
    QTRY_COMPARE(wizard->currentId(), int(AddCopySetsWizard::ConfirmPage));
    clickButton(wizard->button(QWizard::NextButton));
    QTRY_VERIFY(wizard->resultsPage()->done());
    QVERIFY2(wizard->resultsPage()->succeeded(), qPrintable(wizard->resultsPage()->resultLabel()->text()));
    QCOMPARE(engineCopySets(u"CSV_Test"_s), 1);
}

void TestCsmGui::startShowsTheStateInTheList()
{
    setupThroughTheStrip();
    m_token = view()->controller()->token();
    addDevices();
    createMmSession(u"MM_Start"_s, 1);
    QTRY_VERIFY(view()->selectSession(u"MM_Start"_s));
    const int row = view()->sessionModel()->rowOf(u"MM_Start"_s);
    QTRY_COMPARE(view()->sessionModel()->index(row, SessionListModel::StateColumn).data().toString(), u"Defined"_s);
    QTRY_VERIFY(view()->commandAction(u"Start H1->H2"_s) != nullptr);
    QAction* start = view()->commandAction(u"Start H1->H2"_s);
    QVERIFY(start->isEnabled());

    // Start H1->H2 overwrites H2: a typed confirmation (issue 18). Another word than "Yes" runs nothing.
    Confirm::setNextTypedAnswer(u"No"_s);
    start->trigger();
    QVERIFY(Confirm::lastConsequence() == Consequence::LosesData);
    QCOMPARE(engineSession(u"MM_Start"_s).value(u"state"_s).toString(), u"Defined"_s);

    Confirm::setNextTypedAnswer(u"Yes"_s);
    start = view()->commandAction(u"Start H1->H2"_s);
    start->trigger();
    // The confirmation showed the engine's warning (H2 is overwritten).
    QVERIFY2(Confirm::lastText().contains(u"H2"_s), qPrintable(Confirm::lastText()));
    QTRY_VERIFY(engineSession(u"MM_Start"_s).value(u"state"_s).toString() != u"Defined"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        QStringList({u"Preparing"_s, u"Prepared"_s})
            .contains(view()->sessionModel()->index(row, SessionListModel::StateColumn).data().toString()),
        10000);
    QTRY_VERIFY(!view()->statusLine()->text().isEmpty());
    // The role pair is active in the details, and the console has the command's message.
    QTRY_COMPARE(view()->rolePairModel()->rowCount(), 1);
    QTRY_COMPARE(view()->rolePairModel()->index(0, RolePairModel::ActiveColumn).data().toString(), u"Yes"_s);
    QTRY_VERIFY(view()->pictogram()->arrowDescriptions().join(u'|').contains(u"H1->H2 Synchronous active"_s));
    QTRY_VERIFY(view()->messageModel()->rowCount() > 0);
    // Start is no longer offered as such; Suspend is.
    QTRY_VERIFY(view()->commandAction(u"Suspend"_s) != nullptr);
}

void TestCsmGui::monitorHasEveryCommandDisabled()
{
    adminToken();
    addDevices();
    createMmSession(u"MM_Watch"_s, 1);
    CommandResult r = csm(
        u"csmCreateUser"_s, {{u"name"_s, u"watcher"_s}, {u"password"_s, u"watch-Pass1"_s}, {u"role"_s, u"Monitor"_s}});
    QVERIFY2(r.ok(), qPrintable(r.error.cliLine()));
    QTRY_COMPARE(view()->signInPage(), CsmSessionsWindow::LoginPage);
    signInThroughTheStrip(u"watcher"_s, u"watch-Pass1"_s);
    QVERIFY(view()->signedInLabel()->text().contains(u"Monitor"_s));
    // Sees the session and its details...
    QTRY_VERIFY(view()->selectSession(u"MM_Watch"_s));
    QTRY_VERIFY(view()->controller()->details().loaded);
    QTRY_COMPARE(view()->rolePairModel()->rowCount(), 1);
    // ...and can change nothing.
    QVERIFY(!view()->createSessionButton()->isEnabled());
    QVERIFY(!view()->createSessionAction()->isEnabled());
    for (QAction* a : {view()->propertiesAction(), view()->removeCopySetsAction(), view()->addCopySetsAction(),
             view()->exportAction(), view()->removeSessionAction()}) {
        QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
    }
    QVERIFY(!view()->commandsMenu()->isEnabled());
    for (QAction* a : view()->commandsMenu()->actions()) {
        QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
    }
    // The engine refuses a command with the Monitor's token too.
    r = m_ws->run(u"csmRunSessionCommand"_s,
        {{u"token"_s, view()->controller()->token()}, {u"name"_s, u"MM_Watch"_s}, {u"action"_s, u"start_h1:h2"_s}}, {});
    QCOMPARE(r.error.number(), kErrorNotAuthorized);
}

void TestCsmGui::operatorWithoutSessionsHasNoCommands()
{
    adminToken();
    addDevices();
    createMmSession(u"MM_Ops"_s, 1);
    createMmSession(u"MM_Mine"_s, 0);
    CommandResult r = csm(u"csmCreateUser"_s,
        {{u"name"_s, u"oper"_s}, {u"password"_s, u"oper-Pass1"_s}, {u"role"_s, u"Operator"_s},
            {u"sessions"_s, QJsonArray {u"MM_Mine"_s}}});
    QVERIFY2(r.ok(), qPrintable(r.error.cliLine()));
    signInThroughTheStrip(u"oper"_s, u"oper-Pass1"_s);
    QVERIFY(view()->signedInLabel()->text().contains(u"Operator"_s));
    QVERIFY(!view()->createSessionButton()->isEnabled());
    QTRY_VERIFY(view()->selectSession(u"MM_Ops"_s));
    QTRY_VERIFY(view()->controller()->details().loaded);
    QVERIFY(!view()->commandsMenu()->isEnabled());
    QVERIFY(!view()->addCopySetsAction()->isEnabled());
    QVERIFY(view()->commandAction(u"Start H1->H2"_s) == nullptr);
    // Its own session: copy sets may be added.
    QTRY_VERIFY(view()->selectSession(u"MM_Mine"_s));
    QTRY_VERIFY(view()->addCopySetsAction()->isEnabled());
    QVERIFY(!view()->removeSessionAction()->isEnabled());
}

void TestCsmGui::removeCopySetsKeepingTheBase()
{
    setupThroughTheStrip();
    m_token = view()->controller()->token();
    addDevices();
    // The demonstration's MM_Test: two copy sets from ESS 12019 to ESS FCA31, started here.
    const QString session = u"MM_Test"_s;
    const QStringList h1 {u"ESS:2105.12019:VOL:00412019"_s, u"ESS:2105.12019:VOL:00512019"_s};
    CommandResult r = csm(u"csmRunSessionCommand"_s, {{u"name"_s, session}, {u"action"_s, u"start_h1:h2"_s}});
    QVERIFY2(r.ok(), qPrintable(r.error.cliLine()));
    const int relationshipsBefore = static_cast<int>(m_ws->config().relationships.size());

    QTRY_VERIFY(view()->selectSession(session));
    QTRY_VERIFY(view()->removeCopySetsAction()->isEnabled());
    view()->removeCopySetsAction()->trigger();
    auto* dialog = qobject_cast<RemoveCopySetsDialog*>(view()->dialog());
    QVERIFY(dialog != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QTRY_COMPARE(dialog->copySetList()->count(), 2);
    QVERIFY(!dialog->removeButton()->isEnabled());
    QVERIFY(checkListItem(dialog->copySetList(), h1[0]));
    QCOMPARE(dialog->checkedH1(), QStringList {h1[0]});
    QCOMPARE(dialog->keepBaseYes()->text(), u"Yes, keep base hardware relationships on the storage system"_s);
    clickButton(dialog->keepBaseYes());
    QVERIFY(dialog->keepBaseYes()->isChecked());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    clickButton(dialog->removeButton());
    QTRY_VERIFY(view()->dialog() == nullptr);
    QCOMPARE(engineCopySets(session), 1);
    r = csm(u"csmListCopySets"_s, {{u"session"_s, session}});
    QCOMPARE(r.data.value(u"copySets"_s).toArray().at(0).toObject().value(u"h1"_s).toString(), h1[1]);
    // The base relationship of the removed copy set stays on the storage system.
    QCOMPARE(static_cast<int>(m_ws->config().relationships.size()), relationshipsBefore);
    const int row = view()->sessionModel()->rowOf(session);
    QTRY_COMPARE(view()->sessionModel()->index(row, SessionListModel::CopySetsColumn).data().toString(), u"1"_s);
}

void TestCsmGui::propertiesAndExport()
{
    setupThroughTheStrip();
    m_token = view()->controller()->token();
    addDevices();
    const QString firstH1 = volumeIds(essDevice(kEssPrimary)).value(0);
    createMmSession(u"MM_Props"_s, 1);
    QTRY_VERIFY(view()->selectSession(u"MM_Props"_s));
    QTRY_VERIFY(view()->controller()->details().loaded);
    QTRY_VERIFY(view()->propertiesAction()->isEnabled());
    view()->propertiesAction()->trigger();
    auto* dialog = qobject_cast<SessionPropertiesDialog*>(view()->dialog());
    QVERIFY(dialog != nullptr);
    QVERIFY(dialog->incrementalCheck() == nullptr); // FlashCopy options only for FlashCopy sessions
    typeInto(dialog->descriptionEdit(), u"Payroll to the DR site"_s);
    clickButton(dialog->okButton());
    QTRY_VERIFY(view()->dialog() == nullptr);
    QCOMPARE(engineSession(u"MM_Props"_s).value(u"description"_s).toString(), u"Payroll to the DR site"_s);

    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(u"export.csv"_s);
    FileDialog::setNextFileName(path);
    QTRY_VERIFY(view()->exportAction()->isEnabled());
    view()->exportAction()->trigger();
    QTRY_VERIFY(QFile::exists(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(u"H1,H2"_s));
    QVERIFY(text.contains(firstH1));

    // Remove Session only in Defined: here it is.
    QVERIFY(view()->removeSessionAction()->isEnabled());
}

void TestCsmGui::runLine(const QString& line, const QString& folder)
{
    const QStringList words = shellWords(line);
    QVERIFY2(words.size() > 3 && words.first() == u"csmcli"_s, qPrintable(line));
    QCOMPARE(words.at(1), u"-workspace"_s);
    QCOMPARE(words.at(2), m_ws->path());
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(Test::binary(u"csmcli"_s), words.mid(1));
    // The console's engine answers csmcli on this thread: wait with the event loop running.
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 30000);
    const QString out = QString::fromUtf8(process.readAll());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(line + u'\n' + out));
}

void TestCsmGui::csmcliRunsTheOfferedCommands()
{
    // Issue 18: the view's dialogs and confirmations offer the csmcli command that does what they do. Each one here
    // is taken as the administrator would copy it, run by the real csmcli (signed in by csmcli-auth.properties), and
    // its effect checked in the engine; the GUI itself runs nothing.
    setEquivalentCommandWorkspace(m_ws->path()); // as the console's main() does
    setupThroughTheStrip();
    m_token = view()->controller()->token();
    addDevices();
    QTemporaryDir folder;
    {
        QFile auth(QDir(folder.path()).filePath(u"csmcli-auth.properties"_s));
        QVERIFY(auth.open(QIODevice::WriteOnly));
        auth.write(u"username=%1\npassword=%2\n"_s.arg(kAdmin, kPassword).toUtf8());
        auth.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    // Create Session: mksess with the type and the locations; the dialog is cancelled.
    QTRY_VERIFY(!view()->controller()->types().isEmpty());
    clickButton(view()->createSessionButton());
    auto* create = qobject_cast<CreateSessionDialog*>(view()->dialog());
    QVERIFY(create != nullptr);
    auto* button = create->findChild<EquivalentCommandButton*>();
    QVERIFY(button != nullptr);
    QCOMPARE(button->showCommand()->commandText(), QString()); // no name yet: nothing to run
    typeInto(create->nameEdit(), u"MM_Cli"_s);
    create->typeCombo()->setCurrentIndex(create->typeCombo()->findData(kMmType));
    QTRY_VERIFY(create->locationCombo(1)->findText(kSite1) >= 0);
    create->locationCombo(1)->setCurrentText(kSite1);
    create->locationCombo(2)->setCurrentText(kSite2);
    QString line = button->showCommand()->commandText();
    QVERIFY2(line.contains(u" mksess -cptype 'Metro Mirror Failover/Failback' "_s), qPrintable(line));
    create->reject();
    QTRY_VERIFY(view()->dialog() == nullptr);
    runLine(line, folder.path());
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(engineSession(u"MM_Cli"_s).value(u"type"_s).toString(), kMmType);
    QCOMPARE(engineSession(u"MM_Cli"_s).value(u"locations"_s).toArray().size(), 2);

    // View/Modify Properties: chsess with the description typed.
    const QStringList h1 = volumeIds(essDevice(kEssPrimary));
    const QStringList h2 = volumeIds(essDevice(kEssSecondary));
    CommandResult r = csm(u"csmAddCopySets"_s,
        {{u"session"_s, u"MM_Cli"_s},
            {u"copySets"_s,
                QJsonArray {QJsonObject {{u"H1"_s, h1.value(0)}, {u"H2"_s, h2.value(0)}},
                    QJsonObject {{u"H1"_s, h1.value(1)}, {u"H2"_s, h2.value(1)}}}}});
    QVERIFY2(r.ok(), qPrintable(r.error.cliLine()));
    QTRY_VERIFY(view()->selectSession(u"MM_Cli"_s));
    QTRY_VERIFY(view()->controller()->details().loaded);
    QTRY_VERIFY(view()->propertiesAction()->isEnabled());
    view()->propertiesAction()->trigger();
    auto* properties = qobject_cast<SessionPropertiesDialog*>(view()->dialog());
    QVERIFY(properties != nullptr);
    typeInto(properties->descriptionEdit(), u"Payroll's DR copy"_s);
    line = properties->findChild<EquivalentCommandButton*>()->showCommand()->commandText();
    QVERIFY2(line.contains(u" chsess -desc 'Payroll'\\''s DR copy' MM_Cli"_s), qPrintable(line));
    properties->reject();
    QTRY_VERIFY(view()->dialog() == nullptr);
    runLine(line, folder.path());
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(engineSession(u"MM_Cli"_s).value(u"description"_s).toString(), u"Payroll's DR copy"_s);

    // Remove Copy Sets: rmcpset with the H1 checked and -keeponhw; declined in the GUI.
    QTRY_VERIFY(view()->removeCopySetsAction()->isEnabled());
    view()->removeCopySetsAction()->trigger();
    auto* remove = qobject_cast<RemoveCopySetsDialog*>(view()->dialog());
    QVERIFY(remove != nullptr);
    QTRY_COMPARE(remove->copySetList()->count(), 2);
    QVERIFY(checkListItem(remove->copySetList(), h1.value(1)));
    clickButton(remove->keepBaseYes());
    MessageBox::setNextAnswer(QMessageBox::No);
    clickButton(remove->removeButton());
    const EquivalentCommand removeSets = Confirm::lastCommand();
    QCOMPARE(removeSets.toolCommands,
        (QList<QStringList> {{u"rmcpset"_s, u"-h1"_s, h1.value(1), u"-keeponhw"_s, u"yes"_s, u"MM_Cli"_s}}));
    QCOMPARE(engineCopySets(u"MM_Cli"_s), 2);
    remove->reject();
    QTRY_VERIFY(view()->dialog() == nullptr);
    runLine(removeSets.commandLine(m_ws->path()), folder.path());
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(engineCopySets(u"MM_Cli"_s), 1);
    // What the Add Copy Sets wizard adds: one mkcpset per copy set, the volumes by role (the one just removed).
    const EquivalentCommand add = csmcliCommand({{u"csmAddCopySets"_s,
        {{u"session"_s, u"MM_Cli"_s},
            {u"copySets"_s, QJsonArray {QJsonObject {{u"H1"_s, h1.value(1)}, {u"H2"_s, h2.value(1)}}}}}}});
    QCOMPARE(add.toolCommands,
        (QList<QStringList> {{u"mkcpset"_s, u"-h1"_s, h1.value(1), u"-h2"_s, h2.value(1), u"MM_Cli"_s}}));
    runLine(add.commandLine(m_ws->path()), folder.path());
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(engineCopySets(u"MM_Cli"_s), 2);

    // Start H1->H2 (a typed confirmation), declined: cmdsess with the session's action token.
    QTRY_VERIFY(view()->commandAction(u"Start H1->H2"_s) != nullptr);
    Confirm::setNextTypedAnswer(u"No"_s);
    view()->commandAction(u"Start H1->H2"_s)->trigger();
    const EquivalentCommand start = Confirm::lastCommand();
    QCOMPARE(start.toolCommands.size(), 1);
    QCOMPARE(start.toolCommands.first().mid(0, 2), (QStringList {u"cmdsess"_s, u"-action"_s}));
    QCOMPARE(engineSession(u"MM_Cli"_s).value(u"state"_s).toString(), u"Defined"_s);
    runLine(start.commandLine(m_ws->path()), folder.path());
    if (QTest::currentTestFailed()) {
        return;
    }
    QTRY_VERIFY(engineSession(u"MM_Cli"_s).value(u"state"_s).toString() != u"Defined"_s);
    QTRY_VERIFY(
        QStringList({u"Preparing"_s, u"Prepared"_s}).contains(engineSession(u"MM_Cli"_s).value(u"state"_s).toString()));
}

void TestCsmGui::managementServersDialog()
{
    // Sessions ▸ Management Servers… (spec §5.7): this server alone is ACTIVE, stand-alone; Takeover and Remove
    // Standby wait for a partner; Define Standby and Set this Server as Standby ask for a typed Yes (a configuration
    // is overwritten) and name what is wrong when the site is not registered, changing nothing.
    setupThroughTheStrip();
    QAction* servers = view()->serversAction();
    QTRY_VERIFY(servers->isEnabled());
    servers->trigger();
    auto* dialog = qobject_cast<CsmServersDialog*>(view()->dialog());
    QVERIFY(dialog != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTRY_COMPARE(dialog->serverList()->topLevelItemCount(), 1);
    const QTreeWidgetItem* self = dialog->serverList()->topLevelItem(0);
    QCOMPARE(self->text(1), u"ACTIVE"_s);
    QCOMPARE(self->text(2), u"stand-alone"_s);
    QVERIFY(!dialog->takeoverButton()->isEnabled());
    QVERIFY(dialog->takeoverButton()->toolTip().contains(u"Only a standby takes over"_s));
    QVERIFY(!dialog->removeButton()->isEnabled());
    QVERIFY(!dialog->removeActiveButton()->isEnabled());
    QVERIFY(dialog->removeActiveButton()->toolTip().contains(u"Only a standby removes its active server"_s));
    QVERIFY(!dialog->reconnectButton()->isEnabled());
    QVERIFY(dialog->reconnectButton()->toolTip().contains(u"standby is Disconnected"_s));
    QVERIFY(!dialog->defineButton()->isEnabled());
    typeInto(dialog->standbyEdit(), u"siteB"_s);
    QVERIFY(dialog->defineButton()->isEnabled());
    Confirm::setNextTypedAnswer(u"yes"_s);
    clickButton(dialog->defineButton());
    QTRY_VERIFY2(dialog->resultLabel()->text().contains(u"IWNR3021E Management server siteB: no remote engine of "
                                                        "that name is registered here"_s),
        qPrintable(dialog->resultLabel()->text()));
    QCOMPARE(Confirm::lastConsequence(), Consequence::LosesData);
    QVERIFY(Confirm::lastText().contains(u"overwritten"_s));
    QCOMPARE(Confirm::lastCommand().toolCommands.value(0), (QStringList {u"setstdby"_s, u"-server"_s, u"siteB"_s}));
    // Set this Server as Standby: the same typed confirmation (this server's configuration is overwritten) with its
    // own csmcli command, and the same refusal for a site that is not registered.
    QVERIFY(dialog->setAsStandbyButton()->isEnabled());
    Confirm::setNextTypedAnswer(u"yes"_s);
    clickButton(dialog->setAsStandbyButton());
    QTRY_VERIFY2(dialog->resultLabel()->text().contains(u"IWNR3021E Management server siteB: no remote engine of "
                                                        "that name is registered here"_s),
        qPrintable(dialog->resultLabel()->text()));
    QCOMPARE(Confirm::lastConsequence(), Consequence::LosesData);
    QVERIFY(Confirm::lastText().contains(u"This server becomes the standby"_s));
    QCOMPARE(Confirm::lastCommand().toolCommands.value(0), (QStringList {u"setasstdby"_s, u"-server"_s, u"siteB"_s}));
    const CommandResult r = csm(u"csmListHaServers"_s);
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(r.data.value(u"servers"_s).toArray().size(), 1);
    QCOMPARE(r.data.value(u"servers"_s).toArray().at(0).toObject().value(u"role"_s).toString(), u"ACTIVE"_s);
}

void TestCsmGui::screenshot()
{
    // docs/csm-sessions.png: a started Metro Mirror session, a FlashCopy session, console messages.
    setupThroughTheStrip();
    m_token = view()->controller()->token();
    addDevices();
    CommandResult r = csm(u"csmRunSessionCommand"_s, {{u"name"_s, u"MM_Test"_s}, {u"action"_s, u"start_h1:h2"_s}});
    QVERIFY2(r.ok(), qPrintable(r.error.cliLine()));
    r = csm(u"csmRunSessionCommand"_s, {{u"name"_s, u"FCtest"_s}, {u"action"_s, u"flash"_s}});
    QVERIFY2(r.ok(), qPrintable(r.error.cliLine()));
    createMmSession(u"MM_Payroll"_s, 1);
    QTRY_VERIFY(view()->selectSession(u"MM_Test"_s));
    QTRY_COMPARE(view()->rolePairModel()->rowCount(), 1);
    QTest::qWait(600);
    const QByteArray out = qgetenv("CSM_SCREENSHOT");
    if (!out.isEmpty()) {
        QVERIFY(view()->grab().save(QString::fromLocal8Bit(out)));
    }
}

QTEST_MAIN(TestCsmGui)
#include "tst_csmgui.moc"
