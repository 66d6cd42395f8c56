// SPDX-License-Identifier: GPL-3.0-or-later
#include "csmdata.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::CsmUi
{

namespace
{

QString yesNoWord(bool value)
{
    return value ? u"yes"_s : u"no"_s;
}

/** The csmcli arguments of @p request (the reverse of app/csmcli's handlers); empty when csmcli has none. */
QList<QStringList> csmcliArguments(const CommandRequest& request)
{
    const QJsonObject& a = request.args;
    const QString name = a.value(u"name"_s).toString();
    const QString session = a.value(u"session"_s).toString();
    if (request.name == u"csmCreateSession"_s) {
        QStringList args {u"mksess"_s, u"-cptype"_s, a.value(u"type"_s).toString()};
        if (a.contains(u"description"_s)) {
            args << u"-desc"_s << a.value(u"description"_s).toString();
        }
        for (const QString& site : {u"site1"_s, u"site2"_s, u"site3"_s}) {
            if (a.contains(site)) {
                args << u'-' + site << a.value(site).toString();
            }
        }
        return {args << name};
    }
    if (request.name == u"csmRemoveSession"_s) {
        return {{u"rmsess"_s, name}};
    }
    if (request.name == u"csmSetStandby"_s) {
        return {{u"setstdby"_s, u"-server"_s, a.value(u"server"_s).toString()}};
    }
    if (request.name == u"csmSetServerAsStandby"_s) {
        return {{u"setasstdby"_s, u"-server"_s, a.value(u"server"_s).toString()}};
    }
    if (request.name == u"csmTakeover"_s) {
        return {{u"hatakeover"_s}};
    }
    if (request.name == u"csmReconnect"_s) {
        return {{u"reconnect"_s}};
    }
    if (request.name == u"csmRemoveStandby"_s) {
        return {{u"rmstdby"_s}};
    }
    if (request.name == u"csmRemoveActive"_s) {
        return {{u"rmactive"_s}};
    }
    if (request.name == u"csmRunSessionCommand"_s) {
        return {{u"cmdsess"_s, u"-action"_s, a.value(u"action"_s).toString(), name}};
    }
    if (request.name == u"csmChangeSession"_s) {
        QStringList args {u"chsess"_s};
        if (a.contains(u"description"_s)) {
            args << u"-desc"_s << a.value(u"description"_s).toString();
        }
        if (a.contains(u"newName"_s)) {
            args << u"-name"_s << a.value(u"newName"_s).toString();
        }
        const std::pair<QString, QString> flags[] {{u"incremental"_s, u"-incremental"_s},
            {u"backgroundCopy"_s, u"-backgroundcopy"_s}, {u"startFlashes"_s, u"-startflashes"_s}};
        for (const auto& [key, option] : flags) {
            if (a.contains(key)) {
                args << option << yesNoWord(a.value(key).toBool());
            }
        }
        return {args << name};
    }
    if (request.name == u"csmAddCopySets"_s) {
        // One mkcpset per copy set, its volumes by role (the object's keys are the roles: H1, H2, I1, ...).
        QList<QStringList> commands;
        for (const QJsonValue& set : a.value(u"copySets"_s).toArray()) {
            QStringList args {u"mkcpset"_s};
            const QJsonObject volumes = set.toObject();
            for (auto it = volumes.begin(); it != volumes.end(); ++it) {
                args << u'-' + it.key().toLower() << it.value().toString();
            }
            commands.append(args << session);
        }
        return commands;
    }
    if (request.name == u"csmImportCsv"_s && a.contains(u"file"_s)) {
        return {{u"importcsv"_s, u"-file"_s, a.value(u"file"_s).toString(), session}};
    }
    if (request.name == u"csmRemoveCopySets"_s) {
        QStringList h1;
        for (const QJsonValue& v : a.value(u"h1"_s).toArray()) {
            h1.append(v.toString());
        }
        QStringList args {u"rmcpset"_s, u"-h1"_s, h1.join(u',')};
        if (a.contains(u"keepBase"_s)) {
            args << u"-keeponhw"_s << yesNoWord(a.value(u"keepBase"_s).toBool());
        }
        if (a.value(u"force"_s).toBool()) {
            args << u"-force"_s;
        }
        return {args << session};
    }
    return {};
}

} // namespace

EquivalentCommand csmcliCommand(const QList<CommandRequest>& requests)
{
    EquivalentCommand command;
    command.tool = u"csmcli"_s;
    command.toolWorkspaceOption = u"-workspace"_s;
    for (const CommandRequest& request : requests) {
        const QList<QStringList> arguments = csmcliArguments(request);
        if (arguments.isEmpty()) {
            return {};
        }
        command.toolCommands.append(arguments);
    }
    return command;
}

namespace
{

/** Snapshots come several times a second while copies run: one refresh round per this much time at most. */
constexpr int kCoalesceMs = 300;
constexpr int kMessageLimit = 200;

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray()) {
        list.append(v.toString());
    }
    return list;
}

} // namespace

