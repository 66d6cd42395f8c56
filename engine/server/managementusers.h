// SPDX-License-Identifier: GPL-3.0-or-later
// The users who may manage an engine over TLS (issue 17): a name, a role (server/accesscontrol.h) and a salted
// PBKDF2-HMAC-SHA256 hash of the password, kept in the workspace's catalog (the setting "management.users"; the
// workspace is the owner's only). Only the owner changes them, on the local control socket.
#pragma once

#include "api/error.h"
#include "server/accesscontrol.h"

#include <QList>
#include <QString>

#include <optional>

namespace Copyline
{

class Engine;

namespace ManagementUsers
{

struct User
{
    QString name;
    Access::Role role = Access::Role::Monitor;
    QString salt; /**< hex, 16 random bytes */
    QString hash; /**< "pbkdf2-sha256$<iterations>$<hex of 32 bytes>" */
};

inline constexpr int kIterations = 100000;
inline constexpr int kMinPassword = 8;

QList<User> all(const Engine& engine);
/** Adds @p name, or gives an existing user a new role and password. */
Error add(Engine& engine, const QString& name, Access::Role role, const QString& password);
Error remove(Engine& engine, const QString& name);
/** The user's role when @p password is theirs; nothing otherwise (the same work is done for an unknown name). */
std::optional<Access::Role> verify(const Engine& engine, const QString& name, const QString& password);

/** The salted hash of @p password (for tests and add()). */
QString hashOf(const QString& password, const QString& saltHex, int iterations = kIterations);

} // namespace ManagementUsers

} // namespace Copyline
