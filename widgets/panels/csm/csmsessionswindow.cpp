// SPDX-License-Identifier: GPL-3.0-or-later
#include "csmsessionswindow.h"

#include "common/confirm.h"
#include "common/messagelabel.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "panels/csm/csmaddcopysetswizard.h"
#include "panels/csm/csmdata.h"
#include "panels/csm/csmdialogs.h"
#include "panels/csm/csmmodels.h"
#include "panels/csm/csmpictogram.h"
#include "panels/csm/csmserversdialog.h"

#include <QAction>
#include <QFile>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::CsmUi
{

namespace
{

QTableView* makeTable(const QString& objectName, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QLabel* boldLabel(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

CsmSessionsWindow::CsmSessionsWindow(EngineConnection* connection, QWidget* parent)
    : QMainWindow(parent, Qt::Window)
{
    setObjectName(u"csmSessionsWindow"_s);
    setWindowTitle(tr("Copy Services Manager — Sessions"));
    m_controller = new CsmController(this);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(6);
    layout->addWidget(createSignInStrip());

    // Create Session and Session Actions (seed L1857, §2.0).
    createActions();
    auto* actionRow = new QHBoxLayout;
    m_createButton = new QPushButton(tr("Create Session"), central);
    m_createButton->setObjectName(u"csmCreateSessionButton"_s);
    m_createButton->setToolTip(tr("Define a new session: its name, type and site locations (Administrator)"));
    connect(m_createButton, &QPushButton::clicked, this, &CsmSessionsWindow::createSession);
    m_actionsButton = new QPushButton(tr("Session Actions"), central);
    m_actionsButton->setObjectName(u"csmSessionActionsButton"_s);
    m_actionsButton->setMenu(m_actionsMenu);
    actionRow->addWidget(m_createButton);
    actionRow->addWidget(m_actionsButton);
    m_roleHint = new QLabel(central);
    m_roleHint->setObjectName(u"csmRoleHint"_s);
    m_roleHint->setWordWrap(true);
    actionRow->addWidget(m_roleHint, 1);
    layout->addLayout(actionRow);

    m_splitter = new QSplitter(Qt::Vertical, central);
    m_splitter->setObjectName(u"csmSplitter"_s);
    m_splitter->setChildrenCollapsible(false);

    // The sessions list (§5.2).
    m_sessionModel = new SessionListModel(this);
    m_sessionTable = makeTable(u"csmSessionTable"_s, m_splitter);
    m_sessionTable->setModel(m_sessionModel);
    m_sessionTable->setAccessibleName(tr("Sessions"));
    m_sessionTable->setItemDelegateForColumn(SessionListModel::ProgressColumn, new ProgressBarDelegate(m_sessionTable));
    m_sessionTable->horizontalHeader()->setStretchLastSection(false);
    m_sessionTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const QList<std::pair<int, int>> widths {{SessionListModel::NameColumn, 170}, {SessionListModel::StatusColumn, 100},
        {SessionListModel::StateColumn, 130}, {SessionListModel::TypeColumn, 300},
        {SessionListModel::RecoverableColumn, 95}, {SessionListModel::ActiveHostColumn, 90},
        {SessionListModel::CopySetsColumn, 80}, {SessionListModel::ErrorsColumn, 60},
        {SessionListModel::ProgressColumn, 140}};
    for (const auto& [column, width] : widths) {
        m_sessionTable->horizontalHeader()->resizeSection(column, width);
    }
    m_sessionTable->horizontalHeader()->setSectionResizeMode(SessionListModel::TypeColumn, QHeaderView::Stretch);
    m_sessionTable->setMinimumHeight(120);
    m_splitter->addWidget(m_sessionTable);

    // The details of the selected session (§5.3).
    auto* details = new QWidget(m_splitter);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 4, 0, 0);
    detailsLayout->setSpacing(4);
    auto* titleRow = new QHBoxLayout;
    m_detailsTitle = boldLabel(tr("Session details"), u"csmDetailsTitle"_s, details);
    titleRow->addWidget(m_detailsTitle);
    m_detailsLine = new QLabel(details);
    m_detailsLine->setObjectName(u"csmDetailsLine"_s);
    m_detailsLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    titleRow->addWidget(m_detailsLine, 1);
    detailsLayout->addLayout(titleRow);
    auto* detailsSplitter = new QSplitter(Qt::Horizontal, details);
    detailsSplitter->setChildrenCollapsible(false);
    m_pictogram = new SessionPictogram(detailsSplitter);
    detailsSplitter->addWidget(m_pictogram);
    m_rolePairModel = new RolePairModel(this);
    m_rolePairTable = makeTable(u"csmRolePairTable"_s, detailsSplitter);
    m_rolePairTable->setModel(m_rolePairModel);
    m_rolePairTable->setAccessibleName(tr("Role pairs"));
    m_rolePairTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_rolePairTable->setItemDelegateForColumn(RolePairModel::ProgressColumn, new ProgressBarDelegate(m_rolePairTable));
    const QList<std::pair<int, int>> pairWidths {{RolePairModel::NameColumn, 110}, {RolePairModel::CopyTypeColumn, 105},
        {RolePairModel::ActiveColumn, 55}, {RolePairModel::RecoverableColumn, 90}, {RolePairModel::ProgressColumn, 120},
        {RolePairModel::ErrorsColumn, 50}};
    for (const auto& [column, width] : pairWidths) {
        m_rolePairTable->horizontalHeader()->resizeSection(column, width);
    }
    detailsSplitter->addWidget(m_rolePairTable);
    detailsSplitter->setStretchFactor(0, 5);
    detailsSplitter->setStretchFactor(1, 6);
    detailsSplitter->setSizes({560, 690});
    detailsLayout->addWidget(detailsSplitter, 1);
    m_splitter->addWidget(details);

    // The console messages (§5.8).
    auto* console = new QWidget(m_splitter);
    auto* consoleLayout = new QVBoxLayout(console);
    consoleLayout->setContentsMargins(0, 4, 0, 0);
    consoleLayout->setSpacing(4);
    consoleLayout->addWidget(boldLabel(tr("Console"), u"csmConsoleTitle"_s, console));
    m_messageModel = new MessageModel(this);
    m_messageTable = makeTable(u"csmMessageTable"_s, console);
    m_messageTable->setModel(m_messageModel);
    m_messageTable->setAccessibleName(tr("Console messages"));
    m_messageTable->horizontalHeader()->resizeSection(MessageModel::TimeColumn, 150);
    m_messageTable->horizontalHeader()->resizeSection(MessageModel::IdColumn, 115);
    m_messageTable->horizontalHeader()->resizeSection(MessageModel::SessionColumn, 120);
    consoleLayout->addWidget(m_messageTable, 1);
    m_splitter->addWidget(console);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({170, 270, 140});
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_statusLine = new QLabel(this);
    m_statusLine->setObjectName(u"csmStatusLine"_s);
    m_statusLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_statusLine, 1);

    connect(m_controller, &CsmController::authChanged, this, &CsmSessionsWindow::updateAuth);
    connect(m_controller, &CsmController::dataChanged, this, &CsmSessionsWindow::onData);
    connect(m_sessionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            m_controller->setCurrentSession(current.isValid() ? current.data(kKeyRole).toString() : QString());
            updateDetails();
            updateActions();
        });
    connect(m_sessionTable, &QTableView::customContextMenuRequested, this,
        [this](const QPoint& pos) { m_actionsMenu->popup(m_sessionTable->viewport()->mapToGlobal(pos)); });
    m_sessionTable->setContextMenuPolicy(Qt::CustomContextMenu);

    // Fits a 1366×768 screen with its task bar.
    resize(1300, 700);
    setConnection(connection);
}

CsmSessionsWindow::~CsmSessionsWindow() = default;

QWidget* CsmSessionsWindow::createSignInStrip()
{
    auto* strip = new QFrame(this);
    strip->setObjectName(u"csmSignInStrip"_s);
    strip->setFrameShape(QFrame::StyledPanel);
    strip->setAutoFillBackground(true);
    strip->setBackgroundRole(QPalette::AlternateBase);
    auto* layout = new QVBoxLayout(strip);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    m_signInStack = new QStackedWidget(strip);
    m_signInStack->setObjectName(u"csmSignInStack"_s);

    auto* waiting = new QLabel(tr("Connecting to Copy Services Manager…"), m_signInStack);
    m_signInStack->addWidget(waiting);

    // No CSM user yet: the first one is the administrator (csmSetup).
    auto* setup = new QWidget(m_signInStack);
    auto* setupRow = new QHBoxLayout(setup);
    setupRow->setContentsMargins(0, 0, 0, 0);
    setupRow->addWidget(new QLabel(tr("No Copy Services Manager user exists yet. Create the administrator:"), setup));
    m_setupName = new QLineEdit(setup);
    m_setupName->setObjectName(u"csmSetupNameEdit"_s);
    m_setupName->setPlaceholderText(tr("Name"));
    m_setupName->setAccessibleName(tr("Administrator name"));
    m_setupPassword = new QLineEdit(setup);
    m_setupPassword->setObjectName(u"csmSetupPasswordEdit"_s);
    m_setupPassword->setEchoMode(QLineEdit::Password);
    m_setupPassword->setPlaceholderText(tr("Password"));
    m_setupPassword->setAccessibleName(tr("Password"));
    m_setupConfirm = new QLineEdit(setup);
    m_setupConfirm->setObjectName(u"csmSetupConfirmEdit"_s);
    m_setupConfirm->setEchoMode(QLineEdit::Password);
    m_setupConfirm->setPlaceholderText(tr("Password again"));
    m_setupConfirm->setAccessibleName(tr("Password again"));
    m_setupButton = new QPushButton(tr("Create Administrator"), setup);
    m_setupButton->setObjectName(u"csmSetupButton"_s);
    setupRow->addWidget(m_setupName);
    setupRow->addWidget(m_setupPassword);
    setupRow->addWidget(m_setupConfirm);
    setupRow->addWidget(m_setupButton);
    setupRow->addStretch(1);
    connect(m_setupButton, &QPushButton::clicked, this, &CsmSessionsWindow::setup);
    connect(m_setupConfirm, &QLineEdit::returnPressed, this, &CsmSessionsWindow::setup);
    m_signInStack->addWidget(setup);

    // Sign in (csmLogin).
    auto* login = new QWidget(m_signInStack);
    auto* loginRow = new QHBoxLayout(login);
    loginRow->setContentsMargins(0, 0, 0, 0);
    loginRow->addWidget(new QLabel(tr("Sign in to Copy Services Manager:"), login));
    m_user = new QLineEdit(login);
    m_user->setObjectName(u"csmUserEdit"_s);
    m_user->setPlaceholderText(tr("User name"));
    m_user->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(login);
    m_password->setObjectName(u"csmPasswordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_password->setAccessibleName(tr("Password"));
    m_signInButton = new QPushButton(tr("Sign In"), login);
    m_signInButton->setObjectName(u"csmSignInButton"_s);
    loginRow->addWidget(m_user);
    loginRow->addWidget(m_password);
    loginRow->addWidget(m_signInButton);
    loginRow->addStretch(1);
    connect(m_signInButton, &QPushButton::clicked, this, &CsmSessionsWindow::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &CsmSessionsWindow::signIn);
    m_signInStack->addWidget(login);

    // Signed in.
    auto* signedIn = new QWidget(m_signInStack);
    auto* signedRow = new QHBoxLayout(signedIn);
    signedRow->setContentsMargins(0, 0, 0, 0);
    m_signedIn = new QLabel(signedIn);
    m_signedIn->setObjectName(u"csmSignedInLabel"_s);
    m_signOutButton = new QPushButton(tr("Sign Out"), signedIn);
    m_signOutButton->setObjectName(u"csmSignOutButton"_s);
    signedRow->addWidget(m_signedIn, 1);
    signedRow->addWidget(m_signOutButton);
    connect(m_signOutButton, &QPushButton::clicked, this, [this]() {
        m_controller->logout();
        setStatus(tr("Signed out."));
    });
    m_signInStack->addWidget(signedIn);

    layout->addWidget(m_signInStack);
    m_signInError = makeMessageLabel(u"csmSignInError"_s, MessageKind::Error, strip);
    layout->addWidget(m_signInError);
    return strip;
}

void CsmSessionsWindow::createActions()
{
    m_createAction = new QAction(tr("&Create Session…"), this);
    m_createAction->setObjectName(u"csmCreateSessionAction"_s);
    connect(m_createAction, &QAction::triggered, this, &CsmSessionsWindow::createSession);
    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setObjectName(u"csmRefreshAction"_s);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, m_controller, &CsmController::refresh);
    m_serversAction = new QAction(tr("Management &Servers…"), this);
    m_serversAction->setObjectName(u"csmServersAction"_s);
    connect(
        m_serversAction, &QAction::triggered, this, [this]() { openDialog(new CsmServersDialog(m_controller, this)); });
    auto* close = new QAction(tr("C&lose"), this);
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);

    QMenu* sessions = menuBar()->addMenu(tr("&Sessions"));
    sessions->setObjectName(u"csmSessionsMenu"_s);
    sessions->addAction(m_createAction);
    sessions->addAction(m_refreshAction);
    sessions->addSeparator();
    sessions->addAction(m_serversAction);
    sessions->addSeparator();
    sessions->addAction(close);

    // Session Actions (seed §2.0): Commands ▸ …, View/Modify ▸ Properties / Remove Copy Sets, Add Copy Sets,
    // Export Copy Set; and Remove Session.
    m_actionsMenu = menuBar()->addMenu(tr("Session &Actions"));
    m_actionsMenu->setObjectName(u"csmSessionActionsMenu"_s);
    m_actionsMenu->setToolTipsVisible(true);
    m_commandsMenu = m_actionsMenu->addMenu(tr("&Commands"));
    m_commandsMenu->setObjectName(u"csmCommandsMenu"_s);
    m_commandsMenu->setToolTipsVisible(true);
    m_modifyMenu = m_actionsMenu->addMenu(tr("&View/Modify"));
    m_modifyMenu->setObjectName(u"csmViewModifyMenu"_s);
    m_propertiesAction = m_modifyMenu->addAction(tr("&Properties…"));
    m_propertiesAction->setObjectName(u"csmPropertiesAction"_s);
    m_removeCopySetsAction = m_modifyMenu->addAction(tr("&Remove Copy Sets…"));
    m_removeCopySetsAction->setObjectName(u"csmRemoveCopySetsAction"_s);
    m_addCopySetsAction = m_actionsMenu->addAction(tr("&Add Copy Sets…"));
    m_addCopySetsAction->setObjectName(u"csmAddCopySetsAction"_s);
    m_exportAction = m_actionsMenu->addAction(tr("&Export Copy Set…"));
    m_exportAction->setObjectName(u"csmExportCopySetAction"_s);
    m_actionsMenu->addSeparator();
    m_removeSessionAction = m_actionsMenu->addAction(tr("Remove &Session…"));
    m_removeSessionAction->setObjectName(u"csmRemoveSessionAction"_s);
    connect(m_propertiesAction, &QAction::triggered, this, &CsmSessionsWindow::openProperties);
    connect(m_removeCopySetsAction, &QAction::triggered, this, &CsmSessionsWindow::openRemoveCopySets);
    connect(m_addCopySetsAction, &QAction::triggered, this, [this]() { openAddCopySets(currentSession()); });
    connect(m_exportAction, &QAction::triggered, this, &CsmSessionsWindow::exportCopySets);
    connect(m_removeSessionAction, &QAction::triggered, this, &CsmSessionsWindow::removeSession);
}

