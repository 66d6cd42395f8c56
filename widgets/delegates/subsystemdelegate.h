// SPDX-License-Identifier: GPL-3.0-or-later
// Usage: subsystemListView->setItemDelegate(new SubsystemDelegate(view)). Paints a row of SubsystemListModel in
// the style of the Enterprise Management window's device list: the subsystem icon, "Storage Subsystem <name>" in
// bold, and below it the model and status (DetailRole) with a status dot (AttentionRole: red, else green). With
// several engines, their headings too.
#pragma once

#include <QStyledItemDelegate>

namespace Copyline
{

class SubsystemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    /** A heading row (NodeKind::Engine): the engine's name and where it runs, or that it is Unresponsive. */
    static void paintEngine(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index);
};

} // namespace Copyline
