// SPDX-License-Identifier: GPL-3.0-or-later
#include "essconfigurationpanel.h"

#include "common/confirm.h"
#include "dialogs/messagebox.h"
#include "panels/ess/esscommands.h"
#include "panels/ess/esscopystate.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::EssUi
{

ConfigurationPanel::ConfigurationPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"essConfigurationPanel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);

    auto* servers = new QGroupBox(tr("Copy Services server"), this);
    auto* serversLayout = new QVBoxLayout(servers);
    m_servers = new QLabel(servers);
    m_servers->setObjectName(u"serversLabel"_s);
    m_servers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    serversLayout->addWidget(m_servers);
    layout->addWidget(servers);

    auto* log = new QGroupBox(tr("Copy Services log"), this);
    auto* logLayout = new QHBoxLayout(log);
    logLayout->addWidget(new QLabel(tr("Task execution status and the time operations took."), log), 1);
    auto* view = new QPushButton(tr("View"), log);
    view->setObjectName(u"viewLogButton"_s);
    auto* clear = new QPushButton(tr("Clear"), log);
    clear->setObjectName(u"clearLogButton"_s);
    logLayout->addWidget(view);
    logLayout->addWidget(clear);
    layout->addWidget(log);

    auto* security = new QGroupBox(tr("Host commands"), this);
    auto* securityLayout = new QVBoxLayout(security);
    m_protected = new QRadioButton(tr("Password protection"), security);
    m_protected->setObjectName(u"passwordProtectionRadioButton"_s);
    m_protected->setToolTip(tr("Host (command line) commands need a user name and password defined below."));
    m_unprotected = new QRadioButton(tr("No Password protection"), security);
    m_unprotected->setObjectName(u"noPasswordProtectionRadioButton"_s);
    m_unprotected->setToolTip(tr("Every user may use the command line interface."));
    auto* group = new QButtonGroup(security);
    group->addButton(m_protected);
    group->addButton(m_unprotected);
    securityLayout->addWidget(m_protected);
    securityLayout->addWidget(m_unprotected);
    securityLayout->addWidget(new QLabel(tr("Command line users:"), security));
    m_users = new QListWidget(security);
    m_users->setObjectName(u"usersList"_s);
    m_users->setMaximumHeight(160);
    securityLayout->addWidget(m_users);
    auto* userButtons = new QHBoxLayout;
    auto* authorize = new QPushButton(tr("Authorize"), security);
    authorize->setObjectName(u"authorizeButton"_s);
    m_removeUser = new QPushButton(tr("Remove user"), security);
    m_removeUser->setObjectName(u"removeUserButton"_s);
    userButtons->addWidget(authorize);
    userButtons->addWidget(m_removeUser);
    userButtons->addStretch(1);
    securityLayout->addLayout(userButtons);
    layout->addWidget(security);
    layout->addStretch(1);

    connect(view, &QPushButton::clicked, this, &ConfigurationPanel::viewLog);
    connect(clear, &QPushButton::clicked, this, &ConfigurationPanel::clearLog);
    connect(m_protected, &QRadioButton::clicked, this, [this] { setProtection(true); });
    connect(m_unprotected, &QRadioButton::clicked, this, [this] { setProtection(false); });
    connect(authorize, &QPushButton::clicked, this, &ConfigurationPanel::authorizeUser);
    connect(m_removeUser, &QPushButton::clicked, this, &ConfigurationPanel::removeUser);
    connect(m_users, &QListWidget::currentRowChanged, this,
        [this] { m_removeUser->setEnabled(m_users->currentItem() != nullptr); });
    m_removeUser->setEnabled(false);
}

ConfigurationPanel::~ConfigurationPanel() = default;

