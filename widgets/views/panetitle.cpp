// SPDX-License-Identifier: GPL-3.0-or-later
#include "panetitle.h"
#include "common/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Copyline
{

QWidget* titledPane(const QString& title, QWidget* content, QWidget* parent, QWidget* trailing)
{
    auto* pane = new QWidget(parent);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* bar = new QWidget(pane);
    bar->setObjectName(u"paneTitleBar"_s);
    bar->setAttribute(Qt::WA_StyledBackground);
    bar->setStyleSheet(
        Theme::css(u"#paneTitleBar { background: #eef2f6; border: 1px solid #d5dce3; border-bottom: none; "
                   "border-top-left-radius: 4px; border-top-right-radius: 4px; }"_s));
    auto* barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(10, 5, 8, 5);
    auto* label = new QLabel(title, bar);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setStyleSheet(Theme::css(u"color: #33414f;"_s));
    barLayout->addWidget(label);
    barLayout->addStretch(1);
    if (trailing) {
        barLayout->addWidget(trailing);
    }
    layout->addWidget(bar);
    layout->addWidget(content, 1);
    return pane;
}

} // namespace Copyline
