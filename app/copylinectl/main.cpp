// SPDX-License-Identifier: GPL-3.0-or-later
// copylinectl: runs DS4000-style script commands against a workspace, like SMcli. It is a client: it talks to the
// process that holds the workspace (the console or copylined) and starts copylined in the background when none
// does, so copies keep running after it returns.
//
// Exit codes: 0 success; 1 a command failed; 2 usage or script syntax error; 3 the engine cannot be reached.
#include "families/ds4000/scriptformatter.h"
#include "families/ds4000/scriptparser.h"
#include "server/engineclient.h"
#include "service/engine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace Copyline;

namespace
{

enum ExitCode
{
    Success = 0,
    CommandFailed = 1,
    UsageError = 2,
    EngineError = 3,
};

void printLine(FILE* stream, const QString& text)
{
    std::fputs(qUtf8Printable(text), stream);
    if (!text.endsWith(u'\n')) {
        std::fputc('\n', stream);
    }
    std::fflush(stream);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"copyline"_s); // shares the console's default workspace
    QCoreApplication::setOrganizationName(u"Copyline"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COPYLINE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Copyline command line: runs script commands against a workspace.\n"
        "Example: copylinectl --workspace DIR -c \"show storageSubsystem; create logicalDrive array=1 "
        "userLabel=\\\"Data\\\" capacity=2 GB;\""_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        {u"w"_s, u"workspace"_s}, u"Workspace folder (default: %1)."_s.arg(Engine::defaultWorkspace()), u"dir"_s);
    const QCommandLineOption commandOption(u"c"_s, u"Script commands to run, separated by ';'."_s, u"commands"_s);
    const QCommandLineOption fileOption(u"f"_s, u"Script file to run."_s, u"file"_s);
    const QCommandLineOption nameOption(
        u"n"_s, u"Storage subsystem the commands address (default: the first)."_s, u"name"_s);
    const QCommandLineOption listOption(u"d"_s, u"List the storage subsystems of the workspace."_s);
    const QCommandLineOption stopOption(u"stop"_s, u"Stop the engine (copylined) that serves the workspace."_s);
    const QCommandLineOption quietOption(u"S"_s, u"Suppress informational messages."_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print each result as JSON instead of text."_s);
    const QCommandLineOption noStartOption(
        u"no-start"_s, u"Do not start copylined when no engine serves the workspace."_s);
    const QCommandLineOption formsOption(u"help-commands"_s, u"List the script commands."_s);
    const QCommandLineOption callOption(u"call"_s,
        u"Run one engine command by name with --args (the other families' commands, e.g. essEstablishPprc); prints "
        "its result as JSON."_s,
        u"command"_s);
    const QCommandLineOption argsOption(u"args"_s, u"The --call command's arguments as a JSON object."_s, u"json"_s);
    parser.addOptions({workspaceOption, commandOption, fileOption, nameOption, listOption, stopOption, quietOption,
        jsonOption, noStartOption, formsOption, callOption, argsOption});
    if (!parser.parse(QCoreApplication::arguments())) {
        printLine(stderr, u"copylinectl: %1 (see copylinectl --help)"_s.arg(parser.errorText()));
        return UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        parser.showHelp(Success);
    }
    if (parser.isSet(u"version"_s)) {
        parser.showVersion();
    }
    if (parser.isSet(formsOption)) {
        printLine(stdout, scriptCommandForms().join(u'\n'));
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printLine(stderr,
            u"copylinectl: unexpected argument \"%1\"; put commands after -c (see copylinectl --help)"_s.arg(
                shortenedInput(parser.positionalArguments().first())));
        return UsageError;
    }
    const QString workspace
        = QFileInfo(parser.isSet(workspaceOption) ? parser.value(workspaceOption) : Engine::defaultWorkspace())
              .absoluteFilePath();
    const bool quiet = parser.isSet(quietOption);

    EngineClient client;
    if (parser.isSet(stopOption)) {
        if (const Error err = client.connectTo(workspace); err.code == ErrorCode::ControlSocketUnsafe) {
            printLine(stderr, err.cliLine());
            return EngineError;
        } else if (err.isError()) {
            if (!quiet) {
                printLine(stdout, u"No engine is running for workspace %1."_s.arg(workspace));
            }
            return Success;
        }
        const CommandResult result = client.shutdown();
        if (!result.ok()) {
            printLine(stderr, result.error.cliLine());
            return EngineError;
        }
        if (!quiet) {
            printLine(stdout, u"The engine of workspace %1 has stopped."_s.arg(workspace));
        }
        return Success;
    }

    if (parser.isSet(callOption)) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(
            parser.isSet(argsOption) ? parser.value(argsOption).toUtf8() : QByteArray("{}"), &parseError);
        if (!doc.isObject()) {
            printLine(stderr,
                u"copylinectl: --args is not a JSON object (%1); give e.g. --args '{\"volume\": \"00012019\"}'"_s.arg(
                    parseError.errorString()));
            return UsageError;
        }
        const Error connectError = parser.isSet(noStartOption)
            ? client.connectTo(workspace)
            : client.connectOrStart(workspace, EngineClient::defaultDaemonPath());
        if (connectError.isError()) {
            printLine(stderr, connectError.cliLine());
            return EngineError;
        }
        const CommandResult result = client.call({parser.value(callOption), doc.object()});
        if (!result.ok()) {
            printLine(stderr, result.error.cliLine());
            return result.error.code == ErrorCode::EngineUnreachable ? EngineError : CommandFailed;
        }
        printLine(stdout, QString::fromUtf8(QJsonDocument(result.data).toJson(QJsonDocument::Indented)));
        return Success;
    }