void ConfigurationPanel::setSnapshot(const SnapshotPtr& snapshot)
{
    m_snapshot = snapshot;
    const Configuration& config = snapshot->config;
    QString primary;
    QString backup;
    QStringList states;
    for (const Subsystem& s : servers(config)) {
        const QString role = optionValue(s.options, u"csServer"_s);
        if (role == u"primary"_s) {
            primary = s.name;
        } else if (role == u"backup"_s) {
            backup = s.name;
        }
        const QString active = optionValue(s.options, u"csActive"_s, u"primary"_s);
        states.append(tr("ESS %1: %2")
                          .arg(s.name,
                              active == u"disabled"_s     ? tr("Copy Services disabled")
                                  : active == u"backup"_s ? tr("uses the backup server")
                                                          : tr("uses the primary server")));
    }
    const QString text = tr("Primary Copy Services server: %1\nBackup Copy Services server: %2\n%3")
                             .arg(primary.isEmpty() ? tr("(none)") : primary, backup.isEmpty() ? tr("(none)") : backup,
                                 states.join(u'\n'));
    if (m_servers->text() != text) {
        m_servers->setText(text);
    }
    const bool protection = passwordProtection(config);
    if (m_protected->isChecked() != protection || m_unprotected->isChecked() == protection) {
        (protection ? m_protected : m_unprotected)->setChecked(true);
    }
    QStringList users;
    for (const User& u : config.users) {
        if (u.scope == QLatin1String(kFamilyId)) {
            users.append(u.name);
        }
    }
    users.sort();
    QStringList shown;
    for (int row = 0; row < m_users->count(); ++row) {
        shown.append(m_users->item(row)->text());
    }
    if (shown != users) {
        const QString current = m_users->currentItem() ? m_users->currentItem()->text() : QString();
        m_users->clear();
        m_users->addItems(users);
        const QList<QListWidgetItem*> again = m_users->findItems(current, Qt::MatchExactly);
        if (!again.isEmpty()) {
            m_users->setCurrentItem(again.first());
        }
    }
    if (m_log && m_logShownEvent != snapshot->lastEventId) {
        refreshLog();
    }
}

void ConfigurationPanel::setProtection(bool enabled)
{
    submitInOrder(
        m_connection, {{u"essSetPasswordProtection"_s, {{u"enabled"_s, enabled}}}}, this, [this](const QString& error) {
            if (!error.isEmpty()) {
                MessageBox::warning(this, tr("Password protection"), error);
                if (m_snapshot) {
                    setSnapshot(m_snapshot); // the radio buttons show what holds
                }
            }
        });
}

