// SPDX-License-Identifier: GPL-3.0-or-later
// Copy sets (spec §1.8, §2.10, §5.4-5.5): adding them (one by one, matched by the wizard, or from the seed's CSV
// format), removing them with or without their hardware relationships, listing and exporting them.
// Adding is all or nothing and has no hardware effect (seed L1909-1916): a copy set added to a started session waits,
// inactive, for the next Start or Flash.
#include "families/csm/csm.h"

#include "service/engine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::Csm
{

namespace
{

struct Checked
{
    Volumes volumes;
    QStringList warnings;
};

/** Validates one copy set for session @p s; fails CsmCopySetInvalid (prefixed with @p where, e.g. "line 7: "). */
Checked checkCopySet(const Configuration& config,
    const CsmSession& s,
    const QMap<QString, QString>& byRole,
    const QString& where,
    const QSet<ObjectId>& alsoTaken)
{
    const SessionType* t = findType(s.type);
    const QString label = byRole.value(u"H1"_s, u"(no H1)"_s);
    auto invalid = [&](const QString& why) { fail(ErrorCode::CsmCopySetInvalid, {label, where + why}); };
    for (auto it = byRole.cbegin(); it != byRole.cend(); ++it) {
        if (!t->roles.contains(it.key())) {
            invalid(u"a %1 session has no role %2 (its roles are %3)"_s.arg(t->name, it.key(), t->roles.join(u", "_s)));
        }
    }
    Checked out;
    qint64 capacity = -1;
    QString devtype;
    QHash<ObjectId, QString> seen;
    for (const QString& role : t->roles) {
        const QString id = byRole.value(role);
        if (id.isEmpty()) {
            invalid(u"no volume for role %1; a %2 copy set has %3"_s.arg(role, t->name, t->roles.join(u", "_s)));
        }
        const LogicalDrive* v = nullptr;
        try {
            v = &volumeById(config, id);
        } catch (const CommandFailure&) {
            invalid(u"role %1: there is no volume %2 on a connected storage system (lsvol lists them)"_s.arg(role, id));
        }
        const Subsystem sub = config.subsystems.value(v->subsystemId);
        if (!t->devtypes.contains(devtypeOf(sub))) {
            invalid(u"role %1: %2 is on a %3 storage system, and Copyline offers %4 sessions on %5 only"_s.arg(
                role, id, devtypeOf(sub), t->name, t->devtypes.join(u", "_s)));
        }
        if (!devtype.isEmpty() && devtypeOf(sub) != devtype) {
            invalid(u"the volumes of a copy set must be on storage systems of one kind"_s);
        }
        devtype = devtypeOf(sub);
        if (capacity >= 0 && v->capacity != capacity) {
            invalid(u"role %1: %2 has %3 bytes and the other volumes %4; every volume of a copy set must be of the "
                    "same size"_s.arg(role, id)
                        .arg(v->capacity)
                        .arg(capacity));
        }
        capacity = v->capacity;
        if (seen.contains(v->id)) {
            invalid(u"role %1: %2 already has role %3 in this copy set"_s.arg(role, id, seen.value(v->id)));
        }
        seen.insert(v->id, role);
        const QString wanted = s.locations.split(u'\n').value(siteOf(role) - 1);
        if (!wanted.isEmpty() && locationOf(sub) != wanted) {
            invalid(u"role %1 belongs to site %2 at %3, but %4 is at %5"_s.arg(role)
                        .arg(siteOf(role))
                        .arg(wanted, deviceId(sub), locationOf(sub)));
        }
        if (alsoTaken.contains(v->id)) {
            invalid(u"role %1: %2 is already in another copy set of session %3"_s.arg(role, id, s.name));
        }
        for (const CsmCopySet& c : config.csmCopySets) {
            if (!parseVolumes(c.volumes).byRole.values().contains(v->id)) {
                continue;
            }
            if (c.sessionId == s.id) {
                invalid(u"role %1: %2 is already in another copy set of session %3"_s.arg(role, id, s.name));
            }
            out.warnings.append(u"IWNR2003W %1 (%2) is already in session %3."_s.arg(
                id, role, config.csmSessions.value(c.sessionId).name));
        }
        out.volumes.byRole.insert(role, v->id);
    }
    // Mirror roles copy between two storage systems; a FlashCopy stays inside one.
    for (const RolePairType& rp : t->pairs) {
        const ObjectId a = config.logicalDrives.value(out.volumes.byRole.value(rp.source)).subsystemId;
        const ObjectId b = config.logicalDrives.value(out.volumes.byRole.value(rp.target)).subsystemId;
        if (rp.method == Method::FlashCopy && a != b) {
            invalid(u"%1 is a FlashCopy, which copies inside one storage system"_s.arg(rp.name()));
        }
        if (rp.method != Method::FlashCopy && a == b) {
            invalid(u"%1 mirrors between two storage systems; choose %2 on another one"_s.arg(rp.name(), rp.target));
        }
    }
    return out;
}

QMap<QString, QString> rolesOf(const QJsonObject& o)
{
    QMap<QString, QString> m;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        m.insert(it.key().toUpper(), it.value().toString());
    }
    return m;
}

/** Adds checked copy sets; returns their warnings. */
QStringList addAll(
    CommandContext& ctx, const CsmSession& s, const QList<std::pair<QString, QMap<QString, QString>>>& sets)
{
    QSet<ObjectId> batch;
    QList<Checked> checked;
    for (const auto& [where, roles] : sets) {
        Checked c = checkCopySet(ctx.config, s, roles, where, batch);
        for (const ObjectId id : c.volumes.byRole) {
            batch.insert(id);
        }
        checked.append(c);
    }
    QStringList warnings;
    for (const Checked& c : std::as_const(checked)) {
        CsmCopySet set;
        set.id = ctx.config.allocateId();
        set.sessionId = s.id;
        set.h1Id = c.volumes.byRole.value(u"H1"_s);
        set.volumes = formatVolumes(c.volumes);
        set.active = false;
        ctx.config.csmCopySets.insert(set.id, set);
        warnings += c.warnings;
    }
    for (const QString& w : std::as_const(warnings)) {
        message(ctx, s.name, w.section(u' ', 0, 0), w.section(u' ', 1));
    }
    message(ctx, s.name, u"IWNR2005I"_s,
        u"%1 copy set(s) were added to session %2; no action was performed on the storage systems%3."_s.arg(
            QString::number(checked.size()), s.name,
            s.state == u"Defined"_s ? QString() : u" (they join at the next Start or Flash)"_s));
    ctx.data.insert(u"added"_s, static_cast<int>(checked.size()));
    ctx.data.insert(u"warnings"_s, QJsonArray::fromStringList(warnings));
    return warnings;
}

QList<std::pair<QString, QMap<QString, QString>>> parseCopySets(CommandContext& ctx)
{
    // copySets=[{"H1": id, "H2": id}, ...]: objects, or the same objects as JSON text (from a command line).
    QList<std::pair<QString, QMap<QString, QString>>> sets;
    const QJsonArray list = ctx.args.array(u"copySets"_s);
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject roles = list.at(i).toObject();
        if (list.at(i).isString()) {
            roles = QJsonDocument::fromJson(list.at(i).toString().toUtf8()).object();
        }
        if (roles.isEmpty()) {
            fail(ErrorCode::InvalidParameter,
                {u"copySets"_s, list.at(i).toString(),
                    u"give each copy set as an object of roles: {\"H1\": id, \"H2\": id}"_s});
        }
        sets.append({list.size() > 1 ? u"copy set %1: "_s.arg(i + 1) : QString(), rolesOf(roles)});
    }
    if (sets.isEmpty()) {
        fail(ErrorCode::MissingParameter, {u"copySets"_s, ctx.args.command()});
    }
    return sets;
}

