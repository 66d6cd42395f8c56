// SPDX-License-Identifier: GPL-3.0-or-later
// Users and roles of the manager (spec §1.15, §7.1): Administrator, Operator (its sessions, or all), Monitor (view
// only), checked on every csm command whichever client sends it (the console, csmcli, copylinectl, the protocol).
// A sign-in gives a token that lives as long as the engine; passwords are kept as salted PBKDF2-SHA256 hashes.
// [SIM] The first Administrator is made by the first user of a fresh workspace (csmSetup), not a default password:
// the seed's HMC default (csmadmin/passw0rd, L3513) would be a known password on every workspace.
#include "families/csm/csm.h"

#include "service/engine.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QPasswordDigestor>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Csm
{

namespace
{

constexpr int kIterations = 60000;
constexpr int kMaxFailures = 5;
constexpr int kLockSeconds = 60;
constexpr int kMinPassword = 8;

const QString kAdministrator = u"Administrator"_s;
const QString kOperator = u"Operator"_s;
const QString kMonitor = u"Monitor"_s;

/** The engine's sign-ins: tokens and failure counts, gone with the engine (never in the catalog). */
class SignIns final : public QObject
{
public:
    explicit SignIns(QObject* parent)
        : QObject(parent)
    {
        setObjectName(u"csmSignIns"_s);
    }
    QHash<QString, QString> users; /**< token -> user name */
    struct Failures
    {
        int count = 0;
        QDateTime lockedUntil;
    };
    QHash<QString, Failures> failures;
};

SignIns& signIns(Engine& engine)
{
    auto* found = engine.findChild<QObject*>(u"csmSignIns"_s, Qt::FindDirectChildrenOnly);
    if (found == nullptr) {
        found = new SignIns(&engine);
    }
    return *static_cast<SignIns*>(found);
}

QString hashOf(const QString& password, const QString& salt)
{
    const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), QByteArray::fromHex(salt.toLatin1()), kIterations, 32);
    return u"pbkdf2-sha256$%1$%2"_s.arg(kIterations).arg(QString::fromLatin1(key.toHex()));
}

bool passwordMatches(const User& u, const QString& password)
{
    const QStringList parts = u.passwordHash.split(u'$');
    if (parts.size() != 3 || parts.first() != u"pbkdf2-sha256"_s) {
        return false;
    }
    const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), QByteArray::fromHex(u.salt.toLatin1()), parts.at(1).toInt(), 32);
    const QByteArray stored = QByteArray::fromHex(parts.at(2).toLatin1());
    // Constant-time comparison.
    unsigned char diff = key.size() == stored.size() ? 0 : 1;
    for (qsizetype i = 0; i < std::min(key.size(), stored.size()); ++i) {
        diff |= static_cast<unsigned char>(key.at(i) ^ stored.at(i));
    }
    return diff == 0;
}

QString newHex(int bytes)
{
    QByteArray b(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(b.data()), bytes / 4);
    return QString::fromLatin1(b.toHex());
}

const User* userNamed(const Configuration& config, const QString& name)
{
    for (const User& u : config.users) {
        if (u.scope == QLatin1String(kScope) && u.name == name) {
            return &u;
        }
    }
    return nullptr;
}

bool anyUser(const Configuration& config)
{
    return std::any_of(
        config.users.cbegin(), config.users.cend(), [](const User& u) { return u.scope == QLatin1String(kScope); });
}

/** Logs @p text after the command, whatever its outcome (a refused sign-in rolls its own events back). */
void logLater(CommandContext& ctx, EventSeverity severity, const QString& id, const QString& text)
{
    Engine::post(QPointer<Engine>(&ctx.engine), [severity, id, text](Engine& engine) {
        engine.runInternal(0, [&](CommandContext& c) {
            c.logEventOn(0, EventCode::CsmSignIn, severity, u"Copy Services Manager"_s, id + u' ' + text);
        });
    });
}

QString roleArg(CommandContext& ctx, const QString& fallback)
{
    const QString text = ctx.args.string(u"role"_s, fallback);
    for (const QString& r : {kAdministrator, kOperator, kMonitor}) {
        if (r.compare(text, Qt::CaseInsensitive) == 0) {
            return r;
        }
    }
    fail(ErrorCode::InvalidParameter, {u"role"_s, text, u"use Administrator, Operator or Monitor"_s});
}

