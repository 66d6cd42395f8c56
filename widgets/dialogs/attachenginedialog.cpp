// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachenginedialog.h"

#include "api/attach.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

AttachEngineDialog::AttachEngineDialog(EngineAttacher* attacher, QWidget* parent)
    : QDialog(parent)
    , m_attacher(attacher)
{
    setObjectName(u"attachEngineDialog"_s);
    setWindowTitle(tr("Attach Engine"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Manage the storage subsystems of another Copyline engine from this console, next to "
                                "the ones shown now. The engine must serve management over TLS (copylined --listen) "
                                "and know the user (copylinectl --add-user on its computer)."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_address = new QLineEdit(this);
    m_address->setObjectName(u"attachEngineAddress"_s);
    m_address->setPlaceholderText(tr("HOST:PORT, e.g. 192.0.2.7:7443"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"attachEngineUser"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"attachEnginePassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_fingerprint = new QLineEdit(this);
    m_fingerprint->setObjectName(u"attachEngineFingerprint"_s);
    m_fingerprint->setPlaceholderText(tr("Only on first contact: the SHA-256 the engine printed"));
    m_fingerprint->setToolTip(tr("copylined prints its certificate's fingerprint when it starts; copylinectl "
                                 "--show-fingerprint on the engine's computer shows it too. Once trusted, the "
                                 "engine is remembered (known_engines) and this stays empty."));
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Fingerprint:"), m_fingerprint);
    layout->addLayout(form);

    m_result = new QLabel(this);
    m_result->setObjectName(u"attachEngineResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_attach = buttons->addButton(tr("A&ttach"), QDialogButtonBox::AcceptRole);
    m_attach->setObjectName(u"attachEngineButton"_s);
    m_attach->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_attach, &QPushButton::clicked, this, &AttachEngineDialog::attach);
    for (QLineEdit* edit : {m_address, m_user}) {
        connect(edit, &QLineEdit::textChanged, this, &AttachEngineDialog::updateButtons);
    }
    // The engine attached last, as a start (the password is never kept).
    QSettings settings;
    m_address->setText(settings.value(u"attachEngine/address"_s).toString());
    m_user->setText(settings.value(u"attachEngine/user"_s).toString());
    resize(640, 360);
    updateButtons();
}

AttachEngineDialog::~AttachEngineDialog() = default;

std::unique_ptr<EngineConnection> AttachEngineDialog::takeConnection()
{
    return std::move(m_connection);
}

QString AttachEngineDialog::endpoint() const
{
    return m_address->text().trimmed();
}

void AttachEngineDialog::updateButtons()
{
    m_attach->setEnabled(m_attacher != nullptr && m_attempt == nullptr && !m_address->text().trimmed().isEmpty()
        && !m_user->text().trimmed().isEmpty());
}

void AttachEngineDialog::reject()
{
    delete m_attempt; // abandons a handshake or sign-in under way: nothing more is sent
    m_attempt = nullptr;
    QDialog::reject();
}

void AttachEngineDialog::attach()
{
    if (m_attacher == nullptr || m_attempt != nullptr) {
        return;
    }
    const EngineAddress address {
        m_address->text().trimmed(), m_user->text().trimmed(), m_password->text(), m_fingerprint->text().trimmed()};
    m_result->setText(
        tr("Attaching to %1… (a sign-in after failed ones may wait up to 30 s; Cancel stops)").arg(address.endpoint));
    m_attempt = new QObject(this);
    updateButtons();
    m_attacher->attach(address, m_attempt,
        [this, address](std::unique_ptr<EngineConnection> connection, const Error& error, const QString& presented) {
            attachEnded(std::move(connection), address, error, presented);
        });
}

void AttachEngineDialog::attachEnded(std::unique_ptr<EngineConnection> connection,
    const EngineAddress& address,
    const Error& error,
    const QString& presented)
{
    m_attempt->deleteLater(); // its child, the connection, was handed over (or is gone)
    m_attempt = nullptr;
    updateButtons();
    if (connection) {
        m_connection = std::move(connection);
        QSettings settings;
        settings.setValue(u"attachEngine/address"_s, address.endpoint);
        settings.setValue(u"attachEngine/user"_s, address.user);
        accept();
        return;
    }
    if (error.code == ErrorCode::EngineIdentityUnknown && address.fingerprint.isEmpty()) {
        // First contact: show what the engine presented; attaching again with it pins it (copylinectl --fingerprint).
        m_fingerprint->setText(presented);
        m_fingerprint->setCursorPosition(0);
        // The whole fingerprint in the message too: the field is narrower than its 95 characters.
        m_result->setText(tr("The engine at %1 is not known here. Its certificate's SHA-256 fingerprint is:\n%2\n"
                             "Compare it with the one copylined printed when it started (or copylinectl "
                             "--show-fingerprint on the engine's computer): if they are the same, click Attach to "
                             "trust it. Nothing was sent.")
                              .arg(address.endpoint, presented));
        return;
    }
    m_result->setText(error.localizedMessage());
}

} // namespace Copyline
