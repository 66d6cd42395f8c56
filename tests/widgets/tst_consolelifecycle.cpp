// SPDX-License-Identifier: GPL-3.0-or-later
// Quitting the console: with the engine in this process and a VolumeCopy running, Exit asks (Cancel keeps
// everything going, Stop and Quit closes, Keep Running in Background hands the workspace to copylined, which
// finishes the copy); idle, it quits at once; attached to copylined, it only detaches.
#include "guitestsupport.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/statusarea.h"
#include "server/engineclient.h"
#include "server/remoteconnection.h"
#include "service/engine.h"
#include "testworkspace.h"
#include "util/bytesize.h"

#include <QAction>
#include <QJsonArray>
#include <QLockFile>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run ctl(const QString& workspace, const QString& script, const QStringList& extra = {})
{
    QProcess p;
    p.start(Test::binary(u"copylinectl"_s),
        QStringList {u"--workspace"_s, workspace} + extra + QStringList {u"-c"_s, script});
    if (!p.waitForFinished(120000)) {
        p.kill();
        return {-2, {}, u"copylinectl timed out"_s};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

using Test::lockHolder;

QString checksumOf(const QString& out)
{
    static const QRegularExpression hex(u"([0-9a-f]{64})"_s);
    return hex.match(out).captured(1);
}

/** Stops the copylined a test started, pass or fail. */
struct DaemonGuard
{
    QString workspace;
    ~DaemonGuard()
    {
        QProcess::execute(Test::binary(u"copylinectl"_s), {u"--workspace"_s, workspace, u"--stop"_s, u"-S"_s});
    }
};

} // namespace

class TestConsoleLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void idleConsoleQuitsWithoutAsking();
    void cancelKeepsTheConsoleAndTheCopy();
    void stopAndQuitClosesTheWorkspace();
    void keepRunningHandsTheCopyToCopylined();
    void attachedConsoleOnlyDetaches();
    void attachedConsoleReconnectsToARestartedEngine();

private:
    /** Src (64 MB of pattern 5) copied to Dst at 8 MB/s, so the copy runs for several seconds. */
    ObjectId startSlowCopy();
    /** Exit (Ctrl+Q's action) and the dialog it shows. */
    QMessageBox* exitAndAsk();
    VolumeCopy pair(ObjectId id) const { return m_ws->config().volumeCopies.value(id); }
    double progress(ObjectId id) const
    {
        const CopyRuntime rt = m_ws->snapshot()->copies.value(id);
        return rt.grains > 0 ? static_cast<double>(rt.grainsCopied) / static_cast<double>(rt.grains) : 0.0;
    }

    std::unique_ptr<GuiTest::Workspace> m_ws;
    std::unique_ptr<MainWindow> m_window;
};

void TestConsoleLifecycle::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    qputenv("COPYLINE_DAEMON", Test::binary(u"copylined"_s).toLocal8Bit());
}

void TestConsoleLifecycle::init()
{
    m_ws = std::make_unique<GuiTest::Workspace>();
    QVERIFY2(m_ws->ok(), qPrintable(m_ws->errorText()));
    m_window = GuiTest::openMainWindow(*m_ws);
    QVERIFY(m_window);
}

void TestConsoleLifecycle::cleanup()
{
    m_window.reset();
    m_ws.reset();
}

ObjectId TestConsoleLifecycle::startSlowCopy()
{
    const ObjectId arrayId = m_ws->logicalDrive(u"Accounting"_s).arrayId;
    for (const QString& name : {u"Src"_s, u"Dst"_s}) {
        const CommandResult r = m_ws->run(
            u"createLogicalDrive"_s, {{u"arrayId"_s, arrayId}, {u"userLabel"_s, name}, {u"capacity"_s, 64 * MiB}});
        if (!r.ok()) {
            qWarning("%s", qPrintable(r.error.message()));
            return 0;
        }
    }
    CommandResult r = m_ws->run(u"writeLogicalDrive"_s,
        {{u"targets"_s, QJsonArray {u"Src"_s}}, {u"offset"_s, 0}, {u"length"_s, 64 * MiB}, {u"seed"_s, 5}});
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.error.message()));
        return 0;
    }
    r = m_ws->run(u"setStorageSubsystem"_s, {{u"copyBandwidth"_s, u"8 MB"_s}});
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.error.message()));
        return 0;
    }
    r = m_ws->run(u"createVolumeCopy"_s,
        {{u"sourceId"_s, m_ws->logicalDrive(u"Src"_s).id}, {u"targetId"_s, m_ws->logicalDrive(u"Dst"_s).id},
            {u"copyPriority"_s, u"highest"_s}});
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.error.message()));
        return 0;
    }
    return r.data.value(u"id"_s).toInteger();
}