QString sessionsArg(CommandContext& ctx, const QString& role, const QString& fallback)
{
    if (role != kOperator) {
        if (ctx.args.has(u"sessions"_s)) {
            ctx.args.list(u"sessions"_s);
            fail(ErrorCode::CsmUserInvalid,
                {role, u"only an Operator is assigned sessions; an Administrator manages all, a Monitor none"_s});
        }
        return {};
    }
    if (!ctx.args.has(u"sessions"_s)) {
        return fallback;
    }
    QStringList names = ctx.args.list(u"sessions"_s);
    if (names.contains(u"All Sessions"_s, Qt::CaseInsensitive) || names.contains(u"all"_s, Qt::CaseInsensitive)
        || names.contains(u"*"_s)) {
        return u"*"_s;
    }
    for (const QString& n : std::as_const(names)) {
        if (findSession(ctx.config, n) == nullptr) {
            fail(ErrorCode::CsmSessionNotFound, {n});
        }
    }
    return names.join(u'\n');
}

void checkUserName(const QString& name)
{
    static const QRegularExpression valid(u"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$"_s);
    if (!valid.match(name).hasMatch()) {
        fail(ErrorCode::CsmNameInvalid,
            {name, u"user name"_s,
                u"use 1 to 64 letters, digits, '_', '.', '@' or '-', starting with a letter or digit"_s});
    }
}

void checkPassword(const QString& name, const QString& password)
{
    if (password.size() < kMinPassword) {
        fail(ErrorCode::CsmUserInvalid, {name, u"the password must have at least %1 characters"_s.arg(kMinPassword)});
    }
}

User& addUser(
    CommandContext& ctx, const QString& name, const QString& password, const QString& role, const QString& sessions)
{
    checkUserName(name);
    checkPassword(name, password);
    if (userNamed(ctx.config, name) != nullptr) {
        fail(ErrorCode::CsmUserInvalid, {name, u"the user already exists; change it with chauth"_s});
    }
    User u;
    u.id = ctx.config.allocateId();
    u.scope = QString::fromLatin1(kScope);
    u.name = name;
    u.salt = newHex(16);
    u.passwordHash = hashOf(password, u.salt);
    u.role = role;
    u.sessions = sessions;
    ctx.config.users.insert(u.id, u);
    return ctx.config.users[u.id];
}

QJsonValue sessionsValue(const User& u)
{
    if (u.sessions == u"*"_s) {
        return u"All Sessions"_s;
    }
    return QJsonArray::fromStringList(u.sessions.isEmpty() ? QStringList() : u.sessions.split(u'\n'));
}

QString token(CommandContext& ctx, const User& u)
{
    const QString t = newHex(32);
    signIns(ctx.engine).users.insert(t, u.name);
    ctx.data.insert(u"token"_s, t);
    ctx.data.insert(u"user"_s, u.name);
    ctx.data.insert(u"role"_s, u.role);
    ctx.data.insert(u"sessions"_s, sessionsValue(u));
    return t;
}

void userStatus(CommandContext& ctx)
{
    ctx.data.insert(u"usersExist"_s, anyUser(ctx.config));
}

void setup(CommandContext& ctx)
{
    const QString name = ctx.args.string(u"user"_s);
    const QString password = ctx.args.string(u"password"_s);
    if (anyUser(ctx.config)) {
        fail(ErrorCode::CsmNotAuthorized,
            {name, u"no role"_s, u"create the first administrator: the manager already has users, so sign in"_s});
    }
    const User& u = addUser(ctx, name, password, kAdministrator, {});
    ctx.logEventOn(0, EventCode::CsmUsers, EventSeverity::Informational, u"Copy Services Manager"_s,
        u"IWNR1420I The first Administrator %1 was created."_s.arg(name));
    token(ctx, u);
}

