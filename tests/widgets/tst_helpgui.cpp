// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18 in the console, driven like a user: "Show the Equivalent Command" on the Create FlashCopy wizard's Preview
// page (typed name, clicked button, the exact copylinectl command line, Copy, and that command line run by /bin/sh
// against a fresh workspace giving the FlashCopy that Finish gave); the same button in a "type Yes" dialog and a
// Copy Manager dialog; F1 in the main window with each view in front and in wizards opens the matching help page;
// the help window's contents list, Back/Forward and Find; and the main window's toolbar and shortcuts.
#include "dialogs/commanddialog.h"
#include "dialogs/equivalentcommanddialog.h"
#include "dialogs/helpwindow.h"
#include "dialogs/messagebox.h"
#include "families/families.h"
#include "guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "panels/ds4000/wizards/flashcopywizard.h"
#include "panels/ds4000/wizards/volumecopywizard.h"
#include "service/engine.h"
#include "views/logicalphysicalview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;
using GuiTest::action;
using GuiTest::findText;

namespace
{

void click(QAbstractButton* button)
{
    QVERIFY(button != nullptr);
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName()));
    QTest::mouseClick(button, Qt::LeftButton);
}

using GuiTest::retype;

QString binary(const QString& name)
{
    return QDir(qEnvironmentVariable("COPYLINE_BIN_DIR", QCoreApplication::applicationDirPath())).filePath(name);
}

/** Presses F1 in @p widget's window, made the active one first (shortcuts and focus follow the active window). */
void pressF1(QWidget* widget)
{
    QWidget* window = widget->window();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    QWidget* target = QApplication::focusWidget() != nullptr && QApplication::focusWidget()->window() == window
        ? QApplication::focusWidget()
        : widget;
    QTest::keyClick(target, Qt::Key_F1);
}

/** COPYLINE_SHOTS_DIR set: saves @p picture there as @p name (docs/equivalent-command.png, docs/help.png). */
void saveShot(const QPixmap& picture, const QString& name)
{
    const QString dir = qEnvironmentVariable("COPYLINE_SHOTS_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(picture.save(QDir(dir).filePath(name)));
    }
}

QString helpPage()
{
    HelpWindow* help = HelpWindow::existing();
    return help != nullptr && help->isVisible() ? help->currentPage() : QString();
}

} // namespace

class TestHelpGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init();
    void cleanup();

    void flashCopyWizardShowsTheEquivalentCommand();
    void typeYesDialogShowsTheEquivalentCommand();
    void confirmationLinkShowsTheCommand();
    void f1OpensTheHelpOfTheViewInFront();
    void f1InWizardsAndWindows();
    void helpWindowNavigatesAndFinds();
    void toolbarAndShortcuts();

private:
    QTreeView* tree() const { return m_window->logicalPhysicalView()->logicalTree(); }
    void select(const QString& text)
    {
        const QModelIndex index = findText(tree()->model(), text);
        QVERIFY2(index.isValid(), qPrintable(text));
        tree()->scrollTo(index);
        QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, tree()->visualRect(index).center());
    }
    CreateFlashCopyWizard* openFlashCopyWizard(const QString& base)
    {
        select(base);
        QAction* create = action(m_window.get(), u"actionCreateFlashCopy"_s);
        if (create == nullptr || !create->isEnabled()) {
            return nullptr;
        }
        create->trigger();
        return m_window->findChild<CreateFlashCopyWizard*>();
    }

    std::unique_ptr<GuiTest::Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

void TestHelpGui::init()
{
    m_ws = std::make_unique<GuiTest::Workspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
    setEquivalentCommandWorkspace(m_ws->path());
    m_window = GuiTest::openMainWindow(*m_ws);
    QVERIFY(m_window);
}

void TestHelpGui::cleanup()
{
    if (HelpWindow* help = HelpWindow::existing()) {
        help->hide();
    }
    m_window.reset();
    m_ws.reset();
}