SessionType SessionType::fromJson(const QJsonObject& o)
{
    SessionType t;
    t.name = o.value(u"name"_s).toString();
    t.shortName = o.value(u"shortName"_s).toString();
    t.sites = o.value(u"sites"_s).toInt(1);
    t.roles = strings(o.value(u"roles"_s));
    t.devtypes = strings(o.value(u"devtypes"_s));
    for (const QJsonValue& v : o.value(u"rolePairs"_s).toArray()) {
        const QJsonObject p = v.toObject();
        t.rolePairs.append({p.value(u"name"_s).toString(), p.value(u"source"_s).toString(),
            p.value(u"target"_s).toString(), p.value(u"method"_s).toString()});
    }
    return t;
}

QString SessionType::method(const QString& rolePair) const
{
    for (const RolePair& p : rolePairs) {
        if (p.name == rolePair) {
            return p.method;
        }
    }
    return {};
}

int roleSite(const QString& role)
{
    for (const QChar c : role) {
        if (c.isDigit()) {
            return c.digitValue();
        }
    }
    return 1;
}

SessionRow SessionRow::fromJson(const QJsonObject& o)
{
    SessionRow s;
    s.name = o.value(u"name"_s).toString();
    s.status = o.value(u"status"_s).toString();
    s.state = o.value(u"state"_s).toString();
    s.type = o.value(u"type"_s).toString();
    s.description = o.value(u"description"_s).toString();
    s.recoverable = o.value(u"recoverable"_s).toBool();
    s.activeHost = o.value(u"activeHost"_s).toString();
    s.copySets = o.value(u"copySets"_s).toInt();
    s.errors = o.value(u"errors"_s).toInt();
    s.progress = o.value(u"progress"_s).toInt();
    s.locations = strings(o.value(u"locations"_s));
    const QJsonObject options = o.value(u"options"_s).toObject();
    s.incremental = options.value(u"incremental"_s).toBool();
    s.backgroundCopy = options.value(u"backgroundCopy"_s).toBool(true);
    s.startFlashes = options.value(u"startFlashes"_s).toBool(true);
    s.stateChanged = o.value(u"stateChanged"_s).toString();
    s.lastFlash = o.value(u"lastFlash"_s).toString();
    s.direction = o.value(u"direction"_s).toString();
    return s;
}

RolePairRow RolePairRow::fromJson(const QJsonObject& o)
{
    RolePairRow r;
    r.name = o.value(u"name"_s).toString();
    r.sourceRole = o.value(u"sourceRole"_s).toString();
    r.targetRole = o.value(u"targetRole"_s).toString();
    if (r.sourceRole.isEmpty() && r.name.contains(u'-')) {
        r.sourceRole = r.name.section(u'-', 0, 0);
        r.targetRole = r.name.section(u'-', 1, 1);
    }
    r.copyType = o.value(u"copyType"_s).toString();
    r.active = o.value(u"active"_s).toBool();
    r.recoverable = o.value(u"recoverable"_s).toBool();
    r.progress = o.value(u"progress"_s).toInt();
    r.errors = o.value(u"errors"_s).toInt();
    r.timestamp = o.value(u"timestamp"_s).toString();
    r.direction = o.value(u"direction"_s).toString();
    return r;
}

