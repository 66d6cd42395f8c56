// SPDX-License-Identifier: GPL-3.0-or-later
#include "subsystemdelegate.h"

#include "common/icons.h"
#include "common/theme.h"
#include "models/roles.h"

#include <QApplication>
#include <QPainter>

namespace Copyline
{

void SubsystemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.data(KindRole).toInt() == static_cast<int>(NodeKind::Engine)) {
        paintEngine(painter, option, index);
        return;
    }
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
    const auto icon = index.data(Qt::DecorationRole).value<QIcon>();
    icon.paint(painter, QRect(r.left(), r.top() + (r.height() - 36) / 2, 36, 36));
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group
        = option.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor textColor = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor mutedColor = selected ? textColor : Theme::adapt(QColor(0x5b, 0x67, 0x73), option.palette);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    QFont bold = option.font;
    bold.setBold(true);
    const QRect text = r.adjusted(46, 0, 0, 0);
    const int lineHeight = text.height() / 3;
    // "Storage Subsystem" / name / status: the DS4000 label "Storage Subsystem <name>" on two lines, so that long
    // names stay readable in a narrow list.
    QString name = index.data(RawValueRole).toString();
    QString prefix = tr("Storage Subsystem");
    if (name.isEmpty() || !title.endsWith(name)) {
        name = title;
        prefix.clear();
    }
    painter->setFont(small);
    painter->setPen(mutedColor);
    painter->drawText(
        QRect(text.left(), text.top(), text.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter, prefix);
    painter->setFont(bold);
    painter->setPen(textColor);
    painter->drawText(QRect(text.left(), text.top() + lineHeight, text.width(), lineHeight),
        Qt::AlignLeft | Qt::AlignVCenter, QFontMetrics(bold).elidedText(name, Qt::ElideRight, text.width()));
    const bool attention = index.data(AttentionRole).toBool();
    painter->setPen(selected ? QPen(Qt::white, 1.5) : Qt::NoPen);
    painter->setBrush(attention ? Icons::Palette::failed : Icons::Palette::optimal);
    painter->drawEllipse(QPoint(text.left() + 4, text.top() + lineHeight * 5 / 2), 4, 4);
    painter->setFont(small);
    painter->setPen(mutedColor);
    painter->drawText(QRect(text.left() + 14, text.top() + 2 * lineHeight, text.width() - 14, lineHeight),
        Qt::AlignLeft | Qt::AlignVCenter, index.data(DetailRole).toString());
    painter->restore();
}

void SubsystemDelegate::paintEngine(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index)
{
    // The heading of one engine's subsystems (a console attached to several): its name, then where it runs or that
    // it is Unresponsive, on a band that sets it apart from the selectable rows.
    painter->save();
    const QColor band = Theme::adapt(QColor(0xe8, 0xec, 0xf0), option.palette);
    painter->fillRect(option.rect.adjusted(0, 4, 0, 0), band);
    const QRect r = option.rect.adjusted(10, 6, -8, -2);
    const int lineHeight = r.height() / 2;
    QFont bold = option.font;
    bold.setBold(true);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    const bool unresponsive = index.data(AttentionRole).toBool();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(unresponsive ? Icons::Palette::failed : Icons::Palette::optimal);
    painter->drawEllipse(QPoint(r.left() + 4, r.top() + lineHeight / 2), 4, 4);
    painter->setFont(bold);
    painter->setPen(option.palette.color(QPalette::Text));
    const QRect title(r.left() + 14, r.top(), r.width() - 14, lineHeight);
    painter->drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, title.width()));
    painter->setFont(small);
    painter->setPen(Theme::adapt(QColor(0x5b, 0x67, 0x73), option.palette));
    const QRect detail(r.left() + 14, r.top() + lineHeight, r.width() - 14, lineHeight);
    painter->drawText(detail, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(small).elidedText(index.data(DetailRole).toString(), Qt::ElideRight, detail.width()));
    painter->restore();
}

QSize SubsystemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.data(KindRole).toInt() == static_cast<int>(NodeKind::Engine)) {
        return {QStyledItemDelegate::sizeHint(option, index).width(), QFontMetrics(option.font).height() * 2 + 16};
    }
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), QFontMetrics(option.font).height() * 3 + 20));
    return size;
}

} // namespace Copyline
