// SPDX-License-Identifier: GPL-3.0-or-later
// The volume icons of the Volumes panel (spec §5.2): one icon per volume of an LSS with its 8-digit ID below,
// coloured by copy role, two triangles for a FlashCopy pair, a band for the PPRC state, the source/target selection
// marks. The view reports left and right clicks; what a click means (source, target, Task Wizard) is the panel's.
#pragma once

#include "panels/ess/esscopystate.h"

#include <QColor>
#include <QListView>
#include <QStyledItemDelegate>

class QStandardItemModel;

namespace Copyline::EssUi
{

/** The item roles of a volume icon (the panel fills them from the snapshot and its selection). */
enum VolumeItemRole
{
    VolumeIdRole = Qt::UserRole + 100, /**< ObjectId of the volume */
    CopyRoleRole,                      /**< int(CopyRole) */
    MarkRole,                          /**< the selection mark text: "S", "T", "S2", "T2"; empty when not selected */
    FoundRole,                         /**< bool: Find located this volume */
    FlashCopySideRole,                 /**< int: 0 none, 1 source, 2 target */
    FlashCopyStateRole,                /**< QString: the relationship's state ("active", "failed") */
    PprcSideRole,                      /**< int: 0 none, 1 primary, 2 secondary */
    PprcStateRole,                     /**< QString: "duplex_pending", "duplex", "suspended" */
};

/** The panels' colours: copy roles (legend, icons, LSS), PPRC states. */
QColor roleColour(CopyRole role);
QColor pprcStateColour(const QString& state);
QColor failedColour();

/** Paints one volume icon from the item roles (paint only, STYLE item 12). */
class VolumeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QSize tileSize() { return {92, 84}; }
};

/** The icon grid of one area; emits volumeClicked for a left or right press on an icon. */
class VolumeView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumeView)

public:
    explicit VolumeView(QWidget* parent = nullptr);
    ~VolumeView() override;

    QStandardItemModel* volumeModel() const { return m_model; }
    /** The index of volume @p id; invalid if it is not shown. */
    QModelIndex indexOfVolume(ObjectId id) const;

Q_SIGNALS:
    void volumeClicked(Copyline::ObjectId volumeId, Qt::MouseButton button);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    QStandardItemModel* m_model = nullptr;
};

} // namespace Copyline::EssUi