void addCopySets(CommandContext& ctx)
{
    const QString name = ctx.args.string(u"session"_s);
    authorize(ctx, Right::RunSession, name, u"add copy sets"_s);
    const CsmSession s = sessionNamed(ctx, name);
    addAll(ctx, s, parseCopySets(ctx));
}

void matchCopySets(CommandContext& ctx)
{
    const QString name = ctx.args.string(u"session"_s);
    authorize(ctx, Right::View);
    const CsmSession s = sessionNamed(ctx, name);
    QJsonArray rows;
    QSet<ObjectId> batch;
    for (const auto& [where, roles] : parseCopySets(ctx)) {
        QJsonObject row;
        for (auto it = roles.cbegin(); it != roles.cend(); ++it) {
            row.insert(it.key(), it.value());
        }
        try {
            const Checked c = checkCopySet(ctx.config, s, roles, {}, batch);
            for (const ObjectId id : c.volumes.byRole) {
                batch.insert(id);
            }
            row.insert(u"ok"_s, true);
            row.insert(u"warnings"_s, QJsonArray::fromStringList(c.warnings));
        } catch (const CommandFailure& f) {
            row.insert(u"ok"_s, false);
            row.insert(u"problem"_s, f.error().message());
        }
        rows.append(row);
    }
    ctx.data.insert(u"matches"_s, rows);
}

