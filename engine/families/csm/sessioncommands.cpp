// SPDX-License-Identifier: GPL-3.0-or-later
// Sessions (spec §1.6), their commands per type and state (§2), the state machine and status (§3), role pairs and
// pairs, the console messages and the configuration backup.
//
// States are the seed's words: Defined, Preparing, Prepared, Suspended, Target Available. Commands complete inside
// one engine command, so the transient "...ing" states of spec §3.2 (Suspending, Recovering, Terminating) never
// show; Preparing lasts while the hardware copies and ends in Prepared when every pair is synchronized (poll()).
// Status follows the derivation rule of spec §3.1 [SIM], computed from the hardware at every query.
#include "families/csm/csm.h"

#include "service/engine.h"
#include "util/optionwords.h"
#include "util/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Csm
{

namespace
{

const QString kDefined = u"Defined"_s;
const QString kPreparing = u"Preparing"_s;
const QString kPrepared = u"Prepared"_s;
const QString kSuspended = u"Suspended"_s;
const QString kTargetAvailable = u"Target Available"_s;

struct Action
{
    QString token;
    QString label;
    QString warning;
};

const SessionType& typeOf(const CsmSession& s)
{
    const SessionType* t = findType(s.type);
    Q_ASSERT(t != nullptr);
    return *t;
}

bool yes(const CsmSession& s, const QString& key, bool fallback)
{
    return option(s, key, fallback ? u"yes"_s : u"no"_s) == u"yes"_s;
}

QString siteLocation(const CsmSession& s, int site)
{
    const QString loc = s.locations.split(u'\n').value(site - 1);
    return loc.isEmpty() ? u"site %1"_s.arg(site) : loc;
}

/** The copy direction now: 1 (site 1 to site 2) or 2 (site 2 to site 1). */
int direction(const CsmSession& s)
{
    return option(s, u"direction"_s, u"12"_s) == u"21"_s ? 2 : 1;
}

int production(const CsmSession& s)
{
    return option(s, u"production"_s, u"1"_s).toInt();
}

/** The pairs of one copy set in the session's direction, by role pair. */
QList<std::pair<RolePairType, Pair>> pairsOf(const CsmSession& s, const CsmCopySet& c)
{
    QList<std::pair<RolePairType, Pair>> list;
    const Volumes v = parseVolumes(c.volumes);
    for (RolePairType rp : typeOf(s).pairs) {
        if (rp.method != Method::FlashCopy && direction(s) == 2) {
            std::swap(rp.source, rp.target);
        }
        list.append({rp, {c.id, v.byRole.value(rp.source), v.byRole.value(rp.target), rp.method}});
    }
    return list;
}

QList<Pair> activePairs(const Configuration& config, const CsmSession& s, bool includeInactive = false)
{
    QList<Pair> pairs;
    for (const CsmCopySet& c : copySetsOf(config, s.id)) {
        if (c.active || includeInactive) {
            for (const auto& [rp, p] : pairsOf(s, c)) {
                pairs.append(p);
            }
        }
    }
    return pairs;
}

struct Health
{
    QString status;
    int errors = 0;
    int progress = 100;
    bool copying = false;
    bool recoverable = false;
};

Health healthOf(Engine& engine, const Configuration& config, const CsmSession& s)
{
    Health h;
    const QList<CsmCopySet> sets = copySetsOf(config, s.id);
    bool inactive = false;
    int sum = 0;
    int count = 0;
    for (const CsmCopySet& c : sets) {
        if (!c.active) {
            inactive = true;
            continue;
        }
        for (const auto& [rp, p] : pairsOf(s, c)) {
            const PairState st = pairState(engine, config, p);
            h.errors += st.error ? 1 : 0;
            h.copying = h.copying || (st.exists && !st.synchronized && !st.suspended);
            sum += st.progress;
            ++count;
        }
    }
    h.progress = count > 0 ? sum / count : (s.state == kDefined ? 0 : 100);
    h.recoverable = yes(s, u"recoverable"_s, false);
    // Spec §3.1 [SIM] rule, in order.
    if (s.state == kDefined) {
        h.status = u"Inactive"_s;
    } else if (s.state == kTargetAvailable) {
        h.status = h.recoverable ? u"Normal"_s : u"Severe"_s;
    } else if (h.errors > 0 || s.state == kSuspended) {
        h.status = u"Severe"_s;
    } else if (s.state == kPreparing || h.copying || inactive
        || (s.state == kPrepared && typeOf(s).pairs.size() == 1
            && typeOf(s).pairs.first().method == Method::FlashCopy)) {
        h.status = u"Warning"_s;
    } else {
        h.status = u"Normal"_s;
    }
    return h;
}

QList<Action> actionsOf(const Configuration& config, const CsmSession& s)
{
    const SessionType& t = typeOf(s);
    const bool any = !copySetsOf(config, s.id).isEmpty();
    QList<Action> a;
    if (!any) {
        return a;
    }
    const Action refresh {u"refresh"_s, u"Refresh States"_s, {}};
    const Action terminate {u"terminate"_s, u"Terminate"_s,
        u"The relationships of every copy set are removed from the storage systems; the targets are no longer "
        "kept."_s};
    if (t.pairs.first().method == Method::FlashCopy) {
        const Action flash {u"flash"_s, u"Flash"_s,
            u"A new point-in-time copy of every H1 volume overwrites the T1 volumes (T1' overwrites T1)."_s};
        if (s.state == kDefined) {
            a.append({u"start"_s, u"Start"_s,
                yes(s, u"startFlashes"_s, true) ? flash.warning
                                                : u"The session prepares the copy sets; Flash takes the copy."_s});
            a.append(flash);
        } else {
            a.append(flash);
            a.append(terminate);
            a.append(refresh);
        }
        return a;
    }
    const int d = direction(s);
    const int p = production(s);
    const QString startWarning = u"The data on the volumes at %1 will be overwritten. If the H%2 volumes were used "
                                 "before, all data will be overwritten."_s;
    auto start = [&](int from) {
        const int to = from == 1 ? 2 : 1;
        return Action {u"start_h%1:h%2"_s.arg(from).arg(to), u"Start H%1->H%2"_s.arg(from).arg(to),
            startWarning.arg(siteLocation(s, to)).arg(to)};
    };
    const Action suspend {u"suspend"_s, u"Suspend"_s,
        u"Replication stops with consistent targets. Stop host I/O first if the applications need a clean "
        "image."_s};
    const Action stop {u"stop"_s, u"Stop"_s,
        u"Replication stops without consistency: the targets cannot be recovered from until the next Start."_s};
    if (s.state == kDefined) {
        a.append(start(1));
    } else if (s.state == kPreparing || s.state == kPrepared) {
        a << suspend << stop << terminate << refresh;
    } else if (s.state == kSuspended) {
        a.append(start(d));
        if (yes(s, u"recoverable"_s, false)) {
            const int target = d == 1 ? 2 : 1;
            a.append({u"recover"_s, u"Recover"_s,
                u"The volumes at %1 become the production volumes, writable by hosts; replication stays "
                "stopped."_s.arg(siteLocation(s, target))});
        }
        a << terminate << refresh;
    } else if (s.state == kTargetAvailable) {
        if (!t.failback) {
            a.append(start(1));
        } else if (yes(s, u"armed"_s, false)) {
            a.append(start(p));
        } else {
            const int other = p == 1 ? 2 : 1;
            a.append({u"enable_copy_to_site_%1"_s.arg(other), u"Enable Copy to Site %1"_s.arg(other),
                u"Replication from site %1 to site %2 (%3) is enabled, but not yet started; Start H%1->H%2 "
                "starts it."_s.arg(p)
                    .arg(other)
                    .arg(siteLocation(s, other))});
        }
        a << terminate << refresh;
    }
    return a;
}

void setState(CommandContext& ctx, CsmSession& s, const QString& state)
{
    if (s.state != state) {
        s.state = state;
        s.stateChanged = ctx.clock.now();
    }
}

void activate(CommandContext& ctx, const CsmSession& s, bool on)
{
    for (const CsmCopySet& c : copySetsOf(ctx.config, s.id)) {
        ctx.config.csmCopySets[c.id].active = on;
    }
}

QJsonObject sessionRow(Engine& engine, const Configuration& config, const CsmSession& s)
{
    const Health h = healthOf(engine, config, s);
    return {{u"name"_s, s.name}, {u"status"_s, h.status}, {u"state"_s, s.state}, {u"type"_s, s.type},
        {u"description"_s, s.description}, {u"recoverable"_s, h.recoverable},
        {u"activeHost"_s, u"H%1"_s.arg(production(s))}, {u"copySets"_s, copySetsOf(config, s.id).size()},
        {u"errors"_s, h.errors}, {u"progress"_s, h.progress},
        {u"locations"_s, QJsonArray::fromStringList(s.locations.split(u'\n'))}};
}

QJsonArray rolePairRows(Engine& engine, const Configuration& config, const CsmSession& s)
{
    QJsonArray rows;
    const QList<CsmCopySet> sets = copySetsOf(config, s.id);
    const QList<RolePairType> defs = typeOf(s).pairs;
    for (int i = 0; i < defs.size(); ++i) {
        RolePairType rp = defs.at(i);
        if (rp.method != Method::FlashCopy && direction(s) == 2) {
            std::swap(rp.source, rp.target);
        }
        int errors = 0;
        int sum = 0;
        int count = 0;
        bool anyExists = false;
        for (const CsmCopySet& c : sets) {
            if (!c.active) {
                continue;
            }
            const PairState st = pairState(engine, config, pairsOf(s, c).at(i).second);
            errors += st.error ? 1 : 0;
            sum += st.progress;
            anyExists = anyExists || st.exists;
            ++count;
        }
        const bool active = s.state == kPreparing || s.state == kPrepared
            || (rp.method == Method::FlashCopy && s.state == kTargetAvailable && anyExists);
        rows.append(QJsonObject {{u"name"_s, rp.name()}, {u"sourceRole"_s, rp.source}, {u"targetRole"_s, rp.target},
            {u"copyType"_s, methodName(rp.method)}, {u"active"_s, active},
            {u"recoverable"_s, yes(s, u"recoverable"_s, false)}, {u"progress"_s, count > 0 ? sum / count : 0},
            {u"errors"_s, errors}, {u"pairs"_s, count},
            {u"timestamp"_s, s.timestamp.isValid() ? s.timestamp.toString(Qt::ISODate) : QString()},
            {u"direction"_s, u"%1->%2"_s.arg(rp.source, rp.target)}});
    }
    return rows;
}

// ---- commands ------------------------------------------------------------------------------------------------------

void checkSessionName(const QString& name)
{
    static const QRegularExpression valid(u"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,249}$"_s);
    if (!valid.match(name).hasMatch()) {
        fail(ErrorCode::CsmNameInvalid,
            {name, u"session name"_s,
                u"use up to 250 letters, digits, '-', '_', '.' or ':', starting with a letter or digit"_s});
    }
}

QString typeNames()
{
    QStringList names;
    for (const SessionType& t : sessionTypes()) {
        names.append(u"%1 (%2)"_s.arg(t.name, t.shortName));
    }
    return names.join(u", "_s);
}

void createSession(CommandContext& ctx)
{
    authorize(ctx, Right::Administer, {}, u"create sessions"_s);
    const QString name = ctx.args.string(u"name"_s);
    checkSessionName(name);
    const QString typeText = ctx.args.string(u"type"_s);
    const SessionType* t = findType(typeText);
    if (t == nullptr) {
        fail(ErrorCode::CsmTypeUnknown, {typeText, typeNames()});
    }
    if (findSession(ctx.config, name) != nullptr) {
        fail(ErrorCode::CsmSessionExists, {name});
    }
    QStringList locations;
    for (int site = 1; site <= 3; ++site) {
        const QString key = u"site%1"_s.arg(site);
        const QString loc = ctx.args.string(key, {});
        if (!loc.isEmpty() && site > t->sites) {
            fail(ErrorCode::InvalidParameter, {key, loc, u"a %1 session has %2 site(s)"_s.arg(t->name).arg(t->sites)});
        }
        if (site <= t->sites) {
            locations.append(loc);
        }
    }
    CsmSession s;
    s.id = ctx.config.allocateId();
    s.name = name;
    s.type = t->name;
    s.description = ctx.args.string(u"description"_s, {});
    s.locations = locations.join(u'\n');
    s.state = kDefined;
    s.stateChanged = ctx.clock.now();
    s.options = t->pairs.first().method == Method::FlashCopy ? u"incremental=no backgroundCopy=yes startFlashes=yes"_s
                                                             : u"production=1 direction=12"_s;
    ctx.config.csmSessions.insert(s.id, s);
    message(ctx, name, u"IWNR1021I"_s, u"Session %1 was successfully created."_s.arg(name));
    ctx.data = sessionRow(ctx.engine, ctx.config, s);
}

void removeSession(CommandContext& ctx)
{
    authorize(ctx, Right::Administer, {}, u"remove sessions"_s);
    const CsmSession s = sessionNamed(ctx, ctx.args.string(u"name"_s));
    if (s.state != kDefined) {
        fail(ErrorCode::CsmSessionNotDefined, {s.name, s.state});
    }
    for (const CsmCopySet& c : copySetsOf(ctx.config, s.id)) {
        ctx.config.csmCopySets.remove(c.id);
    }
    ctx.config.csmSessions.remove(s.id);
    for (User& u : ctx.config.users) {
        if (u.scope == QLatin1String(kScope) && u.sessions != u"*"_s) {
            QStringList names = u.sessions.split(u'\n', Qt::SkipEmptyParts);
            names.removeAll(s.name);
            u.sessions = names.join(u'\n');
        }
    }
    message(ctx, s.name, u"IWNR1022I"_s, u"Session %1 was removed."_s.arg(s.name));
}

void changeSession(CommandContext& ctx)
{
    const QString name = ctx.args.string(u"name"_s);
    authorize(ctx, Right::RunSession, name, u"change session properties"_s);
    CsmSession& s = sessionNamed(ctx, name);
    QStringList changed;
    if (ctx.args.has(u"description"_s)) {
        s.description = ctx.args.string(u"description"_s);
        changed.append(u"description"_s);
    }
    const bool flash = typeOf(s).pairs.first().method == Method::FlashCopy;
    for (const QString& key : {u"incremental"_s, u"backgroundCopy"_s, u"startFlashes"_s}) {
        if (!ctx.args.has(key)) {
            continue;
        }
        const bool on = ctx.args.boolean(key, false);
        if (!flash) {
            fail(ErrorCode::InvalidParameter, {key, on ? u"yes"_s : u"no"_s, u"only FlashCopy sessions have it"_s});
        }
        setOption(s, key, on ? u"yes"_s : u"no"_s);
        changed.append(u"%1 %2"_s.arg(key, on ? u"yes"_s : u"no"_s));
    }
    if (ctx.args.has(u"newName"_s)) {
        const QString newName = ctx.args.string(u"newName"_s);
        checkSessionName(newName);
        if (findSession(ctx.config, newName) != nullptr) {
            fail(ErrorCode::CsmSessionExists, {newName});
        }
        for (User& u : ctx.config.users) {
            if (u.scope == QLatin1String(kScope) && u.sessions != u"*"_s) {
                QStringList names = u.sessions.split(u'\n', Qt::SkipEmptyParts);
                names.replaceInStrings(QRegularExpression(u"^%1$"_s.arg(QRegularExpression::escape(s.name))), newName);
                u.sessions = names.join(u'\n');
            }
        }
        changed.append(u"name %1"_s.arg(newName));
        s.name = newName;
    }
    if (changed.isEmpty()) {
        fail(ErrorCode::MissingParameter,
            {u"description, newName, incremental, backgroundCopy or startFlashes"_s, ctx.args.command()});
    }
    message(ctx, s.name, u"IWNR1023I"_s,
        u"The properties of session %1 were changed: %2."_s.arg(s.name, changed.join(u", "_s)));
}

void listSessions(CommandContext& ctx)
{
    authorize(ctx, Right::View);
    QJsonArray rows;
    QList<CsmSession> sessions = ctx.config.csmSessions.values();
    std::sort(sessions.begin(), sessions.end(), [](const CsmSession& a, const CsmSession& b) { return a.id < b.id; });
    for (const CsmSession& s : std::as_const(sessions)) {
        rows.append(sessionRow(ctx.engine, ctx.config, s));
    }
    ctx.data.insert(u"sessions"_s, rows);
}

void showSession(CommandContext& ctx)
{
    authorize(ctx, Right::View);
    const CsmSession& s = sessionNamed(ctx, ctx.args.string(u"name"_s));
    QJsonObject row = sessionRow(ctx.engine, ctx.config, s);
    QJsonObject options;
    if (typeOf(s).pairs.first().method == Method::FlashCopy) {
        options.insert(u"incremental"_s, yes(s, u"incremental"_s, false));
        options.insert(u"backgroundCopy"_s, yes(s, u"backgroundCopy"_s, true));
        options.insert(u"startFlashes"_s, yes(s, u"startFlashes"_s, true));
    }
    row.insert(u"options"_s, options);
    row.insert(u"stateChanged"_s, s.stateChanged.toString(Qt::ISODate));
    row.insert(u"timestamp"_s, s.timestamp.isValid() ? s.timestamp.toString(Qt::ISODate) : QString());
    const int d = direction(s);
    row.insert(u"direction"_s, d == 1 ? u"H1->H2"_s : u"H2->H1"_s);
    row.insert(u"armed"_s, yes(s, u"armed"_s, false));
    ctx.data.insert(u"session"_s, row);
    ctx.data.insert(u"rolePairs"_s, rolePairRows(ctx.engine, ctx.config, s));
}

void sessionActions(CommandContext& ctx)
{
    const QString name = ctx.args.string(u"name"_s);
    const Caller c = authorize(ctx, Right::View);
    const CsmSession& s = sessionNamed(ctx, name);
    QJsonArray rows;
    // What the caller may run: a Monitor or an Operator of other sessions sees no action (the GUI enables these).
    const bool may = c.role == u"Administrator"_s
        || (c.role == u"Operator"_s && (c.sessions.contains(u"*"_s) || c.sessions.contains(s.name)));
    if (may) {
        for (const Action& a : actionsOf(ctx.config, s)) {
            rows.append(QJsonObject {{u"action"_s, a.token}, {u"label"_s, a.label}, {u"warning"_s, a.warning}});
        }
    }
    ctx.data.insert(u"actions"_s, rows);
}

void runSessionCommand(CommandContext& ctx)
{
    const QString name = ctx.args.string(u"name"_s);
    const QString token = ctx.args.string(u"action"_s).toLower();
    authorize(ctx, Right::RunSession, name, u"run %1"_s.arg(token));
    CsmSession& s = sessionNamed(ctx, name);
    const QList<Action> valid = actionsOf(ctx.config, s);
    const auto found = std::find_if(valid.cbegin(), valid.cend(), [&](const Action& a) { return a.token == token; });
    if (found == valid.cend()) {
        QStringList tokens;
        for (const Action& a : valid) {
            tokens.append(a.token);
        }
        fail(ErrorCode::CsmActionNotValid,
            {token, s.name, tokens.isEmpty() ? u"none (add copy sets first)"_s : tokens.join(u", "_s)});
    }
    const QString label = found->label;
    const QString sid = s.name;
    const QDateTime now = ctx.clock.now();
    if (token == u"refresh"_s) {
        message(ctx, sid, u"IWNR1030I"_s, u"The states of session %1 were refreshed from the hardware."_s.arg(sid));
    } else if (token == u"flash"_s || (token == u"start"_s && yes(s, u"startFlashes"_s, true))) {
        activate(ctx, s, true);
        hwFlash(ctx, activePairs(ctx.config, s), yes(s, u"backgroundCopy"_s, true));
        CsmSession& after = ctx.config.csmSessions[s.id];
        setState(ctx, after, kTargetAvailable);
        setOption(after, u"recoverable"_s, u"yes"_s);
        after.timestamp = now;
    } else if (token == u"start"_s) {
        activate(ctx, s, true);
        setState(ctx, s, kPrepared);
        setOption(s, u"recoverable"_s, u"no"_s);
    } else if (token == u"terminate"_s) {
        const QList<Pair> pairs = activePairs(ctx.config, s);
        if (typeOf(s).pairs.first().method == Method::FlashCopy) {
            hwWithdraw(ctx, pairs);
        } else {
            hwTerminate(ctx, pairs);
        }
        CsmSession& after = ctx.config.csmSessions[s.id];
        activate(ctx, after, false);
        setState(ctx, after, kDefined);
        for (const QString& key : {u"recoverable"_s, u"armed"_s}) {
            setOption(after, key, {});
        }
        if (typeOf(after).pairs.first().method != Method::FlashCopy) {
            setOption(after, u"production"_s, u"1"_s);
            setOption(after, u"direction"_s, u"12"_s);
        }
    } else if (token.startsWith(u"start_h"_s)) {
        const int from = token.mid(7, 1).toInt();
        setOption(s, u"direction"_s, from == 1 ? u"12"_s : u"21"_s);
        setOption(s, u"production"_s, QString::number(from));
        setOption(s, u"armed"_s, {});
        setOption(s, u"recoverable"_s, u"no"_s);
        activate(ctx, s, true);
        const CsmSession copy = ctx.config.csmSessions.value(s.id);
        hwStart(ctx, activePairs(ctx.config, copy));
        setState(ctx, ctx.config.csmSessions[copy.id], kPreparing);
    } else if (token == u"suspend"_s || token == u"stop"_s) {
        const bool consistent = token == u"suspend"_s && s.state == kPrepared;
        hwSuspend(ctx, activePairs(ctx.config, s));
        CsmSession& after = ctx.config.csmSessions[s.id];
        setState(ctx, after, kSuspended);
        setOption(after, u"recoverable"_s, consistent ? u"yes"_s : u"no"_s);
        if (consistent) {
            after.timestamp = now;
        }
    } else if (token == u"recover"_s) {
        const int target = direction(s) == 1 ? 2 : 1;
        hwRecover(ctx, activePairs(ctx.config, s));
        CsmSession& after = ctx.config.csmSessions[s.id];
        setState(ctx, after, kTargetAvailable);
        setOption(after, u"production"_s, QString::number(target));
        setOption(after, u"armed"_s, {});
    } else if (token.startsWith(u"enable_copy_to_site_"_s)) {
        setOption(s, u"armed"_s, u"yes"_s);
    }
    const CsmSession& after = ctx.config.csmSessions[s.id];
    const Health h = healthOf(ctx.engine, ctx.config, after);
    QString text
        = u"The %1 command in session %2 completed; the session is %3 (%4)."_s.arg(label, sid, after.state, h.status);
    if (token.startsWith(u"enable_copy_to_site_"_s)) {
        text = u"Copy to site %1 was enabled in session %2: reverse replication has been enabled, but not yet "
               "started."_s.arg(token.right(1), sid);
    }
    message(ctx, sid, u"IWNR1026I"_s, text);
    ctx.data.insert(u"state"_s, after.state);
    ctx.data.insert(u"status"_s, h.status);
    ctx.data.insert(u"message"_s, text);
}

void listSessionTypes(CommandContext& ctx)
{
    authorize(ctx, Right::View);
    QJsonArray rows;
    for (const SessionType& t : sessionTypes()) {
        QJsonArray pairs;
        for (const RolePairType& rp : t.pairs) {
            pairs.append(QJsonObject {{u"name"_s, rp.name()}, {u"source"_s, rp.source}, {u"target"_s, rp.target},
                {u"method"_s, methodName(rp.method)}});
        }
        rows.append(QJsonObject {{u"name"_s, t.name}, {u"shortName"_s, t.shortName}, {u"sites"_s, t.sites},
            {u"roles"_s, QJsonArray::fromStringList(t.roles)}, {u"rolePairs"_s, pairs},
            {u"devtypes"_s, QJsonArray::fromStringList(t.devtypes)}, {u"failback"_s, t.failback}});
    }
    ctx.data.insert(u"types"_s, rows);
}

void listRolePairs(CommandContext& ctx)
{
    authorize(ctx, Right::View);
    const CsmSession& s = sessionNamed(ctx, ctx.args.string(u"name"_s));
    ctx.data.insert(u"rolePairs"_s, rolePairRows(ctx.engine, ctx.config, s));
}

void listPairs(CommandContext& ctx)
{
    authorize(ctx, Right::View);
    const CsmSession& s = sessionNamed(ctx, ctx.args.string(u"name"_s));
    const QString only = ctx.args.string(u"rolePair"_s, {});
    QJsonArray rows;
    for (const CsmCopySet& c : copySetsOf(ctx.config, s.id)) {
        for (const auto& [rp, p] : pairsOf(s, c)) {
            if (!only.isEmpty() && rp.name().compare(only, Qt::CaseInsensitive) != 0
                && QString(rp.target + u'-' + rp.source).compare(only, Qt::CaseInsensitive) != 0) {
                continue;
            }
            const PairState st = pairState(ctx.engine, ctx.config, p);
            rows.append(QJsonObject {{u"rolePair"_s, rp.name()},
                {u"source"_s, volumeId(ctx.config, ctx.config.logicalDrives.value(p.sourceId))},
                {u"target"_s, volumeId(ctx.config, ctx.config.logicalDrives.value(p.targetId))},
                {u"state"_s, c.active ? st.state : u"Inactive"_s},
                {u"recoverable"_s, c.active && yes(s, u"recoverable"_s, false)},
                {u"copying"_s, st.exists && !st.synchronized && !st.suspended}, {u"progress"_s, st.progress},
                {u"copyType"_s, methodName(rp.method)},
                {u"timestamp"_s, s.timestamp.isValid() ? s.timestamp.toString(Qt::ISODate) : QString()},
                {u"lastResult"_s, st.error ? st.reason : QString()}});
        }
    }
    ctx.data.insert(u"pairs"_s, rows);
}

void listMessages(CommandContext& ctx)
{
    authorize(ctx, Right::View);
    const QString only = ctx.args.string(u"session"_s, {});
    const int limit = static_cast<int>(ctx.args.integer(u"limit"_s, 200));
    QJsonArray rows;
    QList<Event> events = ctx.engine.latestEvents(0, std::max(limit, 1) * 8);
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.id < b.id; });
    for (const Event& e : std::as_const(events)) {
        if (e.subsystemId != 0 || e.code < EventCode::CsmMessage || e.code > 0x8FFF) {
            continue;
        }
        const QString session = e.component.startsWith(u"Session "_s) ? e.component.mid(8) : QString();
        if (!only.isEmpty() && session != only) {
            continue;
        }
        const QString id = e.description.section(u' ', 0, 0);
        rows.append(QJsonObject {{u"time"_s, e.time.toString(Qt::ISODate)}, {u"id"_s, id}, {u"severity"_s, id.right(1)},
            {u"session"_s, session}, {u"text"_s, e.description.section(u' ', 1)}});
    }
    while (rows.size() > limit) {
        rows.removeFirst();
    }
    ctx.data.insert(u"messages"_s, rows);
}