void CsmSessionsWindow::setConnection(EngineConnection* connection)
{
    m_controller->setConnection(connection);
}

CsmSessionsWindow::SignInPage CsmSessionsWindow::signInPage() const
{
    return static_cast<SignInPage>(m_signInStack->currentIndex());
}

QString CsmSessionsWindow::currentSession() const
{
    const QModelIndex index = m_sessionTable->currentIndex();
    return index.isValid() ? index.siblingAtColumn(0).data(kKeyRole).toString() : QString();
}

bool CsmSessionsWindow::selectSession(const QString& session)
{
    const int row = m_sessionModel->rowOf(session);
    if (row < 0) {
        return false;
    }
    m_sessionTable->setCurrentIndex(m_sessionModel->index(row, 0));
    m_sessionTable->selectRow(row);
    return true;
}

QAction* CsmSessionsWindow::commandAction(const QString& label) const
{
    for (QAction* a : m_commandsMenu->actions()) {
        if (a->data().toString() == label || a->text() == label) {
            return a;
        }
    }
    return nullptr;
}

void CsmSessionsWindow::setStatus(const QString& text)
{
    m_statusLine->setText(text);
}

void CsmSessionsWindow::showRefusal(const QString& title, const CommandResult& result)
{
    const QString message = result.error.localizedMessage();
    setStatus(message);
    if (result.error.number() == kErrorNotAuthorized) {
        MessageBox::warning(this, tr("Not Authorized"),
            tr("Copy Services Manager refused this: your role does not allow it.") + u"\n\n"_s + message);
    } else {
        MessageBox::critical(this, title, message);
    }
}

