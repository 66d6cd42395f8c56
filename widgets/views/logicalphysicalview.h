// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/snapshot.h"
#include "models/roles.h"

#include <QWidget>

class QSplitter;
class QTreeView;

namespace Copyline
{

class FindBar;
class LogicalTreeModel;
class PhysicalView;

/**
 * The Logical/Physical view: the Logical tree on the left, the Physical pane (controllers, enclosures, drives) on
 * the right. Selecting an array, logical drive or free capacity node highlights the array's drives.
 */
class LogicalPhysicalView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogicalPhysicalView)

public:
    explicit LogicalPhysicalView(QWidget* parent = nullptr);
    ~LogicalPhysicalView() override;

    void setSnapshot(const SnapshotPtr& snapshot, ObjectId subsystemId);

    QTreeView* logicalTree() const { return m_tree; }
    LogicalTreeModel* logicalModel() const { return m_model; }
    PhysicalView* physicalView() const { return m_physical; }
    QSplitter* splitter() const { return m_splitter; }
    /** Find over the Logical tree: by name, state or type ("failed", "flashcopy", a drive name). */
    FindBar* findBar() const { return m_find; }

    /** Kind and id of the current node of the Logical tree (NodeKind::None if nothing is selected). */
    NodeKind currentKind() const;
    ObjectId currentId() const;
    /** The array the current node belongs to (array, logical drive or free capacity node), else 0. */
    ObjectId currentArrayId() const;
    /** Makes the node with @p key current and visible; false if there is none. */
    bool selectKey(const QString& key);

Q_SIGNALS:
    void selectionChanged();
    /** A context menu was asked for at @p globalPos, over the tree or (@p physical) over the drives. */
    void contextMenuRequested(const QPoint& globalPos, bool physical);
    void logicalDriveActivated(ObjectId id);
    void driveActivated(ObjectId id);

private:
    void onCurrentChanged();
    void expandInserted(const QModelIndex& parent, int first, int last);

    SnapshotPtr m_snapshot;
    QSplitter* m_splitter = nullptr;
    QTreeView* m_tree = nullptr;
    LogicalTreeModel* m_model = nullptr;
    PhysicalView* m_physical = nullptr;
    FindBar* m_find = nullptr;
};

} // namespace Copyline