void ConfigurationPanel::viewLog()
{
    if (m_log) {
        m_log->raise();
        refreshLog();
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(u"essLogWindow"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Copy Services log"));
    auto* layout = new QVBoxLayout(dialog);
    m_logTree = new QTreeWidget(dialog);
    m_logTree->setObjectName(u"logTree"_s);
    m_logTree->setRootIsDecorated(false);
    m_logTree->setUniformRowHeights(true);
    m_logTree->setHeaderLabels({tr("Time"), tr("Storage server"), tr("Component"), tr("Description"), tr("Details")});
    m_logTree->setColumnWidth(0, 150);
    m_logTree->setColumnWidth(1, 100);
    m_logTree->setColumnWidth(2, 180);
    m_logTree->setColumnWidth(3, 260);
    m_logTree->header()->setStretchLastSection(true);
    layout->addWidget(m_logTree);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(980, 460);
    m_log = dialog;
    dialog->show();
    refreshLog();
}

void ConfigurationPanel::refreshLog()
{
    if (!m_log || m_connection == nullptr) {
        return;
    }
    m_logShownEvent = m_snapshot ? m_snapshot->lastEventId : -1;
    m_connection->submit({u"essShowLog"_s, {{u"limit"_s, 500}}}, m_log, [this](const CommandResult& result) {
        if (!m_log) {
            return;
        }
        m_logTree->clear();
        if (!result.ok()) {
            auto* item = new QTreeWidgetItem(m_logTree);
            item->setText(3, result.error.localizedMessage());
            return;
        }
        const QJsonArray log = result.data.value(u"log"_s).toArray();
        for (const QJsonValue& value : log) {
            const QJsonObject e = value.toObject();
            auto* item = new QTreeWidgetItem(m_logTree);
            const QDateTime time = QDateTime::fromString(e.value(u"time"_s).toString(), Qt::ISODate);
            item->setText(0, QLocale().toString(time.toLocalTime(), QLocale::ShortFormat));
            item->setText(1, e.value(u"storageServer"_s).toString());
            item->setText(2, e.value(u"component"_s).toString());
            item->setText(3, e.value(u"description"_s).toString());
            item->setText(4, e.value(u"details"_s).toString());
            item->setToolTip(4, e.value(u"details"_s).toString());
        }
        m_logTree->scrollToBottom();
    });
}

void ConfigurationPanel::clearLog()
{
    // The log's records are gone for good: "Yes" typed.
    const CommandRequest request {u"essClearLog"_s, {}};
    if (!Confirm::ask(this, Consequence::LosesData, tr("Clear"),
            tr("Clear the Copy Services log? Its records are deleted and cannot be shown again."),
            equivalentOf(m_snapshot, {request}))) {
        return;
    }
    submitInOrder(m_connection, {request}, this, [this](const QString& error) {
        if (!error.isEmpty()) {
            MessageBox::warning(this, tr("Clear"), error);
            return;
        }
        refreshLog();
    });
}

void ConfigurationPanel::authorizeUser()
{
    if (m_dialog) {
        return;
    }
    auto* dialog = new RequestDialog(m_connection, tr("Authorize"), u"essAuthorizeUserDialog"_s, this);
    auto* form = new QFormLayout;
    auto* name = new QLineEdit(dialog);
    name->setObjectName(u"userNameLineEdit"_s);
    auto* password = new QLineEdit(dialog);
    password->setObjectName(u"passwordLineEdit"_s);
    password->setEchoMode(QLineEdit::Password);
    auto* confirm = new QLineEdit(dialog);
    confirm->setObjectName(u"confirmPasswordLineEdit"_s);
    confirm->setEchoMode(QLineEdit::Password);
    form->addRow(tr("User name:"), name);
    form->addRow(tr("Password:"), password);
    form->addRow(tr("Confirm password:"), confirm);
    dialog->content()->addWidget(
        new QLabel(tr("Command line users are separate from the ESS Specialist accounts."), dialog));
    dialog->content()->addLayout(form);
    dialog->setValidator([name, password, confirm]() -> QString {
        if (name->text().trimmed().isEmpty()) {
            return tr("Enter a user name.");
        }
        if (password->text().isEmpty()) {
            return tr("Enter a password.");
        }
        if (password->text() != confirm->text()) {
            return tr("The passwords do not match.");
        }
        return {};
    });
    for (QLineEdit* edit : {name, password, confirm}) {
        connect(edit, &QLineEdit::textChanged, dialog, &RequestDialog::revalidate);
    }
    dialog->setRequests([name, password] {
        return QList<CommandRequest> {
            {u"essAuthorizeUser"_s, {{u"name"_s, name->text().trimmed()}, {u"password"_s, password->text()}}}};
    });
    m_dialog = dialog;
    dialog->open();
}

void ConfigurationPanel::removeUser()
{
    const QListWidgetItem* item = m_users->currentItem();
    if (item == nullptr) {
        return;
    }
    const QString name = item->text();
    const CommandRequest request {u"essRemoveUser"_s, {{u"name"_s, name}}};
    if (!Confirm::ask(this, Consequence::ChangesState, tr("Remove user"),
            tr("Remove the command line user %1?").arg(name), equivalentOf(m_snapshot, {request}))) {
        return;
    }
    submitInOrder(m_connection, {request}, this, [this](const QString& error) {
        if (!error.isEmpty()) {
            MessageBox::warning(this, tr("Remove user"), error);
        }
    });
}

} // namespace Copyline::EssUi