void CsmSessionsWindow::openDialog(QWidget* dialog)
{
    if (m_dialog) {
        m_dialog->close();
    }
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (auto* d = qobject_cast<QDialog*>(dialog)) {
        d->setWindowModality(Qt::WindowModal);
        d->open();
    } else {
        dialog->show();
    }
}

// --- Sign-in ---------------------------------------------------------------------------------------------------

void CsmSessionsWindow::updateAuth()
{
    const CsmController* c = m_controller;
    SignInPage page = WaitingPage;
    if (c->signedIn()) {
        page = SignedInPage;
        m_signedIn->setText(tr("Signed in as %1 — %2 (%3)").arg(c->user(), c->role(), c->scopeText()));
    } else if (c->userStatusKnown()) {
        page = c->usersExist() ? LoginPage : SetupPage;
    }
    m_signInStack->setCurrentIndex(page);
    if (page == SignedInPage) {
        showMessage(m_signInError, {});
        m_setupPassword->clear();
        m_setupConfirm->clear();
        m_password->clear();
    } else if (page == LoginPage && m_user->text().isEmpty()) {
        m_user->setFocus();
    }
    if (!c->signedIn()) {
        m_sessionModel->setSessions({});
        m_rolePairModel->setRolePairs({});
        m_messageModel->setMessages({});
        m_pictogram->clear();
    }
    QString hint;
    if (!c->signedIn()) {
        hint = tr("Sign in to see and manage the sessions.");
    } else if (c->isMonitor()) {
        hint = tr("Monitor: you can see every session, but not run commands or change anything.");
    } else if (!c->isAdministrator()) {
        hint = tr("Operator: you can run commands and change copy sets of %1.").arg(c->scopeText());
    }
    m_roleHint->setText(hint);
    updateDetails();
    updateActions();
}

