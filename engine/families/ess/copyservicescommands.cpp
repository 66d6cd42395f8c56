// SPDX-License-Identifier: GPL-3.0-or-later
// The ESS Copy Services servers and their reset/switch (spec §1.8, §2.12, §3.5), the Configuration panel's
// settings (password protection, CLI users, the log: §1.12, §2.13) and the host device names that rsPrimeServer
// sends (§2.11).
#include "families/ess/copyservices.h"
#include "families/ess/models.h"
#include "families/ess/pprc.h"
#include "service/engine.h"
#include "util/optionwords.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Ess
{

namespace
{

constexpr int kPbkdf2Iterations = 100'000;

QString hashPassword(const QString& password, const QString& salt)
{
    const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt.toLatin1(), kPbkdf2Iterations, 32);
    return u"pbkdf2-sha256$%1$%2"_s.arg(kPbkdf2Iterations).arg(QString::fromLatin1(key.toHex()));
}

QList<Subsystem> servers(const Configuration& config)
{
    QList<Subsystem> out;
    for (const Subsystem& s : config.subsystems) {
        if (s.family == QLatin1String(kFamily)) {
            out.append(s);
        }
    }
    return out;
}

Subsystem& holderFor(CommandContext& ctx)
{
    const Subsystem* holder = domainHolder(ctx.config);
    if (holder == nullptr) {
        fail(ErrorCode::EssPprcInvalid,
            {u"the Copy Services domain"_s, u"it has no ESS yet; add one first (essCreateStorageServer)"_s});
    }
    return ctx.config.subsystems[holder->id];
}

/** essSetCopyServicesServers primary=12019 [backup=FCA31]: which ESS clusters run the servers (§1.8). */
void setServers(CommandContext& ctx)
{
    const Subsystem primary = ctx.subsystemNamed(ctx.args.string(u"primary"_s));
    const QString backupName = ctx.args.string(u"backup"_s, QString());
    ctx.args.finish();
    const Subsystem backup = backupName.isEmpty() ? Subsystem {} : ctx.subsystemNamed(backupName);
    // The domain settings move with the primary server.
    const Subsystem* oldHolder = domainHolder(ctx.config);
    const QString carried = oldHolder != nullptr ? oldHolder->options : QString();
    for (Subsystem& s : ctx.config.subsystems) {
        if (s.family != QLatin1String(kFamily)) {
            continue;
        }
        QString options = withOption(s.options, u"csServer"_s,
            s.id == primary.id ? u"primary"_s : (s.id == backup.id ? u"backup"_s : QString()));
        if (s.id == primary.id) {
            for (const QString& key : {u"passwordProtection"_s, u"logCleared"_s}) {
                options = withOption(options, key, optionValue(carried, key));
            }
        } else {
            options = withOption(withOption(options, u"passwordProtection"_s, {}), u"logCleared"_s, {});
        }
        s.options = options;
    }
    ctx.logEventOn(primary.id, EventCode::EssConfigurationChanged, EventSeverity::Informational,
        u"Copy Services server"_s, u"Copy Services servers defined"_s,
        backup.id == 0 ? u"Primary Copy Services server on ESS %1; no backup server (one on the other site is "
                         "recommended)."_s.arg(primary.name)
                       : u"Primary Copy Services server on ESS %1, backup on ESS %2."_s.arg(primary.name, backup.name));
}

/**
 * essResetCopyServices subsystem=FCA31 action=primary|backup|disable: the "Resetting the ESS Web Copy Services"
 * page (§2.12). The seed's rules: disable on all ESSs first, then reset the ESS that runs the chosen server before
 * its clients ("If you bring the client up before the server, problems will occur", L864-866; here refused).
 * Tasks that never reported success are lost; relationships stay.
 */
void reset(CommandContext& ctx)
{
    const Subsystem& target = ctx.subsystem();
    const QString action = ctx.args.string(u"action"_s);
    ctx.args.finish();
    if (action != u"primary"_s && action != u"backup"_s && action != u"disable"_s) {
        fail(ErrorCode::InvalidParameter,
            {u"action"_s, action, u"use primary (Reset to Primary), backup (Reset to Backup) or disable"_s});
    }
    Subsystem& s = ctx.config.subsystems[target.id];
    if (action == u"disable"_s) {
        s.options = withOption(s.options, u"csActive"_s, u"disabled"_s);
    } else {
        const Subsystem* server = serverOf(ctx.config, action);
        if (server == nullptr) {
            fail(ErrorCode::EssCopyServicesUnavailable,
                {u"not configured with a %1 server"_s.arg(action), u"Define it first (essSetCopyServicesServers)"_s});
        }
        if (server->id == s.id) {
            for (const Subsystem& other : servers(ctx.config)) {
                if (other.id != s.id && optionValue(other.options, u"csActive"_s) != u"disabled"_s) {
                    fail(ErrorCode::EssCopyServicesUnavailable,
                        {u"still active on ESS %1"_s.arg(other.name),
                            u"Disable Copy Services on all ESSs first, then reset the ESS that runs the server, "
                            "then its clients"_s});
                }
            }
        } else if (optionValue(server->options, u"csActive"_s) != action) {
            fail(ErrorCode::EssCopyServicesUnavailable,
                {u"not yet running on ESS %1, the %2 server"_s.arg(server->name, action),
                    u"Reset ESS %1 to %2 first: if you bring the client up before the server, problems will "
                    "occur"_s.arg(server->name, action == u"primary"_s ? u"Primary"_s : u"Backup"_s)});
        }
        s.options = withOption(s.options, u"csActive"_s, action);
    }
    int lost = 0;
    for (SavedTask& t : ctx.config.tasks) {
        if (t.family == QLatin1String(kFamily) && t.lastStatus == u"running"_s) {
            t.lastStatus = u"failed"_s;
            t.lastReason = u"lost by the Copy Services reset before it reported success"_s;
            ++lost;
        }
    }
    ctx.logEventOn(s.id, EventCode::EssCopyServicesReset, EventSeverity::Warning, u"ESS %1"_s.arg(s.name),
        action == u"disable"_s ? u"Copy Services disabled"_s
                               : (action == u"primary"_s ? u"Reset to Primary"_s : u"Reset to Backup"_s),
        u"%1 Established PPRC and FlashCopy relationships are maintained.%2"_s.arg(action == u"disable"_s
                ? u"No Copy Services task can be submitted through this ESS."_s
                : u"Copy Services restarted with the %1 server as the active server."_s.arg(action),
            lost > 0 ? u" %1 tasks that had not reported success were lost."_s.arg(lost) : QString()));
}

/** essCopyServicesStatus [server=primary|backup|<serial>]: what rsTestConnection and the CLI ask first. */
void status(CommandContext& ctx)
{
    const QString server = ctx.args.string(u"server"_s, QString());
    ctx.args.finish();
    const Subsystem* primary = serverOf(ctx.config, u"primary"_s);
    const Subsystem* backup = serverOf(ctx.config, u"backup"_s);
    ctx.data.insert(u"primary"_s, primary != nullptr ? primary->name : QString());
    ctx.data.insert(u"backup"_s, backup != nullptr ? backup->name : QString());
    ctx.data.insert(u"active"_s, activeServer(ctx.config));
    ctx.data.insert(u"passwordProtection"_s, passwordProtection(ctx.config));
    QJsonArray list;
    for (const Subsystem& s : servers(ctx.config)) {
        list.append(QJsonObject {{u"serial"_s, s.name}, {u"server"_s, optionValue(s.options, u"csServer"_s)},
            {u"copyServices"_s, optionValue(s.options, u"csActive"_s, u"primary"_s)}});
    }
    ctx.data.insert(u"storageServers"_s, list);
    if (!server.isEmpty()) {
        QString role = server;
        if (server != u"primary"_s && server != u"backup"_s) {
            role = primary != nullptr && primary->name.compare(server, Qt::CaseInsensitive) == 0 ? u"primary"_s
                : backup != nullptr && backup->name.compare(server, Qt::CaseInsensitive) == 0    ? u"backup"_s
                                                                                                 : QString();
        }
        ctx.data.insert(u"problem"_s,
            role.isEmpty() ? u"ESS %1 runs no Copy Services server"_s.arg(server) : serverProblem(ctx.config, role));
    }
}

/** essSetPasswordProtection enabled=true|false (§2.13; on by default). */
void setPasswordProtection(CommandContext& ctx)
{
    const bool enabled = ctx.args.boolean(u"enabled"_s, true);
    ctx.args.finish();
    Subsystem& holder = holderFor(ctx);
    holder.options = withOption(holder.options, u"passwordProtection"_s, enabled ? QString() : u"off"_s);
    ctx.logEventOn(holder.id, EventCode::EssConfigurationChanged, EventSeverity::Informational,
        u"Copy Services server"_s, enabled ? u"Password protection enabled"_s : u"No Password protection"_s,
        enabled ? u"Host commands (rs* CLI) need a user name and password defined on the Configuration panel."_s
                : u"Every user can run the host commands (rs* CLI) without a password."_s);
}

/** essAuthorizeUser name=storwatch password=specialist: a CLI user (Authorize, §2.13). */
void authorizeUser(CommandContext& ctx)
{
    const QString name = ctx.args.string(u"name"_s);
    const QString password = ctx.args.string(u"password"_s);
    ctx.args.finish();
    if (name.isEmpty() || name.contains(u' ') || name.size() > 32) {
        fail(ErrorCode::InvalidParameter, {u"name"_s, name, u"use 1 to 32 characters without blanks"_s});
    }
    if (password.size() < 4) {
        fail(ErrorCode::InvalidParameter, {u"password"_s, u"(hidden)"_s, u"use at least 4 characters"_s});
    }
    const Subsystem& holder = holderFor(ctx);
    User user;
    for (const User& u : ctx.config.users) {
        if (u.scope == QLatin1String(kFamily) && u.name == name) {
            user = u;
        }
    }
    if (user.id == 0) {
        user.id = ctx.config.allocateId();
    }
    user.scope = QString::fromLatin1(kFamily);
    user.name = name;
    user.role = u"cliUser"_s;
    user.salt = QString::number(QRandomGenerator::system()->generate64(), 16);
    user.passwordHash = hashPassword(password, user.salt);
    ctx.config.users.insert(user.id, user);
    ctx.logEventOn(holder.id, EventCode::EssConfigurationChanged, EventSeverity::Informational,
        u"Copy Services server"_s, u"CLI user authorized"_s, u"User %1 may run the host commands."_s.arg(name));
}

void removeUser(CommandContext& ctx)
{
    const QString name = ctx.args.string(u"name"_s);
    ctx.args.finish();
    for (const User& u : ctx.config.users) {
        if (u.scope == QLatin1String(kFamily) && u.name == name) {
            ctx.config.users.remove(u.id);
            ctx.logEventOn(holderFor(ctx).id, EventCode::EssConfigurationChanged, EventSeverity::Informational,
                u"Copy Services server"_s, u"CLI user removed"_s,
                u"User %1 can no longer run host commands."_s.arg(name));
            return;
        }
    }
    fail(ErrorCode::EssNotAuthorized, {name, u"no such CLI user is defined"_s});
}

/** essCheckUser name= password=: whether a host command may run (password protection on). */
void checkUser(CommandContext& ctx)
{
    const QString name = ctx.args.string(u"name"_s, QString());
    const QString password = ctx.args.string(u"password"_s, QString());
    ctx.args.finish();
    if (!passwordProtection(ctx.config)) {
        return;
    }
    for (const User& u : ctx.config.users) {
        if (u.scope == QLatin1String(kFamily) && u.name == name) {
            if (hashPassword(password, u.salt) == u.passwordHash) {
                return;
            }
            break;
        }
    }
    // The same answer for an unknown user and a wrong password: it tells a guesser nothing.
    fail(ErrorCode::EssNotAuthorized,
        {name.isEmpty() ? u"(no user)"_s : name,
            u"the user name or password is not valid for this Copy Services server; CLI users are defined on the "
            "Configuration panel"_s});
}

/** essPrimeHost host=aixhost disks=("hdisk3=00012019" ...): rsPrimeServer (§2.11). */
void primeHost(CommandContext& ctx)
{
    const QString host = ctx.args.string(u"host"_s);
    const QStringList disks = ctx.args.has(u"disks"_s) ? ctx.args.list(u"disks"_s) : QStringList();
    ctx.args.finish();
    for (const QString& item : disks) {
        const QStringList parts = item.split(u'=');
        if (parts.size() != 2) {
            fail(ErrorCode::InvalidParameter,
                {u"disks"_s, item, u"give each disk as name=volume, e.g. hdisk3=00012019"_s});
        }
        attachHostDisk(ctx, host, volumeNamed(ctx, parts[1]), parts[0]);
    }
    int primed = 0;
    for (CopyPath& p : ctx.config.copyPaths) {
        if (p.kind == QLatin1String(kHostDisk) && p.sourcePort == host) {
            p.state = withOption(p.state, u"primed"_s, u"yes"_s);
            ++primed;
        }
    }
    ctx.data.insert(u"primed"_s, primed);
    ctx.logEvent(EventCode::EssConfigurationChanged, EventSeverity::Informational, u"Host %1"_s.arg(host),
        u"Copy Services server primed"_s,
        u"%1 device names of %2 are shown on the Volumes panel."_s.arg(primed).arg(host));
}

void unprimeHost(CommandContext& ctx)
{
    const QString host = ctx.args.string(u"host"_s);
    ctx.args.finish();
    int count = 0;
    for (CopyPath& p : ctx.config.copyPaths) {
        if (p.kind == QLatin1String(kHostDisk) && p.sourcePort == host) {
            p.state = withOption(p.state, u"primed"_s, {});
            ++count;
        }
    }
    ctx.data.insert(u"unprimed"_s, count);
    ctx.logEvent(EventCode::EssConfigurationChanged, EventSeverity::Informational, u"Host %1"_s.arg(host),
        u"Host removed from the Copy Services server"_s, u"%1 device names are no longer shown."_s.arg(count));
}

/** essListHostDisks [host=]: the disk name -> volume serial mapping of a host (rsList2105s, §6.3). */
void listHostDisks(CommandContext& ctx)
{
    const QString host = ctx.args.string(u"host"_s, QString());
    ctx.args.finish();
    QJsonArray list;
    QList<CopyPath> disks;
    for (const CopyPath& p : ctx.config.copyPaths) {
        if (p.kind == QLatin1String(kHostDisk) && (host.isEmpty() || p.sourcePort == host)) {
            disks.append(p);
        }
    }
    std::sort(disks.begin(), disks.end(), [](const CopyPath& a, const CopyPath& b) {
        return std::pair(a.sourcePort, a.targetPort) < std::pair(b.sourcePort, b.targetPort);
    });
    for (const CopyPath& p : disks) {
        list.append(QJsonObject {{u"host"_s, p.sourcePort}, {u"disk"_s, p.targetPort},
            {u"volume"_s, ctx.config.logicalDrives.value(p.sourceRef).name},
            {u"mounted"_s, optionValue(p.state, u"mounted"_s) == u"yes"_s},
            {u"primed"_s, optionValue(p.state, u"primed"_s) == u"yes"_s}});
    }
    ctx.data.insert(u"disks"_s, list);
}

/** essShowLog [limit=200]: the Copy Services log (View, §1.12): the ESS events since the last Clear. */
void showLog(CommandContext& ctx)
{
    const qint64 limit = ctx.args.integer(u"limit"_s, 200);
    ctx.args.finish();
    const Subsystem* holder = domainHolder(ctx.config);
    const qint64 after = holder != nullptr ? optionValue(holder->options, u"logCleared"_s, u"0"_s).toLongLong() : 0;
    QList<Event> events;
    for (const Subsystem& s : servers(ctx.config)) {
        events.append(ctx.engine.events(s.id, after, static_cast<int>(limit)));
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.id < b.id; });
    if (events.size() > limit) {
        events = events.mid(events.size() - limit);
    }
    QJsonArray list;
    for (const Event& e : events) {
        list.append(QJsonObject {{u"id"_s, e.id}, {u"time"_s, e.time.toString(Qt::ISODate)},
            {u"storageServer"_s, ctx.config.subsystems.value(e.subsystemId).name}, {u"component"_s, e.component},
            {u"description"_s, e.description}, {u"details"_s, e.details}});
    }
    ctx.data.insert(u"log"_s, list);
}

