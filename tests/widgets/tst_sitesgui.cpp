// SPDX-License-Identifier: GPL-3.0-or-later
// Storage Subsystem ▸ Remote Engines… (engines per site, issue 17) on a console that runs its engine in process:
// another site's copylined (a process of its own, listening) registered by typing its name, address and key file and
// clicking Add; its storage subsystems then in the console's subsystem list; bad input refused with what is wrong;
// Remove forgets it and its subsystems.
#include "dialogs/filedialog.h"
#include "dialogs/remoteenginesdialog.h"
#include "guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "testworkspace.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

void typeInto(QLineEdit* edit, const QString& text)
{
    QVERIFY(edit != nullptr);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

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

        // Registered: siteB is listed with its two DS4000 subsystems, which the console shows.
        typeInto(dialog->keyFileEdit(), b + u"/replication.key"_s);
        click(dialog->addButton());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->engineList()->topLevelItemCount(), 1, 30000);
        QTreeWidgetItem* row = dialog->engineList()->topLevelItem(0);
        QCOMPARE(row->text(0), u"siteB"_s);
        QCOMPARE(row->text(1), u"127.0.0.1:%1"_s.arg(port));
        QCOMPARE(row->text(2), u"2"_s);
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
};

QTEST_MAIN(TestSitesGui)
#include "tst_sitesgui.moc"
