// SPDX-License-Identifier: GPL-3.0-or-later
#include "subsystemdelegate.h"

#include "models/roles.h"
#include "util/icons.h"

#include <QApplication>
#include <QPainter>

namespace Copyline {

void SubsystemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(10, 6, -8, -6);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    icon.paint(painter, QRect(r.left(), r.top() + (r.height() - 36) / 2, 36, 36));
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = option.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor textColor = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QFont bold = option.font;
    bold.setBold(true);
    const QRect text = r.adjusted(46, 0, 0, 0);
    painter->setFont(bold);
    painter->setPen(textColor);
    const QFontMetrics fm(bold);
    painter->drawText(QRect(text.left(), text.top(), text.width(), text.height() / 2), Qt::AlignLeft | Qt::AlignBottom,
                      fm.elidedText(title, Qt::ElideRight, text.width()));
    const bool attention = index.data(AttentionRole).toBool();
    painter->setPen(Qt::NoPen);
    painter->setBrush(attention ? Icons::Palette::failed : Icons::Palette::optimal);
    const int dotY = text.top() + text.height() * 3 / 4;
    painter->drawEllipse(QPoint(text.left() + 4, dotY), 4, 4);
    painter->setFont(option.font);
    QColor detailColor = textColor;
    if (!selected) {
        detailColor = QColor(0x5b, 0x67, 0x73);
    }
    painter->setPen(detailColor);
    painter->drawText(QRect(text.left() + 14, text.top() + text.height() / 2, text.width() - 14, text.height() / 2),
                      Qt::AlignLeft | Qt::AlignVCenter, index.data(DetailRole).toString());
    painter->restore();
}

QSize SubsystemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), QFontMetrics(option.font).height() * 2 + 22));
    return size;
}

} // namespace Copyline