void backup(CommandContext& ctx)
{
    authorize(ctx, Right::Administer, {}, u"back up the manager's configuration"_s);
    QJsonArray sessions;
    for (const CsmSession& s : ctx.config.csmSessions) {
        QJsonArray sets;
        for (const CsmCopySet& c : copySetsOf(ctx.config, s.id)) {
            QJsonObject roles;
            const Volumes v = parseVolumes(c.volumes);
            for (auto it = v.byRole.cbegin(); it != v.byRole.cend(); ++it) {
                roles.insert(it.key(), volumeId(ctx.config, ctx.config.logicalDrives.value(it.value())));
            }
            sets.append(QJsonObject {{u"volumes"_s, roles}, {u"active"_s, c.active}});
        }
        sessions.append(QJsonObject {{u"name"_s, s.name}, {u"type"_s, s.type}, {u"description"_s, s.description},
            {u"locations"_s, s.locations}, {u"state"_s, s.state}, {u"options"_s, s.options}, {u"copySets"_s, sets}});
    }
    QJsonArray devices;
    for (const Subsystem& s : ctx.config.subsystems) {
        if (connected(s)) {
            devices.append(QJsonObject {{u"id"_s, deviceId(s)}, {u"location"_s, locationOf(s)}});
        }
    }
    QJsonArray users;
    for (const User& u : ctx.config.users) {
        if (u.scope == QLatin1String(kScope)) {
            users.append(QJsonObject {{u"name"_s, u.name}, {u"role"_s, u.role}, {u"sessions"_s, u.sessions},
                {u"salt"_s, u.salt}, {u"passwordHash"_s, u.passwordHash}});
        }
    }
    const QDateTime now = ctx.clock.now();
    const QString folder = QDir(ctx.engine.workspacePath()).filePath(u"csm/backups"_s);
    PrivateFiles::makeFolder(QDir(ctx.engine.workspacePath()).filePath(u"csm"_s));
    PrivateFiles::makeFolder(folder);
    const QString path = QDir(folder).filePath(u"csmAutoBackup_%1.json"_s.arg(now.toString(u"yyyyMMdd_HHmmsszzz"_s)));
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(
        QJsonObject {{u"time"_s, now.toString(Qt::ISODate)}, {u"sessions"_s, sessions}, {u"devices"_s, devices},
            {u"users"_s, users}}).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        failFile(path, IoStatus::failure(errno, file.errorString()));
    }
    PrivateFiles::restrictFile(path);
    message(ctx, {}, u"IWNR1905I"_s, u"The configuration was backed up to %1."_s.arg(path));
    ctx.data.insert(u"path"_s, path);
}

} // namespace

