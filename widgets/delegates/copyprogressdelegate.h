// SPDX-License-Identifier: GPL-3.0-or-later
// Usage: view->setItemDelegateForColumn(VolumeCopyModel::ProgressColumn, new CopyProgressDelegate(view));
// Paints the Copy Manager's Progress column as a real progress bar of the current style (qBittorrent's
// ProgressBarPainter): the value from ProgressRole, the text from DisplayRole, the row's state from StateRole.
// Stopped and failed copies are drawn with the Disabled colour group; a pending copy shows an empty bar. Other
// tables (Running Operations) pass their own rule for which rows are live.
#pragma once

#include <QStyledItemDelegate>

#include <functional>

class QProgressBar;

namespace Copyline
{

class CopyProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyProgressDelegate)

public:
    /** Whether a row's bar is drawn live (Active colours) or greyed. */
    using LiveTest = std::function<bool(const QModelIndex&)>;

    /** Without @p live, a row is live while its StateRole is a VolumeCopy status that is pending, running or done. */
    explicit CopyProgressDelegate(QWidget* parent = nullptr, LiveTest live = {}, int minimumWidth = 150);
    ~CopyProgressDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    /** Never shown, a child of the view: the style (and style sheet) draws the bar as for a real widget. */
    QProgressBar* m_styleSource;
    LiveTest m_live;
    int m_minimumWidth;
};

} // namespace Copyline
