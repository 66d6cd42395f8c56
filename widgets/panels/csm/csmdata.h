// SPDX-License-Identifier: GPL-3.0-or-later
// What the Copy Services Manager Sessions view (issue 16, spec CSM §5) reads and how it talks to the engine: the rows
// of csmListSessions, csmShowSession, csmListRolePairs, csmSessionActions, csmListMessages and csmListSessionTypes,
// parsed into small value types, and CsmController, which holds the signed-in user's token (every command carries
// it) and asks the engine again, coalesced, when a snapshot says something changed. The console never reads the
// family's records in the snapshot: the commands of notes/csm-api.md are the contract.
#pragma once

#include "api/connection.h"
#include "api/equivalentcommand.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

class QTimer;

namespace Copyline::CsmUi
{

/** ErrorCode numbers of the family (engine/api/error.h, 500-519). */
inline constexpr int kErrorNotAuthorized = 500;

/** One row of csmListSessionTypes. */
struct SessionType
{
    struct RolePair
    {
        QString name; /**< "H1-H2" */
        QString source;
        QString target;
        QString method; /**< "FlashCopy", "Synchronous", "Asynchronous" */
    };
    QString name;      /**< "Metro Mirror Failover/Failback" */
    QString shortName; /**< "mmfofb" */
    int sites = 1;
    QStringList roles; /**< "H1", "H2", ... in the type's order */
    QList<RolePair> rolePairs;
    QStringList devtypes; /**< "ess", "ds4000", "hds" */

    static SessionType fromJson(const QJsonObject& o);
    bool isFlashCopy() const { return shortName == QLatin1StringView("fc") || name == QLatin1StringView("FlashCopy"); }
    /** The copy method of @p rolePair ("H1-H2"); empty if the type has no such role pair. */
    QString method(const QString& rolePair) const;
};

/** The site a role belongs to: the digit of "H1", "I2", "J3" (1 if none). */
int roleSite(const QString& role);

/** One row of csmListSessions (and the "session" of csmShowSession). */
struct SessionRow
{
    QString name;
    QString status; /**< "Normal", "Warning", "Severe", "Inactive" */
    QString state;  /**< "Defined", "Preparing", "Prepared", "Suspended", "Target Available", ... */
    QString type;   /**< the exact type name */
    QString description;
    bool recoverable = false;
    QString activeHost;
    int copySets = 0;
    int errors = 0;
    int progress = 0;
    QStringList locations;
    // csmShowSession only.
    bool incremental = false;
    bool backgroundCopy = true;
    bool startFlashes = true;
    QString stateChanged;
    QString lastFlash;
    QString direction;

    static SessionRow fromJson(const QJsonObject& o);
};

/** One row of csmListRolePairs. */
struct RolePairRow
{
    QString name; /**< "H1-H2" */
    QString sourceRole;
    QString targetRole;
    QString copyType; /**< "FlashCopy", "Synchronous", "Asynchronous" (or the family's words) */
    bool active = false;
    bool recoverable = false;
    int progress = 0;
    int errors = 0;
    QString timestamp;
    QString direction; /**< "H1->H2" or "H2->H1" */

    static RolePairRow fromJson(const QJsonObject& o);
    /** The role the data comes from now (the direction's left side, else sourceRole). */
    QString from() const;
    QString to() const;
};

/** One row of csmSessionActions. */
struct ActionRow
{
    QString action;  /**< "start_h1:h2" */
    QString label;   /**< "Start H1->H2" */
    QString warning; /**< "" or what the command will overwrite */

    static ActionRow fromJson(const QJsonObject& o);
};

/** One row of csmListMessages. */
struct MessageRow
{
    QString time; /**< ISO */
    QString id;   /**< "IWNR1021I" */
    QString severity;
    QString session;
    QString text;

    static MessageRow fromJson(const QJsonObject& o);
};

/** One row of csmListCopySets. */
struct CopySetRow
{
    QString h1;
    QJsonObject volumes; /**< role -> volume id */
    bool active = false;