void login(CommandContext& ctx)
{
    const QString name = ctx.args.string(u"user"_s);
    const QString password = ctx.args.string(u"password"_s);
    SignIns& s = signIns(ctx.engine);
    SignIns::Failures& f = s.failures[name];
    const QDateTime now = ctx.clock.now();
    if (f.lockedUntil.isValid() && now < f.lockedUntil) {
        fail(ErrorCode::CsmLoginLocked, {name, QString::number(now.secsTo(f.lockedUntil) + 1)});
    }
    const User* u = userNamed(ctx.config, name);
    if (u == nullptr || !passwordMatches(*u, password)) {
        if (++f.count >= kMaxFailures) {
            f.count = 0;
            f.lockedUntil = now.addSecs(kLockSeconds);
            logLater(ctx, EventSeverity::Warning, u"IWNR1403W"_s,
                u"Sign-in for %1 was locked for %2 seconds after %3 failures in a row."_s.arg(name)
                    .arg(kLockSeconds)
                    .arg(kMaxFailures));
        } else {
            logLater(ctx, EventSeverity::Warning, u"IWNR1401W"_s, u"Sign-in failed for user %1."_s.arg(name));
        }
        fail(ErrorCode::CsmLoginFailed);
    }
    s.failures.remove(name);
    token(ctx, *u);
    ctx.logEventOn(0, EventCode::CsmSignIn, EventSeverity::Informational, u"Copy Services Manager"_s,
        u"IWNR1404I User %1 (%2) signed in."_s.arg(u->name, u->role));
}

void logout(CommandContext& ctx)
{
    const Caller c = authorize(ctx, Right::View);
    signIns(ctx.engine).users.remove(ctx.args.string(u"token"_s));
    ctx.logEventOn(0, EventCode::CsmSignIn, EventSeverity::Informational, u"Copy Services Manager"_s,
        u"IWNR1405I User %1 signed out."_s.arg(c.user));
}

void whoAmI(CommandContext& ctx)
{
    const Caller c = authorize(ctx, Right::View);
    const User* u = userNamed(ctx.config, c.user);
    ctx.data.insert(u"user"_s, c.user);
    ctx.data.insert(u"role"_s, c.role);
    ctx.data.insert(u"sessions"_s, sessionsValue(*u));
}

void createUser(CommandContext& ctx)
{
    authorize(ctx, Right::Administer, {}, u"manage users"_s);
    const QString name = ctx.args.string(u"name"_s);
    const QString password = ctx.args.string(u"password"_s);
    const QString role = roleArg(ctx, kMonitor);
    const QString sessions = sessionsArg(ctx, role, {});
    addUser(ctx, name, password, role, sessions);
    ctx.logEventOn(0, EventCode::CsmUsers, EventSeverity::Informational, u"Copy Services Manager"_s,
        u"IWNR1421I User %1 was given the role %2."_s.arg(name, role));
}

void changeUser(CommandContext& ctx)
{
    const QString name = ctx.args.string(u"name"_s);
    // Any user may change their own password (Edit Password, seed L3513); everything else is an Administrator's.
    const bool ownPassword = ctx.args.has(u"password"_s) && !ctx.args.has(u"role"_s) && !ctx.args.has(u"sessions"_s);
    const Caller c = authorize(ctx, ownPassword ? Right::View : Right::Administer, {}, u"manage users"_s);
    if (ownPassword && c.user != name && c.role != kAdministrator) {
        fail(ErrorCode::CsmNotAuthorized, {c.user, c.role, u"change the password of another user"_s});
    }
    const User* found = userNamed(ctx.config, name);
    if (found == nullptr) {
        fail(ErrorCode::CsmUserInvalid, {name, u"there is no such user; lsauth lists them"_s});
    }
    User& u = ctx.config.users[found->id];
    if (ctx.args.has(u"password"_s)) {
        const QString password = ctx.args.string(u"password"_s);
        checkPassword(name, password);
        u.salt = newHex(16);
        u.passwordHash = hashOf(password, u.salt);
    }
    const QString role = roleArg(ctx, u.role);
    if (u.role == kAdministrator && role != kAdministrator) {
        const auto admins = std::count_if(ctx.config.users.cbegin(), ctx.config.users.cend(),
            [](const User& x) { return x.scope == QLatin1String(kScope) && x.role == kAdministrator; });
        if (admins <= 1) {
            fail(ErrorCode::CsmUserInvalid, {name, u"the last Administrator keeps the role"_s});
        }
    }
    u.sessions = sessionsArg(ctx, role, role == u.role ? u.sessions : QString());
    u.role = role;
    ctx.logEventOn(0, EventCode::CsmUsers, EventSeverity::Informational, u"Copy Services Manager"_s,
        u"IWNR1422I User %1 was changed (role %2)."_s.arg(name, role));
}

