// SPDX-License-Identifier: GPL-3.0-or-later
// Usage: view->setItemDelegateForColumn(MirrorPairModel::ProgressColumn, new MirrorProgressDelegate(view));
// Paints the mirror pair panes' synchronization column as a progress bar of the current style while a pair is
// Synchronization-in-Progress (ProgressRole 0-100, StateRole int MirrorStatus, the text from DisplayRole), in the
// spec §5.9 "in progress" blue; any other state leaves the cell to QStyledItemDelegate (an empty cell).
#pragma once

#include <QStyledItemDelegate>

class QProgressBar;

namespace Copyline
{

class MirrorProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MirrorProgressDelegate)

public:
    explicit MirrorProgressDelegate(QWidget* parent = nullptr);
    ~MirrorProgressDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    /** Never shown, a child of the view: the style draws the bar as for a real widget. */
    QProgressBar* m_styleSource;
};

} // namespace Copyline