QString RolePairRow::from() const
{
    const QString left = direction.section(u"->"_s, 0, 0).trimmed();
    return direction.contains(u"->"_s) && !left.isEmpty() ? left : sourceRole;
}

QString RolePairRow::to() const
{
    const QString right = direction.section(u"->"_s, 1, 1).trimmed();
    return direction.contains(u"->"_s) && !right.isEmpty() ? right : targetRole;
}

ActionRow ActionRow::fromJson(const QJsonObject& o)
{
    return {o.value(u"action"_s).toString(), o.value(u"label"_s).toString(), o.value(u"warning"_s).toString()};
}

MessageRow MessageRow::fromJson(const QJsonObject& o)
{
    return {o.value(u"time"_s).toString(), o.value(u"id"_s).toString(), o.value(u"severity"_s).toString(),
        o.value(u"session"_s).toString(), o.value(u"text"_s).toString()};
}

CopySetRow CopySetRow::fromJson(const QJsonObject& o)
{
    return {o.value(u"h1"_s).toString(), o.value(u"volumes"_s).toObject(), o.value(u"active"_s).toBool()};
}

QString CsmTexts::status(const QString& status)
{
    if (status == u"Normal"_s) {
        return tr("Normal", "session status");
    }
    if (status == u"Warning"_s) {
        return tr("Warning", "session status");
    }
    if (status == u"Severe"_s) {
        return tr("Severe", "session status");
    }
    if (status == u"Inactive"_s) {
        return tr("Inactive", "session status");
    }
    return status;
}

QString CsmTexts::state(const QString& state)
{
    static const QHash<QString, const char*> states {{u"Defined"_s, QT_TR_NOOP("Defined")},
        {u"Preparing"_s, QT_TR_NOOP("Preparing")}, {u"Prepared"_s, QT_TR_NOOP("Prepared")},
        {u"Suspended"_s, QT_TR_NOOP("Suspended")}, {u"Suspended (Partial)"_s, QT_TR_NOOP("Suspended (Partial)")},
        {u"Target Available"_s, QT_TR_NOOP("Target Available")}, {u"Flashing"_s, QT_TR_NOOP("Flashing")},
        {u"Suspending"_s, QT_TR_NOOP("Suspending")}, {u"Recovering"_s, QT_TR_NOOP("Recovering")},
        {u"Terminating"_s, QT_TR_NOOP("Terminating")}};
    const auto it = states.constFind(state);
    return it != states.cend() ? tr(*it) : state;
}

QString CsmTexts::role(const QString& role)
{
    return role; // H1, I2, J2, T1: the same in every language
}

QString CsmTexts::method(const QString& method)
{
    if (method == u"FlashCopy"_s) {
        return tr("FlashCopy");
    }
    if (method == u"Synchronous"_s) {
        return tr("Synchronous");
    }
    if (method == u"Asynchronous"_s) {
        return tr("Asynchronous");
    }
    return method;
}

QString CsmTexts::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString CsmTexts::time(const QString& iso)
{
    if (iso.isEmpty()) {
        return {};
    }
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s) : iso;
}

QString CsmTexts::capacity(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 2, QLocale::DataSizeTraditionalFormat);
}

CsmController::CsmController(QObject* parent)
    : QObject(parent)
{
    m_coalesce = new QTimer(this);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(kCoalesceMs);
    connect(m_coalesce, &QTimer::timeout, this, &CsmController::refresh);
}

CsmController::~CsmController() = default;

void CsmController::setConnection(EngineConnection* connection)
{
    if (m_connection) {
        disconnect(m_connection, nullptr, this, nullptr);
    }
    m_connection = connection;
    ++m_generation;
    m_token.clear();
    m_user.clear();
    m_role.clear();
    m_userStatusKnown = false;
    clearData();
    if (m_connection) {
        connect(m_connection, &EngineConnection::snapshotChanged, this, [this](const SnapshotPtr& snapshot) {
            if (snapshot && snapshot->revision != m_lastRevision) {
                m_lastRevision = snapshot->revision;
                scheduleRefresh();
            }
        });
        queryUserStatus();
    }
    Q_EMIT authChanged();
    Q_EMIT dataChanged();
}