QMessageBox* TestConsoleLifecycle::exitAndAsk()
{
    QAction* exit = GuiTest::action(m_window.get(), u"actionExit"_s);
    if (exit == nullptr) {
        return nullptr;
    }
    exit->trigger();
    if (!QTest::qWaitFor([this]() { return m_window->quitDialog() && m_window->quitDialog()->isVisible(); }, 5000)) {
        return nullptr;
    }
    return m_window->findChild<QMessageBox*>(u"quitDialog"_s);
}

void TestConsoleLifecycle::idleConsoleQuitsWithoutAsking()
{
    QVERIFY(m_window->runsEngine()); // LocalConnection::runsInProcess()
    QVERIFY(m_window->runningWork().isEmpty());
    QVERIFY(m_window->statusArea()->connectionToolTip().contains(u"asks whether to keep them running"_s));
    QVERIFY(m_window->close());
    QVERIFY(!m_window->isVisible());
    QVERIFY(m_window->findChild<QMessageBox*>() == nullptr);
    QCOMPARE(m_window->quitChoice(), MainWindow::QuitChoice::StopEngine);
}

void TestConsoleLifecycle::cancelKeepsTheConsoleAndTheCopy()
{
    const ObjectId id = startSlowCopy();
    QVERIFY(id != 0);
    QTRY_COMPARE(pair(id).status, VolumeCopyStatus::InProgress);

    QMessageBox* box = exitAndAsk();
    QVERIFY(box);
    QCOMPARE(box->windowTitle(), u"Confirm Exit"_s);
    QVERIFY2(box->text().contains(u"VolumeCopy Src to Dst: Copy In Progress"_s), qPrintable(box->text()));
    QVERIFY(box->findChild<QPushButton*>(u"keepRunningButton"_s));
    QVERIFY(box->findChild<QPushButton*>(u"stopAndQuitButton"_s));
    QPointer<QMessageBox> guard(box);
    QTest::mouseClick(box->findChild<QPushButton*>(u"cancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull() || !guard->isVisible());

    // The console is still open and the copy goes on.
    QTest::qWait(300);
    QVERIFY(m_window->isVisible());
    const double before = progress(id);
    QTRY_VERIFY_WITH_TIMEOUT(progress(id) > before, 10000);
    QCOMPARE(pair(id).status, VolumeCopyStatus::InProgress);
    QCOMPARE(lockHolder(m_ws->path()), QCoreApplication::applicationPid());
}

void TestConsoleLifecycle::stopAndQuitClosesTheWorkspace()
{
    const ObjectId id = startSlowCopy();
    QVERIFY(id != 0);
    QTRY_COMPARE(pair(id).status, VolumeCopyStatus::InProgress);
    QMessageBox* box = exitAndAsk();
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton*>(u"stopAndQuitButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_window->isVisible());
    QCOMPARE(m_window->quitChoice(), MainWindow::QuitChoice::StopEngine);
    // What main() does then: the engine closes with the console and nobody holds the workspace.
    m_ws->close();
    QCOMPARE(lockHolder(m_ws->path()), qint64(0));
}

void TestConsoleLifecycle::keepRunningHandsTheCopyToCopylined()
{
    const ObjectId id = startSlowCopy();
    QVERIFY(id != 0);
    CommandResult r = m_ws->run(u"startHostWorkload"_s, {{u"host"_s, u"east-app01"_s}, {u"rate"_s, u"1 MB"_s}});
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QTRY_COMPARE(pair(id).status, VolumeCopyStatus::InProgress);
    QTRY_VERIFY(m_ws->snapshot()->workloads.size() == 1);
    const QString workspace = m_ws->path();
    DaemonGuard guard {workspace};

    QMessageBox* box = exitAndAsk();
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"Host east-app01: workload running"_s), qPrintable(box->text()));
    QTest::mouseClick(box->findChild<QPushButton*>(u"keepRunningButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_window->isVisible());
    QCOMPARE(m_window->quitChoice(), MainWindow::QuitChoice::KeepRunning);
    const double handedOverAt = progress(id);
    QVERIFY(handedOverAt < 1.0);

    // What main() does then: the console's engine closes and copylined takes the workspace over.
    m_window->setConnection(nullptr, QString());
    const Error err = m_ws->connection()->handOverToDaemon(EngineClient::defaultDaemonPath());
    QVERIFY2(!err.isError(), qPrintable(err.message()));
    const qint64 daemon = lockHolder(workspace);
    QVERIFY(daemon > 0);
    QVERIFY(daemon != QCoreApplication::applicationPid());
    QCOMPARE(::kill(static_cast<pid_t>(daemon), 0), 0);

    // The workload runs there, and the copy goes on to completion with the source's data.
    Run shown = ctl(workspace, u"show hostWorkloads;"_s, {u"--no-start"_s});
    QVERIFY2(shown.out.contains(u"east-app01"_s), qPrintable(shown.out + shown.err));
    QTRY_VERIFY_WITH_TIMEOUT(
        ctl(workspace, u"show volumeCopy target [\"Dst\"];"_s, {u"--no-start"_s}).out.contains(u"Completed"_s), 90000);
    const Run src = ctl(workspace, u"show logicalDrive [\"Src\"] checksum;"_s, {u"--no-start"_s});
    const Run dst = ctl(workspace, u"show logicalDrive [\"Dst\"] checksum;"_s, {u"--no-start"_s});
    QVERIFY(!checksumOf(src.out).isEmpty());
    QCOMPARE(checksumOf(dst.out), checksumOf(src.out));
    QCOMPARE(lockHolder(workspace), daemon);
}

void TestConsoleLifecycle::attachedConsoleOnlyDetaches()
{
    // copylined serves another workspace; the console attaches to it as main() does when one is running.
    QTemporaryDir dir;
    DaemonGuard guard {dir.path()};
    EngineClient client;
    Error err = client.connectOrStart(dir.path(), EngineClient::defaultDaemonPath());
    QVERIFY2(!err.isError(), qPrintable(err.message()));
    const qint64 daemon = client.peerPid();
    RemoteConnection remote;
    err = remote.connectTo(dir.path());
    QVERIFY2(!err.isError(), qPrintable(err.message()));
    m_window->setConnection(&remote, u"Attached to %1"_s.arg(remote.description()));
    QVERIFY(!m_window->runsEngine());
    QVERIFY(m_window->statusArea()->connectionToolTip().contains(u"Exit detaches the console"_s));
    QVERIFY(GuiTest::action(m_window.get(), u"actionExit"_s)->statusTip().contains(u"detaches"_s));
    // A copy runs in copylined, yet Exit closes at once: nothing stops.
    QCOMPARE(ctl(dir.path(),
                 u"create logicalDrive array=1 userLabel=\"Src\" capacity=64 MB;"
                 "create logicalDrive array=1 userLabel=\"Dst\" capacity=64 MB;"
                 "set storageSubsystem copyBandwidth=8 MB;"
                 "create volumeCopy source=\"Src\" target=\"Dst\" copyPriority=highest;"_s,
                 {u"--no-start"_s})
                 .code,
        0);
    QVERIFY(m_window->runningWork().isEmpty());
    GuiTest::action(m_window.get(), u"actionExit"_s)->trigger();
    QVERIFY(!m_window->isVisible());
    QVERIFY(m_window->findChild<QMessageBox*>() == nullptr);
    m_window->setConnection(nullptr, QString());
    QVERIFY(!m_window->runsEngine()); // no connection: nothing runs here
    QCOMPARE(lockHolder(dir.path()), daemon);
    QVERIFY(ctl(dir.path(), u"show volumeCopy target [\"Dst\"];"_s, {u"--no-start"_s}).out.contains(u"Dst"_s));
}

void TestConsoleLifecycle::attachedConsoleReconnectsToARestartedEngine()
{
    // The engine the console is attached to stops (an administrator's --stop, a crash, a reboot) and starts again.
    QTemporaryDir dir;
    DaemonGuard guard {dir.path()};
    EngineClient client;
    Error err = client.connectOrStart(dir.path(), EngineClient::defaultDaemonPath());
    QVERIFY2(!err.isError(), qPrintable(err.message()));
    const qint64 first = client.peerPid();
    QCOMPARE(
        ctl(dir.path(), u"create logicalDrive array=1 userLabel=\"Before\" capacity=16 MB;"_s, {u"--no-start"_s}).code,
        0);
    RemoteConnection remote;
    remote.setReconnect(true, 100, 400);
    err = remote.connectTo(dir.path());
    QVERIFY2(!err.isError(), qPrintable(err.message()));
    m_window->setConnection(&remote, u"Attached to %1"_s.arg(remote.description()));
    QSignalSpy lost(&remote, &EngineConnection::connectionLost);
    QSignalSpy restored(&remote, &EngineConnection::connectionRestored);
    const auto names = [&remote]() {
        QStringList out;
        for (const LogicalDrive& d : remote.snapshot()->config.logicalDrives) {
            out << d.name;
        }
        return out;
    };
    QVERIFY(names().contains(u"Before"_s));

    QCOMPARE(QProcess::execute(Test::binary(u"copylinectl"_s), {u"--workspace"_s, dir.path(), u"--stop"_s}), 0);
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 15000);
    QVERIFY(remote.reconnecting());
    // No box to click away: the status area says it, and the views keep the last state.
    QVERIFY2(m_window->statusArea()->connectionText().contains(u"Unresponsive"_s),
        qPrintable(m_window->statusArea()->connectionText()));
    QVERIFY(m_window->statusArea()->connectionProblem());
    QVERIFY(m_window->findChild<QMessageBox*>() == nullptr);
    QVERIFY(names().contains(u"Before"_s));
    // A command meanwhile fails with a reason, at once.
    std::optional<CommandResult> refused;
    remote.submit(
        {u"createLogicalDrive"_s, {{u"arrayId"_s, 1}, {u"userLabel"_s, u"Lost"_s}, {u"capacity"_s, 16 * MiB}}}, this,
        [&refused](const CommandResult& r) { refused = r; });
    QTRY_VERIFY(refused.has_value());
    QCOMPARE(refused->error.code, ErrorCode::EngineUnreachable);
    QVERIFY2(refused->error.message().contains(u"unresponsive"_s), qPrintable(refused->error.message()));
    QTest::qWait(600); // a few attempts fail: nothing serves the workspace
    QVERIFY(remote.reconnecting());
    QVERIFY(!remote.lastAttemptError().isEmpty());
    QCOMPARE(restored.size(), 0);

    // The engine is back (another process); the console finds it by itself.
    EngineClient again;
    err = again.connectOrStart(dir.path(), EngineClient::defaultDaemonPath());
    QVERIFY2(!err.isError(), qPrintable(err.message()));
    const qint64 second = again.peerPid();
    QVERIFY(second != first);
    QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 15000);
    QVERIFY(!remote.reconnecting());
    QVERIFY(!m_window->statusArea()->connectionProblem());
    QVERIFY2(m_window->statusArea()->connectionText().contains(QString::number(second)),
        qPrintable(m_window->statusArea()->connectionText()));
    QVERIFY(names().contains(u"Before"_s));
    QVERIFY(!names().contains(u"Lost"_s));
    // Changes show again, and commands run.
    QCOMPARE(
        ctl(dir.path(), u"create logicalDrive array=1 userLabel=\"After\" capacity=16 MB;"_s, {u"--no-start"_s}).code,
        0);
    QTRY_VERIFY_WITH_TIMEOUT(names().contains(u"After"_s), 10000);
    std::optional<CommandResult> ran;
    remote.submit({u"deleteLogicalDrive"_s, {{u"targets"_s, QJsonArray {u"After"_s}}}}, this,
        [&ran](const CommandResult& r) { ran = r; });
    QTRY_VERIFY_WITH_TIMEOUT(ran.has_value(), 10000);
    QVERIFY2(ran->ok(), qPrintable(ran->error.message()));
    QTRY_VERIFY_WITH_TIMEOUT(!names().contains(u"After"_s), 10000);
    m_window->setConnection(nullptr, QString());
}

QTEST_MAIN(TestConsoleLifecycle)
#include "tst_consolelifecycle.moc"
