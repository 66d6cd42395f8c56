// SPDX-License-Identifier: GPL-3.0-or-later
#include "guibench.h"

#include "server/remoteconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::GuiBench
{

namespace
{

QProcess* g_daemon = nullptr; // stopped on a fatal error too: never leave a copylined behind

} // namespace

double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double cpuPercentWhileWaiting(int ms)
{
    const double before = threadCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    wait(ms);
    return 100.0 * (threadCpuSeconds() - before) / (static_cast<double>(wall.nsecsElapsed()) / 1e9);
}

void fatal(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    if (g_daemon != nullptr) {
        g_daemon->kill();
        g_daemon->waitForFinished();
    }
    std::exit(1);
}

CommandResult run(EngineConnection& connection, const QString& name, const QJsonObject& args, bool mayFail)
{
    CommandResult result;
    bool done = false;
    QEventLoop loop;
    connection.submit({name, args}, &loop, [&](const CommandResult& r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (!done) {
        loop.exec();
    }
    if (!result.ok() && !mayFail) {
        fatal(u"%1 failed: %2"_s.arg(name, result.error.message()));
    }
    return result;
}

QString sibling(const QString& name)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

Daemon::~Daemon()
{
    stop();
}

void Daemon::start(const QString& workspace, int timeoutMs)
{
    m_workspace = workspace;
    g_daemon = &m_process;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(sibling(u"copylined"_s), {u"-w"_s, workspace});
    if (!m_process.waitForStarted(10000)) {
        fatal(u"copylined did not start"_s);
    }
    QElapsedTimer t;
    t.start();
    while (true) {
        RemoteConnection probe;
        if (!probe.connectTo(workspace, 2000).isError()) {
            break;
        }
        if (t.elapsed() > timeoutMs) {
            fatal(u"copylined does not answer"_s);
        }
        wait(200);
    }
}

void Daemon::stop()
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    QProcess::execute(sibling(u"copylinectl"_s), {u"-w"_s, m_workspace, u"--stop"_s});
    if (!m_process.waitForFinished(15000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
    g_daemon = nullptr;
}

} // namespace Copyline::GuiBench