    static CopySetRow fromJson(const QJsonObject& o);
};

/** Everything the details area shows for the selected session. */
struct SessionDetails
{
    bool loaded = false;
    SessionRow session;
    QList<RolePairRow> rolePairs;
    QList<ActionRow> actions;
    QList<CopySetRow> copySets;
};

/** The family's words, translated (context "Copyline::CsmUi::CsmTexts"). */
class CsmTexts
{
    Q_DECLARE_TR_FUNCTIONS(Copyline::CsmUi::CsmTexts)

public:
    static QString status(const QString& status);
    static QString state(const QString& state);
    static QString role(const QString& role);
    static QString method(const QString& method);
    static QString yesNo(bool value);
    /** "2026-12-05 14:02:11" from an ISO time (local time); the text itself if it is not one. */
    static QString time(const QString& iso);
    static QString capacity(qint64 bytes);
};

/**
 * The csmcli commands (docs/csm-cli.md) that do what @p requests, the view's csm* engine commands without their
 * token, do: the view's "Show the Equivalent Command" (issue 18). csmcli signs in with csmcli-auth.properties, as the
 * real csmcli does. Empty when a request has no csmcli command.
 */
EquivalentCommand csmcliCommand(const QList<CommandRequest>& requests);

/**
 * The view's link to the engine: the connection, the CSM user signed in (token, name, role, sessions), the session
 * types, the sessions list and the details of the selected session. Lives on the GUI thread; every query is a command
 * through the connection (never more than one refresh round in flight; a change during one asks again after it).
 */
class CsmController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsmController)

public:
    using Callback = EngineConnection::Callback;

    explicit CsmController(QObject* parent = nullptr);
    ~CsmController() override;

    void setConnection(EngineConnection* connection);
    EngineConnection* connection() const { return m_connection; }

    // Sign-in.
    /** Whether csmUserStatus has answered, and what. */
    bool userStatusKnown() const { return m_userStatusKnown; }
    bool usersExist() const { return m_usersExist; }
    bool signedIn() const { return !m_token.isEmpty(); }
    QString token() const { return m_token; }
    QString user() const { return m_user; }
    QString role() const { return m_role; }
    bool isAdministrator() const { return m_role == QLatin1StringView("Administrator"); }
    bool isMonitor() const { return m_role == QLatin1StringView("Monitor"); }
    /** Whether the user may run commands and change copy sets of @p session (its Operator scope, or Administrator). */
    bool mayChange(const QString& session) const;
    /** "All Sessions" or the sessions an Operator is assigned to, as text. */
    QString scopeText() const;

    void queryUserStatus();
    /** csmSetup: creates the first Administrator and signs in; @p done gets the result. */
    void setupAdministrator(const QString& user, const QString& password, QObject* context, Callback done);
    void login(const QString& user, const QString& password, QObject* context, Callback done);
    void logout();

    /** Submits @p name with @p args plus the token; @p done runs on the GUI thread unless @p context died. */
    void run(const QString& name, QJsonObject args, QObject* context, Callback done);

    // Data.
    const QList<SessionType>& types() const { return m_types; }
    /** The type named @p name (or short name); nullptr if unknown. */
    const SessionType* type(const QString& name) const;
    const QList<SessionRow>& sessions() const { return m_sessions; }
    const SessionRow* session(const QString& name) const;
    QString currentSession() const { return m_current; }
    const SessionDetails& details() const { return m_details; }
    const QList<MessageRow>& messages() const { return m_messages; }
    QString lastError() const { return m_lastError; }

    /** The session whose details are fetched (empty: none); asks for them now. */
    void setCurrentSession(const QString& name);
    /** One refresh round now: sessions, and the current session's details and messages. */
    void refresh();
    /** A refresh round soon (coalesces a burst of snapshots into one round). */
    void scheduleRefresh();

Q_SIGNALS:
    /** The user status, the sign-in or the sign-out changed. */
    void authChanged();
    /** A refresh round ended (sessions, details and messages are current). */
    void dataChanged();

private:
    void onSignedIn(const QJsonObject& data);
    void requestTypes();
    void clearData();

    EngineConnection* m_connection = nullptr;
    bool m_userStatusKnown = false;
    bool m_usersExist = false;
    QString m_token;
    QString m_user;
    QString m_role;
    bool m_allSessions = false;
    QStringList m_scope;

    QList<SessionType> m_types;
    QList<SessionRow> m_sessions;
    QString m_current;
    SessionDetails m_details;
    QList<MessageRow> m_messages;
    QString m_lastError;

    QTimer* m_coalesce = nullptr;
    quint64 m_lastRevision = 0;
    bool m_busy = false;
    bool m_again = false;
    quint64 m_generation = 0; /**< answers for an earlier connection or user are dropped */
};

} // namespace Copyline::CsmUi
