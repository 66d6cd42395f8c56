// SPDX-License-Identifier: GPL-3.0-or-later
#include "essvolumeview.h"
#include "common/theme.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStandardItemModel>

using namespace Qt::Literals::StringLiterals;

namespace Copyline::EssUi
{

QColor roleColour(CopyRole role)
{
    switch (role) {
    case CopyRole::None:
        return {0xcf, 0xd6, 0xde};
    case CopyRole::Source:
        return {0x2f, 0x7b, 0xd8};
    case CopyRole::Target:
        return {0xe0, 0x7b, 0x24};
    case CopyRole::Mixed:
        return {0x8a, 0x5c, 0xc2};
    }
    return {};
}

QColor pprcStateColour(const QString& state)
{
    if (state == u"duplex"_s) {
        return {0x2e, 0x9d, 0x5b};
    }
    if (state == u"suspended"_s) {
        return {0xe8, 0xa3, 0x17};
    }
    return {0x8f, 0xb8, 0xe8}; // duplex pending: still copying
}

QColor failedColour()
{
    return {0xd6, 0x45, 0x41};
}

namespace
{

QPolygonF triangle(QPointF a, QPointF b, QPointF c)
{
    return QPolygonF({a, b, c});
}

} // namespace

void VolumeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF cell = QRectF(option.rect).adjusted(3, 3, -3, -3);
    const auto role = static_cast<CopyRole>(index.data(CopyRoleRole).toInt());
    const QString mark = index.data(MarkRole).toString();
    const bool found = index.data(FoundRole).toBool();

    if (found) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(Theme::adapt(QColor(0xff, 0xf1, 0xa8)));
        painter->drawRoundedRect(cell, 6, 6);
    }

    // The volume: a disk-like body in the colour of its copy role.
    const QRectF body(cell.center().x() - 26, cell.top() + 6, 52, 40);
    const QColor fill = roleColour(role);
    painter->setPen(QPen(fill.darker(135), 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(body, 5, 5);
    painter->setPen(QPen(fill.darker(120), 1));
    painter->drawLine(QPointF(body.left() + 4, body.top() + 10), QPointF(body.right() - 4, body.top() + 10));

    // FlashCopy: two triangles in the role's colour, solid once established; red when the copy failed.
    const int fcSide = index.data(FlashCopySideRole).toInt();
    if (fcSide != 0) {
        const bool failed = index.data(FlashCopyStateRole).toString() == u"failed"_s;
        const QColor colour = failed ? failedColour() : roleColour(fcSide == 1 ? CopyRole::Source : CopyRole::Target);
        painter->setPen(QPen(Qt::white, 1.2));
        painter->setBrush(colour.darker(fcSide == 1 ? 130 : 115));
        const qreal top = body.top() + 14;
        painter->drawPolygon(
            triangle({body.left() + 6, top + 20}, {body.left() + 16, top + 2}, {body.left() + 26, top + 20}));
        painter->drawPolygon(
            triangle({body.right() - 26, top + 20}, {body.right() - 16, top + 2}, {body.right() - 6, top + 20}));
    }

    // PPRC: a band under the body in the pair state's colour, an arrow out of the primary or into the secondary.
    const int pprcSide = index.data(PprcSideRole).toInt();
    if (pprcSide != 0) {
        const QString state = index.data(PprcStateRole).toString();
        const QRectF band(body.left(), body.bottom() + 2, body.width(), 6);
        painter->setPen(Qt::NoPen);
        painter->setBrush(pprcStateColour(state));
        painter->drawRoundedRect(band, 2, 2);
        if (state == u"duplex_pending"_s) {
            painter->setBrush(roleColour(pprcSide == 1 ? CopyRole::Source : CopyRole::Target).darker(120));
            const qreal x = body.center().x();
            painter->drawPolygon(
                triangle({x - 6, body.bottom() - 2}, {x + 6, body.bottom() - 2}, {x, body.bottom() - 12}));
        }
    }

    // The selection mark: S (source, left click) or T (target, right click), a frame in the same colour.
    if (!mark.isEmpty()) {
        const bool source = mark.startsWith(u'S');
        const QColor colour = source ? QColor(0x1d, 0x4f, 0x91) : QColor(0xa3, 0x4a, 0x0b);
        painter->setPen(QPen(colour, 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(body.adjusted(-4, -4, 4, 4), 7, 7);
        const QRectF badge(body.right() - 6, body.top() - 8, mark.size() > 1 ? 24 : 16, 16);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(badge, 8, 8);
        painter->setPen(Qt::white);
        QFont f = option.font;
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 0.8);
        painter->setFont(f);
        painter->drawText(badge, Qt::AlignCenter, mark);
    }

    // The 8-digit volume ID below the icon.
    QFont font = option.font;
    font.setFamily(u"monospace"_s);
    font.setStyleHint(QFont::TypeWriter);
    painter->setFont(font);
    painter->setPen(option.palette.color(QPalette::Text));
    const QRectF text(cell.left(), body.bottom() + 10, cell.width(), cell.bottom() - body.bottom() - 10);
    painter->drawText(text, Qt::AlignHCenter | Qt::AlignTop, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

QSize VolumeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(option);
    Q_UNUSED(index);
    return tileSize();
}

VolumeView::VolumeView(QWidget* parent)
    : QListView(parent)
    , m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setItemDelegate(new VolumeDelegate(this));
    setViewMode(QListView::IconMode);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setUniformItemSizes(true);
    setGridSize(VolumeDelegate::tileSize());
    setSpacing(0);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setContextMenuPolicy(Qt::PreventContextMenu); // the right button selects the target
    setMouseTracking(true);
}

VolumeView::~VolumeView() = default;

QModelIndex VolumeView::indexOfVolume(ObjectId id) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(VolumeIdRole).toLongLong() == id) {
            return index;
        }
    }
    return {};
}

void VolumeView::mousePressEvent(QMouseEvent* event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid() && !isRowHidden(index.row())
        && (event->button() == Qt::LeftButton || event->button() == Qt::RightButton)) {
        event->accept();
        Q_EMIT volumeClicked(index.data(VolumeIdRole).toLongLong(), event->button());
        return;
    }
    QListView::mousePressEvent(event);
}

void VolumeView::mouseDoubleClickEvent(QMouseEvent* event)
{
    // The second press of a double click came as a press already; the double click itself means nothing more.
    event->accept();
}

} // namespace Copyline::EssUi