void removeCopySets(CommandContext& ctx)
{
    const QString name = ctx.args.string(u"session"_s);
    authorize(ctx, Right::RunSession, name, u"remove copy sets"_s);
    const CsmSession s = sessionNamed(ctx, name);
    const QStringList h1s = ctx.args.list(u"h1"_s);
    const bool keepBase = ctx.args.boolean(u"keepBase"_s, false);
    const bool force = ctx.args.boolean(u"force"_s, false);
    const SessionType* t = findType(s.type);
    int removed = 0;
    for (const QString& id : h1s) {
        const CsmCopySet* found = nullptr;
        for (const CsmCopySet& c : ctx.config.csmCopySets) {
            if (c.sessionId == s.id && volumeId(ctx.config, ctx.config.logicalDrives.value(c.h1Id)) == id.trimmed()) {
                found = &c;
            }
        }
        if (found == nullptr) {
            fail(ErrorCode::CsmCopySetInvalid, {id, u"session %1 has no copy set with this H1 volume"_s.arg(s.name)});
        }
        const CsmCopySet c = *found;
        if (!keepBase && c.active) {
            const Volumes v = parseVolumes(c.volumes);
            const bool reversed = option(s, u"direction"_s) == u"21"_s;
            for (const RolePairType& rp : t->pairs) {
                Pair p {c.id, v.byRole.value(rp.source), v.byRole.value(rp.target), rp.method};
                if (reversed && rp.method != Method::FlashCopy) {
                    std::swap(p.sourceId, p.targetId);
                }
                try {
                    if (rp.method == Method::FlashCopy) {
                        hwWithdraw(ctx, {p});
                    } else {
                        hwTerminate(ctx, {p});
                    }
                } catch (const CommandFailure& f) {
                    if (!force) {
                        throw;
                    }
                    message(ctx, s.name, u"IWNR2007W"_s,
                        u"The relationship of copy set %1 could not be removed and was ignored (force): %2"_s.arg(
                            id, f.error().message()));
                }
            }
        }
        ctx.config.csmCopySets.remove(c.id);
        ++removed;
    }
    CsmSession& after = ctx.config.csmSessions[s.id];
    if (copySetsOf(ctx.config, s.id).isEmpty() && after.state != u"Defined"_s) {
        after.state = u"Defined"_s;
        after.stateChanged = ctx.clock.now();
        setOption(after, u"recoverable"_s, {});
        setOption(after, u"armed"_s, {});
    }
    message(ctx, s.name, u"IWNR2006I"_s,
        u"%1 copy set(s) were removed from session %2; %3."_s.arg(QString::number(removed), s.name,
            keepBase ? u"their hardware relationships stay on the storage systems"_s
                     : u"their hardware relationships were removed"_s));
    ctx.data.insert(u"removed"_s, removed);
}

void listCopySets(CommandContext& ctx)
{
    authorize(ctx, Right::View);
    const CsmSession& s = sessionNamed(ctx, ctx.args.string(u"session"_s));
    QJsonArray rows;
    for (const CsmCopySet& c : copySetsOf(ctx.config, s.id)) {
        QJsonObject volumes;
        const Volumes v = parseVolumes(c.volumes);
        for (auto it = v.byRole.cbegin(); it != v.byRole.cend(); ++it) {
            volumes.insert(it.key(), volumeId(ctx.config, ctx.config.logicalDrives.value(it.value())));
        }
        rows.append(QJsonObject {{u"h1"_s, volumes.value(u"H1"_s)}, {u"volumes"_s, volumes}, {u"active"_s, c.active}});
    }
    ctx.data.insert(u"copySets"_s, rows);
}

QString csvDate(const QDateTime& t)
{
    return QLocale(QLocale::English).toString(t, u"MMM d, yyyy h:mm:ss AP"_s);
}

void exportCsv(CommandContext& ctx)
{
    authorize(ctx, Right::View);
    const CsmSession& s = sessionNamed(ctx, ctx.args.string(u"session"_s));
    const SessionType* t = findType(s.type);
    QStringList lines {u"#%1,"_s.arg(s.name), u"#%1,"_s.arg(s.type), u"#%1"_s.arg(csvDate(ctx.clock.now())), u","_s,
        t->roles.join(u',')};
    for (const CsmCopySet& c : copySetsOf(ctx.config, s.id)) {
        const Volumes v = parseVolumes(c.volumes);
        QStringList row;
        for (const QString& role : t->roles) {
            row.append(volumeId(ctx.config, ctx.config.logicalDrives.value(v.byRole.value(role))));
        }
        lines.append(row.join(u','));
    }
    ctx.data.insert(u"text"_s, QString(lines.join(u'\n') + u'\n'));
}

