// SPDX-License-Identifier: GPL-3.0-or-later
// copylined: the headless engine. It holds one workspace, serves the command API on the workspace's local
// socket and keeps copies and mirrors running until `copylinectl --stop`, SIGTERM or SIGINT stops it cleanly.
#include "families/families.h"
#include "server/managementserver.h"
#include "server/protocol.h"
#include "service/engine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &byte, 1);
}

void printError(const Error& error)
{
    // One machine-readable line for the copylinectl that started us, one line for people.
    const QByteArray json = QJsonDocument(error.toJson()).toJson(QJsonDocument::Compact);
    std::fprintf(stderr, "copylined-error: %s\n%s\n", json.constData(), qUtf8Printable(error.cliLine()));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"copylined"_s);
    QCoreApplication::setOrganizationName(u"Copyline"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COPYLINE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Copyline headless engine: serves one workspace to copylinectl and consoles."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption({u"w"_s, u"workspace"_s}, u"Workspace folder."_s, u"dir"_s);
    const QCommandLineOption listenOption(u"listen"_s,
        u"Also serve management over TLS on ADDRESS:PORT (port 0: any free one), for copylinectl --host; off by "
        "default (the workspace setting management.listen, set by copylinectl --listen, applies otherwise; \"off\" "
        "overrides it). See docs/management.md."_s,
        u"address:port"_s);
    parser.addOption(workspaceOption);
    parser.addOption(listenOption);
    parser.process(app);

    // The default workspace lives in copyline's data folder, whatever this executable is called.
    QCoreApplication::setApplicationName(u"copyline"_s);
    const QString workspace
        = parser.isSet(workspaceOption) ? parser.value(workspaceOption) : Engine::defaultWorkspace();
    QCoreApplication::setApplicationName(u"copylined"_s);

    Engine engine(Families::all());
    if (const Error err = engine.openWorkspace(workspace); err.isError()) {
        printError(err);
        return 1;
    }
    ManagementServer server(engine);
    server.setShutdownAllowed(true);
    if (const Error listening = server.listen(); listening.isError()) {
        printError(listening);
        return 1;
    }

    // Management over TLS (issue 17): only when asked for, by the option or the workspace's setting.
    const QString listen
        = parser.isSet(listenOption) ? parser.value(listenOption) : engine.setting(u"management.listen"_s);
    if (!listen.isEmpty() && listen != u"off"_s) {
        QString host;
        quint16 port = 0;
        if (!Protocol::parseHostPort(listen, &host, &port)) {
            printError(
                {ErrorCode::InvalidParameter, {u"listen"_s, listen, u"give ADDRESS:PORT such as 127.0.0.1:7443"_s}});
            return 1;
        }
        if (const Error err = server.listenTls(host, port); err.isError()) {
            printError(err);
            return 1;
        }
    }

    auto stop = [&](const QString& reason) {
        server.sayGoodbye(reason);
        engine.closeWorkspace(); // flushes volumes and releases the lock before the process ends
        QCoreApplication::quit();
    };
    QObject::connect(
        &server, &ManagementServer::shutdownRequested, &app, [&]() { stop(u"stopped by copylinectl --stop"_s); },
        Qt::QueuedConnection);

    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) == 0) {
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
        std::signal(SIGHUP, onSignal);
    }
    std::signal(SIGPIPE, SIG_IGN);
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&]() {
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &byte, 1);
        stop(u"the engine received a stop signal"_s);
    });

    std::fprintf(stdout, "copylined %s serving %s (pid %lld)\n", COPYLINE_VERSION,
        qUtf8Printable(engine.workspacePath()), static_cast<long long>(QCoreApplication::applicationPid()));
    if (server.isListeningTls()) {
        // The port line is read by tools that start us with port 0; the fingerprint is what clients pin.
        std::fprintf(stdout, "copylined: management over TLS on %s:%u\n", qUtf8Printable(server.tlsAddress()),
            static_cast<unsigned>(server.tlsPort()));
        std::fprintf(stdout, "copylined: certificate SHA-256 fingerprint %s\n", qUtf8Printable(server.fingerprint()));
    }
    std::fflush(stdout);
    return QCoreApplication::exec();
}
