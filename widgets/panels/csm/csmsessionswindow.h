// SPDX-License-Identifier: GPL-3.0-or-later
// The Copy Services Manager Sessions view (issue 16, spec CSM §5): one window, opened by Copy Services Manager ▸
// Sessions… in the main window. From the top: the sign-in strip (create the first administrator, or sign in; the
// user and role; Sign Out), Create Session and the Session Actions menu (Commands built from csmSessionActions,
// View/Modify ▸ Properties / Remove Copy Sets, Add Copy Sets, Export Copy Set, Remove Session), the sessions list,
// the selected session's pictogram and role pairs, and its console messages. Every change is a command carrying the
// signed-in user's token; a Monitor sees everything and can change nothing, an Operator only the sessions assigned
// to them; a refusal of the engine (CsmNotAuthorized) is said in a message box.
#pragma once

#include "api/connection.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace Copyline::CsmUi
{

class CsmController;
class MessageModel;
class RolePairModel;
class SessionListModel;
class SessionPictogram;
struct ActionRow;

class CsmSessionsWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsmSessionsWindow)

public:
    /** The pages of the sign-in strip. */
    enum SignInPage
    {
        WaitingPage,
        SetupPage,
        LoginPage,
        SignedInPage,
    };

    explicit CsmSessionsWindow(EngineConnection* connection, QWidget* parent = nullptr);
    ~CsmSessionsWindow() override;

    void setConnection(EngineConnection* connection);
    CsmController* controller() const { return m_controller; }

    // Sign-in strip.
    SignInPage signInPage() const;
    QLineEdit* setupNameEdit() const { return m_setupName; }
    QLineEdit* setupPasswordEdit() const { return m_setupPassword; }
    QLineEdit* setupConfirmEdit() const { return m_setupConfirm; }
    QPushButton* setupButton() const { return m_setupButton; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* signInButton() const { return m_signInButton; }
    QPushButton* signOutButton() const { return m_signOutButton; }
    QLabel* signedInLabel() const { return m_signedIn; }
    QLabel* signInError() const { return m_signInError; }

    // Actions.
    QPushButton* createSessionButton() const { return m_createButton; }
    QPushButton* sessionActionsButton() const { return m_actionsButton; }
    QMenu* sessionActionsMenu() const { return m_actionsMenu; }
    QMenu* commandsMenu() const { return m_commandsMenu; }
    /** The Commands menu's entry labelled @p label ("Start H1->H2"); nullptr if none. */
    QAction* commandAction(const QString& label) const;
    QAction* createSessionAction() const { return m_createAction; }
    QAction* propertiesAction() const { return m_propertiesAction; }
    QAction* removeCopySetsAction() const { return m_removeCopySetsAction; }
    QAction* addCopySetsAction() const { return m_addCopySetsAction; }
    QAction* exportAction() const { return m_exportAction; }
    QAction* removeSessionAction() const { return m_removeSessionAction; }
    /** Sessions ▸ Management Servers… (spec §5.7): opens CsmServersDialog. */
    QAction* serversAction() const { return m_serversAction; }

    // Views.
    QTableView* sessionTable() const { return m_sessionTable; }
    SessionListModel* sessionModel() const { return m_sessionModel; }
    SessionPictogram* pictogram() const { return m_pictogram; }
    QTableView* rolePairTable() const { return m_rolePairTable; }
    RolePairModel* rolePairModel() const { return m_rolePairModel; }
    QTableView* messageTable() const { return m_messageTable; }
    MessageModel* messageModel() const { return m_messageModel; }
    QLabel* statusLine() const { return m_statusLine; }
    QLabel* detailsTitle() const { return m_detailsTitle; }

    /** Selects the row of @p session (false if it is not listed). */
    bool selectSession(const QString& session);
    /** The session selected (empty if none). */
    QString currentSession() const;
    /** The dialog or wizard opened by the view while it is open. */
    QWidget* dialog() const { return m_dialog; }

    /** Opens the Add Copy Sets wizard for @p session. */
    void openAddCopySets(const QString& session);

private:
    QWidget* createSignInStrip();
    void createActions();
    void updateAuth();
    void onData();
    void updateDetails();
    void updateActions();
    void rebuildCommands();
    void setStatus(const QString& text);
    void showRefusal(const QString& title, const CommandResult& result);
    void openDialog(QWidget* dialog);

    void setup();
    void signIn();
    void createSession();
    void runCommand(const ActionRow& action);
    void openProperties();
    void openRemoveCopySets();
    void exportCopySets();
    void removeSession();

    CsmController* m_controller = nullptr;
    QPointer<QWidget> m_dialog;

    QStackedWidget* m_signInStack = nullptr;
    QLineEdit* m_setupName = nullptr;
    QLineEdit* m_setupPassword = nullptr;
    QLineEdit* m_setupConfirm = nullptr;
    QPushButton* m_setupButton = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_signInButton = nullptr;
    QLabel* m_signedIn = nullptr;
    QPushButton* m_signOutButton = nullptr;
    QLabel* m_signInError = nullptr;

    QPushButton* m_createButton = nullptr;
    QPushButton* m_actionsButton = nullptr;
    QLabel* m_roleHint = nullptr;
    QMenu* m_actionsMenu = nullptr;
    QMenu* m_commandsMenu = nullptr;
    QMenu* m_modifyMenu = nullptr;
    QAction* m_createAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_serversAction = nullptr;
    QAction* m_propertiesAction = nullptr;
    QAction* m_removeCopySetsAction = nullptr;
    QAction* m_addCopySetsAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_removeSessionAction = nullptr;
    QString m_commandsKey; /**< what the Commands menu was built from */

    QSplitter* m_splitter = nullptr;
    QTableView* m_sessionTable = nullptr;
    SessionListModel* m_sessionModel = nullptr;
    QLabel* m_detailsTitle = nullptr;
    QLabel* m_detailsLine = nullptr;
    SessionPictogram* m_pictogram = nullptr;
    QTableView* m_rolePairTable = nullptr;
    RolePairModel* m_rolePairModel = nullptr;
    QTableView* m_messageTable = nullptr;
    MessageModel* m_messageModel = nullptr;
    QLabel* m_statusLine = nullptr;
};

} // namespace Copyline::CsmUi