Volumes parseVolumes(const QString& text)
{
    Volumes v;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
        v.byRole.insert(word.section(u'=', 0, 0), word.section(u'=', 1).toLongLong());
    }
    return v;
}

QString formatVolumes(const Volumes& v)
{
    QStringList words;
    for (auto it = v.byRole.cbegin(); it != v.byRole.cend(); ++it) {
        words.append(u"%1=%2"_s.arg(it.key()).arg(it.value()));
    }
    return words.join(u' ');
}

const CsmSession* findSession(const Configuration& config, const QString& name)
{
    for (const CsmSession& s : config.csmSessions) {
        if (s.name == name) {
            return &s;
        }
    }
    return nullptr;
}

CsmSession& sessionNamed(CommandContext& ctx, const QString& name)
{
    const CsmSession* s = findSession(ctx.config, name);
    if (s == nullptr) {
        fail(ErrorCode::CsmSessionNotFound, {name});
    }
    return ctx.config.csmSessions[s->id];
}

QList<CsmCopySet> copySetsOf(const Configuration& config, ObjectId sessionId)
{
    QList<CsmCopySet> sets;
    for (const CsmCopySet& c : config.csmCopySets) {
        if (c.sessionId == sessionId) {
            sets.append(c);
        }
    }
    return sets;
}