void CsmSessionsWindow::setup()
{
    const QString name = m_setupName->text().trimmed();
    if (name.isEmpty()) {
        showMessage(m_signInError, tr("Enter the administrator's name."));
        m_setupName->setFocus();
        return;
    }
    if (m_setupPassword->text().isEmpty()) {
        showMessage(m_signInError, tr("Enter a password."));
        m_setupPassword->setFocus();
        return;
    }
    if (m_setupPassword->text() != m_setupConfirm->text()) {
        showMessage(m_signInError, tr("The two passwords differ; enter the same password twice."));
        m_setupConfirm->clear();
        m_setupConfirm->setFocus();
        return;
    }
    m_setupButton->setEnabled(false);
    m_controller->setupAdministrator(name, m_setupPassword->text(), this, [this](const CommandResult& r) {
        m_setupButton->setEnabled(true);
        if (!r.ok()) {
            showMessage(m_signInError, r.error.localizedMessage());
            m_controller->queryUserStatus();
            return;
        }
        setStatus(tr("Administrator %1 created and signed in.").arg(m_controller->user()));
    });
}

void CsmSessionsWindow::signIn()
{
    const QString user = m_user->text().trimmed();
    if (user.isEmpty()) {
        showMessage(m_signInError, tr("Enter your user name."));
        m_user->setFocus();
        return;
    }
    m_signInButton->setEnabled(false);
    m_controller->login(user, m_password->text(), this, [this](const CommandResult& r) {
        m_signInButton->setEnabled(true);
        if (!r.ok()) {
            showMessage(m_signInError, r.error.localizedMessage());
            m_password->selectAll();
            m_password->setFocus();
            return;
        }
        setStatus(tr("Signed in as %1.").arg(m_controller->user()));
    });
}

