// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelabel.h"
#include "common/theme.h"

#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

QLabel* makeMessageLabel(const QString& objectName, MessageKind kind, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(Theme::css(kind == MessageKind::Error
            ? u"QLabel { color: #b3261e; background: #fdecea; border: 1px solid #f1b8b4; border-radius: 4px; "
              "padding: 6px; }"_s
            : u"QLabel { color: #7a5406; background: #fdf3dc; border: 1px solid #f0d493; border-radius: 4px; "
              "padding: 6px; }"_s));
    label->hide();
    return label;
}

void showMessage(QLabel* label, const QString& text)
{
    if (label->text() != text) {
        label->setText(text);
    }
    label->setVisible(!text.isEmpty());
}

} // namespace Copyline
