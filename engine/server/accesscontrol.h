// SPDX-License-Identifier: GPL-3.0-or-later
// Who may run what over the network (issue 17). The roles are the predefined roles of the Copy Services Manager
// (spec CSM-copy-services-manager.md §1.15, seed DOC L121-127):
//   Administrator  "unrestricted access to all features and functions";
//   Operator       "can manage specific sessions": here, run the copy and mirror operations of objects that exist;
//   Monitor        "can view information... cannot modify or perform any commands or actions".
// Every command of the engine is classified in ONE table (accesscontrol.cpp); tst_management checks that each command
// the engine knows is in it. The owner's local control socket is not checked: it is unrestricted.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Copyline::Access
{

/** Ordered: a role may do everything the roles before it may. */
enum class Role
{
    Monitor = 0,
    Operator = 1,
    Administrator = 2,
};

/** What a command needs over the network. */
enum class Requirement
{
    Monitor,       /**< shows and lists: any signed-in user */
    Operator,      /**< copy and mirror operations on existing objects */
    Administrator, /**< creates, deletes, configures, writes data, stops the engine */
    OwnerOnly,     /**< never over the network: the owner on the local control socket only (management users) */
};

/** "Administrator", "Operator", "Monitor": the spec's exact names. */
QString roleName(Role role);
/** The role named @p text (any case); nothing for another word. */
std::optional<Role> roleNamed(const QString& text);

/**
 * The requirement of command @p name: an engine command, or a message of the management protocol ("shutdown",
 * "users"). Nothing when the table does not list it; the server then refuses it to everyone but the owner.
 */
std::optional<Requirement> requirementOf(const QString& name);

/** Every name the table classifies (the test compares it with the engine's commands). */
QStringList classifiedNames();

/** Whether @p role satisfies @p requirement. */
bool allows(Role role, Requirement requirement);

/** Why a role falls short, for the refusal: "it needs the Administrator role". */
QString shortfall(Requirement requirement);

} // namespace Copyline::Access