bool CsmController::mayChange(const QString& session) const
{
    if (!signedIn() || isMonitor()) {
        return false;
    }
    return isAdministrator() || m_allSessions || m_scope.contains(session);
}

QString CsmController::scopeText() const
{
    if (isAdministrator() || m_allSessions) {
        return tr("All Sessions");
    }
    return m_scope.isEmpty() ? tr("no sessions") : m_scope.join(u", "_s);
}

void CsmController::queryUserStatus()
{
    if (!m_connection) {
        return;
    }
    const quint64 generation = m_generation;
    m_connection->submit({u"csmUserStatus"_s, {}}, this, [this, generation](const CommandResult& r) {
        if (generation != m_generation) {
            return;
        }
        m_userStatusKnown = r.ok();
        m_usersExist = r.data.value(u"usersExist"_s).toBool();
        m_lastError = r.ok() ? QString() : r.error.localizedMessage();
        Q_EMIT authChanged();
    });
}

void CsmController::setupAdministrator(const QString& user, const QString& password, QObject* context, Callback done)
{
    if (!m_connection) {
        return;
    }
    const quint64 generation = m_generation;
    m_connection->submit({u"csmSetup"_s, {{u"user"_s, user}, {u"password"_s, password}}}, context,
        [this, generation, done = std::move(done)](const CommandResult& r) {
            if (generation == m_generation && r.ok()) {
                m_usersExist = true;
                onSignedIn(r.data);
            }
            done(r);
        });
}

void CsmController::login(const QString& user, const QString& password, QObject* context, Callback done)
{
    if (!m_connection) {
        return;
    }
    const quint64 generation = m_generation;
    m_connection->submit({u"csmLogin"_s, {{u"user"_s, user}, {u"password"_s, password}}}, context,
        [this, generation, done = std::move(done)](const CommandResult& r) {
            if (generation == m_generation && r.ok()) {
                onSignedIn(r.data);
            }
            done(r);
        });
}

void CsmController::onSignedIn(const QJsonObject& data)
{
    ++m_generation;
    m_token = data.value(u"token"_s).toString();
    m_user = data.value(u"user"_s).toString();
    m_role = data.value(u"role"_s).toString();
    const QJsonValue sessions = data.value(u"sessions"_s);
    m_allSessions = sessions.isString() && sessions.toString() == u"All Sessions"_s;
    m_scope = sessions.isArray() ? strings(sessions)
        : sessions.isString() && !m_allSessions && sessions.toString() != u"-"_s
        ? sessions.toString().split(u',', Qt::SkipEmptyParts)
        : QStringList();
    for (QString& s : m_scope) {
        s = s.trimmed();
    }
    clearData();
    Q_EMIT authChanged();
    requestTypes();
    refresh();
}

void CsmController::logout()
{
    if (m_connection && signedIn()) {
        m_connection->submit({u"csmLogout"_s, {{u"token"_s, m_token}}}, this, [](const CommandResult&) {});
    }
    ++m_generation;
    m_token.clear();
    m_user.clear();
    m_role.clear();
    m_allSessions = false;
    m_scope.clear();
    clearData();
    Q_EMIT authChanged();
    Q_EMIT dataChanged();
}

void CsmController::clearData()
{
    m_types.clear();
    m_sessions.clear();
    m_details = {};
    m_messages.clear();
    m_busy = m_again = false;
    m_coalesce->stop();
}

void CsmController::run(const QString& name, QJsonObject args, QObject* context, Callback done)
{
    if (!m_connection) {
        return;
    }
    args.insert(u"token"_s, m_token);
    m_connection->submit({name, args}, context, std::move(done));
}

const SessionType* CsmController::type(const QString& name) const
{
    for (const SessionType& t : m_types) {
        if (t.name == name || t.shortName == name) {
            return &t;
        }
    }
    return nullptr;
}

const SessionRow* CsmController::session(const QString& name) const
{
    for (const SessionRow& s : m_sessions) {
        if (s.name == name) {
            return &s;
        }
    }
    return nullptr;
}

