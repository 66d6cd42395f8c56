// SPDX-License-Identifier: GPL-3.0-or-later
// Usage: view->setItemDelegateForColumn(VolumeCopyModel::ProgressColumn, new CopyProgressDelegate(view));
// Paints the Copy Manager's Progress column as a real progress bar of the current style (qBittorrent's
// ProgressBarPainter): the value from ProgressRole, the text from DisplayRole, the row's state from StateRole.
// Stopped and failed copies are drawn with the Disabled colour group; a pending copy shows an empty bar.
#pragma once

#include <QStyledItemDelegate>

class QProgressBar;

namespace Copyline
{

class CopyProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyProgressDelegate)

public:
    explicit CopyProgressDelegate(QWidget* parent = nullptr);
    ~CopyProgressDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    /** Never shown, a child of the view: the style (and style sheet) draws the bar as for a real widget. */
    QProgressBar* m_styleSource;
};

} // namespace Copyline
