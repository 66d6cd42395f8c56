// SPDX-License-Identifier: GPL-3.0-or-later
// The Recovery Guru in the console (issue 18), driven like a user on a real engine: the status area's "Needs
// Attention" indicator says why and opens it; Storage Subsystem ▸ Recovery Guru… opens it (and says plainly when
// nothing has failed); the Event Log's "Recovery Guru…" button and context menu open it with the event's problem
// selected; the list follows the engine live, a problem leaving it once fixed, and Recheck reads again.
// COPYLINE_GURU_SHOT=<file.png> saves a picture of the dialog with two problems.
#include "dialogs/recoverygurudialog.h"
#include "guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/statusarea.h"
#include "models/eventlogmodel.h"
#include "models/roles.h"
#include "util/bytesize.h"
#include "views/eventlogview.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

class TestRecoveryGuru : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init();
    void cleanup();

    void menuActionSaysNoFailures();
    void statusAreaIndicatorOpensTheGuruAndFollowsFixes();
    void eventLogOpensTheGuruWithTheEventsProblem();

private:
    void run(const QString& name, const QJsonObject& args)
    {
        const CommandResult r = m_ws->run(name, args);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
    }
    /** A FlashCopy of a new 64 MB drive whose 8 MB repository overflows: Failed. */
    void failFlashCopy();
    /** A VolumeCopy whose source cannot be read: Copy Failed (Event 6600). */
    void failVolumeCopy();
    /** Copy ▸ Stop of every failed copy (the ids first: each command brings a new snapshot). */
    void stopFailedCopies()
    {
        QList<ObjectId> failed;
        for (const VolumeCopy& vc : m_ws->config().volumeCopies) {
            if (vc.status == VolumeCopyStatus::Failed) {
                failed.append(vc.id);
            }
        }
        for (const ObjectId id : failed) {
            run(u"stopVolumeCopy"_s, {{u"id"_s, id}});
        }
    }
    QStringList listTexts(RecoveryGuruDialog* guru) const
    {
        QStringList texts;
        for (int i = 0; i < guru->problemList()->count(); ++i) {
            texts.append(guru->problemList()->item(i)->text());
        }
        return texts;
    }

    std::unique_ptr<GuiTest::Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

void TestRecoveryGuru::init()
{
    m_ws = std::make_unique<GuiTest::Workspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
    m_window = GuiTest::openMainWindow(*m_ws);
    QVERIFY(m_window);
}

void TestRecoveryGuru::cleanup()
{
    m_window.reset();
    m_ws.reset();
}

void TestRecoveryGuru::failFlashCopy()
{
    run(u"createLogicalDrive"_s,
        {{u"arrayId"_s, m_ws->logicalDrive(u"Accounting"_s).arrayId}, {u"userLabel"_s, u"Small"_s},
            {u"capacity"_s, 64 * MiB}});
    run(u"createFlashCopy"_s, {{u"baseId"_s, m_ws->logicalDrive(u"Small"_s).id}, {u"repositoryPercentOfBase"_s, 1}});
    run(u"writeLogicalDrive"_s,
        {{u"targets"_s, QJsonArray {u"Small"_s}}, {u"offset"_s, 0}, {u"length"_s, 20 * MiB}, {u"seed"_s, 4}});
    QTRY_COMPARE(m_ws->config().flashCopyOf(m_ws->logicalDrive(u"Small-1"_s).id)->status, FlashCopyStatus::Failed);
}

void TestRecoveryGuru::failVolumeCopy()
{
    const ObjectId array = m_ws->logicalDrive(u"Accounting"_s).arrayId;
    run(u"createLogicalDrive"_s, {{u"arrayId"_s, array}, {u"userLabel"_s, u"Ledger"_s}, {u"capacity"_s, 64 * MiB}});
    run(u"createLogicalDrive"_s,
        {{u"arrayId"_s, array}, {u"userLabel"_s, u"Ledger-Copy"_s}, {u"capacity"_s, 64 * MiB}});
    run(u"writeLogicalDrive"_s,
        {{u"targets"_s, QJsonArray {u"Ledger"_s}}, {u"offset"_s, 0}, {u"length"_s, 4 * MiB}, {u"seed"_s, 3}});
    run(u"injectFault"_s, {{u"id"_s, m_ws->logicalDrive(u"Ledger"_s).id}, {u"fault"_s, u"readError"_s}});
    run(u"createVolumeCopy"_s,
        {{u"sourceId"_s, m_ws->logicalDrive(u"Ledger"_s).id},
            {u"targetId"_s, m_ws->logicalDrive(u"Ledger-Copy"_s).id}});
    QTRY_VERIFY_WITH_TIMEOUT(
        [&]() {
            for (const VolumeCopy& vc : m_ws->config().volumeCopies) {
                if (vc.status == VolumeCopyStatus::Failed) {
                    return true;
                }
            }
            return false;
        }(),
        30000);
}

