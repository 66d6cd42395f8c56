// SPDX-License-Identifier: GPL-3.0-or-later
// The script language of copylinectl and the script editor, in the style of the DS4000 SMcli (spec §6.2):
//
//   show storageSubsystem;
//   create logicalDrive array=1 userLabel="Data" capacity=2 GB;
//   set logicalDrive ["Data"] logicalUnitNumber=3 host="east-db01";
//   write logicalDrive ["Data"] offset=0 length=1048576 seed=7;
//   show logicalDrive ["Data"] checksum;
//
// A statement is keywords, optional bracketed targets (["a" "b"], [1], [1,3]), parameters name=value (strings,
// numbers with an optional unit, bare words, or parenthesised lists such as drives=(1,1 1,2 1,3)), and ';'.
// Keywords are case-insensitive; strings are taken as written. "//" and "/* */" are comments.
#pragma once

#include "api/command.h"

#include <QList>
#include <QString>

namespace Copyline
{

struct ScriptStatement
{
    CommandRequest request;
    int line = 0; /**< 1-based line of the statement's first keyword */
    QString text; /**< the statement as written, for messages */
};

/** Parses a whole script. Nothing is executed: a syntax error anywhere means no statement runs. */
Error parseScript(const QString& script, QList<ScriptStatement>* statements);

/** The engine commands the statement forms map to (each must be one the engine knows). */
QStringList scriptCommandNames();

/** The statement forms the parser knows, one per line, for `copylinectl --help-commands`. */
QStringList scriptCommandForms();

} // namespace Copyline