void CsmController::requestTypes()
{
    const quint64 generation = m_generation;
    run(u"csmListSessionTypes"_s, {}, this, [this, generation](const CommandResult& r) {
        if (generation != m_generation || !r.ok()) {
            return;
        }
        m_types.clear();
        for (const QJsonValue& v : r.data.value(u"types"_s).toArray()) {
            m_types.append(SessionType::fromJson(v.toObject()));
        }
        Q_EMIT dataChanged();
    });
}

void CsmController::setCurrentSession(const QString& name)
{
    if (name == m_current) {
        return;
    }
    m_current = name;
    m_details = {};
    m_messages.clear();
    Q_EMIT dataChanged();
    refresh();
}

void CsmController::scheduleRefresh()
{
    if (!m_coalesce->isActive()) {
        m_coalesce->start();
    }
}

void CsmController::refresh()
{
    if (!m_connection) {
        return;
    }
    if (!signedIn()) {
        // Someone may have created the first user meanwhile (csmcli, another console): the strip follows.
        if (!m_usersExist) {
            queryUserStatus();
        }
        return;
    }
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    const quint64 generation = m_generation;
    const QString current = m_current;

    // One round: the answers fill a staging copy, shown at once when the last one arrives.
    struct Round
    {
        int pending = 0;
        QList<SessionRow> sessions;
        SessionDetails details;
        QList<MessageRow> messages;
        QString error;
    };
    auto round = std::make_shared<Round>();
    const auto finish = [this, generation, current, round]() {
        if (--round->pending > 0 || generation != m_generation) {
            return;
        }
        m_busy = false;
        m_sessions = round->sessions;
        if (current == m_current) {
            m_details = round->details;
            m_messages = round->messages;
        }
        m_lastError = round->error;
        Q_EMIT dataChanged();
        if (m_again) {
            m_again = false;
            refresh();
        }
    };
    const auto fail = [round](const CommandResult& r) {
        if (!r.ok() && round->error.isEmpty()) {
            round->error = r.error.localizedMessage();
        }
    };

    round->pending = current.isEmpty() ? 2 : 5;
    run(u"csmListSessions"_s, {}, this, [round, finish, fail](const CommandResult& r) {
        fail(r);
        for (const QJsonValue& v : r.data.value(u"sessions"_s).toArray()) {
            round->sessions.append(SessionRow::fromJson(v.toObject()));
        }
        finish();
    });
    QJsonObject messageArgs {{u"limit"_s, kMessageLimit}};
    if (!current.isEmpty()) {
        messageArgs.insert(u"session"_s, current);
    }
    run(u"csmListMessages"_s, messageArgs, this, [round, finish, fail](const CommandResult& r) {
        fail(r);
        for (const QJsonValue& v : r.data.value(u"messages"_s).toArray()) {
            round->messages.append(MessageRow::fromJson(v.toObject()));
        }
        finish();
    });
    if (current.isEmpty()) {
        return;
    }
    run(u"csmShowSession"_s, {{u"name"_s, current}}, this, [round, finish](const CommandResult& r) {
        // A session removed meanwhile is no error to show: the details simply go.
        if (r.ok()) {
            round->details.loaded = true;
            round->details.session = SessionRow::fromJson(r.data.value(u"session"_s).toObject());
            for (const QJsonValue& v : r.data.value(u"rolePairs"_s).toArray()) {
                round->details.rolePairs.append(RolePairRow::fromJson(v.toObject()));
            }
        }
        finish();
    });
    run(u"csmSessionActions"_s, {{u"name"_s, current}}, this, [round, finish](const CommandResult& r) {
        for (const QJsonValue& v : r.data.value(u"actions"_s).toArray()) {
            round->details.actions.append(ActionRow::fromJson(v.toObject()));
        }
        finish();
    });
    run(u"csmListCopySets"_s, {{u"session"_s, current}}, this, [round, finish](const CommandResult& r) {
        for (const QJsonValue& v : r.data.value(u"copySets"_s).toArray()) {
            round->details.copySets.append(CopySetRow::fromJson(v.toObject()));
        }
        finish();
    });
}

} // namespace Copyline::CsmUi
