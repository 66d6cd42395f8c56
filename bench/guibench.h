// SPDX-License-Identifier: GPL-3.0-or-later
// What the console benchmarks (bench_guiidle, bench_guiscale) share: the GUI thread's CPU clock, waiting with the
// event loop running, commands through a connection, and a copylined process serving a workspace.
#pragma once

#include "api/command.h"
#include "api/connection.h"

#include <QProcess>
#include <QString>

namespace Copyline::GuiBench
{

/** CPU time of the calling thread (CLOCK_THREAD_CPUTIME_ID), seconds. */
double threadCpuSeconds();

/** Runs the event loop for @p ms milliseconds. */
void wait(int ms);

/** CPU % of one core the calling (GUI) thread used while the event loop ran for @p ms milliseconds. */
double cpuPercentWhileWaiting(int ms);

/** Prints @p message, stops the copylined started by Daemon (if any) and exits with 1. */
[[noreturn]] void fatal(const QString& message);

/** Runs @p name on @p connection and waits for its result; exits on failure unless @p mayFail. */
CommandResult run(EngineConnection& connection, const QString& name, const QJsonObject& args, bool mayFail = false);

/** The path of an executable built beside the benchmark (copylined, copylinectl). */
QString sibling(const QString& name);

/** A copylined serving one workspace for the benchmark's lifetime; stopped on fatal() too. */
class Daemon
{
public:
    Daemon() = default;
    ~Daemon();
    Daemon(const Daemon&) = delete;
    Daemon& operator=(const Daemon&) = delete;

    /** Starts copylined on @p workspace and waits (up to @p timeoutMs) until it answers; fatal() otherwise. */
    void start(const QString& workspace, int timeoutMs = 60000);
    /** Asks it to stop through copylinectl, kills it if it does not. */
    void stop();

private:
    QProcess m_process;
    QString m_workspace;
};

} // namespace Copyline::GuiBench
