// SPDX-License-Identifier: GPL-3.0-or-later
#include "mirrorprogressdelegate.h"

#include "api/model.h"
#include "common/icons.h"
#include "models/roles.h"

#include <QApplication>
#include <QPainter>
#include <QProgressBar>
#include <QStyleOptionProgressBar>

#include <cmath>

namespace Copyline
{

MirrorProgressDelegate::MirrorProgressDelegate(QWidget* parent)
    : QStyledItemDelegate(parent)
    , m_styleSource(new QProgressBar(parent))
{
    m_styleSource->setObjectName(QStringLiteral("mirrorProgressStyleSource"));
    m_styleSource->hide();
}

MirrorProgressDelegate::~MirrorProgressDelegate() = default;

void MirrorProgressDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto state = static_cast<MirrorStatus>(index.data(StateRole).toInt());
    if (state != MirrorStatus::Synchronizing) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const double percent = index.data(ProgressRole).toDouble();

    QStyleOptionViewItem background(option);
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = {};
    QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, option.widget);

    QStyleOptionProgressBar bar;
    bar.initFrom(m_styleSource);
    bar.rect = option.rect.adjusted(3, 3, -3, -3);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = percent < 0 ? 0 : static_cast<int>(std::lround(std::clamp(percent, 0.0, 100.0) * 10));
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    // Qt 6 takes the orientation from the state flag.
    bar.state = (option.state & ~QStyle::State_Selected) | QStyle::State_Horizontal;
    bar.palette = option.palette;
    bar.palette.setColor(QPalette::Highlight, Icons::Palette::inProgress);
    painter->save();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, m_styleSource);
    painter->restore();
}

QSize MirrorProgressDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 140));
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    return size;
}

} // namespace Copyline