void TestRecoveryGuru::menuActionSaysNoFailures()
{
    QToolButton* indicator = m_window->statusArea()->attentionButton();
    QVERIFY(indicator->isHidden()); // Optimal: no indicator
    QAction* guruAction = GuiTest::action(m_window.get(), u"actionRecoveryGuru"_s);
    QVERIFY(guruAction);
    QVERIFY(guruAction->isEnabled());
    // It sits in the Storage Subsystem menu.
    auto* menu = m_window->findChild<QMenu*>(u"menuStorageSubsystem"_s);
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(guruAction));
    guruAction->trigger();
    RecoveryGuruDialog* guru = m_window->recoveryGuru();
    QVERIFY(guru);
    QVERIFY(QTest::qWaitForWindowExposed(guru));
    QCOMPARE(guru->windowTitle(), u"Recovery Guru - Primary Site"_s);
    QVERIFY(guru->problemKeys().isEmpty());
    QVERIFY(guru->noFailuresLabel()->isVisible());
    QVERIFY(guru->noFailuresLabel()->text().startsWith(u"No failures were detected on the storage subsystem."_s));
    QCOMPARE(listTexts(guru), QStringList {u"No failures detected"_s});
    // One instance: the action raises it again.
    guruAction->trigger();
    QCOMPARE(m_window->findChildren<RecoveryGuruDialog*>().size(), 1);
    QTest::mouseClick(guru->findChild<QPushButton*>(u"closeButton"_s), Qt::LeftButton);
    QTRY_VERIFY(m_window->recoveryGuru() == nullptr); // deleted on close
}

void TestRecoveryGuru::statusAreaIndicatorOpensTheGuruAndFollowsFixes()
{
    failFlashCopy();
    QToolButton* indicator = m_window->statusArea()->attentionButton();
    QTRY_VERIFY(indicator->isVisible());
    QCOMPARE(indicator->text(), u"Needs Attention"_s);
    // The tooltip says why.
    QVERIFY2(indicator->toolTip().contains(u"FlashCopy logical drive Small-1 has failed"_s),
        qPrintable(indicator->toolTip()));
    QVERIFY(indicator->toolTip().contains(u"Recovery Guru"_s));
    // So does the subsystem's tooltip in the Storage Subsystems list.
    QTRY_VERIFY(m_window->subsystemList()
                    ->currentIndex()
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"\u2022 FlashCopy logical drive Small-1 has failed"_s));
    // The indicator does not make the window wider than a 1366x768 screen.
    QVERIFY2(
        m_window->minimumSizeHint().width() <= 1366, qPrintable(QString::number(m_window->minimumSizeHint().width())));
    if (const QString shot = qEnvironmentVariable("COPYLINE_GURU_WINDOW_SHOT"); !shot.isEmpty()) {
        m_window->resize(1366, 768);
        QVERIFY(m_window->grab().save(shot));
    }

    QTest::mouseClick(indicator, Qt::LeftButton);
    RecoveryGuruDialog* guru = m_window->recoveryGuru();
    QVERIFY(guru);
    QVERIFY(QTest::qWaitForWindowExposed(guru));
    QCOMPARE(listTexts(guru), QStringList {u"Failed FlashCopy Logical Drive"_s});
    QVERIFY(!guru->noFailuresLabel()->isVisible());
    QCOMPARE(guru->currentKey(), u"flashCopyFailed:%1"_s.arg(m_ws->logicalDrive(u"Small-1"_s).id));
    QCOMPARE(guru->summaryText(), u"Primary Site\nFlashCopy logical drive Small-1\nFailed"_s);
    const QString details = guru->detailsView()->toPlainText();
    QVERIFY2(details.contains(u"Base logical drive: Small"_s), qPrintable(details));
    QVERIFY(details.contains(u"FlashCopy repository logical drive: Small-R1"_s));
    const QString procedure = guru->procedureView()->toPlainText();
    QVERIFY2(procedure.contains(u"What caused the problem?"_s), qPrintable(procedure));
    QVERIFY(procedure.contains(u"\"Fail FlashCopy logical drive\""_s));
    QVERIFY(procedure.contains(u"Logical Drive ▸ FlashCopy ▸ Re-create…"_s));
    // The steps are numbered: an ordered list.
    QVERIFY(guru->procedureView()->toHtml().contains(u"-qt-list-number"_s)
        || guru->procedureView()->toHtml().contains(u"<ol"_s));

    // A second failure appears while the Guru is open, without Recheck.
    failVolumeCopy();
    QTRY_COMPARE(
        listTexts(guru), (QStringList {u"Failed FlashCopy Logical Drive"_s, u"VolumeCopy Operation Failed"_s}));
    QCOMPARE(guru->currentKey().section(u':', 0, 0), u"flashCopyFailed"_s); // the selection stayed
    QTRY_COMPARE(indicator->text(), u"Needs Attention (2)"_s);
    guru->problemList()->setCurrentRow(1);
    QVERIFY(guru->procedureView()->toPlainText().contains(u"Copy ▸ Stop…"_s));
    QVERIFY(guru->summaryText().contains(u"Copy Failed"_s));
    if (const QString shot = qEnvironmentVariable("COPYLINE_GURU_SHOT"); !shot.isEmpty()) {
        guru->problemList()->setCurrentRow(0);
        QVERIFY(guru->grab().save(shot));
    }

    // Fixed by the recovery steps: Re-create, then Stop. Each problem leaves the list as it is fixed.
    run(u"recreateFlashCopy"_s, {{u"id"_s, m_ws->logicalDrive(u"Small-1"_s).id}});
    QTRY_COMPARE(listTexts(guru), QStringList {u"VolumeCopy Operation Failed"_s});
    QCOMPARE(guru->currentKey().section(u':', 0, 0), u"volumeCopyFailed"_s);
    stopFailedCopies();
    QTRY_VERIFY(guru->noFailuresLabel()->isVisible());
    QVERIFY(guru->problemKeys().isEmpty());
    QTRY_VERIFY(indicator->isHidden());
    // Recheck reads the engine again and says when.
    auto* checked = guru->findChild<QLabel*>(u"lastCheckedLabel"_s);
    checked->clear();
    QTest::mouseClick(guru->recheckButton(), Qt::LeftButton);
    QVERIFY(checked->text().startsWith(u"Last checked:"_s));
    QVERIFY(guru->noFailuresLabel()->isVisible());
}

