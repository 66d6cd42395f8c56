// SPDX-License-Identifier: GPL-3.0-or-later
// "Show the equivalent command" (issue 18): the copylinectl script statement that does what a console command does.
//
// The console submits engine commands (api/command.h) that name objects by id, as its views know them; the script
// language of copylinectl (families/ds4000/scriptparser.h) names them as an administrator does. This is the reverse
// of the parser: a CommandRequest of the DS4000 wizards and dialogs becomes the statement that the parser turns back
// into a request with the same effect, ids written as the names the configuration has for them.
#pragma once

#include "api/command.h"
#include "storage/configuration.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Copyline
{

/** What copylinectl needs to do what a list of console commands does. */
/** What an equivalent command shows instead of a password the user typed. */
inline constexpr QLatin1StringView kPasswordPlaceholder {"<type the password here>"};

struct EquivalentCommand
{
    /** The script statements, one per command, each ending with ';' (empty when they cannot be written). */
    QStringList statements;
    /** The storage subsystem the statements address (copylinectl -n), empty for none. */
    QString subsystem;
    /**
     * When a command has no statement form: every command as `--call name --args '{json}'`, which runs the engine
     * command as given (copylinectl --call).
     */
    QList<CommandRequest> calls;
    /**
     * When the commands are a family's own command-line tool's rather than copylinectl's (Copy Services Manager's
     * csmcli signs in with the administrator's csmcli-auth.properties, as the real csmcli does, while the console's
     * commands carry its sign-in; the ESS rs* CLI runs saved tasks as a Copy Services user): the tool, its workspace
     * option, and each command's arguments after it.
     */
    QString tool;
    QString toolWorkspaceOption;
    QList<QStringList> toolCommands;

    bool isEmpty() const { return statements.isEmpty() && calls.isEmpty() && toolCommands.isEmpty(); }
    /**
     * The full command line(s), one per line: copylinectl -w 'ws' -n 'Primary Site' -c '...', or the tool's
     * (csmcli -workspace 'ws' cmdsess -action start_h1:h2 MM_Test). A password argument reads
     * kPasswordPlaceholder, never the password.
     */
    QString commandLine(const QString& workspace) const;
    /** The statements as a script file would hold them, one per line. */
    QString script() const { return statements.join(u'\n'); }
};

/**
 * The statement that runs @p request, as the console would submit it (ids, "subsystemId"), on @p config: ids are
 * written as names, lists as the script writes them. Empty (and @p problem says why) when the request has no
 * statement form, names an object that @p config does not have, or has a parameter the writer does not know.
 */
QString scriptStatement(const Configuration& config, const CommandRequest& request, QString* problem = nullptr);

/**
 * The copylinectl command for @p requests on subsystem @p subsystemId (each request may also carry its own
 * "subsystemId"): statements when every request has one, --call lines otherwise.
 */
EquivalentCommand equivalentCommand(
    const Configuration& config, ObjectId subsystemId, const QList<CommandRequest>& requests);

/** @p text as a string of the script language: "Data", with \ and " escaped. */
QString scriptQuoted(const QString& text);

/** @p text as one word of a POSIX shell: as is when it is plain, else in single quotes. */
QString shellQuoted(const QString& text);

} // namespace Copyline