/** essClearLog: Clear (§1.12). The events stay in the workspace's history; the log shows later ones only. */
void clearLog(CommandContext& ctx)
{
    ctx.args.finish();
    Subsystem& holder = holderFor(ctx);
    qint64 last = 0;
    for (const Subsystem& s : servers(ctx.config)) {
        for (const Event& e : ctx.engine.latestEvents(s.id, 1)) {
            last = std::max(last, e.id);
        }
    }
    holder.options = withOption(holder.options, u"logCleared"_s, QString::number(last));
}

} // namespace

void attachHostDisk(CommandContext& ctx, const QString& host, const LogicalDrive& v, const QString& disk)
{
    if (host.isEmpty() || host.contains(u' ') || disk.isEmpty() || disk.contains(u' ')) {
        fail(ErrorCode::InvalidParameter, {u"host/disk"_s, host + u" "_s + disk, u"use names without blanks"_s});
    }
    QString state;
    for (auto it = ctx.config.copyPaths.begin(); it != ctx.config.copyPaths.end();) {
        const bool same = it->kind == QLatin1String(kHostDisk) && it->sourcePort == host
            && (it->sourceRef == v.id || it->targetPort == disk);
        if (same && it->sourceRef == v.id) {
            state = it->state; // mounted and primed stay as they were
        }
        it = same ? ctx.config.copyPaths.erase(it) : std::next(it);
    }
    CopyPath p;
    p.id = ctx.config.allocateId();
    p.subsystemId = v.subsystemId;
    p.kind = QString::fromLatin1(kHostDisk);
    p.sourceRef = v.id;
    p.sourcePort = host;
    p.targetPort = disk;
    p.state = state;
    ctx.config.copyPaths.insert(p.id, p);
}