void importCsv(CommandContext& ctx)
{
    const QString name = ctx.args.string(u"session"_s);
    authorize(ctx, Right::RunSession, name, u"add copy sets"_s);
    const CsmSession s = sessionNamed(ctx, name);
    const QString text = ctx.args.string(u"text"_s);
    const SessionType* t = findType(s.type);
    QStringList header;
    int headerLine = 0;
    QList<std::pair<QString, QMap<QString, QString>>> sets;
    QSet<QString> h1s;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = static_cast<int>(i + 1);
        QString line = lines.at(i);
        line.remove(u'\r');
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u'#')) {
            continue;
        }
        QStringList fields = line.split(u',');
        for (QString& f : fields) {
            f = f.trimmed();
        }
        while (!fields.isEmpty() && fields.last().isEmpty()) { // rows may be comma-padded (seed Ex. 4-3)
            fields.removeLast();
        }
        if (fields.isEmpty()) {
            continue;
        }
        if (header.isEmpty()) {
            for (const QString& f : std::as_const(fields)) {
                static const QRegularExpression role(u"^[HIJTCR][1-3]$"_s);
                if (!role.match(f.toUpper()).hasMatch()) {
                    fail(ErrorCode::CsmCsvInvalid,
                        {QString::number(lineNo),
                            u"the first row must name the roles, such as %1; \"%2\" is not a role"_s.arg(
                                t->roles.join(u','), f)});
                }
                header.append(f.toUpper());
            }
            for (const QString& role : t->roles) {
                if (!header.contains(role)) {
                    fail(ErrorCode::CsmCsvInvalid,
                        {QString::number(lineNo),
                            u"the role row has no %1; a %2 session needs %3"_s.arg(
                                role, t->name, t->roles.join(u','))});
                }
            }
            headerLine = lineNo;
            continue;
        }
        if (fields.size() > header.size()) {
            fail(ErrorCode::CsmCsvInvalid,
                {QString::number(lineNo),
                    u"%1 volumes for the %2 roles of line %3"_s.arg(fields.size()).arg(header.size()).arg(headerLine)});
        }
        QMap<QString, QString> roles;
        for (qsizetype f = 0; f < fields.size(); ++f) {
            if (t->roles.contains(header.at(f)) && !fields.at(f).isEmpty()) { // extra roles are allowed, ignored
                roles.insert(header.at(f), fields.at(f));
            }
        }
        for (const QString& role : t->roles) {
            if (!roles.contains(role)) {
                fail(ErrorCode::CsmCsvInvalid, {QString::number(lineNo), u"no volume for role %1"_s.arg(role)});
            }
        }
        if (h1s.contains(roles.value(u"H1"_s))) {
            fail(ErrorCode::CsmCsvInvalid,
                {QString::number(lineNo), u"the H1 volume %1 is in the file twice"_s.arg(roles.value(u"H1"_s))});
        }
        h1s.insert(roles.value(u"H1"_s));
        sets.append({u"line %1: "_s.arg(lineNo), roles});
    }
    if (header.isEmpty()) {
        fail(ErrorCode::CsmCsvInvalid,
            {QString::number(lines.size()), u"the file has no role row (such as %1)"_s.arg(t->roles.join(u','))});
    }
    if (sets.isEmpty()) {
        fail(ErrorCode::CsmCsvInvalid, {QString::number(lines.size()), u"the file has no copy set"_s});
    }
    try {
        addAll(ctx, s, sets);
    } catch (const CommandFailure& f) {
        if (f.error().code != ErrorCode::CsmCopySetInvalid) {
            throw;
        }
        const QString why = f.error().args.value(1);
        fail(ErrorCode::CsmCsvInvalid,
            {why.section(u':', 0, 0).section(u' ', 1),
                why.section(u": "_s, 1) + u" (" + f.error().args.value(0) + u')'});
    }
}

} // namespace

QList<CommandSpec> copySetCommands()
{
    return {
        {"csmAddCopySets", &addCopySets, true},
        {"csmMatchCopySets", &matchCopySets, false},
        {"csmRemoveCopySets", &removeCopySets, true},
        {"csmListCopySets", &listCopySets, false},
        {"csmExportCsv", &exportCsv, false},
        {"csmImportCsv", &importCsv, true},
    };
}

} // namespace Copyline::Csm