    QString script;
    if (parser.isSet(commandOption)) {
        script = parser.value(commandOption);
    } else if (parser.isSet(fileOption)) {
        QFile file(parser.value(fileOption));
        if (!file.open(QIODevice::ReadOnly)) {
            printLine(stderr, Error(ErrorCode::FileError, {file.fileName(), file.errorString()}).cliLine());
            return UsageError;
        }
        script = QString::fromUtf8(file.readAll());
    } else if (parser.isSet(listOption)) {
        script = u"show allStorageSubsystems;"_s;
    } else {
        printLine(
            stderr, u"copylinectl: nothing to do; give -c \"commands\", -f file, -d, --call or --stop (see --help)"_s);
        return UsageError;
    }

    QList<ScriptStatement> statements;
    if (const Error err = parseScript(script, &statements); err.isError()) {
        printLine(stderr, err.cliLine());
        return UsageError;
    }

    const Error connectError = parser.isSet(noStartOption)
        ? client.connectTo(workspace)
        : client.connectOrStart(workspace, EngineClient::defaultDaemonPath());
    if (connectError.isError()) {
        printLine(stderr, connectError.cliLine());
        return EngineError;
    }

    for (ScriptStatement& statement : statements) {
        const QString& command = statement.request.name;
        const bool global = command == u"createStorageSubsystem"_s || command == u"listSubsystems"_s;
        if (parser.isSet(nameOption) && !global) {
            statement.request.args.insert(u"subsystem"_s, parser.value(nameOption));
        }
        const CommandResult result = client.call(statement.request);
        if (!result.ok()) {
            QString where;
            if (statements.size() > 1) {
                where = u" [line %1: %2]"_s.arg(statement.line).arg(statement.text);
            }
            printLine(stderr, result.error.cliLine() + where);
            return result.error.code == ErrorCode::EngineUnreachable ? EngineError : CommandFailed;
        }
        if (parser.isSet(jsonOption)) {
            printLine(stdout, QString::fromUtf8(QJsonDocument(result.data).toJson(QJsonDocument::Indented)));
        } else if (const QString text = formatResult(statement.request, result); !text.isEmpty()) {
            printLine(stdout, text);
        }
    }
    if (!quiet && !parser.isSet(jsonOption)) {
        printLine(stdout, u"Script execution complete."_s);
    }
    return Success;
}