QString optionValue(const QString& options, const QString& key, const QString& fallback)
{
    return OptionWords::value(options, key, fallback);
}

QString withOption(const QString& options, const QString& key, const QString& value)
{
    QString words = options;
    OptionWords::set(words, key, value);
    return words;
}

const Subsystem* serverOf(const Configuration& config, const QString& role)
{
    for (const Subsystem& s : config.subsystems) {
        if (s.family == QLatin1String(kFamily) && optionValue(s.options, u"csServer"_s) == role) {
            return &s;
        }
    }
    return nullptr;
}

const Subsystem* domainHolder(const Configuration& config)
{
    if (const Subsystem* primary = serverOf(config, u"primary"_s)) {
        return primary;
    }
    for (const Subsystem& s : config.subsystems) {
        if (s.family == QLatin1String(kFamily)) {
            return &s;
        }
    }
    return nullptr;
}

bool passwordProtection(const Configuration& config)
{
    const Subsystem* holder = domainHolder(config);
    return holder == nullptr || optionValue(holder->options, u"passwordProtection"_s) != u"off"_s;
}

QString serverProblem(const Configuration& config, const QString& role)
{
    const Subsystem* server = serverOf(config, role);
    if (server == nullptr) {
        return u"no %1 Copy Services server is defined"_s.arg(role);
    }
    const QString state = optionValue(server->options, u"csActive"_s, u"primary"_s);
    if (state == u"disabled"_s) {
        return u"Copy Services is disabled on ESS %1, which runs the %2 server"_s.arg(server->name, role);
    }
    if (state != role) {
        return u"ESS %1 runs the %2 server, but its Copy Services is reset to the %3 server"_s.arg(
            server->name, role, state);
    }
    return {};
}

QString activeServer(const Configuration& config)
{
    for (const QString& role : {u"primary"_s, u"backup"_s}) {
        if (serverProblem(config, role).isEmpty()) {
            return role;
        }
    }
    return {};
}

QList<CommandSpec> copyServicesCommands()
{
    return {
        {"essSetCopyServicesServers", &setServers, true},
        {"essResetCopyServices", &reset, true},
        {"essCopyServicesStatus", &status, false},
        {"essSetPasswordProtection", &setPasswordProtection, true},
        {"essAuthorizeUser", &authorizeUser, true},
        {"essRemoveUser", &removeUser, true},
        {"essCheckUser", &checkUser, false},
        {"essPrimeHost", &primeHost, true},
        {"essUnprimeHost", &unprimeHost, true},
        {"essListHostDisks", &listHostDisks, false},
        {"essShowLog", &showLog, false},
        {"essClearLog", &clearLog, true},
    };
}

} // namespace Copyline::Ess
