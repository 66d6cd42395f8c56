// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebox.h"

#include "dialogs/equivalentcommanddialog.h"

#include <QCoreApplication>
#include <QLabel>

namespace Copyline
{

namespace
{
MessageBox::Button g_nextAnswer = QMessageBox::NoButton;
QString g_lastText;
} // namespace

void MessageBox::setNextAnswer(Button button)
{
    g_nextAnswer = button;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

MessageBox::Button MessageBox::show(QMessageBox::Icon icon,
    QWidget* parent,
    const QString& title,
    const QString& text,
    Buttons buttons,
    Button defaultButton)
{
    g_lastText = text;
    if (g_nextAnswer != QMessageBox::NoButton) {
        return std::exchange(g_nextAnswer, QMessageBox::NoButton);
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return static_cast<Button>(box.exec());
}

MessageBox::Button MessageBox::question(
    QWidget* parent, const QString& title, const QString& text, Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::confirmCommand(
    QWidget* parent, const QString& title, const QString& text, const EquivalentCommand& command)
{
    g_lastText = text;
    if (g_nextAnswer != QMessageBox::NoButton) {
        return std::exchange(g_nextAnswer, QMessageBox::NoButton);
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box.setDefaultButton(QMessageBox::No);
    addEquivalentCommandLink(&box, command);
    return static_cast<Button>(box.exec());
}

void MessageBox::addEquivalentCommandLink(QMessageBox* box, const EquivalentCommand& command)
{
    if (command.isEmpty()) {
        return;
    }
    box->setInformativeText(
        QStringLiteral("<a href=\"equivalent\">%1</a>")
            .arg(QCoreApplication::translate("Copyline::MessageBox", "Show the equivalent command")));
    auto* label = box->findChild<QLabel*>(QStringLiteral("qt_msgbox_informativelabel"));
    if (label == nullptr) {
        return;
    }
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setOpenExternalLinks(false);
    QObject::connect(label, &QLabel::linkActivated, box, [box, command]() {
        auto* dialog = new EquivalentCommandDialog(box);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setCommand(command);
        dialog->open();
    });
}

MessageBox::Button MessageBox::warning(
    QWidget* parent, const QString& title, const QString& text, Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::critical(
    QWidget* parent, const QString& title, const QString& text, Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(
    QWidget* parent, const QString& title, const QString& text, Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

} // namespace Copyline
