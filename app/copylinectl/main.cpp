// SPDX-License-Identifier: GPL-3.0-or-later
// copylinectl: runs DS4000-style script commands against a workspace, like SMcli. It is a client: it talks to the
// process that holds the workspace (the console or copylined) and starts copylined in the background when none
// does, so copies keep running after it returns.
//
// Exit codes: 0 success; 1 a command failed; 2 usage or script syntax error; 3 the engine cannot be reached.
#include "families/ds4000/scriptformatter.h"
#include "families/ds4000/scriptparser.h"
#include "server/engineclient.h"
#include "server/knownengines.h"
#include "server/protocol.h"
#include "service/engine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <optional>
#include <termios.h>
#include <unistd.h>

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

/**
 * A password: the first line of @p file when given, else typed at the terminal without echo (@p prompt on stderr),
 * else the first line of standard input. Nothing when none can be read.
 */
std::optional<QString> readPassword(const QString& file, const QString& prompt)
{
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            return std::nullopt;
        }
        return QString::fromUtf8(f.readLine()).remove(u'\n').remove(u'\r');
    }
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved {};
    if (terminal) {
        std::fputs(qUtf8Printable(prompt), stderr);
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char buffer[1024];
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    if (!got) {
        return std::nullopt;
    }
    return QString::fromUtf8(buffer).remove(u'\n').remove(u'\r');
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
    // Management over TLS (issue 17, docs/management.md).
    const QCommandLineOption hostOption(u"host"_s,
        u"Run the commands on the engine at HOST:PORT over TLS (copylined --listen) instead of a local workspace."_s,
        u"host:port"_s);
    const QCommandLineOption userOption(u"user"_s, u"The user to sign in as with --host."_s, u"name"_s);
    const QCommandLineOption passwordFileOption(u"password-file"_s,
        u"Read the password (--host, --add-user) from the first line of this file instead of asking."_s, u"file"_s);
    const QCommandLineOption fingerprintOption(u"fingerprint"_s,
        u"The SHA-256 fingerprint of the engine's certificate, to trust it on first contact with --host (it is "
        "then pinned in %1)."_s.arg(KnownEngines::defaultPath()),
        u"sha256"_s);
    const QCommandLineOption showFingerprintOption(u"show-fingerprint"_s,
        u"Print the SHA-256 fingerprint of the engine's certificate and where it serves management over TLS."_s);
    const QCommandLineOption addUserOption(u"add-user"_s,
        u"Add a user for management over TLS with --role (or give an existing one a new role and password); the "
        "owner only, on the engine's computer."_s,
        u"name"_s);
    const QCommandLineOption roleOption(
        u"role"_s, u"The role of --add-user: Administrator, Operator or Monitor."_s, u"role"_s);
    const QCommandLineOption removeUserOption(u"remove-user"_s, u"Remove a user of management over TLS."_s, u"name"_s);
    const QCommandLineOption listUsersOption(u"list-users"_s, u"List the users of management over TLS."_s);
    const QCommandLineOption listenOption(u"listen"_s,
        u"Serve management over TLS on ADDRESS:PORT from now on (the workspace setting copylined starts with), or "
        "\"off\"."_s,
        u"address:port"_s);
    // Engines per site (issue 17, docs/replication.md "Engines per site").
    const QCommandLineOption replicationListenOption(u"replication-listen"_s,
        u"Let other engines reach this one's replication listener on ADDRESS:PORT, now and at every start."_s,
        u"address:port"_s);
    const QCommandLineOption siteNameOption(
        u"site-name"_s, u"The name this engine gives itself toward other sites."_s, u"name"_s);
    const QCommandLineOption addPeerOption(u"add-peer"_s,
        u"Register the engine of another site under NAME, with --peer-address and --peer-key-file; its DS4000, ESS and "
        u"NEC "
        "subsystems are then shown here as NAME's, read-only, and can hold the secondaries of mirrors."_s,
        u"name"_s);
    const QCommandLineOption peerAddressOption(
        u"peer-address"_s, u"Where --add-peer's engine listens (its --replication-listen)."_s, u"host:port"_s);
    const QCommandLineOption peerKeyFileOption(u"peer-key-file"_s,
        u"--add-peer's replication key: a copy of the file replication.key of its workspace."_s, u"file"_s);
    const QCommandLineOption removePeerOption(
        u"remove-peer"_s, u"Forget the engine of another site and what it showed here."_s, u"name"_s);
    const QCommandLineOption refreshPeerOption(
        u"refresh-peer"_s, u"Ask the engine of another site again what it serves."_s, u"name"_s);
    const QCommandLineOption listPeersOption(
        u"list-peers"_s, u"List the engines of other sites, and where this one listens for them."_s);
    parser.addOptions({workspaceOption, commandOption, fileOption, nameOption, listOption, stopOption, quietOption,
        jsonOption, noStartOption, formsOption, callOption, argsOption, hostOption, userOption, passwordFileOption,
        fingerprintOption, showFingerprintOption, addUserOption, roleOption, removeUserOption, listUsersOption,
        listenOption, replicationListenOption, siteNameOption, addPeerOption, peerAddressOption, peerKeyFileOption,
        removePeerOption, refreshPeerOption, listPeersOption});
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
    const bool remote = parser.isSet(hostOption);
    RemoteEngine target;
    if (remote) {
        if (!Protocol::parseHostPort(parser.value(hostOption), &target.host, &target.port)) {
            printLine(stderr, u"copylinectl: --host takes HOST:PORT, e.g. --host 192.0.2.7:7443"_s);
            return UsageError;
        }
        if (!parser.isSet(userOption) && !parser.isSet(showFingerprintOption)) {
            printLine(stderr, u"copylinectl: --host needs --user NAME"_s);
            return UsageError;
        }
        target.user = parser.value(userOption);
        target.fingerprint = parser.value(fingerprintOption);
        target.knownEnginesPath = KnownEngines::defaultPath();
    }
    // Over TLS: sign in (the password is asked for only once the engine's certificate is trusted).
    auto connectRemote = [&]() -> Error {
        const auto password = readPassword(
            parser.value(passwordFileOption), u"Password for %1 at %2: "_s.arg(target.user, target.endpoint()));
        if (!password) {
            return {ErrorCode::FileError,
                {parser.isSet(passwordFileOption) ? parser.value(passwordFileOption) : u"standard input"_s,
                    u"no password could be read"_s}};
        }
        target.password = *password;
        return client.connectToHost(target);
    };
    auto connectEngine = [&](bool mayStart) -> Error {
        if (remote) {
            return connectRemote();
        }
        return mayStart && !parser.isSet(noStartOption)
            ? client.connectOrStart(workspace, EngineClient::defaultDaemonPath())
            : client.connectTo(workspace);
    };

    const bool sites = parser.isSet(replicationListenOption) || parser.isSet(siteNameOption)
        || parser.isSet(addPeerOption) || parser.isSet(removePeerOption) || parser.isSet(refreshPeerOption)
        || parser.isSet(listPeersOption);
    if (sites) {
        if (remote) {
            printLine(stderr,
                u"copylinectl: the engines of other sites are registered by the engine's owner on its computer "
                "(--workspace), not over --host"_s);
            return UsageError;
        }
        // Each option given is one message, in this order; the last answer (the peers, the listener) is printed.
        QList<QJsonObject> messages;
        auto action = [](const QString& name, QJsonObject fields) {
            fields.insert(u"type"_s, u"sites"_s);
            fields.insert(u"action"_s, name);
            return fields;
        };
        if (parser.isSet(replicationListenOption)) {
            messages.append(action(u"listen"_s, {{u"listen"_s, parser.value(replicationListenOption)}}));
        }
        if (parser.isSet(siteNameOption)) {
            messages.append(action(u"name"_s, {{u"name"_s, parser.value(siteNameOption)}}));
        }
        if (parser.isSet(addPeerOption)) {
            if (!parser.isSet(peerAddressOption) || !parser.isSet(peerKeyFileOption)) {
                printLine(stderr, u"copylinectl: --add-peer needs --peer-address HOST:PORT and --peer-key-file FILE"_s);
                return UsageError;
            }
            QFile keyFile(parser.value(peerKeyFileOption));
            if (!keyFile.open(QIODevice::ReadOnly)) {
                printLine(stderr,
                    u"copylinectl: the replication key %1 cannot be read: %2"_s.arg(
                        keyFile.fileName(), keyFile.errorString()));
                return UsageError;
            }
            messages.append(action(u"add"_s,
                {{u"name"_s, parser.value(addPeerOption)}, {u"address"_s, parser.value(peerAddressOption)},
                    {u"key"_s, QString::fromLatin1(keyFile.read(4096).toBase64())}}));
        }
        if (parser.isSet(refreshPeerOption)) {
            messages.append(action(u"refresh"_s, {{u"name"_s, parser.value(refreshPeerOption)}}));
        }
        if (parser.isSet(removePeerOption)) {
            messages.append(action(u"remove"_s, {{u"name"_s, parser.value(removePeerOption)}}));
        }
        if (messages.isEmpty()) {
            messages.append(action(u"list"_s, {}));
        }
        if (const Error err = connectEngine(true); err.isError()) {
            printLine(stderr, err.cliLine());
            return EngineError;
        }
        CommandResult result;
        for (const QJsonObject& message : std::as_const(messages)) {
            result = client.message(message);
            if (!result.ok()) {
                printLine(stderr, result.error.cliLine());
                return result.error.code == ErrorCode::EngineUnreachable ? EngineError : CommandFailed;
            }
        }
        if (parser.isSet(jsonOption)) {
            printLine(stdout, QString::fromUtf8(QJsonDocument(result.data).toJson(QJsonDocument::Indented)));
            return Success;
        }
        printLine(stdout,
            result.data.value(u"listening"_s).toBool()
                ? u"Site %1: other engines reach this one at %2:%3 with the key in %4"_s
                      .arg(result.data.value(u"site"_s).toString(), result.data.value(u"address"_s).toString())
                      .arg(result.data.value(u"port"_s).toInt())
                      .arg(result.data.value(u"keyFile"_s).toString())
                : u"Site %1: not listening for other engines (copylinectl --replication-listen ADDRESS:PORT)"_s.arg(
                    result.data.value(u"site"_s).toString()));
        const QJsonArray peers = result.data.value(u"peers"_s).toArray();
        if (peers.isEmpty()) {
            printLine(stdout, u"No engines of other sites are registered (copylinectl --add-peer NAME ...)."_s);
        }
        for (const QJsonValue& v : peers) {
            const QJsonObject p = v.toObject();
            printLine(stdout,
                u"%1  %2:%3  %4 storage subsystem(s)"_s.arg(p.value(u"name"_s).toString(), -16)
                    .arg(p.value(u"address"_s).toString())
                    .arg(p.value(u"port"_s).toInt())
                    .arg(p.value(u"subsystems"_s).toInt()));
        }
        return Success;
    }

    const bool userAdmin = parser.isSet(addUserOption) || parser.isSet(removeUserOption)
        || parser.isSet(listUsersOption) || parser.isSet(listenOption) || parser.isSet(showFingerprintOption);
    if (userAdmin) {
        if (remote && !parser.isSet(showFingerprintOption)) {
            printLine(stderr,
                u"copylinectl: users and the listener are managed by the engine's owner on its computer "
                "(--workspace), not over --host"_s);
            return UsageError;
        }
        QJsonObject message;
        if (parser.isSet(addUserOption)) {
            if (!parser.isSet(roleOption)) {
                printLine(stderr, u"copylinectl: --add-user needs --role Administrator, Operator or Monitor"_s);
                return UsageError;
            }
            const QString name = parser.value(addUserOption);
            const auto password = readPassword(parser.value(passwordFileOption), u"New password for %1: "_s.arg(name));
            if (!password) {
                printLine(stderr, u"copylinectl: no password could be read for %1"_s.arg(name));
                return UsageError;
            }
            message = {{u"type"_s, u"users"_s}, {u"action"_s, u"add"_s}, {u"name"_s, name},
                {u"role"_s, parser.value(roleOption)}, {u"password"_s, *password}};
        } else if (parser.isSet(removeUserOption)) {
            message
                = {{u"type"_s, u"users"_s}, {u"action"_s, u"remove"_s}, {u"name"_s, parser.value(removeUserOption)}};
        } else if (parser.isSet(listUsersOption)) {
            message = {{u"type"_s, u"users"_s}, {u"action"_s, u"list"_s}};
        } else if (parser.isSet(listenOption)) {
            message = {{u"type"_s, u"tls"_s}, {u"action"_s, u"listen"_s}, {u"listen"_s, parser.value(listenOption)}};
        } else {
            message = {{u"type"_s, u"tls"_s}, {u"action"_s, u"info"_s}};
        }
        if (remote && parser.isSet(showFingerprintOption)) {
            // What the engine presents, before any trust: the handshake only, no sign-in.
            target.probeOnly = true;
            const Error err = client.connectToHost(target);
            if (!client.peerFingerprint().isEmpty()) {
                printLine(stdout, u"SHA-256 fingerprint of %1: %2"_s.arg(target.endpoint(), client.peerFingerprint()));
                return Success;
            }
            printLine(stderr, err.cliLine());
            return EngineError;
        }
        if (const Error err = connectEngine(true); err.isError()) {
            printLine(stderr, err.cliLine());
            return EngineError;
        }
        const CommandResult result = client.message(message);
        if (!result.ok()) {
            printLine(stderr, result.error.cliLine());
            return result.error.code == ErrorCode::EngineUnreachable ? EngineError : CommandFailed;
        }
        if (parser.isSet(jsonOption)) {
            printLine(stdout, QString::fromUtf8(QJsonDocument(result.data).toJson(QJsonDocument::Indented)));
        } else if (parser.isSet(listUsersOption)) {
            const QJsonArray users = result.data.value(u"users"_s).toArray();
            if (users.isEmpty()) {
                printLine(
                    stdout, u"No users may manage this engine over TLS; add one with --add-user NAME --role ROLE."_s);
            }
            for (const QJsonValue& u : users) {
                printLine(stdout,
                    u"%1  %2"_s.arg(u.toObject().value(u"name"_s).toString(), -24)
                        .arg(u.toObject().value(u"role"_s).toString()));
            }
        } else if (parser.isSet(showFingerprintOption) || parser.isSet(listenOption)) {
            printLine(stdout,
                u"SHA-256 fingerprint of the engine's certificate: %1"_s.arg(
                    result.data.value(u"fingerprint"_s).toString()));
            printLine(stdout,
                result.data.value(u"listening"_s).toBool()
                    ? u"Management over TLS: listening on %1:%2"_s.arg(result.data.value(u"address"_s).toString())
                          .arg(result.data.value(u"port"_s).toInt())
                    : u"Management over TLS: off (copylinectl --listen ADDRESS:PORT, or copylined --listen)"_s);
        } else if (!quiet) {
            printLine(stdout, u"Done."_s);
        }
        return Success;
    }

    if (parser.isSet(stopOption)) {
        if (remote) {
            if (const Error err = connectRemote(); err.isError()) {
                printLine(stderr, err.cliLine());
                return EngineError;
            }
            const CommandResult result = client.shutdown();
            if (!result.ok()) {
                printLine(stderr, result.error.cliLine());
                return result.error.code == ErrorCode::EngineUnreachable ? EngineError : CommandFailed;
            }
            if (!quiet) {
                printLine(stdout, u"The engine at %1 has stopped."_s.arg(target.endpoint()));
            }
            return Success;
        }
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
        if (const Error connectError = connectEngine(true); connectError.isError()) {
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

    if (const Error connectError = connectEngine(true); connectError.isError()) {
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
