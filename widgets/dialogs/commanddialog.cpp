// SPDX-License-Identifier: GPL-3.0-or-later
#include "commanddialog.h"

#include "common/confirm.h"
#include "common/messagelabel.h"
#include "common/theme.h"
#include "dialogs/equivalentcommanddialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

CommandDialog::CommandDialog(EngineConnection* connection, ObjectId subsystemId, QWidget* parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_subsystemId(subsystemId)
{
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    m_content = new QWidget(this);
    layout->addWidget(m_content, 1);

    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(u"hintLabel"_s);
    m_hintLabel->setWordWrap(true);
    m_hintLabel->setStyleSheet(Theme::css(u"QLabel { color: #9a6a08; }"_s));
    m_hintLabel->hide();
    layout->addWidget(m_hintLabel);

    m_errorLabel = makeMessageLabel(u"errorLabel"_s, MessageKind::Error, this);
    layout->addWidget(m_errorLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttonBox"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    m_equivalent = new EquivalentCommandButton([this]() { return equivalentCommand(); }, this);
    m_buttons->addButton(m_equivalent, QDialogButtonBox::HelpRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CommandDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CommandDialog::reject);
    layout->addWidget(m_buttons);

    if (m_connection) {
        connect(m_connection, &EngineConnection::snapshotChanged, this, [this]() { onSnapshotChanged(); });
    }
}

CommandDialog::~CommandDialog() = default;

QString CommandDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

QString CommandDialog::hintText() const
{
    return m_hintLabel->isHidden() ? QString() : m_hintLabel->text();
}

QPushButton* CommandDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QAbstractButton* CommandDialog::equivalentCommandButton() const
{
    return m_equivalent;
}

EquivalentCommand CommandDialog::equivalentCommand() const
{
    if (!validate().trimmed().isEmpty()) {
        return {};
    }
    return Copyline::equivalentCommand(snapshot()->config, m_subsystemId, equivalentRequests());
}

SnapshotPtr CommandDialog::snapshot() const
{
    return m_connection ? m_connection->snapshot() : std::make_shared<Snapshot>();
}

Subsystem CommandDialog::subsystem() const
{
    return snapshot()->config.subsystems.value(m_subsystemId);
}

void CommandDialog::setContentLayout(QLayout* layout)
{
    layout->setContentsMargins(0, 0, 0, 0);
    m_content->setLayout(layout);
}

void CommandDialog::revalidate()
{
    const QString problem = validate();
    m_hintLabel->setText(problem.trimmed());
    m_hintLabel->setVisible(!problem.trimmed().isEmpty());
    okButton()->setEnabled(problem.isEmpty() && !m_busy);
    // A "type Yes" confirmation has nothing to explain: its command can be shown before Yes is typed.
    m_equivalent->setEnabled(problem.trimmed().isEmpty());
}

void CommandDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void CommandDialog::onSnapshotChanged()
{
    revalidate();
}

void CommandDialog::onSucceeded(const CommandResult& result)
{
    Q_EMIT succeeded(result);
    QDialog::accept();
}

void CommandDialog::accept()
{
    if (m_busy || !validate().isEmpty()) {
        return;
    }
    submit(request(), [this](const CommandResult& result) { onSucceeded(result); });
}

void CommandDialog::submit(CommandRequest req, std::function<void(const CommandResult&)> done)
{
    if (!m_connection) {
        return;
    }
    req.args.insert(u"subsystemId"_s, m_subsystemId);
    m_busy = true;
    showError({});
    revalidate();
    setCursor(Qt::BusyCursor);
    m_connection->submit(req, this, [this, done = std::move(done)](const CommandResult& result) {
        m_busy = false;
        unsetCursor();
        if (result.ok()) {
            revalidate();
            done(result);
        } else {
            showError(result.error.localizedMessage());
            revalidate();
        }
    });
}

// ---------------------------------------------------------------------------------------------------------------

TypeYesDialog::TypeYesDialog(EngineConnection* connection,
    ObjectId subsystemId,
    const QString& title,
    const QString& message,
    CommandRequest request,
    QWidget* parent)
    : CommandDialog(connection, subsystemId, parent)
    , m_request(std::move(request))
{
    setObjectName(u"typeYesDialog"_s);
    setWindowTitle(title);
    auto* layout = new QVBoxLayout;
    auto* text = new QLabel(message, this);
    text->setObjectName(u"messageLabel"_s);
    text->setWordWrap(true);
    text->setMinimumWidth(420);
    layout->addWidget(text);
    auto* prompt = new QLabel(Confirm::prompt(), this);
    prompt->setObjectName(u"promptLabel"_s);
    layout->addWidget(prompt);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(u"confirmLineEdit"_s);
    prompt->setBuddy(m_confirm);
    layout->addWidget(m_confirm);
    setContentLayout(layout);
    connect(m_confirm, &QLineEdit::textChanged, this, &TypeYesDialog::revalidate);
    revalidate();
}

QString TypeYesDialog::validate() const
{
    // Not a problem to explain, just the convention: no hint text, OK stays disabled until "Yes" is typed.
    return Confirm::isConfirmed(m_confirm->text()) ? QString() : u" "_s;
}

} // namespace Copyline