void removeUser(CommandContext& ctx)
{
    const Caller c = authorize(ctx, Right::Administer, {}, u"manage users"_s);
    const QString name = ctx.args.string(u"name"_s);
    const User* found = userNamed(ctx.config, name);
    if (found == nullptr) {
        fail(ErrorCode::CsmUserInvalid, {name, u"there is no such user; lsauth lists them"_s});
    }
    if (name == c.user) {
        fail(ErrorCode::CsmUserInvalid, {name, u"you cannot remove yourself; another Administrator can"_s});
    }
    ctx.config.users.remove(found->id);
    auto& tokens = signIns(ctx.engine).users;
    ctx.onCommit([&tokens, name]() { tokens.removeIf([&name](auto it) { return it.value() == name; }); });
    ctx.logEventOn(0, EventCode::CsmUsers, EventSeverity::Informational, u"Copy Services Manager"_s,
        u"IWNR1423I User %1 was removed."_s.arg(name));
}

void listUsers(CommandContext& ctx)
{
    authorize(ctx, Right::View);
    QJsonArray rows;
    for (const User& u : ctx.config.users) {
        if (u.scope != QLatin1String(kScope)) {
            continue;
        }
        QString sessions = u"-"_s;
        if (u.role == kOperator) {
            sessions = u.sessions == u"*"_s ? u"All Sessions"_s : u.sessions.split(u'\n').join(u',');
        }
        rows.append(QJsonObject {{u"name"_s, u.name}, {u"classification"_s, u"User"_s}, {u"role"_s, u.role},
            {u"sessions"_s, sessions}, {u"guiAccess"_s, u"Yes"_s}, {u"cliAccess"_s, u"Yes"_s}});
    }
    ctx.data.insert(u"users"_s, rows);
}

} // namespace

Caller authorize(CommandContext& ctx, Right right, const QString& session, const QString& what)
{
    const QString t = ctx.args.string(u"token"_s);
    const QString name = signIns(ctx.engine).users.value(t);
    const User* u = name.isEmpty() ? nullptr : userNamed(ctx.config, name);
    if (u == nullptr) {
        fail(ErrorCode::CsmLoginFailed);
    }
    Caller c {u->name, u->role, u->sessions.split(u'\n', Qt::SkipEmptyParts)};
    if (right != Right::View && right != Right::ManageServers && isStandby(ctx.engine)) {
        // A standby records the active's changes and runs no commands of its own (spec §7.2, seed L97-99).
        fail(ErrorCode::CsmStandbyServer, {activeOf(ctx.engine)});
    }
    bool allowed = false;
    switch (right) {
    case Right::View:
        allowed = true;
        break;
    case Right::RunSession:
        allowed = c.role == kAdministrator
            || (c.role == kOperator && (c.sessions.contains(u"*"_s) || c.sessions.contains(session)));
        break;
    case Right::Administer:
    case Right::ManageServers:
        allowed = c.role == kAdministrator;
        break;
    }
    if (!allowed) {
        const QString text = what.isEmpty() ? u"run this command"_s : what;
        logLater(ctx, EventSeverity::Warning, u"IWNR1406W"_s,
            u"User %1 (%2) was refused: %3%4."_s.arg(
                c.user, c.role, text, session.isEmpty() ? QString() : u" on session "_s + session));
        fail(ErrorCode::CsmNotAuthorized, {c.user, c.role, text});
    }
    return c;
}

QList<CommandSpec> authCommands()
{
    return {
        {"csmUserStatus", &userStatus, false},
        {"csmSetup", &setup, true},
        {"csmLogin", &login, true},
        {"csmLogout", &logout, true},
        {"csmWhoAmI", &whoAmI, false},
        {"csmCreateUser", &createUser, true},
        {"csmChangeUser", &changeUser, true},
        {"csmRemoveUser", &removeUser, true},
        {"csmListUsers", &listUsers, false},
    };
}

} // namespace Copyline::Csm
