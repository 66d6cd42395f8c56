// SPDX-License-Identifier: GPL-3.0-or-later
#include "equivalentcommanddialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextOption>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

namespace
{

QString& workspaceFolder()
{
    static QString path;
    return path;
}

QPlainTextEdit* makeBox(const QString& objectName, QWidget* parent)
{
    auto* box = new QPlainTextEdit(parent);
    box->setObjectName(objectName);
    box->setReadOnly(true);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    box->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    box->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    box->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    box->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    box->setTabChangesFocus(true);
    return box;
}

/** Tall enough for @p text wrapped at the box's width (at least two lines, at most twelve). */
void fitHeight(QPlainTextEdit* box, const QString& text)
{
    const QFontMetrics fm(box->font());
    const int width = std::max(200, box->viewport()->width() > 100 ? box->viewport()->width() : 640);
    int lines = 0;
    for (const QString& line : text.split(u'\n')) {
        lines += std::max(1, (fm.horizontalAdvance(line) + width - 1) / width);
    }
    lines = std::clamp(lines, 2, 12);
    box->setMinimumHeight(lines * fm.lineSpacing() + 2 * box->frameWidth() + 12);
}

} // namespace

void setEquivalentCommandWorkspace(const QString& path)
{
    workspaceFolder() = path;
}

QString equivalentCommandWorkspace()
{
    return workspaceFolder();
}

EquivalentCommandDialog::EquivalentCommandDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"equivalentCommandDialog"_s);
    setWindowTitle(tr("Equivalent Command"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    m_intro = new QLabel(this);
    m_intro->setObjectName(u"introLabel"_s);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_command = makeBox(u"equivalentCommandText"_s, this);
    layout->addWidget(m_command, 1);

    m_scriptLabel = new QLabel(tr("The same as script statements, for copylinectl -f FILE:"), this);
    m_scriptLabel->setWordWrap(true);
    layout->addWidget(m_scriptLabel);
    m_script = makeBox(u"equivalentScriptText"_s, this);
    layout->addWidget(m_script, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"buttonBox"_s);
    auto* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyButton"_s);
    copy->setToolTip(tr("Copy the command line to the clipboard"));
    connect(copy, &QPushButton::clicked, this, [this]() {
        if (QClipboard* clipboard = QApplication::clipboard()) {
            clipboard->setText(commandText());
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 360);
}

EquivalentCommandDialog::~EquivalentCommandDialog() = default;

void EquivalentCommandDialog::setCommand(const EquivalentCommand& command)
{
    const QString line = command.commandLine(equivalentCommandWorkspace());
    if (command.isEmpty()) {
        m_intro->setText(tr("There is nothing to run yet: complete the inputs first."));
    } else if (command.tool == u"csmcli"_s) {
        m_intro->setText(tr("This %1 command does what this window does when you confirm it. %1 signs in with the "
                            "user and password in csmcli-auth.properties (the current folder, then ~/csm-cli/), not "
                            "with the console's sign-in:")
                             .arg(command.tool));
    } else if (!command.toolCommands.isEmpty()) {
        m_intro->setText(tr("This %1 command does what this window does when you confirm it. Put the name and the "
                            "password of a Copy Services user in place of %2 and %3:")
                             .arg(command.tool, u"<user>"_s, kPasswordPlaceholder));
    } else if (!command.statements.isEmpty()) {
        m_intro->setText(tr("This copylinectl command does what this window does when you confirm it. Run it in a "
                            "shell, also while the console is open, or keep it in a script:"));
    } else {
        m_intro->setText(tr("This window's commands have no script statement; copylinectl --call runs them by "
                            "name with the same arguments:"));
    }
    m_command->setPlainText(line);
    fitHeight(m_command, line);
    m_script->setPlainText(command.script());
    fitHeight(m_script, command.script());
    m_scriptLabel->setVisible(!command.statements.isEmpty());
    m_script->setVisible(!command.statements.isEmpty());
}

QString EquivalentCommandDialog::commandText() const
{
    return m_command->toPlainText();
}

QString EquivalentCommandDialog::scriptText() const
{
    return m_script->isHidden() ? QString() : m_script->toPlainText();
}

// ---------------------------------------------------------------------------------------------------------------

EquivalentCommandButton::EquivalentCommandButton(Provider provider, QWidget* parent)
    : QPushButton(tr("Show the E&quivalent Command…"), parent)
    , m_provider(std::move(provider))
{
    setObjectName(u"equivalentCommandButton"_s);
    setToolTip(tr("Show the command line that does the same"));
    setAutoDefault(false);
    connect(this, &QPushButton::clicked, this, [this]() { showCommand(); });
}

EquivalentCommandButton::~EquivalentCommandButton() = default;

EquivalentCommandDialog* EquivalentCommandButton::showCommand()
{
    if (!m_dialog) {
        m_dialog = new EquivalentCommandDialog(window());
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_dialog->setCommand(m_provider ? m_provider() : EquivalentCommand {});
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

} // namespace Copyline
