// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteenginesdialog.h"

#include "api/connection.h"
#include "dialogs/filedialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
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

namespace Copyline
{

RemoteEnginesDialog::RemoteEnginesDialog(EngineConnection* connection, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
{
    setObjectName(u"remoteEnginesDialog"_s);
    setWindowTitle(tr("Remote Engines"));
    auto* layout = new QVBoxLayout(this);
    m_site = new QLabel(this);
    m_site->setObjectName(u"remoteEnginesSite"_s);
    m_site->setWordWrap(true);
    m_site->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_site);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"remoteEnginesList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Site"), tr("Replication Listener"), tr("Storage Subsystems Shown Here")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(100);
    layout->addWidget(m_list);

    auto* addBox = new QGroupBox(tr("Register the engine of another site"), this);
    auto* form = new QFormLayout(addBox);
    m_name = new QLineEdit(addBox);
    m_name->setObjectName(u"remoteEngineName"_s);
    m_name->setPlaceholderText(tr("siteB"));
    m_address = new QLineEdit(addBox);
    m_address->setObjectName(u"remoteEngineAddress"_s);
    m_address->setPlaceholderText(tr("HOST:PORT of its replication listener"));
    m_keyFile = new QLineEdit(addBox);
    m_keyFile->setObjectName(u"remoteEngineKeyFile"_s);
    m_keyFile->setPlaceholderText(tr("a copy of its workspace's replication.key"));
    m_browse = new QPushButton(tr("&Browse…"), addBox);
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyFile, 1);
    keyRow->addWidget(m_browse);
    m_add = new QPushButton(tr("&Add"), addBox);
    m_add->setObjectName(u"remoteEngineAdd"_s);
    form->addRow(tr("&Site name:"), m_name);
    form->addRow(tr("A&ddress:"), m_address);
    auto* keyLabel = new QLabel(tr("&Key file:"), addBox);
    keyLabel->setBuddy(m_keyFile); // a row of a layout gets no buddy by itself
    form->addRow(keyLabel, keyRow);
    auto* addRow = new QHBoxLayout;
    addRow->addStretch(1);
    addRow->addWidget(m_add);
    form->addRow(addRow);
    layout->addWidget(addBox);

    m_result = new QLabel(this);
    m_result->setObjectName(u"remoteEnginesResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_refresh = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    m_refresh->setObjectName(u"remoteEngineRefresh"_s);
    m_refresh->setToolTip(tr("Ask the selected engine again what it serves."));
    m_remove = buttons->addButton(tr("Re&move"), QDialogButtonBox::ActionRole);
    m_remove->setObjectName(u"remoteEngineRemove"_s);
    m_remove->setToolTip(tr("Forget the selected engine and its storage subsystems here (refused while mirrors with "
                            "its logical drives exist)."));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, [this]() {
        const QString file = FileDialog::getOpenFileName(this, tr("Replication Key of the Remote Engine"));
        if (!file.isEmpty()) {
            m_keyFile->setText(file);
        }
    });
    connect(m_add, &QPushButton::clicked, this, &RemoteEnginesDialog::addEngine);
    connect(m_refresh, &QPushButton::clicked, this,
        [this]() { runOnSelected(u"refreshRemoteEngine"_s, tr("The storage subsystems of %1 were asked again.")); });
    connect(m_remove, &QPushButton::clicked, this,
        [this]() { runOnSelected(u"removeRemoteEngine"_s, tr("%1 is no longer registered.")); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RemoteEnginesDialog::updateButtons);
    for (QLineEdit* edit : {m_name, m_address, m_keyFile}) {
        connect(edit, &QLineEdit::textChanged, this, &RemoteEnginesDialog::updateButtons);
    }
    resize(680, 460);
    updateButtons();
    reload();
}

RemoteEnginesDialog::~RemoteEnginesDialog() = default;

void RemoteEnginesDialog::reload()
{
    if (!m_connection) {
        m_site->setText(tr("The console is not connected to an engine."));
        return;
    }
    m_connection->submit({u"showRemoteEngines"_s, {}}, this, [this](const CommandResult& r) {
        if (!r.ok()) {
            m_site->setText(r.error.localizedMessage());
            return;
        }
        const QJsonObject& d = r.data;
        const QString site = d.value(u"site"_s).toString().toHtmlEscaped();
        m_site->setText(d.value(u"listening"_s).toBool()
                ? tr("This engine is site <b>%1</b>. Other engines reach it at %2:%3 with the key in %4.")
                      .arg(site, d.value(u"address"_s).toString().toHtmlEscaped())
                      .arg(d.value(u"port"_s).toInt())
                      .arg(d.value(u"keyFile"_s).toString().toHtmlEscaped())
                : tr("This engine is site <b>%1</b>. It does not listen for other engines; to let them reach it, run "
                     "copylinectl --replication-listen ADDRESS:PORT on its computer.")
                      .arg(site));
        const QString selected = m_list->currentItem() ? m_list->currentItem()->text(0) : QString();
        m_list->clear();
        for (const auto& v : d.value(u"peers"_s).toArray()) {
            const QJsonObject p = v.toObject();
            auto* item = new QTreeWidgetItem(m_list,
                {p.value(u"name"_s).toString(),
                    u"%1:%2"_s.arg(p.value(u"address"_s).toString()).arg(p.value(u"port"_s).toInt()),
                    QString::number(p.value(u"subsystems"_s).toInt())});
            if (item->text(0) == selected) {
                m_list->setCurrentItem(item);
            }
        }
        updateButtons();
    });
}

void RemoteEnginesDialog::updateButtons()
{
    const bool selected = m_list->currentItem() != nullptr && m_list->currentItem()->isSelected();
    m_add->setEnabled(!m_busy && !m_name->text().trimmed().isEmpty() && !m_address->text().trimmed().isEmpty()
        && !m_keyFile->text().trimmed().isEmpty());
    m_refresh->setEnabled(!m_busy && selected);
    m_remove->setEnabled(!m_busy && selected);
}

void RemoteEnginesDialog::addEngine()
{
    const QString path = m_keyFile->text().trimmed();
    QFile file(path);
    // The key is 32 bytes: anything much larger is not a replication key (and is not read whole).
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4096) {
        m_result->setText(file.isOpen()
                ? tr("%1 is not a replication key: give the file replication.key of the other engine's workspace.")
                      .arg(path)
                : tr("The key file %1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    const QString name = m_name->text().trimmed();
    run(u"addRemoteEngine"_s,
        {{u"name"_s, name}, {u"address"_s, m_address->text().trimmed()},
            {u"key"_s, QString::fromLatin1(file.readAll().toBase64())}},
        tr("%1 is registered: its storage subsystems are shown read-only as NAME@%1.").arg(name));
}

void RemoteEnginesDialog::runOnSelected(const QString& command, const QString& done)
{
    if (m_list->currentItem() == nullptr) {
        return;
    }
    const QString name = m_list->currentItem()->text(0);
    run(command, {{u"name"_s, name}}, done.arg(name));
}

void RemoteEnginesDialog::run(const QString& command, const QJsonObject& args, const QString& done)
{
    if (!m_connection) {
        return;
    }
    m_busy = true;
    updateButtons();
    m_result->setText(tr("Asking the engine…"));
    m_connection->submit({command, args}, this, [this, done](const CommandResult& r) {
        m_busy = false;
        m_result->setText(r.ok() ? done : r.error.localizedMessage());
        reload();
    });
}

} // namespace Copyline