// --- Data ------------------------------------------------------------------------------------------------------

void CsmSessionsWindow::onData()
{
    const QString current = m_controller->currentSession();
    {
        // A reset of the list must not clear the current session: the selection is put back by name.
        const QSignalBlocker blocker(m_sessionTable->selectionModel());
        m_sessionModel->setSessions(m_controller->sessions());
        const int row = m_sessionModel->rowOf(current);
        if (row >= 0 && m_sessionTable->currentIndex().row() != row) {
            m_sessionTable->setCurrentIndex(m_sessionModel->index(row, 0));
            m_sessionTable->selectRow(row);
        }
    }
    if (m_sessionModel->rowOf(current) < 0) {
        if (m_sessionModel->rowCount() > 0) {
            // The first session, or the one that took the removed one's place.
            selectSession(m_sessionModel->sessions().first().name);
        } else if (!current.isEmpty()) {
            m_controller->setCurrentSession({});
        }
    }
    m_messageModel->setMessages(m_controller->messages());
    if (!m_controller->lastError().isEmpty() && m_controller->signedIn()) {
        setStatus(m_controller->lastError());
    }
    updateDetails();
    updateActions();
}

void CsmSessionsWindow::updateDetails()
{
    const SessionDetails& d = m_controller->details();
    const QString name = m_controller->currentSession();
    if (name.isEmpty() || !d.loaded) {
        m_detailsTitle->setText(name.isEmpty() ? tr("Session details") : tr("Session %1").arg(name));
        m_detailsLine->clear();
        if (name.isEmpty()) {
            m_pictogram->clear();
            m_rolePairModel->setRolePairs({});
        }
        return;
    }
    const SessionRow& s = d.session;
    m_detailsTitle->setText(tr("Session %1").arg(s.name));
    QStringList facts;
    facts << s.type;
    facts << tr("%1 / %2", "state / status").arg(CsmTexts::state(s.state), CsmTexts::status(s.status));
    if (!s.direction.isEmpty() && s.state != u"Defined"_s) {
        facts << tr("direction %1").arg(s.direction);
    }
    if (!s.stateChanged.isEmpty()) {
        facts << tr("state since %1").arg(CsmTexts::time(s.stateChanged));
    }
    if (!s.lastFlash.isEmpty()) {
        facts << tr("last flash %1").arg(CsmTexts::time(s.lastFlash));
    }
    if (!s.description.isEmpty()) {
        facts << s.description;
    }
    m_detailsLine->setText(u"   "_s + facts.join(u"  ·  "_s));
    m_pictogram->setSession(m_controller->type(s.type), s, d.rolePairs);
    m_rolePairModel->setRolePairs(d.rolePairs);
}

