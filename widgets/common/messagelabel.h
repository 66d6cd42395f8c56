// SPDX-License-Identifier: GPL-3.0-or-later
// The console's one look for a message under a form: a red box for an error (what is wrong and what to do), an amber
// one for a warning or advisory. Hidden while it has nothing to say; its text can be selected and copied.
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace Copyline
{

enum class MessageKind
{
    Error,
    Warning,
};

/** A hidden, word-wrapped, selectable message label named @p objectName. */
QLabel* makeMessageLabel(const QString& objectName, MessageKind kind, QWidget* parent);

/** Shows @p text, or hides the label when it is empty; an unchanged text is left alone (no relayout). */
void showMessage(QLabel* label, const QString& text);

} // namespace Copyline