void TestRecoveryGuru::eventLogOpensTheGuruWithTheEventsProblem()
{
    failFlashCopy();
    failVolumeCopy();
    m_window->showView(MainWindow::EventLog);
    EventLogView* log = m_window->eventLogView();
    QTableView* table = log->table();
    auto* filter = qobject_cast<QSortFilterProxyModel*>(table->model());
    QVERIFY(filter);
    const auto rowOf = [&](const QString& type) {
        for (int row = 0; row < filter->rowCount(); ++row) {
            if (filter->index(row, EventLogModel::TypeColumn).data().toString() == type) {
                return row;
            }
        }
        return -1;
    };
    QTRY_VERIFY(rowOf(u"6600"_s) >= 0);
    QPushButton* button = log->recoveryGuruButton();
    // An informational event raised nothing: no Recovery Guru for it.
    for (int row = 0; row < filter->rowCount(); ++row) {
        if (!filter->index(row, 0).data(AttentionRole).toBool()) {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(filter->index(row, 1)).center());
            break;
        }
    }
    QVERIFY(!button->isEnabled());
    // Event 6600: the button opens the Guru with the failed VolumeCopy selected (the FlashCopy is listed first).
    const QModelIndex event6600 = filter->index(rowOf(u"6600"_s), 1);
    table->scrollTo(event6600);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(event6600).center());
    QVERIFY(button->isEnabled());
    QVERIFY(button->toolTip().contains(u"recovery procedure of the problem this event reported"_s));
    QTest::mouseClick(button, Qt::LeftButton);
    RecoveryGuruDialog* guru = m_window->recoveryGuru();
    QVERIFY(guru);
    QVERIFY(QTest::qWaitForWindowExposed(guru));
    QCOMPARE(guru->problemKeys().size(), 2);
    QCOMPARE(guru->currentKey().section(u':', 0, 0), u"volumeCopyFailed"_s);
    QVERIFY(guru->summaryText().contains(u"VolumeCopy pair Ledger > Ledger-Copy"_s));

    // The context menu of the FlashCopy's event selects the FlashCopy's problem in the open Guru.
    const int fcRow = rowOf(u"2005"_s);
    QVERIFY(fcRow >= 0);
    const QRect fcRect = table->visualRect(filter->index(fcRow, 1));
    bool triggered = false;
    QTimer::singleShot(0, this, [&]() {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (menu != nullptr) {
            QAction* entry = menu->findChild<QAction*>(u"actionEventRecoveryGuru"_s);
            if (entry != nullptr && entry->isEnabled()) {
                triggered = true;
                entry->trigger();
            }
            menu->close();
        }
    });
    Q_EMIT table->customContextMenuRequested(fcRect.center());
    QVERIFY(triggered);
    QCOMPARE(guru->currentKey().section(u':', 0, 0), u"flashCopyFailed"_s);
    QCOMPARE(m_window->findChildren<RecoveryGuruDialog*>().size(), 1);

    // Once the copy is stopped its event still offers the Guru, which shows what is left.
    stopFailedCopies();
    QTRY_COMPARE(guru->problemKeys().size(), 1);
    const QModelIndex again = filter->index(rowOf(u"6600"_s), 1);
    table->scrollTo(again);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(again).center());
    QVERIFY(button->isEnabled());
    QTRY_VERIFY(button->toolTip().contains(u"no longer present"_s));
    QVERIFY(log->selectedProblemKey().isEmpty());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(guru->currentKey().section(u':', 0, 0), u"flashCopyFailed"_s);
}

QTEST_MAIN(TestRecoveryGuru)
#include "tst_recoveryguru.moc"