void CsmSessionsWindow::updateActions()
{
    const CsmController* c = m_controller;
    const QString name = currentSession();
    const SessionRow* row = c->session(name);
    const bool selected = row != nullptr;
    const bool change = selected && c->mayChange(name);
    const bool admin = c->signedIn() && c->isAdministrator();
    m_createButton->setEnabled(admin);
    m_createAction->setEnabled(admin);
    m_refreshAction->setEnabled(c->signedIn());
    m_serversAction->setEnabled(c->signedIn());
    m_actionsButton->setEnabled(c->signedIn() && selected);
    const QString whyNot = !c->signedIn() ? tr("Sign in first.")
        : c->isMonitor()                  ? tr("A Monitor cannot change sessions.")
        : !selected                       ? tr("Select a session.")
        : !change                         ? tr("You are not assigned to session %1.").arg(name)
                                          : QString();
    const int copySets = selected ? row->copySets : 0;
    m_propertiesAction->setEnabled(change);
    m_addCopySetsAction->setEnabled(change);
    m_removeCopySetsAction->setEnabled(change && copySets > 0);
    m_exportAction->setEnabled(change && copySets > 0);
    m_removeSessionAction->setEnabled(admin && selected && row->state == u"Defined"_s);
    for (QAction* a : {m_propertiesAction, m_addCopySetsAction, m_removeCopySetsAction, m_exportAction}) {
        a->setToolTip(a->isEnabled() ? QString() : whyNot);
    }
    if (!m_removeSessionAction->isEnabled()) {
        m_removeSessionAction->setToolTip(!admin ? tr("Only an Administrator can remove a session.")
                                                 : tr("Only a session in the Defined state can be removed; "
                                                      "Terminate it first."));
    } else {
        m_removeSessionAction->setToolTip({});
    }
    m_createButton->setToolTip(admin ? tr("Define a new session: its name, type and site locations")
                                     : tr("Only an Administrator can create sessions."));
    rebuildCommands();
}