QString option(const CsmSession& s, const QString& key, const QString& fallback)
{
    return OptionWords::value(s.options, key, fallback);
}

void setOption(CsmSession& s, const QString& key, const QString& value)
{
    OptionWords::set(s.options, key, value);
}

void message(CommandContext& ctx, const QString& session, const QString& id, const QString& text)
{
    const QChar severity = id.isEmpty() ? u'I' : id.back();
    ctx.logEventOn(0, EventCode::CsmMessage,
        severity == u'E' ? EventSeverity::Critical
                         : (severity == u'W' ? EventSeverity::Warning : EventSeverity::Informational),
        session.isEmpty() ? u"Copy Services Manager"_s : u"Session "_s + session, id + u' ' + text);
}

void poll(Engine& engine)
{
    pollHa(engine);
    if (isStandby(engine)) {
        return; // the active server drives the sessions; this copy changes only with the active's
    }
    const Configuration config = engine.configuration(); // a copy: the changes below must not move under the loop
    for (const CsmSession& s : config.csmSessions) {
        if (s.state != kPreparing && s.state != kPrepared) {
            continue;
        }
        if (typeOf(s).pairs.first().method == Method::FlashCopy) {
            continue;
        }
        bool all = true;
        QString broken;
        for (const Pair& p : activePairs(config, s)) {
            const PairState st = pairState(engine, config, p);
            all = all && st.synchronized;
            if (!st.exists || st.suspended || st.error) {
                broken = u"%1 -> %2: %3"_s.arg(volumeId(config, config.logicalDrives.value(p.sourceId)),
                    volumeId(config, config.logicalDrives.value(p.targetId)),
                    st.exists ? (st.reason.isEmpty() ? st.state : st.reason) : u"the relationship is gone"_s);
                break;
            }
        }
        const ObjectId id = s.id;
        if (!broken.isEmpty()) {
            const bool recoverable = s.state == kPrepared;
            engine.runInternal(0, [&](CommandContext& ctx) {
                CsmSession& x = ctx.config.csmSessions[id];
                setState(ctx, x, kSuspended);
                setOption(x, u"recoverable"_s, recoverable ? u"yes"_s : u"no"_s);
                if (recoverable) {
                    x.timestamp = ctx.clock.now();
                }
                message(ctx, x.name, u"IWNR2050E"_s,
                    u"Session %1 is suspended (Severe): %2. %3"_s.arg(x.name, broken,
                        recoverable ? u"The targets hold the last consistent image; Recover or Start again."_s
                                    : u"The targets were not consistent yet; Start again."_s));
            });
        } else if (all && s.state == kPreparing) {
            engine.runInternal(0, [&](CommandContext& ctx) {
                CsmSession& x = ctx.config.csmSessions[id];
                setState(ctx, x, kPrepared);
                setOption(x, u"recoverable"_s, u"yes"_s);
                message(ctx, x.name, u"IWNR1027I"_s,
                    u"Session %1 is Prepared: every pair is synchronized and the targets can be used for "
                    "recovery."_s.arg(x.name));
            });
        }
    }
}

QList<CommandSpec> sessionCommands()
{
    return {
        {"csmCreateSession", &createSession, true},
        {"csmRemoveSession", &removeSession, true},
        {"csmChangeSession", &changeSession, true},
        {"csmListSessions", &listSessions, false},
        {"csmShowSession", &showSession, false},
        {"csmSessionActions", &sessionActions, false},
        {"csmRunSessionCommand", &runSessionCommand, true},
        {"csmListSessionTypes", &listSessionTypes, false},
        {"csmListRolePairs", &listRolePairs, false},
        {"csmListPairs", &listPairs, false},
        {"csmListMessages", &listMessages, false},
        {"csmBackup", &backup, true},
    };
}

} // namespace Copyline::Csm