void TestHelpGui::flashCopyWizardShowsTheEquivalentCommand()
{
    QPointer<CreateFlashCopyWizard> wizard = openFlashCopyWizard(u"DataVol (8.000 GB)"_s);
    QVERIFY(wizard);
    // Simple path: Introduction → Names (a name of our own, typed) → Capacity → Preview.
    click(wizard->button(QWizard::NextButton));
    QCOMPARE(wizard->currentId(), CreateFlashCopyWizard::NamesPageId);
    retype(wizard->findChild<QLineEdit*>(u"flashCopyNameLineEdit"_s), u"DataVol snap #1"_s);
    click(wizard->button(QWizard::NextButton));
    click(wizard->button(QWizard::NextButton));
    QCOMPARE(wizard->currentId(), CreateFlashCopyWizard::PreviewPageId);

    auto* show = wizard->currentPage()->findChild<QPushButton*>(u"equivalentCommandButton"_s);
    QVERIFY(show != nullptr && show->isVisible());
    click(show);
    auto* dialog = wizard->findChild<EquivalentCommandDialog*>();
    QVERIFY(dialog != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    const QString statement
        = u"create FlashCopyLogicalDrive baseLogicalDrive=\"DataVol\" userLabel=\"DataVol snap #1\" "
          "repositoryUserLabel=\"DataVol-R1\" repositoryPercentOfBase=20 "
          "warningThresholdPercent=50 repositoryFullPolicy=failFlashCopy mapping=automatic;"_s;
    const QString line = u"copylinectl -w %1 -n 'Primary Site' -c '%2'"_s.arg(shellQuoted(m_ws->path()), statement);
    QCOMPARE(dialog->commandText(), line);
    QCOMPARE(dialog->scriptText(), statement);
    auto* box = dialog->findChild<QPlainTextEdit*>(u"equivalentCommandText"_s);
    QVERIFY(box->isReadOnly());
    QVERIFY(box->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(box->font().fixedPitch() || box->font().styleHint() == QFont::Monospace
        || box->font().family().contains(u"Mono"_s, Qt::CaseInsensitive));
    click(dialog->findChild<QPushButton*>(u"copyButton"_s));
    QCOMPARE(QApplication::clipboard()->text(), line);
    {
        // The picture for the docs: the Preview page with the command in front of it.
        const QPixmap page = wizard->grab();
        const QPixmap shown = dialog->grab();
        QPixmap canvas(std::max(page.width(), shown.width() + 40), page.height() + shown.height() - 24);
        canvas.fill(Qt::white);
        QPainter painter(&canvas);
        painter.drawPixmap(0, 0, page);
        const QPoint at(40, page.height() - 24);
        painter.fillRect(QRect(at + QPoint(4, 4), shown.size()), QColor(0, 0, 0, 60));
        painter.drawPixmap(at, shown);
        painter.setPen(QColor(0x80, 0x80, 0x80));
        painter.drawRect(QRect(at, shown.size()).adjusted(0, 0, -1, -1));
        painter.end();
        saveShot(canvas, u"equivalent-command.png"_s);
    }
    dialog->close();

    // The command line, run by a shell against a fresh workspace, makes the FlashCopy that Finish makes here.
    QTemporaryDir other;
    const QString otherPath = QDir(other.path()).filePath(u"copy of the workspace"_s);
    QString run = line;
    run.replace(shellQuoted(m_ws->path()), shellQuoted(otherPath));
    run.replace(0, QStringLiteral("copylinectl").size(), shellQuoted(binary(u"copylinectl"_s)));
    QProcess sh;
    sh.start(u"/bin/sh"_s, {u"-c"_s, run});
    QVERIFY(sh.waitForFinished(120000));
    QVERIFY2(sh.exitCode() == 0, qPrintable(run + u"\n"_s + QString::fromUtf8(sh.readAllStandardError())));
    QProcess stop;
    stop.start(binary(u"copylinectl"_s), {u"-w"_s, otherPath, u"--stop"_s});
    QVERIFY(stop.waitForFinished(60000));

    click(wizard->button(QWizard::FinishButton));
    QTRY_VERIFY(wizard.isNull());
    const LogicalDrive* made = m_ws->config().logicalDriveByName(m_ws->subsystemId(), u"DataVol snap #1"_s);
    QVERIFY(made != nullptr);
    const FlashCopy mine = m_ws->config().flashCopies.value(made->id);

    Engine engine(Families::all());
    QTRY_VERIFY_WITH_TIMEOUT(!engine.openWorkspace(otherPath).isError(), 30000);
    const Configuration& theirs = engine.configuration();
    const Subsystem* primary = theirs.subsystemByName(u"Primary Site"_s);
    QVERIFY(primary != nullptr);
    const LogicalDrive* copy = theirs.logicalDriveByName(primary->id, u"DataVol snap #1"_s);
    QVERIFY(copy != nullptr);
    const FlashCopy fc = theirs.flashCopies.value(copy->id);
    QCOMPARE(theirs.logicalDrives.value(fc.baseId).name, u"DataVol"_s);
    QCOMPARE(
        theirs.logicalDrives.value(fc.repositoryId).name, m_ws->config().logicalDrives.value(mine.repositoryId).name);
    QCOMPARE(theirs.logicalDrives.value(fc.repositoryId).capacity,
        m_ws->config().logicalDrives.value(mine.repositoryId).capacity);
    QCOMPARE(fc.warningThresholdPercent, mine.warningThresholdPercent);
    QCOMPARE(fc.fullPolicy, mine.fullPolicy);
    QCOMPARE(theirs.mappingOf(fc.id) != nullptr, m_ws->config().mappingOf(mine.id) != nullptr);
    QCOMPARE(theirs.mappingOf(fc.id)->lun, m_ws->config().mappingOf(mine.id)->lun);
    engine.closeWorkspace();
}

void TestHelpGui::typeYesDialogShowsTheEquivalentCommand()
{
    QVERIFY(m_ws->run(u"createFlashCopy"_s, {{u"baseId"_s, m_ws->logicalDrive(u"Payroll"_s).id}}).ok());
    QTRY_VERIFY(findText(tree()->model(), u"Payroll-1 (10.000 GB)"_s).isValid());
    select(u"Payroll-1 (10.000 GB)"_s);
    QAction* disable = action(m_window.get(), u"actionDisableFlashCopy"_s);
    QVERIFY(disable && disable->isEnabled());
    disable->trigger();
    auto* dialog = m_window->findChild<TypeYesDialog*>();
    QVERIFY(dialog != nullptr);
    // Before "Yes" is typed: OK waits, the command can already be shown.
    QVERIFY(!dialog->okButton()->isEnabled());
    auto* show = qobject_cast<QPushButton*>(dialog->equivalentCommandButton());
    click(show);
    auto* shown = dialog->findChild<EquivalentCommandDialog*>();
    QVERIFY(shown != nullptr);
    QCOMPARE(shown->commandText(),
        u"copylinectl -w %1 -n 'Primary Site' -c 'disableFlashCopy logicalDrive [\"Payroll-1\"];'"_s.arg(
            shellQuoted(m_ws->path())));
    shown->close();
    dialog->reject();
}

void TestHelpGui::confirmationLinkShowsTheCommand()
{
    // Stop Copy, Remove Copy Pairs and Change Role ask with a message box that links to the command.
    QMessageBox box(
        QMessageBox::Question, u"Stop Copy"_s, u"Stop the copy?"_s, QMessageBox::Yes | QMessageBox::No, m_window.get());
    EquivalentCommand command;
    command.statements = {u"stop volumeCopy target [\"T\"] source [\"S\"];"_s};
    command.subsystem = u"Primary Site"_s;
    MessageBox::addEquivalentCommandLink(&box, command);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    auto* label = box.findChild<QLabel*>(u"qt_msgbox_informativelabel"_s);
    QVERIFY(label != nullptr && label->isVisible());
    QVERIFY(label->text().contains(u"Show the equivalent command"_s));
    Q_EMIT label->linkActivated(u"equivalent"_s);
    auto* dialog = box.findChild<EquivalentCommandDialog*>();
    QVERIFY(dialog != nullptr);
    QCOMPARE(dialog->commandText(),
        u"copylinectl -w %1 -n 'Primary Site' -c 'stop volumeCopy target [\"T\"] source [\"S\"];'"_s.arg(
            shellQuoted(m_ws->path())));
    QVERIFY(box.isVisible()); // the question is still open
    dialog->close();
    box.reject();
}

void TestHelpGui::f1OpensTheHelpOfTheViewInFront()
{
    const QList<QPair<MainWindow::View, QString>> views {{MainWindow::LogicalPhysical, u"logical-physical"_s},
        {MainWindow::Mappings, u"mappings"_s}, {MainWindow::EventLog, u"event-log"_s},
        {MainWindow::Performance, u"performance"_s}};
    for (const auto& [view, page] : views) {
        m_window->showView(view);
        if (HelpWindow* help = HelpWindow::existing()) {
            help->hide();
        }
        pressF1(m_window.get());
        QTRY_COMPARE(helpPage(), page);
        QVERIFY(HelpWindow::existing()->browser()->toPlainText().contains(HelpWindow::title(page)));
    }
    // Help ▸ Contents opens the list of pages; About no longer takes F1.
    QAction* contents = action(m_window.get(), u"actionHelpContents"_s);
    QVERIFY(contents != nullptr);
    contents->trigger();
    QCOMPARE(helpPage(), u"index"_s);
    QVERIFY(action(m_window.get(), u"actionAbout"_s)->shortcut().isEmpty());
    QCOMPARE(action(m_window.get(), u"actionHelpView"_s)->shortcut(), QKeySequence(QKeySequence::HelpContents));
}

void TestHelpGui::f1InWizardsAndWindows()
{
    QPointer<CreateFlashCopyWizard> wizard = openFlashCopyWizard(u"DataVol (8.000 GB)"_s);
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    pressF1(wizard->currentPage());
    QTRY_COMPARE(helpPage(), u"flashcopy-wizard"_s);
    wizard->reject();

    select(u"Payroll (10.000 GB)"_s);
    QAction* createCopy = action(m_window.get(), u"actionCreateVolumeCopy"_s);
    QVERIFY(createCopy && createCopy->isEnabled());
    createCopy->trigger();
    auto* copyWizard = m_window->findChild<CreateVolumeCopyWizard*>();
    QVERIFY(copyWizard);
    QVERIFY(QTest::qWaitForWindowExposed(copyWizard));
    pressF1(copyWizard->currentPage());
    QTRY_COMPARE(helpPage(), u"volumecopy-wizard"_s);
    copyWizard->reject();

    // A window of its own: the Copy Manager.
    QAction* manager = action(m_window.get(), u"actionCopyManager"_s);
    QVERIFY(manager && manager->isEnabled());
    manager->trigger();
    QWidget* copyManager = m_window->findChild<QWidget*>(u"copyManagerWindow"_s);
    QVERIFY(copyManager);
    QVERIFY(QTest::qWaitForWindowExposed(copyManager));
    pressF1(copyManager);
    QTRY_COMPARE(helpPage(), u"copy-manager"_s);
    copyManager->close();

    // A window without a page of its own: the page of the window it belongs to.
    QWidget dialog(m_window.get(), Qt::Dialog);
    QCOMPARE(HelpWindow::pageFor(&dialog), u"logical-physical"_s);
    QCOMPARE(HelpWindow::pageFor(m_window.get()), u"logical-physical"_s);
}

void TestHelpGui::helpWindowNavigatesAndFinds()
{
    HelpWindow* help = HelpWindow::instance();
    help->showPage(u"index"_s);
    QVERIFY(QTest::qWaitForWindowExposed(help));
    // Every page of the contents exists and has its title.
    for (int row = 0; row < help->contents()->count(); ++row) {
        const QString page = help->contents()->item(row)->data(Qt::UserRole).toString();
        help->showPage(page);
        QCOMPARE(help->currentPage(), page);
        QVERIFY2(help->browser()->toPlainText().contains(HelpWindow::title(page)), qPrintable(page));
    }
    // A click in the contents list opens the page; Back returns.
    help->showPage(u"index"_s);
    QListWidget* list = help->contents();
    const int row = static_cast<int>(HelpWindow::pages().indexOf(u"copy-manager"_s));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
    QCOMPARE(help->currentPage(), u"copy-manager"_s);
    QCOMPARE(list->currentRow(), row);
    auto* bar = help->findChild<QToolBar*>(u"helpToolBar"_s);
    QAction* back = help->findChild<QAction*>(u"helpBackAction"_s);
    QVERIFY(bar && back && back->isEnabled());
    back->trigger();
    QCOMPARE(help->currentPage(), u"index"_s);
    QAction* forward = help->findChild<QAction*>(u"helpForwardAction"_s);
    QVERIFY(forward->isEnabled());
    forward->trigger();
    QCOMPARE(help->currentPage(), u"copy-manager"_s);

    // Find: typed in the box, Enter; a word that is not there says so.
    auto* find = help->findChild<QLineEdit*>(u"helpFindEdit"_s);
    QVERIFY(find);
    find->setFocus();
    QTest::keyClicks(find, u"Re-Copy"_s);
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(help->browser()->textCursor().selectedText(), u"Re-Copy"_s);
    QVERIFY(!help->find(u"no such words here"_s));
    QCOMPARE(help->findChild<QLabel*>(u"helpFindStatusLabel"_s)->text(), u"Not found"_s);
    // A link to another page follows.
    help->showPage(u"index"_s);
    help->browser()->setSource(QUrl(u"flashcopy-wizard.html"_s));
    QCOMPARE(help->currentPage(), u"flashcopy-wizard"_s);
    QCOMPARE(list->currentRow(), static_cast<int>(HelpWindow::pages().indexOf(u"flashcopy-wizard"_s)));
    QVERIFY(list->item(list->currentRow())->isSelected());
    saveShot(help->grab(), u"help.png"_s);
}

void TestHelpGui::toolbarAndShortcuts()
{
    auto* bar = m_window->findChild<QToolBar*>(u"mainToolBar"_s);
    QVERIFY(bar != nullptr && bar->isVisible());
    QStringList onBar;
    for (QAction* a : bar->actions()) {
        if (!a->isSeparator()) {
            onBar.append(a->objectName());
            QVERIFY2(!a->iconText().contains(u'&') && !a->iconText().isEmpty(), qPrintable(a->objectName()));
        }
    }
    for (const QString& name : {u"actionCreateFlashCopy"_s, u"actionCreateVolumeCopy"_s, u"actionCopyManager"_s,
             u"actionCreateRemoteMirror"_s, u"actionViewEventLog"_s}) {
        QVERIFY2(onBar.contains(name), qPrintable(name));
    }

    // Every action of the window and its menus: no key sequence twice; no two items of one menu (nor two menus of
    // the menu bar) with the same Alt+letter.
    QList<QAction*> all = m_window->actions();
    QList<QMenu*> menus;
    QStringList clashes;
    auto mnemonic = [](const QString& text) -> QString {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text[i] == u'&') {
                if (text[i + 1] == u'&') {
                    ++i;
                    continue;
                }
                return text[i + 1].toLower();
            }
        }
        return {};
    };
    auto checkMnemonics = [&](const QString& where, const QList<QAction*>& actions) {
        QHash<QString, QString> used;
        for (QAction* a : actions) {
            if (a->isSeparator() || !a->isVisible()) {
                continue;
            }
            const QString m = mnemonic(a->text());
            if (m.isEmpty()) {
                continue;
            }
            if (used.contains(m)) {
                clashes.append(
                    u"%1: Alt+%2 is both \"%3\" and \"%4\""_s.arg(where, m.toUpper(), used.value(m), a->text()));
            }
            used.insert(m, a->text());
        }
    };
    checkMnemonics(u"menu bar"_s, m_window->menuBar()->actions());
    for (QAction* a : m_window->menuBar()->actions()) {
        if (a->menu() != nullptr) {
            menus.append(a->menu());
        }
    }
    while (!menus.isEmpty()) {
        QMenu* menu = menus.takeFirst();
        checkMnemonics(menu->title(), menu->actions());
        for (QAction* a : menu->actions()) {
            all.append(a);
            if (a->menu() != nullptr) {
                menus.append(a->menu());
            }
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
    QHash<QString, QAction*> byKey;
    for (QAction* a : std::as_const(all)) {
        for (const QKeySequence& key : a->shortcuts()) {
            if (key.isEmpty()) {
                continue;
            }
            const QString text = key.toString(QKeySequence::PortableText);
            if (byKey.contains(text) && byKey.value(text) != a) {
                clashes.append(u"%1: %2 and %3"_s.arg(text, byKey.value(text)->objectName(), a->objectName()));
            }
            byKey.insert(text, a);
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
    QVERIFY(byKey.contains(u"F1"_s));

    // The shortcuts work: Ctrl+3 shows the Event Log, Ctrl+1 the Logical/Physical view, Ctrl+Shift+F opens the wizard.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->currentView(), MainWindow::EventLog);
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentView(), MainWindow::LogicalPhysical);
    select(u"DataVol (8.000 GB)"_s);
    QTest::keyClick(tree(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<CreateFlashCopyWizard> wizard = m_window->findChild<CreateFlashCopyWizard*>();
    QVERIFY(wizard);
    wizard->reject();
}

QTEST_MAIN(TestHelpGui)
#include "tst_helpgui.moc"