void CsmSessionsWindow::rebuildCommands()
{
    const CsmController* c = m_controller;
    const QString name = c->currentSession();
    const bool change = !name.isEmpty() && c->mayChange(name) && c->details().loaded;
    const QList<ActionRow> actions = change ? c->details().actions : QList<ActionRow>();
    QStringList keyParts {name, change ? u"1"_s : u"0"_s};
    for (const ActionRow& a : actions) {
        keyParts << a.action << a.label << a.warning;
    }
    const QString key = keyParts.join(u'\x1f');
    if (key == m_commandsKey && !m_commandsMenu->actions().isEmpty()) {
        return;
    }
    m_commandsKey = key;
    m_commandsMenu->clear();
    for (const ActionRow& a : actions) {
        QAction* action = m_commandsMenu->addAction(a.label);
        action->setData(a.label);
        action->setProperty("csmAction", a.action);
        action->setObjectName(u"csmCommand_"_s + a.action);
        if (!a.warning.isEmpty()) {
            action->setToolTip(a.warning);
        }
        connect(action, &QAction::triggered, this, [this, a]() { runCommand(a); });
    }
    if (actions.isEmpty()) {
        QAction* none = m_commandsMenu->addAction(!c->signedIn() ? tr("Sign in first")
                : c->isMonitor()                                 ? tr("No commands for a Monitor")
                : name.isEmpty()                                 ? tr("Select a session")
                : !c->mayChange(name)                            ? tr("Not assigned to this session")
                                                                 : tr("No command is available now"));
        none->setEnabled(false);
    }
    m_commandsMenu->setEnabled(!actions.isEmpty());
}

// --- Actions ---------------------------------------------------------------------------------------------------

void CsmSessionsWindow::createSession()
{
    if (!m_controller->isAdministrator()) {
        return;
    }
    auto* dialog = new CreateSessionDialog(m_controller, this);
    connect(dialog, &CreateSessionDialog::launchAddCopySets, this, [this](const QString& session) {
        // After the dialog has closed (it is deleted on close).
        QMetaObject::invokeMethod(
            this,
            [this, session]() {
                selectSession(session);
                openAddCopySets(session);
            },
            Qt::QueuedConnection);
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        if (!dialog->createdSession().isEmpty()) {
            setStatus(tr("Session %1 was created.").arg(dialog->createdSession()));
            m_controller->setCurrentSession(dialog->createdSession());
        }
    });
    openDialog(dialog);
}

void CsmSessionsWindow::openAddCopySets(const QString& session)
{
    if (session.isEmpty() || !m_controller->mayChange(session)) {
        return;
    }
    auto* wizard = new AddCopySetsWizard(m_controller, session, this);
    connect(wizard, &AddCopySetsWizard::copySetsAdded, this, &CsmSessionsWindow::setStatus);
    openDialog(wizard);
}

