// SPDX-License-Identifier: GPL-3.0-or-later
#include "copyprogressdelegate.h"

#include "api/model.h"
#include "models/roles.h"

#include <QApplication>
#include <QPainter>
#include <QProgressBar>
#include <QStyleOptionProgressBar>

#include <cmath>

namespace Copyline
{

CopyProgressDelegate::CopyProgressDelegate(QWidget* parent, LiveTest live, int minimumWidth)
    : QStyledItemDelegate(parent)
    , m_styleSource(new QProgressBar(parent))
    , m_live(std::move(live))
    , m_minimumWidth(minimumWidth)
{
    m_styleSource->setObjectName(QStringLiteral("progressStyleSource"));
    m_styleSource->hide();
}

CopyProgressDelegate::~CopyProgressDelegate() = default;

void CopyProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const double percent = index.data(ProgressRole).toDouble();
    const bool live = m_live ? m_live(index) : [&index]() {
        const auto state = static_cast<VolumeCopyStatus>(index.data(StateRole).toInt());
        return state == VolumeCopyStatus::InProgress || state == VolumeCopyStatus::Completed
            || state == VolumeCopyStatus::Pending;
    }();

    // The cell background (selection, alternate rows) as the style draws it for any item.
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
    bar.state.setFlag(QStyle::State_Enabled, live && option.state.testFlag(QStyle::State_Enabled));
    bar.palette = option.palette;
    bar.palette.setCurrentColorGroup(live ? QPalette::Active : QPalette::Disabled);
    painter->save();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, m_styleSource);
    painter->restore();
}

QSize CopyProgressDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), m_minimumWidth));
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
    return size;
}

} // namespace Copyline
