// SPDX-License-Identifier: GPL-3.0-or-later
// Message boxes with a test seam: setNextAnswer() makes the next call return that answer without showing
// anything, so widget tests never block on a modal box (STYLE.md item 14).
#pragma once

#include "api/equivalentcommand.h"

#include <QMessageBox>

namespace Copyline
{

class MessageBox final
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button question(QWidget* parent,
        const QString& title,
        const QString& text,
        Buttons buttons = QMessageBox::Yes | QMessageBox::No,
        Button defaultButton = QMessageBox::No);
    /**
     * A Yes/No question about running @p command, with a "Show the equivalent command" link that shows what
     * copylinectl runs for it (issue 18).
     */
    static Button confirmCommand(
        QWidget* parent, const QString& title, const QString& text, const EquivalentCommand& command);
    /** Adds the "Show the equivalent command" link to @p box (a box the caller shows itself). */
    static void addEquivalentCommandLink(QMessageBox* box, const EquivalentCommand& command);
    static Button warning(QWidget* parent,
        const QString& title,
        const QString& text,
        Buttons buttons = QMessageBox::Ok,
        Button defaultButton = QMessageBox::NoButton);
    static Button critical(QWidget* parent,
        const QString& title,
        const QString& text,
        Buttons buttons = QMessageBox::Ok,
        Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget* parent,
        const QString& title,
        const QString& text,
        Buttons buttons = QMessageBox::Ok,
        Button defaultButton = QMessageBox::NoButton);

    /** The next message box returns @p button at once (tests). */
    static void setNextAnswer(Button button);
    /** The text of the last message box asked for, shown or answered by the seam (tests). */
    static QString lastText();

private:
    static Button show(QMessageBox::Icon icon,
        QWidget* parent,
        const QString& title,
        const QString& text,
        Buttons buttons,
        Button defaultButton);
};

} // namespace Copyline
