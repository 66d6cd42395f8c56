// SPDX-License-Identifier: GPL-3.0-or-later
#include "confirm.h"

#include "dialogs/equivalentcommanddialog.h"
#include "dialogs/messagebox.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{
std::optional<QString> g_nextTyped;
Consequence g_lastConsequence = Consequence::ReadOnly;
QString g_lastText;
EquivalentCommand g_lastCommand;
} // namespace

ConfirmationKind Confirm::kindFor(Consequence consequence)
{
    switch (consequence) {
    case Consequence::ReadOnly:
        return ConfirmationKind::None;
    case Consequence::ChangesState:
        return ConfirmationKind::Question;
    case Consequence::LosesData:
        return ConfirmationKind::TypedYes;
    }
    return ConfirmationKind::TypedYes;
}

QString Confirm::word()
{
    return u"Yes"_s;
}

QString Confirm::prompt(const QString& button)
{
    //: %1 is the word to type (Yes, not translated), %2 the button that runs the action (OK, Finish)
    return tr("Type %1 and click %2.").arg(word(), button.isEmpty() ? tr("OK") : button);
}

bool Confirm::isConfirmed(const QString& typed)
{
    return typed.trimmed().compare(word(), Qt::CaseInsensitive) == 0;
}

void Confirm::setNextTypedAnswer(const QString& typed)
{
    g_nextTyped = typed;
}

Consequence Confirm::lastConsequence()
{
    return g_lastConsequence;
}

QString Confirm::lastText()
{
    return g_lastText;
}

EquivalentCommand Confirm::lastCommand()
{
    return g_lastCommand;
}

bool Confirm::ask(QWidget* parent,
    Consequence consequence,
    const QString& title,
    const QString& text,
    const EquivalentCommand& command)
{
    g_lastConsequence = consequence;
    g_lastText = text;
    g_lastCommand = command;
    switch (kindFor(consequence)) {
    case ConfirmationKind::None:
        return true;
    case ConfirmationKind::Question:
        return MessageBox::confirmCommand(parent, title, text, command) == QMessageBox::Yes;
    case ConfirmationKind::TypedYes:
        break;
    }
    if (g_nextTyped) {
        return isConfirmed(*std::exchange(g_nextTyped, std::nullopt));
    }
    TypedConfirmationDialog dialog(title, text, command, parent);
    return dialog.exec() == QDialog::Accepted;
}

TypedConfirmationDialog::TypedConfirmationDialog(
    const QString& title, const QString& text, const EquivalentCommand& command, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"typedConfirmationDialog"_s);
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    row->addWidget(icon);
    auto* message = new QLabel(text, this);
    message->setObjectName(u"messageLabel"_s);
    message->setWordWrap(true);
    message->setMinimumWidth(420);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(message, 1);
    layout->addLayout(row);
    auto* prompt = new QLabel(Confirm::prompt(), this);
    prompt->setObjectName(u"promptLabel"_s);
    layout->addWidget(prompt);
    m_field = new QLineEdit(this);
    m_field->setObjectName(u"confirmLineEdit"_s);
    m_field->setAccessibleName(Confirm::prompt());
    prompt->setBuddy(m_field);
    layout->addWidget(m_field);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setEnabled(false);
    // Enter does nothing until the word is there (no default button), then it confirms; Esc cancels.
    m_ok->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    if (!command.isEmpty()) {
        auto* show = buttons->addButton(tr("Show the Equivalent Command…"), QDialogButtonBox::HelpRole);
        show->setObjectName(u"equivalentCommandButton"_s);
        connect(show, &QPushButton::clicked, this, [this, command]() {
            auto* dialog = new EquivalentCommandDialog(this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setCommand(command);
            dialog->open();
        });
    }
    layout->addWidget(buttons);
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString& typed) {
        const bool ok = Confirm::isConfirmed(typed);
        m_ok->setEnabled(ok);
        m_ok->setDefault(ok);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (Confirm::isConfirmed(m_field->text())) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_field->setFocus();
}

TypedConfirmationDialog::~TypedConfirmationDialog() = default;

} // namespace Copyline
