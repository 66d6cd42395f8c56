// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/snapshot.h"

#include <QWidget>

namespace Copyline
{

/**
 * The Physical pane of the Logical/Physical view, painted: Controller A and B, then each enclosure as a row of
 * drive bays (slot 1..N) coloured by role and state (assigned, unassigned, hot spare, failed).
 *
 * Click selects a drive, Ctrl+click adds or removes one (multi-selection for Create Array); the keyboard follows
 * the DS4000 conventions (arrows move, Space selects, Ctrl+Space toggles, spec §5.10). The drives of the array
 * selected in the Logical pane are highlighted; the others are dimmed.
 */
class PhysicalView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhysicalView)

public:
    explicit PhysicalView(QWidget* parent = nullptr);
    ~PhysicalView() override;

    void setSnapshot(const SnapshotPtr& snapshot, ObjectId subsystemId);

    QList<ObjectId> selectedDrives() const { return m_selected; }
    void setSelectedDrives(const QList<ObjectId>& drives);
    void setHighlightedArray(ObjectId arrayId);
    ObjectId highlightedArray() const { return m_highlightArray; }
    /** Drives drawn highlighted (members of the highlighted array). */
    QList<ObjectId> highlightedDrives() const;
    /** Where a drive's bay is painted (tests click there); null if not shown. */
    QRect driveRect(ObjectId driveId) const;
    ObjectId driveAt(const QPoint& pos) const;
    /** The tooltip text of a drive. */
    QString driveToolTip(ObjectId driveId) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void selectionChanged();
    void driveActivated(ObjectId driveId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Bay
    {
        ObjectId driveId = 0;
        int enclosure = 0;
        int slot = 0;
        QRect rect;
    };
    struct Box
    {
        QString title;
        QString detail;
        bool optimal = true;
        QRect rect;
    };
    struct Enclosure
    {
        int number = 0;
        QRect titleRect;
        QRect chassis;
    };

    void relayout();
    /** Title and text of the details card: the selected drives, else the highlighted array, else a summary. */
    QPair<QString, QString> detailsText() const;
    void paintBay(QPainter& p, const Bay& bay) const;
    void setFocusBay(int index);
    void announceFocusBay();
    void select(ObjectId driveId, bool toggle);
    int bayIndexOf(ObjectId driveId) const;

    SnapshotPtr m_snapshot;
    ObjectId m_subsystemId = 0;
    QList<Bay> m_bays;
    QList<Box> m_controllers;
    QList<Enclosure> m_enclosures;
    QRect m_legendRect;
    QRect m_detailsRect;
    QRect m_controllersTitle;
    QList<ObjectId> m_selected;
    ObjectId m_highlightArray = 0;
    int m_focusBay = 0;
    int m_contentHeight = 400;
};

} // namespace Copyline
