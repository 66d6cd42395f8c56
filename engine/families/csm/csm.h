// SPDX-License-Identifier: GPL-3.0-or-later
// Copy Services Manager (seed 003, spec CSM-copy-services-manager.md): what the files of the csm family share.
//
//   storage system connection -> Subsystem::options "csmLocation=<site location>" on a subsystem of another family
//   session                   -> CsmSession (state in the manager's words; options "production=1 direction=12
//                                 armed=yes recoverable=yes incremental=no backgroundCopy=yes startFlashes=yes")
//   copy set                  -> CsmCopySet ("H1=12 H2=40": the logical drive of every role)
//   user                      -> User scope "csm" (role Administrator/Operator/Monitor, Operator's sessions)
//   console message           -> Event code EventCode::CsmMessage on subsystem 0, the message id first in the text
//   hardware relationship     -> the family's own (ESS PPRC and FlashCopy, DS4000 mirrors, in-controller pairs),
//                                 made by the family's commands run inside the session command (Engine::runWithin)
#pragma once

#include "service/commandcontext.h"
#include "service/family.h"

#include <QHash>
#include <QMap>

namespace Copyline::Csm
{

inline constexpr auto kFamily = "csm";
inline constexpr auto kScope = "csm";
inline constexpr auto kLocationKey = "csmLocation";

// ---- session types (sessiontypes.cpp) ---------------------------------------------------------------------------

enum class Method
{
    FlashCopy,
    Synchronous,
    Asynchronous,
};

struct RolePairType
{
    QString source; /**< "H1" */
    QString target; /**< "H2" */
    Method method = Method::Synchronous;
    QString name() const { return source + u'-' + target; }
};

struct SessionType
{
    QString name;      /**< exact Table 1-1 name */
    QString shortName; /**< -cptype token */
    int sites = 1;
    QStringList roles;         /**< in the order of the Add Copy Sets wizard and the CSV header */
    QList<RolePairType> pairs; /**< as defined, site 1 to site 2 */
    QStringList devtypes;      /**< the families that carry it: "ess", "ds4000", "hds" */
    bool failback = false;     /**< Failover/Failback: Enable Copy to Site n and Start H2->H1 */
    bool practice = false;
};

const QList<SessionType>& sessionTypes();
/** By exact name or short name (case-insensitive); nullptr when none. */
const SessionType* findType(const QString& nameOrShort);
QString methodName(Method m);
/** The site number of a role: "H2" -> 2. */
int siteOf(const QString& role);

// ---- devices and volumes (devices.cpp) --------------------------------------------------------------------------

/** "ess", "ds4000", "hds"; empty for a family CSM does not manage. */
QString devtypeOf(const Subsystem& s);
QString deviceId(const Subsystem& s);
QString volumeId(const Configuration& config, const LogicalDrive& v);
/** The volume a CSM volume id names, on a connected storage system; fails CsmVolumeNotFound. */
const LogicalDrive& volumeById(const Configuration& config, const QString& id);
bool connected(const Subsystem& s);
QString locationOf(const Subsystem& s);
void setLocationOf(Subsystem& s, const QString& location);
QList<CommandSpec> deviceCommands();

// ---- users, roles and sign-in (auth.cpp) ------------------------------------------------------------------------

enum class Right
{
    View,          /**< every signed-in user */
    RunSession,    /**< session commands and copy sets: Administrator; Operator on its sessions */
    Administer,    /**< users, storage systems, creating and removing sessions */
    ManageServers, /**< the active and standby management servers: Administrator, also on a standby */
};

struct Caller
{
    QString user;
    QString role;
    QStringList sessions; /**< an Operator's; "*" = all */
};

/** Checks the command's token ("token" argument) and the right; fails CsmLoginFailed / CsmNotAuthorized. */
Caller authorize(CommandContext& ctx, Right right, const QString& session = {}, const QString& what = {});
QList<CommandSpec> authCommands();

// ---- sessions (sessioncommands.cpp) ------------------------------------------------------------------------------

struct Volumes
{
    QMap<QString, ObjectId> byRole;
};
Volumes parseVolumes(const QString& text);
QString formatVolumes(const Volumes& v);

CsmSession& sessionNamed(CommandContext& ctx, const QString& name);
const CsmSession* findSession(const Configuration& config, const QString& name);
QList<CsmCopySet> copySetsOf(const Configuration& config, ObjectId sessionId);
QString option(const CsmSession& s, const QString& key, const QString& fallback = {});
void setOption(CsmSession& s, const QString& key, const QString& value);
/** Logs a console message (id "IWNR1021I": its last letter gives the severity) on no subsystem. */
void message(CommandContext& ctx, const QString& session, const QString& id, const QString& text);
QList<CommandSpec> sessionCommands();
QList<CommandSpec> copySetCommands();
void poll(Engine& engine);
Error populateDemo(Engine& engine);

// ---- the active and standby management servers (ha.cpp) -------------------------------------------------------

/** Whether this engine's manager is the standby of another (it runs no commands but the HA ones). */
bool isStandby(const Engine& engine);
/** The partner of this engine's manager: its standby, or (on a standby) its active; empty when stand-alone. */
QString activeOf(const Engine& engine);
/** Answers the active's copies (Sites::handle). */
Error restoreHa(Engine& engine);
/** Sends the standby what changed (every poll; a partner that does not answer is tried every 10 s). */
void pollHa(Engine& engine);
QList<CommandSpec> haCommands();

// ---- the families' hardware (hardware.cpp) -----------------------------------------------------------------------

/** One relationship of a role pair in one copy set, in the direction it copies now. */
struct Pair
{
    ObjectId copySetId = 0;
    ObjectId sourceId = 0;
    ObjectId targetId = 0;
    Method method = Method::Synchronous;
};

/** What a pair's hardware shows now. */
struct PairState
{
    bool exists = false;       /**< a relationship between the two volumes (either direction) */
    bool reversed = false;     /**< it copies target -> source */
    QString state;             /**< the family's word, "-" when none */
    bool synchronized = false; /**< mirror: full duplex / Synchronized; FlashCopy: the point in time exists */
    bool suspended = false;
    bool error = false;
    QString reason;
    int progress = 0; /**< 0-100 */
};

PairState pairState(Engine& engine, const Configuration& config, const Pair& p);

/** The families' commands for a set of pairs of one method, run inside @p ctx's transaction. */
void hwFlash(CommandContext& ctx, const QList<Pair>& pairs, bool background);
void hwWithdraw(CommandContext& ctx, const QList<Pair>& pairs);
/** Starts copying source -> target: a new relationship (full copy), a resume, or a reversed one resumed. */
void hwStart(CommandContext& ctx, const QList<Pair>& pairs);
void hwSuspend(CommandContext& ctx, const QList<Pair>& pairs);
/** Makes the targets host-accessible as the new production (failover). */
void hwRecover(CommandContext& ctx, const QList<Pair>& pairs);
void hwTerminate(CommandContext& ctx, const QList<Pair>& pairs);

} // namespace Copyline::Csm
