// SPDX-License-Identifier: GPL-3.0-or-later
#include "csmserversdialog.h"

#include "common/confirm.h"
#include "panels/csm/csmdata.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::CsmUi
{

CsmServersDialog::CsmServersDialog(CsmController* controller, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(u"csmServersDialog"_s);
    setWindowTitle(tr("Management Servers"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The active management server runs the sessions. A standby — the Copy Services Manager "
                                "of another site's engine — keeps a copy of them and takes over only when you tell "
                                "it to: there is no automatic takeover."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"csmServerList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Server"), tr("Role"), tr("Status"), tr("Port")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(90);
    layout->addWidget(m_list);

    auto* define = new QHBoxLayout;
    m_standby = new QLineEdit(this);
    m_standby->setObjectName(u"csmStandbyEdit"_s);
    m_standby->setPlaceholderText(tr("Site of the other server's engine (registered with copylinectl --add-peer)"));
    m_define = new QPushButton(tr("&Define Standby…"), this);
    m_define->setObjectName(u"csmDefineStandbyButton"_s);
    // The seed's way back after a takeover (L3772): the old active server becomes the standby of the new one.
    m_setAsStandby = new QPushButton(tr("&Set this Server as Standby…"), this);
    m_setAsStandby->setObjectName(u"csmSetAsStandbyButton"_s);
    define->addWidget(m_standby, 1);
    define->addWidget(m_define);
    define->addWidget(m_setAsStandby);
    layout->addLayout(define);

    m_result = new QLabel(this);
    m_result->setObjectName(u"csmServersResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_takeover = buttons->addButton(tr("&Takeover…"), QDialogButtonBox::ActionRole);
    m_takeover->setObjectName(u"csmTakeoverButton"_s);
    m_remove = buttons->addButton(tr("&Remove Standby…"), QDialogButtonBox::ActionRole);
    m_remove->setObjectName(u"csmRemoveStandbyButton"_s);
    m_removeActive = buttons->addButton(tr("Remove &Active…"), QDialogButtonBox::ActionRole);
    m_removeActive->setObjectName(u"csmRemoveActiveButton"_s);
    m_reconnect = buttons->addButton(tr("Re&connect"), QDialogButtonBox::ActionRole);
    m_reconnect->setObjectName(u"csmReconnectButton"_s);
    QPushButton* refreshButton = buttons->addButton(tr("Re&fresh"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(refreshButton, &QPushButton::clicked, this, &CsmServersDialog::refresh);
    connect(m_define, &QPushButton::clicked, this, &CsmServersDialog::defineStandby);
    connect(m_setAsStandby, &QPushButton::clicked, this, &CsmServersDialog::setAsStandby);
    connect(m_takeover, &QPushButton::clicked, this, &CsmServersDialog::takeOver);
    connect(m_remove, &QPushButton::clicked, this, &CsmServersDialog::removeStandby);
    connect(m_removeActive, &QPushButton::clicked, this, &CsmServersDialog::removeActive);
    // Sends the standby everything now rather than at the next retry; nothing is lost, so no confirmation.
    connect(m_reconnect, &QPushButton::clicked, this, [this]() { runCommand(u"csmReconnect"_s, {}); });
    connect(m_standby, &QLineEdit::textChanged, this, &CsmServersDialog::updateButtons);
    resize(760, 320);
    updateButtons();
    refresh();
}

CsmServersDialog::~CsmServersDialog() = default;

void CsmServersDialog::refresh()
{
    m_controller->run(u"csmListHaServers"_s, {}, this, [this](const CommandResult& r) {
        if (!r.ok()) {
            m_result->setText(r.error.localizedMessage());
            return;
        }
        showServers(r.data.value(u"servers"_s).toArray());
    });
}

void CsmServersDialog::showServers(const QJsonArray& servers)
{
    m_list->clear();
    m_role.clear();
    m_partner.clear();
    m_status.clear();
    for (const auto& v : servers) {
        const QJsonObject o = v.toObject();
        auto* item = new QTreeWidgetItem(m_list,
            {o.value(u"server"_s).toString(), o.value(u"role"_s).toString(), o.value(u"status"_s).toString(),
                o.value(u"port"_s).toString()});
        if (o.value(u"local"_s).toBool()) {
            m_role = o.value(u"role"_s).toString();
            m_status = o.value(u"status"_s).toString();
            item->setToolTip(0, tr("This server"));
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
        } else {
            m_partner = o.value(u"server"_s).toString();
        }
    }
    updateButtons();
}

void CsmServersDialog::updateButtons()
{
    const bool admin = m_controller->isAdministrator();
    const QString notAdmin = tr("Only an Administrator manages the management servers.");
    const bool standby = m_role == u"STANDBY"_s;
    const bool active = m_role == u"ACTIVE"_s;
    m_define->setEnabled(admin && active && !m_standby->text().trimmed().isEmpty());
    m_define->setToolTip(!admin ? notAdmin
            : standby           ? tr("A standby cannot define a standby of its own.")
                                : tr("Make the manager of that site's engine this server's standby; its sessions, copy "
                                               "sets and users are overwritten with this server's."));
    m_standby->setEnabled(admin && active);
    m_setAsStandby->setEnabled(admin && active && m_partner.isEmpty() && !m_standby->text().trimmed().isEmpty());
    m_setAsStandby->setToolTip(!admin ? notAdmin
            : !active || !m_partner.isEmpty()
            ? tr("Only a server without a standby or an active server of its own can become a standby; remove its "
                 "standby first.")
            : tr("Make this server the standby of that site's active management server; this server's sessions, "
                 "copy sets and users are overwritten with that server's."));
    m_takeover->setEnabled(admin && standby);
    m_takeover->setToolTip(!admin ? notAdmin
            : standby             ? tr("Make this server the active management server, stand-alone.")
                                  : tr("Only a standby takes over; this server is the active one."));
    m_reconnect->setEnabled(admin && active && m_status == u"Disconnected"_s);
    m_reconnect->setToolTip(!admin ? notAdmin
            : active && m_status == u"Disconnected"_s
            ? tr("Send the standby %1 everything now (reconnect); otherwise it is tried every 10 s.").arg(m_partner)
            : tr("Only an active server whose standby is Disconnected reconnects."));
    // [EXT] Remove Active: the engine refuses it while the servers are synchronized (takeover is the way then).
    m_removeActive->setEnabled(admin && standby);
    m_removeActive->setToolTip(!admin ? notAdmin
            : standby ? tr("Forget the active server %1 while it is not synchronized with this one (it cannot be "
                           "reached, or it removed this standby); this server keeps its sessions, stand-alone.")
                            .arg(m_partner)
                      : tr("Only a standby removes its active server."));
    m_remove->setEnabled(admin && active && !m_partner.isEmpty());
    m_remove->setToolTip(!admin ? notAdmin
            : m_partner.isEmpty() || !active
            ? tr("This server has no standby.")
            : tr("Forget the standby %1; it keeps its copy of the sessions.").arg(m_partner));
}

void CsmServersDialog::runCommand(const QString& name, const QJsonObject& args)
{
    m_controller->run(name, args, this, [this](const CommandResult& r) {
        m_result->setText(r.ok() ? r.data.value(u"message"_s).toString() : r.error.localizedMessage());
        refresh();
    });
}

void CsmServersDialog::defineStandby()
{
    const QString server = m_standby->text().trimmed();
    const QJsonObject args {{u"server"_s, server}};
    // Figure 6-4: the standby's configuration is overwritten — a loss of data there, so the confirmation is typed.
    if (!Confirm::ask(this, Consequence::LosesData, tr("Define Standby"),
            tr("The Copy Services Manager of site %1 becomes the standby of this server. Its sessions, copy sets and "
               "users are overwritten with this server's, and it runs no commands until it takes over. Save its "
               "configuration first (mkbackup on that server) if you may need it.")
                .arg(server),
            csmcliCommand({{u"csmSetStandby"_s, args}}))) {
        return;
    }
    runCommand(u"csmSetStandby"_s, args);
}

void CsmServersDialog::setAsStandby()
{
    const QString server = m_standby->text().trimmed();
    const QJsonObject args {{u"server"_s, server}};
    // This server's own configuration is overwritten: as for Define Standby, the confirmation is typed.
    if (!Confirm::ask(this, Consequence::LosesData, tr("Set this Server as Standby"),
            tr("This server becomes the standby of the active management server of site %1. Its sessions, copy sets "
               "and users are overwritten with that server's, and it runs no commands until it takes over. Save its "
               "configuration first (mkbackup) if you may need it.")
                .arg(server),
            csmcliCommand({{u"csmSetServerAsStandby"_s, args}}))) {
        return;
    }
    runCommand(u"csmSetServerAsStandby"_s, args);
}

void CsmServersDialog::takeOver()
{
    if (!Confirm::ask(this, Consequence::ChangesState, tr("Takeover"),
            tr("Make this server the active management server? It runs the sessions it last received from %1 from "
               "now on, stand-alone. When %1 comes back it is Disconnected Consistent and its sessions are not "
               "actual.")
                .arg(m_partner),
            csmcliCommand({{u"csmTakeover"_s, {}}}))) {
        return;
    }
    runCommand(u"csmTakeover"_s, {});
}

void CsmServersDialog::removeStandby()
{
    if (!Confirm::ask(this, Consequence::ChangesState, tr("Remove Standby"),
            tr("Remove the standby %1? It keeps its copy of the sessions; this server no longer sends it changes.")
                .arg(m_partner),
            csmcliCommand({{u"csmRemoveStandby"_s, {}}}))) {
        return;
    }
    runCommand(u"csmRemoveStandby"_s, {});
}

void CsmServersDialog::removeActive()
{
    if (!Confirm::ask(this, Consequence::ChangesState, tr("Remove Active"),
            tr("Remove the active management server %1? This server stops being its standby and runs the sessions "
               "it last received, stand-alone. Refused while the two are synchronized: use Takeover then.")
                .arg(m_partner),
            csmcliCommand({{u"csmRemoveActive"_s, {}}}))) {
        return;
    }
    runCommand(u"csmRemoveActive"_s, {});
}

} // namespace Copyline::CsmUi