void CsmSessionsWindow::runCommand(const ActionRow& action)
{
    const QString session = m_controller->currentSession();
    if (session.isEmpty()) {
        return;
    }
    QString text = tr("Run \"%1\" on session %2?").arg(action.label, session);
    if (!action.warning.isEmpty()) {
        text += u"\n\n"_s + action.warning;
    }
    // A command that overwrites volumes (the engine's warning says which) asks for "Yes" typed; the others a question.
    const Consequence consequence = action.warning.isEmpty() ? Consequence::ChangesState : Consequence::LosesData;
    const CommandRequest request {u"csmRunSessionCommand"_s, {{u"name"_s, session}, {u"action"_s, action.action}}};
    if (!Confirm::ask(this, consequence, tr("Confirm: %1").arg(action.label), text, csmcliCommand({request}))) {
        setStatus(tr("%1 was not run.").arg(action.label));
        return;
    }
    setStatus(tr("Running %1 on session %2…").arg(action.label, session));
    m_controller->run(request.name, request.args, this, [this, action, session](const CommandResult& r) {
        m_controller->refresh();
        if (!r.ok()) {
            showRefusal(tr("%1 Failed").arg(action.label), r);
            return;
        }
        const QString message = r.data.value(u"message"_s).toString();
        setStatus(message.isEmpty()
                ? tr("%1 on session %2: %3")
                      .arg(action.label, session, CsmTexts::state(r.data.value(u"state"_s).toString()))
                : message);
    });
}

void CsmSessionsWindow::openProperties()
{
    const QString session = currentSession();
    if (session.isEmpty()) {
        return;
    }
    auto* dialog = new SessionPropertiesDialog(m_controller, session, this);
    connect(dialog, &SessionPropertiesDialog::changed, this,
        [this, session]() { setStatus(tr("The properties of session %1 were changed.").arg(session)); });
    openDialog(dialog);
}

void CsmSessionsWindow::openRemoveCopySets()
{
    const QString session = currentSession();
    if (session.isEmpty()) {
        return;
    }
    auto* dialog = new RemoveCopySetsDialog(m_controller, session, this);
    connect(dialog, &RemoveCopySetsDialog::removed, this, &CsmSessionsWindow::setStatus);
    openDialog(dialog);
}

void CsmSessionsWindow::exportCopySets()
{
    const QString session = currentSession();
    if (session.isEmpty()) {
        return;
    }
    const QString path = FileDialog::getSaveFileName(
        this, tr("Export Copy Set"), session + u".csv"_s, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    m_controller->run(
        u"csmExportCsv"_s, {{u"session"_s, session}}, this, [this, path, session](const CommandResult& r) {
            if (!r.ok()) {
                showRefusal(tr("Export Copy Set"), r);
                return;
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Text)
                || file.write(r.data.value(u"text"_s).toString().toUtf8()) < 0 || !file.commit()) {
                MessageBox::critical(
                    this, tr("Export Copy Set"), tr("Cannot write %1: %2").arg(path, file.errorString()));
                return;
            }
            setStatus(tr("The copy sets of session %1 were exported to %2.").arg(session, path));
        });
}

void CsmSessionsWindow::removeSession()
{
    const QString session = currentSession();
    if (session.isEmpty()) {
        return;
    }
    const CommandRequest request {u"csmRemoveSession"_s, {{u"name"_s, session}}};
    if (!Confirm::ask(this, Consequence::ChangesState, tr("Remove Session"),
            tr("Remove session %1 and its copy sets from Copy Services Manager? The volumes and their data stay.")
                .arg(session),
            csmcliCommand({request}))) {
        return;
    }
    m_controller->run(request.name, request.args, this, [this, session](const CommandResult& r) {
        m_controller->refresh();
        if (!r.ok()) {
            showRefusal(tr("Remove Session"), r);
            return;
        }
        setStatus(tr("Session %1 was removed.").arg(session));
    });
}

} // namespace Copyline::CsmUi
